/*
 * What the files of the centrality family share (analysis/centrality.c,
 * centrality_paths.c, centrality_spectral.c, centralization.c). Not part
 * of the public API.
 */
#ifndef IL_CENTRALITY_INTERNAL_H
#define IL_CENTRALITY_INTERNAL_H

#include "core/compat.h"
#include "analysis/centrality.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Result columns and centralization ------------------------------------ */

/* Initialise score column \p c of \p res with n zeros and mark it present. */
igraph_error_t il_i_centrality_add_score(il_centrality_t *res, il_score_t c,
                                         igraph_integer_t n);

/* Freeman centralization (n max - sum) / tmax; NaN for no scores or tmax <= 0. */
double il_i_centralization(const igraph_vector_t *scores, double tmax);

/* The most n max - sum closeness can reach over graphs of n nodes whose
 * ties are at least \p shortest long (centralization.c). */
double il_i_closeness_tmax(igraph_integer_t n, igraph_bool_t directed, double shortest);

/* ---- Families of measures, for il_centrality() --------------------------- */

/* Betweenness, closeness and harmonic columns of the measures in \p want,
 * with their centralization (centrality_paths.c). */
igraph_error_t il_i_centrality_paths(const il_graph_t *g, const il_centrality_options_t *opts,
                                     il_centrality_t *res, unsigned want);

/* ---- Estimates on large graphs (centrality_estimate.c) ------------------- */

/* Riondato-Kornaropoulos sample size (0 when vd < 3). */
double il_i_rk_samples(double eps, double delta, igraph_integer_t vd);

/* Pivots for closeness and harmonic within eps with probability 1 - delta. */
double il_i_pivot_count(double eps, double delta, igraph_integer_t n);

/* CPU seconds of one full shortest-path search (for time estimates). */
igraph_error_t il_i_search_seconds(const igraph_t *graph, const igraph_vector_t *lengths,
                                   double *seconds);

/* Raw betweenness estimated from sampled shortest paths. */
igraph_error_t il_i_betweenness_estimate(const igraph_t *graph, const igraph_vector_t *lengths,
                                         double eps, double delta, igraph_uint_t seed,
                                         igraph_integer_t jobs, igraph_vector_t *raw,
                                         igraph_integer_t *samples, igraph_integer_t *vd);

/* Closeness and harmonic estimated from pivots (either may be NULL). */
igraph_error_t il_i_closeness_estimate(const igraph_t *graph, const igraph_vector_t *lengths,
                                       double eps, double delta, igraph_uint_t seed,
                                       igraph_integer_t jobs, igraph_vector_t *closeness,
                                       igraph_vector_t *harmonic, igraph_integer_t *pivots);

/* Eigenvector, PageRank, hub and authority columns of the measures in
 * \p want; ARPACK draws from igraph's default generator, which the caller
 * seeds (centrality_spectral.c). */
igraph_error_t il_i_centrality_spectral(const il_graph_t *g, il_centrality_t *res,
                                        unsigned want);

#ifdef __cplusplus
}
#endif

#endif /* IL_CENTRALITY_INTERNAL_H */
