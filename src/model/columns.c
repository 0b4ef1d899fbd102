/*
 * Computed per-node columns (measures, community ids, roles) that outputs
 * carry next to the node table's own attributes.
 */
#include "model/columns.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/**
 * \function il_columns_init
 * \brief Start an empty set of columns for a graph of \p n nodes.
 *
 * Time complexity: O(1). Nothing is allocated until a column is added.
 */
void il_columns_init(il_columns_t *c, igraph_integer_t n)
{
    memset(c, 0, sizeof *c);
    c->n = n;
}

/**
 * \function il_columns_destroy
 * \brief Free every column; safe on a zero-filled or destroyed set.
 */
void il_columns_destroy(il_columns_t *c)
{
    size_t i;
    igraph_integer_t v;
    for (i = 0; i < c->ncol; i++) {
        free(c->col[i].name);
        free(c->col[i].num);
        if (c->col[i].str) {
            for (v = 0; v < c->n; v++) {
                free(c->col[i].str[v]);
            }
        }
        free(c->col[i].str);
    }
    free(c->col);
    c->col = NULL;
    c->ncol = 0;
}

/* Append a zeroed column named \p name; the set owns it from here on. */
static igraph_error_t add_column(il_columns_t *c, const char *name, il_column_t **out)
{
    il_column_t *cols;
    if (il_columns_find(c, name) >= 0) {
        IGRAPH_ERRORF("Node column '%s' is added twice.", IGRAPH_EINVAL, name);
    }
    cols = realloc(c->col, (c->ncol + 1) * sizeof *cols);
    IGRAPH_CHECK_OOM(cols, "Out of memory adding a node column.");
    c->col = cols;
    memset(&c->col[c->ncol], 0, sizeof c->col[c->ncol]);
    c->col[c->ncol].name = strdup(name);
    c->ncol++;
    IGRAPH_CHECK_OOM(c->col[c->ncol - 1].name, "Out of memory adding a node column.");
    *out = &c->col[c->ncol - 1];
    return IGRAPH_SUCCESS;
}

/**
 * \function il_columns_add_number
 * \brief Add a numeric node column, copying \p values (length n).
 *
 * \return IGRAPH_EINVAL if the name is taken or the length is wrong;
 *         IGRAPH_ENOMEM. Time complexity: O(n).
 */
igraph_error_t il_columns_add_number(il_columns_t *c, const char *name,
                                     const igraph_vector_t *values)
{
    il_column_t *col;
    if (igraph_vector_size(values) != c->n) {
        IGRAPH_ERRORF("Node column '%s' has the wrong length.", IGRAPH_EINVAL, name);
    }
    IGRAPH_CHECK(add_column(c, name, &col));
    col->numeric = 1;
    col->num = malloc((size_t) (c->n > 0 ? c->n : 1) * sizeof *col->num);
    IGRAPH_CHECK_OOM(col->num, "Out of memory adding a node column.");
    if (c->n > 0) {
        memcpy(col->num, VECTOR(*values), (size_t) c->n * sizeof *col->num);
    }
    return IGRAPH_SUCCESS;
}

/* Add \p values as a numeric column of \p kind after checking each finite
 * value: whole numbers of at most 15 digits, or 0 and 1 for flags. */
static igraph_error_t add_kind(il_columns_t *c, const char *name, const igraph_vector_t *values,
                               il_column_kind_t kind)
{
    igraph_integer_t v;
    for (v = 0; v < igraph_vector_size(values); v++) {
        double x = VECTOR(*values)[v];
        if (!isfinite(x)) {
            continue;
        }
        if (kind == IL_COLUMN_BOOLEAN ? (x != 0 && x != 1) : (x != floor(x) || fabs(x) >= 1e15)) {
            IGRAPH_ERRORF("Node column '%s' has %g for node %" IGRAPH_PRId ": expected %s.",
                          IGRAPH_EINVAL, name, x, v + 1,
                          kind == IL_COLUMN_BOOLEAN ? "0 or 1" : "a whole number");
        }
    }
    IGRAPH_CHECK(il_columns_add_number(c, name, values));
    c->col[c->ncol - 1].kind = kind;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_columns_add_integer
 * \brief Add a numeric column of whole numbers (counts, ids).
 *
 * Written as `long` in GraphML and GEXF and as JSON integers, so tools
 * read 18, not 18.0. NaN is a missing value as in any numeric column.
 * \return IGRAPH_EINVAL for a value that is not whole, a taken name or a
 *         wrong length; IGRAPH_ENOMEM. Time complexity: O(n).
 */
igraph_error_t il_columns_add_integer(il_columns_t *c, const char *name,
                                      const igraph_vector_t *values)
{
    return add_kind(c, name, values, IL_COLUMN_INTEGER);
}

/**
 * \function il_columns_add_boolean
 * \brief Add a numeric column of flags (0 or 1).
 *
 * Written as `boolean` in GraphML and GEXF and as JSON true/false.
 * \return IGRAPH_EINVAL for a value other than 0 or 1 (NaN: missing), a
 *         taken name or a wrong length; IGRAPH_ENOMEM. Time complexity: O(n).
 */
igraph_error_t il_columns_add_boolean(il_columns_t *c, const char *name,
                                      const igraph_vector_t *values)
{
    return add_kind(c, name, values, IL_COLUMN_BOOLEAN);
}

/**
 * \function il_columns_add_string
 * \brief Add a text node column, copying the n strings of \p values.
 *
 * \return IGRAPH_EINVAL if the name is taken; IGRAPH_ENOMEM.
 * Time complexity: O(total length).
 */
igraph_error_t il_columns_add_string(il_columns_t *c, const char *name,
                                     const char *const *values)
{
    il_column_t *col;
    igraph_integer_t v;
    IGRAPH_CHECK(add_column(c, name, &col));
    col->str = calloc((size_t) (c->n > 0 ? c->n : 1), sizeof *col->str);
    IGRAPH_CHECK_OOM(col->str, "Out of memory adding a node column.");
    for (v = 0; v < c->n; v++) {
        col->str[v] = strdup(values[v] ? values[v] : "");
        IGRAPH_CHECK_OOM(col->str[v], "Out of memory adding a node column.");
    }
    return IGRAPH_SUCCESS;
}

/** \function il_columns_find \brief Index of the column \p name, or -1. */
long il_columns_find(const il_columns_t *c, const char *name)
{
    size_t i;
    for (i = 0; i < c->ncol; i++) {
        if (strcmp(c->col[i].name, name) == 0) {
            return (long) i;
        }
    }
    return -1;
}
