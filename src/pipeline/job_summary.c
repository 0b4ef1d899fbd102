/*
 * The summary job: whole-graph structure (DEFINITIONS.md, "Whole graph").
 */
#include "pipeline/job_internal.h"
#include "pipeline/ci_internal.h"
#include "analysis/analysis.h"

#include <string.h>

/* The summary's options and its intervals (pipeline/job_ci.c). */
typedef struct summary_job {
    il_summary_options_t o;
    il_job_ci_t ci;
} summary_job_t;

static const il_optdef_t summary_options[] = {
    IL_OPTDEF_CHOICE("paths", summary_job_t, o.paths, il_i_path_modes, NULL),
    IL_OPTDEF_INT("samples", summary_job_t, o.samples, 1, IL_OPT_NO_MAX),
    IL_OPTDEF_UINT("seed", summary_job_t, o.seed),
    IL_CI_OPTDEFS(summary_job_t),
    IL_CI_JOBS_OPTDEF(summary_job_t),
    { .name = NULL }
};

static const char *const summary_help[] = {
    "Whole-graph structure: nodes, edges, density and weighted density, mean degree",
    "and strength, components, isolates, transitivity, average clustering, average",
    "path length and diameter (in hops), degree assortativity, and what loading",
    "merged or dropped.",
    "",
    "Summary:",
    "  --paths MODE         auto|exact|sample|skip: how path length and diameter are",
    "                       computed (auto: exact up to n(n+m) = 1e10, else sampled)",
    "  --samples K          BFS sources when sampling (default: 200)",
    "  --seed S             seed for sampling sources and the bootstrap (default: 42)",
    "",
    IL_CI_HELP,
    "                       (density and weighted density)",
    "  --jobs N             worker processes for the path search and the bootstrap",
    "                       (default: cores); the numbers do not depend on it",
    NULL
};

static void summary_init(void *opts)
{
    summary_job_t *j = opts;
    il_summary_options_t init = IL_SUMMARY_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->o = init;
    il_i_ci_init(&j->ci);
}

static igraph_error_t summary_check(const il_job_args_t *a)
{
    return il_i_ci_check(a, &((const summary_job_t *) a->opts)->ci);
}

static igraph_error_t summary_run(il_job_ctx_t *ctx)
{
    const summary_job_t *j = ctx->opts;
    il_i_ci_request_t q = { 0 };
    il_summary_t s;
    il_summary_options_t o = j->o;
    o.jobs = j->ci.jobs;        /* --jobs serves the path search and the bootstrap */
    IGRAPH_CHECK(il_summary(ctx->g, &o, &s));
    IGRAPH_CHECK(il_report_add_summary(ctx->report, &s, &o));
    q.stats = (1u << IL_BOOT_DENSITY) | (1u << IL_BOOT_WEIGHTED_DENSITY);
    q.seed = j->o.seed;
    IGRAPH_CHECK(il_i_ci_add(ctx, &j->ci, &q));
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_summary = {
    .name = "summary",
    .summary = "whole-graph structure: size, density, components, clustering, paths",
    .synopsis = "innolink summary EDGES [--nodes NODES] [options]",
    .help = summary_help,
    .options = summary_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(summary_job_t),
    .init = summary_init,
    .check = summary_check,
    .run = summary_run,
};
