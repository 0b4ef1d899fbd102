/*
 * Bootstrap intervals in the jobs: the options and the step the summary,
 * coupling, mixing, centrality and communities jobs call after building
 * their reports (docs/metrics-uncertainty.md).
 */
#include "pipeline/ci_internal.h"

#include <cjson/cJSON.h>

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/** \function il_i_ci_init \brief No intervals; 1000 replicates, cores, seed 42. */
void il_i_ci_init(il_job_ci_t *ci)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    ci->level = 0;
    ci->replicates = 1000;
    ci->jobs = cores >= 1 ? (cores > 1024 ? 1024 : cores) : 1;
    ci->seed = 42;
}

/**
 * \function il_i_ci_check
 * \brief The usage errors of the interval options: --replicates without
 *        --ci, and a level of 1.
 */
igraph_error_t il_i_ci_check(const il_job_args_t *a, const il_job_ci_t *ci)
{
    if (il_job_args_given(a, "replicates") && !il_job_args_given(a, "ci")) {
        return il_i_job_refuse("--replicates sets the bootstrap of --ci LEVEL: give --ci too");
    }
    if (il_job_args_given(a, "ci") && !(ci->level < 1)) {
        return il_i_job_refuse("--ci: a level below 1, such as 0.95 (1 would be the whole "
                               "range of the replicates)");
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_ci_add
 * \brief Run the node bootstrap of the statistics in \p q and add the
 *        intervals next to the job's estimates (il_report_add_intervals).
 *
 * Does nothing without --ci. The seed is the job's --seed (the bootstrap
 * draws from a stream of its own, so it does not repeat the job's other
 * draws).
 *
 * \return What il_bootstrap() returns; IGRAPH_ENOMEM.
 */
igraph_error_t il_i_ci_add(il_job_ctx_t *ctx, const il_job_ci_t *ci, const il_i_ci_request_t *q)
{
    il_bootstrap_options_t o = IL_BOOTSTRAP_OPTIONS_INIT;
    il_bootstrap_t b;
    struct cJSON *obj = NULL;
    char prefix[64];
    if (!(ci->level > 0)) {
        return IGRAPH_SUCCESS;
    }
    o.level = ci->level;
    o.replicates = ci->replicates;
    o.seed = q->seed;
    o.jobs = q->jobs > 0 ? q->jobs : ci->jobs;
    o.stats = q->stats;
    o.membership = q->membership ? VECTOR(*q->membership) : NULL;
    o.k = q->k;
    o.centrality = q->centrality;
    o.communities = q->communities;
    o.detect = q->detect;
    IGRAPH_CHECK(il_bootstrap(ctx->g, &o, &b));
    if (q->object) {
        obj = cJSON_GetObjectItemCaseSensitive(ctx->report->root, q->object);
    }
    snprintf(prefix, sizeof prefix, "%s%s", q->object ? q->object : "", q->object ? "." : "");
    IGRAPH_CHECK(il_report_add_intervals(ctx->report, obj, prefix, &b));
    return IGRAPH_SUCCESS;
}
