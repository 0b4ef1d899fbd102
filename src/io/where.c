/*
 * --where EXPR: conditions on edge columns, and the names of the load modes.
 */
#include "io/io.h"
#include "core/setup.h"
#include "core/utf8.h"

#include <stdlib.h>
#include <string.h>

static char *dup_trimmed(const char *s, size_t len)
{
    char *out;
    while (len > 0 && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t')) {
        len--;
    }
    out = malloc(len + 1);
    if (out) {
        memcpy(out, s, len);
        out[len] = '\0';
    }
    return out;
}

/**
 * \function il_where_parse
 * \brief Parse a --where expression "COL OP VALUE".
 *
 * OP is the first of = == != < <= > >= in the text; blanks around COL and
 * VALUE are ignored. VALUE may be empty (`type=` keeps ties without a type).
 * \return IGRAPH_EINVAL with a message for a malformed expression;
 *         IGRAPH_ENOMEM. Free \p w with il_where_destroy().
 */
igraph_error_t il_where_parse(const char *expr, il_where_t *w)
{
    const char *p = expr + strcspn(expr, "=!<>");
    size_t oplen = 1;
    memset(w, 0, sizeof *w);
    w->text = expr;
    if (*p == '\0') {
        il_set_error("expected COLUMN OP VALUE with OP one of = != < <= > >=, not '%s'",
                     expr);
        return IGRAPH_EINVAL;
    }
    if (p[0] == '!' && p[1] == '=') {
        w->op = IL_WHERE_NE;
        oplen = 2;
    } else if (p[0] == '=') {
        w->op = IL_WHERE_EQ;
        oplen = p[1] == '=' ? 2 : 1;
    } else if (p[0] == '<') {
        w->op = p[1] == '=' ? IL_WHERE_LE : IL_WHERE_LT;
        oplen = p[1] == '=' ? 2 : 1;
    } else if (p[0] == '>') {
        w->op = p[1] == '=' ? IL_WHERE_GE : IL_WHERE_GT;
        oplen = p[1] == '=' ? 2 : 1;
    } else {
        il_set_error("expected COLUMN OP VALUE with OP one of = != < <= > >=, not '%s'",
                     expr);
        return IGRAPH_EINVAL;
    }
    w->column = dup_trimmed(expr, (size_t) (p - expr));
    w->value = dup_trimmed(p + oplen, strlen(p + oplen));
    if (!w->column || !w->value) {
        il_where_destroy(w);
        il_set_error("out of memory");
        return IGRAPH_ENOMEM;
    }
    if (w->column[0] == '\0') {
        il_where_destroy(w);
        il_set_error("--where '%s': the column name is missing", expr);
        return IGRAPH_EINVAL;
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_where_destroy
 * \brief Free a parsed condition; safe on a zero-filled one.
 */
void il_where_destroy(il_where_t *w)
{
    free(w->column);
    free(w->value);
    w->column = w->value = NULL;
}

/**
 * \function il_where_match
 * \brief Whether \p value satisfies \p w.
 *
 * When both the value and the condition's operand are numbers (strict
 * decimal syntax), they compare as numbers (so 2015 < 2016.0 and "07" = 7);
 * otherwise as byte strings. Time complexity: O(length).
 */
int il_where_match(const il_where_t *w, const char *value)
{
    double a, b;
    int cmp;
    if (il_parse_number(value, &a) && il_parse_number(w->value, &b)) {
        cmp = (a > b) - (a < b);
    } else {
        cmp = strcmp(value, w->value);
        cmp = (cmp > 0) - (cmp < 0);
    }
    switch (w->op) {
    case IL_WHERE_EQ:
        return cmp == 0;
    case IL_WHERE_NE:
        return cmp != 0;
    case IL_WHERE_LT:
        return cmp < 0;
    case IL_WHERE_LE:
        return cmp <= 0;
    case IL_WHERE_GT:
        return cmp > 0;
    case IL_WHERE_GE:
        return cmp >= 0;
    }
    return 0;
}

static const char *const dup_names[] = { "sum", "max", "min", "mean", "first", "error" };
static const char *const loop_names[] = { "drop", "keep", "error" };
static const char *const proj_names[] = { "count", "newman", "jaccard" };


/** \function il_dup_mode_name \brief "sum", "max", ... for a merge mode. */
const char *il_dup_mode_name(il_dup_mode_t mode)
{
    return dup_names[mode];
}

/** \function il_loop_mode_name \brief "drop", "keep" or "error". */
const char *il_loop_mode_name(il_loop_mode_t mode)
{
    return loop_names[mode];
}

/** \function il_projection_name \brief "count", "newman" or "jaccard". */
const char *il_projection_name(il_projection_t mode)
{
    return proj_names[mode];
}
