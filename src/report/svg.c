/*
 * Pictures drawn by innolink itself as SVG: the network (nodes coloured
 * by group, sized by a measure, top nodes labelled, a legend) and the
 * loose-coupling plane. Text uses a font list with CJK fallbacks so Hangul
 * labels render wherever a Korean font is installed.
 */
#include "report/svg.h"
#include "io/io.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define SVG_W 960
#define SVG_H 720
#define LEGEND_W 230
#define MARGIN 36
#define TITLE_H 30

static const char *const palette[] = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f"
};
#define NPAL ((igraph_integer_t) (sizeof palette / sizeof palette[0]))
#define OTHER_COLOR "#bab0ac"

/** The font list every picture uses: Latin first, then Korean and CJK. */
const char *const il_svg_fonts = "'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK KR', "
                                 "'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', "
                                 "'NanumGothic', 'Source Han Sans K', sans-serif";

static void svg_open(FILE *out, int standalone, const char *title, const char *cls)
{
    if (standalone) {
        fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
    }
    fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" width=\"%d\" "
            "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"%s\" font-size=\"12\">\n",
            cls, SVG_W, SVG_H, SVG_W, SVG_H, il_svg_fonts);
    fputs("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n", out);
    if (title) {
        fprintf(out, "<text x=\"%d\" y=\"22\" font-size=\"16\" font-weight=\"bold\">", MARGIN);
        il_xml_write(out, title, 0, NULL);
        fputs("</text>\n", out);
    }
}

/* The colour of group \p i of \p k (the last palette slot is "other"). */
static const char *group_color(igraph_integer_t i, igraph_integer_t k)
{
    if (k > NPAL + 1 && i >= NPAL) {
        return OTHER_COLOR;
    }
    return i < NPAL ? palette[i] : OTHER_COLOR;
}

/*
 * Nodes by size (largest first, NaN last), then label, then index. The
 * index makes the order total: labels need not be unique, and the stable
 * sort this replaced kept such nodes in index order.
 */
static int by_size_desc(void *network, const void *a, const void *b)
{
    const il_svg_network_t *s = network;
    igraph_integer_t u = *(const igraph_integer_t *) a, v = *(const igraph_integer_t *) b;
    double su = s->size ? VECTOR(*s->size)[u] : 0, sv = s->size ? VECTOR(*s->size)[v] : 0;
    int c;
    if (isnan(su) != isnan(sv)) {
        return isnan(su) ? 1 : -1;
    }
    if (su != sv && !isnan(su)) {
        return su > sv ? -1 : 1;
    }
    c = strcmp(il_graph_vertex_label(s->g, u), il_graph_vertex_label(s->g, v));
    return c != 0 ? c : (u > v) - (u < v);
}

/* Where the nodes of the network picture go, in SVG coordinates. */
typedef struct placed {
    double *px, *py, *rad;      /* centre and radius per node */
    char *ok;                   /* 1: finite position, drawn */
    igraph_integer_t *order;    /* nodes by size, for the labels */
} placed_t;

static void placed_free(placed_t *pl)
{
    free(pl->px);
    free(pl->py);
    free(pl->rad);
    free(pl->order);
    free(pl->ok);
}

/* Scale the positions into the plot (equal x and y scale, y up -> SVG y
 * down) and size the nodes by the square root of the size measure. */
static void place_nodes(const il_svg_network_t *s, placed_t *pl)
{
    igraph_integer_t n = il_graph_vcount(s->g), v;
    double minx = HUGE_VAL, maxx = -HUGE_VAL, miny = HUGE_VAL, maxy = -HUGE_VAL, maxs = 0;
    double sc, ox, oy, pw = SVG_W - LEGEND_W - 2 * MARGIN, ph = SVG_H - 2 * MARGIN - TITLE_H;

    for (v = 0; v < n; v++) {
        double x = MATRIX(*s->xy, v, 0), y = MATRIX(*s->xy, v, 1);
        pl->ok[v] = isfinite(x) && isfinite(y);
        if (pl->ok[v]) {
            minx = fmin(minx, x);
            maxx = fmax(maxx, x);
            miny = fmin(miny, y);
            maxy = fmax(maxy, y);
        }
        if (s->size && isfinite(VECTOR(*s->size)[v])) {
            maxs = fmax(maxs, VECTOR(*s->size)[v]);
        }
    }
    sc = fmin(pw / fmax(maxx - minx, 1e-9), ph / fmax(maxy - miny, 1e-9));
    if (!(maxx > minx) && !(maxy > miny)) {
        sc = 0;     /* one point (or none): draw it in the middle */
    }
    ox = MARGIN + (pw - sc * (maxx - minx)) / 2;
    oy = MARGIN + TITLE_H + (ph - sc * (maxy - miny)) / 2;
    for (v = 0; v < n; v++) {
        double sz = s->size ? VECTOR(*s->size)[v] : 0;
        pl->px[v] = ox + sc * (MATRIX(*s->xy, v, 0) - minx);
        pl->py[v] = oy + sc * (maxy - MATRIX(*s->xy, v, 1));
        pl->rad[v] = s->size && maxs > 0 && isfinite(sz) && sz > 0 ? 3 + 12 * sqrt(sz / maxs) : 3;
        pl->order[v] = v;
    }
}

/* The ties, width by strength; arrows stop at the target's rim. */
static void draw_edges(FILE *out, const il_graph_t *g, const placed_t *pl)
{
    igraph_integer_t m = il_graph_ecount(g), e;
    double maxw = 0, minw = HUGE_VAL;

    for (e = 0; e < m; e++) {
        maxw = fmax(maxw, VECTOR(g->weight)[e]);
        minw = fmin(minw, VECTOR(g->weight)[e]);
    }
    if (g->directed) {
        fputs("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
              "markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" "
              "fill=\"#888\"/></marker></defs>\n", out);
    }
    fputs("<g class=\"edges\" stroke=\"#888888\" stroke-opacity=\"0.45\">\n", out);
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
        double x2 = pl->px[b], y2 = pl->py[b];
        if (!pl->ok[a] || !pl->ok[b] || a == b) {
            continue;
        }
        if (g->directed) {  /* stop the arrow at the target's rim */
            double dx = pl->px[b] - pl->px[a], dy = pl->py[b] - pl->py[a];
            double d = sqrt(dx * dx + dy * dy);
            if (d > pl->rad[b]) {
                x2 -= dx / d * pl->rad[b];
                y2 -= dy / d * pl->rad[b];
            }
        }
        fprintf(out, "<line class=\"edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "stroke-width=\"%.2f\"%s/>\n", pl->px[a], pl->py[a], x2, y2,
                maxw > minw ? 0.6 + 3.4 * (VECTOR(g->weight)[e] - minw) / (maxw - minw) : 1.0,
                g->directed ? " marker-end=\"url(#arrow)\"" : "");
    }
    fputs("</g>\n", out);
}

/* One circle per drawn node with a tooltip; returns the nodes drawn. */
static igraph_integer_t draw_nodes(FILE *out, const il_svg_network_t *s, const placed_t *pl)
{
    const il_graph_t *g = s->g;
    igraph_integer_t n = il_graph_vcount(g), v, nd = 0;

    fputs("<g class=\"nodes\" stroke=\"#ffffff\" stroke-width=\"0.8\">\n", out);
    for (v = 0; v < n; v++) {
        const char *fill = s->color ? group_color(VECTOR(s->color->membership)[v], s->color->k)
                           : palette[0];
        char val[40] = "";
        if (!pl->ok[v]) {
            continue;
        }
        nd++;
        fprintf(out, "<circle class=\"node\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\">"
                "<title>", pl->px[v], pl->py[v], pl->rad[v], fill);
        il_xml_write(out, il_graph_vertex_label(g, v), 0, NULL);
        if (strcmp(il_graph_vertex_label(g, v), il_graph_vertex_id(g, v)) != 0) {
            fputs(" (", out);
            il_xml_write(out, il_graph_vertex_id(g, v), 0, NULL);
            fputc(')', out);
        }
        if (s->color) {
            fputs("\n", out);
            il_xml_write(out, s->color_name, 0, NULL);
            fputs(": ", out);
            il_xml_write(out, il_partition_name(s->color, VECTOR(s->color->membership)[v]), 0,
                         NULL);
        }
        if (s->size) {
            snprintf(val, sizeof val, "%.6g", VECTOR(*s->size)[v]);
            fputs("\n", out);
            il_xml_write(out, s->size_name, 0, NULL);
            fprintf(out, ": %s", val);
        }
        fputs("</title></circle>\n", out);
    }
    fputs("</g>\n", out);
    return nd;
}

/* Labels for the s->labels largest drawn nodes. */
static void draw_labels(FILE *out, const il_svg_network_t *s, placed_t *pl)
{
    igraph_integer_t n = il_graph_vcount(s->g), k, shown, v;

    fputs("<g class=\"labels\" font-size=\"11\" fill=\"#222222\" stroke=\"#ffffff\" "
          "stroke-width=\"3\" paint-order=\"stroke\">\n", out);
    if (n > 0) {
        igraph_qsort_r(pl->order, (size_t) n, sizeof *pl->order, (void *) s, by_size_desc);
    }
    for (k = 0, shown = 0; k < n && shown < s->labels; k++) {
        v = pl->order[k];
        if (!pl->ok[v]) {
            continue;
        }
        shown++;
        fprintf(out, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\">", pl->px[v] + pl->rad[v] + 2,
                pl->py[v] + 4);
        il_xml_write(out, il_graph_vertex_label(s->g, v), 0, NULL);
        fputs("</text>\n", out);
    }
    fputs("</g>\n", out);
}

/* The legend: colours by group (nine, then "other"), size, ties, counts. */
static void draw_legend(FILE *out, const il_svg_network_t *s, igraph_integer_t nd)
{
    igraph_integer_t k = 0, n = il_graph_vcount(s->g);

    fprintf(out, "<g class=\"legend\" transform=\"translate(%d,%d)\">\n",
            SVG_W - LEGEND_W + 10, MARGIN + TITLE_H);
    if (s->color) {
        igraph_integer_t shown = s->color->k > NPAL + 1 ? NPAL : s->color->k, i;
        fputs("<text font-weight=\"bold\" y=\"0\">", out);
        il_xml_write(out, s->color_name, 0, NULL);
        fputs("</text>\n", out);
        for (i = 0; i < shown; i++) {
            k = i + 1;
            fprintf(out, "<circle cx=\"6\" cy=\"%" IGRAPH_PRId "\" r=\"6\" fill=\"%s\"/>"
                    "<text x=\"18\" y=\"%" IGRAPH_PRId "\">", k * 18 - 4,
                    group_color(i, s->color->k), k * 18);
            il_xml_write(out, il_partition_name(s->color, i), 0, NULL);
            fprintf(out, " (%" IGRAPH_PRId ")</text>\n", VECTOR(s->color->size)[i]);
        }
        if (s->color->k > shown) {
            k++;
            fprintf(out, "<circle cx=\"6\" cy=\"%" IGRAPH_PRId "\" r=\"6\" fill=\"%s\"/>"
                    "<text x=\"18\" y=\"%" IGRAPH_PRId "\">other (%" IGRAPH_PRId
                    " groups)</text>\n", k * 18 - 4, OTHER_COLOR, k * 18,
                    s->color->k - shown);
        }
        k += 2;
    }
    fprintf(out, "<text y=\"%" IGRAPH_PRId "\">size: ", k * 18);
    il_xml_write(out, s->size ? s->size_name : "uniform", 0, NULL);
    fprintf(out, "</text>\n<text y=\"%" IGRAPH_PRId "\">ties: width by strength</text>\n",
            (k + 1) * 18);
    fprintf(out, "<text y=\"%" IGRAPH_PRId "\">nodes drawn: %" IGRAPH_PRId " of %" IGRAPH_PRId
            "</text>\n", (k + 2) * 18, nd, n);
    if (s->note) {
        fprintf(out, "<text y=\"%" IGRAPH_PRId "\">", (k + 3) * 18);
        il_xml_write(out, s->note, 0, NULL);
        fputs("</text>\n", out);
    }
    fputs("</g>\n", out);
}

/**
 * \function il_svg_write_network
 * \brief Draw the network as SVG.
 *
 * Positions come from \p s->xy (y up; rows with NaN are not drawn, nor are
 * their ties), scaled into the plot with equal x and y scale. Node radius
 * grows with the square root of the size measure (3 to 15 px); colour is
 * the node's group (nine colours, then grey for the rest); tie width grows
 * linearly with strength from 0.6 to 4 px (1 px when all are equal); the
 * \p s->labels largest nodes are labelled. Every drawn node is one
 * `<circle class="node">` with a tooltip, so tests can count them.
 *
 * \param drawn  Set to the number of nodes drawn (may be NULL).
 * \return IGRAPH_ENOMEM. Time complexity: O(n log n + m).
 */
igraph_error_t il_svg_write_network(const il_svg_network_t *s, FILE *out, igraph_integer_t *drawn)
{
    igraph_integer_t n = il_graph_vcount(s->g), nd;
    placed_t pl;

    pl.px = calloc((size_t) n + 1, sizeof *pl.px);
    pl.py = calloc((size_t) n + 1, sizeof *pl.py);
    pl.rad = calloc((size_t) n + 1, sizeof *pl.rad);
    pl.order = calloc((size_t) n + 1, sizeof *pl.order);
    pl.ok = calloc((size_t) n + 1, 1);
    if (!pl.px || !pl.py || !pl.rad || !pl.order || !pl.ok) {
        placed_free(&pl);
        IGRAPH_ERROR("Out of memory drawing the network.", IGRAPH_ENOMEM);
    }
    place_nodes(s, &pl);
    svg_open(out, s->standalone, s->title, "network");
    draw_edges(out, s->g, &pl);
    nd = draw_nodes(out, s, &pl);
    draw_labels(out, s, &pl);
    draw_legend(out, s, nd);
    fputs("</svg>\n", out);
    placed_free(&pl);
    if (drawn) {
        *drawn = nd;
    }
    return IGRAPH_SUCCESS;
}

/* Where a group sits on the plane: band by its reading, place in the band
 * by its cohesion z (squashed), height by its coupling ratio. 0 when the
 * group is not drawn (no ties, one member, no coupling ratio). */
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

/**
 * \function il_svg_write_plane
 * \brief Draw the loose-coupling plane: one labelled point per group.
 *
 * The picture follows the one definition of loose coupling
 * (docs/metrics-groups.md): three vertical bands by the group's reading
 * (left: dissolved, less cohesive than the null gives; middle:
 * indeterminate; right: cohesive beyond chance), placed within its band
 * by the z-score of its cohesion against the null; height = coupling
 * ratio (its coupling share over the null's). In the right band a dashed
 * line at the isolated threshold separates loosely coupled (above) from
 * isolated (below); the corner captions name those readings. Point area
 * grows with group size; each point is a `<circle class="group">` whose
 * title gives the raw cohesion and coupling and whose `<desc>` gives the
 * reading and the test that decided it. Groups without ties or with one
 * member are counted below the plot. With \p before (the coupling of an
 * earlier snapshot over the same groups), each group gets an arrow
 * `<line class="move">` from its earlier place.
 * \param drawn  Set to the number of groups drawn (may be NULL).
 * \return IGRAPH_SUCCESS. Time complexity: O(k).
 */
igraph_error_t il_svg_write_plane(const il_partition_t *p, const il_coupling_t *c,
                                  const il_coupling_t *before, const char *by,
                                  const char *title, int standalone, FILE *out,
                                  igraph_integer_t *drawn)
{
    igraph_integer_t i, nd = 0, missing = 0, maxn = 1;
    plane_bands_t b;
    double t, lx, ly, bx, by0;
    int k;
    static const char *const band_caption[3] = {
        "dissolved: less cohesive than the null gives",
        "indeterminate: chance cannot be ruled out",
        "cohesive beyond chance"
    };

    b.x0 = 80;
    b.y0 = SVG_H - 90;
    b.w = SVG_W - 80 - 40;
    b.h = SVG_H - 90 - 80;
    b.ymax = 1.25;
    for (i = 0; i < p->k; i++) {
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
    svg_open(out, standalone, title, "plane");
    /* bands, axes and the isolated line */
    fputs("<g class=\"bands\">\n", out);
    for (k = 0; k < 3; k++) {
        fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                b.x0 + band_lo[k] * b.w, b.y0 - b.h, (band_hi[k] - band_lo[k]) * b.w, b.h,
                k == 1 ? "#f2f2f2" : (k == 0 ? "#fbeeee" : "#eef5fb"));
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#555555\" "
                "text-anchor=\"middle\">%s</text>\n", b.x0 + (band_lo[k] + band_hi[k]) / 2 * b.w,
                b.y0 - b.h - 8, band_caption[k]);
    }
    fputs("</g>\n", out);
    fprintf(out, "<g class=\"axes\" stroke=\"#444444\">\n<line x1=\"%.1f\" y1=\"%.1f\" "
            "x2=\"%.1f\" y2=\"%.1f\"/>\n<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
            "y2=\"%.1f\"/>\n</g>\n", b.x0, b.y0, b.x0 + b.w, b.y0, b.x0, b.y0, b.x0, b.y0 - b.h);
    ly = b.y0 - fmin(c->isolated_below, b.ymax) / b.ymax * b.h;
    lx = b.x0 + band_lo[2] * b.w;
    fprintf(out, "<line class=\"isolated\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
            "stroke=\"#888888\" stroke-dasharray=\"4 4\"/>\n", lx, ly, b.x0 + b.w, ly);
    fprintf(out, "<line class=\"chance\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
            "stroke=\"#bbbbbb\" stroke-dasharray=\"2 4\"/>\n", b.x0, b.y0 - b.h / b.ymax,
            b.x0 + b.w, b.y0 - b.h / b.ymax);
    fputs("<g class=\"ticks\" font-size=\"11\" fill=\"#444444\">\n", out);
    for (t = 0; t <= b.ymax + 1e-9; t += b.ymax > 2 ? 1 : 0.25) {
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>\n", b.x0 - 6,
                b.y0 - t / b.ymax * b.h + 4, t);
    }
    fputs("</g>\n", out);
    /* the corners the definition names */
    fprintf(out, "<text class=\"corner\" x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#1f4e79\" "
            "text-anchor=\"end\">loosely coupled: cohesive, and tied across</text>\n",
            b.x0 + b.w - 6, b.y0 - b.h + 16);
    fprintf(out, "<text class=\"corner\" x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#1f4e79\" "
            "text-anchor=\"end\">isolated: cohesive, little strength across</text>\n",
            b.x0 + b.w - 6, b.y0 - 8);
    fprintf(out, "<text class=\"corner\" x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#8b1a1a\">"
            "dissolved</text>\n", b.x0 + 6, b.y0 - b.h + 16);
    fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">cohesion against the null "
            "(inside weighted density; within a band, by its z-score)</text>\n",
            b.x0 + b.w / 2, b.y0 + 24);
    fprintf(out, "<text transform=\"translate(24,%.1f) rotate(-90)\" text-anchor=\"middle\">"
            "coupling: share of tie strength leaving the group, over the null's</text>\n",
            b.y0 - b.h / 2);
    if (before) {
        fputs("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
              "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
              "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555555\"/></marker></defs>\n"
              "<g class=\"moves\" stroke=\"#555555\" stroke-width=\"1.5\">\n", out);
        for (i = 0; i < p->k; i++) {
            double x, y;
            if (!plane_place(&before->group[i], &b, &bx, &by0) ||
                !plane_place(&c->group[i], &b, &x, &y)) {
                continue;
            }
            fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"none\"/>"
                    "<line class=\"move\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    "marker-end=\"url(#arrow)\"><title>", bx, by0, bx, by0, x, y);
            il_xml_write(out, il_partition_name(p, i), 0, NULL);
            fprintf(out, ": internal density %.4g to %.4g, external share %.4g to %.4g</title>"
                    "<desc>%s to %s</desc></line>\n", before->group[i].weighted_density,
                    c->group[i].weighted_density, before->group[i].coupling_share,
                    c->group[i].coupling_share,
                    il_coupling_reading_name(before->group[i].reading),
                    il_coupling_reading_name(c->group[i].reading));
        }
        fputs("</g>\n", out);
    }
    fputs("<g class=\"groups\">\n", out);
    for (i = 0; i < p->k; i++) {
        const il_coupling_group_t *gr = &c->group[i];
        double cx, cy, r = 4 + 14 * sqrt((double) VECTOR(p->size)[i] / (double) maxn);
        char why[512];
        if (!plane_place(gr, &b, &cx, &cy)) {
            missing++;
            continue;
        }
        nd++;
        fprintf(out, "<circle class=\"group\" data-reading=\"%s\" cx=\"%.1f\" cy=\"%.1f\" "
                "r=\"%.1f\" fill=\"%s\" fill-opacity=\"%s\" stroke=\"#333333\"><title>",
                il_coupling_reading_name(gr->reading), cx, cy, r, group_color(i, p->k),
                gr->reading == IL_READING_INDETERMINATE ? "0.25" : "0.8");
        il_xml_write(out, il_partition_name(p, i), 0, NULL);
        il_coupling_reading_evidence(c, i, why, sizeof why);
        fprintf(out, " (%" IGRAPH_PRId " nodes)\ninternal density: %.4g\nexternal share: %.4g"
                "</title><desc>%s: ", VECTOR(p->size)[i], gr->weighted_density,
                gr->coupling_share, il_coupling_reading_name(gr->reading));
        il_xml_write(out, why, 0, NULL);
        fprintf(out, "</desc></circle>\n<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\">",
                cx + r + 3, cy + 4);
        il_xml_write(out, il_partition_name(p, i), 0, NULL);
        fprintf(out, " (%s)</text>\n", il_coupling_reading_name(gr->reading));
    }
    fputs("</g>\n", out);
    fprintf(out, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#555555\">groups by ",
            b.x0, SVG_H - 34);
    il_xml_write(out, by, 0, NULL);
    fprintf(out, ": %" IGRAPH_PRId " drawn", nd);
    if (missing > 0) {
        fprintf(out, ", %" IGRAPH_PRId " not drawn (one node or no ties)", missing);
    }
    fprintf(out, "</text>\n<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#555555\">",
            b.x0, SVG_H - 18);
    if (c->tested) {
        int m;
        for (m = 0; m < IL_NULL_MODELS && !c->tests.run[m].done; m++) {
        }
        fprintf(out, "null: %s, %ld samples, seed %lu; two-sided level %.3g; dotted line: "
                "coupling as the null gives it; dashed: isolated below %.2f of it",
                m < IL_NULL_MODELS ? il_null_model_describe((il_null_model_t) m,
                                                            c->tests.run[m].weights) : "?",
                (long) c->tests.opts.samples, (unsigned long) c->tests.opts.seed, c->alpha,
                c->isolated_below);
    } else {
        fputs("no null test was run: every group reads indeterminate", out);
    }
    fputs("</text>\n</svg>\n", out);
    if (drawn) {
        *drawn = nd;
    }
    return IGRAPH_SUCCESS;
}
