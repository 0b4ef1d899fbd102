/*
 * One OpenMP thread while a call runs (core/threads.h). omp_set_num_threads
 * sets the calling thread's own count, so the scope touches no other
 * thread and no process-wide setting.
 */
#include "core/threads.h"

#include <omp.h>

/** \function il_serial_scope_begin \brief See core/threads.h. */
void il_serial_scope_begin(il_serial_scope_t *scope)
{
    scope->previous = omp_get_max_threads();
    scope->active = 1;
    omp_set_num_threads(1);
}

/** \function il_serial_scope_end \brief See core/threads.h. */
void il_serial_scope_end(il_serial_scope_t *scope)
{
    if (scope->active) {
        omp_set_num_threads(scope->previous > 0 ? scope->previous : 1);
        scope->active = 0;
    }
}
