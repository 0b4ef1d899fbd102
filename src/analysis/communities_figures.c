/*
 * The figures of a partition into communities: the graph the methods see
 * (the input, or its symmetrized copy), modularity and the per-community
 * size, internal ties and weight, density, conductance and strength, and
 * il_communities_evaluate() for a given partition (a declared grouping).
 * Definitions: DEFINITIONS.md "Communities"; docs/metrics-communities.md.
 */
#include "analysis/communities.h"
#include "analysis/communities_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- The graph the methods see ------------------------------------------ */

/**
 * \function il_i_comm_work_destroy
 * \brief Free the symmetrized copy, if one was made.
 */
void il_i_comm_work_destroy(il_i_comm_work_t *w)
{
    if (w->made) {
        igraph_destroy(&w->own);
        igraph_vector_destroy(&w->own_weight);
        w->made = 0;
    }
}

typedef struct sym_edge {
    igraph_integer_t u, v;      /* u <= v */
    igraph_integer_t e;         /* the edge of the input */
    double w;
} sym_edge_t;

/* By pair, then by edge: a total order, so the strengths of a pair are
 * summed in edge order whatever the sorting algorithm. */
static int cmp_sym(const void *a, const void *b)
{
    const sym_edge_t *x = a, *y = b;
    if (x->u != y->u) {
        return x->u < y->u ? -1 : 1;
    }
    if (x->v != y->v) {
        return x->v < y->v ? -1 : 1;
    }
    return (x->e > y->e) - (x->e < y->e);
}

/**
 * \function il_i_comm_work_init
 * \brief Set up the working graph: the input itself, or (directed input
 *        with IL_SYMMETRIZE_SUM/MAX) the undirected graph with one tie per
 *        unordered pair whose strength is the sum or the larger of the two
 *        directions.
 *
 * \param wk  Uninitialised; destroy with il_i_comm_work_destroy().
 * \return IGRAPH_ENOMEM. Time complexity: O(m log m).
 */
igraph_error_t il_i_comm_work_init(il_i_comm_work_t *wk, const il_graph_t *g, il_symmetrize_t mode)
{
    igraph_integer_t m = il_graph_ecount(g), e, k = 0;
    igraph_vector_int_t edges;
    sym_edge_t *list;

    memset(wk, 0, sizeof *wk);
    wk->graph = &g->graph;
    wk->weight = &g->weight;
    wk->directed = g->directed;
    if (!g->directed || mode == IL_SYMMETRIZE_NONE) {
        return IGRAPH_SUCCESS;
    }
    list = calloc((size_t) (m > 0 ? m : 1), sizeof *list);
    IGRAPH_CHECK_OOM(list, "Out of memory symmetrizing the graph.");
    IGRAPH_FINALLY(igraph_free, list);
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
        list[e].u = a < b ? a : b;
        list[e].v = a < b ? b : a;
        list[e].e = e;
        list[e].w = VECTOR(g->weight)[e];
    }
    qsort(list, (size_t) m, sizeof *list, cmp_sym);
    for (e = 0; e < m; e++) {           /* merge equal pairs in place */
        if (k > 0 && list[k - 1].u == list[e].u && list[k - 1].v == list[e].v) {
            if (mode == IL_SYMMETRIZE_SUM) {
                list[k - 1].w += list[e].w;
            } else if (list[e].w > list[k - 1].w) {
                list[k - 1].w = list[e].w;
            }
        } else {
            list[k++] = list[e];
        }
    }
    IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 2 * k);
    IGRAPH_CHECK(igraph_vector_init(&wk->own_weight, k));
    IGRAPH_FINALLY(igraph_vector_destroy, &wk->own_weight);
    for (e = 0; e < k; e++) {
        VECTOR(edges)[2 * e] = list[e].u;
        VECTOR(edges)[2 * e + 1] = list[e].v;
        VECTOR(wk->own_weight)[e] = list[e].w;
    }
    IGRAPH_CHECK(igraph_create(&wk->own, &edges, il_graph_vcount(g), IGRAPH_UNDIRECTED));
    IGRAPH_FINALLY_CLEAN(1);            /* own_weight now belongs to wk */
    igraph_vector_int_destroy(&edges);
    igraph_free(list);
    IGRAPH_FINALLY_CLEAN(2);
    wk->made = 1;
    wk->graph = &wk->own;
    wk->weight = &wk->own_weight;
    wk->directed = 0;
    return IGRAPH_SUCCESS;
}

/** \function il_i_comm_work_free \brief il_i_comm_work_destroy() for IGRAPH_FINALLY. */
void il_i_comm_work_free(void *p)
{
    il_i_comm_work_destroy((il_i_comm_work_t *) p);
}

/** \function il_i_comm_total_weight \brief The sum of the tie strengths (0 without ties). */
double il_i_comm_total_weight(const igraph_vector_t *w)
{
    return igraph_vector_size(w) > 0 ? igraph_vector_sum(w) : 0.0;
}

/* ---- Evaluation ------------------------------------------------------------ */

/**
 * \function il_modularity_resolution
 * \brief The gamma at which modularity is reported: opts->resolution,
 *        except for Leiden with the CPM objective, whose resolution is the
 *        CPM's own parameter; modularity is then reported at gamma = 1.
 */
double il_modularity_resolution(const il_communities_options_t *o)
{
    if (o->method == IL_COMM_LEIDEN && o->objective == IL_OBJECTIVE_CPM) {
        return 1.0;
    }
    return o->resolution;
}

/** \function il_i_comm_free \brief il_communities_destroy() for IGRAPH_FINALLY. */
void il_i_comm_free(void *p)
{
    il_communities_destroy((il_communities_t *) p);
}

/**
 * \function il_communities_destroy
 * \brief Free a result; safe on a zero-filled or destroyed one.
 */
void il_communities_destroy(il_communities_t *r)
{
    igraph_vector_int_t *iv[] = { &r->membership, &r->size, &r->internal_ties, &r->order };
    igraph_vector_t *dv[] = { &r->node_stability, &r->internal_weight, &r->density,
                              &r->conductance, &r->strength, &r->node_strength
                            };
    size_t i;
    for (i = 0; i < sizeof iv / sizeof iv[0]; i++) {
        if (iv[i]->stor_begin) {
            igraph_vector_int_destroy(iv[i]);
        }
    }
    for (i = 0; i < sizeof dv / sizeof dv[0]; i++) {
        if (dv[i]->stor_begin) {
            igraph_vector_destroy(dv[i]);
        }
    }
    memset(r, 0, sizeof *r);
}

/**
 * \function il_i_comm_init
 * \brief An empty result for n nodes: membership of length n, empty
 *        figures, NaN quality and stability, one converged run.
 * \return IGRAPH_ENOMEM (nothing left to free). Time complexity: O(n).
 */
igraph_error_t il_i_comm_init(il_communities_t *r, igraph_integer_t n)
{
    memset(r, 0, sizeof *r);
    IGRAPH_FINALLY(il_i_comm_free, r);
    IGRAPH_CHECK(igraph_vector_int_init(&r->membership, n));
    IGRAPH_CHECK(igraph_vector_int_init(&r->size, 0));
    IGRAPH_CHECK(igraph_vector_int_init(&r->internal_ties, 0));
    IGRAPH_CHECK(igraph_vector_int_init(&r->order, 0));
    IGRAPH_CHECK(igraph_vector_init(&r->node_stability, 0));
    IGRAPH_CHECK(igraph_vector_init(&r->internal_weight, 0));
    IGRAPH_CHECK(igraph_vector_init(&r->density, 0));
    IGRAPH_CHECK(igraph_vector_init(&r->conductance, 0));
    IGRAPH_CHECK(igraph_vector_init(&r->strength, 0));
    IGRAPH_CHECK(igraph_vector_init(&r->node_strength, 0));
    IGRAPH_FINALLY_CLEAN(1);
    r->modularity = r->quality = r->stability_nmi = r->stability_ari = NAN;
    r->quality_name = "modularity";
    r->runs = 1;
    r->converged = 1;
    return IGRAPH_SUCCESS;
}

/* Vertices by community, then strength (highest first), then index. */
static int cmp_order(void *res, const void *a, const void *b)
{
    const il_communities_t *r = res;
    igraph_integer_t x = *(const igraph_integer_t *) a, y = *(const igraph_integer_t *) b;
    igraph_integer_t cx = VECTOR(r->membership)[x], cy = VECTOR(r->membership)[y];
    double sx = VECTOR(r->node_strength)[x], sy = VECTOR(r->node_strength)[y];
    if (cx != cy) {
        return cx < cy ? -1 : 1;
    }
    if (sx != sy) {
        return sx > sy ? -1 : 1;
    }
    return (x > y) - (x < y);
}

/**
 * \function il_i_comm_figures
 * \brief Modularity and the per-community figures of r->membership
 *        (labels 0..k-1, r->k set) on the working graph.
 *
 * Size, internal ties and weight, density (NaN below two members),
 * conductance (cut / min(volume, 2W - volume), NaN when 0), strength,
 * node strengths and the node order by community, strength (highest
 * first) and index. Modularity at il_modularity_resolution(), NaN
 * without ties.
 * \return IGRAPH_ENOMEM. Time complexity: O(n log n + m).
 */
igraph_error_t il_i_comm_figures(const il_i_comm_work_t *wk, const il_communities_options_t *o,
                                   il_communities_t *r)
{
    igraph_integer_t n = igraph_vcount(wk->graph), m = igraph_ecount(wk->graph), k = r->k;
    igraph_integer_t e, v, c;
    igraph_vector_t cut;
    double W = il_i_comm_total_weight(wk->weight);

    r->directed = wk->directed;
    r->total_weight = W;
    IGRAPH_CHECK(igraph_vector_int_resize(&r->size, k));
    IGRAPH_CHECK(igraph_vector_int_resize(&r->internal_ties, k));
    IGRAPH_CHECK(igraph_vector_resize(&r->internal_weight, k));
    IGRAPH_CHECK(igraph_vector_resize(&r->density, k));
    IGRAPH_CHECK(igraph_vector_resize(&r->conductance, k));
    IGRAPH_CHECK(igraph_vector_resize(&r->strength, k));
    igraph_vector_int_null(&r->size);
    igraph_vector_int_null(&r->internal_ties);
    igraph_vector_null(&r->internal_weight);
    igraph_vector_null(&r->strength);
    IGRAPH_VECTOR_INIT_FINALLY(&cut, k);

    IGRAPH_CHECK(igraph_strength(wk->graph, &r->node_strength, igraph_vss_all(), IGRAPH_ALL,
                                 /* loops = */ true, wk->weight));
    for (v = 0; v < n; v++) {
        c = VECTOR(r->membership)[v];
        VECTOR(r->size)[c]++;
        VECTOR(r->strength)[c] += VECTOR(r->node_strength)[v];
    }
    for (e = 0; e < m; e++) {
        igraph_integer_t cu = VECTOR(r->membership)[IGRAPH_FROM(wk->graph, e)];
        igraph_integer_t cv = VECTOR(r->membership)[IGRAPH_TO(wk->graph, e)];
        double w = VECTOR(*wk->weight)[e];
        if (cu == cv) {
            VECTOR(r->internal_ties)[cu]++;
            VECTOR(r->internal_weight)[cu] += w;
        } else {
            VECTOR(cut)[cu] += w;
            VECTOR(cut)[cv] += w;
        }
    }
    for (c = 0; c < k; c++) {
        double s = (double) VECTOR(r->size)[c];
        double pairs = wk->directed ? s * (s - 1) : s * (s - 1) / 2.0;
        double vol = VECTOR(r->strength)[c], rest = 2.0 * W - vol;
        double lo = vol < rest ? vol : rest;
        VECTOR(r->density)[c] = s < 2 ? NAN : (double) VECTOR(r->internal_ties)[c] / pairs;
        VECTOR(r->conductance)[c] = lo > 0 ? VECTOR(cut)[c] / lo : NAN;
    }
    r->modularity = NAN;
    if (m > 0) {
        IGRAPH_CHECK(igraph_modularity(wk->graph, &r->membership, wk->weight,
                                       il_modularity_resolution(o),
                                       wk->directed, &r->modularity));
    }
    IGRAPH_CHECK(igraph_vector_int_resize(&r->order, n));
    for (v = 0; v < n; v++) {
        VECTOR(r->order)[v] = v;
    }
    if (n > 0) {
        igraph_qsort_r(VECTOR(r->order), (size_t) n, sizeof(igraph_integer_t), r, cmp_order);
    }
    igraph_vector_destroy(&cut);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_comm_check_options
 * \brief IGRAPH_EINVAL for a bad resolution, runs < 1, negative Leiden
 *        iterations or patience, or jobs < 1.
 */
igraph_error_t il_i_comm_check_options(const il_communities_options_t *o)
{
    if (!(o->resolution >= 0) || !isfinite(o->resolution)) {
        IGRAPH_ERROR("The resolution must be a finite number >= 0.", IGRAPH_EINVAL);
    }
    if (o->runs < 1) {
        IGRAPH_ERROR("The number of runs must be at least 1.", IGRAPH_EINVAL);
    }
    if ((o->iterations < 0 && o->iterations != IL_COMM_AUTO) ||
        o->iterations > IL_LEIDEN_MAX_ITERATIONS) {
        IGRAPH_ERRORF("Leiden iterations must be 1 to %d, 0 for until stable, or automatic.",
                      IGRAPH_EINVAL, IL_LEIDEN_MAX_ITERATIONS);
    }
    if (o->patience < 0 && o->patience != IL_COMM_AUTO) {
        IGRAPH_ERROR("The patience must be at least 0 (0: make every run) or automatic.",
                     IGRAPH_EINVAL);
    }
    if (o->jobs < 1) {
        IGRAPH_ERROR("The number of worker processes must be at least 1.", IGRAPH_EINVAL);
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_communities_evaluate
 * \brief Modularity and per-community figures of a given partition (no
 *        detection): for a declared grouping such as a node attribute.
 *
 * The numbering of \p membership is kept. Figures are computed on the
 * graph as loaded, or on its symmetrized copy when opts->symmetrize is set
 * and the graph is directed (modularity is then undirected). Modularity is
 * igraph_modularity at opts->resolution with tie strengths (directed
 * modularity for a directed graph); NaN without ties.
 *
 * \param membership  Labels 0..k-1, one per vertex.
 * \param res         Uninitialised; destroy with il_communities_destroy().
 * \return IGRAPH_EINVAL for a membership of the wrong length or a negative
 *         label; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n log n + m).
 */
igraph_error_t il_communities_evaluate(const il_graph_t *g, const il_communities_options_t *opts,
                                       const igraph_vector_int_t *membership,
                                       il_communities_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), v;
    il_i_comm_work_t wk;

    IGRAPH_CHECK(il_i_comm_check_options(opts));
    if (igraph_vector_int_size(membership) != n) {
        IGRAPH_ERROR("The membership vector must have one entry per node.", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(il_i_comm_init(res, n));
    IGRAPH_FINALLY(il_i_comm_free, res);
    IGRAPH_CHECK(igraph_vector_int_update(&res->membership, membership));
    res->k = 0;
    for (v = 0; v < n; v++) {
        if (VECTOR(*membership)[v] < 0) {
            IGRAPH_ERROR("Community labels must be >= 0.", IGRAPH_EINVAL);
        }
        if (VECTOR(*membership)[v] + 1 > res->k) {
            res->k = VECTOR(*membership)[v] + 1;
        }
    }
    IGRAPH_CHECK(il_i_comm_work_init(&wk, g, opts->symmetrize));
    IGRAPH_FINALLY(il_i_comm_work_free, &wk);
    IGRAPH_CHECK(il_i_comm_figures(&wk, opts, res));
    res->quality = res->modularity;
    il_i_comm_work_destroy(&wk);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
