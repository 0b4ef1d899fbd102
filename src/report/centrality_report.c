/*
 * The report of `innolink centrality`: centralization block, one row per
 * node, and the parameters that decide the numbers (docs/metrics-centrality.md).
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Descending by score (a vector of \p scores), NaN last, ties in input order. */
static int cmp_rows(void *scores, const void *pa, const void *pb)
{
    const igraph_vector_t *v = scores;
    igraph_integer_t a = *(const igraph_integer_t *) pa, b = *(const igraph_integer_t *) pb;
    double x = VECTOR(*v)[a], y = VECTOR(*v)[b];
    int xn = isnan(x), yn = isnan(y);
    if (xn != yn) {
        return xn ? 1 : -1;
    }
    if (!xn && x != y) {
        return x > y ? -1 : 1;
    }
    return a < b ? -1 : (a > b);
}

static igraph_error_t add_centralization(il_report_t *r, const il_centrality_t *c)
{
    cJSON *o = cJSON_AddObjectToObject(r->root, "centralization");
    CHECK_ITEM(o);
    if ((c->measures >> IL_MEASURE_DEGREE) & 1) {
        IGRAPH_CHECK(il_report_number(o, "degree", c->degree_centralization));
    }
    if ((c->measures >> IL_MEASURE_BETWEENNESS) & 1) {
        IGRAPH_CHECK(il_report_number(o, "betweenness", c->betweenness_centralization));
    }
    if ((c->measures >> IL_MEASURE_CLOSENESS) & 1) {
        IGRAPH_CHECK(il_report_number(o, "closeness", c->closeness_centralization));
    }
    if ((c->measures >> IL_MEASURE_EIGENVECTOR) & 1) {
        IGRAPH_CHECK(il_report_number(o, "eigenvector", c->eigenvector_centralization));
    }
    if ((c->measures >> IL_MEASURE_STRENGTH) & 1) {
        IGRAPH_CHECK(il_report_number(o, "strength_gini", c->strength_gini));
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t add_parameters(il_report_t *r, const il_centrality_t *c,
                                     const il_centrality_options_t *opts, int sort,
                                     igraph_integer_t top)
{
    cJSON *p = il_report_parameters(r), *list;
    int k;
    CHECK_ITEM(p);
    list = cJSON_AddArrayToObject(p, "measures");
    CHECK_ITEM(list);
    for (k = 0; k < IL_MEASURE_COUNT; k++) {
        if ((c->measures >> k) & 1) {
            cJSON *s = cJSON_CreateString(il_measure_name((il_measure_t) k));
            CHECK_ITEM(s);
            cJSON_AddItemToArray(list, s);
        }
    }
    IGRAPH_CHECK(il_report_string(p, "path_weight", il_distance_name(opts->path_weight)));
    if ((c->measures >> IL_MEASURE_BETWEENNESS) & 1) {
        IGRAPH_CHECK(il_report_string(p, "betweenness_scale", opts->raw ? "raw (unnormalised)" :
                                      c->directed ? "normalised: x 1/((n-1)(n-2))" :
                                      "normalised: x 2/((n-1)(n-2))"));
        if (c->betweenness_sources < c->nodes) {
            IGRAPH_CHECK(il_report_string(p, "betweenness_method",
                                          "estimate: sampled sources, scaled by n/K"));
            IGRAPH_CHECK(il_report_number(p, "samples", (double) c->betweenness_sources));
        } else {
            IGRAPH_CHECK(il_report_string(p, "betweenness_method", "exact"));
        }
    }
    if ((c->measures >> IL_MEASURE_CLOSENESS) & 1) {
        IGRAPH_CHECK(il_report_string(p, "closeness_centralization_max", c->directed
                                      ? "(n-1)/d: an in-star of ties d long"
                                      : "(n-1)(n-2)/((2n-3) d): a star of ties d long"));
        IGRAPH_CHECK(il_report_number(p, "closeness_shortest_tie", c->closeness_shortest));
    }
    IGRAPH_CHECK(il_report_number(p, "seed", (double) opts->seed));
    IGRAPH_CHECK(il_report_number(p, "jobs", (double) c->jobs));
    if (sort >= 0) {
        IGRAPH_CHECK(il_report_string(p, "sort", il_score_name((il_score_t) sort)));
    }
    if (top > 0) {
        IGRAPH_CHECK(il_report_number(p, "top", (double) top));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_centrality
 * \brief Put a centrality result into the report: `centralization`, the
 *        `nodes` table (CSV prints it) and `parameters`.
 *
 * \param sort  Score column to rank by (descending, NaN last, ties in
 *              input order), or -1 for input order.
 * \param top   Keep only the first \p top rows; 0 keeps all.
 * \return IGRAPH_EINVAL when \p sort names a score that was not computed;
 *         IGRAPH_ENOMEM.
 *
 * Time complexity: O(n log n + n s) for s score columns.
 */
igraph_error_t il_report_add_centrality(il_report_t *r, const il_graph_t *g,
                                        const il_centrality_t *c,
                                        const il_centrality_options_t *opts,
                                        int sort, igraph_integer_t top)
{
    igraph_integer_t n = c->nodes, i, rows;
    igraph_integer_t *order;
    int label = il_graph_vattr_find(g, "label") >= 0, k;
    cJSON *table;

    if (sort >= IL_SCORE_COUNT || (sort >= 0 && !c->has[sort])) {
        IGRAPH_ERROR("The sort measure was not computed.", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(add_centralization(r, c));
    table = cJSON_AddArrayToObject(r->root, "nodes");
    CHECK_ITEM(table);
    r->table = "nodes";
    order = IGRAPH_CALLOC(n > 0 ? n : 1, igraph_integer_t);
    IGRAPH_CHECK_OOM(order, "Out of memory sorting nodes.");
    IGRAPH_FINALLY(igraph_free, order);
    for (i = 0; i < n; i++) {
        order[i] = i;
    }
    if (sort >= 0 && n > 1) {
        igraph_qsort_r(order, (size_t) n, sizeof *order, (void *) &c->score[sort], cmp_rows);
    }
    rows = top > 0 && top < n ? top : n;
    for (i = 0; i < rows; i++) {
        igraph_integer_t v = order[i];
        cJSON *row = cJSON_CreateObject();
        CHECK_ITEM(row);
        cJSON_AddItemToArray(table, row);
        IGRAPH_CHECK(il_report_string(row, "id", il_graph_vertex_id(g, v)));
        if (label) {
            IGRAPH_CHECK(il_report_string(row, "label", il_graph_vertex_label(g, v)));
        }
        for (k = 0; k < IL_SCORE_COUNT; k++) {
            if (c->has[k]) {
                IGRAPH_CHECK(il_report_number(row, il_score_name((il_score_t) k),
                                              VECTOR(c->score[k])[v]));
            }
        }
    }
    IGRAPH_FREE(order);
    IGRAPH_FINALLY_CLEAN(1);
    return add_parameters(r, c, opts, sort, top);
}
