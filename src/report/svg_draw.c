/*
 * What every picture shares: a colour-blind-safe palette, the SVG head with
 * its font list, text extents, nice 1-2-5 ticks, and label placement that
 * keeps labels off each other (moved, leadered or dropped).
 */
#include "report/svg_internal.h"
#include "io/io.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Paul Tol's "muted" qualitative scheme (Tol 2021, Colour Schemes, SRON
 * technical note), in his recommended order: distinct under deuteranopia,
 * protanopia and tritanopia, and on grey-scale print by lightness. */
static const char *const palette[IL_I_NPAL] = {
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
    "#DDCC77", "#CC6677", "#882255", "#AA4499"
};
#define OTHER_COLOR "#BBBBBB"

/** The font list every picture uses: Latin first, then Korean and CJK. */
const char *const il_svg_fonts = "'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK KR', "
                                 "'Noto Sans KR', 'NanumGothic', 'Apple SD Gothic Neo', "
                                 "'Malgun Gothic', 'Source Han Sans K', sans-serif";

/**
 * \function il_i_colored_groups
 * \brief Groups with a colour of their own: all when they fit the palette,
 *        else the first IL_I_NPAL - 1 (the last slot is "other").
 */
igraph_integer_t il_i_colored_groups(igraph_integer_t k)
{
    return k <= IL_I_NPAL ? k : IL_I_NPAL - 1;
}

/**
 * \function il_i_group_color
 * \brief The fill of group \p i of \p k; grey for "other".
 */
const char *il_i_group_color(igraph_integer_t i, igraph_integer_t k)
{
    return i >= 0 && i < il_i_colored_groups(k) ? palette[i] : OTHER_COLOR;
}

/**
 * \function il_svg_group_rgb
 * \brief The picture's colour of group \p i of \p k as 0xRRGGBB.
 *
 * The same colours as the pictures, for files that carry colours (GEXF).
 */
unsigned long il_svg_group_rgb(igraph_integer_t i, igraph_integer_t k)
{
    return strtoul(il_i_group_color(i, k) + 1, NULL, 16);
}

/**
 * \function il_i_svg_open
 * \brief Open an SVG picture of \p width x \p height px.
 */
void il_i_svg_open(FILE *out, int standalone, const char *title, const char *cls, int width,
                   int height)
{
    if (standalone) {
        fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
    }
    fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" width=\"%d\" "
            "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"%s\" font-size=\"12\">\n",
            cls, width, height, width, height, il_svg_fonts);
    fputs("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n", out);
    if (title) {
        fputs("<text class=\"title\" x=\"36\" y=\"24\" font-size=\"16\" font-weight=\"bold\">",
              out);
        il_xml_write(out, title, 0, NULL);
        fputs("</text>\n", out);
    }
}

/* Advance of one character in ems, by class. */
static double char_em(unsigned long c)
{
    if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD)) {
        return 1.0;                     /* Hangul, CJK, full width */
    }
    if (c == ' ') {
        return 0.32;
    }
    if (strchr("iljtfI!|.,:;'`()[]", (int) c) && c < 0x80) {
        return 0.36;
    }
    if (c == 'm' || c == 'w') {
        return 0.98;
    }
    if (c == 'M' || c == 'W') {
        return 1.0;
    }
    if (c >= 'A' && c <= 'Z') {
        return 0.76;
    }
    if (c >= '0' && c <= '9') {
        return 0.64;
    }
    if (c < 0x80) {
        return 0.62;
    }
    return 0.72;                        /* accented Latin, Greek, Cyrillic */
}

/**
 * \function il_i_text_width
 * \brief Estimated width of \p s in px at \p font_size.
 *
 * DejaVu Sans, the widest common Latin sans, sets most lower-case letters
 * at 0.5-0.65 em and capitals at 0.6-0.8 em; Noto Sans CJK sets Hangul and
 * ideographs at 1 em. The estimate rounds each class up, so a box from it
 * contains the text as rsvg or a browser draws it. Time: O(length).
 */
double il_i_text_width(const char *s, double font_size)
{
    const unsigned char *p = (const unsigned char *) s;
    double em = 0;
    while (*p) {
        unsigned long c = *p;
        size_t k = 1;
        if (c >= 0xF0 && p[1] && p[2] && p[3]) {
            c = ((c & 0x07) << 18) | ((unsigned long) (p[1] & 0x3F) << 12) |
                ((unsigned long) (p[2] & 0x3F) << 6) | (p[3] & 0x3F);
            k = 4;
        } else if (c >= 0xE0 && p[1] && p[2]) {
            c = ((c & 0x0F) << 12) | ((unsigned long) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
            k = 3;
        } else if (c >= 0xC0 && p[1]) {
            c = ((c & 0x1F) << 6) | (p[1] & 0x3F);
            k = 2;
        }
        em += char_em(c);
        p += k;
    }
    return em * font_size;
}

/**
 * \function il_i_nice_floor
 * \brief The largest of 1, 2, 5 times a power of ten that is <= \p v.
 */
double il_i_nice_floor(double v)
{
    double p, f;
    if (!(v > 0) || !isfinite(v)) {
        return 1;
    }
    p = pow(10, floor(log10(v)));
    f = v / p;
    return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p;
}

/**
 * \function il_i_nice_ticks
 * \brief Tick values at multiples of a 1-2-5 step covering [lo, hi].
 *
 * The step is the smallest of 1, 2, 5 x 10^k giving at most about \p want
 * intervals; ticks run from the first multiple >= lo to the last <= hi
 * (within a rounding tolerance). Time complexity: O(max).
 */
int il_i_nice_ticks(double lo, double hi, int want, double *t, int max, double *step)
{
    double span = hi - lo, raw, s, first;
    int n = 0, k;
    if (!(span > 0) || !isfinite(span)) {
        span = 1;
    }
    raw = span / (want > 1 ? want : 1);
    s = il_i_nice_floor(raw);
    if (s < raw) {          /* next 1-2-5 value up */
        double p = pow(10, floor(log10(s)));
        double f = s / p;
        s = (f == 1 ? 2 : f == 2 ? 5 : 10) * p;
    }
    first = ceil(lo / s - 1e-9) * s;
    for (k = 0; n < max; k++) {
        double v = first + k * s;
        if (v > hi + s * 1e-9) {
            break;
        }
        t[n++] = fabs(v) < s * 1e-9 ? 0 : v;
    }
    *step = s;
    return n;
}

/**
 * \function il_i_tick_text
 * \brief \p v with the decimals its step \p step needs (0.05 -> 2).
 */
void il_i_tick_text(double v, double step, char *buf, size_t size)
{
    int dec = step >= 1 ? 0 : (int) ceil(-log10(step) - 1e-9);
    snprintf(buf, size, "%.*f", dec, v);
}

/* ---- Label placement ------------------------------------------------------- */

#define HALO 2.0        /* px the white halo adds on each side */

static int boxes_overlap(const il_i_box_t *a, const il_i_box_t *b)
{
    return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static int box_inside(const il_i_box_t *a, const il_i_box_t *b)
{
    return a->x0 >= b->x0 && a->x1 <= b->x1 && a->y0 >= b->y0 && a->y1 <= b->y1;
}

static int box_hits_circle(const il_i_box_t *b, double cx, double cy, double r)
{
    double dx = cx < b->x0 ? b->x0 - cx : cx > b->x1 ? cx - b->x1 : 0;
    double dy = cy < b->y0 ? b->y0 - cy : cy > b->y1 ? cy - b->y1 : 0;
    return dx * dx + dy * dy < r * r;
}

/* The box of text of width \p w and size \p fs whose left end is at \p x
 * and baseline at \p y (ascent 0.8 em above, descent 0.25 em below). */
static il_i_box_t text_box(double x, double y, double w, double fs)
{
    il_i_box_t b;
    b.x0 = x - HALO;
    b.x1 = x + w + HALO;
    b.y0 = y - 0.8 * fs - HALO;
    b.y1 = y + 0.25 * fs + HALO;
    return b;
}

/* The text origin that puts a w x fs label at distance \p d from (cx, cy)
 * in direction (ux, uy): the label's nearest edge faces the point. */
static void origin_at(double cx, double cy, double d, double ux, double uy, double w, double fs,
                      double *x, double *y)
{
    double h = 1.05 * fs;
    double mx = cx + ux * d, my = cy + uy * d;
    /* horizontally: right of the point when ux > 0, left when < 0, centred at 0 */
    *x = ux > 0.3 ? mx : ux < -0.3 ? mx - w : mx - w / 2;
    /* vertically: below when uy > 0, above when < 0, centred otherwise */
    *y = uy > 0.3 ? my + 0.8 * fs : uy < -0.3 ? my - 0.25 * fs : my + 0.8 * fs - h / 2;
}

/* 1 when the box is free: inside bounds, off placed labels and off the
 * circles (all of them with \p strict, else only those of radius >= 6,
 * which carry the picture's most important nodes), its own excepted. */
static int box_free(const il_i_box_t *b, const il_i_label_t *lab, size_t placed_upto,
                    const double *cx, const double *cy, const double *cr, size_t ncirc,
                    const il_i_label_t *self, const il_i_box_t *bounds, int strict)
{
    size_t j;
    if (!box_inside(b, bounds)) {
        return 0;
    }
    for (j = 0; j < placed_upto; j++) {
        if (lab[j].state != 0 && boxes_overlap(b, &lab[j].box)) {
            return 0;
        }
    }
    for (j = 0; j < ncirc; j++) {
        if (cx[j] == self->cx && cy[j] == self->cy) {
            continue;
        }
        if ((strict || cr[j] >= 6) && box_hits_circle(b, cx[j], cy[j], cr[j])) {
            return 0;
        }
    }
    return 1;
}

/**
 * \function il_i_place_labels
 * \brief Place labels without overlaps: beside, leadered, or dropped.
 *
 * Each label, in the order given, tries eight positions around its circle
 * (right, left, above, below, then the diagonals) clear of every circle;
 * then the same positions clear only of the larger circles; then twelve
 * directions at three distances, joined to the circle by a leader; a label
 * that fits nowhere is dropped. No two placed labels' boxes (text plus
 * halo) overlap, and every box lies inside \p bounds.
 * \return The number of labels dropped.
 * Time complexity: O(n * (n + ncirc)) with a constant of about 60.
 */
size_t il_i_place_labels(il_i_label_t *lab, size_t n, const double *cx, const double *cy,
                         const double *cr, size_t ncirc, il_i_box_t bounds)
{
    static const double near[8][2] = {
        { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 },
        { 0.7071, -0.7071 }, { -0.7071, -0.7071 }, { 0.7071, 0.7071 }, { -0.7071, 0.7071 }
    };
    size_t i, dropped = 0;
    for (i = 0; i < n; i++) {
        il_i_label_t *L = &lab[i];
        double w = il_i_text_width(L->text, L->size);
        int pass, k, done = 0;
        L->state = 0;
        for (pass = 0; pass < 2 && !done; pass++) {
            for (k = 0; k < 8 && !done; k++) {
                double x, y;
                il_i_box_t b;
                origin_at(L->cx, L->cy, L->r + 3, near[k][0], near[k][1], w, L->size, &x, &y);
                b = text_box(x, y, w, L->size);
                if (box_free(&b, lab, i, cx, cy, cr, ncirc, L, &bounds, pass == 0)) {
                    L->x = x;
                    L->y = y;
                    L->box = b;
                    L->state = 1;
                    done = 1;
                }
            }
        }
        for (pass = 1; pass <= 3 && !done; pass++) {
            for (k = 0; k < 12 && !done; k++) {
                double a = k * M_PI / 6, x, y;
                il_i_box_t b;
                origin_at(L->cx, L->cy, L->r + 3 + pass * 1.6 * L->size, cos(a), sin(a), w,
                          L->size, &x, &y);
                b = text_box(x, y, w, L->size);
                if (box_free(&b, lab, i, cx, cy, cr, ncirc, L, &bounds, 0)) {
                    L->x = x;
                    L->y = y;
                    L->box = b;
                    L->state = 2;
                    done = 1;
                }
            }
        }
        if (!done) {
            dropped++;
        }
    }
    return dropped;
}

/* The point of box \p b nearest to (x, y). */
static void nearest_on_box(const il_i_box_t *b, double x, double y, double *nx, double *ny)
{
    *nx = x < b->x0 + HALO ? b->x0 + HALO : x > b->x1 - HALO ? b->x1 - HALO : x;
    *ny = y < b->y0 + HALO ? b->y0 + HALO : y > b->y1 - HALO ? b->y1 - HALO : y;
}

/**
 * \function il_i_write_labels
 * \brief Write the leaders, then the placed labels with a white halo.
 */
void il_i_write_labels(FILE *out, const il_i_label_t *lab, size_t n, const char *cls)
{
    size_t i;
    fputs("<g class=\"leaders\" stroke=\"#666666\" stroke-width=\"0.7\">\n", out);
    for (i = 0; i < n; i++) {
        double dx, dy, d, sx, sy, ex, ey;
        if (lab[i].state != 2) {
            continue;
        }
        nearest_on_box(&lab[i].box, lab[i].cx, lab[i].cy, &ex, &ey);
        dx = ex - lab[i].cx;
        dy = ey - lab[i].cy;
        d = sqrt(dx * dx + dy * dy);
        sx = d > 0 ? lab[i].cx + dx / d * lab[i].r : lab[i].cx;
        sy = d > 0 ? lab[i].cy + dy / d * lab[i].r : lab[i].cy;
        fprintf(out, "<line class=\"leader\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                sx, sy, ex, ey);
    }
    fputs("</g>\n<g class=\"labels\" fill=\"#222222\" stroke=\"#ffffff\" stroke-width=\"3\" "
          "stroke-linejoin=\"round\" paint-order=\"stroke\">\n", out);
    for (i = 0; i < n; i++) {
        if (lab[i].state == 0) {
            continue;
        }
        fprintf(out, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" font-size=\"%g\">", cls, lab[i].x,
                lab[i].y, lab[i].size);
        il_xml_write(out, lab[i].text, 0, NULL);
        fputs("</text>\n", out);
    }
    fputs("</g>\n", out);
}
