#include "model/graph.h"

#include <stdlib.h>
#include <string.h>

/* ---- Attribute columns -------------------------------------------------- */

static void attrs_destroy(il_attrs_t *a)
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

static igraph_error_t attrs_add(il_attrs_t *a, const char *name, size_t *col)
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
    a->ncol++;      /* from here on attrs_destroy() frees the column */
    IGRAPH_CHECK(il_strtab_init(&c->values));
    IGRAPH_CHECK(il_strtab_intern(&c->values, "", 0, &empty, NULL));
    *col = a->ncol - 1;
    return IGRAPH_SUCCESS;
}

/* Make room for element index n - 1 in every column; new slots are "". */
static igraph_error_t attrs_reserve(il_attrs_t *a, size_t n)
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

static long attrs_find(const il_attrs_t *a, const char *name)
{
    size_t i;
    for (i = 0; i < a->ncol; i++) {
        if (strcmp(a->col[i].name, name) == 0) {
            return (long) i;
        }
    }
    return -1;
}

/* ---- Builder ------------------------------------------------------------ */

/**
 * \function il_graph_builder_init
 * \brief Start an empty graph builder.
 *
 * \param directed  Whether ties are ordered pairs.
 * \param dup       How repeated ties are merged.
 * \param loops     What happens to self-loops.
 * \return IGRAPH_ENOMEM. The caller destroys \p b with il_graph_builder_destroy().
 */
igraph_error_t il_graph_builder_init(il_graph_builder_t *b, igraph_bool_t directed,
                                     il_dup_mode_t dup, il_loop_mode_t loops)
{
    memset(b, 0, sizeof *b);
    b->directed = directed;
    b->dup_mode = dup;
    b->loop_mode = loops;
    IGRAPH_CHECK(il_strtab_init(&b->ids));
    return IGRAPH_SUCCESS;
}

/**
 * \function il_graph_builder_destroy
 * \brief Free a builder's memory; safe on a zero-filled or finished builder.
 */
void il_graph_builder_destroy(il_graph_builder_t *b)
{
    il_strtab_destroy(&b->ids);
    attrs_destroy(&b->vattr);
    attrs_destroy(&b->eattr);
    free(b->src);
    free(b->dst);
    free(b->w);
    free(b->count);
    free(b->line);
    free(b->eslot);
    memset(b, 0, sizeof *b);
}

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
    if (attrs_find(&b->vattr, name) >= 0) {
        IGRAPH_ERRORF("Node attribute '%s' is given twice.", IGRAPH_EINVAL, name);
    }
    return attrs_add(&b->vattr, name, col);
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
    if (attrs_find(&b->eattr, name) >= 0) {
        IGRAPH_ERRORF("Edge attribute '%s' is given twice.", IGRAPH_EINVAL, name);
    }
    return attrs_add(&b->eattr, name, col);
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
    IGRAPH_CHECK(attrs_reserve(&b->vattr, (size_t) v + 1));
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
    IGRAPH_CHECK(attrs_reserve(&b->eattr, cap));
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
 * IL_GRAPH_INIT) and empties \p b; destroy both as usual afterwards.
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + m).
 */
igraph_error_t il_graph_builder_finish(il_graph_builder_t *b, il_graph_t *g)
{
    igraph_vector_int_t edges;
    igraph_integer_t n = il_strtab_size(&b->ids);
    size_t e;

    IGRAPH_CHECK(attrs_reserve(&b->vattr, (size_t) n));
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
    il_graph_builder_destroy(b);
    return IGRAPH_SUCCESS;
}

/* ---- Graph ------------------------------------------------------------- */

/**
 * \function il_graph_destroy
 * \brief Free a graph; safe on IL_GRAPH_INIT and on a destroyed graph.
 */
void il_graph_destroy(il_graph_t *g)
{
    if (g->live) {
        igraph_destroy(&g->graph);
        igraph_vector_destroy(&g->weight);
    }
    il_strtab_destroy(&g->ids);
    attrs_destroy(&g->vattr);
    attrs_destroy(&g->eattr);
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
    return attrs_find(&g->vattr, name);
}

/** \function il_graph_eattr_find \brief Edge attribute column index, or -1. */
long il_graph_eattr_find(const il_graph_t *g, const char *name)
{
    return attrs_find(&g->eattr, name);
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

static igraph_error_t copy_attrs(il_attrs_t *to, const il_attrs_t *from,
                                 const igraph_integer_t *pick, size_t n)
{
    size_t c, i;
    memset(to, 0, sizeof *to);
    for (c = 0; c < from->ncol; c++) {
        size_t col;
        IGRAPH_CHECK(attrs_add(to, from->col[c].name, &col));
        il_strtab_destroy(&to->col[col].values);
        IGRAPH_CHECK(il_strtab_copy(&to->col[col].values, &from->col[c].values));
    }
    IGRAPH_CHECK(attrs_reserve(to, n));
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
    igraph_integer_t nn = 0, mm = 0;
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
            mm++;
        }
    }

    memset(out, 0, sizeof *out);
    IGRAPH_FINALLY(graph_free, out);
    IGRAPH_CHECK(il_strtab_init(&out->ids));
    for (v = 0; v < nn; v++) {
        const char *id = il_graph_vertex_id(g, VECTOR(vpick)[v]);
        uint32_t u;
        IGRAPH_CHECK(il_strtab_intern(&out->ids, id, strlen(id), &u, NULL));
    }
    IGRAPH_CHECK(copy_attrs(&out->vattr, &g->vattr, VECTOR(vpick), (size_t) nn));
    IGRAPH_CHECK(copy_attrs(&out->eattr, &g->eattr, VECTOR(epick), (size_t) mm));
    IGRAPH_CHECK(igraph_vector_init(&out->weight, mm));
    for (e = 0; e < mm; e++) {
        VECTOR(out->weight)[e] = VECTOR(g->weight)[VECTOR(epick)[e]];
    }
    if (igraph_create(&out->graph, &edges, nn, g->directed) != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&out->weight);
        IGRAPH_ERROR("Cannot create the subgraph.", IGRAPH_ENOMEM);
    }
    out->live = 1;
    out->directed = g->directed;
    out->info = g->info;
    IGRAPH_FINALLY_CLEAN(1);    /* out */

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
