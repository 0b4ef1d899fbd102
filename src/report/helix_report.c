/*
 * The Triple-Helix synergy in a report: the object `triple_helix_synergy`
 * (T(UIG), its entropies, the reading, the unit and the mapping) and the
 * table `helix_cells` (the 2 x 2 x 2 distribution). docs/metrics-groups.md.
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <math.h>
#include <string.h>

/* The entropies and two-way information of one table (T(UIG) itself is
 * added first, by the caller), keys suffixed by \p suffix. */
static igraph_error_t add_info(cJSON *o, const il_helix_info_t *x, const char *suffix)
{
    static const char *const keys[] = {
        "t_ui", "t_ug", "t_ig", "h_u", "h_i", "h_g", "h_ui", "h_ug", "h_ig", "h_uig"
    };
    const double v[] = {
        x->t_ui, x->t_ug, x->t_ig, x->h_u, x->h_i, x->h_g, x->h_ui, x->h_ug, x->h_ig, x->h_uig
    };
    char key[32];
    size_t k;
    for (k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        snprintf(key, sizeof key, "%s%s", keys[k], suffix);
        IGRAPH_CHECK(il_report_number(o, key, v[k]));
    }
    return IGRAPH_SUCCESS;
}

/* The reading of T: its sign, in the words of Leydesdorff's papers; a
 * dimension that never varies makes T 0 by construction. */
static const char *reading(const il_helix_info_t *x)
{
    double t = x->t_uig;
    if (isnan(t)) {
        return NULL;
    }
    if (x->h_u == 0 || x->h_i == 0 || x->h_g == 0) {
        return x->h_u == 0 ? "zero by construction: U is in every unit or in none"
               : x->h_i == 0 ? "zero by construction: I is in every unit or in none"
               : "zero by construction: G is in every unit or in none";
    }
    if (fabs(t) < 1e-12) {
        return "none: T = 0, the three dimensions add no information to their pairs";
    }
    return t < 0 ? "synergy: T < 0, uncertainty reduced beyond what the pairs explain"
           : "no synergy: T > 0, the three dimensions do not reduce uncertainty together";
}

/**
 * \function il_report_add_helix
 * \brief Add the Triple-Helix synergy of a table: `triple_helix_synergy`
 *        and the `helix_cells` table.
 *
 * \param h     The table and its information (il_helix_ties/_events).
 * \param attr  The sector attribute.
 * \param map   The U, I, G value lists as given (NULL members: defaults).
 * \param found The sector values found for U, I and G ("" when none).
 * \param note  Why T is not computed (NULL when it is): T is null then.
 * \return IGRAPH_ENOMEM. Time complexity: O(1).
 */
igraph_error_t il_report_add_helix(il_report_t *r, const il_helix_t *h, const char *attr,
                                   const il_helix_map_t *map, const char *const found[3],
                                   const char *note)
{
    cJSON *o, *rows, *row;
    const char *unit = h->events ? "events" : "ties";
    int k;
    CHECK_ITEM(o = cJSON_AddObjectToObject(r->root, "triple_helix_synergy"));
    IGRAPH_CHECK(il_report_number(o, "t_uig", note ? NAN : h->counted.t_uig));
    IGRAPH_CHECK(il_report_string(o, "reading", note ? note : reading(&h->counted)));
    if (!h->events) {
        IGRAPH_CHECK(il_report_number(o, "t_uig_weighted", note ? NAN : h->weighted.t_uig));
        IGRAPH_CHECK(il_report_string(o, "reading_weighted",
                                      note ? note : reading(&h->weighted)));
    }
    IGRAPH_CHECK(il_report_string(o, "unit", h->events
                                  ? "events: each event marks the sectors of its members"
                                  : "ties: each tie marks the sectors of its two ends"));
    IGRAPH_CHECK(il_report_number(o, unit, h->units));
    if (h->events) {
        IGRAPH_CHECK(il_report_number(o, "memberships_outside", (double) h->skipped));
    }
    IGRAPH_CHECK(il_report_string(o, "attribute", attr));
    IGRAPH_CHECK(il_report_string(o, "u_values", found[0]));
    IGRAPH_CHECK(il_report_string(o, "i_values", found[1]));
    IGRAPH_CHECK(il_report_string(o, "g_values", found[2]));
    IGRAPH_CHECK(il_report_number(o, "u_nodes", (double) h->nodes[0]));
    IGRAPH_CHECK(il_report_number(o, "i_nodes", (double) h->nodes[1]));
    IGRAPH_CHECK(il_report_number(o, "g_nodes", (double) h->nodes[2]));
    IGRAPH_CHECK(il_report_string(o, "u_map", map->u ? map->u : IL_HELIX_U_DEFAULT));
    IGRAPH_CHECK(il_report_string(o, "i_map", map->i ? map->i : IL_HELIX_I_DEFAULT));
    IGRAPH_CHECK(il_report_string(o, "g_map", map->g ? map->g : IL_HELIX_G_DEFAULT));
    IGRAPH_CHECK(add_info(o, &h->counted, ""));
    if (!h->events) {
        IGRAPH_CHECK(add_info(o, &h->weighted, "_weighted"));
    }
    IGRAPH_CHECK(il_report_string(o, "formula", "T = H_U + H_I + H_G - H_UI - H_UG - H_IG "
                                  "+ H_UIG in bits (Leydesdorff 2003, Scientometrics "
                                  "58(2)); negative = synergy"));
    IGRAPH_CHECK(il_report_string(o, "caveat", h->events
                                  ? "descriptive, no significance test; sizes of a few "
                                  "millibits are usual; depends on which sector values count "
                                  "as U, I and G"
                                  : "descriptive, no significance test; a tie has two ends, so "
                                  "the cell U-I-G is empty by construction and T on ties is "
                                  "not comparable with T on events or documents; depends on "
                                  "which sector values count as U, I and G"));
    CHECK_ITEM(rows = cJSON_AddArrayToObject(r->root, "helix_cells"));
    for (k = 7; k >= 0; k--) {
        CHECK_ITEM(row = cJSON_CreateObject());
        cJSON_AddItemToArray(rows, row);
        IGRAPH_CHECK(il_report_number(row, "u", (double) ((k >> 2) & 1)));
        IGRAPH_CHECK(il_report_number(row, "i", (double) ((k >> 1) & 1)));
        IGRAPH_CHECK(il_report_number(row, "g", (double) (k & 1)));
        IGRAPH_CHECK(il_report_number(row, unit, h->cell[k]));
        IGRAPH_CHECK(il_report_number(row, "share", h->units > 0 ? h->cell[k] / h->units : NAN));
        if (!h->events) {
            IGRAPH_CHECK(il_report_number(row, "weight", h->cell_weight[k]));
            IGRAPH_CHECK(il_report_number(row, "weight_share", h->weight > 0
                                          ? h->cell_weight[k] / h->weight : NAN));
        }
    }
    return IGRAPH_SUCCESS;
}
