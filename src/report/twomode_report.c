/*
 * Report sections of `innolink twomode`: affiliation data read as it is
 * (docs/metrics-twomode.md): whole-data figures, the `actors` and `events`
 * tables (events largest first, with the share of a projection's pairs
 * each makes) and the event size distribution.
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <stdlib.h>
#include <string.h>

static cJSON *new_row(cJSON *rows)
{
    cJSON *row = cJSON_CreateObject();
    if (row) {
        cJSON_AddItemToArray(rows, row);
    }
    return row;
}

static igraph_error_t twomode_scalars(cJSON *root, const il_affiliation_t *aff,
                                      const il_twomode_t *t)
{
    IGRAPH_CHECK(il_report_number(root, "actors", (double) t->actors));
    IGRAPH_CHECK(il_report_number(root, "events", (double) t->events));
    IGRAPH_CHECK(il_report_number(root, "memberships", (double) t->memberships));
    IGRAPH_CHECK(il_report_number(root, "density", t->density));
    IGRAPH_CHECK(il_report_number(root, "mean_actor_degree", t->mean_actor_degree));
    IGRAPH_CHECK(il_report_number(root, "mean_event_size", t->mean_event_size));
    IGRAPH_CHECK(il_report_number(root, "max_event_size", t->max_event_size));
    IGRAPH_CHECK(il_report_string(root, "largest_event", t->largest_event >= 0
                                  ? il_strtab_get(&aff->events, (uint32_t) t->largest_event)
                                  : NULL));
    IGRAPH_CHECK(il_report_number(root, "projection_pairs", t->pairs));
    IGRAPH_CHECK(il_report_number(root, "largest_event_pair_share", t->largest_event >= 0 &&
                                  t->pairs > 0 ? VECTOR(t->event_pairs)[t->largest_event] /
                                  t->pairs : NAN));
    IGRAPH_CHECK(il_report_number(root, "average_clustering_actors",
                                  t->average_clustering_actors));
    IGRAPH_CHECK(il_report_number(root, "average_clustering_events",
                                  t->average_clustering_events));
    IGRAPH_CHECK(il_report_number(root, "opsahl_clustering", t->opsahl));
    IGRAPH_CHECK(il_report_number(root, "opsahl_clustering_low", t->opsahl_low));
    IGRAPH_CHECK(il_report_number(root, "opsahl_clustering_high", t->opsahl_high));
    IGRAPH_CHECK(il_report_number(root, "four_paths", t->four_paths));
    IGRAPH_CHECK(il_report_number(root, "closed_four_paths", t->closed_four_paths));
    return IGRAPH_SUCCESS;
}

static igraph_error_t actor_table(cJSON *root, const il_affiliation_t *aff,
                                  const il_twomode_t *t)
{
    const il_graph_t *g = &aff->actors;
    int labels = il_graph_vattr_find(g, "label") >= 0;
    igraph_integer_t a;
    cJSON *rows, *row;
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "actors_table"));
    for (a = 0; a < t->actors; a++) {
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "id", il_graph_vertex_id(g, a)));
        if (labels) {
            IGRAPH_CHECK(il_report_string(row, "label", il_graph_vertex_label(g, a)));
        }
        IGRAPH_CHECK(il_report_number(row, "events", VECTOR(t->actor_degree)[a]));
        IGRAPH_CHECK(il_report_number(row, "strength", VECTOR(t->actor_strength)[a]));
        IGRAPH_CHECK(il_report_number(row, "clustering", VECTOR(t->actor_clustering)[a]));
        IGRAPH_CHECK(il_report_number(row, "redundancy", VECTOR(t->actor_redundancy)[a]));
        IGRAPH_CHECK(il_report_number(row, "opsahl_clustering", VECTOR(t->actor_opsahl)[a]));
        IGRAPH_CHECK(il_report_number(row, "four_paths", VECTOR(t->actor_paths)[a]));
    }
    return IGRAPH_SUCCESS;
}

typedef struct sized {
    double size;
    igraph_integer_t e;
} sized_t;

static int cmp_sized(const void *a, const void *b)
{
    const sized_t *x = a, *y = b;
    if (x->size != y->size) {
        return x->size > y->size ? -1 : 1;
    }
    return (x->e > y->e) - (x->e < y->e);
}

/* Events largest first (then in input order), with their pair share. */
static igraph_error_t event_table(cJSON *root, const il_affiliation_t *aff,
                                  const il_twomode_t *t)
{
    sized_t *order = malloc(((size_t) t->events + 1) * sizeof *order);
    igraph_integer_t i;
    cJSON *rows, *row;
    IGRAPH_CHECK_OOM(order, "Out of memory building the report.");
    IGRAPH_FINALLY(igraph_free, order);
    for (i = 0; i < t->events; i++) {
        order[i].size = VECTOR(t->event_size)[i];
        order[i].e = i;
    }
    qsort(order, (size_t) t->events, sizeof *order, cmp_sized);
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "events_table"));
    for (i = 0; i < t->events; i++) {
        igraph_integer_t e = order[i].e;
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "event", il_strtab_get(&aff->events, (uint32_t) e)));
        IGRAPH_CHECK(il_report_number(row, "size", VECTOR(t->event_size)[e]));
        IGRAPH_CHECK(il_report_number(row, "strength", VECTOR(t->event_strength)[e]));
        IGRAPH_CHECK(il_report_number(row, "clustering", VECTOR(t->event_clustering)[e]));
        IGRAPH_CHECK(il_report_number(row, "redundancy", VECTOR(t->event_redundancy)[e]));
        IGRAPH_CHECK(il_report_number(row, "pairs", VECTOR(t->event_pairs)[e]));
        IGRAPH_CHECK(il_report_number(row, "pair_share", t->pairs > 0
                                      ? VECTOR(t->event_pairs)[e] / t->pairs : NAN));
    }
    igraph_free(order);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The size distribution, largest sizes last, with cumulative pair shares. */
static igraph_error_t size_table(cJSON *root, const il_twomode_t *t)
{
    igraph_integer_t k, n = igraph_vector_int_size(&t->size_value);
    double cum = 0;
    cJSON *rows, *row;
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "event_sizes"));
    for (k = 0; k < n; k++) {
        double d = (double) VECTOR(t->size_value)[k], c = (double) VECTOR(t->size_events)[k];
        double pairs = c * d * (d - 1) / 2;
        cum += pairs;
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_number(row, "size", d));
        IGRAPH_CHECK(il_report_number(row, "events", c));
        IGRAPH_CHECK(il_report_number(row, "memberships", c * d));
        IGRAPH_CHECK(il_report_number(row, "pairs", pairs));
        IGRAPH_CHECK(il_report_number(row, "pair_share", t->pairs > 0 ? pairs / t->pairs : NAN));
        IGRAPH_CHECK(il_report_number(row, "pair_share_up_to", t->pairs > 0 ? cum / t->pairs
                                      : NAN));
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t twomode_parameters(il_report_t *r, const il_twomode_t *t,
                                         const il_twomode_options_t *o)
{
    cJSON *par;
    CHECK_ITEM(par = il_report_parameters(r));
    IGRAPH_CHECK(il_report_string(par, "clustering_mode", il_latapy_mode_name(o->clustering)));
    IGRAPH_CHECK(il_report_string(par, "clustering", "Latapy, Magnien and Del Vecchio 2008: "
                                  "mean over the node's second neighbours v of c_uv "
                                  "(networkx bipartite.clustering); 0 without second "
                                  "neighbours"));
    IGRAPH_CHECK(il_report_string(par, "redundancy", "share of pairs of the node's "
                                  "neighbours that another node joins too (networkx "
                                  "bipartite.node_redundancy); null below 2 neighbours"));
    IGRAPH_CHECK(il_report_string(par, "opsahl", "Opsahl 2013: closed 4-paths / 4-paths "
                                  "among three distinct actors through two distinct events; "
                                  "closed when the end actors share a third event; local: "
                                  "4-paths centred on the actor"));
    IGRAPH_CHECK(il_report_string(par, "opsahl_method", il_opsahl_mode_name(t->opsahl_used)));
    IGRAPH_CHECK(il_report_number(par, "opsahl_work", t->opsahl_work));
    IGRAPH_CHECK(il_report_number(par, "opsahl_exact_limit", IL_OPSAHL_EXACT_LIMIT));
    if (t->opsahl_used == IL_OPSAHL_SAMPLE) {
        IGRAPH_CHECK(il_report_number(par, "samples", (double) t->opsahl_samples));
        IGRAPH_CHECK(il_report_number(par, "seed", (double) o->seed));
        IGRAPH_CHECK(il_report_string(par, "note", "opsahl_clustering is estimated from "
                                      "uniformly sampled 4-paths, with a Wilson 95% "
                                      "interval (opsahl_clustering_low, _high); per-actor "
                                      "values are not computed"));
    }
    IGRAPH_CHECK(il_report_string(par, "projection_pairs", "sum over events of d(d-1)/2: "
                                  "the actor pairs a projection visits; an event's pair_share "
                                  "is its part of them"));
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_twomode
 * \brief Add the two-mode figures, the `actors_table`, `events_table` and
 *        `event_sizes` tables and the parameters.
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(actors + events * sizes).
 */
igraph_error_t il_report_add_twomode(il_report_t *r, const il_affiliation_t *aff,
                                     const il_twomode_t *t, const il_twomode_options_t *o)
{
    IGRAPH_CHECK(twomode_scalars(r->root, aff, t));
    IGRAPH_CHECK(actor_table(r->root, aff, t));
    IGRAPH_CHECK(event_table(r->root, aff, t));
    IGRAPH_CHECK(size_table(r->root, t));
    IGRAPH_CHECK(twomode_parameters(r, t, o));
    r->table = "actors_table";
    return IGRAPH_SUCCESS;
}
