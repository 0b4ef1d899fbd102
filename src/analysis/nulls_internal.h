#ifndef IL_ANALYSIS_NULLS_INTERNAL_H
#define IL_ANALYSIS_NULLS_INTERNAL_H

/*
 * What the files of the null models share beyond nulls.h: the ensemble
 * (analysis/nulls.c) and the samplers (analysis/null_sampler.c), the
 * statistics (analysis/null_stats.c, analysis/null_shape.c). Private to
 * src/analysis.
 */
#include "analysis/nulls.h"

/* Multiply the swaps of the next draws by \p scale (1: the ensemble's own). */
void il_i_null_sampler_scale(il_null_sampler_t *s, double scale);

/* A statistic descriptor under its default null (null_stats.c). */
il_null_stat_t il_i_null_stat(const char *family, const char *name, il_null_subject_t subject,
                              igraph_integer_t a, igraph_integer_t b, int role);

/* A growing list of statistic descriptors (null_stats.c, null_shape.c). */
typedef struct il_i_null_list {
    il_null_stat_t *s;
    igraph_integer_t n, cap;
} il_i_null_list_t;

igraph_error_t il_i_null_list_push(il_i_null_list_t *l, il_null_stat_t x);
void il_i_null_list_free(void *l);   /* an il_i_null_list_t * */

#endif /* IL_ANALYSIS_NULLS_INTERNAL_H */
