/*
 * The null-model options the jobs share (pipeline/nulls_internal.h).
 */
#include "pipeline/nulls_internal.h"

#include <unistd.h>

const il_opt_choice_t il_i_null_models[] = {
    { "default", IL_NULL_DEFAULT }, { "degree", IL_NULL_DEGREE },
    { "configuration", IL_NULL_CONFIGURATION }, { "gnm", IL_NULL_GNM },
    { "labels", IL_NULL_LABELS }, { "qap", IL_NULL_QAP }, { NULL, 0 }
};

const il_opt_choice_t il_i_null_weights[] = {
    { "auto", IL_NULL_WEIGHTS_AUTO }, { "travel", IL_NULL_WEIGHTS_TRAVEL },
    { "permute", IL_NULL_WEIGHTS_PERMUTE }, { NULL, 0 }
};

/** \function il_i_null_default_jobs \brief One worker per core (1 to 1024). */
igraph_integer_t il_i_null_default_jobs(void)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    return cores >= 1 ? (cores > 1024 ? 1024 : cores) : 1;
}

/**
 * \function il_i_null_check
 * \brief Check function part: --null labels needs groups; --null-weights
 *        and --swaps belong to the degree-preserving null.
 */
igraph_error_t il_i_null_check(const il_job_args_t *a, const il_null_options_t *o, int grouped)
{
    if (o->model == IL_NULL_LABELS && !grouped) {
        return il_i_job_refuse("--null labels shuffles the groups: it needs --by ATTR");
    }
    if (o->model != IL_NULL_DEFAULT && o->model != IL_NULL_DEGREE &&
        (il_job_args_given(a, "null-weights") || il_job_args_given(a, "swaps"))) {
        return il_i_job_refuse("--null-weights and --swaps apply to --null degree only");
    }
    return IGRAPH_SUCCESS;
}
