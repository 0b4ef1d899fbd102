/*
 * Evaluating a programme on a panel: the outcome of every unit (a group,
 * or a pair of groups) in every window, the treated units and the start
 * as the user names them, and the designs of analysis/did.c
 * (docs/metrics-panel.md, "Evaluation designs").
 */
#include "pipeline/panel_internal.h"
#include "report/panel_report.h"

#include <stdlib.h>
#include <string.h>

/** \function il_outcome_name \brief The outcome as --outcome spells it. */
const char *il_outcome_name(il_outcome_t o)
{
    static const char *const names[] = { "auto", "block-density", "weighted-block-density",
                                         "ei", "ei-weighted", "coupling", "cohesion"
                                       };
    return names[o];
}

static const char *outcome_text(il_outcome_t o)
{
    switch (o) {
    case IL_OUTCOME_BLOCK_DENSITY:
        return "block density: ties between the two groups / possible pairs (n_g n_h)";
    case IL_OUTCOME_WEIGHTED_DENSITY:
        return "weighted block density: summed tie strength between the two groups / "
               "possible pairs";
    case IL_OUTCOME_EI:
        return "E-I index of the group: (E - I) / (E + I) over ties with an end in it";
    case IL_OUTCOME_EI_WEIGHTED:
        return "E-I index of the group over tie strengths";
    case IL_OUTCOME_COUPLING:
        return "coupling share: the group's tie strength that leaves it / all of its "
               "tie strength";
    case IL_OUTCOME_COHESION:
        return "cohesion: weighted density inside the group";
    case IL_OUTCOME_AUTO:
        break;
    }
    return "";
}

static int pair_outcome(il_outcome_t o)
{
    return o == IL_OUTCOME_BLOCK_DENSITY || o == IL_OUTCOME_WEIGHTED_DENSITY;
}

/* The units: groups, or unordered pairs of different groups (a < b). */
typedef struct units {
    igraph_integer_t n, k;
    int pairs;
    char **name;
    igraph_integer_t *a, *b;
    int *role;                  /* 1 treated, 0 control, -1 left out */
} units_t;

static void units_destroy(units_t *u)
{
    igraph_integer_t i;
    for (i = 0; u->name && i < u->n; i++) {
        free(u->name[i]);
    }
    free(u->name);
    free(u->a);
    free(u->b);
    free(u->role);
    memset(u, 0, sizeof *u);
}

static void units_release(void *u)
{
    units_destroy(u);
}

static igraph_error_t units_init(units_t *u, const il_partition_t *groups, int pairs)
{
    igraph_integer_t k = groups->k, g, h, i = 0;
    u->k = k;
    u->pairs = pairs;
    u->n = pairs ? k * (k - 1) / 2 : k;
    u->name = calloc((size_t) u->n + 1, sizeof *u->name);
    u->a = calloc((size_t) u->n + 1, sizeof *u->a);
    u->b = calloc((size_t) u->n + 1, sizeof *u->b);
    u->role = calloc((size_t) u->n + 1, sizeof *u->role);
    if (!u->name || !u->a || !u->b || !u->role) {
        IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
    }
    for (g = 0; g < k; g++) {
        for (h = pairs ? g + 1 : g; h < (pairs ? k : g + 1); h++) {
            const char *x = il_partition_name(groups, g), *y = il_partition_name(groups, h);
            size_t len = strlen(x) + strlen(y) + 2;
            u->name[i] = malloc(len);
            IGRAPH_CHECK_OOM(u->name[i], "Out of memory.");
            if (pairs) {
                snprintf(u->name[i], len, "%s:%s", x, y);
            } else {
                snprintf(u->name[i], len, "%s", x);
            }
            u->a[i] = g;
            u->b[i] = h;
            i++;
        }
    }
    return IGRAPH_SUCCESS;
}

/* The group named s[0..len), or -1. */
static igraph_integer_t group_named(const il_partition_t *groups, const char *s, size_t len)
{
    uint32_t id;
    return il_strtab_find(&groups->names, s, len, &id) ? (igraph_integer_t) id : -1;
}

/* "the groups of 'cluster' are: A, B, C" into buf. */
static void list_groups(const il_partition_t *groups, const char *by, char *buf, size_t size)
{
    igraph_integer_t g;
    size_t len = (size_t) snprintf(buf, size, "the groups of '%s' are:", by);
    for (g = 0; g < groups->k && len < size; g++) {
        len += (size_t) snprintf(buf + len, size - len, "%s %s", g ? "," : "",
                                 il_partition_name(groups, g));
    }
}

/* The unit an item of --treated or --controls names, or -1 with the
 * reason in \p why. Pairs "A:B" are split at whichever ':' leaves two
 * groups, so group names may hold ':' themselves. */
static igraph_integer_t unit_named(const units_t *u, const il_partition_t *groups,
                                   const char *s, size_t len, char *why, size_t size)
{
    size_t i;
    igraph_integer_t g, h, x;
    if (!u->pairs) {
        g = group_named(groups, s, len);
        if (g < 0) {
            snprintf(why, size, "no group '%.*s'", (int) len, s);
        }
        return g;
    }
    for (i = 0; i < len; i++) {
        if (s[i] != ':') {
            continue;
        }
        g = group_named(groups, s, i);
        h = group_named(groups, s + i + 1, len - i - 1);
        if (g >= 0 && h >= 0) {
            if (g == h) {
                snprintf(why, size, "'%.*s' pairs a group with itself; a pair joins two "
                         "different groups", (int) len, s);
                return -1;
            }
            if (g > h) {
                x = g;
                g = h;
                h = x;
            }
            for (x = 0; x < u->n; x++) {
                if (u->a[x] == g && u->b[x] == h) {
                    return x;
                }
            }
        }
    }
    snprintf(why, size, memchr(s, ':', len) ? "no pair of groups '%.*s'" :
             "'%.*s' is not a pair of groups: write GROUP:GROUP for this outcome",
             (int) len, s);
    return -1;
}

/* Set role \p role for every unit of the comma-separated \p list. */
static igraph_error_t assign_roles(units_t *u, const il_partition_t *groups, const char *by,
                                   const char *list, const char *option, int role,
                                   int *usage)
{
    const char *p = list;
    char why[300], names[1024];
    while (*p) {
        size_t len = strcspn(p, ",");
        if (len > 0) {
            igraph_integer_t x = unit_named(u, groups, p, len, why, sizeof why);
            if (x < 0) {
                list_groups(groups, by, names, sizeof names);
                *usage = 1;
                IGRAPH_ERRORF("%s: %s; %s", IGRAPH_EINVAL, option, why, names);
            }
            if (u->role[x] != -1 && u->role[x] != role) {
                *usage = 1;
                IGRAPH_ERRORF("%s: '%s' is named as treated and as a control", IGRAPH_EINVAL,
                              option, u->name[x]);
            }
            u->role[x] = role;
        }
        p += len;
        if (*p == ',') {
            p++;
        }
    }
    return IGRAPH_SUCCESS;
}

/* The outcome of unit \p i in a window's coupling. */
static double outcome_of(const units_t *u, igraph_integer_t i, const il_coupling_t *c,
                         il_outcome_t o)
{
    igraph_integer_t a = u->a[i], b = u->b[i];
    const il_coupling_group_t *g = &c->group[a];
    switch (o) {
    case IL_OUTCOME_BLOCK_DENSITY:
        return c->directed ? 0.5 * (MATRIX(c->density, a, b) + MATRIX(c->density, b, a))
               : MATRIX(c->density, a, b);
    case IL_OUTCOME_WEIGHTED_DENSITY:
        return c->directed ? 0.5 * (MATRIX(c->weighted_density, a, b) +
                                    MATRIX(c->weighted_density, b, a))
               : MATRIX(c->weighted_density, a, b);
    case IL_OUTCOME_EI:
        return g->ei.ei;
    case IL_OUTCOME_EI_WEIGHTED:
        return g->ei.ei_weighted;
    case IL_OUTCOME_COUPLING:
        return g->coupling_share;
    case IL_OUTCOME_COHESION:
        return g->weighted_density;
    case IL_OUTCOME_AUTO:
        break;
    }
    return NAN;
}

/* y[unit, window] for every window of the panel. */
static igraph_error_t outcomes(const il_panel_t *p, il_windows_t *ws,
                               const il_evaluate_options_t *o, il_outcome_t outcome,
                               const units_t *u, double *y)
{
    il_coupling_options_t co = IL_COUPLING_OPTIONS_INIT;
    size_t k, K = ws->n;
    igraph_integer_t i;
    co.permutations = 0;
    co.cuts = 0;
    co.vulnerability = 0;
    co.null.samples = 0;      /* the numbers only: no null-model readings */
    for (k = 0; k < K; k++) {
        il_graph_t g = IL_GRAPH_INIT;
        il_partition_t part;
        il_coupling_t c;
        memset(&part, 0, sizeof part);
        memset(&c, 0, sizeof c);
        il_progress("windows", (double) k / (double) K);
        IGRAPH_FINALLY(il_graph_destroy, &g);
        IGRAPH_CHECK(il_panel_window_graph(p, ws, k, &g, NULL, NULL));
        IGRAPH_FINALLY(il_partition_destroy, &part);
        IGRAPH_CHECK(il_partition_from_attr(&g, o->by, o->empty_own ? IL_EMPTY_OWN_GROUP :
                                            IL_EMPTY_ERROR, &part));
        IGRAPH_FINALLY(il_coupling_destroy, &c);
        IGRAPH_CHECK(il_coupling(&g, &part, &co, &c));
        for (i = 0; i < u->n; i++) {
            y[(size_t) i * K + k] = outcome_of(u, i, &c, outcome);
        }
        if (ws->w[k].rows == 0) {
            il_warn("window %s is empty: no tie in it", ws->w[k].label);
        }
        il_coupling_destroy(&c);
        il_partition_destroy(&part);
        il_graph_destroy(&g);
        IGRAPH_FINALLY_CLEAN(3);
    }
    il_progress("windows", 1.0);
    return IGRAPH_SUCCESS;
}

/* post[k]: 1 from the start on, 0 before, -1 for a window across it. */
static igraph_error_t periods(const il_panel_t *p, const il_windows_t *ws, const char *when,
                              const char *option, int *post, int64_t *t, int *usage)
{
    size_t k;
    char a[64], b[64];
    if (!il_panel_time_parse(p, when, t)) {
        il_panel_time_label(p, p->first, a, sizeof a);
        il_panel_time_label(p, p->last, b, sizeof b);
        *usage = 1;
        IGRAPH_ERRORF("%s %s: not %s of the panel (its times run from %s to %s)",
                      IGRAPH_EINVAL, option, when, il_time_kind_name(p->kind), a, b);
    }
    if (post) {
        size_t before = 0, after = 0;
        for (k = 0; k < ws->n; k++) {
            post[k] = ws->w[k].start >= *t ? 1 : ws->w[k].end <= *t ? 0 : -1;
            before += post[k] == 0;
            after += post[k] == 1;
        }
        if (before == 0 || after == 0) {
            *usage = 1;
            IGRAPH_ERRORF("%s %s: no window %s it (the windows run from %s to %s)",
                          IGRAPH_EINVAL, option, when, after == 0 ? "starts at or after" :
                          "ends before", ws->w[0].label, ws->w[ws->n - 1].label);
        }
    }
    return IGRAPH_SUCCESS;
}

/* The period index of the placebo start: the first window from it on. */
static igraph_error_t placebo_period(const il_panel_t *p, const il_windows_t *ws,
                                     const char *when, igraph_integer_t *k, int *usage)
{
    int64_t t;
    size_t i;
    IGRAPH_CHECK(periods(p, ws, when, "--placebo-start", NULL, &t, usage));
    for (i = 0; i < ws->n; i++) {
        if (ws->w[i].start >= t) {
            *k = (igraph_integer_t) i;
            return IGRAPH_SUCCESS;
        }
    }
    *usage = 1;
    IGRAPH_ERRORF("--placebo-start %s: no window starts at or after it", IGRAPH_EINVAL, when);
}

static void did_release(void *r)
{
    il_did_destroy(r);
}

/**
 * \function il_panel_evaluate
 * \brief Evaluate a programme: difference-in-differences, event study and
 *        placebos on the windows of a panel, into \p rep.
 *
 * Units are the groups of o->by (outcomes ei, ei-weighted, coupling,
 * cohesion) or their unordered pairs (block-density,
 * weighted-block-density); o->treated names the treated ones, o->controls
 * the controls (default: all others). A window is before the start when
 * it ends by o->start, after when it starts there, and left out when it
 * spans it. The outcome comes from each window's coupling (no tests).
 *
 * \param usage  Set to 1 when the arguments are at fault: a treated or
 *               control unit that does not exist (the message names the
 *               groups), a start that is no time of the panel.
 * \return IGRAPH_EINVAL (reason recorded); what the analyses return.
 *
 * Time complexity: per window, building it and its coupling O(n + m +
 * k^2); the design O(A (U + K) + U K^2).
 */
igraph_error_t il_panel_evaluate(const il_panel_t *p, il_windows_t *ws,
                                 const il_evaluate_options_t *o, il_report_t *rep,
                                 int *usage)
{
    il_outcome_t outcome = o->outcome;
    il_partition_t groups;
    units_t u;
    il_did_design_t d;
    il_did_options_t dopt = o->did;
    il_did_result_t res;
    il_evaluation_view_t view;
    double *y;
    int *post, *treated;
    int64_t t0;
    igraph_integer_t i, nt = 0;
    const char **labels;

    *usage = 0;
    memset(&groups, 0, sizeof groups);
    memset(&u, 0, sizeof u);
    if (outcome == IL_OUTCOME_AUTO) {
        outcome = o->treated && strchr(o->treated, ':') ? IL_OUTCOME_BLOCK_DENSITY :
                  IL_OUTCOME_EI;
    }
    IGRAPH_FINALLY(il_partition_destroy, &groups);
    IGRAPH_CHECK(il_partition_from_attr(&p->roster, o->by, o->empty_own ? IL_EMPTY_OWN_GROUP :
                                        IL_EMPTY_ERROR, &groups));
    IGRAPH_CHECK(il_groups_require_two(&groups, o->by));
    IGRAPH_FINALLY(units_release, &u);
    IGRAPH_CHECK(units_init(&u, &groups, pair_outcome(outcome)));
    for (i = 0; i < u.n; i++) {
        u.role[i] = -1;
    }
    IGRAPH_CHECK(assign_roles(&u, &groups, o->by, o->treated, "--treated", 1, usage));
    if (o->controls) {
        IGRAPH_CHECK(assign_roles(&u, &groups, o->by, o->controls, "--controls", 0, usage));
    } else {
        for (i = 0; i < u.n; i++) {
            u.role[i] = u.role[i] == 1 ? 1 : 0;
        }
    }
    for (i = 0; i < u.n; i++) {
        nt += u.role[i] == 1;
    }
    if (nt == 0) {
        *usage = 1;
        IGRAPH_ERROR("--treated names no unit", IGRAPH_EINVAL);
    }

    y = calloc((size_t) (u.n * (igraph_integer_t) ws->n) + 1, sizeof *y);
    post = calloc(ws->n + 1, sizeof *post);
    treated = calloc((size_t) u.n + 1, sizeof *treated);
    labels = calloc(ws->n + 1, sizeof *labels);
    if (!y || !post || !treated || !labels) {
        free(y);
        free(post);
        free(treated);
        free(labels);
        IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(igraph_free, y);
    IGRAPH_FINALLY(igraph_free, post);
    IGRAPH_FINALLY(igraph_free, treated);
    IGRAPH_FINALLY(igraph_free, labels);
    IGRAPH_CHECK(periods(p, ws, o->start, "--start", post, &t0, usage));
    if (o->placebo_start) {
        IGRAPH_CHECK(placebo_period(p, ws, o->placebo_start, &dopt.placebo_start, usage));
    }
    for (i = 0; i < (igraph_integer_t) ws->n; i++) {
        labels[i] = ws->w[i].label;
    }
    for (i = 0; i < u.n; i++) {
        treated[i] = u.role[i];
    }
    IGRAPH_CHECK(outcomes(p, ws, o, outcome, &u, y));

    d.units = u.n;
    d.periods = (igraph_integer_t) ws->n;
    d.y = y;
    d.treated = treated;
    d.post = post;
    memset(&res, 0, sizeof res);
    IGRAPH_FINALLY(did_release, &res);
    IGRAPH_CHECK(il_did(&d, &dopt, &res));

    memset(&view, 0, sizeof view);
    view.outcome = il_outcome_name(outcome);
    view.outcome_text = outcome_text(outcome);
    view.pairs = u.pairs;
    view.by = o->by;
    view.unit_names = (const char *const *) u.name;
    view.period_labels = labels;
    view.start = o->start;
    view.design = &d;
    view.res = &res;
    view.options = &dopt;
    IGRAPH_CHECK(il_report_add_evaluation(rep, &view));

    il_did_destroy(&res);
    free(labels);
    free(treated);
    free(post);
    free(y);
    units_destroy(&u);
    il_partition_destroy(&groups);
    IGRAPH_FINALLY_CLEAN(7);
    return IGRAPH_SUCCESS;
}
