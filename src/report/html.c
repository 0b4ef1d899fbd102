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
            "body { font-family: %s; margin: 2em auto; max-width: 1000px; color: #222; "
            "line-height: 1.45; padding: 0 1em; }\n"
            "h1 { font-size: 1.6em; margin-bottom: 0.2em; }\n"
            "h2 { font-size: 1.25em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; "
            "margin-top: 2em; }\n"
            "table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.92em; }\n"
            "th, td { padding: 0.2em 0.7em; border-bottom: 1px solid #eee; text-align: left; }\n"
            "td.num { text-align: right; font-variant-numeric: tabular-nums; }\n"
            "th { background: #f5f5f5; }\n"
            "svg { max-width: 100%%; height: auto; border: 1px solid #eee; }\n"
            "p.pending { color: #777; font-style: italic; }\n"
            "nav a { margin-right: 1em; }\n"
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

static void cell(FILE *out, const cJSON *v)
{
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
            cell(out, cJSON_GetObjectItemCaseSensitive(r, c->string));
        }
        fputs("</tr>\n", out);
    }
    fputs("</table>\n", out);
}
