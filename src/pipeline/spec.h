#ifndef IL_SPEC_H
#define IL_SPEC_H

#include "core/compat.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Run specs: innolink run SPEC.json (docs/spec.md) ------------------- */

/* What a caller is told while a spec runs. */
typedef struct il_spec_hooks {
    /* Before analysis \p i (command \p command, writing \p output) runs. */
    void (*step)(void *arg, size_t i, const char *command, const char *output);
    void *arg;
} il_spec_hooks_t;

/* Check the whole spec at \p path, then run its analyses in its folder.
 * *failed: the index of the analysis that failed, or (size_t) -1 when the
 * spec was refused before anything ran. Outputs must lie in the spec's
 * folder (il_spec_run_with() can allow others). */
igraph_error_t il_spec_run(const char *path, const il_spec_hooks_t *hooks, size_t *failed);

/* How il_spec_run_with() runs a spec; zero-filled: as il_spec_run(). */
typedef struct il_spec_options {
    const il_spec_hooks_t *hooks;   /* told before each analysis; may be NULL */
    int allow_outside;      /* 1: outputs may lie outside the spec's folder */
    int check_only;         /* 1: check everything, run nothing */
} il_spec_options_t;

/* il_spec_run() with options: outputs outside the spec's folder, or a
 * check that runs nothing (innolink run --check). */
igraph_error_t il_spec_run_with(const char *path, const il_spec_options_t *opts,
                                size_t *failed);

#ifdef __cplusplus
}
#endif

#endif /* IL_SPEC_H */
