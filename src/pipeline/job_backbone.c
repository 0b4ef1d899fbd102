/*
 * The backbone job: every tie of the input judged by the --backbone test,
 * the kept ones (or all) listed with their p-values, and the shares of
 * nodes, ties and weight kept (analysis/backbone.c;
 * docs/metrics-backbones.md). Every other command analyses the kept ties
 * when given --backbone.
 */
#include "pipeline/job_internal.h"
#include "pipeline/pipeline.h"
#include "analysis/analysis.h"

#include <string.h>

typedef struct backbone_job {
    int all;
    igraph_integer_t top;
} backbone_job_t;

static const il_optdef_t backbone_options[] = {
    IL_OPTDEF_FLAG("all", backbone_job_t, all),
    IL_OPTDEF_INT("top", backbone_job_t, top, 1, IL_OPT_NO_MAX),
    { .name = NULL }
};

static const char *const backbone_help[] = {
    "Which ties are more than what the nodes' totals give by chance: every tie",
    "judged by the --backbone test, the kept ties listed with their p-values",
    "(smallest first), and the shares of nodes, ties and weight kept.",
    "  disparity  Serrano, Boguna and Vespignani 2009, any weighted graph: a tie",
    "             is kept when it takes a larger share of either end's strength",
    "             than a uniform split of that strength over the end's ties would",
    "             give with probability alpha.",
    "  sdsm       Neal 2014, projections (--affiliation): a pair is kept when it",
    "             shares more events than independent memberships would give with",
    "             probability alpha, the membership probabilities fitted to every",
    "             actor's number of events and every event's size (bipartite",
    "             configuration model), so that co-members of one large consortium",
    "             are not kept for that alone.",
    "Every command takes --backbone METHOD --alpha A and analyses the kept ties.",
    "",
    "Backbone:",
    "  --all                list every tie with its p-value and whether it is kept",
    "  --top N              list only the N ties with the smallest p-values (the",
    "                       figures still count every tie)",
    NULL
};

static void backbone_init(void *opts)
{
    memset(opts, 0, sizeof(backbone_job_t));
}

static igraph_error_t backbone_check(const il_job_args_t *a)
{
    if (a->backbone.method == IL_BACKBONE_NONE) {
        return il_i_job_refuse("backbone needs --backbone disparity|sdsm (sdsm for "
                               "--affiliation data)");
    }
    if (a->load.ego) {
        return il_i_job_refuse("backbone judges every tie; --ego restricts what the other "
                               "commands analyse");
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t backbone_run(il_job_ctx_t *ctx)
{
    const backbone_job_t *j = ctx->opts;
    il_graph_t g = IL_GRAPH_INIT;
    il_backbone_t res;
    memset(&res, 0, sizeof res);
    IGRAPH_CHECK(il_backbone_load(&ctx->args->load, &ctx->args->backbone, &g, &res));
    IGRAPH_FINALLY(il_graph_destroy, &g);
    IGRAPH_FINALLY(il_backbone_destroy, &res);
    IGRAPH_CHECK(il_report_add_backbone(ctx->report, &g, &res, j->all, j->top));
    IGRAPH_CHECK(il_report_add_input(ctx->report, &ctx->args->load, &g));
    ctx->input_added = 1;
    il_backbone_destroy(&res);
    il_graph_destroy(&g);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_backbone = {
    .name = "backbone",
    .summary = "the ties more than chance: disparity filter or SDSM, with p-values",
    .synopsis = "innolink backbone EDGES --backbone METHOD [--alpha A] [options]",
    .help = backbone_help,
    .options = backbone_options,
    .input = IL_JOB_SELF,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(backbone_job_t),
    .init = backbone_init,
    .check = backbone_check,
    .run = backbone_run,
};
