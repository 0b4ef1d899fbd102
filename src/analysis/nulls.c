/*
 * Null models (docs/metrics-inference.md; DEFINITIONS.md "Inference"):
 * the ensemble that tests statistics against samples of a null model
 * (the samplers are analysis/null_sampler.c).
 *
 * Reproducibility. Sample i of an ensemble seeded with s is drawn from
 * (s, i) alone (analysis/null_sampler.c). The ensemble is cut into blocks
 * fixed by its size alone (core/pool.h);
 * each block returns streaming accumulators per statistic and the parent
 * adds them in block order, so --jobs 1 and --jobs 2 give the same bytes.
 *
 * Accumulators. Per statistic: samples where it was defined, the sum and
 * the sum of squares of (null - observed) (shifted by the observed value
 * so that large counts with a small spread keep their precision), and the
 * counts of null values >= and <= the observed one (within a relative
 * tolerance of 1e-9, so that sums taken in a different order compare
 * equal) and < it. No sample is kept: per-node statistics of large graphs
 * cost O(statistics) memory per process, not O(statistics x samples).
 */
#include "analysis/nulls.h"
#include "analysis/nulls_internal.h"
#include "core/pool.h"
#include "core/rng.h"
#include "core/setup.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- Names ------------------------------------------------------------------ */

static const char *const model_names[IL_NULL_MODELS] = {
    "default", "degree", "configuration", "gnm", "labels", "qap"
};

/** \function il_null_model_name \brief The option name of a null model. */
const char *il_null_model_name(il_null_model_t model)
{
    return model >= 0 && model < IL_NULL_MODELS ? model_names[model] : "?";
}

/** \function il_null_weights_name \brief "auto", "travel" or "permute". */
const char *il_null_weights_name(il_null_weights_t weights)
{
    return weights == IL_NULL_WEIGHTS_PERMUTE ? "permute" :
           (weights == IL_NULL_WEIGHTS_TRAVEL ? "travel" : "auto");
}

/**
 * \function il_null_model_describe
 * \brief A null model in one sentence, naming what it holds fixed.
 */
const char *il_null_model_describe(il_null_model_t model, il_null_weights_t weights)
{
    switch (model) {
    case IL_NULL_DEGREE:
        return weights == IL_NULL_WEIGHTS_PERMUTE
               ? "degree-preserving rewiring (double edge swaps among all ties; every node "
               "keeps its degree; tie strengths then permuted over the ties)"
               : "degree-preserving rewiring (double edge swaps between ties of equal "
               "strength; every node keeps its degree and its strength)";
    case IL_NULL_CONFIGURATION:
        return "configuration model (random matching of tie ends, redrawn until simple; "
               "every node keeps its degree; tie strengths permuted over the ties)";
    case IL_NULL_GNM:
        return "G(n, m) (uniform random graphs with the same nodes and number of ties, as "
               "sna::cug.test cmode=\"edges\"; tie strengths permuted over the ties)";
    case IL_NULL_LABELS:
        return "label permutation (the group values shuffled over the nodes: group sizes "
               "kept; ties fixed)";
    case IL_NULL_QAP:
        return "QAP (the nodes' positions permuted, rows and columns of the tie matrix "
               "together; every attribute stays with its node)";
    default:
        return "each statistic's default null";
    }
}

/* ---- The tests --------------------------------------------------------------------- */

/* A family's evaluator: statistics [offset, offset + count). */
struct il_null_segment {
    igraph_integer_t offset, count;
    il_null_eval_fn *eval;
    void *arg;
    void (*arg_free)(void *);
    int used;       /* in the ensemble being run: has a statistic under its model */
};

/* Accumulator slots per statistic. */
enum { ACC_COUNT = 0, ACC_SUM, ACC_SUMSQ, ACC_GE, ACC_LE, ACC_LT, ACC_SLOTS };
/* Per block, after the statistics: samples, retained, swaps, attempts, tries. */
enum { DIAG_SAMPLES = 0, DIAG_RETAINED, DIAG_SWAPS, DIAG_ATTEMPTS, DIAG_TRIES, DIAG_SLOTS };

/* Blocks of an ensemble of S samples: fixed by S alone. */
#define IL_NULL_MAX_BLOCKS 32

/**
 * \function il_null_tests_init
 * \brief An empty set of tests on a graph.
 *
 * \param groups      The --by groups (borrowed), or NULL.
 * \param group_attr  The node column they come from (the label permutation
 *                    shuffles it), or NULL.
 * \param o           Options (copied); model DEFAULT resolves per statistic.
 * \return IGRAPH_EINVAL for negative samples, jobs < 1, alpha outside
 *         (0, 1) or an unknown column; IGRAPH_ENOMEM.
 */
igraph_error_t il_null_tests_init(il_null_tests_t *t, const il_graph_t *g,
                                  const il_partition_t *groups, const char *group_attr,
                                  const il_null_options_t *o)
{
    memset(t, 0, sizeof *t);
    if (o->samples < 0 || o->jobs < 1 || !(o->alpha > 0 && o->alpha < 1)) {
        IGRAPH_ERROR("Null-model options out of range.", IGRAPH_EINVAL);
    }
    t->g = g;
    t->groups = groups;
    t->opts = *o;
    t->group_col = group_attr ? il_graph_vattr_find(g, group_attr) : -1;
    if (group_attr && t->group_col < 0) {
        IGRAPH_ERRORF("No node attribute '%s' for the null model's groups.", IGRAPH_EINVAL,
                      group_attr);
    }
    return IGRAPH_SUCCESS;
}

/** \function il_null_tests_destroy \brief Free a set of tests; safe on a zero-filled one. */
void il_null_tests_destroy(il_null_tests_t *t)
{
    int i;
    igraph_vector_t *v[8];
    for (i = 0; i < t->nseg; i++) {
        if (t->seg[i].arg_free) {
            t->seg[i].arg_free(t->seg[i].arg);
        }
    }
    free(t->seg);
    free(t->stat);
    v[0] = &t->observed;
    v[1] = &t->mean;
    v[2] = &t->sd;
    v[3] = &t->z;
    v[4] = &t->p_greater;
    v[5] = &t->p_less;
    v[6] = &t->p_two;
    v[7] = &t->percentile;
    for (i = 0; i < 8; i++) {
        if (v[i]->stor_begin) {
            igraph_vector_destroy(v[i]);
        }
    }
    if (t->defined.stor_begin) {
        igraph_vector_int_destroy(&t->defined);
    }
    memset(t, 0, sizeof *t);
}

/**
 * \function il_null_tests_add
 * \brief Add a family of statistics with its evaluator.
 *
 * The statistics' models are resolved here: the options' model when it is
 * not DEFAULT, else each statistic's own (il_null_default_model() when the
 * caller left it DEFAULT). On failure \p arg is freed with \p arg_free.
 * \return IGRAPH_EINVAL after il_null_tests_run(); IGRAPH_ENOMEM.
 */
igraph_error_t il_null_tests_add(il_null_tests_t *t, const il_null_stat_t *stat,
                                 igraph_integer_t count, il_null_eval_fn *eval, void *arg,
                                 void (*arg_free)(void *))
{
    il_null_stat_t *ns;
    struct il_null_segment *seg;
    igraph_integer_t i;
    if (t->ran) {
        if (arg_free) {
            arg_free(arg);
        }
        IGRAPH_ERROR("Tests cannot be added after they ran.", IGRAPH_EINVAL);
    }
    ns = realloc(t->stat, (size_t) (t->nstat + count + 1) * sizeof *ns);
    seg = ns ? realloc(t->seg, (size_t) (t->nseg + 1) * sizeof *seg) : NULL;
    if (ns) {
        t->stat = ns;
    }
    if (!seg) {
        if (arg_free) {
            arg_free(arg);
        }
        IGRAPH_ERROR("Out of memory adding tests.", IGRAPH_ENOMEM);
    }
    t->seg = seg;
    seg = &t->seg[t->nseg++];
    seg->offset = t->nstat;
    seg->count = count;
    seg->eval = eval;
    seg->arg = arg;
    seg->arg_free = arg_free;
    seg->used = 0;
    for (i = 0; i < count; i++) {
        il_null_stat_t *x = &t->stat[t->nstat + i];
        *x = stat[i];
        if (t->opts.model != IL_NULL_DEFAULT) {
            x->model = t->opts.model;
        } else if (x->model == IL_NULL_DEFAULT) {
            x->model = il_null_default_model(x->family, x->name);
        }
    }
    t->nstat += count;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_null_tests_find
 * \brief Index of the statistic with exactly these coordinates (unused
 *        ones are -1), or -1.
 *
 * Time complexity: O(statistics).
 */
igraph_integer_t il_null_tests_find(const il_null_tests_t *t, const char *family,
                                    const char *name, il_null_subject_t subject,
                                    igraph_integer_t a, igraph_integer_t b, int role)
{
    igraph_integer_t i;
    for (i = 0; i < t->nstat; i++) {
        const il_null_stat_t *x = &t->stat[i];
        if (x->subject == subject && x->a == a && x->b == b && x->role == role &&
            strcmp(x->name, name) == 0 && strcmp(x->family, family) == 0) {
            return i;
        }
    }
    return -1;
}

/* One ensemble under one model. */
typedef struct ensemble {
    il_null_tests_t *t;
    il_null_model_t model;
    il_null_sampler_t *sampler;
    il_graph_t sample;
    il_partition_t part;            /* the groups' shape with the sample's membership */
    igraph_vector_int_t membership;
    igraph_integer_t *perm;
    double *vals;                   /* nstat */
    const double *obs;              /* nstat */
    double *total;                  /* nstat x ACC_SLOTS + DIAG_SLOTS */
    igraph_integer_t nblocks;
} ensemble_t;

static size_t ens_size(igraph_integer_t block, void *arg)
{
    const ensemble_t *e = arg;
    (void) block;
    return (size_t) e->t->nstat * ACC_SLOTS + DIAG_SLOTS;
}

typedef struct quiet {
    il_progress_fn *pfn;
    void *parg;
    il_warning_fn *wfn;
    void *warg;
} quiet_t;

/* Keep the progress and warnings of the analyses run on samples quiet
 * until quiet_end(). */
static void quiet_begin(quiet_t *q)
{
    il_progress_get(&q->pfn, &q->parg);
    il_warning_get(&q->wfn, &q->warg);
    il_progress_set(NULL, NULL);
    il_warning_set(NULL, NULL);
}

static void quiet_end(void *q)
{
    quiet_t *x = q;
    il_progress_set(x->pfn, x->parg);
    il_warning_set(x->wfn, x->warg);
}

/* Evaluate every used segment on (g, p) into vals (NaN where unused). */
static igraph_error_t eval_all(il_null_tests_t *t, const il_graph_t *g, const il_partition_t *p,
                               double *vals)
{
    int i;
    igraph_integer_t j;
    for (j = 0; j < t->nstat; j++) {
        vals[j] = NAN;
    }
    for (i = 0; i < t->nseg; i++) {
        struct il_null_segment *sg = &t->seg[i];
        if (!sg->used) {
            continue;
        }
        IGRAPH_CHECK(sg->eval(g, p, vals + sg->offset, sg->arg));
    }
    return IGRAPH_SUCCESS;
}

static double tolerance(double obs)
{
    return 1e-9 * (fabs(obs) > 1 ? fabs(obs) : 1);
}

/* Sample \p i of the ensemble drawn (with its permuted groups under the
 * labels model) and its statistics into e->vals. */
static igraph_error_t draw_and_measure(ensemble_t *e, igraph_integer_t i,
                                       il_null_draw_info_t *info)
{
    il_null_tests_t *t = e->t;
    igraph_integer_t j;
    IGRAPH_CHECK(il_null_sampler_draw(e->sampler, t->opts.seed, i, &e->sample, e->perm, info));
    if (e->model == IL_NULL_LABELS && t->groups) {
        for (j = 0; j < il_graph_vcount(t->g); j++) {
            VECTOR(e->membership)[j] = VECTOR(t->groups->membership)[e->perm[j]];
        }
    }
    return eval_all(t, &e->sample, t->groups ? &e->part : NULL, e->vals);
}

/* The samples of one block, accumulated (progress and warnings of the
 * analyses run on the samples are kept quiet). */
static igraph_error_t ens_compute(igraph_integer_t block, double *out, void *arg)
{
    ensemble_t *e = arg;
    il_null_tests_t *t = e->t;
    igraph_integer_t S = t->opts.samples, nstat = t->nstat, j, i;
    igraph_integer_t first = block * S / e->nblocks, last = (block + 1) * S / e->nblocks;
    double *diag = out + nstat * ACC_SLOTS;
    quiet_t q;
    il_null_draw_info_t info;

    memset(out, 0, ens_size(block, arg) * sizeof *out);
    quiet_begin(&q);
    IGRAPH_FINALLY(quiet_end, &q);
    for (i = first; i < last; i++) {
        IGRAPH_CHECK(draw_and_measure(e, i, &info));
        for (j = 0; j < nstat; j++) {
            double x = e->vals[j], o = e->obs[j], d, tol;
            double *acc = out + j * ACC_SLOTS;
            if (t->stat[j].model != e->model || isnan(x) || isnan(o)) {
                continue;
            }
            tol = tolerance(o);
            d = x - o;
            acc[ACC_COUNT] += 1;
            acc[ACC_SUM] += d;
            acc[ACC_SUMSQ] += d * d;
            acc[ACC_GE] += x >= o - tol;
            acc[ACC_LE] += x <= o + tol;
            acc[ACC_LT] += x < o - tol;
        }
        diag[DIAG_SAMPLES] += 1;
        diag[DIAG_RETAINED] += isnan(info.retained) ? 0 : info.retained;
        diag[DIAG_SWAPS] += info.swaps;
        diag[DIAG_ATTEMPTS] += info.attempts;
        diag[DIAG_TRIES] += info.tries;
    }
    quiet_end(&q);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t ens_combine(igraph_integer_t block, const double *in, void *arg)
{
    ensemble_t *e = arg;
    size_t i, len = ens_size(block, arg);
    for (i = 0; i < len; i++) {
        e->total[i] += in[i];
    }
    return IGRAPH_SUCCESS;
}

static void ensemble_free(void *arg)
{
    ensemble_t *e = arg;
    il_null_sampler_free(e->sampler);
    il_graph_destroy(&e->sample);
    if (e->membership.stor_begin) {
        igraph_vector_int_destroy(&e->membership);
    }
    free(e->perm);
    free(e->vals);
    free(e->total);
    memset(e, 0, sizeof *e);
}

/* Turn the totals of statistics under \p model into the results. */
static void ensemble_finish(il_null_tests_t *t, const ensemble_t *e)
{
    igraph_integer_t j, nstat = t->nstat;
    const double *diag = e->total + nstat * ACC_SLOTS;
    il_null_run_t *r = &t->run[e->model];
    double S = diag[DIAG_SAMPLES];
    for (j = 0; j < nstat; j++) {
        const double *acc = e->total + j * ACC_SLOTS;
        double c = acc[ACC_COUNT], o = VECTOR(t->observed)[j], mean, var, sd, pg, pl;
        if (t->stat[j].model != e->model) {
            continue;
        }
        VECTOR(t->defined)[j] = (igraph_integer_t) c;
        if (c < 1 || isnan(o)) {
            continue;       /* results stay NaN */
        }
        mean = o + acc[ACC_SUM] / c;
        var = c > 1 ? (acc[ACC_SUMSQ] - acc[ACC_SUM] * acc[ACC_SUM] / c) / (c - 1) : NAN;
        sd = var > 0 ? sqrt(var) : (c > 1 ? 0 : NAN);
        /* a spread of rounding noise is no spread */
        if (sd <= 1e-12 * (fabs(mean) > 1 ? fabs(mean) : 1)) {
            sd = c > 1 ? 0 : NAN;
        }
        pg = (1 + acc[ACC_GE]) / (1 + c);
        pl = (1 + acc[ACC_LE]) / (1 + c);
        VECTOR(t->mean)[j] = mean;
        VECTOR(t->sd)[j] = sd;
        VECTOR(t->z)[j] = sd > 0 ? (o - mean) / sd : NAN;
        VECTOR(t->p_greater)[j] = pg;
        VECTOR(t->p_less)[j] = pl;
        VECTOR(t->p_two)[j] = fmin(1, 2 * fmin(pg, pl));
        VECTOR(t->percentile)[j] = 100 * (acc[ACC_LT] + 0.5 * (acc[ACC_LE] - acc[ACC_LT])) / c;
    }
    r->done = 1;
    r->weights = e->model == IL_NULL_DEGREE ? il_null_sampler_weights(e->sampler)
                 : (e->model == IL_NULL_CONFIGURATION || e->model == IL_NULL_GNM
                    ? IL_NULL_WEIGHTS_PERMUTE : IL_NULL_WEIGHTS_TRAVEL);
    r->samples = (igraph_integer_t) S;
    r->swaps_mean = S > 0 ? diag[DIAG_SWAPS] / S : NAN;
    r->attempts_mean = S > 0 ? diag[DIAG_ATTEMPTS] / S : NAN;
    r->tries_mean = S > 0 ? diag[DIAG_TRIES] / S : NAN;
    r->retained_mean = S > 0 ? diag[DIAG_RETAINED] / S : NAN;
    r->retained_expected = NAN;
    r->frozen = il_null_sampler_frozen(e->sampler);
    r->weights_auto = e->model == IL_NULL_DEGREE && t->opts.weights == IL_NULL_WEIGHTS_AUTO;
    r->mixed = 1;
}

/*
 * The mixing check of degree-preserving rewiring: IL_NULL_MIXING_CHAINS
 * chains IL_NULL_MIXING_SCALE times longer than the samples' (seeded
 * apart from the samples) give the share of observed ties that a chain
 * run to a random graph with these degrees keeps. The samples have not
 * mixed when they keep clearly more: by more than 0.02 and more than
 * three standard errors of the difference.
 */
static igraph_error_t mixing_check(il_null_tests_t *t, ensemble_t *e)
{
    il_null_run_t *r = &t->run[IL_NULL_DEGREE];
    il_null_draw_info_t info;
    double sum = 0, sumsq = 0, P = IL_NULL_MIXING_CHAINS, ref, var, se;
    igraph_integer_t i;
    il_i_null_sampler_scale(e->sampler, IL_NULL_MIXING_SCALE);
    for (i = 0; i < IL_NULL_MIXING_CHAINS; i++) {
        IGRAPH_CHECK(il_null_sampler_draw(e->sampler, t->opts.seed, -1 - i, NULL, NULL, &info));
        sum += info.retained;
        sumsq += info.retained * info.retained;
    }
    il_i_null_sampler_scale(e->sampler, 1);
    ref = sum / P;
    var = (sumsq - sum * sum / P) / (P - 1);
    /* the samples' own spread is about that of the long chains */
    se = sqrt((var > 0 ? var : 0) * (1 / P + 1 / (double) (r->samples > 0 ? r->samples : 1)));
    r->retained_expected = ref;
    r->mixed = !(r->retained_mean > ref + 0.02 && r->retained_mean > ref + 3 * se);
    return IGRAPH_SUCCESS;
}

/* Ensembles of fewer tie-samples (ties x samples) than this are not timed:
 * they take seconds. */
#define IL_NULL_TIME_WORK 1e8

/*
 * Warn before an ensemble estimated to take over a minute, with the
 * estimate and how to make it faster. One sample is drawn and measured
 * here and timed; its block draws it again (a sample depends on the seed
 * and its index alone), so the results do not change. The estimate is
 * that time for every sample, shared by the workers, plus the mixing
 * check's chains of the degree model (IL_NULL_MIXING_CHAINS x
 * IL_NULL_MIXING_SCALE samples' worth of swaps, in this process).
 */
static igraph_error_t warn_if_long(il_null_tests_t *t, ensemble_t *e)
{
    il_null_draw_info_t info;
    igraph_integer_t S = t->opts.samples, jobs = t->opts.jobs > 0 ? t->opts.jobs : 1;
    double t0, one, total;
    quiet_t q;
    if ((double) il_graph_ecount(t->g) * (double) S < IL_NULL_TIME_WORK) {
        return IGRAPH_SUCCESS;
    }
    quiet_begin(&q);
    IGRAPH_FINALLY(quiet_end, &q);
    t0 = il_cpu_seconds();
    IGRAPH_CHECK(draw_and_measure(e, 0, &info));
    one = il_cpu_seconds() - t0;
    quiet_end(&q);
    IGRAPH_FINALLY_CLEAN(1);
    total = one * (double) S / (double) (jobs < S ? jobs : S) +
            (e->model == IL_NULL_DEGREE ? one * IL_NULL_MIXING_CHAINS * IL_NULL_MIXING_SCALE : 0);
    if (total > 60) {
        il_warn("null model %s: %" IGRAPH_PRId " samples of %" IGRAPH_PRId " nodes and %"
                IGRAPH_PRId " ties, about %.0f s with %" IGRAPH_PRId " workers; fewer "
                "--samples (the p-values' resolution is 1/(samples + 1)) or more --jobs "
                "are faster", il_null_model_name(e->model), S, il_graph_vcount(t->g),
                il_graph_ecount(t->g), total, jobs);
    }
    return IGRAPH_SUCCESS;
}

/* Run the ensemble of one model over the statistics tested under it. */
static igraph_error_t run_model(il_null_tests_t *t, il_null_model_t model)
{
    ensemble_t e;
    il_pool_task_t task;
    igraph_integer_t n = il_graph_vcount(t->g), nstat = t->nstat, j;
    int i;
    char name[96];

    memset(&e, 0, sizeof e);
    IGRAPH_FINALLY(ensemble_free, &e);
    e.t = t;
    e.model = model;
    for (i = 0; i < t->nseg; i++) {
        struct il_null_segment *sg = &t->seg[i];
        sg->used = 0;
        for (j = sg->offset; j < sg->offset + sg->count; j++) {
            sg->used |= t->stat[j].model == model;
        }
    }
    IGRAPH_CHECK(il_null_sampler_new(&e.sampler, t->g, model, t->opts.weights,
                                     t->opts.swaps_per_edge, t->group_col));
    IGRAPH_CHECK(il_graph_sample_init(&e.sample, t->g));
    e.perm = malloc((size_t) (n > 0 ? n : 1) * sizeof *e.perm);
    e.vals = malloc((size_t) (nstat > 0 ? nstat : 1) * sizeof *e.vals);
    e.total = calloc((size_t) nstat * ACC_SLOTS + DIAG_SLOTS, sizeof *e.total);
    if (!e.perm || !e.vals || !e.total) {
        IGRAPH_ERROR("Out of memory running a null ensemble.", IGRAPH_ENOMEM);
    }
    if (t->groups) {
        IGRAPH_CHECK(igraph_vector_int_init_copy(&e.membership, &t->groups->membership));
        e.part = *t->groups;            /* names and sizes borrowed */
        e.part.membership = e.membership;
    }
    e.obs = VECTOR(t->observed);
    e.nblocks = t->opts.samples < IL_NULL_MAX_BLOCKS ? t->opts.samples : IL_NULL_MAX_BLOCKS;
    snprintf(name, sizeof name, "null model: %s", il_null_model_name(model));
    task.nblocks = e.nblocks;
    task.size = ens_size;
    task.compute = ens_compute;
    task.combine = ens_combine;
    task.arg = &e;
    task.name = name;
    task.failure = "Null-model samples in worker processes";
    IGRAPH_CHECK(warn_if_long(t, &e));
    IGRAPH_CHECK(il_pool_run(&task, t->opts.jobs));
    ensemble_finish(t, &e);
    if (model == IL_NULL_DEGREE) {
        il_null_run_t *r = &t->run[model];
        IGRAPH_CHECK(mixing_check(t, &e));
        if (!r->mixed) {
            il_warn("degree-preserving rewiring has not mixed: the samples keep %.1f%% of "
                    "the observed ties after %.0f swaps each, chains %d times longer keep "
                    "%.1f%%; raise --swaps", 100 * r->retained_mean, r->swaps_mean,
                    IL_NULL_MIXING_SCALE, 100 * r->retained_expected);
        }
        if (r->weights == IL_NULL_WEIGHTS_TRAVEL && r->frozen > IL_NULL_FROZEN_MAX) {
            il_warn("%.0f%% of the ties have a strength no other tie has, so they never move "
                    "when strengths travel; --null-weights permute lets every tie move",
                    100 * r->frozen);
        }
    }
    ensemble_free(&e);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_null_tests_run
 * \brief Compute the observed statistics and test them: one ensemble of
 *        opts.samples samples per null model the statistics need.
 *
 * Fills observed, mean, sd (sample standard deviation, N - 1), z =
 * (observed - mean) / sd (NaN when sd = 0), p_greater = (1 + #{null >=
 * obs}) / (1 + N), p_less = (1 + #{null <= obs}) / (1 + N), p_two =
 * min(1, 2 min(p_greater, p_less)), percentile = 100 (#{null < obs} +
 * #{null = obs} / 2) / N, and defined (N: the samples in which the
 * statistic was defined; undefined values are left out). With samples 0
 * only the observed values are computed (the rest stays NaN). Warns
 * (il_warn) when degree-preserving rewiring did not mix.
 *
 * \return IGRAPH_EINVAL when run twice; what the sampler and the
 *         evaluators return; IGRAPH_FAILURE when a worker fails.
 *
 * Time complexity: the evaluators' cost on N + 1 graphs per model, plus
 * O(swaps_per_edge m) per sample for the degree null.
 */
igraph_error_t il_null_tests_run(il_null_tests_t *t)
{
    igraph_integer_t nstat = t->nstat, j;
    int i, model;
    igraph_vector_t *v[8];
    if (t->ran) {
        IGRAPH_ERROR("Tests already ran.", IGRAPH_EINVAL);
    }
    t->ran = 1;
    v[0] = &t->observed;
    v[1] = &t->mean;
    v[2] = &t->sd;
    v[3] = &t->z;
    v[4] = &t->p_greater;
    v[5] = &t->p_less;
    v[6] = &t->p_two;
    v[7] = &t->percentile;
    for (i = 0; i < 8; i++) {
        IGRAPH_CHECK(igraph_vector_init(v[i], nstat));
        igraph_vector_fill(v[i], NAN);
    }
    IGRAPH_CHECK(igraph_vector_int_init(&t->defined, nstat));
    for (i = 0; i < t->nseg; i++) {
        t->seg[i].used = 1;
    }
    IGRAPH_CHECK(eval_all(t, t->g, t->groups, VECTOR(t->observed)));
    if (t->opts.samples <= 0) {
        return IGRAPH_SUCCESS;
    }
    for (model = IL_NULL_DEGREE; model < IL_NULL_MODELS; model++) {
        int needed = 0;
        for (j = 0; j < nstat; j++) {
            needed |= t->stat[j].model == (il_null_model_t) model;
        }
        if (needed && model == IL_NULL_LABELS && !t->groups) {
            IGRAPH_ERROR("The label permutation null shuffles the groups: it needs --by ATTR.",
                         IGRAPH_EINVAL);
        }
        if (needed) {
            IGRAPH_CHECK(run_model(t, (il_null_model_t) model));
        }
    }
    return IGRAPH_SUCCESS;
}
