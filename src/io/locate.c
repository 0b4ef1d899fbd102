/*
 * Where the nodes and ties of a GraphML, GML or Pajek file are, by line:
 * igraph's readers number vertices and edges in the order the file gives
 * them but keep no line numbers, so when the loader refuses vertex v or
 * edge e (an empty id, a missing weight, a duplicate) it asks here for the
 * line to name. Only called on the way to an error.
 */
#include "io/load_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct lines {
    igraph_integer_t *v;
    size_t n, cap;
} lines_t;

static int push_line(lines_t *l, igraph_integer_t line)
{
    if (l->n == l->cap) {
        size_t nc = l->cap ? 2 * l->cap : 64;
        igraph_integer_t *nv = realloc(l->v, nc * sizeof *nv);
        if (!nv) {
            return 0;
        }
        l->v = nv;
        l->cap = nc;
    }
    l->v[l->n++] = line;
    return 1;
}

/* GraphML: the <node> or <edge> start tags in document order (a plain
 * scan: igraph has parsed the file already, so it is well-formed;
 * comments, CDATA and processing instructions are skipped). */
static igraph_error_t locate_graphml(FILE *fp, int edge, lines_t *l)
{
    const char *want = edge ? "edge" : "node";
    igraph_integer_t line = 1;
    int c;
    while ((c = getc(fp)) != EOF) {
        char name[64];
        size_t k = 0;
        igraph_integer_t at = line;
        if (c == '\n') {
            line++;
        }
        if (c != '<') {
            continue;
        }
        c = getc(fp);
        if (c == '!' || c == '?') {         /* comment, CDATA, DOCTYPE, PI: to its end */
            const char *end = "?>";
            int c1 = c == '!' ? getc(fp) : 0, c2 = c == '!' ? getc(fp) : 0;
            size_t m = 0;
            line += (c1 == '\n') + (c2 == '\n');
            if (c == '!') {
                end = c1 == '-' && c2 == '-' ? "-->" : c1 == '[' ? "]]>" : ">";
            }
            while (end[m] != '\0' && (c = getc(fp)) != EOF) {
                line += c == '\n';
                m = c == end[m] ? m + 1 : c == end[0] ? 1 : 0;
            }
            continue;
        }
        while (c != EOF && (isalnum(c) || c == ':' || c == '_' || c == '-' || c == '.')) {
            if (k + 1 < sizeof name) {
                name[k++] = (char) c;
            }
            c = getc(fp);
        }
        name[k] = '\0';
        if (c == '\n') {
            line++;
        }
        {
            const char *colon = strrchr(name, ':');
            const char *local = colon ? colon + 1 : name;
            if (strcmp(local, want) == 0 && !push_line(l, at)) {
                return IGRAPH_ENOMEM;
            }
        }
    }
    return IGRAPH_SUCCESS;
}

/* GML: the `node [` or `edge [` keys at the top level of the graph. */
static igraph_error_t locate_gml(FILE *fp, int edge, lines_t *l)
{
    int c, depth = 0;
    igraph_integer_t line = 1, key_line = 0;
    char key[16];
    size_t klen = 0;
    int have_key = 0;
    while ((c = getc(fp)) != EOF) {
        if (c == '\n') {
            line++;
        }
        if (c == '#') {             /* comment to the end of the line */
            while ((c = getc(fp)) != EOF && c != '\n') {
            }
            line++;
            continue;
        }
        if (c == '"') {             /* a string: skip it */
            while ((c = getc(fp)) != EOF && c != '"') {
                line += c == '\n';
            }
            have_key = 0;
            continue;
        }
        if (isalpha(c) || c == '_') {
            klen = 0;
            key_line = line;
            do {
                if (klen + 1 < sizeof key) {
                    key[klen++] = (char) c;
                }
                c = getc(fp);
            } while (c != EOF && (isalnum(c) || c == '_'));
            key[klen] = '\0';
            have_key = 1;
            if (c == EOF) {
                break;
            }
            ungetc(c, fp);
            continue;
        }
        if (c == '[') {
            if (depth == 1 && have_key && strcmp(key, edge ? "edge" : "node") == 0 &&
                !push_line(l, key_line)) {
                return IGRAPH_ENOMEM;
            }
            depth++;
            have_key = 0;
        } else if (c == ']') {
            depth--;
            have_key = 0;
        } else if (!isspace(c)) {
            have_key = 0;           /* a number value */
        }
    }
    return IGRAPH_SUCCESS;
}

/* Pajek: the vertex lines after *Vertices; one line per tie after *Arcs or
 * *Edges, one per listed end after *Arcslist or *Edgeslist. */
static igraph_error_t locate_pajek(FILE *fp, int edge, lines_t *l)
{
    char buf[4096];
    igraph_integer_t line = 0;
    int section = 0;        /* 1 vertices, 2 ties, 3 lists */
    while (fgets(buf, sizeof buf, fp)) {
        char *p = buf;
        line++;
        while (*p == ' ' || *p == '\t') {
            p++;
        }
        if (*p == '\0' || *p == '\n' || *p == '\r' || *p == '%') {
            continue;
        }
        if (*p == '*') {
            section = strncasecmp(p, "*vertices", 9) == 0 ? 1 :
                      strncasecmp(p, "*arcslist", 9) == 0 || strncasecmp(p, "*edgeslist", 10) == 0 ? 3 :
                      strncasecmp(p, "*arcs", 5) == 0 || strncasecmp(p, "*edges", 6) == 0 ? 2 : 0;
            continue;
        }
        if (!edge && section == 1) {
            if (!push_line(l, line)) {
                return IGRAPH_ENOMEM;
            }
        } else if (edge && section == 2) {
            if (!push_line(l, line)) {
                return IGRAPH_ENOMEM;
            }
        } else if (edge && section == 3) {
            char *tok = strtok(p, " \t\r\n");
            int k = 0;
            for (; tok; tok = strtok(NULL, " \t\r\n"), k++) {
                if (k > 0 && !push_line(l, line)) {
                    return IGRAPH_ENOMEM;
                }
            }
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_locate
 * \brief Lines of the nodes (\p edge = 0) or ties of a graph file.
 *
 * In the order igraph's readers create them. A file that cannot be read
 * again gives no lines (*n = 0), not an error: the caller then names the
 * element by its number. \return IGRAPH_ENOMEM.
 * Time complexity: O(file size).
 */
igraph_error_t il_i_locate(const char *data, size_t len, const char *format, int edge,
                           igraph_integer_t **lines, size_t *n)
{
    lines_t l = { NULL, 0, 0 };
    igraph_error_t rc = IGRAPH_SUCCESS;
    *lines = NULL;
    *n = 0;
    {
        FILE *fp = len > 0 ? fmemopen((void *) data, len, "r") : NULL;
        if (fp) {
            rc = strcmp(format, "graphml") == 0 ? locate_graphml(fp, edge, &l) :
                 strcmp(format, "gml") == 0 ? locate_gml(fp, edge, &l) :
                 locate_pajek(fp, edge, &l);
            fclose(fp);
        }
    }
    if (rc != IGRAPH_SUCCESS) {
        free(l.v);
        IGRAPH_ERROR("Out of memory locating a line.", IGRAPH_ENOMEM);
    }
    *lines = l.v;
    *n = l.n;
    return IGRAPH_SUCCESS;
}
