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
#include "pipeline/helix_internal.h"
#include "pipeline/mrqap_internal.h"
#include "pipeline/report_internal.h"
#include "report/html.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Keep a copy of the per-group table \p key of a section's document as
 * \p as in c->docs, for the side-by-side table (sec_groups). */
void il_i_report_keep_groups(report_ctx_t *c, const cJSON *root, const char *key, const char *as)
{
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(root, key);
    cJSON *copy = t && c->docs ? cJSON_Duplicate(t, 1) : NULL;
    if (copy) {
        cJSON_AddItemToObject(c->docs, as, copy);
    }
}

cJSON *il_i_report_params(report_ctx_t *c, const char *name)
{
    cJSON *p = cJSON_GetObjectItemCaseSensitive(c->params, name);
    return p ? p : cJSON_AddObjectToObject(c->params, name);
}

/* Move the `parameters` of \p rep into c->params under \p name. */
void il_i_report_keep_parameters(report_ctx_t *c, il_report_t *rep, const char *name)
{
    cJSON *p = cJSON_DetachItemFromObjectCaseSensitive(rep->root, "parameters");
    if (p) {
        cJSON_DeleteItemFromObjectCaseSensitive(c->params, name);
        cJSON_AddItemToObject(c->params, name, p);
    }
}

/* Whole-graph structure (DEFINITIONS.md, "Whole graph"). */
static igraph_error_t sec_summary(report_ctx_t *c)
{
    il_summary_options_t opts = IL_SUMMARY_OPTIONS_INIT;
    il_summary_t s;
    il_report_t rep = { NULL, NULL, NULL };
    cJSON *p;
    opts.seed = c->pic.seed;
    IGRAPH_CHECK(il_summary(c->g, &opts, &s));
    IGRAPH_CHECK(il_report_init(&rep, "summary"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_summary(&rep, &s, &opts));
    {
        double v[5];
        v[0] = (double) s.nodes;
        v[1] = (double) s.edges;
        v[2] = s.density * 100;
        v[3] = s.largest_component_share * 100;
        v[4] = (double) s.isolates;
        il_html_reading(c->out, "{} actors and {} ties: {}% of all possible pairs are tied, "
                        "and {}% of the actors can reach each other through ties; {} have "
                        "no tie at all.", v, 5, "the data hold only the ties recorded: a "
                        "missing tie is not a known absence of collaboration.");
    }
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
        il_report_t rep = { NULL, NULL, NULL };
        const char *name = il_score_name(ranked[i].score);
        double rank = 0;
        if (!res.has[ranked[i].score]) {
            continue;
        }
        IGRAPH_CHECK(il_report_init(&rep, "centrality"));
        IGRAPH_FINALLY(il_report_destroy, &rep);
        IGRAPH_CHECK(il_report_add_centrality(&rep, c->g, &res, &opts, (int) ranked[i].score,
                                              c->top));
        IGRAPH_CHECK(il_report_materialize(&rep));      /* the rows are read below */
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
    {
        double total = 0, top = 0, rv[3];
        for (k = 0; k < n; k++) {
            total += VECTOR(str)[k];
            if (k < c->top) {
                top += VECTOR(str)[order[k]];
            }
        }
        rv[0] = (double) (c->top < n ? c->top : n);
        rv[1] = total > 0 ? 100 * top / total : IGRAPH_NAN;
        rv[2] = VECTOR(deg)[order[0]];
        il_html_reading(c->out, "The {} strongest actors hold {}% of all tie strength; the "
                        "first has {} ties. Centrality below says who brokers and who is "
                        "tied to the well-tied.", rv, 3, "ranks move with the ties recorded: "
                        "an actor one tie away from another place is not clearly ahead.");
    }
    il_html_text(c->out, NULL, "Ranked by strength (sum of tie strengths), then degree "
                 "(number of ties). The tables below rank the same actors by centrality "
                 "(innolink centrality).");
    il_html_table(c->out, rows);
    p = il_i_report_params(c, "actors");
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

/* Above this many nodes the interactive view keeps the strongest. */
#define VIEW_MAX 5000

/* The interactive view: positions from the picture's layout (same kind and
 * seed), degree, centrality and communities on hover; above VIEW_MAX nodes
 * the VIEW_MAX of greatest strength and the ties among them. */
static igraph_error_t network_view(report_ctx_t *c)
{
    const il_graph_t *g = c->g;
    il_graph_t sub = IL_GRAPH_INIT;
    il_annotate_options_t ao = { .seed = c->pic.seed, .by = NULL, .empty_own = 1 };
    il_columns_t cols;
    igraph_matrix_t xy;
    il_layout_kind_t used;
    cJSON *meta, *data;
    char note[200];
    igraph_integer_t n = il_graph_vcount(g);

    IGRAPH_FINALLY(il_graph_destroy, &sub);
    if (n > VIEW_MAX) {
        igraph_vector_t deg, str;
        igraph_vector_int_t idx;
        char *keep = calloc((size_t) n, 1);
        igraph_integer_t k;
        IGRAPH_CHECK_OOM(keep, "Out of memory drawing the view.");
        IGRAPH_FINALLY(igraph_free, keep);
        IGRAPH_VECTOR_INIT_FINALLY(&deg, 0);
        IGRAPH_VECTOR_INIT_FINALLY(&str, 0);
        IGRAPH_VECTOR_INT_INIT_FINALLY(&idx, 0);
        IGRAPH_CHECK(il_degree_strength(g, &deg, &str));
        IGRAPH_CHECK(igraph_vector_qsort_ind(&str, &idx, IGRAPH_DESCENDING));
        for (k = 0; k < VIEW_MAX; k++) {
            keep[VECTOR(idx)[k]] = 1;
        }
        IGRAPH_CHECK(il_graph_induce(g, keep, &sub));
        igraph_vector_int_destroy(&idx);
        igraph_vector_destroy(&str);
        igraph_vector_destroy(&deg);
        igraph_free(keep);
        IGRAPH_FINALLY_CLEAN(4);
        g = &sub;
    }
    il_columns_init(&cols, il_graph_vcount(g));
    IGRAPH_FINALLY(il_columns_destroy, &cols);
    meta = cJSON_CreateObject();
    IGRAPH_CHECK_OOM(meta, "Out of memory drawing the view.");
    IGRAPH_FINALLY(cJSON_Delete, meta);
    IGRAPH_CHECK(il_annotate(g, &ao, "degree,centrality,communities", &cols, meta));
    IGRAPH_MATRIX_INIT_FINALLY(&xy, 0, 0);
    IGRAPH_CHECK(il_layout(g, c->pic.layout, c->pic.seed, &xy, &used));
    data = il_html_view_data(g, &xy, &cols, "degree");
    IGRAPH_CHECK_OOM(data, "Out of memory drawing the view.");
    if (n > VIEW_MAX) {
        snprintf(note, sizeof note, "The view holds the %d actors of greatest strength and "
                 "the ties among them; the exports (innolink export) hold them all.", VIEW_MAX);
    } else {
        snprintf(note, sizeof note, "Drag to pan, wheel or +/- to zoom, hover a node for its "
                 "values; the search matches ids and names.");
    }
    fputs("<h3>Explore the network</h3>\n", c->out);
    il_html_view(c->out, data, c->pic.color && il_graph_vattr_find(g, c->pic.color) >= 0 ?
                 c->pic.color : il_columns_find(&cols, "community") >= 0 ? "community" : NULL,
                 note);
    cJSON_Delete(data);
    igraph_matrix_destroy(&xy);
    cJSON_Delete(meta);
    il_columns_destroy(&cols);
    il_graph_destroy(&sub);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

/* The network picture, inline SVG, and the interactive view. */
static igraph_error_t sec_network(report_ctx_t *c)
{
    igraph_integer_t drawn = 0;
    cJSON *p = il_i_report_params(c, "network");
    double v[2];
    if (il_graph_vcount(c->g) > IL_GROUP_GRAPH_MIN && !c->pic.color) {
        /* too many nodes to draw one by one: one node per community */
        c->pic.color = "community";
    }
    v[0] = (double) (c->pic.labels < il_graph_vcount(c->g) ? c->pic.labels : il_graph_vcount(c->g));
    v[1] = (double) VIEW_MAX;
    il_html_reading(c->out, "Each dot is an actor, larger with more ties; the {} with most ties "
                    "are named. The view below lets you search, colour and filter up to {} "
                    "actors.", v, 2, "positions come from a force layout: nearness on the page "
                    "shows being tied, not geographic or measured distance.");
    fputs("<figure>\n", c->out);
    IGRAPH_CHECK(il_picture_network(c->g, &c->pic, 0, c->out, &drawn, p));
    fputs("<figcaption>Node size: degree; colour: ", c->out);
    il_xml_write(c->out, c->pic.color ? c->pic.color : "none", 0, NULL);
    fputs("; hover over a node for its name and values.</figcaption>\n</figure>\n", c->out);
    return network_view(c);
}

/** \function il_i_report_pick \brief Copy the members \p keys of \p from (those present)
 * into a new object (NULL when out of memory). */
cJSON *il_i_report_pick(const cJSON *from, const char *const *keys)
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

/* Leiden communities (seeded, as `innolink communities --seed S`) and,
 * with --by, how they compare with the declared groups. */
static igraph_error_t sec_communities(report_ctx_t *c)
{
    static const char *const scalars[] = {
        "method", "communities_found", "modularity", "runs", "best_run_seed",
        "distinct_partitions", "stability_nmi", "stability_ari", NULL
    };
    il_communities_options_t opts;
    il_communities_report_t how = { .opts = NULL, .detected = 1, .partition_attr = NULL,
                                    .groups = NULL, .top = 3, .runs_requested = 0 };
    il_communities_t res;
    il_report_t rep = { NULL, NULL, NULL };
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
    {
        double v[2];
        v[0] = (double) res.k;
        v[1] = res.modularity;
        il_html_reading(c->out, "Leiden finds {} communities, groups of actors tied more among "
                        "themselves than to others; modularity {} (above about 0.3 the "
                        "division is clear).", v, 2, "communities come from one seeded method "
                        "that keeps its best run: another seed or method can draw the edges "
                        "of communities differently (see the stability figures).");
    }
    il_html_text(c->out, NULL, "Communities found by Leiden (modularity, seeded runs; the "
                 "best run kept). Modularity: the share of tie strength inside communities "
                 "minus its expectation under random mixing.");
    kv = il_i_report_pick(rep.root, scalars);
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
    il_i_report_keep_parameters(c, &rep, "communities");
    il_report_destroy(&rep);
    il_communities_destroy(&res);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* Leydesdorff's Triple-Helix synergy of the node column `sector`
 * (pipeline/job_helix.c). */
static igraph_error_t sec_helix(report_ctx_t *c)
{
    return il_i_helix_html(c->g, c->load, c->out, c->params);
}

/* Does tie strength go with the --by groups, sectors, proximity: MRQAP
 * (pipeline/job_mrqap.c). */
static igraph_error_t sec_mrqap(report_ctx_t *c)
{
    return il_i_mrqap_html(c->g, c->load, c->by, c->pic.seed, c->out, c->params);
}

/* Everything that decides the numbers: the sections' options and the input. */
static igraph_error_t sec_parameters(report_ctx_t *c)
{
    il_report_t rep = { NULL, NULL, NULL };
    IGRAPH_CHECK(il_report_init(&rep, "report"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_input(&rep, c->load, c->g));
    cJSON_DeleteItemFromObjectCaseSensitive(rep.root, "command");
    il_html_reading(c->out, "Everything that decided the numbers above: each section's options "
                    "and seeds, then the input read.", NULL, 0, "the same input and these "
                    "parameters give the same numbers; a different seed can move randomised "
                    "results (communities, permutation tests, layouts).");
    il_html_keyvalue(c->out, c->params);
    fputs("<h3>Input</h3>\n", c->out);
    il_html_keyvalue(c->out, cJSON_GetObjectItemCaseSensitive(rep.root, "input"));
    il_report_destroy(&rep);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The data's name for the page title: the file's name without its
 * extension, or its folder's name when the file is called edges, ties, ... */
static void data_title(const char *path, char *buf, size_t size)
{
    static const char *const generic[] = { "edges", "edge", "ties", "links", "network",
                                           "graph", "data", "nodes", NULL };
    const char *base = strrchr(path, '/'), *dot;
    const char *const *g;
    size_t len;
    base = base ? base + 1 : path;
    dot = strrchr(base, '.');
    len = dot && dot != base ? (size_t) (dot - base) : strlen(base);
    for (g = generic; *g; g++) {
        if (strlen(*g) == len && strncmp(base, *g, len) == 0 && base != path) {
            const char *end = base - 1, *start = end;
            while (start > path && start[-1] != '/') {
                start--;
            }
            if (end > start) {
                base = start;
                len = (size_t) (end - start);
            }
            break;
        }
    }
    snprintf(buf, size, "%.*s: network report", (int) len, base);
}

static const struct {
    const char *id;
    const char *title;
    section_fn *fn;
} sections[] = {
    { "summary", "Summary", sec_summary },
    { "actors", "Top actors", sec_actors },
    { "network", "The network", sec_network },
    { "coupling", "Coupling between groups", il_i_report_coupling },
    { "helix", "Triple-Helix synergy (sector mixing)", sec_helix },
    { "mrqap", "Dyadic regression (MRQAP)", sec_mrqap },
    { "communities", "Communities", sec_communities },
    { "structure", "Structure: hubs, core, periphery and district type", il_i_report_structure },
    { "groups", "Every group side by side", il_i_report_groups },
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
    il_clear_error();
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
    data_title(load->edges_path, title, sizeof title);
    c.params = cJSON_CreateObject();
    IGRAPH_CHECK_OOM(c.params, "out of memory");
    IGRAPH_FINALLY(cJSON_Delete, c.params);
    c.docs = cJSON_CreateObject();
    IGRAPH_CHECK_OOM(c.docs, "out of memory");
    IGRAPH_FINALLY(cJSON_Delete, c.docs);
    il_html_begin(out, o->title ? o->title : title);
    if (o->notice) {
        fputs("<p class=\"notice\"><strong>", out);
        il_xml_write(out, o->notice, 0, NULL);
        fputs("</strong></p>\n", out);
    }
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
    cJSON_Delete(c.docs);
    cJSON_Delete(c.params);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
