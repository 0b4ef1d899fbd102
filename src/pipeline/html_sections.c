/*
 * Two sections of the HTML report (pipeline/html_report.c): the structure
 * (hubs, core and periphery, roles, district types with their evidence)
 * and every --by group side by side.
 */
#include "pipeline/report_internal.h"
#include "pipeline/side_internal.h"
#include "report/html.h"

#include <cjson/cJSON.h>

#include <string.h>

/* One scope's structure as a table row. */
static igraph_error_t structure_row(cJSON *rows, const char *scope, const cJSON *o)
{
    static const char *const keys[] = {
        "nodes", "edges", "density", "degree_centralization", "hubs", "top_hub",
        "core_size", "core_periphery_fit", "max_kcore", NULL
    };
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(o, "district");
    cJSON *r = cJSON_CreateObject(), *it;
    IGRAPH_CHECK_OOM(r, "Out of memory writing the structure.");
    cJSON_AddItemToArray(rows, r);
    cJSON_AddStringToObject(r, "scope", scope);
    for (it = o->child; it; it = it->next) {
        const char *const *k;
        for (k = keys; *k; k++) {
            if (strcmp(*k, it->string) == 0) {
                cJSON_AddItemToObject(r, it->string, cJSON_Duplicate(it, 1));
            }
        }
    }
    it = cJSON_GetObjectItemCaseSensitive(o, "core_periphery_reading");
    if (it) {
        cJSON_AddItemToObject(r, "core_periphery", cJSON_Duplicate(it, 1));
    }
    it = cJSON_GetObjectItemCaseSensitive(d, "best_match");
    if (it) {
        cJSON_AddItemToObject(r, "best_scoring_type", cJSON_Duplicate(it, 1));
    }
    it = cJSON_GetObjectItemCaseSensitive(d, "reading");
    if (it) {
        cJSON_AddItemToObject(r, "district_type", cJSON_Duplicate(it, 1));
    }
    return IGRAPH_SUCCESS;
}

/* The reading of one scope's district type, the test that decided it,
 * the evidence, the sensitivity line and the core-periphery test. */
static void structure_evidence(FILE *out, const char *scope, const cJSON *o)
{
    static const char *const parts[][2] = {
        { "reading", "reading" }, { "decided_by", "decided by" }, { "evidence", "evidence" },
        { "sensitivity", "best-scoring type by --hub-z (untested)" }
    };
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(o, "district");
    const cJSON *cp = cJSON_GetObjectItemCaseSensitive(o, "core_periphery_decided_by");
    size_t i;
    fputs("<p class=\"evidence\"><b>", out);
    il_xml_write(out, scope, 0, NULL);
    fputs(":</b>", out);
    for (i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        const cJSON *it = cJSON_GetObjectItemCaseSensitive(d, parts[i][0]);
        if (cJSON_IsString(it)) {
            fputs(i ? "<br>" : " ", out);
            il_xml_write(out, parts[i][1], 0, NULL);
            fputs(": ", out);
            il_xml_write(out, it->valuestring, 0, NULL);
        }
    }
    if (cJSON_IsString(cp)) {
        fputs("<br>core-periphery: ", out);
        il_xml_write(out, cp->valuestring, 0, NULL);
    }
    fputs("</p>\n", out);
}

/* Hubs, core-periphery, roles and the district type (Markusen 1996) of
 * the network and, with --by, of each group, with the evidence. */
igraph_error_t il_i_report_structure(report_ctx_t *c)
{
    il_structure_options_t opts = IL_STRUCTURE_OPTIONS_INIT;
    il_structure_t st;
    il_null_tests_t t;
    il_report_t rep = { NULL, NULL, NULL };
    igraph_integer_t count[8] = { 0 }, v;
    cJSON *rows, *groups, *it;
    int r;
    memset(&st, 0, sizeof st);
    memset(&t, 0, sizeof t);
    opts.seed = c->pic.seed;
    opts.group_attr = c->by;
    opts.empty = IL_EMPTY_OWN_GROUP;
    IGRAPH_CHECK(il_structure(c->g, &opts, &st));
    IGRAPH_FINALLY(il_structure_destroy, &st);
    IGRAPH_FINALLY(il_null_tests_destroy, &t);
    IGRAPH_CHECK(il_null_tests_init(&t, c->g, st.grouped ? &st.part : NULL, c->by, &c->null));
    IGRAPH_CHECK(il_null_tests_add_structure(&t, &opts, 1));
    IGRAPH_CHECK(il_null_tests_run(&t));
    il_structure_read(&st, &t, c->null.alpha);
    IGRAPH_CHECK(il_structure_sensitivity(c->g, &opts, &st));
    IGRAPH_CHECK(il_report_init(&rep, "structure"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_structure(&rep, &st, c->g, &opts));
    IGRAPH_CHECK(il_report_add_null_parameters(&rep, &t));
    il_i_report_keep_groups(c, rep.root, "groups", "structure_groups");
    rows = cJSON_CreateArray();
    IGRAPH_CHECK_OOM(rows, "Out of memory writing the structure.");
    IGRAPH_FINALLY(cJSON_Delete, rows);
    IGRAPH_CHECK(structure_row(rows, "(whole network)",
                               cJSON_GetObjectItemCaseSensitive(rep.root, "network")));
    groups = cJSON_GetObjectItemCaseSensitive(rep.root, "groups");
    cJSON_ArrayForEach(it, groups) {
        IGRAPH_CHECK(structure_row(rows, it->string, it));
    }
    {
        double sv[3];
        sv[0] = (double) st.network.hubs;
        sv[1] = (double) st.network.core_size;
        sv[2] = st.network.cp_fit;
        il_html_reading(c->out, "{} actors stand out as hubs; the best core-periphery split "
                        "puts {} actors in the core (fit {}, 1 is a perfect core and "
                        "periphery); whether that is more than random networks with the same "
                        "degrees give is the core_periphery column below.", sv, 3, "the district types are resemblances to "
                        "Markusen's ideal types, not classifications: read the reading, the "
                        "test that decided it and the evidence before naming a district.");
    }
    il_html_text(c->out, NULL, "Hubs (degree or strength z-score of at least 2.5), Freeman "
                 "degree centralization, the Borgatti-Everett core (discrete model) and its "
                 "fit, and the district type each scope resembles (Markusen 1996: "
                 "Marshallian, hub-and-spoke, satellite platform, state-anchored). A district "
                 "type and a core-periphery structure are read only when a random network "
                 "with the same degrees rarely gives them (the null model in the parameters); "
                 "otherwise they read indeterminate. best_scoring_type is the untested best "
                 "score.");
    il_html_text(c->out, "caveat", "The district type is " IL_DISTRICT_CAVEAT ".");
    il_html_table(c->out, rows);
    fputs("<h3>District types: the evidence</h3>\n", c->out);
    structure_evidence(c->out, "(whole network)",
                       cJSON_GetObjectItemCaseSensitive(rep.root, "network"));
    cJSON_ArrayForEach(it, groups) {
        structure_evidence(c->out, it->string, it);
    }
    cJSON_Delete(rows);
    IGRAPH_FINALLY_CLEAN(1);
    for (v = 0; v < st.n; v++) {
        igraph_integer_t role = VECTOR(st.role)[v];
        count[role >= 0 && role < 8 ? role : 0]++;
    }
    rows = cJSON_CreateArray();
    IGRAPH_CHECK_OOM(rows, "Out of memory writing the structure.");
    IGRAPH_FINALLY(cJSON_Delete, rows);
    for (r = 1; r < 8; r++) {
        cJSON *row = cJSON_CreateObject();
        IGRAPH_CHECK_OOM(row, "Out of memory writing the structure.");
        cJSON_AddItemToArray(rows, row);
        cJSON_AddStringToObject(row, "role", il_role_name((il_role_t) r));
        cJSON_AddNumberToObject(row, "nodes", (double) count[r]);
    }
    fputs("<h3>Roles (Guimer&#224; and Amaral)</h3>\n", c->out);
    il_html_text(c->out, NULL, c->by ? "Within-group degree z-score and participation "
                 "across the --by groups." : "Without --by the whole network is one group: "
                 "give --by ATTR for connectors and kinless nodes.");
    il_html_table(c->out, rows);
    il_i_report_keep_parameters(c, &rep, "structure");
    cJSON_Delete(rows);
    il_report_destroy(&rep);
    il_null_tests_destroy(&t);
    il_structure_destroy(&st);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

/* Every --by group side by side: the summary of its subgraph, its row of
 * the coupling table and plane, and its structure (as `innolink summary`,
 * `coupling` and `structure` with --side-by-side), sortable by any column. */
igraph_error_t il_i_report_groups(report_ctx_t *c)
{
    static const il_side_source_t src[] = {
        { "summary_groups", IL_SIDE_ROWS, "" }, { "coupling_groups", IL_SIDE_ROWS, "" },
        { "plane", IL_SIDE_ROWS, "" }, { "structure_groups", IL_SIDE_OBJECT, "structure_" }
    };
    il_summary_options_t so = IL_SUMMARY_OPTIONS_INIT;
    il_partition_t part;
    cJSON *summary;
    if (!c->by || !cJSON_GetObjectItemCaseSensitive(c->docs, "coupling_groups")) {
        il_html_text(c->out, "pending", "Give --by ATTR with two groups or more to see every "
                     "group side by side.");
        return IGRAPH_SUCCESS;
    }
    memset(&part, 0, sizeof part);
    IGRAPH_CHECK(il_partition_from_attr(c->g, c->by, IL_EMPTY_OWN_GROUP, &part));
    IGRAPH_FINALLY(il_partition_destroy, &part);
    so.seed = c->pic.seed;
    summary = cJSON_CreateObject();
    IGRAPH_CHECK_OOM(summary, "Out of memory.");
    IGRAPH_FINALLY(cJSON_Delete, summary);
    IGRAPH_CHECK(il_i_summary_groups(summary, c->g, &part, &so));
    il_i_report_keep_groups(c, summary, "groups_table", "summary_groups");
    IGRAPH_CHECK(il_i_side_by_side(c->docs, src, sizeof src / sizeof src[0]));
    il_html_text(c->out, NULL, "One row per group, one column per group measure: the "
                 "summary of the group's own subgraph (summary --by), its coupling (coupling "
                 "--by) and its structure (structure --by, columns structure_*). Click a "
                 "heading to sort by it. Each command gives its part with --by ATTR "
                 "--side-by-side, in CSV and JSON.");
    il_html_sortable_table(c->out, cJSON_GetObjectItemCaseSensitive(c->docs, IL_SIDE_TABLE),
                           "groups-side-by-side");
    cJSON_Delete(summary);
    il_partition_destroy(&part);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
