/*
 * One-mode projection of affiliation data: organisations in projects,
 * firms in mini-clusters, participants at events. Formulas: PEERS.md §4.12;
 * peers: networkx.bipartite weighted_projected_graph (count),
 * collaboration_weighted_projected_graph (Newman) and
 * overlap_weighted_projected_graph (Jaccard).
 */
#include "model/graph.h"
#include "core/setup.h"
#include "model/model_internal.h"

#include <stdlib.h>
#include <string.h>

/* Pairs the projection may generate: the builder holds at most 2^31 ties,
 * and each pair costs a hash probe. */
#define IL_PROJECTION_MAX_PAIRS 1e9

typedef struct member {
    uint32_t event, actor;
    double w;
} member_t;

static int cmp_member(const void *a, const void *b)
{
    const member_t *x = a, *y = b;
    if (x->event != y->event) {
        return x->event < y->event ? -1 : 1;
    }
    return (x->actor > y->actor) - (x->actor < y->actor);
}

/* Sort the memberships by event, then actor, merging repeated ones (their
 * strengths summed; *merged counts them); the distinct count in *nm. */
static void sort_members(member_t *mem, size_t n, size_t *nm, igraph_integer_t *merged)
{
    size_t i;
    qsort(mem, n, sizeof *mem, cmp_member);
    *nm = 0;
    for (i = 0; i < n; i++) {
        if (*nm > 0 && mem[*nm - 1].event == mem[i].event &&
            mem[*nm - 1].actor == mem[i].actor) {
            mem[*nm - 1].w += mem[i].w;
            (*merged)++;
        } else {
            mem[(*nm)++] = mem[i];
        }
    }
}

/* End of the event that starts at mem[start] (sorted memberships). */
static size_t event_end(const member_t *mem, size_t nm, size_t start)
{
    size_t k;
    for (k = start; k < nm && mem[k].event == mem[start].event; k++) {
    }
    return k;
}

/* 1 when the event of d members is left out by the cap. */
static int event_dropped(const il_projection_options_t *o, size_t d)
{
    return o->large == IL_LARGE_DROP && o->max_event_size > 0 &&
           (double) d > (double) o->max_event_size;
}

/* Refuse, before the quadratic step, what could never fit. */
static igraph_error_t check_pairs(const member_t *mem, size_t nm,
                                  const il_projection_options_t *o)
{
    double pairs = 0, largest = 0;
    size_t start, k;
    for (start = 0; start < nm; start = k) {
        k = event_end(mem, nm, start);
        if (event_dropped(o, k - start)) {
            continue;
        }
        pairs += (double) (k - start) * (double) (k - start - 1) / 2.0;
        largest = (double) (k - start) > largest ? (double) (k - start) : largest;
    }
    if (pairs > IL_PROJECTION_MAX_PAIRS) {
        IGRAPH_ERRORF("The projection would make %.0f actor pairs (the largest event has "
                      "%.0f members), more than innolink handles (%.0f); leave out or "
                      "split the largest events (--max-event-size N).", IGRAPH_EINVAL, pairs,
                      largest, (double) IL_PROJECTION_MAX_PAIRS);
    }
    return IGRAPH_SUCCESS;
}

/* Add one tie per pair of members of every event, of the strength the
 * mode gives it; ties over several events add up. Events above the cap
 * are skipped (DROP) or their pairs scaled by (N - 1)/(d - 1) (SCALE);
 * *capped counts them. */
static igraph_error_t add_pairs(il_graph_builder_t *b, const member_t *mem, size_t nm,
                                const il_projection_options_t *o, igraph_integer_t *capped)
{
    size_t i, j, k, start;
    double done = 0, total = (double) nm;
    for (start = 0; start < nm; start = k) {
        size_t d;
        double factor = 1.0;
        k = event_end(mem, nm, start);
        d = k - start;
        if (o->max_event_size > 0 && (double) d > (double) o->max_event_size) {
            (*capped)++;
            if (o->large == IL_LARGE_DROP) {
                continue;
            }
            factor = (double) (o->max_event_size - 1) / (double) (d - 1);
        }
        for (i = start; i < k; i++) {
            for (j = i + 1; j < k; j++) {
                double add;
                il_edge_outcome_t out;
                if (o->mode == IL_PROJ_NEWMAN) {
                    add = 1.0 / (double) (d - 1);
                } else if (o->mode == IL_PROJ_COUNT) {
                    add = factor * (mem[i].w < mem[j].w ? mem[i].w : mem[j].w);
                } else {
                    add = 1.0;
                }
                IGRAPH_CHECK(il_graph_builder_add_edge(b, mem[i].actor, mem[j].actor, add,
                                                       NULL, NULL, 0, &out, NULL));
            }
        }
        done += (double) d;
        if (d > 1000) {         /* a large event is worth a progress report */
            il_progress("projecting memberships", done / total);
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_graph_builder_project
 * \brief Add the actor-actor projection of actor-event memberships.
 *
 * il_graph_builder_project_with() without a cap on event size.
 * \return As il_graph_builder_project_with().
 *
 * Time complexity: O(n log n + sum over events of d_k^2).
 */
igraph_error_t il_graph_builder_project(il_graph_builder_t *b, const uint32_t *actor,
                                        const uint32_t *event, const double *w, size_t n,
                                        il_projection_t mode, igraph_integer_t *merged)
{
    il_projection_options_t o = IL_PROJECTION_OPTIONS_INIT;
    igraph_integer_t capped = 0;
    o.mode = mode;
    return il_graph_builder_project_with(b, actor, event, w, n, &o, merged, &capped);
}

/**
 * \function il_graph_builder_project_with
 * \brief Add the actor-actor projection of actor-event memberships, with
 *        a cap on event size.
 *
 * Repeated memberships (same actor and event) are merged first, their
 * strengths summed; *merged counts them. Then, for every event k with
 * d_k distinct members and every pair u, v of them:
 *   IL_PROJ_COUNT   adds min(w_uk, w_vk) (1 per shared event when unweighted);
 *   IL_PROJ_NEWMAN  adds 1/(d_k - 1) (membership strengths ignored);
 *   IL_PROJ_JACCARD gives shared / (k_u + k_v - shared), where k_u is the
 *                   number of events of u (strengths ignored).
 * Events with a single member add no tie. With o->max_event_size = N > 0,
 * an event of d_k > N members is left out (IL_LARGE_DROP: no pair, and it
 * does not count in k_u for Jaccard) or its pairs get (N - 1)/(d_k - 1) of
 * what they would (IL_LARGE_SCALE, count only: each member then gets as
 * much tie strength from the event as from one of N members); *capped
 * counts those events. The builder must be undirected and hold no ties yet.
 *
 * \return IGRAPH_EINVAL for a directed builder, for SCALE with another mode
 *         than count, or when the events would make more than 10^9 actor
 *         pairs (say which event is largest); IGRAPH_ENOMEM.
 *
 * Time complexity: O(n log n + sum over projected events of d_k^2).
 */
igraph_error_t il_graph_builder_project_with(il_graph_builder_t *b, const uint32_t *actor,
                                             const uint32_t *event, const double *w,
                                             size_t n, const il_projection_options_t *o,
                                             igraph_integer_t *merged,
                                             igraph_integer_t *capped)
{
    member_t *mem;
    size_t i, nm = 0, start, k;
    uint32_t *events_of = NULL;
    il_dup_mode_t saved = b->dup_mode;
    igraph_integer_t saved_merged = b->info.duplicates_merged;
    igraph_error_t rc;

    if (b->directed) {
        IGRAPH_ERROR("Affiliation data project to undirected ties; drop --directed.",
                     IGRAPH_EINVAL);
    }
    if (b->cap != 0) {      /* the merge arrays of the other modes are never grown here */
        IGRAPH_ERROR("A projection must be the builder's only source of ties.", IGRAPH_EINVAL);
    }
    if (o->large == IL_LARGE_SCALE && o->max_event_size > 0 && o->mode != IL_PROJ_COUNT) {
        IGRAPH_ERROR("Scaling large events applies to the count projection: newman already "
                     "gives each event a total weight of 1 per member, and jaccard counts "
                     "events.", IGRAPH_EINVAL);
    }
    if (o->max_event_size == 1 && o->large == IL_LARGE_SCALE) {
        IGRAPH_ERROR("Scaling events to 1 member would remove every tie; use a cap of 2 or "
                     "more.", IGRAPH_EINVAL);
    }
    *merged = 0;
    *capped = 0;
    mem = malloc((n ? n : 1) * sizeof *mem);
    events_of = calloc(il_strtab_size(&b->ids) + 1, sizeof *events_of);
    if (!mem || !events_of) {
        free(mem);
        free(events_of);
        IGRAPH_ERROR("Out of memory projecting memberships.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(igraph_free, mem);
    IGRAPH_FINALLY(igraph_free, events_of);
    for (i = 0; i < n; i++) {
        mem[i].event = event[i];
        mem[i].actor = actor[i];
        mem[i].w = w ? w[i] : 1.0;
    }
    sort_members(mem, n, &nm, merged);
    for (start = 0; start < nm; start = k) {
        k = event_end(mem, nm, start);
        if (!event_dropped(o, k - start)) {
            for (i = start; i < k; i++) {
                events_of[mem[i].actor]++;
            }
        }
    }
    IGRAPH_CHECK(check_pairs(mem, nm, o));

    b->dup_mode = IL_DUP_SUM;           /* contributions of shared events add up */
    rc = add_pairs(b, mem, nm, o, capped);
    if (rc == IGRAPH_SUCCESS && b->deferred) {
        rc = il_i_builder_merge(b, /* keep_order = */ 0);   /* the shared counts, now */
    }
    b->dup_mode = saved;
    b->info.duplicates_merged = saved_merged;
    IGRAPH_CHECK(rc);
    if (o->mode == IL_PROJ_JACCARD) {
        for (i = 0; i < b->m; i++) {
            double shared = b->w[i];
            b->w[i] = shared / ((double) events_of[b->src[i]] + events_of[b->dst[i]] - shared);
        }
    }
    igraph_free(events_of);
    igraph_free(mem);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
