#ifndef IL_SPEC_INTERNAL_H
#define IL_SPEC_INTERNAL_H

/*
 * What pipeline/spec.c shares with pipeline/spec_share.c: running the
 * checked analyses of a spec, each distinct input loaded once.
 */
#include "pipeline/spec.h"
#include "pipeline/job_internal.h"

/* Run the checked analyses args[0 .. n-1] in order, stopping at the first
 * that fails (its index in *failed). Analyses that read one graph with
 * the same load options share one load of it, which is freed after the
 * last of them. */
igraph_error_t il_i_spec_execute(il_job_args_t *const *args, size_t n,
                                 const il_spec_hooks_t *hooks, size_t *failed);

#endif /* IL_SPEC_INTERNAL_H */
