/*
 * The affiliation table (--affiliation): one row per membership, an actor
 * column, an event column and an optional weight. The memberships are
 * collected while reading and projected to actor-actor ties at the end
 * (model/projection.c). Actors follow the edge table's rules (node table,
 * --where, trimming); events are only interned.
 */
#include "io/io.h"
#include "core/utf8.h"
#include "io/load_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct aff_ctx {
    il_i_edge_ctx_t e;          /* reuses the --where and node-table handling */
    long actor_col, event_col;
    il_strtab_t events;
    uint32_t *actor, *event;
    double *w;
    size_t n, cap;
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

/* Append one membership to the arrays projected at the end. */
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

static igraph_error_t aff_row(il_i_csv_t *r, void *vctx)
{
    aff_ctx_t *c = vctx;
    uint32_t a, ev;
    double w = 1.0;
    size_t len;
    const char *name;
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
    name = il_i_csv_trim_id(r, (size_t) c->event_col, &len,
                            &il_graph_builder_info(c->e.b)->ids_trimmed);
    if (len == 0) {
        il_i_csv_fail(r, r->cline[c->event_col], (size_t) c->event_col + 1, "empty event id");
        return IGRAPH_PARSEERROR;
    }
    IGRAPH_CHECK(il_strtab_intern(&c->events, name, len, &ev, NULL));
    return push_member(c, a, ev, w);
}

/**
 * \function il_i_load_affiliation
 * \brief Read an actor-event table and add its projection to the builder.
 *
 * The projection (opts->projection) is added in one call after the whole
 * table is read; memberships repeated in the table count as merged
 * duplicates in info.duplicates_merged.
 * \return IGRAPH_PARSEERROR (recorded with file, line and column),
 *         IGRAPH_EFILE, IGRAPH_EINVAL (projection too large), IGRAPH_ENOMEM.
 *
 * Time complexity: O(file size + sum over events of members^2).
 */
igraph_error_t il_i_load_affiliation(const il_load_options_t *opts, il_graph_builder_t *b)
{
    aff_ctx_t c;
    igraph_error_t ret;
    igraph_integer_t merged = 0;

    memset(&c, 0, sizeof c);
    c.e.opts = opts;
    c.e.b = b;
    c.e.have_nodes = opts->nodes_path != NULL;
    ret = il_strtab_init(&c.events);
    if (ret == IGRAPH_SUCCESS) {
        ret = il_i_csv_read(opts, opts->edges_path, aff_header, aff_row, &c);
    }
    if (ret == IGRAPH_SUCCESS) {
        ret = il_graph_builder_project(b, c.actor, c.event, c.w, c.n, opts->projection,
                                       &merged);
        il_graph_builder_info(b)->duplicates_merged += merged;
    }
    il_strtab_destroy(&c.events);
    free(c.actor);
    free(c.event);
    free(c.w);
    free(c.e.where_col);
    return ret;
}
