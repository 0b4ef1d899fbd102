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
#include "core/setup.h"
#include "io/io_internal.h"

#include <stddef.h>
#include <stdint.h>

/* ---- Inputs of every kind (input.c) ---------------------------------------- */

/* An input being read: a regular file, standard input, or a FIFO or
 * character device read with a timeout. */
typedef struct il_i_input {
    const char *name;           /* as messages name it (borrowed) */
    int fd;                     /* -1 when closed */
    int is_stdin;               /* "-": fd 0, left open, no timeout */
    int timed;                  /* a FIFO or device: each read waits at most timeout */
    double timeout;             /* seconds; 0: for ever */
    double size;                /* bytes of a regular file; 0 otherwise */
} il_i_input_t;

/* Open \p path (relative to \p base; "-": standard input). Folders, block
 * devices and sockets are refused; a FIFO with no writer does not block. */
igraph_error_t il_i_input_open(il_i_input_t *in, const char *base, const char *path,
                               const char *name, double timeout);

/* Read up to \p n bytes; *got = 0 at the end. */
igraph_error_t il_i_input_read(il_i_input_t *in, char *buf, size_t n, size_t *got);

/* The whole rest of the input, NUL-terminated, in *data (free() it). */
igraph_error_t il_i_input_slurp(il_i_input_t *in, char **data, size_t *len);

/* Close the input; standard input stays open. */
void il_i_input_close(il_i_input_t *in);

/* ---- The CSV feeder (csv_reader.c) ---------------------------------------- */

/* The most columns a table's header may have (Excel's limit), so that a
 * line of nothing but delimiters is refused before it fills memory; a
 * data row is held to its header's width as it is read. */
#define IL_CSV_MAX_COLUMNS 16384

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

    /* The feeder's own state (csv_reader.c only). */
    char delim;
    size_t max_field;
    igraph_integer_t line;      /* physical line being parsed, from 1 */
    igraph_integer_t quote_line;/* line where an open quoted field began */
    int cr_last;                /* the last byte fed was a CR: a LF next ends no line */
    char *buf;
    size_t blen, bcap;
    size_t *cstart;
    size_t ccap;
    int header_done;
    il_i_csv_row_fn *on_header, *on_row;
    void *ctx;
    igraph_error_t err;         /* first failure inside a callback */
    char msg[4096];
    char shown[IL_PATH_SHOWN_MAX];  /* name, when the path is long (il_path_shown) */
};

/* Read one CSV table (path "-": standard input) as \p opts say (folder,
 * delimiter, field size, timeout): the header row goes to \p on_header,
 * every data row to \p on_row. Data errors are recorded as
 * "file:line[:column]: ..." through il_set_error(). */
igraph_error_t il_i_csv_read(const il_load_options_t *opts, const char *path,
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

/* ---- Graph files read whole: GEXF, node-link JSON (graph_collect.c) --------- */

/*
 * What a GEXF or JSON reader collects before anything is built: node and
 * edge columns (name, declared type, default), nodes in file order and
 * ties by their ends' ids, each with the line (or item) it came from, so
 * that every later error names it. il_i_fg_build() then feeds the model
 * builder, applying --weight, --where, --duplicates, --self-loops and
 * --missing-weight as for CSV.
 */
typedef struct il_i_fg il_i_fg_t;

/* A new, empty collection for the file \p path; *fg is NULL on failure. */
igraph_error_t il_i_fg_new(il_i_fg_t **fg, const char *path);
void il_i_fg_free(il_i_fg_t *fg);

/* Column \p name of nodes (edge = 0) or ties (1), created when new with
 * \p type and \p def (the value of elements that give none; may be NULL);
 * its index in *col. */
igraph_error_t il_i_fg_column(il_i_fg_t *fg, int edge, const char *name, il_attr_type_t type,
                              const char *def, size_t *col);

/* Index of column \p name, or -1. */
long il_i_fg_find_column(const il_i_fg_t *fg, int edge, const char *name);

/* Add a node (\p line: where it is, for messages); its index in *v. */
igraph_error_t il_i_fg_add_node(il_i_fg_t *fg, const char *id, igraph_integer_t line, size_t *v);

/* Add a tie between the node ids \p source and \p target of strength \p w
 * (NaN: the file gives none); its index in *e. */
igraph_error_t il_i_fg_add_edge(il_i_fg_t *fg, const char *source, const char *target, double w,
                                igraph_integer_t line, size_t *e);

/* Set column \p col of node or tie \p i; a second value replaces the first
 * and is counted (dynamic GEXF values: the last listed is kept). */
igraph_error_t il_i_fg_set(il_i_fg_t *fg, int edge, size_t i, size_t col, const char *value);

/* How line numbers read in messages: "line" (GEXF) or "edges[ ]" items. */
void il_i_fg_set_where(il_i_fg_t *fg, const char *unit);

/* Ties without a strength: weigh 1 (GEXF's rule) rather than an error. */
void il_i_fg_default_weight(il_i_fg_t *fg);

/* Build the graph into \p g (IL_GRAPH_INIT); *replaced = values replaced
 * by a later one. Errors name the file and line (or item). */
igraph_error_t il_i_fg_build(il_i_fg_t *fg, const il_load_options_t *opts,
                             igraph_bool_t directed, il_graph_t *g, igraph_integer_t *replaced);

/* ---- Readers of whole files ---------------------------------------------------- */

/* GEXF 1.1-1.3 (gexf_reader.c) and node-link JSON (json_reader.c). */
igraph_error_t il_i_read_gexf(const il_load_options_t *opts, il_graph_t *g);
igraph_error_t il_i_read_json(const il_load_options_t *opts, il_graph_t *g);

/* Line numbers of the nodes and ties of a GraphML, GML or Pajek file (its
 * text, already read), in the order igraph's readers number them (locate.c); *lines has *n
 * entries, nodes first (\p edge 0) or ties. The caller frees *lines. */
igraph_error_t il_i_locate(const char *data, size_t len, const char *format, int edge,
                           igraph_integer_t **lines, size_t *n);

/* ---- Text quirks of igraph-read files (reader_text.c) -------------------------- */

/* \p s with GML/XML character entities decoded (free() it), or NULL when
 * it has none; *oom set when out of memory. */
char *il_i_gml_decode(const char *s, int *oom);

/* The types the <key> elements of a GraphML file declare, for the vertex
 * and edge attribute names igraph listed (one slot each). */
igraph_error_t il_i_graphml_key_types(const char *data, size_t len,
                                      const igraph_strvector_t *vn, const igraph_strvector_t *en,
                                      il_attr_type_t *vtype, il_attr_type_t *etype);

/* Refuse a Pajek file (\p name, its text \p data) whose *Vertices lines
 * declare more vertices than its size can justify (docs/formats.md, Limits). */
igraph_error_t il_i_pajek_check_counts(const char *name, const char *data, size_t len);

/* ---- After building (load.c) --------------------------------------------------- */

/* Apply opts->ego to the freshly built \p g; on failure \p g is destroyed. */
igraph_error_t il_i_load_ego(const il_load_options_t *opts, il_graph_t *g);

#endif /* IL_LOAD_INTERNAL_H */
