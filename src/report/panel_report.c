/*
 * Reports of `innolink panel`: one row per window in `windows`, per
 * window and group in `groups`, per window and pair of groups in `pairs`,
 * per step in `changes`, and the communities matched across windows
 * (docs/metrics-panel.md).
 */
#include "report/panel_report.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The top-level array \p name, created on first use. */
static cJSON *table(il_report_t *r, const char *name)
{
    cJSON *t = cJSON_GetObjectItemCaseSensitive(r->root, name);
    return t ? t : cJSON_AddArrayToObject(r->root, name);
}

static cJSON *new_row(cJSON *rows)
{
    cJSON *row = rows ? cJSON_CreateObject() : NULL;
    if (row) {
        cJSON_AddItemToArray(rows, row);
    }
    return row;
}

/* "C<track + 1>", the name a community keeps across windows. */
static void track_name(igraph_integer_t track, char *buf, size_t size)
{
    snprintf(buf, size, "C%" IGRAPH_PRId, track + 1);
}

/* ---- Windows ------------------------------------------------------------------ */

static igraph_error_t window_row(il_report_t *r, const il_panel_window_view_t *w)
{
    const il_summary_t *s = w->summary;
    cJSON *row = new_row(table(r, "windows"));
    CHECK_ITEM(row);
    IGRAPH_CHECK(il_report_string(row, "window", w->label));
    IGRAPH_CHECK(il_report_string(row, "first", w->first));
    IGRAPH_CHECK(il_report_string(row, "last", w->last));
    IGRAPH_CHECK(il_report_number(row, "rows", (double) w->rows));
    IGRAPH_CHECK(il_report_number(row, "actors", (double) w->present));
    IGRAPH_CHECK(il_report_number(row, "nodes", (double) s->nodes));
    IGRAPH_CHECK(il_report_number(row, "ties", (double) s->edges));
    IGRAPH_CHECK(il_report_number(row, "total_weight", s->total_weight));
    IGRAPH_CHECK(il_report_number(row, "density", s->density));
    IGRAPH_CHECK(il_report_number(row, "weighted_density", s->weighted_density));
    IGRAPH_CHECK(il_report_number(row, "mean_degree", s->mean_degree));
    IGRAPH_CHECK(il_report_number(row, "components", (double) s->components));
    IGRAPH_CHECK(il_report_number(row, "largest_component_share", s->largest_component_share));
    IGRAPH_CHECK(il_report_number(row, "isolates", (double) s->isolates));
    if (w->coupling) {
        igraph_integer_t g, present = 0;
        for (g = 0; g < w->groups->k; g++) {
            present += w->present_in_group[g] > 0;
        }
        IGRAPH_CHECK(il_report_number(row, "ei_index", w->coupling->whole.ei));
        IGRAPH_CHECK(il_report_number(row, "ei_index_weighted", w->coupling->whole.ei_weighted));
        IGRAPH_CHECK(il_report_number(row, "groups_present", (double) present));
        IGRAPH_CHECK(il_report_number(row, "actors_per_group", present > 0 ?
                                      (double) w->present / (double) present : NAN));
    }
    if (w->tracks) {
        IGRAPH_CHECK(il_report_number(row, "communities", (double) w->communities->k));
        IGRAPH_CHECK(il_report_number(row, "modularity", w->communities->modularity));
    }
    IGRAPH_CHECK(il_report_string(row, "note", w->rows == 0 ? "empty: no tie in this window"
                                  : ""));
    return IGRAPH_SUCCESS;
}

static igraph_error_t group_rows(il_report_t *r, const il_panel_window_view_t *w)
{
    const il_coupling_t *c = w->coupling;
    cJSON *rows = table(r, "groups");
    igraph_integer_t g;
    CHECK_ITEM(rows);
    for (g = 0; g < w->groups->k; g++) {
        const il_coupling_group_t *x = &c->group[g];
        cJSON *row = new_row(rows);
        CHECK_ITEM(row);
        IGRAPH_CHECK(il_report_string(row, "window", w->label));
        IGRAPH_CHECK(il_report_string(row, "group", il_partition_name(w->groups, g)));
        IGRAPH_CHECK(il_report_number(row, "members", (double) x->size));
        IGRAPH_CHECK(il_report_number(row, "present", (double) w->present_in_group[g]));
        IGRAPH_CHECK(il_report_number(row, "ties_inside", x->ei.ties_in));
        IGRAPH_CHECK(il_report_number(row, "ties_between", x->ei.ties_out));
        IGRAPH_CHECK(il_report_number(row, "weight_inside", x->ei.weight_in));
        IGRAPH_CHECK(il_report_number(row, "weight_between", x->ei.weight_out));
        IGRAPH_CHECK(il_report_number(row, "density", x->density));
        IGRAPH_CHECK(il_report_number(row, "cohesion", x->weighted_density));
        IGRAPH_CHECK(il_report_number(row, "coupling", x->coupling_share));
        IGRAPH_CHECK(il_report_number(row, "ei_index", x->ei.ei));
        IGRAPH_CHECK(il_report_number(row, "ei_index_weighted", x->ei.ei_weighted));
        IGRAPH_CHECK(il_report_string(row, "reading", il_coupling_reading_name(x->reading)));
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t pair_rows(il_report_t *r, const il_panel_window_view_t *w)
{
    const il_coupling_t *c = w->coupling;
    cJSON *rows = table(r, "pairs");
    igraph_integer_t a, b;
    CHECK_ITEM(rows);
    for (a = 0; a < w->groups->k; a++) {
        for (b = a; b < w->groups->k; b++) {
            double ties = MATRIX(c->ties, a, b), wt = MATRIX(c->weight, a, b);
            cJSON *row = new_row(rows);
            CHECK_ITEM(row);
            if (c->directed && a != b) {
                ties += MATRIX(c->ties, b, a);
                wt += MATRIX(c->weight, b, a);
            }
            IGRAPH_CHECK(il_report_string(row, "window", w->label));
            IGRAPH_CHECK(il_report_string(row, "from", il_partition_name(w->groups, a)));
            IGRAPH_CHECK(il_report_string(row, "to", il_partition_name(w->groups, b)));
            IGRAPH_CHECK(il_report_number(row, "ties", ties));
            IGRAPH_CHECK(il_report_number(row, "weight", wt));
            IGRAPH_CHECK(il_report_number(row, "density", MATRIX(c->density, a, b)));
            IGRAPH_CHECK(il_report_number(row, "weighted_density",
                                          MATRIX(c->weighted_density, a, b)));
        }
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t community_rows(il_report_t *r, const il_panel_window_view_t *w)
{
    const il_communities_t *c = w->communities;
    cJSON *rows = table(r, "communities");
    igraph_integer_t i;
    char name[32];
    CHECK_ITEM(rows);
    for (i = 0; i < c->k; i++) {
        cJSON *row = new_row(rows);
        CHECK_ITEM(row);
        track_name(VECTOR(*w->tracks)[i], name, sizeof name);
        IGRAPH_CHECK(il_report_string(row, "window", w->label));
        IGRAPH_CHECK(il_report_string(row, "community", name));
        IGRAPH_CHECK(il_report_number(row, "size", (double) VECTOR(c->size)[i]));
        IGRAPH_CHECK(il_report_number(row, "internal_ties", (double) VECTOR(c->internal_ties)[i]));
        IGRAPH_CHECK(il_report_number(row, "density", VECTOR(c->density)[i]));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_panel_window
 * \brief Append one window: a `windows` row (size, density, components,
 *        with groups the E-I and the groups present, with communities their
 *        number and modularity), its `groups` and `pairs` rows and its
 *        `communities` rows. An empty window is a row saying so.
 *
 * `windows` is the table CSV output prints. \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_panel_window(il_report_t *r, const il_panel_window_view_t *w)
{
    IGRAPH_CHECK(window_row(r, w));
    if (w->coupling) {
        IGRAPH_CHECK(group_rows(r, w));
        IGRAPH_CHECK(pair_rows(r, w));
    }
    if (w->communities && w->tracks) {
        IGRAPH_CHECK(community_rows(r, w));
    }
    r->table = "windows";
    return IGRAPH_SUCCESS;
}

/* ---- Changes ----------------------------------------------------------------- */

/* "A; B; C and 12 more" from roster vertices \p v (at most \p top named). */
static igraph_error_t id_list(cJSON *row, const char *key, const il_graph_t *roster,
                              const igraph_vector_int_t *v, igraph_integer_t top)
{
    igraph_integer_t i, n = igraph_vector_int_size(v);
    size_t len = 0, cap = 256;
    char *s = malloc(cap);
    igraph_error_t rc;
    IGRAPH_CHECK_OOM(s, "Out of memory building the report.");
    s[0] = '\0';
    for (i = 0; i < n && i < top; i++) {
        const char *id = il_graph_vertex_id(roster, VECTOR(*v)[i]);
        size_t need = len + strlen(id) + 48;
        if (need > cap) {
            char *ns = realloc(s, need * 2);
            if (!ns) {
                free(s);
                IGRAPH_ERROR("Out of memory building the report.", IGRAPH_ENOMEM);
            }
            s = ns;
            cap = need * 2;
        }
        len += (size_t) snprintf(s + len, cap - len, "%s%s", i ? "; " : "", id);
    }
    if (n > top) {
        snprintf(s + len, cap - len, " and %" IGRAPH_PRId " more", n - top);
    }
    rc = il_report_string(row, key, s);
    free(s);
    return rc;
}

/* "C1+C3" from communities \p c mapped to their tracks. */
static void track_list(const igraph_vector_int_t *c, const igraph_vector_int_t *tracks,
                       char *buf, size_t size)
{
    igraph_integer_t i;
    size_t len = 0;
    buf[0] = '\0';
    for (i = 0; i < igraph_vector_int_size(c) && len < size; i++) {
        len += (size_t) snprintf(buf + len, size - len, "%sC%" IGRAPH_PRId, i ? "+" : "",
                                 VECTOR(*tracks)[VECTOR(*c)[i]] + 1);
    }
}

static igraph_error_t event_rows(il_report_t *r, const il_panel_change_view_t *c)
{
    cJSON *rows = table(r, "community_events");
    char before[512], after[512], rule[96];
    size_t i;
    CHECK_ITEM(rows);
    snprintf(rule, sizeof rule, "Jaccard of members >= %g", c->match->threshold);
    for (i = 0; i < c->match->nevents; i++) {
        const il_community_event_t *e = &c->match->events[i];
        cJSON *row = new_row(rows);
        CHECK_ITEM(row);
        track_list(&e->before, c->tracks_a, before, sizeof before);
        track_list(&e->after, c->tracks_b, after, sizeof after);
        IGRAPH_CHECK(il_report_string(row, "from", c->from));
        IGRAPH_CHECK(il_report_string(row, "to", c->to));
        IGRAPH_CHECK(il_report_string(row, "event", il_community_event_name(e->kind)));
        IGRAPH_CHECK(il_report_string(row, "before", before));
        IGRAPH_CHECK(il_report_string(row, "after", after));
        IGRAPH_CHECK(il_report_number(row, "jaccard", e->jaccard));
        IGRAPH_CHECK(il_report_string(row, "rule", rule));
    }
    return IGRAPH_SUCCESS;
}

/* Gained ties between different groups, as a share of the gained ties. */
static double cross_share(const il_tie_changes_t *t)
{
    igraph_integer_t g, h;
    double cross = 0;
    if (t->all.gained == 0) {
        return NAN;
    }
    for (g = 0; g < t->k; g++) {
        for (h = 0; h < t->k; h++) {
            if (g != h) {
                cross += (double) t->pair[g * t->k + h].gained;
            }
        }
    }
    return cross / (double) t->all.gained;
}

/**
 * \function il_report_add_panel_change
 * \brief Append the step from one window to the next: a `changes` row
 *        (ties gained, kept and lost with their weight, Jaccard of the two
 *        tie sets, actors entering and leaving, the share of gained ties
 *        that cross groups, the NMI of the two windows' communities) and
 *        the step's `community_events`.
 *
 * \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_panel_change(il_report_t *r, const il_panel_change_view_t *c)
{
    const il_tie_counts_t *t = &c->ties->all;
    igraph_integer_t kept = t->strengthened + t->weakened + t->unchanged;
    double all = (double) (kept + t->gained + t->lost);
    cJSON *row = new_row(table(r, "changes"));
    CHECK_ITEM(row);
    IGRAPH_CHECK(il_report_string(row, "from", c->from));
    IGRAPH_CHECK(il_report_string(row, "to", c->to));
    IGRAPH_CHECK(il_report_number(row, "ties_gained", (double) t->gained));
    IGRAPH_CHECK(il_report_number(row, "ties_kept", (double) kept));
    IGRAPH_CHECK(il_report_number(row, "ties_lost", (double) t->lost));
    IGRAPH_CHECK(il_report_number(row, "weight_gained", t->weight_gained));
    IGRAPH_CHECK(il_report_number(row, "weight_lost", t->weight_lost));
    IGRAPH_CHECK(il_report_number(row, "weight_kept_change", t->weight_up - t->weight_down));
    IGRAPH_CHECK(il_report_number(row, "strengthened", (double) t->strengthened));
    IGRAPH_CHECK(il_report_number(row, "weakened", (double) t->weakened));
    IGRAPH_CHECK(il_report_number(row, "jaccard", all > 0 ? (double) kept / all : NAN));
    IGRAPH_CHECK(il_report_number(row, "actors_entered",
                                  (double) igraph_vector_int_size(&c->presence->entrants)));
    IGRAPH_CHECK(il_report_number(row, "actors_exited",
                                  (double) igraph_vector_int_size(&c->presence->exits)));
    IGRAPH_CHECK(il_report_number(row, "actors_stayed", (double) c->presence->stayed));
    if (c->groups) {
        IGRAPH_CHECK(il_report_number(row, "new_cross_group_share", cross_share(c->ties)));
    }
    if (c->match) {
        IGRAPH_CHECK(il_report_number(row, "communities_nmi", c->match->nmi));
    }
    IGRAPH_CHECK(id_list(row, "entrants", c->roster, &c->presence->entrants, c->top));
    IGRAPH_CHECK(id_list(row, "exits", c->roster, &c->presence->exits, c->top));
    if (c->match) {
        IGRAPH_CHECK(event_rows(r, c));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_panel_nodes
 * \brief Append the present actors of a window to the `nodes` table.
 *
 * Columns: window, id, label, the --by group, the community (C<track>),
 * then the per-node columns of the --with analyses. \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_panel_nodes(il_report_t *r, const char *window,
                                         const il_graph_t *g, const char *present,
                                         const char *by, const igraph_vector_int_t *track,
                                         const il_columns_t *cols)
{
    cJSON *rows = table(r, "nodes");
    long bycol = by ? il_graph_vattr_find(g, by) : -1;
    igraph_integer_t v;
    size_t c;
    char name[32];
    CHECK_ITEM(rows);
    for (v = 0; v < il_graph_vcount(g); v++) {
        cJSON *row;
        if (!present[v]) {
            continue;
        }
        row = new_row(rows);
        CHECK_ITEM(row);
        IGRAPH_CHECK(il_report_string(row, "window", window));
        IGRAPH_CHECK(il_report_string(row, "id", il_graph_vertex_id(g, v)));
        IGRAPH_CHECK(il_report_string(row, "label", il_graph_vertex_label(g, v)));
        if (by) {
            IGRAPH_CHECK(il_report_string(row, by, bycol >= 0 ?
                                          il_graph_vattr_get(g, (size_t) bycol, v) : ""));
        }
        if (track) {
            name[0] = '\0';
            if (VECTOR(*track)[v] >= 0) {
                track_name(VECTOR(*track)[v], name, sizeof name);
            }
            IGRAPH_CHECK(il_report_string(row, "community", name));
        }
        for (c = 0; cols && c < cols->ncol; c++) {
            const il_column_t *col = &cols->col[c];
            if (cJSON_GetObjectItemCaseSensitive(row, col->name)) {
                continue;       /* a column of the row already (community) */
            }
            if (col->numeric) {
                IGRAPH_CHECK(il_report_number(row, col->name, col->num[v]));
            } else {
                IGRAPH_CHECK(il_report_string(row, col->name, col->str[v]));
            }
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_panel_record
 * \brief Record the panel and its windows: `panel` (time column, kind,
 *        rows, actors, the times covered, empty windows, times left out)
 *        and the options in `parameters`.
 *
 * \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_panel_record(il_report_t *r, const il_panel_record_t *rec)
{
    const il_panel_t *p = rec->panel;
    const il_windows_t *ws = rec->windows;
    cJSON *obj = cJSON_AddObjectToObject(r->root, "panel"), *par, *empty;
    char buf[64];
    size_t k;
    CHECK_ITEM(obj);
    IGRAPH_CHECK(il_report_string(obj, "time", rec->time_col ? rec->time_col :
                                  "the snapshot files, in the order given"));
    IGRAPH_CHECK(il_report_string(obj, "time_kind", p->kind == IL_TIME_ORDINAL ? "period" :
                                  p->kind == IL_TIME_DAY ? "date" :
                                  p->kind == IL_TIME_MONTH ? "month" : "year"));
    if (rec->events_path) {
        IGRAPH_CHECK(il_report_string(obj, "events", rec->events_path));
    }
    IGRAPH_CHECK(il_report_string(obj, "rows_are", p->affiliation ?
                                  "memberships (actor in event), projected per window" :
                                  "dated ties"));
    IGRAPH_CHECK(il_report_number(obj, "rows", (double) p->n));
    IGRAPH_CHECK(il_report_number(obj, "actors", (double) il_graph_vcount(&p->roster)));
    IGRAPH_CHECK(il_report_string(obj, "window_actors", p->listed ?
                                  "every actor of the node table, isolated when inactive" :
                                  "the actors with a tie (or membership) in the window"));
    il_panel_time_label(p, ws->since, buf, sizeof buf);
    IGRAPH_CHECK(il_report_string(obj, "since", buf));
    il_panel_time_label(p, ws->until, buf, sizeof buf);
    IGRAPH_CHECK(il_report_string(obj, "until", buf));
    IGRAPH_CHECK(il_report_number(obj, "windows", (double) ws->n));
    IGRAPH_CHECK(il_report_string(obj, "left_out", ws->left_out));
    empty = cJSON_AddArrayToObject(obj, "empty_windows");
    CHECK_ITEM(empty);
    for (k = 0; k < ws->n; k++) {
        if (ws->w[k].rows == 0) {
            cJSON *s = cJSON_CreateString(ws->w[k].label);
            CHECK_ITEM(s);
            cJSON_AddItemToArray(empty, s);
        }
    }

    par = il_report_parameters(r);
    CHECK_ITEM(par);
    il_duration_format(ws->o.window, buf, sizeof buf);
    IGRAPH_CHECK(il_report_string(par, "window", buf));
    il_duration_format(ws->o.step, buf, sizeof buf);
    IGRAPH_CHECK(il_report_string(par, "step", buf));
    IGRAPH_CHECK(il_report_bool(par, "cumulative", ws->o.cumulative));
    il_duration_format(ws->o.lifetime, buf, sizeof buf);
    IGRAPH_CHECK(il_report_string(par, "lifetime", ws->o.cumulative ? "until the end" : buf));
    IGRAPH_CHECK(il_report_string(par, "by", rec->by));
    if (rec->by) {
        IGRAPH_CHECK(il_report_string(par, "empty_group", rec->empty_own ? "own group" :
                                      "error"));
    }
    if (!rec->analyses) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(il_report_bool(par, "communities", rec->communities));
    if (rec->communities) {
        IGRAPH_CHECK(il_report_string(par, "community_method",
                                      "leiden, modularity, 10 seeded runs, per window"));
        IGRAPH_CHECK(il_report_number(par, "match_jaccard", rec->match));
    }
    IGRAPH_CHECK(il_report_number(par, "seed", (double) rec->seed));
    IGRAPH_CHECK(il_report_string(par, "with", rec->with));
    IGRAPH_CHECK(il_report_string(par, "tie_changes", "compare's: gained, kept "
                                  "(strengthened, weakened, unchanged) and lost"));
    return IGRAPH_SUCCESS;
}
