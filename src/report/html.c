/*
 * The HTML report page: one self-contained file (inline CSS, inline SVG,
 * one small inline script, a Content-Security-Policy that forbids every
 * network access), written section by section by `innolink report`.
 */
#include "report/html.h"
#include "report/svg.h"
#include "core/version.h"
#include "io/io.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/**
 * \function il_html_begin
 * \brief Write the page head, the style sheet and the title.
 */
void il_html_begin(FILE *out, const char *title)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"innolink " IL_VERSION "\">\n<title>", out);
    il_xml_write(out, title, 0, NULL);
    fprintf(out, "</title>\n<style>\n"
            "*, *::before, *::after { box-sizing: border-box; }\n"
            "body { font-family: %s; margin: 2em auto; max-width: 1100px; color: #222; "
            "line-height: 1.45; padding: 0 1em; overflow-wrap: anywhere; }\n"
            "h1 { font-size: 1.6em; margin-bottom: 0.2em; }\n"
            "h2 { font-size: 1.25em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; "
            "margin-top: 2em; }\n"
            "table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.92em; "
            "display: block; max-width: 100%%; overflow-x: auto; }\n"
            "table.kv { display: table; width: 100%%; table-layout: fixed; }\n"
            "table.kv th { width: 34%%; }\n"
            "th, td { padding: 0.2em 0.7em; border-bottom: 1px solid #eee; text-align: left; "
            "vertical-align: top; overflow-wrap: anywhere; }\n"
            "td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }\n"
            "th { background: #f5f5f5; }\n"
            "svg { max-width: 100%%; height: auto; border: 1px solid #eee; }\n"
            "figure { margin: 1em 0; }\n"
            "p.pending { color: #777; font-style: italic; }\n"
            "nav { display: flex; flex-wrap: wrap; gap: 0.3em 1em; }\n"
            "div.reading { border-left: 4px solid #88CCEE; background: #f6fbfd; "
            "padding: 0.4em 0.9em; margin: 0.6em 0 1em; }\n"
            "div.reading p { margin: 0.2em 0; }\n"
            "p.caveat { color: #555; font-size: 0.92em; }\n"
            ".view { position: relative; margin: 1em 0; }\n"
            ".view-controls { display: flex; flex-wrap: wrap; gap: 0.4em 1em; "
            "align-items: center; margin-bottom: 0.4em; font-size: 0.92em; }\n"
            ".view canvas { display: block; width: 100%%; border: 1px solid #ddd; cursor: grab; }\n"
            ".view-tip { position: absolute; max-width: 250px; background: #fff; "
            "border: 1px solid #bbb; padding: 0.3em 0.5em; font-size: 0.85em; "
            "white-space: pre-wrap; pointer-events: none; }\n"
            "</style>\n</head>\n<body>\n<h1>", il_svg_fonts);
    il_xml_write(out, title, 0, NULL);
    fputs("</h1>\n", out);
}

/**
 * \function il_html_end
 * \brief Close the page; the inline script records how many nodes the
 *        browser found in the network picture (for the browser test).
 */
void il_html_end(FILE *out)
{
    fputs("<footer><p>Made by innolink " IL_VERSION ". No network access is needed to view "
          "this file.</p></footer>\n"
          "<script>\n"
          "document.body.setAttribute('data-network-nodes',\n"
          "  document.querySelectorAll('#network svg circle.node').length);\n"
          "</script>\n</body>\n</html>\n", out);
}

/** \function il_html_section_begin \brief Open a section with a heading. */
void il_html_section_begin(FILE *out, const char *id, const char *title)
{
    fprintf(out, "<section id=\"%s\">\n<h2>", id);
    il_xml_write(out, title, 0, NULL);
    fputs("</h2>\n", out);
}

/** \function il_html_section_end \brief Close a section. */
void il_html_section_end(FILE *out)
{
    fputs("</section>\n", out);
}

/* One number in running text: whole numbers plainly (thousands unmarked),
 * others with 3 significant digits; NaN as a dash. */
static void reading_number(FILE *out, double v)
{
    if (!isfinite(v)) {
        fputs("&#8211;", out);
    } else if (v == floor(v) && fabs(v) < 1e15) {
        fprintf(out, "%.0f", v);
    } else {
        fprintf(out, "%.3g", v);
    }
}

/**
 * \function il_html_reading
 * \brief Open a section with its plain-language reading and its caveat.
 *
 * Each "{}" of \p text takes the next of \p vals (formatted here, the
 * report layer: whole numbers plainly, others to 3 significant digits);
 * the caveat follows on its own line. Written as
 * <div class="reading"><p>...</p><p class="caveat">Caveat: ...</p></div>.
 */
void il_html_reading(FILE *out, const char *text, const double *vals, size_t nvals,
                     const char *caveat)
{
    size_t k = 0;
    const char *p = text;
    fputs("<div class=\"reading\"><p>", out);
    while (*p) {
        const char *hole = strstr(p, "{}");
        size_t len = hole ? (size_t) (hole - p) : strlen(p);
        char *chunk = malloc(len + 1);
        if (chunk) {
            memcpy(chunk, p, len);
            chunk[len] = '\0';
            il_xml_write(out, chunk, 0, NULL);
            free(chunk);
        }
        if (!hole) {
            break;
        }
        reading_number(out, k < nvals ? vals[k] : IGRAPH_NAN);
        k++;
        p = hole + 2;
    }
    fputs("</p>", out);
    if (caveat) {
        fputs("<p class=\"caveat\">Caveat: ", out);
        il_xml_write(out, caveat, 0, NULL);
        fputs("</p>", out);
    }
    fputs("</div>\n", out);
}

/** \function il_html_text \brief A paragraph of escaped text (class may be NULL). */
void il_html_text(FILE *out, const char *cls, const char *text)
{
    if (cls) {
        fprintf(out, "<p class=\"%s\">", cls);
    } else {
        fputs("<p>", out);
    }
    il_xml_write(out, text, 0, NULL);
    fputs("</p>\n", out);
}

/* Decimals of a numeric column: -1 for whole numbers (printed plainly),
 * else enough for 6 significant digits of its largest value, at most 8,
 * so that the column's decimal points line up. */
static int column_decimals(const cJSON *rows, const char *key)
{
    const cJSON *r;
    double max = 0;
    int whole = 1, any = 0;
    cJSON_ArrayForEach(r, rows) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(r, key);
        if (cJSON_IsNumber(v) && isfinite(v->valuedouble)) {
            any = 1;
            max = fmax(max, fabs(v->valuedouble));
            if (v->valuedouble != floor(v->valuedouble) || fabs(v->valuedouble) >= 1e15) {
                whole = 0;
            }
        }
    }
    if (!any || whole) {
        return -1;
    }
    if (!(max > 0)) {
        return 1;
    }
    {
        int d = 5 - (int) floor(log10(max));
        return d < 1 ? 1 : d > 8 ? 8 : d;
    }
}

static void cell_dec(FILE *out, const cJSON *v, int dec)
{
    if (cJSON_IsNumber(v) && isfinite(v->valuedouble) && dec != -2) {
        if (dec == -1) {
            fprintf(out, "<td class=\"num\">%.0f</td>", v->valuedouble);
        } else {
            fprintf(out, "<td class=\"num\">%.*f</td>", dec, v->valuedouble);
        }
        return;
    }
    if (cJSON_IsNumber(v)) {
        if (isfinite(v->valuedouble)) {
            fprintf(out, "<td class=\"num\">%.6g</td>", v->valuedouble);
        } else {
            fputs("<td class=\"num\">&#8211;</td>", out);
        }
    } else if (cJSON_IsString(v)) {
        fputs("<td>", out);
        il_xml_write(out, v->valuestring, 0, NULL);
        fputs("</td>", out);
    } else if (cJSON_IsBool(v)) {
        fprintf(out, "<td>%s</td>", cJSON_IsTrue(v) ? "yes" : "no");
    } else if (cJSON_IsNull(v) || !v) {
        fputs("<td class=\"num\">&#8211;</td>", out);
    } else {
        char *s = cJSON_PrintUnformatted(v);
        fputs("<td>", out);
        il_xml_write(out, s ? s : "", 0, NULL);
        fputs("</td>", out);
        cJSON_free(s);
    }
}

static void cell(FILE *out, const cJSON *v)
{
    cell_dec(out, v, -2);
}

static void kv_rows(FILE *out, const char *prefix, const cJSON *obj)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, obj) {
        if (cJSON_IsObject(c)) {
            char sub[256];
            snprintf(sub, sizeof sub, "%s%s.", prefix, c->string);
            kv_rows(out, sub, c);
            continue;
        }
        fputs("<tr><th>", out);
        il_xml_write(out, prefix, 0, NULL);
        il_xml_write(out, c->string, 0, NULL);
        fputs("</th>", out);
        cell(out, c);
        fputs("</tr>\n", out);
    }
}

/**
 * \function il_html_keyvalue
 * \brief A two-column table of the members of \p obj (nested as a.b).
 *
 * Numbers are shown with six significant digits; NaN and null as a dash.
 */
void il_html_keyvalue(FILE *out, const cJSON *obj)
{
    fputs("<table class=\"kv\">\n", out);
    kv_rows(out, "", obj);
    fputs("</table>\n", out);
}

/**
 * \function il_html_table
 * \brief A table of the row objects of \p rows; columns from the first row.
 *
 * Numbers of a column share one format so that they line up: whole
 * numbers plainly, others with the decimals that give the column's
 * largest value six significant digits. Time complexity: O(rows^2 *
 * columns) for the per-column scan (tables are short).
 */
void il_html_table(FILE *out, const cJSON *rows)
{
    const cJSON *first = cJSON_GetArrayItem(rows, 0), *c, *r;
    fputs("<table class=\"rows\">\n<tr>", out);
    cJSON_ArrayForEach(c, first) {
        fputs("<th>", out);
        il_xml_write(out, c->string, 0, NULL);
        fputs("</th>", out);
    }
    fputs("</tr>\n", out);
    cJSON_ArrayForEach(r, rows) {
        fputs("<tr>", out);
        cJSON_ArrayForEach(c, first) {
            cell_dec(out, cJSON_GetObjectItemCaseSensitive(r, c->string),
                     column_decimals(rows, c->string));
        }
        fputs("</tr>\n", out);
    }
    fputs("</table>\n", out);
}
