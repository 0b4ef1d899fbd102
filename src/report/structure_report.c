/*
 * The report of innolink structure (docs/metrics-structure.md): the whole
 * network, each group, the rich club by degree and one row per node.
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static igraph_error_t add_int(cJSON *o, const char *key, igraph_integer_t v)
{
    return il_report_number(o, key, (double) v);
}

/*
 * The evidence for the best match, in words: each of its terms with the
 * measured value, whether that value is low, middling or high against the
 * rule's anchors, and how well it fits the type.
 */
static void district_evidence(const il_shape_t *sh, char *buf, size_t size)
{
    il_district_term_t t[IL_DISTRICT_MAXTERMS];
    int nt, i;
    size_t len;

    if (sh->district.best < 0) {
        snprintf(buf, size, "no type can be scored: the group has no ties inside");
        return;
    }
    nt = il_district_terms(sh->district.best, &sh->signs, t);
    len = (size_t) snprintf(buf, size, "%s (score %.2f): ",
                            il_district_name(sh->district.best),
                            sh->district.score[sh->district.best]);
    for (i = 0; i < nt && len < size; i++) {
        if (isnan(t[i].value)) {
            len += (size_t) snprintf(buf + len, size - len, "%s%s not measured",
                                     i ? "; " : "", t[i].what);
            continue;
        }
        len += (size_t) snprintf(buf + len, size - len, "%s%s %.2f is %s (%s)",
                                 i ? "; " : "", t[i].what, t[i].value,
                                 t[i].value <= t[i].lo ? "low" :
                                 (t[i].value >= t[i].hi ? "high" : "middling"),
                                 t[i].fit >= 0.75 ? "fits" :
                                 (t[i].fit >= 0.25 ? "fits partly" : "does not fit"));
    }
}

/* How the best type (untested) moves with --hub-z: "hub-z 1: marshallian
 * (0.41); 1.5: ..."; "not computed" without the sensitivity run. */
static void district_sensitivity(const il_shape_t *sh, char *buf, size_t size)
{
    size_t len = 0;
    int i;
    if (sh->sensitivity[0] == -2) {
        snprintf(buf, size, "not computed");
        return;
    }
    for (i = 0; i < IL_DISTRICT_SENSITIVITY && len < size; i++) {
        len += (size_t) snprintf(buf + len, size - len, "%shub-z %g: %s", i ? "; " : "",
                                 il_district_hub_z[i], il_district_name(sh->sensitivity[i]));
    }
}

/* The per-scope object: scalars first, then the district reading. */
static igraph_error_t shape_json(cJSON *o, const il_shape_t *sh, const il_graph_t *g,
                                 const il_structure_t *s, int is_network,
                                 const igraph_integer_t *scope_group)
{
    cJSON *d, *sc, *a, *b;
    igraph_integer_t v, k;
    char evidence[1024];

    IGRAPH_CHECK(add_int(o, "nodes", sh->nodes));
    IGRAPH_CHECK(add_int(o, "edges", sh->edges));
    if (!is_network) {
        IGRAPH_CHECK(add_int(o, "outside_ties", sh->outside_ties));
        IGRAPH_CHECK(il_report_number(o, "outside_share", sh->outside_share));
    }
    IGRAPH_CHECK(il_report_number(o, "density", sh->density));
    IGRAPH_CHECK(il_report_number(o, "clustering", sh->clustering));
    IGRAPH_CHECK(il_report_number(o, "transitivity", sh->transitivity));
    IGRAPH_CHECK(il_report_number(o, "degree_centralization", sh->centralization));
    IGRAPH_CHECK(add_int(o, "hubs", sh->hubs));
    IGRAPH_CHECK(il_report_string(o, "top_hub", sh->top_hub >= 0 ?
                                  il_graph_vertex_id(g, sh->top_hub) : ""));
    IGRAPH_CHECK(il_report_number(o, "hub_dominance", sh->hub_dominance));
    IGRAPH_CHECK(il_report_number(o, "spoke_share", sh->spoke_share));
    IGRAPH_CHECK(add_int(o, "core_size", sh->core_size));
    IGRAPH_CHECK(il_report_number(o, "core_periphery_fit", sh->cp_fit));
    IGRAPH_CHECK(il_report_number(o, "continuous_fit", sh->cp_continuous_fit));
    IGRAPH_CHECK(add_int(o, "continuous_sweeps", sh->cp_sweeps));
    IGRAPH_CHECK(il_report_bool(o, "continuous_converged", sh->cp_converged));
    IGRAPH_CHECK(add_int(o, "max_kcore", sh->max_kcore));
    if (s->has_sector) {
        IGRAPH_CHECK(add_int(o, "central_nodes", sh->central_nodes));
        IGRAPH_CHECK(add_int(o, "central_public", sh->central_public));
    }
    if (s->has_designated) {
        IGRAPH_CHECK(add_int(o, "designated", sh->designated));
        IGRAPH_CHECK(add_int(o, "designated_hubs", sh->designated_hubs));
        IGRAPH_CHECK(il_report_number(o, "designated_precision", sh->precision));
        IGRAPH_CHECK(il_report_number(o, "designated_recall", sh->recall));
        IGRAPH_CHECK(il_report_number(o, "designated_jaccard", sh->jaccard));
        /* the per-node hub flags belong to the groups when grouped */
        if (!is_network || !s->grouped) {
            CHECK_ITEM(a = cJSON_AddArrayToObject(o, "designated_not_hub"));
            CHECK_ITEM(b = cJSON_AddArrayToObject(o, "hub_not_designated"));
            for (v = 0; v < s->n; v++) {
                cJSON *id;
                if (scope_group && VECTOR(s->part.membership)[v] != *scope_group) {
                    continue;
                }
                if (VECTOR(s->designated)[v] && !VECTOR(s->hub)[v]) {
                    CHECK_ITEM(id = cJSON_CreateString(il_graph_vertex_id(g, v)));
                    cJSON_AddItemToArray(a, id);
                } else if (!VECTOR(s->designated)[v] && VECTOR(s->hub)[v]) {
                    CHECK_ITEM(id = cJSON_CreateString(il_graph_vertex_id(g, v)));
                    cJSON_AddItemToArray(b, id);
                }
            }
        }
    }
    CHECK_ITEM(d = cJSON_AddObjectToObject(o, "district"));
    IGRAPH_CHECK(il_report_string(d, "best_match", il_district_name(sh->district.best)));
    CHECK_ITEM(sc = cJSON_AddObjectToObject(d, "scores"));
    for (k = 0; k < IL_DISTRICT_KINDS; k++) {
        IGRAPH_CHECK(il_report_number(sc, il_district_name((int) k), sh->district.score[k]));
    }
    district_evidence(sh, evidence, sizeof evidence);
    IGRAPH_CHECK(il_report_string(d, "evidence", evidence));
    IGRAPH_CHECK(il_report_string(d, "reading", sh->district_reading >= 0
                                  ? il_district_name(sh->district_reading) : "indeterminate"));
    IGRAPH_CHECK(il_report_string(d, "decided_by", sh->district_why));
    district_sensitivity(sh, evidence, sizeof evidence);
    IGRAPH_CHECK(il_report_string(d, "sensitivity", evidence));
    IGRAPH_CHECK(il_report_string(d, "caveat", IL_DISTRICT_CAVEAT));
    IGRAPH_CHECK(il_report_string(o, "core_periphery_reading", sh->cp_reading > 0
                                  ? "core-periphery" : (sh->cp_reading < 0
                                                        ? "less than the degrees give"
                                                        : "indeterminate")));
    IGRAPH_CHECK(il_report_string(o, "core_periphery_decided_by", sh->cp_why));
    return IGRAPH_SUCCESS;
}

/* What the node rows are sorted by. */
typedef struct row_order {
    const il_structure_t *s;
    const il_graph_t *g;
} row_order_t;

/* Group, then within-group degree and strength (highest first), then id. */
static int cmp_rows(void *ctx, const void *a, const void *b)
{
    const il_structure_t *sort_s = ((const row_order_t *) ctx)->s;
    const il_graph_t *sort_g = ((const row_order_t *) ctx)->g;
    igraph_integer_t x = *(const igraph_integer_t *) a, y = *(const igraph_integer_t *) b;
    double dx, dy;
    if (sort_s->grouped) {
        igraph_integer_t gx = VECTOR(sort_s->part.membership)[x];
        igraph_integer_t gy = VECTOR(sort_s->part.membership)[y];
        if (gx != gy) {
            return gx < gy ? -1 : 1;
        }
    }
    dx = VECTOR(sort_s->group_degree)[x];
    dy = VECTOR(sort_s->group_degree)[y];
    if (dx != dy) {
        return dx > dy ? -1 : 1;
    }
    dx = VECTOR(sort_s->group_strength)[x];
    dy = VECTOR(sort_s->group_strength)[y];
    if (dx != dy) {
        return dx > dy ? -1 : 1;
    }
    return strcmp(il_graph_vertex_id(sort_g, x), il_graph_vertex_id(sort_g, y));
}

/* Append a number column \p name: values[order[i]] (ints when \p ints). */
static igraph_error_t number_column(il_i_table_t *t, const char *name, const igraph_vector_t *values,
                                    const igraph_vector_int_t *ints, const igraph_integer_t *order,
                                    igraph_integer_t n)
{
    igraph_integer_t i;
    size_t col;
    IGRAPH_CHECK(il_i_table_column(t, name, IL_I_CELL_NUMBER, &col));
    for (i = 0; i < n; i++) {
        IGRAPH_CHECK(il_i_table_number(t, col, values ? VECTOR(*values)[order[i]]
                                       : (double) VECTOR(*ints)[order[i]]));
    }
    return IGRAPH_SUCCESS;
}

/* Append a boolean column \p name: flags[order[i]] != 0. */
static igraph_error_t bool_column(il_i_table_t *t, const char *name,
                                  const igraph_vector_int_t *flags, const igraph_integer_t *order,
                                  igraph_integer_t n)
{
    igraph_integer_t i;
    size_t col;
    IGRAPH_CHECK(il_i_table_column(t, name, IL_I_CELL_BOOL, &col));
    for (i = 0; i < n; i++) {
        IGRAPH_CHECK(il_i_table_bool(t, col, VECTOR(*flags)[order[i]] != 0));
    }
    return IGRAPH_SUCCESS;
}

/* The `nodes` table, rows in \p order, with the keys and types the row
 * objects of earlier releases had (docs/report-schema.md). */
static igraph_error_t node_columns(il_i_table_t *t, const il_structure_t *s,
                                   const il_graph_t *g, const igraph_integer_t *order)
{
    igraph_integer_t i, n = s->n;
    size_t col;
    IGRAPH_CHECK(il_i_table_column(t, "id", IL_I_CELL_STRING, &col));
    for (i = 0; i < n; i++) {
        IGRAPH_CHECK(il_i_table_string(t, col, il_graph_vertex_id(g, order[i])));
    }
    IGRAPH_CHECK(il_i_table_column(t, "label", IL_I_CELL_STRING, &col));
    for (i = 0; i < n; i++) {
        IGRAPH_CHECK(il_i_table_string(t, col, il_graph_vertex_label(g, order[i])));
    }
    if (s->grouped) {
        IGRAPH_CHECK(il_i_table_column(t, "group", IL_I_CELL_STRING, &col));
        for (i = 0; i < n; i++) {
            IGRAPH_CHECK(il_i_table_string(t, col, il_partition_name(
                                               &s->part, VECTOR(s->part.membership)[order[i]])));
        }
    }
    IGRAPH_CHECK(number_column(t, "degree", &s->degree, NULL, order, n));
    IGRAPH_CHECK(number_column(t, "strength", &s->strength, NULL, order, n));
    if (s->grouped) {
        IGRAPH_CHECK(number_column(t, "group_degree", &s->group_degree, NULL, order, n));
        IGRAPH_CHECK(number_column(t, "group_strength", &s->group_strength, NULL, order, n));
    }
    IGRAPH_CHECK(number_column(t, "degree_z", &s->degree_z, NULL, order, n));
    IGRAPH_CHECK(number_column(t, "strength_z", &s->strength_z, NULL, order, n));
    IGRAPH_CHECK(bool_column(t, "hub", &s->hub, order, n));
    if (s->has_designated) {
        IGRAPH_CHECK(bool_column(t, "designated", &s->designated, order, n));
    }
    IGRAPH_CHECK(bool_column(t, "core", &s->core, order, n));
    IGRAPH_CHECK(number_column(t, "coreness", &s->coreness, NULL, order, n));
    IGRAPH_CHECK(number_column(t, "kcore", NULL, &s->kcore, order, n));
    IGRAPH_CHECK(number_column(t, "participation", &s->participation, NULL, order, n));
    IGRAPH_CHECK(il_i_table_column(t, "role", IL_I_CELL_STRING, &col));
    for (i = 0; i < n; i++) {
        IGRAPH_CHECK(il_i_table_string(t, col, il_role_name((il_role_t) VECTOR(s->role)[order[i]])));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_structure
 * \brief Put a structure result in a report: `network`, `groups` (by name,
 *        when grouped), `rich_club` (rows by k) and `nodes` (the CSV table),
 *        and the options in `parameters`.
 *
 * \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_structure(il_report_t *r, const il_structure_t *s,
                                       const il_graph_t *g, const il_structure_options_t *o)
{
    cJSON *root = r->root, *p, *obj, *rows, *row;
    igraph_integer_t k, v;
    igraph_integer_t *order = NULL;
    il_i_table_t *t;

    p = il_report_parameters(r);
    CHECK_ITEM(p);
    IGRAPH_CHECK(il_report_string(p, "ties", s->directed_input ?
                                  "read as undirected (directed input collapsed, strengths "
                                  "summed)" : "undirected"));
    IGRAPH_CHECK(il_report_string(p, "by", o->group_attr ? o->group_attr : ""));
    IGRAPH_CHECK(il_report_number(p, "hub_z", o->hub_z));
    IGRAPH_CHECK(il_report_number(p, "hub_top", (double) o->hub_top));
    if (o->designated_attr) {
        IGRAPH_CHECK(il_report_string(p, "designated_attribute", o->designated_attr));
        IGRAPH_CHECK(il_report_string(p, "designated_value", o->designated_value));
    }
    IGRAPH_CHECK(il_report_string(p, "sector_attribute", s->has_sector ? o->sector_attr : ""));
    IGRAPH_CHECK(il_report_string(p, "public_sectors", o->public_sectors));
    IGRAPH_CHECK(il_report_number(p, "restarts", (double) o->restarts));
    IGRAPH_CHECK(il_report_number(p, "rewirings", (double) o->rewirings));
    IGRAPH_CHECK(il_report_number(p, "rewire_trials_per_tie", (double) o->rewire_trials));
    IGRAPH_CHECK(il_report_number(p, "seed", (double) o->seed));
    IGRAPH_CHECK(il_report_string(p, "district_type", IL_DISTRICT_CAVEAT));
    IGRAPH_CHECK(il_report_string(p, "district_reading", "the best type holds when its score "
                                  "is above the null's (two-sided p < alpha), it leads the "
                                  "second type by at least the null spread and at least half "
                                  "of its criteria fit; otherwise indeterminate"));

    CHECK_ITEM(obj = cJSON_AddObjectToObject(root, "network"));
    IGRAPH_CHECK(shape_json(obj, &s->network, g, s, 1, NULL));
    if (s->grouped) {
        cJSON *groups;
        CHECK_ITEM(groups = cJSON_AddObjectToObject(root, "groups"));
        for (k = 0; k < s->part.k; k++) {
            CHECK_ITEM(obj = cJSON_AddObjectToObject(groups, il_partition_name(&s->part, k)));
            IGRAPH_CHECK(shape_json(obj, &s->group[k], g, s, 0, &k));
        }
    }

    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "rich_club"));
    for (k = 0; k < igraph_vector_int_size(&s->rich_club.nodes); k++) {
        CHECK_ITEM(row = cJSON_CreateObject());
        cJSON_AddItemToArray(rows, row);
        IGRAPH_CHECK(add_int(row, "k", k));
        IGRAPH_CHECK(add_int(row, "nodes", VECTOR(s->rich_club.nodes)[k]));
        IGRAPH_CHECK(il_report_number(row, "edges", VECTOR(s->rich_club.edges)[k]));
        IGRAPH_CHECK(il_report_number(row, "phi", VECTOR(s->rich_club.phi)[k]));
        IGRAPH_CHECK(il_report_number(row, "phi_random", VECTOR(s->rich_club.phi_random)[k]));
        IGRAPH_CHECK(il_report_number(row, "rho", VECTOR(s->rich_club.rho)[k]));
    }

    IGRAPH_CHECK(il_i_table_new(r, root, "nodes", (size_t) s->n, &t));
    order = IGRAPH_CALLOC(s->n > 0 ? s->n : 1, igraph_integer_t);
    CHECK_ITEM(order);
    IGRAPH_FINALLY(igraph_free, order);
    for (v = 0; v < s->n; v++) {
        order[v] = v;
    }
    if (s->n > 0) {
        row_order_t by;
        by.s = s;
        by.g = g;
        igraph_qsort_r(order, (size_t) s->n, sizeof *order, &by, cmp_rows);
    }
    IGRAPH_CHECK(node_columns(t, s, g, order));
    IGRAPH_FREE(order);
    IGRAPH_FINALLY_CLEAN(1);
    r->table = "nodes";
    return IGRAPH_SUCCESS;
}
