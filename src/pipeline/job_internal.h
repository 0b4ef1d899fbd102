#ifndef IL_JOB_INTERNAL_H
#define IL_JOB_INTERNAL_H

/*
 * What the jobs of src/pipeline share and nothing outside it sees: the
 * layout of the arguments and of a running job, and the job table entries.
 */
#include "pipeline/job.h"
#include "core/setup.h"
#include "io/io.h"
#include "report/report.h"

#include <stdio.h>

#define IL_JOB_WHY_MAX 4096
#define IL_JOB_MAX_SHARED 32     /* room for the shared input / output tables */

struct il_job_args {
    const il_job_t *job;
    il_load_options_t load;
    il_where_t *where;          /* owned: the --where conditions */
    size_t nwhere;
    il_where_t *event_where;    /* owned: the --event-where conditions */
    size_t nevent_where;
    il_backbone_options_t backbone; /* --backbone METHOD --alpha A */
    char **operands;            /* owned: the EDGES paths */
    size_t noperands;
    char **texts;               /* owned: copies of every option value given, */
    size_t ntexts;              /* which the options' fields point into */
    il_format_t format;
    int precision;
    const char *output;         /* NULL or "-": standard output */
    const char *base_dir;       /* relative paths are read and written from here
                                 * (NULL: the working folder); as load.base_dir */
    void *opts;                 /* owned: the job's options struct */
    unsigned char *given_own;   /* owned: one per own option */
    unsigned char given_input[IL_JOB_MAX_SHARED];
    unsigned char given_output[IL_JOB_MAX_SHARED];
    char why[IL_JOB_WHY_MAX];
};

struct il_job_ctx {
    const il_job_args_t *args;
    const void *opts;               /* the job's options struct */
    const il_graph_t *g;            /* ONE_GRAPH / AFFILIATION: the loaded graph */
    il_report_t *report;            /* DOCUMENT jobs: the document to fill */
    const il_graph_t *input_graph;  /* whose counts `input` records (default g) */
    int input_added;                /* 1: the job added `input` itself */
    int usage;                      /* set when the failure is a usage error */
    il_output_t out;
    int out_open;
    il_provenance_t provenance;     /* of the inputs: provenance.json beside them */
};

/* The output file of a FILE job, opened on first use (temporary name until
 * the job succeeds). NULL on failure, with the reason recorded. */
FILE *il_i_job_output(il_job_ctx_t *ctx);

/* Fail with a usage error found while running (the reason recorded as by
 * IGRAPH_ERROR / IGRAPH_ERRORF). */
#define IL_JOB_USAGE_ERROR(ctx, msg) \
    do { (ctx)->usage = 1; IGRAPH_ERROR(msg, IGRAPH_EINVAL); } while (0)
#define IL_JOB_USAGE_ERRORF(ctx, fmt, ...) \
    do { (ctx)->usage = 1; IGRAPH_ERRORF(fmt, IGRAPH_EINVAL, __VA_ARGS__); } while (0)

/* IGRAPH_EINVAL when the output \p out is the file \p in, both seen from
 * the arguments' folder. */
igraph_error_t il_i_job_distinct(const il_job_args_t *a, const char *out, const char *in);

/* For jobs that write a file of their own format (export, render, report):
 * a usage error when --format or --precision was given. */
igraph_error_t il_i_job_no_format(const il_job_args_t *a);

/* Refuse --backbone, --event-where, --max-event-size and their like for a
 * job that does not read one graph through il_load_input() (\p how names
 * what it reads: "a panel"). */
igraph_error_t il_i_job_one_graph_only(const il_job_args_t *a, const char *how);

/* il_job_execute() on a graph the caller keeps and destroys: loaded into
 * \p g when *loaded is 0 (and *loaded set), used as it is when 1, so that
 * a run spec loads each distinct input once (pipeline/spec_share.c). */
igraph_error_t il_i_job_execute_on(const il_job_args_t *a, il_graph_t *g, int *loaded,
                                   int *usage);

/* Record a usage reason from a check function (printf-style) and fail. */
igraph_error_t il_i_job_refuse(const char *fmt, ...);

/* The words of the enumerated options (pipeline/choices.c). */
extern const il_opt_choice_t il_i_large_events[], il_i_backbones[], il_i_corrections[];

/* The --with option of export and panel (choices.c): a comma-separated
 * list of annotators; an IL_OPTDEF_CUSTOM check. */
int il_i_check_with(const char *text, void *field, char *why, size_t size);
extern const il_opt_choice_t il_i_dup_modes[], il_i_loop_modes[], il_i_projections[],
       il_i_formats[], il_i_missing_weights[], il_i_distances[], il_i_layouts[], il_i_path_modes[], il_i_methods[],
       il_i_objectives[], il_i_symmetrize[];

/* The jobs. */
extern const il_job_t il_job_summary, il_job_centrality, il_job_communities,
       il_job_coupling, il_job_mixing, il_job_brokerage, il_job_structure, il_job_compare,
       il_job_export, il_job_render, il_job_report, il_job_project, il_job_mrqap;
extern const il_job_t il_job_panel, il_job_evaluate, il_job_openness;
extern const il_job_t il_job_layers, il_job_twomode, il_job_backbone;

/* Point CSV output at table \p name of the report (a usage error listing
 * the tables when there is none); NULL leaves the default. */
igraph_error_t il_i_job_table(il_job_ctx_t *ctx, const char *name);

/* pipeline/job_nulls.c */
extern const il_job_t il_job_nulls;

#endif /* IL_JOB_INTERNAL_H */
