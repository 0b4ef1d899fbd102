/*
 * The HTML report's sections share one context: the graph, the options,
 * the page being written, and what the sections record for the parameters
 * and the side-by-side table. Internal to pipeline/html_report.c,
 * pipeline/html_coupling.c and pipeline/html_sections.c.
 */
#ifndef IL_PIPELINE_REPORT_INTERNAL_H
#define IL_PIPELINE_REPORT_INTERNAL_H

#include "pipeline/pipeline.h"
#include "report/report.h"

#include <cjson/cJSON.h>

#include <stdio.h>

typedef struct report_ctx {
    const il_graph_t *g;
    const il_load_options_t *load;
    const char *by;
    il_picture_options_t pic;   /* the seed of every section */
    il_null_options_t null;     /* the tests behind the readings (seed: pic.seed) */
    igraph_integer_t top;
    FILE *out;
    cJSON *params;              /* the options every section used */
    cJSON *docs;                /* per-group tables the sections built, for sec_groups */
} report_ctx_t;

typedef igraph_error_t section_fn(report_ctx_t *c);

/* Keep a copy of the per-group table \p key of a section's document as
 * \p as in c->docs, for the side-by-side table (il_i_report_groups). */
void il_i_report_keep_groups(report_ctx_t *c, const cJSON *root, const char *key, const char *as);

/* The object \p name of c->params, created empty when absent (NULL when
 * out of memory). */
cJSON *il_i_report_params(report_ctx_t *c, const char *name);

/* Move the `parameters` of \p rep into c->params under \p name. */
void il_i_report_keep_parameters(report_ctx_t *c, il_report_t *rep, const char *name);

/* Copy the members \p keys of \p from (those present) into a new object
 * (NULL when out of memory). */
cJSON *il_i_report_pick(const cJSON *from, const char *const *keys);

/* The loose-coupling plane of the --by groups with the readings and the
 * tests behind them, E-I with both tails, the coupling and mixing matrices
 * (pipeline/html_coupling.c). */
igraph_error_t il_i_report_coupling(report_ctx_t *c);

/* Hubs, core-periphery, roles and the district type of the network and,
 * with --by, of each group, with the evidence (pipeline/html_sections.c). */
igraph_error_t il_i_report_structure(report_ctx_t *c);

/* Every --by group side by side, sortable (pipeline/html_sections.c). */
igraph_error_t il_i_report_groups(report_ctx_t *c);

#endif
