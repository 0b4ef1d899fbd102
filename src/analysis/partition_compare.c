/*
 * Comparing partitions into communities: canonical numbering (by size,
 * then smallest vertex), whether two memberships are the same partition,
 * per-node stability across runs, the stability of a set of seeded runs,
 * NMI, ARI and VI (igraph_compare_communities), and cross-tabulation.
 * Definitions: DEFINITIONS.md "Communities"; docs/metrics-communities.md.
 */
#include "analysis/communities.h"
#include "analysis/communities_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

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

/**
 * \function il_i_same_partition
 * \brief *same = 1 when two memberships (any labels in 0..n-1) describe
 *        the same partition, else 0.
 * \return IGRAPH_ENOMEM. Time complexity: O(n).
 */
igraph_error_t il_i_same_partition(const igraph_vector_int_t *a, const igraph_vector_int_t *b,
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

/**
 * \function il_i_communities_stability
 * \brief How much the seeded runs agree: the number of distinct
 *        partitions among them, the mean NMI and ARI over pairs of runs
 *        (NaN for fewer than two runs; ARI NaN for one node) and the
 *        per-node stability against r->membership.
 *
 * \param runs  One canonical membership per row.
 * \return IGRAPH_ENOMEM. Time complexity: O(R^2 n).
 */
igraph_error_t il_i_communities_stability(il_communities_t *r, const igraph_matrix_int_t *runs)
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
