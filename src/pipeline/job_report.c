/*
 * The report job: one self-contained HTML file (il_html_report_write).
 */
#include "pipeline/job_internal.h"
#include "pipeline/nulls_internal.h"
#include "pipeline/pipeline.h"

#include <stdlib.h>
#include <string.h>

static const il_optdef_t report_options[] = {
    IL_OPTDEF_STRING("by", il_html_report_options_t, by),
    IL_OPTDEF_UINT("seed", il_html_report_options_t, picture.seed),
    IL_OPTDEF_INT("top", il_html_report_options_t, top, 0, IL_OPT_NO_MAX),
    IL_OPTDEF_CHOICE("layout", il_html_report_options_t, picture.layout, il_i_layouts, NULL),
    IL_OPTDEF_STRING("title", il_html_report_options_t, title),
    IL_OPTDEF_STRING("color", il_html_report_options_t, picture.color),
    IL_NULL_OPTDEFS(il_html_report_options_t, null),
    IL_NULL_JOBS_OPTDEF(il_html_report_options_t, null),
    { .name = NULL }
};

static const char *const report_help[] = {
    "One self-contained HTML report (no network access, no external scripts): the",
    "summary, top actors (strength, betweenness, eigenvector, PageRank, effective",
    "size), the network picture, the coupling plane, E-I index and the coupling and",
    "mixing matrices of the --by groups as heat maps, the communities (compared with",
    "the --by groups), hubs, core-periphery, roles and district types with their",
    "evidence, and the parameters used. Every reading (loose coupling, district",
    "type, core-periphery) is tested against a null model and says which test",
    "decided it; a reading the test cannot decide is indeterminate.",
    "",
    "Report:",
    "  --by ATTR            node column whose groups are compared (coupling,",
    "                       communities, structure)",
    "  --color ATTR         colour of the network picture (default: the --by column)",
    "  --top N              actors listed (default: 15)",
    "  --layout L           auto|fr|drl|geo (default: auto)",
    "  --seed S             seed of the layout, communities, permutations and",
    "                       core-periphery search (default: 42)",
    "  --title TEXT         page title (default: the data's name: the file's name, or",
    "                       its folder's for edges.csv, ties.csv, ...)",
    "",
    IL_NULL_HELP("200"),
    IL_NULL_JOBS_HELP,
    NULL
};

static void report_init(void *opts)
{
    il_html_report_options_t init = IL_HTML_REPORT_OPTIONS_INIT;
    init.null.jobs = il_i_null_default_jobs();
    *(il_html_report_options_t *) opts = init;
}

static igraph_error_t report_check(const il_job_args_t *a)
{
    const il_html_report_options_t *o = a->opts;
    IGRAPH_CHECK(il_i_job_no_format(a));
    return il_i_null_check(a, &o->null, o->by != NULL);
}

static igraph_error_t report_run(il_job_ctx_t *ctx)
{
    il_html_report_options_t o = *(const il_html_report_options_t *) ctx->opts;
    char *title = NULL, *notice = NULL;
    igraph_error_t rc;
    FILE *out = il_i_job_output(ctx);
    if (!out) {
        return IGRAPH_EFILE;
    }
    /* What the data are, in the title and under it: a synthetic set's page
     * says so before anything else (pipeline/job.c reads provenance.json). */
    if (ctx->provenance.kind != IL_DATA_UNKNOWN) {
        int synthetic = ctx->provenance.kind == IL_DATA_SYNTHETIC;
        const char *t = o.title ? o.title : "innolink report: ";
        const char *e = o.title ? "" : ctx->args->load.edges_path;
        size_t lt = strlen(t) + strlen(e) + 32;
        size_t ln = strlen(ctx->provenance.statement) + 32 +
                    (ctx->provenance.source ? strlen(ctx->provenance.source) : 0);
        title = malloc(lt);
        notice = malloc(ln);
        if (!title || !notice) {
            free(title);
            free(notice);
            IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
        }
        snprintf(title, lt, "%s%s%s", synthetic ? "SYNTHETIC DATA: " : "", t, e);
        snprintf(notice, ln, "%s DATA: %s%s%s", synthetic ? "SYNTHETIC" : "OBSERVED",
                 ctx->provenance.statement, ctx->provenance.source ? " Source: " : "",
                 ctx->provenance.source ? ctx->provenance.source : "");
        o.title = title;
        o.notice = notice;
    }
    rc = il_html_report_write(ctx->g, &ctx->args->load, &o, out);
    free(title);
    free(notice);
    return rc;
}

const il_job_t il_job_report = {
    .name = "report",
    .summary = "one self-contained HTML report: summary, actors, pictures",
    .synopsis = "innolink report EDGES [--nodes NODES] [--by ATTR] -o FILE.html",
    .help = report_help,
    .options = report_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_FILE,
    .opts_size = sizeof(il_html_report_options_t),
    .init = report_init,
    .check = report_check,
    .run = report_run,
};
