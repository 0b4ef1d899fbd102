/*
 * The HTML report: one self-contained file with the summary, the top
 * actors (strength and centrality), the network picture, the coupling
 * plane and matrices, the communities, the structure and district types,
 * and the parameters.
 *
 * Adding a section (each analysis family adds one)
 * -------------------------------------------------
 * . Write static igraph_error_t sec_foo(report_ctx_t *c) below: run the
 *   analysis on c->g (options from c->o), build its report document with
 *   the il_report_add_* builders, write HTML with the il_html_* helpers of
 *   the report layer (tables from cJSON rows, numbers, heat maps, inline
 *   SVG), and record the options used in a "foo" object of c->params.
 * . Put { "foo", "Title", sec_foo } in sections[] where it should appear.
 */
#include "pipeline/pipeline.h"
#include "report/html.h"
#include "report/svg.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct report_ctx {
    const il_graph_t *g;
    const il_load_options_t *load;
    const char *by;
    il_picture_options_t pic;   /* the seed of every section */
    il_null_options_t null;     /* the tests behind the readings (seed: pic.seed) */
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

/* What actors are ranked by: strength, then degree, then id. */
typedef struct actor_rank {
    const igraph_vector_t *deg, *str;
    const il_graph_t *g;
} actor_rank_t;

static int by_strength(void *ctx, const void *a, const void *b)
{
    const actor_rank_t *r = ctx;
    igraph_integer_t u = *(const igraph_integer_t *) a, v = *(const igraph_integer_t *) b;
    if (VECTOR(*r->str)[u] != VECTOR(*r->str)[v]) {
        return VECTOR(*r->str)[u] > VECTOR(*r->str)[v] ? -1 : 1;
    }
    if (VECTOR(*r->deg)[u] != VECTOR(*r->deg)[v]) {
        return VECTOR(*r->deg)[u] > VECTOR(*r->deg)[v] ? -1 : 1;
    }
    return strcmp(il_graph_vertex_id(r->g, u), il_graph_vertex_id(r->g, v));
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
    actor_rank_t rank;
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
    rank.deg = &deg;
    rank.str = &str;
    rank.g = c->g;
    igraph_qsort_r(order, (size_t) n, sizeof *order, &rank, by_strength);
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

/* The coupling table of the report: the columns of the coupling command's
 * groups_table (one set of names for the same numbers), its plane reading
 * and the test that decided it. */
static igraph_error_t coupling_rows(report_ctx_t *c, const il_partition_t *part,
                                    const il_coupling_options_t *opts, const il_coupling_t *cp,
                                    cJSON **rows)
{
    static const char *const keys[] = {
        "group", "size", "weight_inside", "weight_outside", "weighted_density",
        "coupling_share", "ei_index", NULL
    };
    static const char *const plane_keys[] = {
        "cohesion_expected", "cohesion_p", "coupling_expected", "coupling_ratio", "reading",
        "decided_by", NULL
    };
    il_report_t rep = { NULL, NULL };
    const cJSON *groups, *plane, *row;
    int i = 0;
    IGRAPH_CHECK(il_report_init(&rep, "coupling"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_coupling(&rep, c->g, part, c->by, "own group (none)", opts, cp));
    groups = cJSON_GetObjectItemCaseSensitive(rep.root, "groups_table");
    plane = cJSON_GetObjectItemCaseSensitive(rep.root, "plane");
    *rows = cJSON_CreateArray();
    IGRAPH_CHECK_OOM(*rows, "Out of memory building the coupling table.");
    IGRAPH_FINALLY(cJSON_Delete, *rows);
    cJSON_ArrayForEach(row, groups) {
        cJSON *r = pick(row, keys), *pr;
        const cJSON *it;
        IGRAPH_CHECK_OOM(r, "Out of memory building the coupling table.");
        cJSON_AddItemToArray(*rows, r);
        pr = pick(cJSON_GetArrayItem(plane, i++), plane_keys);
        IGRAPH_CHECK_OOM(pr, "Out of memory building the coupling table.");
        for (it = pr->child; it; it = it->next) {
            cJSON_AddItemToObject(r, it->string, cJSON_Duplicate(it, 1));
        }
        cJSON_Delete(pr);
    }
    il_report_destroy(&rep);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* A table of the tests of \p family on the network (not per group or
 * node): statistic, observed, null mean, sd, both one-sided p, two-sided p. */
static igraph_error_t network_tests(report_ctx_t *c, const il_null_tests_t *t,
                                    const char *family)
{
    cJSON *rows = cJSON_CreateArray(), *row;
    igraph_integer_t i;
    char buf[256];
    IGRAPH_CHECK_OOM(rows, "Out of memory writing the tests.");
    IGRAPH_FINALLY(cJSON_Delete, rows);
    for (i = 0; i < t->nstat; i++) {
        const il_null_stat_t *st = &t->stat[i];
        if (st->subject != IL_SUBJECT_NETWORK || strcmp(st->family, family) != 0 ||
            !t->run[st->model].done) {
            continue;
        }
        row = cJSON_CreateObject();
        IGRAPH_CHECK_OOM(row, "Out of memory writing the tests.");
        cJSON_AddItemToArray(rows, row);
        il_report_test_statistic(st, buf, sizeof buf);
        cJSON_AddStringToObject(row, "statistic", buf);
        IGRAPH_CHECK(il_report_test_row(row, t, i));
    }
    if (cJSON_GetArraySize(rows) > 0) {
        il_html_table(c->out, rows);
    }
    cJSON_Delete(rows);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The loose-coupling plane of the --by groups with the readings and the
 * tests behind them, the E-I index with both tails of every test, and the
 * coupling and mixing matrices as heat maps. */
static igraph_error_t sec_coupling(report_ctx_t *c)
{
    il_coupling_options_t opts = IL_COUPLING_OPTIONS_INIT;
    il_partition_t part;
    il_coupling_t cp;
    il_mixing_t mx;
    il_null_tests_t mt;
    cJSON *rows, *p;
    igraph_integer_t drawn = 0;
    if (!c->by) {
        il_html_text(c->out, "pending", "Give --by ATTR (a node column such as cluster or "
                     "region) to compare groups.");
        return IGRAPH_SUCCESS;
    }
    memset(&part, 0, sizeof part);
    memset(&cp, 0, sizeof cp);
    memset(&mx, 0, sizeof mx);
    memset(&mt, 0, sizeof mt);
    IGRAPH_CHECK(il_partition_from_attr(c->g, c->by, IL_EMPTY_OWN_GROUP, &part));
    IGRAPH_FINALLY(il_partition_destroy, &part);
    if (part.k < 2) {
        il_html_text(c->out, "pending", "Every node is in one group: there is nothing "
                     "between groups to compare.");
        il_partition_destroy(&part);
        IGRAPH_FINALLY_CLEAN(1);
        return IGRAPH_SUCCESS;
    }
    opts.seed = c->pic.seed;
    opts.cuts = 0;
    opts.null = c->null;
    IGRAPH_CHECK(il_coupling(c->g, &part, &opts, &cp));
    IGRAPH_FINALLY(il_coupling_destroy, &cp);
    il_html_text(c->out, NULL, "Loose coupling, as every output of innolink defines it: a "
                 "group is loosely coupled when it is more cohesive (weighted density inside) "
                 "than the null model gives a group of its size and strength, and still sends "
                 "a real share of its tie strength to the other groups; isolated when it is "
                 "that cohesive but sends out little; dissolved when it is less cohesive than "
                 "chance; indeterminate when the test cannot tell it from chance. Nodes "
                 "without a value form the group (none).");
    p = params_of(c, "coupling");
    fputs("<figure>\n", c->out);
    IGRAPH_CHECK(il_svg_write_plane(&part, &cp, NULL, c->by, NULL, 0, c->out, &drawn));
    fputs("</figure>\n", c->out);
    IGRAPH_CHECK(coupling_rows(c, &part, &opts, &cp, &rows));
    IGRAPH_FINALLY(cJSON_Delete, rows);
    il_html_table(c->out, rows);
    fprintf(c->out, "<p>E-I index of the whole network (Krackhardt and Stern; -1: every tie "
            "inside a group, +1: every tie between groups): ");
    il_html_number(c->out, cp.whole.ei);
    fputs(" (weighted: ", c->out);
    il_html_number(c->out, cp.whole.ei_weighted);
    fputs("; under random mixing of pairs: ", c->out);
    il_html_number(c->out, cp.whole.expected);
    fputs("). Label permutations (UCINET's test): P(permuted E-I &ge; observed) = ", c->out);
    il_html_number(c->out, cp.p_greater);
    fputs(", P(permuted E-I &le; observed) = ", c->out);
    il_html_number(c->out, cp.p_less);
    fprintf(c->out, " over %" IGRAPH_PRId " permutations; a small second value means the "
            "groups keep among themselves.</p>\n", cp.permutations);
    il_html_text(c->out, NULL, "The network's statistics against the null (both one-sided "
                 "p-values and the two-sided p; parameters below name the null):");
    IGRAPH_CHECK(network_tests(c, &cp.tests, "coupling"));
    fputs("<h3>Coupling matrix</h3>\n", c->out);
    il_html_heat_table(c->out, &part, &cp.weight, "Sum of tie strengths between groups (row to "
               "column; undirected: symmetric)");
    il_html_heat_table(c->out, &part, &cp.weighted_density, "Weighted block density (strength per "
               "possible pair)");
    IGRAPH_CHECK(il_mixing(c->g, &part, &mx));
    IGRAPH_FINALLY(il_mixing_destroy, &mx);
    fputs("<h3>Mixing matrix</h3>\n", c->out);
    il_html_heat_table(c->out, &part, &mx.e, "Share of tie ends (networkx attribute_mixing_matrix, "
               "normalised)");
    fputs("<p>Nominal assortativity (Newman): ", c->out);
    il_html_number(c->out, mx.assortativity);
    fputs("; weighted: ", c->out);
    il_html_number(c->out, mx.assortativity_weighted);
    fputs("</p>\n", c->out);
    IGRAPH_CHECK(il_null_tests_init(&mt, c->g, &part, c->by, &c->null));
    IGRAPH_FINALLY(il_null_tests_destroy, &mt);
    IGRAPH_CHECK(il_null_tests_add_groups(&mt, IL_NULL_MIXING));
    IGRAPH_CHECK(il_null_tests_run(&mt));
    IGRAPH_CHECK(network_tests(c, &mt, "mixing"));
    if (p) {
        il_report_t rep = { NULL, NULL };
        cJSON *np;
        cJSON_AddNumberToObject(p, "permutations", (double) cp.permutations);
        cJSON_AddNumberToObject(p, "seed", (double) opts.seed);
        cJSON_AddStringToObject(p, "empty_group", "own group (none)");
        cJSON_AddStringToObject(p, "reading", IL_COUPLING_READING_RULE);
        cJSON_AddNumberToObject(p, "isolated_below", cp.isolated_below);
        IGRAPH_CHECK(il_report_init(&rep, "tests"));
        IGRAPH_FINALLY(il_report_destroy, &rep);
        IGRAPH_CHECK(il_report_add_null_parameters(&rep, &cp.tests));
        np = cJSON_GetObjectItemCaseSensitive(rep.root, "parameters");
        if (np) {
            const cJSON *it;
            for (it = np->child; it; it = it->next) {
                cJSON_AddItemToObject(p, it->string, cJSON_Duplicate(it, 1));
            }
        }
        il_report_destroy(&rep);
        IGRAPH_FINALLY_CLEAN(1);
    }
    il_null_tests_destroy(&mt);
    il_mixing_destroy(&mx);
    cJSON_Delete(rows);
    il_coupling_destroy(&cp);
    il_partition_destroy(&part);
    IGRAPH_FINALLY_CLEAN(5);
    return IGRAPH_SUCCESS;
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
    il_communities_options_t opts;
    il_communities_report_t how = { NULL, 1, NULL, NULL, 3, 0 };
    il_communities_t res;
    il_report_t rep = { NULL, NULL };
    cJSON *kv;
    memset(&res, 0, sizeof res);
    IGRAPH_FINALLY(il_communities_destroy, &res);
    IGRAPH_CHECK(il_communities_default(c->g, c->pic.seed, &opts, &res));
    how.opts = &opts;
    how.runs_requested = opts.runs;
    IGRAPH_CHECK(il_report_init(&rep, "communities"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_communities(&rep, c->g, &res, &how));
    IGRAPH_CHECK(il_report_add_communities_parameters(&rep, &res, &how));
    if (c->by) {    /* the report puts nodes without a value in the group (none) */
        IGRAPH_CHECK(il_communities_add_declared(&rep, c->g, &res, &how, c->by,
                                                 IL_EMPTY_OWN_GROUP));
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
    il_communities_destroy(&res);
    IGRAPH_FINALLY_CLEAN(2);
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
static igraph_error_t sec_structure(report_ctx_t *c)
{
    il_structure_options_t opts = IL_STRUCTURE_OPTIONS_INIT;
    il_structure_t st;
    il_null_tests_t t;
    il_report_t rep = { NULL, NULL };
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
    keep_parameters(c, &rep, "structure");
    cJSON_Delete(rows);
    il_report_destroy(&rep);
    il_null_tests_destroy(&t);
    il_structure_destroy(&st);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

/* Everything that decides the numbers: the sections' options and the input. */
static igraph_error_t sec_parameters(report_ctx_t *c)
{
    il_report_t rep = { NULL, NULL };
    IGRAPH_CHECK(il_report_init(&rep, "report"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_input(&rep, c->load, c->g));
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

/**
 * \function il_html_report_write
 * \brief One self-contained HTML report of \p g on \p out.
 *
 * Sections: summary, top actors, the network picture, coupling between the
 * \p o->by groups (nodes without a value form the group "(none)"),
 * communities (Leiden, seeded; compared with the groups), structure and
 * district types, and the parameters every section used. Every randomised
 * step uses o->picture.seed. Nothing is fetched at view time.
 *
 * \param load Where the graph came from (recorded under Parameters).
 * \return IGRAPH_EINVAL when o->by is not a node column; what the analyses
 *         return. On failure part of the page may have been written.
 *
 * Time complexity: that of the analyses (centrality and communities dominate).
 */
igraph_error_t il_html_report_write(const il_graph_t *g, const il_load_options_t *load,
                                    const il_html_report_options_t *o, FILE *out)
{
    report_ctx_t c;
    char title[512];
    size_t i;
    if (o->by && il_graph_vattr_find(g, o->by) < 0) {
        IGRAPH_ERRORF("--by: no node column '%s' (give it in the node table)", IGRAPH_EINVAL,
                      o->by);
    }
    c.g = g;
    c.load = load;
    c.by = o->by;
    c.pic = o->picture;
    c.null = o->null;
    c.null.seed = o->picture.seed;
    c.top = o->top;
    c.out = out;
    if (!c.pic.color) {
        c.pic.color = c.by;
    }
    c.pic.title = NULL;     /* the page carries the title; pictures stay bare */
    snprintf(title, sizeof title, "innolink report: %s", load->edges_path);
    c.params = cJSON_CreateObject();
    IGRAPH_CHECK_OOM(c.params, "out of memory");
    IGRAPH_FINALLY(cJSON_Delete, c.params);
    il_html_begin(out, o->title ? o->title : title);
    fputs("<nav>", out);
    for (i = 0; i < sizeof sections / sizeof sections[0]; i++) {
        fprintf(out, "<a href=\"#%s\">", sections[i].id);
        il_xml_write(out, sections[i].title, 0, NULL);
        fputs("</a>", out);
    }
    fputs("</nav>\n", out);
    for (i = 0; i < sizeof sections / sizeof sections[0]; i++) {
        il_html_section_begin(out, sections[i].id, sections[i].title);
        IGRAPH_CHECK(sections[i].fn(&c));
        il_html_section_end(out);
    }
    il_html_end(out);
    cJSON_Delete(c.params);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
