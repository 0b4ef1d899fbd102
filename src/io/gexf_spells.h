/*
 * Time spells for GEXF (io/gexf.c): the windows of a panel as closed time
 * intervals on nodes and edges, and each edge's weight per window, so
 * that Gephi's timeline plays the panel. Written as GEXF 1.2draft, the
 * version whose dynamics Gephi and networkx (2.8 and later) both read.
 */
#ifndef IL_GEXF_SPELLS_H
#define IL_GEXF_SPELLS_H

#include "core/compat.h"
#include "io/io.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- GEXF with time spells ------------------------------------------------ */

/* The slices of time (one per window) and where each node and edge is. */
typedef struct il_gexf_spells {
    const char *timeformat;             /* "integer" (years, periods) or "date" */
    size_t nslice;
    const char *const *start;           /* per slice: first time, as written */
    const char *const *end;             /* per slice: last time (closed interval) */
    const unsigned char *joins;         /* joins[k]: slice k + 1 follows k without a gap */
    const igraph_integer_t *node_off;   /* n + 1 offsets into node_slice */
    const igraph_integer_t *node_slice; /* the slices of each node, ascending */
    const igraph_integer_t *edge_off;   /* m + 1 offsets into edge_slice */
    const igraph_integer_t *edge_slice; /* the slices of each edge, ascending */
    const double *edge_weight;          /* the edge's weight in each of its slices */
} il_gexf_spells_t;

/* Write x->g as dynamic GEXF 1.2draft: <spells> on every node and edge
 * (consecutive slices merged), the edge weight as a dynamic attribute. */
igraph_error_t il_write_gexf_spells(il_export_t *x, const il_gexf_spells_t *s, FILE *out);

#ifdef __cplusplus
}
#endif

#endif /* IL_GEXF_SPELLS_H */
