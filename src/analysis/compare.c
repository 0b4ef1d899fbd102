/*
 * Snapshots of a network, before and after a cooperation programme: actors
 * aligned by id, ties gained, lost, strengthened and weakened, and the QAP
 * correlation of the two networks (Krackhardt 1987; sna::gcor, qaptest).
 */
#include "analysis/compare.h"
#include "analysis/coupling.h"
#include "core/rng.h"
#include "core/setup.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void alignment_free(void *p)
{
    il_alignment_destroy((il_alignment_t *) p);
}

/**
 * \function il_alignment_init
 * \brief Align the actors of two snapshots by their ids (byte for byte).
 *
 * Union indices give before's vertices first, in order, then after's new
 * ones. \return IGRAPH_ENOMEM. Destroy with il_alignment_destroy().
 * Time complexity: O(n_before + n_after) expected.
 */
igraph_error_t il_alignment_init(il_alignment_t *al, const il_graph_t *before,
                                 const il_graph_t *after)
{
    igraph_integer_t na = il_graph_vcount(before), nb = il_graph_vcount(after), v, n;
    uint32_t id;

    memset(al, 0, sizeof *al);
    IGRAPH_FINALLY(alignment_free, al);
    IGRAPH_CHECK(il_strtab_init(&al->ids));
    IGRAPH_CHECK(igraph_vector_int_init(&al->of_before, na));
    IGRAPH_CHECK(igraph_vector_int_init(&al->of_after, nb));
    IGRAPH_CHECK(igraph_vector_int_init(&al->in_before, 0));
    IGRAPH_CHECK(igraph_vector_int_init(&al->in_after, 0));
    for (v = 0; v < na; v++) {
        const char *s = il_graph_vertex_id(before, v);
        IGRAPH_CHECK(il_strtab_intern(&al->ids, s, strlen(s), &id, NULL));
        VECTOR(al->of_before)[v] = id;
    }
    for (v = 0; v < nb; v++) {
        const char *s = il_graph_vertex_id(after, v);
        IGRAPH_CHECK(il_strtab_intern(&al->ids, s, strlen(s), &id, NULL));
        VECTOR(al->of_after)[v] = id;
    }
    n = il_strtab_size(&al->ids);
    IGRAPH_CHECK(igraph_vector_int_resize(&al->in_before, n));
    IGRAPH_CHECK(igraph_vector_int_resize(&al->in_after, n));
    igraph_vector_int_fill(&al->in_before, -1);
    igraph_vector_int_fill(&al->in_after, -1);
    for (v = 0; v < na; v++) {
        VECTOR(al->in_before)[VECTOR(al->of_before)[v]] = v;
    }
    for (v = 0; v < nb; v++) {
        VECTOR(al->in_after)[VECTOR(al->of_after)[v]] = v;
    }
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_alignment_destroy
 * \brief Free an alignment; safe on a zero-filled one.
 */
void il_alignment_destroy(il_alignment_t *al)
{
    igraph_vector_int_t *v[4] = { &al->in_before, &al->in_after, &al->of_before, &al->of_after };
    int i;
    for (i = 0; i < 4; i++) {
        if (v[i]->stor_begin) {
            igraph_vector_int_destroy(v[i]);
        }
    }
    il_strtab_destroy(&al->ids);
    memset(al, 0, sizeof *al);
}

/* Weight of the tie between union actors u and v in g (0 when absent). */
static double tie_weight(const il_graph_t *g, const igraph_vector_int_t *in_g,
                         igraph_integer_t u, igraph_integer_t v)
{
    igraph_integer_t a = VECTOR(*in_g)[u], b = VECTOR(*in_g)[v], e;
    if (a < 0 || b < 0) {
        return 0.0;
    }
    igraph_get_eid(&g->graph, &e, a, b, g->directed, /* error = */ false);
    return e < 0 ? 0.0 : VECTOR(g->weight)[e];
}

static void count_change(il_tie_counts_t *c, double wb, double wa)
{
    if (wb == 0) {
        c->gained++;
        c->weight_gained += wa;
    } else if (wa == 0) {
        c->lost++;
        c->weight_lost += wb;
    } else if (wa > wb) {
        c->strengthened++;
        c->weight_up += wa - wb;
    } else if (wa < wb) {
        c->weakened++;
        c->weight_down += wb - wa;
    } else {
        c->unchanged++;
    }
}

static void changes_free(void *p)
{
    il_tie_changes_destroy((il_tie_changes_t *) p);
}

/* Tally the change of one tie u-v (union indices) everywhere it counts. */
static void tally(il_tie_changes_t *res, const igraph_vector_int_t *group_of, int directed,
                  igraph_integer_t u, igraph_integer_t v, double wb, double wa)
{
    count_change(&res->all, wb, wa);
    if (group_of) {
        igraph_integer_t g = VECTOR(*group_of)[u], h = VECTOR(*group_of)[v];
        if (!directed && g > h) {
            igraph_integer_t t = g;
            g = h;
            h = t;
        }
        count_change(&res->pair[g * res->k + h], wb, wa);
    }
}

/**
 * \function il_compare_ties
 * \brief Ties gained, lost, strengthened, weakened and unchanged.
 *
 * A tie is a pair of aligned actors (ordered when the snapshots are
 * directed). Self-loops are ignored. An entrant has ties after but none
 * before; a leaver the reverse.
 *
 * \param group_of  Union index -> group (0..k-1), or NULL: then only the
 *                  overall counts are made. Per pair of groups, counts go to
 *                  pair[g*k+h] with g <= h for undirected snapshots.
 * \return IGRAPH_EINVAL if the snapshots differ in directedness; IGRAPH_ENOMEM.
 *
 * Time complexity: O((m_before + m_after) log d).
 */
igraph_error_t il_compare_ties(const il_graph_t *before, const il_graph_t *after,
                               const il_alignment_t *al, const igraph_vector_int_t *group_of,
                               igraph_integer_t k, il_tie_changes_t *res)
{
    igraph_integer_t n = il_strtab_size(&al->ids), e, u;
    igraph_vector_int_t deg_b, deg_a;

    if (before->directed != after->directed) {
        IGRAPH_ERROR("Both snapshots must be directed, or both undirected.", IGRAPH_EINVAL);
    }
    memset(res, 0, sizeof *res);
    IGRAPH_FINALLY(changes_free, res);
    IGRAPH_CHECK(igraph_vector_int_init(&res->entrants, 0));
    IGRAPH_CHECK(igraph_vector_int_init(&res->leavers, 0));
    if (group_of) {
        res->k = k;
        res->pair = calloc((size_t) (k > 0 ? k * k : 1), sizeof *res->pair);
        IGRAPH_CHECK_OOM(res->pair, "Out of memory comparing ties.");
    }
    IGRAPH_VECTOR_INT_INIT_FINALLY(&deg_b, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&deg_a, n);

    for (e = 0; e < il_graph_ecount(before); e++) {     /* lost, kept */
        igraph_integer_t a = IGRAPH_FROM(&before->graph, e), b = IGRAPH_TO(&before->graph, e);
        igraph_integer_t ua = VECTOR(al->of_before)[a], ub = VECTOR(al->of_before)[b];
        if (a == b) {
            continue;
        }
        VECTOR(deg_b)[ua]++;
        VECTOR(deg_b)[ub]++;
        tally(res, group_of, before->directed, ua, ub, VECTOR(before->weight)[e],
              tie_weight(after, &al->in_after, ua, ub));
    }
    for (e = 0; e < il_graph_ecount(after); e++) {      /* gained */
        igraph_integer_t a = IGRAPH_FROM(&after->graph, e), b = IGRAPH_TO(&after->graph, e);
        igraph_integer_t ua = VECTOR(al->of_after)[a], ub = VECTOR(al->of_after)[b];
        if (a == b) {
            continue;
        }
        VECTOR(deg_a)[ua]++;
        VECTOR(deg_a)[ub]++;
        if (tie_weight(before, &al->in_before, ua, ub) == 0) {
            tally(res, group_of, after->directed, ua, ub, 0.0, VECTOR(after->weight)[e]);
        }
    }
    for (u = 0; u < n; u++) {
        if (VECTOR(deg_b)[u] == 0 && VECTOR(deg_a)[u] > 0) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&res->entrants, u));
        } else if (VECTOR(deg_b)[u] > 0 && VECTOR(deg_a)[u] == 0) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&res->leavers, u));
        }
    }
    igraph_vector_int_destroy(&deg_a);
    igraph_vector_int_destroy(&deg_b);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_tie_changes_destroy
 * \brief Free a tie-change result; safe on a zero-filled one.
 */
void il_tie_changes_destroy(il_tie_changes_t *res)
{
    if (res->entrants.stor_begin) {
        igraph_vector_int_destroy(&res->entrants);
    }
    if (res->leavers.stor_begin) {
        igraph_vector_int_destroy(&res->leavers);
    }
    free(res->pair);
    memset(res, 0, sizeof *res);
}

/* Sum over before's ties of x_uv * y_{pi(u) pi(v)}. */
static double cross_sum(const il_graph_t *before, const il_graph_t *after,
                        const il_alignment_t *al, const igraph_integer_t *perm, int weighted)
{
    igraph_integer_t e;
    double s = 0;
    for (e = 0; e < il_graph_ecount(before); e++) {
        igraph_integer_t a = IGRAPH_FROM(&before->graph, e), b = IGRAPH_TO(&before->graph, e);
        igraph_integer_t ua = VECTOR(al->of_before)[a], ub = VECTOR(al->of_before)[b];
        double x = weighted ? VECTOR(before->weight)[e] : 1.0, y;
        if (a == b) {
            continue;
        }
        y = tie_weight(after, &al->in_after, perm ? perm[ua] : ua, perm ? perm[ub] : ub);
        s += x * (weighted ? y : (y > 0));
    }
    return s;
}

static void moments(const il_graph_t *g, int weighted, double *s1, double *s2)
{
    igraph_integer_t e;
    *s1 = *s2 = 0;
    for (e = 0; e < il_graph_ecount(g); e++) {
        double w = weighted ? VECTOR(g->weight)[e] : 1.0;
        if (IGRAPH_FROM(&g->graph, e) == IGRAPH_TO(&g->graph, e)) {
            continue;
        }
        *s1 += w;
        *s2 += w * w;
    }
}

/**
 * \function il_qap_correlation
 * \brief Pearson correlation of two networks' adjacency matrices, with a
 *        QAP permutation test.
 *
 * Cells are the ordered (directed) or unordered (undirected) pairs of
 * distinct aligned actors; an actor missing from one snapshot has zeros
 * there. Cell values are tie strengths (\p weighted) or 0/1. The test
 * permutes the actors of one matrix (rows and columns together) and reports
 * the shares of permutations with r at least / at most the observed value,
 * as sna::qaptest's pgreq and pleeq. r is NaN when either matrix is
 * constant (for example without ties).
 *
 * \param permutations  Number of random permutations (0: no test, p NaN).
 * \param seed          Seed of the permutations (a generator of their own:
 *                      igraph's default generator is left as it was).
 * \return IGRAPH_EINVAL for snapshots of different directedness; IGRAPH_ENOMEM.
 *
 * Time complexity: O(P m log d) for P permutations.
 */
igraph_error_t il_qap_correlation(const il_graph_t *before, const il_graph_t *after,
                                  const il_alignment_t *al, int weighted,
                                  igraph_integer_t permutations, igraph_uint_t seed,
                                  il_qap_t *res)
{
    igraph_integer_t n = il_strtab_size(&al->ids), p, ge = 0, le = 0;
    double cells, sx, sxx, sy, syy, den;
    igraph_vector_int_t perm;
    il_rng_scope_t rng;

    if (before->directed != after->directed) {
        IGRAPH_ERROR("Both snapshots must be directed, or both undirected.", IGRAPH_EINVAL);
    }
    res->permutations = permutations;
    cells = before->directed ? (double) n * (n - 1) : (double) n * (n - 1) / 2.0;
    moments(before, weighted, &sx, &sxx);
    moments(after, weighted, &sy, &syy);
    den = (cells * sxx - sx * sx) * (cells * syy - sy * sy);
    if (!(den > 0)) {
        res->r = res->p_greater = res->p_less = NAN;
        return IGRAPH_SUCCESS;
    }
    den = sqrt(den);
    res->r = (cells * cross_sum(before, after, al, NULL, weighted) - sx * sy) / den;
    if (permutations == 0) {
        res->p_greater = res->p_less = NAN;
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(il_rng_scope_begin(&rng, seed));
    IGRAPH_FINALLY(il_rng_scope_end, &rng);
    IGRAPH_CHECK(igraph_vector_int_init_range(&perm, 0, n));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &perm);
    for (p = 0; p < permutations; p++) {
        double r;
        IGRAPH_CHECK(igraph_vector_int_shuffle(&perm));
        r = (cells * cross_sum(before, after, al, VECTOR(perm), weighted) - sx * sy) / den;
        ge += r >= res->r - 1e-12;
        le += r <= res->r + 1e-12;
        if ((p & 63) == 63) {
            il_progress("QAP permutations", (double) (p + 1) / (double) permutations);
        }
    }
    il_progress("QAP permutations", 1.0);
    res->p_greater = (double) ge / (double) permutations;
    res->p_less = (double) le / (double) permutations;
    igraph_vector_int_destroy(&perm);
    il_rng_scope_end(&rng);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* E-I of both snapshots under one labelling of the aligned actors. */
static void ei_pair(const il_graph_t *before, const il_graph_t *after, const il_alignment_t *al,
                    const igraph_integer_t *group_of, igraph_integer_t *mb, igraph_integer_t *ma,
                    il_ei_t *eb, il_ei_t *ea)
{
    igraph_integer_t v;
    for (v = 0; v < il_graph_vcount(before); v++) {
        mb[v] = group_of[VECTOR(al->of_before)[v]];
    }
    for (v = 0; v < il_graph_vcount(after); v++) {
        ma[v] = group_of[VECTOR(al->of_after)[v]];
    }
    il_ei_whole(before, mb, eb);
    il_ei_whole(after, ma, ea);
}

/**
 * \function il_ei_change_test
 * \brief Change of the whole-network E-I index (after - before), counted
 *        and weighted, with a permutation test.
 *
 * The null model relabels the aligned actors at random, keeping group
 * sizes, and applies the same labelling to both snapshots: it asks whether
 * the observed change could come from any grouping of the same sizes. The
 * p-values are the shares of permutations whose change is at least / at
 * most the observed one (as sna's qaptest reports them).
 *
 * \param group_of  Union index -> group.
 * \return IGRAPH_ENOMEM. Time complexity: O(P (n + m)).
 */
igraph_error_t il_ei_change_test(const il_graph_t *before, const il_graph_t *after,
                                 const il_alignment_t *al, const igraph_vector_int_t *group_of,
                                 igraph_integer_t permutations, igraph_uint_t seed,
                                 il_ei_change_t *res)
{
    igraph_vector_int_t perm, mb, ma;
    il_ei_t eb, ea;
    igraph_integer_t p, ge = 0, le = 0, gew = 0, lew = 0;
    il_rng_scope_t rng;

    memset(res, 0, sizeof *res);
    res->permutations = permutations;
    IGRAPH_CHECK(igraph_vector_int_init_copy(&perm, group_of));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &perm);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&mb, il_graph_vcount(before));
    IGRAPH_VECTOR_INT_INIT_FINALLY(&ma, il_graph_vcount(after));
    ei_pair(before, after, al, VECTOR(*group_of), VECTOR(mb), VECTOR(ma), &eb, &ea);
    res->before = eb.ei;
    res->after = ea.ei;
    res->change = ea.ei - eb.ei;
    res->before_weighted = eb.ei_weighted;
    res->after_weighted = ea.ei_weighted;
    res->change_weighted = ea.ei_weighted - eb.ei_weighted;
    res->p_greater = res->p_less = res->p_greater_weighted = res->p_less_weighted = NAN;
    if (permutations > 0 && !isnan(res->change)) {
        IGRAPH_CHECK(il_rng_scope_begin(&rng, seed));
        IGRAPH_FINALLY(il_rng_scope_end, &rng);
        for (p = 0; p < permutations; p++) {
            double d, dw;
            IGRAPH_CHECK(igraph_vector_int_shuffle(&perm));
            ei_pair(before, after, al, VECTOR(perm), VECTOR(mb), VECTOR(ma), &eb, &ea);
            d = ea.ei - eb.ei;
            dw = ea.ei_weighted - eb.ei_weighted;
            ge += d >= res->change - 1e-12;
            le += d <= res->change + 1e-12;
            gew += dw >= res->change_weighted - 1e-12;
            lew += dw <= res->change_weighted + 1e-12;
            if ((p & 63) == 63) {
                il_progress("E-I permutations", (double) (p + 1) / (double) permutations);
            }
        }
        il_progress("E-I permutations", 1.0);
        res->p_greater = (double) ge / (double) permutations;
        res->p_less = (double) le / (double) permutations;
        res->p_greater_weighted = (double) gew / (double) permutations;
        res->p_less_weighted = (double) lew / (double) permutations;
        il_rng_scope_end(&rng);
        IGRAPH_FINALLY_CLEAN(1);
    }
    igraph_vector_int_destroy(&ma);
    igraph_vector_int_destroy(&mb);
    igraph_vector_int_destroy(&perm);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}
