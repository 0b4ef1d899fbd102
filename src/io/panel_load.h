/*
 * Reading a panel (io/panel_load.c): one parse of the input, whatever the
 * number of windows cut from it afterwards (model/panel.h).
 */
#ifndef IL_PANEL_LOAD_H
#define IL_PANEL_LOAD_H

#include "core/compat.h"
#include "io/io.h"
#include "model/panel.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Loading a panel --------------------------------------------------- */

/* Where the time of each row comes from. */
typedef struct il_panel_source {
    const char *time_col;       /* the time column: of the tie table, or with
                                 * events_path, of the events table; NULL: the
                                 * files themselves are the periods */
    const char *events_path;    /* affiliation: an events table (event id and
                                 * time) joined to the memberships by event id */
    const char *events_id_col;  /* its id column (NULL: the --event name, else
                                 * "event", else "id") */
    int labels;                 /* 1: any non-empty time value is a period label,
                                 * ordered as numbers, then as text; 0: years,
                                 * months or ISO dates only */
} il_panel_source_t;

#define IL_PANEL_SOURCE_INIT { .time_col = NULL, .events_path = NULL, \
                               .events_id_col = NULL, .labels = 0 }

/* Read a panel: \p files[0] with a time column (src->time_col), or the
 * snapshot files files[0..nfiles) in time order (one period each), as tie
 * tables or, with lo->affiliation, membership tables; lo's node table,
 * columns, --where, duplicate and loop rules apply. Data errors name the
 * file, line and column. \p p must be zero-filled. */
igraph_error_t il_panel_load(const il_load_options_t *lo, const il_panel_source_t *src,
                             const char *const *files, size_t nfiles, il_panel_t *p);

#ifdef __cplusplus
}
#endif

#endif /* IL_PANEL_LOAD_H */
