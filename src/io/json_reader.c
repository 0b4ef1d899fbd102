/*
 * Node-link JSON in (networkx node_link_data, innolink's own export, d3):
 * {"directed", "multigraph", "graph", "nodes": [{"id", ...}], "edges" or
 * "links": [{"source", "target", "weight", ...}]}. Node and tie keys
 * become columns typed by their JSON values; `name` equal to the id and a
 * `label` equal to the id are innolink's copies and are not kept.
 */
#include "io/load_internal.h"
#include "core/setup.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The text of a JSON scalar: strings as they are, numbers shortest, whole
 * numbers without a decimal point, booleans true/false; arrays and objects
 * as compact JSON. *owned is set when the caller must free the result. */
static const char *scalar_text(const cJSON *v, char *buf, size_t size, char **owned)
{
    int prec;
    *owned = NULL;
    if (cJSON_IsString(v)) {
        return v->valuestring;
    }
    if (cJSON_IsBool(v)) {
        return cJSON_IsTrue(v) ? "true" : "false";
    }
    if (cJSON_IsNumber(v)) {
        double d = v->valuedouble;
        if (d == floor(d) && fabs(d) < 1e15) {
            snprintf(buf, size, "%.0f", d);
            return buf;
        }
        for (prec = 15; prec <= 17; prec++) {
            snprintf(buf, size, "%.*g", prec, d);
            if (strtod(buf, NULL) == d) {
                break;
            }
        }
        return buf;
    }
    if (cJSON_IsNull(v)) {
        return "";
    }
    *owned = cJSON_PrintUnformatted(v);
    return *owned ? *owned : "";
}

/* The declared type of the values of key \p key over \p items: integer
 * when every value is a whole number, real when numbers, boolean, string
 * otherwise (mixed kinds: string). */
static il_attr_type_t key_type(const cJSON *items, const char *key)
{
    const cJSON *it;
    int num = 0, whole = 1, boo = 0, other = 0;
    cJSON_ArrayForEach(it, items) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(it, key);
        if (!v || cJSON_IsNull(v)) {
            continue;
        }
        if (cJSON_IsNumber(v)) {
            num = 1;
            if (v->valuedouble != floor(v->valuedouble) || fabs(v->valuedouble) >= 1e15) {
                whole = 0;
            }
        } else if (cJSON_IsBool(v)) {
            boo = 1;
        } else {
            other = 1;
        }
    }
    if (other || (num && boo)) {
        return IL_ATTR_STRING;
    }
    if (boo) {
        return IL_ATTR_BOOLEAN;
    }
    if (num) {
        return whole ? IL_ATTR_INTEGER : IL_ATTR_REAL;
    }
    return IL_ATTR_STRING;
}

/* Read the whole file into a string, as every input is read (io/input.c). */
static igraph_error_t slurp(const il_load_options_t *opts, char **text)
{
    il_i_input_t in;
    size_t len;
    igraph_error_t rc;
    IGRAPH_CHECK(il_i_input_open(&in, opts->base_dir, opts->edges_path, opts->edges_path,
                                 opts->input_timeout));
    rc = il_i_input_slurp(&in, text, &len);     /* NUL-terminated */
    il_i_input_close(&in);
    return rc;
}

/* The line of byte \p at of \p text (from 1). */
static igraph_integer_t line_of(const char *text, const char *at)
{
    igraph_integer_t line = 1;
    for (; text < at && *text; text++) {
        line += *text == '\n';
    }
    return line;
}

/* Node \p it (item \p i) into the collection. */
static igraph_error_t json_node(il_i_fg_t *fg, const cJSON *nodes, const cJSON *it, size_t i,
                                const char *path)
{
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(it, "id"), *kv;
    char buf[64], vb[64], *owned = NULL, *vo;
    const char *ids;
    size_t v, col;
    if (!cJSON_IsObject(it) || !id || cJSON_IsNull(id) || cJSON_IsObject(id) ||
        cJSON_IsArray(id)) {
        IGRAPH_ERRORF("%s: nodes[%zu] has no \"id\" (a string or a number).", IGRAPH_PARSEERROR,
                      path, i);
    }
    ids = scalar_text(id, buf, sizeof buf, &owned);
    IGRAPH_CHECK(il_i_fg_add_node(fg, ids, (igraph_integer_t) i, &v));
    cJSON_ArrayForEach(kv, it) {
        const char *val;
        if (strcmp(kv->string, "id") == 0 || cJSON_IsNull(kv)) {
            continue;
        }
        val = scalar_text(kv, vb, sizeof vb, &vo);
        if ((strcmp(kv->string, "name") == 0 || strcmp(kv->string, "label") == 0) &&
            strcmp(val, ids) == 0) {
            free(vo);       /* innolink's copies of the id */
            continue;
        }
        if (il_i_fg_column(fg, 0, kv->string, key_type(nodes, kv->string), NULL, &col) ||
            il_i_fg_set(fg, 0, v, col, val)) {
            free(vo);
            free(owned);
            return IGRAPH_ENOMEM;
        }
        free(vo);
    }
    free(owned);
    return IGRAPH_SUCCESS;
}

/* Tie \p it (item \p i of \p key) into the collection. */
static igraph_error_t json_tie(il_i_fg_t *fg, const cJSON *ties, const cJSON *it, size_t i,
                               const char *path, const char *key)
{
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(it, "source");
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(it, "target");
    const cJSON *w = cJSON_GetObjectItemCaseSensitive(it, "weight"), *kv;
    char sb[64], tb[64], vb[64], *so, *to, *vo;
    const char *ss, *ts;
    double weight = IGRAPH_NAN;
    size_t e, col;
    igraph_error_t rc = IGRAPH_SUCCESS;
    if (!cJSON_IsObject(it) || !s || !t || cJSON_IsObject(s) || cJSON_IsObject(t)) {
        IGRAPH_ERRORF("%s: %s[%zu] needs \"source\" and \"target\" node ids.",
                      IGRAPH_PARSEERROR, path, key, i);
    }
    if (w && cJSON_IsNumber(w)) {
        weight = w->valuedouble;
    } else if (w && !cJSON_IsNull(w)) {
        IGRAPH_ERRORF("%s: %s[%zu] has a \"weight\" that is not a number.", IGRAPH_PARSEERROR,
                      path, key, i);
    }
    ss = scalar_text(s, sb, sizeof sb, &so);
    ts = scalar_text(t, tb, sizeof tb, &to);
    rc = il_i_fg_add_edge(fg, ss, ts, weight, (igraph_integer_t) i, &e);
    free(so);
    free(to);
    IGRAPH_CHECK(rc);
    cJSON_ArrayForEach(kv, it) {
        const char *val;
        if (strcmp(kv->string, "source") == 0 || strcmp(kv->string, "target") == 0 ||
            strcmp(kv->string, "weight") == 0 || cJSON_IsNull(kv)) {
            continue;
        }
        val = scalar_text(kv, vb, sizeof vb, &vo);
        rc = il_i_fg_column(fg, 1, kv->string, key_type(ties, kv->string), NULL, &col);
        if (rc == IGRAPH_SUCCESS) {
            rc = il_i_fg_set(fg, 1, e, col, val);
        }
        free(vo);
        IGRAPH_CHECK(rc);
    }
    return IGRAPH_SUCCESS;
}

static void fg_free(void *p)
{
    il_i_fg_free((il_i_fg_t *) p);
}

/**
 * \function il_i_read_json
 * \brief Read a node-link JSON file into \p g.
 *
 * Ties are read from "edges" (networkx 3.6 and innolink's default) or
 * "links" (networkx before 3.6, d3); a file with both is refused, as is a
 * file that is not JSON (the message names the line). Node ids and tie
 * ends may be strings or numbers. A tie without a "weight" is an error
 * naming its item, unless --missing-weight 1 (or no tie has a weight:
 * then all weigh 1).
 * \return IGRAPH_PARSEERROR, IGRAPH_EFILE, IGRAPH_EINVAL, IGRAPH_ENOMEM.
 * Time complexity: O(file size + (n + m) * keys).
 */
igraph_error_t il_i_read_json(const il_load_options_t *opts, il_graph_t *g)
{
    char *text = NULL;
    cJSON *doc, *nodes, *edges, *links, *it, *dir;
    const char *key;
    il_i_fg_t *fg = NULL;
    size_t i;
    int any_weight = 0;

    IGRAPH_CHECK(slurp(opts, &text));
    IGRAPH_FINALLY(igraph_free, text);
    doc = cJSON_ParseWithOpts(text, NULL, 1);
    if (!doc) {
        const char *at = cJSON_GetErrorPtr();
        IGRAPH_ERRORF("%s:%" IGRAPH_PRId ": not valid JSON.", IGRAPH_PARSEERROR,
                      opts->edges_path, at ? line_of(text, at) : 1);
    }
    IGRAPH_FINALLY(cJSON_Delete, doc);
    nodes = cJSON_GetObjectItemCaseSensitive(doc, "nodes");
    edges = cJSON_GetObjectItemCaseSensitive(doc, "edges");
    links = cJSON_GetObjectItemCaseSensitive(doc, "links");
    if (!cJSON_IsObject(doc) || !cJSON_IsArray(nodes)) {
        IGRAPH_ERRORF("%s: not node-link JSON (an object with a \"nodes\" array).",
                      IGRAPH_PARSEERROR, opts->edges_path);
    }
    if (edges && links) {
        IGRAPH_ERRORF("%s: both \"edges\" and \"links\": which are the ties?",
                      IGRAPH_PARSEERROR, opts->edges_path);
    }
    key = links ? "links" : "edges";
    if (!links) {
        links = edges;
    }
    if (links && !cJSON_IsArray(links)) {
        IGRAPH_ERRORF("%s: \"%s\" is not an array.", IGRAPH_PARSEERROR, opts->edges_path, key);
    }
    IGRAPH_CHECK(il_i_fg_new(&fg, opts->edges_path));
    IGRAPH_FINALLY(fg_free, fg);
    il_i_fg_set_where(fg, key);
    i = 0;
    cJSON_ArrayForEach(it, nodes) {
        IGRAPH_CHECK(json_node(fg, nodes, it, i++, opts->edges_path));
    }
    i = 0;
    cJSON_ArrayForEach(it, links) {
        any_weight |= cJSON_GetObjectItemCaseSensitive(it, "weight") != NULL;
        IGRAPH_CHECK(json_tie(fg, links, it, i++, opts->edges_path, key));
    }
    if (!any_weight) {
        il_i_fg_default_weight(fg);     /* an unweighted graph: every tie weighs 1 */
    }
    dir = cJSON_GetObjectItemCaseSensitive(doc, "directed");
    IGRAPH_CHECK(il_i_fg_build(fg, opts, cJSON_IsTrue(dir), g, NULL));
    il_i_fg_free(fg);
    cJSON_Delete(doc);
    free(text);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}
