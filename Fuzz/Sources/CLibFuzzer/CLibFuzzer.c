// Only the header is needed; SwiftPM wants a source file in every C target.
#include "CLibFuzzer.h"
