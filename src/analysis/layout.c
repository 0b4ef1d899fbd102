/*
 * What the pictures need: seeded layouts, degree and strength, the
 * group-level graph, and the two numbers of the loose-coupling plane.
 */
#include "analysis/layout.h"
#include "analysis/centrality.h"
#include "analysis/coupling.h"
#include "analysis/partition.h"
#include "core/rng.h"
#include "core/utf8.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/** \function il_layout_name \brief The name outputs record for a layout. */
const char *il_layout_name(il_layout_kind_t kind)
{
    switch (kind) {
    case IL_LAYOUT_DRL:
        return "drl";
    case IL_LAYOUT_GEO:
        return "geo";
    case IL_LAYOUT_FR:
        return "fruchterman-reingold";
    case IL_LAYOUT_GIVEN:
        return "given";
    default:
        return "auto";
    }
}

static igraph_error_t layout_geo(const il_graph_t *g, igraph_matrix_t *xy)
{
    igraph_integer_t n = il_graph_vcount(g), v, have = 0;
    long lat = il_graph_vattr_find(g, "lat"), lon = il_graph_vattr_find(g, "lon");
    double sum = 0, scale;
    if (lat < 0 || lon < 0) {
        IGRAPH_ERROR("The geographic layout needs `lat` and `lon` node columns "
                     "(give them in the node table).", IGRAPH_EINVAL);
    }
    for (v = 0; v < n; v++) {
        double a, b;
        if (il_parse_number(il_graph_vattr_get(g, (size_t) lat, v), &a) &&
            il_parse_number(il_graph_vattr_get(g, (size_t) lon, v), &b) &&
            a >= -90 && a <= 90 && b >= -180 && b <= 180) {
            MATRIX(*xy, v, 0) = b;
            MATRIX(*xy, v, 1) = a;
            sum += a;
            have++;
        } else {
            MATRIX(*xy, v, 0) = MATRIX(*xy, v, 1) = IGRAPH_NAN;
        }
    }
    /* equirectangular projection around the mean latitude */
    scale = have > 0 ? cos(sum / (double) have * M_PI / 180.0) : 1.0;
    for (v = 0; v < n; v++) {
        MATRIX(*xy, v, 0) *= scale;
    }
    return IGRAPH_SUCCESS;
}

/* The x and y node columns as positions: 1 when every node has numbers
 * in both (then \p xy holds them), 0 otherwise. */
static int layout_given(const il_graph_t *g, igraph_matrix_t *xy)
{
    igraph_integer_t n = il_graph_vcount(g), v;
    long cx = il_graph_vattr_find(g, "x"), cy = il_graph_vattr_find(g, "y");
    if (cx < 0 || cy < 0 || n == 0) {
        return 0;
    }
    for (v = 0; v < n; v++) {
        double a, b;
        if (!il_parse_number(il_graph_vattr_get(g, (size_t) cx, v), &a) ||
            !il_parse_number(il_graph_vattr_get(g, (size_t) cy, v), &b) || !isfinite(a) ||
            !isfinite(b)) {
            return 0;
        }
        MATRIX(*xy, v, 0) = a;
        MATRIX(*xy, v, 1) = b;
    }
    return 1;
}

/**
 * \function il_layout
 * \brief Node positions from a seeded layout (y pointing up).
 *
 * AUTO takes the `x` and `y` node columns when every node has numbers in
 * both (the viz positions of a GEXF saved by Gephi: the file comes back
 * with its layout; GIVEN insists on them), else picks Fruchterman-Reingold
 * (500 iterations, tie strength as
 * attraction) up to IL_LAYOUT_FR_MAX nodes and DrL (default template,
 * tie strength as weight) above. Both draw from a generator seeded here
 * with \p seed (igraph's default generator is left as it was), so equal
 * seeds give equal pictures. GEO reads
 * the `lat` and `lon` node columns (decimal degrees); nodes without valid
 * coordinates get NaN.
 *
 * \param xy  Initialised matrix; resized to n x 2.
 * \return IGRAPH_EINVAL (geo without lat/lon columns); IGRAPH_ENOMEM.
 * Time complexity: FR O(iterations * n^2) (grid above 1000 nodes is not
 * used: DrL takes over), DrL about O(n log n) per iteration, geo O(n).
 */
igraph_error_t il_layout(const il_graph_t *g, il_layout_kind_t kind, igraph_uint_t seed,
                         igraph_matrix_t *xy, il_layout_kind_t *used)
{
    igraph_integer_t n = il_graph_vcount(g);
    il_rng_scope_t rng;
    IGRAPH_CHECK(igraph_matrix_resize(xy, n, 2));
    if ((kind == IL_LAYOUT_AUTO || kind == IL_LAYOUT_GIVEN) && layout_given(g, xy)) {
        *used = IL_LAYOUT_GIVEN;
        return IGRAPH_SUCCESS;
    }
    if (kind == IL_LAYOUT_GIVEN) {
        IGRAPH_ERROR("--layout given needs numeric `x` and `y` node columns on every node "
                     "(a GEXF saved by Gephi has them).", IGRAPH_EINVAL);
    }
    if (kind == IL_LAYOUT_AUTO) {
        kind = n <= IL_LAYOUT_FR_MAX ? IL_LAYOUT_FR : IL_LAYOUT_DRL;
    }
    *used = kind;
    if (n == 0) {
        return IGRAPH_SUCCESS;
    }
    if (kind == IL_LAYOUT_GEO) {
        return layout_geo(g, xy);
    }
    if (n == 1) {
        MATRIX(*xy, 0, 0) = MATRIX(*xy, 0, 1) = 0.0;
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(il_rng_scope_begin(&rng, seed));
    IGRAPH_FINALLY(il_rng_scope_end, &rng);
    if (kind == IL_LAYOUT_DRL) {
        igraph_layout_drl_options_t o;
        IGRAPH_CHECK(igraph_layout_drl_options_init(&o, IGRAPH_LAYOUT_DRL_DEFAULT));
        IGRAPH_CHECK(igraph_layout_drl(&g->graph, xy, /* use_seed = */ 0, &o, &g->weight));
    } else {
        IGRAPH_CHECK(igraph_layout_fruchterman_reingold(&g->graph, xy, /* use_seed = */ 0,
                     /* niter = */ 500, /* start_temp = */ sqrt((double) n),
                     IGRAPH_LAYOUT_NOGRID, &g->weight, NULL, NULL, NULL, NULL));
    }
    il_rng_scope_end(&rng);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_degree_strength
 * \brief Degree and strength of every node (directed: in + out).
 *
 * The degree and strength scores of il_centrality() (a kept self-loop
 * counts twice, as in igraph and networkx). Both vectors are resized to n.
 * \return IGRAPH_ENOMEM. Time complexity: O(n + m).
 */
igraph_error_t il_degree_strength(const il_graph_t *g, igraph_vector_t *degree,
                                  igraph_vector_t *strength)
{
    il_centrality_options_t opts = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t c;
    memset(&c, 0, sizeof c);
    opts.measures = (1u << IL_MEASURE_DEGREE) | (1u << IL_MEASURE_STRENGTH);
    IGRAPH_CHECK(il_centrality(g, &opts, &c));
    IGRAPH_FINALLY(il_centrality_destroy, &c);
    IGRAPH_CHECK(igraph_vector_update(degree, &c.score[IL_SCORE_DEGREE]));
    IGRAPH_CHECK(igraph_vector_update(strength, &c.score[IL_SCORE_STRENGTH]));
    il_centrality_destroy(&c);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_group_graph
 * \brief Contract each group to one node; ties between groups summed.
 *
 * \param out  IL_GRAPH_INIT; receives k nodes with ids = group names and
 *             node attribute `members` (group size); undirected graphs
 *             give undirected group graphs, directed ones directed.
 * \return IGRAPH_ENOMEM. Time complexity: O(n + m).
 */
igraph_error_t il_group_graph(const il_graph_t *g, const il_partition_t *p, il_graph_t *out)
{
    il_graph_builder_t *b;
    igraph_integer_t i, m = il_graph_ecount(g);
    size_t col;
    char num[32];

    IGRAPH_CHECK(il_graph_builder_new(&b, g->directed, IL_DUP_SUM, IL_LOOP_DROP));
    IGRAPH_FINALLY(il_graph_builder_free, b);
    IGRAPH_CHECK(il_graph_builder_add_vattr(b, "members", &col));
    for (i = 0; i < p->k; i++) {
        const char *name = il_partition_name(p, i);
        uint32_t v;
        IGRAPH_CHECK(il_graph_builder_add_vertex(b, name, strlen(name), &v, NULL));
        snprintf(num, sizeof num, "%" IGRAPH_PRId, VECTOR(p->size)[i]);
        IGRAPH_CHECK(il_graph_builder_set_vattr(b, col, v, num, strlen(num)));
    }
    for (i = 0; i < m; i++) {
        il_edge_outcome_t outcome;
        IGRAPH_CHECK(il_graph_builder_add_edge(b,
                     (uint32_t) VECTOR(p->membership)[IGRAPH_FROM(&g->graph, i)],
                     (uint32_t) VECTOR(p->membership)[IGRAPH_TO(&g->graph, i)],
                     VECTOR(g->weight)[i], NULL, NULL, 0, &outcome, NULL));
    }
    il_graph_builder_info(b)->self_loops_dropped = 0;  /* ties inside groups: no loading event */
    IGRAPH_CHECK(il_graph_builder_finish(b, out));
    il_graph_builder_free(b);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_plane_destroy
 * \brief Free a coupling plane; safe on a zero-filled one.
 */
void il_plane_destroy(il_plane_t *res)
{
    if (res->internal_density.stor_begin) {
        igraph_vector_destroy(&res->internal_density);
    }
    if (res->external_share.stor_begin) {
        igraph_vector_destroy(&res->external_share);
    }
    if (res->internal_weight.stor_begin) {
        igraph_vector_destroy(&res->internal_weight);
    }
    if (res->external_weight.stor_begin) {
        igraph_vector_destroy(&res->external_weight);
    }
    memset(res, 0, sizeof *res);
}

static void plane_free(void *r)
{
    il_plane_destroy((il_plane_t *) r);
}

/**
 * \function il_coupling_plane
 * \brief Internal weighted density and external share of every group.
 *
 * The plane's numbers of il_coupling() (docs/metrics-groups.md): per group
 * internal_weight = weight on ties inside, external_weight = weight on
 * ties leaving it, internal_density = its weighted density (NaN for one
 * member), external_share = its coupling share (NaN without ties). No
 * permutation test and no vertex cuts are run. \p res must be zero-filled;
 * destroy it with il_plane_destroy(). \return IGRAPH_ENOMEM.
 */
igraph_error_t il_coupling_plane(const il_graph_t *g, const il_partition_t *p,
                                 il_plane_t *res)
{
    il_coupling_options_t opts = IL_COUPLING_OPTIONS_INIT;
    il_coupling_t c;
    igraph_integer_t k = p->k, i;
    opts.permutations = 0;
    opts.cuts = 0;
    opts.null.samples = 0;      /* the numbers only: the readings are il_coupling()'s */
    memset(res, 0, sizeof *res);
    memset(&c, 0, sizeof c);
    IGRAPH_FINALLY(plane_free, res);
    IGRAPH_CHECK(igraph_vector_init(&res->internal_density, k));
    IGRAPH_CHECK(igraph_vector_init(&res->external_share, k));
    IGRAPH_CHECK(igraph_vector_init(&res->internal_weight, k));
    IGRAPH_CHECK(igraph_vector_init(&res->external_weight, k));
    IGRAPH_CHECK(il_coupling(g, p, &opts, &c));
    IGRAPH_FINALLY(il_coupling_destroy, &c);
    for (i = 0; i < k; i++) {
        VECTOR(res->internal_weight)[i] = c.group[i].ei.weight_in;
        VECTOR(res->external_weight)[i] = c.group[i].ei.weight_out;
        VECTOR(res->internal_density)[i] = c.group[i].weighted_density;
        VECTOR(res->external_share)[i] = c.group[i].coupling_share;
    }
    il_coupling_destroy(&c);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
