#include "report/report.h"
#include "core/setup.h"
#include "core/version.h"
#include "report/report_internal.h"

#include <string.h>

/**
 * \function il_report_init
 * \brief Start a report whose first key is `command`.
 *
 * \return IGRAPH_ENOMEM. Destroy with il_report_destroy().
 */
igraph_error_t il_report_init(il_report_t *r, const char *command)
{
    r->table = NULL;
    r->root = cJSON_CreateObject();
    CHECK_ITEM(r->root);
    CHECK_ITEM(cJSON_AddStringToObject(r->root, "command", command));
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_destroy
 * \brief Free the report document; safe on a zero-filled report.
 */
void il_report_destroy(il_report_t *r)
{
    cJSON_Delete(r->root);
    r->root = NULL;
}

/**
 * \function il_report_number
 * \brief Add \p key: \p value to \p obj (NaN and infinities print as null,
 *        negative zero as 0).
 */
igraph_error_t il_report_number(cJSON *obj, const char *key, double value)
{
    if (value == 0) {
        value = 0.0;    /* -0 (e.g. a hub score with no out-ties) prints as 0 */
    }
    CHECK_ITEM(cJSON_AddNumberToObject(obj, key, value));
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_string
 * \brief Add \p key: \p value to \p obj; a NULL value is added as null.
 */
igraph_error_t il_report_string(cJSON *obj, const char *key, const char *value)
{
    if (!value) {
        CHECK_ITEM(cJSON_AddNullToObject(obj, key));
    } else {
        CHECK_ITEM(cJSON_AddStringToObject(obj, key, value));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_bool
 * \brief Add \p key: true/false to \p obj.
 */
igraph_error_t il_report_bool(cJSON *obj, const char *key, int value)
{
    CHECK_ITEM(cJSON_AddBoolToObject(obj, key, value));
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_parameters
 * \brief The report's `parameters` object, created on first use.
 *
 * \return NULL when out of memory.
 */
cJSON *il_report_parameters(il_report_t *r)
{
    cJSON *p = cJSON_GetObjectItemCaseSensitive(r->root, "parameters");
    if (!p) {
        p = cJSON_AddObjectToObject(r->root, "parameters");
    }
    return p;
}

/**
 * \function il_report_add_input
 * \brief Record what was read and how: the `input` object.
 *
 * Holds the file names, column choices, loading options, the --where and
 * --ego slice, what loading merged or dropped, and the innolink and igraph
 * versions, so that a result can be reproduced from its own output.
 * \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_input(il_report_t *r, const il_load_options_t *o,
                                   const il_graph_t *g)
{
    cJSON *in = cJSON_AddObjectToObject(r->root, "input"), *where;
    char delim[8] = { 0 };
    size_t i;

    CHECK_ITEM(in);
    IGRAPH_CHECK(il_report_string(in, "edges", o->edges_path));
    IGRAPH_CHECK(il_report_string(in, "nodes", o->nodes_path));
    IGRAPH_CHECK(il_report_string(in, "source_column", o->source_col));
    IGRAPH_CHECK(il_report_string(in, "target_column", o->target_col));
    IGRAPH_CHECK(il_report_string(in, "weight_column", o->weight_col));
    if (o->nodes_path) {
        IGRAPH_CHECK(il_report_string(in, "node_id_column",
                                      o->node_id_col ? o->node_id_col : "id"));
    }
    if (o->delimiter == '\t') {
        strcpy(delim, "tab");
    } else if (o->delimiter) {
        delim[0] = o->delimiter;
    } else {
        strcpy(delim, "auto");
    }
    IGRAPH_CHECK(il_report_string(in, "delimiter", delim));
    IGRAPH_CHECK(il_report_bool(in, "directed", o->directed));
    IGRAPH_CHECK(il_report_string(in, "duplicates", il_dup_mode_name(o->duplicates)));
    IGRAPH_CHECK(il_report_string(in, "self_loops", il_loop_mode_name(o->self_loops)));
    where = cJSON_AddArrayToObject(in, "where");
    CHECK_ITEM(where);
    for (i = 0; i < o->nwhere; i++) {
        cJSON *s = cJSON_CreateString(o->where[i].text);
        CHECK_ITEM(s);
        cJSON_AddItemToArray(where, s);
    }
    if (o->affiliation) {
        IGRAPH_CHECK(il_report_string(in, "affiliation", "actor-event table, projected"));
        IGRAPH_CHECK(il_report_string(in, "actor_column", o->actor_col ? o->actor_col : "actor"));
        IGRAPH_CHECK(il_report_string(in, "event_column", o->event_col ? o->event_col : "event"));
        IGRAPH_CHECK(il_report_string(in, "projection", il_projection_name(o->projection)));
    }
    IGRAPH_CHECK(il_report_string(in, "ego", o->ego));
    if (o->ego) {
        IGRAPH_CHECK(il_report_number(in, "radius", (double) o->radius));
    }
    IGRAPH_CHECK(il_report_number(in, "rows", (double) g->info.rows));
    IGRAPH_CHECK(il_report_number(in, "rows_filtered", (double) g->info.rows_filtered));
    IGRAPH_CHECK(il_report_number(in, "self_loops_kept", (double) g->info.self_loops_kept));
    IGRAPH_CHECK(il_report_number(in, "ids_trimmed", (double) g->info.ids_trimmed));
    if (g->info.weights_missing > 0) {
        IGRAPH_CHECK(il_report_number(in, "weights_missing", (double) g->info.weights_missing));
    }
    IGRAPH_CHECK(il_report_string(in, "weights_mean", "tie strength (more is stronger)"));
    IGRAPH_CHECK(il_report_string(in, "innolink_version", IL_VERSION));
    IGRAPH_CHECK(il_report_string(in, "igraph_version", il_igraph_version()));
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_provenance
 * \brief Record where the data came from: `input.provenance`.
 *
 * Holds `data` ("synthetic" or "observed"), `statement`, `source` (the
 * attribution, or null) and `file` (the provenance file read). Nothing is
 * added when the inputs have no provenance file. The writers read it back:
 * the text output starts with the statement, and the CSV of a synthetic
 * set marks every row (report/format.c). \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_provenance(il_report_t *r, const il_provenance_t *p)
{
    cJSON *in, *o;
    if (p->kind == IL_DATA_UNKNOWN) {
        return IGRAPH_SUCCESS;
    }
    in = cJSON_GetObjectItemCaseSensitive(r->root, "input");
    if (!in) {
        CHECK_ITEM(in = cJSON_AddObjectToObject(r->root, "input"));
    }
    CHECK_ITEM(o = cJSON_AddObjectToObject(in, "provenance"));
    IGRAPH_CHECK(il_report_string(o, "data", il_provenance_kind_name(p->kind)));
    IGRAPH_CHECK(il_report_string(o, "statement", p->statement));
    IGRAPH_CHECK(il_report_string(o, "source", p->source));
    IGRAPH_CHECK(il_report_string(o, "file", p->file));
    return IGRAPH_SUCCESS;
}

static const char *paths_name(il_paths_mode_t m)
{
    switch (m) {
    case IL_PATHS_EXACT:
        return "exact";
    case IL_PATHS_SAMPLE:
        return "sampled";
    case IL_PATHS_SKIP:
        return "skipped";
    default:
        return "auto";
    }
}

/**
 * \function il_report_add_summary
 * \brief Put the summary keys (DEFINITIONS.md) at the report's top level.
 *
 * Also records in `parameters` how path statistics were computed: the
 * distance (hops), exact or sampled, the number of sources and the seed.
 * \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_summary(il_report_t *r, const il_summary_t *s,
                                     const il_summary_options_t *opts)
{
    cJSON *o = r->root, *p;
    IGRAPH_CHECK(il_report_number(o, "nodes", (double) s->nodes));
    IGRAPH_CHECK(il_report_number(o, "edges", (double) s->edges));
    IGRAPH_CHECK(il_report_bool(o, "directed", s->directed));
    IGRAPH_CHECK(il_report_number(o, "total_weight", s->total_weight));
    IGRAPH_CHECK(il_report_number(o, "density", s->density));
    IGRAPH_CHECK(il_report_number(o, "weighted_density", s->weighted_density));
    IGRAPH_CHECK(il_report_number(o, "mean_degree", s->mean_degree));
    IGRAPH_CHECK(il_report_number(o, "mean_strength", s->mean_strength));
    IGRAPH_CHECK(il_report_number(o, "components", (double) s->components));
    IGRAPH_CHECK(il_report_number(o, "largest_component_nodes",
                                  (double) s->largest_component_nodes));
    IGRAPH_CHECK(il_report_number(o, "largest_component_share", s->largest_component_share));
    IGRAPH_CHECK(il_report_number(o, "isolates", (double) s->isolates));
    IGRAPH_CHECK(il_report_number(o, "transitivity", s->transitivity));
    IGRAPH_CHECK(il_report_number(o, "average_clustering", s->average_clustering));
    IGRAPH_CHECK(il_report_number(o, "average_path_length", s->average_path_length));
    IGRAPH_CHECK(il_report_number(o, "diameter", s->diameter));
    IGRAPH_CHECK(il_report_number(o, "degree_assortativity", s->degree_assortativity));
    IGRAPH_CHECK(il_report_number(o, "duplicates_merged", (double) s->duplicates_merged));
    IGRAPH_CHECK(il_report_number(o, "self_loops_dropped", (double) s->self_loops_dropped));
    p = il_report_parameters(r);
    CHECK_ITEM(p);
    IGRAPH_CHECK(il_report_string(p, "path_distance", "hops (unweighted)"));
    IGRAPH_CHECK(il_report_string(p, "paths", paths_name(s->paths_used)));
    IGRAPH_CHECK(il_report_number(p, "path_sources", (double) s->path_sources));
    if (s->paths_used == IL_PATHS_SAMPLE) {
        IGRAPH_CHECK(il_report_number(p, "seed", (double) opts->seed));
        IGRAPH_CHECK(il_report_string(p, "note", "average_path_length is estimated and "
                                      "diameter is a lower bound (sampled sources)"));
    }
    return IGRAPH_SUCCESS;
}
