/*
 * The openness job: how local or open each region's ties are
 * (docs/metrics-openness.md): inside the region, to other regions of the
 * same country (--scope), abroad; per region, area and actor; E-I of each
 * level; with coordinates, ties by distance band and the distance decay.
 */
#include "pipeline/groups_internal.h"
#include "analysis/analysis.h"

#include <string.h>

typedef struct openness_job {
    il_openness_options_t o;
    const char *table;          /* --table NAME */
} openness_job_t;

static int parse_bands(const char *text, void *field, char *why, size_t size)
{
    return il_openness_parse_bands(text, (il_openness_options_t *) field, why, size);
}

static const il_optdef_t openness_options[] = {
    IL_OPTDEF_STRING("by", openness_job_t, o.region_attr),
    IL_OPTDEF_STRING("scope", openness_job_t, o.scope_attr),
    IL_OPTDEF_STRING("lat", openness_job_t, o.lat_attr),
    IL_OPTDEF_STRING("lon", openness_job_t, o.lon_attr),
    IL_OPTDEF_CUSTOM("bands", openness_job_t, o, parse_bands),
    { .name = "max-pairs", .kind = IL_OPT_REAL, .offset = offsetof(openness_job_t, o.max_pairs),
      .min = 0, .max = IL_OPT_NO_MAX, .expect = "a number of node pairs >= 0" },
    IL_OPTDEF_STRING("table", openness_job_t, table),
    { .name = NULL }
};

static const char *const openness_help[] = {
    "How local or open each region is: for every region (--by), every area of a",
    "wider level (--scope, e.g. country) and every actor, the share of its ties",
    "and tie weight that stay inside the region, reach other regions of the same",
    "area (national) or reach other areas (abroad), and the E-I index of each",
    "level. Nodes without a region or scope value are kept: ties that cannot be",
    "classed are counted as such. With `lat` and `lon` node columns: ties and",
    "node pairs by great-circle distance band, and the slope of ln(tie",
    "probability) and ln(weight per pair) against ln(distance) (distance decay).",
    "Direction is ignored.",
    "",
    "Openness:",
    "  --by ATTR            the region of each node (required; e.g. region, city)",
    "  --scope ATTR         a wider level holding the regions (e.g. country)",
    "  --lat COL, --lon COL coordinate columns in decimal degrees (default: lat and",
    "                       lon when both exist)",
    "  --bands LIST         upper bounds of the distance bands in km (default:",
    "                       " IL_OPENNESS_DEFAULT_BANDS ", and a last open band)",
    "  --max-pairs N        count node pairs by band only up to N pairs (default:",
    "                       1e8; above it no tie probability or decay fit)",
    "  --table NAME         the table --format csv prints (default: regions_table)",
    NULL
};

static void openness_init(void *opts)
{
    openness_job_t *j = opts;
    il_openness_options_t init = IL_OPENNESS_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->o = init;
}

static igraph_error_t openness_check(const il_job_args_t *a)
{
    const openness_job_t *j = a->opts;
    if (!j->o.region_attr || !j->o.region_attr[0]) {
        return il_i_job_refuse("openness needs --by ATTR (the region of each node, e.g. "
                               "region or city)");
    }
    if (j->o.scope_attr && strcmp(j->o.scope_attr, j->o.region_attr) == 0) {
        return il_i_job_refuse("--scope must name another column than --by");
    }
    if (!j->o.lat_attr != !j->o.lon_attr) {
        return il_i_job_refuse("give --lat and --lon together");
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t openness_run(il_job_ctx_t *ctx)
{
    const openness_job_t *j = ctx->opts;
    il_job_groups_t table = { .table = j->table };
    il_openness_t res;
    memset(&res, 0, sizeof res);
    IGRAPH_FINALLY(il_openness_destroy, &res);
    IGRAPH_CHECK(il_openness(ctx->g, &j->o, &res));
    IGRAPH_CHECK(il_report_add_openness(ctx->report, ctx->g, &j->o, &res));
    IGRAPH_CHECK(il_i_groups_table(ctx, &table));
    il_openness_destroy(&res);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_openness = {
    .name = "openness",
    .summary = "how local or open regions are: ties inside, national, abroad; distance decay",
    .synopsis = "innolink openness EDGES --nodes NODES --by REGION [--scope COL] [options]",
    .help = openness_help,
    .options = openness_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(openness_job_t),
    .init = openness_init,
    .check = openness_check,
    .run = openness_run,
};
