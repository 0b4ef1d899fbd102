/*
 * Merging repeated ties and creating the graph, for the builder
 * (builder.c). Ties come in as rows; each row's pair is packed into one
 * integer key (smaller end first when undirected), and a stable radix sort
 * of the keys brings the rows of one pair together in input order: the
 * first row of a pair is the tie, the later ones fold into it in the order
 * they were read (so sums come out bit for bit as a running sum would),
 * and the ties keep the order of their first row. The sorted keys also
 * give igraph's edge indices directly, so the graph is filled in without
 * igraph_create()'s two radix sorts over the whole edge list.
 *
 * Sequential passes over arrays replace one random hash probe per row; on
 * a million nodes and five million rows that is the difference between
 * memory latency and memory bandwidth (bench/README.md).
 */
#include "model/graph.h"
#include "model/model_internal.h"

#include <stdlib.h>
#include <string.h>

#define DIGIT_BITS 11
#define DIGITS (1u << DIGIT_BITS)
#define DEAD UINT32_MAX

/* Bits needed for the numbers 0 .. x (at least 1). */
static int bit_width(uint64_t x)
{
    int b = 1;
    while (b < 64 && (x >> b) != 0) {
        b++;
    }
    return b;
}

/*
 * Sort (key, idx) pairs by key, stably, looking at the low \p bits bits:
 * least significant digit first, DIGIT_BITS bits a pass, passes where
 * every key has the same digit skipped. The result ends up in *key, *idx
 * (the buffers are swapped as the passes go). Time: O(n bits / 11).
 */
static igraph_error_t radix_sort(uint64_t **key, uint32_t **idx, uint64_t **tkey,
                                 uint32_t **tidx, size_t n, int bits)
{
    int npass = (bits + DIGIT_BITS - 1) / DIGIT_BITS, p;
    size_t *count = calloc((size_t) npass * DIGITS, sizeof *count), i;
    IGRAPH_CHECK_OOM(count, "Out of memory sorting ties.");
    for (i = 0; i < n; i++) {       /* every pass's histogram in one read */
        uint64_t k = (*key)[i];
        for (p = 0; p < npass; p++) {
            count[(size_t) p * DIGITS + ((k >> (p * DIGIT_BITS)) & (DIGITS - 1))]++;
        }
    }
    for (p = 0; p < npass; p++) {
        size_t *c = count + (size_t) p * DIGITS, sum = 0, d;
        uint64_t *ks = *key, *kd = *tkey, *kt;
        uint32_t *is = *idx, *id = *tidx, *it;
        int shift = p * DIGIT_BITS;
        if (c[(ks[0] >> shift) & (DIGITS - 1)] == n) {
            continue;               /* one digit for all: nothing moves */
        }
        for (d = 0; d < DIGITS; d++) {
            size_t t = c[d];
            c[d] = sum;
            sum += t;
        }
        for (i = 0; i < n; i++) {
            size_t at = c[(ks[i] >> shift) & (DIGITS - 1)]++;
            kd[at] = ks[i];
            id[at] = is[i];
        }
        kt = *key;
        *key = *tkey;
        *tkey = kt;
        it = *idx;
        *idx = *tidx;
        *tidx = it;
    }
    free(count);
    return IGRAPH_SUCCESS;
}

/* Fold tie \p from into tie \p into under the builder's merge mode. */
static void fold(il_graph_builder_t *b, size_t into, size_t from)
{
    switch (b->dup_mode) {
    case IL_DUP_SUM:
        b->w[into] += b->w[from];
        break;
    case IL_DUP_MAX:
        if (b->w[from] > b->w[into]) {
            b->w[into] = b->w[from];
        }
        break;
    case IL_DUP_MIN:
        if (b->w[from] < b->w[into]) {
            b->w[into] = b->w[from];
        }
        break;
    case IL_DUP_MEAN:
        b->w[into] += b->w[from];
        b->count[into] += b->count[from];
        break;
    default:                        /* FIRST keeps the first; ERROR never gets here */
        break;
    }
}

/*
 * Renumber the values of every edge attribute column in the order the
 * remaining ties first use them, as if the merged rows had never been
 * read: their values may have been interned, and value ids are part of
 * what outputs order by. Time: O(m + distinct values) per column.
 */
static igraph_error_t renumber_values(il_graph_builder_t *b)
{
    size_t c, e;
    for (c = 0; c < b->eattr.ncol; c++) {
        il_attr_col_t *col = &b->eattr.col[c];
        il_strtab_t fresh;
        uint32_t *map = calloc((size_t) il_strtab_size(&col->values) + 1, sizeof *map), id;
        IGRAPH_CHECK_OOM(map, "Out of memory merging ties.");
        IGRAPH_FINALLY(igraph_free, map);
        IGRAPH_CHECK(il_strtab_init(&fresh));
        IGRAPH_FINALLY(il_strtab_destroy, &fresh);
        IGRAPH_CHECK(il_strtab_intern(&fresh, "", 0, &id, NULL));
        map[0] = id + 1;            /* value 0 stays "" */
        for (e = 0; e < b->m; e++) {
            uint32_t old = col->idx[e];
            if (!map[old]) {
                const char *s = il_strtab_get(&col->values, old);
                IGRAPH_CHECK(il_strtab_intern(&fresh, s, strlen(s), &id, NULL));
                map[old] = id + 1;
            }
            col->idx[e] = map[old] - 1;
        }
        il_strtab_destroy(&col->values);
        col->values = fresh;
        IGRAPH_FINALLY_CLEAN(1);
        free(map);
        IGRAPH_FINALLY_CLEAN(1);
    }
    return IGRAPH_SUCCESS;
}

/* Keep the ties with newpos[e] != DEAD, in order; newpos[e] becomes the
 * new index of a kept tie. Returns the number kept. */
static size_t compact(il_graph_builder_t *b, uint32_t *newpos)
{
    size_t e, k = 0, c;
    for (e = 0; e < b->m; e++) {
        if (newpos[e] == DEAD) {
            continue;
        }
        newpos[e] = (uint32_t) k;
        b->src[k] = b->src[e];
        b->dst[k] = b->dst[e];
        b->w[k] = b->w[e];
        if (b->count) {
            b->count[k] = b->count[e];
        }
        if (b->line) {
            b->line[k] = b->line[e];
        }
        for (c = 0; c < b->eattr.ncol; c++) {
            b->eattr.col[c].idx[k] = b->eattr.col[c].idx[e];
        }
        k++;
    }
    return k;
}

/**
 * \function il_i_builder_merge
 * \brief Merge repeated pairs among the builder's ties.
 *
 * A stable radix sort of the packed pair keys puts the rows of one pair
 * together in input order; each later row folds into the first (sum, max,
 * min, mean or first, as a running merge in input order would), and the
 * remaining ties keep the order of their first rows (a keyed builder's
 * ties, one per pair and key value, are only sorted). Merges are added to
 * info.duplicates_merged; when any were found, edge attribute values are
 * renumbered (renumber_values). With \p keep_order, b->order receives the
 * tie indices sorted by pair key (for il_i_builder_create()).
 *
 * \return IGRAPH_ENOMEM. Time: O(m log(n) / 11 + n); memory 28 bytes a tie
 *         while it runs.
 */
igraph_error_t il_i_builder_merge(il_graph_builder_t *b, int keep_order)
{
    size_t n = b->m, i, j, k, merged = 0;
    uint32_t nids = il_strtab_size(&b->ids);
    int vb = bit_width(nids > 0 ? nids - 1 : 0);
    uint64_t *key, *tkey;
    uint32_t *idx, *tidx;

    free(b->order);
    b->order = NULL;
    key = malloc((n ? n : 1) * sizeof *key);
    tkey = malloc((n ? n : 1) * sizeof *tkey);
    idx = malloc((n ? n : 1) * sizeof *idx);
    tidx = malloc((n ? n : 1) * sizeof *tidx);
    if (!key || !tkey || !idx || !tidx) {
        free(key);
        free(tkey);
        free(idx);
        free(tidx);
        IGRAPH_ERROR("Out of memory merging ties.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(igraph_free, key);
    IGRAPH_FINALLY(igraph_free, idx);
    IGRAPH_FINALLY(igraph_free, tkey);
    IGRAPH_FINALLY(igraph_free, tidx);
    for (i = 0; i < n; i++) {
        uint64_t u = b->src[i], v = b->dst[i];
        if (!b->directed && u > v) {
            uint64_t t = u;
            u = v;
            v = t;
        }
        key[i] = (u << vb) | v;
        idx[i] = (uint32_t) i;
    }
    if (n > 1) {
        IGRAPH_CHECK(radix_sort(&key, &idx, &tkey, &tidx, n, 2 * vb));
    }
    /* the FINALLY entries hold the original pointers: free by value now */
    IGRAPH_FINALLY_CLEAN(4);
    free(tkey);
    memset(tidx, 0, (n ? n : 1) * sizeof *tidx);    /* tidx: new positions */
    for (j = 0; j < n; j = k) {
        for (k = j + 1; k < n && key[k] == key[j]; k++) {
            if (b->key_col1) {
                continue;   /* keyed: the hash merged each pair and key value already */
            }
            fold(b, idx[j], idx[k]);
            tidx[idx[k]] = DEAD;
            merged++;
        }
    }
    k = compact(b, tidx);
    if (keep_order) {               /* the live ties in key order, renumbered; in place */
        size_t t = 0, q, r;
        for (j = 0; j < n; j = q) {
            /* ties left on one pair (a keyed builder's layers) latest
             * first, as igraph_create()'s pair order leaves them */
            for (q = j + 1; q < n && key[q] == key[j]; q++) {
            }
            for (r = 0; r < (q - j) / 2; r++) {
                uint32_t x = idx[j + r];
                idx[j + r] = idx[q - 1 - r];
                idx[q - 1 - r] = x;
            }
            for (r = j; r < q; r++) {
                if (tidx[idx[r]] != DEAD) {
                    idx[t++] = tidx[idx[r]];
                }
            }
        }
        b->order = idx;
        idx = NULL;
    }
    free(idx);
    free(tidx);
    free(key);
    b->m = k;
    b->info.duplicates_merged += (igraph_integer_t) merged;
    if (merged > 0) {
        IGRAPH_CHECK(renumber_values(b));
    }
    return IGRAPH_SUCCESS;
}

/* The graph through igraph's own constructor (when an attribute table is
 * installed, igraph must see the edges added). */
static igraph_error_t create_plain(il_graph_builder_t *b, igraph_t *graph)
{
    igraph_vector_int_t edges;
    size_t e;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 2 * (igraph_integer_t) b->m);
    for (e = 0; e < b->m; e++) {
        VECTOR(edges)[2 * e] = b->src[e];
        VECTOR(edges)[2 * e + 1] = b->dst[e];
    }
    IGRAPH_CHECK(igraph_add_edges(graph, &edges, NULL));
    igraph_vector_int_destroy(&edges);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* start[v] = number of edges whose end[e] < v (igraph's os / is). */
static void start_vector(igraph_vector_int_t *start, const igraph_vector_int_t *end,
                         igraph_integer_t n)
{
    igraph_integer_t m = igraph_vector_int_size(end), e, v;
    igraph_vector_int_null(start);
    for (e = 0; e < m; e++) {
        VECTOR(*start)[VECTOR(*end)[e] + 1]++;
    }
    for (v = 0; v < n; v++) {
        VECTOR(*start)[v + 1] += VECTOR(*start)[v];
    }
}

/* The fields of igraph_t are written directly below only for the igraph
 * whose layout this was written against (0.10, igraph_datatype.h); any
 * other version builds through igraph_create() (create_plain). */
#if IGRAPH_VERSION_MAJOR == 0 && IGRAPH_VERSION_MINOR == 10
#define IL_IGRAPH_LAYOUT_KNOWN 1
#else
#define IL_IGRAPH_LAYOUT_KNOWN 0
#endif

/**
 * \function il_i_builder_create
 * \brief The igraph graph of the builder's merged ties, edge e = tie e.
 *
 * igraph 0.10 keeps a graph as the edge list (from, to; an undirected
 * edge larger end first), the edges ordered by (from, to) and by (to,
 * from), and where each vertex's run starts in both (igraph_datatype.h).
 * b->order (il_i_builder_merge with keep_order) is one of the two orders
 * already; a stable counting sort of it by the other end gives the other.
 * They are exactly what igraph_create() computes, ties on one pair (a
 * keyed builder's layers) latest first as its pair order leaves them
 * (tests/unit/test_csv_reader.c compares them field by field).
 * The graph carries no igraph attributes whatever attribute table the
 * caller has installed (innolink keeps its own columns): it is created
 * with the table unset, so destroying it later, under any table, frees
 * everything.
 *
 * \return IGRAPH_ENOMEM. Time: O(n + m); memory 8 (n + 1) bytes besides
 *         the graph.
 */
igraph_error_t il_i_builder_create(il_graph_builder_t *b, igraph_integer_t n, igraph_t *graph)
{
    igraph_integer_t m = (igraph_integer_t) b->m, e, j;
    igraph_vector_int_t *from, *to, *by_first, *by_second, *second, pos;
    const igraph_attribute_table_t *table = igraph_set_attribute_table(NULL);
    igraph_error_t rc = igraph_empty(graph, n, b->directed);   /* no igraph attributes */

    igraph_set_attribute_table(table);
    IGRAPH_CHECK(rc);
    IGRAPH_FINALLY(igraph_destroy, graph);
    if (!IL_IGRAPH_LAYOUT_KNOWN || graph->attr != NULL || m == 0 || !b->order) {
        if (m > 0) {
            IGRAPH_CHECK(create_plain(b, graph));
        }
        IGRAPH_FINALLY_CLEAN(1);
        return IGRAPH_SUCCESS;
    }
    from = &graph->from;
    to = &graph->to;
    IGRAPH_CHECK(igraph_vector_int_resize(from, m));
    IGRAPH_CHECK(igraph_vector_int_resize(to, m));
    IGRAPH_CHECK(igraph_vector_int_resize(&graph->oi, m));
    IGRAPH_CHECK(igraph_vector_int_resize(&graph->ii, m));
    for (e = 0; e < m; e++) {
        uint32_t u = b->src[e], v = b->dst[e];
        if (b->directed || u > v) {
            VECTOR(*from)[e] = u;
            VECTOR(*to)[e] = v;
        } else {
            VECTOR(*from)[e] = v;
            VECTOR(*to)[e] = u;
        }
    }
    start_vector(&graph->os, from, n);
    start_vector(&graph->is, to, n);
    /* The key order is (from, to) when directed, (to, from) when not. */
    if (b->directed) {
        by_first = &graph->oi;
        by_second = &graph->ii;
        second = to;
    } else {
        by_first = &graph->ii;
        by_second = &graph->oi;
        second = from;
    }
    for (j = 0; j < m; j++) {
        VECTOR(*by_first)[j] = b->order[j];
    }
    IGRAPH_CHECK(igraph_vector_int_init_copy(&pos, b->directed ? &graph->is : &graph->os));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &pos);
    for (j = 0; j < m; j++) {   /* stable: within one end, the other end ascends */
        igraph_integer_t t = VECTOR(*by_first)[j];
        VECTOR(*by_second)[VECTOR(pos)[VECTOR(*second)[t]]++] = t;
    }
    igraph_vector_int_destroy(&pos);
    IGRAPH_FINALLY_CLEAN(1);
    igraph_invalidate_cache(graph);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
