/*
 * The render job: a picture as SVG, drawn by innolink itself: the network
 * (seeded layout, colour by group, size by a measure, top labels, legend;
 * the group-level graph above 5000 nodes; --layout geo for maps) or, with
 * --chart coupling, the loose-coupling plane of the groups.
 */
#include "pipeline/job_internal.h"
#include "pipeline/nulls_internal.h"
#include "pipeline/pipeline.h"

#include <string.h>

enum { CHART_NETWORK = 0, CHART_COUPLING };

typedef struct render_job {
    il_picture_options_t pic;
    int chart;                  /* CHART_NETWORK or CHART_COUPLING */
    const char *by;             /* groups of the coupling plane */
    const char *before;         /* earlier snapshot for the plane's arrows */
    il_coupling_options_t co;   /* the plane's readings (tests seeded with pic.seed) */
} render_job_t;

static const il_opt_choice_t charts[] = {
    { "network", CHART_NETWORK }, { "coupling", CHART_COUPLING }, { NULL, 0 }
};

static const il_optdef_t render_options[] = {
    IL_OPTDEF_CHOICE("layout", render_job_t, pic.layout, il_i_layouts, NULL),
    IL_OPTDEF_UINT("seed", render_job_t, pic.seed),
    IL_OPTDEF_STRING("color", render_job_t, pic.color),
    IL_OPTDEF_STRING("size", render_job_t, pic.size),
    IL_OPTDEF_INT("labels", render_job_t, pic.labels, 0, IL_OPT_NO_MAX),
    IL_OPTDEF_CHOICE("chart", render_job_t, chart, charts, NULL),
    IL_OPTDEF_STRING("by", render_job_t, by),
    IL_OPTDEF_STRING("title", render_job_t, pic.title),
    IL_OPTDEF_STRING("before", render_job_t, before),
    IL_NULL_OPTDEFS(render_job_t, co.null),
    IL_NULL_JOBS_OPTDEF(render_job_t, co.null),
    { .name = "isolated-below", .kind = IL_OPT_REAL,
      .offset = offsetof(render_job_t, co.isolated_below), .min = 0, .max = 1,
      .expect = "a share of the null's coupling from 0 to 1" },
    { .name = NULL }
};

static const char *const render_help[] = {
    "Draw the network, or the loose-coupling plane of groups, as an SVG picture.",
    "",
    "Picture:",
    "  --chart KIND         network|coupling (default: network)",
    "  --layout L           auto|fr|drl|geo (default: auto: Fruchterman-Reingold up",
    "                       to 1000 nodes, DrL above; geo: lat/lon node columns)",
    "  --seed S             seed of the layout and of --color community (default: 42)",
    "  --color ATTR         colour nodes by a node column, or community: Leiden",
    "                       communities found with --seed (as innolink communities)",
    "  --size MEASURE       a centrality measure (degree, strength, betweenness,",
    "                       closeness, harmonic, eigenvector, pagerank, hub, authority,",
    "                       constraint, effective_size, ..., as innolink centrality),",
    "                       none, or a numeric node column (default: degree)",
    "  --labels N           label the N largest nodes (default: 10)",
    "  --by ATTR            groups of the coupling plane (--chart coupling)",
    "  --before FILE        an earlier snapshot: arrows show each group's move on",
    "                       the coupling plane from FILE to EDGES",
    "  --title TEXT         title drawn above the picture",
    "  --isolated-below R   coupling plane: as innolink coupling (default: 0.25)",
    "Above 5000 nodes the picture shows one node per --color group.",
    "",
    "The coupling plane places each group by the readings of innolink coupling",
    "(the same null and options give the same readings; --seed seeds the null).",
    IL_NULL_HELP("1000"),
    IL_NULL_JOBS_HELP,
    NULL
};

static void render_init(void *opts)
{
    render_job_t *j = opts;
    il_picture_options_t init = IL_PICTURE_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    il_coupling_options_t co = IL_COUPLING_OPTIONS_INIT;
    j->pic = init;
    j->chart = CHART_NETWORK;
    j->co = co;
    j->co.null.jobs = il_i_null_default_jobs();
}

static igraph_error_t render_check(const il_job_args_t *a)
{
    const render_job_t *j = a->opts;
    if (j->chart == CHART_COUPLING && !j->by) {
        return il_i_job_refuse("--chart coupling needs --by ATTR");
    }
    if (j->before && j->chart != CHART_COUPLING) {
        return il_i_job_refuse("--before draws arrows on --chart coupling only");
    }
    return il_i_null_check(a, &j->co.null, j->by != NULL);
}

/* The plane, with arrows from the earlier snapshot --before (read the way
 * EDGES was read). */
static igraph_error_t render_plane(il_job_ctx_t *ctx, igraph_integer_t *drawn)
{
    const render_job_t *j = ctx->opts;
    il_graph_t before = IL_GRAPH_INIT;
    FILE *out;
    IGRAPH_FINALLY(il_graph_destroy, &before);
    if (j->before) {
        il_load_options_t lo = ctx->args->load;
        lo.edges_path = j->before;
        IGRAPH_CHECK(il_i_job_distinct(ctx->args, ctx->args->output, j->before));
        IGRAPH_CHECK(il_load_graph(&lo, &before));
    }
    out = il_i_job_output(ctx);
    if (!out) {
        IGRAPH_ERROR("", IGRAPH_EFILE);
    }
    il_coupling_options_t co = j->co;
    co.seed = j->pic.seed;
    IGRAPH_CHECK(il_picture_plane(ctx->g, j->before ? &before : NULL, j->by, &co,
                                  j->pic.title, 1, out, drawn, NULL));
    il_graph_destroy(&before);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t render_run(il_job_ctx_t *ctx)
{
    const render_job_t *j = ctx->opts;
    igraph_integer_t drawn = 0, n = il_graph_vcount(ctx->g);
    FILE *out;
    if (j->chart == CHART_COUPLING) {
        return render_plane(ctx, &drawn);
    }
    out = il_i_job_output(ctx);
    if (!out) {
        return IGRAPH_EFILE;
    }
    IGRAPH_CHECK(il_picture_network(ctx->g, &j->pic, 1, out, &drawn, NULL));
    if (drawn < n && n <= IL_GROUP_GRAPH_MIN) {
        il_warn("%" IGRAPH_PRId " of %" IGRAPH_PRId " nodes have no position (no valid lat/lon) "
                "and are not drawn", n - drawn, n);
    }
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_render = {
    .name = "render",
    .summary = "a picture of the network or the coupling plane as SVG",
    .synopsis = "innolink render EDGES [--nodes NODES] -o FILE.svg [--color ATTR] "
                "[--size MEASURE] [--layout L] [--chart coupling --by ATTR]",
    .help = render_help,
    .options = render_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_FILE,
    .opts_size = sizeof(render_job_t),
    .init = render_init,
    .check = render_check,
    .run = render_run,
};
