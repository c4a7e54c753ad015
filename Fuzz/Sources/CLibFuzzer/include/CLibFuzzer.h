// libFuzzer's driver (compiler-rt, in the toolchain's libclang_rt.fuzzer): runs the fuzzing loop
// with libFuzzer's command-line flags, calling `callback` for each input.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
