// The libFuzzer executable of the `text` fuzz target; the checks are FuzzTarget.text's.
import CLibFuzzer
import Glibc
import KhetFuzzing

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
  LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    FuzzTarget.text.runOrTrap(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  })
