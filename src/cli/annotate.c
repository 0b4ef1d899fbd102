/*
 * The --with table: one entry per analysis whose per-node results an
 * output can carry (see annotate.h for how to register one).
 */
#include "cli/annotate.h"

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

/* --with degree: degree and strength of every node. */
static igraph_error_t with_degree(il_annotate_ctx_t *ctx)
{
    igraph_vector_t deg, str;
    cJSON *obj;
    IGRAPH_VECTOR_INIT_FINALLY(&deg, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&str, 0);
    IGRAPH_CHECK(il_degree_strength(ctx->g, &deg, &str));
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "degree", &deg));
    IGRAPH_CHECK(il_columns_add_number(ctx->cols, "strength", &str));
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

/*
 * Families that register here once merged (see annotate.h):
 *   centrality   betweenness, closeness, harmonic, eigenvector, pagerank, ...
 *   communities  community id (and modularity in meta)
 *   structure    coreness, core/periphery, role
 *   coupling     participation, brokerage roles
 */
const struct il_annotator il_annotators[] = {
    { "summary", with_summary, "whole-graph structure as graph-level values" },
    { "degree", with_degree, "degree and strength of every node" },
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
