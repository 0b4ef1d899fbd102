/*
 * Samples of a null model (analysis/nulls.c): graphs over the same
 * vertices as an observed graph, with ties of their own, that read the
 * observed graph's ids and node attribute columns in place. A null
 * ensemble makes thousands of them; copying the ids and the node table
 * for each would cost more than the statistics computed on it.
 *
 * A sample borrows the id table and every node column of the original
 * (names, value tables and per-vertex value indices) and owns: its igraph
 * graph and tie strengths, its own array of column headers (so that one
 * column can be given permuted values without touching the original) and
 * the value indices of a permuted column. Edge attribute columns are not
 * carried over: ties of a sample are not ties of the original.
 */
#include "model/graph.h"
#include "model/model_internal.h"

#include <stdlib.h>
#include <string.h>

/* What a sample owns besides its graph and strengths. */
struct il_graph_borrow {
    const il_attr_col_t *orig;  /* the original's column headers */
    il_attr_col_t *cols;    /* copies of the original's column headers */
    uint32_t **own_idx;     /* per column: value indices owned by the sample, or NULL */
    size_t ncol;
};

/**
 * \function il_i_graph_sample_release
 * \brief Free what a sample owns and zero it (il_graph_destroy's path for
 *        samples); the borrowed ids and columns are left alone.
 */
void il_i_graph_sample_release(il_graph_t *g)
{
    struct il_graph_borrow *b = g->borrow;
    size_t c;
    if (g->live) {
        igraph_destroy(&g->graph);
        igraph_vector_destroy(&g->weight);
    }
    if (b) {
        for (c = 0; c < b->ncol; c++) {
            free(b->own_idx[c]);
        }
        free(b->own_idx);
        free(b->cols);
        free(b);
    }
    memset(g, 0, sizeof *g);
}

static void sample_free(void *p)
{
    il_graph_destroy((il_graph_t *) p);
}

/**
 * \function il_graph_sample_init
 * \brief A tie-less graph over the vertices of \p g that borrows its ids
 *        and node attribute columns.
 *
 * \param s  Uninitialised; on success destroy it with il_graph_destroy()
 *           before \p g is destroyed.
 * \param g  The observed graph (read, never changed).
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + number of node columns); nothing per vertex is
 * copied beyond igraph's own vertex set.
 */
igraph_error_t il_graph_sample_init(il_graph_t *s, const il_graph_t *g)
{
    struct il_graph_borrow *b;
    igraph_integer_t n = il_graph_vcount(g);
    size_t ncol = g->vattr.ncol;

    memset(s, 0, sizeof *s);
    b = calloc(1, sizeof *b);
    IGRAPH_CHECK_OOM(b, "Out of memory making a null-model sample.");
    s->borrow = b;
    IGRAPH_FINALLY(sample_free, s);
    b->ncol = ncol;
    b->orig = g->vattr.col;
    b->cols = calloc(ncol ? ncol : 1, sizeof *b->cols);
    b->own_idx = calloc(ncol ? ncol : 1, sizeof *b->own_idx);
    if (!b->cols || !b->own_idx) {
        IGRAPH_ERROR("Out of memory making a null-model sample.", IGRAPH_ENOMEM);
    }
    if (ncol) {
        memcpy(b->cols, g->vattr.col, ncol * sizeof *b->cols);
    }
    s->ids = g->ids;                /* borrowed: never destroyed through s */
    s->vattr.col = b->cols;
    s->vattr.ncol = ncol;
    s->directed = g->directed;
    s->info = g->info;
    IGRAPH_CHECK(igraph_vector_init(&s->weight, 0));
    if (igraph_empty(&s->graph, n, g->directed) != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&s->weight);
        IGRAPH_ERROR("Out of memory making a null-model sample.", IGRAPH_ENOMEM);
    }
    s->live = 1;
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_graph_sample_set_ties
 * \brief Replace the ties of a sample.
 *
 * \param s      A sample (il_graph_sample_init).
 * \param edges  2m vertex indices: tie e joins edges[2e] and edges[2e+1].
 * \param weight m tie strengths.
 * \return IGRAPH_EINVAL when the lengths disagree or an index is out of
 *         range; IGRAPH_ENOMEM. On error the sample keeps its old ties.
 *
 * Time complexity: O(n + m).
 */
igraph_error_t il_graph_sample_set_ties(il_graph_t *s, const igraph_vector_int_t *edges,
                                        const igraph_vector_t *weight)
{
    igraph_t ng;
    igraph_integer_t n = igraph_vcount(&s->graph);
    if (!s->borrow || !s->live) {
        IGRAPH_ERROR("Not a null-model sample.", IGRAPH_EINVAL);
    }
    if (igraph_vector_int_size(edges) != 2 * igraph_vector_size(weight)) {
        IGRAPH_ERROR("A sample needs one strength per tie.", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(igraph_create(&ng, edges, n, s->directed));
    IGRAPH_FINALLY(igraph_destroy, &ng);
    if (igraph_vcount(&ng) != n) {
        IGRAPH_ERROR("A sample's tie names a vertex the graph does not have.", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(igraph_vector_update(&s->weight, weight));
    igraph_destroy(&s->graph);
    s->graph = ng;
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_graph_sample_permute_vattr
 * \brief Give one node column of a sample permuted values.
 *
 * Vertex v of the sample reads the value vertex perm[v] has in the
 * original graph; the column's name and value table stay borrowed. A
 * column may be permuted again (each time from the original's values).
 *
 * \param col  A node column of the original graph.
 * \param perm n vertex indices, a permutation of 0..n-1 (not checked
 *             beyond the range of each entry).
 * \return IGRAPH_EINVAL for a bad column or index; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n).
 */
igraph_error_t il_graph_sample_permute_vattr(il_graph_t *s, size_t col,
                                             const igraph_integer_t *perm)
{
    struct il_graph_borrow *b = s->borrow;
    igraph_integer_t n = il_graph_vcount(s), v;
    const uint32_t *from;
    uint32_t *idx;
    if (!b || col >= b->ncol) {
        IGRAPH_ERROR("No such node column in the sample.", IGRAPH_EINVAL);
    }
    from = b->orig[col].idx;
    for (v = 0; v < n; v++) {
        if (perm[v] < 0 || perm[v] >= n) {
            IGRAPH_ERROR("Permutation entry out of range.", IGRAPH_EINVAL);
        }
    }
    idx = b->own_idx[col] ? b->own_idx[col] : malloc((size_t) (n > 0 ? n : 1) * sizeof *idx);
    IGRAPH_CHECK_OOM(idx, "Out of memory permuting a node column.");
    for (v = 0; v < n; v++) {
        idx[v] = from[perm[v]];
    }
    b->own_idx[col] = idx;
    b->cols[col].idx = idx;
    b->cols[col].cap = (size_t) n;
    return IGRAPH_SUCCESS;
}
