/*
 * Node-link JSON for networkx's node_link_graph() and web tools:
 * {"directed", "multigraph", "graph", "nodes", "edges"}. The ties' key is
 * "edges", what networkx 3.6 and later read by default; "links" (what
 * networkx before 3.6 and d3 read) on request (docs/formats.md).
 */
#include "io/io_internal.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Add the real \p v to \p obj as a JSON number that reads back as a real:
 * shortest round-trip digits, and "39.0" rather than "39" for a whole
 * value, so that Python's json gives a float where GraphML says double. */
static int add_real(cJSON *obj, const char *name, double v)
{
    char buf[48];
    il_i_format_double(v, buf, sizeof buf - 2);
    if (!strpbrk(buf, ".eEn")) {
        strcat(buf, ".0");
    }
    return cJSON_AddRawToObject(obj, name, buf) != NULL;
}

/* Add attribute \p a of element \p i to \p obj: numbers as numbers (reals
 * with a decimal point), flags as booleans, text as strings, nothing for
 * an empty or non-finite value. */
static int add_value(cJSON *obj, const il_export_t *x, const il_i_attr_t *a, igraph_integer_t i)
{
    char buf[40];
    const char *val;
    if (a->source == IL_I_EXTRA && x->extra->col[a->index].numeric) {
        double v = x->extra->col[a->index].num[i];
        if (isfinite(v) && a->type == IL_I_BOOLEAN) {
            return cJSON_AddBoolToObject(obj, a->name, v != 0) != NULL;
        }
        if (isfinite(v) && a->type == IL_I_DOUBLE) {
            return add_real(obj, a->name, v);
        }
        return !isfinite(v) || cJSON_AddNumberToObject(obj, a->name, v) != NULL;
    }
    if (a->source == IL_I_WEIGHT) {
        return add_real(obj, a->name, VECTOR(x->g->weight)[i]);
    }
    val = il_i_plan_value(x, a, i, buf);
    if (!val[0]) {
        return 1;
    }
    if (a->type == IL_I_BOOLEAN) {
        return cJSON_AddBoolToObject(obj, a->name, strcmp(val, "true") == 0) != NULL;
    }
    if (a->type == IL_I_DOUBLE) {
        return add_real(obj, a->name, strtod(val, NULL));
    }
    if (a->type != IL_I_STRING) {
        return cJSON_AddNumberToObject(obj, a->name, strtod(val, NULL)) != NULL;
    }
    return cJSON_AddStringToObject(obj, a->name, val) != NULL;
}

/**
 * \function il_write_graph_json
 * \brief Write the graph as node-link JSON.
 *
 * Nodes carry `id` (the input id), `label`, `name` (the id again, for
 * igraph's Graph.DictList) and every attribute; ties, under
 * x->json_edges ("edges" by default, or "links"), carry `source`,
 * `target` (node ids), `weight` and the edge columns. Numeric columns (by
 * the rule of docs/formats.md) are JSON numbers, flags true/false; empty
 * and non-finite values are left out. `graph` holds the graph-level
 * record. \return IGRAPH_ENOMEM.
 *
 * Time complexity: O((n + m) * attributes).
 */
igraph_error_t il_write_graph_json(il_export_t *x, FILE *out)
{
    const il_graph_t *g = x->g;
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), i;
    il_i_plan_t plan;
    cJSON *root, *nodes, *links, *graph;
    char *text;
    size_t a;

    x->replaced = 0;
    IGRAPH_CHECK(il_i_plan_init(&plan, x));
    IGRAPH_FINALLY(il_i_plan_destroy, &plan);
    root = cJSON_CreateObject();
    IGRAPH_CHECK_OOM(root, "Out of memory writing JSON.");
    IGRAPH_FINALLY(cJSON_Delete, root);
    if (!cJSON_AddBoolToObject(root, "directed", g->directed) ||
        !cJSON_AddBoolToObject(root, "multigraph", 0)) {
        IGRAPH_ERROR("Out of memory writing JSON.", IGRAPH_ENOMEM);
    }
    graph = x->meta ? cJSON_Duplicate(x->meta, 1) : cJSON_CreateObject();
    IGRAPH_CHECK_OOM(graph, "Out of memory writing JSON.");
    cJSON_AddItemToObject(root, "graph", graph);
    nodes = cJSON_AddArrayToObject(root, "nodes");
    links = cJSON_AddArrayToObject(root, x->json_edges ? x->json_edges : "edges");
    if (!nodes || !links) {
        IGRAPH_ERROR("Out of memory writing JSON.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        IGRAPH_CHECK_OOM(o, "Out of memory writing JSON.");
        cJSON_AddItemToArray(nodes, o);
        if (!cJSON_AddStringToObject(o, "id", il_graph_vertex_id(g, i))) {
            IGRAPH_ERROR("Out of memory writing JSON.", IGRAPH_ENOMEM);
        }
        for (a = 0; a < plan.nattr; a++) {
            if (!plan.attr[a].edge && !add_value(o, x, &plan.attr[a], i)) {
                IGRAPH_ERROR("Out of memory writing JSON.", IGRAPH_ENOMEM);
            }
        }
    }
    for (i = 0; i < m; i++) {
        cJSON *o = cJSON_CreateObject();
        igraph_integer_t ea, eb;
        IGRAPH_CHECK_OOM(o, "Out of memory writing JSON.");
        cJSON_AddItemToArray(links, o);
        il_i_edge_ends(g, i, &ea, &eb);
        if (!cJSON_AddStringToObject(o, "source", il_graph_vertex_id(g, ea)) ||
            !cJSON_AddStringToObject(o, "target", il_graph_vertex_id(g, eb))) {
            IGRAPH_ERROR("Out of memory writing JSON.", IGRAPH_ENOMEM);
        }
        for (a = 0; a < plan.nattr; a++) {
            if (plan.attr[a].edge && !add_value(o, x, &plan.attr[a], i)) {
                IGRAPH_ERROR("Out of memory writing JSON.", IGRAPH_ENOMEM);
            }
        }
    }
    text = cJSON_Print(root);
    IGRAPH_CHECK_OOM(text, "Out of memory writing JSON.");
    fputs(text, out);
    fputc('\n', out);
    cJSON_free(text);
    cJSON_Delete(root);
    il_i_plan_destroy(&plan);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
