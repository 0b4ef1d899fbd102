/*
 * The self-contained HTML report page (report/html.c): head and style,
 * sections, text, and tables from the report's JSON document. Not part of
 * innolink.h: include this header (and <cjson/cJSON.h> to build the
 * document's parts) to write a page.
 */
#ifndef IL_REPORT_HTML_H
#define IL_REPORT_HTML_H

#include "core/compat.h"
#include "analysis/partition.h"
#include "model/columns.h"
#include "model/graph.h"

#include <stdio.h>

struct cJSON;

#ifdef __cplusplus
extern "C" {
#endif

/* ---- HTML report page (report/html.c) ----------------------------------- */

/* Page head, inline style sheet and <h1>; no external resources. */
void il_html_begin(FILE *out, const char *title);

/* Footer, the node-count script for the browser test, and the page end. */
void il_html_end(FILE *out);

/* <section id=ID><h2>TITLE</h2>: open a section of the page. */
void il_html_section_begin(FILE *out, const char *id, const char *title);

/* </section>: close it. */
void il_html_section_end(FILE *out);

/* A paragraph of escaped text; \p cls may be NULL. */
void il_html_text(FILE *out, const char *cls, const char *text);

/* Key/value table of an object's members (nested as a.b). */
void il_html_keyvalue(FILE *out, const struct cJSON *obj);

/* Table of an array of row objects (columns from the first row). */
void il_html_table(FILE *out, const struct cJSON *rows);

/* A table of row objects that sorts by the column whose heading is clicked
 * (inline script; report/html_sortable.c); \p id: the table's element id. */
void il_html_sortable_table(FILE *out, const struct cJSON *rows, const char *id);
/* A section's opening: two lines of plain language, "{}" in \p text
 * replaced by \p vals formatted by the report layer (whole numbers plainly,
 * others with 3 significant digits), then the caveat the method needs. */
void il_html_reading(FILE *out, const char *text, const double *vals, size_t nvals,
                     const char *caveat);

/* ---- The interactive network view (report/html_view.c) ------------------- */

/* The view's data: nodes (positions \p xy, every node column and the
 * computed \p cols), ties and tie types; \p size names the sizing column.
 * NULL when out of memory. */
struct cJSON *il_html_view_data(const il_graph_t *g, const igraph_matrix_t *xy,
                                const il_columns_t *cols, const char *size);

/* The view: search, colour and filter controls, canvas, data and script. */
void il_html_view(FILE *out, const struct cJSON *data, const char *color_by,
                  const char *caption);

/* ---- Numbers and matrices (report/html_tables.c) ------------------------- */

/* A number in running text: 4 significant digits; NaN and infinities as a dash. */
void il_html_number(FILE *out, double v);

/* A k x k matrix of the groups of \p p as a heat map: an HTML table whose
 * cell colour deepens with the value (white = 0, deep blue = the largest). */
void il_html_heat_table(FILE *out, const il_partition_t *p, const igraph_matrix_t *m,
                        const char *caption);

#ifdef __cplusplus
}
#endif

#endif /* IL_REPORT_HTML_H */
