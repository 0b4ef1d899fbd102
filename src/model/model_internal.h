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

struct il_graph_builder {
    igraph_bool_t directed;
    il_dup_mode_t dup_mode;
    il_loop_mode_t loop_mode;
    il_strtab_t ids;
    il_attrs_t vattr, eattr;
    uint32_t *src, *dst;        /* unique ties so far */
    double *w;
    uint32_t *count;            /* merged rows per tie (IL_DUP_MEAN only) */
    igraph_integer_t *line;     /* input line per tie (IL_DUP_ERROR only) */
    size_t m, cap;
    uint32_t *eslot;            /* tie hash: edge index + 1, 0 = empty */
    size_t neslot;
    il_load_info_t info;
};

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

#endif /* IL_MODEL_INTERNAL_H */
