/*
 * The self-contained HTML report page (report/html.c): head and style,
 * sections, text, and tables from the report's JSON document. Not part of
 * innolink.h: include this header (and <cjson/cJSON.h> to build the
 * document's parts) to write a page.
 */
#ifndef IL_REPORT_HTML_H
#define IL_REPORT_HTML_H

#include "core/compat.h"

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

#ifdef __cplusplus
}
#endif

#endif /* IL_REPORT_HTML_H */
