/*
 * The summary job: whole-graph structure (DEFINITIONS.md, "Whole graph").
 */
#include "pipeline/job_internal.h"
#include "pipeline/ci_internal.h"
#include "pipeline/groups_internal.h"
#include "pipeline/side_internal.h"
#include "analysis/analysis.h"

#include <string.h>

/* The summary's options, its intervals (pipeline/job_ci.c) and, with --by,
 * its groups. */
typedef struct summary_job {
    il_summary_options_t o;
    il_job_ci_t ci;
    il_job_groups_t groups;     /* --by: the summary of every group too */
} summary_job_t;

static const il_optdef_t summary_options[] = {
    IL_OPTDEF_CHOICE("paths", summary_job_t, o.paths, il_i_path_modes, NULL),
    IL_OPTDEF_INT("samples", summary_job_t, o.samples, 1, IL_OPT_NO_MAX),
    IL_OPTDEF_UINT("seed", summary_job_t, o.seed),
    IL_CI_OPTDEFS(summary_job_t),
    IL_CI_JOBS_OPTDEF(summary_job_t),
    IL_GROUPS_OPTDEFS(summary_job_t),
    IL_SIDE_OPTDEF(summary_job_t, groups.side),
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
    IL_CI_JOBS_HELP,
    "",
    "Groups (optional):",
    "  --by ATTR            also summarise the subgraph of each group of node",
    "                       attribute ATTR (groups_table: the ties inside the group)",
    "  --empty-group        put nodes with an empty ATTR in the group \"(none)\"",
    "  --table NAME         the table --format csv prints (default: key,value rows)",
    IL_SIDE_HELP,
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
    const summary_job_t *j = a->opts;
    if (!j->groups.by && (j->groups.empty_own || j->groups.table || j->groups.side)) {
        return il_i_job_refuse("--empty-group, --table and --side-by-side need --by ATTR");
    }
    return il_i_ci_check(a, &j->ci);
}

static const il_side_source_t summary_side[] = { { "groups_table", IL_SIDE_ROWS, "" } };

static igraph_error_t summary_run(il_job_ctx_t *ctx)
{
    const summary_job_t *j = ctx->opts;
    il_i_ci_request_t q = { 0 };
    il_partition_t p;
    il_summary_t s;
    IGRAPH_CHECK(il_summary(ctx->g, &j->o, &s));
    IGRAPH_CHECK(il_report_add_summary(ctx->report, &s, &j->o));
    q.stats = (1u << IL_BOOT_DENSITY) | (1u << IL_BOOT_WEIGHTED_DENSITY);
    q.seed = j->o.seed;
    IGRAPH_CHECK(il_i_ci_add(ctx, &j->ci, &q));
    if (!j->groups.by) {
        return IGRAPH_SUCCESS;
    }
    memset(&p, 0, sizeof p);
    IGRAPH_CHECK(il_i_groups_partition(ctx->g, &j->groups, &p));
    IGRAPH_FINALLY(il_partition_destroy, &p);
    IGRAPH_CHECK(il_i_summary_groups(ctx->report->root, ctx->g, &p, &j->o));
    IGRAPH_CHECK(il_report_string(il_report_parameters(ctx->report), "by", j->groups.by));
    IGRAPH_CHECK(il_report_string(il_report_parameters(ctx->report), "groups_table",
                                  "the summary keys of each group's subgraph: its nodes and "
                                  "the ties among them (paths: how its path statistics were "
                                  "computed)"));
    if (j->groups.side) {
        IGRAPH_CHECK(il_i_side_by_side_job(ctx, j->groups.table, summary_side, 1));
    }
    IGRAPH_CHECK(il_i_groups_table(ctx, &j->groups));
    il_partition_destroy(&p);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_summary = {
    .name = "summary",
    .summary = "whole-graph structure: size, density, components, clustering, paths",
    .synopsis = "innolink summary EDGES [--nodes NODES] [--by ATTR] [options]",
    .help = summary_help,
    .options = summary_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(summary_job_t),
    .init = summary_init,
    .check = summary_check,
    .run = summary_run,
};
