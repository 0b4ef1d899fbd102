/*
 * Coupling between groups of nodes (--by ATTR): block matrices, the
 * Krackhardt-Stern E-I index with its permutation test, per-group cohesion
 * and coupling (the loose-coupling plane), and the vulnerability of the
 * coupling (bridging ties, key actors, articulation points, minimum vertex
 * cuts). Definitions: DEFINITIONS.md "Groups", docs/metrics-groups.md.
 * Self-loops are never ties between or inside groups here: they are skipped.
 */
#include "analysis/coupling.h"
#include "analysis/partition.h"
#include "core/rng.h"
#include "core/setup.h"

#include <stdlib.h>
#include <string.h>

/** \function il_coupling_reading_name \brief The reading of the plane, as printed. */
const char *il_coupling_reading_name(il_coupling_reading_t r)
{
    switch (r) {
    case IL_READING_NO_TIES:
        return "no ties";
    case IL_READING_SINGLETON:
        return "single member";
    case IL_READING_ISOLATED:
        return "isolated";
    case IL_READING_LOOSE:
        return "loosely coupled";
    case IL_READING_DISSOLVED:
        return "dissolved";
    default:
        return "indeterminate";
    }
}

static double ei_of(double e, double i)
{
    return e + i > 0 ? (e - i) / (e + i) : NAN;
}

/* Fill expected and rescaled from the possible inside / between pairs
 * (PEERS.md 4.2): m ties placed to maximise, then minimise, E. */
static void ei_finish(il_ei_t *x, double ipos, double epos)
{
    double m = x->ties_in + x->ties_out, emax, imax, hi, lo;
    x->ei = ei_of(x->ties_out, x->ties_in);
    x->ei_weighted = ei_of(x->weight_out, x->weight_in);
    x->expected = ipos + epos > 0 ? (epos - ipos) / (epos + ipos) : NAN;
    x->rescaled = NAN;
    if (m > 0) {
        emax = m < epos ? m : epos;
        imax = m < ipos ? m : ipos;
        hi = (emax - (m - emax)) / m;
        lo = ((m - imax) - imax) / m;
        if (hi > lo) {
            x->rescaled = 2 * (x->ei - lo) / (hi - lo) - 1;
        }
    }
}

/**
 * \function il_ei_whole
 * \brief Inside and between tie counts and strengths, and the two E-I
 *        indices, for a membership array (expected/rescaled left NaN).
 *
 * Time complexity: O(m).
 */
void il_ei_whole(const il_graph_t *g, const igraph_integer_t *membership, il_ei_t *ei)
{
    igraph_integer_t m = il_graph_ecount(g), e;
    memset(ei, 0, sizeof *ei);
    for (e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(&g->graph, e), v = IGRAPH_TO(&g->graph, e);
        double w = VECTOR(g->weight)[e];
        if (u == v) {
            continue;
        }
        if (membership[u] == membership[v]) {
            ei->ties_in += 1;
            ei->weight_in += w;
        } else {
            ei->ties_out += 1;
            ei->weight_out += w;
        }
    }
    ei->ei = ei_of(ei->ties_out, ei->ties_in);
    ei->ei_weighted = ei_of(ei->weight_out, ei->weight_in);
    ei->expected = ei->rescaled = NAN;
}

/**
 * \function il_coupling_destroy
 * \brief Free a coupling result; safe on a zero-filled one.
 */
void il_coupling_destroy(il_coupling_t *res)
{
    igraph_integer_t i;
    if (res->ties.data.stor_begin) {
        igraph_matrix_destroy(&res->ties);
    }
    if (res->weight.data.stor_begin) {
        igraph_matrix_destroy(&res->weight);
    }
    if (res->density.data.stor_begin) {
        igraph_matrix_destroy(&res->density);
    }
    if (res->weighted_density.data.stor_begin) {
        igraph_matrix_destroy(&res->weighted_density);
    }
    if (res->participation.stor_begin) {
        igraph_vector_destroy(&res->participation);
    }
    if (res->participation_weighted.stor_begin) {
        igraph_vector_destroy(&res->participation_weighted);
    }
    if (res->articulation.stor_begin) {
        igraph_vector_int_destroy(&res->articulation);
    }
    if (res->articulation_pairs.stor_begin) {
        igraph_vector_destroy(&res->articulation_pairs);
    }
    if (res->articulation_pieces.stor_begin) {
        igraph_vector_int_destroy(&res->articulation_pieces);
    }
    if (res->bridges.stor_begin) {
        igraph_vector_int_destroy(&res->bridges);
    }
    if (res->pair) {
        for (i = 0; i < res->npairs; i++) {
            if (res->pair[i].cut.stor_begin) {
                igraph_vector_int_destroy(&res->pair[i].cut);
            }
        }
    }
    free(res->pair);
    free(res->group);
    free(res->node);
    il_null_tests_destroy(&res->tests);
    memset(res, 0, sizeof *res);
}

static void coupling_free(void *res)
{
    il_coupling_destroy((il_coupling_t *) res);
}

static igraph_integer_t pair_index(igraph_integer_t k, igraph_integer_t a, igraph_integer_t b)
{
    return a * k - a * (a + 1) / 2 + (b - a - 1);
}

/* Label permutations keeping group sizes (Fisher-Yates on a copy of the
 * membership); P(EI_perm >= EI_obs) and P(EI_perm <= EI_obs), plain
 * proportions over the permutations (docs/metrics-groups.md). */
static igraph_error_t ei_permutations(const il_graph_t *g, const il_partition_t *p,
                                      const il_coupling_options_t *o, il_coupling_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), r, i;
    igraph_integer_t *perm;
    double ge = 0, le = 0, gew = 0, lew = 0, tol = 1e-12;
    il_ei_t x;
    il_rng_scope_t rng;

    res->permutations = o->permutations;
    res->p_greater = res->p_less = res->p_greater_weighted = res->p_less_weighted = NAN;
    if (o->permutations <= 0 || isnan(res->whole.ei)) {
        return IGRAPH_SUCCESS;
    }
    perm = calloc((size_t) (n > 0 ? n : 1), sizeof *perm);
    IGRAPH_CHECK_OOM(perm, "Out of memory permuting groups.");
    IGRAPH_FINALLY(igraph_free, perm);
    for (i = 0; i < n; i++) {
        perm[i] = VECTOR(p->membership)[i];
    }
    IGRAPH_CHECK(il_rng_scope_begin(&rng, o->seed));
    IGRAPH_FINALLY(il_rng_scope_end, &rng);
    for (r = 0; r < o->permutations; r++) {
        for (i = n - 1; i > 0; i--) {
            igraph_integer_t j = igraph_rng_get_integer(igraph_rng_default(), 0, i), t;
            t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        il_ei_whole(g, perm, &x);
        ge += x.ei >= res->whole.ei - tol;
        le += x.ei <= res->whole.ei + tol;
        gew += x.ei_weighted >= res->whole.ei_weighted - tol;
        lew += x.ei_weighted <= res->whole.ei_weighted + tol;
        if ((r & 63) == 0) {
            il_progress("E-I permutations", (double) r / (double) o->permutations);
        }
    }
    il_progress("E-I permutations", 1.0);
    res->p_greater = ge / (double) o->permutations;
    res->p_less = le / (double) o->permutations;
    res->p_greater_weighted = gew / (double) o->permutations;
    res->p_less_weighted = lew / (double) o->permutations;
    il_rng_scope_end(&rng);
    free(perm);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

typedef struct bridge_rec {
    igraph_integer_t pair, edge;
} bridge_rec_t;

static int cmp_bridge(const void *a, const void *b)
{
    const bridge_rec_t *x = a, *y = b;
    if (x->pair != y->pair) {
        return x->pair < y->pair ? -1 : 1;
    }
    return x->edge < y->edge ? -1 : (x->edge > y->edge);
}

/* For every pair of groups: the actor carrying most of the weight of the
 * ties between them (ties go to the lower vertex index). O(m log m + n). */
static igraph_error_t pair_top_actors(const il_graph_t *g, const il_partition_t *p,
                                      il_coupling_t *res)
{
    igraph_integer_t nb = igraph_vector_int_size(&res->bridges), n = res->n, i, j;
    bridge_rec_t *rec;
    double *acc;

    rec = calloc((size_t) (nb > 0 ? nb : 1), sizeof *rec);
    IGRAPH_CHECK_OOM(rec, "Out of memory ranking bridging actors.");
    IGRAPH_FINALLY(igraph_free, rec);
    acc = calloc((size_t) (n > 0 ? n : 1), sizeof *acc);
    IGRAPH_CHECK_OOM(acc, "Out of memory ranking bridging actors.");
    IGRAPH_FINALLY(igraph_free, acc);
    for (i = 0; i < nb; i++) {
        igraph_integer_t e = VECTOR(res->bridges)[i];
        igraph_integer_t a = VECTOR(p->membership)[IGRAPH_FROM(&g->graph, e)];
        igraph_integer_t b = VECTOR(p->membership)[IGRAPH_TO(&g->graph, e)];
        rec[i].edge = e;
        rec[i].pair = a < b ? pair_index(res->k, a, b) : pair_index(res->k, b, a);
    }
    qsort(rec, (size_t) nb, sizeof *rec, cmp_bridge);
    for (i = 0; i < nb; i = j) {
        il_coupling_pair_t *pr = &res->pair[rec[i].pair];
        for (j = i; j < nb && rec[j].pair == rec[i].pair; j++) {
            igraph_integer_t e = rec[j].edge;
            acc[IGRAPH_FROM(&g->graph, e)] += VECTOR(g->weight)[e];
            acc[IGRAPH_TO(&g->graph, e)] += VECTOR(g->weight)[e];
        }
        for (j = i; j < nb && rec[j].pair == rec[i].pair; j++) {
            igraph_integer_t e = rec[j].edge, ends[2], t;
            ends[0] = IGRAPH_FROM(&g->graph, e);
            ends[1] = IGRAPH_TO(&g->graph, e);
            for (t = 0; t < 2; t++) {
                igraph_integer_t v = ends[t];
                if (acc[v] > pr->top_weight ||
                    (acc[v] == pr->top_weight && acc[v] > 0 && v < pr->top)) {
                    pr->top = v;
                    pr->top_weight = acc[v];
                }
            }
        }
        for (j = i; j < nb && rec[j].pair == rec[i].pair; j++) {
            acc[IGRAPH_FROM(&g->graph, rec[j].edge)] = 0;
            acc[IGRAPH_TO(&g->graph, rec[j].edge)] = 0;
        }
    }
    free(acc);
    free(rec);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* Minimum vertex cut between groups a and b: a maximum flow on an auxiliary
 * directed graph where every vertex v is split into v_in -> v_out
 * (capacity 1), every tie u-v becomes u_out -> v_in and v_out -> u_in
 * (capacity n + 1, i.e. never cut), a super-source feeds the v_in of
 * every member of a and the v_out of every member of b drains into a
 * super-sink. The split edges of the minimum cut are the vertices; members
 * of a or b may be among them. Ties are read without direction. */
static igraph_error_t pair_cut(const il_graph_t *g, const il_partition_t *p,
                               il_coupling_pair_t *pr)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), v, e, i;
    igraph_integer_t s = 2 * n, t = 2 * n + 1;
    igraph_vector_int_t edges, cut;
    igraph_vector_t cap;
    igraph_t fg;
    igraph_real_t value;
    double big = (double) n + 1;

    IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&cap, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&cut, 0);
    IGRAPH_CHECK(igraph_vector_int_reserve(&edges, 2 * (n + 2 * m + n)));
    IGRAPH_CHECK(igraph_vector_reserve(&cap, n + 2 * m + n));
    for (v = 0; v < n; v++) {
        igraph_vector_int_push_back(&edges, v);         /* reserved above */
        igraph_vector_int_push_back(&edges, n + v);
        igraph_vector_push_back(&cap, 1);
    }
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
        if (a == b) {
            continue;
        }
        igraph_vector_int_push_back(&edges, n + a);
        igraph_vector_int_push_back(&edges, b);
        igraph_vector_push_back(&cap, big);
        igraph_vector_int_push_back(&edges, n + b);
        igraph_vector_int_push_back(&edges, a);
        igraph_vector_push_back(&cap, big);
    }
    for (v = 0; v < n; v++) {
        if (VECTOR(p->membership)[v] == pr->a) {
            igraph_vector_int_push_back(&edges, s);
            igraph_vector_int_push_back(&edges, v);
            igraph_vector_push_back(&cap, big);
        } else if (VECTOR(p->membership)[v] == pr->b) {
            igraph_vector_int_push_back(&edges, n + v);
            igraph_vector_int_push_back(&edges, t);
            igraph_vector_push_back(&cap, big);
        }
    }
    IGRAPH_CHECK(igraph_create(&fg, &edges, 2 * n + 2, IGRAPH_DIRECTED));
    IGRAPH_FINALLY(igraph_destroy, &fg);
    IGRAPH_CHECK(igraph_maxflow(&fg, &value, /* flow = */ NULL, &cut, /* partition = */ NULL,
                                /* partition2 = */ NULL, s, t, &cap, /* stats = */ NULL));
    IGRAPH_CHECK(igraph_vector_int_init(&pr->cut, 0));
    for (i = 0; i < igraph_vector_int_size(&cut); i++) {
        igraph_integer_t ce = VECTOR(cut)[i];
        if (ce < n) {       /* a split edge: vertex ce */
            IGRAPH_CHECK(igraph_vector_int_push_back(&pr->cut, ce));
        }
    }
    igraph_vector_int_sort(&pr->cut);
    pr->cut_size = igraph_vector_int_size(&pr->cut);
    igraph_destroy(&fg);
    igraph_vector_int_destroy(&cut);
    igraph_vector_destroy(&cap);
    igraph_vector_int_destroy(&edges);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

/* Articulation points whose removal disconnects nodes of different groups:
 * for each, the pieces its component falls into and the number of
 * cross-group node pairs (neither the point itself) no longer connected.
 * O(a (n + m)) for a articulation points; skipped (articulation_done = 0)
 * above IL_COUPLING_MAX_ARTICULATION_WORK. */
static igraph_error_t group_articulation(const il_graph_t *g, const il_partition_t *p,
                                         il_coupling_t *res)
{
    igraph_integer_t n = res->n, k = res->k, i, j;
    igraph_vector_int_t aps, queue, touched;
    igraph_adjlist_t al;
    igraph_integer_t *mark;
    double *cnt, *tot;

    IGRAPH_VECTOR_INT_INIT_FINALLY(&aps, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&queue, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&touched, 0);
    IGRAPH_CHECK(igraph_articulation_points(&g->graph, &aps));
    igraph_vector_int_sort(&aps);
    if ((double) igraph_vector_int_size(&aps) * (double) (n + il_graph_ecount(g))
        > IL_COUPLING_MAX_ARTICULATION_WORK) {
        igraph_vector_int_destroy(&touched);
        igraph_vector_int_destroy(&queue);
        igraph_vector_int_destroy(&aps);
        IGRAPH_FINALLY_CLEAN(3);
        return IGRAPH_SUCCESS;      /* articulation_done stays 0 */
    }
    res->articulation_done = 1;
    IGRAPH_CHECK(igraph_adjlist_init(&g->graph, &al, IGRAPH_ALL, IGRAPH_NO_LOOPS,
                                     IGRAPH_NO_MULTIPLE));
    IGRAPH_FINALLY(igraph_adjlist_destroy, &al);
    mark = calloc((size_t) (n > 0 ? n : 1), sizeof *mark);
    IGRAPH_CHECK_OOM(mark, "Out of memory finding articulation points.");
    IGRAPH_FINALLY(igraph_free, mark);
    cnt = calloc((size_t) k, sizeof *cnt);
    IGRAPH_CHECK_OOM(cnt, "Out of memory finding articulation points.");
    IGRAPH_FINALLY(igraph_free, cnt);
    tot = calloc((size_t) k, sizeof *tot);
    IGRAPH_CHECK_OOM(tot, "Out of memory finding articulation points.");
    IGRAPH_FINALLY(igraph_free, tot);

    for (i = 0; i < igraph_vector_int_size(&aps); i++) {
        igraph_integer_t ap = VECTOR(aps)[i], pieces = 0, grp;
        igraph_vector_int_t *nei = igraph_adjlist_get(&al, ap);
        double size_sum = 0, size_sq = 0, same_sq_piece = 0, same_sq_all = 0, cross;

        mark[ap] = i + 1;
        for (grp = 0; grp < k; grp++) {
            tot[grp] = 0;
        }
        for (j = 0; j < igraph_vector_int_size(nei); j++) {
            igraph_integer_t start = VECTOR(*nei)[j], head = 0, piece = 0, c;
            if (mark[start] == i + 1) {
                continue;
            }
            pieces++;
            igraph_vector_int_clear(&queue);
            igraph_vector_int_clear(&touched);
            IGRAPH_CHECK(igraph_vector_int_push_back(&queue, start));
            mark[start] = i + 1;
            while (head < igraph_vector_int_size(&queue)) {
                igraph_integer_t u = VECTOR(queue)[head++], q;
                igraph_vector_int_t *un = igraph_adjlist_get(&al, u);
                grp = VECTOR(p->membership)[u];
                if (cnt[grp] == 0) {
                    IGRAPH_CHECK(igraph_vector_int_push_back(&touched, grp));
                }
                cnt[grp] += 1;
                piece++;
                for (q = 0; q < igraph_vector_int_size(un); q++) {
                    igraph_integer_t w = VECTOR(*un)[q];
                    if (mark[w] != i + 1) {
                        mark[w] = i + 1;
                        IGRAPH_CHECK(igraph_vector_int_push_back(&queue, w));
                    }
                }
            }
            size_sum += piece;
            size_sq += (double) piece * piece;
            for (c = 0; c < igraph_vector_int_size(&touched); c++) {
                grp = VECTOR(touched)[c];
                same_sq_piece += cnt[grp] * cnt[grp];
                tot[grp] += cnt[grp];
                cnt[grp] = 0;
            }
        }
        for (grp = 0; grp < k; grp++) {
            same_sq_all += tot[grp] * tot[grp];
        }
        /* pairs in different pieces, minus those of the same group */
        cross = ((size_sum * size_sum - size_sq) - (same_sq_all - same_sq_piece)) / 2;
        if (cross > 0) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&res->articulation, ap));
            IGRAPH_CHECK(igraph_vector_push_back(&res->articulation_pairs, cross));
            IGRAPH_CHECK(igraph_vector_int_push_back(&res->articulation_pieces, pieces));
        }
        if ((i & 63) == 0) {
            il_progress("articulation points",
                        (double) i / (double) igraph_vector_int_size(&aps));
        }
    }
    free(tot);
    free(cnt);
    free(mark);
    igraph_adjlist_destroy(&al);
    igraph_vector_int_destroy(&touched);
    igraph_vector_int_destroy(&queue);
    igraph_vector_int_destroy(&aps);
    IGRAPH_FINALLY_CLEAN(7);
    return IGRAPH_SUCCESS;
}

/*
 * The reading of one group (coupling.h; docs/metrics-groups.md, "Loose
 * coupling"): its cohesion (inside weighted density) tested two-sided at
 * level alpha against the null, and its coupling share against the
 * null's mean.
 */
static il_coupling_reading_t read_plane(const il_coupling_group_t *gr, int tested, double alpha,
                                        double isolated_below)
{
    if (gr->ei.weight_in + gr->ei.weight_out <= 0) {
        return IL_READING_NO_TIES;
    }
    if (gr->size < 2) {
        return IL_READING_SINGLETON;
    }
    if (!tested || isnan(gr->cohesion_p) || !(gr->cohesion_p < alpha)) {
        return IL_READING_INDETERMINATE;
    }
    if (gr->cohesion_p_less < gr->cohesion_p_greater) {
        return IL_READING_DISSOLVED;    /* less weight inside than chance gives */
    }
    return isnan(gr->coupling_ratio) || gr->coupling_ratio < isolated_below
           ? IL_READING_ISOLATED : IL_READING_LOOSE;
}

/* The coupling statistics against the null (opts->null; seed opts->seed)
 * and each group's cohesion and coupling relative to it. */
static igraph_error_t coupling_test(const il_graph_t *g, const il_partition_t *p,
                                    const il_coupling_options_t *opts, il_coupling_t *res)
{
    il_null_options_t no = opts->null;
    igraph_integer_t a;
    const il_null_tests_t *t = &res->tests;
    no.seed = opts->seed;
    IGRAPH_CHECK(il_null_tests_init(&res->tests, g, p, NULL, &no));
    IGRAPH_CHECK(il_null_tests_add_groups(&res->tests, IL_NULL_COUPLING));
    IGRAPH_CHECK(il_null_tests_run(&res->tests));
    res->tested = no.samples > 0;
    for (a = 0; a < res->k; a++) {
        il_coupling_group_t *gr = &res->group[a];
        igraph_integer_t i = il_null_tests_find(t, "coupling", "weighted_density",
                                                IL_SUBJECT_GROUP, a, -1, -1);
        igraph_integer_t j = il_null_tests_find(t, "coupling", "coupling_share",
                                                IL_SUBJECT_GROUP, a, -1, -1);
        gr->cohesion_expected = VECTOR(t->mean)[i];
        gr->coupling_expected = VECTOR(t->mean)[j];
        gr->cohesion_ratio = gr->cohesion_expected > 0
                             ? gr->weighted_density / gr->cohesion_expected : NAN;
        gr->coupling_ratio = gr->coupling_expected > 0
                             ? gr->coupling_share / gr->coupling_expected : NAN;
        gr->cohesion_z = VECTOR(t->z)[i];
        gr->cohesion_percentile = VECTOR(t->percentile)[i];
        gr->cohesion_p_greater = VECTOR(t->p_greater)[i];
        gr->cohesion_p_less = VECTOR(t->p_less)[i];
        gr->cohesion_p = VECTOR(t->p_two)[i];
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_coupling_reading_evidence
 * \brief The test behind a group's reading, in one sentence: its cohesion
 *        against the null's mean and spread with the two-sided p, the null
 *        and its samples, and its coupling as a share of the null's.
 */
void il_coupling_reading_evidence(const il_coupling_t *c, igraph_integer_t g, char *buf,
                                  size_t size)
{
    const il_coupling_group_t *gr = &c->group[g];
    const il_null_run_t *run = NULL;
    int k;
    if (gr->reading == IL_READING_NO_TIES || gr->reading == IL_READING_SINGLETON) {
        snprintf(buf, size, "no test: %s", gr->reading == IL_READING_NO_TIES
                 ? "the group has no ties" : "one member has no inside density");
        return;
    }
    if (!c->tested) {
        snprintf(buf, size, "no test was run (null samples 0)");
        return;
    }
    for (k = 0; k < IL_NULL_MODELS; k++) {
        if (c->tests.run[k].done) {
            run = &c->tests.run[k];
            break;
        }
    }
    snprintf(buf, size, "cohesion %.4g against %.4g +/- %.2g under the %s null "
             "(%ld samples): two-sided p %.3g %s alpha %.3g; coupling %.4g is %.2f of the "
             "null's %.4g (isolated below %.2f)", gr->weighted_density, gr->cohesion_expected,
             c->tests.stat ? VECTOR(c->tests.sd)[il_null_tests_find(&c->tests, "coupling",
                                                   "weighted_density", IL_SUBJECT_GROUP, g, -1, -1)] : NAN,
             il_null_model_name(k < IL_NULL_MODELS ? (il_null_model_t) k : IL_NULL_DEFAULT),
             (long) (run ? run->samples : 0), gr->cohesion_p,
             gr->cohesion_p < c->alpha ? "<" : ">=", c->alpha, gr->coupling_share,
             gr->coupling_ratio, gr->coupling_expected, c->isolated_below);
}

/* One pass over the ties: block matrices, E-I counts per group and node,
 * the ties between groups (res->bridges); returns the total strength. */
static igraph_error_t coupling_tally(const il_graph_t *g, const igraph_integer_t *mem,
                                     il_coupling_t *res, double *wtotal)
{
    igraph_integer_t m = il_graph_ecount(g), e, a, b;
    int dir = res->directed ? 1 : 0;

    *wtotal = 0;
    for (e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(&g->graph, e), w2 = IGRAPH_TO(&g->graph, e);
        double w = VECTOR(g->weight)[e];
        il_ei_t *gu, *gv, *nu = &res->node[u], *nv = &res->node[w2];
        if (u == w2) {
            continue;
        }
        a = mem[u];
        b = mem[w2];
        gu = &res->group[a].ei;
        gv = &res->group[b].ei;
        *wtotal += w;
        MATRIX(res->ties, a, b) += 1;
        MATRIX(res->weight, a, b) += w;
        if (a == b) {
            gu->ties_in += 1;
            gu->weight_in += w;
            nu->ties_in += 1;
            nu->weight_in += w;
            nv->ties_in += 1;
            nv->weight_in += w;
        } else {
            if (!dir) {
                MATRIX(res->ties, b, a) += 1;
                MATRIX(res->weight, b, a) += w;
            }
            gu->ties_out += 1;
            gu->weight_out += w;
            gv->ties_out += 1;
            gv->weight_out += w;
            nu->ties_out += 1;
            nu->weight_out += w;
            nv->ties_out += 1;
            nv->weight_out += w;
            IGRAPH_CHECK(igraph_vector_int_push_back(&res->bridges, e));
        }
    }
    return IGRAPH_SUCCESS;
}

/* Densities over possible pairs (DEFINITIONS.md, "Groups"); returns the
 * possible pairs inside groups. \p f: 1 directed, 1/2 undirected. */
static double coupling_densities(const il_partition_t *p, double f, il_coupling_t *res)
{
    igraph_integer_t a, b, k = res->k;
    double ipos = 0;
    for (a = 0; a < k; a++) {
        double na = (double) VECTOR(p->size)[a];
        ipos += na * (na - 1) * f;
        for (b = 0; b < k; b++) {
            double nb = (double) VECTOR(p->size)[b];
            double pairs = a == b ? na * (na - 1) * f : na * nb;
            MATRIX(res->density, a, b) = pairs > 0 ? MATRIX(res->ties, a, b) / pairs : NAN;
            MATRIX(res->weighted_density, a, b) =
                pairs > 0 ? MATRIX(res->weight, a, b) / pairs : NAN;
        }
    }
    return ipos;
}

/* Groups and nodes: E-I over ties with an end in them, cohesion, coupling
 * and the reading of the plane. */
static void coupling_groups(const il_partition_t *p, double f, il_coupling_t *res)
{
    igraph_integer_t a, v, n = res->n, k = res->k;
    const igraph_integer_t *mem = VECTOR(p->membership);
    for (a = 0; a < k; a++) {
        il_coupling_group_t *gr = &res->group[a];
        double na = (double) VECTOR(p->size)[a];
        gr->size = VECTOR(p->size)[a];
        ei_finish(&gr->ei, na * (na - 1) * f, na * ((double) n - na) * 2 * f);
        gr->density = MATRIX(res->density, a, a);
        gr->weighted_density = MATRIX(res->weighted_density, a, a);
        gr->coupling_share = gr->ei.weight_in + gr->ei.weight_out > 0
                             ? gr->ei.weight_out / (gr->ei.weight_in + gr->ei.weight_out) : NAN;
    }
    for (v = 0; v < n; v++) {
        double na = (double) VECTOR(p->size)[mem[v]];
        ei_finish(&res->node[v], na - 1, (double) n - na);
        if (res->node[v].ties_out > 0) {
            res->group[mem[v]].bridging++;
        }
    }
}

/* Vulnerability: pairs of groups, their key actors, minimum vertex cuts
 * (when asked for and within the work limits) and articulation points. */
static igraph_error_t coupling_vulnerability(const il_graph_t *g, const il_partition_t *p,
                                             const il_coupling_options_t *opts,
                                             il_coupling_t *res)
{
    igraph_integer_t a, b, i, k = res->k, n = res->n, m = il_graph_ecount(g);
    int dir = res->directed ? 1 : 0;
    for (a = 0; a < k; a++) {
        for (b = a + 1; b < k; b++) {
            il_coupling_pair_t *pr = &res->pair[pair_index(k, a, b)];
            pr->a = a;
            pr->b = b;
            pr->ties = MATRIX(res->ties, a, b) + (dir ? MATRIX(res->ties, b, a) : 0);
            pr->weight = MATRIX(res->weight, a, b) + (dir ? MATRIX(res->weight, b, a) : 0);
            pr->top = -1;
            pr->cut_size = -1;
        }
    }
    if (!opts->vulnerability) {
        return IGRAPH_SUCCESS;      /* cuts_done and articulation_done stay 0 */
    }
    IGRAPH_CHECK(pair_top_actors(g, p, res));
    /* one maximum flow per pair on a graph of 2n + 2 vertices: skip the cuts
     * (cuts_done = 0, reported) when that work is out of proportion */
    if (opts->cuts && res->npairs <= IL_COUPLING_MAX_CUT_PAIRS &&
        (double) res->npairs * (double) (n + m) <= IL_COUPLING_MAX_CUT_WORK) {
        res->cuts_done = 1;
        for (i = 0; i < res->npairs; i++) {
            IGRAPH_CHECK(pair_cut(g, p, &res->pair[i]));
            il_progress("minimum vertex cuts", (double) (i + 1) / (double) res->npairs);
        }
    }
    IGRAPH_CHECK(group_articulation(g, p, res));
    return IGRAPH_SUCCESS;
}

/* Allocate the members of a k-group coupling result over n nodes (the
 * caller has registered il_coupling_destroy()). */
static igraph_error_t coupling_alloc(il_coupling_t *res, igraph_integer_t n, igraph_integer_t k)
{
    IGRAPH_CHECK(igraph_matrix_init(&res->ties, k, k));
    IGRAPH_CHECK(igraph_matrix_init(&res->weight, k, k));
    IGRAPH_CHECK(igraph_matrix_init(&res->density, k, k));
    IGRAPH_CHECK(igraph_matrix_init(&res->weighted_density, k, k));
    IGRAPH_CHECK(igraph_vector_init(&res->participation, n));
    IGRAPH_CHECK(igraph_vector_init(&res->participation_weighted, n));
    IGRAPH_CHECK(igraph_vector_int_init(&res->articulation, 0));
    IGRAPH_CHECK(igraph_vector_init(&res->articulation_pairs, 0));
    IGRAPH_CHECK(igraph_vector_int_init(&res->articulation_pieces, 0));
    IGRAPH_CHECK(igraph_vector_int_init(&res->bridges, 0));
    res->group = calloc((size_t) k, sizeof *res->group);
    IGRAPH_CHECK_OOM(res->group, "Out of memory computing coupling.");
    res->node = calloc((size_t) (n > 0 ? n : 1), sizeof *res->node);
    IGRAPH_CHECK_OOM(res->node, "Out of memory computing coupling.");
    res->npairs = k * (k - 1) / 2;
    res->pair = calloc((size_t) res->npairs, sizeof *res->pair);
    IGRAPH_CHECK_OOM(res->pair, "Out of memory computing coupling.");
    return IGRAPH_SUCCESS;
}

/**
 * \function il_coupling
 * \brief Everything between the groups of a partition: block matrices,
 *        E-I at network, group and node level, the loose-coupling plane and
 *        the vulnerability of the coupling.
 *
 * \param g     The graph; weights are tie strengths. Self-loops are skipped.
 * \param p     A partition with at least two groups (il_groups_require_two).
 * \param opts  Permutations and seed for the E-I test, the null-model
 *              tests behind the readings (opts->null, seeded with
 *              opts->seed) and the isolated threshold, whether to compute
 *              minimum vertex cuts, and whether to compute the
 *              vulnerability tables at all (key actors, cuts, articulation
 *              points; a panel of windows skips them).
 * \param res   Uninitialised; destroy with il_coupling_destroy().
 * \return IGRAPH_EINVAL for fewer than two groups; IGRAPH_ENOMEM.
 *
 * Time complexity: O(m + k^2) for the blocks and E-I, O(R m) for R
 * permutations, O(S (swaps_per_edge m + n + k^2)) for S null samples, O(a (n + m)) for a articulation points (skipped above
 * IL_COUPLING_MAX_ARTICULATION_WORK), and k(k-1)/2 maximum flows on a
 * graph of 2n + 2 vertices for the cuts (at most IL_COUPLING_MAX_CUT_PAIRS
 * pairs; more are skipped, cuts_done = 0).
 */
igraph_error_t il_coupling(const il_graph_t *g, const il_partition_t *p,
                           const il_coupling_options_t *opts, il_coupling_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), k = p->k;
    const igraph_integer_t *mem = VECTOR(p->membership);
    double f = g->directed ? 1.0 : 0.5;   /* possible pairs: n(n-1) directed, half undirected */
    double ipos, allpairs, wtotal;
    igraph_integer_t i;

    memset(res, 0, sizeof *res);
    if (!(opts->isolated_below >= 0)) {
        IGRAPH_ERROR("The isolated threshold must be a share >= 0.", IGRAPH_EINVAL);
    }
    if (k < 2) {
        IGRAPH_ERROR("Between-group measures need at least two groups.", IGRAPH_EINVAL);
    }
    IGRAPH_FINALLY(coupling_free, res);
    res->n = n;
    res->k = k;
    res->directed = g->directed ? 1 : 0;
    IGRAPH_CHECK(coupling_alloc(res, n, k));
    IGRAPH_CHECK(coupling_tally(g, mem, res, &wtotal));
    ipos = coupling_densities(p, f, res);
    allpairs = (double) n * (double) (n - 1) * f;

    /* Whole network E-I with its expectation and rescaling. */
    il_ei_whole(g, mem, &res->whole);
    ei_finish(&res->whole, ipos, allpairs - ipos);

    coupling_groups(p, f, res);
    IGRAPH_CHECK(coupling_test(g, p, opts, res));
    res->alpha = opts->null.alpha;
    res->isolated_below = opts->isolated_below;
    for (i = 0; i < k; i++) {
        res->group[i].reading = read_plane(&res->group[i], res->tested, res->alpha,
                                           res->isolated_below);
    }
    IGRAPH_CHECK(il_participation(g, p, 0, &res->participation));
    IGRAPH_CHECK(il_participation(g, p, 1, &res->participation_weighted));
    IGRAPH_CHECK(ei_permutations(g, p, opts, res));
    IGRAPH_CHECK(coupling_vulnerability(g, p, opts, res));
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
