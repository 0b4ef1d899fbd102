/*
 * Changes between the windows of a panel: actors entering and leaving, and
 * communities matched across windows by the Jaccard similarity of their
 * members (Greene, Doyle & Cunningham 2010, "Tracking the evolution of
 * communities in dynamic social networks"; docs/metrics-panel.md).
 */
#include "analysis/panel.h"
#include "analysis/communities.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- Actors entering and leaving ----------------------------------------- */

static void presence_free(void *p)
{
    il_presence_change_destroy(p);
}

/**
 * \function il_presence_change
 * \brief Actors present before only (exits) and after only (entrants).
 *
 * \param before, after  n flags each: 1 for an actor present in the window.
 * \param res            Zero-filled; destroy with il_presence_change_destroy().
 * \return IGRAPH_ENOMEM. Time complexity: O(n).
 */
igraph_error_t il_presence_change(const char *before, const char *after, igraph_integer_t n,
                                  il_presence_change_t *res)
{
    igraph_integer_t v;
    memset(res, 0, sizeof *res);
    IGRAPH_FINALLY(presence_free, res);
    IGRAPH_CHECK(igraph_vector_int_init(&res->entrants, 0));
    IGRAPH_CHECK(igraph_vector_int_init(&res->exits, 0));
    for (v = 0; v < n; v++) {
        res->before += before[v] != 0;
        res->after += after[v] != 0;
        res->stayed += before[v] && after[v];
        if (after[v] && !before[v]) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&res->entrants, v));
        } else if (before[v] && !after[v]) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&res->exits, v));
        }
    }
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/** \function il_presence_change_destroy \brief Free; safe on a zero-filled one. */
void il_presence_change_destroy(il_presence_change_t *res)
{
    if (res->entrants.stor_begin) {
        igraph_vector_int_destroy(&res->entrants);
    }
    if (res->exits.stor_begin) {
        igraph_vector_int_destroy(&res->exits);
    }
    memset(res, 0, sizeof *res);
}

/* ---- Communities across windows ------------------------------------------ */

/** \function il_community_event_name \brief The event's name as reports write it. */
const char *il_community_event_name(il_community_event_kind_t kind)
{
    static const char *const names[] = { "birth", "death", "continuation", "growth",
                                         "contraction", "merge", "split", "regrouping"
                                       };
    return names[kind];
}

/** \function il_community_match_destroy \brief Free; safe on a zero-filled one. */
void il_community_match_destroy(il_community_match_t *res)
{
    size_t i;
    igraph_vector_int_t *vi[4] = { &res->size_a, &res->size_b, &res->best_a, &res->best_b };
    igraph_vector_t *vd[2] = { &res->best_a_jaccard, &res->best_b_jaccard };
    for (i = 0; i < 4; i++) {
        if (vi[i]->stor_begin) {
            igraph_vector_int_destroy(vi[i]);
        }
    }
    for (i = 0; i < 2; i++) {
        if (vd[i]->stor_begin) {
            igraph_vector_destroy(vd[i]);
        }
    }
    for (i = 0; res->events && i < res->nevents; i++) {
        if (res->events[i].before.stor_begin) {
            igraph_vector_int_destroy(&res->events[i].before);
        }
        if (res->events[i].after.stor_begin) {
            igraph_vector_int_destroy(&res->events[i].after);
        }
    }
    free(res->events);
    memset(res, 0, sizeof *res);
}

static void match_free(void *m)
{
    il_community_match_destroy(m);
}

static int cmp_int64(const void *x, const void *y)
{
    int64_t a = *(const int64_t *) x, b = *(const int64_t *) y;
    return (a > b) - (a < b);
}

static igraph_integer_t uf_find(igraph_integer_t *parent, igraph_integer_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

/* Keep (i, J) as the best match when J is larger, or equal with a smaller i. */
static void keep_best(igraph_vector_int_t *best, igraph_vector_t *bestj, igraph_integer_t at,
                      igraph_integer_t i, double j)
{
    igraph_integer_t cur = VECTOR(*best)[at];
    if (cur < 0 || j > VECTOR(*bestj)[at] || (j == VECTOR(*bestj)[at] && i < cur)) {
        VECTOR(*best)[at] = i;
        VECTOR(*bestj)[at] = j;
    }
}

/* Jaccard of every pair of communities sharing members: best matches, and
 * the matched pairs joined in \p parent (ka + kb union-find nodes), with
 * the largest Jaccard of each piece in \p top. */
static igraph_error_t match_pairs(const igraph_vector_int_t *a, const igraph_vector_int_t *b,
                                  il_community_match_t *res, igraph_integer_t *parent,
                                  double *top)
{
    igraph_integer_t n = igraph_vector_int_size(a), v, ka = res->ka, kb = res->kb;
    int64_t *key = malloc((size_t) (n > 0 ? n : 1) * sizeof *key);
    size_t m = 0, s, e;
    IGRAPH_CHECK_OOM(key, "Out of memory matching communities.");
    for (v = 0; v < n; v++) {
        if (VECTOR(*a)[v] >= 0 && VECTOR(*b)[v] >= 0) {
            key[m++] = (int64_t) VECTOR(*a)[v] * kb + VECTOR(*b)[v];
        }
    }
    res->common = (igraph_integer_t) m;
    qsort(key, m, sizeof *key, cmp_int64);
    for (s = 0; s < m; s = e) {
        igraph_integer_t i = (igraph_integer_t) (key[s] / kb), j = (igraph_integer_t) (key[s] % kb);
        double c, jac;
        for (e = s; e < m && key[e] == key[s]; e++) {
        }
        c = (double) (e - s);
        jac = c / ((double) VECTOR(res->size_a)[i] + (double) VECTOR(res->size_b)[j] - c);
        keep_best(&res->best_a, &res->best_a_jaccard, i, j, jac);
        keep_best(&res->best_b, &res->best_b_jaccard, j, i, jac);
        if (jac >= res->threshold) {
            igraph_integer_t x = uf_find(parent, i), y = uf_find(parent, ka + j);
            double t = fmax(fmax(top[x], top[y]), jac);
            parent[x] = y;
            top[y] = t;
        }
    }
    free(key);
    return IGRAPH_SUCCESS;
}

/* The kind of a piece with \p na earlier and \p nb later communities. */
static il_community_event_kind_t event_kind(igraph_integer_t na, igraph_integer_t nb,
                                            igraph_integer_t size_a, igraph_integer_t size_b)
{
    if (na == 0) {
        return IL_COMMUNITY_BIRTH;
    }
    if (nb == 0) {
        return IL_COMMUNITY_DEATH;
    }
    if (na == 1 && nb == 1) {
        return size_b > size_a ? IL_COMMUNITY_GROWTH : size_b < size_a ?
               IL_COMMUNITY_CONTRACTION : IL_COMMUNITY_CONTINUATION;
    }
    if (nb == 1) {
        return IL_COMMUNITY_MERGE;
    }
    return na == 1 ? IL_COMMUNITY_SPLIT : IL_COMMUNITY_REGROUPING;
}

/* One event per piece of the matched pairs: pieces in order of their first
 * earlier community, then births in order of their community. */
static igraph_error_t match_events(il_community_match_t *res, igraph_integer_t *parent,
                                   const double *top)
{
    igraph_integer_t ka = res->ka, kb = res->kb, x, tot = ka + kb;
    igraph_integer_t *slot = malloc((size_t) (tot > 0 ? tot : 1) * sizeof *slot);
    IGRAPH_CHECK_OOM(slot, "Out of memory matching communities.");
    IGRAPH_FINALLY(igraph_free, slot);
    res->events = calloc((size_t) (tot > 0 ? tot : 1), sizeof *res->events);
    IGRAPH_CHECK_OOM(res->events, "Out of memory matching communities.");
    for (x = 0; x < tot; x++) {
        slot[x] = -1;
    }
    for (x = 0; x < tot; x++) {     /* earlier communities first: pieces in that order */
        igraph_integer_t root = uf_find(parent, x);
        il_community_event_t *ev;
        if (slot[root] < 0) {
            slot[root] = (igraph_integer_t) res->nevents;
            ev = &res->events[res->nevents++];
            IGRAPH_CHECK(igraph_vector_int_init(&ev->before, 0));
            IGRAPH_CHECK(igraph_vector_int_init(&ev->after, 0));
            ev->jaccard = top[root];
        }
        ev = &res->events[slot[root]];
        IGRAPH_CHECK(igraph_vector_int_push_back(x < ka ? &ev->before : &ev->after,
                                                 x < ka ? x : x - ka));
    }
    for (x = 0; x < (igraph_integer_t) res->nevents; x++) {
        il_community_event_t *ev = &res->events[x];
        igraph_integer_t na = igraph_vector_int_size(&ev->before);
        igraph_integer_t nb = igraph_vector_int_size(&ev->after);
        ev->kind = event_kind(na, nb, na ? VECTOR(res->size_a)[VECTOR(ev->before)[0]] : 0,
                              nb ? VECTOR(res->size_b)[VECTOR(ev->after)[0]] : 0);
        if (na == 0 || nb == 0) {
            ev->jaccard = NAN;
        }
    }
    igraph_free(slot);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* NMI of the two partitions over the actors in a community in both. */
static igraph_error_t match_nmi(const igraph_vector_int_t *a, const igraph_vector_int_t *b,
                                il_community_match_t *res)
{
    igraph_vector_int_t x, y;
    il_partition_comparison_t cmp;
    igraph_integer_t v, n = igraph_vector_int_size(a);
    res->nmi = NAN;
    if (res->common == 0) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_VECTOR_INT_INIT_FINALLY(&x, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&y, 0);
    for (v = 0; v < n; v++) {
        if (VECTOR(*a)[v] >= 0 && VECTOR(*b)[v] >= 0) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&x, VECTOR(*a)[v]));
            IGRAPH_CHECK(igraph_vector_int_push_back(&y, VECTOR(*b)[v]));
        }
    }
    IGRAPH_CHECK(il_partition_compare(&x, &y, &cmp));
    res->nmi = cmp.nmi;
    igraph_vector_int_destroy(&y);
    igraph_vector_int_destroy(&x);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_community_match
 * \brief Match the communities of two windows and name what became of them.
 *
 * Communities i (earlier) and j (later) are matched when the Jaccard
 * similarity of their members, |A_i n B_j| / |A_i u B_j|, is at least
 * \p threshold. The matched pairs form pieces; a piece with no earlier
 * community is a birth, with no later one a death, one to one a
 * continuation (growth or contraction when the size changed), several to
 * one a merge, one to several a split, several to several a regrouping.
 * The NMI (2 MI / (H_a + H_b), igraph_compare_communities) compares the two
 * partitions over the actors in a community in both windows.
 *
 * \param a, b  Community of each actor (same length), -1 for none; values
 *              below ka and kb.
 * \param res   Destroy with il_community_match_destroy().
 * \return IGRAPH_EINVAL for memberships of different lengths or out of
 *         range; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n log n + ka + kb).
 */
igraph_error_t il_community_match(const igraph_vector_int_t *a, igraph_integer_t ka,
                                  const igraph_vector_int_t *b, igraph_integer_t kb,
                                  double threshold, il_community_match_t *res)
{
    igraph_integer_t n = igraph_vector_int_size(a), v, tot = ka + kb;
    igraph_integer_t *parent;
    double *top;

    memset(res, 0, sizeof *res);
    if (igraph_vector_int_size(b) != n) {
        IGRAPH_ERROR("Community memberships to match must cover the same actors.",
                     IGRAPH_EINVAL);
    }
    IGRAPH_FINALLY(match_free, res);
    res->threshold = threshold;
    res->ka = ka;
    res->kb = kb;
    IGRAPH_CHECK(igraph_vector_int_init(&res->size_a, ka));
    IGRAPH_CHECK(igraph_vector_int_init(&res->size_b, kb));
    IGRAPH_CHECK(igraph_vector_int_init(&res->best_a, ka));
    IGRAPH_CHECK(igraph_vector_int_init(&res->best_b, kb));
    IGRAPH_CHECK(igraph_vector_init(&res->best_a_jaccard, ka));
    IGRAPH_CHECK(igraph_vector_init(&res->best_b_jaccard, kb));
    igraph_vector_int_fill(&res->best_a, -1);
    igraph_vector_int_fill(&res->best_b, -1);
    for (v = 0; v < n; v++) {
        igraph_integer_t x = VECTOR(*a)[v], y = VECTOR(*b)[v];
        if (x >= ka || y >= kb) {
            IGRAPH_ERROR("Community number out of range.", IGRAPH_EINVAL);
        }
        if (x >= 0) {
            VECTOR(res->size_a)[x]++;
        }
        if (y >= 0) {
            VECTOR(res->size_b)[y]++;
        }
    }
    parent = malloc((size_t) (tot > 0 ? tot : 1) * sizeof *parent);
    IGRAPH_CHECK_OOM(parent, "Out of memory matching communities.");
    IGRAPH_FINALLY(igraph_free, parent);
    top = malloc((size_t) (tot > 0 ? tot : 1) * sizeof *top);
    IGRAPH_CHECK_OOM(top, "Out of memory matching communities.");
    IGRAPH_FINALLY(igraph_free, top);
    for (v = 0; v < tot; v++) {
        parent[v] = v;
        top[v] = 0;
    }
    IGRAPH_CHECK(match_pairs(a, b, res, parent, top));
    IGRAPH_CHECK(match_events(res, parent, top));
    IGRAPH_CHECK(match_nmi(a, b, res));
    igraph_free(top);
    igraph_free(parent);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_community_tracks
 * \brief Carry community identities (tracks) from one window to the next.
 *
 * A later community keeps the track of its best earlier match when each is
 * the other's best match and their Jaccard reaches the threshold (so a
 * merged community keeps the track of its largest-overlap parent and a
 * split's largest-overlap child keeps its parent's); every other later
 * community starts a new track, numbered from *next in community order.
 *
 * \param track_b  Initialised; resized to m->kb.
 * \return IGRAPH_ENOMEM. Time complexity: O(kb).
 */
igraph_error_t il_community_tracks(const il_community_match_t *m,
                                   const igraph_vector_int_t *track_a, igraph_integer_t *next,
                                   igraph_vector_int_t *track_b)
{
    igraph_integer_t j;
    IGRAPH_CHECK(igraph_vector_int_resize(track_b, m->kb));
    for (j = 0; j < m->kb; j++) {
        igraph_integer_t i = VECTOR(m->best_b)[j];
        if (i >= 0 && VECTOR(m->best_b_jaccard)[j] >= m->threshold &&
            VECTOR(m->best_a)[i] == j) {
            VECTOR(*track_b)[j] = VECTOR(*track_a)[i];
        } else {
            VECTOR(*track_b)[j] = (*next)++;
        }
    }
    return IGRAPH_SUCCESS;
}
