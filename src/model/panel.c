/*
 * Panels: dated ties (or dated memberships) held once, cut into time
 * windows, and the graph of each window made from memory with the same
 * builder every loader feeds (docs/metrics-panel.md, "Windows").
 */
#include "model/panel.h"
#include "model/model_internal.h"

#include <stdlib.h>
#include <string.h>

/**
 * \function il_panel_destroy
 * \brief Free a panel; safe on a zero-filled one.
 */
void il_panel_destroy(il_panel_t *p)
{
    size_t i;
    il_graph_destroy(&p->roster);
    for (i = 0; p->labels && i < p->nlabels; i++) {
        free(p->labels[i]);
    }
    free(p->labels);
    free(p->a);
    free(p->b);
    free(p->w);
    free(p->t);
    memset(p, 0, sizeof *p);
}

/**
 * \function il_panel_time_label
 * \brief Time \p t as the input wrote it: the year, month or date, or the
 *        label of an ordinal panel's period (a file name, a period value).
 */
void il_panel_time_label(const il_panel_t *p, int64_t t, char *buf, size_t size)
{
    if (p->kind == IL_TIME_ORDINAL && t >= 0 && (size_t) t < p->nlabels) {
        snprintf(buf, size, "%s", p->labels[t]);
        return;
    }
    il_time_format(p->kind, t, buf, size);
}

/**
 * \function il_panel_time_parse
 * \brief A time given by the user (--since, --start) in the panel's kind.
 *
 * Ordinal panels take one of their labels; the others a value of their
 * own kind (a year for a year panel, a date for a date panel). A month
 * panel also takes a year (its January). \return 1 and *t, else 0.
 */
int il_panel_time_parse(const il_panel_t *p, const char *s, int64_t *t)
{
    il_time_kind_t k;
    size_t i;
    if (p->kind == IL_TIME_ORDINAL) {
        for (i = 0; i < p->nlabels; i++) {
            if (strcmp(p->labels[i], s) == 0) {
                *t = (int64_t) i;
                return 1;
            }
        }
        return 0;
    }
    k = il_time_parse(s, t);
    if (k == IL_TIME_YEAR && p->kind == IL_TIME_MONTH) {
        *t *= 12;
        return 1;
    }
    if (k == IL_TIME_YEAR && p->kind == IL_TIME_DAY) {
        *t = il_days_from_civil(*t, 1, 1);
        return 1;
    }
    return k == p->kind;
}

/* ---- Windows ------------------------------------------------------------- */

/** \function il_windows_destroy \brief Free windows; safe on a zero-filled set. */
void il_windows_destroy(il_windows_t *w)
{
    free(w->w);
    memset(w, 0, sizeof *w);
}

/* One unit of the panel's time: a year, month, day or period. */
static il_duration_t one_unit(il_time_kind_t kind)
{
    il_duration_t d;
    d.count = 1;
    d.unit = kind == IL_TIME_DAY ? IL_UNIT_DAY : kind == IL_TIME_MONTH ? IL_UNIT_MONTH
             : IL_UNIT_DEFAULT;
    return d;
}

/* The label of the times [start, end): "2005", "2005-2007", "a..b". */
static void range_label(const il_panel_t *p, int64_t start, int64_t end, char *buf,
                        size_t size)
{
    int64_t last = il_time_add(p->kind, end, one_unit(p->kind), -1);
    char a[48], b[48];
    il_panel_time_label(p, start, a, sizeof a);
    if (last <= start) {
        snprintf(buf, size, "%s", a);
        return;
    }
    il_panel_time_label(p, last, b, sizeof b);
    snprintf(buf, size, "%s%s%s", a, p->kind == IL_TIME_YEAR ? "-" : "..", b);
}

/* Fill the defaults of \p o for panel \p p, or record why a duration does
 * not fit the panel's kind of time. */
static igraph_error_t window_defaults(const il_panel_t *p, il_window_options_t *o)
{
    const char *what[3] = { "--window", "--step", "--lifetime" };
    il_duration_t *d[3];
    char buf[32];
    int i;
    if (o->window.count == 0) {
        o->window.count = 1;
        o->window.unit = IL_UNIT_DEFAULT;
    }
    if (o->step.count == 0) {
        o->step = o->window;
    }
    if (o->lifetime.count == 0) {
        o->lifetime = one_unit(p->kind);
    }
    d[0] = &o->window;
    d[1] = &o->step;
    d[2] = &o->lifetime;
    for (i = 0; i < 3; i++) {
        if (!il_duration_fits(p->kind, *d[i])) {
            il_duration_format(*d[i], buf, sizeof buf);
            IGRAPH_ERRORF("%s %s: the time column holds %s; give %s", IGRAPH_EINVAL, what[i],
                          buf, p->kind == IL_TIME_ORDINAL ? "periods (snapshots)" :
                          p->kind == IL_TIME_YEAR ? "years" : "months",
                          p->kind == IL_TIME_ORDINAL ? "a number of periods (2)" :
                          p->kind == IL_TIME_YEAR ? "years (3 or 3y)" :
                          "years or months (3y, 6m)");
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_panel_windows
 * \brief Cut the panel into windows of o->window, o->step apart.
 *
 * The first window starts at o->since (default: the earliest time, moved
 * back to 1 January, or to the first of the month, when the step is in
 * years or months); windows follow while they start no later than
 * o->until (default: the latest time). Only complete windows are kept:
 * times after the last one are named in res->left_out. Cumulative windows
 * all start at `since` and end where the moving ones would.
 *
 * \return IGRAPH_EINVAL (reason recorded) for a duration that does not fit
 *         the panel's time, `since` after `until`, no complete window, or
 *         more than IL_PANEL_MAX_WINDOWS windows; IGRAPH_ENOMEM.
 *
 * Time complexity: O(windows).
 */
igraph_error_t il_panel_windows(const il_panel_t *p, const il_window_options_t *o,
                                il_windows_t *res)
{
    il_window_options_t oo = *o;
    il_duration_t one = one_unit(p->kind);
    int64_t since, until, end_all, k;
    size_t cap = 16;
    char a[48], b[48];

    memset(res, 0, sizeof *res);
    IGRAPH_CHECK(window_defaults(p, &oo));
    if (p->n == 0 && !(oo.has_since && oo.has_until)) {
        IGRAPH_ERROR("the panel has no rows: nothing to cut into windows", IGRAPH_EINVAL);
    }
    since = oo.has_since ? oo.since : il_time_floor(p->kind, p->first, oo.step);
    until = oo.has_until ? oo.until : p->last;
    if (since > until) {
        il_panel_time_label(p, since, a, sizeof a);
        il_panel_time_label(p, until, b, sizeof b);
        IGRAPH_ERRORF("the windows would start at %s, after the last time %s", IGRAPH_EINVAL,
                      a, b);
    }
    end_all = il_time_add(p->kind, until, one, 1);
    res->w = malloc(cap * sizeof *res->w);
    IGRAPH_CHECK_OOM(res->w, "Out of memory making windows.");
    for (k = 0;; k++) {
        int64_t s = il_time_add(p->kind, since, oo.step, k);
        int64_t e = il_time_add(p->kind, s, oo.window, 1);
        il_window_t *w;
        if (s > until) {
            break;
        }
        if (e > end_all) {
            range_label(p, s, end_all, res->left_out, sizeof res->left_out);
            break;
        }
        if (res->n == IL_PANEL_MAX_WINDOWS) {
            il_windows_destroy(res);
            IGRAPH_ERRORF("more than %d windows: choose a longer --step", IGRAPH_EINVAL,
                          IL_PANEL_MAX_WINDOWS);
        }
        if (res->n == cap) {
            il_window_t *nw = realloc(res->w, 2 * cap * sizeof *nw);
            if (!nw) {
                il_windows_destroy(res);
                IGRAPH_ERROR("Out of memory making windows.", IGRAPH_ENOMEM);
            }
            res->w = nw;
            cap *= 2;
        }
        w = &res->w[res->n++];
        w->start = oo.cumulative ? since : s;
        w->end = e;
        w->rows = 0;
        range_label(p, w->start, w->end, w->label, sizeof w->label);
    }
    if (res->n == 0) {
        char len[32];
        il_windows_destroy(res);
        il_duration_format(oo.window, len, sizeof len);
        il_panel_time_label(p, since, a, sizeof a);
        il_panel_time_label(p, until, b, sizeof b);
        IGRAPH_ERRORF("no complete window: --window %s is longer than the times %s to %s",
                      IGRAPH_EINVAL, len, a, b);
    }
    res->since = since;
    res->until = until;
    res->o = oo;
    return IGRAPH_SUCCESS;
}

/* ---- The graph of a window ---------------------------------------------- */

/* First row (rows sorted by time) whose lifetime reaches past \p a. */
static size_t first_alive(const il_panel_t *p, const il_window_options_t *o, int64_t a)
{
    size_t lo = 0, hi = p->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int64_t t = p->t[mid];
        int alive = o->cumulative ? t >= a : il_time_add(p->kind, t, o->lifetime, 1) > a;
        if (alive) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

/* First row at or after time \p b. */
static size_t first_from(const il_panel_t *p, int64_t b)
{
    size_t lo = 0, hi = p->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->t[mid] >= b) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

static void builder_release(void *b)
{
    il_graph_builder_free(b);
}

static void graph_release(void *g)
{
    il_graph_destroy(g);
}

/* Add the projection of the memberships rows[lo, hi) to \p b. */
static igraph_error_t project_rows(const il_panel_t *p, il_graph_builder_t *b, size_t lo,
                                   size_t hi, char *seen)
{
    size_t n = hi - lo, i;
    igraph_integer_t merged = 0;
    for (i = lo; i < hi; i++) {
        seen[p->a[i]] = 1;
    }
    return il_graph_builder_project(b, p->a + lo, p->b + lo, p->w + lo, n, p->projection,
                                    &merged);
}

/* Add the ties rows[lo, hi) to \p b. */
static igraph_error_t add_rows(const il_panel_t *p, il_graph_builder_t *b, size_t lo,
                               size_t hi, char *seen)
{
    size_t i;
    for (i = lo; i < hi; i++) {
        il_edge_outcome_t out;
        seen[p->a[i]] = 1;
        seen[p->b[i]] = 1;
        IGRAPH_CHECK(il_graph_builder_add_edge(b, p->a[i], p->b[i], p->w[i], NULL, NULL, 0,
                                               &out, NULL));
    }
    return IGRAPH_SUCCESS;
}

/* The builder of a window: every roster actor as vertex i, then the rows. */
static igraph_error_t window_builder(const il_panel_t *p, il_graph_builder_t *b, size_t lo,
                                     size_t hi, char *seen)
{
    igraph_integer_t v, n = il_graph_vcount(&p->roster);
    for (v = 0; v < n; v++) {
        const char *id = il_graph_vertex_id(&p->roster, v);
        uint32_t u;
        IGRAPH_CHECK(il_graph_builder_add_vertex(b, id, strlen(id), &u, NULL));
    }
    if (p->affiliation) {
        return project_rows(p, b, lo, hi, seen);
    }
    return add_rows(p, b, lo, hi, seen);
}

/**
 * \function il_panel_window_graph
 * \brief The graph of window \p k of \p ws.
 *
 * The rows alive in the window (a row at time t lives from t for the
 * windows' lifetime; in cumulative windows, from t on) are merged into
 * ties by the panel's duplicate mode (memberships are projected, as
 * --affiliation does for one table). A listed panel's window holds every
 * roster actor; otherwise the actors present, in roster order. Node
 * attributes are copied; ties carry no edge attributes. Sets
 * ws->w[k].rows and the load counts of \p g (rows, duplicates merged).
 *
 * \param g         IL_GRAPH_INIT; the window's graph.
 * \param roster_of NULL, or resized to the graph's vertices: their roster index.
 * \param present   NULL, or an array of the roster's size: 1 for actors
 *                  with a row in the window.
 * \return IGRAPH_ENOMEM; IGRAPH_EINVAL when a projection is too large.
 *
 * Time complexity: O(n + rows of the window + log rows); a projection
 * adds the sum over its events of members squared.
 */
igraph_error_t il_panel_window_graph(const il_panel_t *p, il_windows_t *ws, size_t k,
                                     il_graph_t *g, igraph_vector_int_t *roster_of,
                                     char *present)
{
    const il_window_t *w = &ws->w[k];
    igraph_integer_t n = il_graph_vcount(&p->roster), v, kept = 0;
    size_t lo, hi;
    il_graph_builder_t *b = NULL;
    il_graph_t full = IL_GRAPH_INIT;
    igraph_vector_int_t pick;
    char *seen;

    lo = first_alive(p, &ws->o, ws->o.cumulative ? ws->since : w->start);
    hi = first_from(p, w->end);
    if (hi < lo) {
        hi = lo;
    }
    ws->w[k].rows = hi - lo;
    seen = calloc((size_t) n + 1, 1);
    IGRAPH_CHECK_OOM(seen, "Out of memory making a window.");
    IGRAPH_FINALLY(igraph_free, seen);
    IGRAPH_CHECK(il_graph_builder_new(&b, p->directed,
                                      p->duplicates == IL_DUP_ERROR ? IL_DUP_SUM : p->duplicates,
                                      p->self_loops == IL_LOOP_KEEP ? IL_LOOP_KEEP : IL_LOOP_DROP));
    IGRAPH_FINALLY(builder_release, b);
    IGRAPH_CHECK(window_builder(p, b, lo, hi, seen));
    il_graph_builder_info(b)->rows = (igraph_integer_t) (hi - lo);
    IGRAPH_FINALLY(graph_release, &full);
    IGRAPH_CHECK(il_graph_builder_finish(b, &full));
    il_graph_builder_free(b);
    IGRAPH_FINALLY_CLEAN(2);
    IGRAPH_FINALLY(graph_release, &full);

    IGRAPH_VECTOR_INT_INIT_FINALLY(&pick, n);
    for (v = 0; v < n; v++) {
        VECTOR(pick)[v] = v;
    }
    il_i_attrs_destroy(&full.vattr);
    IGRAPH_CHECK(il_i_attrs_pick(&full.vattr, &p->roster.vattr, VECTOR(pick), (size_t) n));
    if (p->listed) {
        *g = full;
        memset(&full, 0, sizeof full);
    } else {
        IGRAPH_CHECK(il_graph_induce(&full, seen, g));
        g->info = full.info;
        for (v = 0; v < n; v++) {
            if (seen[v]) {
                VECTOR(pick)[kept++] = v;
            }
        }
        IGRAPH_CHECK(igraph_vector_int_resize(&pick, kept));
    }
    if (roster_of) {
        IGRAPH_CHECK(igraph_vector_int_update(roster_of, &pick));
    }
    if (present) {
        memcpy(present, seen, (size_t) n);
    }
    igraph_vector_int_destroy(&pick);
    il_graph_destroy(&full);
    igraph_free(seen);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_panel_graph
 * \brief A graph over (some of) the panel's actors with the ties given.
 *
 * Vertices are the roster actors with keep[v] != 0 (every one when \p keep
 * is NULL), in roster order, with the roster's node attributes; ties
 * a[i]-b[i] of strength w[i] join roster vertices that are kept, repeated
 * pairs merged by \p dup (IL_DUP_ERROR is taken as IL_DUP_FIRST).
 *
 * \param g  IL_GRAPH_INIT; the graph.
 * \return IGRAPH_EINVAL for a tie with an end not kept; IGRAPH_ENOMEM.
 * Time complexity: O(n + m).
 */
igraph_error_t il_panel_graph(const il_panel_t *p, const uint32_t *a, const uint32_t *b,
                              const double *w, size_t m, il_dup_mode_t dup, const char *keep,
                              il_graph_t *g)
{
    igraph_integer_t n = il_graph_vcount(&p->roster), v;
    il_graph_builder_t *bld = NULL;
    il_graph_t full = IL_GRAPH_INIT;
    igraph_vector_int_t pick;
    size_t i;

    for (i = 0; keep && i < m; i++) {
        if (!keep[a[i]] || !keep[b[i]]) {
            IGRAPH_ERROR("A tie joins an actor that is left out.", IGRAPH_EINVAL);
        }
    }
    IGRAPH_CHECK(il_graph_builder_new(&bld, p->directed, dup == IL_DUP_ERROR ? IL_DUP_FIRST : dup,
                                      IL_LOOP_KEEP));
    IGRAPH_FINALLY(builder_release, bld);
    for (v = 0; v < n; v++) {
        const char *id = il_graph_vertex_id(&p->roster, v);
        uint32_t u;
        IGRAPH_CHECK(il_graph_builder_add_vertex(bld, id, strlen(id), &u, NULL));
    }
    for (i = 0; i < m; i++) {
        il_edge_outcome_t out;
        IGRAPH_CHECK(il_graph_builder_add_edge(bld, a[i], b[i], w[i], NULL, NULL, 0, &out, NULL));
    }
    IGRAPH_FINALLY(graph_release, &full);
    IGRAPH_CHECK(il_graph_builder_finish(bld, &full));
    IGRAPH_VECTOR_INT_INIT_FINALLY(&pick, n);
    for (v = 0; v < n; v++) {
        VECTOR(pick)[v] = v;
    }
    il_i_attrs_destroy(&full.vattr);
    IGRAPH_CHECK(il_i_attrs_pick(&full.vattr, &p->roster.vattr, VECTOR(pick), (size_t) n));
    if (keep) {
        IGRAPH_CHECK(il_graph_induce(&full, keep, g));
    } else {
        *g = full;
        memset(&full, 0, sizeof full);
    }
    igraph_vector_int_destroy(&pick);
    il_graph_destroy(&full);
    il_graph_builder_free(bld);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}
