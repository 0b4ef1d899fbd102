/*
 * Bootstrap intervals in a report: `<key>_ci_lower` and `<key>_ci_upper`
 * right after each estimate (so text, JSON and the key,value CSV show them
 * side by side), the `intervals` table with the details, and
 * `parameters.bootstrap` naming the method (docs/metrics-uncertainty.md).
 * Kept apart from the commands' own builders: the jobs call it after them.
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <stdio.h>
#include <string.h>

/* Insert number \p value as \p key right after member \p after of \p obj
 * (at the end when there is no such member). cJSON 1.7.15 as Debian
 * builds it refuses cJSON_InsertItemInArray on objects, so the members
 * after \p after are taken off and put back behind the new one
 * (cJSON_AddItemToArray keeps a member's name). */
static igraph_error_t insert_after(cJSON *obj, const char *after, const char *key,
                                   double value)
{
    cJSON *tmp = cJSON_CreateObject(), *item, *it, *rest;
    CHECK_ITEM(tmp);
    item = cJSON_CreateNumber(value == 0 ? 0.0 : value);
    if (!item) {
        cJSON_Delete(tmp);
        CHECK_ITEM(NULL);
    }
    cJSON_AddItemToObject(tmp, key, item);      /* gives the item its name */
    if (!item->string) {
        cJSON_Delete(tmp);
        CHECK_ITEM(NULL);
    }
    cJSON_DetachItemViaPointer(tmp, item);
    cJSON_Delete(tmp);
    cJSON_DeleteItemFromObjectCaseSensitive(obj, key);     /* never twice */
    rest = cJSON_CreateArray();
    if (!rest) {
        cJSON_Delete(item);
        CHECK_ITEM(NULL);
    }
    it = cJSON_GetObjectItemCaseSensitive(obj, after);
    it = it ? it->next : NULL;
    while (it) {
        cJSON *next = it->next;
        cJSON_AddItemToArray(rest, cJSON_DetachItemViaPointer(obj, it));
        it = next;
    }
    cJSON_AddItemToArray(obj, item);
    while ((it = rest->child) != NULL) {
        cJSON_AddItemToArray(obj, cJSON_DetachItemViaPointer(rest, it));
    }
    cJSON_Delete(rest);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_intervals
 * \brief Put bootstrap intervals into a report.
 *
 * For every statistic of \p b: `<key>_ci_lower`, `<key>_ci_upper` right
 * after `<key>` in \p obj (NULL: the top level), a row of the `intervals`
 * table (statistic, estimate, ci_lower, ci_upper, level, boot_mean,
 * boot_se, replicates_used, undefined, method), and `parameters.bootstrap`
 * (method, how copies of one node are tied, interval, quantiles, level,
 * replicates, seed, caveat).
 *
 * \param prefix  Put before the key in the table ("centralization.").
 * \return IGRAPH_ENOMEM. Time complexity: O(statistics x keys of obj).
 */
igraph_error_t il_report_add_intervals(il_report_t *r, struct cJSON *obj, const char *prefix,
                                       const il_bootstrap_t *b)
{
    cJSON *where = obj ? obj : r->root, *rows, *row, *par, *bo;
    char key[96];
    int k;
    rows = cJSON_GetObjectItemCaseSensitive(r->root, "intervals");
    if (!rows) {
        CHECK_ITEM(rows = cJSON_AddArrayToObject(r->root, "intervals"));
    }
    for (k = 0; k < IL_BOOT_COUNT; k++) {
        const il_interval_t *iv = &b->stat[k];
        const char *name = il_boot_stat_name((il_boot_stat_t) k);
        if (!((b->stats >> k) & 1)) {
            continue;
        }
        snprintf(key, sizeof key, "%s_ci_lower", name);
        IGRAPH_CHECK(insert_after(where, name, key, iv->lower));
        snprintf(key, sizeof key, "%s_ci_upper", name);
        {
            char lower[96];
            snprintf(lower, sizeof lower, "%s_ci_lower", name);
            IGRAPH_CHECK(insert_after(where, lower, key, iv->upper));
        }
        CHECK_ITEM(row = cJSON_CreateObject());
        cJSON_AddItemToArray(rows, row);
        snprintf(key, sizeof key, "%s%s", prefix ? prefix : "", name);
        IGRAPH_CHECK(il_report_string(row, "statistic", key));
        IGRAPH_CHECK(il_report_number(row, "estimate", iv->estimate));
        IGRAPH_CHECK(il_report_number(row, "ci_lower", iv->lower));
        IGRAPH_CHECK(il_report_number(row, "ci_upper", iv->upper));
        IGRAPH_CHECK(il_report_number(row, "level", b->level));
        IGRAPH_CHECK(il_report_number(row, "boot_mean", iv->mean));
        IGRAPH_CHECK(il_report_number(row, "boot_se", iv->se));
        IGRAPH_CHECK(il_report_number(row, "replicates_used", (double) iv->used));
        IGRAPH_CHECK(il_report_number(row, "undefined", (double) iv->undefined));
        IGRAPH_CHECK(il_report_string(row, "method", "node bootstrap, percentile"));
    }
    CHECK_ITEM(par = il_report_parameters(r));
    if (cJSON_GetObjectItemCaseSensitive(par, "bootstrap")) {
        return IGRAPH_SUCCESS;
    }
    CHECK_ITEM(bo = cJSON_AddObjectToObject(par, "bootstrap"));
    IGRAPH_CHECK(il_report_string(bo, "method", "node bootstrap (Snijders & Borgatti 1999): "
                                  "n nodes drawn with replacement, each copy keeping its "
                                  "ties and group; the statistic recomputed on every "
                                  "replicate"));
    IGRAPH_CHECK(il_report_string(bo, "copies", "two copies of one node are tied by the "
                                  "value of a pair of distinct nodes drawn at random "
                                  "(Snijders & Borgatti)"));
    IGRAPH_CHECK(il_report_string(bo, "interval", "percentile: the (1 - level)/2 and "
                                  "(1 + level)/2 quantiles of the replicates, linear between "
                                  "order statistics (numpy's default, R type 7)"));
    IGRAPH_CHECK(il_report_number(bo, "level", b->level));
    IGRAPH_CHECK(il_report_number(bo, "replicates", (double) b->replicates));
    IGRAPH_CHECK(il_report_number(bo, "seed", (double) b->seed));
    IGRAPH_CHECK(il_report_string(bo, "caveat", "covers the drawing of organisations from a "
                                  "population like them, not errors in the recorded ties; "
                                  "conservative (too wide) when ties depend little on which "
                                  "organisations they join; a centralization rests on the "
                                  "single most central node, so its interval is rough"));
    return IGRAPH_SUCCESS;
}
