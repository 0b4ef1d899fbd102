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
 * \function il_i_closeness_tmax
 * \brief The largest closeness centralization sum any graph of \p n nodes
 *        can reach when no tie is shorter than \p shortest.
 *
 * Closeness here is Wasserman-Faust's: c_i = ((r_i-1)/(n-1)) (r_i-1)/S_i,
 * S_i the sum of the lengths of the shortest paths to the r_i - 1 nodes i
 * reaches, 0 when it reaches none. The hop-based maxima of igraph
 * (igraph_centralization_closeness_tmax) assume that every path is at
 * least one long; with lengths 1/w a tie of strength 4 is 0.25 long and
 * the sum n max c - sum c can pass them (1.43 on the directed weighted
 * karate club), so the maximum is taken for the lengths used.
 *
 * Undirected: (n-1)(n-2)/((2n-3) d), d the shortest tie length. It is
 * reached by a star whose ties are all d long. That nothing exceeds it: let
 * v be the most central node, r the size of its component, S its sum and
 * d_i its distance to i. For i in its component the triangle inequality
 * gives S_i <= (r-2) d_i + S, so c_v - c_i <= ((r-1)^2/(n-1)) (1/S -
 * 1/((r-2) d_i + S)); this is concave in d_i, so with sum d_i = S the sum
 * over i is largest at d_i = S/(r-1) (Jensen), and then largest at the
 * smallest S, (r-1) d, giving (r-1)^2 (r-2) / ((n-1)(2r-3) d). Each node
 * outside the component adds at most c_v <= (r-1)/((n-1) d). The total,
 * (1/d)(r-1)/(n-1) [(n-r) + (r-1)(r-2)/(2r-3)], is largest at r = n: with
 * x = r-1, N = n-1 and h(x) = x(N-x) + x^2(x-1)/(2x-1), h(N) - h(x) =
 * (N-x)^2/2 - int_x^N t(t-1)/(2t-1)^2 dt > (N-x)(2(N-x)-1)/4 >= 0 for
 * integer x < N, since t(t-1)/(2t-1)^2 < 1/4.
 *
 * Directed (closeness on in-distances): (n-1)/d, reached by an in-star of
 * ties d long (the centre reached by all at d, the leaves reached by
 * none); nothing exceeds it since 0 <= c_i <= 1/d.
 *
 * With hops (d = 1) the undirected value is igraph's; the directed one is
 * larger than igraph's (n-1)(1-1/n), which belongs to a closeness that
 * gives unreachable nodes a distance of n.
 *
 * \return The maximum; NaN when \p shortest is NaN (no ties) or n < 2.
 *
 * Time complexity: O(1).
 */
double il_i_closeness_tmax(igraph_integer_t n, igraph_bool_t directed, double shortest)
{
    double nn = (double) n;
    if (n < 2 || !(shortest > 0)) {
        return NAN;
    }
    if (directed) {
        return (nn - 1.0) / shortest;
    }
    return (nn - 1.0) * (nn - 2.0) / ((2.0 * nn - 3.0) * shortest);
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
