// The libFuzzer executable of the `results-csv` fuzz target; the checks are FuzzTarget.resultsCSV's.
import CLibFuzzer
import Glibc
import KhetFuzzing

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
  LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    FuzzTarget.resultsCSV.runOrTrap(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  })
