/*
 * Shared by the pictures (report/svg.c, svg_network.c): the palette, the
 * SVG head, text extents, nice axis ticks, label placement and the
 * legend's pieces (report/svg_draw.c).
 */
#ifndef IL_REPORT_SVG_INTERNAL_H
#define IL_REPORT_SVG_INTERNAL_H

#include "report/svg.h"

#include <stddef.h>
#include <stdio.h>

/* ---- Colours ---------------------------------------------------------------- */

/* Colours before "other": Paul Tol's muted scheme, distinct for the common
 * colour-vision deficiencies (deuteranopia, protanopia, tritanopia). */
#define IL_I_NPAL 9

/* Fill of group \p i of \p k ("#rrggbb"); past the palette, or the last
 * slot when there are more groups than colours, the grey of "other". */
const char *il_i_group_color(igraph_integer_t i, igraph_integer_t k);

/* How many groups get a colour of their own among \p k. */
igraph_integer_t il_i_colored_groups(igraph_integer_t k);

/* ---- Page ------------------------------------------------------------------- */

/* <svg> with size, font list and white background; an XML declaration
 * first when \p standalone; the title at the top when given. */
void il_i_svg_open(FILE *out, int standalone, const char *title, const char *cls, int width,
                   int height);

/* Width in px of \p s at \p font_size, estimated per character class
 * (Hangul and CJK a full em, Latin by letter shape), slightly generous so
 * that boxes built from it contain the drawn text in common fonts. */
double il_i_text_width(const char *s, double font_size);

/* ---- Axes ------------------------------------------------------------------- */

/* Ticks at multiples of a 1-2-5 step from \p lo to \p hi (about \p want of
 * them); up to \p max values into \p t, their number returned, the step in
 * *step. */
int il_i_nice_ticks(double lo, double hi, int want, double *t, int max, double *step);

/* A tick value with as many decimals as the step needs ("0.05", "20"). */
void il_i_tick_text(double v, double step, char *buf, size_t size);

/* The largest 1-2-5 number not above \p v (v > 0): 1, 2, 5, 10, 20, ... */
double il_i_nice_floor(double v);

/* ---- Labels ----------------------------------------------------------------- */

typedef struct il_i_box {
    double x0, y0, x1, y1;
} il_i_box_t;

/* One label to place next to a circle. */
typedef struct il_i_label {
    double cx, cy, r;       /* the circle it names */
    const char *text;
    double size;            /* font size, px */
    int state;              /* out: 0 dropped, 1 beside its circle, 2 with a leader */
    double x, y;            /* out: text start and baseline */
    il_i_box_t box;         /* out: the box the text and its halo take */
} il_i_label_t;

/* Place labels in the order given (most important first): beside the
 * circle where the text hits no placed label, no circle and stays inside
 * \p bounds; else beside it over small circles; else farther out with a
 * leader line; else dropped. Circles are \p ncirc centres and radii.
 * Returns the number dropped. */
size_t il_i_place_labels(il_i_label_t *lab, size_t n, const double *cx, const double *cy,
                         const double *cr, size_t ncirc, il_i_box_t bounds);

/* Write the placed labels: leaders first, then each text with a white
 * halo, as <text class="CLS" x y font-size>. */
void il_i_write_labels(FILE *out, const il_i_label_t *lab, size_t n, const char *cls);

#endif /* IL_REPORT_SVG_INTERNAL_H */
