/*
 * What the files of src/report share: the cJSON API the document is built
 * with, and the out-of-memory check of every item. Not part of the public
 * API: report/report.h keeps cJSON opaque.
 */
#ifndef IL_REPORT_INTERNAL_H
#define IL_REPORT_INTERNAL_H

#include "core/compat.h"

#include <cjson/cJSON.h>

/* An item cJSON could not allocate (NULL) is an igraph ENOMEM error. */
#define CHECK_ITEM(item) do { \
        if (!(item)) { \
            IGRAPH_ERROR("Out of memory building the report.", IGRAPH_ENOMEM); \
        } \
    } while (0)

struct il_load_options;
struct il_graph;

/* The affiliation options and the backbone record of `input`
 * (backbone_report.c; il_report_add_input calls it). */
igraph_error_t il_i_report_input_extra(cJSON *in, const struct il_load_options *o,
                                       const struct il_graph *g);

#endif /* IL_REPORT_INTERNAL_H */
