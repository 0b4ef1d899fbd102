/*
 * Whole-network concentration of the centrality scores: Freeman
 * centralization of a score vector and the Gini coefficient of the
 * strengths (docs/metrics-centrality.md).
 */
#include "analysis/centrality.h"
#include "analysis/centrality_internal.h"

#include <math.h>

/**
 * \function il_i_centralization
 * \brief Freeman centralization of a score vector.
 *
 * The generic form (n max - sum) / tmax (igraph_centralization with
 * normalized = true) applied to innolink's scores, tmax being the
 * maximum of n max - sum over graphs of the same size (igraph's
 * igraph_centralization_*_tmax functions).
 * \return NaN for no scores or tmax <= 0.
 *
 * Time complexity: O(n).
 */
double il_i_centralization(const igraph_vector_t *scores, double tmax)
{
    if (igraph_vector_size(scores) == 0 || !(tmax > 0)) {
        return NAN;
    }
    return igraph_centralization(scores, tmax, /* normalized = */ true);
}

/**
 * \function il_gini
 * \brief Gini coefficient of non-negative values.
 *
 * G = sum_i sum_j |x_i - x_j| / (2 n^2 mean), computed on the sorted
 * values as (2 sum_i i x_(i)) / (n sum x) - (n + 1) / n with i = 1..n.
 * 0 for equal values, (n-1)/n when one value holds everything.
 * \return NaN for no values or a zero sum.
 *
 * Time complexity: O(n log n).
 */
double il_gini(const igraph_vector_t *values)
{
    igraph_integer_t n = igraph_vector_size(values), i;
    igraph_vector_t s;
    double sum = 0, wsum = 0;
    if (n == 0) {
        return NAN;
    }
    if (igraph_vector_init_copy(&s, values) != IGRAPH_SUCCESS) {
        return NAN;
    }
    igraph_vector_sort(&s);
    for (i = 0; i < n; i++) {
        sum += VECTOR(s)[i];
        wsum += (double) (i + 1) * VECTOR(s)[i];
    }
    igraph_vector_destroy(&s);
    if (!(sum > 0)) {
        return NAN;
    }
    return 2.0 * wsum / ((double) n * sum) - ((double) n + 1.0) / (double) n;
}
