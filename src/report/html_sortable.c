/*
 * A table the reader can sort by any column: a click on a heading sorts the
 * rows by it (numbers as numbers, text as text, empty cells last), a second
 * click reverses. Plain HTML plus a few lines of inline JavaScript; no
 * library, nothing fetched (the page's Content-Security-Policy allows
 * inline scripts only).
 */
#include "report/html.h"
#include "io/io.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <string.h>

/* One cell: shown as the other tables show it, its full value in data-v. */
static void sortable_cell(FILE *out, const cJSON *v)
{
    if (cJSON_IsNumber(v) && isfinite(v->valuedouble)) {
        fprintf(out, "<td class=\"num\" data-v=\"%.17g\">%.6g</td>", v->valuedouble,
                v->valuedouble);
    } else if (cJSON_IsString(v)) {
        fputs("<td data-v=\"", out);
        il_xml_write(out, v->valuestring, 1, NULL);
        fputs("\">", out);
        il_xml_write(out, v->valuestring, 0, NULL);
        fputs("</td>", out);
    } else if (cJSON_IsBool(v)) {
        fprintf(out, "<td data-v=\"%s\">%s</td>", cJSON_IsTrue(v) ? "yes" : "no",
                cJSON_IsTrue(v) ? "yes" : "no");
    } else {
        fputs("<td class=\"num\" data-v=\"\">&#8211;</td>", out);
    }
}

/* Sort the rows of table `id` when a heading is clicked. */
static const char sort_script[] =
    "<script>\n"
    "(function () {\n"
    "  var t = document.getElementById('%s');\n"
    "  if (!t) { return; }\n"
    "  var heads = t.tHead.rows[0].cells;\n"
    "  function key(row, i) { return row.cells[i].getAttribute('data-v'); }\n"
    "  function cmp(a, b) {\n"
    "    if (a === b) { return 0; }\n"
    "    if (a === '') { return 1; }\n"
    "    if (b === '') { return -1; }\n"
    "    var x = Number(a), y = Number(b);\n"
    "    if (!isNaN(x) && !isNaN(y)) { return x < y ? -1 : x > y ? 1 : 0; }\n"
    "    return a < b ? -1 : 1;\n"
    "  }\n"
    "  Array.prototype.forEach.call(heads, function (h, i) {\n"
    "    h.addEventListener('click', function () {\n"
    "      var dir = h.getAttribute('aria-sort') === 'ascending' ? -1 : 1;\n"
    "      var body = t.tBodies[0];\n"
    "      var rows = Array.prototype.slice.call(body.rows);\n"
    "      rows.sort(function (r, s) {\n"
    "        var a = key(r, i), b = key(s, i);\n"
    "        if (a === '' || b === '') { return cmp(a, b); }\n"
    "        return dir * cmp(a, b);\n"
    "      });\n"
    "      Array.prototype.forEach.call(heads, function (o) { o.removeAttribute('aria-sort'); });\n"
    "      h.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');\n"
    "      rows.forEach(function (r) { body.appendChild(r); });\n"
    "    });\n"
    "  });\n"
    "})();\n"
    "</script>\n";

/**
 * \function il_html_sortable_table
 * \brief A table of the row objects of \p rows (columns from the first row)
 *        that sorts by the column whose heading is clicked.
 *
 * \param id  The table's element id (letters, digits, '-', '_'), unique in
 *            the page.
 * Numbers are shown with 6 significant digits and sorted by their full
 * value; empty cells (null, NaN) sort last in both directions. Inside a
 * horizontally scrolling block, so that a wide table does not widen the page.
 */
void il_html_sortable_table(FILE *out, const cJSON *rows, const char *id)
{
    const cJSON *first = cJSON_GetArrayItem(rows, 0), *c, *r;
    fputs("<div style=\"overflow-x: auto\">\n<table class=\"rows sortable\" id=\"", out);
    il_xml_write(out, id, 1, NULL);
    fputs("\">\n<thead><tr>", out);
    cJSON_ArrayForEach(c, first) {
        fputs("<th style=\"cursor: pointer\" title=\"sort by this column\">", out);
        il_xml_write(out, c->string, 0, NULL);
        fputs("</th>", out);
    }
    fputs("</tr></thead>\n<tbody>\n", out);
    cJSON_ArrayForEach(r, rows) {
        fputs("<tr>", out);
        cJSON_ArrayForEach(c, first) {
            sortable_cell(out, cJSON_GetObjectItemCaseSensitive(r, c->string));
        }
        fputs("</tr>\n", out);
    }
    fputs("</tbody>\n</table>\n</div>\n", out);
    fprintf(out, sort_script, id);
}
