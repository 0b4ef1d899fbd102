/*
 * Policies every pipeline shares, each stated once: the community view of
 * a graph nobody asked a method for, how communities are set against
 * declared groups, and when two snapshots' groups mean the same.
 */
#include "pipeline/pipeline.h"

#include <cjson/cJSON.h>

#include <string.h>

/**
 * \function il_communities_default
 * \brief Leiden communities with the defaults, seeded; directed ties summed.
 *
 * The choice of export --with communities, render --color community and
 * the HTML report, which detect communities without asking for a method:
 * IL_COMMUNITIES_OPTIONS_INIT with \p seed, and, because Leiden needs
 * undirected ties, a directed graph is made undirected by summing the
 * strengths of u->v and v->u (IL_SYMMETRIZE_SUM).
 *
 * \param opts Out: the options used (for the record).
 * \param res  Zero-filled; the caller destroys it.
 * \return What il_communities_detect() returns.
 */
igraph_error_t il_communities_default(const il_graph_t *g, igraph_uint_t seed,
                                      il_communities_options_t *opts, il_communities_t *res)
{
    il_communities_options_t init = IL_COMMUNITIES_OPTIONS_INIT;
    *opts = init;
    opts->seed = seed;
    if (g->directed) {
        opts->symmetrize = IL_SYMMETRIZE_SUM;   /* Leiden needs undirected ties */
    }
    return il_communities_detect(g, opts, res);
}

/**
 * \function il_communities_add_declared
 * \brief NMI, ARI, VI and the cross-tabulation of detected communities
 *        against the groups of node attribute \p attr, into the report.
 *
 * \return IGRAPH_EINVAL when the attribute is missing or a value is empty
 *         under IL_EMPTY_ERROR; IGRAPH_ENOMEM.
 */
igraph_error_t il_communities_add_declared(il_report_t *rep, const il_graph_t *g,
                                           const il_communities_t *c,
                                           const il_communities_report_t *how,
                                           const char *attr, il_empty_group_t empty)
{
    il_partition_t decl;
    igraph_matrix_int_t tab;
    il_partition_comparison_t cmp;
    memset(&decl, 0, sizeof decl);
    IGRAPH_CHECK(il_partition_from_attr(g, attr, empty, &decl));
    IGRAPH_FINALLY(il_partition_destroy, &decl);
    IGRAPH_CHECK(igraph_matrix_int_init(&tab, 0, 0));
    IGRAPH_FINALLY(igraph_matrix_int_destroy, &tab);
    IGRAPH_CHECK(il_partition_compare(&decl.membership, &c->membership, &cmp));
    IGRAPH_CHECK(il_partition_crosstab(&decl.membership, decl.k, &c->membership, c->k, &tab));
    IGRAPH_CHECK(il_report_add_comparison(rep, attr, &decl, c, how, &cmp, &tab));
    igraph_matrix_int_destroy(&tab);
    il_partition_destroy(&decl);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_partitions_same_groups
 * \brief 1 when \p a and \p b have the same group names in the same order.
 *
 * Snapshots read with one node table always do; otherwise group i of one
 * need not be group i of the other, and nothing can be compared per group.
 */
int il_partitions_same_groups(const il_partition_t *a, const il_partition_t *b)
{
    igraph_integer_t i;
    if (a->k != b->k) {
        return 0;
    }
    for (i = 0; i < a->k; i++) {
        if (strcmp(il_partition_name(a, i), il_partition_name(b, i)) != 0) {
            return 0;
        }
    }
    return 1;
}

/**
 * \function il_provenance_meta
 * \brief The graph-level `provenance` record of a graph file (what the data
 *        are), when the inputs have a provenance.json.
 *
 * Every graph file written from a synthetic set says so. \p p may be NULL.
 * \return IGRAPH_ENOMEM.
 */
igraph_error_t il_provenance_meta(const il_provenance_t *p, struct cJSON *meta)
{
    cJSON *o;
    if (!p || p->kind == IL_DATA_UNKNOWN) {
        return IGRAPH_SUCCESS;
    }
    o = cJSON_AddObjectToObject(meta, "provenance");
    if (!o || !cJSON_AddStringToObject(o, "data", p->kind == IL_DATA_SYNTHETIC ? "SYNTHETIC"
                                       : "observed") ||
        !cJSON_AddStringToObject(o, "statement", p->statement) ||
        (p->source && !cJSON_AddStringToObject(o, "source", p->source))) {
        IGRAPH_ERROR("out of memory", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}
