/*
 * The --with table: one entry per analysis whose per-node results an
 * output can carry (see annotate.h for how to register one).
 */
#include "cli/annotate.h"

#include <math.h>
#include <string.h>

/**
 * \function il_annotate_record
 * \brief Record \p obj (options used, graph-level values) as meta.name.
 *
 * Takes ownership of \p obj, also on failure. \return IGRAPH_ENOMEM.
 */
igraph_error_t il_annotate_record(il_annotate_ctx_t *ctx, const char *name, cJSON *obj)
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
static igraph_error_t with_summary(il_annotate_ctx_t *ctx)
{
    il_summary_options_t opts = IL_SUMMARY_OPTIONS_INIT;
    il_summary_t s;
    il_report_t rep = { NULL, NULL };
    cJSON *obj;
    opts.seed = ctx->seed;
    IGRAPH_CHECK(il_summary(ctx->g, &opts, &s));
    IGRAPH_CHECK(il_report_init(&rep, "summary"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_summary(&rep, &s, &opts));
    cJSON_DeleteItemFromObjectCaseSensitive(rep.root, "command");
    obj = rep.root;
    rep.root = NULL;
    IGRAPH_FINALLY_CLEAN(1);
    return il_annotate_record(ctx, "summary", obj);
}

/* Add \p v as column \p name unless a column of that name is there (the
 * same numbers from an earlier annotator, e.g. degree). */
static igraph_error_t add_number_once(il_annotate_ctx_t *ctx, const char *name,
                                      const igraph_vector_t *v)
{
    if (il_columns_find(ctx->cols, name) >= 0) {
        return IGRAPH_SUCCESS;
    }
    return il_columns_add_number(ctx->cols, name, v);
}

/* --with degree: degree and strength of every node. */
static igraph_error_t with_degree(il_annotate_ctx_t *ctx)
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
    return il_annotate_record(ctx, "degree", obj);
}

/* Record \p obj as meta.name when every member went in (\p ok). */
static igraph_error_t record_if(il_annotate_ctx_t *ctx, const char *name, cJSON *obj, int ok)
{
    if (!ok) {
        cJSON_Delete(obj);
        IGRAPH_ERROR("Out of memory recording the options.", IGRAPH_ENOMEM);
    }
    return il_annotate_record(ctx, name, obj);
}

/* A finite number, or null. */
static int add_number_or_null(cJSON *obj, const char *key, double v)
{
    return isfinite(v) ? cJSON_AddNumberToObject(obj, key, v) != NULL :
           cJSON_AddNullToObject(obj, key) != NULL;
}

/* --with centrality: every measure `innolink centrality` computes by
 * default, one column per score (named as its CSV columns). */
static igraph_error_t with_centrality(il_annotate_ctx_t *ctx)
{
    il_centrality_options_t opts = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t res;
    cJSON *obj, *list;
    int c, ok;
    memset(&res, 0, sizeof res);
    opts.seed = ctx->seed;
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
static igraph_error_t with_communities(il_annotate_ctx_t *ctx)
{
    il_communities_options_t opts = IL_COMMUNITIES_OPTIONS_INIT;
    il_communities_t res;
    igraph_vector_t id;
    igraph_integer_t v, n = il_graph_vcount(ctx->g);
    cJSON *obj;
    int ok;
    memset(&res, 0, sizeof res);
    opts.seed = ctx->seed;
    if (ctx->g->directed) {
        opts.symmetrize = IL_SYMMETRIZE_SUM;    /* Leiden needs undirected ties */
    }
    IGRAPH_CHECK(il_communities_detect(ctx->g, &opts, &res));
    IGRAPH_FINALLY(il_communities_destroy, &res);
    IGRAPH_VECTOR_INIT_FINALLY(&id, n);
    for (v = 0; v < n; v++) {
        VECTOR(id)[v] = (double) (VECTOR(res.membership)[v] + 1);
    }
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "community", &id));
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
static igraph_error_t with_structure(il_annotate_ctx_t *ctx)
{
    il_structure_options_t opts = IL_STRUCTURE_OPTIONS_INIT;
    il_structure_t res;
    igraph_integer_t v, n = il_graph_vcount(ctx->g);
    igraph_vector_t core, hub, kcore;
    const char **role;
    cJSON *obj;
    int ok;
    memset(&res, 0, sizeof res);
    opts.seed = ctx->seed;
    opts.group_attr = ctx->by;
    opts.empty = ctx->empty_own ? IL_EMPTY_OWN_GROUP : IL_EMPTY_ERROR;
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
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "core", &core));
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "kcore", &kcore));
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "structural_hub", &hub));
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "degree_z", &res.degree_z));
    IGRAPH_CHECK(il_columns_add_string(ctx->cols, "role", role));
    IGRAPH_FREE(role);
    igraph_vector_destroy(&kcore);
    igraph_vector_destroy(&hub);
    igraph_vector_destroy(&core);
    IGRAPH_FINALLY_CLEAN(4);
    obj = cJSON_CreateObject();
    ok = obj && cJSON_AddStringToObject(obj, "groups", ctx->by ? ctx->by : "(whole network)") &&
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

static void partition_free(void *p)
{
    il_partition_destroy((il_partition_t *) p);
}

/* The --by groups (an empty value is an error, as in the group commands,
 * unless --empty-group). */
static igraph_error_t by_groups(il_annotate_ctx_t *ctx, const char *what, il_partition_t *p)
{
    if (!ctx->by) {
        IGRAPH_ERRORF("--with %s needs --by ATTR (the node column whose groups are compared).",
                      IGRAPH_EINVAL, what);
    }
    IGRAPH_CHECK(il_partition_from_attr(ctx->g, ctx->by, ctx->empty_own ? IL_EMPTY_OWN_GROUP :
                                        IL_EMPTY_ERROR, p));
    IGRAPH_FINALLY(partition_free, p);
    IGRAPH_CHECK(il_groups_require_two(p, ctx->by));
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The record of a --by analysis: by, groups, empty_group; NULL when out
 * of memory. */
static cJSON *group_record(const il_annotate_ctx_t *ctx, const il_partition_t *p)
{
    cJSON *obj = cJSON_CreateObject();
    if (obj && (!cJSON_AddStringToObject(obj, "by", ctx->by) ||
                !cJSON_AddNumberToObject(obj, "groups", (double) p->k) ||
                !cJSON_AddStringToObject(obj, "empty_group", ctx->empty_own ?
                                         "own group \"(none)\"" : "error"))) {
        cJSON_Delete(obj);
        obj = NULL;
    }
    return obj;
}

/* --with coupling: per-node E-I index (plain and weighted) and
 * participation across the --by groups, as `innolink coupling` prints. */
static igraph_error_t with_coupling(il_annotate_ctx_t *ctx)
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
    opts.seed = ctx->seed;
    IGRAPH_CHECK(by_groups(ctx, "coupling", &p));
    IGRAPH_FINALLY(partition_free, &p);
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
static igraph_error_t with_brokerage(il_annotate_ctx_t *ctx)
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
    IGRAPH_FINALLY(partition_free, &p);
    IGRAPH_CHECK(il_brokerage(ctx->g, &p, &res));
    IGRAPH_FINALLY(il_brokerage_destroy, &res);
    IGRAPH_VECTOR_INIT_FINALLY(&col, n);
    for (role = 0; role < IL_BROKER_ROLES; role++) {
        for (v = 0; v < n; v++) {
            VECTOR(col)[v] = MATRIX(res.raw, v, role);
        }
        snprintf(name, sizeof name, "broker_%s", il_broker_role_name(role));
        IGRAPH_CHECK(il_columns_add_number(ctx->cols, name, &col));
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

const struct il_annotator il_annotators[] = {
    { "summary", with_summary, "whole-graph structure as graph-level values" },
    { "degree", with_degree, "degree and strength of every node" },
    { "centrality", with_centrality, "every default centrality measure of every node" },
    { "communities", with_communities, "community of every node (Leiden, modularity)" },
    { "structure", with_structure, "coreness, core, k-core, hub, degree z, role" },
    { "coupling", with_coupling, "E-I index and participation across --by groups" },
    { "brokerage", with_brokerage, "Gould-Fernandez brokerage counts across --by groups" },
    { NULL, NULL, NULL }
};

/** \function il_annotator_find \brief The annotator named s[0..len), or NULL. */
const struct il_annotator *il_annotator_find(const char *name, size_t len)
{
    const struct il_annotator *a;
    for (a = il_annotators; a->name; a++) {
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
        if (len > 0 && !il_annotator_find(p, len)) {
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
 * \function il_annotate
 * \brief Run the annotators of \p list (comma-separated) in order.
 *
 * \return IGRAPH_EINVAL for an unknown name; whatever an analysis returns.
 */
igraph_error_t il_annotate(il_annotate_ctx_t *ctx, const char *list)
{
    const char *p = list;
    while (p && *p) {
        size_t len = strcspn(p, ",");
        if (len > 0) {
            const struct il_annotator *a = il_annotator_find(p, len);
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
