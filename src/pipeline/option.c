/*
 * Declarative options: parse one value for one option of a table. The
 * wording of every "expected ..." message is made here, once.
 */
#include "pipeline/option.h"
#include "core/utf8.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/**
 * \function il_optdef_find
 * \brief The entry named \p name of a zero-terminated table, or NULL.
 *
 * Time complexity: O(entries).
 */
const il_optdef_t *il_optdef_find(const il_optdef_t *table, const char *name)
{
    for (; table && table->name; table++) {
        if (strcmp(table->name, name) == 0) {
            return table;
        }
    }
    return NULL;
}

/** \function il_optdef_takes_value \brief 1 unless the option is a flag. */
int il_optdef_takes_value(const il_optdef_t *def)
{
    return def->kind != IL_OPT_FLAG && def->kind != IL_OPT_BOOL;
}

/**
 * \function il_parse_count
 * \brief Parse a decimal integer >= 0 that fits igraph_integer_t.
 *
 * Only digits: no sign, blank, exponent or hex. \return 1 on success.
 */
int il_parse_count(const char *s, igraph_integer_t *out)
{
    char *end;
    long long v;
    if (!s || !(*s >= '0' && *s <= '9')) {
        return 0;
    }
    errno = 0;
    v = strtoll(s, &end, 10);
    if (*end != '\0' || errno == ERANGE || v < 0) {
        return 0;
    }
    *out = (igraph_integer_t) v;
    return 1;
}

/** \function il_opt_choice_name \brief The name of \p value, or NULL. */
const char *il_opt_choice_name(const il_opt_choice_t *choices, int value)
{
    for (; choices && choices->name; choices++) {
        if (choices->value == value) {
            return choices->name;
        }
    }
    return NULL;
}

static int bounded(const il_optdef_t *def)
{
    return isfinite(def->max);
}

/* "a whole number >= 0", "a whole number from 1 to 1000", ... */
static void expect_whole(const il_optdef_t *def, char *buf, size_t size)
{
    if (bounded(def)) {
        snprintf(buf, size, "a whole number from %.0f to %.0f", def->min, def->max);
    } else {
        snprintf(buf, size, "a whole number >= %.0f", def->min);
    }
}

static void expect_real(const il_optdef_t *def, char *buf, size_t size)
{
    const char *op = def->flags & IL_OPT_ABOVE_MIN ? ">" : ">=";
    if (bounded(def)) {
        snprintf(buf, size, "a number from %g to %g", def->min, def->max);
    } else {
        snprintf(buf, size, "a number %s %g", op, def->min);
    }
}

/* "a, b or c" from the choices (aliases sharing a value are listed once). */
static void expect_choice(const il_optdef_t *def, char *buf, size_t size)
{
    const il_opt_choice_t *c, *d;
    size_t n = 0, k = 0, len = 0;
    for (c = def->choices; c && c->name; c++) {
        for (d = def->choices; d != c && d->value != c->value; d++) {
        }
        n += d == c;
    }
    buf[0] = '\0';
    for (c = def->choices; c && c->name; c++) {
        for (d = def->choices; d != c && d->value != c->value; d++) {
        }
        if (d != c) {
            continue;
        }
        k++;
        len += (size_t) snprintf(buf + len, len < size ? size - len : 0, "%s%s",
                                 k == 1 ? "" : k == n ? " or " : ", ", c->name);
        if (len >= size) {
            break;
        }
    }
}

/* Write "expected WHAT, not 'TEXT'" into why. */
static int refuse(const il_optdef_t *def, const char *derived, const char *text, char *why,
                  size_t size)
{
    snprintf(why, size, "expected %s, not '%s'", def->expect ? def->expect : derived,
             text ? text : "");
    return 0;
}

static int set_whole(const il_optdef_t *def, void *field, const char *text, char *why,
                     size_t size)
{
    igraph_integer_t v;
    char what[96];
    if (!il_parse_count(text, &v) || (double) v < def->min ||
        (bounded(def) && (double) v > def->max)) {
        expect_whole(def, what, sizeof what);
        return refuse(def, what, text, why, size);
    }
    if (def->kind == IL_OPT_INT) {
        *(igraph_integer_t *) field = v;
    } else if (def->kind == IL_OPT_UINT) {
        *(igraph_uint_t *) field = (igraph_uint_t) v;
    } else {
        *(int *) field = (int) v;
    }
    return 1;
}

/**
 * \function il_optdef_set
 * \brief Set the field of \p def inside \p base from \p text.
 *
 * \param text The value as given (NULL or ignored for a flag). Strings are
 *             borrowed: \p text must outlive the options struct.
 * \return 1 on success; 0 with the reason ("expected ..., not '...'") in
 *         \p why, leaving the field as it was.
 *
 * Time complexity: O(length of text + choices).
 */
int il_optdef_set(const il_optdef_t *def, void *base, const char *text, char *why,
                  size_t size)
{
    void *field = (char *) base + def->offset;
    const il_opt_choice_t *c;
    char what[160];
    double x;

    switch (def->kind) {
    case IL_OPT_FLAG:
        *(int *) field = (int) def->min;
        return 1;
    case IL_OPT_BOOL:
        *(igraph_bool_t *) field = 1;
        return 1;
    case IL_OPT_INT:
    case IL_OPT_UINT:
    case IL_OPT_SMALLINT:
        return set_whole(def, field, text, why, size);
    case IL_OPT_REAL:
        if (!il_parse_number(text, &x) || x < def->min ||
            ((def->flags & IL_OPT_ABOVE_MIN) && x <= def->min) ||
            (bounded(def) && x > def->max)) {
            expect_real(def, what, sizeof what);
            return refuse(def, what, text, why, size);
        }
        *(double *) field = x;
        return 1;
    case IL_OPT_STRING:
        if ((def->flags & IL_OPT_NONEMPTY) && (!text || !text[0])) {
            return refuse(def, "a non-empty value", text, why, size);
        }
        *(const char **) field = text;
        return 1;
    case IL_OPT_CHOICE:
        for (c = def->choices; text && c && c->name; c++) {
            if (strcmp(c->name, text) == 0) {
                *(int *) field = c->value;
                return 1;
            }
        }
        expect_choice(def, what, sizeof what);
        return refuse(def, what, text, why, size);
    case IL_OPT_CUSTOM:
        return def->parse(text ? text : "", field, why, size);
    case IL_OPT_END:
        break;
    }
    snprintf(why, size, "not an option");
    return 0;
}
