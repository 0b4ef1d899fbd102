/*
 * Reports of `innolink compare`: a series of snapshots and the change
 * between consecutive ones (docs/metrics-compare.md).
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The summary keys compared, in report order. */
#define SUMMARY_KEYS(X) \
    X(nodes, (double) s->nodes) X(edges, (double) s->edges) X(total_weight, s->total_weight) \
    X(density, s->density) X(weighted_density, s->weighted_density) \
    X(mean_degree, s->mean_degree) X(mean_strength, s->mean_strength) \
    X(components, (double) s->components) \
    X(largest_component_nodes, (double) s->largest_component_nodes) \
    X(largest_component_share, s->largest_component_share) X(isolates, (double) s->isolates) \
    X(transitivity, s->transitivity) X(average_clustering, s->average_clustering) \
    X(average_path_length, s->average_path_length) X(diameter, s->diameter) \
    X(degree_assortativity, s->degree_assortativity)

static double summary_value(const il_summary_t *s, size_t i)
{
    double v[32];
    size_t k = 0;
#define X(name, expr) v[k++] = (expr);
    SUMMARY_KEYS(X)
#undef X
    return v[i];
}

static const char *const summary_names[] = {
#define X(name, expr) #name,
    SUMMARY_KEYS(X)
#undef X
    NULL
};

static cJSON *new_row(cJSON *rows)
{
    cJSON *row = cJSON_CreateObject();
    if (row) {
        cJSON_AddItemToArray(rows, row);
    }
    return row;
}

/**
 * \function il_report_add_snapshots
 * \brief The `snapshots` table: one row per snapshot with the summary keys
 *        and, with groups, the whole-network E-I (counted and weighted).
 *
 * This is the table `--format csv` prints. \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_snapshots(il_report_t *r, const il_snapshot_view_t *s, size_t n)
{
    cJSON *rows = cJSON_AddArrayToObject(r->root, "snapshots");
    size_t i, k;
    CHECK_ITEM(rows);
    for (i = 0; i < n; i++) {
        cJSON *row = new_row(rows);
        CHECK_ITEM(row);
        IGRAPH_CHECK(il_report_string(row, "snapshot", s[i].label));
        for (k = 0; summary_names[k]; k++) {
            IGRAPH_CHECK(il_report_number(row, summary_names[k], summary_value(s[i].summary, k)));
        }
        if (s[i].coupling) {
            IGRAPH_CHECK(il_report_number(row, "ei_index", s[i].coupling->whole.ei));
            IGRAPH_CHECK(il_report_number(row, "ei_index_weighted",
                                          s[i].coupling->whole.ei_weighted));
        }
    }
    r->table = "snapshots";
    return IGRAPH_SUCCESS;
}

static igraph_error_t add_counts(cJSON *obj, const il_tie_counts_t *c)
{
    IGRAPH_CHECK(il_report_number(obj, "gained", (double) c->gained));
    IGRAPH_CHECK(il_report_number(obj, "lost", (double) c->lost));
    IGRAPH_CHECK(il_report_number(obj, "strengthened", (double) c->strengthened));
    IGRAPH_CHECK(il_report_number(obj, "weakened", (double) c->weakened));
    IGRAPH_CHECK(il_report_number(obj, "unchanged", (double) c->unchanged));
    IGRAPH_CHECK(il_report_number(obj, "weight_gained", c->weight_gained));
    IGRAPH_CHECK(il_report_number(obj, "weight_lost", c->weight_lost));
    IGRAPH_CHECK(il_report_number(obj, "weight_up", c->weight_up));
    IGRAPH_CHECK(il_report_number(obj, "weight_down", c->weight_down));
    IGRAPH_CHECK(il_report_number(obj, "weight_change", c->weight_gained - c->weight_lost +
                                  c->weight_up - c->weight_down));
    return IGRAPH_SUCCESS;
}

static igraph_error_t add_id_list(cJSON *obj, const char *key, const il_alignment_t *al,
                                  const igraph_vector_int_t *ids)
{
    cJSON *arr = cJSON_AddArrayToObject(obj, key);
    igraph_integer_t i;
    CHECK_ITEM(arr);
    for (i = 0; i < igraph_vector_int_size(ids); i++) {
        cJSON *s = cJSON_CreateString(il_strtab_get(&al->ids, (uint32_t) VECTOR(*ids)[i]));
        CHECK_ITEM(s);
        cJSON_AddItemToArray(arr, s);
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t add_group_changes(cJSON *obj, const il_snapshot_view_t *a,
                                        const il_snapshot_view_t *b)
{
    cJSON *rows = cJSON_AddArrayToObject(obj, "groups");
    igraph_integer_t g;
    CHECK_ITEM(rows);
    for (g = 0; g < a->groups->k; g++) {
        const il_coupling_group_t *x = &a->coupling->group[g], *y = &b->coupling->group[g];
        cJSON *row = new_row(rows);
        CHECK_ITEM(row);
        IGRAPH_CHECK(il_report_string(row, "group", il_partition_name(a->groups, g)));
        IGRAPH_CHECK(il_report_number(row, "ei_before", x->ei.ei));
        IGRAPH_CHECK(il_report_number(row, "ei_after", y->ei.ei));
        IGRAPH_CHECK(il_report_number(row, "ei_weighted_before", x->ei.ei_weighted));
        IGRAPH_CHECK(il_report_number(row, "ei_weighted_after", y->ei.ei_weighted));
        IGRAPH_CHECK(il_report_number(row, "cohesion_before", x->weighted_density));
        IGRAPH_CHECK(il_report_number(row, "cohesion_after", y->weighted_density));
        IGRAPH_CHECK(il_report_number(row, "coupling_before", x->coupling_share));
        IGRAPH_CHECK(il_report_number(row, "coupling_after", y->coupling_share));
        IGRAPH_CHECK(il_report_string(row, "reading_before", il_coupling_reading_name(x->reading)));
        IGRAPH_CHECK(il_report_string(row, "reading_after", il_coupling_reading_name(y->reading)));
        IGRAPH_CHECK(il_report_number(row, "cohesion_p_before", x->cohesion_p));
        IGRAPH_CHECK(il_report_number(row, "cohesion_p_after", y->cohesion_p));
        IGRAPH_CHECK(il_report_number(row, "coupling_ratio_before", x->coupling_ratio));
        IGRAPH_CHECK(il_report_number(row, "coupling_ratio_after", y->coupling_ratio));
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t add_pair_changes(cJSON *obj, const il_snapshot_view_t *a,
                                       const il_snapshot_view_t *b, const il_tie_changes_t *t)
{
    cJSON *rows = cJSON_AddArrayToObject(obj, "pairs");
    igraph_integer_t g, h, k = a->groups->k;
    CHECK_ITEM(rows);
    for (g = 0; g < k; g++) {
        for (h = a->g->directed ? 0 : g; h < k; h++) {
            const il_tie_counts_t *c = &t->pair[g * k + h];
            cJSON *row = new_row(rows);
            CHECK_ITEM(row);
            IGRAPH_CHECK(il_report_string(row, "from", il_partition_name(a->groups, g)));
            IGRAPH_CHECK(il_report_string(row, "to", il_partition_name(a->groups, h)));
            IGRAPH_CHECK(il_report_number(row, "gained", (double) c->gained));
            IGRAPH_CHECK(il_report_number(row, "lost", (double) c->lost));
            IGRAPH_CHECK(il_report_number(row, "strengthened", (double) c->strengthened));
            IGRAPH_CHECK(il_report_number(row, "weakened", (double) c->weakened));
            IGRAPH_CHECK(il_report_number(row, "weight_change", c->weight_gained - c->weight_lost +
                                          c->weight_up - c->weight_down));
            IGRAPH_CHECK(il_report_number(row, "density_before", MATRIX(a->coupling->density, g, h)));
            IGRAPH_CHECK(il_report_number(row, "density_after", MATRIX(b->coupling->density, g, h)));
            IGRAPH_CHECK(il_report_number(row, "weighted_density_before",
                                          MATRIX(a->coupling->weighted_density, g, h)));
            IGRAPH_CHECK(il_report_number(row, "weighted_density_after",
                                          MATRIX(b->coupling->weighted_density, g, h)));
        }
    }
    return IGRAPH_SUCCESS;
}

/* Per-actor figures of snapshot s for union actor u (NaN when absent). */
static void actor_figures(const il_snapshot_view_t *s, const igraph_vector_int_t *in_s,
                          igraph_integer_t u, double *btw, double *brk, double *cross)
{
    igraph_integer_t v = VECTOR(*in_s)[u];
    *btw = *brk = *cross = NAN;
    if (v < 0) {
        return;
    }
    *btw = VECTOR(s->centrality->score[IL_SCORE_BETWEENNESS])[v];
    if (s->brokerage) {
        *brk = MATRIX(s->brokerage->raw, v, IL_BROKER_TOTAL);
    }
    if (s->coupling) {
        *cross = s->coupling->node[v].ties_out;
    }
}

typedef struct actor_change {
    igraph_integer_t u;
    double key;
} actor_change_t;

static int cmp_actor(const void *x, const void *y)
{
    const actor_change_t *a = x, *b = y;
    if (a->key != b->key) {
        return a->key > b->key ? -1 : 1;
    }
    return (a->u > b->u) - (a->u < b->u);
}

static double dz(double before, double after)
{
    return (isnan(before) ? 0 : after - before);
}

static igraph_error_t add_actor_changes(cJSON *obj, const il_snapshot_view_t *a,
                                        const il_snapshot_view_t *b, const il_alignment_t *al,
                                        igraph_integer_t top)
{
    igraph_integer_t n = il_strtab_size(&al->ids), u, i;
    cJSON *rows = cJSON_AddArrayToObject(obj, "actors");
    actor_change_t *order;
    CHECK_ITEM(rows);
    order = calloc((size_t) (n > 0 ? n : 1), sizeof *order);
    CHECK_ITEM(order);
    IGRAPH_FINALLY(free, order);
    for (u = 0; u < n; u++) {
        double b0, k0, c0, b1, k1, c1, key;
        actor_figures(a, &al->in_before, u, &b0, &k0, &c0);
        actor_figures(b, &al->in_after, u, &b1, &k1, &c1);
        /* rank by the size of the change of betweenness; an actor absent
         * after counts as a fall to 0, absent before as a rise from 0 */
        key = fabs(isnan(b1) ? -(isnan(b0) ? 0 : b0) : dz(b0, b1));
        order[u].u = u;
        order[u].key = key;
    }
    qsort(order, (size_t) n, sizeof *order, cmp_actor);
    for (i = 0; i < n && i < top; i++) {
        double b0, k0, c0, b1, k1, c1;
        igraph_integer_t va, vb;
        cJSON *row = new_row(rows);
        CHECK_ITEM(row);
        u = order[i].u;
        va = VECTOR(al->in_before)[u];
        vb = VECTOR(al->in_after)[u];
        actor_figures(a, &al->in_before, u, &b0, &k0, &c0);
        actor_figures(b, &al->in_after, u, &b1, &k1, &c1);
        IGRAPH_CHECK(il_report_string(row, "id", il_strtab_get(&al->ids, (uint32_t) u)));
        IGRAPH_CHECK(il_report_string(row, "label", vb >= 0 ? il_graph_vertex_label(b->g, vb)
                                      : il_graph_vertex_label(a->g, va)));
        IGRAPH_CHECK(il_report_number(row, "betweenness_before", b0));
        IGRAPH_CHECK(il_report_number(row, "betweenness_after", b1));
        IGRAPH_CHECK(il_report_number(row, "betweenness_change", b1 - b0));
        if (a->brokerage) {
            IGRAPH_CHECK(il_report_number(row, "brokerage_before", k0));
            IGRAPH_CHECK(il_report_number(row, "brokerage_after", k1));
            IGRAPH_CHECK(il_report_number(row, "cross_group_ties_before", c0));
            IGRAPH_CHECK(il_report_number(row, "cross_group_ties_after", c1));
        }
    }
    free(order);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_change
 * \brief The object \p key describing the change from snapshot a to b.
 *
 * Holds `summary` (every summary key before, after and the change), `ties`
 * (gained, lost, strengthened, weakened), `entrants` and `leavers`, `qap`,
 * and with groups `ei` (the change and its permutation test), `groups`
 * (E-I and the loose-coupling plane before and after: the movement of
 * each group) and `pairs` (tie changes and block densities per pair of
 * groups), then `actors`: the \p top actors by the change of betweenness,
 * with brokerage and cross-group ties when grouped.
 * \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_change(il_report_t *r, const char *key,
                                    const il_snapshot_view_t *a, const il_snapshot_view_t *b,
                                    const il_alignment_t *al, const il_tie_changes_t *ties,
                                    const il_qap_t *qap, const il_ei_change_t *ei,
                                    igraph_integer_t top)
{
    cJSON *obj = cJSON_AddObjectToObject(r->root, key), *rows, *t, *q, *e;
    size_t k;
    CHECK_ITEM(obj);
    IGRAPH_CHECK(il_report_string(obj, "before", a->label));
    IGRAPH_CHECK(il_report_string(obj, "after", b->label));
    IGRAPH_CHECK(il_report_number(obj, "entrants_count",
                                  (double) igraph_vector_int_size(&ties->entrants)));
    IGRAPH_CHECK(il_report_number(obj, "leavers_count",
                                  (double) igraph_vector_int_size(&ties->leavers)));
    IGRAPH_CHECK(add_id_list(obj, "entrants", al, &ties->entrants));
    IGRAPH_CHECK(add_id_list(obj, "leavers", al, &ties->leavers));
    t = cJSON_AddObjectToObject(obj, "ties");
    CHECK_ITEM(t);
    IGRAPH_CHECK(add_counts(t, &ties->all));
    q = cJSON_AddObjectToObject(obj, "qap");
    CHECK_ITEM(q);
    IGRAPH_CHECK(il_report_number(q, "correlation", qap->r));
    IGRAPH_CHECK(il_report_number(q, "p_greater", qap->p_greater));
    IGRAPH_CHECK(il_report_number(q, "p_less", qap->p_less));
    IGRAPH_CHECK(il_report_number(q, "permutations", (double) qap->permutations));
    if (ei) {
        e = cJSON_AddObjectToObject(obj, "ei");
        CHECK_ITEM(e);
        IGRAPH_CHECK(il_report_number(e, "before", ei->before));
        IGRAPH_CHECK(il_report_number(e, "after", ei->after));
        IGRAPH_CHECK(il_report_number(e, "change", ei->change));
        IGRAPH_CHECK(il_report_number(e, "p_greater", ei->p_greater));
        IGRAPH_CHECK(il_report_number(e, "p_less", ei->p_less));
        IGRAPH_CHECK(il_report_number(e, "weighted_before", ei->before_weighted));
        IGRAPH_CHECK(il_report_number(e, "weighted_after", ei->after_weighted));
        IGRAPH_CHECK(il_report_number(e, "weighted_change", ei->change_weighted));
        IGRAPH_CHECK(il_report_number(e, "weighted_p_greater", ei->p_greater_weighted));
        IGRAPH_CHECK(il_report_number(e, "weighted_p_less", ei->p_less_weighted));
        IGRAPH_CHECK(il_report_number(e, "permutations", (double) ei->permutations));
    }
    rows = cJSON_AddArrayToObject(obj, "summary");
    CHECK_ITEM(rows);
    for (k = 0; summary_names[k]; k++) {
        double x = summary_value(a->summary, k), y = summary_value(b->summary, k);
        cJSON *row = new_row(rows);
        CHECK_ITEM(row);
        IGRAPH_CHECK(il_report_string(row, "key", summary_names[k]));
        IGRAPH_CHECK(il_report_number(row, "before", x));
        IGRAPH_CHECK(il_report_number(row, "after", y));
        IGRAPH_CHECK(il_report_number(row, "change", y - x));
    }
    if (a->coupling && b->coupling) {
        IGRAPH_CHECK(add_group_changes(obj, a, b));
        IGRAPH_CHECK(add_pair_changes(obj, a, b, ties));
    }
    IGRAPH_CHECK(add_actor_changes(obj, a, b, al, top));
    return IGRAPH_SUCCESS;
}
