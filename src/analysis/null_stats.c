/*
 * The statistics innolink tests against null models, family by family
 * (docs/metrics-inference.md lists them with their default nulls):
 *
 *  - coupling: E-I of the network (counted, weighted), of each group
 *    (counted, weighted), of each node (counted); each group's density,
 *    weighted density (the plane's cohesion) and coupling share (the
 *    plane's coupling); every block's density and weighted density.
 *    Computed in one pass over the ties with exactly the definitions of
 *    analysis/coupling.c (the unit tests check they agree).
 *  - mixing: nominal assortativity (counted, weighted) and the modularity
 *    of the groups (weighted, resolution 1), as analysis/mixing.c and
 *    igraph_modularity.
 *  - brokerage: Gould-Fernandez counts per node and role, and in total
 *    (analysis/brokerage.c on every sample).
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
#include "analysis/brokerage.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- Default nulls ------------------------------------------------------------ */

/**
 * \function il_null_default_model
 * \brief The documented default null of a statistic (docs/metrics-inference.md).
 *
 * G(n, m) for what the degrees alone fix or nearly fix (the centralizations,
 * hub dominance, density); QAP for the correlation of two tie matrices;
 * degree-preserving rewiring for everything else, so that a reading is
 * more than what the nodes' degrees and strengths already give.
 */
il_null_model_t il_null_default_model(const char *family, const char *name)
{
    if (strcmp(family, "centralization") == 0) {
        return IL_NULL_GNM;
    }
    if (strcmp(family, "correlation") == 0) {
        return IL_NULL_QAP;
    }
    if (strcmp(family, "structure") == 0 &&
        (strcmp(name, "degree_centralization") == 0 || strcmp(name, "hub_dominance") == 0 ||
         strcmp(name, "density") == 0)) {
        return IL_NULL_GNM;
    }
    return IL_NULL_DEGREE;
}

static il_null_stat_t stat_of(const char *family, const char *name, il_null_subject_t subject,
                              igraph_integer_t a, igraph_integer_t b, int role)
{
    il_null_stat_t s;
    s.family = family;
    s.name = name;
    s.subject = subject;
    s.a = a;
    s.b = b;
    s.role = role;
    s.model = IL_NULL_DEFAULT;
    return s;
}

/* A growing list of statistic descriptors. */
typedef struct stat_list {
    il_null_stat_t *s;
    igraph_integer_t n, cap;
} stat_list_t;

static igraph_error_t list_push(stat_list_t *l, il_null_stat_t x)
{
    if (l->n == l->cap) {
        igraph_integer_t cap = l->cap ? 2 * l->cap : 64;
        il_null_stat_t *s = realloc(l->s, (size_t) cap * sizeof *s);
        IGRAPH_CHECK_OOM(s, "Out of memory listing tests.");
        l->s = s;
        l->cap = cap;
    }
    l->s[l->n++] = x;
    return IGRAPH_SUCCESS;
}

static void list_free(void *l)
{
    free(((stat_list_t *) l)->s);
}

static double ratio(double num, double den)
{
    return den > 0 ? num / den : NAN;
}

static double ei_of(double e, double i)
{
    return e + i > 0 ? (e - i) / (e + i) : NAN;
}

/* ---- Groups: coupling and mixing ------------------------------------------------ */

typedef struct groups_arg {
    unsigned what;
    igraph_integer_t n, k;
    int directed;
    double *ties, *weight;          /* k x k, row-major */
    double *node_in, *node_out;     /* n */
} groups_arg_t;

static void groups_arg_free(void *p)
{
    groups_arg_t *a = p;
    if (!a) {
        return;
    }
    free(a->ties);
    free(a->weight);
    free(a->node_in);
    free(a->node_out);
    free(a);
}

/* Nominal assortativity of the tie-end matrix e (k x k, row-major), and
 * tr(e) - sum a_g b_g over the normalised e (the modularity when e holds
 * strengths). */
static void assort(const double *e, igraph_integer_t k, double *r, double *q)
{
    double total = 0, tr = 0, ab = 0;
    igraph_integer_t i, j;
    for (i = 0; i < k * k; i++) {
        total += e[i];
    }
    if (!(total > 0)) {
        *r = *q = NAN;
        return;
    }
    for (i = 0; i < k; i++) {
        double a = 0, b = 0;
        for (j = 0; j < k; j++) {
            a += e[i * k + j] / total;
            b += e[j * k + i] / total;
        }
        tr += e[i * k + i] / total;
        ab += a * b;
    }
    *r = 1 - ab > 0 ? (tr - ab) / (1 - ab) : NAN;
    *q = tr - ab;
}

static igraph_error_t groups_eval(const il_graph_t *g, const il_partition_t *p, double *out,
                                  void *arg)
{
    groups_arg_t *a = arg;
    igraph_integer_t m = il_graph_ecount(g), n = a->n, k = a->k, e, x, y, v;
    const igraph_integer_t *mem = VECTOR(p->membership);
    double f = a->directed ? 1.0 : 0.5, win = 0, wout = 0, tin = 0, tout = 0;
    double *o = out;

    memset(a->ties, 0, (size_t) (k * k) * sizeof *a->ties);
    memset(a->weight, 0, (size_t) (k * k) * sizeof *a->weight);
    memset(a->node_in, 0, (size_t) n * sizeof *a->node_in);
    memset(a->node_out, 0, (size_t) n * sizeof *a->node_out);
    for (e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(&g->graph, e), w2 = IGRAPH_TO(&g->graph, e);
        double w = VECTOR(g->weight)[e];
        if (u == w2) {
            continue;
        }
        x = mem[u];
        y = mem[w2];
        a->ties[x * k + y] += 1;
        a->weight[x * k + y] += w;
        if (x == y) {
            tin += 1;
            win += w;
            a->node_in[u] += 1;
            a->node_in[w2] += 1;
        } else {
            if (!a->directed) {
                a->ties[y * k + x] += 1;
                a->weight[y * k + x] += w;
            }
            tout += 1;
            wout += w;
            a->node_out[u] += 1;
            a->node_out[w2] += 1;
        }
    }
    if (a->what & IL_NULL_COUPLING) {
        *o++ = ei_of(tout, tin);
        *o++ = ei_of(wout, win);
        for (x = 0; x < k; x++) {
            double nx = (double) VECTOR(p->size)[x], pairs = nx * (nx - 1) * f;
            double gin = a->ties[x * k + x], gwin = a->weight[x * k + x], go = 0, gwo = 0;
            for (y = 0; y < k; y++) {
                if (y == x) {
                    continue;
                }
                go += a->ties[x * k + y] + (a->directed ? a->ties[y * k + x] : 0);
                gwo += a->weight[x * k + y] + (a->directed ? a->weight[y * k + x] : 0);
            }
            *o++ = ratio(gin, pairs);
            *o++ = ratio(gwin, pairs);
            *o++ = ei_of(go, gin);
            *o++ = ei_of(gwo, gwin);
            *o++ = gwin + gwo > 0 ? gwo / (gwin + gwo) : NAN;
        }
        for (x = 0; x < k; x++) {
            for (y = a->directed ? 0 : x + 1; y < k; y++) {
                double pairs;
                if (y == x) {
                    continue;
                }
                pairs = (double) VECTOR(p->size)[x] * (double) VECTOR(p->size)[y];
                *o++ = ratio(a->ties[x * k + y], pairs);
                *o++ = ratio(a->weight[x * k + y], pairs);
            }
        }
        for (v = 0; v < n; v++) {
            *o++ = ei_of(a->node_out[v], a->node_in[v]);
        }
    }
    if (a->what & IL_NULL_MIXING) {
        double r, rw, q, qw;
        /* tie ends: an undirected tie inside a group adds 2 to the diagonal */
        if (!a->directed) {
            for (x = 0; x < k; x++) {
                a->ties[x * k + x] *= 2;
                a->weight[x * k + x] *= 2;
            }
        }
        assort(a->ties, k, &r, &q);
        assort(a->weight, k, &rw, &qw);
        *o++ = r;
        *o++ = rw;
        *o++ = qw;
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_null_tests_add_groups
 * \brief Add the between-group statistics (coupling and/or mixing).
 *
 * Coupling, in this order: network ei_index, ei_index_weighted; per group
 * density, weighted_density, ei_index, ei_index_weighted, coupling_share;
 * per block (a < b undirected, a != b directed) block_density,
 * block_weighted_density; per node ei_index. Mixing: network
 * assortativity, assortativity_weighted, modularity. Self-loops are
 * skipped, as in analysis/coupling.c and mixing.c.
 *
 * \param what  IL_NULL_COUPLING | IL_NULL_MIXING.
 * \return IGRAPH_EINVAL without groups; IGRAPH_ENOMEM.
 *
 * Time complexity of one evaluation: O(n + m + k^2).
 */
igraph_error_t il_null_tests_add_groups(il_null_tests_t *t, unsigned what)
{
    stat_list_t l = { NULL, 0, 0 };
    groups_arg_t *a;
    igraph_integer_t k, n = il_graph_vcount(t->g), x, y, v;
    int dir = t->g->directed ? 1 : 0;
    static const char *const per_group[] = {
        "density", "weighted_density", "ei_index", "ei_index_weighted", "coupling_share"
    };
    if (!t->groups) {
        IGRAPH_ERROR("Between-group tests need groups (--by ATTR).", IGRAPH_EINVAL);
    }
    k = t->groups->k;
    IGRAPH_FINALLY(list_free, &l);
    if (what & IL_NULL_COUPLING) {
        IGRAPH_CHECK(list_push(&l, stat_of("coupling", "ei_index", IL_SUBJECT_NETWORK, -1, -1, -1)));
        IGRAPH_CHECK(list_push(&l, stat_of("coupling", "ei_index_weighted", IL_SUBJECT_NETWORK,
                                           -1, -1, -1)));
        for (x = 0; x < k; x++) {
            size_t i;
            for (i = 0; i < sizeof per_group / sizeof per_group[0]; i++) {
                IGRAPH_CHECK(list_push(&l, stat_of("coupling", per_group[i], IL_SUBJECT_GROUP,
                                                   x, -1, -1)));
            }
        }
        for (x = 0; x < k; x++) {
            for (y = dir ? 0 : x + 1; y < k; y++) {
                if (y == x) {
                    continue;
                }
                IGRAPH_CHECK(list_push(&l, stat_of("coupling", "block_density", IL_SUBJECT_PAIR,
                                                   x, y, -1)));
                IGRAPH_CHECK(list_push(&l, stat_of("coupling", "block_weighted_density",
                                                   IL_SUBJECT_PAIR, x, y, -1)));
            }
        }
        for (v = 0; v < n; v++) {
            IGRAPH_CHECK(list_push(&l, stat_of("coupling", "ei_index", IL_SUBJECT_NODE, v, -1,
                                               -1)));
        }
    }
    if (what & IL_NULL_MIXING) {
        IGRAPH_CHECK(list_push(&l, stat_of("mixing", "assortativity", IL_SUBJECT_NETWORK, -1,
                                           -1, -1)));
        IGRAPH_CHECK(list_push(&l, stat_of("mixing", "assortativity_weighted",
                                           IL_SUBJECT_NETWORK, -1, -1, -1)));
        IGRAPH_CHECK(list_push(&l, stat_of("mixing", "modularity", IL_SUBJECT_NETWORK, -1, -1,
                                           -1)));
    }
    a = calloc(1, sizeof *a);
    IGRAPH_CHECK_OOM(a, "Out of memory adding tests.");
    IGRAPH_FINALLY(groups_arg_free, a);
    a->what = what;
    a->n = n;
    a->k = k;
    a->directed = dir;
    a->ties = calloc((size_t) (k * k), sizeof *a->ties);
    a->weight = calloc((size_t) (k * k), sizeof *a->weight);
    a->node_in = calloc((size_t) (n > 0 ? n : 1), sizeof *a->node_in);
    a->node_out = calloc((size_t) (n > 0 ? n : 1), sizeof *a->node_out);
    if (!a->ties || !a->weight || !a->node_in || !a->node_out) {
        IGRAPH_ERROR("Out of memory adding tests.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY_CLEAN(1);
    IGRAPH_CHECK(il_null_tests_add(t, l.s, l.n, groups_eval, a, groups_arg_free));
    list_free(&l);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* ---- Brokerage ----------------------------------------------------------------- */

/* Work space of the brokerage counts: adjacency in compressed rows. */
typedef struct broker_arg {
    igraph_integer_t n;
    igraph_integer_t *out_start, *out_nb, *in_start, *in_nb, *mark;
    igraph_integer_t cap;               /* room in out_nb and in_nb */
} broker_arg_t;

static void broker_arg_free(void *p)
{
    broker_arg_t *a = p;
    if (a) {
        free(a->out_start);
        free(a->out_nb);
        free(a->in_start);
        free(a->in_nb);
        free(a->mark);
        free(a);
    }
}

/* The role of broker v for a -> v -> b, as analysis/brokerage.c. */
static int broker_role(igraph_integer_t ga, igraph_integer_t gv, igraph_integer_t gb)
{
    if (gv == ga) {
        return gv == gb ? IL_BROKER_COORDINATOR : IL_BROKER_REPRESENTATIVE;
    }
    if (gv == gb) {
        return IL_BROKER_GATEKEEPER;
    }
    return ga == gb ? IL_BROKER_ITINERANT : IL_BROKER_LIAISON;
}

/* Fill compressed rows of out- and in-neighbours (undirected: both are
 * the neighbours), self-loops left out. */
static igraph_error_t broker_rows(const il_graph_t *g, broker_arg_t *a)
{
    igraph_integer_t n = a->n, m = il_graph_ecount(g), e, v, need = 2 * m;
    int dir = g->directed ? 1 : 0;
    if (need > a->cap) {
        igraph_integer_t *o = realloc(a->out_nb, (size_t) (need + 1) * sizeof *o);
        igraph_integer_t *i = o ? realloc(a->in_nb, (size_t) (need + 1) * sizeof *i) : NULL;
        if (o) {
            a->out_nb = o;
        }
        if (!i) {
            IGRAPH_ERROR("Out of memory counting brokerage.", IGRAPH_ENOMEM);
        }
        a->in_nb = i;
        a->cap = need;
    }
    memset(a->out_start, 0, (size_t) (n + 2) * sizeof *a->out_start);
    memset(a->in_start, 0, (size_t) (n + 2) * sizeof *a->in_start);
    for (e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(&g->graph, e), w = IGRAPH_TO(&g->graph, e);
        if (u == w) {
            continue;
        }
        a->out_start[u + 2]++;
        a->in_start[w + 2]++;
        if (!dir) {
            a->out_start[w + 2]++;
            a->in_start[u + 2]++;
        }
    }
    for (v = 0; v < n; v++) {
        a->out_start[v + 2] += a->out_start[v + 1];
        a->in_start[v + 2] += a->in_start[v + 1];
    }
    for (e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(&g->graph, e), w = IGRAPH_TO(&g->graph, e);
        if (u == w) {
            continue;
        }
        a->out_nb[a->out_start[u + 1]++] = w;
        a->in_nb[a->in_start[w + 1]++] = u;
        if (!dir) {
            a->out_nb[a->out_start[w + 1]++] = u;
            a->in_nb[a->in_start[u + 1]++] = w;
        }
    }
    return IGRAPH_SUCCESS;
}

/*
 * Gould-Fernandez counts per node and role, and their totals, exactly as
 * il_brokerage() counts them (v brokers a -> v -> b when a != b and there
 * is no tie a -> b), on compressed rows instead of igraph adjacency lists:
 * the counts are the same and the null's samples go faster. The samples
 * of a null model are simple graphs; the observed graph is checked against
 * il_brokerage() in the unit tests.
 */
static igraph_error_t brokerage_eval(const il_graph_t *g, const il_partition_t *p, double *out,
                                     void *arg)
{
    broker_arg_t *a = arg;
    igraph_integer_t n = a->n, v, i, j, stamp = 0;
    const igraph_integer_t *mem = VECTOR(p->membership);
    int r;
    IGRAPH_CHECK(broker_rows(g, a));
    memset(a->mark, 0, (size_t) (n + 1) * sizeof *a->mark);
    memset(out, 0, (size_t) ((n + 1) * IL_BROKER_ROLES) * sizeof *out);
    for (v = 0; v < n; v++) {
        double *ov = out + v * IL_BROKER_ROLES;
        igraph_integer_t gv = mem[v];
        for (i = a->in_start[v]; i < a->in_start[v + 1]; i++) {
            igraph_integer_t x = a->in_nb[i], ga = mem[x];
            stamp++;
            for (j = a->out_start[x]; j < a->out_start[x + 1]; j++) {
                a->mark[a->out_nb[j]] = stamp;
            }
            for (j = a->out_start[v]; j < a->out_start[v + 1]; j++) {
                igraph_integer_t b = a->out_nb[j];
                if (b == x || a->mark[b] == stamp) {
                    continue;
                }
                ov[broker_role(ga, gv, mem[b])] += 1;
            }
        }
        for (r = 0; r < IL_BROKER_TOTAL; r++) {
            ov[IL_BROKER_TOTAL] += ov[r];
        }
        for (r = 0; r < IL_BROKER_ROLES; r++) {
            out[n * IL_BROKER_ROLES + r] += ov[r];
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_null_tests_add_brokerage
 * \brief Add the Gould-Fernandez counts: per node and role (node-major,
 *        roles in sna's order, total last), then the network's per role.
 *
 * \return IGRAPH_EINVAL without groups; IGRAPH_ENOMEM.
 *
 * Time complexity of one evaluation: that of il_brokerage().
 */
igraph_error_t il_null_tests_add_brokerage(il_null_tests_t *t)
{
    stat_list_t l = { NULL, 0, 0 };
    igraph_integer_t n = il_graph_vcount(t->g), v;
    broker_arg_t *ba;
    int r;
    if (!t->groups) {
        IGRAPH_ERROR("Brokerage tests need groups (--by ATTR).", IGRAPH_EINVAL);
    }
    IGRAPH_FINALLY(list_free, &l);
    for (v = 0; v < n; v++) {
        for (r = 0; r < IL_BROKER_ROLES; r++) {
            IGRAPH_CHECK(list_push(&l, stat_of("brokerage", "brokerage", IL_SUBJECT_NODE, v, -1,
                                               r)));
        }
    }
    for (r = 0; r < IL_BROKER_ROLES; r++) {
        IGRAPH_CHECK(list_push(&l, stat_of("brokerage", "brokerage", IL_SUBJECT_NETWORK, -1, -1,
                                           r)));
    }
    ba = calloc(1, sizeof *ba);
    IGRAPH_CHECK_OOM(ba, "Out of memory adding tests.");
    ba->n = n;
    ba->out_start = calloc((size_t) (n + 2), sizeof *ba->out_start);
    ba->in_start = calloc((size_t) (n + 2), sizeof *ba->in_start);
    ba->mark = calloc((size_t) (n + 1), sizeof *ba->mark);
    if (!ba->out_start || !ba->in_start || !ba->mark) {
        broker_arg_free(ba);
        IGRAPH_ERROR("Out of memory adding tests.", IGRAPH_ENOMEM);
    }
    IGRAPH_CHECK(il_null_tests_add(t, l.s, l.n, brokerage_eval, ba, broker_arg_free));
    list_free(&l);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

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
    stat_list_t l = { NULL, 0, 0 };
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
    IGRAPH_FINALLY(list_free, &l);
    for (x = -1; x < k; x++) {
        for (i = 0; i < (size_t) SCOPE_CHEAP; i++) {
            IGRAPH_CHECK(list_push(&l, stat_of("structure", scope_cheap[i],
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
        list_free(&l);
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
            IGRAPH_CHECK(list_push(&l, stat_of("structure", scope_full[i],
                                               x < 0 ? IL_SUBJECT_NETWORK : IL_SUBJECT_GROUP,
                                               x, -1, -1)));
        }
    }
    for (r = 0; r < sa->rich_rows; r++) {
        IGRAPH_CHECK(list_push(&l, stat_of("structure", "rich_club_phi", IL_SUBJECT_DEGREE, r,
                                           -1, -1)));
    }
    IGRAPH_FINALLY_CLEAN(1);
    IGRAPH_CHECK(il_null_tests_add(t, l.s, l.n, structure_eval, sa, structure_arg_free));
    list_free(&l);
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
        st[i] = stat_of("centralization", names[i], IL_SUBJECT_NETWORK, -1, -1, -1);
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
    il_null_stat_t st = stat_of("correlation", weighted ? "correlation_weighted" : "correlation",
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
