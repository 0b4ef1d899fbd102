/*
 * Tables kept as columns. A node table of a million rows as cJSON row
 * objects costs tens of millions of allocations and gigabytes (about 80
 * bytes an item, one item a cell); kept as columns it costs one array a
 * column, and the formatters write it straight from there, byte for byte
 * as they would write the row objects. In the document the table stands
 * as an empty array; il_report_materialize() turns it into row objects for
 * code that reads rows.
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NULL_STRING SIZE_MAX

typedef struct column {
    char *name;
    il_i_cell_t kind;
    double *num;            /* NUMBER and BOOL cells */
    size_t *off;            /* STRING cells: offset into text, NULL_STRING for null */
    char *text;
    size_t len, cap;
    size_t filled;          /* cells appended so far */
} column_t;

struct il_report_table {
    cJSON *holder;          /* the empty array standing for the table */
    size_t nrows, ncols;
    column_t *col;
    int materialised;
    struct il_report_table *next;
};

static void table_free(il_i_table_t *t)
{
    size_t c;
    for (c = 0; c < t->ncols; c++) {
        free(t->col[c].name);
        free(t->col[c].num);
        free(t->col[c].off);
        free(t->col[c].text);
    }
    free(t->col);
    free(t);
}

/** \function il_i_tables_free \brief Free the tables of \p r (not the document). */
void il_i_tables_free(il_report_t *r)
{
    while (r->tables) {
        il_i_table_t *next = r->tables->next;
        table_free(r->tables);
        r->tables = next;
    }
}

/**
 * \function il_i_table_new
 * \brief Add a table of \p nrows rows as \p key of \p obj.
 *
 * The document gets an empty array under \p key; the report keeps the
 * table and frees it in il_report_destroy(). \return IGRAPH_ENOMEM.
 */
igraph_error_t il_i_table_new(il_report_t *r, cJSON *obj, const char *key, size_t nrows,
                              il_i_table_t **t)
{
    il_i_table_t *nt = calloc(1, sizeof *nt);
    CHECK_ITEM(nt);
    nt->holder = cJSON_AddArrayToObject(obj, key);
    if (!nt->holder) {
        free(nt);
        IGRAPH_ERROR("Out of memory building the report.", IGRAPH_ENOMEM);
    }
    nt->nrows = nrows;
    nt->next = r->tables;
    r->tables = nt;
    *t = nt;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_table_column
 * \brief Add a column named \p name holding cells of \p kind.
 *
 * Columns print in the order they are added. \return IGRAPH_ENOMEM.
 */
igraph_error_t il_i_table_column(il_i_table_t *t, const char *name, il_i_cell_t kind,
                                 size_t *col)
{
    column_t *cols = realloc(t->col, (t->ncols + 1) * sizeof *cols), *c;
    CHECK_ITEM(cols);
    t->col = cols;
    c = &t->col[t->ncols];
    memset(c, 0, sizeof *c);
    t->ncols++;             /* from here on table_free() frees the column */
    c->name = strdup(name);
    c->kind = kind;
    if (kind == IL_I_CELL_STRING) {
        c->off = malloc((t->nrows ? t->nrows : 1) * sizeof *c->off);
    } else {
        c->num = malloc((t->nrows ? t->nrows : 1) * sizeof *c->num);
    }
    if (!c->name || (!c->off && !c->num)) {
        IGRAPH_ERROR("Out of memory building the report.", IGRAPH_ENOMEM);
    }
    *col = t->ncols - 1;
    return IGRAPH_SUCCESS;
}

/** \function il_i_table_number \brief Append a number to column \p col. */
igraph_error_t il_i_table_number(il_i_table_t *t, size_t col, double v)
{
    column_t *c = &t->col[col];
    IGRAPH_ASSERT(c->kind != IL_I_CELL_STRING && c->filled < t->nrows);
    c->num[c->filled++] = v == 0 ? 0.0 : v;     /* -0 prints as 0 (il_report_number) */
    return IGRAPH_SUCCESS;
}

/** \function il_i_table_bool \brief Append a boolean to column \p col. */
igraph_error_t il_i_table_bool(il_i_table_t *t, size_t col, int v)
{
    return il_i_table_number(t, col, v ? 1.0 : 0.0);
}

/**
 * \function il_i_table_string
 * \brief Append a string (copied; NULL prints as null) to column \p col.
 * \return IGRAPH_ENOMEM. Time: O(length) amortised.
 */
igraph_error_t il_i_table_string(il_i_table_t *t, size_t col, const char *s)
{
    column_t *c = &t->col[col];
    size_t n;
    IGRAPH_ASSERT(c->kind == IL_I_CELL_STRING && c->filled < t->nrows);
    if (!s) {
        c->off[c->filled++] = NULL_STRING;
        return IGRAPH_SUCCESS;
    }
    n = strlen(s) + 1;
    if (c->len + n > c->cap) {
        size_t cap = c->cap ? c->cap : 4096;
        char *text;
        while (cap < c->len + n) {
            cap *= 2;
        }
        text = realloc(c->text, cap);
        CHECK_ITEM(text);
        c->text = text;
        c->cap = cap;
    }
    memcpy(c->text + c->len, s, n);
    c->off[c->filled++] = c->len;
    c->len += n;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_table_find
 * \brief The table \p item stands for, if it has rows and is still kept
 *        as columns; NULL otherwise (then \p item is an ordinary array).
 *
 * Time complexity: O(tables).
 */
const il_i_table_t *il_i_table_find(const il_report_t *r, const cJSON *item)
{
    const il_i_table_t *t;
    for (t = r->tables; t; t = t->next) {
        if (t->holder == item) {
            return t->nrows > 0 && !t->materialised && t->ncols > 0 ? t : NULL;
        }
    }
    return NULL;
}

/** \function il_i_table_rows \brief Rows of \p t. */
size_t il_i_table_rows(const il_i_table_t *t)
{
    return t->nrows;
}

/** \function il_i_table_columns \brief Columns of \p t. */
size_t il_i_table_columns(const il_i_table_t *t)
{
    return t->ncols;
}

/** \function il_i_table_name \brief Name of column \p c. */
const char *il_i_table_name(const il_i_table_t *t, size_t c)
{
    return t->col[c].name;
}

/**
 * \function il_i_table_cell
 * \brief Cell (c, row) as a cJSON item in \p cell (caller's storage): a
 *        number, a string pointing into the table, null, true or false.
 */
void il_i_table_cell(const il_i_table_t *t, size_t c, size_t row, cJSON *cell)
{
    const column_t *col = &t->col[c];
    memset(cell, 0, sizeof *cell);
    cell->string = col->name;
    switch (col->kind) {
    case IL_I_CELL_NUMBER:
        cell->type = cJSON_Number;
        cell->valuedouble = col->num[row];
        break;
    case IL_I_CELL_BOOL:
        cell->type = col->num[row] != 0 ? cJSON_True : cJSON_False;
        break;
    default:
        if (col->off[row] == NULL_STRING) {
            cell->type = cJSON_NULL;
        } else {
            cell->type = cJSON_String;
            cell->valuestring = col->text + col->off[row];
        }
        break;
    }
}

/* Turn one table into row objects inside its placeholder. */
static igraph_error_t materialise(il_i_table_t *t)
{
    size_t row, c;
    for (row = 0; row < t->nrows; row++) {
        cJSON *obj = cJSON_CreateObject();
        CHECK_ITEM(obj);
        cJSON_AddItemToArray(t->holder, obj);
        for (c = 0; c < t->ncols; c++) {
            cJSON cell;
            il_i_table_cell(t, c, row, &cell);
            if (cJSON_IsNumber(&cell)) {
                IGRAPH_CHECK(il_report_number(obj, cell.string, cell.valuedouble));
            } else if (cJSON_IsBool(&cell)) {
                IGRAPH_CHECK(il_report_bool(obj, cell.string, cJSON_IsTrue(&cell)));
            } else {
                IGRAPH_CHECK(il_report_string(obj, cell.string, cell.valuestring));
            }
        }
    }
    t->materialised = 1;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_materialize
 * \brief Turn every table kept as columns into an array of row objects,
 *        so that code reading rows from the document finds them there.
 *
 * The written output does not change. \return IGRAPH_ENOMEM.
 * Time complexity: O(cells), with one cJSON item per cell.
 */
igraph_error_t il_report_materialize(il_report_t *r)
{
    il_i_table_t *t;
    for (t = r->tables; t; t = t->next) {
        if (!t->materialised && t->nrows > 0) {
            IGRAPH_CHECK(materialise(t));
        }
    }
    return IGRAPH_SUCCESS;
}
