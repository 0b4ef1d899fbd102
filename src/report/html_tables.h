#ifndef IL_HTML_TABLES_H
#define IL_HTML_TABLES_H

#include "core/compat.h"
#include "analysis/analysis.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Numbers and matrices in the HTML report (report/html_tables.c) ------ */

/* A number in running text: 4 significant digits; NaN and infinities as a dash. */
void il_html_number(FILE *out, double v);

/* A k x k matrix of the groups of \p p as a heat map: an HTML table whose
 * cell colour deepens with the value (white = 0, deep blue = the largest). */
void il_html_heat_table(FILE *out, const il_partition_t *p, const igraph_matrix_t *m,
                        const char *caption);

#ifdef __cplusplus
}
#endif

#endif /* IL_HTML_TABLES_H */
