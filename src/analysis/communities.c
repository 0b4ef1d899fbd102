/*
 * Communities: detection with igraph 0.10.2's methods (made reproducible,
 * with the known defects of that release handled), evaluation of a given
 * partition, stability across seeded runs, and partition comparison.
 * Definitions: DEFINITIONS.md "Communities"; docs/metrics-communities.md.
 */
#include "analysis/communities.h"
#include "core/rng.h"
#include "core/setup.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- Names ---------------------------------------------------------------- */

static const char *const method_names[] = {
    "leiden", "louvain", "infomap", "walktrap", "fastgreedy", "leading-eigenvector",
    "labelprop", "optimal"
};

/** \function il_comm_method_name \brief The command-line name of a method. */
const char *il_comm_method_name(il_comm_method_t m)
{
    if ((size_t) m < sizeof method_names / sizeof method_names[0]) {
        return method_names[m];
    }
    return "unknown";
}

/** \function il_comm_method_parse \brief Method by name: 1 and *m, else 0. */
int il_comm_method_parse(const char *name, il_comm_method_t *m)
{
    size_t i;
    for (i = 0; i < sizeof method_names / sizeof method_names[0]; i++) {
        if (strcmp(name, method_names[i]) == 0) {
            *m = (il_comm_method_t) i;
            return 1;
        }
    }
    return 0;
}

/**
 * \function il_comm_method_randomised
 * \brief 1 for the methods whose result depends on the random seed
 *        (Leiden, Louvain, Infomap, label propagation), so that several
 *        seeded runs make sense; 0 for the deterministic ones.
 */
int il_comm_method_randomised(il_comm_method_t m)
{
    return m == IL_COMM_LEIDEN || m == IL_COMM_LOUVAIN || m == IL_COMM_INFOMAP ||
           m == IL_COMM_LABELPROP;
}

/** \function il_symmetrize_name \brief "none", "sum" or "max". */
const char *il_symmetrize_name(il_symmetrize_t s)
{
    switch (s) {
    case IL_SYMMETRIZE_SUM:
        return "sum";
    case IL_SYMMETRIZE_MAX:
        return "max";
    default:
        return "none";
    }
}

/* ---- Membership helpers ------------------------------------------------- */

/* Renumbering key: community size (descending), then smallest vertex. */
typedef struct canon_key {
    igraph_integer_t size, first, old;
} canon_key_t;

static int cmp_canon(const void *a, const void *b)
{
    const canon_key_t *x = a, *y = b;
    if (x->size != y->size) {
        return x->size > y->size ? -1 : 1;
    }
    return (x->first > y->first) - (x->first < y->first);
}

/**
 * \function il_membership_canonical
 * \brief Renumber communities 0..k-1 by decreasing size, then by their
 *        smallest vertex index, so that the numbering does not depend on
 *        the method's internal labels.
 *
 * \param membership  Non-negative labels (any range); rewritten in place.
 * \param k           Receives the number of communities.
 * \return IGRAPH_EINVAL for a negative label; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + L + k log k), L the largest label.
 */
igraph_error_t il_membership_canonical(igraph_vector_int_t *membership, igraph_integer_t *k)
{
    igraph_integer_t n = igraph_vector_int_size(membership), v, maxl = -1, nk = 0, i;
    igraph_integer_t *slot;
    canon_key_t *keys;

    for (v = 0; v < n; v++) {
        if (VECTOR(*membership)[v] < 0) {
            IGRAPH_ERROR("Community labels must be >= 0.", IGRAPH_EINVAL);
        }
        if (VECTOR(*membership)[v] > maxl) {
            maxl = VECTOR(*membership)[v];
        }
    }
    *k = 0;
    if (n == 0) {
        return IGRAPH_SUCCESS;
    }
    slot = calloc((size_t) maxl + 1, sizeof *slot);
    IGRAPH_CHECK_OOM(slot, "Out of memory renumbering communities.");
    IGRAPH_FINALLY(igraph_free, slot);
    keys = calloc((size_t) maxl + 1, sizeof *keys);
    IGRAPH_CHECK_OOM(keys, "Out of memory renumbering communities.");
    IGRAPH_FINALLY(igraph_free, keys);
    for (v = 0; v < n; v++) {         /* slot[label] = 1 + index in keys */
        igraph_integer_t l = VECTOR(*membership)[v];
        if (slot[l] == 0) {
            keys[nk].first = v;
            keys[nk].old = l;
            slot[l] = ++nk;
        }
        keys[slot[l] - 1].size++;
    }
    qsort(keys, (size_t) nk, sizeof *keys, cmp_canon);
    for (i = 0; i < nk; i++) {
        slot[keys[i].old] = i;
    }
    for (v = 0; v < n; v++) {
        VECTOR(*membership)[v] = slot[VECTOR(*membership)[v]];
    }
    *k = nk;
    igraph_free(keys);
    igraph_free(slot);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* 1 when two canonical memberships are the same partition. */
static int same_canonical(const igraph_vector_int_t *a, const igraph_integer_t *b,
                          igraph_integer_t n)
{
    igraph_integer_t v;
    for (v = 0; v < n; v++) {
        if (VECTOR(*a)[v] != b[v]) {
            return 0;
        }
    }
    return 1;
}

/* 1 when two memberships (any labels in 0..n-1) describe the same partition. */
static igraph_error_t same_partition(const igraph_vector_int_t *a, const igraph_vector_int_t *b,
                                     int *same)
{
    igraph_integer_t n = igraph_vector_int_size(a), v;
    igraph_vector_int_t ab, ba;
    *same = 1;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&ab, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&ba, n);
    igraph_vector_int_fill(&ab, -1);
    igraph_vector_int_fill(&ba, -1);
    for (v = 0; v < n && *same; v++) {
        igraph_integer_t x = VECTOR(*a)[v], y = VECTOR(*b)[v];
        if (x < 0 || y < 0 || x >= n || y >= n) {
            *same = 0;
        } else if (VECTOR(ab)[x] < 0 && VECTOR(ba)[y] < 0) {
            VECTOR(ab)[x] = y;
            VECTOR(ba)[y] = x;
        } else if (VECTOR(ab)[x] != y || VECTOR(ba)[y] != x) {
            *same = 0;
        }
    }
    igraph_vector_int_destroy(&ba);
    igraph_vector_int_destroy(&ab);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* ---- The graph the methods see ------------------------------------------ */

/* The input graph, or its symmetrized undirected copy. */
typedef struct work {
    const igraph_t *graph;
    const igraph_vector_t *weight;
    igraph_bool_t directed;
    igraph_t own;
    igraph_vector_t own_weight;
    int made;
} work_t;

static void work_destroy(work_t *w)
{
    if (w->made) {
        igraph_destroy(&w->own);
        igraph_vector_destroy(&w->own_weight);
        w->made = 0;
    }
}

typedef struct sym_edge {
    igraph_integer_t u, v;
    double w;
} sym_edge_t;

static int cmp_sym(const void *a, const void *b)
{
    const sym_edge_t *x = a, *y = b;
    if (x->u != y->u) {
        return x->u < y->u ? -1 : 1;
    }
    return (x->v > y->v) - (x->v < y->v);
}

/*
 * Set up the working graph: the input itself, or (directed input with
 * IL_SYMMETRIZE_SUM/MAX) the undirected graph with one tie per unordered
 * pair whose strength is the sum or the larger of the two directions.
 */
static igraph_error_t work_init(work_t *wk, const il_graph_t *g, il_symmetrize_t mode)
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

static void work_free(void *p)
{
    work_destroy((work_t *) p);
}

/* ---- One run of a method ------------------------------------------------- */

static double total_weight(const igraph_vector_t *w)
{
    return igraph_vector_size(w) > 0 ? igraph_vector_sum(w) : 0.0;
}

/*
 * Leiden until the membership stops changing. igraph 0.10.2 ignores a
 * negative n_iterations (fixed in 0.10.17), so innolink iterates itself:
 * one iteration from singletons, then one iteration at a time starting
 * from the previous result, until an iteration leaves the partition as it
 * was, at most IL_LEIDEN_MAX_ITERATIONS times.
 */
static igraph_error_t run_leiden(const work_t *wk, const il_communities_options_t *o,
                                 igraph_vector_int_t *memb, double *quality,
                                 igraph_integer_t *iterations, igraph_bool_t *converged)
{
    igraph_vector_t nodew;
    igraph_vector_int_t prev;
    igraph_integer_t nb, it;
    double res = o->resolution, W = total_weight(wk->weight);
    const igraph_vector_t *nw = NULL;
    int same = 0;

    IGRAPH_VECTOR_INIT_FINALLY(&nodew, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&prev, 0);
    if (o->objective == IL_OBJECTIVE_MODULARITY) {
        IGRAPH_CHECK(igraph_strength(wk->graph, &nodew, igraph_vss_all(), IGRAPH_ALL,
                                     /* loops = */ true, wk->weight));
        nw = &nodew;
        res = o->resolution / (2.0 * W);
    }
    IGRAPH_CHECK(igraph_community_leiden(wk->graph, wk->weight, nw, res, o->beta,
                                         /* start = */ false, /* n_iterations = */ 1, memb,
                                         &nb, quality));
    for (it = 1; it < IL_LEIDEN_MAX_ITERATIONS; it++) {
        IGRAPH_CHECK(igraph_vector_int_update(&prev, memb));
        IGRAPH_CHECK(igraph_community_leiden(wk->graph, wk->weight, nw, res, o->beta,
                                             /* start = */ true, /* n_iterations = */ 1, memb,
                                             &nb, quality));
        IGRAPH_CHECK(same_partition(&prev, memb, &same));
        if (same) {
            break;
        }
    }
    *iterations = it + (same ? 1 : 0);
    *converged = same;
    igraph_vector_int_destroy(&prev);
    igraph_vector_destroy(&nodew);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* Label propagation in 0.10.2 counts weights in integer counters. */
static igraph_error_t check_integer_weights(const igraph_vector_t *w)
{
    igraph_integer_t e, m = igraph_vector_size(w);
    for (e = 0; e < m; e++) {
        double x = VECTOR(*w)[e];
        if (x != floor(x) || x > 9007199254740992.0) {
            IGRAPH_ERRORF("Label propagation needs whole-number tie strengths: igraph 0.10.2 "
                          "truncates fractional weights to integers (a strength of %g would "
                          "count as %.0f). Round or rescale the weights, or use another "
                          "method.", IGRAPH_EINVAL, x, floor(x));
        }
    }
    return IGRAPH_SUCCESS;
}

/* One run; *quality is larger-is-better except for codelength. */
static igraph_error_t run_method(const work_t *wk, const il_communities_options_t *o,
                                 igraph_vector_int_t *memb, double *quality,
                                 igraph_integer_t *iterations, igraph_bool_t *converged)
{
    igraph_vector_t modv;
    igraph_matrix_int_t merges;
    igraph_arpack_options_t arpack;
    igraph_integer_t n = igraph_vcount(wk->graph);
    double q = NAN;

    *iterations = 1;
    *converged = 1;
    IGRAPH_VECTOR_INIT_FINALLY(&modv, 0);
    IGRAPH_CHECK(igraph_matrix_int_init(&merges, 0, 0));
    IGRAPH_FINALLY(igraph_matrix_int_destroy, &merges);
    switch (o->method) {
    case IL_COMM_LEIDEN:
        IGRAPH_CHECK(run_leiden(wk, o, memb, &q, iterations, converged));
        break;
    case IL_COMM_LOUVAIN:
        IGRAPH_CHECK(igraph_community_multilevel(wk->graph, wk->weight, o->resolution, memb,
                                                 /* memberships = */ NULL, &modv));
        break;
    case IL_COMM_INFOMAP:
        IGRAPH_CHECK(igraph_community_infomap(wk->graph, wk->weight, /* v_weights = */ NULL,
                                              /* nb_trials = */ 1, memb, &q));
        break;
    case IL_COMM_WALKTRAP:
        IGRAPH_CHECK(igraph_community_walktrap(wk->graph, wk->weight, o->walktrap_steps,
                                               &merges, &modv, memb));
        break;
    case IL_COMM_FASTGREEDY:
        /* igraph 0.10.2 stops one merge short when the best cut is one
         * community: take the best step from the merges ourselves */
        IGRAPH_CHECK(igraph_community_fastgreedy(wk->graph, wk->weight, &merges, &modv,
                                                 /* membership = */ NULL));
        IGRAPH_CHECK(igraph_community_to_membership(&merges, n,
                                                    igraph_vector_which_max(&modv), memb,
                                                    /* csize = */ NULL));
        break;
    case IL_COMM_LEADING_EIGENVECTOR:
        igraph_arpack_options_init(&arpack);
        IGRAPH_CHECK(igraph_community_leading_eigenvector(wk->graph, wk->weight,
                                                          /* merges = */ NULL, memb,
                                                          /* steps = */ n, &arpack, &q,
                                                          /* start = */ false, NULL, NULL,
                                                          NULL, NULL, NULL));
        break;
    case IL_COMM_LABELPROP:
        IGRAPH_CHECK(check_integer_weights(wk->weight));
        IGRAPH_CHECK(igraph_community_label_propagation(wk->graph, memb, IGRAPH_ALL,
                                                        wk->weight, NULL, NULL));
        break;
    case IL_COMM_OPTIMAL:
        IGRAPH_CHECK(igraph_community_optimal_modularity(wk->graph, &q, memb, wk->weight));
        break;
    default:
        IGRAPH_ERROR("Unknown community detection method.", IGRAPH_EINVAL);
    }
    if (o->method == IL_COMM_INFOMAP) {
        *quality = q;                           /* codelength */
    } else if (o->method == IL_COMM_LEIDEN && o->objective == IL_OBJECTIVE_CPM) {
        *quality = q;                           /* igraph's CPM quality */
    } else {
        IGRAPH_CHECK(igraph_modularity(wk->graph, memb, wk->weight, o->resolution,
                                       wk->directed, quality));
    }
    igraph_matrix_int_destroy(&merges);
    igraph_vector_destroy(&modv);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
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

static void comm_free(void *p)
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

static igraph_error_t comm_init(il_communities_t *r, igraph_integer_t n)
{
    memset(r, 0, sizeof *r);
    IGRAPH_FINALLY(comm_free, r);
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

static const il_communities_t *sort_res;

static int cmp_order(const void *a, const void *b)
{
    igraph_integer_t x = *(const igraph_integer_t *) a, y = *(const igraph_integer_t *) b;
    igraph_integer_t cx = VECTOR(sort_res->membership)[x], cy = VECTOR(sort_res->membership)[y];
    double sx = VECTOR(sort_res->node_strength)[x], sy = VECTOR(sort_res->node_strength)[y];
    if (cx != cy) {
        return cx < cy ? -1 : 1;
    }
    if (sx != sy) {
        return sx > sy ? -1 : 1;
    }
    return (x > y) - (x < y);
}

/*
 * Modularity and the per-community figures of r->membership (labels
 * 0..k-1, r->k set) on the working graph.
 */
static igraph_error_t comm_figures(const work_t *wk, const il_communities_options_t *o,
                                   il_communities_t *r)
{
    igraph_integer_t n = igraph_vcount(wk->graph), m = igraph_ecount(wk->graph), k = r->k;
    igraph_integer_t e, v, c;
    igraph_vector_t cut;
    double W = total_weight(wk->weight);

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
    sort_res = r;
    if (n > 0) {
        qsort(VECTOR(r->order), (size_t) n, sizeof(igraph_integer_t), cmp_order);
    }
    igraph_vector_destroy(&cut);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t check_options(const il_communities_options_t *o)
{
    if (!(o->resolution >= 0) || !isfinite(o->resolution)) {
        IGRAPH_ERROR("The resolution must be a finite number >= 0.", IGRAPH_EINVAL);
    }
    if (o->runs < 1) {
        IGRAPH_ERROR("The number of runs must be at least 1.", IGRAPH_EINVAL);
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
    work_t wk;

    IGRAPH_CHECK(check_options(opts));
    if (igraph_vector_int_size(membership) != n) {
        IGRAPH_ERROR("The membership vector must have one entry per node.", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(comm_init(res, n));
    IGRAPH_FINALLY(comm_free, res);
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
    IGRAPH_CHECK(work_init(&wk, g, opts->symmetrize));
    IGRAPH_FINALLY(work_free, &wk);
    IGRAPH_CHECK(comm_figures(&wk, opts, res));
    res->quality = res->modularity;
    work_destroy(&wk);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* ---- Stability ------------------------------------------------------------ */

/**
 * \function il_communities_node_stability
 * \brief Per node, the share of runs in which it lands with its core
 *        members.
 *
 * The core members of node v are the other nodes of v's community in
 * \p best. In a run, v lands with them when more than half of them are in
 * v's community of that run; a node alone in \p best lands with them when
 * it is alone in the run too.
 *
 * \param best  Membership of the reference partition (labels 0..n-1).
 * \param runs  One run per row, n columns (labels 0..n-1).
 * \param res   Initialised; resized to n. NaN everywhere when there are no runs.
 * \return IGRAPH_EINVAL when sizes disagree; IGRAPH_ENOMEM.
 *
 * Time complexity: O(R n).
 */
igraph_error_t il_communities_node_stability(const igraph_vector_int_t *best,
                                             const igraph_matrix_int_t *runs,
                                             igraph_vector_t *res)
{
    igraph_integer_t n = igraph_vector_int_size(best), R = igraph_matrix_int_nrow(runs);
    igraph_integer_t r, v;
    igraph_vector_int_t bsize, pair, rsize;
    igraph_vector_int_t rowbest;    /* for each v, the run community most of best(v) is in */

    if (igraph_matrix_int_ncol(runs) != n && R > 0) {
        IGRAPH_ERROR("Every run must have one label per node.", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(igraph_vector_resize(res, n));
    if (R == 0) {
        igraph_vector_fill(res, NAN);
        return IGRAPH_SUCCESS;
    }
    igraph_vector_null(res);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&bsize, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&rsize, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&pair, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&rowbest, 0);
    for (v = 0; v < n; v++) {
        igraph_integer_t b = VECTOR(*best)[v];
        if (b < 0 || b >= n) {
            IGRAPH_ERROR("Community labels must lie in 0..n-1.", IGRAPH_EINVAL);
        }
        VECTOR(bsize)[b]++;
    }
    for (r = 0; r < R; r++) {
        igraph_vector_int_null(&rsize);
        for (v = 0; v < n; v++) {
            igraph_integer_t x = MATRIX(*runs, r, v);
            if (x < 0 || x >= n) {
                IGRAPH_ERROR("Community labels must lie in 0..n-1.", IGRAPH_EINVAL);
            }
            VECTOR(rsize)[x]++;
        }
        /*
         * For v, count the members of best(v) that share v's run community:
         * the number of nodes u with best(u) = best(v) and run(u) = run(v),
         * from a sorted list of (best, run) pairs.
         */
        IGRAPH_CHECK(igraph_vector_int_resize(&pair, n));
        for (v = 0; v < n; v++) {
            VECTOR(pair)[v] = VECTOR(*best)[v] * n + MATRIX(*runs, r, v);
        }
        IGRAPH_CHECK(igraph_vector_int_update(&rowbest, &pair));
        igraph_vector_int_sort(&rowbest);
        for (v = 0; v < n; v++) {
            igraph_integer_t pos, both, core = VECTOR(bsize)[VECTOR(*best)[v]] - 1;
            igraph_bool_t found;
            igraph_integer_t lo, hi;
            found = igraph_vector_int_binsearch(&rowbest, VECTOR(pair)[v], &pos);
            (void) found;
            lo = pos;
            while (lo > 0 && VECTOR(rowbest)[lo - 1] == VECTOR(pair)[v]) {
                lo--;
            }
            hi = pos;
            while (hi + 1 < n && VECTOR(rowbest)[hi + 1] == VECTOR(pair)[v]) {
                hi++;
            }
            both = hi - lo;                 /* core members with v in this run */
            if (core == 0) {
                VECTOR(*res)[v] += VECTOR(rsize)[MATRIX(*runs, r, v)] == 1;
            } else {
                VECTOR(*res)[v] += 2 * both > core;
            }
        }
    }
    for (v = 0; v < n; v++) {
        VECTOR(*res)[v] /= (double) R;
    }
    igraph_vector_int_destroy(&rowbest);
    igraph_vector_int_destroy(&pair);
    igraph_vector_int_destroy(&rsize);
    igraph_vector_int_destroy(&bsize);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_partition_compare
 * \brief NMI, ARI and VI of two partitions of the same nodes, as
 *        igraph_compare_communities: NMI = 2 MI / (H1 + H2) (1 when both
 *        partitions have a single group), ARI of Hubert and Arabie (1, not
 *        igraph's NaN, when both are the same trivial partition, as
 *        scikit-learn), VI = H1 + H2 - 2 MI in natural logarithms. NaN for
 *        no nodes; ARI NaN for a single node.
 *
 * \return IGRAPH_EINVAL for memberships of different lengths; IGRAPH_ENOMEM.
 * Time complexity: O(n + k1 k2) at worst.
 */
igraph_error_t il_partition_compare(const igraph_vector_int_t *a, const igraph_vector_int_t *b,
                                    il_partition_comparison_t *res)
{
    igraph_integer_t n = igraph_vector_int_size(a);
    res->nmi = res->ari = res->vi = NAN;
    if (igraph_vector_int_size(b) != n) {
        IGRAPH_ERROR("Partitions to compare must cover the same nodes.", IGRAPH_EINVAL);
    }
    if (n == 0) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(igraph_compare_communities(a, b, &res->nmi, IGRAPH_COMMCMP_NMI));
    IGRAPH_CHECK(igraph_compare_communities(a, b, &res->vi, IGRAPH_COMMCMP_VI));
    if (n > 1) {                    /* igraph: ARI needs two or more nodes */
        IGRAPH_CHECK(igraph_compare_communities(a, b, &res->ari,
                                                IGRAPH_COMMCMP_ADJUSTED_RAND));
        if (isnan(res->ari)) {
            /*
             * 0/0: both partitions are the same trivial one (one group, or
             * all singletons). Identical partitions agree perfectly: 1, as
             * scikit-learn's adjusted_rand_score.
             */
            res->ari = 1.0;
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_partition_crosstab
 * \brief Count the nodes in each pair of groups of two partitions.
 *
 * \param tab  Initialised; resized to ka x kb.
 * \return IGRAPH_EINVAL for lengths or labels out of range; IGRAPH_ENOMEM.
 * Time complexity: O(n + ka kb).
 */
igraph_error_t il_partition_crosstab(const igraph_vector_int_t *a, igraph_integer_t ka,
                                     const igraph_vector_int_t *b, igraph_integer_t kb,
                                     igraph_matrix_int_t *tab)
{
    igraph_integer_t n = igraph_vector_int_size(a), v;
    if (igraph_vector_int_size(b) != n) {
        IGRAPH_ERROR("Partitions to cross-tabulate must cover the same nodes.", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(igraph_matrix_int_resize(tab, ka, kb));
    igraph_matrix_int_null(tab);
    for (v = 0; v < n; v++) {
        igraph_integer_t x = VECTOR(*a)[v], y = VECTOR(*b)[v];
        if (x < 0 || x >= ka || y < 0 || y >= kb) {
            IGRAPH_ERROR("Group label out of range.", IGRAPH_EINVAL);
        }
        MATRIX(*tab, x, y)++;
    }
    return IGRAPH_SUCCESS;
}

/* ---- Detection -------------------------------------------------------------- */

static igraph_error_t stability(il_communities_t *r, const igraph_matrix_int_t *runs)
{
    igraph_integer_t R = igraph_matrix_int_nrow(runs), n = igraph_matrix_int_ncol(runs);
    igraph_integer_t i, j, pairs = 0, distinct = 0;
    igraph_vector_int_t a, b;
    double nmi = 0, ari = 0;

    IGRAPH_VECTOR_INT_INIT_FINALLY(&a, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&b, n);
    for (i = 0; i < R; i++) {
        int seen = 0;
        IGRAPH_CHECK(igraph_matrix_int_get_row(runs, &a, i));
        for (j = 0; j < i && !seen; j++) {
            IGRAPH_CHECK(igraph_matrix_int_get_row(runs, &b, j));
            seen = same_canonical(&a, VECTOR(b), n);
        }
        distinct += !seen;
    }
    r->distinct_partitions = distinct;
    if (R >= 2 && n > 0) {
        for (i = 0; i < R; i++) {
            IGRAPH_CHECK(igraph_matrix_int_get_row(runs, &a, i));
            for (j = i + 1; j < R; j++) {
                il_partition_comparison_t cmp;
                IGRAPH_CHECK(igraph_matrix_int_get_row(runs, &b, j));
                IGRAPH_CHECK(il_partition_compare(&a, &b, &cmp));
                nmi += cmp.nmi;
                ari += cmp.ari;
                pairs++;
            }
        }
        r->stability_nmi = nmi / (double) pairs;
        r->stability_ari = n > 1 ? ari / (double) pairs : NAN;
        IGRAPH_CHECK(il_communities_node_stability(&r->membership, runs, &r->node_stability));
    } else {
        IGRAPH_CHECK(igraph_vector_resize(&r->node_stability, n));
        igraph_vector_fill(&r->node_stability, NAN);
    }
    igraph_vector_int_destroy(&b);
    igraph_vector_int_destroy(&a);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_communities_detect
 * \brief Find communities with the chosen method, reproducibly.
 *
 * A randomised method (Leiden, Louvain, Infomap, label propagation) runs
 * opts->runs times; run r draws from a generator of its own seeded with
 * opts->seed + r (igraph's default generator is left as it was).
 * The run with the best quality is kept (the first on ties): the largest
 * modularity at opts->resolution, igraph's CPM quality for Leiden with
 * IL_OBJECTIVE_CPM, the smallest codelength for Infomap. Deterministic
 * methods run once. Leiden with IL_OBJECTIVE_MODULARITY passes strengths
 * as node weights and resolution gamma/2W, and iterates to convergence
 * (see run_leiden). Every method is given the tie strengths. Communities
 * are renumbered canonically (il_membership_canonical). Stability across
 * runs: mean pairwise NMI and ARI and per-node stability
 * (il_communities_node_stability against the kept partition).
 *
 * A graph without ties gives every node its own community (modularity
 * NaN) without running the method.
 *
 * \return IGRAPH_EINVAL: a directed graph (without opts->symmetrize) for a
 *         method other than Infomap and optimal; non-integer weights for
 *         label propagation; a resolution other than 1 for a method that
 *         has none; bad options. GLPK and ARPACK errors of igraph.
 *
 * Time complexity: R times that of the method, plus O(R^2 n) for stability.
 */
igraph_error_t il_communities_detect(const il_graph_t *g, const il_communities_options_t *opts,
                                     il_communities_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), runs, r, v;
    igraph_matrix_int_t all;
    igraph_vector_int_t memb;
    work_t wk;
    il_comm_method_t m = opts->method;
    int lower_better = m == IL_COMM_INFOMAP;

    IGRAPH_CHECK(check_options(opts));
    if ((unsigned) m > IL_COMM_OPTIMAL) {
        IGRAPH_ERROR("Unknown community detection method.", IGRAPH_EINVAL);
    }
    if (opts->resolution != 1.0 && m != IL_COMM_LEIDEN && m != IL_COMM_LOUVAIN) {
        IGRAPH_ERRORF("Method '%s' has no resolution parameter; only leiden and louvain "
                      "take one.", IGRAPH_EINVAL, il_comm_method_name(m));
    }
    if (g->directed && opts->symmetrize == IL_SYMMETRIZE_NONE &&
        m != IL_COMM_INFOMAP && m != IL_COMM_OPTIMAL) {
        IGRAPH_ERRORF("Method '%s' needs an undirected graph; combine the two directions "
                      "of each tie with --symmetrize sum or --symmetrize max.", IGRAPH_EINVAL,
                      il_comm_method_name(m));
    }
    runs = il_comm_method_randomised(m) ? opts->runs : 1;

    IGRAPH_CHECK(comm_init(res, n));
    IGRAPH_FINALLY(comm_free, res);
    IGRAPH_CHECK(work_init(&wk, g, opts->symmetrize));
    IGRAPH_FINALLY(work_free, &wk);
    if (m == IL_COMM_INFOMAP) {
        res->quality_name = "codelength";
    } else if (m == IL_COMM_LEIDEN && opts->objective == IL_OBJECTIVE_CPM) {
        res->quality_name = "cpm";
    }
    IGRAPH_CHECK(igraph_matrix_int_init(&all, 0, 0));
    IGRAPH_FINALLY(igraph_matrix_int_destroy, &all);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&memb, n);

    if (igraph_ecount(wk.graph) == 0) {
        for (v = 0; v < n; v++) {
            VECTOR(res->membership)[v] = v;
        }
        runs = 1;
        IGRAPH_CHECK(il_membership_canonical(&res->membership, &res->k));
        IGRAPH_CHECK(igraph_matrix_int_resize(&all, 1, n));
        IGRAPH_CHECK(igraph_matrix_int_set_row(&all, &res->membership, 0));
    } else {
        IGRAPH_CHECK(igraph_matrix_int_resize(&all, runs, n));
        if (m == IL_COMM_LABELPROP) {
            IGRAPH_CHECK(check_integer_weights(wk.weight));
        }
        for (r = 0; r < runs; r++) {
            double q;
            igraph_integer_t it, k;
            igraph_bool_t conv;
            il_rng_scope_t rng;
            IGRAPH_CHECK(il_rng_scope_begin(&rng, opts->seed + (igraph_uint_t) r));
            IGRAPH_FINALLY(il_rng_scope_end, &rng);
            IGRAPH_CHECK(run_method(&wk, opts, &memb, &q, &it, &conv));
            il_rng_scope_end(&rng);
            IGRAPH_FINALLY_CLEAN(1);
            IGRAPH_CHECK(il_membership_canonical(&memb, &k));
            IGRAPH_CHECK(igraph_matrix_int_set_row(&all, &memb, r));
            if (it > res->iterations) {
                res->iterations = it;
            }
            res->converged = res->converged && conv;
            if (r == 0 || (lower_better ? q < res->quality : q > res->quality) ||
                (isnan(res->quality) && !isnan(q))) {
                res->quality = q;
                res->best_run = r;
                res->k = k;
                IGRAPH_CHECK(igraph_vector_int_update(&res->membership, &memb));
            }
            il_progress("communities", (double) (r + 1) / (double) runs);
        }
    }
    res->runs = runs;
    if (m != IL_COMM_LEIDEN) {
        res->iterations = 0;
    }
    IGRAPH_CHECK(stability(res, &all));
    IGRAPH_CHECK(comm_figures(&wk, opts, res));
    if (igraph_ecount(wk.graph) == 0) {
        res->quality = res->quality_name[0] == 'm' ? res->modularity : NAN;
    }

    igraph_vector_int_destroy(&memb);
    igraph_matrix_int_destroy(&all);
    work_destroy(&wk);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}
