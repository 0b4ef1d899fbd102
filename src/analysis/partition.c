/*
 * Shared building blocks of the analyses: the undirected simple view,
 * distances derived from tie strengths, and partitions of the nodes by a
 * node attribute (--by ATTR).
 */
#include "analysis/analysis.h"
#include "core/setup.h"

#include <stdlib.h>
#include <string.h>

/**
 * \function il_graph_simple_undirected
 * \brief The undirected simple view of a graph, for clustering measures.
 *
 * DEFINITIONS.md defines transitivity and clustering on it (networkx's
 * functions reject directed input; igraph ignores direction): directed ties
 * collapsed to one, self-loops and multiple ties removed. No copy is made
 * when the graph already is undirected and simple.
 *
 * \param copy  Filled when a copy is needed; then *made = 1 and the caller
 *              destroys it.
 * \param view  Set to the graph to use: &g->graph or \p copy.
 * \return IGRAPH_ENOMEM. Time complexity: O(n + m).
 */
igraph_error_t il_graph_simple_undirected(const il_graph_t *g, igraph_t *copy,
                                          const igraph_t **view, int *made)
{
    igraph_bool_t simple;
    *made = 0;
    *view = &g->graph;
    IGRAPH_CHECK(igraph_is_simple(&g->graph, &simple));
    if (!g->directed && simple) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(igraph_copy(copy, &g->graph));
    IGRAPH_FINALLY(igraph_destroy, copy);
    if (g->directed) {
        IGRAPH_CHECK(igraph_to_undirected(copy, IGRAPH_TO_UNDIRECTED_COLLAPSE, NULL));
    }
    IGRAPH_CHECK(igraph_simplify(copy, /* multiple = */ true, /* loops = */ true, NULL));
    IGRAPH_FINALLY_CLEAN(1);
    *made = 1;
    *view = copy;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_distance_weights
 * \brief Edge lengths for path-based measures, derived from tie strengths.
 *
 * \param mode  IL_DIST_INVERSE: 1/w; IL_DIST_RAW: w; IL_DIST_NONE: hops.
 * \param out   An initialised vector, resized to the number of edges
 *              (left empty for IL_DIST_NONE).
 * \param use   Set to \p out, or to NULL for IL_DIST_NONE, ready to pass as
 *              igraph's `weights` argument.
 * \return IGRAPH_ENOMEM. Weights are > 0 and 1/w finite by the loader's
 *         checks, so every length is finite and > 0.
 *
 * Time complexity: O(m).
 */
igraph_error_t il_distance_weights(const il_graph_t *g, il_distance_t mode,
                                   igraph_vector_t *out, const igraph_vector_t **use)
{
    igraph_integer_t m = il_graph_ecount(g), e;
    if (mode == IL_DIST_NONE) {
        igraph_vector_clear(out);
        *use = NULL;
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(igraph_vector_resize(out, m));
    for (e = 0; e < m; e++) {
        double w = VECTOR(g->weight)[e];
        VECTOR(*out)[e] = mode == IL_DIST_INVERSE ? 1.0 / w : w;
    }
    *use = out;
    return IGRAPH_SUCCESS;
}

/** \function il_distance_name \brief How a distance mode is shown in outputs. */
const char *il_distance_name(il_distance_t mode)
{
    switch (mode) {
    case IL_DIST_NONE:
        return "none (every tie has length 1)";
    case IL_DIST_RAW:
        return "raw (the weight is a distance)";
    default:
        return "inverse (d = 1/w)";
    }
}

/** \function il_distance_parse \brief "inverse", "none" or "raw". */
int il_distance_parse(const char *name, il_distance_t *mode)
{
    if (strcmp(name, "inverse") == 0) {
        *mode = IL_DIST_INVERSE;
    } else if (strcmp(name, "none") == 0) {
        *mode = IL_DIST_NONE;
    } else if (strcmp(name, "raw") == 0) {
        *mode = IL_DIST_RAW;
    } else {
        return 0;
    }
    return 1;
}

static const il_strtab_t *sort_tab;

static int cmp_names(const void *a, const void *b)
{
    return strcmp(il_strtab_get(sort_tab, *(const uint32_t *) a),
                  il_strtab_get(sort_tab, *(const uint32_t *) b));
}

static void partition_free(void *p)
{
    il_partition_destroy((il_partition_t *) p);
}

/**
 * \function il_partition_from_attr
 * \brief Group the nodes by the values of a node attribute.
 *
 * Groups are numbered in byte order of their values, so the numbering does
 * not depend on the order of the node table.
 *
 * \param attr   A node attribute (a node table column).
 * \param empty  IL_EMPTY_ERROR: a node without a value is an error naming
 *               it; IL_EMPTY_OWN_GROUP: such nodes form the group "(none)".
 * \param p      Uninitialised; destroy with il_partition_destroy().
 * \return IGRAPH_EINVAL (no such attribute, or an empty value); IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + k log k).
 */
igraph_error_t il_partition_from_attr(const il_graph_t *g, const char *attr,
                                      il_empty_group_t empty, il_partition_t *p)
{
    igraph_integer_t n = il_graph_vcount(g), v, i;
    long col = il_graph_vattr_find(g, attr);
    const il_attr_col_t *c;
    uint32_t nval, *order = NULL, *rank = NULL, id;
    size_t k;
    int has_empty = 0;

    memset(p, 0, sizeof *p);
    if (col < 0) {
        if (g->vattr.ncol == 0) {
            IGRAPH_ERRORF("No node attribute '%s': grouping needs a node table (--nodes) "
                          "with that column.", IGRAPH_EINVAL, attr);
        }
        IGRAPH_ERRORF("No node attribute '%s' in the node table.", IGRAPH_EINVAL, attr);
    }
    c = &g->vattr.col[col];
    for (v = 0; v < n; v++) {
        if (c->idx[v] == 0) {
            if (empty == IL_EMPTY_ERROR) {
                IGRAPH_ERRORF("Node '%s' has no value for '%s'; give it one, or put such "
                              "nodes in their own group with --empty-group.", IGRAPH_EINVAL,
                              il_graph_vertex_id(g, v), attr);
            }
            has_empty = 1;
        }
    }
    IGRAPH_FINALLY(partition_free, p);
    IGRAPH_CHECK(il_strtab_init(&p->names));
    IGRAPH_CHECK(igraph_vector_int_init(&p->membership, n));
    IGRAPH_CHECK(igraph_vector_int_init(&p->size, 0));

    /* Rank the values that occur (a node table sliced by --ego may hold
     * values no node has any more), in byte order. Value 0 is "". */
    nval = il_strtab_size(&c->values);
    order = calloc(nval, sizeof *order);
    rank = calloc(nval, sizeof *rank);
    if (!order || !rank) {
        free(order);
        free(rank);
        IGRAPH_ERROR("Out of memory grouping nodes.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(igraph_free, order);
    IGRAPH_FINALLY(igraph_free, rank);
    for (v = 0; v < n; v++) {
        rank[c->idx[v]] = 1;            /* first used as "occurs" */
    }
    for (i = 1, k = 0; i < nval; i++) {
        if (rank[i]) {
            order[k++] = (uint32_t) i;
        }
    }
    sort_tab = &c->values;
    qsort(order, (size_t) k, sizeof *order, cmp_names);
    for (i = 0; i < (igraph_integer_t) k; i++) {
        const char *name = il_strtab_get(&c->values, order[i]);
        rank[order[i]] = (uint32_t) i;
        IGRAPH_CHECK(il_strtab_intern(&p->names, name, strlen(name), &id, NULL));
    }
    p->k = (igraph_integer_t) k;
    if (has_empty) {
        /* "(none)" names the empty values; a real value spelled so gets
         * the empty ones beside it under a name of their own */
        int is_new;
        IGRAPH_CHECK(il_strtab_intern(&p->names, "(none)", 6, &id, &is_new));
        if (!is_new) {
            IGRAPH_CHECK(il_strtab_intern(&p->names, "(no value)", 10, &id, &is_new));
        }
        if (!is_new) {
            IGRAPH_ERRORF("Attribute '%s' uses both '(none)' and '(no value)' as values; "
                          "--empty-group cannot name the empty ones.", IGRAPH_EINVAL, attr);
        }
        p->k++;
    }
    IGRAPH_CHECK(igraph_vector_int_resize(&p->size, p->k));
    igraph_vector_int_null(&p->size);
    for (v = 0; v < n; v++) {
        igraph_integer_t grp = c->idx[v] == 0 ? p->k - 1 : rank[c->idx[v]];
        VECTOR(p->membership)[v] = grp;
        VECTOR(p->size)[grp]++;
    }
    free(rank);
    free(order);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_partition_from_membership
 * \brief Wrap a membership vector (values 0..k-1) as a partition whose
 *        groups are named "0", "1", ...
 *
 * \return IGRAPH_EINVAL for a negative value; IGRAPH_ENOMEM.
 * Time complexity: O(n + k).
 */
igraph_error_t il_partition_from_membership(const igraph_vector_int_t *membership,
                                            il_partition_t *p)
{
    igraph_integer_t n = igraph_vector_int_size(membership), v, i;
    char buf[32];
    uint32_t id;

    memset(p, 0, sizeof *p);
    IGRAPH_FINALLY(partition_free, p);
    IGRAPH_CHECK(il_strtab_init(&p->names));
    IGRAPH_CHECK(igraph_vector_int_init_copy(&p->membership, membership));
    IGRAPH_CHECK(igraph_vector_int_init(&p->size, 0));
    p->k = 0;
    for (v = 0; v < n; v++) {
        if (VECTOR(*membership)[v] < 0) {
            IGRAPH_ERROR("Membership values must be >= 0.", IGRAPH_EINVAL);
        }
        if (VECTOR(*membership)[v] + 1 > p->k) {
            p->k = VECTOR(*membership)[v] + 1;
        }
    }
    IGRAPH_CHECK(igraph_vector_int_resize(&p->size, p->k));
    igraph_vector_int_null(&p->size);
    for (v = 0; v < n; v++) {
        VECTOR(p->size)[VECTOR(*membership)[v]]++;
    }
    for (i = 0; i < p->k; i++) {
        snprintf(buf, sizeof buf, "%" IGRAPH_PRId, i);
        IGRAPH_CHECK(il_strtab_intern(&p->names, buf, strlen(buf), &id, NULL));
    }
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_partition_destroy
 * \brief Free a partition; safe on a zero-filled or destroyed one.
 */
void il_partition_destroy(il_partition_t *p)
{
    if (p->membership.stor_begin) {
        igraph_vector_int_destroy(&p->membership);
    }
    if (p->size.stor_begin) {
        igraph_vector_int_destroy(&p->size);
    }
    il_strtab_destroy(&p->names);
    memset(p, 0, sizeof *p);
}

/** \function il_partition_name \brief The name of group \p i. */
const char *il_partition_name(const il_partition_t *p, igraph_integer_t i)
{
    return il_strtab_get(&p->names, (uint32_t) i);
}

/**
 * \function il_participation
 * \brief Participation coefficient of every node in a partition.
 *
 * P_i = 1 - sum_s (k_is / k_i)^2, where k_is counts the ties (or sums the
 * strengths, when \p weighted) between node i and group s, and k_i is the
 * total. 0 for nodes without ties, as bctpy's participation_coef. In a
 * directed graph both in- and out-ties count. Self-loops are ignored.
 *
 * \param res  Initialised; resized to n.
 * \return IGRAPH_ENOMEM. Time complexity: O(n + m).
 */
igraph_error_t il_participation(const il_graph_t *g, const il_partition_t *p,
                                int weighted, igraph_vector_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), e, v, i;
    igraph_vector_int_t incs, touched;
    double *share;

    IGRAPH_CHECK(igraph_vector_resize(res, n));
    IGRAPH_VECTOR_INT_INIT_FINALLY(&incs, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&touched, 0);
    share = calloc((size_t) (p->k > 0 ? p->k : 1), sizeof *share);
    IGRAPH_CHECK_OOM(share, "Out of memory computing participation.");
    IGRAPH_FINALLY(igraph_free, share);
    for (v = 0; v < n; v++) {
        double k = 0, s2 = 0;
        IGRAPH_CHECK(igraph_incident(&g->graph, &incs, v, IGRAPH_ALL));
        igraph_vector_int_clear(&touched);
        for (i = 0; i < igraph_vector_int_size(&incs); i++) {
            igraph_integer_t u;
            double w;
            e = VECTOR(incs)[i];
            u = IGRAPH_OTHER(&g->graph, e, v);
            if (u == v) {
                continue;
            }
            w = weighted ? VECTOR(g->weight)[e] : 1.0;
            if (share[VECTOR(p->membership)[u]] == 0) {
                IGRAPH_CHECK(igraph_vector_int_push_back(&touched, VECTOR(p->membership)[u]));
            }
            share[VECTOR(p->membership)[u]] += w;
            k += w;
        }
        for (i = 0; i < igraph_vector_int_size(&touched); i++) {
            double x = share[VECTOR(touched)[i]] / k;
            s2 += x * x;
            share[VECTOR(touched)[i]] = 0;
        }
        VECTOR(*res)[v] = k > 0 ? 1.0 - s2 : 0.0;
    }
    igraph_free(share);
    igraph_vector_int_destroy(&touched);
    igraph_vector_int_destroy(&incs);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}
