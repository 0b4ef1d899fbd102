#ifndef IL_PIPELINE_H
#define IL_PIPELINE_H

#include "core/compat.h"
#include "analysis/analysis.h"
#include "core/setup.h"
#include "io/io.h"
#include "model/columns.h"
#include "model/graph.h"
#include "report/report.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Pipelines: what a command runs end to end, as typed library calls. The
 * jobs (pipeline/job.h) parse options by name and call these; a program
 * that embeds libinnolink can call them directly.
 */

struct cJSON;

/* ---- Policies every pipeline shares (pipeline/policy.c) ----------------- */

/* Communities when the user did not ask for a method (export --with,
 * render --color community, report): Leiden, modularity, the defaults of
 * IL_COMMUNITIES_OPTIONS_INIT with \p seed, a directed graph made
 * undirected by summing both directions. *opts receives the options used. */
igraph_error_t il_communities_default(const il_graph_t *g, igraph_uint_t seed,
                                      il_communities_options_t *opts, il_communities_t *res);

/* Compare detected communities with the declared groups of node attribute
 * \p attr (empty values: \p empty) and add `comparison` and
 * `declared_groups` to the report. */
igraph_error_t il_communities_add_declared(il_report_t *rep, const il_graph_t *g,
                                           const il_communities_t *c,
                                           const il_communities_report_t *how,
                                           const char *attr, il_empty_group_t empty);

/* Add the graph-level `provenance` record (synthetic or observed, and its
 * statement) to the record \p meta of a graph file; nothing when \p p is
 * NULL or says nothing. */
igraph_error_t il_provenance_meta(const il_provenance_t *p, struct cJSON *meta);

/* 1 when two partitions of snapshots have the same groups in the same
 * order (names compared), so that group i means the same in both. */
int il_partitions_same_groups(const il_partition_t *a, const il_partition_t *b);

/* ---- The input every command reads: ties, backbone, ego (pipeline/input.c) */

/* Load the graph of \p load, keep its backbone when \p bb asks for one
 * (with \p p_column each kept tie carries its p-value in the edge column
 * `backbone_p`), and only then restrict it to --ego. \p bb may be NULL. */
igraph_error_t il_load_input(const il_load_options_t *load, const il_backbone_options_t *bb,
                             int p_column, il_graph_t *g);

/* Load the graph of \p load without --ego (the projection for sdsm) into
 * \p input and judge every tie by \p bb's method into \p res. */
igraph_error_t il_backbone_load(const il_load_options_t *load, const il_backbone_options_t *bb,
                                il_graph_t *input, il_backbone_t *res);

/* The graph of the kept ties of \p input (nodes left without a tie go),
 * with each tie's p-value in `backbone_p` (when \p p_column) and the
 * shares in out->info. */
igraph_error_t il_backbone_apply(const il_graph_t *input, const il_backbone_t *res,
                                 int p_column, il_graph_t *out);

/* ---- Per-node results outputs carry: export --with (pipeline/annotate.c) -- */

/* What the annotators read. */
typedef struct il_annotate_options {
    igraph_uint_t seed;         /* for randomised analyses (42) */
    const char *by;             /* --by ATTR, or NULL */
    int empty_own;              /* 1: empty --by values form "(none)" */
} il_annotate_options_t;

/* One annotator: a name for --with and what it adds. */
typedef struct il_annotator_info {
    const char *name;
    const char *summary;
} il_annotator_info_t;

/* Annotator number \p i (0, 1, ...): 1 and its name, or 0 past the last. */
int il_annotator_at(size_t i, il_annotator_info_t *info);

/* Check a comma-separated --with list: 1, or 0 with the first unknown name
 * in \p bad. */
int il_annotate_check(const char *list, char *bad, size_t size);

/* Run the annotators of \p list in order: add per-node columns to \p cols
 * (sized to the graph's nodes) and record each one's options under its
 * name in \p meta (a JSON object). IGRAPH_EINVAL for an unknown name. */
igraph_error_t il_annotate(const il_graph_t *g, const il_annotate_options_t *o,
                           const char *list, il_columns_t *cols, struct cJSON *meta);

/* ---- Pictures: the network and the coupling plane (pipeline/picture.c) -- */

/* Above this many nodes the network picture draws one node per group. */
#define IL_GROUP_GRAPH_MIN 5000

typedef struct il_picture_options {
    il_layout_kind_t layout;    /* IL_LAYOUT_AUTO */
    igraph_uint_t seed;         /* 42 */
    const char *color;          /* node attribute, "community", or NULL */
    const char *size;           /* "degree" (default), "strength", "none", a measure,
                                 * or a numeric node column */
    igraph_integer_t labels;    /* label this many nodes (10) */
    const char *title;          /* NULL: none */
    igraph_integer_t width;     /* canvas width in px (0: 960) */
    igraph_integer_t height;    /* canvas height in px (0: 720) */
} il_picture_options_t;

#define IL_PICTURE_OPTIONS_INIT { .layout = IL_LAYOUT_AUTO, .seed = 42, .color = NULL, \
                                  .size = "degree", .labels = 10, .title = NULL, \
                                  .width = 0, .height = 0 }

/* Draw the network picture of \p g as SVG (standalone: a whole .svg file,
 * else an inline <svg>); *drawn = nodes drawn; records what was drawn and
 * how in \p params (may be NULL). */
igraph_error_t il_picture_network(const il_graph_t *g, const il_picture_options_t *o,
                                  int standalone, FILE *out, igraph_integer_t *drawn,
                                  struct cJSON *params);

/* Colours and sizes of the nodes as the network picture draws them, for
 * files that carry them (GEXF viz): *rgb (0xRRGGBB per node, the colour of
 * its o->color group; NULL without o->color) and *size (the o->size measure
 * as a diameter, 6 to 30; NULL for none). The caller free()s both; the
 * options used are recorded in \p params (may be NULL). */
igraph_error_t il_picture_node_style(const il_graph_t *g, const il_picture_options_t *o,
                                     unsigned long **rgb, double **size,
                                     struct cJSON *params);

/* Draw the coupling plane of the groups of node attribute \p by, with
 * arrows from their places in the earlier snapshot \p before (or NULL). */
igraph_error_t il_picture_plane(const il_graph_t *g, const il_graph_t *before, const char *by,
                                const il_coupling_options_t *co, const char *title,
                                int standalone, FILE *out, igraph_integer_t *drawn,
                                struct cJSON *params);

/* ---- The HTML report (pipeline/html_report.c) ---------------------------- */

typedef struct il_html_report_options {
    const char *by;             /* node column whose groups are compared; NULL: none */
    il_picture_options_t picture;   /* the network picture; its seed seeds everything */
    igraph_integer_t top;       /* actors listed (15) */
    const char *title;          /* NULL: the data's name, "NAME: network report" */
    const char *notice;         /* shown under the title (what the data are); NULL: none */
    il_null_options_t null;     /* the tests behind every reading (200 samples, each
                                 * statistic's default null; seeded with picture.seed) */
} il_html_report_options_t;

#define IL_HTML_REPORT_OPTIONS_INIT { .by = NULL, .picture = IL_PICTURE_OPTIONS_INIT, \
                                      .top = 15, .title = NULL, .notice = NULL,      \
                                      .null = IL_HTML_REPORT_NULL_INIT }
#define IL_HTML_REPORT_NULL_INIT {                                          \
        .model = IL_NULL_DEFAULT, .weights = IL_NULL_WEIGHTS_AUTO,          \
        .samples = 200, .seed = 42, .swaps_per_edge = 10, .jobs = 1,        \
        .alpha = 0.05                                                       \
    }

/* Write one self-contained HTML report of \p g: summary, top actors, the
 * network picture, coupling, communities, structure and the parameters.
 * \p load records where the graph came from. */
igraph_error_t il_html_report_write(const il_graph_t *g, const il_load_options_t *load,
                                    const il_html_report_options_t *o, FILE *out);

/* ---- Snapshots: how a network changed (pipeline/snapshots.c) ----------- */

typedef struct il_snapshots_options {
    const char *by;             /* group by this node attribute; NULL: no groups */
    int empty_own;              /* 1: empty --by values form "(none)" */
    igraph_integer_t permutations;  /* QAP and E-I change tests (1000; 0: none) */
    igraph_uint_t seed;         /* 42 */
    igraph_integer_t samples;   /* null samples behind the coupling readings (1000) */
    igraph_integer_t top;       /* actors listed per step (10) */
    il_distance_t path_weight;  /* betweenness distances (IL_DIST_INVERSE) */
    /* Recorded in `parameters` only: */
    const char *period;         /* the edge column the snapshots were split by, or NULL */
    const char *const *files;   /* the files read, and how many */
    size_t nfiles;
} il_snapshots_options_t;

#define IL_SNAPSHOTS_OPTIONS_INIT { .by = NULL, .empty_own = 0, .permutations = 1000, \
                                    .seed = 42, .samples = 1000, .top = 10, .path_weight = IL_DIST_INVERSE, \
                                    .period = NULL, .files = NULL, .nfiles = 0 }

/* Compare the snapshots \p g[0..n) (labelled \p labels, in time order):
 * per snapshot the summary (and E-I with groups), per step the tie changes,
 * QAP, the E-I change test, the moves on the coupling plane and the actors
 * that changed most; added to \p rep. */
igraph_error_t il_snapshots_compare(const il_graph_t *g, const char *const *labels, size_t n,
                                    const il_snapshots_options_t *o, il_report_t *rep);

/* The distinct non-empty values of edge column \p col of \p g (read from
 * \p path), in time order (numbers by value, then text); *values is an
 * array of *n strings that the caller frees with il_period_values_free(). */
igraph_error_t il_period_values(const il_graph_t *g, const char *col, const char *path,
                                char ***values, size_t *n);
void il_period_values_free(char **values, size_t n);

#ifdef __cplusplus
}
#endif

#endif /* IL_PIPELINE_H */
