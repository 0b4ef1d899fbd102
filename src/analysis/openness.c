/*
 * Openness of regions: where each tie goes, seen from the regions (--by)
 * and wider areas (--scope) of its two ends, summed per region, per area,
 * per actor and for the network; and how ties thin out with distance when
 * nodes carry coordinates. docs/metrics-openness.md.
 */
#include "analysis/openness.h"
#include "core/setup.h"
#include "core/utf8.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EARTH_RADIUS_KM 6371.0088   /* IUGG mean radius */

/**
 * \function il_great_circle_km
 * \brief Great-circle distance in km (haversine formula).
 *
 * d = 2 R asin(sqrt(sin^2((phi2 - phi1)/2) + cos phi1 cos phi2 sin^2((l2 - l1)/2))),
 * R = 6371.0088 km. Time complexity: O(1).
 */
double il_great_circle_km(double lat1, double lon1, double lat2, double lon2)
{
    const double rad = M_PI / 180.0;
    double dphi = (lat2 - lat1) * rad, dl = (lon2 - lon1) * rad;
    double s1 = sin(dphi / 2), s2 = sin(dl / 2);
    double h = s1 * s1 + cos(lat1 * rad) * cos(lat2 * rad) * s2 * s2;
    if (h > 1) {
        h = 1;      /* rounding near antipodes */
    }
    return 2 * EARTH_RADIUS_KM * asin(sqrt(h));
}

/**
 * \function il_openness_parse_bands
 * \brief Parse comma-separated increasing band bounds in km.
 *
 * "10,50,100" makes the bands 0-10, 10-50, 50-100 and 100 or more.
 * \return 1 and the bounds in \p o; 0 with what was expected in \p why.
 */
int il_openness_parse_bands(const char *text, il_openness_options_t *o, char *why,
                            size_t size)
{
    const char *p = text;
    int n = 0;
    while (1) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t) (end - p) : strlen(p);
        char buf[64];
        double x;
        if (len == 0 || len >= sizeof buf || n >= IL_OPENNESS_MAX_BANDS) {
            break;
        }
        memcpy(buf, p, len);
        buf[len] = '\0';
        if (!il_parse_number(buf, &x) || !(x > 0) || !isfinite(x) ||
            (n > 0 && x <= o->bands[n - 1])) {
            break;
        }
        o->bands[n++] = x;
        if (!end) {
            o->nbands = n;
            return 1;
        }
        p = end + 1;
    }
    snprintf(why, size, "expected up to %d increasing distances in km above 0, separated "
             "by commas (e.g. %s), not '%s'", IL_OPENNESS_MAX_BANDS, IL_OPENNESS_DEFAULT_BANDS,
             text);
    return 0;
}

/**
 * \function il_openness_destroy
 * \brief Free an openness result; safe on a zero-filled one.
 */
void il_openness_destroy(il_openness_t *res)
{
    free(res->region);
    free(res->scope);
    free(res->node);
    free(res->band);
    memset(res, 0, sizeof *res);
}

static void openness_free(void *res)
{
    il_openness_destroy((il_openness_t *) res);
}

/* The value id of node v in column col (0: empty or no column). */
static uint32_t value_of(const il_graph_t *g, long col, igraph_integer_t v)
{
    return col < 0 ? 0 : g->vattr.col[col].idx[v];
}

/* Where the tie u-v goes (il_open_class_t). */
static il_open_class_t tie_class(const il_graph_t *g, const il_openness_t *o,
                                 igraph_integer_t u, igraph_integer_t v)
{
    uint32_t ru = value_of(g, o->region_col, u), rv = value_of(g, o->region_col, v);
    if (o->has_scope) {
        uint32_t cu = value_of(g, o->scope_col, u), cv = value_of(g, o->scope_col, v);
        if (!cu || !cv) {
            return IL_OPEN_UNKNOWN;
        }
        if (cu != cv) {
            return IL_OPEN_ABROAD;
        }
        if (!ru || !rv) {
            return IL_OPEN_UNPLACED;
        }
        return ru == rv ? IL_OPEN_INSIDE : IL_OPEN_NATIONAL;
    }
    if (!ru || !rv) {
        return IL_OPEN_UNKNOWN;
    }
    return ru == rv ? IL_OPEN_INSIDE : IL_OPEN_NATIONAL;
}

static void row_add(il_openness_row_t *r, il_open_class_t c, double w)
{
    r->ties[c] += 1;
    r->weight[c] += w;
}

static double ei(double e, double i)
{
    return e + i > 0 ? (e - i) / (e + i) : NAN;
}

/* Totals, shares and E-I of a row from its counts. */
static void row_finish(il_openness_row_t *r, int has_scope)
{
    int c;
    r->ties_total = r->weight_total = 0;
    for (c = 0; c < IL_OPEN_CLASSES; c++) {
        r->ties_total += r->ties[c];
        r->weight_total += r->weight[c];
    }
    for (c = 0; c < IL_OPEN_CLASSES; c++) {
        r->share[c] = r->ties_total > 0 ? r->ties[c] / r->ties_total : NAN;
        r->weight_share[c] = r->weight_total > 0 ? r->weight[c] / r->weight_total : NAN;
    }
    r->ei_region = ei(r->ties[IL_OPEN_NATIONAL] + r->ties[IL_OPEN_ABROAD],
                      r->ties[IL_OPEN_INSIDE]);
    r->ei_region_weighted = ei(r->weight[IL_OPEN_NATIONAL] + r->weight[IL_OPEN_ABROAD],
                               r->weight[IL_OPEN_INSIDE]);
    if (has_scope) {
        r->ei_scope = ei(r->ties[IL_OPEN_ABROAD], r->ties[IL_OPEN_INSIDE] +
                         r->ties[IL_OPEN_NATIONAL] + r->ties[IL_OPEN_UNPLACED]);
        r->ei_scope_weighted = ei(r->weight[IL_OPEN_ABROAD], r->weight[IL_OPEN_INSIDE] +
                                  r->weight[IL_OPEN_NATIONAL] + r->weight[IL_OPEN_UNPLACED]);
    } else {
        r->ei_scope = r->ei_scope_weighted = NAN;
    }
}

/* Sorting places: by scope value, then region value, in byte order. */
typedef struct place_sort {
    const il_graph_t *g;
    long scope_col, region_col;
} place_sort_t;

static int cmp_place(void *ctx, const void *a, const void *b)
{
    const place_sort_t *s = ctx;
    igraph_integer_t u = *(const igraph_integer_t *) a, v = *(const igraph_integer_t *) b;
    int c = 0;
    if (s->scope_col >= 0) {
        c = strcmp(il_graph_vattr_get(s->g, (size_t) s->scope_col, u),
                   il_graph_vattr_get(s->g, (size_t) s->scope_col, v));
    }
    if (c == 0 && s->region_col >= 0) {
        c = strcmp(il_graph_vattr_get(s->g, (size_t) s->region_col, u),
                   il_graph_vattr_get(s->g, (size_t) s->region_col, v));
    }
    return c != 0 ? c : (u > v) - (u < v);
}

/* Number the distinct (scope, region) values of the nodes that have one
 * (region_col < 0: scope values alone) into *places; place[v] = index or -1. */
static igraph_error_t number_places(const il_graph_t *g, long scope_col, long region_col,
                                    il_openness_place_t **places, igraph_integer_t *nplaces,
                                    igraph_vector_int_t *place)
{
    igraph_integer_t n = il_graph_vcount(g), v, i, k = 0, cnt = 0;
    long key_col = region_col >= 0 ? region_col : scope_col;
    igraph_vector_int_t order;
    place_sort_t ctx = { g, scope_col, region_col };

    IGRAPH_VECTOR_INT_INIT_FINALLY(&order, 0);
    for (v = 0; v < n; v++) {
        VECTOR(*place)[v] = -1;
        if (value_of(g, key_col, v)) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&order, v));
        }
    }
    cnt = igraph_vector_int_size(&order);
    igraph_qsort_r(VECTOR(order), (size_t) cnt, sizeof(igraph_integer_t), &ctx, cmp_place);
    *places = calloc((size_t) (cnt > 0 ? cnt : 1), sizeof **places);
    IGRAPH_CHECK_OOM(*places, "Out of memory numbering the regions.");
    for (i = 0; i < cnt; i++) {
        igraph_integer_t u = VECTOR(order)[i];
        uint32_t s = value_of(g, scope_col, u);
        uint32_t r = region_col >= 0 ? value_of(g, region_col, u) : 0;
        if (k == 0 || (*places)[k - 1].scope != s || (*places)[k - 1].region != r) {
            (*places)[k].scope = s;
            (*places)[k].region = r;
            k++;
        }
        (*places)[k - 1].nodes++;
        VECTOR(*place)[u] = k - 1;
    }
    *nplaces = k;
    igraph_vector_int_destroy(&order);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Add tie e of class c to the rows of both ends' places (once when they
 * share a place). */
static void places_add(il_openness_place_t *places, const igraph_vector_int_t *place,
                       igraph_integer_t u, igraph_integer_t v, il_open_class_t c, double w)
{
    igraph_integer_t pu = VECTOR(*place)[u], pv = VECTOR(*place)[v];
    if (pu >= 0) {
        row_add(&places[pu].row, c, w);
    }
    if (pv >= 0 && pv != pu) {
        row_add(&places[pv].row, c, w);
    }
}

/* The column called name (required: an error naming it when absent). */
static igraph_error_t find_column(const il_graph_t *g, const char *name, const char *option,
                                  long *col)
{
    *col = il_graph_vattr_find(g, name);
    if (*col < 0) {
        if (g->vattr.ncol == 0) {
            IGRAPH_ERRORF("No node attribute '%s' (%s): openness needs a node table (--nodes) "
                          "with that column.", IGRAPH_EINVAL, name, option);
        }
        IGRAPH_ERRORF("No node attribute '%s' (%s) in the node table.", IGRAPH_EINVAL, name,
                      option);
    }
    return IGRAPH_SUCCESS;
}

/* The coordinate columns: those named, or lat and lon when both exist. */
static igraph_error_t find_coords(const il_graph_t *g, const il_openness_options_t *o,
                                  il_openness_t *res)
{
    res->lat_col = res->lon_col = -1;
    if (o->lat_attr || o->lon_attr) {
        IGRAPH_CHECK(find_column(g, o->lat_attr ? o->lat_attr : "lat", "--lat", &res->lat_col));
        IGRAPH_CHECK(find_column(g, o->lon_attr ? o->lon_attr : "lon", "--lon", &res->lon_col));
    } else {
        res->lat_col = il_graph_vattr_find(g, "lat");
        res->lon_col = il_graph_vattr_find(g, "lon");
        if (res->lat_col < 0 || res->lon_col < 0) {
            res->lat_col = res->lon_col = -1;
        }
    }
    res->has_coords = res->lat_col >= 0;
    return IGRAPH_SUCCESS;
}

/* Coordinates of every node: has[v] = 1 when lat and lon are numbers in
 * range (lat in [-90, 90], lon in [-180, 180]). */
static void read_coords(const il_graph_t *g, const il_openness_t *res, double *lat,
                        double *lon, char *has)
{
    igraph_integer_t v, n = il_graph_vcount(g);
    for (v = 0; v < n; v++) {
        has[v] = il_parse_number(il_graph_vattr_get(g, (size_t) res->lat_col, v), &lat[v]) &&
                 il_parse_number(il_graph_vattr_get(g, (size_t) res->lon_col, v), &lon[v]) &&
                 fabs(lat[v]) <= 90 && fabs(lon[v]) <= 180;
    }
}

/* The band of distance d: the first whose upper bound exceeds d. */
static int band_of(const il_openness_t *res, double d)
{
    int lo = 0, hi = res->nbands - 1;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (d < res->band[mid].hi) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

/* Least squares of y on x over n points. */
static void fit_line(const double *x, const double *y, igraph_integer_t n, il_decay_fit_t *f)
{
    double mx = 0, my = 0, sxx = 0, sxy = 0, syy = 0;
    igraph_integer_t i;
    f->points = n;
    f->slope = f->intercept = f->r2 = NAN;
    if (n < 2) {
        return;
    }
    for (i = 0; i < n; i++) {
        mx += x[i];
        my += y[i];
    }
    mx /= (double) n;
    my /= (double) n;
    for (i = 0; i < n; i++) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (!(sxx > 0)) {
        return;
    }
    f->slope = sxy / sxx;
    f->intercept = my - f->slope * mx;
    f->r2 = syy > 0 ? sxy * sxy / (sxx * syy) : NAN;
}

/* The two decay fits over the bands with ties, pairs and a distance. */
static void fit_decay(il_openness_t *res)
{
    double x[IL_OPENNESS_MAX_BANDS + 1], y[IL_OPENNESS_MAX_BANDS + 1];
    double yw[IL_OPENNESS_MAX_BANDS + 1];
    igraph_integer_t k = 0;
    int b;
    for (b = 0; b < res->nbands; b++) {
        const il_openness_band_t *bd = &res->band[b];
        if (bd->ties > 0 && bd->pairs > 0 && bd->pair_distance > 0) {
            x[k] = log(bd->pair_distance);
            y[k] = log(bd->probability);
            yw[k] = log(bd->weight_per_pair);
            k++;
        }
    }
    fit_line(x, y, k, &res->decay);
    fit_line(x, yw, k, &res->decay_weighted);
}

/* Distance bands, tie distances, node pairs by band and the decay fits. */
static igraph_error_t openness_distance(const il_graph_t *g, const il_openness_options_t *o,
                                        il_openness_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), e, u, v;
    double *lat, *lon, *pair_dsum, sum_d = 0, sum_wd = 0, sum_w = 0, cn;
    char *has;
    int b, nb = o->nbands > 0 ? o->nbands : 5;
    static const double defaults[] = { 10, 50, 100, 500, 1000 };

    res->nbands = nb + 1;
    res->band = calloc((size_t) res->nbands, sizeof *res->band);
    IGRAPH_CHECK_OOM(res->band, "Out of memory for the distance bands.");
    for (b = 0; b < res->nbands; b++) {
        res->band[b].lo = b == 0 ? 0 : (o->nbands > 0 ? o->bands[b - 1] : defaults[b - 1]);
        res->band[b].hi = b == nb ? INFINITY : (o->nbands > 0 ? o->bands[b] : defaults[b]);
    }
    lat = calloc((size_t) (2 * n + res->nbands + 1), sizeof *lat);
    IGRAPH_CHECK_OOM(lat, "Out of memory reading coordinates.");
    IGRAPH_FINALLY(igraph_free, lat);
    lon = lat + n;
    pair_dsum = lon + n;
    has = calloc((size_t) (n > 0 ? n : 1), 1);
    IGRAPH_CHECK_OOM(has, "Out of memory reading coordinates.");
    IGRAPH_FINALLY(igraph_free, has);
    read_coords(g, res, lat, lon, has);
    for (v = 0; v < n; v++) {
        res->nodes_with_coords += has[v];
    }

    for (e = 0; e < m; e++) {
        double d, w = VECTOR(g->weight)[e];
        u = IGRAPH_FROM(&g->graph, e);
        v = IGRAPH_TO(&g->graph, e);
        if (u == v || !has[u] || !has[v]) {
            continue;
        }
        d = il_great_circle_km(lat[u], lon[u], lat[v], lon[v]);
        b = band_of(res, d);
        res->band[b].ties += 1;
        res->band[b].weight += w;
        res->band[b].tie_distance += d;
        res->ties_with_distance += 1;
        sum_d += d;
        sum_wd += w * d;
        sum_w += w;
    }
    res->mean_tie_distance = res->ties_with_distance > 0 ? sum_d / res->ties_with_distance : NAN;
    res->mean_tie_distance_weighted = sum_w > 0 ? sum_wd / sum_w : NAN;

    cn = (double) res->nodes_with_coords;
    res->pairs_with_coords = cn * (cn - 1) / 2 * (g->directed ? 2 : 1);
    res->pairs_counted = res->pairs_with_coords <= o->max_pairs;
    if (res->pairs_counted) {
        for (u = 0; u < n; u++) {
            if (!has[u]) {
                continue;
            }
            for (v = u + 1; v < n; v++) {
                double d;
                if (!has[v]) {
                    continue;
                }
                d = il_great_circle_km(lat[u], lon[u], lat[v], lon[v]);
                b = band_of(res, d);
                res->band[b].pairs += 1;
                pair_dsum[b] += d;
            }
            if ((u & 255) == 0) {
                il_progress("openness pairs", (double) u / (double) n);
            }
        }
        il_progress("openness pairs", 1.0);
    }
    for (b = 0; b < res->nbands; b++) {
        il_openness_band_t *bd = &res->band[b];
        double pairs = bd->pairs * (g->directed ? 2 : 1);
        bd->tie_distance = bd->ties > 0 ? bd->tie_distance / bd->ties : NAN;
        if (!res->pairs_counted) {
            bd->pairs = bd->pair_distance = bd->probability = bd->weight_per_pair = NAN;
            continue;
        }
        bd->pair_distance = bd->pairs > 0 ? pair_dsum[b] / bd->pairs : NAN;
        bd->pairs = pairs;
        bd->probability = pairs > 0 ? bd->ties / pairs : NAN;
        bd->weight_per_pair = pairs > 0 ? bd->weight / pairs : NAN;
    }
    fit_decay(res);
    igraph_free(has);
    igraph_free(lat);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_openness
 * \brief Where the ties of every region, area and actor go.
 *
 * Each tie is classed by its two ends (il_open_class_t): inside one region,
 * national (another region of the same --scope value), national with a
 * region missing, abroad (another scope value) or unknown (a scope
 * missing); without a scope: inside, outside (another region) or unknown (a
 * region missing). A region's row counts the ties with at least one end in
 * it, once each; so does an area's row and an actor's. Direction is
 * ignored: an arc counts for the places of both ends. Self-loops are
 * skipped. With coordinates (`lat`, `lon` in decimal degrees, or --lat and
 * --lon), the ties and node pairs are counted by great-circle distance
 * band and ln(ties / pairs) and ln(weight / pairs) are fitted against ln of
 * the band's mean pair distance (docs/metrics-openness.md).
 *
 * \param res  Uninitialised; destroy with il_openness_destroy().
 * \return IGRAPH_EINVAL naming a missing column or when no node has a
 *         region; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n log n + m), plus O(n_c^2) for the node pairs when n_c
 * nodes have coordinates (skipped above max_pairs pairs).
 */
igraph_error_t il_openness(const il_graph_t *g, const il_openness_options_t *o,
                           il_openness_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), e, u, v, i;
    igraph_vector_int_t region_of, scope_of;

    memset(res, 0, sizeof *res);
    IGRAPH_FINALLY(openness_free, res);
    res->n = n;
    res->directed = g->directed;
    res->scope_col = -1;
    if (!o->region_attr || !o->region_attr[0]) {
        IGRAPH_ERROR("Openness needs the region column (--by).", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(find_column(g, o->region_attr, "--by", &res->region_col));
    if (o->scope_attr) {
        IGRAPH_CHECK(find_column(g, o->scope_attr, "--scope", &res->scope_col));
        res->has_scope = 1;
    }
    IGRAPH_CHECK(find_coords(g, o, res));

    IGRAPH_VECTOR_INT_INIT_FINALLY(&region_of, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&scope_of, n);
    IGRAPH_CHECK(number_places(g, res->scope_col, res->region_col, &res->region,
                               &res->nregions, &region_of));
    if (res->nregions == 0) {
        IGRAPH_ERRORF("No node has a value of '%s' (--by): openness needs regions.",
                      IGRAPH_EINVAL, o->region_attr);
    }
    if (res->has_scope) {
        IGRAPH_CHECK(number_places(g, res->scope_col, -1, &res->scope, &res->nscopes,
                                   &scope_of));
    }
    res->node = calloc((size_t) (n > 0 ? n : 1), sizeof *res->node);
    IGRAPH_CHECK_OOM(res->node, "Out of memory for the openness of every node.");

    for (e = 0; e < m; e++) {
        double w = VECTOR(g->weight)[e];
        il_open_class_t c;
        u = IGRAPH_FROM(&g->graph, e);
        v = IGRAPH_TO(&g->graph, e);
        if (u == v) {
            continue;
        }
        c = tie_class(g, res, u, v);
        row_add(&res->network, c, w);
        row_add(&res->node[u], c, w);
        row_add(&res->node[v], c, w);
        places_add(res->region, &region_of, u, v, c, w);
        if (res->has_scope) {
            places_add(res->scope, &scope_of, u, v, c, w);
        }
    }
    row_finish(&res->network, res->has_scope);
    for (i = 0; i < res->nregions; i++) {
        row_finish(&res->region[i].row, res->has_scope);
    }
    for (i = 0; i < res->nscopes; i++) {
        row_finish(&res->scope[i].row, res->has_scope);
    }
    for (v = 0; v < n; v++) {
        row_finish(&res->node[v], res->has_scope);
    }
    igraph_vector_int_destroy(&scope_of);
    igraph_vector_int_destroy(&region_of);
    IGRAPH_FINALLY_CLEAN(2);

    if (res->has_coords) {
        IGRAPH_CHECK(openness_distance(g, o, res));
    }
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
