/*
 * Temporal exports of a panel: one GEXF whose nodes and edges carry time
 * spells and whose edges carry their weight per window (Gephi's timeline
 * plays it), and one GraphML per window with the per-node results
 * (docs/formats.md, "Panels").
 */
#include "pipeline/panel_internal.h"
#include "pipeline/pipeline.h"
#include "core/version.h"
#include "io/gexf_spells.h"

#include <cjson/cJSON.h>

#include <stdlib.h>
#include <string.h>

/**
 * \function il_panel_window_path
 * \brief \p path with ".<window label>" before its extension.
 *
 * Characters of the label other than letters, digits, '-', '_' and '.'
 * become '_'. "out/ties.graphml" and window "2005-2007" give
 * "out/ties.2005-2007.graphml"; a path without an extension gets the
 * label appended. \return a new string, NULL when out of memory.
 */
char *il_panel_window_path(const char *path, const il_window_t *w)
{
    const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');
    size_t stem, len = strlen(path), i, k;
    char *s;
    if (!dot || (slash && dot < slash) || dot == (slash ? slash + 1 : path)) {
        dot = path + len;
    }
    stem = (size_t) (dot - path);
    s = malloc(len + strlen(w->label) + 2);
    if (!s) {
        return NULL;
    }
    memcpy(s, path, stem);
    k = stem;
    s[k++] = '.';
    for (i = 0; w->label[i]; i++) {
        char c = w->label[i];
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '_' || c == '.';
        s[k++] = ok ? c : '_';
    }
    strcpy(s + k, dot);
    return s;
}

/* ---- GraphML per window ------------------------------------------------------ */

typedef struct graphml_sink {
    const il_panel_t *p;
    const il_windows_t *ws;
    const il_panel_options_t *o;
    FILE *const *outs;
} graphml_sink_t;

static igraph_error_t graphml_window(void *arg, size_t k, const il_graph_t *g,
                                     const il_columns_t *cols)
{
    graphml_sink_t *s = arg;
    il_export_t x;
    cJSON *meta = cJSON_CreateObject(), *opt;
    igraph_error_t rc;
    IGRAPH_CHECK_OOM(meta, "Out of memory.");
    opt = cJSON_AddObjectToObject(meta, "options");
    if (!cJSON_AddStringToObject(meta, "generator", "innolink " IL_VERSION) || !opt ||
        !cJSON_AddStringToObject(meta, "window", s->ws->w[k].label) ||
        !cJSON_AddStringToObject(opt, "command", "panel") ||
        !cJSON_AddStringToObject(opt, "time", s->o->time_col ? s->o->time_col :
                                 "snapshot files") ||
        !cJSON_AddStringToObject(opt, "with", s->o->with ? s->o->with : "") ||
        !cJSON_AddNumberToObject(opt, "seed", (double) s->o->seed) ||
        !cJSON_AddStringToObject(opt, "weights", "tie strength (more is stronger)") ||
        il_provenance_meta(s->o->provenance, meta) != IGRAPH_SUCCESS) {
        cJSON_Delete(meta);
        IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
    }
    memset(&x, 0, sizeof x);
    x.g = g;
    x.extra = cols;
    x.meta = meta;
    rc = il_write_graphml(&x, s->outs[k]);
    cJSON_Delete(meta);
    return rc;
}

/**
 * \function il_panel_write_graphml
 * \brief Write the GraphML of every window, window k to outs[k].
 *
 * Each file holds the window's graph (every roster actor when the panel
 * is listed), its node attributes, the per-node results of o->with and,
 * with o->communities, each actor's community track. \return what the
 * analyses and il_write_graphml() return.
 */
igraph_error_t il_panel_write_graphml(const il_panel_t *p, il_windows_t *ws,
                                      const il_panel_options_t *o, FILE *const *outs)
{
    graphml_sink_t s;
    il_i_panel_sink_t sink;
    s.p = p;
    s.ws = ws;
    s.o = o;
    s.outs = outs;
    sink.window = graphml_window;
    sink.arg = &s;
    return il_i_panel_run(p, ws, o, NULL, &sink);
}

/* ---- GEXF with spells --------------------------------------------------------- */

/* What the windows hold, collected window by window (roster indices). */
typedef struct collect {
    uint32_t *a, *b;
    double *w;
    igraph_integer_t *k;
    size_t n, cap;
    igraph_integer_t *nv, *nk;      /* node presences */
    size_t nn, ncap;
} collect_t;

static void collect_destroy(collect_t *c)
{
    free(c->a);
    free(c->b);
    free(c->w);
    free(c->k);
    free(c->nv);
    free(c->nk);
    memset(c, 0, sizeof *c);
}

static void collect_release(void *c)
{
    collect_destroy(c);
}

static igraph_error_t collect_tie(collect_t *c, uint32_t a, uint32_t b, double w,
                                  igraph_integer_t k)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 1024;
        uint32_t *na = realloc(c->a, cap * sizeof *na), *nb;
        double *nw;
        igraph_integer_t *nk;
        if (na) {
            c->a = na;
        }
        nb = na ? realloc(c->b, cap * sizeof *nb) : NULL;
        if (nb) {
            c->b = nb;
        }
        nw = nb ? realloc(c->w, cap * sizeof *nw) : NULL;
        if (nw) {
            c->w = nw;
        }
        nk = nw ? realloc(c->k, cap * sizeof *nk) : NULL;
        if (!nk) {
            IGRAPH_ERROR("Out of memory collecting the windows.", IGRAPH_ENOMEM);
        }
        c->k = nk;
        c->cap = cap;
    }
    c->a[c->n] = a;
    c->b[c->n] = b;
    c->w[c->n] = w;
    c->k[c->n] = k;
    c->n++;
    return IGRAPH_SUCCESS;
}

static igraph_error_t collect_node(collect_t *c, igraph_integer_t v, igraph_integer_t k)
{
    if (c->nn == c->ncap) {
        size_t cap = c->ncap ? 2 * c->ncap : 1024;
        igraph_integer_t *nv = realloc(c->nv, cap * sizeof *nv), *nk;
        if (nv) {
            c->nv = nv;
        }
        nk = nv ? realloc(c->nk, cap * sizeof *nk) : NULL;
        if (!nk) {
            IGRAPH_ERROR("Out of memory collecting the windows.", IGRAPH_ENOMEM);
        }
        c->nk = nk;
        c->ncap = cap;
    }
    c->nv[c->nn] = v;
    c->nk[c->nn] = k;
    c->nn++;
    return IGRAPH_SUCCESS;
}

/* Every window's ties and present actors. */
static igraph_error_t collect_windows(const il_panel_t *p, il_windows_t *ws, collect_t *c,
                                      char *ever)
{
    igraph_integer_t n = il_graph_vcount(&p->roster), v, e;
    size_t k;
    char *present = calloc((size_t) n + 1, 1);
    igraph_vector_int_t roster_of;
    IGRAPH_CHECK_OOM(present, "Out of memory.");
    IGRAPH_FINALLY(igraph_free, present);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&roster_of, 0);
    for (k = 0; k < ws->n; k++) {
        il_graph_t g = IL_GRAPH_INIT;
        il_progress("windows", (double) k / (double) ws->n);
        IGRAPH_CHECK(il_panel_window_graph(p, ws, k, &g, &roster_of, present));
        IGRAPH_FINALLY(il_graph_destroy, &g);
        for (e = 0; e < il_graph_ecount(&g); e++) {
            IGRAPH_CHECK(collect_tie(c, (uint32_t) VECTOR(roster_of)[IGRAPH_FROM(&g.graph, e)],
                                     (uint32_t) VECTOR(roster_of)[IGRAPH_TO(&g.graph, e)],
                                     VECTOR(g.weight)[e], (igraph_integer_t) k));
        }
        for (v = 0; v < n; v++) {
            if (present[v]) {
                ever[v] = 1;
                IGRAPH_CHECK(collect_node(c, v, (igraph_integer_t) k));
            }
        }
        il_graph_destroy(&g);
        IGRAPH_FINALLY_CLEAN(1);
    }
    il_progress("windows", 1.0);
    igraph_vector_int_destroy(&roster_of);
    igraph_free(present);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* The slices of time, one per window: the window's last step (its whole
 * length when it steps on by more), as closed intervals. */
typedef struct slices {
    char (*start)[40], (*end)[40];
    const char **startp, **endp;
    unsigned char *joins;
    const char *timeformat;
} slices_t;

static void slices_destroy(slices_t *s)
{
    free(s->start);
    free(s->end);
    free(s->startp);
    free(s->endp);
    free(s->joins);
    memset(s, 0, sizeof *s);
}

static void slices_release(void *s)
{
    slices_destroy(s);
}

/* 1 and the label's number when every label of an ordinal panel is a year. */
static int numeric_labels(const il_panel_t *p, int64_t *val)
{
    size_t i;
    for (i = 0; i < p->nlabels; i++) {
        if (il_time_parse(p->labels[i], &val[i]) != IL_TIME_YEAR ||
            (i > 0 && val[i] <= val[i - 1])) {
            return 0;
        }
    }
    return 1;
}

static igraph_error_t make_slices(const il_panel_t *p, const il_windows_t *ws, slices_t *s)
{
    size_t k, n = ws->n;
    int64_t *a = malloc((n + 1) * sizeof *a), *b = malloc((n + 1) * sizeof *b);
    int64_t *lab = malloc((p->nlabels + 1) * sizeof *lab);
    int numeric = 0, dates = p->kind == IL_TIME_MONTH || p->kind == IL_TIME_DAY;
    il_duration_t one;
    one.count = 1;
    one.unit = p->kind == IL_TIME_DAY ? IL_UNIT_DAY : p->kind == IL_TIME_MONTH ?
               IL_UNIT_MONTH : IL_UNIT_DEFAULT;
    s->start = calloc(n + 1, sizeof *s->start);
    s->end = calloc(n + 1, sizeof *s->end);
    s->startp = calloc(n + 1, sizeof *s->startp);
    s->endp = calloc(n + 1, sizeof *s->endp);
    s->joins = calloc(n + 1, 1);
    if (!a || !b || !lab || !s->start || !s->end || !s->startp || !s->endp || !s->joins) {
        free(a);
        free(b);
        free(lab);
        IGRAPH_ERROR("Out of memory making time slices.", IGRAPH_ENOMEM);
    }
    if (p->kind == IL_TIME_ORDINAL) {
        numeric = numeric_labels(p, lab);
    }
    for (k = 0; k < n; k++) {
        const il_window_t *w = &ws->w[k];
        int64_t first = il_time_add(p->kind, w->end, ws->o.step, -1);
        if (first < w->start) {
            first = w->start;
        }
        a[k] = first;
        b[k] = il_time_add(p->kind, w->end, one, -1);
        if (p->kind == IL_TIME_MONTH) {     /* months as dates: first to last day */
            int64_t ya = a[k] >= 0 ? a[k] / 12 : (a[k] - 11) / 12;
            int64_t yb = (b[k] + 1) >= 0 ? (b[k] + 1) / 12 : (b[k] - 10) / 12;
            a[k] = il_days_from_civil(ya, (int) (a[k] - 12 * ya) + 1, 1);
            b[k] = il_days_from_civil(yb, (int) (b[k] + 1 - 12 * yb) + 1, 1) - 1;
        }
    }
    if (numeric) {          /* a snapshot stands until the next one */
        for (k = 0; k < n; k++) {
            int64_t next = k + 1 < n ? lab[a[k + 1]] - 1 : lab[b[k]];
            a[k] = lab[a[k]];
            b[k] = next < a[k] ? a[k] : next;
        }
    }
    for (k = 0; k < n; k++) {
        if (dates) {
            il_time_format(IL_TIME_DAY, a[k], s->start[k], sizeof s->start[k]);
            il_time_format(IL_TIME_DAY, b[k], s->end[k], sizeof s->end[k]);
        } else {
            snprintf(s->start[k], sizeof s->start[k], "%lld", (long long) a[k]);
            snprintf(s->end[k], sizeof s->end[k], "%lld", (long long) b[k]);
        }
        s->startp[k] = s->start[k];
        s->endp[k] = s->end[k];
        s->joins[k] = k + 1 < n && a[k + 1] == b[k] + 1;
    }
    s->timeformat = dates ? "date" : "integer";
    free(a);
    free(b);
    free(lab);
    return IGRAPH_SUCCESS;
}

/* Offsets of a CSR index from the counts in off[1..n]. */
static void prefix(igraph_integer_t *off, igraph_integer_t n)
{
    igraph_integer_t i;
    for (i = 0; i < n; i++) {
        off[i + 1] += off[i];
    }
}

typedef struct csr {
    igraph_integer_t *noff, *nslice, *eoff, *eslice;
    double *ew;
} csr_t;

static void csr_destroy(csr_t *c)
{
    free(c->noff);
    free(c->nslice);
    free(c->eoff);
    free(c->eslice);
    free(c->ew);
    memset(c, 0, sizeof *c);
}

static void csr_release(void *c)
{
    csr_destroy(c);
}

/* Where each node and edge of the union graph \p u is, slice by slice. */
static igraph_error_t make_csr(const il_panel_t *p, const collect_t *c, const il_graph_t *u,
                               const char *ever, csr_t *x)
{
    igraph_integer_t n = il_graph_vcount(&p->roster), nu = il_graph_vcount(u);
    igraph_integer_t mu = il_graph_ecount(u), v, *pos, *eid, *fill;
    size_t i;
    pos = malloc((size_t) (n + 1) * sizeof *pos);
    eid = malloc((c->n + 1) * sizeof *eid);
    fill = malloc((size_t) (nu + mu + 2) * sizeof *fill);
    x->noff = calloc((size_t) nu + 2, sizeof *x->noff);
    x->eoff = calloc((size_t) mu + 2, sizeof *x->eoff);
    x->nslice = malloc((c->nn + 1) * sizeof *x->nslice);
    x->eslice = malloc((c->n + 1) * sizeof *x->eslice);
    x->ew = malloc((c->n + 1) * sizeof *x->ew);
    if (!pos || !eid || !fill || !x->noff || !x->eoff || !x->nslice || !x->eslice || !x->ew) {
        free(pos);
        free(eid);
        free(fill);
        IGRAPH_ERROR("Out of memory making time spells.", IGRAPH_ENOMEM);
    }
    for (v = 0, i = 0; v < n; v++) {
        pos[v] = ever[v] ? (igraph_integer_t) i++ : -1;
    }
    for (i = 0; i < c->nn; i++) {
        x->noff[pos[c->nv[i]] + 1]++;
    }
    for (i = 0; i < c->n; i++) {
        igraph_get_eid(&u->graph, &eid[i], pos[c->a[i]], pos[c->b[i]], u->directed,
                       /* error = */ false);
        x->eoff[eid[i] + 1]++;
    }
    prefix(x->noff, nu);
    prefix(x->eoff, mu);
    memcpy(fill, x->noff, (size_t) nu * sizeof *fill);
    for (i = 0; i < c->nn; i++) {       /* collected in window order: slices ascend */
        x->nslice[fill[pos[c->nv[i]]]++] = c->nk[i];
    }
    memcpy(fill, x->eoff, (size_t) mu * sizeof *fill);
    for (i = 0; i < c->n; i++) {
        igraph_integer_t at = fill[eid[i]]++;
        x->eslice[at] = c->k[i];
        x->ew[at] = c->w[i];
    }
    free(pos);
    free(eid);
    free(fill);
    return IGRAPH_SUCCESS;
}

static void graph_release(void *g)
{
    il_graph_destroy(g);
}

static void meta_release(void *m)
{
    cJSON_Delete(m);
}

/* The graph-level record of the dynamic GEXF. */
static cJSON *gexf_meta(const il_panel_t *p, const il_windows_t *ws,
                        const il_panel_options_t *o)
{
    cJSON *meta = cJSON_CreateObject(), *panel;
    char buf[48];
    panel = meta ? cJSON_AddObjectToObject(meta, "panel") : NULL;
    il_duration_format(ws->o.window, buf, sizeof buf);
    if (!panel || !cJSON_AddStringToObject(meta, "generator", "innolink " IL_VERSION) ||
        !cJSON_AddStringToObject(panel, "time", o->time_col ? o->time_col : "snapshot files") ||
        !cJSON_AddNumberToObject(panel, "windows", (double) ws->n) ||
        !cJSON_AddStringToObject(panel, "window", buf) ||
        !cJSON_AddBoolToObject(panel, "cumulative", ws->o.cumulative) ||
        !cJSON_AddStringToObject(panel, "spells", "each window is shown over its last step "
                                 "(closed intervals); an edge's weight is its weight in "
                                 "that window") ||
        !cJSON_AddStringToObject(panel, "weights", "tie strength (more is stronger)") ||
        (p->kind == IL_TIME_ORDINAL && !cJSON_AddStringToObject(panel, "periods",
                "snapshots in order (numbered from 0 unless their names are years)")) ||
        il_provenance_meta(o->provenance, meta) != IGRAPH_SUCCESS) {
        cJSON_Delete(meta);
        return NULL;
    }
    return meta;
}

/**
 * \function il_panel_write_gexf
 * \brief One dynamic GEXF of the whole panel, for Gephi's timeline.
 *
 * Nodes are the actors present in some window, with their node
 * attributes; edges every pair tied in some window. Each window is one
 * slice of time: its last step (the whole window when windows do not
 * overlap), a closed interval of years (timeformat integer), of days
 * (date) for month and date panels, or of snapshot numbers (their years
 * when the snapshots are named by years, each standing until the next).
 * Nodes and edges carry <spells> over the slices they are in, merged
 * where slices join; each edge's weight in each window is a dynamic
 * attribute (il_write_gexf_spells()).
 *
 * \return What building the windows and writing return.
 * Time complexity: O(windows * n + sum of the windows' ties).
 */
igraph_error_t il_panel_write_gexf(const il_panel_t *p, il_windows_t *ws,
                                   const il_panel_options_t *o, FILE *out)
{
    igraph_integer_t n = il_graph_vcount(&p->roster);
    collect_t c;
    slices_t sl;
    csr_t x;
    il_graph_t u = IL_GRAPH_INIT;
    il_gexf_spells_t sp;
    il_export_t ex;
    cJSON *meta;
    char *ever;

    memset(&c, 0, sizeof c);
    memset(&sl, 0, sizeof sl);
    memset(&x, 0, sizeof x);
    ever = calloc((size_t) n + 1, 1);
    IGRAPH_CHECK_OOM(ever, "Out of memory.");
    IGRAPH_FINALLY(igraph_free, ever);
    IGRAPH_FINALLY(collect_release, &c);
    IGRAPH_CHECK(collect_windows(p, ws, &c, ever));
    IGRAPH_FINALLY(graph_release, &u);
    IGRAPH_CHECK(il_panel_graph(p, c.a, c.b, c.w, c.n, IL_DUP_FIRST, ever, &u));
    IGRAPH_FINALLY(slices_release, &sl);
    IGRAPH_CHECK(make_slices(p, ws, &sl));
    IGRAPH_FINALLY(csr_release, &x);
    IGRAPH_CHECK(make_csr(p, &c, &u, ever, &x));
    meta = gexf_meta(p, ws, o);
    IGRAPH_CHECK_OOM(meta, "Out of memory.");
    IGRAPH_FINALLY(meta_release, meta);

    memset(&sp, 0, sizeof sp);
    sp.timeformat = sl.timeformat;
    sp.nslice = ws->n;
    sp.start = sl.startp;
    sp.end = sl.endp;
    sp.joins = sl.joins;
    sp.node_off = x.noff;
    sp.node_slice = x.nslice;
    sp.edge_off = x.eoff;
    sp.edge_slice = x.eslice;
    sp.edge_weight = x.ew;
    memset(&ex, 0, sizeof ex);
    ex.g = &u;
    ex.meta = meta;
    IGRAPH_CHECK(il_write_gexf_spells(&ex, &sp, out));
    if (ex.replaced > 0) {
        il_warn("%" IGRAPH_PRId " values held characters that XML 1.0 cannot hold (control "
                "characters, U+FFFE, U+FFFF); they were replaced by U+FFFD", ex.replaced);
    }
    cJSON_Delete(meta);
    csr_destroy(&x);
    slices_destroy(&sl);
    il_graph_destroy(&u);
    collect_destroy(&c);
    igraph_free(ever);
    IGRAPH_FINALLY_CLEAN(6);
    return IGRAPH_SUCCESS;
}
