/*
 * The words options take, each list stated once: what the command line and
 * run specs accept for an enumerated value (and what a refusal lists).
 * The rooms below name their values for records (il_dup_mode_name, ...);
 * these are the spellings users type.
 */
#include "pipeline/job_internal.h"
#include "pipeline/pipeline.h"
#include "analysis/analysis.h"

#include <stdio.h>

const il_opt_choice_t il_i_dup_modes[] = {
    { "sum", IL_DUP_SUM }, { "max", IL_DUP_MAX }, { "min", IL_DUP_MIN },
    { "mean", IL_DUP_MEAN }, { "first", IL_DUP_FIRST }, { "error", IL_DUP_ERROR }, { NULL, 0 }
};

const il_opt_choice_t il_i_loop_modes[] = {
    { "drop", IL_LOOP_DROP }, { "keep", IL_LOOP_KEEP }, { "error", IL_LOOP_ERROR }, { NULL, 0 }
};

const il_opt_choice_t il_i_projections[] = {
    { "count", IL_PROJ_COUNT }, { "newman", IL_PROJ_NEWMAN }, { "jaccard", IL_PROJ_JACCARD },
    { NULL, 0 }
};

const il_opt_choice_t il_i_large_events[] = {
    { "drop", IL_LARGE_DROP }, { "scale", IL_LARGE_SCALE }, { NULL, 0 }
};

const il_opt_choice_t il_i_backbones[] = {
    { "none", IL_BACKBONE_NONE }, { "disparity", IL_BACKBONE_DISPARITY },
    { "sdsm", IL_BACKBONE_SDSM }, { NULL, 0 }
};

const il_opt_choice_t il_i_corrections[] = {
    { "none", IL_CORRECTION_NONE }, { "holm", IL_CORRECTION_HOLM },
    { "bonferroni", IL_CORRECTION_BONFERRONI }, { NULL, 0 }
};

const il_opt_choice_t il_i_missing_weights[] = {
    { "error", 0 }, { "1", 1 }, { NULL, 0 }
};

const il_opt_choice_t il_i_formats[] = {
    { "text", IL_FORMAT_TEXT }, { "json", IL_FORMAT_JSON }, { "csv", IL_FORMAT_CSV },
    { NULL, 0 }
};

const il_opt_choice_t il_i_distances[] = {
    { "inverse", IL_DIST_INVERSE }, { "none", IL_DIST_NONE }, { "raw", IL_DIST_RAW },
    { NULL, 0 }
};

const il_opt_choice_t il_i_layouts[] = {
    { "auto", IL_LAYOUT_AUTO }, { "fr", IL_LAYOUT_FR }, { "drl", IL_LAYOUT_DRL },
    { "geo", IL_LAYOUT_GEO }, { "given", IL_LAYOUT_GIVEN }, { NULL, 0 }
};

const il_opt_choice_t il_i_path_modes[] = {
    { "auto", IL_PATHS_AUTO }, { "exact", IL_PATHS_EXACT }, { "sample", IL_PATHS_SAMPLE },
    { "skip", IL_PATHS_SKIP }, { NULL, 0 }
};

const il_opt_choice_t il_i_methods[] = {
    { "leiden", IL_COMM_LEIDEN }, { "louvain", IL_COMM_LOUVAIN },
    { "infomap", IL_COMM_INFOMAP }, { "walktrap", IL_COMM_WALKTRAP },
    { "fastgreedy", IL_COMM_FASTGREEDY },
    { "leading-eigenvector", IL_COMM_LEADING_EIGENVECTOR },
    { "labelprop", IL_COMM_LABELPROP }, { "optimal", IL_COMM_OPTIMAL }, { NULL, 0 }
};

const il_opt_choice_t il_i_objectives[] = {
    { "modularity", IL_OBJECTIVE_MODULARITY }, { "cpm", IL_OBJECTIVE_CPM }, { NULL, 0 }
};

const il_opt_choice_t il_i_symmetrize[] = {
    { "sum", IL_SYMMETRIZE_SUM }, { "max", IL_SYMMETRIZE_MAX }, { NULL, 0 }
};

/* il_i_check_with(): --with (export, panel) names annotators only; the
 * refusal lists them. */
int il_i_check_with(const char *text, void *field, char *why, size_t size)
{
    char bad[64];
    il_annotator_info_t info;
    size_t i, len;
    if (il_annotate_check(text, bad, sizeof bad)) {
        *(const char **) field = text;
        return 1;
    }
    len = (size_t) snprintf(why, size, "unknown analysis '%s'; known:", bad);
    for (i = 0; il_annotator_at(i, &info) && len < size; i++) {
        len += (size_t) snprintf(why + len, size - len, " %s", info.name);
    }
    return 0;
}
