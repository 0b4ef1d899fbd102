/*
 * JSON text of a cJSON document, streamed. cJSON_Print() builds the whole
 * text in one growing string (hundreds of megabytes for a million rows)
 * and prints numbers with sprintf and a sscanf check; this writes the same
 * bytes through a sink: tabs for indentation, ":\t" after keys, ", "
 * between array elements, the numbers of core/numfmt.h (cJSON's rule).
 * tests/unit/test_export.c compares the two on documents of every shape.
 */
#include "io/io.h"
#include "core/numfmt.h"

#include <cjson/cJSON.h>

#include <stdio.h>
#include <string.h>

/**
 * \function il_json_write_string
 * \brief A string with cJSON's escapes: \" \\ \b \f \n \r \t and \u00xx below 32.
 */
void il_json_write_string(const char *str, il_sink_t *s)
{
    const unsigned char *p = (const unsigned char *) (str ? str : "");
    const unsigned char *run = p;
    il_sink_putc(s, '"');
    for (; *p; p++) {
        char esc = 0;
        switch (*p) {
        case '"':
            esc = '"';
            break;
        case '\\':
            esc = '\\';
            break;
        case '\b':
            esc = 'b';
            break;
        case '\f':
            esc = 'f';
            break;
        case '\n':
            esc = 'n';
            break;
        case '\r':
            esc = 'r';
            break;
        case '\t':
            esc = 't';
            break;
        default:
            if (*p >= 32) {
                continue;
            }
        }
        il_sink_write(s, (const char *) run, (size_t) (p - run));
        if (esc) {
            char two[2] = { '\\', esc };
            il_sink_write(s, two, 2);
        } else {
            char hex[8];
            snprintf(hex, sizeof hex, "\\u%04x", *p);
            il_sink_write(s, hex, 6);
        }
        run = p + 1;
    }
    il_sink_write(s, (const char *) run, (size_t) (p - run));
    il_sink_putc(s, '"');
}

static void tabs(il_sink_t *s, size_t n)
{
    while (n-- > 0) {
        il_sink_putc(s, '\t');
    }
}

typedef struct json_out {
    il_json_hook_fn *hook;
    void *arg;
    il_sink_t *s;
} json_out_t;

static void json_value(const cJSON *item, size_t depth, const json_out_t *o)
{
    const cJSON *c;
    char num[IL_NUMFMT_MAX];
    il_sink_t *s = o->s;
    if (o->hook && o->hook(item, depth, s, o->arg)) {
        return;
    }
    switch (item->type & 0xFF) {
    case cJSON_NULL:
        il_sink_write(s, "null", 4);
        break;
    case cJSON_False:
        il_sink_write(s, "false", 5);
        break;
    case cJSON_True:
        il_sink_write(s, "true", 4);
        break;
    case cJSON_Number:
        il_sink_write(s, num, il_numfmt_json(item->valuedouble, num));
        break;
    case cJSON_Raw:
        il_sink_puts(s, item->valuestring ? item->valuestring : "");
        break;
    case cJSON_String:
        il_json_write_string(item->valuestring, s);
        break;
    case cJSON_Array:
        il_sink_putc(s, '[');
        for (c = item->child; c; c = c->next) {
            json_value(c, depth + 1, o);
            if (c->next) {
                il_sink_write(s, ", ", 2);
            }
        }
        il_sink_putc(s, ']');
        break;
    case cJSON_Object:
        il_sink_write(s, "{\n", 2);
        for (c = item->child; c; c = c->next) {
            tabs(s, depth + 1);
            il_json_write_string(c->string, s);
            il_sink_write(s, ":\t", 2);
            json_value(c, depth + 1, o);
            if (c->next) {
                il_sink_putc(s, ',');
            }
            il_sink_putc(s, '\n');
        }
        tabs(s, depth);
        il_sink_putc(s, '}');
        break;
    default:
        break;
    }
}

/**
 * \function il_json_write
 * \brief Write \p item as cJSON_Print() would format it (no newline after).
 *
 * Time complexity: O(size of the text); memory O(depth).
 */
void il_json_write(const cJSON *item, il_sink_t *s)
{
    il_json_write_at(item, 0, NULL, NULL, s);
}

/**
 * \function il_json_write_at
 * \brief Write \p item nested \p depth deep as cJSON_Print() would; \p hook
 *        (may be NULL) may write any value itself.
 */
void il_json_write_at(const cJSON *item, size_t depth, il_json_hook_fn *hook, void *arg,
                      il_sink_t *s)
{
    json_out_t o;
    o.hook = hook;
    o.arg = arg;
    o.s = s;
    json_value(item, depth, &o);
}
