/*
 * Shared by innolink's loaders: the CSV feeder (csv_reader.c), the three
 * kinds of table (csv_nodes.c, csv_edges.c, csv_affiliation.c), the
 * graph-file reader (graph_reader.c) and il_load_graph() (load.c).
 *
 * A table is read by il_i_csv_read(), which hands the header row and then
 * every data row to two callbacks. No object is registered on igraph's
 * finally stack while libcsv is running (an error inside a callback must
 * not free the parser under its feet): a callback records the first
 * failure with il_i_csv_fail() and returns its code, the feeder stops, and
 * every loader cleans up through one `cleanup:` label or a destroy call.
 */
#ifndef IL_LOAD_INTERNAL_H
#define IL_LOAD_INTERNAL_H

#include "io/io.h"
#include "io/io_internal.h"

#include <stddef.h>
#include <stdint.h>

/* ---- The CSV feeder (csv_reader.c) ---------------------------------------- */

typedef struct il_i_csv il_i_csv_t;

/* A header or row callback: IGRAPH_SUCCESS, or the code of a failure
 * recorded with il_i_csv_fail() (data) or by igraph's handler (memory). */
typedef igraph_error_t il_i_csv_row_fn(il_i_csv_t *r, void *ctx);

struct il_i_csv {
    /* What a callback reads: the current row, cells back to back in buf. */
    const char *name;           /* file name as shown in messages */
    const char **cell;          /* cell[i] = buf + cstart[i], NUL-terminated */
    size_t *clen;               /* byte length of each cell */
    igraph_integer_t *cline;    /* line on which each cell starts */
    size_t ncell;
    size_t nheader;             /* cells in the header row */
    char **header;              /* the header row, kept for messages */
    igraph_integer_t row_line;  /* line on which the current row starts */
    /* The unparsed rest of the current block (the lines after this one) and
     * a count of blocks read: a table may look ahead to prefetch (a hint). */
    const char *ahead, *ahead_end;
    unsigned long block;

    /* The feeder's own state (csv_reader.c only). */
    char delim;
    size_t max_field;
    igraph_integer_t line;      /* physical line being parsed, from 1 */
    igraph_integer_t quote_line;/* line where an open quoted field began */
    char *buf;
    size_t blen, bcap;
    size_t *cstart;
    size_t ccap;
    int header_done;
    il_i_csv_row_fn *on_header, *on_row;
    void *ctx;
    igraph_error_t err;         /* first failure inside a callback */
    char msg[1024];
};

/* Read one CSV table (path "-": standard input): the header row goes to
 * \p on_header, every data row to \p on_row. Data errors are recorded as
 * "file:line[:column]: ..." through il_set_error(). */
igraph_error_t il_i_csv_read(const char *base, const char *path, char delim, size_t max_field,
                             il_i_csv_row_fn *on_header, il_i_csv_row_fn *on_row, void *ctx);

/* Record a data error at line:column (column 0: none); the first one wins. */
void il_i_csv_fail(il_i_csv_t *r, igraph_integer_t line, size_t col, const char *fmt, ...);

/* Index of the first header cell named one of \p names (NULL-terminated),
 * exact spelling first, then ignoring ASCII case; -1 if none. */
long il_i_csv_find_column(const il_i_csv_t *r, const char *const *names);

/* The header names as "'a', 'b', ..." for messages, cut to \p size. */
void il_i_csv_header_list(const il_i_csv_t *r, char *buf, size_t size);

/* IGRAPH_PARSEERROR (recorded) unless the header names are non-empty and unique. */
igraph_error_t il_i_csv_check_header(il_i_csv_t *r);

/* Cell \p c without the Unicode blanks libcsv keeps; counts a change in *trimmed. */
const char *il_i_csv_trim_id(const il_i_csv_t *r, size_t c, size_t *len,
                             igraph_integer_t *trimmed);

/* A value shown in a message: long values cut at a UTF-8 boundary into \p buf. */
const char *il_i_csv_shown(const char *s, char *buf, size_t size);

/* ---- Tables ------------------------------------------------------------------ */

/* The edge table's reading state; the affiliation table reuses it for the
 * weight and --where columns and for ids checked against the node table. */
typedef struct il_i_edge_ctx {
    const il_load_options_t *opts;
    il_graph_builder_t *b;
    int have_nodes;             /* ids must come from the node table */
    long src_col, dst_col, w_col;
    long *where_col;            /* header column of each --where condition */
    size_t *eattr_hdr;          /* header column of each edge attribute */
    size_t neattr;
    const char **values;
    size_t *lens;
    const char *cursor;         /* start of the line whose ids are prefetched */
    unsigned long cursor_block; /* the block it lies in */
    unsigned ahead_lines;       /* lines between the cursor and the current row */
} il_i_edge_ctx_t;

/* The source, target and optional weight columns of the header into
 * c->src_col, c->dst_col, c->w_col; IGRAPH_PARSEERROR (recorded) when one
 * is missing (\p list: the header names for the message). */
igraph_error_t il_i_edge_find_ends(il_i_csv_t *r, il_i_edge_ctx_t *c, const char *list);

/* The current row's weight into *w (unchanged without a weight column);
 * IGRAPH_PARSEERROR (recorded) unless positive and finite. */
igraph_error_t il_i_edge_weight(il_i_csv_t *r, il_i_edge_ctx_t *c, double *w);

/* Vertex of the id in column \p col of the current row: added, or looked up
 * in the node table when there is one. */
igraph_error_t il_i_edge_end(il_i_csv_t *r, il_i_edge_ctx_t *c, long col, uint32_t *v);

/* Header columns of the --where conditions into c->where_col (allocated by
 * the caller); IGRAPH_PARSEERROR (recorded) for a missing column. */
igraph_error_t il_i_edge_where_columns(il_i_csv_t *r, il_i_edge_ctx_t *c, const char *list);

/* 1 if the current row fails a --where condition (and is counted as filtered). */
int il_i_edge_filtered(const il_i_csv_t *r, il_i_edge_ctx_t *c);

/* Read the node table opts->nodes_path into \p b. */
igraph_error_t il_i_load_nodes(const il_load_options_t *opts, il_graph_builder_t *b);

/* Read the edge table opts->edges_path into \p b. */
igraph_error_t il_i_load_edges(const il_load_options_t *opts, il_graph_builder_t *b);

/* Read the actor-event table opts->edges_path and add its projection to \p b. */
igraph_error_t il_i_load_affiliation(const il_load_options_t *opts, il_graph_builder_t *b);

/* ---- After building (load.c) --------------------------------------------------- */

/* Apply opts->ego to the freshly built \p g; on failure \p g is destroyed. */
igraph_error_t il_i_load_ego(const il_load_options_t *opts, il_graph_t *g);

#endif /* IL_LOAD_INTERNAL_H */
