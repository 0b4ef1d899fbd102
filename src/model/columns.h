#ifndef IL_COLUMNS_H
#define IL_COLUMNS_H

#include "core/compat.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Computed per-node columns: what an analysis adds to a node so that the
 * exports (GraphML, GEXF, JSON), the pictures and the report can show it.
 * A column is numeric (one double per node; NaN means "no value" and is
 * left out of every file) or text (one string per node; "" means no value).
 * Columns keep the order in which they were added.
 */
typedef struct il_column {
    char *name;
    int numeric;            /* 1: num[] holds the values, else str[] */
    double *num;            /* n values (numeric columns) */
    char **str;             /* n strings (text columns), never NULL entries */
} il_column_t;

typedef struct il_columns {
    il_column_t *col;
    size_t ncol;
    igraph_integer_t n;     /* nodes: the length of every column */
} il_columns_t;

/* ---- Computed node columns -------------------------------------------- */

/* Start an empty set of columns over \p n nodes. */
void il_columns_init(il_columns_t *c, igraph_integer_t n);

/* Free every column; accepts a zero-filled set. */
void il_columns_destroy(il_columns_t *c);

/* Add a numeric column (copies \p values, which has length n). */
igraph_error_t il_columns_add_number(il_columns_t *c, const char *name,
                                     const igraph_vector_t *values);

/* Add a text column (copies the n strings; NULL entries become ""). */
igraph_error_t il_columns_add_string(il_columns_t *c, const char *name,
                                     const char *const *values);

/* Index of the column called \p name, or -1. */
long il_columns_find(const il_columns_t *c, const char *name);

#ifdef __cplusplus
}
#endif

#endif /* IL_COLUMNS_H */
