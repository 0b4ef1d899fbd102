/*
 * Mixing of a node attribute (--by ATTR): the mixing matrix of ties between
 * groups, and nominal assortativity, unweighted (networkx
 * attribute_assortativity_coefficient) and weighted (Newman 2003 with tie
 * strengths as edge multiplicities). docs/metrics-groups.md.
 */
#include "analysis/mixing.h"

#include <string.h>

/**
 * \function il_mixing_destroy
 * \brief Free a mixing result; safe on a zero-filled one.
 */
void il_mixing_destroy(il_mixing_t *res)
{
    if (res->ties.data.stor_begin) {
        igraph_matrix_destroy(&res->ties);
    }
    if (res->weight.data.stor_begin) {
        igraph_matrix_destroy(&res->weight);
    }
    if (res->e.data.stor_begin) {
        igraph_matrix_destroy(&res->e);
    }
    if (res->e_weighted.data.stor_begin) {
        igraph_matrix_destroy(&res->e_weighted);
    }
    memset(res, 0, sizeof *res);
}

static void mixing_free(void *res)
{
    il_mixing_destroy((il_mixing_t *) res);
}

/* Normalise e to sum 1 and return r = (tr e - sum a_g b_g) / (1 - sum a_g b_g),
 * a = row sums, b = column sums; NaN without ties or when the denominator is 0. */
static double assortativity(igraph_matrix_t *e)
{
    igraph_integer_t k = igraph_matrix_nrow(e), i, j;
    double total = igraph_matrix_sum(e), tr = 0, ab = 0;
    if (total <= 0) {
        return NAN;
    }
    igraph_matrix_scale(e, 1.0 / total);
    for (i = 0; i < k; i++) {
        double a = 0, b = 0;
        for (j = 0; j < k; j++) {
            a += MATRIX(*e, i, j);
            b += MATRIX(*e, j, i);
        }
        tr += MATRIX(*e, i, i);
        ab += a * b;
    }
    return 1 - ab > 0 ? (tr - ab) / (1 - ab) : NAN;
}

/**
 * \function il_mixing
 * \brief Mixing matrix and nominal assortativity of a partition.
 *
 * `ties`/`weight`: ties (strengths) from the row group to the column group;
 * undirected ties between two groups appear in both cells, once each.
 * `e`/`e_weighted`: the share of tie ends, as networkx
 * attribute_mixing_matrix(normalized=True): an undirected tie adds 1 (or w)
 * to e[a][b] and to e[b][a]; a directed one to e[from][to]. Self-loops are
 * skipped.
 *
 * \param res  Uninitialised; destroy with il_mixing_destroy().
 * \return IGRAPH_EINVAL for fewer than two groups; IGRAPH_ENOMEM.
 *
 * Time complexity: O(m + k^2).
 */
igraph_error_t il_mixing(const il_graph_t *g, const il_partition_t *p, il_mixing_t *res)
{
    igraph_integer_t m = il_graph_ecount(g), k = p->k, e;
    const igraph_integer_t *mem = VECTOR(p->membership);

    memset(res, 0, sizeof *res);
    if (k < 2) {
        IGRAPH_ERROR("Between-group measures need at least two groups.", IGRAPH_EINVAL);
    }
    IGRAPH_FINALLY(mixing_free, res);
    res->k = k;
    res->directed = g->directed;
    IGRAPH_CHECK(igraph_matrix_init(&res->ties, k, k));
    IGRAPH_CHECK(igraph_matrix_init(&res->weight, k, k));
    IGRAPH_CHECK(igraph_matrix_init(&res->e, k, k));
    IGRAPH_CHECK(igraph_matrix_init(&res->e_weighted, k, k));
    for (e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(&g->graph, e), v = IGRAPH_TO(&g->graph, e);
        igraph_integer_t a = mem[u], b = mem[v];
        double w = VECTOR(g->weight)[e];
        if (u == v) {
            continue;
        }
        res->ties_total += 1;
        res->weight_total += w;
        MATRIX(res->ties, a, b) += 1;
        MATRIX(res->weight, a, b) += w;
        MATRIX(res->e, a, b) += 1;
        MATRIX(res->e_weighted, a, b) += w;
        if (!g->directed) {
            if (a != b) {
                MATRIX(res->ties, b, a) += 1;
                MATRIX(res->weight, b, a) += w;
            }
            MATRIX(res->e, b, a) += 1;
            MATRIX(res->e_weighted, b, a) += w;
        }
    }
    res->assortativity = assortativity(&res->e);
    res->assortativity_weighted = assortativity(&res->e_weighted);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
