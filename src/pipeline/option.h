#ifndef IL_OPTION_H
#define IL_OPTION_H

#include "core/compat.h"

#include <math.h>
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
    double min, max;                /* INT, UINT, SMALLINT, REAL bounds (max may be
                                     * IL_OPT_NO_MAX); FLAG: min is the value set */
    const il_opt_choice_t *choices; /* CHOICE */
    il_opt_parse_fn *parse;         /* CUSTOM */
    const char *expect;             /* what a bad value is told it should be; NULL: derived */
    unsigned flags;
} il_optdef_t;

/* 0, and a compile error unless field \p f of \p type has \p size bytes:
 * each initialiser below checks that the kind writes what the field holds. */
#define IL_OPT_FIELD_IS(type, f, size) \
    (0 * sizeof(char[sizeof(((type *) 0)->f) == (size) ? 1 : -1]))
#define IL_OPT_AT(type, f, size) (offsetof(type, f) + IL_OPT_FIELD_IS(type, f, size))

/* Table entries, one macro per kind. */
#define IL_OPTDEF_INT(nm, type, field, lo, hi) \
    { .name = (nm), .kind = IL_OPT_INT, .offset = IL_OPT_AT(type, field, sizeof(igraph_integer_t)), \
      .min = (lo), .max = (hi) }
#define IL_OPTDEF_SMALLINT(nm, type, field, lo, hi, exp) \
    { .name = (nm), .kind = IL_OPT_SMALLINT, .offset = IL_OPT_AT(type, field, sizeof(int)), \
      .min = (lo), .max = (hi), .expect = (exp) }
#define IL_OPTDEF_UINT(nm, type, field) \
    { .name = (nm), .kind = IL_OPT_UINT, .offset = IL_OPT_AT(type, field, sizeof(igraph_uint_t)), \
      .min = 0, .max = IL_OPT_NO_MAX }
#define IL_OPTDEF_REAL(nm, type, field, lo, hi, fl, exp) \
    { .name = (nm), .kind = IL_OPT_REAL, .offset = IL_OPT_AT(type, field, sizeof(double)), \
      .min = (lo), .max = (hi), .flags = (fl), .expect = (exp) }
#define IL_OPTDEF_FLAG_VALUE(nm, type, field, value) \
    { .name = (nm), .kind = IL_OPT_FLAG, .offset = IL_OPT_AT(type, field, sizeof(int)), \
      .min = (value) }
#define IL_OPTDEF_FLAG(nm, type, field) IL_OPTDEF_FLAG_VALUE(nm, type, field, 1)
#define IL_OPTDEF_BOOL(nm, type, field) \
    { .name = (nm), .kind = IL_OPT_BOOL, .offset = IL_OPT_AT(type, field, sizeof(igraph_bool_t)) }
#define IL_OPTDEF_STRING(nm, type, field) \
    { .name = (nm), .kind = IL_OPT_STRING, .offset = IL_OPT_AT(type, field, sizeof(const char *)) }
#define IL_OPTDEF_CHOICE(nm, type, field, list, exp) \
    { .name = (nm), .kind = IL_OPT_CHOICE, .offset = IL_OPT_AT(type, field, sizeof(int)), \
      .choices = (list), .expect = (exp) }
#define IL_OPTDEF_CUSTOM(nm, type, field, fn) \
    { .name = (nm), .kind = IL_OPT_CUSTOM, .offset = offsetof(type, field), .parse = (fn) }

/* No upper bound for INT, UINT, SMALLINT and REAL. */
#define IL_OPT_NO_MAX HUGE_VAL

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


#ifdef __cplusplus
}
#endif

#endif /* IL_OPTION_H */
