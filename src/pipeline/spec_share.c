/*
 * One load per run: the analyses of a spec that read the same graph (the
 * same files through the same input options) run on one load of it, in
 * the same process. An analysis gets the graph exactly as loading it
 * itself would give it (the graph is never changed by a job: ctx->g is
 * const), so every output stays byte for byte what it was; only the time
 * and the peak of memory of reading it again are saved. A graph is kept
 * until the last analysis that reads it has run, then freed.
 */
#include "pipeline/spec_internal.h"

#include <stdlib.h>
#include <string.h>

static int same_text(const char *x, const char *y)
{
    return x == y || (x && y && strcmp(x, y) == 0);
}

/* 1 when the analysis reads one graph that could be shared. Standard
 * input cannot be read twice, so it is never shared (as before). */
static int reads_graph(const il_job_args_t *a)
{
    return a->operands && a->noperands == 1 &&
           (a->job->input == IL_JOB_ONE_GRAPH || a->job->input == IL_JOB_AFFILIATION) &&
           a->load.edges_path && strcmp(a->load.edges_path, "-") != 0 &&
           !(a->load.nodes_path && strcmp(a->load.nodes_path, "-") == 0);
}

/* 1 when two lists of conditions are given in the same words. */
static int same_where(const il_where_t *x, size_t nx, const il_where_t *y, size_t ny)
{
    size_t i;
    if (nx != ny) {
        return 0;
    }
    for (i = 0; i < nx; i++) {
        if (!x[i].text || !y[i].text || strcmp(x[i].text, y[i].text) != 0) {
            return 0;
        }
    }
    return 1;
}

/* 1 when loading with \p x and with \p y gives the same graph: every load
 * option equal, the --where and --event-where conditions given in the same
 * words. */
static int same_load(const il_load_options_t *x, const il_load_options_t *y)
{
    if (!same_text(x->edges_path, y->edges_path) || !same_text(x->nodes_path, y->nodes_path) ||
        !same_text(x->source_col, y->source_col) || !same_text(x->target_col, y->target_col) ||
        !same_text(x->weight_col, y->weight_col) ||
        !same_text(x->node_id_col, y->node_id_col) || !same_text(x->ego, y->ego) ||
        !same_text(x->actor_col, y->actor_col) || !same_text(x->event_col, y->event_col) ||
        !same_text(x->base_dir, y->base_dir) || !same_text(x->events_path, y->events_path) ||
        !same_text(x->event_id_col, y->event_id_col) || !same_text(x->layer_col, y->layer_col)) {
        return 0;
    }
    if (x->delimiter != y->delimiter || x->directed != y->directed ||
        x->duplicates != y->duplicates || x->self_loops != y->self_loops ||
        x->radius != y->radius || x->max_field != y->max_field ||
        x->affiliation != y->affiliation || x->projection != y->projection ||
        x->input_timeout != y->input_timeout || x->missing_weight != y->missing_weight ||
        x->max_event_size != y->max_event_size || x->large_events != y->large_events) {
        return 0;
    }
    return same_where(x->where, x->nwhere, y->where, y->nwhere) &&
           same_where(x->event_where, x->nevent_where, y->event_where, y->nevent_where);
}

/* 1 when analyses \p x and \p y load the same graph: the same load
 * options, the same backbone, and the backbone's p-values kept as a column
 * for both or neither (an exported graph carries them). */
static int same_input(const il_job_args_t *x, const il_job_args_t *y)
{
    const il_backbone_options_t *p = &x->backbone, *q = &y->backbone;
    if (p->method != q->method) {
        return 0;
    }
    if (p->method != IL_BACKBONE_NONE &&
        (p->alpha != q->alpha || p->correction != q->correction ||
         (x->job->output == IL_JOB_FILE) != (y->job->output == IL_JOB_FILE))) {
        return 0;
    }
    return same_load(&x->load, &y->load);
}

/* Per analysis: the first analysis whose graph it shares (itself when it
 * loads its own or none), and the last analysis reading each group's graph. */
static void share_plan(il_job_args_t *const *args, size_t n, size_t *first, size_t *last)
{
    size_t i, k;
    for (i = 0; i < n; i++) {
        first[i] = i;
        last[i] = i;
        if (!reads_graph(args[i])) {
            continue;
        }
        for (k = 0; k < i; k++) {
            if (first[k] == k && reads_graph(args[k]) && same_input(args[k], args[i])) {
                first[i] = k;
                last[k] = i;
                break;
            }
        }
    }
}

typedef struct share_state {
    il_graph_t *graph;      /* per analysis that loads for its group */
    int *loaded;
    size_t *first, *last;
    size_t n;
} share_state_t;

static void share_state_free(share_state_t *st)
{
    size_t i;
    for (i = 0; st->graph && i < st->n; i++) {
        il_graph_destroy(&st->graph[i]);
    }
    free(st->graph);
    free(st->loaded);
    free(st->first);
    free(st->last);
}

/**
 * \function il_i_spec_execute
 * \brief Run a checked spec's analyses in order, each distinct input
 *        loaded once and kept until its last reader has run.
 *
 * \param args   The analyses' checked arguments.
 * \param n      How many.
 * \param hooks  Told before each analysis; may be NULL.
 * \param failed Out: the index of the analysis that failed.
 * \return IGRAPH_SUCCESS, or the failing analysis's error.
 *
 * Time complexity: the analyses', plus one load per distinct input and
 * O(n^2) comparisons of load options.
 */
igraph_error_t il_i_spec_execute(il_job_args_t *const *args, size_t n,
                                 const il_spec_hooks_t *hooks, size_t *failed)
{
    share_state_t st;
    igraph_error_t rc = IGRAPH_SUCCESS;
    size_t i;
    int usage;
    st.n = n;
    st.graph = calloc(n ? n : 1, sizeof *st.graph);     /* IL_GRAPH_INIT is all zero */
    st.loaded = calloc(n ? n : 1, sizeof *st.loaded);
    st.first = malloc((n ? n : 1) * sizeof *st.first);
    st.last = malloc((n ? n : 1) * sizeof *st.last);
    if (!st.graph || !st.loaded || !st.first || !st.last) {
        share_state_free(&st);
        *failed = 0;
        IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
    }
    share_plan(args, n, st.first, st.last);
    for (i = 0; i < n && rc == IGRAPH_SUCCESS; i++) {
        size_t g = st.first[i];
        if (hooks && hooks->step) {
            hooks->step(hooks->arg, i, il_job_args_job(args[i])->name, args[i]->output);
        }
        rc = il_i_job_execute_on(args[i], &st.graph[g], &st.loaded[g], &usage);
        if (rc != IGRAPH_SUCCESS) {
            *failed = i;
        } else if (st.last[g] == i) {
            il_graph_destroy(&st.graph[g]);     /* its last reader has run */
            st.loaded[g] = 0;
        }
    }
    share_state_free(&st);
    return rc == IGRAPH_SUCCESS ? IGRAPH_SUCCESS : IGRAPH_FAILURE;
}
