/*
 * Numbers and matrices in the HTML report: how they look is decided here,
 * in the report layer, not by the pipeline that computes them.
 */
#include "report/html.h"
#include "report/report.h"

#include <math.h>

/* One number as a table cell (NaN: a dash). */
static void num_cell(FILE *out, double v, const char *style)
{
    if (isfinite(v)) {
        fprintf(out, "<td class=\"num\"%s>%.4g</td>", style, v);
    } else {
        fputs("<td class=\"num\">&#8211;</td>", out);
    }
}

/**
 * \function il_html_number
 * \brief \p v with 4 significant digits, or an en dash when not finite.
 */
void il_html_number(FILE *out, double v)
{
    if (isfinite(v)) {
        fprintf(out, "%.4g", v);
    } else {
        fputs("&#8211;", out);
    }
}

/* A heading cell with the name of group \p i. */
static void group_th(FILE *out, const il_partition_t *p, igraph_integer_t i)
{
    fputs("<th>", out);
    il_xml_write(out, il_partition_name(p, i), 0, NULL);
    fputs("</th>", out);
}

/**
 * \function il_html_heat_table
 * \brief The k x k matrix \p m of the groups of \p p as an HTML heat map.
 *
 * Rows are "from", columns "to"; the colour scales with the value over the
 * largest finite one. Time complexity: O(k^2).
 */
void il_html_heat_table(FILE *out, const il_partition_t *p, const igraph_matrix_t *m,
                        const char *caption)
{
    igraph_integer_t k = p->k, i, j;
    double max = 0;
    char style[96];
    for (i = 0; i < k; i++) {
        for (j = 0; j < k; j++) {
            if (isfinite(MATRIX(*m, i, j)) && MATRIX(*m, i, j) > max) {
                max = MATRIX(*m, i, j);
            }
        }
    }
    fputs("<table class=\"heat\">\n<caption>", out);
    il_xml_write(out, caption, 0, NULL);
    fputs("</caption>\n<tr><th>from \\ to</th>", out);
    for (j = 0; j < k; j++) {
        group_th(out, p, j);
    }
    fputs("</tr>\n", out);
    for (i = 0; i < k; i++) {
        fputs("<tr>", out);
        group_th(out, p, i);
        for (j = 0; j < k; j++) {
            double v = MATRIX(*m, i, j), t = max > 0 && isfinite(v) ? v / max : 0;
            snprintf(style, sizeof style, " style=\"background: hsl(210, 70%%, %.0f%%); color: "
                     "%s\"", 97 - 55 * t, t > 0.6 ? "#fff" : "#222");
            num_cell(out, v, style);
        }
        fputs("</tr>\n", out);
    }
    fputs("</table>\n", out);
}
