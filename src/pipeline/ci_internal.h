#ifndef IL_CI_INTERNAL_H
#define IL_CI_INTERNAL_H

/*
 * Bootstrap intervals in the jobs (pipeline/job_ci.c): the --ci,
 * --replicates (and, where a job has none, --seed and --jobs) options and
 * the one step each job calls after building its own report. Kept apart
 * from the jobs' own code so that a job gains intervals by three lines.
 * Private to src/pipeline.
 */
#include "pipeline/job_internal.h"
#include "analysis/analysis.h"

typedef struct il_job_ci {
    double level;                   /* --ci LEVEL; 0: no intervals */
    igraph_integer_t replicates;    /* --replicates B (1000) */
    igraph_integer_t jobs;          /* --jobs N where the job has none (cores) */
    igraph_uint_t seed;             /* --seed S where the job has none (42) */
} il_job_ci_t;

/* --ci and --replicates, for a job options struct with an il_job_ci_t
 * member called `ci`. */
#define IL_CI_OPTDEFS(type) \
    IL_OPTDEF_REAL("ci", type, ci.level, 0, 1, IL_OPT_ABOVE_MIN, \
                   "a confidence level above 0 and below 1, such as 0.95"), \
    IL_OPTDEF_INT("replicates", type, ci.replicates, 2, 10000000)

/* --jobs and --seed for jobs that have none of their own. */
#define IL_CI_JOBS_OPTDEF(type) IL_OPTDEF_INT("jobs", type, ci.jobs, 1, 1024)
#define IL_CI_SEED_OPTDEF(type) IL_OPTDEF_UINT("seed", type, ci.seed)

#define IL_CI_HELP \
    "Intervals (node bootstrap, Snijders & Borgatti 1999; percentile):", \
    "  --ci LEVEL           add a LEVEL confidence interval next to the estimate,", \
    "                       e.g. --ci 0.95 (default: none)", \
    "  --replicates B       bootstrap networks (default: 1000)"
#define IL_CI_JOBS_HELP \
    "  --jobs N             worker processes for the bootstrap (default: cores); the", \
    "                       numbers do not depend on it"
#define IL_CI_SEED_HELP \
    "  --seed S             seed of the bootstrap (default: 42)"

/* The defaults: no intervals, 1000 replicates, one worker per core, seed 42. */
void il_i_ci_init(il_job_ci_t *ci);

/* Usage errors: --replicates without --ci, --ci 1. */
igraph_error_t il_i_ci_check(const il_job_args_t *a, const il_job_ci_t *ci);

/* What a job bootstraps and where its estimates are in the report. */
typedef struct il_i_ci_request {
    unsigned stats;                     /* bits 1u << il_boot_stat_t */
    const igraph_vector_int_t *membership;  /* groups, or NULL */
    igraph_integer_t k;
    const il_centrality_options_t *centrality;
    const il_communities_options_t *communities;
    int detect;                         /* modularity: detect in every replicate */
    const char *object;                 /* the report object holding the estimates
                                         * ("centralization"), NULL: the top level */
    igraph_uint_t seed;                 /* the job's --seed */
    igraph_integer_t jobs;              /* the job's --jobs, or 0: ci->jobs */
} il_i_ci_request_t;

/* Bootstrap what \p q names and put the intervals into the job's report;
 * nothing when --ci was not given. */
igraph_error_t il_i_ci_add(il_job_ctx_t *ctx, const il_job_ci_t *ci, const il_i_ci_request_t *q);

#endif /* IL_CI_INTERNAL_H */
