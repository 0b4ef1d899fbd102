/*
 * The summary job: whole-graph structure (DEFINITIONS.md, "Whole graph").
 */
#include "pipeline/job_internal.h"
#include "analysis/analysis.h"


static const il_optdef_t summary_options[] = {
    IL_OPTDEF_CHOICE("paths", il_summary_options_t, paths, il_i_path_modes, NULL),
    IL_OPTDEF_INT("samples", il_summary_options_t, samples, 1, IL_OPT_NO_MAX),
    IL_OPTDEF_UINT("seed", il_summary_options_t, seed),
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
    "  --seed S             seed for sampling sources (default: 42)",
    NULL
};

static void summary_init(void *opts)
{
    il_summary_options_t init = IL_SUMMARY_OPTIONS_INIT;
    *(il_summary_options_t *) opts = init;
}

static igraph_error_t summary_run(il_job_ctx_t *ctx)
{
    const il_summary_options_t *o = ctx->opts;
    il_summary_t s;
    IGRAPH_CHECK(il_summary(ctx->g, o, &s));
    IGRAPH_CHECK(il_report_add_summary(ctx->report, &s, o));
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
    .opts_size = sizeof(il_summary_options_t),
    .init = summary_init,
    .run = summary_run,
};
