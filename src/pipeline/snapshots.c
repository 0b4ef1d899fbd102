/*
 * Snapshots: how a network changed between snapshots, for example before
 * and after a cooperation programme (docs/metrics-compare.md).
 */
#include "pipeline/pipeline.h"
#include "core/setup.h"
#include "core/utf8.h"

#include <cjson/cJSON.h>

#include <stdlib.h>
#include <string.h>

/* One snapshot's figures. */
typedef struct snapshot {
    il_summary_t s;
    il_centrality_t ce;
    il_partition_t p;
    il_coupling_t cp;
    il_brokerage_t br;
    int grouped;
} snapshot_t;

static void snapshots_free(snapshot_t *snap, size_t n)
{
    size_t i;
    for (i = 0; snap && i < n; i++) {
        il_centrality_destroy(&snap[i].ce);
        il_partition_destroy(&snap[i].p);
        il_coupling_destroy(&snap[i].cp);
        il_brokerage_destroy(&snap[i].br);
    }
    free(snap);
}

typedef struct snapshot_set {
    snapshot_t *snap;
    size_t n;
} snapshot_set_t;

static void snapshot_set_destroy(snapshot_set_t *set)
{
    snapshots_free(set->snap, set->n);
    set->snap = NULL;
}

/* The per-snapshot analyses: summary, betweenness, and with groups the
 * coupling (no test, no cuts) and brokerage. */
static igraph_error_t snapshot_measure(const il_graph_t *g, const il_snapshots_options_t *o,
                                       snapshot_t *s)
{
    il_summary_options_t so = IL_SUMMARY_OPTIONS_INIT;
    il_centrality_options_t co = IL_CENTRALITY_OPTIONS_INIT;
    il_coupling_options_t cpo = IL_COUPLING_OPTIONS_INIT;
    co.measures = 1u << IL_MEASURE_BETWEENNESS;
    co.path_weight = o->path_weight;
    co.jobs = 1;
    cpo.permutations = 0;
    cpo.cuts = 0;
    cpo.seed = o->seed;         /* the readings' null: IL_COUPLING_OPTIONS_INIT's */
    cpo.null.samples = o->samples;
    cpo.null.jobs = 1;
    IGRAPH_CHECK(il_summary(g, &so, &s->s));
    IGRAPH_CHECK(il_centrality(g, &co, &s->ce));
    if (o->by) {
        IGRAPH_CHECK(il_partition_from_attr(g, o->by, o->empty_own ? IL_EMPTY_OWN_GROUP :
                                            IL_EMPTY_ERROR, &s->p));
        IGRAPH_CHECK(il_groups_require(&s->p, o->by));
        IGRAPH_CHECK(il_coupling(g, &s->p, &cpo, &s->cp));
        IGRAPH_CHECK(il_brokerage(g, &s->p, &s->br));
        s->grouped = 1;
    }
    return IGRAPH_SUCCESS;
}

static il_snapshot_view_t view_of(const il_graph_t *g, const char *label, const snapshot_t *s)
{
    il_snapshot_view_t v;
    v.label = label;
    v.g = g;
    v.summary = &s->s;
    v.centrality = &s->ce;
    v.coupling = s->grouped ? &s->cp : NULL;
    v.groups = s->grouped ? &s->p : NULL;
    v.brokerage = s->grouped ? &s->br : NULL;
    return v;
}

/* The groups of the aligned actors, from whichever snapshot has them; the
 * groups must mean the same in both. */
static igraph_error_t union_groups(const snapshot_t *a, const snapshot_t *b,
                                   const char *la, const char *lb, const il_alignment_t *al,
                                   const char *by, igraph_vector_int_t *group_of)
{
    igraph_integer_t u, n = il_strtab_size(&al->ids);
    if (!il_partitions_same_groups(&a->p, &b->p)) {
        IGRAPH_ERRORF("the snapshots '%s' and '%s' have different groups by '%s'; give them "
                      "one node table with --nodes", IGRAPH_EINVAL, la, lb, by);
    }
    IGRAPH_CHECK(igraph_vector_int_resize(group_of, n));
    for (u = 0; u < n; u++) {
        igraph_integer_t va = VECTOR(al->in_before)[u], vb = VECTOR(al->in_after)[u];
        VECTOR(*group_of)[u] = va >= 0 ? VECTOR(a->p.membership)[va]
                               : VECTOR(b->p.membership)[vb];
    }
    return IGRAPH_SUCCESS;
}

/* Compare snapshot i with snapshot i + 1 and add the step to the report. */
static igraph_error_t compare_step(const il_graph_t *g, const char *const *labels,
                                   const snapshot_t *snap, size_t i,
                                   const il_snapshots_options_t *o, il_report_t *rep)
{
    const snapshot_t *a = &snap[i], *b = &snap[i + 1];
    il_snapshot_view_t va = view_of(&g[i], labels[i], a), vb = view_of(&g[i + 1], labels[i + 1], b);
    il_alignment_t al;
    il_tie_changes_t ties;
    il_qap_t qap;
    il_ei_change_t ei;
    igraph_vector_int_t group_of;
    int grouped = a->grouped && b->grouped;
    char key[300];

    memset(&ties, 0, sizeof ties);
    IGRAPH_CHECK(il_alignment_init(&al, &g[i], &g[i + 1]));
    IGRAPH_FINALLY(il_alignment_destroy, &al);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&group_of, 0);
    IGRAPH_FINALLY(il_tie_changes_destroy, &ties);
    if (grouped) {
        IGRAPH_CHECK(union_groups(a, b, labels[i], labels[i + 1], &al, o->by, &group_of));
    }
    snprintf(key, sizeof key, "change %s -> %s", labels[i], labels[i + 1]);
    IGRAPH_CHECK(il_compare_ties(&g[i], &g[i + 1], &al, grouped ? &group_of : NULL, a->p.k,
                                 &ties));
    IGRAPH_CHECK(il_qap_correlation(&g[i], &g[i + 1], &al, /* weighted = */ 1,
                                    o->permutations, o->seed, &qap));
    if (grouped) {
        IGRAPH_CHECK(il_ei_change_test(&g[i], &g[i + 1], &al, &group_of, o->permutations,
                                       o->seed, &ei));
    }
    IGRAPH_CHECK(il_report_add_change(rep, key, &va, &vb, &al, &ties, &qap,
                                      grouped ? &ei : NULL, o->top));
    il_tie_changes_destroy(&ties);
    igraph_vector_int_destroy(&group_of);
    il_alignment_destroy(&al);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* The options as `parameters` record them. */
static igraph_error_t add_parameters(const il_snapshots_options_t *o, il_report_t *rep)
{
    cJSON *p = il_report_parameters(rep), *list;
    size_t i;
    IGRAPH_CHECK_OOM(p, "Out of memory.");
    IGRAPH_CHECK(il_report_string(p, "by", o->by));
    IGRAPH_CHECK(il_report_string(p, "period", o->period));
    IGRAPH_CHECK(il_report_number(p, "permutations", (double) o->permutations));
    IGRAPH_CHECK(il_report_number(p, "seed", (double) o->seed));
    IGRAPH_CHECK(il_report_number(p, "top", (double) o->top));
    IGRAPH_CHECK(il_report_string(p, "path_weight", il_distance_name(o->path_weight)));
    IGRAPH_CHECK(il_report_string(p, "qap_values", "tie strengths"));
    if (o->by) {
        il_coupling_options_t cpo = IL_COUPLING_OPTIONS_INIT;
        IGRAPH_CHECK(il_report_string(p, "reading", IL_COUPLING_READING_RULE));
        IGRAPH_CHECK(il_report_string(p, "reading_null", il_null_model_describe(
                                          IL_NULL_DEGREE, cpo.null.weights)));
        IGRAPH_CHECK(il_report_number(p, "reading_samples", (double) o->samples));
        IGRAPH_CHECK(il_report_number(p, "reading_swaps_per_tie", cpo.null.swaps_per_edge));
        IGRAPH_CHECK(il_report_number(p, "reading_alpha", cpo.null.alpha));
        IGRAPH_CHECK(il_report_number(p, "isolated_below", cpo.isolated_below));
    }
    list = cJSON_AddArrayToObject(p, "snapshot_files");
    IGRAPH_CHECK_OOM(list, "Out of memory.");
    for (i = 0; i < o->nfiles; i++) {
        cJSON *s = cJSON_CreateString(o->files[i]);
        IGRAPH_CHECK_OOM(s, "Out of memory.");
        cJSON_AddItemToArray(list, s);
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_snapshots_compare
 * \brief Compare the snapshots g[0..n) in time order, into \p rep.
 *
 * Per snapshot: the summary keys, betweenness, and with o->by the coupling
 * and brokerage of the groups (at least two). Per step: ties gained, lost,
 * strengthened and weakened, entrants and leavers, QAP with o->permutations
 * permutations, and with groups the change of E-I with its permutation test
 * and the per-group and per-pair changes; the o->top actors that changed
 * most. Actors are aligned by id. The snapshots' groups must be the same
 * (read them with one node table).
 *
 * \return IGRAPH_EINVAL for fewer than two snapshots or different groups;
 *         what the analyses return.
 *
 * Time complexity: per snapshot, betweenness O(n m + n^2 log n); per step,
 * O(permutations (n + m)).
 */
igraph_error_t il_snapshots_compare(const il_graph_t *g, const char *const *labels, size_t n,
                                    const il_snapshots_options_t *o, il_report_t *rep)
{
    snapshot_set_t set;
    il_snapshot_view_t *views;
    size_t i;
    il_clear_error();
    if (n < 2) {
        IGRAPH_ERROR("Comparing needs two or more snapshots.", IGRAPH_EINVAL);
    }
    set.n = n;
    set.snap = calloc(n, sizeof *set.snap);
    IGRAPH_CHECK_OOM(set.snap, "Out of memory.");
    IGRAPH_FINALLY(snapshot_set_destroy, &set);
    for (i = 0; i < n; i++) {
        IGRAPH_CHECK(snapshot_measure(&g[i], o, &set.snap[i]));
    }
    views = calloc(n, sizeof *views);
    IGRAPH_CHECK_OOM(views, "Out of memory.");
    IGRAPH_FINALLY(igraph_free, views);
    for (i = 0; i < n; i++) {
        views[i] = view_of(&g[i], labels[i], &set.snap[i]);
    }
    IGRAPH_CHECK(il_report_add_snapshots(rep, views, n));
    igraph_free(views);
    IGRAPH_FINALLY_CLEAN(1);
    for (i = 0; i + 1 < n; i++) {
        IGRAPH_CHECK(compare_step(g, labels, set.snap, i, o, rep));
    }
    IGRAPH_CHECK(add_parameters(o, rep));
    snapshot_set_destroy(&set);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Time order of period values: numbers by value, then bytes. */
static int cmp_period(const void *a, const void *b)
{
    const char *x = *(const char *const *) a, *y = *(const char *const *) b;
    double u, v;
    if (il_parse_number(x, &u) && il_parse_number(y, &v) && u != v) {
        return u < v ? -1 : 1;
    }
    return strcmp(x, y);
}

/** \function il_period_values_free \brief Free what il_period_values() made. */
void il_period_values_free(char **values, size_t n)
{
    size_t i;
    for (i = 0; values && i < n; i++) {
        free(values[i]);
    }
    free(values);
}

/**
 * \function il_period_values
 * \brief The distinct non-empty values of edge column \p col, in time order.
 *
 * \param path The edge table's name, for the message.
 * \return IGRAPH_EINVAL when there is no such edge column; IGRAPH_ENOMEM.
 *
 * Time complexity: O(v log v) for v distinct values.
 */
igraph_error_t il_period_values(const il_graph_t *g, const char *col, const char *path,
                                char ***values, size_t *n)
{
    long c = il_graph_eattr_find(g, col);
    size_t i, k = 0, nval;
    char **v;
    *values = NULL;
    *n = 0;
    if (c < 0) {
        char shown[IL_PATH_SHOWN_MAX];
        IL_ERRORF("--period: no edge column '%s' in '%s'", IGRAPH_EINVAL, col,
                  il_path_shown(path, shown));
    }
    nval = il_strtab_size(&g->eattr.col[c].values);   /* value 0 is "" */
    v = calloc(nval + 1, sizeof *v);
    IGRAPH_CHECK_OOM(v, "Out of memory.");
    for (i = 1; i < nval; i++) {
        if (!(v[k++] = strdup(il_strtab_get(&g->eattr.col[c].values, (uint32_t) i)))) {
            il_period_values_free(v, k);
            IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
        }
    }
    qsort(v, k, sizeof *v, cmp_period);
    *values = v;
    *n = k;
    return IGRAPH_SUCCESS;
}
