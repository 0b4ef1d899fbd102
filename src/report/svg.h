/*
 * Pictures drawn by innolink itself as SVG (report/svg.c): the network and
 * the loose-coupling plane. Not part of innolink.h: include this header to
 * draw them.
 */
#ifndef IL_REPORT_SVG_H
#define IL_REPORT_SVG_H

#include "core/compat.h"
#include "analysis/layout.h"
#include "analysis/coupling.h"
#include "analysis/partition.h"
#include "model/graph.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Pictures (SVG, drawn by innolink: report/svg.c) -------------------- */

/* What the network picture shows. */
typedef struct il_svg_network {
    const il_graph_t *g;
    const igraph_matrix_t *xy;      /* n x 2 positions, y up; NaN rows not drawn */
    const igraph_vector_t *size;    /* node size measure; NULL: all the same */
    const char *size_name;          /* legend text for the size */
    const il_partition_t *color;    /* node colour by group; NULL: one colour */
    const char *color_name;         /* legend title for the colours */
    igraph_integer_t labels;        /* label this many nodes, largest first */
    const char *title;              /* NULL: none */
    const char *note;               /* one more legend line, or NULL */
    int standalone;                 /* 1: XML declaration (a .svg file) */
    int width, height;              /* canvas in px; 0: 960 x 720 */
    int fit;                        /* 1: a force layout, turned and its outliers
                                     * pulled in to fill the canvas; 0: as given
                                     * (maps) */
} il_svg_network_t;

/* The font-family list of every picture (Latin, then Korean/CJK fallbacks). */
extern const char *const il_svg_fonts;

/* The pictures' colour of group \p i of \p k as 0xRRGGBB (for GEXF viz:color). */
unsigned long il_svg_group_rgb(igraph_integer_t i, igraph_integer_t k);

/* Draw the network as SVG; *drawn = nodes drawn. */
igraph_error_t il_svg_write_network(const il_svg_network_t *s, FILE *out,
                                    igraph_integer_t *drawn);

/* Draw the loose-coupling plane of groups by \p by, with arrows from the
 * positions in \p before (NULL: none); *drawn = groups drawn. */
igraph_error_t il_svg_write_plane(const il_partition_t *p, const il_coupling_t *c,
                                  const il_coupling_t *before, const char *by,
                                  const char *title, int standalone, FILE *out,
                                  igraph_integer_t *drawn);

#ifdef __cplusplus
}
#endif

#endif /* IL_REPORT_SVG_H */
