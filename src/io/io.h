#ifndef IL_IO_H
#define IL_IO_H

#include "core/compat.h"
#include "model/columns.h"
#include "model/graph.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Slicing: --where EXPR ---------------------------------------------- */

typedef enum il_where_op {
    IL_WHERE_EQ, IL_WHERE_NE, IL_WHERE_LT, IL_WHERE_LE, IL_WHERE_GT, IL_WHERE_GE
} il_where_op_t;

/* One condition on an edge column: `type=supplier`, `year>=2015`. */
typedef struct il_where {
    char *column;
    il_where_op_t op;
    char *value;
    const char *text;       /* the expression as given, for the record */
} il_where_t;

/* Parse "COL OP VALUE" (OP one of = == != < <= > >=) into \p w. */
igraph_error_t il_where_parse(const char *expr, il_where_t *w);

/* Free what il_where_parse() allocated. */
void il_where_destroy(il_where_t *w);

/* Whether a value satisfies a condition: numerically when both sides are
 * numbers, byte-wise otherwise. */
int il_where_match(const il_where_t *w, const char *value);

/* ---- Loading ------------------------------------------------------------ */

/*
 * Everything that decides how CSV tables become a graph. Start from
 * IL_LOAD_OPTIONS_INIT or il_load_options_init(): each field's default is
 * given beside it, and a field left alone keeps it.
 */
typedef struct il_load_options {
    const char *edges_path;     /* NULL; required. "-" reads standard input */
    const char *nodes_path;     /* NULL: no node table */
    const char *source_col;     /* NULL: source, from, src */
    const char *target_col;     /* NULL: target, to, dst */
    const char *weight_col;     /* NULL: weight if present, else all 1 */
    const char *node_id_col;    /* NULL: id */
    char delimiter;             /* 0: detect from the header (, ; tab) */
    igraph_bool_t directed;     /* false: ties are unordered pairs */
    il_dup_mode_t duplicates;   /* IL_DUP_SUM: repeated ties add up */
    il_loop_mode_t self_loops;  /* IL_LOOP_DROP: dropped and counted */
    const il_where_t *where;    /* NULL: no condition; else all must hold */
    size_t nwhere;              /* 0: conditions in where[] */
    const char *ego;            /* NULL: whole graph */
    igraph_integer_t radius;    /* 1: hops around ego */
    size_t max_field;           /* 1 MiB (1u << 20): longest accepted field, bytes */
    int affiliation;            /* 0; 1: EDGES is an actor-event table, projected */
    const char *actor_col;      /* NULL: actor */
    const char *event_col;      /* NULL: event */
    il_projection_t projection; /* IL_PROJ_COUNT: shared events */
    const char *base_dir;       /* NULL: relative paths are read from the working
                                 * folder; else from this folder (a run spec's).
                                 * Messages and records keep the paths as given. */
    double input_timeout;       /* 60: seconds a FIFO or character device may stay
                                 * silent before reading fails; 0: wait for ever.
                                 * Standard input ("-") always waits. */
    int missing_weight;         /* 0: a tie without a weight value is an error
                                 * naming its file and line; 1: it weighs 1 */
} il_load_options_t;

/* The defaults documented in il_load_options_t, for an initialiser. */
#define IL_LOAD_OPTIONS_INIT { \
        .edges_path = NULL, \
        .nodes_path = NULL, \
        .source_col = NULL, \
        .target_col = NULL, \
        .weight_col = NULL, \
        .node_id_col = NULL, \
        .delimiter = 0, \
        .directed = 0, \
        .duplicates = IL_DUP_SUM, \
        .self_loops = IL_LOOP_DROP, \
        .where = NULL, \
        .nwhere = 0, \
        .ego = NULL, \
        .radius = 1, \
        .max_field = 1u << 20, \
        .affiliation = 0, \
        .actor_col = NULL, \
        .event_col = NULL, \
        .projection = IL_PROJ_COUNT, \
        .base_dir = NULL, \
        .input_timeout = 60, \
        .missing_weight = 0, \
    }

/* Set every field of \p o to its default (as IL_LOAD_OPTIONS_INIT). */
void il_load_options_init(il_load_options_t *o);

/* Load an edge table (and node table) into \p g, which must be IL_GRAPH_INIT. */
igraph_error_t il_load_graph(const il_load_options_t *opts, il_graph_t *g);

/* Names of the merge and loop modes, as records give them. */
const char *il_dup_mode_name(il_dup_mode_t mode);
const char *il_loop_mode_name(il_loop_mode_t mode);

/* "count", "newman" or "jaccard". */
const char *il_projection_name(il_projection_t mode);

/* ---- Writing tables --------------------------------------------------------- */

/* Write one CSV field, quoted (RFC 4180) when it needs to be. */
void il_csv_write_field(const char *s, FILE *out);

/* Write the ties as an edge table `source,target,weight[,attributes]`. */
igraph_error_t il_write_edges_csv(const il_graph_t *g, FILE *out);

/* The same with one more column \p name = \p value on every row. */
igraph_error_t il_write_edges_csv_with(const il_graph_t *g, const char *name,
                                       const char *value, FILE *out);
/* ---- Graph files: GraphML, GEXF, JSON node-link (docs/formats.md) ------- */

struct cJSON;

/* What a graph file carries: the graph with its node and edge attributes,
 * computed node columns, positions and a graph-level record. */
typedef struct il_export {
    const il_graph_t *g;
    const il_columns_t *extra;      /* computed node columns (measures); may be NULL */
    const igraph_matrix_t *xy;      /* n x 2 node positions (GEXF viz); may be NULL */
    const struct cJSON *meta;       /* graph-level record: generator, options used,
                                     * summary; flat or nested object; may be NULL */
    igraph_integer_t replaced;      /* out: values in which characters XML 1.0
                                     * cannot hold were replaced by U+FFFD */
    int gexf_version;               /* 0 or 12: GEXF 1.2draft (Gephi, networkx 2.8
                                     * and 3.x read it); 13: GEXF 1.3 */
    const char *json_edges;         /* key of the ties in node-link JSON: NULL or
                                     * "edges" (networkx >= 3.6's default), or
                                     * "links" (networkx < 3.6, d3) */
    const unsigned long *rgb;       /* n node colours 0xRRGGBB (GEXF viz:color);
                                     * may be NULL */
    const double *vsize;            /* n node sizes (GEXF viz:size; NaN: none);
                                     * may be NULL */
} il_export_t;

/* Write GraphML 1.0 (own writer; PITFALLS item 3). */
igraph_error_t il_write_graphml(il_export_t *x, FILE *out);

/* Write GEXF 1.2draft (or 1.3) with viz positions, colours and sizes when given. */
igraph_error_t il_write_gexf(il_export_t *x, FILE *out);

/* Write node-link JSON (networkx node_link_data; ties under x->json_edges). */
igraph_error_t il_write_graph_json(il_export_t *x, FILE *out);

/* Write \p s escaped for XML or HTML content (\p in_attr = 0) or a
 * double-quoted attribute value (1); characters XML 1.0 cannot hold become
 * U+FFFD and count one per string in *replaced (may be NULL). */
void il_xml_write(FILE *out, const char *s, int in_attr, igraph_integer_t *replaced);

/* The graph-file format of a path by its extension: "graphml", "gml",
 * "pajek" (.net, .paj), "gexf", "json", or NULL for a CSV table. */
const char *il_graph_file_format(const char *path);

/* Load a GraphML, GML or Pajek file (igraph's readers), or a GEXF or
 * node-link JSON file (innolink's), by extension. */
igraph_error_t il_read_graph_file(const il_load_options_t *opts, il_graph_t *g);

/* ---- Pictures as PNG or PDF (io/convert.c) -------------------------------- */

/* Render the SVG held in the seekable stream \p svg as "png" or "pdf" onto
 * \p out with rsvg-convert, scaled by \p zoom (PNG pixels per SVG px). */
igraph_error_t il_svg_convert(FILE *svg, FILE *out, const char *format, double zoom);

/* ---- Atomic output ------------------------------------------------------- */

/* A file written to a temporary name and renamed into place on commit,
 * or standard output. Callers write to fp; path and tmp belong to
 * output.c (the struct stays complete so that callers can keep it on the
 * stack). */
typedef struct il_output {
    FILE *fp;           /* write here between open and commit/abort */
    char *path;         /* final path (a link's target); NULL for standard output */
    char *tmp;          /* temporary path while open */
    int slot;           /* its core/cleanup.h slot while open; -1 */
} il_output_t;

/* Open \p path for writing (NULL or "-": standard output). */
igraph_error_t il_output_open(il_output_t *o, const char *path);

/* Flush, sync and close; rename the temporary file into place. */
igraph_error_t il_output_commit(il_output_t *o);

/* Close and delete the temporary file; nothing is left behind. */
void il_output_abort(il_output_t *o);

/* \p path as seen from the folder \p base: a new string (free() it), \p path
 * itself copied when it is absolute, "-", or \p base is NULL or "";
 * NULL when out of memory or \p path is NULL. */
char *il_path_resolve(const char *base, const char *path);

/* IGRAPH_EINVAL if \p out names the same file as \p in (existing files). */
igraph_error_t il_output_check_distinct(const char *out, const char *in);

/* ---- Provenance of a data set ---------------------------------------------- */

/* Whether a data set's ties were observed or made by a generator. Ordered:
 * a merge keeps the larger. */
typedef enum il_data_kind {
    IL_DATA_UNKNOWN = 0,    /* no provenance file */
    IL_DATA_OBSERVED,
    IL_DATA_SYNTHETIC
} il_data_kind_t;

/* What `provenance.json` beside the data says. */
typedef struct il_provenance {
    il_data_kind_t kind;
    char *statement;    /* what the data are and how they were made (one sentence) */
    char *source;       /* the attribution, or NULL */
    char *file;         /* the provenance file, as seen from the data path given */
} il_provenance_t;

/* Read `provenance.json` in the folder of data file \p path, if present. */
igraph_error_t il_provenance_read(const char *base, const char *path, il_provenance_t *p);

/* Keep the provenance that says most (synthetic > observed > none). */
void il_provenance_merge(il_provenance_t *into, il_provenance_t *from);

/* Free a provenance; accepts a zero-filled one. */
void il_provenance_destroy(il_provenance_t *p);

/* "synthetic", "observed", or NULL for IL_DATA_UNKNOWN. */
const char *il_provenance_kind_name(il_data_kind_t kind);

#ifdef __cplusplus
}
#endif

#endif /* IL_IO_H */
