// The libFuzzer executable of the `loader` fuzz target; the checks are FuzzTarget.loader's.
import CLibFuzzer
import Glibc
import KhetFuzzing

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
  LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    FuzzTarget.loader.runOrTrap(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  })
