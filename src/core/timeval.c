/*
 * Time values and durations of a panel: years, months and ISO dates as
 * whole numbers of their unit; calendar arithmetic for windows over dates
 * (proleptic Gregorian calendar, H. Hinnant's days-from-civil algorithm).
 */
#include "core/timeval.h"

#include <stdio.h>
#include <string.h>

/* Digits s[0..n) as a number; -1 when one is not a digit. */
static int64_t digits(const char *s, size_t n)
{
    int64_t v = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return -1;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static int leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int64_t y, int m)
{
    static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

/**
 * \function il_days_from_civil
 * \brief Days since 1970-01-01 of the date y-m-d (proleptic Gregorian).
 *
 * Time complexity: O(1).
 */
int64_t il_days_from_civil(int64_t y, int m, int d)
{
    int64_t era, yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/**
 * \function il_civil_from_days
 * \brief The date of day \p days since 1970-01-01 (proleptic Gregorian).
 *
 * Time complexity: O(1).
 */
void il_civil_from_days(int64_t days, int64_t *y, int *m, int *d)
{
    int64_t z = days + 719468, era, doe, yoe, doy, mp;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int) (doy - (153 * mp + 2) / 5 + 1);
    *m = (int) (mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

/**
 * \function il_time_parse
 * \brief The kind and value of a time value.
 *
 * "YYYY" with 1 to 4 digits is a year (so that waves 1, 2, 3 work too);
 * "YYYY-MM" a month; "YYYY-MM-DD" a day that exists in the calendar.
 * Nothing else is accepted: no blanks, signs, times of day or other
 * separators. \return the kind, IL_TIME_NONE for anything else.
 *
 * Time complexity: O(length of s).
 */
il_time_kind_t il_time_parse(const char *s, int64_t *t)
{
    size_t n = strlen(s);
    int64_t y, m, d;
    if (n >= 1 && n <= 4 && (y = digits(s, n)) >= 0) {
        *t = y;
        return IL_TIME_YEAR;
    }
    if ((n != 7 && n != 10) || (y = digits(s, 4)) < 0 || s[4] != '-' ||
        (m = digits(s + 5, 2)) < 1 || m > 12) {
        return IL_TIME_NONE;
    }
    if (n == 7) {
        *t = 12 * y + m - 1;
        return IL_TIME_MONTH;
    }
    if (s[7] != '-' || (d = digits(s + 8, 2)) < 1 || d > month_days(y, (int) m)) {
        return IL_TIME_NONE;
    }
    *t = il_days_from_civil(y, (int) m, (int) d);
    return IL_TIME_DAY;
}

/**
 * \function il_time_format
 * \brief Write \p t as a value of \p kind is read back by il_time_parse().
 */
void il_time_format(il_time_kind_t kind, int64_t t, char *buf, size_t size)
{
    int64_t y;
    int m, d;
    switch (kind) {
    case IL_TIME_MONTH:
        y = t >= 0 ? t / 12 : (t - 11) / 12;
        snprintf(buf, size, "%04lld-%02d", (long long) y, (int) (t - 12 * y) + 1);
        break;
    case IL_TIME_DAY:
        il_civil_from_days(t, &y, &m, &d);
        snprintf(buf, size, "%04lld-%02d-%02d", (long long) y, m, d);
        break;
    case IL_TIME_YEAR:
    case IL_TIME_ORDINAL:
    case IL_TIME_NONE:
        snprintf(buf, size, "%lld", (long long) t);
        break;
    }
}

/** \function il_time_kind_name \brief "a year", "a month", "a date" or "a period". */
const char *il_time_kind_name(il_time_kind_t kind)
{
    switch (kind) {
    case IL_TIME_YEAR:
        return "a year";
    case IL_TIME_MONTH:
        return "a month";
    case IL_TIME_DAY:
        return "a date";
    case IL_TIME_ORDINAL:
        return "a period";
    case IL_TIME_NONE:
        break;
    }
    return "not a time";
}

/**
 * \function il_duration_parse
 * \brief "3" (the default unit), "3y", "6m" (months) or "90d".
 *
 * The count is a whole number from 1 to 100000. \return 1, or 0 when \p s
 * is not a duration.
 */
int il_duration_parse(const char *s, il_duration_t *d)
{
    size_t n = strlen(s), k = n;
    int64_t c;
    il_time_unit_t u = IL_UNIT_DEFAULT;
    if (n > 0 && (s[n - 1] == 'y' || s[n - 1] == 'm' || s[n - 1] == 'd')) {
        u = s[n - 1] == 'y' ? IL_UNIT_YEAR : s[n - 1] == 'm' ? IL_UNIT_MONTH : IL_UNIT_DAY;
        k = n - 1;
    }
    if (k == 0 || k > 6 || (c = digits(s, k)) < 1 || c > 100000) {
        return 0;
    }
    d->count = c;
    d->unit = u;
    return 1;
}

/** \function il_duration_format \brief Write \p d as il_duration_parse() reads it. */
void il_duration_format(il_duration_t d, char *buf, size_t size)
{
    static const char *const suffix[] = { "", "y", "m", "d" };
    snprintf(buf, size, "%lld%s", (long long) d.count, suffix[d.unit]);
}

/**
 * \function il_duration_fits
 * \brief 1 when \p d can be counted in the unit of \p kind.
 */
int il_duration_fits(il_time_kind_t kind, il_duration_t d)
{
    switch (kind) {
    case IL_TIME_YEAR:
        return d.unit == IL_UNIT_DEFAULT || d.unit == IL_UNIT_YEAR;
    case IL_TIME_MONTH:
        return d.unit != IL_UNIT_DAY;
    case IL_TIME_DAY:
        return 1;
    case IL_TIME_ORDINAL:
        return d.unit == IL_UNIT_DEFAULT;
    case IL_TIME_NONE:
        break;
    }
    return 0;
}

/* A date plus a number of calendar months, the day clamped to the month's end. */
static int64_t add_months(int64_t t, int64_t months)
{
    int64_t y, total;
    int m, d, dm;
    il_civil_from_days(t, &y, &m, &d);
    total = 12 * y + (m - 1) + months;
    y = total >= 0 ? total / 12 : (total - 11) / 12;
    m = (int) (total - 12 * y) + 1;
    dm = month_days(y, m);
    return il_days_from_civil(y, m, d > dm ? dm : d);
}

/**
 * \function il_time_add
 * \brief t + k * d in the unit of \p kind.
 *
 * Years and months over dates follow the calendar (31 January plus one
 * month is 28 or 29 February); always computed from \p t, never by
 * repeated steps. \p d must fit \p kind (il_duration_fits()).
 *
 * Time complexity: O(1).
 */
int64_t il_time_add(il_time_kind_t kind, int64_t t, il_duration_t d, int64_t k)
{
    int64_t n = k * d.count;
    switch (kind) {
    case IL_TIME_MONTH:
        return t + (d.unit == IL_UNIT_MONTH ? n : 12 * n);
    case IL_TIME_DAY:
        if (d.unit == IL_UNIT_DAY) {
            return t + n;
        }
        return add_months(t, d.unit == IL_UNIT_MONTH ? n : 12 * n);
    case IL_TIME_YEAR:
    case IL_TIME_ORDINAL:
    case IL_TIME_NONE:
        break;
    }
    return t + n;
}

/**
 * \function il_time_floor
 * \brief The start of the calendar year (or month, for a step in months)
 *        that holds \p t; \p t itself for days, years and periods.
 */
int64_t il_time_floor(il_time_kind_t kind, int64_t t, il_duration_t d)
{
    int64_t y;
    int m, day;
    if (kind == IL_TIME_MONTH && d.unit != IL_UNIT_MONTH) {
        return t - (t >= 0 ? t % 12 : ((t % 12) + 12) % 12);
    }
    if (kind == IL_TIME_DAY && d.unit != IL_UNIT_DAY) {
        il_civil_from_days(t, &y, &m, &day);
        return il_days_from_civil(y, d.unit == IL_UNIT_MONTH ? m : 1, 1);
    }
    return t;
}
