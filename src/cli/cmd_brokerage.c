/*
 * innolink brokerage: Gould-Fernandez brokerage roles (DEFINITIONS.md,
 * "Groups"; docs/metrics-groups.md).
 */
#include "cli/cli_groups.h"
#include "cli/commands.h"

#include <string.h>

static const struct option brokerage_options[] = {
    IL_GROUPS_LONG_OPTIONS,
    { NULL, 0, NULL, 0 }
};

static const char *const brokerage_help[] = {
    "Gould-Fernandez brokerage roles of every node: coordinator, itinerant,",
    "representative, gatekeeper, liaison and total, with the expected values,",
    "standard deviations and z-scores of R's sna::brokerage, per node, per broker",
    "group and for the whole network. An undirected graph is read as its",
    "symmetric directed graph (each pair counted in both orders).",
    "",
    IL_GROUPS_HELP,
    "                       (default: nodes_table)",
    NULL
};

const struct il_cli_spec brokerage_spec = {
    "brokerage", "innolink brokerage EDGES --nodes NODES --by ATTR [options]",
    brokerage_help, brokerage_options, 1, 0
};

static int brokerage_option(int code, const char *arg, void *ctx)
{
    if (il_groups_option(code, arg, ctx) == 0) {
        return 0;
    }
    return il_usage_error(&brokerage_spec, "unexpected option");
}

int cmd_brokerage(int argc, char **argv)
{
    struct il_cli cli;
    struct il_groups_cli gc = { NULL, 0, NULL };
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_brokerage_t res;
    il_report_t rep = { NULL, NULL };
    int ret = il_cli_parse(argc, argv, &brokerage_spec, &cli, brokerage_option, &gc);

    memset(&p, 0, sizeof p);
    memset(&res, 0, sizeof res);
    if (ret != IL_EXIT_OK || cli.done) {
        goto cleanup;
    }
    if ((ret = il_groups_check(&brokerage_spec, &gc)) != IL_EXIT_OK ||
        (ret = il_groups_load(&cli, &gc, &g, &p)) != IL_EXIT_OK) {
        goto cleanup;
    }
    if (il_brokerage(&g, &p, &res) != IGRAPH_SUCCESS ||
        il_report_init(&rep, "brokerage") != IGRAPH_SUCCESS ||
        il_report_add_brokerage(&rep, &g, &p, gc.by, il_groups_empty_name(&gc), &res)
        != IGRAPH_SUCCESS ||
        il_report_add_input(&rep, &cli.load, &g) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    ret = il_groups_emit(&brokerage_spec, &cli, &gc, &rep);
cleanup:
    il_report_destroy(&rep);
    il_brokerage_destroy(&res);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
    il_cli_destroy(&cli);
    return ret;
}
