/*
 * Writing at disk speed: a 64 KiB buffer in front of a FILE. Report and
 * graph writers append rows of text to it; the FILE sees large writes.
 */
#include "io/io.h"

#include <string.h>

/** \function il_sink_init \brief Start an empty buffer in front of \p out. */
void il_sink_init(il_sink_t *s, FILE *out)
{
    s->out = out;
    s->len = 0;
}

/**
 * \function il_sink_flush
 * \brief Give the buffered bytes to the FILE; a failure stays in its
 *        error flag (checked when the output is committed).
 */
void il_sink_flush(il_sink_t *s)
{
    if (s->len > 0) {
        fwrite(s->buf, 1, s->len, s->out);
        s->len = 0;
    }
}

/** \function il_sink_write \brief Append \p n bytes. Time: O(n). */
void il_sink_write(il_sink_t *s, const char *p, size_t n)
{
    if (n > sizeof s->buf - s->len) {
        il_sink_flush(s);
        if (n >= sizeof s->buf) {
            fwrite(p, 1, n, s->out);
            return;
        }
    }
    memcpy(s->buf + s->len, p, n);
    s->len += n;
}

/** \function il_sink_puts \brief Append a NUL-terminated string. */
void il_sink_puts(il_sink_t *s, const char *p)
{
    il_sink_write(s, p, strlen(p));
}

/**
 * \function il_sink_csv_field
 * \brief Append one CSV field, quoted exactly when il_csv_write_field()
 *        quotes it (delimiter, quote, line break, blanks at either end).
 */
void il_sink_csv_field(il_sink_t *s, const char *field)
{
    size_t n = strlen(field), i;
    int quote = n > 0 && (field[0] == ' ' || field[0] == '\t' || field[n - 1] == ' ' ||
                          field[n - 1] == '\t');
    for (i = 0; i < n && !quote; i++) {
        char c = field[i];
        quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
        il_sink_write(s, field, n);
        return;
    }
    il_sink_putc(s, '"');
    for (i = 0; i < n; i++) {
        if (field[i] == '"') {
            il_sink_putc(s, '"');
        }
        il_sink_putc(s, field[i]);
    }
    il_sink_putc(s, '"');
}
