/*
 * The node table (--nodes FILE): one row per node, an id column and any
 * number of attribute columns. Read before the edge table, so that edge
 * ends can be checked against it.
 */
#include "io/io.h"
#include "io/load_internal.h"

#include <stdlib.h>

typedef struct node_ctx {
    const il_load_options_t *opts;
    il_graph_builder_t *b;
    long id_col;
    size_t *attr_of;            /* header column -> attribute column */
    igraph_integer_t *first_line;
    size_t nfirst;
} node_ctx_t;

static igraph_error_t node_header(il_i_csv_t *r, void *vctx)
{
    node_ctx_t *c = vctx;
    const char *def[] = { "id", NULL }, *given[] = { c->opts->node_id_col, NULL };
    size_t i;
    char list[512];
    IGRAPH_CHECK(il_i_csv_check_header(r));
    c->id_col = il_i_csv_find_column(r, c->opts->node_id_col ? given : def);
    if (c->id_col < 0) {
        il_i_csv_header_list(r, list, sizeof list);
        il_i_csv_fail(r, 1, 0, "no node id column '%s' in the header (found %s); "
                      "use --node-id COL", c->opts->node_id_col ? c->opts->node_id_col : "id",
                      list);
        return IGRAPH_PARSEERROR;
    }
    c->attr_of = calloc(r->nheader, sizeof *c->attr_of);
    if (!c->attr_of) {
        IGRAPH_ERROR("Out of memory reading the node table.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < r->nheader; i++) {
        if ((long) i != c->id_col) {
            IGRAPH_CHECK(il_graph_builder_add_vattr(c->b, r->cell[i], &c->attr_of[i]));
        }
    }
    return IGRAPH_SUCCESS;
}

/* Remember the line on which vertex \p v was listed, for the "listed twice" error. */
static igraph_error_t note_first_line(node_ctx_t *c, uint32_t v, igraph_integer_t line)
{
    if (v >= c->nfirst) {
        size_t cap = c->nfirst ? c->nfirst * 2 : 256;
        igraph_integer_t *fl = realloc(c->first_line, cap * sizeof *fl);
        if (!fl) {
            IGRAPH_ERROR("Out of memory reading the node table.", IGRAPH_ENOMEM);
        }
        c->first_line = fl;
        c->nfirst = cap;
    }
    c->first_line[v] = line;
    return IGRAPH_SUCCESS;
}

static igraph_error_t node_row(il_i_csv_t *r, void *vctx)
{
    node_ctx_t *c = vctx;
    size_t len, i;
    const char *id = il_i_csv_trim_id(r, (size_t) c->id_col, &len,
                                      &il_graph_builder_info(c->b)->ids_trimmed);
    uint32_t v;
    int is_new;
    char tmp[80];
    if (len == 0) {
        il_i_csv_fail(r, r->cline[c->id_col], (size_t) c->id_col + 1, "empty node id");
        return IGRAPH_PARSEERROR;
    }
    IGRAPH_CHECK(il_graph_builder_add_vertex(c->b, id, len, &v, &is_new));
    if (!is_new) {
        il_i_csv_fail(r, r->cline[c->id_col], (size_t) c->id_col + 1,
                      "node '%s' is listed twice (first on line %" IGRAPH_PRId ")",
                      il_i_csv_shown(r->cell[c->id_col], tmp, sizeof tmp), c->first_line[v]);
        return IGRAPH_PARSEERROR;
    }
    IGRAPH_CHECK(note_first_line(c, v, r->row_line));
    for (i = 0; i < r->nheader; i++) {
        if ((long) i != c->id_col) {
            IGRAPH_CHECK(il_graph_builder_set_vattr(c->b, c->attr_of[i], v, r->cell[i],
                                                    r->clen[i]));
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_load_nodes
 * \brief Read the node table opts->nodes_path into the builder.
 *
 * Every row adds one vertex (an id listed twice is an error) and sets its
 * attributes from the other columns.
 * \return IGRAPH_PARSEERROR (recorded with file, line and column),
 *         IGRAPH_EFILE, IGRAPH_ENOMEM.
 *
 * Time complexity: O(file size) expected.
 */
igraph_error_t il_i_load_nodes(const il_load_options_t *opts, il_graph_builder_t *b)
{
    node_ctx_t c = { 0 };
    igraph_error_t ret;
    c.opts = opts;
    c.b = b;
    ret = il_i_csv_read(opts, opts->nodes_path, node_header, node_row, &c);
    free(c.attr_of);
    free(c.first_line);
    return ret;
}
