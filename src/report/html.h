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
