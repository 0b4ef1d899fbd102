/*
 * The export job: the graph with its attributes and computed per-node
 * results as GraphML (Gephi, Cytoscape, yEd, networkx), GEXF (Gephi,
 * drawn) or node-link JSON (web tools). File formats: docs/formats.md.
 */
#include "pipeline/job_internal.h"
#include "pipeline/pipeline.h"
#include "core/version.h"

#include <cjson/cJSON.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { TO_PATH = 0, TO_GRAPHML, TO_GEXF, TO_JSON };

typedef struct export_job {
    int to;                     /* TO_*: --to, or TO_PATH: from -o's extension */
    const char *with;           /* --with LIST */
    il_annotate_options_t annotate;     /* --seed, --by, --empty-group */
    il_layout_kind_t layout;    /* GEXF positions */
    int gexf_version;           /* 12 (1.2draft) or 13 */
    int json_links;             /* 1: node-link ties under "links", else "edges" */
    const char *color;          /* GEXF viz:color by this node column (default --by) */
    const char *size;           /* GEXF viz:size by this measure (default degree) */
} export_job_t;

static const il_opt_choice_t formats[] = {
    { "graphml", TO_GRAPHML }, { "gexf", TO_GEXF }, { "json", TO_JSON }, { NULL, 0 }
};

static const il_opt_choice_t gexf_versions[] = {
    { "1.2", 12 }, { "1.2draft", 12 }, { "1.3", 13 }, { NULL, 0 }
};

static const il_opt_choice_t json_keys[] = {
    { "edges", 0 }, { "links", 1 }, { NULL, 0 }
};


static const il_optdef_t export_options[] = {
    IL_OPTDEF_CHOICE("to", export_job_t, to, formats, NULL),
    IL_OPTDEF_CUSTOM("with", export_job_t, with, il_i_check_with),
    IL_OPTDEF_UINT("seed", export_job_t, annotate.seed),
    IL_OPTDEF_CHOICE("layout", export_job_t, layout, il_i_layouts, NULL),
    IL_OPTDEF_STRING("by", export_job_t, annotate.by),
    IL_OPTDEF_FLAG("empty-group", export_job_t, annotate.empty_own),
    IL_OPTDEF_CHOICE("gexf-version", export_job_t, gexf_version, gexf_versions, NULL),
    IL_OPTDEF_CHOICE("json-edges", export_job_t, json_links, json_keys, NULL),
    IL_OPTDEF_STRING("color", export_job_t, color),
    IL_OPTDEF_STRING("size", export_job_t, size),
    { .name = NULL }
};

static const char *const export_help[] = {
    "Write the graph, its node and edge attributes and computed per-node results",
    "to a file that Gephi, Cytoscape, yEd, networkx or web tools open.",
    "",
    "Export:",
    "  --to FORMAT          graphml|gexf|json (default: from the -o extension, else",
    "                       graphml)",
    "  --with LIST          comma-separated analyses whose results are added:",
    "                       summary (graph-level values), degree (degree, strength),",
    "                       centrality (every default measure), communities (Leiden",
    "                       community, seeded), structure (cp_coreness, core, kcore,",
    "                       structural_hub, degree_z, role), coupling (ei_index,",
    "                       participation; needs --by), brokerage (broker_<role>",
    "                       counts; needs --by)",
    "  --layout L           positions written to GEXF: auto|fr|drl|geo (default: auto,",
    "                       Fruchterman-Reingold up to 1000 nodes, DrL above)",
    "  --seed S             seed of the layout and randomised analyses (default: 42)",
    "  --by ATTR            node attribute that group-based analyses use (coupling,",
    "                       brokerage; structure's roles)",
    "  --empty-group        put nodes with an empty --by value in the group \"(none)\"",
    "                       (default: an error naming the node)",
    "  --gexf-version V     1.2 (1.2draft, default: Gephi and networkx 2.8 and 3.x",
    "                       read it) or 1.3",
    "  --color ATTR         GEXF node colours by this node column, or community",
    "                       (default: the --by column; none without --by)",
    "  --size MEASURE       GEXF node sizes by a measure or numeric node column, or",
    "                       none (default: degree), as innolink render draws them",
    "  --json-edges KEY     node-link JSON ties under edges (default: what networkx",
    "                       3.6 and later read) or links (networkx before 3.6, d3)",
    NULL
};

static void export_init(void *opts)
{
    export_job_t *j = opts;
    memset(j, 0, sizeof *j);
    j->annotate.seed = 42;
    j->layout = IL_LAYOUT_AUTO;
    j->gexf_version = 12;
    j->size = "degree";
}

static igraph_error_t export_check(const il_job_args_t *a)
{
    return il_i_job_no_format(a);
}

/* The format named by -o's extension (case-insensitive); GraphML when the
 * extension names none (a warning says so unless it is .graphml). */
static int format_from_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (dot && !strchr(dot, '/') && strcasecmp(dot, ".gexf") == 0) {
        return TO_GEXF;
    }
    if (dot && !strchr(dot, '/') && strcasecmp(dot, ".json") == 0) {
        return TO_JSON;
    }
    if (path && strcmp(path, "-") != 0 && !(dot && strcasecmp(dot, ".graphml") == 0)) {
        il_warn("'%s': no --to and no .graphml/.gexf/.json extension; writing GraphML", path);
    }
    return TO_GRAPHML;
}

/* The graph-level record: generator and the options that decide the file. */
static igraph_error_t export_meta(const il_job_args_t *a, const il_graph_t *g, int to,
                                  cJSON **meta, cJSON **opt)
{
    const export_job_t *j = a->opts;
    *meta = cJSON_CreateObject();
    *opt = *meta && cJSON_AddStringToObject(*meta, "generator", "innolink " IL_VERSION) ?
           cJSON_AddObjectToObject(*meta, "options") : NULL;
    if (!*opt || !cJSON_AddStringToObject(*opt, "command", "export") ||
        !cJSON_AddStringToObject(*opt, "to", il_opt_choice_name(formats, to)) ||
        !cJSON_AddStringToObject(*opt, "with", j->with ? j->with : "") ||
        !cJSON_AddStringToObject(*opt, "edges", a->load.edges_path) ||
        (a->load.nodes_path && !cJSON_AddStringToObject(*opt, "nodes", a->load.nodes_path)) ||
        !cJSON_AddBoolToObject(*opt, "directed", g->directed) ||
        !cJSON_AddStringToObject(*opt, "duplicates", il_dup_mode_name(a->load.duplicates)) ||
        !cJSON_AddStringToObject(*opt, "weights", "tie strength (more is stronger)") ||
        !cJSON_AddNumberToObject(*opt, "seed", (double) j->annotate.seed)) {
        cJSON_Delete(*meta);
        *meta = NULL;
        IGRAPH_ERROR("out of memory", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}

static void columns_free(void *cols)
{
    il_columns_destroy(cols);
}

/* Free the colours and sizes of an export. */
static void style_free(void *xp)
{
    il_export_t *x = xp;
    free((void *) x->rgb);
    free((void *) x->vsize);
    x->rgb = NULL;
    x->vsize = NULL;
}

/* GEXF viz colours and sizes: --color (default --by) and --size, drawn as
 * innolink render draws them. */
static igraph_error_t export_style(il_job_ctx_t *ctx, cJSON *opt, il_export_t *x)
{
    const export_job_t *j = ctx->opts;
    il_picture_options_t po = IL_PICTURE_OPTIONS_INIT;
    unsigned long *rgb;
    double *size;
    po.seed = j->annotate.seed;
    po.color = j->color ? j->color : j->annotate.by;
    po.size = j->size;
    if (po.color && strcmp(po.color, "none") == 0) {
        po.color = NULL;
    }
    IGRAPH_CHECK(il_picture_node_style(ctx->g, &po, &rgb, &size, opt));
    x->rgb = rgb;
    x->vsize = size;
    return IGRAPH_SUCCESS;
}

static igraph_error_t export_run(il_job_ctx_t *ctx)
{
    const export_job_t *j = ctx->opts;
    int to = j->to != TO_PATH ? j->to : format_from_path(ctx->args->output);
    il_columns_t cols;
    il_export_t x;
    igraph_matrix_t xy;
    il_layout_kind_t used = IL_LAYOUT_AUTO;
    cJSON *meta = NULL, *opt = NULL;
    FILE *out;

    il_columns_init(&cols, il_graph_vcount(ctx->g));
    IGRAPH_FINALLY(columns_free, &cols);
    IGRAPH_CHECK(export_meta(ctx->args, ctx->g, to, &meta, &opt));
    IGRAPH_FINALLY(cJSON_Delete, meta);
    IGRAPH_CHECK(il_provenance_meta(&ctx->provenance, meta));
    if (j->with) {
        IGRAPH_CHECK(il_annotate(ctx->g, &j->annotate, j->with, &cols, meta));
    }
    IGRAPH_MATRIX_INIT_FINALLY(&xy, 0, 0);
    memset(&x, 0, sizeof x);
    IGRAPH_FINALLY(style_free, &x);
    if (to == TO_GEXF) {
        IGRAPH_CHECK(il_layout(ctx->g, j->layout, j->annotate.seed, &xy, &used));
        cJSON_AddStringToObject(opt, "layout", il_layout_name(used));
        IGRAPH_CHECK(export_style(ctx, opt, &x));
        cJSON_AddStringToObject(opt, "gexf_version", j->gexf_version == 13 ? "1.3" : "1.2draft");
    }
    if (to == TO_JSON) {
        cJSON_AddStringToObject(opt, "json_edges", j->json_links ? "links" : "edges");
    }
    x.g = ctx->g;
    x.extra = &cols;
    x.xy = to == TO_GEXF ? &xy : NULL;
    x.meta = meta;
    x.replaced = 0;
    x.gexf_version = j->gexf_version;
    x.json_edges = j->json_links ? "links" : "edges";
    out = il_i_job_output(ctx);
    if (!out) {
        IGRAPH_ERROR("", IGRAPH_EFILE);
    }
    IGRAPH_CHECK(to == TO_GEXF ? il_write_gexf(&x, out) :
                 to == TO_JSON ? il_write_graph_json(&x, out) : il_write_graphml(&x, out));
    if (x.replaced > 0) {
        il_warn("%" IGRAPH_PRId " values held characters that XML 1.0 cannot hold (control "
                "characters, U+FFFE, U+FFFF); they were replaced by U+FFFD", x.replaced);
    }
    style_free(&x);
    igraph_matrix_destroy(&xy);
    cJSON_Delete(meta);
    il_columns_destroy(&cols);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_export = {
    .name = "export",
    .summary = "the graph and per-node results as GraphML, GEXF or JSON",
    .synopsis = "innolink export EDGES [--nodes NODES] --to graphml|gexf|json -o FILE "
                "[--with LIST]",
    .help = export_help,
    .options = export_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_FILE,
    .opts_size = sizeof(export_job_t),
    .init = export_init,
    .check = export_check,
    .run = export_run,
};
