/*
 * Shared by the backbone tests (backbone.c, backbone_sdsm.c): the life of a
 * result. Private to src/analysis.
 */
#ifndef IL_ANALYSIS_BACKBONE_INTERNAL_H
#define IL_ANALYSIS_BACKBONE_INTERNAL_H

#include "analysis/backbone.h"

/* Zero \p res and allocate its per-tie vectors for the ties of \p g. */
igraph_error_t il_i_backbone_init(il_backbone_t *res, const il_graph_t *g,
                                  il_backbone_method_t method, double alpha);

/* Keep the ties whose adjusted p-value is below alpha; count what is kept. */
igraph_error_t il_i_backbone_finish(il_backbone_t *res, const il_graph_t *g);

/* il_backbone_destroy() with the signature IGRAPH_FINALLY wants. */
void il_i_backbone_free(void *p);

#endif /* IL_ANALYSIS_BACKBONE_INTERNAL_H */
