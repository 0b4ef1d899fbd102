/*
 * The network picture as SVG: nodes coloured by group and sized by a
 * measure, ties by strength, the largest nodes labelled without overlaps,
 * the layout fitted to the canvas, and a legend for colour, size, ties and
 * direction.
 */
#include "report/svg.h"
#include "io/io.h"
#include "report/svg_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define DEF_W 960
#define DEF_H 720
#define LEGEND_W 230
#define MARGIN 24
#define TITLE_H 30
#define PAD 14          /* inside the plot, so rims and labels stay on the canvas */
#define LABEL_SIZE 11

/*
 * Nodes by size (largest first, NaN last), then label, then index. The
 * index makes the order total: labels need not be unique.
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
    double maxs;                /* largest finite size value */
    int w, h;                   /* canvas */
    il_i_box_t plot;            /* where nodes go */
} placed_t;

static void placed_free(placed_t *pl)
{
    free(pl->px);
    free(pl->py);
    free(pl->rad);
    free(pl->order);
    free(pl->ok);
}

/* Node radius for size value \p v: 3 px, growing with the square root to
 * 15 px at the largest value. */
static double radius_of(double v, double maxs)
{
    return maxs > 0 && isfinite(v) && v > 0 ? 3 + 12 * sqrt(v / maxs) : 3;
}

/* Turn the drawing so its long axis lies along the plot's long side
 * (principal axis of the positions); force layouts have no orientation of
 * their own, so this only uses the canvas better. */
static void turn_to_canvas(const placed_t *pl, igraph_integer_t n, double pw, double ph)
{
    double mx = 0, my = 0, sxx = 0, syy = 0, sxy = 0, a, c, s;
    igraph_integer_t v, k = 0;
    for (v = 0; v < n; v++) {
        if (pl->ok[v]) {
            mx += pl->px[v];
            my += pl->py[v];
            k++;
        }
    }
    if (k < 3) {
        return;
    }
    mx /= (double) k;
    my /= (double) k;
    for (v = 0; v < n; v++) {
        if (pl->ok[v]) {
            double dx = pl->px[v] - mx, dy = pl->py[v] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
    }
    a = 0.5 * atan2(2 * sxy, sxx - syy);      /* angle of the principal axis */
    if (ph > pw) {
        a += M_PI / 2;
    }
    c = cos(-a);
    s = sin(-a);
    for (v = 0; v < n; v++) {
        if (pl->ok[v]) {
            double dx = pl->px[v] - mx, dy = pl->py[v] - my;
            pl->px[v] = c * dx - s * dy;
            pl->py[v] = s * dx + c * dy;
        }
    }
}

/* Pull nodes outside the largest component's box (isolates and small
 * components that a force layout pushes far out) onto its rim, so that
 * the structure fills the canvas. Only when that component holds at least
 * half of the drawn nodes. */
static igraph_error_t pull_in_outliers(const il_graph_t *g, placed_t *pl)
{
    igraph_integer_t n = il_graph_vcount(g), v, nc, big = 0, drawn = 0;
    igraph_vector_int_t memb, csize;
    double x0 = HUGE_VAL, x1 = -HUGE_VAL, y0 = HUGE_VAL, y1 = -HUGE_VAL, mx, my;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&memb, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&csize, 0);
    IGRAPH_CHECK(igraph_connected_components(&g->graph, &memb, &csize, &nc, IGRAPH_WEAK));
    for (v = 1; v < nc; v++) {
        if (VECTOR(csize)[v] > VECTOR(csize)[big]) {
            big = v;
        }
    }
    for (v = 0; v < n; v++) {
        if (!pl->ok[v]) {
            continue;
        }
        drawn++;
        if (VECTOR(memb)[v] == big) {
            x0 = fmin(x0, pl->px[v]);
            x1 = fmax(x1, pl->px[v]);
            y0 = fmin(y0, pl->py[v]);
            y1 = fmax(y1, pl->py[v]);
        }
    }
    if (nc > 1 && x1 > x0 && y1 > y0 && 2 * VECTOR(csize)[big] >= drawn) {
        mx = 0.12 * (x1 - x0);
        my = 0.12 * (y1 - y0);
        x0 -= mx;
        x1 += mx;
        y0 -= my;
        y1 += my;
        for (v = 0; v < n; v++) {
            if (pl->ok[v]) {
                pl->px[v] = fmin(fmax(pl->px[v], x0), x1);
                pl->py[v] = fmin(fmax(pl->py[v], y0), y1);
            }
        }
    }
    igraph_vector_int_destroy(&csize);
    igraph_vector_int_destroy(&memb);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* Scale the positions into the plot (equal x and y scale, y up -> SVG y
 * down) and size the nodes by the square root of the size measure. */
static igraph_error_t place_nodes(const il_svg_network_t *s, placed_t *pl)
{
    igraph_integer_t n = il_graph_vcount(s->g), v;
    double minx = HUGE_VAL, maxx = -HUGE_VAL, miny = HUGE_VAL, maxy = -HUGE_VAL;
    double sc, ox, oy, pw, ph;

    pl->plot.x0 = MARGIN + PAD;
    pl->plot.x1 = pl->w - LEGEND_W - MARGIN - PAD;
    pl->plot.y0 = MARGIN + TITLE_H + PAD;
    pl->plot.y1 = pl->h - MARGIN - PAD;
    pw = pl->plot.x1 - pl->plot.x0;
    ph = pl->plot.y1 - pl->plot.y0;
    pl->maxs = 0;
    for (v = 0; v < n; v++) {
        double x = MATRIX(*s->xy, v, 0), y = MATRIX(*s->xy, v, 1);
        pl->ok[v] = isfinite(x) && isfinite(y);
        pl->px[v] = x;
        pl->py[v] = -y;                 /* y up in the layout, down in SVG */
        if (s->size && isfinite(VECTOR(*s->size)[v])) {
            pl->maxs = fmax(pl->maxs, VECTOR(*s->size)[v]);
        }
    }
    if (s->fit) {
        turn_to_canvas(pl, n, pw, ph);
        IGRAPH_CHECK(pull_in_outliers(s->g, pl));
    }
    for (v = 0; v < n; v++) {
        if (pl->ok[v]) {
            minx = fmin(minx, pl->px[v]);
            maxx = fmax(maxx, pl->px[v]);
            miny = fmin(miny, pl->py[v]);
            maxy = fmax(maxy, pl->py[v]);
        }
    }
    sc = fmin(pw / fmax(maxx - minx, 1e-9), ph / fmax(maxy - miny, 1e-9));
    if (!(maxx > minx) && !(maxy > miny)) {
        sc = 0;     /* one point (or none): draw it in the middle */
    }
    ox = pl->plot.x0 + (pw - sc * (maxx - minx)) / 2;
    oy = pl->plot.y0 + (ph - sc * (maxy - miny)) / 2;
    for (v = 0; v < n; v++) {
        pl->px[v] = ox + sc * (pl->px[v] - minx);
        pl->py[v] = oy + sc * (pl->py[v] - miny);
        pl->rad[v] = s->size ? radius_of(VECTOR(*s->size)[v], pl->maxs) : 3;
        pl->order[v] = v;
    }
    return IGRAPH_SUCCESS;
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
        const char *fill = s->color ? il_i_group_color(VECTOR(s->color->membership)[v],
                           s->color->k) : il_i_group_color(0, 1);
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

/* Labels for the s->labels largest drawn nodes, placed without overlaps;
 * returns how many were left out. */
static igraph_error_t draw_labels(FILE *out, const il_svg_network_t *s, placed_t *pl,
                                  igraph_integer_t *dropped)
{
    igraph_integer_t n = il_graph_vcount(s->g), k, want, v;
    il_i_label_t *lab;
    size_t nl = 0;

    if (n > 0) {
        igraph_qsort_r(pl->order, (size_t) n, sizeof *pl->order, (void *) s, by_size_desc);
    }
    want = s->labels < n ? s->labels : n;
    lab = calloc((size_t) want + 1, sizeof *lab);
    IGRAPH_CHECK_OOM(lab, "Out of memory placing labels.");
    for (k = 0; k < n && (igraph_integer_t) nl < want; k++) {
        v = pl->order[k];
        if (!pl->ok[v]) {
            continue;
        }
        lab[nl].cx = pl->px[v];
        lab[nl].cy = pl->py[v];
        lab[nl].r = pl->rad[v];
        lab[nl].text = il_graph_vertex_label(s->g, v);
        lab[nl].size = LABEL_SIZE;
        nl++;
    }
    {
        il_i_box_t bounds = { MARGIN, MARGIN + TITLE_H, pl->w - LEGEND_W, pl->h - MARGIN / 2 };
        *dropped = (igraph_integer_t) il_i_place_labels(lab, nl, pl->px, pl->py, pl->rad,
                   (size_t) n, bounds);
    }
    il_i_write_labels(out, lab, nl, "label");
    free(lab);
    return IGRAPH_SUCCESS;
}

/* The size legend: up to three circles at 1-2-5 values of the measure, none
 * below the smallest positive value drawn. */
static int draw_size_key(FILE *out, const il_svg_network_t *s, const placed_t *pl, int y)
{
    double vals[3], top = il_i_nice_floor(pl->maxs), lo = HUGE_VAL, v;
    igraph_integer_t n = il_graph_vcount(s->g), u;
    int nv = 0, i;
    double x = 16;
    if (!(pl->maxs > 0)) {
        return y;
    }
    for (u = 0; u < n; u++) {
        double z = VECTOR(*s->size)[u];
        if (pl->ok[u] && isfinite(z) && z > 0 && z < lo) {
            lo = z;
        }
    }
    vals[nv++] = top;
    for (v = il_i_nice_floor(top / 4); nv < 3 && v >= lo && v < vals[nv - 1];
         v = il_i_nice_floor(v / 4)) {
        vals[nv++] = v;
    }
    y += 20;
    for (i = 0; i < nv; i++) {
        double r = radius_of(vals[i], pl->maxs);
        char num[40];
        snprintf(num, sizeof num, "%g", vals[i]);
        fprintf(out, "<circle class=\"size-key\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" "
                "stroke=\"#555555\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%s</text>\n",
                x, y + 15 - r, r, x + 20, y + 15 - r + 4, num);
        x += 2 * r + 40 + 6 * (double) strlen(num);
    }
    return y + 26;
}

/* The legend: colours by group (then "other"), the size measure with its
 * key, ties, direction, what was drawn and what labels were left out. */
static void draw_legend(FILE *out, const il_svg_network_t *s, const placed_t *pl,
                        igraph_integer_t nd, igraph_integer_t dropped)
{
    igraph_integer_t k = 0, n = il_graph_vcount(s->g);
    int y;

    fprintf(out, "<g class=\"legend\" transform=\"translate(%d,%d)\">\n",
            pl->w - LEGEND_W + 10, MARGIN + TITLE_H);
    if (s->color) {
        igraph_integer_t shown = il_i_colored_groups(s->color->k), i;
        fputs("<text font-weight=\"bold\" y=\"0\">", out);
        il_xml_write(out, s->color_name, 0, NULL);
        fputs("</text>\n", out);
        for (i = 0; i < shown; i++) {
            k = i + 1;
            fprintf(out, "<circle cx=\"6\" cy=\"%" IGRAPH_PRId "\" r=\"6\" fill=\"%s\"/>"
                    "<text x=\"18\" y=\"%" IGRAPH_PRId "\">", k * 18 - 4,
                    il_i_group_color(i, s->color->k), k * 18);
            il_xml_write(out, il_partition_name(s->color, i), 0, NULL);
            fprintf(out, " (%" IGRAPH_PRId ")</text>\n", VECTOR(s->color->size)[i]);
        }
        if (s->color->k > shown) {
            k++;
            fprintf(out, "<circle cx=\"6\" cy=\"%" IGRAPH_PRId "\" r=\"6\" fill=\"%s\"/>"
                    "<text x=\"18\" y=\"%" IGRAPH_PRId "\">other (%" IGRAPH_PRId
                    " groups)</text>\n", k * 18 - 4, il_i_group_color(shown, s->color->k), k * 18,
                    s->color->k - shown);
        }
        k += 2;
    }
    y = (int) (k * 18);
    fprintf(out, "<text y=\"%d\">size: ", y);
    il_xml_write(out, s->size ? s->size_name : "uniform", 0, NULL);
    fputs("</text>\n", out);
    if (s->size) {
        y = draw_size_key(out, s, pl, y);
    }
    y += 18;
    fprintf(out, "<line x1=\"0\" y1=\"%d\" x2=\"14\" y2=\"%d\" stroke=\"#888888\" "
            "stroke-width=\"0.6\"/><line x1=\"20\" y1=\"%d\" x2=\"34\" y2=\"%d\" "
            "stroke=\"#888888\" stroke-width=\"4\"/><text x=\"40\" y=\"%d\">ties: width by "
            "strength</text>\n", y - 4, y - 4, y - 4, y - 4, y);
    if (s->g->directed) {
        y += 18;
        fprintf(out, "<line x1=\"0\" y1=\"%d\" x2=\"30\" y2=\"%d\" stroke=\"#888888\" "
                "marker-end=\"url(#arrow)\"/><text x=\"40\" y=\"%d\">tie direction</text>\n",
                y - 4, y - 4, y);
    }
    y += 18;
    fprintf(out, "<text y=\"%d\">nodes drawn: %" IGRAPH_PRId " of %" IGRAPH_PRId "</text>\n", y,
            nd, n);
    if (s->note) {
        y += 18;
        fprintf(out, "<text y=\"%d\">", y);
        il_xml_write(out, s->note, 0, NULL);
        fputs("</text>\n", out);
    }
    if (dropped > 0) {
        y += 18;
        fprintf(out, "<text class=\"dropped\" y=\"%d\">%" IGRAPH_PRId " label%s left out: no "
                "room</text>\n", y, dropped, dropped == 1 ? "" : "s");
    }
    fputs("</g>\n", out);
}

/**
 * \function il_svg_write_network
 * \brief Draw the network as SVG.
 *
 * Positions come from \p s->xy (y up; rows with NaN are not drawn, nor are
 * their ties). With \p s->fit (force layouts), the drawing is turned so
 * its long axis follows the plot's and nodes outside the largest
 * component's box (isolates, small components) are pulled onto its rim;
 * then it is scaled into the plot with equal x and y scale. Node radius
 * grows with the square root of the size measure (3 to 15 px); colour is
 * the node's group (Paul Tol's muted palette, nine colours or eight and
 * grey for "other"); tie width grows linearly with strength from 0.6 to 4
 * px (1 px when all are equal); the \p s->labels largest nodes are
 * labelled where the label overlaps no other (il_i_place_labels(): beside,
 * with a leader, or left out and counted in the legend). Every drawn node
 * is one `<circle class="node">` with a tooltip, so tests can count them.
 *
 * \param drawn  Set to the number of nodes drawn (may be NULL).
 * \return IGRAPH_ENOMEM. Time complexity: O(n log n + m + labels * n).
 */
igraph_error_t il_svg_write_network(const il_svg_network_t *s, FILE *out, igraph_integer_t *drawn)
{
    igraph_integer_t n = il_graph_vcount(s->g), nd, dropped = 0;
    placed_t pl;

    memset(&pl, 0, sizeof pl);
    pl.w = s->width > 0 ? s->width : DEF_W;
    pl.h = s->height > 0 ? s->height : DEF_H;
    pl.px = calloc((size_t) n + 1, sizeof *pl.px);
    pl.py = calloc((size_t) n + 1, sizeof *pl.py);
    pl.rad = calloc((size_t) n + 1, sizeof *pl.rad);
    pl.order = calloc((size_t) n + 1, sizeof *pl.order);
    pl.ok = calloc((size_t) n + 1, 1);
    if (!pl.px || !pl.py || !pl.rad || !pl.order || !pl.ok) {
        placed_free(&pl);
        IGRAPH_ERROR("Out of memory drawing the network.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(placed_free, &pl);
    IGRAPH_CHECK(place_nodes(s, &pl));
    il_i_svg_open(out, s->standalone, s->title, "network", pl.w, pl.h);
    draw_edges(out, s->g, &pl);
    nd = draw_nodes(out, s, &pl);
    IGRAPH_CHECK(draw_labels(out, s, &pl, &dropped));
    draw_legend(out, s, &pl, nd, dropped);
    fputs("</svg>\n", out);
    placed_free(&pl);
    IGRAPH_FINALLY_CLEAN(1);
    if (drawn) {
        *drawn = nd;
    }
    return IGRAPH_SUCCESS;
}
