/*
 * The report of innolink openness (docs/metrics-openness.md): the network's
 * ties by where they go, one row per region, per area of the scope and per
 * actor, and with coordinates the distance bands and the decay fits.
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The classes a report shows, in order, and their names. */
typedef struct class_names {
    int n;
    il_open_class_t cls[IL_OPEN_CLASSES];
    const char *name[IL_OPEN_CLASSES];
} class_names_t;

static void classes_of(const il_openness_t *o, class_names_t *c)
{
    if (o->has_scope) {
        static const char *const names[] = { "inside", "national", "national_unplaced",
                                             "abroad", "unknown"
                                           };
        int i;
        c->n = IL_OPEN_CLASSES;
        for (i = 0; i < IL_OPEN_CLASSES; i++) {
            c->cls[i] = (il_open_class_t) i;
            c->name[i] = names[i];
        }
    } else {
        c->n = 3;
        c->cls[0] = IL_OPEN_INSIDE;
        c->name[0] = "inside";
        c->cls[1] = IL_OPEN_NATIONAL;
        c->name[1] = "outside";
        c->cls[2] = IL_OPEN_UNKNOWN;
        c->name[2] = "unknown";
    }
}

/* The counts, shares and E-I of one row, under the keys of the classes. */
static igraph_error_t add_row(cJSON *obj, const il_openness_row_t *r, const class_names_t *c,
                              int has_scope)
{
    char key[64];
    int i;
    IGRAPH_CHECK(il_report_number(obj, "ties", r->ties_total));
    IGRAPH_CHECK(il_report_number(obj, "weight", r->weight_total));
    for (i = 0; i < c->n; i++) {
        snprintf(key, sizeof key, "ties_%s", c->name[i]);
        IGRAPH_CHECK(il_report_number(obj, key, r->ties[c->cls[i]]));
    }
    for (i = 0; i < c->n; i++) {
        snprintf(key, sizeof key, "weight_%s", c->name[i]);
        IGRAPH_CHECK(il_report_number(obj, key, r->weight[c->cls[i]]));
    }
    for (i = 0; i < c->n; i++) {
        snprintf(key, sizeof key, "share_%s", c->name[i]);
        IGRAPH_CHECK(il_report_number(obj, key, r->share[c->cls[i]]));
    }
    for (i = 0; i < c->n; i++) {
        snprintf(key, sizeof key, "weight_share_%s", c->name[i]);
        IGRAPH_CHECK(il_report_number(obj, key, r->weight_share[c->cls[i]]));
    }
    IGRAPH_CHECK(il_report_number(obj, "ei_region", r->ei_region));
    IGRAPH_CHECK(il_report_number(obj, "ei_region_weighted", r->ei_region_weighted));
    if (has_scope) {
        IGRAPH_CHECK(il_report_number(obj, "ei_scope", r->ei_scope));
        IGRAPH_CHECK(il_report_number(obj, "ei_scope_weighted", r->ei_scope_weighted));
    }
    return IGRAPH_SUCCESS;
}

static cJSON *new_row(cJSON *rows)
{
    cJSON *row = cJSON_CreateObject();
    if (row) {
        cJSON_AddItemToArray(rows, row);
    }
    return row;
}

static const char *value_name(const il_graph_t *g, long col, uint32_t id)
{
    return col < 0 ? "" : il_strtab_get(&g->vattr.col[col].values, id);
}

/* `parameters`: the columns, what each class means, the bands and the fit. */
static igraph_error_t openness_parameters(il_report_t *r, const il_graph_t *g,
                                          const il_openness_options_t *o,
                                          const il_openness_t *x)
{
    cJSON *par = il_report_parameters(r);
    char buf[512];
    CHECK_ITEM(par);
    IGRAPH_CHECK(il_report_string(par, "by", o->region_attr));
    IGRAPH_CHECK(il_report_string(par, "scope", o->scope_attr));
    IGRAPH_CHECK(il_report_string(par, "classes", x->has_scope
                                  ? "inside: both ends in one region; national: the same "
                                  "scope value, other regions; national_unplaced: the same "
                                  "scope value, a region missing; abroad: other scope values; "
                                  "unknown: a scope value missing"
                                  : "inside: both ends in one region; outside: other "
                                  "regions; unknown: a region missing"));
    IGRAPH_CHECK(il_report_string(par, "counting", "a region's, area's or actor's ties are "
                                  "those with an end in it, each counted once; shares are of "
                                  "all its ties, unknown included; E-I leaves the ties it "
                                  "cannot class out"));
    IGRAPH_CHECK(il_report_string(par, "ei_region", "(E - I)/(E + I), I: inside, E: ties to "
                                  "other regions (national and abroad)"));
    if (x->has_scope) {
        IGRAPH_CHECK(il_report_string(par, "ei_scope", "(E - I)/(E + I), I: ties within the "
                                      "scope value (inside, national, national_unplaced), "
                                      "E: abroad"));
    }
    IGRAPH_CHECK(il_report_string(par, "direction", g->directed ? "ignored: an arc counts "
                                  "for the places of both its ends" : "undirected"));
    IGRAPH_CHECK(il_report_string(par, "self_loops", "skipped"));
    if (!x->has_coords) {
        IGRAPH_CHECK(il_report_string(par, "coordinates", "none: no lat and lon node columns, "
                                      "so no distance bands or decay fit"));
        return IGRAPH_SUCCESS;
    }
    snprintf(buf, sizeof buf, "%s, %s (decimal degrees; missing or out of range: no "
             "coordinates)", g->vattr.col[x->lat_col].name, g->vattr.col[x->lon_col].name);
    IGRAPH_CHECK(il_report_string(par, "coordinates", buf));
    IGRAPH_CHECK(il_report_string(par, "distance", "great-circle (haversine), Earth radius "
                                  "6371.0088 km"));
    IGRAPH_CHECK(il_report_string(par, "decay_fit", "least squares of ln(ties / pairs) "
                                  "(decay_slope) and of ln(weight / pairs) "
                                  "(decay_slope_weighted) on ln(mean pair distance), over the "
                                  "bands with ties"));
    IGRAPH_CHECK(il_report_number(par, "max_pairs", o->max_pairs));
    IGRAPH_CHECK(il_report_string(par, "pairs", x->pairs_counted ? "counted" :
                                  "skipped (more node pairs with coordinates than max_pairs): "
                                  "no tie probability or decay fit"));
    return IGRAPH_SUCCESS;
}

/* The distance scalars and the `distance_bands` table. */
static igraph_error_t openness_distance(cJSON *root, const il_openness_t *x)
{
    cJSON *rows, *row;
    char name[64];
    int b;
    IGRAPH_CHECK(il_report_number(root, "nodes_with_coordinates", (double) x->nodes_with_coords));
    IGRAPH_CHECK(il_report_number(root, "ties_with_distance", x->ties_with_distance));
    IGRAPH_CHECK(il_report_number(root, "mean_tie_distance_km", x->mean_tie_distance));
    IGRAPH_CHECK(il_report_number(root, "mean_tie_distance_weighted_km",
                                  x->mean_tie_distance_weighted));
    IGRAPH_CHECK(il_report_number(root, "pairs_with_coordinates", x->pairs_with_coords));
    IGRAPH_CHECK(il_report_number(root, "decay_slope", x->decay.slope));
    IGRAPH_CHECK(il_report_number(root, "decay_intercept", x->decay.intercept));
    IGRAPH_CHECK(il_report_number(root, "decay_r2", x->decay.r2));
    IGRAPH_CHECK(il_report_number(root, "decay_slope_weighted", x->decay_weighted.slope));
    IGRAPH_CHECK(il_report_number(root, "decay_intercept_weighted",
                                  x->decay_weighted.intercept));
    IGRAPH_CHECK(il_report_number(root, "decay_r2_weighted", x->decay_weighted.r2));
    IGRAPH_CHECK(il_report_number(root, "decay_bands_used", (double) x->decay.points));
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "distance_bands"));
    for (b = 0; b < x->nbands; b++) {
        const il_openness_band_t *bd = &x->band[b];
        if (isinf(bd->hi)) {
            snprintf(name, sizeof name, "%g+ km", bd->lo);
        } else {
            snprintf(name, sizeof name, "%g-%g km", bd->lo, bd->hi);
        }
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "band", name));
        IGRAPH_CHECK(il_report_number(row, "from_km", bd->lo));
        IGRAPH_CHECK(il_report_number(row, "to_km", bd->hi));
        IGRAPH_CHECK(il_report_number(row, "ties", bd->ties));
        IGRAPH_CHECK(il_report_number(row, "weight", bd->weight));
        IGRAPH_CHECK(il_report_number(row, "pairs", bd->pairs));
        IGRAPH_CHECK(il_report_number(row, "probability", bd->probability));
        IGRAPH_CHECK(il_report_number(row, "weight_per_pair", bd->weight_per_pair));
        IGRAPH_CHECK(il_report_number(row, "mean_pair_distance_km", bd->pair_distance));
        IGRAPH_CHECK(il_report_number(row, "mean_tie_distance_km", bd->tie_distance));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_openness
 * \brief The openness report: the network's ties by class and E-I of each
 *        level, `regions_table`, `scopes_table` (with a scope),
 *        `nodes_table`, and with coordinates the distance scalars and
 *        `distance_bands`. The CSV table is `regions_table`.
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(n + regions + bands).
 */
igraph_error_t il_report_add_openness(il_report_t *r, const il_graph_t *g,
                                      const il_openness_options_t *o, const il_openness_t *x)
{
    cJSON *root = r->root, *rows, *row;
    class_names_t c;
    igraph_integer_t i, v;

    classes_of(x, &c);
    IGRAPH_CHECK(il_report_string(root, "by", o->region_attr));
    IGRAPH_CHECK(il_report_string(root, "scope", o->scope_attr));
    IGRAPH_CHECK(il_report_number(root, "nodes", (double) il_graph_vcount(g)));
    IGRAPH_CHECK(il_report_bool(root, "directed", g->directed));
    IGRAPH_CHECK(il_report_number(root, "regions", (double) x->nregions));
    if (x->has_scope) {
        IGRAPH_CHECK(il_report_number(root, "scopes", (double) x->nscopes));
    }
    IGRAPH_CHECK(add_row(root, &x->network, &c, x->has_scope));
    if (x->has_coords) {
        IGRAPH_CHECK(openness_distance(root, x));
    }
    IGRAPH_CHECK(openness_parameters(r, g, o, x));

    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "regions_table"));
    for (i = 0; i < x->nregions; i++) {
        const il_openness_place_t *pl = &x->region[i];
        CHECK_ITEM(row = new_row(rows));
        if (x->has_scope) {
            IGRAPH_CHECK(il_report_string(row, "scope", value_name(g, x->scope_col, pl->scope)));
        }
        IGRAPH_CHECK(il_report_string(row, "region", value_name(g, x->region_col, pl->region)));
        IGRAPH_CHECK(il_report_number(row, "nodes", (double) pl->nodes));
        IGRAPH_CHECK(add_row(row, &pl->row, &c, x->has_scope));
    }
    if (x->has_scope) {
        CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "scopes_table"));
        for (i = 0; i < x->nscopes; i++) {
            const il_openness_place_t *pl = &x->scope[i];
            CHECK_ITEM(row = new_row(rows));
            IGRAPH_CHECK(il_report_string(row, "scope", value_name(g, x->scope_col, pl->scope)));
            IGRAPH_CHECK(il_report_number(row, "nodes", (double) pl->nodes));
            IGRAPH_CHECK(add_row(row, &pl->row, &c, x->has_scope));
        }
    }
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "nodes_table"));
    for (v = 0; v < x->n; v++) {
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "node", il_graph_vertex_id(g, v)));
        IGRAPH_CHECK(il_report_string(row, "label", il_graph_vertex_label(g, v)));
        if (x->has_scope) {
            IGRAPH_CHECK(il_report_string(row, "scope", il_graph_vattr_get(g, (size_t) x->scope_col,
                                                                           v)));
        }
        IGRAPH_CHECK(il_report_string(row, "region", il_graph_vattr_get(g, (size_t) x->region_col,
                                                                        v)));
        IGRAPH_CHECK(add_row(row, &x->node[v], &c, x->has_scope));
    }
    r->table = "regions_table";
    return IGRAPH_SUCCESS;
}
