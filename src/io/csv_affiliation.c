/*
 * The affiliation table (--affiliation): one row per membership, an actor
 * column, an event column and an optional weight; and the events table
 * (--events): one row per event with its own attributes (year, programme,
 * kind), which --event-where filters on. The memberships are collected
 * while reading into affiliation data (model/affiliation.c), which the
 * two-mode measures read as it is and il_load_graph() projects to
 * actor-actor ties. Actors follow the edge table's rules (node table,
 * --where, trimming); events follow the events table when there is one.
 */
#include "io/io.h"
#include "core/setup.h"
#include "core/utf8.h"
#include "io/load_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- The events table ------------------------------------------------------ */

typedef struct events_ctx {
    const il_load_options_t *opts;
    long id_col;
    long *where_col;                /* header column of each --event-where */
    il_strtab_t kept, dropped;      /* events passing / failing --event-where */
    igraph_integer_t *line;         /* first line of every listed event, by order */
    size_t nline, cap;
    il_strtab_t all;                /* every listed event, for duplicates */
} events_ctx_t;

static igraph_error_t events_header(il_i_csv_t *r, void *vctx)
{
    events_ctx_t *c = vctx;
    const il_load_options_t *o = c->opts;
    const char *id_def[] = { "event", "id", NULL }, *one[2] = { NULL, NULL };
    char list[512];
    size_t i;

    IGRAPH_CHECK(il_i_csv_check_header(r));
    il_i_csv_header_list(r, list, sizeof list);
    one[0] = o->event_id_col;
    c->id_col = il_i_csv_find_column(r, o->event_id_col ? one : id_def);
    if (c->id_col < 0) {
        il_i_csv_fail(r, 1, 0, "no event id column '%s' in the header of the events table "
                      "(found %s); use --event-id COL",
                      o->event_id_col ? o->event_id_col : "event", list);
        return IGRAPH_PARSEERROR;
    }
    c->where_col = calloc(o->nevent_where + 1, sizeof *c->where_col);
    if (!c->where_col) {
        IGRAPH_ERROR("Out of memory reading the events table.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < o->nevent_where; i++) {
        one[0] = o->event_where[i].column;
        c->where_col[i] = il_i_csv_find_column(r, one);
        if (c->where_col[i] < 0) {
            il_i_csv_fail(r, 1, 0, "--event-where '%s': no column '%s' in the events table "
                          "(found %s)", o->event_where[i].text, o->event_where[i].column,
                          list);
            return IGRAPH_PARSEERROR;
        }
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t events_row(il_i_csv_t *r, void *vctx)
{
    events_ctx_t *c = vctx;
    const il_load_options_t *o = c->opts;
    size_t len, i;
    uint32_t id;
    int is_new, keep = 1;
    igraph_integer_t trimmed = 0;
    const char *name = il_i_csv_trim_id(r, (size_t) c->id_col, &len, &trimmed);
    char tmp[80];

    if (len == 0) {
        il_i_csv_fail(r, r->cline[c->id_col], (size_t) c->id_col + 1,
                      "empty event id in column '%s'", r->header[c->id_col]);
        return IGRAPH_PARSEERROR;
    }
    IGRAPH_CHECK(il_strtab_intern(&c->all, name, len, &id, &is_new));
    if (!is_new) {
        il_i_csv_fail(r, r->row_line, (size_t) c->id_col + 1,
                      "event '%s' is listed twice in the events table (first on line %"
                      IGRAPH_PRId ")", il_i_csv_shown(r->cell[c->id_col], tmp, sizeof tmp),
                      c->line[id]);
        return IGRAPH_PARSEERROR;
    }
    if (c->nline == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 256;
        igraph_integer_t *l = realloc(c->line, cap * sizeof *l);
        if (!l) {
            IGRAPH_ERROR("Out of memory reading the events table.", IGRAPH_ENOMEM);
        }
        c->line = l;
        c->cap = cap;
    }
    c->line[c->nline++] = r->row_line;
    for (i = 0; i < o->nevent_where && keep; i++) {
        keep = il_where_match(&o->event_where[i], r->cell[c->where_col[i]]);
    }
    return il_strtab_intern(keep ? &c->kept : &c->dropped, name, len, &id, NULL);
}

static void events_destroy(events_ctx_t *c)
{
    il_strtab_destroy(&c->kept);
    il_strtab_destroy(&c->dropped);
    il_strtab_destroy(&c->all);
    free(c->where_col);
    free(c->line);
}

/* ---- The affiliation table ------------------------------------------------- */

typedef struct aff_ctx {
    il_i_edge_ctx_t e;          /* reuses the --where and node-table handling */
    long actor_col, event_col;
    const events_ctx_t *table;  /* NULL: events are whatever the rows name */
    il_strtab_t events;
    uint32_t *actor, *event;
    double *w;
    size_t n, cap;
    igraph_integer_t memberships_filtered;
} aff_ctx_t;

static igraph_error_t aff_header(il_i_csv_t *r, void *vctx)
{
    aff_ctx_t *c = vctx;
    const il_load_options_t *o = c->e.opts;
    const char *actor_def[] = { "actor", NULL }, *event_def[] = { "event", NULL };
    const char *w_def[] = { "weight", NULL }, *one[2] = { NULL, NULL };
    char list[512];

    IGRAPH_CHECK(il_i_csv_check_header(r));
    il_i_csv_header_list(r, list, sizeof list);
    one[0] = o->actor_col;
    c->actor_col = il_i_csv_find_column(r, o->actor_col ? one : actor_def);
    one[0] = o->event_col;
    c->event_col = il_i_csv_find_column(r, o->event_col ? one : event_def);
    if (c->actor_col < 0 || c->event_col < 0) {
        il_i_csv_fail(r, 1, 0, "no %s column '%s' in the header of the affiliation table "
                      "(found %s); use --actor COL --event COL",
                      c->actor_col < 0 ? "actor" : "event",
                      c->actor_col < 0 ? (o->actor_col ? o->actor_col : "actor")
                      : (o->event_col ? o->event_col : "event"), list);
        return IGRAPH_PARSEERROR;
    }
    one[0] = o->weight_col;
    c->e.w_col = il_i_csv_find_column(r, o->weight_col ? one : w_def);
    if (c->e.w_col < 0 && o->weight_col) {
        il_i_csv_fail(r, 1, 0, "no weight column '%s' in the header (found %s)",
                      o->weight_col, list);
        return IGRAPH_PARSEERROR;
    }
    c->e.where_col = calloc(o->nwhere + 1, sizeof *c->e.where_col);
    if (!c->e.where_col) {
        IGRAPH_ERROR("Out of memory reading the affiliation table.", IGRAPH_ENOMEM);
    }
    return il_i_edge_where_columns(r, &c->e, list);
}

/* Append one membership to the arrays collected for the end. */
static igraph_error_t push_member(aff_ctx_t *c, uint32_t a, uint32_t ev, double w)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 1024;
        uint32_t *pa = realloc(c->actor, cap * sizeof *pa), *pe;
        double *pw;
        if (pa) {
            c->actor = pa;
        }
        pe = pa ? realloc(c->event, cap * sizeof *pe) : NULL;
        if (pe) {
            c->event = pe;
        }
        pw = pe ? realloc(c->w, cap * sizeof *pw) : NULL;
        if (!pw) {
            IGRAPH_ERROR("Out of memory reading the affiliation table.", IGRAPH_ENOMEM);
        }
        c->w = pw;
        c->cap = cap;
    }
    c->actor[c->n] = a;
    c->event[c->n] = ev;
    c->w[c->n] = w;
    c->n++;
    return IGRAPH_SUCCESS;
}

/* The event of the current row into *ev; *skip = 1 when --event-where
 * left it out. With an events table, an event it does not list is an error. */
static igraph_error_t row_event(il_i_csv_t *r, aff_ctx_t *c, uint32_t *ev, int *skip)
{
    size_t len;
    char tmp[80];
    const char *name = il_i_csv_trim_id(r, (size_t) c->event_col, &len,
                                        &il_graph_builder_info(c->e.b)->ids_trimmed);
    *skip = 0;
    if (len == 0) {
        il_i_csv_fail(r, r->cline[c->event_col], (size_t) c->event_col + 1, "empty event id");
        return IGRAPH_PARSEERROR;
    }
    if (!c->table) {
        return il_strtab_intern(&c->events, name, len, ev, NULL);
    }
    if (il_strtab_find(&c->table->kept, name, len, ev)) {
        return IGRAPH_SUCCESS;
    }
    if (il_strtab_find(&c->table->dropped, name, len, ev)) {
        *skip = 1;
        return IGRAPH_SUCCESS;
    }
    il_i_csv_fail(r, r->cline[c->event_col], (size_t) c->event_col + 1,
                  "event '%s' is not in the events table %s",
                  il_i_csv_shown(r->cell[c->event_col], tmp, sizeof tmp),
                  c->e.opts->events_path);
    return IGRAPH_PARSEERROR;
}

static igraph_error_t aff_row(il_i_csv_t *r, void *vctx)
{
    aff_ctx_t *c = vctx;
    uint32_t a, ev;
    double w = 1.0;
    int skip;
    char tmp[80];

    il_graph_builder_info(c->e.b)->rows++;
    if (il_i_edge_filtered(r, &c->e)) {
        return IGRAPH_SUCCESS;
    }
    if (c->e.w_col >= 0) {
        const char *s = r->cell[c->e.w_col];
        if (!il_parse_number(s, &w) || !(w > 0) || !isfinite(1.0 / w)) {
            il_i_csv_fail(r, r->cline[c->e.w_col], (size_t) c->e.w_col + 1,
                          "weight '%s' in column '%s' is not a positive finite number",
                          il_i_csv_shown(s, tmp, sizeof tmp), r->header[c->e.w_col]);
            return IGRAPH_PARSEERROR;
        }
    }
    IGRAPH_CHECK(il_i_edge_end(r, &c->e, c->actor_col, &a));
    IGRAPH_CHECK(row_event(r, c, &ev, &skip));
    if (skip) {
        c->memberships_filtered++;
        return IGRAPH_SUCCESS;
    }
    return push_member(c, a, ev, w);
}

/* Read the events table opts->events_path into \p ev. */
static igraph_error_t read_events(const il_load_options_t *opts, events_ctx_t *ev)
{
    igraph_error_t ret;
    memset(ev, 0, sizeof *ev);
    ev->opts = opts;
    if ((ret = il_strtab_init(&ev->kept)) != IGRAPH_SUCCESS ||
        (ret = il_strtab_init(&ev->dropped)) != IGRAPH_SUCCESS ||
        (ret = il_strtab_init(&ev->all)) != IGRAPH_SUCCESS) {
        return ret;
    }
    return il_i_csv_read(opts, opts->events_path, events_header, events_row, ev);
}

/**
 * \function il_load_affiliation
 * \brief Read an actor-event table as it is, without projecting it.
 *
 * Reads the node table (actors; every actor of the table must be listed
 * there), then the events table when opts->events_path is set (every event
 * of the table must be listed there, once; opts->event_where filters
 * events by its columns), then the affiliation table (opts->where filters
 * its rows). With opts->max_event_size > 0 and IL_LARGE_DROP, events of
 * more than that many members are left out (scaling is the projection's).
 * The load counts (rows, rows_filtered, events, events_filtered,
 * memberships_filtered, events_capped, memberships_capped, duplicates
 * merged, ids trimmed) are in aff->actors.info.
 *
 * \param aff  Zero-filled on entry; the data on success, zero-filled on error.
 * \return IGRAPH_PARSEERROR (recorded with file, line and column),
 *         IGRAPH_EFILE, IGRAPH_EINVAL (--event-where without --events),
 *         IGRAPH_ENOMEM.
 *
 * Time complexity: O(file sizes + n log n) expected.
 */
igraph_error_t il_load_affiliation(const il_load_options_t *opts, il_affiliation_t *aff)
{
    aff_ctx_t c;
    events_ctx_t ev;
    il_graph_builder_t *b = NULL;
    igraph_error_t ret;
    il_load_info_t *info;
    igraph_integer_t capped = 0, capped_members = 0;

    memset(&c, 0, sizeof c);
    memset(&ev, 0, sizeof ev);
    memset(aff, 0, sizeof *aff);
    if (opts->nevent_where > 0 && !opts->events_path) {
        il_set_error("--event-where needs an events table (--events FILE)");
        return IGRAPH_EINVAL;
    }
    ret = il_graph_builder_new(&b, /* directed = */ 0, opts->duplicates, opts->self_loops);
    if (ret != IGRAPH_SUCCESS) {
        return ret;
    }
    if (opts->nodes_path && (ret = il_i_load_nodes(opts, b)) != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    if (opts->events_path) {
        if ((ret = read_events(opts, &ev)) != IGRAPH_SUCCESS) {
            goto cleanup;
        }
        c.table = &ev;
    }
    c.e.opts = opts;
    c.e.b = b;
    c.e.have_nodes = opts->nodes_path != NULL;
    if ((ret = il_strtab_init(&c.events)) != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    ret = il_i_csv_read(opts, opts->edges_path, aff_header, aff_row, &c);
    if (ret != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    info = il_graph_builder_info(b);
    info->events_filtered = opts->events_path ? (igraph_integer_t) il_strtab_size(&ev.dropped)
                            : 0;
    info->memberships_filtered = c.memberships_filtered;
    ret = il_affiliation_init(aff, b, opts->events_path ? &ev.kept : &c.events, c.actor,
                              c.event, c.w, c.n);
    if (ret != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    if (opts->large_events == IL_LARGE_DROP && opts->max_event_size > 0) {
        ret = il_affiliation_drop_large(aff, opts->max_event_size, &capped, &capped_members);
        if (ret != IGRAPH_SUCCESS) {
            il_affiliation_destroy(aff);
            goto cleanup;
        }
        aff->actors.info.events_capped = capped;
        aff->actors.info.memberships_capped = capped_members;
    }
    aff->actors.info.events = il_affiliation_events(aff);
cleanup:
    il_graph_builder_free(b);
    events_destroy(&ev);
    il_strtab_destroy(&c.events);
    free(c.actor);
    free(c.event);
    free(c.w);
    free(c.e.where_col);
    return ret;
}

/**
 * \function il_load_projection_options
 * \brief The projection options a set of load options asks for.
 */
void il_load_projection_options(const il_load_options_t *opts, il_projection_options_t *o)
{
    o->mode = opts->projection;
    o->max_event_size = opts->max_event_size;
    o->large = opts->large_events;
}

/** \function il_large_events_name \brief "drop" or "scale". */
const char *il_large_events_name(il_large_events_t mode)
{
    return mode == IL_LARGE_SCALE ? "scale" : "drop";
}

/**
 * \function il_i_load_projected
 * \brief Read an actor-event table and project it to actor-actor ties.
 *
 * il_load_affiliation(), then il_affiliation_project() with the options'
 * projection and cap (a dropping cap applied while loading, a scaling one
 * while projecting).
 * \param g  IL_GRAPH_INIT on entry; the projection on success.
 * \return As il_load_affiliation(); IGRAPH_EINVAL (projection too large).
 *
 * Time complexity: O(file sizes + sum over events of members^2).
 */
igraph_error_t il_i_load_projected(const il_load_options_t *opts, il_graph_t *g)
{
    il_affiliation_t aff = IL_AFFILIATION_INIT;
    il_projection_options_t po = IL_PROJECTION_OPTIONS_INIT;
    IGRAPH_CHECK(il_load_affiliation(opts, &aff));
    IGRAPH_FINALLY(il_affiliation_destroy, &aff);
    il_load_projection_options(opts, &po);
    IGRAPH_CHECK(il_affiliation_project(&aff, &po, g));
    il_affiliation_destroy(&aff);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
