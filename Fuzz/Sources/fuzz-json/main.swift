// The libFuzzer executable of the `json` fuzz target; the checks are FuzzTarget.json's.
import CLibFuzzer
import Glibc
import KhetFuzzing

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
  LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    FuzzTarget.json.runOrTrap(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  })
