/*
 * Affiliation data kept as it is (actors, events, memberships), the cap
 * that leaves out the largest events, and its one-mode projection through
 * the builder (projection.c computes the weights).
 */
#include "model/affiliation.h"
#include "model/model_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct membership {
    uint32_t event, actor;
    double w;
} membership_t;

static int cmp_membership(const void *a, const void *b)
{
    const membership_t *x = a, *y = b;
    if (x->event != y->event) {
        return x->event < y->event ? -1 : 1;
    }
    return (x->actor > y->actor) - (x->actor < y->actor);
}

/**
 * \function il_affiliation_destroy
 * \brief Free the actors, events and memberships; safe on a zero-filled one.
 */
void il_affiliation_destroy(il_affiliation_t *aff)
{
    il_graph_destroy(&aff->actors);
    il_strtab_destroy(&aff->events);
    free(aff->actor);
    free(aff->event);
    free(aff->w);
    memset(aff, 0, sizeof *aff);
}

static void affiliation_free(void *p)
{
    il_affiliation_destroy((il_affiliation_t *) p);
}

/** \function il_affiliation_actors \brief Number of actors. */
igraph_integer_t il_affiliation_actors(const il_affiliation_t *aff)
{
    return il_graph_vcount(&aff->actors);
}

/** \function il_affiliation_events \brief Number of events. */
igraph_integer_t il_affiliation_events(const il_affiliation_t *aff)
{
    return (igraph_integer_t) il_strtab_size(&aff->events);
}

/**
 * \function il_affiliation_init
 * \brief Make affiliation data from a loader's actors, events and rows.
 *
 * \param aff     Zero-filled on entry; on error it is left zero-filled.
 * \param b       The actor builder (vertices and node attributes, no ties);
 *                finished into aff->actors, so it is empty afterwards (the
 *                caller still frees it).
 * \param events  Event ids; copied.
 * \param actor, event, w  The n memberships as read; copied, sorted by
 *                event then actor, repeats merged with strengths summed
 *                and counted in actors.info.duplicates_merged; w may be NULL.
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(n log n + actors + events).
 */
igraph_error_t il_affiliation_init(il_affiliation_t *aff, il_graph_builder_t *b,
                                   const il_strtab_t *events, const uint32_t *actor,
                                   const uint32_t *event, const double *w, size_t n)
{
    membership_t *m;
    size_t i, k = 0;
    igraph_integer_t merged = 0;

    memset(aff, 0, sizeof *aff);
    IGRAPH_FINALLY(affiliation_free, aff);
    IGRAPH_CHECK(il_graph_builder_finish(b, &aff->actors));
    IGRAPH_CHECK(il_strtab_copy(&aff->events, events));
    m = malloc((n ? n : 1) * sizeof *m);
    IGRAPH_CHECK_OOM(m, "Out of memory sorting memberships.");
    IGRAPH_FINALLY(igraph_free, m);
    for (i = 0; i < n; i++) {
        m[i].event = event[i];
        m[i].actor = actor[i];
        m[i].w = w ? w[i] : 1.0;
    }
    qsort(m, n, sizeof *m, cmp_membership);
    for (i = 0; i < n; i++) {
        if (k > 0 && m[k - 1].event == m[i].event && m[k - 1].actor == m[i].actor) {
            m[k - 1].w += m[i].w;
            merged++;
        } else {
            m[k++] = m[i];
        }
    }
    aff->actor = malloc((k ? k : 1) * sizeof *aff->actor);
    aff->event = malloc((k ? k : 1) * sizeof *aff->event);
    aff->w = malloc((k ? k : 1) * sizeof *aff->w);
    if (!aff->actor || !aff->event || !aff->w) {
        IGRAPH_ERROR("Out of memory storing memberships.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < k; i++) {
        aff->actor[i] = m[i].actor;
        aff->event[i] = m[i].event;
        aff->w[i] = m[i].w;
    }
    aff->n = k;
    aff->actors.info.duplicates_merged += merged;
    igraph_free(m);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_affiliation_drop_large
 * \brief Leave out every event of more than \p max members.
 *
 * The events go too (the remaining events are renumbered in their order),
 * so that no analysis sees them as empty events.
 * \param max  The cap N >= 1; 0 leaves everything.
 * \return IGRAPH_ENOMEM. Time complexity: O(n + events).
 */
igraph_error_t il_affiliation_drop_large(il_affiliation_t *aff, igraph_integer_t max,
                                         igraph_integer_t *events,
                                         igraph_integer_t *memberships)
{
    uint32_t ne = il_strtab_size(&aff->events), e;
    uint32_t *size, *newid;
    il_strtab_t ids;
    size_t i, k = 0;

    *events = 0;
    *memberships = 0;
    if (max <= 0) {
        return IGRAPH_SUCCESS;
    }
    size = calloc((size_t) ne + 1, sizeof *size);
    newid = calloc((size_t) ne + 1, sizeof *newid);
    if (!size || !newid) {
        free(size);
        free(newid);
        IGRAPH_ERROR("Out of memory capping event sizes.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(igraph_free, size);
    IGRAPH_FINALLY(igraph_free, newid);
    for (i = 0; i < aff->n; i++) {
        size[aff->event[i]]++;
    }
    for (e = 0; e < ne; e++) {
        if ((igraph_integer_t) size[e] > max) {
            (*events)++;
            *memberships += size[e];
        }
    }
    if (*events == 0) {
        igraph_free(newid);
        igraph_free(size);
        IGRAPH_FINALLY_CLEAN(2);
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(il_strtab_init(&ids));
    IGRAPH_FINALLY(il_strtab_destroy, &ids);
    for (e = 0; e < ne; e++) {
        if ((igraph_integer_t) size[e] <= max) {
            const char *s = il_strtab_get(&aff->events, e);
            IGRAPH_CHECK(il_strtab_intern(&ids, s, strlen(s), &newid[e], NULL));
        }
    }
    for (i = 0; i < aff->n; i++) {
        if ((igraph_integer_t) size[aff->event[i]] <= max) {
            aff->actor[k] = aff->actor[i];
            aff->event[k] = newid[aff->event[i]];
            aff->w[k] = aff->w[i];
            k++;
        }
    }
    aff->n = k;
    il_strtab_destroy(&aff->events);
    aff->events = ids;
    IGRAPH_FINALLY_CLEAN(1);    /* ids now belong to aff */
    igraph_free(newid);
    igraph_free(size);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_affiliation_project
 * \brief The one-mode projection of affiliation data (actor-actor ties).
 *
 * Every actor is a vertex (actors without a shared event are isolates),
 * with its node attributes; the load counts of aff->actors are kept and
 * events_capped adds the events the cap scaled or dropped here. Weights:
 * il_graph_builder_project_with().
 *
 * \param out  IL_GRAPH_INIT on entry; the projection on success.
 * \return IGRAPH_EINVAL (see il_graph_builder_project_with), IGRAPH_ENOMEM.
 *
 * Time complexity: O(n log n + actors + sum over events of d_k^2).
 */
igraph_error_t il_affiliation_project(const il_affiliation_t *aff,
                                      const il_projection_options_t *o, il_graph_t *out)
{
    il_graph_builder_t *b;
    igraph_integer_t na = il_graph_vcount(&aff->actors), v, merged = 0, capped = 0;
    igraph_vector_int_t pick;

    IGRAPH_CHECK(il_graph_builder_new(&b, /* directed = */ 0, IL_DUP_SUM, IL_LOOP_DROP));
    IGRAPH_FINALLY(il_graph_builder_free, b);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&pick, na);
    for (v = 0; v < na; v++) {
        VECTOR(pick)[v] = v;
    }
    il_strtab_destroy(&b->ids);
    IGRAPH_CHECK(il_strtab_copy(&b->ids, &aff->actors.ids));
    IGRAPH_CHECK(il_i_attrs_pick(&b->vattr, &aff->actors.vattr, VECTOR(pick), (size_t) na));
    b->info = aff->actors.info;
    IGRAPH_CHECK(il_graph_builder_project_with(b, aff->actor, aff->event, aff->w, aff->n, o,
                                               &merged, &capped));
    b->info.events_capped += capped;
    IGRAPH_CHECK(il_graph_builder_finish(b, out));
    igraph_vector_int_destroy(&pick);
    il_graph_builder_free(b);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
