/*
 * Drawing the network and the coupling plane from a loaded graph: shared
 * by `innolink render` and `innolink report`.
 */
#ifndef IL_PICTURE_H
#define IL_PICTURE_H

#include "innolink.h"

#include <cjson/cJSON.h>

#define IL_GROUP_GRAPH_MIN 5000     /* above this many nodes, draw groups */

typedef struct il_picture_opts {
    il_layout_kind_t layout;
    igraph_uint_t seed;
    const char *color;          /* node attribute, "community", or NULL */
    const char *size;           /* "degree", "strength", "none", or a numeric node column */
    igraph_integer_t labels;    /* label this many nodes */
    const char *title;
} il_picture_opts_t;

#define IL_PICTURE_OPTS_INIT { IL_LAYOUT_AUTO, 42, NULL, "degree", 10, NULL }

/* Draw the network picture of \p g to \p out (standalone: a .svg file);
 * records what was drawn and how in \p params (may be NULL). */
igraph_error_t il_picture_network(const il_graph_t *g, const il_picture_opts_t *o,
                                  int standalone, FILE *out, igraph_integer_t *drawn,
                                  cJSON *params);

/* Draw the coupling plane of the groups by node attribute \p by, with
 * arrows from their places in the earlier snapshot \p before (or NULL). */
igraph_error_t il_picture_plane(const il_graph_t *g, const il_graph_t *before, const char *by,
                                const char *title, int standalone, FILE *out,
                                igraph_integer_t *drawn, cJSON *params);

#endif /* IL_PICTURE_H */
