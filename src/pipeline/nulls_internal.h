#ifndef IL_NULLS_INTERNAL_H
#define IL_NULLS_INTERNAL_H

/*
 * The null-model options the jobs share (--null, --samples, --null-weights,
 * --swaps, --alpha, --jobs; --seed stays each job's own), with one set of
 * help lines, so that every command tests its statistics the same way
 * (docs/metrics-inference.md). Private to src/pipeline.
 */
#include "pipeline/job_internal.h"
#include "analysis/nulls.h"

/* degree, configuration, gnm, labels, qap (and default). */
extern const il_opt_choice_t il_i_null_models[];

/* travel, permute. */
extern const il_opt_choice_t il_i_null_weights[];

/* The option entries for an il_null_options_t member \p field of \p type
 * (without --jobs, which some jobs already have: IL_NULL_JOBS_OPTDEF). */
#define IL_NULL_OPTDEFS(type, field) \
    IL_OPTDEF_CHOICE("null", type, field.model, il_i_null_models, \
                     "degree, configuration, gnm, labels, qap or default"), \
    IL_OPTDEF_INT("samples", type, field.samples, 0, 10000000), \
    IL_OPTDEF_CHOICE("null-weights", type, field.weights, il_i_null_weights, \
                     "auto, travel or permute"), \
    { .name = "swaps", .kind = IL_OPT_REAL, .offset = offsetof(type, field.swaps_per_edge), \
      .min = 0, .max = 100000, .flags = IL_OPT_ABOVE_MIN }, \
    { .name = "alpha", .kind = IL_OPT_REAL, .offset = offsetof(type, field.alpha), \
      .min = 0, .max = 0.5, .flags = IL_OPT_ABOVE_MIN, \
      .expect = "a level above 0 and at most 0.5" }
#define IL_NULL_JOBS_OPTDEF(type, field) \
    IL_OPTDEF_INT("jobs", type, field.jobs, 1, 1024)

/* Help lines; SAMPLES is the job's default as text. */
#define IL_NULL_HELP(SAMPLES) \
    "Null model (docs/metrics-inference.md):", \
    "  --null MODEL         test every statistic against MODEL: degree (degree-", \
    "                       preserving rewiring), configuration, gnm (G(n, m), as", \
    "                       sna cug.test), labels (--by values shuffled), qap; default:", \
    "                       each statistic's own (degree for most, gnm for", \
    "                       centralizations)", \
    "  --samples N          null samples (default: " SAMPLES "; 0: no test, readings", \
    "                       indeterminate)", \
    "  --null-weights W     degree null: travel (ties swap only with ties of equal", \
    "                       strength: strengths kept), permute (strengths shuffled", \
    "                       over the ties), or auto (default: travel when a few", \
    "                       common strengths hold three quarters of the ties)", \
    "  --swaps S            accepted double edge swaps per tie (default: 10)", \
    "  --alpha A            level at which a reading is decided (default: 0.05)"
#define IL_NULL_JOBS_HELP \
    "  --jobs N             worker processes for the null samples (default: cores;", \
    "                       the results do not depend on it)"

/* One worker per core, at most 1024: the default of --jobs. */
igraph_integer_t il_i_null_default_jobs(void);

/* A usage error for a --null the job cannot use (labels without --by). */
igraph_error_t il_i_null_check(const il_job_args_t *a, const il_null_options_t *o,
                               int grouped);

#endif /* IL_NULLS_INTERNAL_H */
