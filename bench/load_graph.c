/*
 * load_graph: time innolink's loader alone. Calls il_load_graph() with the
 * defaults of `innolink summary FILE` (undirected, --duplicates sum,
 * --self-loops drop, columns found by name) and frees the graph; no
 * analysis runs. This is the "loading" that bench/README.md compares with
 * bare_parse, without adding a hidden option to the CLI.
 *
 *   load_graph [--create] FILE
 *
 * Prints nodes, edges, rows, merged duplicates and the wall-clock and CPU
 * seconds from opening the file to the finished igraph graph.
 *
 * --create then times igraph_create() alone on the loaded edge list, the
 * last step of loading: once in the loader's order (first appearance in
 * the file) and once with the edges sorted by igraph's own (from, to)
 * order, to show how much of its cost is cache misses.
 */
#define _POSIX_C_SOURCE 200809L

#include "innolink.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double seconds(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double) ts.tv_sec + (double) ts.tv_nsec * 1e-9;
}

/* igraph keeps an undirected edge as (larger, smaller) end. */
static int pair_cmp(const void *a, const void *b)
{
    const igraph_integer_t *x = a, *y = b;
    igraph_integer_t x0 = x[0] > x[1] ? x[0] : x[1], x1 = x[0] > x[1] ? x[1] : x[0];
    igraph_integer_t y0 = y[0] > y[1] ? y[0] : y[1], y1 = y[0] > y[1] ? y[1] : y[0];
    if (x0 != y0) {
        return x0 < y0 ? -1 : 1;
    }
    return x1 < y1 ? -1 : x1 > y1;
}

/* Seconds igraph_create() takes on \p el. */
static double time_create(const igraph_vector_int_t *el, igraph_integer_t n,
                          igraph_bool_t directed)
{
    igraph_t h;
    double t = seconds(CLOCK_MONOTONIC);
    if (igraph_create(&h, el, n, directed) != IGRAPH_SUCCESS) {
        fprintf(stderr, "load_graph: igraph_create failed\n");
        exit(1);
    }
    t = seconds(CLOCK_MONOTONIC) - t;
    igraph_destroy(&h);
    return t;
}

static void create_only(const il_graph_t *g)
{
    igraph_vector_int_t el;
    double t_file, t_sorted;
    if (igraph_vector_int_init(&el, 0) != IGRAPH_SUCCESS ||
        igraph_get_edgelist(&g->graph, &el, 0) != IGRAPH_SUCCESS) {
        fprintf(stderr, "load_graph: out of memory\n");
        exit(1);
    }
    t_file = time_create(&el, il_graph_vcount(g), g->directed);
    if (!g->directed) {
        qsort(VECTOR(el), (size_t) il_graph_ecount(g), 2 * sizeof *VECTOR(el), pair_cmp);
        t_sorted = time_create(&el, il_graph_vcount(g), g->directed);
        printf("igraph_create file_order %.3f sorted %.3f\n", t_file, t_sorted);
    } else {
        printf("igraph_create file_order %.3f\n", t_file);
    }
    igraph_vector_int_destroy(&el);
}

int main(int argc, char **argv)
{
    il_load_options_t opts = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    double wall, cpu;
    int create = argc == 3 && strcmp(argv[1], "--create") == 0;

    if (argc != 2 + create || argv[1 + create][0] == '-') {
        fputs("usage: load_graph [--create] FILE\n", stderr);
        return 2;
    }
    il_setup();
    opts.edges_path = argv[1 + create];
    wall = seconds(CLOCK_MONOTONIC);
    cpu = seconds(CLOCK_PROCESS_CPUTIME_ID);
    if (il_load_graph(&opts, &g) != IGRAPH_SUCCESS) {
        fprintf(stderr, "load_graph: %s\n", il_last_error());
        return 1;
    }
    wall = seconds(CLOCK_MONOTONIC) - wall;
    cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu;
    printf("nodes %" IGRAPH_PRId " edges %" IGRAPH_PRId " rows %" IGRAPH_PRId
           " merged %" IGRAPH_PRId " wall %.3f cpu %.3f\n",
           il_graph_vcount(&g), il_graph_ecount(&g), g.info.rows,
           g.info.duplicates_merged, wall, cpu);
    if (create) {
        create_only(&g);
    }
    il_graph_destroy(&g);
    return 0;
}
