/*
 * Report sections of `innolink layers`: the layers side by side, their
 * overlap, the multiplexity of pairs, and per node the multiplex
 * participation, degree per layer and the centrality compared across
 * layers (docs/metrics-layers.md). Columns named after layers read
 * "degree:LAYER", "weight:LAYER", "MEASURE:LAYER".
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <stdio.h>
#include <string.h>

static cJSON *new_row(cJSON *rows)
{
    cJSON *row = cJSON_CreateObject();
    if (row) {
        cJSON_AddItemToArray(rows, row);
    }
    return row;
}

/* "PREFIX:NAME" into buf. */
static const char *key_of(char *buf, size_t size, const char *prefix, const char *name)
{
    snprintf(buf, size, "%s:%s", prefix, name);
    return buf;
}

/* How a layer's direction was set, for the `layers` table. */
static const char *direction_of(const il_layer_t *l, const il_graph_t *g,
                                const il_layers_options_t *o)
{
    if (l->directed) {
        return o->directed ? "directed (--directed-layers)" : "directed (--directed)";
    }
    return g->directed ? "undirected (both directions summed)" : "undirected (default)";
}

/* One row of the `layers` table. */
static igraph_error_t layer_row(cJSON *rows, const il_layer_t *l, const il_graph_t *g,
                                const il_layers_options_t *o, int aggregate)
{
    const il_summary_t *s = &l->summary;
    cJSON *row;
    CHECK_ITEM(row = new_row(rows));
    IGRAPH_CHECK(il_report_string(row, "layer", l->name));
    IGRAPH_CHECK(il_report_string(row, "direction", aggregate
                                  ? (l->directed ? "directed (every layer is)"
                                     : "undirected (pairs of every layer)")
                                  : direction_of(l, g, o)));
    IGRAPH_CHECK(il_report_number(row, "ties", (double) s->edges));
    IGRAPH_CHECK(il_report_number(row, "pairs", (double) l->pairs));
    IGRAPH_CHECK(il_report_number(row, "active_nodes", (double) l->active_nodes));
    IGRAPH_CHECK(il_report_number(row, "total_weight", s->total_weight));
    IGRAPH_CHECK(il_report_number(row, "density", s->density));
    IGRAPH_CHECK(il_report_number(row, "weighted_density", s->weighted_density));
    IGRAPH_CHECK(il_report_number(row, "mean_degree", s->mean_degree));
    IGRAPH_CHECK(il_report_number(row, "components", (double) s->components));
    IGRAPH_CHECK(il_report_number(row, "largest_component_share", s->largest_component_share));
    IGRAPH_CHECK(il_report_number(row, "transitivity", s->transitivity));
    IGRAPH_CHECK(il_report_number(row, "average_clustering", s->average_clustering));
    IGRAPH_CHECK(il_report_number(row, "average_path_length", s->average_path_length));
    IGRAPH_CHECK(il_report_number(row, "diameter", s->diameter));
    IGRAPH_CHECK(il_report_number(row, "degree_assortativity", s->degree_assortativity));
    if (l->has_groups) {
        IGRAPH_CHECK(il_report_number(row, "ties_inside", l->ei.ties_in));
        IGRAPH_CHECK(il_report_number(row, "ties_between", l->ei.ties_out));
        IGRAPH_CHECK(il_report_number(row, "ei_index", l->ei.ei));
        IGRAPH_CHECK(il_report_number(row, "ei_index_weighted", l->ei.ei_weighted));
        IGRAPH_CHECK(il_report_number(row, "assortativity", l->assortativity));
        IGRAPH_CHECK(il_report_number(row, "assortativity_weighted",
                                      l->assortativity_weighted));
    }
    IGRAPH_CHECK(il_report_number(row, "rank_correlation", l->rank_correlation));
    return IGRAPH_SUCCESS;
}

/* The `overlap` and `multiplexity` tables. */
static igraph_error_t overlap_tables(cJSON *root, const il_layers_t *x)
{
    cJSON *rows, *row;
    igraph_integer_t k, n = x->nlayers * (x->nlayers - 1) / 2, pairs = x->aggregate.pairs;
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "overlap"));
    for (k = 0; k < n; k++) {
        const il_layer_overlap_t *ov = &x->overlap[k];
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "layer_a", x->layer[ov->a].name));
        IGRAPH_CHECK(il_report_string(row, "layer_b", x->layer[ov->b].name));
        IGRAPH_CHECK(il_report_number(row, "pairs_a", (double) ov->pairs_a));
        IGRAPH_CHECK(il_report_number(row, "pairs_b", (double) ov->pairs_b));
        IGRAPH_CHECK(il_report_number(row, "pairs_both", (double) ov->both));
        IGRAPH_CHECK(il_report_number(row, "jaccard", ov->jaccard));
        IGRAPH_CHECK(il_report_number(row, "weight_correlation", ov->correlation));
        IGRAPH_CHECK(il_report_number(row, "weight_correlation_shared",
                                      ov->correlation_shared));
    }
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "multiplexity"));
    for (k = 1; k <= x->nlayers; k++) {
        double c = (double) VECTOR(x->multiplexity_count)[k];
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_number(row, "layers", (double) k));
        IGRAPH_CHECK(il_report_number(row, "pairs", c));
        IGRAPH_CHECK(il_report_number(row, "share", pairs > 0 ? c / (double) pairs : NAN));
    }
    return IGRAPH_SUCCESS;
}

/* The `nodes` table: participation, degrees per layer, centralities. */
static igraph_error_t node_table(cJSON *root, const il_graph_t *g, const il_layers_t *x,
                                 const il_layers_options_t *o)
{
    cJSON *rows, *row;
    igraph_integer_t v, l, n = il_graph_vcount(g);
    const char *mname = il_measure_name(o->measure);
    int labels = il_graph_vattr_find(g, "label") >= 0;
    char key[512];
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "nodes_table"));
    for (v = 0; v < n; v++) {
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "id", il_graph_vertex_id(g, v)));
        if (labels) {
            IGRAPH_CHECK(il_report_string(row, "label", il_graph_vertex_label(g, v)));
        }
        IGRAPH_CHECK(il_report_number(row, "participation", VECTOR(x->participation)[v]));
        IGRAPH_CHECK(il_report_number(row, "overlapping_degree",
                                      VECTOR(x->overlapping_degree)[v]));
        for (l = 0; l < x->nlayers; l++) {
            IGRAPH_CHECK(il_report_number(row, key_of(key, sizeof key, "degree",
                                                      x->layer[l].name),
                                          MATRIX(x->degree, v, l)));
        }
        IGRAPH_CHECK(il_report_number(row, key_of(key, sizeof key, mname, "(aggregate)"),
                                      VECTOR(x->aggregate.centrality)[v]));
        for (l = 0; l < x->nlayers; l++) {
            if (x->layer[l].has_centrality) {
                IGRAPH_CHECK(il_report_number(row, key_of(key, sizeof key, mname,
                                                          x->layer[l].name),
                                              VECTOR(x->layer[l].centrality)[v]));
            }
        }
    }
    return IGRAPH_SUCCESS;
}

/* The `pairs` table: every pair of the aggregate, its multiplexity, layers
 * and weight per layer. */
static igraph_error_t pair_table(cJSON *root, const il_layers_t *x)
{
    const il_graph_t *agg = &x->aggregate.g;
    igraph_integer_t e, l, m = il_graph_ecount(agg);
    cJSON *rows, *row;
    char key[512], list[4096];
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "pairs_table"));
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&agg->graph, e), b = IGRAPH_TO(&agg->graph, e);
        size_t len = 0;
        if (!agg->directed && a > b) {  /* the node met first in the input first */
            igraph_integer_t t = a;
            a = b;
            b = t;
        }
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "source", il_graph_vertex_id(agg, a)));
        IGRAPH_CHECK(il_report_string(row, "target", il_graph_vertex_id(agg, b)));
        IGRAPH_CHECK(il_report_number(row, "multiplexity",
                                      (double) VECTOR(x->multiplexity)[e]));
        list[0] = '\0';
        for (l = 0; l < x->nlayers; l++) {
            if (MATRIX(x->pair_weight, e, l) > 0 && len + 2 < sizeof list) {
                int w = snprintf(list + len, sizeof list - len, "%s%s", len ? ";" : "",
                                 x->layer[l].name);
                len = w > 0 ? len + (size_t) w : len;
            }
        }
        IGRAPH_CHECK(il_report_string(row, "layers", list));
        IGRAPH_CHECK(il_report_number(row, "weight", VECTOR(agg->weight)[e]));
        for (l = 0; l < x->nlayers; l++) {
            IGRAPH_CHECK(il_report_number(row, key_of(key, sizeof key, "weight",
                                                      x->layer[l].name),
                                          MATRIX(x->pair_weight, e, l)));
        }
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t layers_parameters(il_report_t *r, const il_layers_options_t *o,
                                        const char *by, const char *empty)
{
    cJSON *par, *dl;
    size_t i;
    CHECK_ITEM(par = il_report_parameters(r));
    IGRAPH_CHECK(il_report_string(par, "layer", o->layer));
    CHECK_ITEM(dl = cJSON_AddArrayToObject(par, "directed_layers"));
    for (i = 0; o->directed && o->directed[i]; i++) {
        cJSON *s = cJSON_CreateString(o->directed[i]);
        CHECK_ITEM(s);
        cJSON_AddItemToArray(dl, s);
    }
    IGRAPH_CHECK(il_report_string(par, "direction", o->directed
                                  ? "the layers in directed_layers are directed, the others "
                                  "undirected (the two directions of a pair summed)"
                                  : "every layer as the ties were read (--directed or not)"));
    IGRAPH_CHECK(il_report_string(par, "pairs", "overlap, multiplexity, degree per layer "
                                  "and participation count pairs of nodes as the aggregate "
                                  "does: ordered when every layer is directed, else "
                                  "unordered"));
    IGRAPH_CHECK(il_report_string(par, "aggregate", "every layer's ties, strengths summed "
                                  "per pair"));
    IGRAPH_CHECK(il_report_string(par, "participation", "P_i = L/(L-1) (1 - sum_l "
                                  "(k_i^l/o_i)^2), o_i = sum_l k_i^l (Battiston, Nicosia and "
                                  "Latora 2014); null for nodes without ties"));
    IGRAPH_CHECK(il_report_string(par, "weight_correlation", "Pearson correlation of the "
                                  "two layers' weights over every pair of distinct nodes, 0 "
                                  "where untied (weight_correlation_shared: over the pairs "
                                  "tied in both)"));
    IGRAPH_CHECK(il_report_string(par, "summary", "each layer over every node (aligned "
                                  "layers: isolates count in density and components); "
                                  "path statistics in hops"));
    IGRAPH_CHECK(il_report_string(par, "measure", il_measure_name(o->measure)));
    IGRAPH_CHECK(il_report_string(par, "centrality_on", o->on ? o->on : "every layer"));
    IGRAPH_CHECK(il_report_string(par, "path_weight", il_distance_name(o->centrality.path_weight)));
    IGRAPH_CHECK(il_report_string(par, "rank_correlation", "Spearman (average ranks for "
                                  "ties) of each layer's centrality with the aggregate's, "
                                  "over the nodes where both are defined; descriptive, no "
                                  "test"));
    IGRAPH_CHECK(il_report_number(par, "seed", (double) o->centrality.seed));
    if (by) {
        IGRAPH_CHECK(il_report_string(par, "by", by));
        IGRAPH_CHECK(il_report_string(par, "empty_group", empty));
        IGRAPH_CHECK(il_report_string(par, "group_statistics", "E-I index and nominal "
                                      "assortativity of each layer's ties, descriptive (run "
                                      "coupling --where LAYERCOL=LAYER for a permutation "
                                      "test)"));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_layers
 * \brief Add the layers comparison: scalars, the `layers`, `overlap`,
 *        `multiplexity`, `nodes` and `pairs` tables and the parameters.
 *
 * \param g   The graph the layers were split from (ids, labels).
 * \param by  The --by attribute of the group statistics, or NULL.
 * \return IGRAPH_ENOMEM. Time complexity: O(L (n + m)).
 */
igraph_error_t il_report_add_layers(il_report_t *r, const il_graph_t *g, const il_layers_t *x,
                                    const il_layers_options_t *o, const char *by,
                                    const char *empty)
{
    cJSON *root = r->root, *rows;
    igraph_integer_t l, pairs = x->aggregate.pairs, several = 0, k;
    for (k = 2; k <= x->nlayers; k++) {
        several += VECTOR(x->multiplexity_count)[k];
    }
    IGRAPH_CHECK(il_report_string(root, "layer_column", o->layer));
    IGRAPH_CHECK(il_report_number(root, "layers", (double) x->nlayers));
    IGRAPH_CHECK(il_report_number(root, "nodes", (double) il_graph_vcount(g)));
    IGRAPH_CHECK(il_report_string(root, "pairs_are", x->ordered_pairs ? "ordered" : "unordered"));
    IGRAPH_CHECK(il_report_number(root, "pairs", (double) pairs));
    IGRAPH_CHECK(il_report_number(root, "pairs_in_several_layers", (double) several));
    IGRAPH_CHECK(il_report_number(root, "multiplex_share",
                                  pairs > 0 ? (double) several / (double) pairs : NAN));
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "layers_table"));
    for (l = 0; l < x->nlayers; l++) {
        IGRAPH_CHECK(layer_row(rows, &x->layer[l], g, o, 0));
    }
    IGRAPH_CHECK(layer_row(rows, &x->aggregate, g, o, 1));
    IGRAPH_CHECK(overlap_tables(root, x));
    IGRAPH_CHECK(node_table(root, g, x, o));
    IGRAPH_CHECK(pair_table(root, x));
    IGRAPH_CHECK(layers_parameters(r, o, by, empty));
    r->table = "nodes_table";
    return IGRAPH_SUCCESS;
}
