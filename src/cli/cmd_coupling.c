/*
 * innolink coupling: how groups of nodes tie to each other (DEFINITIONS.md,
 * "Groups"; docs/metrics-groups.md).
 */
#include "cli/cli_groups.h"
#include "cli/commands.h"

#include <string.h>

enum { OPT_PERMUTATIONS = 2000, OPT_SEED, OPT_COHESION, OPT_LOW, OPT_HIGH, OPT_NO_CUTS };

static const struct option coupling_options[] = {
    IL_GROUPS_LONG_OPTIONS,
    { "permutations", required_argument, NULL, OPT_PERMUTATIONS },
    { "seed", required_argument, NULL, OPT_SEED },
    { "cohesion", required_argument, NULL, OPT_COHESION },
    { "coupled-low", required_argument, NULL, OPT_LOW },
    { "coupled-high", required_argument, NULL, OPT_HIGH },
    { "no-cuts", no_argument, NULL, OPT_NO_CUTS },
    { NULL, 0, NULL, 0 }
};

static const char *const coupling_help[] = {
    "Coupling between groups: block matrices (ties, weight, density, weighted",
    "density), the E-I index of the network, of each group and of each node",
    "(counted and weighted, expected under random mixing, rescaled, permutation",
    "p-values), each group's cohesion and coupling share read on the",
    "loose-coupling plane, and the vulnerability of the coupling (key actors,",
    "minimum vertex cuts, articulation points, bridging ties, unlinked pairs).",
    "",
    IL_GROUPS_HELP,
    "                       (default: groups_table)",
    "",
    "Coupling:",
    "  --permutations N     label permutations for the E-I p-values (default: 1000;",
    "                       0: none)",
    "  --seed S             seed for the permutations (default: 42)",
    "  --cohesion X         plane: a group is cohesive when its inside weighted",
    "                       density exceeds X (default: the network's)",
    "  --coupled-low Y      plane: coupling share below Y is not coupled (default: 0.05)",
    "  --coupled-high Y     plane: coupling share above Y is dissolved (default: 0.5)",
    "  --no-cuts            skip the minimum vertex cuts (one flow per pair of groups)",
    NULL
};

const struct il_cli_spec coupling_spec = {
    "coupling", "innolink coupling EDGES --nodes NODES --by ATTR [options]",
    coupling_help, coupling_options, 1, 0
};

struct coupling_ctx {
    struct il_groups_cli gc;
    il_coupling_options_t o;
};

static int coupling_option(int code, const char *arg, void *ctx)
{
    struct coupling_ctx *c = ctx;
    igraph_integer_t v;
    double x;
    if (il_groups_option(code, arg, &c->gc) == 0) {
        return 0;
    }
    switch (code) {
    case OPT_PERMUTATIONS:
        if (!il_parse_count(arg, &v) || v > 100000000) {
            return il_usage_error(&coupling_spec, "--permutations: expected a whole number "
                                  "from 0 to 100000000, not '%s'", arg);
        }
        c->o.permutations = v;
        return 0;
    case OPT_SEED:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&coupling_spec, "--seed: expected a whole number >= 0, "
                                  "not '%s'", arg);
        }
        c->o.seed = (igraph_uint_t) v;
        return 0;
    case OPT_COHESION:
        if (!il_parse_real(arg, &x) || x < 0) {
            return il_usage_error(&coupling_spec, "--cohesion: expected a number >= 0, "
                                  "not '%s'", arg);
        }
        c->o.cohesion = x;
        return 0;
    case OPT_LOW:
    case OPT_HIGH:
        if (!il_parse_real(arg, &x) || x < 0 || x > 1) {
            return il_usage_error(&coupling_spec, "--coupled-%s: expected a share from 0 "
                                  "to 1, not '%s'", code == OPT_LOW ? "low" : "high", arg);
        }
        *(code == OPT_LOW ? &c->o.coupled_low : &c->o.coupled_high) = x;
        return 0;
    case OPT_NO_CUTS:
        c->o.cuts = 0;
        return 0;
    }
    return il_usage_error(&coupling_spec, "unexpected option");
}

int cmd_coupling(int argc, char **argv)
{
    struct il_cli cli;
    struct coupling_ctx ctx = { { NULL, 0, NULL }, IL_COUPLING_OPTIONS_INIT };
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_coupling_t res;
    il_report_t rep = { NULL, NULL };
    int ret = il_cli_parse(argc, argv, &coupling_spec, &cli, coupling_option, &ctx);

    memset(&p, 0, sizeof p);
    memset(&res, 0, sizeof res);
    if (ret != IL_EXIT_OK || cli.done) {
        goto cleanup;
    }
    if ((ret = il_groups_check(&coupling_spec, &ctx.gc)) != IL_EXIT_OK) {
        goto cleanup;
    }
    if (ctx.o.coupled_low > ctx.o.coupled_high) {
        ret = il_usage_error(&coupling_spec, "--coupled-low must not exceed --coupled-high");
        goto cleanup;
    }
    if ((ret = il_groups_load(&cli, &ctx.gc, &g, &p)) != IL_EXIT_OK) {
        goto cleanup;
    }
    if (il_coupling(&g, &p, &ctx.o, &res) != IGRAPH_SUCCESS ||
        il_report_init(&rep, "coupling") != IGRAPH_SUCCESS ||
        il_report_add_coupling(&rep, &g, &p, ctx.gc.by, il_groups_empty_name(&ctx.gc),
                               &ctx.o, &res) != IGRAPH_SUCCESS ||
        il_report_add_input(&rep, &cli.load, &g) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    ret = il_groups_emit(&coupling_spec, &cli, &ctx.gc, &rep);
cleanup:
    il_report_destroy(&rep);
    il_coupling_destroy(&res);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
    il_cli_destroy(&cli);
    return ret;
}
