/*
 * innolink export: the graph with its attributes and computed per-node
 * results as GraphML (Gephi, Cytoscape, yEd, networkx), GEXF (Gephi, drawn)
 * or node-link JSON (web tools). File formats: docs/formats.md.
 */
#include "cli/annotate.h"
#include "cli/cli_util.h"
#include "cli/commands.h"

#include <string.h>
#include <strings.h>

enum { OPT_TO = 2000, OPT_WITH, OPT_SEED, OPT_LAYOUT, OPT_BY, OPT_EMPTY_GROUP };

static const struct option export_options[] = {
    { "to", required_argument, NULL, OPT_TO },
    { "with", required_argument, NULL, OPT_WITH },
    { "seed", required_argument, NULL, OPT_SEED },
    { "layout", required_argument, NULL, OPT_LAYOUT },
    { "by", required_argument, NULL, OPT_BY },
    { "empty-group", no_argument, NULL, OPT_EMPTY_GROUP },
    { NULL, 0, NULL, 0 }
};

static const char *const export_help[] = {
    "Write the graph, its node and edge attributes and computed per-node results",
    "to a file that Gephi, Cytoscape, yEd, networkx or web tools open.",
    "",
    "Export:",
    "  --to FORMAT          graphml|gexf|json (default: from the -o extension, else",
    "                       graphml)",
    "  --with LIST          comma-separated analyses whose results are added:",
    "                       summary (graph-level values), degree (degree, strength),",
    "                       centrality (every default measure), communities (Leiden",
    "                       community, seeded), structure (cp_coreness, core, kcore,",
    "                       structural_hub, degree_z, role), coupling (ei_index,",
    "                       participation; needs --by), brokerage (broker_<role>",
    "                       counts; needs --by)",
    "  --layout L           positions written to GEXF: auto|fr|drl|geo (default: auto,",
    "                       Fruchterman-Reingold up to 1000 nodes, DrL above)",
    "  --seed S             seed of the layout and randomised analyses (default: 42)",
    "  --by ATTR            node attribute that group-based analyses use (coupling,",
    "                       brokerage; structure's roles)",
    "  --empty-group        put nodes with an empty --by value in the group \"(none)\"",
    "                       (default: an error naming the node)",
    NULL
};

const struct il_cli_spec export_spec = {
    "export", "innolink export EDGES [--nodes NODES] --to graphml|gexf|json -o FILE "
    "[--with LIST]", export_help, export_options, 1, 0
};

struct export_opts {
    const char *to;
    const char *with;
    const char *by;
    int empty_own;
    igraph_uint_t seed;
    il_layout_kind_t layout;
};

static int export_option(int code, const char *arg, void *ctx)
{
    struct export_opts *o = ctx;
    igraph_integer_t v;
    char bad[64];
    switch (code) {
    case OPT_TO:
        if (strcmp(arg, "graphml") && strcmp(arg, "gexf") && strcmp(arg, "json")) {
            return il_usage_error(&export_spec, "--to: expected graphml, gexf or json, not '%s'",
                                  arg);
        }
        o->to = arg;
        return 0;
    case OPT_WITH:
        if (!il_annotate_check(arg, bad, sizeof bad)) {
            const struct il_annotator *a;
            fprintf(stderr, "innolink: --with: unknown analysis '%s'; known:", bad);
            for (a = il_annotators; a->name; a++) {
                fprintf(stderr, " %s", a->name);
            }
            fputc('\n', stderr);
            return il_usage_error(&export_spec, "bad --with list");
        }
        o->with = arg;
        return 0;
    case OPT_SEED:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&export_spec, "--seed: expected a whole number >= 0, not '%s'",
                                  arg);
        }
        o->seed = (igraph_uint_t) v;
        return 0;
    case OPT_LAYOUT:
        if (!il_cli_layout_parse(arg, &o->layout)) {
            return il_usage_error(&export_spec, "--layout: expected auto, fr, drl or geo, not '%s'",
                                  arg);
        }
        return 0;
    case OPT_BY:
        o->by = arg;
        return 0;
    case OPT_EMPTY_GROUP:
        o->empty_own = 1;
        return 0;
    }
    return il_usage_error(&export_spec, "unexpected option");
}

/* The format named by -o's extension (case-insensitive); GraphML when the
 * extension names none (a warning says so unless it is .graphml). */
static const char *format_from_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (dot && !strchr(dot, '/') && strcasecmp(dot, ".gexf") == 0) {
        return "gexf";
    }
    if (dot && !strchr(dot, '/') && strcasecmp(dot, ".json") == 0) {
        return "json";
    }
    if (path && strcmp(path, "-") != 0 && !(dot && strcasecmp(dot, ".graphml") == 0)) {
        il_warn("'%s': no --to and no .graphml/.gexf/.json extension; writing GraphML", path);
    }
    return "graphml";
}

int cmd_export(int argc, char **argv)
{
    struct il_cli cli;
    struct export_opts o = { NULL, NULL, NULL, 0, 42, IL_LAYOUT_AUTO };
    il_graph_t g = IL_GRAPH_INIT;
    il_columns_t cols;
    il_annotate_ctx_t ctx;
    il_export_t x;
    il_output_t out;
    igraph_matrix_t xy;
    il_layout_kind_t used = IL_LAYOUT_AUTO;
    int have_xy = 0, open = 0;
    cJSON *meta = NULL, *opt;
    igraph_error_t rc;
    int ret = il_cli_parse(argc, argv, &export_spec, &cli, export_option, &o);

    il_columns_init(&cols, 0);
    if (ret != IL_EXIT_OK || cli.done) {
        goto cleanup;
    }
    if (!o.to) {
        o.to = format_from_path(cli.output);
    }
    if ((ret = il_cli_load(&cli, &g)) != IL_EXIT_OK) {
        goto cleanup;
    }
    ret = IL_EXIT_DATA;
    il_columns_init(&cols, il_graph_vcount(&g));
    meta = cJSON_CreateObject();
    opt = meta && cJSON_AddStringToObject(meta, "generator", "innolink " IL_VERSION) ?
          cJSON_AddObjectToObject(meta, "options") : NULL;
    if (!opt || !cJSON_AddStringToObject(opt, "command", "export") ||
        !cJSON_AddStringToObject(opt, "to", o.to) ||
        !cJSON_AddStringToObject(opt, "with", o.with ? o.with : "") ||
        !cJSON_AddStringToObject(opt, "edges", cli.load.edges_path) ||
        (cli.load.nodes_path && !cJSON_AddStringToObject(opt, "nodes", cli.load.nodes_path)) ||
        !cJSON_AddBoolToObject(opt, "directed", g.directed) ||
        !cJSON_AddStringToObject(opt, "duplicates", il_dup_mode_name(cli.load.duplicates)) ||
        !cJSON_AddStringToObject(opt, "weights", "tie strength (more is stronger)") ||
        !cJSON_AddNumberToObject(opt, "seed", (double) o.seed)) {
        il_set_error("out of memory");
        ret = il_data_error();
        goto cleanup;
    }
    ctx.g = &g;
    ctx.seed = o.seed;
    ctx.by = o.by;
    ctx.empty_own = o.empty_own;
    ctx.cols = &cols;
    ctx.meta = meta;
    if (o.with && il_annotate(&ctx, o.with) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    if (strcmp(o.to, "gexf") == 0) {
        if (igraph_matrix_init(&xy, 0, 0) != IGRAPH_SUCCESS) {
            ret = il_data_error();
            goto cleanup;
        }
        have_xy = 1;
        if (il_layout(&g, o.layout, o.seed, &xy, &used) != IGRAPH_SUCCESS) {
            ret = il_data_error();
            goto cleanup;
        }
        cJSON_AddStringToObject(opt, "layout", il_layout_name(used));
    }
    x.g = &g;
    x.extra = &cols;
    x.xy = have_xy ? &xy : NULL;
    x.meta = meta;
    x.replaced = 0;
    if (il_output_open(&out, cli.output) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    open = 1;
    if (strcmp(o.to, "gexf") == 0) {
        rc = il_write_gexf(&x, out.fp);
    } else if (strcmp(o.to, "json") == 0) {
        rc = il_write_graph_json(&x, out.fp);
    } else {
        rc = il_write_graphml(&x, out.fp);
    }
    if (rc != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    open = 0;
    if (il_output_commit(&out) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    if (x.replaced > 0) {
        il_warn("%" IGRAPH_PRId " values held characters that XML 1.0 cannot hold (control "
                "characters, U+FFFE, U+FFFF); they were replaced by U+FFFD", x.replaced);
    }
    ret = IL_EXIT_OK;
cleanup:
    if (open) {
        il_output_abort(&out);
    }
    if (have_xy) {
        igraph_matrix_destroy(&xy);
    }
    cJSON_Delete(meta);
    il_columns_destroy(&cols);
    il_graph_destroy(&g);
    il_cli_destroy(&cli);
    return ret;
}
