/*
 * A graph file read whole (GEXF, node-link JSON) on its way to the model
 * builder (load_internal.h, "Graph files read whole"): columns, nodes and
 * ties with the line each came from, then one build that applies the
 * loading options as the CSV loader does, every error naming its line.
 */
#include "io/load_internal.h"
#include "core/setup.h"
#include "core/utf8.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct fg_col {
    char *name;
    il_attr_type_t type;
    char *def;
} fg_col_t;

typedef struct fg_val {
    size_t col;
    char *val;
} fg_val_t;

typedef struct fg_elem {
    char *a, *b;                /* node: id; tie: source and target ids */
    double w;                   /* tie strength; NaN: not given */
    igraph_integer_t line;
    fg_val_t *val;
    size_t nval, cval;
} fg_elem_t;

struct il_i_fg {
    const char *path;
    const char *unit;           /* "line" or an item name such as "edges" */
    int weight_default;         /* 1: a tie without a weight weighs 1 */
    fg_col_t *col[2];
    size_t ncol[2], ccol[2];
    fg_elem_t *el[2];
    size_t nel[2], cel[2];
    igraph_integer_t replaced;
};

/* "path:12" or "path: edges[11]" (items counted from 0, as in JSON). */
static void where(const il_i_fg_t *fg, igraph_integer_t line, char *buf, size_t size)
{
    if (strcmp(fg->unit, "line") == 0) {
        snprintf(buf, size, "%s:%" IGRAPH_PRId, fg->path, line);
    } else {
        snprintf(buf, size, "%s: %s[%" IGRAPH_PRId "]", fg->path, fg->unit, line);
    }
}

/** \function il_i_fg_new \brief An empty collection for \p path. */
igraph_error_t il_i_fg_new(il_i_fg_t **fg, const char *path)
{
    *fg = calloc(1, sizeof **fg);
    IGRAPH_CHECK_OOM(*fg, "Out of memory reading a graph file.");
    (*fg)->path = path;
    (*fg)->unit = "line";
    return IGRAPH_SUCCESS;
}

/** \function il_i_fg_free \brief Free a collection; accepts NULL. */
void il_i_fg_free(il_i_fg_t *fg)
{
    int k;
    size_t i, j;
    if (!fg) {
        return;
    }
    for (k = 0; k < 2; k++) {
        for (i = 0; i < fg->ncol[k]; i++) {
            free(fg->col[k][i].name);
            free(fg->col[k][i].def);
        }
        free(fg->col[k]);
        for (i = 0; i < fg->nel[k]; i++) {
            fg_elem_t *e = &fg->el[k][i];
            free(e->a);
            free(e->b);
            for (j = 0; j < e->nval; j++) {
                free(e->val[j].val);
            }
            free(e->val);
        }
        free(fg->el[k]);
    }
    free(fg);
}

/** \function il_i_fg_set_where \brief Name positions by \p unit in messages. */
void il_i_fg_set_where(il_i_fg_t *fg, const char *unit)
{
    fg->unit = unit;
}

/** \function il_i_fg_default_weight \brief Ties without a weight weigh 1. */
void il_i_fg_default_weight(il_i_fg_t *fg)
{
    fg->weight_default = 1;
}

/* Make room for one more item of \p size bytes in *arr (count n, capacity *cap). */
static int grow(void **arr, size_t n, size_t *cap, size_t size)
{
    if (n == *cap) {
        size_t nc = *cap ? 2 * *cap : 16;
        void *na = realloc(*arr, nc * size);
        if (!na) {
            return 0;
        }
        *arr = na;
        *cap = nc;
    }
    return 1;
}

/** \function il_i_fg_find_column \brief Index of column \p name, or -1. */
long il_i_fg_find_column(const il_i_fg_t *fg, int edge, const char *name)
{
    size_t i;
    for (i = 0; i < fg->ncol[edge]; i++) {
        if (strcmp(fg->col[edge][i].name, name) == 0) {
            return (long) i;
        }
    }
    return -1;
}

/**
 * \function il_i_fg_column
 * \brief The column \p name, created with \p type and default \p def if new.
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(columns).
 */
igraph_error_t il_i_fg_column(il_i_fg_t *fg, int edge, const char *name, il_attr_type_t type,
                              const char *def, size_t *col)
{
    long have = il_i_fg_find_column(fg, edge, name);
    fg_col_t *c;
    if (have >= 0) {
        *col = (size_t) have;
        return IGRAPH_SUCCESS;
    }
    if (!grow((void **) &fg->col[edge], fg->ncol[edge], &fg->ccol[edge], sizeof *c)) {
        IGRAPH_ERROR("Out of memory reading a graph file.", IGRAPH_ENOMEM);
    }
    c = &fg->col[edge][fg->ncol[edge]];
    c->name = strdup(name);
    c->def = def ? strdup(def) : NULL;
    c->type = type;
    if (!c->name || (def && !c->def)) {
        free(c->name);
        free(c->def);
        IGRAPH_ERROR("Out of memory reading a graph file.", IGRAPH_ENOMEM);
    }
    *col = fg->ncol[edge]++;
    return IGRAPH_SUCCESS;
}

static igraph_error_t add_elem(il_i_fg_t *fg, int edge, const char *a, const char *b, double w,
                               igraph_integer_t line, size_t *i)
{
    fg_elem_t *e;
    if (!grow((void **) &fg->el[edge], fg->nel[edge], &fg->cel[edge], sizeof *e)) {
        IGRAPH_ERROR("Out of memory reading a graph file.", IGRAPH_ENOMEM);
    }
    e = &fg->el[edge][fg->nel[edge]];
    memset(e, 0, sizeof *e);
    e->a = strdup(a);
    e->b = b ? strdup(b) : NULL;
    e->w = w;
    e->line = line;
    if (!e->a || (b && !e->b)) {
        free(e->a);
        free(e->b);
        IGRAPH_ERROR("Out of memory reading a graph file.", IGRAPH_ENOMEM);
    }
    *i = fg->nel[edge]++;
    return IGRAPH_SUCCESS;
}

/** \function il_i_fg_add_node \brief Add a node by id; its index in *v. */
igraph_error_t il_i_fg_add_node(il_i_fg_t *fg, const char *id, igraph_integer_t line, size_t *v)
{
    return add_elem(fg, 0, id, NULL, IGRAPH_NAN, line, v);
}

/** \function il_i_fg_add_edge \brief Add a tie by its ends' ids; index in *e. */
igraph_error_t il_i_fg_add_edge(il_i_fg_t *fg, const char *source, const char *target, double w,
                                igraph_integer_t line, size_t *e)
{
    return add_elem(fg, 1, source, target, w, line, e);
}

/**
 * \function il_i_fg_set
 * \brief Set a value; a later value for the same column replaces it.
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(values of the element).
 */
igraph_error_t il_i_fg_set(il_i_fg_t *fg, int edge, size_t i, size_t col, const char *value)
{
    fg_elem_t *e = &fg->el[edge][i];
    char *copy = strdup(value);
    size_t j;
    IGRAPH_CHECK_OOM(copy, "Out of memory reading a graph file.");
    for (j = 0; j < e->nval; j++) {
        if (e->val[j].col == col) {
            free(e->val[j].val);
            e->val[j].val = copy;
            fg->replaced++;
            return IGRAPH_SUCCESS;
        }
    }
    if (!grow((void **) &e->val, e->nval, &e->cval, sizeof *e->val)) {
        free(copy);
        IGRAPH_ERROR("Out of memory reading a graph file.", IGRAPH_ENOMEM);
    }
    e->val[e->nval].col = col;
    e->val[e->nval].val = copy;
    e->nval++;
    return IGRAPH_SUCCESS;
}

/* The value of column \p col of element \p e: its own, else the column's
 * default, else "". */
static const char *value_of(const il_i_fg_t *fg, int edge, const fg_elem_t *e, size_t col)
{
    size_t j;
    for (j = 0; j < e->nval; j++) {
        if (e->val[j].col == col) {
            return e->val[j].val;
        }
    }
    return fg->col[edge][col].def ? fg->col[edge][col].def : "";
}

/* Text must meet the CSV loader's rules: valid UTF-8. */
static igraph_error_t check_utf8(const il_i_fg_t *fg, igraph_integer_t line, const char *what,
                                 const char *s)
{
    size_t bad;
    if (!il_utf8_valid(s, strlen(s), &bad)) {
        char at[600];
        where(fg, line, at, sizeof at);
        IGRAPH_ERRORF("%s: %s is not valid UTF-8 (byte %zu).", IGRAPH_PARSEERROR, at, what,
                      bad + 1);
    }
    return IGRAPH_SUCCESS;
}

/* Nodes and their columns into the builder. */
static igraph_error_t build_nodes(il_i_fg_t *fg, il_graph_builder_t *b)
{
    size_t i, c, *vcol;
    char at[600];
    vcol = calloc(fg->ncol[0] + 1, sizeof *vcol);
    IGRAPH_CHECK_OOM(vcol, "Out of memory reading a graph file.");
    IGRAPH_FINALLY(igraph_free, vcol);
    for (c = 0; c < fg->ncol[0]; c++) {
        IGRAPH_CHECK(il_graph_builder_add_vattr(b, fg->col[0][c].name, &vcol[c]));
        il_graph_builder_set_vattr_type(b, vcol[c], fg->col[0][c].type);
    }
    for (i = 0; i < fg->nel[0]; i++) {
        const fg_elem_t *e = &fg->el[0][i];
        uint32_t u;
        int is_new;
        where(fg, e->line, at, sizeof at);
        if (e->a[0] == '\0') {
            IGRAPH_ERRORF("%s: a node has an empty id.", IGRAPH_PARSEERROR, at);
        }
        IGRAPH_CHECK(check_utf8(fg, e->line, "a node id", e->a));
        IGRAPH_CHECK(il_graph_builder_add_vertex(b, e->a, strlen(e->a), &u, &is_new));
        if (!is_new) {
            IGRAPH_ERRORF("%s: node id '%s' is used twice.", IGRAPH_PARSEERROR, at, e->a);
        }
        for (c = 0; c < fg->ncol[0]; c++) {
            const char *s = value_of(fg, 0, e, c);
            IGRAPH_CHECK(check_utf8(fg, e->line, "a node attribute value", s));
            IGRAPH_CHECK(il_graph_builder_set_vattr(b, vcol[c], u, s, strlen(s)));
        }
    }
    igraph_free(vcol);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* State of the tie pass. */
typedef struct tie_pass {
    long wcol;                  /* --weight column, or -1 */
    long *wherecol;             /* column of each --where condition */
    size_t *ecol;               /* builder column of each collected column, or SIZE_MAX */
    const char **values;
    size_t *lens;
} tie_pass_t;

static void tie_pass_free(void *p)
{
    tie_pass_t *t = p;
    free(t->wherecol);
    free(t->ecol);
    free(t->values);
    free(t->lens);
}

/* The strength of tie \p e: the --weight column, the file's weight, or 1
 * when the file has none and that is allowed; else an error naming it. */
static igraph_error_t tie_weight(const il_i_fg_t *fg, const il_load_options_t *opts,
                                 const tie_pass_t *t, const fg_elem_t *e, double *w,
                                 il_graph_builder_t *b)
{
    char at[600], shown[64];
    const char *s = NULL;
    where(fg, e->line, at, sizeof at);
    if (t->wcol >= 0) {
        s = value_of(fg, 1, e, (size_t) t->wcol);
        if (s[0] == '\0') {
            *w = IGRAPH_NAN;
        } else if (!il_parse_number(s, w)) {
            *w = -1;
        }
    } else {
        *w = e->w;
    }
    if (isnan(*w)) {
        if (fg->weight_default || opts->missing_weight) {
            *w = 1;
            if (!fg->weight_default) {
                il_graph_builder_info(b)->weights_missing++;
            }
            return IGRAPH_SUCCESS;
        }
        IGRAPH_ERRORF("%s: the tie %s-%s has no weight value; give one, or read such ties "
                      "as 1 with --missing-weight 1.", IGRAPH_PARSEERROR, at, e->a, e->b);
    }
    if (!(*w > 0) || !isfinite(1.0 / *w)) {
        if (s) {
            snprintf(shown, sizeof shown, "'%.40s'", s);
        } else {
            snprintf(shown, sizeof shown, "%g", *w);
        }
        IGRAPH_ERRORF("%s: the tie %s-%s has weight %s: expected a positive finite number.",
                      IGRAPH_PARSEERROR, at, e->a, e->b, shown);
    }
    return IGRAPH_SUCCESS;
}

/* Edge columns (all but the --weight one) and the --where columns. */
static igraph_error_t tie_columns(il_i_fg_t *fg, const il_load_options_t *opts, tie_pass_t *t,
                                  il_graph_builder_t *b)
{
    size_t c, i;
    t->wcol = opts->weight_col ? il_i_fg_find_column(fg, 1, opts->weight_col) : -1;
    if (opts->weight_col && t->wcol < 0) {
        IGRAPH_ERRORF("%s: no edge attribute '%s' for --weight.", IGRAPH_PARSEERROR, fg->path,
                      opts->weight_col);
    }
    t->ecol = calloc(fg->ncol[1] + 1, sizeof *t->ecol);
    t->values = calloc(fg->ncol[1] + 1, sizeof *t->values);
    t->lens = calloc(fg->ncol[1] + 1, sizeof *t->lens);
    t->wherecol = calloc(opts->nwhere + 1, sizeof *t->wherecol);
    if (!t->ecol || !t->values || !t->lens || !t->wherecol) {
        IGRAPH_ERROR("Out of memory reading a graph file.", IGRAPH_ENOMEM);
    }
    for (c = 0; c < fg->ncol[1]; c++) {
        t->ecol[c] = (size_t) -1;
        if ((long) c != t->wcol) {
            IGRAPH_CHECK(il_graph_builder_add_eattr(b, fg->col[1][c].name, &t->ecol[c]));
            il_graph_builder_set_eattr_type(b, t->ecol[c], fg->col[1][c].type);
        }
    }
    for (i = 0; i < opts->nwhere; i++) {
        t->wherecol[i] = il_i_fg_find_column(fg, 1, opts->where[i].column);
        if (t->wherecol[i] < 0) {
            IGRAPH_ERRORF("--where '%s': no edge attribute '%s' in %s.", IGRAPH_PARSEERROR,
                          opts->where[i].text, opts->where[i].column, fg->path);
        }
    }
    return IGRAPH_SUCCESS;
}

/* Tie \p e into the builder, unless --where leaves it out. */
static igraph_error_t build_tie(il_i_fg_t *fg, const il_load_options_t *opts, tie_pass_t *t,
                                const fg_elem_t *e, il_graph_builder_t *b)
{
    uint32_t u, v;
    size_t c, nv = 0, i;
    double w;
    il_edge_outcome_t outcome;
    char at[600];
    where(fg, e->line, at, sizeof at);
    il_graph_builder_info(b)->rows++;
    for (i = 0; i < opts->nwhere; i++) {
        if (!il_where_match(&opts->where[i], value_of(fg, 1, e, (size_t) t->wherecol[i]))) {
            il_graph_builder_info(b)->rows_filtered++;
            return IGRAPH_SUCCESS;
        }
    }
    if (!il_graph_builder_find_vertex(b, e->a, strlen(e->a), &u) ||
        !il_graph_builder_find_vertex(b, e->b, strlen(e->b), &v)) {
        IGRAPH_ERRORF("%s: the tie %s-%s names a node that the file does not declare ('%s').",
                      IGRAPH_PARSEERROR, at, e->a, e->b,
                      il_graph_builder_find_vertex(b, e->a, strlen(e->a), &u) ? e->b : e->a);
    }
    IGRAPH_CHECK(tie_weight(fg, opts, t, e, &w, b));
    for (c = 0; c < fg->ncol[1]; c++) {
        if (t->ecol[c] != (size_t) -1) {
            t->values[nv] = value_of(fg, 1, e, c);
            IGRAPH_CHECK(check_utf8(fg, e->line, "an edge attribute value", t->values[nv]));
            t->lens[nv] = strlen(t->values[nv]);
            nv++;
        }
    }
    IGRAPH_CHECK(il_graph_builder_add_edge(b, u, v, w, t->values, t->lens, e->line, &outcome,
                                           NULL));
    if (outcome == IL_EDGE_DUPLICATE) {
        IGRAPH_ERRORF("%s: duplicate tie %s-%s; use --duplicates sum|max|min|mean|first to "
                      "merge.", IGRAPH_PARSEERROR, at, e->a, e->b);
    }
    if (outcome == IL_EDGE_LOOP) {
        IGRAPH_ERRORF("%s: self-loop on %s; use --self-loops drop|keep.", IGRAPH_PARSEERROR,
                      at, e->a);
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_fg_build
 * \brief Build the collected graph, applying the loading options.
 *
 * Nodes in file order (ids unique and non-empty), their columns with
 * declared types, then the ties: --where on edge columns, --weight from a
 * column, a tie without a strength weighs 1 only under GEXF's rule or
 * --missing-weight 1 (else an error naming it), --duplicates and
 * --self-loops as for CSV, and --ego at the end.
 * \return IGRAPH_PARSEERROR (recorded, with the line), IGRAPH_EINVAL
 *         (--ego), IGRAPH_ENOMEM. Time complexity: O((n + m) * columns).
 */
igraph_error_t il_i_fg_build(il_i_fg_t *fg, const il_load_options_t *opts,
                             igraph_bool_t directed, il_graph_t *g, igraph_integer_t *replaced)
{
    il_graph_builder_t *b = NULL;
    tie_pass_t t;
    size_t i;
    if (opts->nodes_path || opts->source_col || opts->target_col || opts->node_id_col) {
        IGRAPH_ERRORF("--nodes, --node-id, --source and --target apply to CSV tables, not to "
                      "%s (it carries its own nodes and attributes).", IGRAPH_EINVAL, fg->path);
    }
    memset(&t, 0, sizeof t);
    IGRAPH_CHECK(il_graph_builder_new(&b, directed, opts->duplicates, opts->self_loops));
    IGRAPH_FINALLY(il_graph_builder_free, b);
    IGRAPH_FINALLY(tie_pass_free, &t);
    IGRAPH_CHECK(build_nodes(fg, b));
    IGRAPH_CHECK(tie_columns(fg, opts, &t, b));
    for (i = 0; i < fg->nel[1]; i++) {
        IGRAPH_CHECK(build_tie(fg, opts, &t, &fg->el[1][i], b));
    }
    IGRAPH_CHECK(il_graph_builder_finish(b, g));
    tie_pass_free(&t);
    il_graph_builder_free(b);
    IGRAPH_FINALLY_CLEAN(2);
    if (replaced) {
        *replaced = fg->replaced;
    }
    return il_i_load_ego(opts, g);
}
