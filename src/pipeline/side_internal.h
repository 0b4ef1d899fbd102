#ifndef IL_SIDE_INTERNAL_H
#define IL_SIDE_INTERNAL_H

/*
 * Every group side by side (--side-by-side): one table with a row per group
 * and a column per group measure, built from the per-group tables a
 * command's report document already holds, so that its cells are those
 * numbers, copied (pipeline/side_by_side.c). Also the per-group tables that
 * summary --by and centrality --by add, and group totals of per-node
 * columns. Private to src/pipeline.
 */
#include "pipeline/job_internal.h"
#include "analysis/analysis.h"

struct cJSON;

/* How one per-group table of a report document is laid out. */
typedef enum il_side_kind {
    IL_SIDE_ROWS = 0,       /* an array of row objects with a "group" key */
    IL_SIDE_OBJECT,         /* an object whose members are the groups (structure's groups) */
    IL_SIDE_DIAGONAL        /* an array of pair rows: those with group_a = group_b */
} il_side_kind_t;

/* One source of columns: a top-level key of the document. */
typedef struct il_side_source {
    const char *table;
    il_side_kind_t kind;
    const char *prefix;     /* put before each column name; "" for none */
} il_side_source_t;

/* The table key and its column map in the document. */
#define IL_SIDE_TABLE "groups_side_by_side"
#define IL_SIDE_COLUMNS "groups_side_by_side_columns"

/* The option entry and its help line, for a job options struct with an int
 * field \p field. */
#define IL_SIDE_OPTDEF(type, field) IL_OPTDEF_FLAG("side-by-side", type, field)
#define IL_SIDE_HELP \
    "  --side-by-side       add groups_side_by_side: a row per group, a column per", \
    "                       group measure (the default CSV table; see docs)"

/* Add IL_SIDE_TABLE and IL_SIDE_COLUMNS built from the \p n sources to the
 * report root; sources absent from the document are skipped. */
igraph_error_t il_i_side_by_side(struct cJSON *root, const il_side_source_t *src, size_t n);

/* The same for a job: add the table and make it the CSV table unless --table
 * names another. */
igraph_error_t il_i_side_by_side_job(il_job_ctx_t *ctx, const char *table,
                                     const il_side_source_t *src, size_t n);

/* Add the array \p key: per group of \p p, its size `nodes` and for each of
 * the \p ncols per-node columns (cols[c] holds one value per node, or is NULL)
 * `<name>_total` and `<name>_mean` over the group's nodes with a value. */
igraph_error_t il_i_group_totals(struct cJSON *root, const char *key, const il_partition_t *p,
                                 const char *const *names, const igraph_vector_t *const *cols,
                                 size_t ncols);

/* Add `groups_table`: the summary of the subgraph of each group of \p p. */
igraph_error_t il_i_summary_groups(struct cJSON *root, const il_graph_t *g,
                                   const il_partition_t *p, const il_summary_options_t *o);

#endif /* IL_SIDE_INTERNAL_H */
