/*
 * innolink mixing: the mixing matrix of a node attribute and its nominal
 * assortativity (DEFINITIONS.md, "Groups"; docs/metrics-groups.md).
 */
#include "cli/cli_groups.h"
#include "cli/commands.h"

#include <string.h>

static const struct option mixing_options[] = {
    IL_GROUPS_LONG_OPTIONS,
    { NULL, 0, NULL, 0 }
};

static const char *const mixing_help[] = {
    "Mixing of a node attribute: the mixing matrix (ties and weight, raw and as",
    "shares of tie ends), nominal assortativity (unweighted, as networkx, and",
    "weighted), and for every pair of groups the observed share of ties against",
    "the share random mixing would give. With --by sector this is the",
    "triple-helix picture (industry-university, industry-research,",
    "university-research).",
    "",
    IL_GROUPS_HELP,
    "                       (default: pairs)",
    NULL
};

const struct il_cli_spec mixing_spec = {
    "mixing", "innolink mixing EDGES --nodes NODES --by ATTR [options]",
    mixing_help, mixing_options, 1, 0
};

static int mixing_option(int code, const char *arg, void *ctx)
{
    if (il_groups_option(code, arg, ctx) == 0) {
        return 0;
    }
    return il_usage_error(&mixing_spec, "unexpected option");
}

int cmd_mixing(int argc, char **argv)
{
    struct il_cli cli;
    struct il_groups_cli gc = { NULL, 0, NULL };
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_mixing_t res;
    il_report_t rep = { NULL, NULL };
    int ret = il_cli_parse(argc, argv, &mixing_spec, &cli, mixing_option, &gc);

    memset(&p, 0, sizeof p);
    memset(&res, 0, sizeof res);
    if (ret != IL_EXIT_OK || cli.done) {
        goto cleanup;
    }
    if ((ret = il_groups_check(&mixing_spec, &gc)) != IL_EXIT_OK ||
        (ret = il_groups_load(&cli, &gc, &g, &p)) != IL_EXIT_OK) {
        goto cleanup;
    }
    if (il_mixing(&g, &p, &res) != IGRAPH_SUCCESS ||
        il_report_init(&rep, "mixing") != IGRAPH_SUCCESS ||
        il_report_add_mixing(&rep, &g, &p, gc.by, il_groups_empty_name(&gc), &res)
        != IGRAPH_SUCCESS ||
        il_report_add_input(&rep, &cli.load, &g) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    ret = il_groups_emit(&mixing_spec, &cli, &gc, &rep);
cleanup:
    il_report_destroy(&rep);
    il_mixing_destroy(&res);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
    il_cli_destroy(&cli);
    return ret;
}
