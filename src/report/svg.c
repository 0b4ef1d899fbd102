/*
 * The loose-coupling plane drawn by innolink itself as SVG, as the one
 * definition of loose coupling reads it (docs/metrics-groups.md): one
 * bubble per group (area by members) in the band of its reading, 1-2-5
 * ticks, labels that do not collide, a legend for bubble size and for the
 * moves from an earlier snapshot.
 * The network picture is report/svg_network.c; the shared pieces
 * (palette, fonts, ticks, label placement) report/svg_draw.c.
 */
#include "report/svg.h"
#include "io/io.h"
#include "report/svg_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define SVG_W 960
#define SVG_H 720

/* Bubble radius of a group of \p size members when the largest has \p maxn:
 * area grows with members; the largest bubble shrinks as groups get many
 * (18 px up to 7 groups, about 9 px at 25), so that bubbles stay apart. */
static double bubble_radius(igraph_integer_t size, igraph_integer_t maxn, igraph_integer_t k)
{
    double rmax = k <= 7 ? 18 : fmax(7, 18 * sqrt(7.0 / (double) k));
    return 3 + (rmax - 3) * sqrt((double) size / (double) maxn);
}

/* Order of the groups for labelling: larger first, then by index. */
static int by_members_desc(void *part, const void *a, const void *b)
{
    const il_partition_t *p = part;
    igraph_integer_t u = *(const igraph_integer_t *) a, v = *(const igraph_integer_t *) b;
    if (VECTOR(p->size)[u] != VECTOR(p->size)[v]) {
        return VECTOR(p->size)[u] > VECTOR(p->size)[v] ? -1 : 1;
    }
    return (u > v) - (u < v);
}

/* The plane's legend at (\p lx, \p ly): bubble sizes at 1-2-5 member
 * counts and, with an earlier snapshot, what an arrow means. */
static void plane_legend(FILE *out, double lx, double ly, igraph_integer_t maxn,
                         igraph_integer_t k, int arrows)
{
    double vals[3], y = ly + 20, v;
    int nv = 0, i;
    vals[nv++] = il_i_nice_floor((double) maxn);
    v = il_i_nice_floor((double) maxn / 5);     /* whole members only */
    if (v >= 1 && v < vals[0]) {
        vals[nv++] = v;
    }
    if (vals[nv - 1] > 1) {
        vals[nv++] = 1;
    }
    fprintf(out, "<g class=\"legend\" font-size=\"11\">\n<text x=\"%.1f\" y=\"%.1f\" "
            "font-weight=\"bold\">bubble area: members</text>\n", lx, ly);
    for (i = 0; i < nv; i++) {
        double r = bubble_radius((igraph_integer_t) vals[i], maxn, k);
        fprintf(out, "<circle class=\"size-key\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" "
                "fill=\"none\" stroke=\"#555555\"/><text x=\"%.1f\" y=\"%.1f\">%.0f</text>\n",
                lx + 20, y + r, r, lx + 44, y + r + 4, vals[i]);
        y += 2 * r + 8;
    }
    if (arrows) {
        y += 10;
        fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"none\" stroke=\"#555555\"/>"
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555555\" "
                "stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>\n<text x=\"%.1f\" y=\"%.1f\">"
                "from the earlier</text>\n<text x=\"%.1f\" y=\"%.1f\">snapshot to now</text>\n",
                lx + 6, y, lx + 6, y, lx + 34, y, lx + 44, y + 4, lx + 44, y + 18);
    }
    fputs("</g>\n", out);
}

/* Where a group sits on the plane: band by its reading, place in the band
 * by its cohesion z (squashed), height by its coupling ratio. */
typedef struct plane_bands {
    double x0, y0, w, h, ymax;
} plane_bands_t;

/* The bands, left to right: dissolved, indeterminate, cohesive beyond chance. */
static const double band_lo[3] = { 0, 0.25, 0.55 }, band_hi[3] = { 0.25, 0.55, 1 };

static int plane_band(il_coupling_reading_t r)
{
    switch (r) {
    case IL_READING_DISSOLVED:
        return 0;
    case IL_READING_ISOLATED:
    case IL_READING_LOOSE:
        return 2;
    default:
        return 1;
    }
}

/* 0 when the group is not drawn (no ties, one member, no coupling share). */
static int plane_place(const il_coupling_group_t *gr, const plane_bands_t *b, double *cx,
                       double *cy)
{
    double z = gr->cohesion_z, sq, t, y;
    int band;
    if (gr->reading == IL_READING_NO_TIES || gr->reading == IL_READING_SINGLETON ||
        !isfinite(gr->coupling_share)) {
        return 0;
    }
    band = plane_band(gr->reading);
    sq = isfinite(z) ? z / (fabs(z) + 2) : 0;       /* in (-1, 1) */
    t = band == 2 ? fmax(0, sq) : (band == 0 ? 1 + fmin(0, sq) : (sq + 1) / 2);
    *cx = b->x0 + (band_lo[band] + (0.1 + 0.8 * t) * (band_hi[band] - band_lo[band])) * b->w;
    y = isfinite(gr->coupling_ratio) ? gr->coupling_ratio : 0;
    *cy = b->y0 - fmin(y, b->ymax) / b->ymax * b->h;
    return 1;
}

/* The bands by reading, the axes, the y ticks (1-2-5 values of the
 * coupling ratio), the isolated and chance lines, and the corner captions
 * the definition names. */
static void plane_axes(FILE *out, const plane_bands_t *b, double isolated_below)
{
    static const char *const band_caption[3] = {
        "less cohesive than chance",
        "indeterminate: could be chance",
        "cohesive beyond chance"
    };
    double yt[16], ystep, lx, ly;
    char num[40];
    int k, nyt, j;
    fputs("<g class=\"bands\">\n", out);
    for (k = 0; k < 3; k++) {
        fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                b->x0 + band_lo[k] * b->w, b->y0 - b->h, (band_hi[k] - band_lo[k]) * b->w, b->h,
                k == 1 ? "#f2f2f2" : (k == 0 ? "#fbeeee" : "#eef5fb"));
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#555555\" "
                "text-anchor=\"middle\">%s</text>\n",
                b->x0 + (band_lo[k] + band_hi[k]) / 2 * b->w, b->y0 - b->h - 8, band_caption[k]);
    }
    fputs("</g>\n", out);
    fprintf(out, "<g class=\"axes\" stroke=\"#444444\">\n<line x1=\"%.1f\" y1=\"%.1f\" "
            "x2=\"%.1f\" y2=\"%.1f\"/>\n<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
            "y2=\"%.1f\"/>\n</g>\n", b->x0, b->y0, b->x0 + b->w, b->y0, b->x0, b->y0, b->x0,
            b->y0 - b->h);
    ly = b->y0 - fmin(isolated_below, b->ymax) / b->ymax * b->h;
    lx = b->x0 + band_lo[2] * b->w;
    fprintf(out, "<line class=\"isolated\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
            "stroke=\"#888888\" stroke-dasharray=\"4 4\"/>\n", lx, ly, b->x0 + b->w, ly);
    fprintf(out, "<line class=\"chance\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
            "stroke=\"#bbbbbb\" stroke-dasharray=\"2 4\"/>\n", b->x0, b->y0 - b->h / b->ymax,
            b->x0 + b->w, b->y0 - b->h / b->ymax);
    nyt = il_i_nice_ticks(0, b->ymax, 5, yt, 16, &ystep);
    fputs("<g class=\"ticks\" font-size=\"11\" fill=\"#444444\">\n", out);
    for (j = 0; j < nyt; j++) {
        il_i_tick_text(yt[j], ystep, num, sizeof num);
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", b->x0 - 6,
                b->y0 - yt[j] / b->ymax * b->h + 4, num);
    }
    fputs("</g>\n", out);
    fprintf(out, "<text class=\"corner\" x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#1f4e79\" "
            "text-anchor=\"end\">loosely coupled: cohesive, and tied across</text>\n",
            b->x0 + b->w - 6, b->y0 - b->h + 16);
    fprintf(out, "<text class=\"corner\" x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#1f4e79\" "
            "text-anchor=\"end\">isolated: cohesive, little strength across</text>\n",
            b->x0 + b->w - 6, b->y0 - 8);
    fprintf(out, "<text class=\"corner\" x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#8b1a1a\">"
            "dissolved</text>\n", b->x0 + 6, b->y0 - b->h + 16);
    fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">cohesion against the null "
            "(inside weighted density; within a band, by its z-score)</text>\n",
            b->x0 + b->w / 2, b->y0 + 24);
    fprintf(out, "<text transform=\"translate(24,%.1f) rotate(-90)\" text-anchor=\"middle\">"
            "coupling: share of tie strength leaving the group, over the null's</text>\n",
            b->y0 - b->h / 2);
}

/* The arrows from the earlier snapshot's places. */
static void plane_moves(FILE *out, const il_partition_t *p, const il_coupling_t *c,
                        const il_coupling_t *before, const plane_bands_t *b)
{
    igraph_integer_t i;
    fputs("<g class=\"moves\" stroke=\"#555555\" stroke-width=\"1.5\">\n", out);
    for (i = 0; i < p->k; i++) {
        double x, y, bx, by0;
        if (!plane_place(&before->group[i], b, &bx, &by0) ||
            !plane_place(&c->group[i], b, &x, &y)) {
            continue;
        }
        fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"none\"/>"
                "<line class=\"move\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "marker-end=\"url(#arrow)\"><title>", bx, by0, bx, by0, x, y);
        il_xml_write(out, il_partition_name(p, i), 0, NULL);
        fprintf(out, ": internal density %.4g to %.4g, external share %.4g to %.4g</title>"
                "<desc>%s to %s</desc></line>\n", before->group[i].weighted_density,
                c->group[i].weighted_density, before->group[i].coupling_share,
                c->group[i].coupling_share, il_coupling_reading_name(before->group[i].reading),
                il_coupling_reading_name(c->group[i].reading));
    }
    fputs("</g>\n", out);
}

/* The lines under the plot: groups drawn, labels left out, the null. */
static void plane_notes(FILE *out, const il_coupling_t *c, const char *by, double x0,
                        igraph_integer_t nd, igraph_integer_t missing, size_t dropped)
{
    fprintf(out, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#555555\">groups by ",
            x0, SVG_H - 50);
    il_xml_write(out, by, 0, NULL);
    fprintf(out, ": %" IGRAPH_PRId " drawn", nd);
    if (missing > 0) {
        fprintf(out, ", %" IGRAPH_PRId " not drawn (one node or no ties)", missing);
    }
    if (dropped > 0) {
        fprintf(out, "; %zu label%s left out for want of room (hover a bubble for its name)",
                dropped, dropped == 1 ? "" : "s");
    }
    fprintf(out, "</text>\n<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#555555\">",
            x0, SVG_H - 34);
    if (c->tested) {
        int m;
        for (m = 0; m < IL_NULL_MODELS && !c->tests.run[m].done; m++) {
        }
        fprintf(out, "null: %s, %ld samples, seed %lu;</text>\n<text x=\"%.1f\" y=\"%d\" "
                "font-size=\"11\" fill=\"#555555\">two-sided level %.3g; dotted line: "
                "coupling as the null gives it; dashed: isolated below %.2f of it",
                m < IL_NULL_MODELS ? il_null_model_describe((il_null_model_t) m,
                                                            c->tests.run[m].weights) : "?",
                (long) c->tests.opts.samples, (unsigned long) c->tests.opts.seed, x0,
                SVG_H - 18, c->alpha, c->isolated_below);
    } else {
        fputs("no null test was run: every group reads indeterminate", out);
    }
    fputs("</text>\n", out);
}

/**
 * \function il_svg_write_plane
 * \brief Draw the loose-coupling plane: one labelled bubble per group.
 *
 * The picture follows the one definition of loose coupling
 * (docs/metrics-groups.md): three vertical bands by the group's reading
 * (left: dissolved, less cohesive than the null gives; middle:
 * indeterminate; right: cohesive beyond chance), placed within its band
 * by the z-score of its cohesion against the null; height = coupling
 * ratio (its coupling share over the null's), with 1-2-5 ticks. In the
 * right band a dashed line at the isolated threshold separates loosely
 * coupled (above) from isolated (below); the corner captions name those
 * readings. Bubble area grows with group size (the largest shrinks when
 * there are many groups) and a legend gives the sizes; each bubble is a
 * `<circle class="group">` whose title gives the raw cohesion and coupling
 * and whose `<desc>` gives the reading and the test that decided it.
 * Labels are placed by il_i_place_labels() (larger groups first), so none
 * overlaps another. Groups without ties or with one member are counted
 * below the plot. With \p before (the coupling of an earlier snapshot over
 * the same groups), each group gets an arrow `<line class="move">` from
 * its earlier place.
 * \param drawn  Set to the number of groups drawn (may be NULL).
 * \return IGRAPH_ENOMEM. Time complexity: O(k^2).
 */
igraph_error_t il_svg_write_plane(const il_partition_t *p, const il_coupling_t *c,
                                  const il_coupling_t *before, const char *by,
                                  const char *title, int standalone, FILE *out,
                                  igraph_integer_t *drawn)
{
    igraph_integer_t i, nd = 0, missing = 0, maxn = 1, k = p->k;
    plane_bands_t b;
    double *cx, *cy, *cr;
    igraph_integer_t *order;
    il_i_label_t *lab;
    size_t nl = 0, dropped;
    int j;

    b.x0 = 80;
    b.y0 = SVG_H - 90;
    b.w = SVG_W - 80 - 200;
    b.h = SVG_H - 90 - 80;
    b.ymax = 1.25;
    for (i = 0; i < k; i++) {
        double r = c->group[i].coupling_ratio;
        if (isfinite(r)) {
            b.ymax = fmax(b.ymax, r * 1.1);
        }
        if (before && isfinite(before->group[i].coupling_ratio)) {
            b.ymax = fmax(b.ymax, before->group[i].coupling_ratio * 1.1);
        }
        if (VECTOR(p->size)[i] > maxn) {
            maxn = VECTOR(p->size)[i];
        }
    }
    b.ymax = fmin(b.ymax, 4);

    cx = calloc((size_t) k + 1, sizeof *cx);
    cy = calloc((size_t) k + 1, sizeof *cy);
    cr = calloc((size_t) k + 1, sizeof *cr);
    order = calloc((size_t) k + 1, sizeof *order);
    lab = calloc((size_t) k + 1, sizeof *lab);
    if (!cx || !cy || !cr || !order || !lab) {
        free(cx);
        free(cy);
        free(cr);
        free(order);
        free(lab);
        IGRAPH_ERROR("Out of memory drawing the coupling plane.", IGRAPH_ENOMEM);
    }

    il_i_svg_open(out, standalone, title, "plane", SVG_W, SVG_H);
    plane_axes(out, &b, c->isolated_below);
    fputs("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
          "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
          "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555555\"/></marker></defs>\n", out);
    if (before) {
        plane_moves(out, p, c, before, &b);
    }
    fputs("<g class=\"groups\" stroke=\"#333333\" stroke-width=\"1\">\n", out);
    for (i = 0; i < k; i++) {
        const il_coupling_group_t *gr = &c->group[i];
        char why[512];
        order[i] = i;
        cr[i] = -1;
        if (!plane_place(gr, &b, &cx[i], &cy[i])) {
            missing++;
            continue;
        }
        nd++;
        cr[i] = bubble_radius(VECTOR(p->size)[i], maxn, k);
        fprintf(out, "<circle class=\"group\" data-reading=\"%s\" cx=\"%.1f\" cy=\"%.1f\" "
                "r=\"%.1f\" fill=\"%s\" fill-opacity=\"%s\"><title>",
                il_coupling_reading_name(gr->reading), cx[i], cy[i], cr[i],
                il_i_group_color(i, k), gr->reading == IL_READING_INDETERMINATE ? "0.25" : "0.8");
        il_xml_write(out, il_partition_name(p, i), 0, NULL);
        il_coupling_reading_evidence(c, i, why, sizeof why);
        fprintf(out, " (%" IGRAPH_PRId " nodes)\ninternal density: %.4g\nexternal share: %.4g"
                "</title><desc>%s: ", VECTOR(p->size)[i], gr->weighted_density,
                gr->coupling_share, il_coupling_reading_name(gr->reading));
        il_xml_write(out, why, 0, NULL);
        fputs("</desc></circle>\n", out);
    }
    fputs("</g>\n", out);
    /* labels, larger groups first, where they overlap no other label */
    if (k > 0) {
        igraph_qsort_r(order, (size_t) k, sizeof *order, (void *) p, by_members_desc);
    }
    for (j = 0; j < (int) k; j++) {
        i = order[j];
        if (cr[i] < 0) {
            continue;
        }
        lab[nl].cx = cx[i];
        lab[nl].cy = cy[i];
        lab[nl].r = cr[i];
        lab[nl].text = il_partition_name(p, i);
        lab[nl].size = 12;
        nl++;
    }
    for (i = 0; i < k; i++) {   /* undrawn groups block nothing */
        if (cr[i] < 0) {
            cx[i] = cy[i] = -1000;
            cr[i] = 0;
        }
    }
    {
        il_i_box_t bounds = { b.x0 - 30, b.y0 - b.h - 10, b.x0 + b.w + 20, b.y0 + 4 };
        dropped = il_i_place_labels(lab, nl, cx, cy, cr, (size_t) k, bounds);
    }
    il_i_write_labels(out, lab, nl, "group-label");
    plane_legend(out, b.x0 + b.w + 30, b.y0 - b.h + 10, maxn, k, before != NULL);
    plane_notes(out, c, by, b.x0, nd, missing, dropped);
    fputs("</svg>\n", out);
    free(cx);
    free(cy);
    free(cr);
    free(order);
    free(lab);
    if (drawn) {
        *drawn = nd;
    }
    return IGRAPH_SUCCESS;
}
