#ifndef IL_HELIX_INTERNAL_H
#define IL_HELIX_INTERNAL_H

/*
 * The Triple-Helix synergy beside the mixing rows (pipeline/job_helix.c):
 * the --helix-u, --helix-i, --helix-g options, the event view of an
 * affiliation table, and the step the mixing job and the HTML report call.
 * Private to src/pipeline.
 */
#include "pipeline/job_internal.h"
#include "analysis/analysis.h"

/* The three option entries, for a job options struct with an
 * il_helix_map_t member called `helix`. */
#define IL_HELIX_OPTDEFS(type) \
    IL_OPTDEF_STRING("helix-u", type, helix.u), \
    IL_OPTDEF_STRING("helix-i", type, helix.i), \
    IL_OPTDEF_STRING("helix-g", type, helix.g)

#define IL_HELIX_HELP \
    "Triple-Helix synergy (Leydesdorff's T(UIG) in bits; negative = synergy),", \
    "computed when the groups include university, industry and government:", \
    "  --helix-u LIST       sector values that are U (default: " IL_HELIX_U_DEFAULT ")", \
    "  --helix-i LIST       sector values that are I (default: " IL_HELIX_I_DEFAULT ")", \
    "  --helix-g LIST       sector values that are G (default: government,research,", \
    "                       support,public,public agency)", \
    "                       With --affiliation each event is one unit, else each tie."

/* What il_i_helix() found. */
typedef struct il_i_helix_result {
    il_helix_t table;
    char found[3][256];     /* sector values mapped to U, I, G, comma-separated */
    const char *note;       /* why T is not computed; NULL when it is */
    int any;                /* 1: some value maps to a helix */
} il_i_helix_result_t;

/* The Triple-Helix table of \p g by the groups of \p attr (events with an
 * affiliation table in \p load, else ties). res->any = 0 when no value of
 * \p attr maps to a helix. */
igraph_error_t il_i_helix(const il_graph_t *g, const il_load_options_t *load, const char *attr,
                          const il_helix_map_t *map, il_i_helix_result_t *res);

/* Add `triple_helix_synergy` and `helix_cells` to the job's report when
 * some value of \p attr maps to a helix (mixing --by ATTR). */
igraph_error_t il_i_helix_add(il_job_ctx_t *ctx, const char *attr, const il_helix_map_t *map);

/* The HTML report's Triple-Helix section for the node column `sector`. */
igraph_error_t il_i_helix_html(const il_graph_t *g, const il_load_options_t *load, FILE *out,
                               struct cJSON *params);

#endif /* IL_HELIX_INTERNAL_H */
