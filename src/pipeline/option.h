#ifndef IL_OPTION_H
#define IL_OPTION_H

#include "core/compat.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Declarative options: one table per job says, for each option, its name,
 * the field it sets and the values it takes. The command line (getopt) and
 * a run spec (JSON) both hand the table a name and a value as text, so an
 * option is checked the same way wherever it is given, and its message
 * reads the same: "expected a whole number >= 0, not 'x'".
 */

/* What kind of value an option takes. */
typedef enum il_opt_kind {
    IL_OPT_END = 0,     /* ends a table */
    IL_OPT_FLAG,        /* no value: sets an int field to `min` */
    IL_OPT_BOOL,        /* no value: sets an igraph_bool_t field to true */
    IL_OPT_INT,         /* whole number in [min, max] into an igraph_integer_t */
    IL_OPT_UINT,        /* whole number in [min, max] into an igraph_uint_t (seeds) */
    IL_OPT_SMALLINT,    /* whole number in [min, max] into an int */
    IL_OPT_REAL,        /* finite number in [min, max] into a double */
    IL_OPT_STRING,      /* text into a const char * (borrowed from the caller) */
    IL_OPT_CHOICE,      /* one of `choices` into an int-sized enum field */
    IL_OPT_CUSTOM       /* `parse` decides */
} il_opt_kind_t;

/* Bits of il_optdef_t.flags. */
enum {
    IL_OPT_ABOVE_MIN = 1u << 0,     /* REAL: strictly greater than min */
    IL_OPT_NONEMPTY = 1u << 1       /* STRING: "" is refused */
};

/* A named value of a CHOICE option; a NULL name ends the list. */
typedef struct il_opt_choice {
    const char *name;
    int value;
} il_opt_choice_t;

/* A CUSTOM option's parser: set the field at \p field from \p text; on a
 * bad value return 0 and write what was expected into \p why. */
typedef int il_opt_parse_fn(const char *text, void *field, char *why, size_t size);

/* One option. Tables end with a zero entry ({ NULL } or IL_OPT_END). */
typedef struct il_optdef {
    const char *name;               /* long name without dashes: "seed" */
    il_opt_kind_t kind;
    size_t offset;                  /* of the field in the options struct */
    double min, max;                /* INT, UINT, SMALLINT, REAL bounds; FLAG value */
    const il_opt_choice_t *choices; /* CHOICE */
    il_opt_parse_fn *parse;         /* CUSTOM */
    const char *expect;             /* what a bad value is told it should be; NULL: derived */
    unsigned flags;
} il_optdef_t;

/* Convenience initialisers for table entries. */
#define IL_OPTDEF_INT(nm, type, field, lo, hi) \
    { .name = (nm), .kind = IL_OPT_INT, .offset = offsetof(type, field), .min = (lo), .max = (hi) }
#define IL_OPTDEF_UINT(nm, type, field) \
    { .name = (nm), .kind = IL_OPT_UINT, .offset = offsetof(type, field), .min = 0, .max = -1 }
#define IL_OPTDEF_FLAG(nm, type, field) \
    { .name = (nm), .kind = IL_OPT_FLAG, .offset = offsetof(type, field), .min = 1 }
#define IL_OPTDEF_BOOL(nm, type, field) \
    { .name = (nm), .kind = IL_OPT_BOOL, .offset = offsetof(type, field) }
#define IL_OPTDEF_STRING(nm, type, field) \
    { .name = (nm), .kind = IL_OPT_STRING, .offset = offsetof(type, field) }
#define IL_OPTDEF_CHOICE(nm, type, field, list, exp) \
    { .name = (nm), .kind = IL_OPT_CHOICE, .offset = offsetof(type, field), \
      .choices = (list), .expect = (exp) }
#define IL_OPTDEF_CUSTOM(nm, type, field, fn) \
    { .name = (nm), .kind = IL_OPT_CUSTOM, .offset = offsetof(type, field), .parse = (fn) }

/* No upper bound for INT, UINT, SMALLINT and REAL (max < min means none). */
#define IL_OPT_NO_MAX (-1.0)

/* The option called \p name in \p table, or NULL. */
const il_optdef_t *il_optdef_find(const il_optdef_t *table, const char *name);

/* 1 when the option takes a value (every kind but FLAG and BOOL). */
int il_optdef_takes_value(const il_optdef_t *def);

/* Set the field of \p def in \p base from \p text (NULL for a FLAG).
 * Returns 1, or 0 with "expected ..., not 'text'" in \p why. */
int il_optdef_set(const il_optdef_t *def, void *base, const char *text, char *why,
                  size_t size);

/* The name of choice \p value in \p choices, or NULL. */
const char *il_opt_choice_name(const il_opt_choice_t *choices, int value);

/* Parse a whole decimal number >= 0 that fits igraph_integer_t: 1 on success. */
int il_parse_count(const char *s, igraph_integer_t *out);

/* Parse a finite decimal number with nothing after it (no hex): 1 on success. */
int il_parse_real(const char *s, double *out);

#ifdef __cplusplus
}
#endif

#endif /* IL_OPTION_H */
