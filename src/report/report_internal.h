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

#endif /* IL_REPORT_INTERNAL_H */
