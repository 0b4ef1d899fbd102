#ifndef IL_REPORT_H
#define IL_REPORT_H

#include "core/compat.h"
#include "analysis/analysis.h"
#include "io/io.h"
#include "model/graph.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The JSON document type of cJSON. Only the report's own files and those
 * that build or read the document include <cjson/cJSON.h>; the type stays
 * opaque to everything else that includes this header. */
struct cJSON;

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
    struct cJSON *root;
    const char *table;
    struct il_report_table *tables; /* tables kept as columns (report/table.c) */
} il_report_t;

/* The output formats of a report. */
typedef enum il_format {
    IL_FORMAT_TEXT = 0, IL_FORMAT_JSON, IL_FORMAT_CSV
} il_format_t;

/* ---- Building ------------------------------------------------------------ */

/* Start an empty report for \p command. */
igraph_error_t il_report_init(il_report_t *r, const char *command);

/* Free a report; accepts a zero-filled one. */
void il_report_destroy(il_report_t *r);

/* Large tables (one row per node) are kept as columns and written straight
 * from them; in the document they stand as empty arrays. Turn them into
 * ordinary arrays of row objects, for code that reads rows from the
 * document (the HTML report). */
igraph_error_t il_report_materialize(il_report_t *r);

/* Add the `input` record: files, loading options, load counts, versions. */
igraph_error_t il_report_add_input(il_report_t *r, const il_load_options_t *opts,
                                   const il_graph_t *g);

/* Add `input.provenance` (data, statement, source, file) when the inputs
 * have a provenance file; the text header and a synthetic set's CSV
 * column follow from it. */
igraph_error_t il_report_add_provenance(il_report_t *r, const il_provenance_t *p);

/* The `parameters` object, created on first use. */
struct cJSON *il_report_parameters(il_report_t *r);

/* Add a number (NaN allowed) / integer / string / boolean at \p obj. */
igraph_error_t il_report_number(struct cJSON *obj, const char *key, double value);
igraph_error_t il_report_string(struct cJSON *obj, const char *key, const char *value);
igraph_error_t il_report_bool(struct cJSON *obj, const char *key, int value);

/* Add the keys of a summary at the top level. */
igraph_error_t il_report_add_summary(il_report_t *r, const il_summary_t *s,
                                     const il_summary_options_t *opts);

/* ---- Null-model tests (report/tests_report.c) ------------------------------ */

/* Add the table \p key of the tests of \p family (NULL: all) and the null
 * models in `parameters.null_models`. */
igraph_error_t il_report_add_tests(il_report_t *r, const char *key, const il_graph_t *g,
                                   const il_partition_t *p, const il_null_tests_t *t,
                                   const char *family);

/* Record the null models that ran in `parameters.null_models`. */
igraph_error_t il_report_add_null_parameters(il_report_t *r, const il_null_tests_t *t);

/* The test of statistic \p i (observed, null mean and sd, z, p-values,
 * percentile, samples, null, seed) as members of the row object \p row. */
igraph_error_t il_report_test_row(struct cJSON *row, const il_null_tests_t *t,
                                  igraph_integer_t i);

/* What statistic \p s is about ("network", a group, "A / B", a node id, "k = 3"). */
void il_report_test_scope(const il_null_stat_t *s, const il_graph_t *g,
                          const il_partition_t *p, char *buf, size_t size);

/* The statistic's printed name (brokerage: "brokerage_total"). */
void il_report_test_statistic(const il_null_stat_t *s, char *buf, size_t size);

/* ---- Structure ---------------------------------------------------------- */

/* Add `network`, `groups`, `rich_club` and the `nodes` table of a structure
 * result, with its options in `parameters`. */
igraph_error_t il_report_add_structure(il_report_t *r, const il_structure_t *s,
                                       const il_graph_t *g, const il_structure_options_t *o);
/* ---- Between groups ------------------------------------------------------ */

/* Coupling: E-I, groups, plane, block matrices, pairs, vulnerability, nodes. */
igraph_error_t il_report_add_coupling(il_report_t *r, const il_graph_t *g,
                                      const il_partition_t *p, const char *attr,
                                      const char *empty, const il_coupling_options_t *o,
                                      const il_coupling_t *c);

/* Mixing: assortativity, mixing matrices, observed vs expected pair shares. */
igraph_error_t il_report_add_mixing(il_report_t *r, const il_graph_t *g,
                                    const il_partition_t *p, const char *attr,
                                    const char *empty, const il_mixing_t *x);

/* Triple-Helix synergy: `triple_helix_synergy` and the `helix_cells`
 * table (found: the sector values found for U, I, G; note: why T is not
 * computed, or NULL). report/helix_report.c. */
igraph_error_t il_report_add_helix(il_report_t *r, const il_helix_t *h, const char *attr,
                                   const il_helix_map_t *map, const char *const found[3],
                                   const char *note);

/* Brokerage: global roles, expectations per group, per-node roles and z. */
igraph_error_t il_report_add_brokerage(il_report_t *r, const il_graph_t *g,
                                       const il_partition_t *p, const char *attr,
                                       const char *empty, const il_brokerage_t *b);

/* Add the null's expectation and z beside sna's (roles and nodes_table,
 * after il_report_add_brokerage) and the tests table. */
igraph_error_t il_report_add_brokerage_tests(il_report_t *r, const il_graph_t *g,
                                             const il_partition_t *p,
                                             const il_null_tests_t *t);
/* ---- Bootstrap intervals ------------------------------------------------- */

/* Bootstrap intervals: <key>_ci_lower/_upper right after each estimate in
 * \p obj (NULL: the top level), the `intervals` table (statistics named
 * \p prefix + key) and parameters.bootstrap. report/ci_report.c. */
igraph_error_t il_report_add_intervals(il_report_t *r, struct cJSON *obj, const char *prefix,
                                       const il_bootstrap_t *b);

/* ---- Dyadic regression (MRQAP) ------------------------------------------ */

/* MRQAP: the fit, the `coefficients` table and the parameters (outcome in
 * words; outside: per term, ties of its tie table outside the network, -1
 * for other terms; may be NULL). report/mrqap_report.c. */
igraph_error_t il_report_add_mrqap(il_report_t *r, const il_dyads_t *d, const il_mrqap_t *m,
                                   const il_mrqap_options_t *o, const char *outcome,
                                   const igraph_integer_t *outside);
/* ---- Openness of regions ------------------------------------------------- */

/* Openness: the network's ties by class, E-I of each level, regions_table,
 * scopes_table, nodes_table and, with coordinates, distance_bands. */
igraph_error_t il_report_add_openness(il_report_t *r, const il_graph_t *g,
                                      const il_openness_options_t *o, const il_openness_t *x);

/* ---- Communities --------------------------------------------------------- */

/* What il_report_add_communities() needs besides the result. */
typedef struct il_communities_report {
    const il_communities_options_t *opts;
    int detected;                   /* 0: --partition (a declared grouping) */
    const char *partition_attr;     /* the declared attribute when !detected */
    const il_partition_t *groups;   /* its group names when !detected */
    igraph_integer_t top;           /* members listed per community */
    igraph_integer_t runs_requested;
} il_communities_report_t;

/* Add the scalars and the `communities` table. */
igraph_error_t il_report_add_communities(il_report_t *r, const il_graph_t *g,
                                         const il_communities_t *c,
                                         const il_communities_report_t *how);

/* Add `comparison` (NMI, ARI, VI against a declared grouping) and the
 * `declared_groups` table: for each declared group, the community holding
 * most of it (tab = declared x detected counts). */
igraph_error_t il_report_add_comparison(il_report_t *r, const char *attr,
                                        const il_partition_t *declared,
                                        const il_communities_t *c,
                                        const il_communities_report_t *how,
                                        const il_partition_comparison_t *cmp,
                                        const igraph_matrix_int_t *tab);

/* Append the composition of every community by node attribute \p attr
 * (tab = communities x values counts) to the `composition` table. */
igraph_error_t il_report_add_composition(il_report_t *r, const il_communities_t *c,
                                         const il_communities_report_t *how,
                                         const char *attr, const il_partition_t *values,
                                         const igraph_matrix_int_t *tab);

/* Add the `membership` table (the report's CSV table: id,label,community)
 * and, after detection with several runs, the `node_stability` table. */
igraph_error_t il_report_add_membership(il_report_t *r, const il_graph_t *g,
                                        const il_communities_t *c,
                                        const il_communities_report_t *how);

/* Add the `parameters` of a communities run. */
igraph_error_t il_report_add_communities_parameters(il_report_t *r,
                                                    const il_communities_t *c,
                                                    const il_communities_report_t *how);
/* ---- Centrality ---------------------------------------------------------- */

/* Add a centrality result: `centralization`, the `nodes` table (id, label
 * when the node table has one, then the scores, then `<measure>_within`
 * for each estimated measure: its bound, or NaN where none is stated) and
 * the parameters. Rows
 * are sorted by score column \p sort, descending (ties and NaN: input
 * order, NaN last), when sort >= 0; \p top > 0 keeps the first top rows. */
igraph_error_t il_report_add_centrality(il_report_t *r, const il_graph_t *g,
                                        const il_centrality_t *c,
                                        const il_centrality_options_t *opts,
                                        int sort, igraph_integer_t top);

/* ---- Layers, two-mode data, backbones ----------------------------------- */

/* Add the layers comparison (layers_table, overlap, multiplexity, nodes,
 * pairs); \p by and \p empty name the group statistics' attribute (or NULL). */
igraph_error_t il_report_add_layers(il_report_t *r, const il_graph_t *g, const il_layers_t *x,
                                    const il_layers_options_t *o, const char *by,
                                    const char *empty);

/* Add the two-mode measures (actors_table, events_table, event_sizes). */
igraph_error_t il_report_add_twomode(il_report_t *r, const il_affiliation_t *aff,
                                     const il_twomode_t *t, const il_twomode_options_t *o);

/* Add a backbone of the input graph \p g: shares kept and the ties_table
 * (kept ties, or every tie with \p all; the first \p top when top > 0)
 * with p-values. */
igraph_error_t il_report_add_backbone(il_report_t *r, const il_graph_t *g,
                                      const il_backbone_t *b, int all, igraph_integer_t top);

/* ---- Writing ------------------------------------------------------------- */

/* Write the report in \p fmt; \p precision significant digits in text. */
igraph_error_t il_report_write(const il_report_t *r, il_format_t fmt, int precision,
                               FILE *out);

/* ---- Compare: snapshots ---------------------------------------------------- */

/* One snapshot's figures for the `snapshots` series table. */
typedef struct il_snapshot_view {
    const char *label;              /* file name or period value */
    const il_graph_t *g;
    const il_summary_t *summary;
    const il_coupling_t *coupling;  /* NULL without --by */
    const il_partition_t *groups;
    const il_centrality_t *centrality;  /* betweenness */
    const il_brokerage_t *brokerage;    /* NULL without --by */
} il_snapshot_view_t;

/* Add the `snapshots` table: one row per snapshot (summary keys, E-I). */
igraph_error_t il_report_add_snapshots(il_report_t *r, const il_snapshot_view_t *s, size_t n);

/* Add the object `key` describing the change from snapshot a to b: the
 * summary keys before and after, tie changes, entrants and leavers, QAP,
 * and with groups the E-I change test, per-group and per-pair changes; the
 * \p top actors whose betweenness, brokerage or cross-group ties changed most. */
igraph_error_t il_report_add_change(il_report_t *r, const char *key,
                                    const il_snapshot_view_t *a, const il_snapshot_view_t *b,
                                    const il_alignment_t *al, const il_tie_changes_t *ties,
                                    const il_qap_t *qap, const il_ei_change_t *ei,
                                    igraph_integer_t top);

#ifdef __cplusplus
}
#endif

#endif /* IL_REPORT_H */
