/*
 * Per-node results that outputs carry: the `--with LIST` of `innolink
 * export` (and what `render` and `report` can draw from).
 *
 * Registering an analysis family
 * ------------------------------
 * . Write a function
 *       static igraph_error_t with_foo(annotate_ctx_t *ctx)
 *   that runs the family's analysis on ctx->g with ctx->o's options, adds
 *   one column per per-node result with il_columns_add_number() (measures:
 *   NaN where undefined), il_columns_add_integer() (counts, ids),
 *   il_columns_add_boolean() (0/1 flags) or il_columns_add_string()
 *   (roles), so that the files declare types tools trust, and
 *   records the options used in ctx->meta under "foo" (an object: at least
 *   the parameters, e.g. seed, method, distance) with record().
 * . Add one line { "foo", with_foo, "what it adds" } to annotators[].
 * . If it needs a new option (a method, a resolution), add a field to
 *   il_annotate_options_t (pipeline.h) and an option to the export job.
 * Nothing else changes: the GraphML, GEXF and JSON writers, the SVG
 * renderer (--color/--size name a column) and the report read the columns.
 */
#include "pipeline/pipeline.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <string.h>

typedef struct annotate_ctx {
    const il_graph_t *g;
    const il_annotate_options_t *o;
    il_columns_t *cols;         /* per-node columns to fill */
    cJSON *meta;                /* graph-level record of the output file */
} annotate_ctx_t;

typedef igraph_error_t annotate_fn(annotate_ctx_t *ctx);

struct annotator {
    const char *name;
    annotate_fn *fn;
    const char *summary;
};

/* Record \p obj (options used, graph-level values) as meta.name; takes
 * ownership of \p obj, also on failure. */
static igraph_error_t annotate_record(annotate_ctx_t *ctx, const char *name, cJSON *obj)
{
    if (!obj) {
        IGRAPH_ERROR("Out of memory recording the options.", IGRAPH_ENOMEM);
    }
    cJSON_DeleteItemFromObjectCaseSensitive(ctx->meta, name);
    if (!cJSON_AddItemToObject(ctx->meta, name, obj)) {
        cJSON_Delete(obj);
        IGRAPH_ERROR("Out of memory recording the options.", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}

/* --with summary: the whole-graph structure as graph-level values. */
static igraph_error_t with_summary(annotate_ctx_t *ctx)
{
    il_summary_options_t opts = IL_SUMMARY_OPTIONS_INIT;
    il_summary_t s;
    il_report_t rep = { NULL, NULL, NULL };
    cJSON *obj;
    opts.seed = ctx->o->seed;
    IGRAPH_CHECK(il_summary(ctx->g, &opts, &s));
    IGRAPH_CHECK(il_report_init(&rep, "summary"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_summary(&rep, &s, &opts));
    cJSON_DeleteItemFromObjectCaseSensitive(rep.root, "command");
    obj = rep.root;
    rep.root = NULL;
    IGRAPH_FINALLY_CLEAN(1);
    return annotate_record(ctx, "summary", obj);
}

/* Add \p v as column \p name unless a column of that name is there (the
 * same numbers from an earlier annotator, e.g. degree); counts (degree,
 * in_/out_degree, k-core coreness) are integer columns, the rest real. */
static igraph_error_t add_number_once(annotate_ctx_t *ctx, const char *name,
                                      const igraph_vector_t *v)
{
    static const char *const counts[] = { "degree", "in_degree", "out_degree", "coreness",
                                          NULL };
    const char *const *k;
    if (il_columns_find(ctx->cols, name) >= 0) {
        return IGRAPH_SUCCESS;
    }
    for (k = counts; *k; k++) {
        if (strcmp(*k, name) == 0) {
            return il_columns_add_integer(ctx->cols, name, v);
        }
    }
    return il_columns_add_number(ctx->cols, name, v);
}

/* --with degree: degree and strength of every node. */
static igraph_error_t with_degree(annotate_ctx_t *ctx)
{
    igraph_vector_t deg, str;
    cJSON *obj;
    IGRAPH_VECTOR_INIT_FINALLY(&deg, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&str, 0);
    IGRAPH_CHECK(il_degree_strength(ctx->g, &deg, &str));
    IGRAPH_CHECK(add_number_once(ctx, "degree", &deg));
    IGRAPH_CHECK(add_number_once(ctx, "strength", &str));
    igraph_vector_destroy(&str);
    igraph_vector_destroy(&deg);
    IGRAPH_FINALLY_CLEAN(2);
    obj = cJSON_CreateObject();
    if (obj && (!cJSON_AddStringToObject(obj, "degree", "ties per node (in + out when directed)") ||
                !cJSON_AddStringToObject(obj, "strength", "sum of tie strengths per node"))) {
        cJSON_Delete(obj);
        obj = NULL;
    }
    return annotate_record(ctx, "degree", obj);
}

/* Record \p obj as meta.name when every member went in (\p ok). */
static igraph_error_t record_if(annotate_ctx_t *ctx, const char *name, cJSON *obj, int ok)
{
    if (!ok) {
        cJSON_Delete(obj);
        IGRAPH_ERROR("Out of memory recording the options.", IGRAPH_ENOMEM);
    }
    return annotate_record(ctx, name, obj);
}

/* A finite number, or null. */
static int add_number_or_null(cJSON *obj, const char *key, double v)
{
    return isfinite(v) ? cJSON_AddNumberToObject(obj, key, v) != NULL :
           cJSON_AddNullToObject(obj, key) != NULL;
}

/* --with centrality: every measure `innolink centrality` computes by
 * default, one column per score (named as its CSV columns). */
static igraph_error_t with_centrality(annotate_ctx_t *ctx)
{
    il_centrality_options_t opts = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t res;
    cJSON *obj, *list;
    int c, ok;
    memset(&res, 0, sizeof res);
    opts.seed = ctx->o->seed;
    IGRAPH_CHECK(il_centrality(ctx->g, &opts, &res));
    IGRAPH_FINALLY(il_centrality_destroy, &res);
    for (c = 0; c < IL_SCORE_COUNT; c++) {
        if (res.has[c]) {
            IGRAPH_CHECK(add_number_once(ctx, il_score_name((il_score_t) c), &res.score[c]));
        }
    }
    obj = cJSON_CreateObject();
    list = obj ? cJSON_AddArrayToObject(obj, "columns") : NULL;
    ok = list && cJSON_AddStringToObject(obj, "distance", il_distance_name(opts.path_weight)) &&
         cJSON_AddBoolToObject(obj, "betweenness_normalized", !opts.raw) &&
         cJSON_AddStringToObject(obj, "betweenness", "exact") &&
         cJSON_AddStringToObject(obj, "options", "innolink centrality defaults");
    for (c = 0; ok && c < IL_SCORE_COUNT; c++) {
        if (res.has[c]) {
            ok = cJSON_AddItemToArray(list, cJSON_CreateString(il_score_name((il_score_t) c)));
        }
    }
    il_centrality_destroy(&res);
    IGRAPH_FINALLY_CLEAN(1);
    return record_if(ctx, "centrality", obj, ok);
}

/* --with communities: the community of every node (1..k, largest first,
 * as `innolink communities` prints it) from Leiden modularity. */
static igraph_error_t with_communities(annotate_ctx_t *ctx)
{
    il_communities_options_t opts;
    il_communities_t res;
    igraph_vector_t id;
    igraph_integer_t v, n = il_graph_vcount(ctx->g);
    cJSON *obj;
    int ok;
    memset(&res, 0, sizeof res);
    IGRAPH_FINALLY(il_communities_destroy, &res);
    IGRAPH_CHECK(il_communities_default(ctx->g, ctx->o->seed, &opts, &res));
    IGRAPH_VECTOR_INIT_FINALLY(&id, n);
    for (v = 0; v < n; v++) {
        VECTOR(id)[v] = (double) (VECTOR(res.membership)[v] + 1);
    }
    IGRAPH_CHECK(il_columns_add_integer(ctx->cols, "community", &id));
    igraph_vector_destroy(&id);
    IGRAPH_FINALLY_CLEAN(1);
    obj = cJSON_CreateObject();
    ok = obj && cJSON_AddStringToObject(obj, "method", il_comm_method_name(opts.method)) &&
         cJSON_AddStringToObject(obj, "objective", "modularity") &&
         cJSON_AddStringToObject(obj, "symmetrize", il_symmetrize_name(opts.symmetrize)) &&
         cJSON_AddNumberToObject(obj, "resolution", opts.resolution) &&
         cJSON_AddNumberToObject(obj, "seed", (double) opts.seed) &&
         cJSON_AddNumberToObject(obj, "runs", (double) res.runs) &&
         cJSON_AddNumberToObject(obj, "communities", (double) res.k) &&
         add_number_or_null(obj, "modularity", res.modularity);
    il_communities_destroy(&res);
    IGRAPH_FINALLY_CLEAN(1);
    return record_if(ctx, "communities", obj, ok);
}

/* --with structure: continuous core-periphery coreness (cp_coreness:
 * centrality's coreness is the k-core one), discrete core membership, k-core,
 * structural_hub flag (centrality's hub is HITS), degree z-score and
 * Guimera-Amaral role (in the --by groups
 * when given, else in the whole network), as `innolink structure` prints. */
static igraph_error_t with_structure(annotate_ctx_t *ctx)
{
    il_structure_options_t opts = IL_STRUCTURE_OPTIONS_INIT;
    il_structure_t res;
    igraph_integer_t v, n = il_graph_vcount(ctx->g);
    igraph_vector_t core, hub, kcore;
    const char **role;
    cJSON *obj;
    int ok;
    memset(&res, 0, sizeof res);
    opts.seed = ctx->o->seed;
    opts.group_attr = ctx->o->by;
    opts.empty = ctx->o->empty_own ? IL_EMPTY_OWN_GROUP : IL_EMPTY_ERROR;
    IGRAPH_CHECK(il_structure(ctx->g, &opts, &res));
    IGRAPH_FINALLY(il_structure_destroy, &res);
    IGRAPH_VECTOR_INIT_FINALLY(&core, n);
    IGRAPH_VECTOR_INIT_FINALLY(&hub, n);
    IGRAPH_VECTOR_INIT_FINALLY(&kcore, n);
    role = IGRAPH_CALLOC(n > 0 ? n : 1, const char *);
    IGRAPH_CHECK_OOM(role, "Out of memory adding structure columns.");
    IGRAPH_FINALLY(igraph_free, role);
    for (v = 0; v < n; v++) {
        VECTOR(core)[v] = VECTOR(res.core)[v] != 0;
        VECTOR(hub)[v] = VECTOR(res.hub)[v] != 0;
        VECTOR(kcore)[v] = (double) VECTOR(res.kcore)[v];
        role[v] = il_role_name((il_role_t) VECTOR(res.role)[v]);
    }
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "cp_coreness", &res.coreness));
    IGRAPH_CHECK(il_columns_add_boolean(ctx->cols, "core", &core));
    IGRAPH_CHECK(il_columns_add_integer(ctx->cols, "kcore", &kcore));
    IGRAPH_CHECK(il_columns_add_boolean(ctx->cols, "structural_hub", &hub));
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "degree_z", &res.degree_z));
    IGRAPH_CHECK(il_columns_add_string(ctx->cols, "role", role));
    IGRAPH_FREE(role);
    igraph_vector_destroy(&kcore);
    igraph_vector_destroy(&hub);
    igraph_vector_destroy(&core);
    IGRAPH_FINALLY_CLEAN(4);
    obj = cJSON_CreateObject();
    ok = obj && cJSON_AddStringToObject(obj, "groups", ctx->o->by ? ctx->o->by : "(whole network)") &&
         cJSON_AddNumberToObject(obj, "hub_z", opts.hub_z) &&
         cJSON_AddNumberToObject(obj, "restarts", (double) opts.restarts) &&
         cJSON_AddNumberToObject(obj, "rewirings", (double) opts.rewirings) &&
         cJSON_AddNumberToObject(obj, "seed", (double) opts.seed) &&
         cJSON_AddStringToObject(obj, "core", "1: in the discrete Borgatti-Everett core") &&
         cJSON_AddStringToObject(obj, "structural_hub", "1: degree or strength z-score >= hub_z");
    il_structure_destroy(&res);
    IGRAPH_FINALLY_CLEAN(1);
    return record_if(ctx, "structure", obj, ok);
}

/* The --by groups (an empty value is an error, as in the group commands,
 * unless --empty-group). */
static igraph_error_t by_groups(annotate_ctx_t *ctx, const char *what, il_partition_t *p)
{
    if (!ctx->o->by) {
        IGRAPH_ERRORF("--with %s needs --by ATTR (the node column whose groups are compared).",
                      IGRAPH_EINVAL, what);
    }
    IGRAPH_CHECK(il_partition_from_attr(ctx->g, ctx->o->by, ctx->o->empty_own ? IL_EMPTY_OWN_GROUP :
                                        IL_EMPTY_ERROR, p));
    IGRAPH_FINALLY(il_partition_destroy, p);
    IGRAPH_CHECK(il_groups_require(p, ctx->o->by));
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The record of a --by analysis: by, groups, empty_group; NULL when out
 * of memory. */
static cJSON *group_record(const annotate_ctx_t *ctx, const il_partition_t *p)
{
    cJSON *obj = cJSON_CreateObject();
    if (obj && (!cJSON_AddStringToObject(obj, "by", ctx->o->by) ||
                !cJSON_AddNumberToObject(obj, "groups", (double) p->k) ||
                !cJSON_AddStringToObject(obj, "empty_group", il_empty_group_name(
                                             ctx->o->empty_own ? IL_EMPTY_OWN_GROUP :
                                             IL_EMPTY_ERROR)))) {
        cJSON_Delete(obj);
        obj = NULL;
    }
    return obj;
}

/* --with coupling: per-node E-I index (plain and weighted) and
 * participation across the --by groups, as `innolink coupling` prints. */
static igraph_error_t with_coupling(annotate_ctx_t *ctx)
{
    il_coupling_options_t opts = IL_COUPLING_OPTIONS_INIT;
    il_coupling_t res;
    il_partition_t p;
    igraph_vector_t ei, eiw;
    igraph_integer_t v, n = il_graph_vcount(ctx->g);
    cJSON *obj;
    int ok;
    memset(&p, 0, sizeof p);
    memset(&res, 0, sizeof res);
    opts.permutations = 0;      /* per-node values only: no test, no cuts */
    opts.cuts = 0;
    opts.null.samples = 0;
    opts.seed = ctx->o->seed;
    IGRAPH_CHECK(by_groups(ctx, "coupling", &p));
    IGRAPH_FINALLY(il_partition_destroy, &p);
    IGRAPH_CHECK(il_coupling(ctx->g, &p, &opts, &res));
    IGRAPH_FINALLY(il_coupling_destroy, &res);
    IGRAPH_VECTOR_INIT_FINALLY(&ei, n);
    IGRAPH_VECTOR_INIT_FINALLY(&eiw, n);
    for (v = 0; v < n; v++) {
        VECTOR(ei)[v] = res.node[v].ei;
        VECTOR(eiw)[v] = res.node[v].ei_weighted;
    }
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "ei_index", &ei));
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "ei_index_weighted", &eiw));
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "participation", &res.participation));
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "participation_weighted",
                                       &res.participation_weighted));
    igraph_vector_destroy(&eiw);
    igraph_vector_destroy(&ei);
    IGRAPH_FINALLY_CLEAN(2);
    obj = group_record(ctx, &p);
    ok = obj && add_number_or_null(obj, "ei_index", res.whole.ei);
    il_coupling_destroy(&res);
    il_partition_destroy(&p);
    IGRAPH_FINALLY_CLEAN(2);
    return record_if(ctx, "coupling", obj, ok);
}

/* --with brokerage: per-node Gould-Fernandez counts (five roles and the
 * total) across the --by groups, named broker_<role>. */
static igraph_error_t with_brokerage(annotate_ctx_t *ctx)
{
    il_brokerage_t res;
    il_partition_t p;
    igraph_vector_t col;
    igraph_integer_t v, n = il_graph_vcount(ctx->g);
    int role, ok;
    char name[64];
    cJSON *obj;
    memset(&p, 0, sizeof p);
    memset(&res, 0, sizeof res);
    IGRAPH_CHECK(by_groups(ctx, "brokerage", &p));
    IGRAPH_FINALLY(il_partition_destroy, &p);
    IGRAPH_CHECK(il_brokerage(ctx->g, &p, &res));
    IGRAPH_FINALLY(il_brokerage_destroy, &res);
    IGRAPH_VECTOR_INIT_FINALLY(&col, n);
    for (role = 0; role < IL_BROKER_ROLES; role++) {
        for (v = 0; v < n; v++) {
            VECTOR(col)[v] = MATRIX(res.raw, v, role);
        }
        snprintf(name, sizeof name, "broker_%s", il_broker_role_name(role));
        IGRAPH_CHECK(il_columns_add_integer(ctx->cols, name, &col));
    }
    igraph_vector_destroy(&col);
    IGRAPH_FINALLY_CLEAN(1);
    obj = group_record(ctx, &p);
    ok = obj && cJSON_AddStringToObject(obj, "counts", "Gould-Fernandez two-paths "
                                        "(sna::brokerage)");
    il_brokerage_destroy(&res);
    il_partition_destroy(&p);
    IGRAPH_FINALLY_CLEAN(2);
    return record_if(ctx, "brokerage", obj, ok);
}

static const struct annotator annotators[] = {
    { "summary", with_summary, "whole-graph structure as graph-level values" },
    { "degree", with_degree, "degree and strength of every node" },
    { "centrality", with_centrality, "every default centrality measure of every node" },
    { "communities", with_communities, "community of every node (Leiden, modularity)" },
    { "structure", with_structure, "coreness, core, k-core, hub, degree z, role" },
    { "coupling", with_coupling, "E-I index and participation across --by groups" },
    { "brokerage", with_brokerage, "Gould-Fernandez brokerage counts across --by groups" },
    { NULL, NULL, NULL }
};

/* The annotator named name[0..len), or NULL. */
static const struct annotator *annotator_find(const char *name, size_t len)
{
    const struct annotator *a;
    for (a = annotators; a->name; a++) {
        if (strlen(a->name) == len && strncmp(a->name, name, len) == 0) {
            return a;
        }
    }
    return NULL;
}

/**
 * \function il_annotate_check
 * \brief 1 if every name of the comma-separated \p list is registered;
 *        else 0 and the first unknown name in \p bad.
 */
int il_annotate_check(const char *list, char *bad, size_t size)
{
    const char *p = list;
    while (*p) {
        size_t len = strcspn(p, ",");
        if (len > 0 && !annotator_find(p, len)) {
            snprintf(bad, size, "%.*s", (int) len, p);
            return 0;
        }
        p += len;
        if (*p == ',') {
            p++;
        }
    }
    return 1;
}

/**
 * \function il_annotator_at
 * \brief Annotator number \p i: 1 and its name and summary, or 0 past the last.
 */
int il_annotator_at(size_t i, il_annotator_info_t *info)
{
    if (i >= sizeof annotators / sizeof annotators[0] - 1) {
        return 0;
    }
    info->name = annotators[i].name;
    info->summary = annotators[i].summary;
    return 1;
}

/**
 * \function il_annotate
 * \brief Run the annotators of \p list (comma-separated) in order.
 *
 * Each annotator runs once, however often the list names it: a name
 * already recorded in \p meta is skipped.
 *
 * \param cols Per-node columns, sized to the graph's nodes; columns are added.
 * \param meta A JSON object; each annotator records its options under its name.
 * \return IGRAPH_EINVAL for an unknown name; whatever an analysis returns.
 *
 * Time complexity: that of the analyses named.
 */
igraph_error_t il_annotate(const il_graph_t *g, const il_annotate_options_t *o,
                           const char *list, il_columns_t *cols, cJSON *meta)
{
    annotate_ctx_t c;
    annotate_ctx_t *ctx = &c;
    const char *p = list;
    il_clear_error();
    c.g = g;
    c.o = o;
    c.cols = cols;
    c.meta = meta;
    while (p && *p) {
        size_t len = strcspn(p, ",");
        if (len > 0) {
            const struct annotator *a = annotator_find(p, len);
            if (!a) {
                IGRAPH_ERRORF("--with: unknown analysis '%.*s'.", IGRAPH_EINVAL, (int) len, p);
            }
            if (!cJSON_GetObjectItemCaseSensitive(ctx->meta, a->name)) {
                IGRAPH_CHECK(a->fn(ctx));       /* each analysis once */
            }
        }
        p += len;
        if (*p == ',') {
            p++;
        }
    }
    return IGRAPH_SUCCESS;
}
