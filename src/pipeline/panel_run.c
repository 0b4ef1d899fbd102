/*
 * Panels end to end: every window made from the panel in memory, analysed
 * with the same options (summary figures, coupling of the --by groups,
 * communities, --with per-node results), and each step from one window to
 * the next compared with compare's tie changes (docs/metrics-panel.md).
 * Only two windows are held at a time.
 */
#include "pipeline/panel_pipeline.h"
#include "pipeline/panel_internal.h"
#include "pipeline/pipeline.h"
#include "core/setup.h"
#include "report/panel_report.h"

#include <cjson/cJSON.h>

#include <stdlib.h>
#include <string.h>

/* One window's graph and results. */
typedef struct window_state {
    il_graph_t g;
    igraph_vector_int_t roster_of;  /* graph vertex -> roster vertex */
    char *present;                  /* roster size: 1 when present */
    char *present_v;                /* graph size: the same per graph vertex */
    il_summary_t summary;
    int grouped;
    il_partition_t groups;
    il_coupling_t coupling;
    igraph_integer_t *present_in_group;
    int detected;
    il_communities_t comm;
    igraph_vector_int_t comm_of;    /* roster size: community, or -1 */
    igraph_vector_int_t tracks;     /* community -> track */
    igraph_vector_int_t track_v;    /* graph vertex -> track, or -1 */
    il_columns_t cols;
} window_state_t;

static void state_destroy(window_state_t *s)
{
    il_graph_destroy(&s->g);
    if (s->roster_of.stor_begin) {
        igraph_vector_int_destroy(&s->roster_of);
    }
    if (s->comm_of.stor_begin) {
        igraph_vector_int_destroy(&s->comm_of);
    }
    if (s->tracks.stor_begin) {
        igraph_vector_int_destroy(&s->tracks);
    }
    if (s->track_v.stor_begin) {
        igraph_vector_int_destroy(&s->track_v);
    }
    free(s->present);
    free(s->present_v);
    free(s->present_in_group);
    il_partition_destroy(&s->groups);
    il_coupling_destroy(&s->coupling);
    il_communities_destroy(&s->comm);
    il_columns_destroy(&s->cols);
    memset(s, 0, sizeof *s);
}

static void state_release(void *s)
{
    state_destroy(s);
}

/* The --by groups of the window and the lean coupling (no tests, no cuts). */
static igraph_error_t window_groups(const il_panel_options_t *o, window_state_t *s)
{
    il_coupling_options_t co = IL_COUPLING_OPTIONS_INIT;
    igraph_integer_t v;
    co.permutations = 0;
    co.cuts = 0;
    co.vulnerability = 0;
    co.null.samples = 0;      /* the numbers only: no null-model readings */
    IGRAPH_CHECK(il_partition_from_attr(&s->g, o->by, o->empty_own ? IL_EMPTY_OWN_GROUP :
                                        IL_EMPTY_ERROR, &s->groups));
    IGRAPH_CHECK(il_groups_require_two(&s->groups, o->by));
    IGRAPH_CHECK(il_coupling(&s->g, &s->groups, &co, &s->coupling));
    s->present_in_group = calloc((size_t) s->groups.k, sizeof *s->present_in_group);
    IGRAPH_CHECK_OOM(s->present_in_group, "Out of memory.");
    for (v = 0; v < il_graph_vcount(&s->g); v++) {
        if (s->present_v[v]) {
            s->present_in_group[VECTOR(s->groups.membership)[v]]++;
        }
    }
    s->grouped = 1;
    return IGRAPH_SUCCESS;
}

/* Communities among the actors with a tie in the window (Leiden, the
 * defaults of every pipeline, seeded), as roster-indexed memberships. */
static igraph_error_t window_communities(const il_panel_options_t *o, window_state_t *s,
                                         igraph_integer_t nroster)
{
    igraph_integer_t n = il_graph_vcount(&s->g), v, i = 0;
    il_communities_options_t copts;
    igraph_vector_int_t deg, kept;
    il_graph_t sub = IL_GRAPH_INIT;
    char *keep;

    IGRAPH_CHECK(igraph_vector_int_init(&s->comm_of, nroster));
    igraph_vector_int_fill(&s->comm_of, -1);
    IGRAPH_CHECK(igraph_vector_int_init(&s->tracks, 0));
    IGRAPH_CHECK(igraph_vector_int_init(&s->track_v, n));
    igraph_vector_int_fill(&s->track_v, -1);
    s->detected = 1;
    if (il_graph_ecount(&s->g) == 0) {
        return IGRAPH_SUCCESS;      /* no communities: s->comm.k stays 0 */
    }
    IGRAPH_VECTOR_INT_INIT_FINALLY(&deg, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&kept, 0);
    IGRAPH_CHECK(igraph_degree(&s->g.graph, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS));
    keep = calloc((size_t) n + 1, 1);
    IGRAPH_CHECK_OOM(keep, "Out of memory.");
    IGRAPH_FINALLY(igraph_free, keep);
    for (v = 0; v < n; v++) {
        keep[v] = VECTOR(deg)[v] > 0;
        if (keep[v]) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&kept, v));
        }
    }
    IGRAPH_FINALLY(il_graph_destroy, &sub);
    IGRAPH_CHECK(il_graph_induce(&s->g, keep, &sub));
    IGRAPH_CHECK(il_communities_default(&sub, o->seed, &copts, &s->comm));
    for (i = 0; i < igraph_vector_int_size(&kept); i++) {
        igraph_integer_t gv = VECTOR(kept)[i];
        VECTOR(s->comm_of)[VECTOR(s->roster_of)[gv]] = VECTOR(s->comm.membership)[i];
    }
    il_graph_destroy(&sub);
    igraph_free(keep);
    igraph_vector_int_destroy(&kept);
    igraph_vector_int_destroy(&deg);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

/* Every track of a window with no earlier communities to match is new. */
static igraph_error_t new_tracks(window_state_t *s, igraph_integer_t *next)
{
    igraph_integer_t i;
    IGRAPH_CHECK(igraph_vector_int_resize(&s->tracks, s->comm.k));
    for (i = 0; i < s->comm.k; i++) {
        VECTOR(s->tracks)[i] = (*next)++;
    }
    return IGRAPH_SUCCESS;
}

/* The track of each graph vertex and the "community" column. */
static igraph_error_t vertex_tracks(window_state_t *s)
{
    igraph_integer_t v, n = il_graph_vcount(&s->g);
    char **names;
    igraph_error_t rc = IGRAPH_SUCCESS;
    names = calloc((size_t) n + 1, sizeof *names);
    IGRAPH_CHECK_OOM(names, "Out of memory.");
    for (v = 0; v < n && rc == IGRAPH_SUCCESS; v++) {
        igraph_integer_t c = VECTOR(s->comm_of)[VECTOR(s->roster_of)[v]];
        VECTOR(s->track_v)[v] = c >= 0 ? VECTOR(s->tracks)[c] : -1;
        if (c >= 0) {
            names[v] = malloc(32);
            if (!names[v]) {
                rc = IGRAPH_ENOMEM;
                break;
            }
            snprintf(names[v], 32, "C%" IGRAPH_PRId, VECTOR(s->tracks)[c] + 1);
        }
    }
    if (rc == IGRAPH_SUCCESS) {
        rc = il_columns_add_string(&s->cols, "community", (const char *const *) names);
    }
    for (v = 0; v < n; v++) {
        free(names[v]);
    }
    free(names);
    if (rc != IGRAPH_SUCCESS) {
        IGRAPH_ERROR("Out of memory naming communities.", rc);
    }
    return IGRAPH_SUCCESS;
}

/* Build window \p k and compute what the options ask for. */
static igraph_error_t measure_window(const il_panel_t *p, il_windows_t *ws, size_t k,
                                     const il_panel_options_t *o, window_state_t *s)
{
    il_summary_options_t so = IL_SUMMARY_OPTIONS_INIT;
    igraph_integer_t n = il_graph_vcount(&p->roster), v, gn;
    so.paths = IL_PATHS_SKIP;
    IGRAPH_CHECK(igraph_vector_int_init(&s->roster_of, 0));
    s->present = calloc((size_t) n + 1, 1);
    IGRAPH_CHECK_OOM(s->present, "Out of memory.");
    IGRAPH_CHECK(il_panel_window_graph(p, ws, k, &s->g, &s->roster_of, s->present));
    gn = il_graph_vcount(&s->g);
    s->present_v = calloc((size_t) gn + 1, 1);
    IGRAPH_CHECK_OOM(s->present_v, "Out of memory.");
    for (v = 0; v < gn; v++) {
        s->present_v[v] = s->present[VECTOR(s->roster_of)[v]];
    }
    il_columns_init(&s->cols, gn);
    IGRAPH_CHECK(il_summary(&s->g, &so, &s->summary));
    if (o->by) {
        IGRAPH_CHECK(window_groups(o, s));
    }
    if (o->communities) {
        IGRAPH_CHECK(window_communities(o, s, n));
    }
    if (o->with) {
        il_annotate_options_t ao;
        cJSON *meta = cJSON_CreateObject();
        igraph_error_t rc;
        IGRAPH_CHECK_OOM(meta, "Out of memory.");
        ao.seed = o->seed;
        ao.by = o->by;
        ao.empty_own = o->empty_own;
        rc = il_annotate(&s->g, &ao, o->with, &s->cols, meta);
        cJSON_Delete(meta);
        IGRAPH_CHECK(rc);
    }
    if (ws->w[k].rows == 0) {
        il_warn("window %s is empty: no tie in it", ws->w[k].label);
    }
    return IGRAPH_SUCCESS;
}

/* The group of each actor of the alignment (snapshots.c does the same). */
static igraph_error_t aligned_groups(const window_state_t *a, const window_state_t *b,
                                     const il_alignment_t *al, igraph_vector_int_t *group_of)
{
    igraph_integer_t u, n = il_strtab_size(&al->ids);
    IGRAPH_CHECK(igraph_vector_int_resize(group_of, n));
    for (u = 0; u < n; u++) {
        igraph_integer_t va = VECTOR(al->in_before)[u], vb = VECTOR(al->in_after)[u];
        VECTOR(*group_of)[u] = va >= 0 ? VECTOR(a->groups.membership)[va]
                               : VECTOR(b->groups.membership)[vb];
    }
    return IGRAPH_SUCCESS;
}

static void ties_release(void *t)
{
    il_tie_changes_destroy(t);
}

static void align_release(void *a)
{
    il_alignment_destroy(a);
}

static void presence_release(void *pc)
{
    il_presence_change_destroy(pc);
}

static void match_release(void *m)
{
    il_community_match_destroy(m);
}

/* The step from window \p a to \p b; the communities of \p b get their
 * tracks here (matched to \p a's). */
static igraph_error_t compare_windows(const il_panel_t *p, const il_windows_t *ws, size_t k,
                                      const il_panel_options_t *o, window_state_t *a,
                                      window_state_t *b, igraph_integer_t *next,
                                      il_report_t *rep)
{
    il_alignment_t al;
    il_tie_changes_t ties;
    il_presence_change_t pc;
    il_community_match_t m;
    igraph_vector_int_t group_of;
    il_panel_change_view_t view;
    int grouped = a->grouped && b->grouped && il_partitions_same_groups(&a->groups, &b->groups);

    memset(&ties, 0, sizeof ties);
    memset(&pc, 0, sizeof pc);
    memset(&m, 0, sizeof m);
    IGRAPH_CHECK(il_alignment_init(&al, &a->g, &b->g));
    IGRAPH_FINALLY(align_release, &al);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&group_of, 0);
    if (grouped) {
        IGRAPH_CHECK(aligned_groups(a, b, &al, &group_of));
    }
    IGRAPH_FINALLY(ties_release, &ties);
    IGRAPH_CHECK(il_compare_ties(&a->g, &b->g, &al, grouped ? &group_of : NULL,
                                 grouped ? a->groups.k : 0, &ties));
    IGRAPH_FINALLY(presence_release, &pc);
    IGRAPH_CHECK(il_presence_change(a->present, b->present, il_graph_vcount(&p->roster), &pc));
    IGRAPH_FINALLY(match_release, &m);
    if (o->communities) {
        IGRAPH_CHECK(il_community_match(&a->comm_of, a->comm.k, &b->comm_of, b->comm.k,
                                        o->match, &m));
        IGRAPH_CHECK(il_community_tracks(&m, &a->tracks, next, &b->tracks));
    }
    memset(&view, 0, sizeof view);
    view.from = ws->w[k - 1].label;
    view.to = ws->w[k].label;
    view.ties = &ties;
    view.presence = &pc;
    view.roster = &p->roster;
    view.top = o->top;
    view.groups = grouped ? &a->groups : NULL;
    view.match = o->communities ? &m : NULL;
    view.tracks_a = &a->tracks;
    view.tracks_b = &b->tracks;
    if (rep) {
        IGRAPH_CHECK(il_report_add_panel_change(rep, &view));
    }
    il_community_match_destroy(&m);
    il_presence_change_destroy(&pc);
    il_tie_changes_destroy(&ties);
    igraph_vector_int_destroy(&group_of);
    il_alignment_destroy(&al);
    IGRAPH_FINALLY_CLEAN(5);
    return IGRAPH_SUCCESS;
}

/* The window's rows of the report. */
static igraph_error_t report_window(const il_panel_t *p, const il_windows_t *ws, size_t k,
                                    const il_panel_options_t *o, const window_state_t *s,
                                    il_report_t *rep)
{
    il_panel_window_view_t view;
    char first[64], last[64];
    il_duration_t one;
    igraph_integer_t present = 0, v;
    one.count = 1;
    one.unit = p->kind == IL_TIME_DAY ? IL_UNIT_DAY : p->kind == IL_TIME_MONTH ?
               IL_UNIT_MONTH : IL_UNIT_DEFAULT;
    il_panel_time_label(p, ws->w[k].start, first, sizeof first);
    il_panel_time_label(p, il_time_add(p->kind, ws->w[k].end, one, -1), last, sizeof last);
    for (v = 0; v < il_graph_vcount(&p->roster); v++) {
        present += s->present[v] != 0;
    }
    memset(&view, 0, sizeof view);
    view.label = ws->w[k].label;
    view.first = first;
    view.last = last;
    view.rows = ws->w[k].rows;
    view.present = present;
    view.summary = &s->summary;
    view.groups = s->grouped ? &s->groups : NULL;
    view.coupling = s->grouped ? &s->coupling : NULL;
    view.present_in_group = s->present_in_group;
    view.communities = s->detected ? &s->comm : NULL;
    view.tracks = s->detected ? &s->tracks : NULL;
    IGRAPH_CHECK(il_report_add_panel_window(rep, &view));
    if (o->with) {
        IGRAPH_CHECK(il_report_add_panel_nodes(rep, ws->w[k].label, &s->g, s->present_v, o->by,
                                               s->detected ? &s->track_v : NULL, &s->cols));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_panel_run
 * \brief Every window of \p ws, analysed with the options \p o, and every
 *        step between consecutive windows, into \p rep (may be NULL); each
 *        window's graph and node columns also go to \p sink (may be NULL).
 *
 * \return What the analyses return (IGRAPH_EINVAL for fewer than two
 *         --by groups), IGRAPH_ENOMEM.
 */
igraph_error_t il_i_panel_run(const il_panel_t *p, il_windows_t *ws,
                              const il_panel_options_t *o, il_report_t *rep,
                              const il_i_panel_sink_t *sink)
{
    window_state_t st[2];
    igraph_integer_t next = 0;
    size_t k;
    memset(st, 0, sizeof st);
    IGRAPH_FINALLY(state_release, &st[0]);
    IGRAPH_FINALLY(state_release, &st[1]);
    for (k = 0; k < ws->n; k++) {
        window_state_t *cur = &st[k % 2], *prev = &st[(k + 1) % 2];
        il_progress("windows", (double) k / (double) ws->n);
        state_destroy(cur);
        IGRAPH_CHECK(measure_window(p, ws, k, o, cur));
        if (k > 0) {            /* the step's row; gives cur's communities their tracks */
            IGRAPH_CHECK(compare_windows(p, ws, k, o, prev, cur, &next, rep));
        } else if (o->communities) {
            IGRAPH_CHECK(new_tracks(cur, &next));
        }
        if (o->communities) {
            IGRAPH_CHECK(vertex_tracks(cur));
        }
        if (rep) {
            IGRAPH_CHECK(report_window(p, ws, k, o, cur, rep));
        }
        if (sink) {
            IGRAPH_CHECK(sink->window(sink->arg, k, &cur->g, &cur->cols));
        }
    }
    il_progress("windows", 1.0);
    state_destroy(&st[0]);
    state_destroy(&st[1]);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_panel_analyse
 * \brief Every window of a panel and every step between windows, into \p rep.
 *
 * Per window (table `windows`): size, density, components, with o->by the
 * E-I index and the groups present (tables `groups`: each group's
 * members present, density, cohesion, coupling and E-I; `pairs`: block
 * ties and densities), with o->communities the communities (`communities`),
 * with o->with the per-node results of the present actors (`nodes`). Per
 * step (`changes`): ties gained, kept and lost with their weight, the
 * Jaccard of the tie sets, entrants and exits, the share of gained ties
 * that cross groups, the NMI of the two partitions, and the communities'
 * births, deaths, growth, contraction, merges and splits
 * (`community_events`). `panel` and `parameters` record how.
 *
 * \return IGRAPH_EINVAL for fewer than two --by groups; what the analyses
 *         return; IGRAPH_ENOMEM.
 *
 * Time complexity: per window, building it O(n + rows alive in it), the
 * summary without path lengths, coupling O(m + k^2), communities as
 * Leiden; per step O(m log d).
 */
igraph_error_t il_panel_analyse(const il_panel_t *p, il_windows_t *ws,
                                const il_panel_options_t *o, il_report_t *rep)
{
    il_panel_record_t rec;
    IGRAPH_CHECK(il_i_panel_run(p, ws, o, rep, NULL));
    memset(&rec, 0, sizeof rec);
    rec.panel = p;
    rec.windows = ws;
    rec.time_col = o->time_col;
    rec.events_path = o->events_path;
    rec.by = o->by;
    rec.analyses = 1;
    rec.empty_own = o->empty_own;
    rec.communities = o->communities;
    rec.match = o->match;
    rec.seed = o->seed;
    rec.with = o->with;
    return il_report_add_panel_record(rep, &rec);
}
