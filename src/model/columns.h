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
/* What the numbers of a numeric column are, for the files' declared types. */
typedef enum il_column_kind {
    IL_COLUMN_REAL = 0,     /* a measure: GraphML/GEXF double */
    IL_COLUMN_INTEGER,      /* a count or an id (degree, k-core, community): long */
    IL_COLUMN_BOOLEAN       /* a flag, 0 or 1 (core, structural_hub): boolean */
} il_column_kind_t;

typedef struct il_column {
    char *name;
    int numeric;            /* 1: num[] holds the values, else str[] */
    il_column_kind_t kind;  /* numeric columns: real, integer or boolean */
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

/* Add a numeric column of whole numbers (counts, ids): IGRAPH_EINVAL if a
 * finite value is not a whole number of at most 15 digits. */
igraph_error_t il_columns_add_integer(il_columns_t *c, const char *name,
                                      const igraph_vector_t *values);

/* Add a numeric column of flags: IGRAPH_EINVAL if a finite value is not 0 or 1. */
igraph_error_t il_columns_add_boolean(il_columns_t *c, const char *name,
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
