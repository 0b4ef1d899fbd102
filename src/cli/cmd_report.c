/*
 * innolink report: one self-contained HTML file with the summary, the top
 * actors (strength and centrality), the network picture, the coupling
 * plane and matrices, the communities, the structure and district types,
 * and the parameters.
 *
 * Adding a section (each analysis family adds one)
 * -------------------------------------------------
 * . Write static igraph_error_t sec_foo(report_ctx_t *c) below: run the
 *   analysis on c->g (options from c), write HTML with the il_html_*
 *   helpers of report/report.h (tables from cJSON rows, inline SVG), and
 *   record the options used in a "foo" object of c->params.
 * . Put { "foo", "Title", sec_foo } in sections[] where it should appear.
 */
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/picture.h"
#include "report/html.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_BY = 2000, OPT_SEED, OPT_TOP, OPT_LAYOUT, OPT_TITLE, OPT_COLOR };

static const struct option report_options[] = {
    { "by", required_argument, NULL, OPT_BY },
    { "seed", required_argument, NULL, OPT_SEED },
    { "top", required_argument, NULL, OPT_TOP },
    { "layout", required_argument, NULL, OPT_LAYOUT },
    { "title", required_argument, NULL, OPT_TITLE },
    { "color", required_argument, NULL, OPT_COLOR },
    { NULL, 0, NULL, 0 }
};

static const char *const report_help[] = {
    "One self-contained HTML report (no network access, no external scripts): the",
    "summary, top actors (strength, betweenness, eigenvector, PageRank, effective",
    "size), the network picture, the coupling plane, E-I index and the coupling and",
    "mixing matrices of the --by groups as heat maps, the communities (compared with",
    "the --by groups), hubs, core-periphery, roles and district types with their",
    "evidence, and the parameters used.",
    "",
    "Report:",
    "  --by ATTR            node column whose groups are compared (coupling,",
    "                       communities, structure)",
    "  --color ATTR         colour of the network picture (default: the --by column)",
    "  --top N              actors listed (default: 15)",
    "  --layout L           auto|fr|drl|geo (default: auto)",
    "  --seed S             seed of the layout, communities, permutations and",
    "                       core-periphery search (default: 42)",
    "  --title TEXT         page title (default: innolink report: EDGES)",
    NULL
};

const struct il_cli_spec report_spec = {
    "report", "innolink report EDGES [--nodes NODES] [--by ATTR] -o FILE.html",
    report_help, report_options, 1, 0
};

typedef struct report_ctx {
    const il_graph_t *g;
    const struct il_cli *cli;
    const char *by;
    il_picture_opts_t pic;
    igraph_integer_t top;
    FILE *out;
    cJSON *params;              /* the options every section used */
} report_ctx_t;

typedef igraph_error_t section_fn(report_ctx_t *c);

static cJSON *params_of(report_ctx_t *c, const char *name)
{
    cJSON *p = cJSON_GetObjectItemCaseSensitive(c->params, name);
    return p ? p : cJSON_AddObjectToObject(c->params, name);
}

/* Whole-graph structure (DEFINITIONS.md, "Whole graph"). */
static igraph_error_t sec_summary(report_ctx_t *c)
{
    il_summary_options_t opts = IL_SUMMARY_OPTIONS_INIT;
    il_summary_t s;
    il_report_t rep = { NULL, NULL };
    cJSON *p;
    opts.seed = c->pic.seed;
    IGRAPH_CHECK(il_summary(c->g, &opts, &s));
    IGRAPH_CHECK(il_report_init(&rep, "summary"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_summary(&rep, &s, &opts));
    cJSON_DeleteItemFromObjectCaseSensitive(rep.root, "command");
    p = cJSON_DetachItemFromObjectCaseSensitive(rep.root, "parameters");
    if (p) {
        cJSON_AddItemToObject(c->params, "summary", p);
    }
    il_html_keyvalue(c->out, rep.root);
    il_report_destroy(&rep);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static const igraph_vector_t *sort_deg, *sort_str;
static const il_graph_t *sort_g;

static int by_strength(const void *a, const void *b)
{
    igraph_integer_t u = *(const igraph_integer_t *) a, v = *(const igraph_integer_t *) b;
    if (VECTOR(*sort_str)[u] != VECTOR(*sort_str)[v]) {
        return VECTOR(*sort_str)[u] > VECTOR(*sort_str)[v] ? -1 : 1;
    }
    if (VECTOR(*sort_deg)[u] != VECTOR(*sort_deg)[v]) {
        return VECTOR(*sort_deg)[u] > VECTOR(*sort_deg)[v] ? -1 : 1;
    }
    return strcmp(il_graph_vertex_id(sort_g, u), il_graph_vertex_id(sort_g, v));
}

/* The scores the report ranks actors by, with what they mean. */
static const struct {
    il_score_t score;
    const char *meaning;
} ranked[] = {
    { IL_SCORE_BETWEENNESS, "brokers on shortest paths (normalised betweenness; lengths 1/w)" },
    { IL_SCORE_EIGENVECTOR, "tied to well-tied actors (eigenvector centrality, max 1)" },
    { IL_SCORE_PAGERANK, "PageRank (damping 0.85, weighted, sums to 1)" },
    { IL_SCORE_EFFECTIVE_SIZE, "Burt's effective size: non-redundant contacts (structural "
      "holes spanned)" },
};

/* The top actors by betweenness, eigenvector, PageRank and effective size,
 * from one run of the centrality analysis with its defaults. */
static igraph_error_t top_by_centrality(report_ctx_t *c)
{
    il_centrality_options_t opts = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t res;
    size_t i;
    cJSON *p, *rows, *row;
    memset(&res, 0, sizeof res);
    IGRAPH_CHECK(il_centrality(c->g, &opts, &res));
    IGRAPH_FINALLY(il_centrality_destroy, &res);
    for (i = 0; i < sizeof ranked / sizeof ranked[0]; i++) {
        il_report_t rep = { NULL, NULL };
        const char *name = il_score_name(ranked[i].score);
        double rank = 0;
        if (!res.has[ranked[i].score]) {
            continue;
        }
        IGRAPH_CHECK(il_report_init(&rep, "centrality"));
        IGRAPH_FINALLY(il_report_destroy, &rep);
        IGRAPH_CHECK(il_report_add_centrality(&rep, c->g, &res, &opts, (int) ranked[i].score,
                                              c->top));
        if (i == 0) {
            p = cJSON_DetachItemFromObjectCaseSensitive(rep.root, "parameters");
            if (p) {
                cJSON_AddItemToObject(c->params, "centrality", p);
            }
            fputs("<h3>Centralization</h3>\n", c->out);
            il_html_keyvalue(c->out, cJSON_GetObjectItemCaseSensitive(rep.root,
                             "centralization"));
        }
        rows = cJSON_GetObjectItemCaseSensitive(rep.root, "nodes");
        cJSON_ArrayForEach(row, rows) {
            cJSON *keep = cJSON_CreateObject(), *it;
            IGRAPH_CHECK_OOM(keep, "Out of memory ranking actors.");
            cJSON_AddNumberToObject(keep, "rank", ++rank);
            for (it = row->child; it; it = it->next) {
                if (strcmp(it->string, "id") == 0 || strcmp(it->string, "label") == 0 ||
                    strcmp(it->string, name) == 0) {
                    cJSON_AddItemToObject(keep, it->string, cJSON_Duplicate(it, 1));
                }
            }
            cJSON_ReplaceItemViaPointer(rows, row, keep);
            row = keep;
        }
        fputs("<h3>Top by ", c->out);
        il_xml_write(c->out, name, 0, NULL);
        fputs("</h3>\n", c->out);
        il_html_text(c->out, NULL, ranked[i].meaning);
        il_html_table(c->out, rows);
        il_report_destroy(&rep);
        IGRAPH_FINALLY_CLEAN(1);
    }
    il_centrality_destroy(&res);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The actors with the largest strength (then degree, then id). */
static igraph_error_t sec_actors(report_ctx_t *c)
{
    igraph_integer_t n = il_graph_vcount(c->g), v, k;
    igraph_vector_t deg, str;
    igraph_integer_t *order;
    long bycol = c->by ? il_graph_vattr_find(c->g, c->by) : -1;
    cJSON *rows, *p;

    if (n == 0) {
        il_html_text(c->out, NULL, "The network has no nodes.");
        return IGRAPH_SUCCESS;
    }
    IGRAPH_VECTOR_INIT_FINALLY(&deg, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&str, 0);
    IGRAPH_CHECK(il_degree_strength(c->g, &deg, &str));
    order = malloc((size_t) n * sizeof *order);
    IGRAPH_CHECK_OOM(order, "Out of memory ranking actors.");
    IGRAPH_FINALLY(igraph_free, order);
    for (v = 0; v < n; v++) {
        order[v] = v;
    }
    sort_deg = &deg;
    sort_str = &str;
    sort_g = c->g;
    qsort(order, (size_t) n, sizeof *order, by_strength);
    rows = cJSON_CreateArray();
    IGRAPH_CHECK_OOM(rows, "Out of memory ranking actors.");
    IGRAPH_FINALLY(cJSON_Delete, rows);
    for (k = 0; k < n && k < c->top; k++) {
        cJSON *r = cJSON_CreateObject();
        v = order[k];
        IGRAPH_CHECK_OOM(r, "Out of memory ranking actors.");
        cJSON_AddItemToArray(rows, r);
        cJSON_AddNumberToObject(r, "rank", (double) (k + 1));
        cJSON_AddStringToObject(r, "label", il_graph_vertex_label(c->g, v));
        cJSON_AddStringToObject(r, "id", il_graph_vertex_id(c->g, v));
        if (bycol >= 0) {
            cJSON_AddStringToObject(r, c->by, il_graph_vattr_get(c->g, (size_t) bycol, v));
        }
        cJSON_AddNumberToObject(r, "degree", VECTOR(deg)[v]);
        cJSON_AddNumberToObject(r, "strength", VECTOR(str)[v]);
    }
    il_html_text(c->out, NULL, "Ranked by strength (sum of tie strengths), then degree "
                 "(number of ties). The tables below rank the same actors by centrality "
                 "(innolink centrality).");
    il_html_table(c->out, rows);
    p = params_of(c, "actors");
    if (p) {
        cJSON_AddNumberToObject(p, "top", (double) c->top);
        cJSON_AddStringToObject(p, "ranked_by", "strength, then degree, then id");
    }
    cJSON_Delete(rows);
    igraph_free(order);
    igraph_vector_destroy(&str);
    igraph_vector_destroy(&deg);
    IGRAPH_FINALLY_CLEAN(4);
    return top_by_centrality(c);
}

/* The network picture, inline SVG. */
static igraph_error_t sec_network(report_ctx_t *c)
{
    igraph_integer_t drawn = 0;
    cJSON *p = params_of(c, "network");
    if (il_graph_vcount(c->g) > IL_GROUP_GRAPH_MIN && !c->pic.color) {
        /* too many nodes to draw one by one: one node per community */
        c->pic.color = "community";
    }
    fputs("<figure>\n", c->out);
    IGRAPH_CHECK(il_picture_network(c->g, &c->pic, 0, c->out, &drawn, p));
    fputs("<figcaption>Node size: degree; colour: ", c->out);
    il_xml_write(c->out, c->pic.color ? c->pic.color : "none", 0, NULL);
    fputs("; hover over a node for its name and values.</figcaption>\n</figure>\n", c->out);
    return IGRAPH_SUCCESS;
}

static void partition_free(void *p)
{
    il_partition_destroy((il_partition_t *) p);
}

/* One number as a table cell (NaN: a dash). */
static void num_cell(FILE *out, double v, const char *style)
{
    if (isfinite(v)) {
        fprintf(out, "<td class=\"num\"%s>%.4g</td>", style, v);
    } else {
        fputs("<td class=\"num\">&#8211;</td>", out);
    }
}

/* One number in running text (NaN: a dash). */
static void num_text(FILE *out, double v)
{
    if (isfinite(v)) {
        fprintf(out, "%.4g", v);
    } else {
        fputs("&#8211;", out);
    }
}

/* A heading cell with the name of group \p i. */
static void group_th(FILE *out, const il_partition_t *p, igraph_integer_t i)
{
    fputs("<th>", out);
    il_xml_write(out, il_partition_name(p, i), 0, NULL);
    fputs("</th>", out);
}

/*
 * A k x k matrix of the groups as a heat map: an HTML table whose cell
 * colour deepens with the value (white = 0, deep blue = the largest).
 */
static void heat_table(FILE *out, const il_partition_t *p, const igraph_matrix_t *m,
                       const char *caption)
{
    igraph_integer_t k = p->k, i, j;
    double max = 0;
    char style[96];
    for (i = 0; i < k; i++) {
        for (j = 0; j < k; j++) {
            if (isfinite(MATRIX(*m, i, j)) && MATRIX(*m, i, j) > max) {
                max = MATRIX(*m, i, j);
            }
        }
    }
    fputs("<table class=\"heat\">\n<caption>", out);
    il_xml_write(out, caption, 0, NULL);
    fputs("</caption>\n<tr><th>from \\ to</th>", out);
    for (j = 0; j < k; j++) {
        group_th(out, p, j);
    }
    fputs("</tr>\n", out);
    for (i = 0; i < k; i++) {
        fputs("<tr>", out);
        group_th(out, p, i);
        for (j = 0; j < k; j++) {
            double v = MATRIX(*m, i, j), t = max > 0 && isfinite(v) ? v / max : 0;
            snprintf(style, sizeof style, " style=\"background: hsl(210, 70%%, %.0f%%); color: "
                     "%s\"", 97 - 55 * t, t > 0.6 ? "#fff" : "#222");
            num_cell(out, v, style);
        }
        fputs("</tr>\n", out);
    }
    fputs("</table>\n", out);
}

static void coupling_free(void *r)
{
    il_coupling_destroy((il_coupling_t *) r);
}

static void mixing_free(void *r)
{
    il_mixing_destroy((il_mixing_t *) r);
}

/* The loose-coupling plane of the --by groups with its numbers, the E-I
 * index, and the coupling and mixing matrices as heat maps. */
static igraph_error_t sec_coupling(report_ctx_t *c)
{
    il_coupling_options_t opts = IL_COUPLING_OPTIONS_INIT;
    il_partition_t part;
    il_coupling_t cp;
    il_mixing_t mx;
    igraph_integer_t i;
    cJSON *rows, *p;
    if (!c->by) {
        il_html_text(c->out, "pending", "Give --by ATTR (a node column such as cluster or "
                     "region) to compare groups.");
        return IGRAPH_SUCCESS;
    }
    memset(&part, 0, sizeof part);
    memset(&cp, 0, sizeof cp);
    memset(&mx, 0, sizeof mx);
    IGRAPH_CHECK(il_partition_from_attr(c->g, c->by, IL_EMPTY_OWN_GROUP, &part));
    IGRAPH_FINALLY(partition_free, &part);
    if (part.k < 2) {
        il_html_text(c->out, "pending", "Every node is in one group: there is nothing "
                     "between groups to compare.");
        il_partition_destroy(&part);
        IGRAPH_FINALLY_CLEAN(1);
        return IGRAPH_SUCCESS;
    }
    il_html_text(c->out, NULL, "Each group is a point: internal cohesion (weighted density "
                 "inside the group) against external coupling (share of the group's tie "
                 "strength that leaves it). Nodes without a value form the group (none).");
    p = params_of(c, "coupling");
    fputs("<figure>\n", c->out);
    IGRAPH_CHECK(il_picture_plane(c->g, NULL, c->by, NULL, 0, c->out, NULL, p));
    fputs("</figure>\n", c->out);
    opts.seed = c->pic.seed;
    opts.cuts = 0;
    IGRAPH_CHECK(il_coupling(c->g, &part, &opts, &cp));
    IGRAPH_FINALLY(coupling_free, &cp);
    rows = cJSON_CreateArray();
    IGRAPH_CHECK_OOM(rows, "Out of memory building the coupling table.");
    IGRAPH_FINALLY(cJSON_Delete, rows);
    for (i = 0; i < part.k; i++) {
        const il_coupling_group_t *gr = &cp.group[i];
        cJSON *r = cJSON_CreateObject();
        IGRAPH_CHECK_OOM(r, "Out of memory building the coupling table.");
        cJSON_AddItemToArray(rows, r);
        cJSON_AddStringToObject(r, c->by, il_partition_name(&part, i));
        cJSON_AddNumberToObject(r, "nodes", (double) VECTOR(part.size)[i]);
        cJSON_AddNumberToObject(r, "internal_weight", gr->ei.weight_in);
        cJSON_AddNumberToObject(r, "external_weight", gr->ei.weight_out);
        cJSON_AddNumberToObject(r, "internal_density", gr->weighted_density);
        cJSON_AddNumberToObject(r, "external_share", gr->coupling_share);
        cJSON_AddNumberToObject(r, "ei_index", gr->ei.ei);
        cJSON_AddStringToObject(r, "reading", il_coupling_reading_name(gr->reading));
    }
    il_html_table(c->out, rows);
    fprintf(c->out, "<p>E-I index of the whole network (Krackhardt and Stern; -1: every tie "
            "inside a group, +1: every tie between groups): ");
    num_text(c->out, cp.whole.ei);
    fputs(" (weighted: ", c->out);
    num_text(c->out, cp.whole.ei_weighted);
    fputs("); P(permuted E-I &ge; observed) = ", c->out);
    num_text(c->out, cp.p_greater);
    fprintf(c->out, " over %" IGRAPH_PRId " label permutations.</p>\n", cp.permutations);
    fputs("<h3>Coupling matrix</h3>\n", c->out);
    heat_table(c->out, &part, &cp.weight, "Sum of tie strengths between groups (row to "
               "column; undirected: symmetric)");
    heat_table(c->out, &part, &cp.weighted_density, "Weighted block density (strength per "
               "possible pair)");
    IGRAPH_CHECK(il_mixing(c->g, &part, &mx));
    IGRAPH_FINALLY(mixing_free, &mx);
    fputs("<h3>Mixing matrix</h3>\n", c->out);
    heat_table(c->out, &part, &mx.e, "Share of tie ends (networkx attribute_mixing_matrix, "
               "normalised)");
    fputs("<p>Nominal assortativity (Newman): ", c->out);
    num_text(c->out, mx.assortativity);
    fputs("; weighted: ", c->out);
    num_text(c->out, mx.assortativity_weighted);
    fputs("</p>\n", c->out);
    if (p) {
        cJSON_AddNumberToObject(p, "permutations", (double) cp.permutations);
        cJSON_AddNumberToObject(p, "seed", (double) opts.seed);
        cJSON_AddStringToObject(p, "empty_group", "own group (none)");
        cJSON_AddNumberToObject(p, "cohesion_threshold", cp.cohesion);
    }
    il_mixing_destroy(&mx);
    cJSON_Delete(rows);
    il_coupling_destroy(&cp);
    il_partition_destroy(&part);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

/* Copy the members \p keys of \p from (those present) into a new object. */
static cJSON *pick(const cJSON *from, const char *const *keys)
{
    cJSON *o = cJSON_CreateObject();
    for (; o && *keys; keys++) {
        const cJSON *it = cJSON_GetObjectItemCaseSensitive(from, *keys);
        if (it) {
            cJSON_AddItemToObject(o, *keys, cJSON_Duplicate(it, 1));
        }
    }
    return o;
}

/* Move the `parameters` of \p rep into c->params under \p name. */
static void keep_parameters(report_ctx_t *c, il_report_t *rep, const char *name)
{
    cJSON *p = cJSON_DetachItemFromObjectCaseSensitive(rep->root, "parameters");
    if (p) {
        cJSON_DeleteItemFromObjectCaseSensitive(c->params, name);
        cJSON_AddItemToObject(c->params, name, p);
    }
}

/* Leiden communities (seeded, as `innolink communities --seed S`) and,
 * with --by, how they compare with the declared groups. */
static igraph_error_t sec_communities(report_ctx_t *c)
{
    static const char *const scalars[] = {
        "method", "communities_found", "modularity", "runs", "best_run_seed",
        "distinct_partitions", "stability_nmi", "stability_ari", NULL
    };
    il_communities_options_t opts = IL_COMMUNITIES_OPTIONS_INIT;
    il_communities_report_t how = { NULL, 1, NULL, NULL, 3, 0 };
    il_communities_t res;
    il_partition_t decl;
    il_report_t rep = { NULL, NULL };
    cJSON *kv;
    memset(&res, 0, sizeof res);
    memset(&decl, 0, sizeof decl);
    opts.seed = c->pic.seed;
    if (c->g->directed) {
        opts.symmetrize = IL_SYMMETRIZE_SUM;    /* Leiden needs undirected ties */
    }
    how.opts = &opts;
    how.runs_requested = opts.runs;
    IGRAPH_CHECK(il_communities_detect(c->g, &opts, &res));
    IGRAPH_FINALLY(il_communities_destroy, &res);
    IGRAPH_FINALLY(partition_free, &decl);
    IGRAPH_CHECK(il_report_init(&rep, "communities"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_communities(&rep, c->g, &res, &how));
    IGRAPH_CHECK(il_report_add_communities_parameters(&rep, &res, &how));
    if (c->by) {
        il_partition_comparison_t cmp;
        igraph_matrix_int_t tab;
        IGRAPH_CHECK(il_partition_from_attr(c->g, c->by, IL_EMPTY_OWN_GROUP, &decl));
        IGRAPH_CHECK(il_partition_compare(&decl.membership, &res.membership, &cmp));
        IGRAPH_CHECK(igraph_matrix_int_init(&tab, 0, 0));
        IGRAPH_FINALLY(igraph_matrix_int_destroy, &tab);
        IGRAPH_CHECK(il_partition_crosstab(&decl.membership, decl.k, &res.membership, res.k,
                                           &tab));
        IGRAPH_CHECK(il_report_add_comparison(&rep, c->by, &decl, &res, &how, &cmp, &tab));
        igraph_matrix_int_destroy(&tab);
        IGRAPH_FINALLY_CLEAN(1);
    }
    il_html_text(c->out, NULL, "Communities found by Leiden (modularity, seeded runs; the "
                 "best run kept). Modularity: the share of tie strength inside communities "
                 "minus its expectation under random mixing.");
    kv = pick(rep.root, scalars);
    IGRAPH_CHECK_OOM(kv, "Out of memory writing the communities.");
    il_html_keyvalue(c->out, kv);
    cJSON_Delete(kv);
    il_html_table(c->out, cJSON_GetObjectItemCaseSensitive(rep.root, "communities"));
    if (c->by) {
        fputs("<h3>Communities against ", c->out);
        il_xml_write(c->out, c->by, 0, NULL);
        fputs("</h3>\n", c->out);
        il_html_text(c->out, NULL, "How far the detected communities follow the declared "
                     "groups: NMI and ARI are 1 when they are the same partition, near 0 "
                     "when unrelated; for each group, the community holding most of it.");
        il_html_keyvalue(c->out, cJSON_GetObjectItemCaseSensitive(rep.root, "comparison"));
        il_html_table(c->out, cJSON_GetObjectItemCaseSensitive(rep.root, "declared_groups"));
    }
    keep_parameters(c, &rep, "communities");
    il_report_destroy(&rep);
    il_partition_destroy(&decl);
    il_communities_destroy(&res);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

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
    it = cJSON_GetObjectItemCaseSensitive(d, "best_match");
    if (it) {
        cJSON_AddItemToObject(r, "district_type", cJSON_Duplicate(it, 1));
    }
    return IGRAPH_SUCCESS;
}

/* The evidence sentence of one scope's district type. */
static void structure_evidence(FILE *out, const char *scope, const cJSON *o)
{
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(o, "district");
    const cJSON *ev = cJSON_GetObjectItemCaseSensitive(d, "evidence");
    if (!cJSON_IsString(ev)) {
        return;
    }
    fputs("<p class=\"evidence\"><b>", out);
    il_xml_write(out, scope, 0, NULL);
    fputs(":</b> ", out);
    il_xml_write(out, ev->valuestring, 0, NULL);
    fputs("</p>\n", out);
}

/* Hubs, core-periphery, roles and the district type (Markusen 1996) of
 * the network and, with --by, of each group, with the evidence. */
static igraph_error_t sec_structure(report_ctx_t *c)
{
    il_structure_options_t opts = IL_STRUCTURE_OPTIONS_INIT;
    il_structure_t st;
    il_report_t rep = { NULL, NULL };
    igraph_integer_t count[8] = { 0 }, v;
    cJSON *rows, *groups, *it;
    int r;
    memset(&st, 0, sizeof st);
    opts.seed = c->pic.seed;
    opts.group_attr = c->by;
    opts.empty = IL_EMPTY_OWN_GROUP;
    IGRAPH_CHECK(il_structure(c->g, &opts, &st));
    IGRAPH_FINALLY(il_structure_destroy, &st);
    IGRAPH_CHECK(il_report_init(&rep, "structure"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_structure(&rep, &st, c->g, &opts));
    rows = cJSON_CreateArray();
    IGRAPH_CHECK_OOM(rows, "Out of memory writing the structure.");
    IGRAPH_FINALLY(cJSON_Delete, rows);
    IGRAPH_CHECK(structure_row(rows, "(whole network)",
                               cJSON_GetObjectItemCaseSensitive(rep.root, "network")));
    groups = cJSON_GetObjectItemCaseSensitive(rep.root, "groups");
    cJSON_ArrayForEach(it, groups) {
        IGRAPH_CHECK(structure_row(rows, it->string, it));
    }
    il_html_text(c->out, NULL, "Hubs (degree or strength z-score of at least 2.5), Freeman "
                 "degree centralization, the Borgatti-Everett core (discrete model) and its "
                 "fit, and the district type each scope resembles most (Markusen 1996: "
                 "Marshallian, hub-and-spoke, satellite platform, state-anchored).");
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
    keep_parameters(c, &rep, "structure");
    cJSON_Delete(rows);
    il_report_destroy(&rep);
    il_structure_destroy(&st);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* Everything that decides the numbers: the sections' options and the input. */
static igraph_error_t sec_parameters(report_ctx_t *c)
{
    il_report_t rep = { NULL, NULL };
    IGRAPH_CHECK(il_report_init(&rep, "report"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_input(&rep, &c->cli->load, c->g));
    cJSON_DeleteItemFromObjectCaseSensitive(rep.root, "command");
    il_html_keyvalue(c->out, c->params);
    fputs("<h3>Input</h3>\n", c->out);
    il_html_keyvalue(c->out, cJSON_GetObjectItemCaseSensitive(rep.root, "input"));
    il_report_destroy(&rep);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static const struct {
    const char *id;
    const char *title;
    section_fn *fn;
} sections[] = {
    { "summary", "Summary", sec_summary },
    { "actors", "Top actors", sec_actors },
    { "network", "The network", sec_network },
    { "coupling", "Coupling between groups", sec_coupling },
    { "communities", "Communities", sec_communities },
    { "structure", "Structure: hubs, core, periphery and district type", sec_structure },
    { "parameters", "Parameters", sec_parameters },
};

static int report_option(int code, const char *arg, void *vctx)
{
    report_ctx_t *c = vctx;
    igraph_integer_t v;
    switch (code) {
    case OPT_BY:
        c->by = arg;
        return 0;
    case OPT_COLOR:
        c->pic.color = arg;
        return 0;
    case OPT_SEED:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&report_spec, "--seed: expected a whole number >= 0, not '%s'",
                                  arg);
        }
        c->pic.seed = (igraph_uint_t) v;
        return 0;
    case OPT_TOP:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&report_spec, "--top: expected a whole number >= 0, not '%s'",
                                  arg);
        }
        c->top = v;
        return 0;
    case OPT_LAYOUT:
        if (!il_cli_layout_parse(arg, &c->pic.layout)) {
            return il_usage_error(&report_spec, "--layout: expected auto, fr, drl or geo, not "
                                  "'%s'", arg);
        }
        return 0;
    case OPT_TITLE:
        c->pic.title = arg;
        return 0;
    }
    return il_usage_error(&report_spec, "unexpected option");
}

int cmd_report(int argc, char **argv)
{
    struct il_cli cli;
    report_ctx_t c = { NULL, NULL, NULL, IL_PICTURE_OPTS_INIT, 15, NULL, NULL };
    il_graph_t g = IL_GRAPH_INIT;
    il_output_t out;
    char title[512];
    const char *page_title;
    size_t i;
    int open = 0;
    int ret = il_cli_parse(argc, argv, &report_spec, &cli, report_option, &c);

    if (ret != IL_EXIT_OK || cli.done) {
        goto cleanup;
    }
    if ((ret = il_cli_load(&cli, &g)) != IL_EXIT_OK) {
        goto cleanup;
    }
    ret = IL_EXIT_DATA;
    if (c.by && il_graph_vattr_find(&g, c.by) < 0) {
        il_set_error("--by: no node column '%s' (give it in the node table)", c.by);
        ret = il_data_error();
        goto cleanup;
    }
    if (!c.pic.color) {
        c.pic.color = c.by;
    }
    c.g = &g;
    c.cli = &cli;
    c.params = cJSON_CreateObject();
    if (!c.params) {
        il_set_error("out of memory");
        ret = il_data_error();
        goto cleanup;
    }
    snprintf(title, sizeof title, "innolink report: %s", cli.load.edges_path);
    page_title = c.pic.title ? c.pic.title : title;
    c.pic.title = NULL;     /* the page carries the title; pictures stay bare */
    if (il_output_open(&out, cli.output) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    open = 1;
    c.out = out.fp;
    il_html_begin(c.out, page_title);
    fputs("<nav>", c.out);
    for (i = 0; i < sizeof sections / sizeof sections[0]; i++) {
        fprintf(c.out, "<a href=\"#%s\">", sections[i].id);
        il_xml_write(c.out, sections[i].title, 0, NULL);
        fputs("</a>", c.out);
    }
    fputs("</nav>\n", c.out);
    for (i = 0; i < sizeof sections / sizeof sections[0]; i++) {
        il_html_section_begin(c.out, sections[i].id, sections[i].title);
        if (sections[i].fn(&c) != IGRAPH_SUCCESS) {
            ret = il_data_error();
            goto cleanup;
        }
        il_html_section_end(c.out);
    }
    il_html_end(c.out);
    open = 0;
    if (il_output_commit(&out) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    ret = IL_EXIT_OK;
cleanup:
    if (open) {
        il_output_abort(&out);
    }
    cJSON_Delete(c.params);
    il_graph_destroy(&g);
    il_cli_destroy(&cli);
    return ret;
}
