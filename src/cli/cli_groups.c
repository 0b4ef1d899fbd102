/*
 * Shared options and steps of the between-group commands.
 */
#include "cli/cli_groups.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/** \function il_groups_option \brief --by, --empty-group, --table. */
int il_groups_option(int code, const char *arg, struct il_groups_cli *gc)
{
    switch (code) {
    case IL_OPT_BY:
        gc->by = arg;
        return 0;
    case IL_OPT_EMPTY_GROUP:
        gc->empty_own = 1;
        return 0;
    case IL_OPT_TABLE:
        gc->table = arg;
        return 0;
    }
    return -1;
}

/** \function il_groups_check \brief --by is required: usage error without it. */
int il_groups_check(const struct il_cli_spec *spec, const struct il_groups_cli *gc)
{
    if (!gc->by || !gc->by[0]) {
        return il_usage_error(spec, "%s needs --by ATTR (a node attribute such as cluster "
                              "or sector)", spec->name);
    }
    return IL_EXIT_OK;
}

/**
 * \function il_groups_load
 * \brief Load the graph, group by --by, and require two groups.
 *
 * \return IL_EXIT_OK, or IL_EXIT_DATA after printing the library's message.
 */
int il_groups_load(const struct il_cli *cli, const struct il_groups_cli *gc,
                   il_graph_t *g, il_partition_t *p)
{
    int ret = il_cli_load(cli, g);
    if (ret != IL_EXIT_OK) {
        return ret;
    }
    if (il_partition_from_attr(g, gc->by, gc->empty_own ? IL_EMPTY_OWN_GROUP : IL_EMPTY_ERROR,
                               p) != IGRAPH_SUCCESS ||
        il_groups_require_two(p, gc->by) != IGRAPH_SUCCESS) {
        return il_data_error();
    }
    if (p->k > IL_GROUPS_MAX) {     /* k x k matrices and pairs: memory grows as k^2 */
        fprintf(stderr, "innolink: error: '%s' has %" IGRAPH_PRId " distinct values; group "
                "measures take at most %d groups (is it an identifier?)\n", gc->by, p->k,
                IL_GROUPS_MAX);
        return IL_EXIT_DATA;
    }
    return IL_EXIT_OK;
}

/** \function il_groups_empty_name \brief How empty values were handled. */
const char *il_groups_empty_name(const struct il_groups_cli *gc)
{
    return gc->empty_own ? "own group \"(none)\"" : "error";
}

/**
 * \function il_groups_emit
 * \brief Point CSV output at --table (a usage error naming the tables when
 *        there is no such table), then write the report.
 */
int il_groups_emit(const struct il_cli_spec *spec, const struct il_cli *cli,
                   const struct il_groups_cli *gc, il_report_t *rep)
{
    if (gc->table) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(rep->root, gc->table), *it;
        if (!cJSON_IsArray(t) || strcmp(gc->table, "parameters") == 0) {
            fprintf(stderr, "innolink: --table: no table '%s'; the tables are:", gc->table);
            cJSON_ArrayForEach(it, rep->root) {
                if (cJSON_IsArray(it)) {
                    fprintf(stderr, " %s", it->string);
                }
            }
            fputc('\n', stderr);
            return il_usage_error(spec, "unknown table '%s'", gc->table);
        }
        rep->table = gc->table;
    }
    return il_cli_emit(cli, rep);
}

/** \function il_parse_real \brief A finite decimal number, nothing after it. */
int il_parse_real(const char *s, double *out)
{
    char *end;
    double v;
    if (!s || !*s || *s == ' ' || *s == '\t' || strchr(s, 'x') || strchr(s, 'X')) {
        return 0;
    }
    errno = 0;
    v = strtod(s, &end);
    if (*end != '\0' || errno == ERANGE || !isfinite(v)) {
        return 0;
    }
    *out = v;
    return 1;
}
