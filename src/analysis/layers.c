/*
 * Layers (docs/metrics-layers.md): a graph loaded with a layer column (one
 * edge per pair and kind of tie) split into one aligned graph per kind,
 * the aggregate of them all, and the measures that compare them: overlap,
 * multiplexity, multiplex participation, and a centrality per layer with
 * its rank correlation to the aggregate's.
 */
#include "analysis/layers.h"
#include "analysis/mixing.h"
#include "core/setup.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- Rank correlation ---------------------------------------------------------- */

typedef struct ranked {
    double v;
    igraph_integer_t i;
} ranked_t;

static int cmp_ranked(const void *a, const void *b)
{
    const ranked_t *x = a, *y = b;
    if (x->v != y->v) {
        return x->v < y->v ? -1 : 1;
    }
    return (x->i > y->i) - (x->i < y->i);
}

/* Average ranks (1-based) of r[0..n).v into out[r[k].i]; r is sorted. */
static void average_ranks(ranked_t *r, igraph_integer_t n, double *out)
{
    igraph_integer_t k = 0, j, i;
    qsort(r, (size_t) n, sizeof *r, cmp_ranked);
    while (k < n) {
        for (j = k; j < n && r[j].v == r[k].v; j++) {
        }
        for (i = k; i < j; i++) {
            out[r[i].i] = (double) (k + j + 1) / 2.0;   /* mean of ranks k+1 .. j */
        }
        k = j;
    }
}

/**
 * \function il_spearman
 * \brief Spearman's rank correlation of x and y (the Pearson correlation of
 *        their average ranks), over the entries where both are numbers.
 *
 * Peer: scipy.stats.spearmanr on the complete entries.
 * \param n  Out: entries used (may be NULL).
 * \return The correlation; NaN with fewer than two entries, when one side
 *         is constant, or when out of memory.
 *
 * Time complexity: O(k log k) for k entries.
 */
double il_spearman(const igraph_vector_t *x, const igraph_vector_t *y, igraph_integer_t *n)
{
    igraph_integer_t len = igraph_vector_size(x), i, k = 0;
    ranked_t *rx = malloc(((size_t) len + 1) * sizeof *rx);
    ranked_t *ry = malloc(((size_t) len + 1) * sizeof *ry);
    double *ax = malloc(((size_t) len + 1) * sizeof *ax);
    double *ay = malloc(((size_t) len + 1) * sizeof *ay);
    double mx, sxy = 0, sxx = 0, syy = 0, r = NAN;
    if (rx && ry && ax && ay) {
        for (i = 0; i < len; i++) {
            if (!isnan(VECTOR(*x)[i]) && !isnan(VECTOR(*y)[i])) {
                rx[k].v = VECTOR(*x)[i];
                ry[k].v = VECTOR(*y)[i];
                rx[k].i = ry[k].i = k;
                k++;
            }
        }
        if (k >= 2) {
            average_ranks(rx, k, ax);
            average_ranks(ry, k, ay);
            mx = (double) (k + 1) / 2.0;    /* both mean ranks */
            for (i = 0; i < k; i++) {
                sxy += (ax[i] - mx) * (ay[i] - mx);
                sxx += (ax[i] - mx) * (ax[i] - mx);
                syy += (ay[i] - mx) * (ay[i] - mx);
            }
            r = sxx > 0 && syy > 0 ? sxy / sqrt(sxx * syy) : NAN;
        }
    }
    if (n) {
        *n = k;
    }
    free(rx);
    free(ry);
    free(ax);
    free(ay);
    return r;
}

/* ---- Life cycle ---------------------------------------------------------------------- */

static void layer_destroy(il_layer_t *l)
{
    free(l->name);
    il_graph_destroy(&l->g);
    if (l->centrality.stor_begin) {
        igraph_vector_destroy(&l->centrality);
    }
    memset(l, 0, sizeof *l);
}

/**
 * \function il_layers_destroy
 * \brief Free a layers result; safe on a zero-filled or destroyed one.
 */
void il_layers_destroy(il_layers_t *res)
{
    igraph_integer_t l;
    for (l = 0; res->layer && l < res->nlayers; l++) {
        layer_destroy(&res->layer[l]);
    }
    free(res->layer);
    layer_destroy(&res->aggregate);
    free(res->overlap);
    if (res->pair_weight.data.stor_begin) {
        igraph_matrix_destroy(&res->pair_weight);
    }
    if (res->degree.data.stor_begin) {
        igraph_matrix_destroy(&res->degree);
    }
    if (res->multiplexity.stor_begin) {
        igraph_vector_int_destroy(&res->multiplexity);
    }
    if (res->multiplexity_count.stor_begin) {
        igraph_vector_int_destroy(&res->multiplexity_count);
    }
    if (res->overlapping_degree.stor_begin) {
        igraph_vector_destroy(&res->overlapping_degree);
    }
    if (res->participation.stor_begin) {
        igraph_vector_destroy(&res->participation);
    }
    memset(res, 0, sizeof *res);
}

static void layers_free(void *p)
{
    il_layers_destroy((il_layers_t *) p);
}

/* ---- Splitting ------------------------------------------------------------------------ */

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* The distinct values of edge column \p col in byte order into res->layer
 * (names only); errors for fewer than two or more than IL_LAYERS_MAX. */
static igraph_error_t layer_names(const il_graph_t *g, size_t col, const char *colname,
                                  il_layers_t *res)
{
    const il_attr_col_t *c = &g->eattr.col[col];
    uint32_t nv = il_strtab_size(&c->values), v;
    char *used = calloc((size_t) nv + 1, 1);
    const char **names;
    igraph_integer_t m = il_graph_ecount(g), e, k = 0;
    IGRAPH_CHECK_OOM(used, "Out of memory splitting layers.");
    IGRAPH_FINALLY(igraph_free, used);
    for (e = 0; e < m; e++) {
        used[c->idx[e]] = 1;
    }
    names = calloc((size_t) nv + 1, sizeof *names);
    IGRAPH_CHECK_OOM(names, "Out of memory splitting layers.");
    IGRAPH_FINALLY(igraph_free, names);
    for (v = 0; v < nv; v++) {
        if (used[v]) {
            names[k++] = il_strtab_get(&c->values, v);
        }
    }
    if (k < 2) {
        IGRAPH_ERRORF("The layer column '%s' has %s%s%s: layers need two kinds of tie or "
                      "more.", IGRAPH_EINVAL, colname, k == 0 ? "no ties" : "one value '",
                      k == 0 ? "" : names[0], k == 0 ? "" : "'");
    }
    if (k > IL_LAYERS_MAX) {
        IGRAPH_ERRORF("The layer column '%s' has %" IGRAPH_PRId " values; layers take at most "
                      "%d (is it an identifier?).", IGRAPH_EINVAL, colname, k, IL_LAYERS_MAX);
    }
    qsort(names, (size_t) k, sizeof *names, cmp_name);
    res->layer = calloc((size_t) k, sizeof *res->layer);
    IGRAPH_CHECK_OOM(res->layer, "Out of memory splitting layers.");
    res->nlayers = k;
    for (e = 0; e < k; e++) {
        res->layer[e].name = strdup(names[e]);
        IGRAPH_CHECK_OOM(res->layer[e].name, "Out of memory splitting layers.");
    }
    igraph_free(names);
    igraph_free(used);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* The layer names as "'a', 'b', ..." into buf (cut to fit), for messages. */
static void layer_list(const il_layers_t *res, char *buf, size_t size)
{
    size_t len = 0;
    igraph_integer_t k;
    buf[0] = '\0';
    for (k = 0; k < res->nlayers; k++) {
        const char *name = res->layer[k].name;
        size_t need = strlen(name) + 4;
        if (len + need + 4 >= size) {
            memcpy(buf + len, "...", 4);
            return;
        }
        if (k > 0) {
            memcpy(buf + len, ", ", 2);
            len += 2;
        }
        buf[len++] = '\'';
        memcpy(buf + len, name, strlen(name));
        len += strlen(name);
        buf[len++] = '\'';
        buf[len] = '\0';
    }
}

/* Which layers are directed: o->directed names them; each must exist. */
static igraph_error_t layer_directions(const il_graph_t *g, const il_layers_options_t *o,
                                       il_layers_t *res)
{
    igraph_integer_t l;
    size_t i;
    for (l = 0; l < res->nlayers; l++) {
        res->layer[l].directed = o->directed ? 0 : g->directed;
    }
    for (i = 0; o->directed && o->directed[i]; i++) {
        for (l = 0; l < res->nlayers && strcmp(res->layer[l].name, o->directed[i]); l++) {
        }
        if (l == res->nlayers) {
            char list[512];
            layer_list(res, list, sizeof list);
            IGRAPH_ERRORF("No layer '%s' to make directed; the layers of '%s' are %s.",
                          IGRAPH_EINVAL, o->directed[i], o->layer, list);
        }
        if (!g->directed) {
            IGRAPH_ERROR("Directed layers need the ties read as ordered pairs.",
                          IGRAPH_EINVAL);
        }
        res->layer[l].directed = 1;
    }
    return IGRAPH_SUCCESS;
}

/* Layer l's aligned graph: its ties only, made undirected when the layer is. */
static igraph_error_t split_layer(const il_graph_t *g, size_t col, il_layer_t *layer)
{
    const il_attr_col_t *c = &g->eattr.col[col];
    igraph_integer_t m = il_graph_ecount(g), e;
    uint32_t id;
    char *keep = calloc((size_t) m + 1, 1);
    il_graph_t tmp = IL_GRAPH_INIT;
    IGRAPH_CHECK_OOM(keep, "Out of memory splitting layers.");
    IGRAPH_FINALLY(igraph_free, keep);
    if (!il_strtab_find(&c->values, layer->name, strlen(layer->name), &id)) {
        id = UINT32_MAX;
    }
    for (e = 0; e < m; e++) {
        keep[e] = c->idx[e] == id;
    }
    if (g->directed && !layer->directed) {
        IGRAPH_CHECK(il_graph_keep_ties(g, keep, /* drop_untied = */ 0, &tmp));
        IGRAPH_FINALLY(il_graph_destroy, &tmp);
        IGRAPH_CHECK(il_graph_merge_ties(&tmp, /* directed = */ 0, &layer->g));
        il_graph_destroy(&tmp);
        IGRAPH_FINALLY_CLEAN(1);
    } else {
        IGRAPH_CHECK(il_graph_keep_ties(g, keep, /* drop_untied = */ 0, &layer->g));
    }
    igraph_free(keep);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* ---- Comparing -------------------------------------------------------------------------- */

/* pair_weight[eid][l]: the strength of every layer's ties on each pair of
 * the aggregate (a directed layer's two directions add up when the
 * aggregate is undirected). */
static igraph_error_t pair_weights(il_layers_t *res)
{
    const il_graph_t *agg = &res->aggregate.g;
    igraph_integer_t l, e;
    IGRAPH_CHECK(igraph_matrix_init(&res->pair_weight, il_graph_ecount(agg), res->nlayers));
    for (l = 0; l < res->nlayers; l++) {
        const il_graph_t *lg = &res->layer[l].g;
        for (e = 0; e < il_graph_ecount(lg); e++) {
            igraph_integer_t eid;
            IGRAPH_CHECK(igraph_get_eid(&agg->graph, &eid, IGRAPH_FROM(&lg->graph, e),
                                        IGRAPH_TO(&lg->graph, e), /* directed = */ 1,
                                        /* error = */ 1));
            MATRIX(res->pair_weight, eid, l) += VECTOR(lg->weight)[e];
        }
    }
    return IGRAPH_SUCCESS;
}

/* Multiplexity of every pair, degree per layer and participation. */
static igraph_error_t participation(il_layers_t *res)
{
    const il_graph_t *agg = &res->aggregate.g;
    igraph_integer_t n = il_graph_vcount(agg), m = il_graph_ecount(agg), L = res->nlayers;
    igraph_integer_t e, l, v;
    IGRAPH_CHECK(igraph_vector_int_init(&res->multiplexity, m));
    IGRAPH_CHECK(igraph_vector_int_init(&res->multiplexity_count, L + 1));
    IGRAPH_CHECK(igraph_matrix_init(&res->degree, n, L));
    IGRAPH_CHECK(igraph_vector_init(&res->overlapping_degree, n));
    IGRAPH_CHECK(igraph_vector_init(&res->participation, n));
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&agg->graph, e), b = IGRAPH_TO(&agg->graph, e), k = 0;
        for (l = 0; l < L; l++) {
            if (MATRIX(res->pair_weight, e, l) > 0) {
                k++;
                res->layer[l].pairs++;
                if (a != b) {
                    MATRIX(res->degree, a, l) += 1;
                    MATRIX(res->degree, b, l) += 1;
                }
            }
        }
        VECTOR(res->multiplexity)[e] = k;
        VECTOR(res->multiplexity_count)[k]++;
    }
    res->aggregate.pairs = m;
    for (v = 0; v < n; v++) {
        double o = 0, sum = 0;
        for (l = 0; l < L; l++) {
            o += MATRIX(res->degree, v, l);
        }
        for (l = 0; l < L; l++) {
            double share = o > 0 ? MATRIX(res->degree, v, l) / o : 0;
            sum += share * share;
        }
        VECTOR(res->overlapping_degree)[v] = o;
        VECTOR(res->participation)[v] = o > 0 ? (double) L / (double) (L - 1) * (1 - sum) : NAN;
    }
    return IGRAPH_SUCCESS;
}

/* Pearson correlation from sums over k observations; NaN without variance. */
static double pearson(double k, double sx, double sy, double sxx, double syy, double sxy)
{
    double vx = k * sxx - sx * sx, vy = k * syy - sy * sy;
    if (!(k >= 2) || !(vx > 0) || !(vy > 0)) {
        return NAN;
    }
    return (k * sxy - sx * sy) / sqrt(vx * vy);
}

/* Every pair of layers: pairs in both, Jaccard, weight correlations. */
static igraph_error_t overlaps(il_layers_t *res)
{
    const il_graph_t *agg = &res->aggregate.g;
    igraph_integer_t L = res->nlayers, m = il_graph_ecount(agg), a, b, e, k = 0;
    double n = (double) il_graph_vcount(agg);
    double dyads = res->ordered_pairs ? n * (n - 1) : n * (n - 1) / 2;
    res->overlap = calloc((size_t) (L * (L - 1) / 2 + 1), sizeof *res->overlap);
    IGRAPH_CHECK_OOM(res->overlap, "Out of memory comparing layers.");
    for (a = 0; a < L; a++) {
        for (b = a + 1; b < L; b++) {
            il_layer_overlap_t *ov = &res->overlap[k++];
            double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
            double hx = 0, hy = 0, hxx = 0, hyy = 0, hxy = 0;
            ov->a = a;
            ov->b = b;
            ov->pairs_a = res->layer[a].pairs;
            ov->pairs_b = res->layer[b].pairs;
            for (e = 0; e < m; e++) {
                double x = MATRIX(res->pair_weight, e, a), y = MATRIX(res->pair_weight, e, b);
                if (IGRAPH_FROM(&agg->graph, e) == IGRAPH_TO(&agg->graph, e)) {
                    continue;   /* a self-loop is no pair of nodes */
                }
                sx += x;
                sy += y;
                sxx += x * x;
                syy += y * y;
                sxy += x * y;
                if (x > 0 && y > 0) {
                    ov->both++;
                    hx += x;
                    hy += y;
                    hxx += x * x;
                    hyy += y * y;
                    hxy += x * y;
                }
            }
            ov->jaccard = ov->pairs_a + ov->pairs_b - ov->both > 0
                          ? (double) ov->both / (double) (ov->pairs_a + ov->pairs_b - ov->both)
                          : NAN;
            ov->correlation = pearson(dyads, sx, sy, sxx, syy, sxy);
            ov->correlation_shared = pearson((double) ov->both, hx, hy, hxx, hyy, hxy);
        }
    }
    return IGRAPH_SUCCESS;
}

/* Summary, group statistics and active nodes of one layer. */
static igraph_error_t describe(il_layer_t *l, const il_layers_options_t *o)
{
    igraph_integer_t n = il_graph_vcount(&l->g), v;
    igraph_vector_int_t deg;
    IGRAPH_CHECK(il_summary(&l->g, &o->summary, &l->summary));
    IGRAPH_VECTOR_INT_INIT_FINALLY(&deg, n);
    IGRAPH_CHECK(igraph_degree(&l->g.graph, &deg, igraph_vss_all(), IGRAPH_ALL,
                               /* loops = */ 0));
    for (v = 0; v < n; v++) {
        l->active_nodes += VECTOR(deg)[v] > 0;
    }
    igraph_vector_int_destroy(&deg);
    IGRAPH_FINALLY_CLEAN(1);
    if (o->groups) {
        il_mixing_t mix;
        memset(&mix, 0, sizeof mix);
        l->has_groups = 1;
        il_ei_whole(&l->g, VECTOR(o->groups->membership), &l->ei);
        IGRAPH_CHECK(il_mixing(&l->g, o->groups, &mix));
        l->assortativity = mix.assortativity;
        l->assortativity_weighted = mix.assortativity_weighted;
        il_mixing_destroy(&mix);
    }
    return IGRAPH_SUCCESS;
}

/* The chosen centrality on one layer. */
static igraph_error_t layer_centrality(il_layer_t *l, const il_layers_options_t *o)
{
    il_centrality_options_t co = o->centrality;
    il_centrality_t c;
    il_score_t col;
    if (!il_score_parse(il_measure_name(o->measure), &col)) {
        IGRAPH_ERROR("No score column for the measure.", IGRAPH_EINVAL);
    }
    co.measures = 1u << o->measure;
    IGRAPH_CHECK(il_centrality(&l->g, &co, &c));
    IGRAPH_FINALLY(il_centrality_destroy, &c);
    IGRAPH_CHECK(igraph_vector_init_copy(&l->centrality, &c.score[col]));
    l->has_centrality = 1;
    il_centrality_destroy(&c);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_layers
 * \brief Split a graph into its layers and compare them.
 *
 * \p g must have been loaded with o->layer as its layer column (ties on
 * one pair stay apart per kind; io: il_load_options_t.layer_col). Layers
 * are the distinct values of that edge column, in byte order (two to
 * IL_LAYERS_MAX). Each layer is an aligned graph: every node of \p g and
 * the layer's ties, directed when \p g is and o->directed is NULL, else
 * directed only when o->directed names it (then \p g must be directed and
 * an undirected layer sums the two directions of a pair). The aggregate
 * sums the strengths of all layers per pair: per ordered pair when every
 * layer is directed, else per unordered pair.
 *
 * Compared as the aggregate sees pairs (ordered when every layer is
 * directed, else unordered): each layer's pairs; per pair of layers the
 * pairs tied in both, their Jaccard index, and the Pearson correlation of
 * the weights over every pair of distinct nodes (0 where untied: the QAP
 * correlation of the two weight matrices) and over the pairs tied in both;
 * per pair of nodes its multiplexity (layers tying it); per node its degree
 * in each layer k_i^l (pairs), overlapping degree o_i = sum_l k_i^l and
 * multiplex participation coefficient P_i = L/(L-1) (1 - sum_l (k_i^l /
 * o_i)^2) (Battiston, Nicosia and Latora 2014, Phys. Rev. E 89:032804;
 * NaN when o_i = 0). Each layer and the aggregate also get the summary
 * (il_summary) and, with o->groups, the E-I index and the nominal
 * assortativity of the groups; the centrality o->measure on every layer
 * (or o->on only) and the aggregate, and Spearman's rank correlation of
 * each layer's with the aggregate's.
 *
 * \param res  Zero-filled; destroy with il_layers_destroy().
 * \return IGRAPH_EINVAL: no such column, fewer than two or too many
 *         layers, an unknown directed layer or --on layer, a directed
 *         layer in an undirected graph, a measure that needs directed ties;
 *         IGRAPH_ENOMEM.
 *
 * Time complexity: O(L (n + m)) for the split and comparisons, plus L + 1
 * summaries and centralities.
 */
igraph_error_t il_layers(const il_graph_t *g, const il_layers_options_t *o, il_layers_t *res)
{
    long col = o->layer ? il_graph_eattr_find(g, o->layer) : -1;
    igraph_integer_t l;
    int all_directed = 1, on_found = o->on == NULL;

    memset(res, 0, sizeof *res);
    if (col < 0) {
        IGRAPH_ERRORF("No edge column '%s' to split layers by.", IGRAPH_EINVAL,
                      o->layer ? o->layer : "");
    }
    IGRAPH_FINALLY(layers_free, res);
    IGRAPH_CHECK(layer_names(g, (size_t) col, o->layer, res));
    IGRAPH_CHECK(layer_directions(g, o, res));
    for (l = 0; l < res->nlayers; l++) {
        all_directed &= res->layer[l].directed ? 1 : 0;
        on_found |= o->on && strcmp(o->on, res->layer[l].name) == 0;
    }
    if (!on_found) {
        char list[512];
        layer_list(res, list, sizeof list);
        IGRAPH_ERRORF("No layer '%s' to compute the centrality on; the layers of '%s' are "
                      "%s.", IGRAPH_EINVAL, o->on, o->layer, list);
    }
    for (l = 0; l < res->nlayers; l++) {
        IGRAPH_CHECK(split_layer(g, (size_t) col, &res->layer[l]));
        il_progress("splitting layers", (double) (l + 1) / (double) res->nlayers);
    }
    res->aggregate.name = strdup("(aggregate)");
    IGRAPH_CHECK_OOM(res->aggregate.name, "Out of memory splitting layers.");
    res->aggregate.directed = all_directed;
    res->ordered_pairs = all_directed;
    IGRAPH_CHECK(il_graph_merge_ties(g, all_directed, &res->aggregate.g));
    IGRAPH_CHECK(pair_weights(res));
    IGRAPH_CHECK(participation(res));
    IGRAPH_CHECK(overlaps(res));

    for (l = 0; l <= res->nlayers; l++) {
        il_layer_t *ly = l < res->nlayers ? &res->layer[l] : &res->aggregate;
        IGRAPH_CHECK(describe(ly, o));
        if (l == res->nlayers || !o->on || strcmp(o->on, ly->name) == 0) {
            IGRAPH_CHECK(layer_centrality(ly, o));
        }
    }
    res->aggregate.rank_correlation = il_spearman(&res->aggregate.centrality,
                                                  &res->aggregate.centrality,
                                                  &res->aggregate.ranked);
    for (l = 0; l < res->nlayers; l++) {
        il_layer_t *ly = &res->layer[l];
        ly->rank_correlation = NAN;
        if (ly->has_centrality) {
            ly->rank_correlation = il_spearman(&ly->centrality, &res->aggregate.centrality,
                                               &ly->ranked);
        }
    }
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
