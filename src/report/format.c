/*
 * Report formatters: the only place that decides how numbers and tables
 * look. Text is for people (aligned, %.<precision>g, wide characters
 * measured), JSON for machines (cJSON, full precision, NaN as null), CSV
 * for spreadsheets (RFC 4180 quoting, NaN as an empty field).
 */
#include "report/report.h"
#include "core/utf8.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Format a scalar for text output into buf. */
static const char *text_value(const cJSON *item, int precision, char *buf, size_t size)
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
            snprintf(buf, size, "%.0f", v);
        } else {
            snprintf(buf, size, "%.*g", precision, v);
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

static void pad(FILE *out, size_t n)
{
    while (n-- > 0) {
        fputc(' ', out);
    }
}

/* Write key/value lines for the scalars (and scalar arrays) of obj. */
static void text_pairs(const cJSON *obj, int indent, int precision, FILE *out)
{
    const cJSON *it;
    size_t width = 0;
    char buf[64];
    cJSON_ArrayForEach(it, obj) {
        size_t w = il_utf8_width(it->string);
        if ((is_scalar(it) || (cJSON_IsArray(it) && (!it->child || is_scalar(it->child)))) &&
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
            fputs(it->string, out);
            pad(out, width - il_utf8_width(it->string) + 2);
            fprintf(out, "%s\n", text_value(it, precision, buf, sizeof buf));
        } else if (cJSON_IsArray(it) && (!it->child || is_scalar(it->child))) {
            const cJSON *e;
            int first = 1;
            pad(out, (size_t) indent);
            fputs(it->string, out);
            pad(out, width - il_utf8_width(it->string) + 2);
            if (!it->child) {
                fputs("-", out);
            }
            cJSON_ArrayForEach(e, it) {
                fprintf(out, "%s%s", first ? "" : ", ", text_value(e, precision, buf, sizeof buf));
                first = 0;
            }
            fputc('\n', out);
        }
    }
}

/* Write an array of row objects as an aligned table. */
static void text_table(const cJSON *rows, int indent, int precision, FILE *out)
{
    const cJSON *row, *cell, *head = rows->child;
    size_t ncol = 0, c, *width;
    char buf[64];
    cJSON_ArrayForEach(cell, head) {
        ncol++;
    }
    width = calloc(ncol ? ncol : 1, sizeof *width);
    if (!width) {
        return;
    }
    c = 0;
    cJSON_ArrayForEach(cell, head) {
        width[c++] = il_utf8_width(cell->string);
    }
    cJSON_ArrayForEach(row, rows) {
        c = 0;
        cJSON_ArrayForEach(cell, row) {
            if (c < ncol) {
                size_t w = il_utf8_width(text_value(cell, precision, buf, sizeof buf));
                if (w > width[c]) {
                    width[c] = w;
                }
            }
            c++;
        }
    }
    pad(out, (size_t) indent);
    c = 0;
    cJSON_ArrayForEach(cell, head) {
        fputs(cell->string, out);
        if (c + 1 < ncol) {
            pad(out, width[c] - il_utf8_width(cell->string) + 2);
        }
        c++;
    }
    fputc('\n', out);
    cJSON_ArrayForEach(row, rows) {
        pad(out, (size_t) indent);
        c = 0;
        cJSON_ArrayForEach(cell, row) {
            const char *s;
            size_t w;
            if (c >= ncol) {
                break;
            }
            s = text_value(cell, precision, buf, sizeof buf);
            w = il_utf8_width(s);
            if (cJSON_IsNumber(cell)) {         /* numbers right-aligned */
                pad(out, width[c] - w);
                fputs(s, out);
                if (c + 1 < ncol) {
                    pad(out, 2);
                }
            } else {
                fputs(s, out);
                if (c + 1 < ncol) {
                    pad(out, width[c] - w + 2);
                }
            }
            c++;
        }
        fputc('\n', out);
    }
    free(width);
}

static void text_block(const cJSON *obj, int indent, int precision, FILE *out)
{
    const cJSON *it;
    text_pairs(obj, indent, precision, out);
    cJSON_ArrayForEach(it, obj) {
        if (cJSON_IsObject(it)) {
            fputc('\n', out);
            pad(out, (size_t) indent);
            fprintf(out, "%s\n", it->string);
            text_block(it, indent + 2, precision, out);
        } else if (cJSON_IsArray(it) && it->child && !is_scalar(it->child)) {
            fputc('\n', out);
            pad(out, (size_t) indent);
            fprintf(out, "%s\n", it->string);
            text_table(it, indent + 2, precision, out);
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
static void text_provenance(const cJSON *p, FILE *out)
{
    const char *st = provenance_get(p, "statement"), *src = provenance_get(p, "source");
    if (!p || !st) {
        return;
    }
    fprintf(out, "%s DATA: %s\n", is_synthetic(p) ? "SYNTHETIC" : "OBSERVED", st);
    if (src) {
        fprintf(out, "Source: %s\n", src);
    }
    fputc('\n', out);
}

static void csv_value(const cJSON *item, FILE *out)
{
    if (cJSON_IsNumber(item)) {
        if (isfinite(item->valuedouble)) {
            fprintf(out, "%.15g", item->valuedouble);
        }
    } else if (cJSON_IsString(item)) {
        il_csv_write_field(item->valuestring, out);
    } else if (cJSON_IsBool(item)) {
        fputs(cJSON_IsTrue(item) ? "true" : "false", out);
    }
}

/*
 * CSV: the report's table, or key,value rows of its scalars. Rows of a
 * synthetic set end with the column provenance = SYNTHETIC (the key,value
 * form starts with a provenance row), so that no row copied into a
 * spreadsheet loses the mark.
 */
static void write_csv(const il_report_t *r, FILE *out)
{
    const cJSON *rows = r->table ? cJSON_GetObjectItemCaseSensitive(r->root, r->table) : NULL;
    const cJSON *row, *cell, *prov = provenance_of(r);
    int mark = is_synthetic(prov);
    if (!rows) {
        fputs("key,value\n", out);
        if (mark) {
            const char *st = provenance_get(prov, "statement");
            char *field = malloc((st ? strlen(st) : 0) + sizeof "SYNTHETIC DATA: ");
            fputs("provenance,", out);
            if (field) {
                strcpy(field, "SYNTHETIC DATA: ");
                strcat(field, st ? st : "");
                il_csv_write_field(field, out);
                free(field);
            } else {
                fputs("SYNTHETIC DATA", out);     /* out of memory: the mark at least */
            }
            fputc('\n', out);
        }
        cJSON_ArrayForEach(cell, r->root) {
            if (is_scalar(cell) && strcmp(cell->string, "command") != 0) {
                il_csv_write_field(cell->string, out);
                fputc(',', out);
                csv_value(cell, out);
                fputc('\n', out);
            }
        }
        return;
    }
    if (rows->child) {
        int first = 1;
        cJSON_ArrayForEach(cell, rows->child) {
            if (!first) {
                fputc(',', out);
            }
            il_csv_write_field(cell->string, out);
            first = 0;
        }
        fputs(mark ? ",provenance\n" : "\n", out);
    }
    cJSON_ArrayForEach(row, rows) {
        int first = 1;
        cJSON_ArrayForEach(cell, row) {
            if (!first) {
                fputc(',', out);
            }
            csv_value(cell, out);
            first = 0;
        }
        fputs(mark ? ",SYNTHETIC\n" : "\n", out);
    }
}

/**
 * \function il_report_write
 * \brief Write a report to \p out as text, JSON or CSV.
 *
 * \param precision  Significant digits for non-integers in text (JSON and
 *                   CSV always keep full precision).
 * \return IGRAPH_ENOMEM when the JSON text cannot be built. Write errors
 *         are left in \p out's error flag for the caller's commit.
 *
 * Time complexity: O(size of the report).
 */
igraph_error_t il_report_write(const il_report_t *r, il_format_t fmt, int precision,
                               FILE *out)
{
    if (fmt == IL_FORMAT_JSON) {
        char *s = cJSON_Print(r->root);
        if (!s) {
            IGRAPH_ERROR("Out of memory printing the report.", IGRAPH_ENOMEM);
        }
        fputs(s, out);
        fputc('\n', out);
        cJSON_free(s);
    } else if (fmt == IL_FORMAT_CSV) {
        write_csv(r, out);
    } else {
        text_provenance(provenance_of(r), out);
        text_block(r->root, 0, precision, out);
    }
    return IGRAPH_SUCCESS;
}
