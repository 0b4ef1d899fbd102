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

/* Eigenvector, PageRank, hub and authority columns of the measures in
 * \p want; ARPACK draws from igraph's default generator, which the caller
 * seeds (centrality_spectral.c). */
igraph_error_t il_i_centrality_spectral(const il_graph_t *g, il_centrality_t *res,
                                        unsigned want);

#ifdef __cplusplus
}
#endif

#endif /* IL_CENTRALITY_INTERNAL_H */
