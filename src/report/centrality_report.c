/*
 * The report of `innolink centrality`: centralization block, one row per
 * node, and the parameters that decide the numbers (docs/metrics-centrality.md).
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdio.h>
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

/* Betweenness from sampled paths or sampled sources rather than from
 * every node (the parameters and the _within column say which). */
static int betweenness_estimated(const il_centrality_t *c)
{
    return c->betweenness_paths > 0 || c->betweenness_sources < c->nodes;
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
        if (!betweenness_estimated(c)) {
            IGRAPH_CHECK(il_report_string(p, "betweenness_method", "exact"));
        } else if (c->betweenness_paths > 0) {
            IGRAPH_CHECK(il_report_string(p, "betweenness_method", "estimate: sampled shortest "
                                          "paths (Riondato-Kornaropoulos 2016)"));
            IGRAPH_CHECK(il_report_number(p, "betweenness_paths", (double) c->betweenness_paths));
            IGRAPH_CHECK(il_report_number(p, "vertex_diameter_bound",
                                          (double) c->vertex_diameter_bound));
            IGRAPH_CHECK(il_report_number(p, "betweenness_within", c->betweenness_bound));
        } else {
            IGRAPH_CHECK(il_report_string(p, "betweenness_method",
                                          "estimate: sampled sources, scaled by n/K"));
            IGRAPH_CHECK(il_report_number(p, "samples", (double) c->betweenness_sources));
        }
    }
    if ((c->measures >> IL_MEASURE_CLOSENESS) & 1) {
        IGRAPH_CHECK(il_report_string(p, "closeness_centralization_max", c->directed
                                      ? "(n-1)/d: an in-star of ties d long"
                                      : "(n-1)(n-2)/((2n-3) d): a star of ties d long"));
        IGRAPH_CHECK(il_report_number(p, "closeness_shortest_tie", c->closeness_shortest));
    }
    if (c->closeness_pivots > 0) {
        IGRAPH_CHECK(il_report_string(p, "closeness_method", "estimate: distances from "
                                      "pivots drawn at random (Eppstein-Wang 2004)"));
        IGRAPH_CHECK(il_report_number(p, "closeness_pivots", (double) c->closeness_pivots));
        IGRAPH_CHECK(il_report_number(p, "harmonic_within", c->harmonic_bound));
    }
    if (c->betweenness_paths > 0 || c->closeness_pivots > 0) {
        IGRAPH_CHECK(il_report_string(p, "estimates", "every node within the stated bound "
                                      "with at least the stated probability, each measure "
                                      "on its own; --exact computes them exactly"));
        IGRAPH_CHECK(il_report_number(p, "guarantee_probability", c->guarantee_probability));
        IGRAPH_CHECK(il_report_number(p, "epsilon", opts->epsilon));
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

/*
 * Estimated scores say so on every row, so that a CSV read without its
 * parameters still shows them (issue 16): a column <measure>_within after
 * the scores for each estimated measure, holding the stated bound (every
 * node within +- this of the exact value with the stated probability), or
 * empty (JSON null) where the method states none: betweenness from
 * --samples sources, and closeness, whose bound is on the mean distance
 * and relative to the unknown diameter.
 */
static igraph_error_t add_estimate_columns(il_i_table_t *table, const il_centrality_t *c,
                                           igraph_integer_t rows)
{
    struct {
        il_score_t score;
        int estimated;
        double bound;
    } est[] = {
        { IL_SCORE_BETWEENNESS, betweenness_estimated(c),
          c->betweenness_paths > 0 ? c->betweenness_bound : NAN },
        { IL_SCORE_CLOSENESS, c->closeness_pivots > 0, NAN },
        { IL_SCORE_HARMONIC, c->closeness_pivots > 0, c->harmonic_bound },
    };
    size_t k, col;
    igraph_integer_t i;
    char name[64];
    for (k = 0; k < sizeof est / sizeof est[0]; k++) {
        if (!c->has[est[k].score] || !est[k].estimated) {
            continue;
        }
        snprintf(name, sizeof name, "%s_within", il_score_name(est[k].score));
        IGRAPH_CHECK(il_i_table_column(table, name, IL_I_CELL_NUMBER, &col));
        for (i = 0; i < rows; i++) {
            IGRAPH_CHECK(il_i_table_number(table, col, est[k].bound));
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_centrality
 * \brief Put a centrality result into the report: `centralization`, the
 *        `nodes` table (CSV prints it) and `parameters`.
 *
 * The table has one column per score and, after them, a column
 * `<measure>_within` for each estimated measure (its bound, or NaN where
 * none is stated).
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
    il_i_table_t *table;
    size_t col;

    if (sort >= IL_SCORE_COUNT || (sort >= 0 && !c->has[sort])) {
        IGRAPH_ERROR("The sort measure was not computed.", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(add_centralization(r, c));
    rows = top > 0 && top < n ? top : n;
    IGRAPH_CHECK(il_i_table_new(r, r->root, "nodes", (size_t) rows, &table));
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
    IGRAPH_CHECK(il_i_table_column(table, "id", IL_I_CELL_STRING, &col));
    for (i = 0; i < rows; i++) {
        IGRAPH_CHECK(il_i_table_string(table, col, il_graph_vertex_id(g, order[i])));
    }
    if (label) {
        IGRAPH_CHECK(il_i_table_column(table, "label", IL_I_CELL_STRING, &col));
        for (i = 0; i < rows; i++) {
            IGRAPH_CHECK(il_i_table_string(table, col, il_graph_vertex_label(g, order[i])));
        }
    }
    for (k = 0; k < IL_SCORE_COUNT; k++) {
        if (!c->has[k]) {
            continue;
        }
        IGRAPH_CHECK(il_i_table_column(table, il_score_name((il_score_t) k), IL_I_CELL_NUMBER,
                                       &col));
        for (i = 0; i < rows; i++) {
            IGRAPH_CHECK(il_i_table_number(table, col, VECTOR(c->score[k])[order[i]]));
        }
    }
    IGRAPH_FREE(order);
    IGRAPH_FINALLY_CLEAN(1);
    IGRAPH_CHECK(add_estimate_columns(table, c, rows));
    return add_parameters(r, c, opts, sort, top);
}
