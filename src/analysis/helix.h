/*
 * Triple-Helix synergy (Leydesdorff 2003): the mutual information in three
 * dimensions of the university-industry-government distribution of ties
 * or of events (analysis/helix.c; docs/metrics-groups.md).
 */
#ifndef IL_ANALYSIS_HELIX_H
#define IL_ANALYSIS_HELIX_H

#include "core/compat.h"
#include "analysis/partition.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Which sector values are U, I and G ---------------------------------- */

/* Bits of a node's helix: a node may be none of the three (0). */
enum { IL_HELIX_U = 1, IL_HELIX_I = 2, IL_HELIX_G = 4 };

/* The default lists of sector values (compared ignoring ASCII case). */
#define IL_HELIX_U_DEFAULT "university,college"
#define IL_HELIX_I_DEFAULT "industry,firm,company,business"
#define IL_HELIX_G_DEFAULT "government,research,support,public,public agency"

/* Which values of the sector attribute count as U, I and G: comma lists;
 * NULL takes the default list. */
typedef struct il_helix_map {
    const char *u, *i, *g;
} il_helix_map_t;

#define IL_HELIX_MAP_INIT { NULL, NULL, NULL }

/* The helix bits of every group of \p p under \p map (out: k entries). */
igraph_error_t il_helix_groups(const il_partition_t *p, const il_helix_map_t *map,
                               igraph_vector_int_t *bits);

/* ---- The 2 x 2 x 2 distribution and its information --------------------- */

/* The information of one 2 x 2 x 2 table, in bits. */
typedef struct il_helix_info {
    double h_u, h_i, h_g, h_ui, h_ug, h_ig, h_uig;
    double t_ui, t_ug, t_ig;    /* two-dimensional mutual information */
    double t_uig;               /* H_U + H_I + H_G - H_UI - H_UG - H_IG + H_UIG */
} il_helix_info_t;

/* The Triple-Helix table: cell[u*4 + i*2 + g] counts the units (ties or
 * events) in which U is present (u = 1) or not, and likewise I and G. */
typedef struct il_helix {
    int events;                 /* 0: units are ties; 1: events (affiliation) */
    double cell[8];             /* units per cell */
    double cell_weight[8];      /* tie strength per cell (ties only; else NaN) */
    double units, weight;       /* sums of the two */
    igraph_integer_t nodes[3];  /* nodes that are U, I, G */
    igraph_integer_t skipped;   /* events: memberships of actors not in the graph */
    il_helix_info_t counted, weighted;  /* weighted: NaN for events */
} il_helix_t;

/* The table of the ties of \p g, each marking the helices of its two ends
 * (node_bits[v]: IL_HELIX_* bits); self-loops are skipped. */
igraph_error_t il_helix_ties(const il_graph_t *g, const int *node_bits, il_helix_t *res);

/* The table of events: membership k puts actor vertex actor[k] (-1: not in
 * the graph, counted as skipped) in event event[k] (0 .. nevents-1); each
 * event marks the helices of its members (node_bits: n vertices). */
igraph_error_t il_helix_events(const igraph_integer_t *actor, const igraph_integer_t *event,
                               size_t nmembers, igraph_integer_t nevents, igraph_integer_t n,
                               const int *node_bits, il_helix_t *res);

/* The entropies and the mutual information of a 2 x 2 x 2 table (any
 * non-negative cells; all NaN when they sum to 0). */
void il_helix_information(const double cell[8], il_helix_info_t *info);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_HELIX_H */
