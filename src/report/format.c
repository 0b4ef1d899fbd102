/*
 * Report formatters: the only place that decides how numbers and tables
 * look. Text is for people (aligned, %.<precision>g, wide characters
 * measured), JSON for machines (cJSON, full precision, NaN as null), CSV
 * for spreadsheets (RFC 4180 quoting, NaN as an empty field).
 */
#include "report/report.h"
#include "core/numfmt.h"
#include "core/utf8.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Format a scalar for text output into buf (IL_NUMFMT_MAX bytes): whole
 * numbers as %.0f, others as %.<precision>g (core/numfmt.h writes both). */
static const char *text_value(const cJSON *item, int precision, char *buf)
{
    if (cJSON_IsNumber(item)) {
        double v = item->valuedouble;
        if (isnan(v)) {
            return "nan";
        }
        if (isinf(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == floor(v) && fabs(v) < 1e15) {
            il_numfmt_int(v, buf);
        } else {
            il_numfmt_g(v, precision, buf);
        }
        return buf;
    }
    if (cJSON_IsString(item)) {
        return item->valuestring;
    }
    if (cJSON_IsBool(item)) {
        return cJSON_IsTrue(item) ? "true" : "false";
    }
    if (cJSON_IsNull(item)) {
        return "-";
    }
    return "";
}

static int is_scalar(const cJSON *item)
{
    return !cJSON_IsObject(item) && !cJSON_IsArray(item);
}

static void pad(il_sink_t *out, size_t n)
{
    while (n-- > 0) {
        il_sink_putc(out, ' ');
    }
}

/* 1 when \p it stands for a table kept as columns (report/table.c). */
static int is_table(const il_report_t *r, const cJSON *it)
{
    return r->tables && cJSON_IsArray(it) && !it->child && il_i_table_find(r, it);
}

/* Write key/value lines for the scalars (and scalar arrays) of obj. */
static void text_pairs(const il_report_t *r, const cJSON *obj, int indent, int precision,
                       il_sink_t *out)
{
    const cJSON *it;
    size_t width = 0;
    char buf[IL_NUMFMT_MAX];
    cJSON_ArrayForEach(it, obj) {
        size_t w = il_utf8_width(it->string);
        if ((is_scalar(it) || (cJSON_IsArray(it) && (!it->child || is_scalar(it->child)) &&
                               !is_table(r, it))) &&
            w > width && strcmp(it->string, "command") != 0) {
            width = w;
        }
    }
    cJSON_ArrayForEach(it, obj) {
        if (strcmp(it->string, "command") == 0) {
            continue;
        }
        if (is_scalar(it)) {
            pad(out, (size_t) indent);
            il_sink_puts(out, it->string);
            pad(out, width - il_utf8_width(it->string) + 2);
            il_sink_puts(out, text_value(it, precision, buf));
            il_sink_putc(out, '\n');
        } else if (cJSON_IsArray(it) && (!it->child || is_scalar(it->child)) &&
                   !is_table(r, it)) {
            const cJSON *e;
            int first = 1;
            pad(out, (size_t) indent);
            il_sink_puts(out, it->string);
            pad(out, width - il_utf8_width(it->string) + 2);
            if (!it->child) {
                il_sink_putc(out, '-');
            }
            cJSON_ArrayForEach(e, it) {
                if (!first) {
                    il_sink_write(out, ", ", 2);
                }
                il_sink_puts(out, text_value(e, precision, buf));
                first = 0;
            }
            il_sink_putc(out, '\n');
        }
    }
}

/* The rows of a table, one at a time: row objects of the document, or a
 * table kept as columns (whose cells are made on the stack). */
typedef struct rows {
    const cJSON *next;          /* the next row object, or NULL */
    const il_i_table_t *t;      /* or the table */
    size_t row;                 /* its next row */
    size_t cap;                 /* cells the arrays below hold */
    const cJSON **cell;         /* the cells of the current row */
    cJSON *made;                /* table cells */
} rows_t;

static int rows_open(rows_t *s, const cJSON *array, const il_i_table_t *t)
{
    size_t n = 0;
    const cJSON *c;
    memset(s, 0, sizeof *s);
    s->t = t;
    if (t) {
        n = il_i_table_columns(t);
    } else {
        s->next = array->child;
        cJSON_ArrayForEach(c, array) {
            size_t k = (size_t) cJSON_GetArraySize(c);
            n = k > n ? k : n;
        }
    }
    s->cap = n ? n : 1;
    s->cell = calloc(s->cap, sizeof *s->cell);
    s->made = t ? calloc(s->cap, sizeof *s->made) : NULL;
    return s->cell && (!t || s->made);
}

static void rows_close(rows_t *s)
{
    free(s->cell);
    free(s->made);
}

/* The cells of the next row into s->cell; their number, or -1 at the end. */
static long rows_next(rows_t *s)
{
    size_t k = 0;
    if (s->t) {
        if (s->row >= il_i_table_rows(s->t)) {
            return -1;
        }
        for (k = 0; k < s->cap; k++) {
            il_i_table_cell(s->t, k, s->row, &s->made[k]);
            s->cell[k] = &s->made[k];
        }
        s->row++;
        return (long) k;
    }
    if (!s->next) {
        return -1;
    }
    for (s->cell[0] = s->next->child; k < s->cap && s->cell[k]; k++) {
        if (k + 1 < s->cap) {
            s->cell[k + 1] = s->cell[k]->next;
        }
    }
    s->next = s->next->next;
    return (long) k;
}

/* Write an array of row objects (or a table kept as columns) as an
 * aligned table: the columns of the first row, numbers right-aligned. */
static void text_table(const cJSON *array, const il_i_table_t *t, int indent, int precision,
                       il_sink_t *out)
{
    size_t ncol, c, *width;
    long k;
    char buf[IL_NUMFMT_MAX];
    rows_t s;
    if (!rows_open(&s, array, t)) {
        return;
    }
    k = rows_next(&s);
    ncol = k > 0 ? (size_t) k : 0;
    width = calloc(ncol ? ncol : 1, sizeof *width);
    if (!width) {
        rows_close(&s);
        return;
    }
    for (c = 0; c < ncol; c++) {
        width[c] = il_utf8_width(s.cell[c]->string);
    }
    for (; k >= 0; k = rows_next(&s)) {
        for (c = 0; c < (size_t) k && c < ncol; c++) {
            size_t w = il_utf8_width(text_value(s.cell[c], precision, buf));
            if (w > width[c]) {
                width[c] = w;
            }
        }
    }
    rows_close(&s);
    rows_open(&s, array, t);
    k = rows_next(&s);
    pad(out, (size_t) indent);
    for (c = 0; c < ncol; c++) {
        il_sink_puts(out, s.cell[c]->string);
        if (c + 1 < ncol) {
            pad(out, width[c] - il_utf8_width(s.cell[c]->string) + 2);
        }
    }
    il_sink_putc(out, '\n');
    for (; k >= 0; k = rows_next(&s)) {
        pad(out, (size_t) indent);
        for (c = 0; c < (size_t) k && c < ncol; c++) {
            const char *v = text_value(s.cell[c], precision, buf);
            size_t w = il_utf8_width(v);
            if (cJSON_IsNumber(s.cell[c])) {         /* numbers right-aligned */
                pad(out, width[c] - w);
                il_sink_puts(out, v);
                if (c + 1 < ncol) {
                    pad(out, 2);
                }
            } else {
                il_sink_puts(out, v);
                if (c + 1 < ncol) {
                    pad(out, width[c] - w + 2);
                }
            }
        }
        il_sink_putc(out, '\n');
    }
    rows_close(&s);
    free(width);
}

static void text_block(const il_report_t *r, const cJSON *obj, int indent, int precision,
                       il_sink_t *out)
{
    const cJSON *it;
    text_pairs(r, obj, indent, precision, out);
    cJSON_ArrayForEach(it, obj) {
        const il_i_table_t *t = r->tables ? il_i_table_find(r, it) : NULL;
        if (cJSON_IsObject(it)) {
            il_sink_putc(out, '\n');
            pad(out, (size_t) indent);
            il_sink_puts(out, it->string);
            il_sink_putc(out, '\n');
            text_block(r, it, indent + 2, precision, out);
        } else if ((cJSON_IsArray(it) && it->child && !is_scalar(it->child)) || t) {
            il_sink_putc(out, '\n');
            pad(out, (size_t) indent);
            il_sink_puts(out, it->string);
            il_sink_putc(out, '\n');
            text_table(it, t, indent + 2, precision, out);
        }
    }
}

/* The report's `input.provenance` (report.c), or NULL. */
static const cJSON *provenance_of(const il_report_t *r)
{
    const cJSON *in = cJSON_GetObjectItemCaseSensitive(r->root, "input");
    const cJSON *p = in ? cJSON_GetObjectItemCaseSensitive(in, "provenance") : NULL;
    return cJSON_IsObject(p) ? p : NULL;
}

static const char *provenance_get(const cJSON *p, const char *key)
{
    const cJSON *v = p ? cJSON_GetObjectItemCaseSensitive(p, key) : NULL;
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* 1 when the data are synthetic: their outputs carry the mark SYNTHETIC. */
static int is_synthetic(const cJSON *p)
{
    const char *d = provenance_get(p, "data");
    return d && strcmp(d, "synthetic") == 0;
}

/* The text header: what the data are, before anything else is read. */
static void text_provenance(const cJSON *p, il_sink_t *out)
{
    const char *st = provenance_get(p, "statement"), *src = provenance_get(p, "source");
    if (!p || !st) {
        return;
    }
    il_sink_puts(out, is_synthetic(p) ? "SYNTHETIC" : "OBSERVED");
    il_sink_puts(out, " DATA: ");
    il_sink_puts(out, st);
    il_sink_putc(out, '\n');
    if (src) {
        il_sink_puts(out, "Source: ");
        il_sink_puts(out, src);
        il_sink_putc(out, '\n');
    }
    il_sink_putc(out, '\n');
}

static void csv_value(const cJSON *item, il_sink_t *out)
{
    char buf[IL_NUMFMT_MAX];
    if (cJSON_IsNumber(item)) {
        if (isfinite(item->valuedouble)) {
            il_sink_write(out, buf, il_numfmt_g(item->valuedouble, 15, buf));
        }
    } else if (cJSON_IsString(item)) {
        il_sink_csv_field(out, item->valuestring);
    } else if (cJSON_IsBool(item)) {
        il_sink_puts(out, cJSON_IsTrue(item) ? "true" : "false");
    }
}

/*
 * CSV: the report's table, or key,value rows of its scalars. Rows of a
 * synthetic set end with the column provenance = SYNTHETIC (the key,value
 * form starts with a provenance row), so that no row copied into a
 * spreadsheet loses the mark.
 */
static void write_csv(const il_report_t *r, il_sink_t *out)
{
    const cJSON *rows = r->table ? cJSON_GetObjectItemCaseSensitive(r->root, r->table) : NULL;
    const cJSON *cell, *prov = provenance_of(r);
    int mark = is_synthetic(prov);
    rows_t s;
    long k, c;
    if (!rows) {
        il_sink_puts(out, "key,value\n");
        if (mark) {
            const char *st = provenance_get(prov, "statement");
            char *field = malloc((st ? strlen(st) : 0) + sizeof "SYNTHETIC DATA: ");
            il_sink_puts(out, "provenance,");
            if (field) {
                strcpy(field, "SYNTHETIC DATA: ");
                strcat(field, st ? st : "");
                il_sink_csv_field(out, field);
                free(field);
            } else {
                il_sink_puts(out, "SYNTHETIC DATA");   /* out of memory: the mark at least */
            }
            il_sink_putc(out, '\n');
        }
        cJSON_ArrayForEach(cell, r->root) {
            if (is_scalar(cell) && strcmp(cell->string, "command") != 0) {
                il_sink_csv_field(out, cell->string);
                il_sink_putc(out, ',');
                csv_value(cell, out);
                il_sink_putc(out, '\n');
            }
        }
        return;
    }
    if (!rows_open(&s, rows, r->tables ? il_i_table_find(r, rows) : NULL)) {
        return;
    }
    for (k = rows_next(&s), c = 0; c < k; c++) {    /* the header: the first row's keys */
        if (c > 0) {
            il_sink_putc(out, ',');
        }
        il_sink_csv_field(out, s.cell[c]->string);
    }
    if (k >= 0) {
        il_sink_puts(out, mark ? ",provenance\n" : "\n");
    }
    for (; k >= 0; k = rows_next(&s)) {
        for (c = 0; c < k; c++) {
            if (c > 0) {
                il_sink_putc(out, ',');
            }
            csv_value(s.cell[c], out);
        }
        il_sink_puts(out, mark ? ",SYNTHETIC\n" : "\n");
    }
    rows_close(&s);
}

/* Write a table kept as columns where the document has its placeholder,
 * as cJSON_Print() would write the array of row objects. */
static int json_table(const cJSON *item, size_t depth, il_sink_t *out, void *arg)
{
    const il_report_t *r = arg;
    const il_i_table_t *t = r->tables ? il_i_table_find(r, item) : NULL;
    size_t row, c, nc;
    if (!t) {
        return 0;
    }
    nc = il_i_table_columns(t);
    il_sink_putc(out, '[');
    for (row = 0; row < il_i_table_rows(t); row++) {
        if (row > 0) {
            il_sink_write(out, ", ", 2);
        }
        il_sink_write(out, "{\n", 2);
        for (c = 0; c < nc; c++) {
            cJSON cell;
            size_t i;
            il_i_table_cell(t, c, row, &cell);
            for (i = 0; i < depth + 2; i++) {
                il_sink_putc(out, '\t');
            }
            il_json_write_string(cell.string, out);
            il_sink_write(out, ":\t", 2);
            il_json_write_at(&cell, depth + 2, NULL, NULL, out);
            if (c + 1 < nc) {
                il_sink_putc(out, ',');
            }
            il_sink_putc(out, '\n');
        }
        for (c = 0; c < depth + 1; c++) {
            il_sink_putc(out, '\t');
        }
        il_sink_putc(out, '}');
    }
    il_sink_putc(out, ']');
    return 1;
}

/**
 * \function il_report_write
 * \brief Write a report to \p out as text, JSON or CSV.
 *
 * JSON is the text cJSON_Print() makes, streamed (il_json_write); numbers
 * in CSV are %.15g and in text %.0f or %.<precision>g, written by
 * core/numfmt.h (the same bytes as printf, faster).
 *
 * \param precision  Significant digits for non-integers in text (JSON and
 *                   CSV always keep full precision).
 * \return IGRAPH_SUCCESS. Write errors are left in \p out's error flag for
 *         the caller's commit.
 *
 * Time complexity: O(size of the report); memory O(1) beyond it.
 */
igraph_error_t il_report_write(const il_report_t *r, il_format_t fmt, int precision,
                               FILE *out)
{
    il_sink_t *sink = malloc(sizeof *sink);
    IGRAPH_CHECK_OOM(sink, "Out of memory writing the report.");
    il_sink_init(sink, out);
    if (fmt == IL_FORMAT_JSON) {
        il_json_write_at(r->root, 0, json_table, (void *) r, sink);
        il_sink_putc(sink, '\n');
    } else if (fmt == IL_FORMAT_CSV) {
        write_csv(r, sink);
    } else {
        text_provenance(provenance_of(r), sink);
        text_block(r, r->root, 0, precision, sink);
    }
    il_sink_flush(sink);
    free(sink);
    return IGRAPH_SUCCESS;
}
