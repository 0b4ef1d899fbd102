/*
 * Gould-Fernandez brokerage roles with the expectations and z-scores of
 * R's sna::brokerage (analysis/brokerage.c).
 */
#ifndef IL_ANALYSIS_BROKERAGE_H
#define IL_ANALYSIS_BROKERAGE_H

#include "core/compat.h"
#include "analysis/partition.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Gould-Fernandez brokerage -------------------------------------------- */

/* Gould-Fernandez roles, in sna's order. */
enum { IL_BROKER_COORDINATOR = 0, IL_BROKER_ITINERANT, IL_BROKER_REPRESENTATIVE,
       IL_BROKER_GATEKEEPER, IL_BROKER_LIAISON, IL_BROKER_TOTAL, IL_BROKER_ROLES
     };

/* "coordinator", "itinerant", ... "total". */
const char *il_broker_role_name(int role);

/* Roles per node and per group with sna::brokerage's expectations. */
typedef struct il_brokerage {
    igraph_integer_t n, k, arcs;    /* arcs: directed ties, both directions when undirected */
    double density;                 /* arcs / (n(n-1)) */
    igraph_matrix_t raw, expected, sd, z;       /* n x 6 */
    igraph_matrix_t group_expected, group_sd;   /* k x 6 */
    double global_raw[IL_BROKER_ROLES], global_expected[IL_BROKER_ROLES];
    double global_sd[IL_BROKER_ROLES], global_z[IL_BROKER_ROLES];
} il_brokerage_t;

/* Gould-Fernandez brokerage with sna::brokerage's expectations and z-scores. */
igraph_error_t il_brokerage(const il_graph_t *g, const il_partition_t *p, il_brokerage_t *res);

/* Free a brokerage result; accepts a zero-filled one. */
void il_brokerage_destroy(il_brokerage_t *res);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_BROKERAGE_H */
