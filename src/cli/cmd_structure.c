/*
 * innolink structure: the shape of the network and of each group in it
 * (docs/metrics-structure.md): hubs, Freeman degree centralization,
 * Borgatti-Everett core-periphery, k-cores, rich club, Guimera-Amaral
 * roles and the district type each group resembles.
 */
#include "cli/cli_util.h"
#include "cli/commands.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
    OPT_BY = 2000, OPT_EMPTY_GROUP, OPT_HUB_Z, OPT_HUB_TOP, OPT_DESIGNATED, OPT_RESTARTS,
    OPT_REWIRINGS, OPT_REWIRE_TRIALS, OPT_SEED, OPT_SECTOR, OPT_PUBLIC
};

static const struct option structure_options[] = {
    { "by", required_argument, NULL, OPT_BY },
    { "empty-group", no_argument, NULL, OPT_EMPTY_GROUP },
    { "hub-z", required_argument, NULL, OPT_HUB_Z },
    { "hub-top", required_argument, NULL, OPT_HUB_TOP },
    { "designated", required_argument, NULL, OPT_DESIGNATED },
    { "restarts", required_argument, NULL, OPT_RESTARTS },
    { "rewirings", required_argument, NULL, OPT_REWIRINGS },
    { "rewire-trials", required_argument, NULL, OPT_REWIRE_TRIALS },
    { "seed", required_argument, NULL, OPT_SEED },
    { "sector", required_argument, NULL, OPT_SECTOR },
    { "public-sectors", required_argument, NULL, OPT_PUBLIC },
    { NULL, 0, NULL, 0 }
};

static const char *const structure_help[] = {
    "The shape of the network and, with --by, of each group: structural hubs (degree",
    "or strength z-scores), hub dominance and spoke-spoke ties, Freeman degree",
    "centralization, Borgatti-Everett core-periphery (discrete core and fit,",
    "continuous coreness), k-cores, the rich-club coefficient against degree-",
    "preserving rewiring, Guimera-Amaral roles, and the district type each group",
    "resembles (Marshallian, hub-and-spoke, satellite platform, state-anchored) with",
    "the evidence. Ties are read as undirected.",
    "",
    "Structure:",
    "  --by ATTR            measure each group of this node attribute (e.g. cluster)",
    "  --empty-group        put nodes without a value in the group \"(none)\"",
    "  --hub-z Z            hub: degree or strength z-score >= Z (default: 2.5)",
    "  --hub-top K          the K nodes of highest degree are hubs too (default: 0)",
    "  --designated ATTR=VALUE  compare designated hubs (e.g. role=hub) with hubs;",
    "                       ATTR alone: nodes whose ATTR is set and not 0/false/no",
    "  --restarts R         core-periphery search starts (default: 10)",
    "  --rewirings Q        rich-club ensemble of rewired graphs (default: 20)",
    "  --rewire-trials T    rewiring trials per tie for each graph (default: 10)",
    "  --seed S             seed of the search and the rewiring (default: 42)",
    "  --sector ATTR        node attribute naming the sector (default: sector)",
    "  --public-sectors LIST  sector values of public bodies (default:",
    "                       " IL_STRUCTURE_PUBLIC_SECTORS ")",
    NULL
};

const struct il_cli_spec structure_spec = {
    "structure", "innolink structure EDGES [--nodes NODES] [--by ATTR] [options]",
    structure_help, structure_options, 1, 0
};

struct structure_ctx {
    il_structure_options_t o;
    char *designated;       /* copy of ATTR=VALUE, split at '=' */
};

static int parse_int(const char *opt, const char *arg, igraph_integer_t min, igraph_integer_t max,
                     igraph_integer_t *out)
{
    igraph_integer_t v;
    if (!il_parse_count(arg, &v) || v < min || v > max) {
        return il_usage_error(&structure_spec, "%s: expected a whole number from %ld to %ld, "
                              "not '%s'", opt, (long) min, (long) max, arg);
    }
    *out = v;
    return 0;
}

static int structure_option(int code, const char *arg, void *vctx)
{
    struct structure_ctx *c = vctx;
    igraph_integer_t v;
    char *end, *eq;
    double z;
    int ret;

    switch (code) {
    case OPT_BY:
        c->o.group_attr = arg;
        return 0;
    case OPT_EMPTY_GROUP:
        c->o.empty = IL_EMPTY_OWN_GROUP;
        return 0;
    case OPT_HUB_Z:
        errno = 0;
        z = strtod(arg, &end);
        if (end == arg || *end || errno || !isfinite(z) || z <= 0) {
            return il_usage_error(&structure_spec, "--hub-z: expected a number > 0, not '%s'",
                                  arg);
        }
        c->o.hub_z = z;
        return 0;
    case OPT_HUB_TOP:
        ret = parse_int("--hub-top", arg, 0, 1000000000, &v);
        c->o.hub_top = v;
        return ret;
    case OPT_DESIGNATED:
        eq = strchr(arg, '=');
        if (!*arg || eq == arg || (eq && !eq[1])) {
            return il_usage_error(&structure_spec, "--designated: expected ATTR=VALUE or ATTR, "
                                  "not '%s'", arg);
        }
        free(c->designated);
        c->designated = strdup(arg);
        if (!c->designated) {
            return il_usage_error(&structure_spec, "out of memory");
        }
        c->o.designated_attr = c->designated;
        c->o.designated_value = NULL;      /* ATTR alone: any true-looking value */
        if (eq) {
            eq = c->designated + (eq - arg);
            *eq = '\0';
            c->o.designated_value = eq + 1;
        }
        return 0;
    case OPT_RESTARTS:
        ret = parse_int("--restarts", arg, 1, 100000, &v);
        c->o.restarts = v;
        return ret;
    case OPT_REWIRINGS:
        ret = parse_int("--rewirings", arg, 0, 100000, &v);
        c->o.rewirings = v;
        return ret;
    case OPT_REWIRE_TRIALS:
        ret = parse_int("--rewire-trials", arg, 1, 10000, &v);
        c->o.rewire_trials = v;
        return ret;
    case OPT_SEED:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&structure_spec, "--seed: expected a whole number >= 0, "
                                  "not '%s'", arg);
        }
        c->o.seed = (igraph_uint_t) v;
        return 0;
    case OPT_SECTOR:
        c->o.sector_attr = arg;
        return 0;
    case OPT_PUBLIC:
        c->o.public_sectors = arg;
        return 0;
    }
    return il_usage_error(&structure_spec, "unexpected option");
}

int cmd_structure(int argc, char **argv)
{
    struct il_cli cli;
    struct structure_ctx ctx = { IL_STRUCTURE_OPTIONS_INIT, NULL };
    il_graph_t g = IL_GRAPH_INIT;
    il_report_t rep = { NULL, NULL };
    il_structure_t s;
    int ret = il_cli_parse(argc, argv, &structure_spec, &cli, structure_option, &ctx);

    memset(&s, 0, sizeof s);
    if (ret != IL_EXIT_OK || cli.done) {
        goto cleanup;
    }
    if ((ret = il_cli_load(&cli, &g)) != IL_EXIT_OK) {
        goto cleanup;
    }
    if (il_structure(&g, &ctx.o, &s) != IGRAPH_SUCCESS ||
        il_report_init(&rep, "structure") != IGRAPH_SUCCESS ||
        il_report_add_structure(&rep, &s, &g, &ctx.o) != IGRAPH_SUCCESS ||
        il_report_add_input(&rep, &cli.load, &g) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    ret = il_cli_emit(&cli, &rep);
cleanup:
    il_structure_destroy(&s);
    il_report_destroy(&rep);
    il_graph_destroy(&g);
    il_cli_destroy(&cli);
    free(ctx.designated);
    return ret;
}
