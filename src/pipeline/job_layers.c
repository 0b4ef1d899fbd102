/*
 * The layers job: ties of several kinds in one edge table (a column such as
 * type: joint R&D, supply, licensing), read with one tie per pair and kind,
 * split into layers and compared (analysis/layers.c; docs/metrics-layers.md).
 * Also --table, which the two-mode job shares.
 */
#include "pipeline/job_internal.h"
#include "pipeline/groups_internal.h"
#include "pipeline/pipeline.h"
#include "analysis/analysis.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

/**
 * \function il_i_job_table
 * \brief Point CSV output at the report's table \p name (NULL: keep the
 *        job's default); a usage error naming the tables when there is none.
 */
igraph_error_t il_i_job_table(il_job_ctx_t *ctx, const char *name)
{
    il_job_groups_t gr;
    memset(&gr, 0, sizeof gr);
    gr.table = name;
    return il_i_groups_table(ctx, &gr);
}

typedef struct layers_job {
    il_job_groups_t groups;         /* --by is optional here */
    const char *layer;              /* --layer COL */
    const char *directed_layers;    /* --directed-layers A,B */
    il_layers_options_t o;
} layers_job_t;

static const il_opt_choice_t measures[] = {
    { "degree", IL_MEASURE_DEGREE }, { "strength", IL_MEASURE_STRENGTH },
    { "betweenness", IL_MEASURE_BETWEENNESS }, { "closeness", IL_MEASURE_CLOSENESS },
    { "harmonic", IL_MEASURE_HARMONIC }, { "eigenvector", IL_MEASURE_EIGENVECTOR },
    { "pagerank", IL_MEASURE_PAGERANK }, { "constraint", IL_MEASURE_CONSTRAINT },
    { "coreness", IL_MEASURE_CORENESS }, { NULL, 0 }
};

static const il_opt_choice_t distances[] = {
    { "inverse", IL_DIST_INVERSE }, { "none", IL_DIST_NONE }, { "raw", IL_DIST_RAW },
    { NULL, 0 }
};

static const il_optdef_t layers_options[] = {
    { .name = "layer", .kind = IL_OPT_STRING, .offset = offsetof(layers_job_t, layer),
      .flags = IL_OPT_NONEMPTY },
    { .name = "directed-layers", .kind = IL_OPT_STRING,
      .offset = offsetof(layers_job_t, directed_layers), .flags = IL_OPT_NONEMPTY },
    IL_OPTDEF_CHOICE("measure", layers_job_t, o.measure, measures, NULL),
    IL_OPTDEF_STRING("on", layers_job_t, o.on),
    IL_OPTDEF_CHOICE("path-weight", layers_job_t, o.centrality.path_weight, distances, NULL),
    IL_OPTDEF_UINT("seed", layers_job_t, o.centrality.seed),
    IL_GROUPS_OPTDEFS(layers_job_t),
    { .name = NULL }
};

static const char *const layers_help[] = {
    "Ties of several kinds (layers) side by side: per layer the summary (and with",
    "--by the E-I index and assortativity of the groups), the overlap of every two",
    "layers (pairs in both, Jaccard, correlation of weights), each pair's",
    "multiplexity (how many kinds tie it), each node's multiplex participation",
    "coefficient (Battiston, Nicosia and Latora 2014) and degree per layer, and a",
    "centrality on each layer and on the aggregate with their rank correlation.",
    "A tie's layer is its value in the --layer column; ties of several kinds on",
    "one pair stay apart. Layers are undirected unless --directed (every layer)",
    "or --directed-layers names them; overlap and participation count pairs as",
    "the aggregate does (ordered only when every layer is directed).",
    "",
    "Layers:",
    "  --layer COL          edge column naming each tie's kind (required)",
    "  --directed-layers L  comma-separated layers whose ties are ordered pairs",
    "                       (e.g. supply); the others stay undirected",
    "  --measure M          centrality compared across layers: degree, strength,",
    "                       betweenness (default), closeness, harmonic, eigenvector,",
    "                       pagerank, constraint, coreness",
    "  --on LAYER           compute it on this layer only (default: every layer)",
    "  --path-weight MODE   inverse|none|raw: tie length for path measures",
    "                       (default: inverse)",
    "  --seed S             seed for randomised steps (default: 42)",
    "  --by ATTR            group statistics per layer by node attribute ATTR",
    "  --empty-group        put nodes with an empty ATTR in the group \"(none)\"",
    "  --table NAME         the table --format csv prints (default: nodes_table;",
    "                       also layers_table, overlap, multiplexity, pairs_table)",
    "With --backbone disparity each layer's ties are judged within their layer.",
    NULL
};

static void layers_init(void *opts)
{
    layers_job_t *j = opts;
    il_layers_options_t init = IL_LAYERS_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->o = init;
}

static igraph_error_t layers_check(const il_job_args_t *a)
{
    const layers_job_t *j = a->opts;
    if (!j->layer) {
        return il_i_job_refuse("layers needs --layer COL (the edge column naming each tie's "
                               "kind, e.g. type)");
    }
    if (j->directed_layers && a->load.directed) {
        return il_i_job_refuse("--directed makes every layer directed; --directed-layers "
                               "names some: give one of them");
    }
    if (a->load.affiliation) {
        return il_i_job_refuse("layers reads a tie table with a column of kinds, not "
                               "--affiliation data");
    }
    if (a->backbone.method == IL_BACKBONE_SDSM) {
        return il_i_job_refuse("--backbone sdsm tests projections of affiliation data; "
                               "layers take --backbone disparity");
    }
    if (j->groups.empty_own && !j->groups.by) {
        return il_i_job_refuse("--empty-group needs --by ATTR");
    }
    return IGRAPH_SUCCESS;
}

/* Split "a,b,c" into a NULL-ended array of copies in *list. */
static igraph_error_t split_names(const char *text, char ***list)
{
    size_t n = 1, i = 0;
    const char *p;
    char **l;
    for (p = text; *p; p++) {
        n += *p == ',';
    }
    l = calloc(n + 1, sizeof *l);
    IGRAPH_CHECK_OOM(l, "Out of memory reading --directed-layers.");
    *list = l;
    for (p = text; i < n; i++) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t) (end - p) : strlen(p);
        while (len > 0 && (*p == ' ')) {
            p++;
            len--;
        }
        while (len > 0 && p[len - 1] == ' ') {
            len--;
        }
        l[i] = malloc(len + 1);
        IGRAPH_CHECK_OOM(l[i], "Out of memory reading --directed-layers.");
        memcpy(l[i], p, len);
        l[i][len] = '\0';
        p = end ? end + 1 : p + len;
    }
    return IGRAPH_SUCCESS;
}

static void free_names(char **list)
{
    size_t i;
    for (i = 0; list && list[i]; i++) {
        free(list[i]);
    }
    free(list);
}

static void names_free(void *p)
{
    free_names(*(char ***) p);
}

/* --backbone disparity: judge each layer's ties within their layer (as
 * read), adjust the p-values of all layers' ties as one family
 * (--backbone-correction), and keep the multigraph's ties that pass,
 * every node kept. */
static igraph_error_t layer_backbone(il_graph_t *g, const char *col, const il_job_args_t *a)
{
    long c = il_graph_eattr_find(g, col);
    igraph_integer_t m = il_graph_ecount(g), e, tested = 0, kept = 0;
    uint32_t nv, v;
    char *keep;
    double weight = 0, weight_kept = 0;
    il_graph_t out = IL_GRAPH_INIT;
    igraph_vector_t p, adj;
    if (c < 0) {
        IGRAPH_ERRORF("No edge column '%s'.", IGRAPH_EINVAL, col);
    }
    nv = il_strtab_size(&g->eattr.col[c].values);
    keep = calloc((size_t) m + 1, 1);
    IGRAPH_CHECK_OOM(keep, "Out of memory judging ties.");
    IGRAPH_FINALLY(igraph_free, keep);
    IGRAPH_VECTOR_INIT_FINALLY(&p, m);
    IGRAPH_VECTOR_INIT_FINALLY(&adj, m);
    igraph_vector_fill(&p, NAN);
    for (v = 1; v < nv; v++) {
        char *in = calloc((size_t) m + 1, 1);
        il_graph_t lg = IL_GRAPH_INIT;
        il_backbone_t res;
        igraph_integer_t k = 0;
        IGRAPH_CHECK_OOM(in, "Out of memory judging ties.");
        IGRAPH_FINALLY(igraph_free, in);
        for (e = 0; e < m; e++) {
            in[e] = g->eattr.col[c].idx[e] == v;
        }
        IGRAPH_CHECK(il_graph_keep_ties(g, in, /* drop_untied = */ 0, &lg));
        IGRAPH_FINALLY(il_graph_destroy, &lg);
        memset(&res, 0, sizeof res);
        IGRAPH_CHECK(il_backbone_disparity(&lg, a->backbone.alpha, &res));
        for (e = 0; e < m; e++) {   /* the layer's ties, in the order keep_ties kept them */
            if (in[e]) {
                VECTOR(p)[e] = VECTOR(res.p_value)[k++];
            }
        }
        il_backbone_destroy(&res);
        il_graph_destroy(&lg);
        igraph_free(in);
        IGRAPH_FINALLY_CLEAN(2);
    }
    /* one family: the ties of every layer */
    IGRAPH_CHECK(il_p_adjust(&p, a->backbone.correction, /* family = */ 0, &adj));
    for (e = 0; e < m; e++) {
        keep[e] = VECTOR(adj)[e] < a->backbone.alpha;
        tested += !isnan(VECTOR(p)[e]);
        weight += VECTOR(g->weight)[e];
        if (keep[e]) {
            kept++;
            weight_kept += VECTOR(g->weight)[e];
        }
    }
    IGRAPH_CHECK(il_graph_keep_ties(g, keep, /* drop_untied = */ 0, &out));
    out.info.backbone = "disparity";
    out.info.backbone_correction = il_correction_name(a->backbone.correction);
    out.info.backbone_alpha = a->backbone.alpha;
    out.info.backbone_nodes = out.info.backbone_nodes_kept = il_graph_vcount(g);
    out.info.backbone_ties = m;
    out.info.backbone_ties_kept = kept;
    out.info.backbone_weight = weight;
    out.info.backbone_weight_kept = weight_kept;
    out.info.backbone_tested = tested;
    out.info.backbone_family = (double) tested;
    out.info.backbone_expected = a->backbone.correction == IL_CORRECTION_NONE
                                 ? a->backbone.alpha * (double) tested : NAN;
    il_graph_destroy(g);
    *g = out;
    igraph_vector_destroy(&adj);
    igraph_vector_destroy(&p);
    igraph_free(keep);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

static igraph_error_t layers_run(il_job_ctx_t *ctx)
{
    const layers_job_t *j = ctx->opts;
    il_load_options_t lo = ctx->args->load;
    il_layers_options_t o = j->o;
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_layers_t res;
    char **directed = NULL;

    memset(&p, 0, sizeof p);
    memset(&res, 0, sizeof res);
    lo.layer_col = j->layer;
    lo.ego = NULL;
    if (j->directed_layers) {
        lo.directed = 1;
        IGRAPH_CHECK(split_names(j->directed_layers, &directed));
    }
    IGRAPH_FINALLY(names_free, &directed);
    IGRAPH_CHECK(il_load_graph(&lo, &g));
    IGRAPH_FINALLY(il_graph_destroy, &g);
    if (ctx->args->backbone.method == IL_BACKBONE_DISPARITY) {
        IGRAPH_CHECK(layer_backbone(&g, j->layer, ctx->args));
    }
    IGRAPH_CHECK(il_load_restrict_ego(&ctx->args->load, &g));
    if (j->groups.by) {
        IGRAPH_CHECK(il_partition_from_attr(&g, j->groups.by, il_i_groups_empty(&j->groups),
                                            &p));
    }
    IGRAPH_FINALLY(il_partition_destroy, &p);
    o.layer = j->layer;
    o.directed = (const char *const *) directed;
    o.groups = j->groups.by ? &p : NULL;
    IGRAPH_CHECK(il_layers(&g, &o, &res));
    IGRAPH_FINALLY(il_layers_destroy, &res);
    IGRAPH_CHECK(il_report_add_layers(ctx->report, &g, &res, &o, j->groups.by,
                                      il_i_groups_empty_name(&j->groups)));
    IGRAPH_CHECK(il_report_add_input(ctx->report, &ctx->args->load, &g));
    ctx->input_added = 1;
    IGRAPH_CHECK(il_i_job_table(ctx, j->groups.table));
    il_layers_destroy(&res);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
    free_names(directed);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_layers = {
    .name = "layers",
    .summary = "ties of several kinds (--layer COL): layers side by side, overlap, "
               "multiplexity, participation",
    .synopsis = "innolink layers EDGES --layer COL [--nodes NODES] [options]",
    .help = layers_help,
    .options = layers_options,
    .input = IL_JOB_SELF,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(layers_job_t),
    .init = layers_init,
    .check = layers_check,
    .run = layers_run,
};
