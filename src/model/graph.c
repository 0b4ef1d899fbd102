/*
 * The innolink graph: accessors for ids and attributes, the induced
 * subgraph and the ego network. Graphs are made by the builder (builder.c).
 */
#include "model/graph.h"
#include "model/model_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- Attribute columns -------------------------------------------------- */

/**
 * \function il_i_attrs_destroy
 * \brief Free every attribute column; safe on a zero-filled set.
 */
void il_i_attrs_destroy(il_attrs_t *a)
{
    size_t i;
    for (i = 0; i < a->ncol; i++) {
        free(a->col[i].name);
        il_strtab_destroy(&a->col[i].values);
        free(a->col[i].idx);
    }
    free(a->col);
    a->col = NULL;
    a->ncol = 0;
}

/**
 * \function il_i_attrs_add
 * \brief Append a column named \p name, every value "" (value id 0).
 *
 * \return IGRAPH_ENOMEM; the set owns the column even then.
 */
igraph_error_t il_i_attrs_add(il_attrs_t *a, const char *name, size_t *col)
{
    il_attr_col_t *cols = realloc(a->col, (a->ncol + 1) * sizeof *cols);
    il_attr_col_t *c;
    uint32_t empty;
    if (!cols) {
        IGRAPH_ERROR("Out of memory adding an attribute.", IGRAPH_ENOMEM);
    }
    a->col = cols;
    c = &a->col[a->ncol];
    memset(c, 0, sizeof *c);
    c->name = strdup(name);
    if (!c->name) {
        IGRAPH_ERROR("Out of memory adding an attribute.", IGRAPH_ENOMEM);
    }
    a->ncol++;      /* from here on il_i_attrs_destroy() frees the column */
    IGRAPH_CHECK(il_strtab_init(&c->values));
    IGRAPH_CHECK(il_strtab_intern(&c->values, "", 0, &empty, NULL));
    *col = a->ncol - 1;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_attrs_reserve
 * \brief Make room for element index n - 1 in every column; new slots are "".
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(columns) amortised.
 */
igraph_error_t il_i_attrs_reserve(il_attrs_t *a, size_t n)
{
    size_t i;
    for (i = 0; i < a->ncol; i++) {
        il_attr_col_t *c = &a->col[i];
        if (c->cap < n) {
            size_t cap = c->cap ? c->cap : 64;
            uint32_t *idx;
            while (cap < n) {
                cap *= 2;
            }
            idx = realloc(c->idx, cap * sizeof *idx);
            if (!idx) {
                IGRAPH_ERROR("Out of memory growing an attribute.", IGRAPH_ENOMEM);
            }
            memset(idx + c->cap, 0, (cap - c->cap) * sizeof *idx);
            c->idx = idx;
            c->cap = cap;
        }
    }
    return IGRAPH_SUCCESS;
}

/** \function il_i_attrs_find \brief Index of the column \p name, or -1. */
long il_i_attrs_find(const il_attrs_t *a, const char *name)
{
    size_t i;
    for (i = 0; i < a->ncol; i++) {
        if (strcmp(a->col[i].name, name) == 0) {
            return (long) i;
        }
    }
    return -1;
}

/* ---- Graph ------------------------------------------------------------- */

/**
 * \function il_graph_destroy
 * \brief Free a graph; safe on IL_GRAPH_INIT and on a destroyed graph.
 */
void il_graph_destroy(il_graph_t *g)
{
    if (g->borrow) {
        il_i_graph_sample_release(g);
        return;
    }
    if (g->live) {
        igraph_destroy(&g->graph);
        igraph_vector_destroy(&g->weight);
    }
    il_strtab_destroy(&g->ids);
    il_i_attrs_destroy(&g->vattr);
    il_i_attrs_destroy(&g->eattr);
    memset(g, 0, sizeof *g);
}

/** \function il_graph_vcount \brief Number of vertices (0 for an unbuilt graph). */
igraph_integer_t il_graph_vcount(const il_graph_t *g)
{
    return g->live ? igraph_vcount(&g->graph) : 0;
}

/** \function il_graph_ecount \brief Number of edges (0 for an unbuilt graph). */
igraph_integer_t il_graph_ecount(const il_graph_t *g)
{
    return g->live ? igraph_ecount(&g->graph) : 0;
}

/** \function il_graph_vertex_id \brief The input id of vertex \p v. */
const char *il_graph_vertex_id(const il_graph_t *g, igraph_integer_t v)
{
    return il_strtab_get(&g->ids, (uint32_t) v);
}

/**
 * \function il_graph_find_vertex
 * \brief Vertex index of an input id (byte-exact): 1 and *v, or 0.
 */
int il_graph_find_vertex(const il_graph_t *g, const char *id, igraph_integer_t *v)
{
    uint32_t u;
    if (!il_strtab_find(&g->ids, id, strlen(id), &u)) {
        return 0;
    }
    *v = u;
    return 1;
}

/** \function il_graph_vattr_find \brief Node attribute column index, or -1. */
long il_graph_vattr_find(const il_graph_t *g, const char *name)
{
    return il_i_attrs_find(&g->vattr, name);
}

/** \function il_graph_eattr_find \brief Edge attribute column index, or -1. */
long il_graph_eattr_find(const il_graph_t *g, const char *name)
{
    return il_i_attrs_find(&g->eattr, name);
}

/** \function il_graph_vattr_get \brief Node attribute value ("" if missing). */
const char *il_graph_vattr_get(const il_graph_t *g, size_t col, igraph_integer_t v)
{
    const il_attr_col_t *c = &g->vattr.col[col];
    return il_strtab_get(&c->values, c->idx[v]);
}

/** \function il_graph_eattr_get \brief Edge attribute value ("" if missing). */
const char *il_graph_eattr_get(const il_graph_t *g, size_t col, igraph_integer_t e)
{
    const il_attr_col_t *c = &g->eattr.col[col];
    return il_strtab_get(&c->values, c->idx[e]);
}

/**
 * \function il_graph_vertex_label
 * \brief The `label` node attribute when non-empty, else the vertex id.
 *
 * Time complexity: O(number of node attributes).
 */
const char *il_graph_vertex_label(const il_graph_t *g, igraph_integer_t v)
{
    long col = il_graph_vattr_find(g, "label");
    if (col >= 0) {
        const char *s = il_graph_vattr_get(g, (size_t) col, v);
        if (s[0] != '\0') {
            return s;
        }
    }
    return il_graph_vertex_id(g, v);
}

/**
 * \function il_i_attrs_pick
 * \brief Copy the columns of \p from into the empty set \p to, element i
 *        of \p to taking the value of element pick[i] of \p from.
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(n * columns + value tables).
 */
igraph_error_t il_i_attrs_pick(il_attrs_t *to, const il_attrs_t *from,
                               const igraph_integer_t *pick, size_t n)
{
    size_t c, i;
    memset(to, 0, sizeof *to);
    for (c = 0; c < from->ncol; c++) {
        size_t col;
        IGRAPH_CHECK(il_i_attrs_add(to, from->col[c].name, &col));
        il_strtab_destroy(&to->col[col].values);
        IGRAPH_CHECK(il_strtab_copy(&to->col[col].values, &from->col[c].values));
        to->col[col].type = from->col[c].type;
    }
    IGRAPH_CHECK(il_i_attrs_reserve(to, n));
    for (c = 0; c < from->ncol; c++) {
        for (i = 0; i < n; i++) {
            to->col[c].idx[i] = from->col[c].idx[pick[i]];
        }
    }
    return IGRAPH_SUCCESS;
}

static void graph_free(void *p)
{
    il_graph_destroy((il_graph_t *) p);
}

/*
 * il_i_graph_assemble(): \p out (IL_GRAPH_INIT) made of the vertices
 * vpick and the edges epick of \p g, in that order, with their ids,
 * attributes and weights; \p edges holds epick's ends renumbered to
 * positions in vpick (two entries per edge). Load counts are copied;
 * \p what names the graph in the out-of-memory message. On failure \p out
 * is left IL_GRAPH_INIT-equivalent (destroyed).
 */
igraph_error_t il_i_graph_assemble(const il_graph_t *g, const igraph_vector_int_t *vpick,
                                   const igraph_vector_int_t *epick,
                                   const igraph_vector_int_t *edges, const char *what,
                                   il_graph_t *out)
{
    igraph_integer_t nn = igraph_vector_int_size(vpick), mm = igraph_vector_int_size(epick);
    igraph_integer_t v, e;
    memset(out, 0, sizeof *out);
    IGRAPH_FINALLY(graph_free, out);
    IGRAPH_CHECK(il_strtab_init(&out->ids));
    for (v = 0; v < nn; v++) {
        const char *id = il_graph_vertex_id(g, VECTOR(*vpick)[v]);
        uint32_t u;
        IGRAPH_CHECK(il_strtab_intern(&out->ids, id, strlen(id), &u, NULL));
    }
    IGRAPH_CHECK(il_i_attrs_pick(&out->vattr, &g->vattr, VECTOR(*vpick), (size_t) nn));
    IGRAPH_CHECK(il_i_attrs_pick(&out->eattr, &g->eattr, VECTOR(*epick), (size_t) mm));
    IGRAPH_CHECK(igraph_vector_init(&out->weight, mm));
    for (e = 0; e < mm; e++) {
        VECTOR(out->weight)[e] = VECTOR(g->weight)[VECTOR(*epick)[e]];
    }
    if (igraph_create(&out->graph, edges, nn, g->directed) != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&out->weight);
        IGRAPH_ERRORF("Cannot create %s.", IGRAPH_ENOMEM, what);
    }
    out->live = 1;
    out->directed = g->directed;
    out->info = g->info;
    IGRAPH_FINALLY_CLEAN(1);    /* out */
    return IGRAPH_SUCCESS;
}

/**
 * \function il_graph_induce
 * \brief The subgraph on the vertices with keep[v] != 0.
 *
 * Vertices keep their relative order, edges their relative order, and both
 * keep their attributes and weights. \p out must be IL_GRAPH_INIT; load
 * counts are copied. \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + m + size of the attribute tables).
 */
igraph_error_t il_graph_induce(const il_graph_t *g, const char *keep, il_graph_t *out)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), v, e;
    igraph_integer_t nn = 0;
    igraph_vector_int_t newid, vpick, epick, edges;

    IGRAPH_VECTOR_INT_INIT_FINALLY(&newid, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&vpick, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&epick, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 0);
    for (v = 0; v < n; v++) {
        VECTOR(newid)[v] = keep[v] ? nn++ : -1;
        if (keep[v]) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&vpick, v));
        }
    }
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
        if (keep[a] && keep[b]) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&epick, e));
            IGRAPH_CHECK(igraph_vector_int_push_back(&edges, VECTOR(newid)[a]));
            IGRAPH_CHECK(igraph_vector_int_push_back(&edges, VECTOR(newid)[b]));
        }
    }

    IGRAPH_CHECK(il_i_graph_assemble(g, &vpick, &epick, &edges, "the subgraph", out));

    igraph_vector_int_destroy(&edges);
    igraph_vector_int_destroy(&epick);
    igraph_vector_int_destroy(&vpick);
    igraph_vector_int_destroy(&newid);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_graph_restrict_ego
 * \brief Replace \p g by the neighbourhood of \p v of order \p radius.
 *
 * Ties are followed in both directions. \return IGRAPH_EINVAL for a
 * negative radius or a bad vertex; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + m).
 */
igraph_error_t il_graph_restrict_ego(il_graph_t *g, igraph_integer_t v,
                                     igraph_integer_t radius)
{
    igraph_vector_int_list_t nb;
    igraph_vector_int_t *ball;
    il_graph_t sub = IL_GRAPH_INIT;
    igraph_integer_t i, n = il_graph_vcount(g);
    char *keep;

    if (radius < 0 || v < 0 || v >= n) {
        IGRAPH_ERROR("Ego vertex or radius out of range.", IGRAPH_EINVAL);
    }
    keep = calloc((size_t) n, 1);
    IGRAPH_CHECK_OOM(keep, "Out of memory selecting the ego network.");
    IGRAPH_FINALLY(igraph_free, keep);
    IGRAPH_CHECK(igraph_vector_int_list_init(&nb, 0));
    IGRAPH_FINALLY(igraph_vector_int_list_destroy, &nb);
    IGRAPH_CHECK(igraph_neighborhood(&g->graph, &nb, igraph_vss_1(v), radius,
                                     IGRAPH_ALL, /* mindist = */ 0));
    ball = igraph_vector_int_list_get_ptr(&nb, 0);
    for (i = 0; i < igraph_vector_int_size(ball); i++) {
        keep[VECTOR(*ball)[i]] = 1;
    }
    IGRAPH_CHECK(il_graph_induce(g, keep, &sub));
    igraph_vector_int_list_destroy(&nb);
    igraph_free(keep);
    IGRAPH_FINALLY_CLEAN(2);
    il_graph_destroy(g);
    *g = sub;
    return IGRAPH_SUCCESS;
}
