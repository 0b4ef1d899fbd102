/*
 * The project job: affiliation data (actors in projects, firms in
 * mini-clusters, participants at events) to an actor-actor edge table.
 */
#include "pipeline/job_internal.h"

static const char *const project_help[] = {
    "Project an actor-event table (columns actor, event and optionally weight) to",
    "an actor-actor edge table `source,target,weight` that every command reads.",
    "--affiliation is implied; --projection count|newman|jaccard chooses the weight:",
    "  count    shared events (with membership weights: sum of the smaller weights)",
    "  newman   sum over shared events of 1/(members - 1) (Newman 2001)",
    "  jaccard  shared events / events of either actor",
    "The same projection is available to every command with --affiliation.",
    NULL
};

static igraph_error_t project_check(const il_job_args_t *a)
{
    if (a->format != IL_FORMAT_TEXT && a->format != IL_FORMAT_CSV) {
        return il_i_job_refuse("project writes an edge table: --format csv");
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t project_run(il_job_ctx_t *ctx)
{
    FILE *out = il_i_job_output(ctx);
    if (!out) {
        return IGRAPH_EFILE;
    }
    if (ctx->provenance.kind == IL_DATA_SYNTHETIC) {  /* the mark travels with the ties */
        return il_write_edges_csv_with(ctx->g, "provenance", "SYNTHETIC", out);
    }
    return il_write_edges_csv(ctx->g, out);
}

const il_job_t il_job_project = {
    .name = "project",
    .summary = "affiliation data (actors in events) to actor-actor ties",
    .synopsis = "innolink project MEMBERS [--nodes NODES] [--projection MODE] [-o EDGES]",
    .help = project_help,
    .input = IL_JOB_AFFILIATION,
    .output = IL_JOB_FILE,
    .run = project_run,
    .check = project_check,
};
