/*
 * The Triple-Helix synergy beside the mixing rows: which sector values
 * are U, I and G, the units (ties, or events of an affiliation table),
 * and the step the mixing job and the HTML report take
 * (docs/metrics-groups.md, "Triple-Helix synergy").
 */
#include "pipeline/helix_internal.h"
#include "report/html.h"

#include <cjson/cJSON.h>

#include <string.h>

/* Append \p name to the comma-separated list \p buf (cut with "..."). */
static void list_add(char *buf, size_t size, const char *name)
{
    size_t len = strlen(buf), need = strlen(name) + (len ? 2 : 0);
    if (len + need + 4 >= size) {
        if (len + 4 < size && strcmp(buf + (len >= 3 ? len - 3 : 0), "...") != 0) {
            strcat(buf, "...");
        }
        return;
    }
    if (len) {
        strcat(buf, ", ");
    }
    strcat(buf, name);
}

/**
 * \function il_i_helix_memberships
 * \brief Read the memberships of an affiliation table again, as pairs
 *        (vertex of \p g, event number).
 *
 * The projection that made \p g forgot the events; the table is read once
 * more as a directed actor -> event tie table (same file, delimiter,
 * --actor and --event columns and --where conditions, no node table), and
 * each actor is looked up in \p g by id (-1 when \p g does not hold it:
 * outside --ego, say).
 *
 * \return IGRAPH_EINVAL when an id is used both as an actor and as an
 *         event; the loader's errors (file:line:column); IGRAPH_ENOMEM.
 *
 * Time complexity: that of reading the table.
 */
static igraph_error_t memberships(const il_graph_t *g, const il_load_options_t *load,
                                  igraph_vector_int_t *actor, igraph_vector_int_t *event,
                                  igraph_integer_t *nevents)
{
    il_load_options_t o = *load;
    il_graph_t t = IL_GRAPH_INIT;
    igraph_vector_int_t role, number;
    igraph_integer_t e, m, v;

    o.affiliation = 0;
    o.nodes_path = NULL;
    o.ego = NULL;
    o.directed = 1;
    o.duplicates = IL_DUP_SUM;
    o.self_loops = IL_LOOP_DROP;
    o.source_col = load->actor_col ? load->actor_col : "actor";
    o.target_col = load->event_col ? load->event_col : "event";
    IGRAPH_CHECK(il_load_graph(&o, &t));
    IGRAPH_FINALLY(il_graph_destroy, &t);
    if (t.info.self_loops_dropped > 0) {
        IGRAPH_ERRORF("%s: %" IGRAPH_PRId " membership rows name the same id as actor and "
                      "event; actors and events need distinct ids for the event view.",
                      IGRAPH_EINVAL, load->edges_path, t.info.self_loops_dropped);
    }
    m = il_graph_ecount(&t);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&role, il_graph_vcount(&t));    /* 1 actor, 2 event */
    IGRAPH_VECTOR_INT_INIT_FINALLY(&number, il_graph_vcount(&t));
    *nevents = 0;
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&t.graph, e), b = IGRAPH_TO(&t.graph, e);
        VECTOR(role)[a] |= 1;
        VECTOR(role)[b] |= 2;
    }
    for (v = 0; v < il_graph_vcount(&t); v++) {
        if (VECTOR(role)[v] == 3) {
            IGRAPH_ERRORF("%s: '%s' is both an actor and an event; the event view needs "
                          "distinct ids.", IGRAPH_EINVAL, load->edges_path,
                          il_graph_vertex_id(&t, v));
        }
        if (VECTOR(role)[v] == 2) {
            VECTOR(number)[v] = (*nevents)++;
        }
    }
    IGRAPH_CHECK(igraph_vector_int_resize(actor, m));
    IGRAPH_CHECK(igraph_vector_int_resize(event, m));
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&t.graph, e), u;
        VECTOR(*actor)[e] = il_graph_find_vertex(g, il_graph_vertex_id(&t, a), &u) ? u : -1;
        VECTOR(*event)[e] = VECTOR(number)[IGRAPH_TO(&t.graph, e)];
    }
    igraph_vector_int_destroy(&number);
    igraph_vector_int_destroy(&role);
    il_graph_destroy(&t);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_helix
 * \brief The Triple-Helix table of \p g by the sector groups of \p attr.
 *
 * Maps the groups to U, I and G (il_helix_groups), then counts ties
 * (il_helix_ties) or, when \p load read an affiliation table from a file,
 * events (il_helix_events). T is not computed (res->note says why) when
 * one of the three helices has no node; res->any is 0 when no group maps
 * to any helix (nothing to report).
 *
 * \return IGRAPH_EINVAL for an unknown attribute, a value mapped twice,
 *         or the event view's errors; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + m), plus reading the table for events.
 */
igraph_error_t il_i_helix(const il_graph_t *g, const il_load_options_t *load, const char *attr,
                          const il_helix_map_t *map, il_i_helix_result_t *res)
{
    il_partition_t p;
    igraph_vector_int_t bits;
    igraph_integer_t n = il_graph_vcount(g), v, k;
    int *node_bits, h;
    static const char *const missing[8] = {
        NULL, "not computed: no node is I (industry) or G (government)",
        "not computed: no node is U (university) or G (government)",
        "not computed: no node is G (government)",
        "not computed: no node is U (university) or I (industry)",
        "not computed: no node is I (industry)", "not computed: no node is U (university)",
        NULL
    };

    memset(res, 0, sizeof *res);
    memset(&p, 0, sizeof p);
    IGRAPH_CHECK(il_partition_from_attr(g, attr, IL_EMPTY_OWN_GROUP, &p));
    IGRAPH_FINALLY(il_partition_destroy, &p);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&bits, 0);
    IGRAPH_CHECK(il_helix_groups(&p, map, &bits));
    for (k = 0; k < p.k; k++) {
        for (h = 0; h < 3; h++) {
            if (VECTOR(bits)[k] & (1 << h)) {
                list_add(res->found[h], sizeof res->found[h], il_partition_name(&p, k));
                res->any = 1;
            }
        }
    }
    node_bits = IGRAPH_CALLOC(n > 0 ? n : 1, int);
    IGRAPH_CHECK_OOM(node_bits, "Out of memory for the Triple-Helix table.");
    IGRAPH_FINALLY(igraph_free, node_bits);
    for (v = 0; v < n; v++) {
        node_bits[v] = VECTOR(bits)[VECTOR(p.membership)[v]];
    }
    if (load && load->affiliation && load->edges_path && strcmp(load->edges_path, "-") != 0) {
        igraph_vector_int_t actor, event;
        igraph_integer_t nevents;
        IGRAPH_VECTOR_INT_INIT_FINALLY(&actor, 0);
        IGRAPH_VECTOR_INT_INIT_FINALLY(&event, 0);
        IGRAPH_CHECK(memberships(g, load, &actor, &event, &nevents));
        IGRAPH_CHECK(il_helix_events(VECTOR(actor), VECTOR(event),
                                     (size_t) igraph_vector_int_size(&actor), nevents, n,
                                     node_bits, &res->table));
        igraph_vector_int_destroy(&event);
        igraph_vector_int_destroy(&actor);
        IGRAPH_FINALLY_CLEAN(2);
    } else {
        IGRAPH_CHECK(il_helix_ties(g, node_bits, &res->table));
    }
    {
        int present = (res->table.nodes[0] > 0 ? IL_HELIX_U : 0) |
                      (res->table.nodes[1] > 0 ? IL_HELIX_I : 0) |
                      (res->table.nodes[2] > 0 ? IL_HELIX_G : 0);
        res->note = present == 7 ? NULL : present == 0 ?
                    "not computed: no node is U, I or G" : missing[present];
        if (!res->note && !(res->table.units > 0)) {
            res->note = "not computed: no ties (or events) to count";
        }
    }
    IGRAPH_FREE(node_bits);
    igraph_vector_int_destroy(&bits);
    il_partition_destroy(&p);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_helix_add
 * \brief The mixing job's step: add the Triple-Helix synergy of the --by
 *        groups to the report when some group maps to a helix.
 *
 * A value given to two of --helix-u, --helix-i, --helix-g is a usage error.
 * \return What il_i_helix() returns; IGRAPH_ENOMEM.
 */
igraph_error_t il_i_helix_add(il_job_ctx_t *ctx, const char *attr, const il_helix_map_t *map)
{
    il_i_helix_result_t *res = IGRAPH_CALLOC(1, il_i_helix_result_t);
    const char *found[3];
    igraph_error_t rc;
    IGRAPH_CHECK_OOM(res, "Out of memory for the Triple-Helix table.");
    IGRAPH_FINALLY(igraph_free, res);
    rc = il_i_helix(ctx->g, &ctx->args->load, attr, map, res);
    if (rc == IGRAPH_EINVAL && strstr(il_last_error(), "is mapped to both")) {
        ctx->usage = 1;
    }
    IGRAPH_CHECK(rc);
    if (res->any) {
        found[0] = res->found[0];
        found[1] = res->found[1];
        found[2] = res->found[2];
        IGRAPH_CHECK(il_report_add_helix(ctx->report, &res->table, attr, map, found,
                                         res->note));
    }
    IGRAPH_FREE(res);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_helix_html
 * \brief The HTML report's Triple-Helix part: T(UIG) of the node column
 *        `sector` with its reading, cells and caveat; a note when the node
 *        table has no sector column or a helix is missing.
 *
 * \return What il_i_helix() returns; IGRAPH_ENOMEM.
 */
igraph_error_t il_i_helix_html(const il_graph_t *g, const il_load_options_t *load, FILE *out,
                               cJSON *params)
{
    il_helix_map_t map = IL_HELIX_MAP_INIT;
    il_i_helix_result_t *res;
    il_report_t rep = { NULL, NULL };
    const char *found[3];
    cJSON *o, *p;
    if (il_graph_vattr_find(g, "sector") < 0) {
        il_html_text(out, "pending", "The node table has no sector column: the Triple-Helix "
                     "synergy needs one (university, industry, government).");
        return IGRAPH_SUCCESS;
    }
    res = IGRAPH_CALLOC(1, il_i_helix_result_t);
    IGRAPH_CHECK_OOM(res, "Out of memory for the Triple-Helix table.");
    IGRAPH_FINALLY(igraph_free, res);
    IGRAPH_CHECK(il_i_helix(g, load, "sector", &map, res));
    IGRAPH_CHECK(il_report_init(&rep, "mixing"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    found[0] = res->found[0];
    found[1] = res->found[1];
    found[2] = res->found[2];
    IGRAPH_CHECK(il_report_add_helix(&rep, &res->table, "sector", &map, found, res->note));
    il_html_text(out, NULL, "Leydesdorff's Triple-Helix synergy: the mutual information in "
                 "three dimensions of the university (U), industry (I) and government (G) "
                 "presence in each unit, in bits. Negative values mean synergy: knowing "
                 "the three together removes uncertainty that no pair of them removes. "
                 "Which sector values count as U, I and G is listed below (change it "
                 "with innolink mixing --by sector --helix-u/-i/-g).");
    o = cJSON_GetObjectItemCaseSensitive(rep.root, "triple_helix_synergy");
    il_html_keyvalue(out, o);
    il_html_table(out, cJSON_GetObjectItemCaseSensitive(rep.root, "helix_cells"));
    if (params && (p = cJSON_AddObjectToObject(params, "triple_helix")) != NULL) {
        cJSON_AddStringToObject(p, "attribute", "sector");
        cJSON_AddStringToObject(p, "unit", res->table.events ? "events" : "ties");
        cJSON_AddStringToObject(p, "u_map", IL_HELIX_U_DEFAULT);
        cJSON_AddStringToObject(p, "i_map", IL_HELIX_I_DEFAULT);
        cJSON_AddStringToObject(p, "g_map", IL_HELIX_G_DEFAULT);
    }
    il_report_destroy(&rep);
    IGRAPH_FREE(res);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
