/*
 * Triple-Helix synergy: Leydesdorff's mutual information in three
 * dimensions,
 *
 *   T(UIG) = H_U + H_I + H_G - H_UI - H_UG - H_IG + H_UIG   (bits),
 *
 * of the distribution of units over the eight combinations of "a
 * university is present", "a firm is present", "a government body is
 * present" (Leydesdorff 2003, Scientometrics 58(2): 445-467; Park &
 * Leydesdorff 2010, Research Policy 39(5): 640-649). Unlike mutual
 * information in two dimensions, T can be negative: a negative value is a
 * reduction of uncertainty that no pair of the three explains, read as
 * synergy among them. docs/metrics-groups.md says which units innolink
 * counts and which sector values map to U, I and G.
 */
#include "analysis/helix.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

/* ---- The mapping ----------------------------------------------------------- */

/* 1 when \p value is one of the comma-separated names of \p list (ASCII
 * case ignored, blanks around a name ignored). */
static int in_list(const char *value, const char *list)
{
    size_t vlen = strlen(value);
    const char *p = list;
    while (*p) {
        const char *end = strchr(p, ',');
        const char *a = p, *b = end ? end : p + strlen(p);
        size_t k;
        while (a < b && (*a == ' ' || *a == '\t')) {
            a++;
        }
        while (b > a && (b[-1] == ' ' || b[-1] == '\t')) {
            b--;
        }
        if ((size_t) (b - a) == vlen && vlen > 0) {
            for (k = 0; k < vlen; k++) {
                if (tolower((unsigned char) a[k]) != tolower((unsigned char) value[k])) {
                    break;
                }
            }
            if (k == vlen) {
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

/**
 * \function il_helix_groups
 * \brief The helix of every group of a sector partition.
 *
 * Group g gets IL_HELIX_U when its name is in map->u (default
 * IL_HELIX_U_DEFAULT), IL_HELIX_I for map->i, IL_HELIX_G for map->g;
 * names are compared ignoring ASCII case. A group in none of the lists is
 * 0 (outside the three helices).
 *
 * \param bits  Initialised; resized to p->k.
 * \return IGRAPH_EINVAL naming the value when a group is in two lists;
 *         IGRAPH_ENOMEM.
 *
 * Time complexity: O(k L) for lists of total length L.
 */
igraph_error_t il_helix_groups(const il_partition_t *p, const il_helix_map_t *map,
                               igraph_vector_int_t *bits)
{
    const char *lists[3];
    static const char *const names[3] = { "U", "I", "G" };
    igraph_integer_t g;
    int h, hh;
    lists[0] = map->u ? map->u : IL_HELIX_U_DEFAULT;
    lists[1] = map->i ? map->i : IL_HELIX_I_DEFAULT;
    lists[2] = map->g ? map->g : IL_HELIX_G_DEFAULT;
    IGRAPH_CHECK(igraph_vector_int_resize(bits, p->k));
    for (g = 0; g < p->k; g++) {
        const char *name = il_partition_name(p, g);
        int b = 0;
        for (h = 0; h < 3; h++) {
            if (!in_list(name, lists[h])) {
                continue;
            }
            for (hh = 0; hh < h; hh++) {
                if (b & (1 << hh)) {
                    IGRAPH_ERRORF("Sector value '%s' is mapped to both %s and %s; give it "
                                  "to one helix only.", IGRAPH_EINVAL, name, names[hh],
                                  names[h]);
                }
            }
            b |= 1 << h;
        }
        VECTOR(*bits)[g] = b;
    }
    return IGRAPH_SUCCESS;
}

/* ---- Information ------------------------------------------------------------ */

/* -sum p log2 p over the n cells of x, as shares of \p total. */
static double entropy(const double *x, int n, double total)
{
    double h = 0;
    int k;
    for (k = 0; k < n; k++) {
        if (x[k] > 0) {
            double p = x[k] / total;
            h -= p * log2(p);
        }
    }
    return h;
}

/**
 * \function il_helix_information
 * \brief Entropies and mutual information of a 2 x 2 x 2 table, in bits.
 *
 * cell[u*4 + i*2 + g]. H_X of each margin, H_XY of each pair's 2 x 2
 * margin, H_UIG of the table; T_XY = H_X + H_Y - H_XY and
 * T_UIG = H_U + H_I + H_G - H_UI - H_UG - H_IG + H_UIG (Leydesdorff 2003).
 * Empty cells contribute 0 (p log p -> 0). Everything is NaN when the
 * cells sum to 0.
 *
 * Time complexity: O(1).
 */
void il_helix_information(const double cell[8], il_helix_info_t *info)
{
    double u[2] = { 0, 0 }, i[2] = { 0, 0 }, g[2] = { 0, 0 };
    double ui[4] = { 0, 0, 0, 0 }, ug[4] = { 0, 0, 0, 0 }, ig[4] = { 0, 0, 0, 0 };
    double total = 0;
    int a, b, c;
    for (a = 0; a < 2; a++) {
        for (b = 0; b < 2; b++) {
            for (c = 0; c < 2; c++) {
                double x = cell[a * 4 + b * 2 + c];
                total += x;
                u[a] += x;
                i[b] += x;
                g[c] += x;
                ui[a * 2 + b] += x;
                ug[a * 2 + c] += x;
                ig[b * 2 + c] += x;
            }
        }
    }
    if (!(total > 0)) {
        info->h_u = info->h_i = info->h_g = info->h_ui = info->h_ug = info->h_ig = NAN;
        info->h_uig = info->t_ui = info->t_ug = info->t_ig = info->t_uig = NAN;
        return;
    }
    info->h_u = entropy(u, 2, total);
    info->h_i = entropy(i, 2, total);
    info->h_g = entropy(g, 2, total);
    info->h_ui = entropy(ui, 4, total);
    info->h_ug = entropy(ug, 4, total);
    info->h_ig = entropy(ig, 4, total);
    info->h_uig = entropy(cell, 8, total);
    info->t_ui = info->h_u + info->h_i - info->h_ui;
    info->t_ug = info->h_u + info->h_g - info->h_ug;
    info->t_ig = info->h_i + info->h_g - info->h_ig;
    info->t_uig = info->h_u + info->h_i + info->h_g - info->h_ui - info->h_ug - info->h_ig
                  + info->h_uig;
}

/* ---- Tables ----------------------------------------------------------------- */

/* Cell index of a set of helix bits. */
static int cell_of(int bits)
{
    return ((bits & IL_HELIX_U) ? 4 : 0) + ((bits & IL_HELIX_I) ? 2 : 0) +
           ((bits & IL_HELIX_G) ? 1 : 0);
}

static void count_nodes(igraph_integer_t n, const int *node_bits, il_helix_t *res)
{
    igraph_integer_t v;
    for (v = 0; v < n; v++) {
        res->nodes[0] += (node_bits[v] & IL_HELIX_U) != 0;
        res->nodes[1] += (node_bits[v] & IL_HELIX_I) != 0;
        res->nodes[2] += (node_bits[v] & IL_HELIX_G) != 0;
    }
}

/**
 * \function il_helix_ties
 * \brief The Triple-Helix table of the ties of a graph.
 *
 * Each tie (self-loops skipped; direction ignored) is one unit and marks
 * the helices of its two ends: a university-firm tie falls in the cell
 * (U, I, not G), a firm-firm tie in (not U, I, not G), a tie between two
 * nodes outside the three helices in (not U, not I, not G). A tie has two
 * ends, so the cell (U, I, G) stays empty. `cell` counts ties,
 * `cell_weight` sums their strengths; `counted` and `weighted` are the
 * information of the two tables.
 *
 * \param node_bits  IL_HELIX_* bits of every vertex.
 * \param res        Filled (no allocation).
 * \return IGRAPH_SUCCESS.
 *
 * Time complexity: O(n + m).
 */
igraph_error_t il_helix_ties(const il_graph_t *g, const int *node_bits, il_helix_t *res)
{
    igraph_integer_t m = il_graph_ecount(g), e;
    int k;
    memset(res, 0, sizeof *res);
    count_nodes(il_graph_vcount(g), node_bits, res);
    for (e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(&g->graph, e), v = IGRAPH_TO(&g->graph, e);
        double w = VECTOR(g->weight)[e];
        if (u == v) {
            continue;
        }
        k = cell_of(node_bits[u] | node_bits[v]);
        res->cell[k] += 1;
        res->cell_weight[k] += w;
        res->units += 1;
        res->weight += w;
    }
    il_helix_information(res->cell, &res->counted);
    il_helix_information(res->cell_weight, &res->weighted);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_helix_events
 * \brief The Triple-Helix table of the events of an affiliation table.
 *
 * Each event with at least one member in the graph is one unit and marks
 * the helices of all its members: a project of a university, two firms
 * and a ministry agency falls in the cell (U, I, G). This is Leydesdorff's
 * own unit (a paper or patent marked by the sectors of its addresses).
 * Memberships whose actor is not in the graph (actor[k] < 0) are skipped
 * and counted. Events are counted, not weighted: `cell_weight` and
 * `weighted` are NaN.
 *
 * \param actor, event  nmembers memberships; event ids in 0 .. nevents-1.
 * \param n          Vertices of the graph (entries of \p node_bits).
 * \return IGRAPH_EINVAL for an event id out of range; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + nmembers + nevents).
 */
igraph_error_t il_helix_events(const igraph_integer_t *actor, const igraph_integer_t *event,
                               size_t nmembers, igraph_integer_t nevents, igraph_integer_t n,
                               const int *node_bits, il_helix_t *res)
{
    int *bits;
    char *seen;
    size_t k;
    igraph_integer_t ev;
    memset(res, 0, sizeof *res);
    res->events = 1;
    count_nodes(n, node_bits, res);
    bits = IGRAPH_CALLOC(nevents > 0 ? nevents : 1, int);
    IGRAPH_CHECK_OOM(bits, "Out of memory for the Triple-Helix table.");
    IGRAPH_FINALLY(igraph_free, bits);
    seen = IGRAPH_CALLOC(nevents > 0 ? nevents : 1, char);
    IGRAPH_CHECK_OOM(seen, "Out of memory for the Triple-Helix table.");
    IGRAPH_FINALLY(igraph_free, seen);
    for (k = 0; k < nmembers; k++) {
        if (event[k] < 0 || event[k] >= nevents) {
            IGRAPH_ERROR("Event id out of range.", IGRAPH_EINVAL);
        }
        if (actor[k] < 0) {
            res->skipped++;
            continue;
        }
        bits[event[k]] |= node_bits[actor[k]];
        seen[event[k]] = 1;
    }
    for (ev = 0; ev < nevents; ev++) {
        if (seen[ev]) {
            res->cell[cell_of(bits[ev])] += 1;
            res->units += 1;
        }
    }
    for (k = 0; k < 8; k++) {
        res->cell_weight[k] = NAN;
    }
    res->weight = NAN;
    il_helix_information(res->cell, &res->counted);
    il_helix_information(res->cell_weight, &res->weighted);    /* NaN cells: NaN */
    IGRAPH_FREE(seen);
    IGRAPH_FREE(bits);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
