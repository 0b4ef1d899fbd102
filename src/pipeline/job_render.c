/*
 * The render job: a picture as SVG (PNG or PDF through rsvg-convert), drawn by innolink itself: the network
 * (seeded layout, colour by group, size by a measure, top labels, legend;
 * the group-level graph above 5000 nodes; --layout geo for maps) or, with
 * --chart coupling, the loose-coupling plane of the groups.
 */
#include "pipeline/job_internal.h"
#include "pipeline/nulls_internal.h"
#include "pipeline/pipeline.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

enum { CHART_NETWORK = 0, CHART_COUPLING };

enum { TO_PATH = 0, TO_SVG, TO_PNG, TO_PDF };

typedef struct render_job {
    il_picture_options_t pic;
    int chart;                  /* CHART_NETWORK or CHART_COUPLING */
    const char *by;             /* groups of the coupling plane */
    const char *before;         /* earlier snapshot for the plane's arrows */
    il_coupling_options_t co;   /* the plane's readings (tests seeded with pic.seed) */
    int to;                     /* TO_*: --to, or TO_PATH: from -o's extension */
    double dpi;                 /* PNG resolution: pixels per inch of the 96 dpi canvas */
} render_job_t;

static const il_opt_choice_t charts[] = {
    { "network", CHART_NETWORK }, { "coupling", CHART_COUPLING }, { NULL, 0 }
};

static const il_opt_choice_t images[] = {
    { "svg", TO_SVG }, { "png", TO_PNG }, { "pdf", TO_PDF }, { NULL, 0 }
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
    IL_OPTDEF_REAL("isolated-below", render_job_t, co.isolated_below, 0, 1, 0,
                   "a share of the null's coupling from 0 to 1"),
    IL_OPTDEF_CHOICE("to", render_job_t, to, images, NULL),
    IL_OPTDEF_REAL("dpi", render_job_t, dpi, 24, 2400, 0, "24 to 2400"),
    IL_OPTDEF_INT("width", render_job_t, pic.width, 320, 8000),
    IL_OPTDEF_INT("height", render_job_t, pic.height, 240, 8000),
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
    "  --to FORMAT          svg|png|pdf (default: from the -o extension, else svg);",
    "                       png and pdf are rendered by rsvg-convert (librsvg2-bin)",
    "  --width PX           canvas width of the network picture (default: 960)",
    "  --height PX          canvas height of the network picture (default: 720)",
    "  --dpi D              PNG resolution: the canvas is laid out at 96 px per inch",
    "                       and rendered at D (default: 96; 300 for print)",
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
    j->dpi = 96;
}

/* The picture format named by -o's extension (case-insensitive); SVG
 * otherwise. */
static int image_from_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (dot && !strchr(dot, '/') && strcasecmp(dot, ".png") == 0) {
        return TO_PNG;
    }
    if (dot && !strchr(dot, '/') && strcasecmp(dot, ".pdf") == 0) {
        return TO_PDF;
    }
    return TO_SVG;
}

/* Where the SVG goes: the output itself, or a temporary file that
 * rsvg-convert then renders onto the output. */
static FILE *svg_target(il_job_ctx_t *ctx, int to, FILE **tmp)
{
    *tmp = NULL;
    if (to == TO_SVG) {
        return il_i_job_output(ctx);
    }
    *tmp = tmpfile();
    if (!*tmp) {
        il_set_error("cannot make a temporary file for the picture");
    }
    return *tmp;
}

static void tmp_close(void *fp)
{
    if (fp) {
        fclose(fp);
    }
}

/* Render the SVG in \p tmp onto the output as PNG or PDF. */
static igraph_error_t finish_image(il_job_ctx_t *ctx, int to, FILE *tmp)
{
    const render_job_t *j = ctx->opts;
    FILE *out;
    if (to == TO_SVG) {
        return IGRAPH_SUCCESS;
    }
    out = il_i_job_output(ctx);
    if (!out) {
        IGRAPH_ERROR("", IGRAPH_EFILE);
    }
    return il_svg_convert(tmp, out, to == TO_PNG ? "png" : "pdf",
                          to == TO_PNG ? j->dpi / 96.0 : 1.0);
}

static igraph_error_t render_check(const il_job_args_t *a)
{
    const render_job_t *j = a->opts;
    IGRAPH_CHECK(il_i_job_no_format(a));
    if (j->chart == CHART_COUPLING && !j->by) {
        return il_i_job_refuse("--chart coupling needs --by ATTR");
    }
    if (j->before && j->chart != CHART_COUPLING) {
        return il_i_job_refuse("--before draws arrows on --chart coupling only");
    }
    return il_i_null_check(a, &j->co.null, j->by != NULL);
}

/* The title drawn above the picture: a synthetic set's picture says so in
 * it (pipeline/job.c reads provenance.json). *title is j->pic.title, or a
 * new string kept in *owned (free() it); NULL when out of memory. */
static int picture_title(const il_job_ctx_t *ctx, const char **title, char **owned)
{
    const render_job_t *j = ctx->opts;
    const char *what = j->pic.title ? j->pic.title : "invented ties, see ";
    const char *file = j->pic.title ? "" : ctx->provenance.file;
    size_t len;
    *owned = NULL;
    *title = j->pic.title;
    if (ctx->provenance.kind != IL_DATA_SYNTHETIC) {
        return 1;
    }
    len = strlen(what) + strlen(file) + sizeof "SYNTHETIC DATA: ";
    if (!(*owned = malloc(len))) {
        return 0;
    }
    snprintf(*owned, len, "SYNTHETIC DATA: %s%s", what, file);
    *title = *owned;
    return 1;
}

/* The plane, with arrows from the earlier snapshot --before (read the way
 * EDGES was read). */
static igraph_error_t render_plane(il_job_ctx_t *ctx, igraph_integer_t *drawn)
{
    const render_job_t *j = ctx->opts;
    il_coupling_options_t co = j->co;
    const char *title;
    char *owned;
    il_graph_t before = IL_GRAPH_INIT;
    FILE *out;
    int to = j->to != TO_PATH ? j->to : image_from_path(ctx->args->output);
    FILE *tmp;
    IGRAPH_FINALLY(il_graph_destroy, &before);
    if (j->before) {
        il_load_options_t lo = ctx->args->load;
        lo.edges_path = j->before;
        IGRAPH_CHECK(il_i_job_distinct(ctx->args, ctx->args->output, j->before));
        IGRAPH_CHECK(il_load_input(&lo, &ctx->args->backbone, 0, &before));
    }
    out = svg_target(ctx, to, &tmp);
    if (!out) {
        IGRAPH_ERROR("", IGRAPH_EFILE);
    }
    IGRAPH_FINALLY(tmp_close, tmp);
    if (!picture_title(ctx, &title, &owned)) {
        IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(igraph_free, owned);
    co.seed = j->pic.seed;
    IGRAPH_CHECK(il_picture_plane(ctx->g, j->before ? &before : NULL, j->by, &co, title,
                                  1, out, drawn, NULL));
    IGRAPH_CHECK(finish_image(ctx, to, tmp));
    igraph_free(owned);
    tmp_close(tmp);
    IGRAPH_FINALLY_CLEAN(2);
    il_graph_destroy(&before);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t render_run(il_job_ctx_t *ctx)
{
    const render_job_t *j = ctx->opts;
    igraph_integer_t drawn = 0, n = il_graph_vcount(ctx->g);
    il_picture_options_t pic = j->pic;
    char *owned;
    int to = j->to != TO_PATH ? j->to : image_from_path(ctx->args->output);
    FILE *out, *tmp;
    if (j->chart == CHART_COUPLING) {
        return render_plane(ctx, &drawn);
    }
    out = svg_target(ctx, to, &tmp);
    if (!out) {
        return IGRAPH_EFILE;
    }
    IGRAPH_FINALLY(tmp_close, tmp);
    if (!picture_title(ctx, &pic.title, &owned)) {
        IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(igraph_free, owned);
    IGRAPH_CHECK(il_picture_network(ctx->g, &pic, 1, out, &drawn, NULL));
    IGRAPH_CHECK(finish_image(ctx, to, tmp));
    igraph_free(owned);
    tmp_close(tmp);
    IGRAPH_FINALLY_CLEAN(1);
    IGRAPH_FINALLY_CLEAN(1);
    if (drawn < n && n <= IL_GROUP_GRAPH_MIN) {
        il_warn("%" IGRAPH_PRId " of %" IGRAPH_PRId " nodes have no position (no valid lat/lon) "
                "and are not drawn", n - drawn, n);
    }
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_render = {
    .name = "render",
    .summary = "a picture of the network or the coupling plane as SVG, PNG or PDF",
    .synopsis = "innolink render EDGES [--nodes NODES] -o FILE.svg|png|pdf [--color ATTR] "
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
