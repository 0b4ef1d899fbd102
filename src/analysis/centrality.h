/*
 * Who matters: per-node centrality, Burt's structural holes and
 * whole-network centralization. The dispatcher and the names live in
 * analysis/centrality.c; the path measures, run over worker processes, in
 * centrality_paths.c; eigenvector, PageRank and HITS in
 * centrality_spectral.c; Burt's measures in structural_holes.c; Freeman
 * centralization and the Gini coefficient in centralization.c.
 */
#ifndef IL_ANALYSIS_CENTRALITY_H
#define IL_ANALYSIS_CENTRALITY_H

#include "core/compat.h"
#include "analysis/distance.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Measures, scores and options ---------------------------------------- */

/* The measures of `innolink centrality` (what --measures names). */
typedef enum il_measure {
    IL_MEASURE_DEGREE = 0, IL_MEASURE_STRENGTH, IL_MEASURE_BETWEENNESS,
    IL_MEASURE_CLOSENESS, IL_MEASURE_HARMONIC, IL_MEASURE_EIGENVECTOR,
    IL_MEASURE_PAGERANK, IL_MEASURE_HUB, IL_MEASURE_AUTHORITY,
    IL_MEASURE_CONSTRAINT, IL_MEASURE_EFFECTIVE_SIZE, IL_MEASURE_EFFICIENCY,
    IL_MEASURE_HIERARCHY, IL_MEASURE_CORENESS, IL_MEASURE_CLUSTERING,
    IL_MEASURE_COUNT
} il_measure_t;

/* The per-node score columns, in output order. A measure fills one column,
 * or three (total, in, out) for degree and strength in a directed graph. */
typedef enum il_score {
    IL_SCORE_DEGREE = 0, IL_SCORE_IN_DEGREE, IL_SCORE_OUT_DEGREE,
    IL_SCORE_STRENGTH, IL_SCORE_IN_STRENGTH, IL_SCORE_OUT_STRENGTH,
    IL_SCORE_BETWEENNESS, IL_SCORE_CLOSENESS, IL_SCORE_HARMONIC,
    IL_SCORE_EIGENVECTOR, IL_SCORE_PAGERANK, IL_SCORE_HUB, IL_SCORE_AUTHORITY,
    IL_SCORE_CONSTRAINT, IL_SCORE_EFFECTIVE_SIZE, IL_SCORE_EFFICIENCY,
    IL_SCORE_HIERARCHY, IL_SCORE_CORENESS, IL_SCORE_CLUSTERING,
    IL_SCORE_COUNT
} il_score_t;

/* Source blocks of the path measures: fixed by the number of sources alone,
 * so that the result does not depend on the number of worker processes. */
#define IL_PATH_BLOCKS 128

/* What il_centrality() computes, and how. */
typedef struct il_centrality_options {
    unsigned measures;          /* bits 1u << il_measure_t; 0: all that apply (0) */
    il_distance_t path_weight;  /* lengths for betweenness, closeness, harmonic
                                 * (IL_DIST_INVERSE) */
    igraph_bool_t raw;          /* unnormalised betweenness (0) */
    igraph_integer_t jobs;      /* worker processes for the path measures, >= 1 (1) */
    igraph_integer_t samples;   /* 0: exact betweenness; K: K sampled sources (0) */
    igraph_uint_t seed;         /* sampled sources and ARPACK's start vector (42) */
} il_centrality_options_t;

#define IL_CENTRALITY_OPTIONS_INIT {                                        \
        .measures = 0, .path_weight = IL_DIST_INVERSE, .raw = 0, .jobs = 1, \
        .samples = 0, .seed = 42                                            \
    }

/* Per-node score columns and whole-network figures. */
typedef struct il_centrality {
    igraph_integer_t nodes;
    igraph_bool_t directed;
    unsigned measures;                  /* the measures computed */
    unsigned char has[IL_SCORE_COUNT];  /* 1: score[c] holds one value per node */
    igraph_vector_t score[IL_SCORE_COUNT];
    /* Whole-network figures; NaN when not computed or undefined. */
    double degree_centralization, betweenness_centralization;
    double closeness_centralization, eigenvector_centralization;
    double strength_gini;
    double closeness_shortest;  /* shortest tie length the closeness maximum assumes */
    double closeness_tmax;      /* the maximum closeness centralization divides by */
    igraph_integer_t betweenness_sources;   /* sources used (nodes when exact) */
    igraph_integer_t jobs;                  /* worker processes used */
} il_centrality_t;

/* ---- The whole command (centrality.c) ---------------------------------- */

/* "degree", "betweenness", ... */
const char *il_measure_name(il_measure_t m);

/* "degree", "in_degree", "out_strength", ... */
const char *il_score_name(il_score_t c);

/* Parse a measure name: 1 and *m, else 0. */
int il_measure_parse(const char *name, il_measure_t *m);

/* Parse a score column name (a measure name or in_/out_ degree/strength). */
int il_score_parse(const char *name, il_score_t *c);

/* 1 if measure \p m is defined for a (un)directed graph (hub and authority
 * need a directed one). */
int il_measure_applies(il_measure_t m, igraph_bool_t directed);

/* Per-node centrality and structural-hole measures and whole-network
 * centralization (docs/metrics-centrality.md); may fork worker processes. */
igraph_error_t il_centrality(const il_graph_t *g, const il_centrality_options_t *opts,
                             il_centrality_t *res);

/* Free a result; accepts a zero-filled one. */
void il_centrality_destroy(il_centrality_t *res);

/* ---- Path measures (centrality_paths.c) -------------------------------- */

/* Betweenness (raw), closeness (Wasserman-Faust) and harmonic (/(n-1))
 * from the sources in \p sources (NULL: every node), split into blocks
 * over \p jobs worker processes. Any output may be NULL. Closeness and
 * harmonic are filled for the sources only (others untouched). */
igraph_error_t il_path_centrality(const igraph_t *graph, const igraph_vector_t *lengths,
                                  const igraph_vector_int_t *sources, igraph_integer_t jobs,
                                  igraph_vector_t *betweenness, igraph_vector_t *closeness,
                                  igraph_vector_t *harmonic);

/* ---- Structural holes (structural_holes.c) ----------------------------- */

/* Burt's effective size, efficiency, hierarchy (whole-network model,
 * weighted, PEERS.md 4.4) and the aggregate constraint they rest on. Any
 * output may be NULL; isolates get NaN. */
igraph_error_t il_structural_holes(const il_graph_t *g, igraph_vector_t *effective_size,
                                   igraph_vector_t *efficiency, igraph_vector_t *hierarchy,
                                   igraph_vector_t *constraint);

/* ---- Centralization (centralization.c) --------------------------------- */

/* Gini coefficient of the values (>= 0): NaN when empty or all zero. */
double il_gini(const igraph_vector_t *values);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_CENTRALITY_H */
