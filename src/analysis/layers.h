/*
 * Ties of several kinds (layers: joint R&D, supply, licensing, ...) on one
 * set of actors (analysis/layers.c; docs/metrics-layers.md): each layer's
 * structure and group statistics side by side, the overlap of layers, the
 * multiplexity of each pair, each actor's multiplex participation
 * coefficient (Battiston, Nicosia & Latora 2014) and degree per layer, and
 * a centrality on each layer against the aggregate.
 */
#ifndef IL_ANALYSIS_LAYERS_H
#define IL_ANALYSIS_LAYERS_H

#include "core/compat.h"
#include "analysis/centrality.h"
#include "analysis/coupling.h"
#include "analysis/partition.h"
#include "analysis/summary.h"
#include "model/graph.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Most layers a layer column may have (L x L overlaps, L columns per node). */
#define IL_LAYERS_MAX 64

/* ---- Options ------------------------------------------------------------------ */

typedef struct il_layers_options {
    const char *layer;              /* the edge column naming each tie's kind (required) */
    const char *const *directed;    /* NULL-ended names of layers whose ties are ordered
                                     * pairs; NULL: every layer as the graph is */
    il_measure_t measure;           /* centrality compared (IL_MEASURE_BETWEENNESS) */
    il_centrality_options_t centrality; /* how it is computed (IL_CENTRALITY_OPTIONS_INIT) */
    const char *on;                 /* centrality on this layer only; NULL: every layer */
    const il_partition_t *groups;   /* NULL: no group statistics */
    il_summary_options_t summary;   /* IL_SUMMARY_OPTIONS_INIT */
} il_layers_options_t;

#define IL_LAYERS_OPTIONS_INIT { .layer = NULL, .directed = NULL,                    \
                                 .measure = IL_MEASURE_BETWEENNESS,                  \
                                 .centrality = IL_CENTRALITY_OPTIONS_INIT, .on = NULL, \
                                 .groups = NULL, .summary = IL_SUMMARY_OPTIONS_INIT }

/* ---- Result --------------------------------------------------------------------- */

/* One layer, or the aggregate of them all. */
typedef struct il_layer {
    char *name;
    igraph_bool_t directed;
    il_graph_t g;                   /* every node (aligned with the input), this layer's ties */
    il_summary_t summary;           /* of g */
    igraph_integer_t active_nodes;  /* nodes with a tie in the layer */
    igraph_integer_t pairs;         /* pairs as the overlap counts them */
    int has_groups;                 /* groups given: */
    il_ei_t ei;                     /* E-I of the layer's ties */
    double assortativity, assortativity_weighted;
    int has_centrality;             /* the measure was computed on this layer: */
    igraph_vector_t centrality;     /* per node */
    double rank_correlation;        /* Spearman with the aggregate's (the aggregate: 1) */
    igraph_integer_t ranked;        /* nodes in the rank correlation */
} il_layer_t;

/* Two layers a < b compared pair by pair. */
typedef struct il_layer_overlap {
    igraph_integer_t a, b;
    igraph_integer_t pairs_a, pairs_b, both;
    double jaccard;                 /* both / (pairs_a + pairs_b - both) */
    double correlation;             /* Pearson of weights over every pair of nodes (0 absent) */
    double correlation_shared;      /* Pearson of weights over the pairs tied in both */
} il_layer_overlap_t;

typedef struct il_layers {
    igraph_integer_t nlayers;       /* L, layers in byte order of their names */
    il_layer_t *layer;
    il_layer_t aggregate;           /* every tie, strengths summed per pair */
    igraph_bool_t ordered_pairs;    /* overlap on ordered pairs (every layer directed) */
    il_layer_overlap_t *overlap;    /* L(L-1)/2: (0,1), (0,2), ..., (1,2), ... */
    igraph_matrix_t pair_weight;    /* aggregate ties x L: strength of the tie in each layer */
    igraph_vector_int_t multiplexity;   /* per aggregate tie: layers tying the pair */
    igraph_vector_int_t multiplexity_count; /* [x]: pairs tied in x layers, x = 0..L */
    igraph_matrix_t degree;         /* nodes x L: k_i^l, pairs of node i in layer l */
    igraph_vector_t overlapping_degree; /* o_i = sum_l k_i^l */
    igraph_vector_t participation;  /* P_i; NaN when o_i = 0 */
} il_layers_t;

/* Split \p g (loaded with layer_col: one edge per pair and kind) into its
 * layers and compare them. */
igraph_error_t il_layers(const il_graph_t *g, const il_layers_options_t *o, il_layers_t *res);

/* Free a result; accepts a zero-filled one. */
void il_layers_destroy(il_layers_t *res);

/* Spearman rank correlation of x and y over the entries where both are
 * numbers (average ranks for ties); *n = entries used; NaN below 2 or when
 * one side is constant. */
double il_spearman(const igraph_vector_t *x, const igraph_vector_t *y, igraph_integer_t *n);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_LAYERS_H */
