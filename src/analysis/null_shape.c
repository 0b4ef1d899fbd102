/*
 * The shape statistics innolink tests against null models
 * (docs/metrics-inference.md lists them with their default nulls; the
 * group and brokerage families are analysis/null_stats.c):
 *
 *  - structure: per scope (the network and each group) density,
 *    transitivity, Freeman degree centralization and hub dominance (one
 *    pass on the scope's subgraph); the core-periphery fit, the share of
 *    ties leaving, the share of spoke-spoke ties, the four district scores
 *    and the rich-club coefficient by degree (the whole structure analysis,
 *    analysis/hubspoke.c, on every sample).
 *  - centralization: the centralizations of the centrality family.
 *  - correlation: the correlation of two tie matrices (sna::gcor).
 */
#include "analysis/nulls.h"
#include "analysis/nulls_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- Structure -------------------------------------------------------------------- */

/* The whole structure analysis on a sample: options and the rows it gives. */
typedef struct structure_arg {
    il_structure_options_t o;
    igraph_integer_t k;             /* groups (0 without --by) */
    igraph_integer_t rich_rows;     /* rich-club rows of the observed graph */
    char *group_attr;               /* owned copy of o.group_attr */
} structure_arg_t;

static void structure_arg_free(void *p)
{
    structure_arg_t *a = p;
    if (a) {
        free(a->group_attr);
        free(a);
    }
}

/* Statistics per scope of the full analysis. */
static const char *const scope_full[] = {
    "core_periphery_fit", "outside_share", "spoke_share", "district_marshallian",
    "district_hub_and_spoke", "district_satellite_platform", "district_state_anchored"
};
#define SCOPE_FULL ((igraph_integer_t) (sizeof scope_full / sizeof scope_full[0]))

/* The full statistics of one scope into o; the network has no share of
 * ties leaving (it is skipped there). Returns the values written. */
static igraph_integer_t shape_full(const il_shape_t *sh, int is_network, double *o)
{
    igraph_integer_t i = 0;
    o[i++] = sh->cp_fit;
    if (!is_network) {
        o[i++] = sh->outside_share;
    }
    o[i++] = sh->spoke_share;
    o[i++] = sh->district.score[IL_DISTRICT_MARSHALLIAN];
    o[i++] = sh->district.score[IL_DISTRICT_HUB_AND_SPOKE];
    o[i++] = sh->district.score[IL_DISTRICT_SATELLITE];
    o[i++] = sh->district.score[IL_DISTRICT_STATE_ANCHORED];
    return i;
}

static igraph_error_t structure_eval(const il_graph_t *g, const il_partition_t *p, double *out,
                                     void *arg)
{
    structure_arg_t *a = arg;
    il_structure_t s;
    igraph_integer_t x, r;
    (void) p;
    IGRAPH_CHECK(il_structure(g, &a->o, &s));
    IGRAPH_FINALLY(il_structure_destroy, &s);
    out += shape_full(&s.network, 1, out);
    for (x = 0; x < a->k; x++) {
        out += shape_full(&s.group[x], 0, out);
    }
    for (r = 0; r < a->rich_rows; r++) {
        out[r] = r < igraph_vector_size(&s.rich_club.phi) ? VECTOR(s.rich_club.phi)[r] : NAN;
    }
    il_structure_destroy(&s);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The cheap shape statistics of every scope, from the undirected view. */
typedef struct shape_arg {
    igraph_integer_t k;
    igraph_vector_int_t members;    /* work space */
} shape_arg_t;

static void shape_arg_free(void *p)
{
    shape_arg_t *a = p;
    if (a) {
        igraph_vector_int_destroy(&a->members);
        free(a);
    }
}

static const char *const scope_cheap[] = {
    "density", "transitivity", "degree_centralization", "hub_dominance"
};
#define SCOPE_CHEAP ((igraph_integer_t) (sizeof scope_cheap / sizeof scope_cheap[0]))

/* Density, transitivity, Freeman degree centralization and hub dominance
 * of an undirected simple graph, as analysis/hubspoke.c defines them. */
static igraph_error_t shape_cheap(const igraph_t *u, double *o)
{
    igraph_integer_t ns = igraph_vcount(u), ms = igraph_ecount(u), v, kmax = 0;
    igraph_vector_int_t deg;
    double sum = 0;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&deg, ns);
    IGRAPH_CHECK(igraph_degree(u, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS));
    for (v = 0; v < ns; v++) {
        kmax = VECTOR(deg)[v] > kmax ? VECTOR(deg)[v] : kmax;
        sum += (double) VECTOR(deg)[v];
    }
    o[0] = ns >= 2 ? 2.0 * (double) ms / ((double) ns * (double) (ns - 1)) : NAN;
    if (ns > 0) {
        IGRAPH_CHECK(igraph_transitivity_undirected(u, &o[1], IGRAPH_TRANSITIVITY_NAN));
    } else {
        o[1] = NAN;
    }
    o[2] = ns >= 3 ? ((double) ns * (double) kmax - sum) / ((double) (ns - 1) * (double) (ns - 2))
           : NAN;
    o[3] = ms > 0 ? (double) kmax / (double) ms : NAN;
    igraph_vector_int_destroy(&deg);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t shape_eval(const il_graph_t *g, const il_partition_t *p, double *out,
                                 void *arg)
{
    shape_arg_t *a = arg;
    igraph_t u, sub;
    igraph_integer_t x, v, n = il_graph_vcount(g);
    IGRAPH_CHECK(igraph_copy(&u, &g->graph));
    IGRAPH_FINALLY(igraph_destroy, &u);
    if (igraph_is_directed(&u)) {
        IGRAPH_CHECK(igraph_to_undirected(&u, IGRAPH_TO_UNDIRECTED_COLLAPSE, NULL));
    }
    IGRAPH_CHECK(igraph_simplify(&u, /* multiple = */ true, /* loops = */ true, NULL));
    IGRAPH_CHECK(shape_cheap(&u, out));
    for (x = 0; x < a->k; x++) {
        igraph_vector_int_clear(&a->members);
        for (v = 0; v < n; v++) {
            if (VECTOR(p->membership)[v] == x) {
                IGRAPH_CHECK(igraph_vector_int_push_back(&a->members, v));
            }
        }
        IGRAPH_CHECK(igraph_induced_subgraph(&u, &sub, igraph_vss_vector(&a->members),
                                             IGRAPH_SUBGRAPH_AUTO));
        IGRAPH_FINALLY(igraph_destroy, &sub);
        IGRAPH_CHECK(shape_cheap(&sub, out + (x + 1) * SCOPE_CHEAP));
        igraph_destroy(&sub);
        IGRAPH_FINALLY_CLEAN(1);
    }
    igraph_destroy(&u);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_null_tests_add_structure
 * \brief Add the shape statistics of the network and of each group.
 *
 * Two families, scope by scope (the network first, then the groups in
 * their order): density, transitivity, degree_centralization,
 * hub_dominance (computed directly on each scope's subgraph); then
 * core_periphery_fit, outside_share, spoke_share and the four
 * district_<type> scores (il_structure() on every sample, with \p so's
 * hub threshold, core-periphery starts and seed, without the rich club's
 * own rewiring), and rich_club_phi for each degree k of the observed
 * rich club (only with \p full). Groups come from so->group_attr (the tests' groups must be
 * the same partition, or NULL without --by).
 *
 * \return IGRAPH_EINVAL when so->group_attr and the tests' groups
 *         disagree; what il_structure() returns on the observed graph;
 *         IGRAPH_ENOMEM.
 *
 * Time complexity of one evaluation: that of il_structure() (the
 * core-periphery search dominates) plus O(k (n + m)).
 */
igraph_error_t il_null_tests_add_structure(il_null_tests_t *t,
                                           const il_structure_options_t *so, int full)
{
    il_i_null_list_t l = { NULL, 0, 0 };
    structure_arg_t *sa;
    shape_arg_t *ca;
    il_structure_t s;
    igraph_integer_t k = t->groups ? t->groups->k : 0, x, r;
    size_t i;

    if ((so->group_attr != NULL) != (t->groups != NULL)) {
        IGRAPH_ERROR("Structure tests: the groups and --by disagree.", IGRAPH_EINVAL);
    }
    if (t->groups && t->group_col < 0) {
        IGRAPH_ERROR("Structure tests need the node column of the groups.", IGRAPH_EINVAL);
    }
    IGRAPH_FINALLY(il_i_null_list_free, &l);
    for (x = -1; x < k; x++) {
        for (i = 0; i < (size_t) SCOPE_CHEAP; i++) {
            IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("structure", scope_cheap[i],
                                               x < 0 ? IL_SUBJECT_NETWORK : IL_SUBJECT_GROUP,
                                               x, -1, -1)));
        }
    }
    ca = calloc(1, sizeof *ca);
    IGRAPH_CHECK_OOM(ca, "Out of memory adding tests.");
    ca->k = k;
    if (igraph_vector_int_init(&ca->members, 0) != IGRAPH_SUCCESS) {
        free(ca);
        IGRAPH_ERROR("Out of memory adding tests.", IGRAPH_ENOMEM);
    }
    IGRAPH_CHECK(il_null_tests_add(t, l.s, l.n, shape_eval, ca, shape_arg_free));
    l.n = 0;
    if (!full) {
        il_i_null_list_free(&l);
        IGRAPH_FINALLY_CLEAN(1);
        return IGRAPH_SUCCESS;
    }

    sa = calloc(1, sizeof *sa);
    IGRAPH_CHECK_OOM(sa, "Out of memory adding tests.");
    IGRAPH_FINALLY(structure_arg_free, sa);
    sa->o = *so;
    sa->o.rewirings = 0;            /* the rich club is tested here, not normalised */
    sa->o.skip_continuous = 1;      /* not tested: the samples need the discrete fit */
    sa->o.designated_attr = NULL;   /* precision and recall are not tested */
    sa->o.designated_value = NULL;
    if (so->group_attr) {
        sa->group_attr = strdup(so->group_attr);
        IGRAPH_CHECK_OOM(sa->group_attr, "Out of memory adding tests.");
        sa->o.group_attr = sa->group_attr;
    }
    sa->k = k;
    IGRAPH_CHECK(il_structure(t->g, &sa->o, &s));
    sa->rich_rows = igraph_vector_size(&s.rich_club.phi);
    il_structure_destroy(&s);
    for (x = -1; x < k; x++) {
        for (i = 0; i < (size_t) SCOPE_FULL; i++) {
            if (x < 0 && strcmp(scope_full[i], "outside_share") == 0) {
                continue;   /* the network has nothing outside */
            }
            IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("structure", scope_full[i],
                                               x < 0 ? IL_SUBJECT_NETWORK : IL_SUBJECT_GROUP,
                                               x, -1, -1)));
        }
    }
    for (r = 0; r < sa->rich_rows; r++) {
        IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("structure", "rich_club_phi", IL_SUBJECT_DEGREE, r,
                                           -1, -1)));
    }
    IGRAPH_FINALLY_CLEAN(1);
    IGRAPH_CHECK(il_null_tests_add(t, l.s, l.n, structure_eval, sa, structure_arg_free));
    il_i_null_list_free(&l);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* ---- Centralization ---------------------------------------------------------------- */

static igraph_error_t centralization_eval(const il_graph_t *g, const il_partition_t *p,
                                          double *out, void *arg)
{
    il_centrality_options_t *o = arg;
    il_centrality_t c;
    (void) p;
    memset(&c, 0, sizeof c);
    IGRAPH_CHECK(il_centrality(g, o, &c));
    out[0] = c.degree_centralization;
    out[1] = c.betweenness_centralization;
    out[2] = c.closeness_centralization;
    out[3] = c.eigenvector_centralization;
    out[4] = c.strength_gini;
    il_centrality_destroy(&c);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_null_tests_add_centralization
 * \brief Add the centralizations of the centrality family: degree,
 *        betweenness, closeness, eigenvector and the Gini coefficient of
 *        the strengths (those \p co computes; the others stay NaN).
 *
 * The samples run with one process each (co->jobs is not used inside an
 * ensemble, which is parallel already).
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity of one evaluation: that of il_centrality().
 */
igraph_error_t il_null_tests_add_centralization(il_null_tests_t *t,
                                                const il_centrality_options_t *co)
{
    static const char *const names[] = {
        "degree_centralization", "betweenness_centralization", "closeness_centralization",
        "eigenvector_centralization", "strength_gini"
    };
    il_null_stat_t st[5];
    il_centrality_options_t *o;
    int i;
    for (i = 0; i < 5; i++) {
        st[i] = il_i_null_stat("centralization", names[i], IL_SUBJECT_NETWORK, -1, -1, -1);
    }
    o = malloc(sizeof *o);
    IGRAPH_CHECK_OOM(o, "Out of memory adding tests.");
    *o = *co;
    o->jobs = 1;
    return il_null_tests_add(t, st, 5, centralization_eval, o, free);
}

/* ---- Correlation of two tie matrices ------------------------------------------------ */

typedef struct corr_arg {
    const il_graph_t *other;
    int weighted;
    igraph_integer_t n;
    double *cell;           /* n x n: the other graph's tie matrix (0: no tie) */
} corr_arg_t;

static void corr_arg_free(void *p)
{
    corr_arg_t *a = p;
    if (a) {
        free(a->cell);
        free(a);
    }
}

static igraph_error_t corr_eval(const il_graph_t *g, const il_partition_t *p, double *out,
                                void *arg)
{
    corr_arg_t *a = arg;
    igraph_integer_t m = il_graph_ecount(g), n = a->n, e, mo = il_graph_ecount(a->other);
    int dir = g->directed ? 1 : 0;
    double N = dir ? (double) n * (double) (n - 1) : (double) n * (double) (n - 1) / 2;
    double sx = 0, sxx = 0, sy = 0, syy = 0, sxy = 0, cov, vx, vy;
    (void) p;
    for (e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(&g->graph, e), v = IGRAPH_TO(&g->graph, e);
        double x = a->weighted ? VECTOR(g->weight)[e] : 1;
        if (u == v) {
            continue;
        }
        sx += x;
        sxx += x * x;
        sxy += x * a->cell[u * n + v];
    }
    for (e = 0; e < mo; e++) {
        igraph_integer_t u = IGRAPH_FROM(&a->other->graph, e), v = IGRAPH_TO(&a->other->graph, e);
        double y = a->weighted ? VECTOR(a->other->weight)[e] : 1;
        if (u == v) {
            continue;
        }
        sy += y;
        syy += y * y;
    }
    cov = sxy - sx * sy / N;
    vx = sxx - sx * sx / N;
    vy = syy - sy * sy / N;
    out[0] = vx > 0 && vy > 0 ? cov / sqrt(vx * vy) : NAN;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_null_tests_add_correlation
 * \brief Add the correlation of the tie matrix with that of \p other over
 *        the off-diagonal cells (undirected: each pair once), as sna::gcor;
 *        its default null is QAP (sna::qaptest).
 *
 * \param other     A graph on the same vertices in the same order, with the
 *                  same direction; borrowed for the life of the tests.
 * \param weighted  1: tie strengths as cell values; 0: 1 for a tie.
 * \return IGRAPH_EINVAL when the vertex counts or directions differ, or
 *         the graph has more than 20000 nodes (an n x n table is kept);
 *         IGRAPH_ENOMEM.
 *
 * Time complexity of one evaluation: O(m + m_other).
 */
igraph_error_t il_null_tests_add_correlation(il_null_tests_t *t, const il_graph_t *other,
                                             int weighted)
{
    il_null_stat_t st = il_i_null_stat("correlation", weighted ? "correlation_weighted" : "correlation",
                                IL_SUBJECT_NETWORK, -1, -1, -1);
    corr_arg_t *a;
    igraph_integer_t n = il_graph_vcount(t->g), e;
    if (il_graph_vcount(other) != n || !other->directed != !t->g->directed) {
        IGRAPH_ERROR("Correlated tie matrices need the same nodes and direction.",
                     IGRAPH_EINVAL);
    }
    if (n > 20000) {
        IGRAPH_ERROR("Tie-matrix correlation is limited to 20000 nodes.", IGRAPH_EINVAL);
    }
    a = calloc(1, sizeof *a);
    IGRAPH_CHECK_OOM(a, "Out of memory adding tests.");
    IGRAPH_FINALLY(corr_arg_free, a);
    a->other = other;
    a->weighted = weighted;
    a->n = n;
    a->cell = calloc((size_t) (n > 0 ? n * n : 1), sizeof *a->cell);
    IGRAPH_CHECK_OOM(a->cell, "Out of memory adding tests.");
    for (e = 0; e < il_graph_ecount(other); e++) {
        igraph_integer_t u = IGRAPH_FROM(&other->graph, e), v = IGRAPH_TO(&other->graph, e);
        double y = weighted ? VECTOR(other->weight)[e] : 1;
        a->cell[u * n + v] += y;
        if (!other->directed && u != v) {
            a->cell[v * n + u] += y;
        }
    }
    IGRAPH_FINALLY_CLEAN(1);
    return il_null_tests_add(t, &st, 1, corr_eval, a, corr_arg_free);
}
