/*
 * The shape of a network and of each group in it (innolink structure):
 * structural hubs, Freeman degree centralization, Borgatti-Everett
 * core-periphery, k-cores, the rich club, Guimera-Amaral roles and the
 * district type of each group. docs/metrics-structure.md has every
 * definition and the peer that computes the same number.
 *
 * Every measure reads the ties as undirected (a directed input is
 * collapsed: u->v and v->u become one tie whose strength is the sum) and
 * ignores self-loops. A group's measures are computed on the subgraph
 * induced by the group, except the share of ties leaving the group and
 * the participation coefficient, which need the ties outside.
 */
#include "analysis/structure.h"
#include "analysis/partition.h"
#include "core/rng.h"
#include "core/setup.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- Roles ------------------------------------------------------------- */

/**
 * \function il_role_classify
 * \brief Guimera-Amaral role from the within-group degree z and participation P.
 *
 * Hubs have z >= 2.5: R5 provincial (P <= 0.30), R6 connector
 * (0.30 < P <= 0.75), R7 kinless (P > 0.75). Non-hubs: R1 ultra-peripheral
 * (P <= 0.05), R2 peripheral (<= 0.62), R3 connector (<= 0.80), R4 kinless.
 * Guimera & Amaral 2005, Nature 433:895-900, Fig. 2 and text.
 * \return IL_ROLE_NONE when z or P is NaN.
 */
il_role_t il_role_classify(double z, double p)
{
    if (isnan(z) || isnan(p)) {
        return IL_ROLE_NONE;
    }
    if (z >= 2.5) {
        return p <= 0.30 ? IL_ROLE_PROVINCIAL_HUB :
               (p <= 0.75 ? IL_ROLE_CONNECTOR_HUB : IL_ROLE_KINLESS_HUB);
    }
    return p <= 0.05 ? IL_ROLE_ULTRA_PERIPHERAL :
           (p <= 0.62 ? IL_ROLE_PERIPHERAL : (p <= 0.80 ? IL_ROLE_CONNECTOR : IL_ROLE_KINLESS));
}

/** \function il_role_name \brief "R1 ultra-peripheral" ... "R7 kinless hub"; "" for none. */
const char *il_role_name(il_role_t role)
{
    static const char *const names[] = {
        "", "R1 ultra-peripheral", "R2 peripheral", "R3 connector", "R4 kinless",
        "R5 provincial hub", "R6 connector hub", "R7 kinless hub"
    };
    return role <= IL_ROLE_KINLESS_HUB ? names[role] : "";
}

/* ---- The undirected view ------------------------------------------------- */

/* By the (min, max) end pair stored in keys, then by edge index. */
static int cmp_edge_key(void *ctx, const void *a, const void *b)
{
    const igraph_vector_int_t *sort_keys = ctx;
    igraph_integer_t x = *(const igraph_integer_t *) a, y = *(const igraph_integer_t *) b;
    igraph_integer_t kx = VECTOR(*sort_keys)[2 * x], ky = VECTOR(*sort_keys)[2 * y];
    if (kx != ky) {
        return kx < ky ? -1 : 1;
    }
    kx = VECTOR(*sort_keys)[2 * x + 1];
    ky = VECTOR(*sort_keys)[2 * y + 1];
    if (kx != ky) {
        return kx < ky ? -1 : 1;
    }
    return x < y ? -1 : (x > y);
}

/* One undirected tie per connected pair, strengths summed, loops dropped. */
static igraph_error_t undirected_view(const il_graph_t *g, igraph_t *u, igraph_vector_t *uw)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), e, i, kept = 0;
    igraph_vector_int_t keys, order, edges;

    IGRAPH_VECTOR_INT_INIT_FINALLY(&keys, 2 * m);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&order, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 0);
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
        VECTOR(keys)[2 * e] = a < b ? a : b;
        VECTOR(keys)[2 * e + 1] = a < b ? b : a;
        if (a != b) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&order, e));
        }
    }
    if (igraph_vector_int_size(&order) > 0) {
        igraph_qsort_r(VECTOR(order), (size_t) igraph_vector_int_size(&order),
                       sizeof(igraph_integer_t), &keys, cmp_edge_key);
    }
    IGRAPH_CHECK(igraph_vector_resize(uw, 0));
    for (i = 0; i < igraph_vector_int_size(&order); i++) {
        igraph_integer_t x = VECTOR(order)[i];
        if (kept > 0 && VECTOR(keys)[2 * x] == VECTOR(edges)[2 * kept - 2] &&
            VECTOR(keys)[2 * x + 1] == VECTOR(edges)[2 * kept - 1]) {
            VECTOR(*uw)[kept - 1] += VECTOR(g->weight)[x];
            continue;
        }
        IGRAPH_CHECK(igraph_vector_int_push_back(&edges, VECTOR(keys)[2 * x]));
        IGRAPH_CHECK(igraph_vector_int_push_back(&edges, VECTOR(keys)[2 * x + 1]));
        IGRAPH_CHECK(igraph_vector_push_back(uw, VECTOR(g->weight)[x]));
        kept++;
    }
    IGRAPH_CHECK(igraph_create(u, &edges, n, IGRAPH_UNDIRECTED));
    igraph_vector_int_destroy(&edges);
    igraph_vector_int_destroy(&order);
    igraph_vector_int_destroy(&keys);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* ---- One scope ------------------------------------------------------------ */

typedef struct scope_ctx {
    const igraph_t *u;                  /* undirected view */
    const igraph_vector_t *uw;
    const il_structure_options_t *o;
    const char *is_public;              /* per vertex, or NULL */
    il_structure_t *res;
} scope_ctx_t;

/* z-scores with the population standard deviation; 0 when it is 0. */
static void zscores(const igraph_vector_t *x, igraph_vector_t *z)
{
    igraph_integer_t n = igraph_vector_size(x), i;
    double mean = 0, var = 0;
    for (i = 0; i < n; i++) {
        mean += VECTOR(*x)[i];
    }
    mean /= (double) (n ? n : 1);
    for (i = 0; i < n; i++) {
        var += (VECTOR(*x)[i] - mean) * (VECTOR(*x)[i] - mean);
    }
    var /= (double) (n ? n : 1);
    for (i = 0; i < n; i++) {
        VECTOR(*z)[i] = var > 1e-300 ? (VECTOR(*x)[i] - mean) / sqrt(var) : 0;
    }
}

/* Degree, then strength, highest first; lower index on ties. */
static int cmp_rank(void *ctx, const void *a, const void *b)
{
    const igraph_vector_t *rank_deg = ((const igraph_vector_t *const *) ctx)[0];
    const igraph_vector_t *rank_str = ((const igraph_vector_t *const *) ctx)[1];
    igraph_integer_t x = *(const igraph_integer_t *) a, y = *(const igraph_integer_t *) b;
    double dx = VECTOR(*rank_deg)[x], dy = VECTOR(*rank_deg)[y];
    if (dx != dy) {
        return dx > dy ? -1 : 1;
    }
    dx = VECTOR(*rank_str)[x];
    dy = VECTOR(*rank_str)[y];
    if (dx != dy) {
        return dx > dy ? -1 : 1;
    }
    return x < y ? -1 : (x > y);
}

/* One scope's subgraph and its per-node working values (scope indices). */
typedef struct scope {
    igraph_vector_int_t members;        /* scope index -> vertex of the graph */
    igraph_t sub;                       /* the induced undirected subgraph */
    igraph_vector_t sw;                 /* its tie strengths */
    igraph_integer_t ns, ms, outside;   /* nodes, ties inside, ties with one end in */
    igraph_vector_t deg, str, zk, zs, cness;
    igraph_vector_int_t hub, core, kcore;
    igraph_vector_int_t order;          /* by degree, then strength, highest first */
} scope_t;

static void scope_destroy(scope_t *s)
{
    igraph_vector_int_destroy(&s->order);
    igraph_vector_int_destroy(&s->kcore);
    igraph_vector_int_destroy(&s->core);
    igraph_vector_int_destroy(&s->hub);
    igraph_vector_destroy(&s->cness);
    igraph_vector_destroy(&s->zs);
    igraph_vector_destroy(&s->zk);
    igraph_vector_destroy(&s->str);
    igraph_vector_destroy(&s->deg);
    igraph_destroy(&s->sub);
    igraph_vector_destroy(&s->sw);
    igraph_vector_int_destroy(&s->members);
}

/* The members of the scope, its induced subgraph with strengths, and the
 * count of ties leaving it. */
static igraph_error_t scope_subgraph(const scope_ctx_t *c, const char *in_scope, scope_t *s)
{
    igraph_integer_t n = igraph_vcount(c->u), m = igraph_ecount(c->u), v, e;
    igraph_vector_int_t local, sedges;

    IGRAPH_VECTOR_INT_INIT_FINALLY(&local, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&sedges, 0);
    for (v = 0; v < n; v++) {
        VECTOR(local)[v] = -1;
        if (in_scope[v]) {
            VECTOR(local)[v] = s->ns++;
            IGRAPH_CHECK(igraph_vector_int_push_back(&s->members, v));
        }
    }
    for (e = 0; e < m; e++) {
        igraph_integer_t a = VECTOR(local)[IGRAPH_FROM(c->u, e)];
        igraph_integer_t b = VECTOR(local)[IGRAPH_TO(c->u, e)];
        if (a >= 0 && b >= 0) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&sedges, a));
            IGRAPH_CHECK(igraph_vector_int_push_back(&sedges, b));
            IGRAPH_CHECK(igraph_vector_push_back(&s->sw, VECTOR(*c->uw)[e]));
            s->ms++;
        } else if (a >= 0 || b >= 0) {
            s->outside++;
        }
    }
    IGRAPH_CHECK(igraph_create(&s->sub, &sedges, s->ns, IGRAPH_UNDIRECTED));
    igraph_vector_int_destroy(&sedges);
    igraph_vector_int_destroy(&local);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* Set up the scope of the vertices with in_scope[v] != 0; on success the
 * caller destroys it with scope_destroy(). */
static igraph_error_t scope_init(const scope_ctx_t *c, const char *in_scope, scope_t *s)
{
    igraph_integer_t ns;

    memset(s, 0, sizeof *s);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&s->members, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&s->sw, 0);
    IGRAPH_CHECK(scope_subgraph(c, in_scope, s));
    IGRAPH_FINALLY(igraph_destroy, &s->sub);
    ns = s->ns;
    IGRAPH_VECTOR_INIT_FINALLY(&s->deg, ns);
    IGRAPH_VECTOR_INIT_FINALLY(&s->str, ns);
    IGRAPH_VECTOR_INIT_FINALLY(&s->zk, ns);
    IGRAPH_VECTOR_INIT_FINALLY(&s->zs, ns);
    IGRAPH_VECTOR_INIT_FINALLY(&s->cness, ns);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&s->hub, ns);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&s->core, ns);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&s->kcore, ns);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&s->order, ns);
    IGRAPH_FINALLY_CLEAN(12);
    return IGRAPH_SUCCESS;
}

static void scope_free(void *s)
{
    scope_destroy((scope_t *) s);
}

/* Size, density, the share of ties leaving, clustering and centralization. */
static igraph_error_t shape_cohesion(const scope_t *s, int is_network, il_shape_t *sh)
{
    igraph_integer_t ns = s->ns, ms = s->ms;

    sh->nodes = ns;
    sh->edges = ms;
    sh->outside_ties = is_network ? 0 : s->outside;
    sh->density = ns >= 2 ? 2.0 * (double) ms / ((double) ns * (double) (ns - 1)) : NAN;
    sh->outside_share = (!is_network && ms + s->outside > 0) ?
                        (double) s->outside / (double) (ms + s->outside) : NAN;
    if (ns > 0) {
        IGRAPH_CHECK(igraph_transitivity_avglocal_undirected(&s->sub, &sh->clustering,
                                                             IGRAPH_TRANSITIVITY_ZERO));
        IGRAPH_CHECK(igraph_transitivity_undirected(&s->sub, &sh->transitivity,
                                                    IGRAPH_TRANSITIVITY_NAN));
    } else {
        sh->clustering = sh->transitivity = NAN;
    }
    if (ns >= 3) {
        IGRAPH_CHECK(igraph_centralization_degree(&s->sub, NULL, IGRAPH_ALL,
                                                  /* loops = */ false, &sh->centralization,
                                                  NULL, /* normalized = */ true));
    } else {
        sh->centralization = NAN;
    }
    return IGRAPH_SUCCESS;
}

/* Hubs (degree or strength z >= hub_z, or the top K by degree), the top
 * hub, its dominance and the share of ties between spokes. */
static void shape_hubs(const il_structure_options_t *o, scope_t *s, il_shape_t *sh)
{
    igraph_integer_t ns = s->ns, ms = s->ms, e, i, spoke = 0, top;

    for (e = 0; e < ms; e++) {
        igraph_integer_t a = IGRAPH_FROM(&s->sub, e), b = IGRAPH_TO(&s->sub, e);
        VECTOR(s->deg)[a] += 1;
        VECTOR(s->deg)[b] += 1;
        VECTOR(s->str)[a] += VECTOR(s->sw)[e];
        VECTOR(s->str)[b] += VECTOR(s->sw)[e];
    }
    zscores(&s->deg, &s->zk);
    zscores(&s->str, &s->zs);
    for (i = 0; i < ns; i++) {
        VECTOR(s->order)[i] = i;
    }
    if (ns > 0) {
        const igraph_vector_t *by[2];
        by[0] = &s->deg;
        by[1] = &s->str;
        igraph_qsort_r(VECTOR(s->order), (size_t) ns, sizeof(igraph_integer_t), (void *) by,
                       cmp_rank);
    }
    for (i = 0; i < ns; i++) {
        igraph_integer_t x = VECTOR(s->order)[i];
        int hub = VECTOR(s->deg)[x] > 0 &&
                  (VECTOR(s->zk)[x] >= o->hub_z || VECTOR(s->zs)[x] >= o->hub_z ||
                   i < o->hub_top);
        VECTOR(s->hub)[x] = hub;
        sh->hubs += hub;
    }
    top = ns > 0 ? VECTOR(s->order)[0] : -1;
    sh->top_hub = ns > 0 && VECTOR(s->deg)[top] > 0 ? VECTOR(s->members)[top] : -1;
    /* spokes: neither a hub nor the top hub (which small groups cannot
     * lift to z >= 2.5: a star of n nodes gives its centre sqrt(n - 1)) */
    for (e = 0; e < ms; e++) {
        igraph_integer_t a = IGRAPH_FROM(&s->sub, e), b = IGRAPH_TO(&s->sub, e);
        spoke += !VECTOR(s->hub)[a] && !VECTOR(s->hub)[b] && a != top && b != top;
    }
    sh->hub_dominance = ms > 0 ? VECTOR(s->deg)[top] / (double) ms : NAN;
    sh->spoke_share = ms > 0 ? (double) spoke / (double) ms : NAN;
}

/* Designated versus structural hubs: precision, recall and Jaccard. */
static void shape_designated(const il_structure_t *res, const scope_t *s, il_shape_t *sh)
{
    igraph_integer_t both = 0, uni = 0, i;
    if (!res->has_designated) {
        sh->precision = sh->recall = sh->jaccard = NAN;
        return;
    }
    for (i = 0; i < s->ns; i++) {
        int des = VECTOR(res->designated)[VECTOR(s->members)[i]] != 0;
        int hub = VECTOR(s->hub)[i] != 0;
        sh->designated += des;
        both += des && hub;
        uni += des || hub;
    }
    sh->designated_hubs = both;
    sh->precision = sh->hubs ? (double) both / (double) sh->hubs : NAN;
    sh->recall = sh->designated ? (double) both / (double) sh->designated : NAN;
    sh->jaccard = uni ? (double) both / (double) uni : NAN;
}

/* The most central nodes: the top tenth (at least one) by degree, and how
 * many of them are public bodies. */
static void shape_central(const scope_ctx_t *c, const scope_t *s, il_shape_t *sh)
{
    igraph_integer_t ncentral = (s->ns + 9) / 10, i;
    for (i = 0; i < ncentral && i < s->ns; i++) {
        igraph_integer_t x = VECTOR(s->order)[i];
        if (VECTOR(s->deg)[x] <= 0) {
            break;
        }
        sh->central_nodes++;
        if (c->is_public && c->is_public[VECTOR(s->members)[x]]) {
            sh->central_public++;
        }
    }
}

/* Discrete and continuous core-periphery (seeded) and k-cores. */
static igraph_error_t shape_core(const il_structure_options_t *o, scope_t *s, il_shape_t *sh)
{
    il_rng_scope_t rng;
    igraph_integer_t i;

    IGRAPH_CHECK(il_rng_scope_begin(&rng, o->seed));
    IGRAPH_FINALLY(il_rng_scope_end, &rng);
    IGRAPH_CHECK(il_coreper_discrete(&s->sub, o->restarts, &s->core, &sh->cp_fit));
    il_rng_scope_end(&rng);
    IGRAPH_FINALLY_CLEAN(1);
    for (i = 0; i < s->ns; i++) {
        sh->core_size += VECTOR(s->core)[i] != 0;
    }
    if (o->skip_continuous) {
        sh->cp_continuous_fit = NAN;
        igraph_vector_fill(&s->cness, NAN);
    } else {
        IGRAPH_CHECK(il_coreper_continuous(&s->sub, 1000, &s->cness, &sh->cp_continuous_fit,
                                           &sh->cp_sweeps, &sh->cp_converged));
    }
    IGRAPH_CHECK(igraph_coreness(&s->sub, &s->kcore, IGRAPH_ALL));
    sh->max_kcore = s->ns > 0 ? igraph_vector_int_max(&s->kcore) : 0;
    return IGRAPH_SUCCESS;
}

/* The signatures of the district types, and the types read from them. */
static void shape_district(const il_structure_t *res, il_shape_t *sh)
{
    double d = sh->central_nodes > 0 ?
               (double) sh->central_public / (double) sh->central_nodes : NAN;
    sh->signs.centralization = sh->centralization;
    sh->signs.density = sh->density;
    sh->signs.transitivity = sh->transitivity;
    sh->signs.cp_fit = sh->cp_fit;
    sh->signs.hub_dominance = sh->hub_dominance;
    sh->signs.spoke_share = sh->spoke_share;
    sh->signs.outside_share = sh->outside_share;
    sh->signs.public_centre = res->has_sector ? d : NAN;
    if (sh->edges == 0) {
        il_district_signs_t none = { NAN, NAN, NAN, NAN, NAN, NAN, sh->outside_share, NAN };
        sh->signs = none;
    }
    il_district_classify(&sh->signs, &sh->district);
}

/* Per-node values of the scope, at the graph's indices. */
static void scope_write(const scope_t *s, il_structure_t *res)
{
    igraph_integer_t i, v;
    for (i = 0; i < s->ns; i++) {
        v = VECTOR(s->members)[i];
        VECTOR(res->group_degree)[v] = VECTOR(s->deg)[i];
        VECTOR(res->group_strength)[v] = VECTOR(s->str)[i];
        VECTOR(res->degree_z)[v] = VECTOR(s->zk)[i];
        VECTOR(res->strength_z)[v] = VECTOR(s->zs)[i];
        VECTOR(res->hub)[v] = VECTOR(s->hub)[i];
        VECTOR(res->core)[v] = VECTOR(s->core)[i];
        VECTOR(res->coreness)[v] = VECTOR(s->cness)[i];
        VECTOR(res->kcore)[v] = VECTOR(s->kcore)[i];
    }
}

/* The readings before any test: indeterminate, no sensitivity line. */
static void unread(il_shape_t *sh)
{
    int i;
    sh->district_reading = -1;
    snprintf(sh->district_why, sizeof sh->district_why, "no null test was run");
    sh->cp_reading = 0;
    snprintf(sh->cp_why, sizeof sh->cp_why, "no null test was run");
    for (i = 0; i < IL_DISTRICT_SENSITIVITY; i++) {
        sh->sensitivity[i] = -2;
    }
}

/*
 * Measure one scope: \p in_scope[v] != 0 for its vertices. When \p write is
 * set, per-node values go to the result vectors at the graph's indices.
 */
static igraph_error_t scope_shape(const scope_ctx_t *c, const char *in_scope, int is_network,
                                  int write, il_shape_t *sh)
{
    scope_t s;

    memset(sh, 0, sizeof *sh);
    IGRAPH_CHECK(scope_init(c, in_scope, &s));
    IGRAPH_FINALLY(scope_free, &s);
    IGRAPH_CHECK(shape_cohesion(&s, is_network, sh));
    shape_hubs(c->o, &s, sh);
    shape_designated(c->res, &s, sh);
    shape_central(c, &s, sh);
    IGRAPH_CHECK(shape_core(c->o, &s, sh));
    if (write) {
        scope_write(&s, c->res);
    }
    shape_district(c->res, sh);
    unread(sh);
    scope_destroy(&s);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* ---- The whole analysis --------------------------------------------------- */

/* Is \p value one of the comma-separated \p list (ASCII case-insensitive)? */
static int in_list(const char *value, const char *list)
{
    size_t len = strlen(value);
    const char *p = list;
    if (len == 0) {
        return 0;
    }
    while (*p) {
        const char *end = strchr(p, ',');
        size_t l = end ? (size_t) (end - p) : strlen(p), i;
        if (l == len) {
            for (i = 0; i < l; i++) {
                if (tolower((unsigned char) p[i]) != tolower((unsigned char) value[i])) {
                    break;
                }
            }
            if (i == l) {
                return 1;
            }
        }
        if (!end) {
            break;
        }
        p = end + 1;
    }
    return 0;
}

static void structure_free(il_structure_t *r)
{
    il_structure_destroy(r);
}

/**
 * \function il_structure
 * \brief The shape of the network and of each group: hubs, centralization,
 *        core-periphery, k-cores, rich club, roles and district types.
 *
 * \param g   The graph; ties read as undirected, loops ignored.
 * \param o   Options (IL_STRUCTURE_OPTIONS_INIT); o->group_attr groups the
 *            nodes; o->designated_attr / _value mark designated hubs (value
 *            NULL: any non-empty value but 0, false or no); the sector
 *            attribute is used when the graph has it.
 * \param res Uninitialised; destroy with il_structure_destroy() after
 *            success (nothing to free on error).
 * \return IGRAPH_EINVAL: an unknown group or designated attribute, an empty
 *         group value under IL_EMPTY_ERROR, restarts < 1; IGRAPH_ENOMEM.
 *
 * Time complexity: O(R P n^2) for the core-periphery search (R starts of
 * P passes; n the largest scope) plus O(Q (t m + n)) for Q rewirings.
 */
igraph_error_t il_structure(const il_graph_t *g, const il_structure_options_t *o,
                            il_structure_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), v, k;
    igraph_t u;
    igraph_vector_t uw;
    char *in_scope = NULL, *is_public = NULL;
    scope_ctx_t ctx;
    il_rng_scope_t rng;
    long scol = -1, dcol = -1;

    memset(res, 0, sizeof *res);
    if (o->restarts < 1) {
        IGRAPH_ERROR("Core-periphery search needs at least one start.", IGRAPH_EINVAL);
    }
    if (o->designated_attr) {
        dcol = il_graph_vattr_find(g, o->designated_attr);
        if (dcol < 0) {
            IGRAPH_ERRORF("Node attribute '%s' (for designated hubs) not found; "
                          "give a node table with that column.", IGRAPH_EINVAL,
                          o->designated_attr);
        }
    }
    res->n = n;
    res->directed_input = g->directed;
    res->live = 1;      /* every member is zeroed: destroying is safe from here */
    IGRAPH_FINALLY(structure_free, res);
    IGRAPH_CHECK(igraph_vector_init(&res->degree, n));
    IGRAPH_CHECK(igraph_vector_init(&res->strength, n));
    IGRAPH_CHECK(igraph_vector_init(&res->group_degree, n));
    IGRAPH_CHECK(igraph_vector_init(&res->group_strength, n));
    IGRAPH_CHECK(igraph_vector_init(&res->degree_z, n));
    IGRAPH_CHECK(igraph_vector_init(&res->strength_z, n));
    IGRAPH_CHECK(igraph_vector_init(&res->coreness, n));
    IGRAPH_CHECK(igraph_vector_init(&res->participation, n));
    IGRAPH_CHECK(igraph_vector_int_init(&res->hub, n));
    IGRAPH_CHECK(igraph_vector_int_init(&res->core, n));
    IGRAPH_CHECK(igraph_vector_int_init(&res->kcore, n));
    IGRAPH_CHECK(igraph_vector_int_init(&res->designated, n));
    IGRAPH_CHECK(igraph_vector_int_init(&res->role, n));
    IGRAPH_CHECK(il_rich_club_init(&res->rich_club));

    if (o->group_attr) {
        il_partition_t part;
        IGRAPH_CHECK(il_partition_from_attr(g, o->group_attr, o->empty, &part));
        res->part = part;
        res->grouped = 1;
    }
    if (dcol >= 0) {
        res->has_designated = 1;
        for (v = 0; v < n; v++) {
            const char *val = il_graph_vattr_get(g, (size_t) dcol, v);
            VECTOR(res->designated)[v] = o->designated_value ?
                                         strcmp(val, o->designated_value) == 0 :
                                         val[0] != '\0' && !in_list(val, "0,false,no");
        }
    }

    IGRAPH_VECTOR_INIT_FINALLY(&uw, 0);
    IGRAPH_CHECK(undirected_view(g, &u, &uw));
    IGRAPH_FINALLY(igraph_destroy, &u);
    in_scope = IGRAPH_CALLOC(n > 0 ? n : 1, char);
    IGRAPH_CHECK_OOM(in_scope, "Out of memory.");
    IGRAPH_FINALLY(igraph_free, in_scope);
    is_public = IGRAPH_CALLOC(n > 0 ? n : 1, char);
    IGRAPH_CHECK_OOM(is_public, "Out of memory.");
    IGRAPH_FINALLY(igraph_free, is_public);

    if (o->sector_attr && (scol = il_graph_vattr_find(g, o->sector_attr)) >= 0) {
        res->has_sector = 1;
        for (v = 0; v < n; v++) {
            is_public[v] = (char) in_list(il_graph_vattr_get(g, (size_t) scol, v),
                                          o->public_sectors ? o->public_sectors : "");
        }
    }
    for (k = 0; k < igraph_ecount(&u); k++) {
        VECTOR(res->degree)[IGRAPH_FROM(&u, k)] += 1;
        VECTOR(res->degree)[IGRAPH_TO(&u, k)] += 1;
    }
    IGRAPH_CHECK(igraph_strength(&u, &res->strength, igraph_vss_all(), IGRAPH_ALL,
                                 IGRAPH_NO_LOOPS, &uw));

    ctx.u = &u;
    ctx.uw = &uw;
    ctx.o = o;
    ctx.is_public = res->has_sector ? is_public : NULL;
    ctx.res = res;
    memset(in_scope, 1, (size_t) n);
    IGRAPH_CHECK(scope_shape(&ctx, in_scope, 1, !res->grouped, &res->network));
    if (res->grouped) {
        res->group = IGRAPH_CALLOC(res->part.k > 0 ? res->part.k : 1, il_shape_t);
        IGRAPH_CHECK_OOM(res->group, "Out of memory.");
        for (k = 0; k < res->part.k; k++) {
            for (v = 0; v < n; v++) {
                in_scope[v] = VECTOR(res->part.membership)[v] == k;
            }
            IGRAPH_CHECK(scope_shape(&ctx, in_scope, 0, 1, &res->group[k]));
            il_progress("groups", (double) (k + 1) / (double) res->part.k);
        }
        IGRAPH_CHECK(il_participation(g, &res->part, /* weighted = */ 0, &res->participation));
    }
    for (v = 0; v < n; v++) {
        VECTOR(res->role)[v] = il_role_classify(VECTOR(res->degree_z)[v],
                                                VECTOR(res->participation)[v]);
    }
    IGRAPH_CHECK(il_rng_scope_begin(&rng, o->seed));
    IGRAPH_FINALLY(il_rng_scope_end, &rng);
    IGRAPH_CHECK(il_rich_club(&u, o->rewirings, o->rewire_trials, &res->rich_club));
    il_rng_scope_end(&rng);
    IGRAPH_FINALLY_CLEAN(1);

    IGRAPH_FREE(is_public);
    IGRAPH_FREE(in_scope);
    igraph_destroy(&u);
    igraph_vector_destroy(&uw);
    IGRAPH_FINALLY_CLEAN(5);
    return IGRAPH_SUCCESS;
}

/** \function il_structure_destroy \brief Free a structure result; safe on a zeroed one. */
void il_structure_destroy(il_structure_t *r)
{
    if (!r->live) {
        return;
    }
    igraph_vector_destroy(&r->degree);
    igraph_vector_destroy(&r->strength);
    igraph_vector_destroy(&r->group_degree);
    igraph_vector_destroy(&r->group_strength);
    igraph_vector_destroy(&r->degree_z);
    igraph_vector_destroy(&r->strength_z);
    igraph_vector_destroy(&r->coreness);
    igraph_vector_destroy(&r->participation);
    igraph_vector_int_destroy(&r->hub);
    igraph_vector_int_destroy(&r->core);
    igraph_vector_int_destroy(&r->kcore);
    igraph_vector_int_destroy(&r->designated);
    igraph_vector_int_destroy(&r->role);
    il_rich_club_destroy(&r->rich_club);
    il_partition_destroy(&r->part);
    IGRAPH_FREE(r->group);
    r->live = 0;
}

/** The hub thresholds of the sensitivity line (--hub-z). */
const double il_district_hub_z[IL_DISTRICT_SENSITIVITY] = { 1, 1.5, 2, 2.5, 3 };

/**
 * \function il_structure_sensitivity
 * \brief How the best district type of every scope moves with the hub
 *        threshold: the analysis rerun (without the rich club) at each
 *        --hub-z of il_district_hub_z[], the best type kept in each
 *        shape's sensitivity[] (untested).
 *
 * \param o   The options \p res was computed with.
 * \return What il_structure() returns.
 *
 * Time complexity: IL_DISTRICT_SENSITIVITY times that of il_structure().
 */
igraph_error_t il_structure_sensitivity(const il_graph_t *g, const il_structure_options_t *o,
                                        il_structure_t *res)
{
    il_structure_options_t so = *o;
    int i;
    igraph_integer_t k;
    so.rewirings = 0;
    so.skip_continuous = 1;
    so.designated_attr = NULL;
    so.designated_value = NULL;
    for (i = 0; i < IL_DISTRICT_SENSITIVITY; i++) {
        il_structure_t s;
        so.hub_z = il_district_hub_z[i];
        IGRAPH_CHECK(il_structure(g, &so, &s));
        res->network.sensitivity[i] = s.network.district.best;
        for (k = 0; res->grouped && k < res->part.k && k < s.part.k; k++) {
            res->group[k].sensitivity[i] = s.group[k].district.best;
        }
        il_structure_destroy(&s);
    }
    return IGRAPH_SUCCESS;
}
