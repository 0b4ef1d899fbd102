#ifndef IL_REPORT_H
#define IL_REPORT_H

#include "core/compat.h"
#include "analysis/analysis.h"
#include "io/io.h"
#include "model/graph.h"

#include <cjson/cJSON.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A report is a JSON document (docs/report-schema.md) built from result
 * structs, then written as text, JSON or CSV by one set of formatters, so
 * that every command shares the same conventions:
 *  - top-level keys hold the results; `input` records the files, loading
 *    options and versions; `parameters` records the analysis options;
 *  - `table` names the array of row objects that CSV output prints (when
 *    NULL, CSV prints the top-level scalars as key,value rows).
 * NaN is null in JSON, "nan" in text and an empty field in CSV.
 */
typedef struct il_report {
    cJSON *root;
    const char *table;
} il_report_t;

typedef enum il_format {
    IL_FORMAT_TEXT = 0, IL_FORMAT_JSON, IL_FORMAT_CSV
} il_format_t;

/* ---- Building ------------------------------------------------------------ */

/* Start an empty report for \p command. */
igraph_error_t il_report_init(il_report_t *r, const char *command);

/* Free a report; accepts a zero-filled one. */
void il_report_destroy(il_report_t *r);

/* Add the `input` record: files, loading options, load counts, versions. */
igraph_error_t il_report_add_input(il_report_t *r, const il_load_options_t *opts,
                                   const il_graph_t *g);

/* The `parameters` object, created on first use. */
cJSON *il_report_parameters(il_report_t *r);

/* Add a number (NaN allowed) / integer / string / boolean at \p obj. */
igraph_error_t il_report_number(cJSON *obj, const char *key, double value);
igraph_error_t il_report_string(cJSON *obj, const char *key, const char *value);
igraph_error_t il_report_bool(cJSON *obj, const char *key, int value);

/* Add the keys of a summary at the top level. */
igraph_error_t il_report_add_summary(il_report_t *r, const il_summary_t *s,
                                     const il_summary_options_t *opts);

/* ---- Centrality ---------------------------------------------------------- */

/* Add a centrality result: `centralization`, the `nodes` table (id, label
 * when the node table has one, then the scores) and the parameters. Rows
 * are sorted by score column \p sort, descending (ties and NaN: input
 * order, NaN last), when sort >= 0; \p top > 0 keeps the first top rows. */
igraph_error_t il_report_add_centrality(il_report_t *r, const il_graph_t *g,
                                        const il_centrality_t *c,
                                        const il_centrality_options_t *opts,
                                        int sort, igraph_integer_t top);

/* ---- Writing ------------------------------------------------------------- */

/* Write the report in \p fmt; \p precision significant digits in text. */
igraph_error_t il_report_write(const il_report_t *r, il_format_t fmt, int precision,
                               FILE *out);

/* Parse a format name: 1 and *fmt on success, else 0. */
int il_format_parse(const char *name, il_format_t *fmt);

#ifdef __cplusplus
}
#endif

#endif /* IL_REPORT_H */
