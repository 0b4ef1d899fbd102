/*
 * Shared inside src/model only: the layout of the graph builder (opaque in
 * model/graph.h, so that its tie hash can change without touching any
 * loader) and the attribute-column helpers that the builder (builder.c),
 * the graph (graph.c) and the projection (projection.c) have in common.
 */
#ifndef IL_MODEL_INTERNAL_H
#define IL_MODEL_INTERNAL_H

#include "model/graph.h"

#include <stddef.h>
#include <stdint.h>

/* ---- The builder (builder.c, projection.c) ------------------------------- */

/*
 * Ties are kept in the order of their first row (src, dst, w and the edge
 * attribute value ids). A repeated pair is merged as it comes through an
 * open-addressing hash on the pair, or, when the loader deferred merging
 * (il_graph_builder_defer), appended and merged later by sorting packed
 * pair keys (builder_merge.c): in finish, and earlier when the rows fill
 * the arrays and the input proves to repeat ties.
 */
struct il_graph_builder {
    igraph_bool_t directed;
    il_dup_mode_t dup_mode;
    il_loop_mode_t loop_mode;
    il_strtab_t ids;
    il_attrs_t vattr, eattr;
    uint32_t *src, *dst;        /* ties so far, repeated pairs not yet merged */
    double *w;
    uint32_t *count;            /* merged rows per tie (IL_DUP_MEAN only) */
    igraph_integer_t *line;     /* input line per tie (IL_DUP_ERROR only) */
    size_t m, cap;
    uint32_t *eslot;            /* tie hash (not deferring): edge index + 1, 0 = empty */
    size_t neslot;
    size_t key_col1;            /* 0, or 1 + the edge column ties must also agree on */
    int deferred;               /* merge repeats later, by sorting */
    uint32_t *order;            /* after il_i_builder_merge(.., 1): ties by pair key */
    int merges_seen;            /* an early merge found many repeats (-1: few) */
    size_t merge_early;         /* ties held before merging early (IL_MERGE_EARLY) */
    il_load_info_t info;
};

/* Ties a deferring builder holds before it tries merging repeats early. */
#define IL_MERGE_EARLY ((size_t) 1 << 24)

/* ---- Merging and creating (builder_merge.c) ------------------------------ */

/* Merge the repeated pairs among the ties so far into their first tie
 * (first appearance keeps its place; merged strengths fold in row order)
 * and count them in info.duplicates_merged; with \p keep_order, leave
 * b->order: the tie indices sorted by pair key. */
igraph_error_t il_i_builder_merge(il_graph_builder_t *b, int keep_order);

/* The igraph graph of the merged ties in tie order, built from b->order:
 * the same graph igraph_create() makes, without its sorts. */
igraph_error_t il_i_builder_create(il_graph_builder_t *b, igraph_integer_t n, igraph_t *graph);

/* ---- Attribute columns (graph.c) ----------------------------------------- */

/* Free every column; leaves an empty set. */
void il_i_attrs_destroy(il_attrs_t *a);

/* Append a column named \p name whose every value is ""; its index in *col. */
igraph_error_t il_i_attrs_add(il_attrs_t *a, const char *name, size_t *col);

/* Make room for element index n - 1 in every column; new slots are "". */
igraph_error_t il_i_attrs_reserve(il_attrs_t *a, size_t n);

/* Index of the column called \p name, or -1. */
long il_i_attrs_find(const il_attrs_t *a, const char *name);

/* ---- Samples (sample.c) ------------------------------------------------- */

/* Free what a sample owns (its ties, its column table, permuted columns)
 * and zero it; what it borrows stays with the original graph. */
void il_i_graph_sample_release(il_graph_t *g);

/* Copy the columns of \p from into the empty \p to: element i of \p to
 * takes the value of element pick[i] (graph.c; panel windows use it too). */
igraph_error_t il_i_attrs_pick(il_attrs_t *to, const il_attrs_t *from,
                               const igraph_integer_t *pick, size_t n);

/* The graph of the vertices \p vpick and edges \p epick of \p g (ends
 * renumbered in \p edges) into \p out (graph.c; il_graph_induce and
 * il_graph_keep_ties). */
igraph_error_t il_i_graph_assemble(const il_graph_t *g, const igraph_vector_int_t *vpick,
                                   const igraph_vector_int_t *epick,
                                   const igraph_vector_int_t *edges, const char *what,
                                   il_graph_t *out);

#endif /* IL_MODEL_INTERNAL_H */
