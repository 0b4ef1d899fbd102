/*
 * The edge table: one row per tie, source and target ids, an optional
 * weight, and any other columns kept as edge attributes. --where filters
 * rows on any column; with a node table, every id must be listed there.
 */
#include "io/io.h"
#include "core/utf8.h"
#include "io/load_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/**
 * \function il_i_edge_where_columns
 * \brief Find the header column of every --where condition.
 *
 * \param c     c->where_col holds opts->nwhere entries.
 * \param list  The header names for the message (il_i_csv_header_list()).
 * \return IGRAPH_PARSEERROR, recorded, naming the first missing column.
 */
igraph_error_t il_i_edge_where_columns(il_i_csv_t *r, il_i_edge_ctx_t *c, const char *list)
{
    const il_load_options_t *o = c->opts;
    const char *one[2] = { NULL, NULL };
    size_t i;
    for (i = 0; i < o->nwhere; i++) {
        one[0] = o->where[i].column;
        c->where_col[i] = il_i_csv_find_column(r, one);
        if (c->where_col[i] < 0) {
            il_i_csv_fail(r, 1, 0, "--where '%s': no column '%s' in the header (found %s)",
                          o->where[i].text, o->where[i].column, list);
            return IGRAPH_PARSEERROR;
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_edge_filtered
 * \brief 1 if the current row fails a --where condition, counted in
 *        info.rows_filtered; 0 if it is kept. Time: O(conditions).
 */
int il_i_edge_filtered(const il_i_csv_t *r, il_i_edge_ctx_t *c)
{
    const il_load_options_t *o = c->opts;
    size_t i;
    for (i = 0; i < o->nwhere; i++) {
        if (!il_where_match(&o->where[i], r->cell[c->where_col[i]])) {
            il_graph_builder_info(c->b)->rows_filtered++;
            return 1;
        }
    }
    return 0;
}

/**
 * \function il_i_edge_find_ends
 * \brief Find the source, target and (optional) weight columns of the
 *        header into c->src_col, c->dst_col, c->w_col, or record why not.
 *
 * \param list  The header names for the message (il_i_csv_header_list()).
 * \return IGRAPH_PARSEERROR (recorded).
 */
igraph_error_t il_i_edge_find_ends(il_i_csv_t *r, il_i_edge_ctx_t *c, const char *list)
{
    const il_load_options_t *o = c->opts;
    const char *src_def[] = { "source", "from", "src", NULL };
    const char *dst_def[] = { "target", "to", "dst", NULL };
    const char *w_def[] = { "weight", NULL };
    const char *one[2] = { NULL, NULL };

    one[0] = o->source_col;
    c->src_col = il_i_csv_find_column(r, o->source_col ? one : src_def);
    if (c->src_col < 0) {
        il_i_csv_fail(r, 1, 0, o->source_col ? "no source column '%s' in the header (found %s)"
                      : "no source column in the header: expected one of 'source', 'from', "
                      "'src'%s (found %s); use --source COL", o->source_col ? o->source_col : "",
                      list);
        return IGRAPH_PARSEERROR;
    }
    one[0] = o->target_col;
    c->dst_col = il_i_csv_find_column(r, o->target_col ? one : dst_def);
    if (c->dst_col < 0) {
        il_i_csv_fail(r, 1, 0, o->target_col ? "no target column '%s' in the header (found %s)"
                      : "no target column in the header: expected one of 'target', 'to', "
                      "'dst'%s (found %s); use --target COL", o->target_col ? o->target_col : "",
                      list);
        return IGRAPH_PARSEERROR;
    }
    if (c->src_col == c->dst_col) {
        il_i_csv_fail(r, 1, 0, "source and target name the same column '%s'",
                      r->cell[c->src_col]);
        return IGRAPH_PARSEERROR;
    }
    one[0] = o->weight_col;
    c->w_col = il_i_csv_find_column(r, o->weight_col ? one : w_def);
    if (c->w_col < 0 && o->weight_col) {
        il_i_csv_fail(r, 1, 0, "no weight column '%s' in the header (found %s)",
                      o->weight_col, list);
        return IGRAPH_PARSEERROR;
    }
    if (c->w_col == c->src_col || c->w_col == c->dst_col) {
        il_i_csv_fail(r, 1, 0, "the weight column '%s' is also the source or target",
                      r->cell[c->w_col]);
        return IGRAPH_PARSEERROR;
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t edge_header(il_i_csv_t *r, void *vctx)
{
    il_i_edge_ctx_t *c = vctx;
    const il_load_options_t *o = c->opts;
    size_t i, col;
    char list[512];

    IGRAPH_CHECK(il_i_csv_check_header(r));
    il_i_csv_header_list(r, list, sizeof list);
    IGRAPH_CHECK(il_i_edge_find_ends(r, c, list));
    c->where_col = calloc(o->nwhere + 1, sizeof *c->where_col);
    c->eattr_hdr = calloc(r->nheader, sizeof *c->eattr_hdr);
    c->values = calloc(r->nheader, sizeof *c->values);
    c->lens = calloc(r->nheader, sizeof *c->lens);
    if (!c->where_col || !c->eattr_hdr || !c->values || !c->lens) {
        IGRAPH_ERROR("Out of memory reading the edge table.", IGRAPH_ENOMEM);
    }
    IGRAPH_CHECK(il_i_edge_where_columns(r, c, list));
    for (i = 0; i < r->nheader; i++) {
        if ((long) i == c->src_col || (long) i == c->dst_col || (long) i == c->w_col) {
            continue;
        }
        IGRAPH_CHECK(il_graph_builder_add_eattr(c->b, r->cell[i], &col));
        c->eattr_hdr[c->neattr++] = i;
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_edge_end
 * \brief The vertex of the id in column \p col of the current row.
 *
 * Without a node table the id is added when new; with one it must be
 * listed there. \return IGRAPH_PARSEERROR (recorded) for an empty or
 * unlisted id; IGRAPH_ENOMEM. Time: O(id length) expected.
 */
igraph_error_t il_i_edge_end(il_i_csv_t *r, il_i_edge_ctx_t *c, long col, uint32_t *v)
{
    size_t len;
    const char *id = il_i_csv_trim_id(r, (size_t) col, &len,
                                      &il_graph_builder_info(c->b)->ids_trimmed);
    char tmp[80], shown[IL_PATH_SHOWN_MAX];
    if (len == 0) {
        il_i_csv_fail(r, r->cline[col], (size_t) col + 1, "empty id in column '%s'",
                      r->header[col]);
        return IGRAPH_PARSEERROR;
    }
    if (c->have_nodes) {
        if (!il_graph_builder_find_vertex(c->b, id, len, v)) {
            il_i_csv_fail(r, r->cline[col], (size_t) col + 1,
                          "node '%s' is not in the node table %s",
                          il_i_csv_shown(r->cell[col], tmp, sizeof tmp),
                          il_path_shown(c->opts->nodes_path, shown));
            return IGRAPH_PARSEERROR;
        }
        return IGRAPH_SUCCESS;
    }
    return il_graph_builder_add_vertex(c->b, id, len, v, NULL);
}

/**
 * \function il_i_edge_weight
 * \brief The weight of the current row into *w (left alone without a
 *        weight column): a positive finite number whose inverse is finite.
 *
 * \return IGRAPH_PARSEERROR (recorded with line and column).
 */
igraph_error_t il_i_edge_weight(il_i_csv_t *r, il_i_edge_ctx_t *c, double *w)
{
    const char *s;
    char tmp[80];
    if (c->w_col < 0) {
        return IGRAPH_SUCCESS;
    }
    s = r->cell[c->w_col];
    if (r->clen[c->w_col] == 0 && c->opts->missing_weight) {
        *w = 1;         /* --missing-weight 1 */
        il_graph_builder_info(c->b)->weights_missing++;
        return IGRAPH_SUCCESS;
    }
    if (r->clen[c->w_col] == 0) {
        il_i_csv_fail(r, r->cline[c->w_col], (size_t) c->w_col + 1,
                      "empty weight in column '%s': expected a positive number (or read "
                      "empty weights as 1 with --missing-weight 1)",
                      r->header[c->w_col]);
        return IGRAPH_PARSEERROR;
    }
    if (!il_parse_number(s, w) || !(*w > 0) || !isfinite(1.0 / *w)) {
        il_i_csv_fail(r, r->cline[c->w_col], (size_t) c->w_col + 1,
                      "weight '%s' in column '%s' is not a positive finite number%s",
                      il_i_csv_shown(s, tmp, sizeof tmp), r->header[c->w_col],
                      strchr(s, ',') ? " (a decimal comma? write 1.5, not 1,5)" : "");
        return IGRAPH_PARSEERROR;
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t edge_row(il_i_csv_t *r, void *vctx)
{
    il_i_edge_ctx_t *c = vctx;
    const il_load_options_t *o = c->opts;
    uint32_t u, v;
    double w = 1.0;
    size_t i;
    il_edge_outcome_t outcome;
    igraph_integer_t first = 0;
    char tmp[80];

    il_graph_builder_info(c->b)->rows++;
    if (il_i_edge_filtered(r, c)) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(il_i_edge_weight(r, c, &w));
    IGRAPH_CHECK(il_i_edge_end(r, c, c->src_col, &u));
    IGRAPH_CHECK(il_i_edge_end(r, c, c->dst_col, &v));
    for (i = 0; i < c->neattr; i++) {
        c->values[i] = r->cell[c->eattr_hdr[i]];
        c->lens[i] = r->clen[c->eattr_hdr[i]];
    }
    IGRAPH_CHECK(il_graph_builder_add_edge(c->b, u, v, w, c->values, c->lens, r->row_line,
                                           &outcome, &first));
    if (outcome == IL_EDGE_DUPLICATE) {
        il_i_csv_fail(r, r->row_line, 0, "duplicate tie %s%s%s (first on line %" IGRAPH_PRId
                      "); use --duplicates sum|max|min|mean|first to merge",
                      il_i_csv_shown(r->cell[c->src_col], tmp, sizeof tmp),
                      o->directed ? " -> " : " -- ", r->cell[c->dst_col], first);
        return IGRAPH_PARSEERROR;
    }
    if (outcome == IL_EDGE_LOOP) {
        il_i_csv_fail(r, r->row_line, 0, "self-loop on '%s'; use --self-loops drop|keep",
                      il_i_csv_shown(r->cell[c->src_col], tmp, sizeof tmp));
        return IGRAPH_PARSEERROR;
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_load_edges
 * \brief Read the edge table opts->edges_path into the builder.
 *
 * Ids are checked against the node table when opts->nodes_path is set
 * (read first by il_i_load_nodes()).
 * \return IGRAPH_PARSEERROR (recorded with file, line and column),
 *         IGRAPH_EFILE, IGRAPH_ENOMEM.
 *
 * Time complexity: O(file size) expected.
 */
igraph_error_t il_i_load_edges(const il_load_options_t *opts, il_graph_builder_t *b)
{
    il_i_edge_ctx_t c;
    igraph_error_t ret;
    memset(&c, 0, sizeof c);
    c.opts = opts;
    c.b = b;
    c.have_nodes = opts->nodes_path != NULL;
    ret = il_i_csv_read(opts, opts->edges_path, edge_header, edge_row, &c);
    free(c.where_col);
    free(c.eattr_hdr);
    free(c.values);
    free(c.lens);
    return ret;
}
