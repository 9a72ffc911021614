// libFuzzer's driver entry point, which the Swift fuzz executable calls from its own `main`.
//
// SwiftPM links every executable with `--defsym main=<Module>_main`, so libFuzzer's own `main` can never be the
// entry point of a SwiftPM-built executable; calling the driver from Swift is the portable way around that.
#ifndef CFUZZER_DRIVER_H
#define CFUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
