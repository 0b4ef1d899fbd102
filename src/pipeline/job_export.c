/*
 * The export job: the graph with its attributes and computed per-node
 * results as GraphML (Gephi, Cytoscape, yEd, networkx), GEXF (Gephi,
 * drawn) or node-link JSON (web tools). File formats: docs/formats.md.
 */
#include "pipeline/job_internal.h"
#include "pipeline/pipeline.h"
#include "core/version.h"

#include <cjson/cJSON.h>

#include <string.h>
#include <strings.h>

enum { TO_PATH = 0, TO_GRAPHML, TO_GEXF, TO_JSON };

typedef struct export_job {
    int to;                     /* TO_*: --to, or TO_PATH: from -o's extension */
    const char *with;           /* --with LIST */
    il_annotate_options_t annotate;     /* --seed, --by, --empty-group */
    il_layout_kind_t layout;    /* GEXF positions */
} export_job_t;

static const il_opt_choice_t formats[] = {
    { "graphml", TO_GRAPHML }, { "gexf", TO_GEXF }, { "json", TO_JSON }, { NULL, 0 }
};


/* --with: every name must be an annotator. */
static int check_with(const char *text, void *field, char *why, size_t size)
{
    char bad[64];
    il_annotator_info_t info;
    size_t i, len;
    if (il_annotate_check(text, bad, sizeof bad)) {
        *(const char **) field = text;
        return 1;
    }
    len = (size_t) snprintf(why, size, "unknown analysis '%s'; known:", bad);
    for (i = 0; il_annotator_at(i, &info) && len < size; i++) {
        len += (size_t) snprintf(why + len, size - len, " %s", info.name);
    }
    return 0;
}

static const il_optdef_t export_options[] = {
    IL_OPTDEF_CHOICE("to", export_job_t, to, formats, NULL),
    IL_OPTDEF_CUSTOM("with", export_job_t, with, check_with),
    IL_OPTDEF_UINT("seed", export_job_t, annotate.seed),
    IL_OPTDEF_CHOICE("layout", export_job_t, layout, il_i_layouts, NULL),
    IL_OPTDEF_STRING("by", export_job_t, annotate.by),
    IL_OPTDEF_FLAG("empty-group", export_job_t, annotate.empty_own),
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
    NULL
};

static void export_init(void *opts)
{
    export_job_t *j = opts;
    memset(j, 0, sizeof *j);
    j->annotate.seed = 42;
    j->layout = IL_LAYOUT_AUTO;
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
    if (to == TO_GEXF) {
        IGRAPH_CHECK(il_layout(ctx->g, j->layout, j->annotate.seed, &xy, &used));
        cJSON_AddStringToObject(opt, "layout", il_layout_name(used));
    }
    x.g = ctx->g;
    x.extra = &cols;
    x.xy = to == TO_GEXF ? &xy : NULL;
    x.meta = meta;
    x.replaced = 0;
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
    igraph_matrix_destroy(&xy);
    cJSON_Delete(meta);
    il_columns_destroy(&cols);
    IGRAPH_FINALLY_CLEAN(3);
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
