#ifndef IL_JOB_H
#define IL_JOB_H

#include "core/compat.h"
#include "pipeline/option.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Jobs: what one innolink command does, from its options to its written
 * output, as a library call. The command line and `innolink run` both
 * build a job's arguments by name (il_job_args_set), check them
 * (il_job_args_check) and execute the job (il_job_execute); the typed
 * pipelines underneath (il_html_report_write, il_snapshots_compare,
 * il_annotate, il_picture_*) are public too, for programs that prefer C
 * structs to names.
 *
 * Adding a job (a command)
 * ------------------------
 * . Write src/pipeline/job_foo.c with: the options struct and its
 *   defaults (an init function), the option table (il_optdef_t), the help
 *   lines, a check function for option combinations (usage errors), and a
 *   run function that calls the analysis and fills ctx->report (a DOCUMENT
 *   job) or writes to il_i_job_output(ctx) (a FILE job).
 * . Declare `extern const il_job_t il_job_foo;` in pipeline/job_internal.h
 *   and add it to il_jobs[] in pipeline/job.c. The command line, `innolink
 *   help` and `innolink run` follow; add its options to
 *   docs/spec.schema.json by hand.
 * . Add tests/cli/tNNNN-foo.sh and the synopsis to docs/innolink.1.
 */

/* What a job reads. */
typedef enum il_job_input {
    IL_JOB_ONE_GRAPH = 0,   /* one EDGES: a tie table or a graph file */
    IL_JOB_SNAPSHOTS,       /* one or more EDGES (compare) */
    IL_JOB_AFFILIATION      /* one actor-event table, always projected (project) */
} il_job_input_t;

/* What a job writes. */
typedef enum il_job_output {
    IL_JOB_DOCUMENT = 0,    /* a report document, written as text, JSON or CSV */
    IL_JOB_FILE             /* a file in the job's own format (HTML, SVG, GraphML, ...) */
} il_job_output_t;

typedef struct il_job il_job_t;
typedef struct il_job_args il_job_args_t;
typedef struct il_job_ctx il_job_ctx_t;

/* One job: its name, its help, its options and how it runs. */
struct il_job {
    const char *name;               /* "summary" */
    const char *summary;            /* one line for `innolink help` */
    const char *synopsis;           /* "innolink summary EDGES [--nodes NODES] [options]" */
    const char *const *help;        /* the job's own help lines, NULL-ended */
    const il_optdef_t *options;     /* its own options, zero-ended; may be NULL */
    il_job_input_t input;
    il_job_output_t output;
    size_t opts_size;               /* bytes of its options struct */
    void (*init)(void *opts);       /* the documented defaults */
    /* Option combinations (after parsing, before loading): IGRAPH_EINVAL
     * with the reason recorded (il_set_error) makes a usage error. May be NULL. */
    igraph_error_t (*check)(const il_job_args_t *a);
    /* The pipeline. */
    igraph_error_t (*run)(il_job_ctx_t *ctx);
};

/* The job table, NULL-name-ended, in `innolink help` order. */
extern const il_job_t *const il_jobs[];

/* The job called \p name, or NULL. */
const il_job_t *il_job_find(const char *name);

/* ---- Arguments ------------------------------------------------------------ */

/* Where an option name was found. */
typedef enum il_job_scope {
    IL_SCOPE_NONE = 0,      /* not an option of this job */
    IL_SCOPE_OWN,           /* the job's own table */
    IL_SCOPE_INPUT,         /* the shared input options (il_job_input_options) */
    IL_SCOPE_OUTPUT         /* the shared output options (il_job_output_options) */
} il_job_scope_t;

/* The shared input options (--nodes, --where, ...) and output options
 * (--format, --output, --precision), zero-ended; their help lines. */
const il_optdef_t *il_job_input_options(void);
const il_optdef_t *il_job_output_options(void);
const char *const *il_job_input_help(void);
const char *const *il_job_output_help(void);

/* New arguments for \p job with every default set; NULL when out of memory. */
il_job_args_t *il_job_args_new(const il_job_t *job);

/* Free arguments; accepts NULL. */
void il_job_args_free(il_job_args_t *a);

/* The job the arguments are for. */
const il_job_t *il_job_args_job(const il_job_args_t *a);

/* The option called \p name for this job and its scope (NONE: NULL). */
const il_optdef_t *il_job_option_find(const il_job_t *job, const char *name,
                                      il_job_scope_t *scope);

/* Set option \p name to \p value (NULL for a flag); \p a keeps a copy.
 * Returns 1, or 0 with the reason in il_job_args_why() ("expected ...,
 * not '...'"). */
int il_job_args_set(il_job_args_t *a, const char *name, const char *value);

/* Set the EDGES operands (copied), once. Returns 1, or 0 with the reason. */
int il_job_args_operands(il_job_args_t *a, const char *const *paths, size_t n);

/* The reason the last il_job_args_set() or il_job_args_operands() refused. */
const char *il_job_args_why(const il_job_args_t *a);

/* 1 when option \p name (own, input or output) was given. */
int il_job_args_given(const il_job_args_t *a, const char *name);

/* Check what needs the whole set of arguments (the operands, the shared
 * rules, the job's own combinations). IGRAPH_EINVAL with the reason
 * recorded means a usage error. */
igraph_error_t il_job_args_check(const il_job_args_t *a);

/* ---- Executing ------------------------------------------------------------ */

/* Load the input, run the job and write its output atomically (or to
 * standard output). On failure *usage is 1 when the arguments were wrong
 * (a usage error), 0 when the data, the analysis or the output failed; the
 * reason is recorded (il_last_error). Nothing is left behind on failure. */
igraph_error_t il_job_execute(const il_job_args_t *a, int *usage);

#ifdef __cplusplus
}
#endif

#endif /* IL_JOB_H */
