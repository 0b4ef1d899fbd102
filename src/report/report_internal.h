/*
 * What the files of src/report share: the cJSON API the document is built
 * with, and the out-of-memory check of every item. Not part of the public
 * API: report/report.h keeps cJSON opaque.
 */
#ifndef IL_REPORT_INTERNAL_H
#define IL_REPORT_INTERNAL_H

#include "core/compat.h"

#include <cjson/cJSON.h>

/* An item cJSON could not allocate (NULL) is an igraph ENOMEM error. */
#define CHECK_ITEM(item) do { \
        if (!(item)) { \
            IGRAPH_ERROR("Out of memory building the report.", IGRAPH_ENOMEM); \
        } \
    } while (0)

struct il_load_options;
struct il_graph;

/* The affiliation options and the backbone record of `input`
 * (backbone_report.c; il_report_add_input calls it). */
igraph_error_t il_i_report_input_extra(cJSON *in, const struct il_load_options *o,
                                       const struct il_graph *g);

/* ---- Tables kept as columns (table.c) ------------------------------------ */

/* What a column holds; each cell prints as the cJSON item of that kind
 * would (a number NaN prints as null, nan, or an empty field). */
typedef enum il_i_cell {
    IL_I_CELL_NUMBER = 0, IL_I_CELL_STRING, IL_I_CELL_BOOL
} il_i_cell_t;

typedef struct il_report_table il_i_table_t;

struct il_report;

/* A table of \p nrows rows under \p key of \p obj: an empty array in the
 * document until il_report_materialize(); the report owns the table. */
igraph_error_t il_i_table_new(struct il_report *r, cJSON *obj, const char *key, size_t nrows,
                              il_i_table_t **t);

/* Add a column (in row-object key order); its index in *col. */
igraph_error_t il_i_table_column(il_i_table_t *t, const char *name, il_i_cell_t kind,
                                 size_t *col);

/* Append the next cell of column \p col: a number (-0 stored as 0), a
 * string (copied; NULL is null) or a boolean. */
igraph_error_t il_i_table_number(il_i_table_t *t, size_t col, double v);
igraph_error_t il_i_table_string(il_i_table_t *t, size_t col, const char *s);
igraph_error_t il_i_table_bool(il_i_table_t *t, size_t col, int v);

/* The unmaterialised table with rows that \p item stands for, or NULL. */
const il_i_table_t *il_i_table_find(const struct il_report *r, const cJSON *item);

/* Rows and columns; the name of column c; cell (c, row) as a cJSON item on
 * the caller's stack (strings point into the table: no allocation). */
size_t il_i_table_rows(const il_i_table_t *t);
size_t il_i_table_columns(const il_i_table_t *t);
const char *il_i_table_name(const il_i_table_t *t, size_t c);
void il_i_table_cell(const il_i_table_t *t, size_t c, size_t row, cJSON *cell);

/* Free every table of a report (il_report_destroy). */
void il_i_tables_free(struct il_report *r);

#endif /* IL_REPORT_INTERNAL_H */
