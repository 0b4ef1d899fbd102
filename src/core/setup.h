#ifndef IL_SETUP_H
#define IL_SETUP_H

#include "core/compat.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Library set-up and error capture --------------------------------- */

/* Install innolink's igraph error and warning handlers, keeping igraph's
 * previous ones; call first. Idempotent. */
void il_setup(void);

/* Restore the igraph handlers that il_setup() replaced; call when done. */
void il_teardown(void);

/* The reason recorded for the last failed library call ("" when none). */
const char *il_last_error(void);

/* Forget the recorded reason before the next call. */
void il_clear_error(void);

/* Record a reason the way igraph's handler does (used by innolink's own
 * errors that do not go through IGRAPH_ERROR). */
void il_set_error(const char *fmt, ...);

/* The igraph version string of the linked library. */
const char *il_igraph_version(void);

/* ---- Warnings ---------------------------------------------------------- */

/* Receiver of library warnings (the CLI prints them on stderr). */
typedef void il_warning_fn(const char *message, void *arg);

/* Set the warning receiver; NULL discards warnings. */
void il_warning_set(il_warning_fn *fn, void *arg);

/* The current warning receiver and its argument (to restore it later). */
void il_warning_get(il_warning_fn **fn, void **arg);

/* Emit a warning through the receiver (printf-style). */
void il_warn(const char *fmt, ...);

/* ---- Progress ---------------------------------------------------------- */

/* Receiver of progress reports: fraction in [0, 1]; 1 means done. */
typedef void il_progress_fn(const char *task, double fraction, void *arg);

/* Set the progress receiver; NULL (the default) ignores progress. */
void il_progress_set(il_progress_fn *fn, void *arg);

/* The current progress receiver and its argument (to restore it later). */
void il_progress_get(il_progress_fn **fn, void **arg);

/* Report progress of a long task to the receiver, if any. Cheap to call. */
void il_progress(const char *task, double fraction);

#ifdef __cplusplus
}
#endif

#endif /* IL_SETUP_H */
