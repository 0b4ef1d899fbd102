/*
 * Edge tables out: the format innolink reads back (RFC 4180 quoting, UTF-8,
 * LF line ends, weights printed so that they read back exactly).
 */
#include "io/io.h"

#include <string.h>

/**
 * \function il_csv_write_field
 * \brief Write one CSV field, quoted when it holds the delimiter, a quote,
 *        a line break or blanks at either end (which readers would trim).
 */
void il_csv_write_field(const char *s, FILE *out)
{
    if (strpbrk(s, ",\"\r\n") || s[0] == ' ' || s[0] == '\t' ||
        (s[0] != '\0' && (s[strlen(s) - 1] == ' ' || s[strlen(s) - 1] == '\t'))) {
        fputc('"', out);
        for (; *s; s++) {
            if (*s == '"') {
                fputc('"', out);
            }
            fputc(*s, out);
        }
        fputc('"', out);
    } else {
        fputs(s, out);
    }
}

/**
 * \function il_write_edges_csv
 * \brief Write the graph's ties as a CSV edge table.
 *
 * Columns: source, target (undirected: the node met first in the input
 * first), weight (%.17g, so it reads back to the same
 * double), then every edge attribute. Ids and values are quoted when they
 * hold a comma, quote, line break or edge blanks. Errors of \p out are left
 * in its error flag for the caller's commit (il_output_commit()).
 * \return IGRAPH_SUCCESS. Time complexity: O(m + output size).
 */
igraph_error_t il_write_edges_csv(const il_graph_t *g, FILE *out)
{
    return il_write_edges_csv_with(g, NULL, NULL, out);
}

/**
 * \function il_write_edges_csv_with
 * \brief il_write_edges_csv() with one more column \p name holding \p value
 *        on every row (NULL name: none), e.g. provenance = SYNTHETIC.
 */
igraph_error_t il_write_edges_csv_with(const il_graph_t *g, const char *name,
                                       const char *value, FILE *out)
{
    igraph_integer_t m = il_graph_ecount(g), e;
    size_t c;
    fputs("source,target,weight", out);
    for (c = 0; c < g->eattr.ncol; c++) {
        fputc(',', out);
        il_csv_write_field(g->eattr.col[c].name, out);
    }
    if (name) {
        fputc(',', out);
        il_csv_write_field(name, out);
    }
    fputc('\n', out);
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
        if (!g->directed && a > b) {    /* igraph stores undirected ties larger end first */
            igraph_integer_t t = a;
            a = b;
            b = t;
        }
        il_csv_write_field(il_graph_vertex_id(g, a), out);
        fputc(',', out);
        il_csv_write_field(il_graph_vertex_id(g, b), out);
        fprintf(out, ",%.17g", VECTOR(g->weight)[e]);
        for (c = 0; c < g->eattr.ncol; c++) {
            fputc(',', out);
            il_csv_write_field(il_graph_eattr_get(g, c, e), out);
        }
        if (name) {
            fputc(',', out);
            il_csv_write_field(value, out);
        }
        fputc('\n', out);
    }
    return IGRAPH_SUCCESS;
}
