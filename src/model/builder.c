/*
 * The graph builder that every loader feeds: vertex ids interned
 * (model/strtab.c), node and edge attribute columns, and ties merged by an
 * open-addressing hash on the vertex pair; one igraph_create() at the end.
 * Its layout is private to src/model (model_internal.h).
 */
#include "model/graph.h"
#include "model/model_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- Life cycle ------------------------------------------------------------ */

/* Free what the builder holds and zero it (an empty, unusable builder). */
static void builder_clear(il_graph_builder_t *b)
{
    il_strtab_destroy(&b->ids);
    il_i_attrs_destroy(&b->vattr);
    il_i_attrs_destroy(&b->eattr);
    free(b->src);
    free(b->dst);
    free(b->w);
    free(b->count);
    free(b->line);
    free(b->eslot);
    memset(b, 0, sizeof *b);
}

/**
 * \function il_graph_builder_new
 * \brief Allocate an empty graph builder.
 *
 * The builder is opaque (its size is not part of the contract), so it is
 * allocated here and released with il_graph_builder_free().
 *
 * \param b         Out: the new builder; NULL on error.
 * \param directed  Whether ties are ordered pairs.
 * \param dup       How repeated ties are merged.
 * \param loops     What happens to self-loops.
 * \return IGRAPH_ENOMEM. Time complexity: O(1).
 */
igraph_error_t il_graph_builder_new(il_graph_builder_t **b, igraph_bool_t directed,
                                    il_dup_mode_t dup, il_loop_mode_t loops)
{
    il_graph_builder_t *nb = calloc(1, sizeof *nb);
    *b = NULL;
    IGRAPH_CHECK_OOM(nb, "Out of memory for a graph builder.");
    IGRAPH_FINALLY(igraph_free, nb);
    nb->directed = directed;
    nb->dup_mode = dup;
    nb->loop_mode = loops;
    IGRAPH_CHECK(il_strtab_init(&nb->ids));
    IGRAPH_FINALLY_CLEAN(1);
    *b = nb;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_graph_builder_free
 * \brief Free a builder and everything it holds; safe on NULL and on a
 *        finished builder. Usable with IGRAPH_FINALLY.
 */
void il_graph_builder_free(il_graph_builder_t *b)
{
    if (b) {
        builder_clear(b);
        free(b);
    }
}

/**
 * \function il_graph_builder_info
 * \brief The builder's load counts, for loaders to update while reading.
 *
 * The builder itself counts merged duplicates and dropped or kept
 * self-loops; loaders count rows read, rows filtered and trimmed ids.
 * il_graph_builder_finish() copies the counts into the graph.
 */
il_load_info_t *il_graph_builder_info(il_graph_builder_t *b)
{
    return &b->info;
}

/**
 * \function il_graph_builder_vertex_id
 * \brief The id of vertex \p v, added before (valid until the next add).
 */
const char *il_graph_builder_vertex_id(const il_graph_builder_t *b, uint32_t v)
{
    return il_strtab_get(&b->ids, v);
}

/* ---- Vertices and attributes ----------------------------------------------- */

/**
 * \function il_graph_builder_add_vertex
 * \brief Intern a vertex id; new ids become vertices n, n+1, ...
 *
 * \return IGRAPH_ENOMEM, IGRAPH_EOVERFLOW. Time: O(len) expected.
 */
igraph_error_t il_graph_builder_add_vertex(il_graph_builder_t *b, const char *id,
                                           size_t len, uint32_t *v, int *is_new)
{
    return il_strtab_intern(&b->ids, id, len, v, is_new);
}

/**
 * \function il_graph_builder_find_vertex
 * \brief Vertex index of an id already added: 1 and *v, or 0.
 */
int il_graph_builder_find_vertex(const il_graph_builder_t *b, const char *id,
                                 size_t len, uint32_t *v)
{
    return il_strtab_find(&b->ids, id, len, v);
}

/**
 * \function il_graph_builder_add_vattr
 * \brief Add a node attribute column named \p name (all values "").
 *
 * \return IGRAPH_EINVAL if a column of that name exists; IGRAPH_ENOMEM.
 */
igraph_error_t il_graph_builder_add_vattr(il_graph_builder_t *b, const char *name,
                                          size_t *col)
{
    if (il_i_attrs_find(&b->vattr, name) >= 0) {
        IGRAPH_ERRORF("Node attribute '%s' is given twice.", IGRAPH_EINVAL, name);
    }
    return il_i_attrs_add(&b->vattr, name, col);
}

/**
 * \function il_graph_builder_add_eattr
 * \brief Add an edge attribute column; must precede the first tie.
 *
 * \return IGRAPH_EINVAL if ties were added already or the name is taken.
 */
igraph_error_t il_graph_builder_add_eattr(il_graph_builder_t *b, const char *name,
                                          size_t *col)
{
    if (b->m > 0) {
        IGRAPH_ERROR("Edge attributes must be declared before the first tie.", IGRAPH_EINVAL);
    }
    if (il_i_attrs_find(&b->eattr, name) >= 0) {
        IGRAPH_ERRORF("Edge attribute '%s' is given twice.", IGRAPH_EINVAL, name);
    }
    return il_i_attrs_add(&b->eattr, name, col);
}

/**
 * \function il_graph_builder_set_vattr_type
 * \brief Record the type a graph file declares for node column \p col.
 *
 * The values stay text; writers use the declared type instead of
 * inferring one from the values (so `strength` declared double stays
 * double even when every value happens to be whole). Time complexity: O(1).
 */
void il_graph_builder_set_vattr_type(il_graph_builder_t *b, size_t col, il_attr_type_t type)
{
    if (col < b->vattr.ncol) {
        b->vattr.col[col].type = type;
    }
}

/**
 * \function il_graph_builder_set_eattr_type
 * \brief Record the type a graph file declares for edge column \p col.
 *
 * As il_graph_builder_set_vattr_type(). Time complexity: O(1).
 */
void il_graph_builder_set_eattr_type(il_graph_builder_t *b, size_t col, il_attr_type_t type)
{
    if (col < b->eattr.ncol) {
        b->eattr.col[col].type = type;
    }
}

/**
 * \function il_graph_builder_set_vattr
 * \brief Set node attribute \p col of vertex \p v to value[0..len).
 *
 * Time complexity: O(len) expected, amortised.
 */
igraph_error_t il_graph_builder_set_vattr(il_graph_builder_t *b, size_t col, uint32_t v,
                                          const char *value, size_t len)
{
    uint32_t id;
    IGRAPH_CHECK(il_i_attrs_reserve(&b->vattr, (size_t) v + 1));
    IGRAPH_CHECK(il_strtab_intern(&b->vattr.col[col].values, value, len, &id, NULL));
    b->vattr.col[col].idx[v] = id;
    return IGRAPH_SUCCESS;
}

static uint64_t tie_key(const il_graph_builder_t *b, uint32_t u, uint32_t v)
{
    if (!b->directed && u > v) {
        uint32_t t = u;
        u = v;
        v = t;
    }
    return ((uint64_t) u << 32) | v;
}

static size_t key_slot(uint64_t key, size_t nslot)
{
    key ^= key >> 33;
    key *= 0xFF51AFD7ED558CCDull;
    key ^= key >> 33;
    key *= 0xC4CEB9FE1A85EC53ull;
    key ^= key >> 33;
    return (size_t) key & (nslot - 1);
}

/* Find the tie u–v: returns 1 and its index, else 0 and the free slot. */
static int tie_lookup(const il_graph_builder_t *b, uint64_t key, size_t *slot,
                      size_t *edge)
{
    size_t s = key_slot(key, b->neslot);
    while (b->eslot[s]) {
        size_t e = b->eslot[s] - 1;
        if (tie_key(b, b->src[e], b->dst[e]) == key) {
            *edge = e;
            return 1;
        }
        s = (s + 1) & (b->neslot - 1);
    }
    *slot = s;
    return 0;
}

static igraph_error_t grow_ties(il_graph_builder_t *b)
{
    size_t cap = b->cap ? b->cap * 2 : 1024, e;
    uint32_t *src, *dst, *eslot;
    double *w;
    if (cap > (size_t) UINT32_MAX / 2) {
        IGRAPH_ERROR("Too many ties (more than 2^31).", IGRAPH_EOVERFLOW);
    }
    src = realloc(b->src, cap * sizeof *src);
    if (!src) {
        goto nomem;
    }
    b->src = src;
    dst = realloc(b->dst, cap * sizeof *dst);
    if (!dst) {
        goto nomem;
    }
    b->dst = dst;
    w = realloc(b->w, cap * sizeof *w);
    if (!w) {
        goto nomem;
    }
    b->w = w;
    if (b->dup_mode == IL_DUP_MEAN) {
        uint32_t *count = realloc(b->count, cap * sizeof *count);
        if (!count) {
            goto nomem;
        }
        b->count = count;
    }
    if (b->dup_mode == IL_DUP_ERROR) {
        igraph_integer_t *line = realloc(b->line, cap * sizeof *line);
        if (!line) {
            goto nomem;
        }
        b->line = line;
    }
    IGRAPH_CHECK(il_i_attrs_reserve(&b->eattr, cap));
    b->cap = cap;

    /* Rehash at twice the tie capacity: load factor stays at most 1/2. */
    eslot = calloc(cap * 2, sizeof *eslot);
    if (!eslot) {
        goto nomem;
    }
    free(b->eslot);
    b->eslot = eslot;
    b->neslot = cap * 2;
    for (e = 0; e < b->m; e++) {
        size_t s = key_slot(tie_key(b, b->src[e], b->dst[e]), b->neslot);
        while (b->eslot[s]) {
            s = (s + 1) & (b->neslot - 1);
        }
        b->eslot[s] = (uint32_t) e + 1;
    }
    return IGRAPH_SUCCESS;
nomem:
    IGRAPH_ERROR("Out of memory storing ties.", IGRAPH_ENOMEM);
}

/**
 * \function il_graph_builder_add_edge
 * \brief Add one tie, merging it into an earlier tie on the same pair.
 *
 * \param u,v       Vertex indices from il_graph_builder_add_vertex().
 * \param w         Tie strength, finite and > 0 (checked by the loader).
 * \param values    One value per edge attribute column (NULL if none);
 *                  a merged duplicate keeps the first tie's values.
 * \param line      Input line, remembered for the duplicate error mode.
 * \param outcome   What happened (added, merged, loop dropped, or refused).
 * \param first_line For IL_EDGE_DUPLICATE: the line of the earlier tie.
 * \return IGRAPH_ENOMEM, IGRAPH_EOVERFLOW. A refused tie is not an error
 *         here: the loader reports it with file and line.
 *
 * Time complexity: O(1) expected, amortised.
 */
igraph_error_t il_graph_builder_add_edge(il_graph_builder_t *b, uint32_t u, uint32_t v,
                                         double w, const char *const *values,
                                         const size_t *lens, igraph_integer_t line,
                                         il_edge_outcome_t *outcome,
                                         igraph_integer_t *first_line)
{
    uint64_t key;
    size_t slot = 0, e, c;

    if (u == v) {
        if (b->loop_mode == IL_LOOP_ERROR) {
            *outcome = IL_EDGE_LOOP;
            return IGRAPH_SUCCESS;
        }
        if (b->loop_mode == IL_LOOP_DROP) {
            b->info.self_loops_dropped++;
            *outcome = IL_EDGE_LOOP_DROPPED;
            return IGRAPH_SUCCESS;
        }
    }
    if (b->m == b->cap) {
        IGRAPH_CHECK(grow_ties(b));
    }
    key = tie_key(b, u, v);
    if (tie_lookup(b, key, &slot, &e)) {
        switch (b->dup_mode) {
        case IL_DUP_SUM:
            b->w[e] += w;
            break;
        case IL_DUP_MAX:
            if (w > b->w[e]) {
                b->w[e] = w;
            }
            break;
        case IL_DUP_MIN:
            if (w < b->w[e]) {
                b->w[e] = w;
            }
            break;
        case IL_DUP_MEAN:
            b->w[e] += w;
            b->count[e]++;
            break;
        case IL_DUP_FIRST:
            break;
        case IL_DUP_ERROR:
            *outcome = IL_EDGE_DUPLICATE;
            if (first_line) {
                *first_line = b->line[e];
            }
            return IGRAPH_SUCCESS;
        }
        b->info.duplicates_merged++;
        *outcome = IL_EDGE_MERGED;
        return IGRAPH_SUCCESS;
    }
    e = b->m;
    b->src[e] = u;
    b->dst[e] = v;
    b->w[e] = w;
    if (b->count) {
        b->count[e] = 1;
    }
    if (b->line) {
        b->line[e] = line;
    }
    for (c = 0; c < b->eattr.ncol; c++) {
        uint32_t id;
        IGRAPH_CHECK(il_strtab_intern(&b->eattr.col[c].values, values[c], lens[c],
                                      &id, NULL));
        b->eattr.col[c].idx[e] = id;
    }
    b->eslot[slot] = (uint32_t) e + 1;
    b->m++;
    if (u == v) {
        b->info.self_loops_kept++;
    }
    *outcome = IL_EDGE_ADDED;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_graph_builder_finish
 * \brief Create the graph from the builder in one igraph_create() call.
 *
 * Moves ids, attributes and load counts into \p g (which must be
 * IL_GRAPH_INIT) and empties \p b; free \p b and destroy \p g as usual
 * afterwards. An emptied builder takes no more vertices or ties.
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + m).
 */
igraph_error_t il_graph_builder_finish(il_graph_builder_t *b, il_graph_t *g)
{
    igraph_vector_int_t edges;
    igraph_integer_t n = il_strtab_size(&b->ids);
    size_t e;

    IGRAPH_CHECK(il_i_attrs_reserve(&b->vattr, (size_t) n));
    IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 2 * (igraph_integer_t) b->m);
    for (e = 0; e < b->m; e++) {
        VECTOR(edges)[2 * e] = b->src[e];
        VECTOR(edges)[2 * e + 1] = b->dst[e];
    }
    free(b->src);
    free(b->dst);
    free(b->eslot);
    b->src = b->dst = b->eslot = NULL;
    b->neslot = 0;

    IGRAPH_CHECK(igraph_vector_init(&g->weight, (igraph_integer_t) b->m));
    IGRAPH_FINALLY(igraph_vector_destroy, &g->weight);
    for (e = 0; e < b->m; e++) {
        VECTOR(g->weight)[e] = b->count ? b->w[e] / b->count[e] : b->w[e];
    }
    IGRAPH_CHECK(igraph_create(&g->graph, &edges, n, b->directed));
    IGRAPH_FINALLY_CLEAN(1);    /* weight now belongs to g */
    igraph_vector_int_destroy(&edges);
    IGRAPH_FINALLY_CLEAN(1);

    g->live = 1;
    g->directed = b->directed;
    g->ids = b->ids;
    g->vattr = b->vattr;
    g->eattr = b->eattr;
    g->info = b->info;
    memset(&b->ids, 0, sizeof b->ids);
    memset(&b->vattr, 0, sizeof b->vattr);
    memset(&b->eattr, 0, sizeof b->eattr);
    builder_clear(b);
    return IGRAPH_SUCCESS;
}

