/*
 * Node-link JSON for web tools (d3, sigma.js) and networkx's
 * node_link_graph(): {"directed", "multigraph", "graph", "nodes", "links"}.
 */
#include "io/io_internal.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdlib.h>

/* Add attribute \p a of element \p i to \p obj: numbers as numbers, text as
 * strings, nothing for an empty or non-finite value. */
static int add_value(cJSON *obj, const il_export_t *x, const il_i_attr_t *a, igraph_integer_t i)
{
    char buf[40];
    const char *val;
    if (a->source == IL_I_EXTRA && x->extra->col[a->index].numeric) {
        double v = x->extra->col[a->index].num[i];
        return !isfinite(v) || cJSON_AddNumberToObject(obj, a->name, v) != NULL;
    }
    if (a->source == IL_I_WEIGHT) {
        return cJSON_AddNumberToObject(obj, a->name, VECTOR(x->g->weight)[i]) != NULL;
    }
    val = il_i_plan_value(x, a, i, buf);
    if (!val[0]) {
        return 1;
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
 * Nodes carry `id` (the input id), `label`, `name` and every attribute;
 * links carry `source`, `target` (node ids), `weight` and the edge
 * columns. Numeric columns (by the rule of docs/formats.md) are JSON
 * numbers; empty and non-finite values are left out. `graph` holds the
 * graph-level record. \return IGRAPH_ENOMEM.
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
    links = cJSON_AddArrayToObject(root, "links");
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
