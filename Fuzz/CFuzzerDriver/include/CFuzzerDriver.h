#ifndef FEEDWRIGHT_CFUZZERDRIVER_H
#define FEEDWRIGHT_CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that keep their own `main` (LLVM 13 and later).
/// Only declared here: it is defined by libclang_rt.fuzzer_no_main, which `make fuzz`
/// links, and referenced only when the driver is compiled with `-D FUZZING`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
