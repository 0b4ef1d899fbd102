#ifndef IL_GRAPH_H
#define IL_GRAPH_H

#include "core/compat.h"
#include "model/strtab.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The innolink graph: an igraph graph plus what igraph does not keep for us.
 * Vertex i has the string id ids[i]; edge e has the tie strength weight[e]
 * (finite, > 0; 1 when the input had no weight column). Node and edge
 * attributes are string columns; each value is interned per column, and
 * value id 0 is always the empty string (a missing value).
 */

/* How duplicate ties (same pair; ordered pair when directed) are merged. */
typedef enum il_dup_mode {
    IL_DUP_SUM = 0, IL_DUP_MAX, IL_DUP_MIN, IL_DUP_MEAN, IL_DUP_FIRST, IL_DUP_ERROR
} il_dup_mode_t;

/* What happens to a tie from a node to itself. */
typedef enum il_loop_mode {
    IL_LOOP_DROP = 0, IL_LOOP_KEEP, IL_LOOP_ERROR
} il_loop_mode_t;

/* The type a graph file declares for an attribute (GraphML attr.type, GEXF
 * attribute type, a JSON value's kind). Values stay text either way; the
 * writers use a declared type as it is and infer one otherwise. */
typedef enum il_attr_type {
    IL_ATTR_UNDECLARED = 0,     /* a CSV column: writers infer the type */
    IL_ATTR_STRING, IL_ATTR_INTEGER, IL_ATTR_REAL, IL_ATTR_BOOLEAN
} il_attr_type_t;

/* One attribute column: a name and an interned value per element. */
typedef struct il_attr_col {
    char *name;
    il_strtab_t values;     /* value id 0 is "" */
    uint32_t *idx;          /* idx[element] = value id */
    size_t cap;             /* allocated length of idx */
    il_attr_type_t type;    /* declared by the file read; IL_ATTR_UNDECLARED for CSV */
} il_attr_col_t;

/* A set of attribute columns over n elements (vertices or edges). */
typedef struct il_attrs {
    il_attr_col_t *col;
    size_t ncol;
} il_attrs_t;

/* What loading did to the input; reported in every output's input record. */
typedef struct il_load_info {
    igraph_integer_t rows;               /* data rows read from the edge table */
    igraph_integer_t rows_filtered;      /* rows left out by --where */
    igraph_integer_t duplicates_merged;  /* rows merged into an earlier tie */
    igraph_integer_t self_loops_dropped;
    igraph_integer_t self_loops_kept;
    igraph_integer_t ids_trimmed;        /* ids stripped of Unicode blanks */
    /* Affiliation data (--affiliation, model/affiliation.c): */
    igraph_integer_t events;             /* events with a member, after filters and the cap */
    igraph_integer_t events_filtered;    /* events left out by --event-where */
    igraph_integer_t memberships_filtered;   /* memberships in those events */
    igraph_integer_t events_capped;      /* events above --max-event-size (dropped or scaled) */
    igraph_integer_t memberships_capped; /* memberships in events dropped by the cap */
    /* Backbone (--backbone), recorded by the step that filtered the ties: */
    const char *backbone;                /* method name; NULL: the ties as loaded */
    const char *backbone_correction;     /* "none", "holm", "bonferroni" */
    double backbone_alpha;
    igraph_integer_t backbone_nodes, backbone_ties;     /* before filtering */
    double backbone_weight;
    igraph_integer_t backbone_tested;    /* ties given a p-value */
    double backbone_family;              /* hypotheses a correction counts */
    double backbone_expected;            /* ties the null model alone would keep */
    igraph_integer_t backbone_nodes_kept, backbone_ties_kept;   /* after (before --ego) */
    double backbone_weight_kept;
    igraph_integer_t weights_missing;    /* ties read as 1 for want of a weight
                                          * (--missing-weight 1) */
} il_load_info_t;

typedef struct il_graph {
    igraph_t graph;
    igraph_vector_t weight;     /* tie strength per edge */
    igraph_bool_t directed;
    il_strtab_t ids;            /* vertex id strings, id i = vertex i */
    il_attrs_t vattr;           /* node attributes (node table columns) */
    il_attrs_t eattr;           /* edge attributes (extra edge columns) */
    il_load_info_t info;
    int live;                   /* 1 once graph and weight are initialised */
    struct il_graph_borrow *borrow; /* non-NULL: a sample whose ids and node
                                     * attributes belong to another graph
                                     * (model/sample.c) */
} il_graph_t;

/* A zero-filled il_graph_t; il_graph_destroy() accepts it. */
#define IL_GRAPH_INIT { 0 }

/*
 * The builder that loaders feed: vertices by id, ties by vertex index.
 * Opaque: its tie hash and growth policy are not part of the contract, so
 * it lives on the heap (il_graph_builder_new / il_graph_builder_free).
 */
typedef struct il_graph_builder il_graph_builder_t;

/* Outcome of il_graph_builder_add_edge(). */
typedef enum il_edge_outcome {
    IL_EDGE_ADDED, IL_EDGE_MERGED, IL_EDGE_LOOP_DROPPED,
    IL_EDGE_DUPLICATE, IL_EDGE_LOOP        /* refused under the error modes */
} il_edge_outcome_t;

/* ---- Building ----------------------------------------------------------- */

/* Allocate an empty builder into *b. */
igraph_error_t il_graph_builder_new(il_graph_builder_t **b, igraph_bool_t directed,
                                    il_dup_mode_t dup, il_loop_mode_t loops);

/* Free a builder (after finish, or on error); accepts NULL. */
void il_graph_builder_free(il_graph_builder_t *b);

/* Merge repeated ties in finish (by sorting) rather than as they come;
 * before the first tie. add_edge then reports repeats as added. */
igraph_error_t il_graph_builder_defer(il_graph_builder_t *b);

/* The load counts so far; loaders add the rows they read, filter and trim. */
il_load_info_t *il_graph_builder_info(il_graph_builder_t *b);

/* The id of vertex \p v (valid until the next vertex is added). */
const char *il_graph_builder_vertex_id(const il_graph_builder_t *b, uint32_t v);

/* Vertex index of an id, adding a vertex when the id is new. */
igraph_error_t il_graph_builder_add_vertex(il_graph_builder_t *b, const char *id,
                                           size_t len, uint32_t *v, int *is_new);

/* Start loading where the id would be looked up (a hint for loaders that
 * know the ids of coming rows; changes nothing). */
void il_graph_builder_prefetch_vertex(const il_graph_builder_t *b, const char *id, size_t len);

/* Vertex index of an id if present (1), else 0. */
int il_graph_builder_find_vertex(const il_graph_builder_t *b, const char *id,
                                 size_t len, uint32_t *v);

/* Add a node or edge attribute column; returns its index in *col. */
igraph_error_t il_graph_builder_add_vattr(il_graph_builder_t *b, const char *name,
                                          size_t *col);
igraph_error_t il_graph_builder_add_eattr(il_graph_builder_t *b, const char *name,
                                          size_t *col);

/* Record the type a graph file declares for node / edge column \p col. */
void il_graph_builder_set_vattr_type(il_graph_builder_t *b, size_t col, il_attr_type_t type);
void il_graph_builder_set_eattr_type(il_graph_builder_t *b, size_t col, il_attr_type_t type);

/* Set node attribute \p col of vertex \p v. */
igraph_error_t il_graph_builder_set_vattr(il_graph_builder_t *b, size_t col, uint32_t v,
                                          const char *value, size_t len);

/* Add a tie u–v of strength w with one value per edge column (may be NULL
 * when there are no edge columns); merges duplicates and handles loops. */
igraph_error_t il_graph_builder_add_edge(il_graph_builder_t *b, uint32_t u, uint32_t v,
                                         double w, const char *const *values,
                                         const size_t *lens, igraph_integer_t line,
                                         il_edge_outcome_t *outcome,
                                         igraph_integer_t *first_line);

/* How an actor-event (affiliation) table becomes actor-actor ties. */
typedef enum il_projection {
    IL_PROJ_COUNT = 0,  /* shared events; with membership weights, sum of minimums */
    IL_PROJ_NEWMAN,     /* sum over shared events of 1/(d_k - 1) (Newman 2001) */
    IL_PROJ_JACCARD     /* shared / union of the two actors' events */
} il_projection_t;

/* Add the one-mode projection of n memberships (actor[i] in event[i] with
 * strength w[i], or 1 when w is NULL) as undirected ties between actors. */
igraph_error_t il_graph_builder_project(il_graph_builder_t *b, const uint32_t *actor,
                                        const uint32_t *event, const double *w, size_t n,
                                        il_projection_t mode, igraph_integer_t *merged);

/* What happens to events above a size cap (--large-events). */
typedef enum il_large_events {
    IL_LARGE_DROP = 0,  /* left out of the projection */
    IL_LARGE_SCALE      /* kept; each pair gets (N - 1)/(d_k - 1) of its weight */
} il_large_events_t;

/* How memberships are projected: the weight and the cap on event size. */
typedef struct il_projection_options {
    il_projection_t mode;           /* IL_PROJ_COUNT */
    igraph_integer_t max_event_size;    /* N; 0: no cap */
    il_large_events_t large;        /* IL_LARGE_DROP */
} il_projection_options_t;

#define IL_PROJECTION_OPTIONS_INIT { .mode = IL_PROJ_COUNT, .max_event_size = 0, \
                                     .large = IL_LARGE_DROP }

/* The same with a cap on event size: events of more than o->max_event_size
 * members are skipped (DROP) or scaled down (SCALE); *capped counts them. */
igraph_error_t il_graph_builder_project_with(il_graph_builder_t *b, const uint32_t *actor,
                                             const uint32_t *event, const double *w,
                                             size_t n, const il_projection_options_t *o,
                                             igraph_integer_t *merged,
                                             igraph_integer_t *capped);

/* Merge ties only when they also agree on edge attribute column \p col
 * (a layer column): ties of several kinds on one pair stay apart. Call
 * after the column is added and before the first tie. */
igraph_error_t il_graph_builder_set_key(il_graph_builder_t *b, size_t col);

/* Create the graph once from everything added; the builder is emptied. */
igraph_error_t il_graph_builder_finish(il_graph_builder_t *b, il_graph_t *g);

/* ---- Graph ---------------------------------------------------------------- */

/* Free a graph; accepts IL_GRAPH_INIT. */
void il_graph_destroy(il_graph_t *g);

/* Number of vertices / edges. */
igraph_integer_t il_graph_vcount(const il_graph_t *g);
igraph_integer_t il_graph_ecount(const il_graph_t *g);

/* The string id of vertex v. */
const char *il_graph_vertex_id(const il_graph_t *g, igraph_integer_t v);

/* Vertex index of a string id: 1 and *v if found, else 0. */
int il_graph_find_vertex(const il_graph_t *g, const char *id, igraph_integer_t *v);

/* Index of a node / edge attribute column by name, or -1. */
long il_graph_vattr_find(const il_graph_t *g, const char *name);
long il_graph_eattr_find(const il_graph_t *g, const char *name);

/* Value of a node / edge attribute ("" when missing). */
const char *il_graph_vattr_get(const il_graph_t *g, size_t col, igraph_integer_t v);
const char *il_graph_eattr_get(const il_graph_t *g, size_t col, igraph_integer_t e);

/* Node label: the `label` attribute when present and non-empty, else the id. */
const char *il_graph_vertex_label(const il_graph_t *g, igraph_integer_t v);

/* The subgraph induced by the vertices with keep[v] != 0, with attributes. */
igraph_error_t il_graph_induce(const il_graph_t *g, const char *keep, il_graph_t *out);

/* The ties with keep[e] != 0: with every vertex (drop_untied = 0), or
 * without the vertices that had ties in \p g and keep none (1). */
igraph_error_t il_graph_keep_ties(const il_graph_t *g, const char *keep, int drop_untied,
                                  il_graph_t *out);

/* One tie per pair (per ordered pair when \p directed), strengths summed;
 * node attributes kept, edge attributes not. */
igraph_error_t il_graph_merge_ties(const il_graph_t *g, igraph_bool_t directed,
                                   il_graph_t *out);

/* Add an edge attribute column \p name with values[e] for every edge. */
igraph_error_t il_graph_add_eattr(il_graph_t *g, const char *name,
                                  const char *const *values);

/* Restrict \p g in place to the vertices within \p radius hops of \p v
 * (ties followed in both directions). */
igraph_error_t il_graph_restrict_ego(il_graph_t *g, igraph_integer_t v,
                                     igraph_integer_t radius);

/* ---- Samples (model/sample.c) ---------------------------------------------- */

/* A graph over the vertices of \p g that borrows its ids and node
 * attribute columns (not copied) and has no ties yet; \p g must outlive it.
 * Destroy it with il_graph_destroy(), which frees only what it owns. */
igraph_error_t il_graph_sample_init(il_graph_t *s, const il_graph_t *g);

/* Replace the ties of sample \p s by \p edges (pairs of vertex indices)
 * with strengths \p weight (one per tie). */
igraph_error_t il_graph_sample_set_ties(il_graph_t *s, const igraph_vector_int_t *edges,
                                        const igraph_vector_t *weight);

/* Give node column \p col of sample \p s the values of the original graph
 * read through \p perm: vertex v takes the value of vertex perm[v]. The
 * other columns stay borrowed. */
igraph_error_t il_graph_sample_permute_vattr(il_graph_t *s, size_t col,
                                             const igraph_integer_t *perm);

#ifdef __cplusplus
}
#endif

#endif /* IL_GRAPH_H */
