#ifndef IL_CLI_GROUPS_H
#define IL_CLI_GROUPS_H

#include "cli/cli_util.h"

/*
 * Options shared by the between-group commands (coupling, mixing,
 * brokerage): --by ATTR (required), --empty-group, and --table NAME (which
 * table --format csv prints).
 */
enum { IL_OPT_BY = 3000, IL_OPT_EMPTY_GROUP, IL_OPT_TABLE };

/* Most groups the between-group commands take: their k x k matrices and
 * k(k-1)/2 pairs need about 1.4 GB at k = 1000. */
#define IL_GROUPS_MAX 1000

#define IL_GROUPS_LONG_OPTIONS \
    { "by", required_argument, NULL, IL_OPT_BY }, \
    { "empty-group", no_argument, NULL, IL_OPT_EMPTY_GROUP }, \
    { "table", required_argument, NULL, IL_OPT_TABLE }

#define IL_GROUPS_HELP \
    "Groups:", \
    "  --by ATTR            group the nodes by node attribute ATTR (required)", \
    "  --empty-group        put nodes with an empty ATTR in the group \"(none)\"", \
    "                       (default: an error naming the node)", \
    "  --table NAME         the table --format csv prints"

struct il_groups_cli {
    const char *by;
    int empty_own;
    const char *table;
};

/* Handle a shared group option: 0 when handled, -1 when \p code is not one. */
int il_groups_option(int code, const char *arg, struct il_groups_cli *gc);

/* After parsing: usage error when --by is missing. */
int il_groups_check(const struct il_cli_spec *spec, const struct il_groups_cli *gc);

/* Load the graph and group its nodes (at least two groups); an exit code. */
int il_groups_load(const struct il_cli *cli, const struct il_groups_cli *gc,
                   il_graph_t *g, il_partition_t *p);

/* "own group" or "error", as recorded in parameters. */
const char *il_groups_empty_name(const struct il_groups_cli *gc);

/* Choose the CSV table (--table), then write; an exit code. */
int il_groups_emit(const struct il_cli_spec *spec, const struct il_cli *cli,
                   const struct il_groups_cli *gc, il_report_t *rep);

/* Parse a finite real number: 1 on success. */
int il_parse_real(const char *s, double *out);

#endif /* IL_CLI_GROUPS_H */
