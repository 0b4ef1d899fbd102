/*
 * innolink project: affiliation data (actors in projects, firms in
 * mini-clusters, participants at events) to an actor-actor edge table.
 */
#include "cli/cli_util.h"
#include "cli/commands.h"

static const char *const project_help[] = {
    "Project an actor-event table (columns actor, event and optionally weight) to",
    "an actor-actor edge table `source,target,weight` that every command reads.",
    "--affiliation is implied; --projection count|newman|jaccard chooses the weight:",
    "  count    shared events (with membership weights: sum of the smaller weights)",
    "  newman   sum over shared events of 1/(members - 1) (Newman 2001)",
    "  jaccard  shared events / events of either actor",
    "The same projection is available to every command with --affiliation.",
    NULL
};

const struct il_cli_spec project_spec = {
    "project", "innolink project MEMBERS [--nodes NODES] [--projection MODE] [-o EDGES]",
    project_help, NULL, 1, 1
};

int cmd_project(int argc, char **argv)
{
    struct il_cli cli;
    il_graph_t g = IL_GRAPH_INIT;
    il_output_t out;
    int ret = il_cli_parse(argc, argv, &project_spec, &cli, NULL, NULL);

    if (ret != IL_EXIT_OK || cli.done) {
        goto cleanup;
    }
    if (cli.format != IL_FORMAT_TEXT && cli.format != IL_FORMAT_CSV) {
        ret = il_usage_error(&project_spec, "project writes an edge table: --format csv");
        goto cleanup;
    }
    if ((ret = il_cli_load(&cli, &g)) != IL_EXIT_OK) {
        goto cleanup;
    }
    if (il_output_open(&out, cli.output) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    il_write_edges_csv(&g, out.fp);
    ret = il_output_commit(&out) == IGRAPH_SUCCESS ? IL_EXIT_OK : il_data_error();
cleanup:
    il_graph_destroy(&g);
    il_cli_destroy(&cli);
    return ret;
}
