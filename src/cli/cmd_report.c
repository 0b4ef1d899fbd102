/*
 * innolink report: one self-contained HTML file with the summary, the top
 * actors, the network picture, the coupling plane and the parameters.
 *
 * Adding a section (each analysis family adds one)
 * -------------------------------------------------
 * . Write static igraph_error_t sec_foo(report_ctx_t *c) below: run the
 *   analysis on c->g (options from c), write HTML with the il_html_*
 *   helpers of report/report.h (tables from cJSON rows, inline SVG), and
 *   record the options used in a "foo" object of c->params.
 * . Put { "foo", "Title", sec_foo } in sections[] where it should appear
 *   (replacing its `sec_pending` line if there is one).
 */
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/picture.h"

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
    "summary, top actors, the network picture, the coupling plane of the --by groups",
    "and the parameters used.",
    "",
    "Report:",
    "  --by ATTR            node column whose groups are compared (coupling plane)",
    "  --color ATTR         colour of the network picture (default: the --by column)",
    "  --top N              actors listed (default: 15)",
    "  --layout L           auto|fr|drl|geo (default: auto)",
    "  --seed S             layout seed (default: 42)",
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
                 "(number of ties). Centrality measures are added here once the centrality "
                 "analysis is part of innolink.");
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
    return IGRAPH_SUCCESS;
}

/* The network picture, inline SVG. */
static igraph_error_t sec_network(report_ctx_t *c)
{
    igraph_integer_t drawn = 0;
    cJSON *p = params_of(c, "network");
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

/* The loose-coupling plane of the --by groups, with its numbers. */
static igraph_error_t sec_coupling(report_ctx_t *c)
{
    il_partition_t part;
    il_plane_t pl;
    igraph_integer_t i;
    cJSON *rows;
    if (!c->by) {
        il_html_text(c->out, "pending", "Give --by ATTR (a node column such as cluster or "
                     "region) to compare groups.");
        return IGRAPH_SUCCESS;
    }
    il_html_text(c->out, NULL, "Each group is a point: internal cohesion (weighted density "
                 "inside the group) against external coupling (share of the group's tie "
                 "strength that leaves it). The coupling and mixing matrices are added here "
                 "once the coupling analysis is part of innolink.");
    fputs("<figure>\n", c->out);
    IGRAPH_CHECK(il_picture_plane(c->g, c->by, NULL, 0, c->out, NULL, params_of(c, "coupling")));
    fputs("</figure>\n", c->out);
    memset(&part, 0, sizeof part);
    IGRAPH_CHECK(il_partition_from_attr(c->g, c->by, IL_EMPTY_OWN_GROUP, &part));
    IGRAPH_FINALLY(partition_free, &part);
    IGRAPH_CHECK(il_coupling_plane(c->g, &part, &pl));
    IGRAPH_FINALLY(il_plane_destroy, &pl);
    rows = cJSON_CreateArray();
    IGRAPH_CHECK_OOM(rows, "Out of memory building the coupling table.");
    IGRAPH_FINALLY(cJSON_Delete, rows);
    for (i = 0; i < part.k; i++) {
        cJSON *r = cJSON_CreateObject();
        IGRAPH_CHECK_OOM(r, "Out of memory building the coupling table.");
        cJSON_AddItemToArray(rows, r);
        cJSON_AddStringToObject(r, c->by, il_partition_name(&part, i));
        cJSON_AddNumberToObject(r, "nodes", (double) VECTOR(part.size)[i]);
        cJSON_AddNumberToObject(r, "internal_weight", VECTOR(pl.internal_weight)[i]);
        cJSON_AddNumberToObject(r, "external_weight", VECTOR(pl.external_weight)[i]);
        cJSON_AddNumberToObject(r, "internal_density", VECTOR(pl.internal_density)[i]);
        cJSON_AddNumberToObject(r, "external_share", VECTOR(pl.external_share)[i]);
    }
    il_html_table(c->out, rows);
    cJSON_Delete(rows);
    il_plane_destroy(&pl);
    il_partition_destroy(&part);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* A family that is not part of this build yet. */
static igraph_error_t sec_pending(report_ctx_t *c)
{
    il_html_text(c->out, "pending", "This section is filled once the analysis is part of "
                 "innolink.");
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
    { "communities", "Communities", sec_pending },
    { "structure", "Structure: core, periphery and brokers", sec_pending },
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
