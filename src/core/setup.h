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

/* The longest reason il_last_error() holds, in bytes with the NUL. */
#define IL_ERROR_MAX 8192

/* IGRAPH_ERRORF for reasons that carry file names or user text: igraph
 * formats IGRAPH_ERRORF into 500 bytes, which cut a long path before the
 * reason; this records up to IL_ERROR_MAX bytes (il_set_error) and then
 * raises \p code as IGRAPH_ERROR does (frees the finally stack, returns). */
#define IL_ERRORF(fmt, code, ...) \
    do { il_set_error(fmt, __VA_ARGS__); IGRAPH_ERROR("", code); } while (0)

/* Bytes of the buffer il_path_shown() needs. */
#define IL_PATH_SHOWN_MAX 400

/* \p path as a message shows it: itself when shorter than
 * IL_PATH_SHOWN_MAX bytes, else its start, "..." and its end (the file
 * name whole) in \p buf (IL_PATH_SHOWN_MAX bytes). */
const char *il_path_shown(const char *path, char *buf);

/* The igraph version string of the linked library. */
const char *il_igraph_version(void);

/* ---- Warnings ---------------------------------------------------------- */

/* Receiver of library warnings (the CLI prints them on stderr). */
typedef void il_warning_fn(const char *message, void *arg);

/* Set the warning receiver; NULL discards warnings. */
void il_warning_set(il_warning_fn *fn, void *arg);

/* The current warning receiver (to silence warnings for a while and put
 * them back). */
void il_warning_get(il_warning_fn **fn, void **arg);

/* Emit a warning through the receiver (printf-style). */
void il_warn(const char *fmt, ...);

/* CPU seconds this process has used so far, every thread counted: the
 * clock of the time estimates warned of before a long step (a step that
 * would take over a minute says so first, with how to make it faster). */
double il_cpu_seconds(void);

/* Seconds on a steady clock (CLOCK_MONOTONIC): for the same estimates when
 * the work runs in worker processes. */
double il_wall_seconds(void);

/* ---- Progress ---------------------------------------------------------- */

/* Receiver of progress reports: fraction in [0, 1]; 1 means done. */
typedef void il_progress_fn(const char *task, double fraction, void *arg);

/* Set the progress receiver; NULL (the default) ignores progress. */
void il_progress_set(il_progress_fn *fn, void *arg);

/* The current progress receiver (see il_warning_get). */
void il_progress_get(il_progress_fn **fn, void **arg);

/* Report progress of a long task to the receiver, if any. Cheap to call. */
void il_progress(const char *task, double fraction);

#ifdef __cplusplus
}
#endif

#endif /* IL_SETUP_H */
