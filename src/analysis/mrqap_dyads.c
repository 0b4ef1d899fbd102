/*
 * The dyads of a network as the rows of a regression, and the dyadic
 * covariates built from node attributes (same value, absolute difference,
 * great-circle distance) and from other tie tables (prior ties), for
 * `innolink mrqap` (docs/metrics-mrqap.md).
 */
#include "analysis/mrqap.h"
#include "core/utf8.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/** \function il_dyads_row \brief The row of dyad (i, j), i != j. */
size_t il_dyads_row(const il_dyads_t *d, igraph_integer_t i, igraph_integer_t j)
{
    size_t n = (size_t) d->n, a, b;
    if (d->directed) {
        return (size_t) i * (n - 1) + (size_t) (j < i ? j : j - 1);
    }
    a = (size_t) (i < j ? i : j);
    b = (size_t) (i < j ? j : i);
    return a * n - a * (a + 1) / 2 + (b - a - 1);     /* rows (0,1), (0,2), ..., (1,2), ... */
}

/** \function il_dyads_destroy \brief Free the dyads; safe on a zero-filled struct. */
void il_dyads_destroy(il_dyads_t *d)
{
    int c;
    if (d->name) {
        for (c = 0; c < d->cap; c++) {
            free(d->name[c]);
        }
    }
    free(d->name);
    free(d->x);
    free(d->y);
    memset(d, 0, sizeof *d);
}

static void dyads_free(void *d)
{
    il_dyads_destroy((il_dyads_t *) d);
}

/**
 * \function il_dyads_init
 * \brief The dyads of \p g: outcome, intercept, room for \p terms columns.
 *
 * Rows: unordered pairs i < j of an undirected graph, ordered pairs i != j
 * of a directed one; never i = i. The outcome is the tie strength
 * (duplicates already merged by the loader) or 1/0; self-loops are skipped.
 *
 * \param d  Zero-filled or uninitialised; destroy with il_dyads_destroy().
 * \return IGRAPH_EINVAL for fewer than 3 nodes or a design larger than
 *         IL_MRQAP_MAX_CELLS doubles; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n^2 (terms + 2)) memory and time.
 */
igraph_error_t il_dyads_init(il_dyads_t *d, const il_graph_t *g, il_mrqap_outcome_t outcome,
                             int terms)
{
    igraph_integer_t n = il_graph_vcount(g), e;
    double rows = g->directed ? (double) n * (double) (n - 1) : (double) n * (double) (n - 1) / 2;
    size_t r;

    memset(d, 0, sizeof *d);
    if (n < 3) {
        IGRAPH_ERRORF("A dyadic regression needs at least 3 nodes; the network has %" IGRAPH_PRId
                      ".", IGRAPH_EINVAL, n);
    }
    if (rows * (double) (terms + 2) > IL_MRQAP_MAX_CELLS) {
        IGRAPH_ERRORF("%" IGRAPH_PRId " nodes make %.0f dyads; with %d terms the regression "
                      "would hold more than %.0f numbers. Restrict the network (--where, "
                      "--ego) or use fewer terms.", IGRAPH_EINVAL, n, rows, terms + 1,
                      IL_MRQAP_MAX_CELLS);
    }
    IGRAPH_FINALLY(dyads_free, d);
    d->n = n;
    d->directed = g->directed;
    d->rows = (size_t) rows;
    d->cap = terms + 1;
    d->y = calloc(d->rows, sizeof *d->y);
    d->x = calloc(d->rows * (size_t) d->cap, sizeof *d->x);
    d->name = calloc((size_t) d->cap, sizeof *d->name);
    if (!d->y || !d->x || !d->name) {
        IGRAPH_ERROR("Out of memory for the dyads.", IGRAPH_ENOMEM);
    }
    for (e = 0; e < il_graph_ecount(g); e++) {
        igraph_integer_t u = IGRAPH_FROM(&g->graph, e), v = IGRAPH_TO(&g->graph, e);
        if (u == v) {
            continue;
        }
        if (outcome == IL_MRQAP_PRESENCE) {
            d->y[il_dyads_row(d, u, v)] = 1;
        } else {
            d->y[il_dyads_row(d, u, v)] += VECTOR(g->weight)[e];
        }
    }
    for (r = 0; r < d->rows; r++) {
        d->x[r] = 1.0;
    }
    d->name[0] = strdup("(intercept)");
    if (!d->name[0]) {
        IGRAPH_ERROR("Out of memory for the dyads.", IGRAPH_ENOMEM);
    }
    d->p = 1;
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/** \function il_dyads_name \brief The name of column \p c. */
const char *il_dyads_name(const il_dyads_t *d, int c)
{
    return c >= 0 && c < d->p ? d->name[c] : "";
}

/* The next column, named \p name; NULL when out of room or memory (the
 * reason recorded). */
static double *new_column(il_dyads_t *d, const char *name)
{
    if (d->p >= d->cap) {
        IGRAPH_ERROR_NO_RETURN("More dyadic terms than were announced.", IGRAPH_EINVAL);
        return NULL;
    }
    d->name[d->p] = strdup(name);
    if (!d->name[d->p]) {
        IGRAPH_ERROR_NO_RETURN("Out of memory for the dyads.", IGRAPH_ENOMEM);
        return NULL;
    }
    return d->x + (size_t) d->p * d->rows;
}

/* "'a', 'b', ..." : the node columns of \p g, for messages. */
static void columns_list(const il_graph_t *g, char *buf, size_t size)
{
    size_t c, len = 0;
    buf[0] = '\0';
    for (c = 0; c < g->vattr.ncol && len + 8 < size; c++) {
        len += (size_t) snprintf(buf + len, size - len, "%s'%s'", c ? ", " : "",
                                 g->vattr.col[c].name);
    }
    if (g->vattr.ncol == 0) {
        snprintf(buf, size, "no columns: give a node table with --nodes");
    }
}

/* The column of node attribute \p attr, or an error naming the columns. */
static igraph_error_t find_column(const il_graph_t *g, const char *term, const char *attr,
                                  size_t *col)
{
    long c = il_graph_vattr_find(g, attr);
    char list[512];
    if (c < 0) {
        columns_list(g, list, sizeof list);
        IGRAPH_ERRORF("%s: no node attribute '%s' (the node table has %s).", IGRAPH_EINVAL,
                      term, attr, list);
    }
    *col = (size_t) c;
    return IGRAPH_SUCCESS;
}

/* Every node's value of column \p col, or an error naming a node without one. */
static igraph_error_t require_values(const il_graph_t *g, const char *term, const char *attr,
                                     size_t col)
{
    igraph_integer_t v;
    for (v = 0; v < il_graph_vcount(g); v++) {
        if (il_graph_vattr_get(g, col, v)[0] == '\0') {
            IGRAPH_ERRORF("%s: node '%s' has no value for '%s' (fill it in, or leave the "
                          "term out).", IGRAPH_EINVAL, term, il_graph_vertex_id(g, v), attr);
        }
    }
    return IGRAPH_SUCCESS;
}

/* Fill column x from f(i, j) over every dyad. */
#define FILL_DYADS(d, x, expr) do { \
        igraph_integer_t i_, j_; \
        for (i_ = 0; i_ < (d)->n; i_++) { \
            for (j_ = (d)->directed ? 0 : i_ + 1; j_ < (d)->n; j_++) { \
                igraph_integer_t i = i_, j = j_; \
                if (i == j) { \
                    continue; \
                } \
                (x)[il_dyads_row((d), i, j)] = (expr); \
            } \
        } \
    } while (0)

/**
 * \function il_dyads_add_same
 * \brief Term same:ATTR: 1 when both ends share the value of \p attr.
 *
 * Values compare byte for byte (as --by groups them).
 * \return IGRAPH_EINVAL naming the node columns when there is no such
 *         attribute, or naming a node without a value; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n^2).
 */
igraph_error_t il_dyads_add_same(il_dyads_t *d, const il_graph_t *g, const char *attr)
{
    char term[256];
    size_t col = 0;
    double *x;
    const uint32_t *idx;
    snprintf(term, sizeof term, "same:%s", attr);
    IGRAPH_CHECK(find_column(g, term, attr, &col));
    IGRAPH_CHECK(require_values(g, term, attr, col));
    x = new_column(d, term);
    if (!x) {
        return IGRAPH_ENOMEM;
    }
    idx = g->vattr.col[col].idx;
    FILL_DYADS(d, x, idx[i] == idx[j] ? 1.0 : 0.0);
    d->p++;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_dyads_add_diff
 * \brief Term diff:ATTR: the absolute difference |a_i - a_j| of a number.
 *
 * Values are decimal numbers (no hex, inf or nan).
 * \return IGRAPH_EINVAL naming the node columns when there is no such
 *         attribute, or naming the node whose value is empty or not a
 *         number; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n^2).
 */
igraph_error_t il_dyads_add_diff(il_dyads_t *d, const il_graph_t *g, const char *attr)
{
    char term[256];
    size_t col = 0;
    double *x, *a;
    igraph_integer_t v;
    snprintf(term, sizeof term, "diff:%s", attr);
    IGRAPH_CHECK(find_column(g, term, attr, &col));
    IGRAPH_CHECK(require_values(g, term, attr, col));
    a = IGRAPH_CALLOC(d->n, double);
    IGRAPH_CHECK_OOM(a, "Out of memory for the dyads.");
    IGRAPH_FINALLY(igraph_free, a);
    for (v = 0; v < d->n; v++) {
        const char *s = il_graph_vattr_get(g, col, v);
        if (!il_parse_number(s, &a[v])) {
            IGRAPH_ERRORF("%s: node '%s' has '%s' for '%s', not a number.", IGRAPH_EINVAL,
                          term, il_graph_vertex_id(g, v), s, attr);
        }
    }
    x = new_column(d, term);
    if (!x) {
        return IGRAPH_ENOMEM;
    }
    FILL_DYADS(d, x, fabs(a[i] - a[j]));
    d->p++;
    IGRAPH_FREE(a);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Mean Earth radius in km (IUGG R1 = 6371.0088 km). */
#define EARTH_KM 6371.0088
#define IL_PI 3.14159265358979323846

/**
 * \function il_dyads_add_distance
 * \brief Term distance: great-circle distance in km between the ends.
 *
 * Haversine formula: d = 2 R asin(sqrt(sin^2(dphi/2) + cos phi_i cos phi_j
 * sin^2(dlambda/2))), R = 6371.0088 km (the IUGG mean radius), from
 * decimal degrees in the node columns \p lat and \p lon.
 *
 * \return IGRAPH_EINVAL naming the node columns when one is missing, or
 *         naming a node whose value is empty, not a number or out of
 *         range (latitude in [-90, 90], longitude in [-180, 180]);
 *         IGRAPH_ENOMEM.
 *
 * Time complexity: O(n^2).
 */
igraph_error_t il_dyads_add_distance(il_dyads_t *d, const il_graph_t *g, const char *lat,
                                     const char *lon)
{
    size_t col[2] = { 0, 0 };
    const char *names[2];
    double *phi, *lam, *x;
    igraph_integer_t v;
    int k;
    names[0] = lat;
    names[1] = lon;
    for (k = 0; k < 2; k++) {
        IGRAPH_CHECK(find_column(g, "distance", names[k], &col[k]));
        IGRAPH_CHECK(require_values(g, "distance", names[k], col[k]));
    }
    phi = IGRAPH_CALLOC(2 * d->n, double);
    IGRAPH_CHECK_OOM(phi, "Out of memory for the dyads.");
    IGRAPH_FINALLY(igraph_free, phi);
    lam = phi + d->n;
    for (v = 0; v < d->n; v++) {
        for (k = 0; k < 2; k++) {
            const char *s = il_graph_vattr_get(g, col[k], v);
            double deg, lim = k == 0 ? 90 : 180;
            if (!il_parse_number(s, &deg) || deg < -lim || deg > lim) {
                IGRAPH_ERRORF("distance: node '%s' has '%s' for '%s', not a %s in degrees "
                              "from %g to %g.", IGRAPH_EINVAL, il_graph_vertex_id(g, v), s,
                              names[k], k == 0 ? "latitude" : "longitude", -lim, lim);
            }
            (k == 0 ? phi : lam)[v] = deg * IL_PI / 180.0;
        }
    }
    x = new_column(d, "distance");
    if (!x) {
        return IGRAPH_ENOMEM;
    }
    FILL_DYADS(d, x, 2.0 * EARTH_KM *
               asin(fmin(1.0, sqrt(pow(sin((phi[j] - phi[i]) / 2), 2) +
                                   cos(phi[i]) * cos(phi[j]) *
                                   pow(sin((lam[j] - lam[i]) / 2), 2)))));
    d->p++;
    IGRAPH_FREE(phi);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_dyads_add_ties
 * \brief A term from another tie table over the same nodes (prior ties).
 *
 * The ends of every tie of \p h are looked up in \p g by id; a tie with an
 * end \p g does not hold is left out and counted in *outside. The value of
 * dyad i-j is the strength of the tie in \p h (summed if \p h has it in
 * both directions and the analysis is undirected), or 1 with \p presence.
 * Self-loops are skipped.
 *
 * \return IGRAPH_EINVAL when \p h and \p g differ in directedness;
 *         IGRAPH_ENOMEM.
 *
 * Time complexity: O(m_h log n).
 */
igraph_error_t il_dyads_add_ties(il_dyads_t *d, const il_graph_t *g, const il_graph_t *h,
                                 int presence, const char *name, igraph_integer_t *outside)
{
    igraph_integer_t e, u, v;
    double *x;
    if (h->directed != g->directed) {
        IGRAPH_ERRORF("%s: the tie tables must both be directed or both undirected.",
                      IGRAPH_EINVAL, name);
    }
    x = new_column(d, name);
    if (!x) {
        return IGRAPH_ENOMEM;
    }
    *outside = 0;
    for (e = 0; e < il_graph_ecount(h); e++) {
        igraph_integer_t a = IGRAPH_FROM(&h->graph, e), b = IGRAPH_TO(&h->graph, e);
        if (a == b) {
            continue;
        }
        if (!il_graph_find_vertex(g, il_graph_vertex_id(h, a), &u) ||
            !il_graph_find_vertex(g, il_graph_vertex_id(h, b), &v)) {
            (*outside)++;
            continue;
        }
        if (u == v) {
            continue;
        }
        if (presence) {
            x[il_dyads_row(d, u, v)] = 1.0;
        } else {
            x[il_dyads_row(d, u, v)] += VECTOR(h->weight)[e];
        }
    }
    d->p++;
    return IGRAPH_SUCCESS;
}
