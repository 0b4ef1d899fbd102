/*
 * What innolink's fuzz targets share (tests/fuzz/README.md): one input at
 * a time written to a file in a private folder, the library set up once,
 * and the checks every input must pass whatever it holds.
 */
#ifndef IL_FUZZ_H
#define IL_FUZZ_H

#include "innolink.h"

#include <stddef.h>
#include <stdint.h>

/* The entry point libFuzzer calls, and tests/fuzz/replay.c for the corpus. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The private folder of this process (created on first use, removed at exit). */
const char *fuzz_dir(void);

/* Write \p size bytes to fuzz_dir()/\p name; its path (static buffer per call site). */
const char *fuzz_write(const char *name, const uint8_t *data, size_t size, char *path,
                       size_t cap);

/* il_setup() once; warnings and progress off. */
void fuzz_setup(void);

/* After a call: the finally stack is empty, and a failure has a reason.
 * Aborts (a finding) otherwise; clears the recorded reason. */
void fuzz_after(igraph_error_t rc);

#endif /* IL_FUZZ_H */
