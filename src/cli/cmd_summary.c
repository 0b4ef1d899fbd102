/*
 * innolink summary: whole-graph structure (DEFINITIONS.md, "Whole graph").
 */
#include "cli/cli_util.h"
#include "cli/commands.h"

#include <string.h>

enum { OPT_PATHS = 2000, OPT_SAMPLES, OPT_SEED };

static const struct option summary_options[] = {
    { "paths", required_argument, NULL, OPT_PATHS },
    { "samples", required_argument, NULL, OPT_SAMPLES },
    { "seed", required_argument, NULL, OPT_SEED },
    { NULL, 0, NULL, 0 }
};

static const char *const summary_help[] = {
    "Whole-graph structure: nodes, edges, density and weighted density, mean degree",
    "and strength, components, isolates, transitivity, average clustering, average",
    "path length and diameter (in hops), degree assortativity, and what loading",
    "merged or dropped.",
    "",
    "Summary:",
    "  --paths MODE         auto|exact|sample|skip: how path length and diameter are",
    "                       computed (auto: exact up to n(n+m) = 1e10, else sampled)",
    "  --samples K          BFS sources when sampling (default: 200)",
    "  --seed S             seed for sampling sources (default: 42)",
    NULL
};

const struct il_cli_spec summary_spec = {
    "summary", "innolink summary EDGES [--nodes NODES] [options]",
    summary_help, summary_options, 1, 0
};

static int summary_option(int code, const char *arg, void *ctx)
{
    il_summary_options_t *o = ctx;
    igraph_integer_t v;
    switch (code) {
    case OPT_PATHS:
        if (strcmp(arg, "auto") == 0) {
            o->paths = IL_PATHS_AUTO;
        } else if (strcmp(arg, "exact") == 0) {
            o->paths = IL_PATHS_EXACT;
        } else if (strcmp(arg, "sample") == 0) {
            o->paths = IL_PATHS_SAMPLE;
        } else if (strcmp(arg, "skip") == 0) {
            o->paths = IL_PATHS_SKIP;
        } else {
            return il_usage_error(&summary_spec, "--paths: expected auto, exact, sample or "
                                  "skip, not '%s'", arg);
        }
        return 0;
    case OPT_SAMPLES:
        if (!il_parse_count(arg, &v) || v < 1) {
            return il_usage_error(&summary_spec, "--samples: expected a whole number >= 1, "
                                  "not '%s'", arg);
        }
        o->samples = v;
        return 0;
    case OPT_SEED:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&summary_spec, "--seed: expected a whole number >= 0, "
                                  "not '%s'", arg);
        }
        o->seed = (igraph_uint_t) v;
        return 0;
    }
    return il_usage_error(&summary_spec, "unexpected option");
}

int cmd_summary(int argc, char **argv)
{
    struct il_cli cli;
    il_summary_options_t opts = IL_SUMMARY_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    il_report_t rep = { NULL, NULL };
    il_summary_t s;
    int ret = il_cli_parse(argc, argv, &summary_spec, &cli, summary_option, &opts);

    if (ret != IL_EXIT_OK || cli.done) {
        goto cleanup;
    }
    if ((ret = il_cli_load(&cli, &g)) != IL_EXIT_OK) {
        goto cleanup;
    }
    if (il_summary(&g, &opts, &s) != IGRAPH_SUCCESS ||
        il_report_init(&rep, "summary") != IGRAPH_SUCCESS ||
        il_report_add_summary(&rep, &s, &opts) != IGRAPH_SUCCESS ||
        il_report_add_input(&rep, &cli.load, &g) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    ret = il_cli_emit(&cli, &rep);
cleanup:
    il_report_destroy(&rep);
    il_graph_destroy(&g);
    il_cli_destroy(&cli);
    return ret;
}
