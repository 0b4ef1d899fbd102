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
 *  - structure, centralization and correlation: analysis/null_shape.c.
 */
#include "analysis/nulls.h"
#include "analysis/nulls_internal.h"
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

/** \function il_i_null_stat \brief A statistic descriptor under its default null. */
il_null_stat_t il_i_null_stat(const char *family, const char *name, il_null_subject_t subject,
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

/** \function il_i_null_list_push \brief Append \p x to \p l (grown by doubling). */
igraph_error_t il_i_null_list_push(il_i_null_list_t *l, il_null_stat_t x)
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

/** \function il_i_null_list_free \brief Free a list (an il_i_null_list_t *). */
void il_i_null_list_free(void *l)
{
    free(((il_i_null_list_t *) l)->s);
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
    il_i_null_list_t l = { NULL, 0, 0 };
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
    IGRAPH_FINALLY(il_i_null_list_free, &l);
    if (what & IL_NULL_COUPLING) {
        IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("coupling", "ei_index", IL_SUBJECT_NETWORK, -1, -1, -1)));
        IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("coupling", "ei_index_weighted", IL_SUBJECT_NETWORK,
                                           -1, -1, -1)));
        for (x = 0; x < k; x++) {
            size_t i;
            for (i = 0; i < sizeof per_group / sizeof per_group[0]; i++) {
                IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("coupling", per_group[i], IL_SUBJECT_GROUP,
                                                   x, -1, -1)));
            }
        }
        for (x = 0; x < k; x++) {
            for (y = dir ? 0 : x + 1; y < k; y++) {
                if (y == x) {
                    continue;
                }
                IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("coupling", "block_density", IL_SUBJECT_PAIR,
                                                   x, y, -1)));
                IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("coupling", "block_weighted_density",
                                                   IL_SUBJECT_PAIR, x, y, -1)));
            }
        }
        for (v = 0; v < n; v++) {
            IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("coupling", "ei_index", IL_SUBJECT_NODE, v, -1,
                                               -1)));
        }
    }
    if (what & IL_NULL_MIXING) {
        IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("mixing", "assortativity", IL_SUBJECT_NETWORK, -1,
                                           -1, -1)));
        IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("mixing", "assortativity_weighted",
                                           IL_SUBJECT_NETWORK, -1, -1, -1)));
        IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("mixing", "modularity", IL_SUBJECT_NETWORK, -1, -1,
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
    il_i_null_list_free(&l);
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
    il_i_null_list_t l = { NULL, 0, 0 };
    igraph_integer_t n = il_graph_vcount(t->g), v;
    broker_arg_t *ba;
    int r;
    if (!t->groups) {
        IGRAPH_ERROR("Brokerage tests need groups (--by ATTR).", IGRAPH_EINVAL);
    }
    IGRAPH_FINALLY(il_i_null_list_free, &l);
    for (v = 0; v < n; v++) {
        for (r = 0; r < IL_BROKER_ROLES; r++) {
            IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("brokerage", "brokerage", IL_SUBJECT_NODE, v, -1,
                                               r)));
        }
    }
    for (r = 0; r < IL_BROKER_ROLES; r++) {
        IGRAPH_CHECK(il_i_null_list_push(&l, il_i_null_stat("brokerage", "brokerage", IL_SUBJECT_NETWORK, -1, -1,
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
    il_i_null_list_free(&l);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
