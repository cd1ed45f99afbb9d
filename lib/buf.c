/* A growable string for everything the library renders. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/*
 * The buffer fails for why: said now by inc_error(), and again by
 * inc__buf_error(). The first reason stays.
 */
int
inc__buf_fail(struct inc_buf *b, const char *why)
{
	if (!b->failed)
		b->failed = why;
	return inc__buf_error(b);
}

int
inc__buf_error(const struct inc_buf *b)
{
	return b->failed ? inc__fail(INC_ERROR, "%s", b->failed) : 0;
}

static int
grow(struct inc_buf *b, size_t more)
{
	size_t need;
	char *s;

	if (b->failed)
		return inc__buf_error(b);
	if (more >= SIZE_MAX - b->len)
		return inc__buf_fail(b, "out of memory");
	need = b->len + more + 1;
	if (need <= b->cap)
		return 0;
	if (b->cap <= SIZE_MAX / 2 && need < b->cap * 2)
		need = b->cap * 2;
	if (need < 256)
		need = 256;
	if (!(s = realloc(b->s, need)))
		return inc__buf_fail(b, "out of memory");
	b->s = s;
	b->cap = need;
	return 0;
}

/* Append n bytes at s (which need not end in a NUL). */
int
inc__buf_put(struct inc_buf *b, const char *s, size_t n)
{
	if (grow(b, n) < 0)
		return INC_ERROR;
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
	return 0;
}

/*
 * Append what printf(3) would print: formatted once into the room left
 * when it fits (as it mostly does), else again once the buffer has grown.
 */
int
inc__buf_printf(struct inc_buf *b, const char *fmt, ...)
{
	va_list ap;
	size_t room = b->s ? b->cap - b->len : 0;
	int n;

	if (b->failed)
		return inc__buf_error(b);
	va_start(ap, fmt);
	n = vsnprintf(room ? b->s + b->len : NULL, room, fmt, ap);
	va_end(ap);
	if (n < 0) {
		if (room)
			b->s[b->len] = '\0';
		return inc__buf_fail(b, "cannot format text");
	}
	if ((size_t)n >= room) {
		if (grow(b, (size_t)n) < 0) {
			if (room)
				b->s[b->len] = '\0';
			return INC_ERROR;
		}
		va_start(ap, fmt);
		vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	b->len += (size_t)n;
	return 0;
}

/* Append the string s. */
int
inc__buf_puts(struct inc_buf *b, const char *s)
{
	return inc__buf_put(b, s, strlen(s));
}

/*
 * How much of s, at most max bytes, to keep so that no UTF-8 sequence is
 * cut: max, moved back to the start of the character it falls in.
 */
size_t
inc__utf8_cut(const char *s, size_t max)
{
	while (max && ((unsigned char)s[max] & 0xc0) == 0x80)
		max--;
	return max;
}

/*
 * The one UTF-8 decoder: the valid sequence at s (at most n bytes): its
 * length and, in *out, its code point; 0 where there is none (a stray or
 * overlong byte, a surrogate, beyond U+10FFFF, cut short).
 */
size_t
inc__utf8_next(unsigned long *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len, i;
	unsigned long c;

	*out = 0;
	if (!n)
		return 0;
	if (p[0] < 0x80)
		len = 1, c = p[0];
	else if (p[0] >= 0xc2 && p[0] <= 0xdf)
		len = 2, c = p[0] & 0x1f;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		len = 3, c = p[0] & 0x0f;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		len = 4, c = p[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (p[i] & 0x3f);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*out = c;
	return len;
}

int
inc__utf8_valid(const char *s, size_t n)
{
	unsigned long c;
	size_t i = 0, len;

	while (i < n) {
		if (!(len = inc__utf8_next(&c, s + i, n - i)))
			return 0;
		i += len;
	}
	return 1;
}

/*
 * Code points that hide, reorder or break text on a terminal while
 * printing nothing themselves: C1 controls (CSI among them), the soft
 * hyphen, the bidirectional marks, embeddings, overrides and isolates,
 * zero-width spaces and joiners, the word joiner and invisible operators,
 * the byte order mark, the line and paragraph separators, interlinear
 * annotations and tag characters.
 */
int
inc__invisible(unsigned long c)
{
	return (c >= 0x80 && c <= 0x9f) || c == 0xad || c == 0x61c ||
	    c == 0x180e || (c >= 0x200b && c <= 0x200f) ||
	    (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) ||
	    c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb) ||
	    (c >= 0xe0000 && c <= 0xe007f);
}

/*
 * What inc__invisible() names, but for the zero-width joiner and
 * non-joiner: what hides or reorders text where it is read with nothing
 * to show an escape (the status site's pages and feeds, chat messages),
 * and is dropped there, as inc__html_escape() and inc_text_visible() do.
 * On a terminal the responder must see what a log holds, and gets
 * escapes (inc__buf_safe()); there the readers are customers and the
 * company, who can act on no escape. These characters mostly come pasted
 * with the text from a document or a chat (zero-width spaces, byte order
 * marks, direction marks beside Hebrew or Arabic), where "\u{200b}" on a
 * public page would look like a broken page and could never be taken
 * back (an update is never edited); and dropping a character that prints
 * nothing loses nothing a reader could see, while an override can no
 * longer turn the text after it around: it reads in the order it was
 * written, as on a terminal. Right-to-left letters are kept, and the two
 * joiners: they only join the letters or emoji on either side, as
 * Persian, the scripts of India and an emoji of several code points need
 * (a woman technologist, a flag), and neither hide nor reorder anything.
 * The line and paragraph separators (U+2028, U+2029) are made line
 * breaks there, not dropped, which would join the words around them.
 */
int
inc__hides_text(unsigned long c)
{
	return inc__invisible(c) && c != 0x200c && c != 0x200d;
}

/* The line and paragraph separators: made line breaks there (see above). */
int
inc__breaks_line(unsigned long c)
{
	return c == 0x2028 || c == 0x2029;
}

/*
 * Append text so that no byte of it can drive a terminal: control
 * characters and invalid UTF-8 are shown as \xNN, what inc__invisible()
 * names as \u{NNNN}; newlines stay unless oneline.
 * No text (a field missing from a log) appends nothing.
 */
int
inc__buf_safe(struct inc_buf *b, const char *text, int oneline)
{
	const unsigned char *p;
	size_t n, i = 0, len;
	unsigned long c;

	if (!text)
		text = "";
	p = (const unsigned char *)text;
	n = strlen(text);

	while (i < n && !b->failed) {
		len = inc__utf8_next(&c, text + i, n - i);
		if (len == 1 && p[i] == '\n' && !oneline) {
			inc__buf_put(b, "\n", 1);
		} else if (len == 1 && p[i] == '\t') {
			inc__buf_put(b, oneline ? " " : "\t", 1);
		} else if (len == 1 && p[i] == '\n') {
			inc__buf_put(b, "\\n", 2);
		} else if (len == 0 || (len == 1 && (p[i] < 0x20 || p[i] == 0x7f))) {
			inc__buf_printf(b, "\\x%02x", p[i]);
			len = 1;
		} else if (inc__invisible(c)) {
			inc__buf_printf(b, "\\u{%04lx}", c);
		} else {
			inc__buf_put(b, text + i, len);
		}
		i += len;
	}
	return inc__buf_error(b);
}

/* The text, the caller's to free; NULL when the buffer failed. */
char *
inc__buf_take(struct inc_buf *b)
{
	char *s = b->s;

	if (b->failed) {
		inc__buf_error(b);
		inc__buf_free(b);
		return NULL;
	}
	if (!s && !(s = calloc(1, 1)))
		inc__fail(INC_ERROR, "out of memory");
	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void
inc__buf_free(struct inc_buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
	b->failed = NULL;
}
