/*
 * The loose-coupling plane drawn by innolink itself as SVG: one bubble per
 * group (area by members), nice 1-2-5 ticks, labels that do not collide,
 * a legend for bubble size and for the moves from an earlier snapshot.
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

/* The axes, the ticks (1-2-5 values), their titles and the quadrant notes. */
static void plane_axes(FILE *out, double x0, double y0, double w, double h, const double *xt,
                       int nxt, double xstep, const double *yt, int nyt, double ystep,
                       double maxx)
{
    char num[40];
    int j;
    /* axes, grid and quadrant guide */
    fprintf(out, "<g class=\"axes\" stroke=\"#444444\">\n<line x1=\"%.1f\" y1=\"%.1f\" "
            "x2=\"%.1f\" y2=\"%.1f\"/>\n<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
            "y2=\"%.1f\"/>\n", x0, y0, x0 + w, y0, x0, y0, x0, y0 - h);
    fprintf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-dasharray=\"4 4\" "
            "stroke=\"#bbbbbb\"/>\n</g>\n", x0, y0 - h / 2, x0 + w, y0 - h / 2);
    fputs("<g class=\"ticks\" font-size=\"11\" fill=\"#444444\">\n", out);
    for (j = 0; j < nyt; j++) {
        il_i_tick_text(yt[j], ystep, num, sizeof num);
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", x0 - 6,
                y0 - yt[j] * h + 4, num);
    }
    for (j = 0; j < nxt; j++) {
        il_i_tick_text(xt[j], xstep, num, sizeof num);
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n",
                x0 + xt[j] / maxx * w, y0 + 16, num);
    }
    fputs("</g>\n", out);
    fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">internal cohesion: "
            "weighted density inside the group</text>\n", x0 + w / 2, y0 + 40);
    fprintf(out, "<text transform=\"translate(24,%.1f) rotate(-90)\" text-anchor=\"middle\">"
            "external coupling: share of tie strength leaving the group</text>\n", y0 - h / 2);
    fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#777777\">loosely coupled "
            "(outward-looking)</text>\n", x0 + 8, y0 - h + 12);
    fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#777777\" "
            "text-anchor=\"end\">tightly knit, inward-looking</text>\n", x0 + w - 4, y0 - 8);
}

/**
 * \function il_svg_write_plane
 * \brief Draw the loose-coupling plane: one labelled point per group.
 *
 * x = internal cohesion (weighted density inside the group, from 0 to the
 * largest value), y = external coupling (share of the group's tie
 * strength leaving it, 0 to 1), both with ticks at 1-2-5 steps; bubble
 * area grows with group size (the largest bubble shrinks when there are
 * many groups), and a legend gives the sizes. Groups with an undefined
 * coordinate (one node, or no ties) are listed below the plot instead.
 * Each point is a `<circle class="group">`; labels are placed by
 * il_i_place_labels() (larger groups first), so none overlaps another, and
 * those that find no room are counted below the plot. With \p before (a
 * plane over the same groups, e.g. before a programme), each group also
 * gets an arrow `<line class="move">` from its earlier position.
 * \param drawn  Set to the number of groups drawn (may be NULL).
 * \return IGRAPH_ENOMEM. Time complexity: O(k^2).
 */
igraph_error_t il_svg_write_plane(const il_partition_t *p, const il_plane_t *pl,
                                  const il_plane_t *before, const char *by,
                                  const char *title, int standalone, FILE *out,
                                  igraph_integer_t *drawn)
{
    igraph_integer_t i, nd = 0, missing = 0, maxn = 1, k = p->k;
    double maxx = 0, x0 = 80, y0 = SVG_H - 90, w = SVG_W - 80 - 200, h = SVG_H - 90 - 70;
    double xt[16], yt[16], xstep, ystep;
    int nxt, nyt, j;
    double *cx, *cy, *cr;
    igraph_integer_t *order;
    il_i_label_t *lab;
    size_t nl = 0, dropped;

    for (i = 0; i < k; i++) {
        double x = VECTOR(pl->internal_density)[i];
        if (isfinite(x)) {
            maxx = fmax(maxx, x);
        }
        if (before && isfinite(VECTOR(before->internal_density)[i])) {
            maxx = fmax(maxx, VECTOR(before->internal_density)[i]);
        }
        if (VECTOR(p->size)[i] > maxn) {
            maxn = VECTOR(p->size)[i];
        }
    }
    if (!(maxx > 0)) {
        maxx = 1;
    }
    /* the x axis ends at the first 1-2-5 tick past the largest value */
    nxt = il_i_nice_ticks(0, maxx * 1.05, 5, xt, 16, &xstep);
    if (nxt > 0 && xt[nxt - 1] < maxx * 1.05 && nxt < 16) {
        xt[nxt] = xt[nxt - 1] + xstep;
        nxt++;
    }
    maxx = nxt > 1 ? xt[nxt - 1] : maxx;
    nyt = il_i_nice_ticks(0, 1, 5, yt, 16, &ystep);

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
    plane_axes(out, x0, y0, w, h, xt, nxt, xstep, yt, nyt, ystep, maxx);
    fputs("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
          "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
          "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555555\"/></marker></defs>\n", out);
    if (before) {
        fputs("<g class=\"moves\" stroke=\"#555555\" stroke-width=\"1.5\">\n", out);
        for (i = 0; i < k; i++) {
            double bx = VECTOR(before->internal_density)[i], by0 = VECTOR(before->external_share)[i];
            double x = VECTOR(pl->internal_density)[i], y = VECTOR(pl->external_share)[i];
            if (!isfinite(bx) || !isfinite(by0) || !isfinite(x) || !isfinite(y)) {
                continue;
            }
            fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"none\"/>"
                    "<line class=\"move\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    "marker-end=\"url(#arrow)\"><title>", x0 + bx / maxx * w, y0 - by0 * h,
                    x0 + bx / maxx * w, y0 - by0 * h, x0 + x / maxx * w, y0 - y * h);
            il_xml_write(out, il_partition_name(p, i), 0, NULL);
            fprintf(out, ": internal density %.4g to %.4g, external share %.4g to %.4g"
                    "</title></line>\n", bx, x, by0, y);
        }
        fputs("</g>\n", out);
    }
    fputs("<g class=\"groups\" stroke=\"#ffffff\" stroke-width=\"1\">\n", out);
    for (i = 0; i < k; i++) {
        double x = VECTOR(pl->internal_density)[i], y = VECTOR(pl->external_share)[i];
        double r = bubble_radius(VECTOR(p->size)[i], maxn, k);
        order[i] = i;
        cr[i] = -1;
        if (!isfinite(x) || !isfinite(y)) {
            missing++;
            continue;
        }
        nd++;
        cx[i] = x0 + x / maxx * w;
        cy[i] = y0 - y * h;
        cr[i] = r;
        fprintf(out, "<circle class=\"group\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" "
                "fill-opacity=\"0.75\"><title>", cx[i], cy[i], r, il_i_group_color(i, k));
        il_xml_write(out, il_partition_name(p, i), 0, NULL);
        fprintf(out, " (%" IGRAPH_PRId " nodes)\ninternal density: %.4g\nexternal share: %.4g"
                "</title></circle>\n", VECTOR(p->size)[i], x, y);
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
        il_i_box_t bounds = { x0 - 30, y0 - h - 10, x0 + w + 20, y0 + 4 };
        dropped = il_i_place_labels(lab, nl, cx, cy, cr, (size_t) k, bounds);
    }
    il_i_write_labels(out, lab, nl, "group-label");
    plane_legend(out, x0 + w + 30, y0 - h + 10, maxn, k, before != NULL);
    fprintf(out, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#555555\">groups by ",
            x0, SVG_H - 18);
    il_xml_write(out, by, 0, NULL);
    fprintf(out, ": %" IGRAPH_PRId " drawn", nd);
    if (missing > 0) {
        fprintf(out, ", %" IGRAPH_PRId " not drawn (one node or no ties: undefined)", missing);
    }
    if (dropped > 0) {
        fprintf(out, "; %zu label%s left out for want of room (hover a bubble for its name)",
                dropped, dropped == 1 ? "" : "s");
    }
    fputs("</text>\n</svg>\n", out);
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
