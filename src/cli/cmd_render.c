/*
 * innolink render: a picture as SVG, drawn by innolink itself: the
 * network (seeded layout, colour by group, size by a measure, top labels,
 * legend; the group-level graph above 5000 nodes; --layout geo for maps)
 * or, with --chart coupling, the loose-coupling plane of the groups.
 */
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/picture.h"

#include <string.h>

enum { OPT_LAYOUT = 2000, OPT_SEED, OPT_COLOR, OPT_SIZE, OPT_LABELS, OPT_CHART, OPT_BY,
       OPT_TITLE, OPT_BEFORE
     };

static const struct option render_options[] = {
    { "layout", required_argument, NULL, OPT_LAYOUT },
    { "seed", required_argument, NULL, OPT_SEED },
    { "color", required_argument, NULL, OPT_COLOR },
    { "size", required_argument, NULL, OPT_SIZE },
    { "labels", required_argument, NULL, OPT_LABELS },
    { "chart", required_argument, NULL, OPT_CHART },
    { "by", required_argument, NULL, OPT_BY },
    { "title", required_argument, NULL, OPT_TITLE },
    { "before", required_argument, NULL, OPT_BEFORE },
    { NULL, 0, NULL, 0 }
};

static const char *const render_help[] = {
    "Draw the network, or the loose-coupling plane of groups, as an SVG picture.",
    "",
    "Picture:",
    "  --chart KIND         network|coupling (default: network)",
    "  --layout L           auto|fr|drl|geo (default: auto: Fruchterman-Reingold up",
    "                       to 1000 nodes, DrL above; geo: lat/lon node columns)",
    "  --seed S             seed of the layout and of --color community (default: 42)",
    "  --color ATTR         colour nodes by a node column, or community: Leiden",
    "                       communities found with --seed (as innolink communities)",
    "  --size MEASURE       a centrality measure (degree, strength, betweenness,",
    "                       closeness, harmonic, eigenvector, pagerank, hub, authority,",
    "                       constraint, effective_size, ..., as innolink centrality),",
    "                       none, or a numeric node column (default: degree)",
    "  --labels N           label the N largest nodes (default: 10)",
    "  --by ATTR            groups of the coupling plane (--chart coupling)",
    "  --before FILE        an earlier snapshot: arrows show each group's move on",
    "                       the coupling plane from FILE to EDGES",
    "  --title TEXT         title drawn above the picture",
    "Above 5000 nodes the picture shows one node per --color group.",
    NULL
};

const struct il_cli_spec render_spec = {
    "render", "innolink render EDGES [--nodes NODES] -o FILE.svg [--color ATTR] "
    "[--size MEASURE] [--layout L] [--chart coupling --by ATTR]",
    render_help, render_options, 1, 0
};

struct render_opts {
    il_picture_opts_t pic;
    const char *chart;
    const char *by;
    const char *before;         /* earlier snapshot for the plane's arrows */
};

static int render_option(int code, const char *arg, void *ctx)
{
    struct render_opts *o = ctx;
    igraph_integer_t v;
    switch (code) {
    case OPT_LAYOUT:
        if (!il_cli_layout_parse(arg, &o->pic.layout)) {
            return il_usage_error(&render_spec, "--layout: expected auto, fr, drl or geo, not "
                                  "'%s'", arg);
        }
        return 0;
    case OPT_SEED:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&render_spec, "--seed: expected a whole number >= 0, not '%s'",
                                  arg);
        }
        o->pic.seed = (igraph_uint_t) v;
        return 0;
    case OPT_COLOR:
        o->pic.color = arg;
        return 0;
    case OPT_SIZE:
        o->pic.size = arg;
        return 0;
    case OPT_LABELS:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&render_spec, "--labels: expected a whole number >= 0, not "
                                  "'%s'", arg);
        }
        o->pic.labels = v;
        return 0;
    case OPT_CHART:
        if (strcmp(arg, "network") && strcmp(arg, "coupling")) {
            return il_usage_error(&render_spec, "--chart: expected network or coupling, not "
                                  "'%s'", arg);
        }
        o->chart = arg;
        return 0;
    case OPT_BY:
        o->by = arg;
        return 0;
    case OPT_TITLE:
        o->pic.title = arg;
        return 0;
    case OPT_BEFORE:
        o->before = arg;
        return 0;
    }
    return il_usage_error(&render_spec, "unexpected option");
}

int cmd_render(int argc, char **argv)
{
    struct il_cli cli;
    struct render_opts o = { IL_PICTURE_OPTS_INIT, "network", NULL, NULL };
    il_graph_t g = IL_GRAPH_INIT, before = IL_GRAPH_INIT;
    il_output_t out;
    igraph_integer_t drawn = 0;
    igraph_error_t rc;
    int ret = il_cli_parse(argc, argv, &render_spec, &cli, render_option, &o);

    if (ret != IL_EXIT_OK || cli.done) {
        goto cleanup;
    }
    if (strcmp(o.chart, "coupling") == 0 && !o.by) {
        ret = il_usage_error(&render_spec, "--chart coupling needs --by ATTR");
        goto cleanup;
    }
    if (o.before && strcmp(o.chart, "coupling") != 0) {
        ret = il_usage_error(&render_spec, "--before draws arrows on --chart coupling only");
        goto cleanup;
    }
    if ((ret = il_cli_load(&cli, &g)) != IL_EXIT_OK) {
        goto cleanup;
    }
    if (o.before) {             /* the earlier snapshot, read the same way */
        il_load_options_t lo = cli.load;
        lo.edges_path = o.before;
        if (il_output_check_distinct(cli.output, o.before) != IGRAPH_SUCCESS ||
            il_load_graph(&lo, &before) != IGRAPH_SUCCESS) {
            ret = il_data_error();
            goto cleanup;
        }
    }
    if (il_output_open(&out, cli.output) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    if (strcmp(o.chart, "coupling") == 0) {
        rc = il_picture_plane(&g, o.before ? &before : NULL, o.by, o.pic.title, 1, out.fp,
                              &drawn, NULL);
    } else {
        rc = il_picture_network(&g, &o.pic, 1, out.fp, &drawn, NULL);
    }
    if (rc != IGRAPH_SUCCESS) {
        il_output_abort(&out);
        ret = il_data_error();
        goto cleanup;
    }
    if (il_output_commit(&out) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    if (strcmp(o.chart, "network") == 0 && drawn < il_graph_vcount(&g) &&
        il_graph_vcount(&g) <= IL_GROUP_GRAPH_MIN) {
        il_warn("%" IGRAPH_PRId " of %" IGRAPH_PRId " nodes have no position (no valid lat/lon) "
                "and are not drawn", il_graph_vcount(&g) - drawn, il_graph_vcount(&g));
    }
    ret = IL_EXIT_OK;
cleanup:
    il_graph_destroy(&before);
    il_graph_destroy(&g);
    il_cli_destroy(&cli);
    return ret;
}
