/*
 * Per-node results that outputs carry: the `--with LIST` of `innolink
 * export` (and what `render` and `report` can draw from).
 *
 * Registering an analysis family
 * ------------------------------
 * . Write, in src/cli/annotate.c, a function
 *       static igraph_error_t with_foo(il_annotate_ctx_t *ctx)
 *   that runs the family's analysis on ctx->g with ctx's options, adds
 *   one column per per-node result with il_columns_add_number() (measures:
 *   NaN where undefined) or il_columns_add_string() (community, role), and
 *   records the options used in ctx->meta under "foo" (an object: at least
 *   the parameters, e.g. seed, method, distance) with il_annotate_record().
 * . Add one line { "foo", with_foo, "what it adds" } to il_annotators[].
 * . If it needs a new option (a method, a resolution), add a field to
 *   il_annotate_ctx_t and parse it in cmd_export.c.
 * Nothing else changes: the GraphML, GEXF and JSON writers, the SVG
 * renderer (--color/--size name a column) and the report read the columns.
 */
#ifndef IL_ANNOTATE_H
#define IL_ANNOTATE_H

#include "innolink.h"

#include <cjson/cJSON.h>

typedef struct il_annotate_ctx {
    const il_graph_t *g;
    igraph_uint_t seed;         /* --seed, for randomised analyses */
    const char *by;             /* --by ATTR, or NULL */
    int empty_own;              /* --empty-group: empty --by values form "(none)" */
    il_columns_t *cols;         /* per-node columns to fill */
    cJSON *meta;                /* graph-level record of the output file */
} il_annotate_ctx_t;

typedef igraph_error_t il_annotate_fn(il_annotate_ctx_t *ctx);

struct il_annotator {
    const char *name;
    il_annotate_fn *fn;
    const char *summary;
};

/* The table of everything --with can name, NULL-terminated. */
extern const struct il_annotator il_annotators[];

/* The annotator called \p name, or NULL. */
const struct il_annotator *il_annotator_find(const char *name, size_t len);

/* Run every annotator of a comma-separated \p list in order. Unknown names
 * are an IGRAPH_EINVAL naming the valid ones. */
igraph_error_t il_annotate(il_annotate_ctx_t *ctx, const char *list);

/* Check a --with list without running it: 1 if every name is known. */
int il_annotate_check(const char *list, char *bad, size_t size);

/* Put \p obj into ctx->meta under \p name (takes ownership). */
igraph_error_t il_annotate_record(il_annotate_ctx_t *ctx, const char *name, cJSON *obj);

#endif /* IL_ANNOTATE_H */
