/*
 * Reading a panel: a tie table with a time column, ordered snapshot files,
 * or an affiliation table whose events carry a time (in the table itself
 * or joined from an events table by event id). Every row is read once and
 * kept with its time; windows are cut from memory (model/panel.c). The
 * node table, the column options, --where and the loop and duplicate
 * rules are those of il_load_graph().
 */
#include "io/panel_load.h"
#include "core/setup.h"
#include "core/utf8.h"
#include "io/load_internal.h"

#include <stdlib.h>
#include <string.h>

/* The rows read so far, in input order. */
typedef struct rows {
    uint32_t *a, *b;
    double *w;
    int64_t *t;
    igraph_integer_t *line;
    uint32_t *file;
    size_t n, cap;
} rows_t;

typedef struct panel_ctx {
    il_i_edge_ctx_t e;          /* ends, weight, --where and the node table */
    const il_panel_source_t *src;
    const char *const *files;
    long time_col;              /* header column of the time; -1: the file's period */
    long actor_col, event_col;  /* affiliation tables */
    int64_t fixed_t;            /* the period of the file being read */
    uint32_t file;
    il_time_kind_t kind;        /* of the first time value read */
    char kind_where[320];       /* "file:line" of that value, and the value */
    char kind_value[64];
    il_strtab_t labels;         /* labels mode: the period labels as met */
    il_strtab_t events;         /* affiliation: event ids */
    int have_events;            /* 1: events come from the events table */
    int64_t *event_t;           /* time of each event of the events table */
    igraph_integer_t *event_line;
    size_t event_cap;
    rows_t rows;
} panel_ctx_t;

static void ctx_destroy(panel_ctx_t *c)
{
    free(c->e.where_col);
    il_strtab_destroy(&c->labels);
    il_strtab_destroy(&c->events);
    free(c->event_t);
    free(c->event_line);
    free(c->rows.a);
    free(c->rows.b);
    free(c->rows.w);
    free(c->rows.t);
    free(c->rows.line);
    free(c->rows.file);
}

#define GROW(ptr, cap) do { \
        void *np_ = realloc((ptr), (cap) * sizeof *(ptr)); \
        if (!np_) { \
            IGRAPH_ERROR("Out of memory reading the panel.", IGRAPH_ENOMEM); \
        } \
        (ptr) = np_; \
    } while (0)

static igraph_error_t push_row(panel_ctx_t *c, uint32_t a, uint32_t b, double w, int64_t t,
                               igraph_integer_t line)
{
    rows_t *r = &c->rows;
    if (r->n == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 4096;
        if (cap > (size_t) UINT32_MAX) {
            IGRAPH_ERROR("Too many rows in the panel (more than 2^32).", IGRAPH_EOVERFLOW);
        }
        GROW(r->a, cap);
        GROW(r->b, cap);
        GROW(r->w, cap);
        GROW(r->t, cap);
        GROW(r->line, cap);
        GROW(r->file, cap);
        r->cap = cap;
    }
    r->a[r->n] = a;
    r->b[r->n] = b;
    r->w[r->n] = w;
    r->t[r->n] = t;
    r->line[r->n] = line;
    r->file[r->n] = c->file;
    r->n++;
    return IGRAPH_SUCCESS;
}

/* The time in column \p col of the current row: a period label (labels
 * mode), or a year, month or date of the same kind as the first one read. */
static igraph_error_t cell_time(il_i_csv_t *r, panel_ctx_t *c, long col, int64_t *t)
{
    const char *s = r->cell[col];
    il_time_kind_t k;
    char tmp[80];
    if (r->clen[col] == 0) {
        il_i_csv_fail(r, r->cline[col], (size_t) col + 1, "empty time in column '%s'",
                      r->header[col]);
        return IGRAPH_PARSEERROR;
    }
    if (c->src->labels) {
        uint32_t id;
        IGRAPH_CHECK(il_strtab_intern(&c->labels, s, r->clen[col], &id, NULL));
        *t = id;
        return IGRAPH_SUCCESS;
    }
    k = il_time_parse(s, t);
    if (k == IL_TIME_NONE) {
        il_i_csv_fail(r, r->cline[col], (size_t) col + 1, "time '%s' in column '%s' is not "
                      "a year (2005), a month (2005-03) or an ISO date (2005-03-17)",
                      il_i_csv_shown(s, tmp, sizeof tmp), r->header[col]);
        return IGRAPH_PARSEERROR;
    }
    if (c->kind == IL_TIME_NONE) {
        c->kind = k;
        snprintf(c->kind_where, sizeof c->kind_where, "%s:%" IGRAPH_PRId, r->name,
                 r->cline[col]);
        snprintf(c->kind_value, sizeof c->kind_value, "%s", s);
    } else if (k != c->kind) {
        il_i_csv_fail(r, r->cline[col], (size_t) col + 1, "time '%s' in column '%s' is %s, "
                      "but %s holds %s ('%s'): every time of the column must be of one kind",
                      il_i_csv_shown(s, tmp, sizeof tmp), r->header[col], il_time_kind_name(k),
                      c->kind_where, il_time_kind_name(c->kind), c->kind_value);
        return IGRAPH_PARSEERROR;
    }
    return IGRAPH_SUCCESS;
}

/* The header column named \p name (exact, then ignoring ASCII case), or a
 * recorded error naming the table (\p what) and its columns. */
static igraph_error_t find_named(il_i_csv_t *r, const char *name, const char *what,
                                 const char *option, long *col)
{
    const char *one[2] = { name, NULL };
    char list[512];
    *col = il_i_csv_find_column(r, one);
    if (*col < 0) {
        il_i_csv_header_list(r, list, sizeof list);
        il_i_csv_fail(r, 1, 0, "no %s column '%s' in the header (found %s)%s", what, name,
                      list, option);
        return IGRAPH_PARSEERROR;
    }
    return IGRAPH_SUCCESS;
}

/* --where columns of this table's header (every file has its own header). */
static igraph_error_t where_columns(il_i_csv_t *r, panel_ctx_t *c)
{
    char list[512];
    free(c->e.where_col);
    c->e.where_col = calloc(c->e.opts->nwhere + 1, sizeof *c->e.where_col);
    if (!c->e.where_col) {
        IGRAPH_ERROR("Out of memory reading the panel.", IGRAPH_ENOMEM);
    }
    il_i_csv_header_list(r, list, sizeof list);
    return il_i_edge_where_columns(r, &c->e, list);
}

/* ---- Tie tables ------------------------------------------------------------ */

static igraph_error_t tie_header(il_i_csv_t *r, void *vctx)
{
    panel_ctx_t *c = vctx;
    char list[512];
    IGRAPH_CHECK(il_i_csv_check_header(r));
    il_i_csv_header_list(r, list, sizeof list);
    IGRAPH_CHECK(il_i_edge_find_ends(r, &c->e, list));
    IGRAPH_CHECK(where_columns(r, c));
    c->time_col = -1;
    if (c->src->time_col) {
        IGRAPH_CHECK(find_named(r, c->src->time_col, "time", "; use --time COL", &c->time_col));
        if (c->time_col == c->e.src_col || c->time_col == c->e.dst_col ||
            c->time_col == c->e.w_col) {
            il_i_csv_fail(r, 1, 0, "the time column '%s' is also the source, target or weight",
                          c->src->time_col);
            return IGRAPH_PARSEERROR;
        }
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t tie_row(il_i_csv_t *r, void *vctx)
{
    panel_ctx_t *c = vctx;
    il_load_info_t *info = il_graph_builder_info(c->e.b);
    uint32_t u, v;
    double w = 1.0;
    int64_t t = c->fixed_t;
    char tmp[80];

    info->rows++;
    if (il_i_edge_filtered(r, &c->e)) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(il_i_edge_weight(r, &c->e, &w));
    IGRAPH_CHECK(il_i_edge_end(r, &c->e, c->e.src_col, &u));
    IGRAPH_CHECK(il_i_edge_end(r, &c->e, c->e.dst_col, &v));
    if (c->time_col >= 0) {
        IGRAPH_CHECK(cell_time(r, c, c->time_col, &t));
    }
    if (u == v) {
        if (c->e.opts->self_loops == IL_LOOP_ERROR) {
            il_i_csv_fail(r, r->row_line, 0, "self-loop on '%s'; use --self-loops drop|keep",
                          il_i_csv_shown(r->cell[c->e.src_col], tmp, sizeof tmp));
            return IGRAPH_PARSEERROR;
        }
        if (c->e.opts->self_loops == IL_LOOP_DROP) {
            info->self_loops_dropped++;
            return IGRAPH_SUCCESS;
        }
    }
    return push_row(c, u, v, w, t, r->row_line);
}

/* ---- Affiliation tables ------------------------------------------------------ */

static igraph_error_t member_header(il_i_csv_t *r, void *vctx)
{
    panel_ctx_t *c = vctx;
    const il_load_options_t *o = c->e.opts;
    const char *w_def[] = { "weight", NULL }, *one[2] = { NULL, NULL };
    char list[512];

    IGRAPH_CHECK(il_i_csv_check_header(r));
    il_i_csv_header_list(r, list, sizeof list);
    IGRAPH_CHECK(find_named(r, o->actor_col ? o->actor_col : "actor", "actor",
                            "; use --actor COL", &c->actor_col));
    IGRAPH_CHECK(find_named(r, o->event_col ? o->event_col : "event", "event",
                            "; use --event COL", &c->event_col));
    one[0] = o->weight_col;
    c->e.w_col = il_i_csv_find_column(r, o->weight_col ? one : w_def);
    if (c->e.w_col < 0 && o->weight_col) {
        il_i_csv_fail(r, 1, 0, "no weight column '%s' in the header (found %s)",
                      o->weight_col, list);
        return IGRAPH_PARSEERROR;
    }
    IGRAPH_CHECK(where_columns(r, c));
    c->time_col = -1;
    if (c->src->time_col && !c->have_events) {
        IGRAPH_CHECK(find_named(r, c->src->time_col, "time", "; give the events table with "
                                "--events FILE, or use --time COL", &c->time_col));
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t member_row(il_i_csv_t *r, void *vctx)
{
    panel_ctx_t *c = vctx;
    il_load_info_t *info = il_graph_builder_info(c->e.b);
    uint32_t a, ev;
    double w = 1.0;
    int64_t t = c->fixed_t;
    size_t len;
    const char *name;
    char tmp[80];

    info->rows++;
    if (il_i_edge_filtered(r, &c->e)) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(il_i_edge_weight(r, &c->e, &w));
    IGRAPH_CHECK(il_i_edge_end(r, &c->e, c->actor_col, &a));
    name = il_i_csv_trim_id(r, (size_t) c->event_col, &len, &info->ids_trimmed);
    if (len == 0) {
        il_i_csv_fail(r, r->cline[c->event_col], (size_t) c->event_col + 1, "empty event id");
        return IGRAPH_PARSEERROR;
    }
    if (c->have_events) {
        if (!il_strtab_find(&c->events, name, len, &ev)) {
            il_i_csv_fail(r, r->cline[c->event_col], (size_t) c->event_col + 1,
                          "event '%s' is not in the events table %s",
                          il_i_csv_shown(r->cell[c->event_col], tmp, sizeof tmp),
                          c->src->events_path);
            return IGRAPH_PARSEERROR;
        }
        t = c->event_t[ev];
    } else {
        IGRAPH_CHECK(il_strtab_intern(&c->events, name, len, &ev, NULL));
        if (c->time_col >= 0) {
            IGRAPH_CHECK(cell_time(r, c, c->time_col, &t));
        }
    }
    return push_row(c, a, ev, w, t, r->row_line);
}

/* ---- The events table ------------------------------------------------------- */

static igraph_error_t event_header(il_i_csv_t *r, void *vctx)
{
    panel_ctx_t *c = vctx;
    const il_panel_source_t *s = c->src;
    const char *def[] = { c->e.opts->event_col ? c->e.opts->event_col : "event", "event", "id",
                          NULL
                        };
    const char *one[2] = { s->events_id_col, NULL };
    char list[512];
    IGRAPH_CHECK(il_i_csv_check_header(r));
    c->event_col = il_i_csv_find_column(r, s->events_id_col ? one : def);
    if (c->event_col < 0) {
        il_i_csv_header_list(r, list, sizeof list);
        il_i_csv_fail(r, 1, 0, "no event id column '%s' in the header of the events table "
                      "(found %s); use --event-id COL", s->events_id_col ? s->events_id_col :
                      def[0], list);
        return IGRAPH_PARSEERROR;
    }
    return find_named(r, s->time_col, "time", "; use --time COL", &c->time_col);
}

static igraph_error_t event_row(il_i_csv_t *r, void *vctx)
{
    panel_ctx_t *c = vctx;
    size_t len;
    uint32_t id;
    int is_new;
    int64_t t;
    char tmp[80];
    const char *name = il_i_csv_trim_id(r, (size_t) c->event_col, &len,
                                        &il_graph_builder_info(c->e.b)->ids_trimmed);
    if (len == 0) {
        il_i_csv_fail(r, r->cline[c->event_col], (size_t) c->event_col + 1, "empty event id");
        return IGRAPH_PARSEERROR;
    }
    IGRAPH_CHECK(cell_time(r, c, c->time_col, &t));
    IGRAPH_CHECK(il_strtab_intern(&c->events, name, len, &id, &is_new));
    if (!is_new) {
        il_i_csv_fail(r, r->cline[c->event_col], (size_t) c->event_col + 1,
                      "event '%s' is listed twice (first on line %" IGRAPH_PRId ")",
                      il_i_csv_shown(r->cell[c->event_col], tmp, sizeof tmp),
                      c->event_line[id]);
        return IGRAPH_PARSEERROR;
    }
    if (id >= c->event_cap) {
        size_t cap = c->event_cap ? 2 * c->event_cap : 256;
        GROW(c->event_t, cap);
        GROW(c->event_line, cap);
        c->event_cap = cap;
    }
    c->event_t[id] = t;
    c->event_line[id] = r->cline[c->event_col];
    return IGRAPH_SUCCESS;
}

/* ---- After reading ------------------------------------------------------------ */

typedef struct order {
    int64_t t;
    uint32_t lo, hi;
    size_t i;
} order_t;

static int cmp_time(const void *x, const void *y)
{
    const order_t *a = x, *b = y;
    if (a->t != b->t) {
        return a->t < b->t ? -1 : 1;
    }
    return (a->i > b->i) - (a->i < b->i);
}

static int cmp_pair(const void *x, const void *y)
{
    const order_t *a = x, *b = y;
    if (a->t != b->t) {
        return a->t < b->t ? -1 : 1;
    }
    if (a->lo != b->lo) {
        return a->lo < b->lo ? -1 : 1;
    }
    if (a->hi != b->hi) {
        return a->hi < b->hi ? -1 : 1;
    }
    return (a->i > b->i) - (a->i < b->i);
}

/* --duplicates error: two rows on one pair at one time are refused. */
static igraph_error_t check_duplicates(const panel_ctx_t *c, const il_panel_t *p)
{
    const rows_t *r = &c->rows;
    order_t *o = malloc((r->n ? r->n : 1) * sizeof *o);
    size_t i;
    IGRAPH_CHECK_OOM(o, "Out of memory reading the panel.");
    for (i = 0; i < r->n; i++) {
        int swap = !p->directed && r->a[i] > r->b[i];
        o[i].t = r->t[i];
        o[i].lo = swap ? r->b[i] : r->a[i];
        o[i].hi = swap ? r->a[i] : r->b[i];
        o[i].i = i;
    }
    qsort(o, r->n, sizeof *o, cmp_pair);
    for (i = 1; i < r->n; i++) {
        if (o[i].t == o[i - 1].t && o[i].lo == o[i - 1].lo && o[i].hi == o[i - 1].hi) {
            size_t j = o[i].i, f = o[i - 1].i;
            char when[64];
            il_panel_time_label(p, r->t[j], when, sizeof when);
            il_set_error("%s:%" IGRAPH_PRId ": duplicate tie %s %s %s at %s (first on line %"
                         IGRAPH_PRId "); use --duplicates sum|max|min|mean|first to merge",
                         c->files[r->file[j]], r->line[j],
                         il_graph_vertex_id(&p->roster, r->a[j]), p->directed ? "->" : "--",
                         il_graph_vertex_id(&p->roster, r->b[j]), when, r->line[f]);
            free(o);
            return IGRAPH_PARSEERROR;
        }
    }
    free(o);
    return IGRAPH_SUCCESS;
}

/* Move the rows into the panel in time order (input order within a time). */
static igraph_error_t sort_rows(panel_ctx_t *c, il_panel_t *p)
{
    rows_t *r = &c->rows;
    size_t n = r->n, i;
    order_t *o = malloc((n ? n : 1) * sizeof *o);
    IGRAPH_CHECK_OOM(o, "Out of memory reading the panel.");
    IGRAPH_FINALLY(igraph_free, o);
    for (i = 0; i < n; i++) {
        o[i].t = r->t[i];
        o[i].i = i;
    }
    qsort(o, n, sizeof *o, cmp_time);
    p->a = malloc((n ? n : 1) * sizeof *p->a);
    p->b = malloc((n ? n : 1) * sizeof *p->b);
    p->w = malloc((n ? n : 1) * sizeof *p->w);
    p->t = malloc((n ? n : 1) * sizeof *p->t);
    if (!p->a || !p->b || !p->w || !p->t) {
        IGRAPH_ERROR("Out of memory reading the panel.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < n; i++) {
        size_t j = o[i].i;
        p->a[i] = r->a[j];
        p->b[i] = r->b[j];
        p->w[i] = r->w[j];
        p->t[i] = r->t[j];
    }
    p->n = n;
    if (n > 0) {
        p->first = p->t[0];
        p->last = p->t[n - 1];
    }
    igraph_free(o);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Time order of period labels, as compare --period orders them: numbers
 * by value, then bytes. */
static int cmp_label(const void *x, const void *y)
{
    const char *a = *(const char *const *) x, *b = *(const char *const *) y;
    double u, v;
    if (il_parse_number(a, &u) && il_parse_number(b, &v) && u != v) {
        return u < v ? -1 : 1;
    }
    return strcmp(a, b);
}

/* The labels of an ordinal panel: period values in time order (rows
 * renumbered), or the snapshot files' names. */
static igraph_error_t make_labels(panel_ctx_t *c, il_panel_t *p, size_t nfiles)
{
    size_t i, n = c->src->labels ? il_strtab_size(&c->labels) : nfiles;
    int64_t *rank;
    p->labels = calloc(n + 1, sizeof *p->labels);
    IGRAPH_CHECK_OOM(p->labels, "Out of memory reading the panel.");
    p->nlabels = n;
    for (i = 0; i < n; i++) {
        const char *s = c->src->labels ? il_strtab_get(&c->labels, (uint32_t) i) : NULL;
        if (!s) {
            const char *slash = strrchr(c->files[i], '/');
            s = slash ? slash + 1 : c->files[i];
        }
        p->labels[i] = strdup(s);
        IGRAPH_CHECK_OOM(p->labels[i], "Out of memory reading the panel.");
    }
    if (!c->src->labels) {
        return IGRAPH_SUCCESS;
    }
    qsort(p->labels, n, sizeof *p->labels, cmp_label);
    rank = malloc((n ? n : 1) * sizeof *rank);
    IGRAPH_CHECK_OOM(rank, "Out of memory reading the panel.");
    for (i = 0; i < n; i++) {
        uint32_t id = 0;
        il_strtab_find(&c->labels, p->labels[i], strlen(p->labels[i]), &id);
        rank[id] = (int64_t) i;
    }
    for (i = 0; i < c->rows.n; i++) {
        c->rows.t[i] = rank[c->rows.t[i]];
    }
    free(rank);
    return IGRAPH_SUCCESS;
}

static void builder_release(void *b)
{
    il_graph_builder_free(b);
}

static void ctx_release(void *c)
{
    ctx_destroy(c);
}

static void panel_release(void *p)
{
    il_panel_destroy(p);
}

/* Read the tables into \p c and the builder. */
static igraph_error_t read_tables(const il_load_options_t *lo, panel_ctx_t *c, size_t nfiles)
{
    const il_panel_source_t *src = c->src;
    size_t f;
    if (lo->nodes_path) {
        IGRAPH_CHECK(il_i_load_nodes(lo, c->e.b));
    }
    if (lo->affiliation && src->events_path) {
        c->have_events = 1;
        IGRAPH_CHECK(il_i_csv_read(lo, src->events_path, event_header, event_row, c));
    }
    for (f = 0; f < nfiles; f++) {
        c->file = (uint32_t) f;
        c->fixed_t = (int64_t) f;
        il_progress("reading the panel", (double) f / (double) nfiles);
        IGRAPH_CHECK(il_i_csv_read(lo, c->files[f], lo->affiliation ? member_header : tie_header,
                                   lo->affiliation ? member_row : tie_row, c));
    }
    il_progress("reading the panel", 1.0);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_panel_load
 * \brief Read a panel in one pass over its files.
 *
 * With src->time_col and one file, every row's time is read from that
 * column (or, for affiliation data with src->events_path, from the
 * events table row of its event): years, months or ISO dates, all of one
 * kind (src->labels: any period labels, ordered as numbers, then text).
 * Without a time column, files[0..nfiles) are snapshots in time order and
 * each file is one period labelled by its name. Actors are interned once
 * (the node table first); self-loops follow lo->self_loops; with
 * lo->duplicates error, two rows on one pair at one time are refused.
 *
 * \return IGRAPH_PARSEERROR with file, line and column for bad data (an
 *         unparseable or mixed time, an event missing from the events
 *         table), IGRAPH_EFILE, IGRAPH_EINVAL, IGRAPH_ENOMEM.
 *
 * Time complexity: O(input size + rows log rows).
 */
igraph_error_t il_panel_load(const il_load_options_t *lo, const il_panel_source_t *src,
                             const char *const *files, size_t nfiles, il_panel_t *p)
{
    panel_ctx_t c;
    il_graph_builder_t *b = NULL;

    memset(p, 0, sizeof *p);
    if (src->time_col ? nfiles != 1 : nfiles < 2) {
        IGRAPH_ERROR("A panel reads one table with a time column, or two or more snapshot "
                     "files.", IGRAPH_EINVAL);
    }
    memset(&c, 0, sizeof c);
    c.src = src;
    c.files = files;
    c.time_col = -1;
    c.e.opts = lo;
    c.e.have_nodes = lo->nodes_path != NULL;
    IGRAPH_FINALLY(ctx_release, &c);
    IGRAPH_CHECK(il_strtab_init(&c.labels));
    IGRAPH_CHECK(il_strtab_init(&c.events));
    IGRAPH_CHECK(il_graph_builder_new(&b, lo->directed, lo->duplicates, lo->self_loops));
    IGRAPH_FINALLY(builder_release, b);
    c.e.b = b;
    IGRAPH_CHECK(read_tables(lo, &c, nfiles));

    IGRAPH_FINALLY(panel_release, p);
    IGRAPH_CHECK(il_graph_builder_finish(b, &p->roster));
    p->info = p->roster.info;
    p->listed = lo->nodes_path != NULL;
    p->affiliation = lo->affiliation;
    p->projection = lo->projection;
    p->directed = lo->directed;
    p->duplicates = lo->duplicates;
    p->self_loops = lo->self_loops;
    p->nevents = il_strtab_size(&c.events);
    p->kind = src->time_col && !src->labels ? c.kind : IL_TIME_ORDINAL;
    if (src->time_col && !src->labels && c.rows.n == 0) {
        p->kind = IL_TIME_YEAR;     /* no time read: nothing to cut, said later */
    }
    if (p->kind == IL_TIME_ORDINAL) {
        IGRAPH_CHECK(make_labels(&c, p, nfiles));
    }
    if (lo->duplicates == IL_DUP_ERROR && !lo->affiliation) {
        IGRAPH_CHECK(check_duplicates(&c, p));
    }
    IGRAPH_CHECK(sort_rows(&c, p));
    IGRAPH_FINALLY_CLEAN(1);        /* p */
    il_graph_builder_free(b);
    ctx_destroy(&c);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
