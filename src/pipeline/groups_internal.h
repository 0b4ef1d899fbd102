#ifndef IL_GROUPS_INTERNAL_H
#define IL_GROUPS_INTERNAL_H

/*
 * What the between-group jobs (coupling, mixing, brokerage, compare) share:
 * the --by, --empty-group and --table options and their one set of rules.
 * Private to src/pipeline.
 */
#include "pipeline/job_internal.h"
#include "analysis/analysis.h"

typedef struct il_job_groups {
    const char *by;         /* --by ATTR */
    int empty_own;          /* --empty-group: empty values form "(none)" */
    const char *table;      /* --table NAME: what --format csv prints */
    int side;               /* --side-by-side (coupling, mixing, brokerage) */
} il_job_groups_t;

/* The three option entries, for a job options struct with an
 * il_job_groups_t member called `groups`. */
#define IL_GROUPS_OPTDEFS(type) \
    IL_OPTDEF_STRING("by", type, groups.by), \
    IL_OPTDEF_FLAG("empty-group", type, groups.empty_own), \
    IL_OPTDEF_STRING("table", type, groups.table)

#define IL_GROUPS_HELP \
    "Groups:", \
    "  --by ATTR            group the nodes by node attribute ATTR (required)", \
    "  --empty-group        put nodes with an empty ATTR in the group \"(none)\"", \
    "                       (default: an error naming the node)", \
    "  --table NAME         the table --format csv prints"

/* A usage error when --by is missing. */
igraph_error_t il_i_groups_require(const il_job_args_t *a, const il_job_groups_t *gr);

/* IL_EMPTY_OWN_GROUP or IL_EMPTY_ERROR, and how `parameters` name it. */
il_empty_group_t il_i_groups_empty(const il_job_groups_t *gr);
const char *il_i_groups_empty_name(const il_job_groups_t *gr);

/* The --by groups of \p g (two to IL_GROUPS_MAX of them). */
igraph_error_t il_i_groups_partition(const il_graph_t *g, const il_job_groups_t *gr,
                                     il_partition_t *p);

/* Point CSV output at --table (a usage error listing the tables). */
igraph_error_t il_i_groups_table(il_job_ctx_t *ctx, const il_job_groups_t *gr);

#endif /* IL_GROUPS_INTERNAL_H */
