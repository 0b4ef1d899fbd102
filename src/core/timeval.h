/*
 * Time values of a panel (core/timeval.c): a year ("2005"), a month
 * ("2005-03") or an ISO date ("2005-03-17") read from a time column, and
 * durations ("3", "3y", "6m", "90d") for windows, steps and tie lifetimes.
 * Every value of one column has the same kind and is held as a whole
 * number in that kind's unit, so that windows are integer ranges.
 */
#ifndef IL_TIMEVAL_H
#define IL_TIMEVAL_H

#include "core/compat.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Time values ------------------------------------------------------- */

/* What a time column holds, and the unit of its values. */
typedef enum il_time_kind {
    IL_TIME_NONE = 0,   /* not a time value */
    IL_TIME_YEAR,       /* "2005" (or any whole number 0..9999): unit one year */
    IL_TIME_MONTH,      /* "2005-03": months since year 0 (12 y + m - 1) */
    IL_TIME_DAY,        /* "2005-03-17": days since 1970-01-01 */
    IL_TIME_ORDINAL     /* labels in order (snapshot files, period values): 0, 1, ... */
} il_time_kind_t;

/* Parse a time value: its kind and *t, or IL_TIME_NONE when \p s is none
 * of "YYYY" (1 to 4 digits), "YYYY-MM" or a valid "YYYY-MM-DD". */
il_time_kind_t il_time_parse(const char *s, int64_t *t);

/* Write time \p t of \p kind as it is read ("2005", "2005-03",
 * "2005-03-17"; ORDINAL: the number). */
void il_time_format(il_time_kind_t kind, int64_t t, char *buf, size_t size);

/* "a year", "a month", "a date", "a period": for messages. */
const char *il_time_kind_name(il_time_kind_t kind);

/* Days since 1970-01-01 of a proleptic Gregorian date, and back. */
int64_t il_days_from_civil(int64_t y, int m, int d);
void il_civil_from_days(int64_t days, int64_t *y, int *m, int *d);

/* ---- Durations ------------------------------------------------------------ */

/* The unit of a duration; DEFAULT is a year (a period for ORDINAL panels). */
typedef enum il_time_unit {
    IL_UNIT_DEFAULT = 0, IL_UNIT_YEAR, IL_UNIT_MONTH, IL_UNIT_DAY
} il_time_unit_t;

/* count units, count >= 1; count = 0 means "not given". */
typedef struct il_duration {
    int64_t count;
    il_time_unit_t unit;
} il_duration_t;

/* Parse "3" (default unit), "3y", "6m" (months) or "90d": 1 on success. */
int il_duration_parse(const char *s, il_duration_t *d);

/* Write a duration as it is read ("3", "3y", "6m", "90d"). */
void il_duration_format(il_duration_t d, char *buf, size_t size);

/* 1 when duration \p d can be counted in panels of \p kind (no months or
 * days in a year panel, no days in a month panel, only plain counts in an
 * ordinal panel). */
int il_duration_fits(il_time_kind_t kind, il_duration_t d);

/* t + k * d in the unit of \p kind (calendar months and years for dates,
 * the day clamped to the month's end); d must fit the kind. */
int64_t il_time_add(il_time_kind_t kind, int64_t t, il_duration_t d, int64_t k);

/* The start of the calendar unit of \p d that holds \p t: 1 January for a
 * year, the first of the month for a month, t itself otherwise. */
int64_t il_time_floor(il_time_kind_t kind, int64_t t, il_duration_t d);

#ifdef __cplusplus
}
#endif

#endif /* IL_TIMEVAL_H */
