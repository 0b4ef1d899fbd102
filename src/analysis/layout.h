/*
 * What the pictures need (analysis/layout.c): seeded layouts, degree and
 * strength, the group-level graph and the two numbers of the
 * loose-coupling plane.
 */
#ifndef IL_ANALYSIS_LAYOUT_H
#define IL_ANALYSIS_LAYOUT_H

#include "core/compat.h"
#include "analysis/partition.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Layouts ------------------------------------------------------------ */

/* How node positions are found. */
typedef enum il_layout_kind {
    IL_LAYOUT_AUTO = 0,     /* the x/y node columns when every node has them (a
                             * GEXF from Gephi), else FR up to IL_LAYOUT_FR_MAX
                             * nodes, DrL above */
    IL_LAYOUT_FR,           /* Fruchterman-Reingold, weighted, seeded */
    IL_LAYOUT_DRL,          /* DrL (OpenOrd), weighted, seeded */
    IL_LAYOUT_GEO,          /* the lat/lon node columns */
    IL_LAYOUT_GIVEN         /* the x/y node columns (GEXF viz positions) */
} il_layout_kind_t;

#define IL_LAYOUT_FR_MAX 1000

/* Positions (n x 2, y pointing up) from a seeded layout; *used says which
 * layout ran. Geo: x = lon cos(mean lat), y = lat; NaN where missing. */
igraph_error_t il_layout(const il_graph_t *g, il_layout_kind_t kind, igraph_uint_t seed,
                         igraph_matrix_t *xy, il_layout_kind_t *used);

/* "fruchterman-reingold", "drl" or "geo". */
const char *il_layout_name(il_layout_kind_t kind);

/* ---- What the pictures show --------------------------------------------- */

/* Degree (distinct neighbours, in + out when directed) and strength of
 * every node, as doubles for outputs. */
igraph_error_t il_degree_strength(const il_graph_t *g, igraph_vector_t *degree,
                                  igraph_vector_t *strength);

/* The group-level graph: one node per group (id = group name, node
 * attribute `members`), one tie per pair of groups with the summed tie
 * strength between them; ties inside a group are left out. */
igraph_error_t il_group_graph(const il_graph_t *g, const il_partition_t *p, il_graph_t *out);

/* The loose-coupling plane (Weick 1976; Orton & Weick 1990): per group,
 * internal cohesion = weighted density inside the group (sum of tie
 * strengths inside / possible pairs, NaN for one-node groups) and
 * external coupling = share of the tie strength touching the group that
 * leaves it (NaN for a group without ties); the numbers of il_coupling(). */
typedef struct il_plane {
    igraph_vector_t internal_density;
    igraph_vector_t external_share;
    igraph_vector_t internal_weight;    /* sum of w inside the group */
    igraph_vector_t external_weight;    /* sum of w on ties leaving the group */
} il_plane_t;

/* Internal cohesion and external coupling of every group. */
igraph_error_t il_coupling_plane(const il_graph_t *g, const il_partition_t *p,
                                 il_plane_t *res);

/* Free a plane; accepts a zero-filled one. */
void il_plane_destroy(il_plane_t *res);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_LAYOUT_H */
