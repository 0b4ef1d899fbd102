/*
 * il_load_graph(): which loader reads the input (a graph file, or CSV
 * tables: node table, then edge or affiliation table), the one builder
 * they feed, and --ego on the result.
 */
#include "io/io.h"
#include "core/setup.h"
#include "io/load_internal.h"

#include <stdio.h>

/**
 * \function il_load_options_init
 * \brief Set every loading option to its default.
 *
 * The defaults are those of IL_LOAD_OPTIONS_INIT, documented field by
 * field in il_load_options_t: a comma-or-detected CSV edge table with
 * source/target/weight columns, undirected, duplicates summed, self-loops
 * dropped, no node table, no --where, whole graph, 1 MiB fields.
 * Time complexity: O(1).
 */
void il_load_options_init(il_load_options_t *o)
{
    const il_load_options_t def = IL_LOAD_OPTIONS_INIT;
    *o = def;
}

/**
 * \function il_i_load_ego
 * \brief Restrict a freshly loaded graph to opts->ego's neighbourhood.
 *
 * Does nothing when opts->ego is NULL.
 * \return IGRAPH_EINVAL (recorded) when no node has the id; IGRAPH_ENOMEM.
 *         On failure \p g is destroyed (IL_GRAPH_INIT again).
 *
 * Time complexity: O(n + m).
 */
igraph_error_t il_i_load_ego(const il_load_options_t *opts, il_graph_t *g)
{
    igraph_integer_t v;
    igraph_error_t ret;
    if (!opts->ego) {
        return IGRAPH_SUCCESS;
    }
    if (!il_graph_find_vertex(g, opts->ego, &v)) {
        il_set_error("--ego: no node with id '%s'", opts->ego);
        il_graph_destroy(g);
        return IGRAPH_EINVAL;
    }
    ret = il_graph_restrict_ego(g, v, opts->radius);
    if (ret != IGRAPH_SUCCESS) {
        il_graph_destroy(g);
    }
    return ret;
}

/* il_load_graph() without the out-of-memory wording. */
static igraph_error_t load_graph(const il_load_options_t *opts, il_graph_t *g)
{
    il_graph_builder_t *b = NULL;
    igraph_error_t ret;

    if (il_graph_file_format(opts->edges_path)) {
        return il_read_graph_file(opts, g);     /* GraphML, GML, Pajek: graph_reader.c */
    }
    ret = il_graph_builder_new(&b, opts->directed, opts->duplicates, opts->self_loops);
    if (ret != IGRAPH_SUCCESS) {
        return ret;
    }
    if (opts->nodes_path) {
        ret = il_i_load_nodes(opts, b);
        if (ret != IGRAPH_SUCCESS) {
            goto cleanup;
        }
    }
    if (opts->affiliation) {
        ret = il_i_load_affiliation(opts, b);
    } else {
        ret = il_i_load_edges(opts, b);
    }
    if (ret != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    ret = il_graph_builder_finish(b, g);
    if (ret != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    ret = il_i_load_ego(opts, g);
cleanup:
    il_graph_builder_free(b);
    return ret;
}

/* Out of memory while loading: igraph's own words ("Cannot initialize
 * vector.") name no file, so the reason is given the file and the limit. */
static igraph_error_t name_oom(const il_load_options_t *opts, igraph_error_t ret)
{
    char why[IL_ERROR_MAX], shown[IL_PATH_SHOWN_MAX];
    if (ret != IGRAPH_ENOMEM) {
        return ret;
    }
    snprintf(why, sizeof why, "%s", il_last_error());
    il_clear_error();
    il_set_error("out of memory loading '%s' (%s); docs/formats.md, Limits, says how much "
                 "memory a load takes", il_path_shown(opts->edges_path, shown),
                 why[0] ? why : "no reason given");
    return ret;
}

/**
 * \function il_load_graph
 * \brief Load an edge table, and optionally a node table, into a graph.
 *
 * Streams both files through libcsv into the model builder; the igraph
 * graph is created once at the end. Applies --where while reading and
 * --ego after building. Data errors name the file, line and column.
 * With opts->affiliation, the edge file is an actor-event table whose
 * one-mode projection (opts->projection) gives the ties. A GraphML, GML or
 * Pajek file (by extension) is read by il_read_graph_file() instead.
 *
 * \param opts  What to read and how (see il_load_options_t).
 * \param g     IL_GRAPH_INIT on entry; the loaded graph on success. On
 *              error it stays IL_GRAPH_INIT.
 * \return IGRAPH_PARSEERROR for bad data, IGRAPH_EFILE for unreadable files,
 *         IGRAPH_EINVAL for an unknown ego node, IGRAPH_ENOMEM (the reason
 *         names the file).
 *
 * Memory: at most 64 bytes per input byte plus 64 MiB (docs/formats.md,
 * "Limits"; tests/cli/t1050-robust-input.sh holds it on hostile inputs).
 * Time complexity: O(input size + n + m) expected.
 */
igraph_error_t il_load_graph(const il_load_options_t *opts, il_graph_t *g)
{
    return name_oom(opts, load_graph(opts, g));
}
