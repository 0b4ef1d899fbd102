/*
 * Groups of nodes: partitions by a node attribute (--by ATTR) or from a
 * membership vector, whether an attribute reads as categories, the
 * participation coefficient, and the check the between-group measures
 * share.
 */
#include "analysis/partition.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Byte order of the values (ids into the string table \p tab). */
static int cmp_names(void *tab, const void *a, const void *b)
{
    return strcmp(il_strtab_get(tab, *(const uint32_t *) a),
                  il_strtab_get(tab, *(const uint32_t *) b));
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
    igraph_qsort_r(order, (size_t) k, sizeof *order, (void *) &c->values, cmp_names);
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

/* Column names that are identifiers or coordinates, not categories. */
static const char *const not_categorical[] = {
    "id", "label", "name", "lat", "latitude", "lon", "lng", "long", "longitude", "x", "y"
};

/**
 * \function il_vattr_is_categorical
 * \brief Whether a node attribute column is shown in community
 *        compositions by default.
 *
 * A column is categorical unless its name is id, label, name, lat,
 * latitude, lon, lng, long, longitude, x or y (any case), every non-empty
 * value is a number, it has no non-empty value, or it has more than 30
 * distinct values.
 *
 * Time complexity: O(n).
 */
int il_vattr_is_categorical(const il_graph_t *g, size_t col)
{
    const il_attr_col_t *c = &g->vattr.col[col];
    uint32_t i, nval = il_strtab_size(&c->values);
    size_t j;
    int numeric = 1;
    for (j = 0; j < sizeof not_categorical / sizeof not_categorical[0]; j++) {
        if (strcasecmp(c->name, not_categorical[j]) == 0) {
            return 0;
        }
    }
    if (nval <= 1 || nval - 1 > 30) {
        return 0;
    }
    for (i = 1; i < nval && numeric; i++) {
        const char *s = il_strtab_get(&c->values, i);
        char *end;
        (void) strtod(s, &end);
        numeric = end != s && *end == '\0' && !isspace((unsigned char) s[0]);
    }
    return !numeric;
}

/**
 * \function il_groups_require_two
 * \brief Refuse a partition with fewer than two groups.
 *
 * Between-group measures compare groups; with one group every tie is
 * inside it and E-I, assortativity and the expectations are degenerate.
 * \return IGRAPH_EINVAL with a message naming \p attr (and the one value).
 */
igraph_error_t il_groups_require_two(const il_partition_t *p, const char *attr)
{
    if (p->k == 1) {
        IGRAPH_ERRORF("Every node has the same '%s' ('%s'): between-group measures need "
                      "at least two groups.", IGRAPH_EINVAL, attr, il_partition_name(p, 0));
    }
    if (p->k < 1) {
        IGRAPH_ERRORF("No groups by '%s': the graph has no nodes.", IGRAPH_EINVAL, attr);
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_groups_require
 * \brief Refuse a partition with fewer than two or more than IL_GROUPS_MAX groups.
 *
 * More groups than that usually means an identifier was given as the
 * grouping, and the k x k work of the between-group measures would not fit
 * in memory. \return IGRAPH_EINVAL naming \p attr.
 */
igraph_error_t il_groups_require(const il_partition_t *p, const char *attr)
{
    IGRAPH_CHECK(il_groups_require_two(p, attr));
    if (p->k > IL_GROUPS_MAX) {
        IGRAPH_ERRORF("'%s' has %" IGRAPH_PRId " distinct values; group measures take at "
                      "most %d groups (is it an identifier?)", IGRAPH_EINVAL, attr, p->k,
                      IL_GROUPS_MAX);
    }
    return IGRAPH_SUCCESS;
}

/** \function il_empty_group_name \brief "own group \"(none)\"" or "error". */
const char *il_empty_group_name(il_empty_group_t empty)
{
    return empty == IL_EMPTY_OWN_GROUP ? "own group \"(none)\"" : "error";
}
