/* Text and names: checks and conversions that need no repository. */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "internal.h"

int
inc_text_check(const char *what, const char *text, size_t max,
    enum inc_lines lines)
{
	int multiline = lines == INC_LINES;
	size_t n, i, len;
	unsigned long c;
	const char *p;

	if (!text)
		return inc__fail(INC_EINVALID, "%s: missing", what);
	n = strlen(text);
	for (p = text; *p == ' ' || *p == '\t' || *p == '\n'; p++)
		;
	if (!*p)
		return inc__fail(INC_EINVALID, "%s: empty", what);
	if (n > max)
		return inc__fail(INC_EINVALID,
		    "%s: too long (%zu bytes, the limit is %zu)", what, n, max);
	if (!inc__utf8_valid(text, n))
		return inc__fail(INC_EINVALID, "%s: invalid UTF-8", what);
	for (i = 0; i < n; i += len) {
		len = inc__utf8_next(&c, text + i, n - i);
		if (c == '\t' || (c == '\n' && multiline))
			continue;
		if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
			return inc__fail(INC_EINVALID,
			    "%s: contains a control character", what);
		/* a name or a title: nothing in it may hide or reorder it */
		if (!multiline && inc__invisible(c))
			return inc__fail(INC_EINVALID, "%s: contains an "
			    "invisible character (U+%04lX)", what, c);
	}
	return 0;
}

/*
 * The name in a person as given on a command line, a name or "Name
 * <email>": without the blanks around it, or the double quotes a mail
 * client puts around a name with a comma ("Smith, John" <j@example.com>),
 * as git trims an identity. It ends at *end.
 */
const char *
inc__person_name(const char *text, const char **end)
{
	const char *name = text, *lt = strchr(text, '<');

	*end = lt && strrchr(text, '>') ? lt : text + strlen(text);
	for (int unquoted = 0, quotes = 0; unquoted <= quotes; unquoted++) {
		for (name += unquoted; name < *end && (*name == ' ' ||
		    *name == '\t'); name++)
			;
		*end -= unquoted;
		while (*end > name && ((*end)[-1] == ' ' || (*end)[-1] == '\t'))
			(*end)--;
		quotes = !unquoted && *end - name >= 2 && *name == '"' &&
		    (*end)[-1] == '"';
	}
	return name;
}

/* "me", in any case ("Me", "ME"): the responder, not a person so named */
int
inc__person_is_me(const char *text)
{
	return text && !strcasecmp(text, "me");
}

/*
 * Has a name text[0..n) a letter or a digit (any code point past ASCII
 * counts as one)? "..." has none: git trims dots, commas, quotes and the
 * like from the ends of a name, and finds no name left.
 */
int
inc__name_has_letter(const char *text, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isalnum((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80)
			return 1;
	return 0;
}

/*
 * A person as given on a command line: a name, or "Name <email>". Neither
 * part may hold an angle bracket: git could not store it in an identity,
 * and the name may not be blanks or quotes alone.
 */
int
inc_person_check(const char *what, const char *text)
{
	const char *lt, *gt, *name, *end;
	size_t n;
	int rc;

	if (inc__person_is_me(text))
		return 0;
	if ((rc = inc_text_check(what, text, INC_NAME_MAX, INC_ONE_LINE)) < 0)
		return rc;
	/* inc_text_check() refused NULL, out of the analyzer's sight */
	/* NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker) */
	lt = strchr(text, '<'), gt = strrchr(text, '>');
	name = inc__person_name(text, &end);
	if (name == end)
		return inc__fail(INC_EINVALID, "%s: %s: use a name or "
		    "\"Name <email>\"", what, text);
	if (!inc__name_has_letter(name, (size_t)(end - name)))
		return inc__fail(INC_EINVALID, "%s: %s: a name needs a letter "
		    "or a digit", what, text);
	if (!lt && !gt)
		return 0;
	for (n = (size_t)(lt ? lt - text : 0); n && text[n - 1] == ' '; n--)
		;
	if (!lt || !gt || gt < lt || gt[1] || !n || gt == lt + 1 ||
	    memchr(text, '>', n) ||
	    strcspn(lt + 1, " <>") < (size_t)(gt - lt - 1))
		return inc__fail(INC_EINVALID, "%s: %s: use a name or "
		    "\"Name <email>\"", what, text);
	return 0;
}

char *
inc_text_safe(const char *text, enum inc_lines lines)
{
	int oneline = lines == INC_ONE_LINE;
	struct inc_buf b = {0};

	inc__buf_safe(&b, text ? text : "", oneline);
	return inc__buf_take(&b);
}

/*
 * The text as people read it where nothing shows an escape (a chat
 * message, a hook's announcement): what inc__hides_text() names dropped,
 * as it says why; the rest, line breaks and right-to-left letters among
 * it, as it is.
 */
char *
inc_text_visible(const char *text)
{
	struct inc_buf b = {0};
	size_t n = strlen(text), i = 0, len;
	unsigned long c;

	while (i < n) {
		if (!(len = inc__utf8_next(&c, text + i, n - i)))
			len = 1, c = 0; /* not UTF-8: left as it is */
		if (inc__breaks_line(c))
			inc__buf_put(&b, "\n", 1);
		else if (!inc__hides_text(c))
			inc__buf_put(&b, text + i, len);
		i += len;
	}
	return inc__buf_take(&b);
}

/*
 * JSON text with every code point inc_text_safe() would escape written
 * as \uXXXX: the same JSON value, that shows as it is on a terminal.
 * Such code points can only be inside strings, where the escape means
 * the same; control characters are escaped by every JSON writer.
 */
char *
inc_json_safe(const char *json)
{
	struct inc_buf b = {0};
	size_t n = strlen(json), i = 0, len;
	unsigned long c;

	while (i < n) {
		if (!(len = inc__utf8_next(&c, json + i, n - i)))
			len = 1, c = 0; /* not UTF-8: not JSON, left as it is */
		if (c >= 0x10000 && inc__invisible(c))
			inc__buf_printf(&b, "\\u%04lx\\u%04lx",
			    0xd800 + ((c - 0x10000) >> 10),
			    0xdc00 + ((c - 0x10000) & 0x3ff));
		else if (inc__invisible(c))
			inc__buf_printf(&b, "\\u%04lx", c);
		else
			inc__buf_put(&b, json + i, len);
		i += len;
	}
	return inc__buf_take(&b);
}

static const char *const state_names[] = {
	"resolved", "investigating", "confirmed", "major"
};

int
inc_state_parse(enum inc_state *out, const char *text)
{
	for (int i = 0; i < 4; i++) {
		if (!strcasecmp(text, state_names[i]) ||
		    (text[0] == '0' + i && text[1] == '\0')) {
			*out = (enum inc_state)i;
			return 0;
		}
	}
	return inc__fail(INC_EINVALID, "%s: invalid state (use investigating, "
	    "confirmed, major, resolved or 1, 2, 3, 0)", text);
}

/*
 * The impact an incident in a state stands for, when no update gave one
 * (the three states of Heroku's process against Statuspage's impacts):
 * investigating minor, confirmed major, major critical, resolved none;
 * a state not known reads as investigating.
 */
const char *
inc__state_impact(const char *state)
{
	static const char *const impacts[] = {
		"none", "minor", "major", "critical"
	};
	enum inc_state st = INC_STATE_INVESTIGATING;

	for (int i = 0; state && i < 4; i++)
		if (!strcmp(state, state_names[i]))
			st = (enum inc_state)i;
	return impacts[st];
}

const char *
inc_state_name(enum inc_state state)
{
	return (unsigned)state < 4 ? state_names[state] : "unknown";
}

/*
 * INC_EINVALID, as "TEXT: reason": text as a person typed it, made safe
 * and cut at 120 bytes, then the reason.
 */
int
inc__invalid(const char *text, const char *fmt, ...)
{
	char reason[600], *safe = inc_text_safe(text ? text : "", INC_ONE_LINE);
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(reason, sizeof(reason), fmt, ap);
	va_end(ap);
	inc__fail(INC_EINVALID, "%.120s: %s", safe ? safe : "?", reason);
	free(safe);
	return INC_EINVALID;
}

/* text, markdown (md) or json, in any case */
int
inc_format_parse(enum inc_format *out, const char *text)
{
	if (!strcasecmp(text, "text"))
		*out = INC_FORMAT_TEXT;
	else if (!strcasecmp(text, "markdown") || !strcasecmp(text, "md"))
		*out = INC_FORMAT_MARKDOWN;
	else if (!strcasecmp(text, "json"))
		*out = INC_FORMAT_JSON;
	else
		return inc__invalid(text, "invalid format (use text, markdown or "
		    "json)");
	return 0;
}

/*
 * One of names, in any case: *out gets the name as written there, or an
 * error says "TEXT: invalid WHAT (use A, B or C)".
 */
static int
one_of(const char **out, const char *what, const char *text,
    const char *const *names)
{
	char list[256] = "";
	size_t at = 0;
	int n = 0;

	for (const char *const *p = names; *p; p++, n++)
		if (!strcasecmp(text, *p)) {
			*out = *p;
			return 0;
		}
	for (int i = 0; i < n && at < sizeof(list); i++)
		at += (size_t)snprintf(list + at, sizeof(list) - at, "%s%s",
		    i == 0 ? "" : i == n - 1 ? " or " : ", ", names[i]);
	return inc__invalid(text, "invalid %s (use %s)", what, list);
}

/* Statuspage's incident statuses and impacts */
int
inc_status_parse(const char **out, const char *text)
{
	static const char *const statuses[] = {
		"investigating", "identified", "monitoring", "resolved", NULL
	};

	return one_of(out, "status", text, statuses);
}

int
inc_impact_parse(const char **out, const char *text)
{
	static const char *const impacts[] = {
		"none", "minor", "major", "critical", NULL
	};

	return one_of(out, "impact", text, impacts);
}

/*
 * A component's status as Statuspage has it, in any case, or its short
 * form (degraded, partial); not "outage", which could be either outage,
 * nor "major", which could be either too: the impact major (-i major)
 * is a partial outage, major_outage a critical impact. *out gets the
 * status as Statuspage spells it.
 */
static const char *const component_statuses[] = {
	"operational", "degraded_performance", "partial_outage", "major_outage",
	NULL
};

int
inc_component_status_parse(const char **out, const char *text)
{
	static const char *const short_forms[] = {
		"operational", "degraded", "partial", NULL
	};

	for (size_t i = 0; short_forms[i]; i++)
		if (!strcasecmp(text, short_forms[i])) {
			*out = component_statuses[i];
			return 0;
		}
	return one_of(out, "component status", text, component_statuses);
}

/* A component status as an update says it ("partial outage"), or NULL. */
const char *
inc__component_status_words(const char *status)
{
	static const char *const words[] = {
		"operational", "degraded performance", "partial outage",
		"major outage"
	};

	for (size_t i = 0; status && component_statuses[i]; i++)
		if (!strcmp(status, component_statuses[i]))
			return words[i];
	return NULL;
}

/*
 * A role, in any case: ic, comms, ops or ops:NAME (NAME of 1 to 32
 * lowercase letters, digits and dashes, not first); out gets it in
 * lowercase.
 */
int
inc_role_parse(char out[INC_ROLE_MAX + 1], const char *text)
{
	size_t n = strlen(text);

	for (size_t i = 0; i < n && i < INC_ROLE_MAX; i++)
		out[i] = (char)tolower((unsigned char)text[i]);
	out[n < INC_ROLE_MAX ? n : INC_ROLE_MAX] = '\0';
	if (n <= INC_ROLE_MAX && (!strcmp(out, "ic") || !strcmp(out, "comms") ||
	    !strcmp(out, "ops") || (n > 4 && !strncmp(out, "ops:", 4) &&
	    out[4] != '-' && strspn(out + 4,
	    "abcdefghijklmnopqrstuvwxyz0123456789-") == n - 4)))
		return 0;
	return inc__invalid(text, "invalid role (use ic, comms, ops or "
	    "ops:NAME)");
}

int
inc_group_parse(char out[INC_ROLE_MAX + 1], const char *text)
{
	if (inc_role_parse(out, text) == 0)
		return 0;
	return inc__invalid(text, "invalid group (use ic, comms, ops or "
	    "ops:NAME)");
}

/*
 * The quote around a name in a list joined by ", ": "'" when the name has
 * a comma, which would read as two names ("Acme, Inc."), else "".
 */
const char *
inc__list_quote(const char *name)
{
	return name && strchr(name, ',') ? "'" : "";
}

char *
inc_text_trim(char *text)
{
	size_t start = 0, n;

	/* the blank lines above: spaces, tabs and CRs to a newline */
	for (size_t i = 0; text[i] && strchr(" \t\r\n", text[i]); i++)
		if (text[i] == '\n')
			start = i + 1;
	n = strlen(text + start);
	memmove(text, text + start, n + 1);
	while (n && strchr(" \t\r\n", text[n - 1]))
		text[--n] = '\0';
	return text;
}

/*
 * A component: what a status page lists, such as "api", "EU dashboard"
 * or "Issues, PRs, Dashboard, Projects" (a comma is the team's to declare:
 * see inc_components_check).
 */
int
inc_component_check(const char *name)
{
	return inc_text_check("component", name, 100, INC_ONE_LINE);
}

/*
 * A code point folded to lowercase, for names: ASCII, Latin-1, Latin
 * Extended-A, Greek and Cyrillic, which hold most names a team types
 * (Müller and MÜLLER, Ørsted, Łukasz, Σοφία, Дмитрий). Other scripts
 * are compared as they are.
 */
unsigned long
inc__fold(unsigned long c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7) ||
	    (c >= 0x391 && c <= 0x3ab && c != 0x3a2) || (c >= 0x410 && c <= 0x42f))
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40f)
		return c + 0x50;
	if (c == 0x178)
		return 0xff; /* Ÿ */
	/* Greek capitals with tonos */
	if (c == 0x386)
		return 0x3ac;
	if (c >= 0x388 && c <= 0x38a)
		return c + 0x25;
	if (c == 0x38c)
		return 0x3cc;
	if (c == 0x38e || c == 0x38f)
		return c + 0x3f;
	/* Latin Extended-A pairs: even upper, odd lower, but for these */
	if (c >= 0x100 && c <= 0x17f && c != 0x130 && c != 0x131 &&
	    c != 0x138 && c != 0x149 && c != 0x17f) {
		if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e))
			return c % 2 ? c + 1 : c; /* odd upper, even lower */
		return c % 2 ? c : c + 1;
	}
	return c;
}

/*
 * The lowercase letters of Latin-1, Latin Extended-A, Greek and Cyrillic
 * (and İ) that Unicode decomposes into a letter and one combining mark:
 * é is e and U+0301 in NFD, as a name typed on some systems or pasted
 * from some files is spelt. Sorted by letter.
 */
static const struct decomposition {
	unsigned short letter, base, mark;
} decompositions[] = {
	{0xe0, 'a', 0x300}, {0xe1, 'a', 0x301}, {0xe2, 'a', 0x302},
	{0xe3, 'a', 0x303}, {0xe4, 'a', 0x308}, {0xe5, 'a', 0x30a},
	{0xe7, 'c', 0x327}, {0xe8, 'e', 0x300}, {0xe9, 'e', 0x301},
	{0xea, 'e', 0x302}, {0xeb, 'e', 0x308}, {0xec, 'i', 0x300},
	{0xed, 'i', 0x301}, {0xee, 'i', 0x302}, {0xef, 'i', 0x308},
	{0xf1, 'n', 0x303}, {0xf2, 'o', 0x300}, {0xf3, 'o', 0x301},
	{0xf4, 'o', 0x302}, {0xf5, 'o', 0x303}, {0xf6, 'o', 0x308},
	{0xf9, 'u', 0x300}, {0xfa, 'u', 0x301}, {0xfb, 'u', 0x302},
	{0xfc, 'u', 0x308}, {0xfd, 'y', 0x301}, {0xff, 'y', 0x308},
	{0x101, 'a', 0x304}, {0x103, 'a', 0x306}, {0x105, 'a', 0x328},
	{0x107, 'c', 0x301}, {0x109, 'c', 0x302}, {0x10b, 'c', 0x307},
	{0x10d, 'c', 0x30c}, {0x10f, 'd', 0x30c}, {0x113, 'e', 0x304},
	{0x115, 'e', 0x306}, {0x117, 'e', 0x307}, {0x119, 'e', 0x328},
	{0x11b, 'e', 0x30c}, {0x11d, 'g', 0x302}, {0x11f, 'g', 0x306},
	{0x121, 'g', 0x307}, {0x123, 'g', 0x327}, {0x125, 'h', 0x302},
	{0x129, 'i', 0x303}, {0x12b, 'i', 0x304}, {0x12d, 'i', 0x306},
	{0x12f, 'i', 0x328}, {0x130, 'I', 0x307}, {0x135, 'j', 0x302},
	{0x137, 'k', 0x327}, {0x13a, 'l', 0x301}, {0x13c, 'l', 0x327},
	{0x13e, 'l', 0x30c}, {0x144, 'n', 0x301}, {0x146, 'n', 0x327},
	{0x148, 'n', 0x30c}, {0x14d, 'o', 0x304}, {0x14f, 'o', 0x306},
	{0x151, 'o', 0x30b}, {0x155, 'r', 0x301}, {0x157, 'r', 0x327},
	{0x159, 'r', 0x30c}, {0x15b, 's', 0x301}, {0x15d, 's', 0x302},
	{0x15f, 's', 0x327}, {0x161, 's', 0x30c}, {0x163, 't', 0x327},
	{0x165, 't', 0x30c}, {0x169, 'u', 0x303}, {0x16b, 'u', 0x304},
	{0x16d, 'u', 0x306}, {0x16f, 'u', 0x30a}, {0x171, 'u', 0x30b},
	{0x173, 'u', 0x328}, {0x175, 'w', 0x302}, {0x177, 'y', 0x302},
	{0x17a, 'z', 0x301}, {0x17c, 'z', 0x307}, {0x17e, 'z', 0x30c},
	{0x3ac, 0x3b1, 0x301}, {0x3ad, 0x3b5, 0x301}, {0x3ae, 0x3b7, 0x301},
	{0x3af, 0x3b9, 0x301}, {0x3ca, 0x3b9, 0x308}, {0x3cb, 0x3c5, 0x308},
	{0x3cc, 0x3bf, 0x301}, {0x3cd, 0x3c5, 0x301}, {0x3ce, 0x3c9, 0x301},
	{0x439, 0x438, 0x306}, {0x450, 0x435, 0x300}, {0x451, 0x435, 0x308},
	{0x453, 0x433, 0x301}, {0x457, 0x456, 0x308}, {0x45c, 0x43a, 0x301},
	{0x45d, 0x438, 0x300}, {0x45e, 0x443, 0x306}
};

static int
decomposition_cmp(const void *key, const void *entry)
{
	unsigned long c = *(const unsigned long *)key;
	unsigned short letter = ((const struct decomposition *)entry)->letter;

	return c < letter ? -1 : c > letter;
}

/*
 * A name read code point by code point, folded (see fold) and with the
 * letters above decomposed: base first, then mark, held in *mark.
 */
struct name_cursor {
	const char *s;
	size_t n, i;
	unsigned long mark;
};

/* 1 and the next code point in *out; 0 at the end; -1 if not UTF-8 */
static int
name_next(unsigned long *out, struct name_cursor *cur)
{
	const struct decomposition *d;
	unsigned long c;
	size_t len;

	if (cur->mark) {
		*out = cur->mark, cur->mark = 0;
		return 1;
	}
	if (cur->i == cur->n)
		return 0;
	if (!(len = inc__utf8_next(&c, cur->s + cur->i, cur->n - cur->i)))
		return -1;
	cur->i += len;
	c = inc__fold(c);
	if (c >= 0xc0 && (d = bsearch(&c, decompositions,
	    sizeof(decompositions) / sizeof(decompositions[0]),
	    sizeof(decompositions[0]), decomposition_cmp))) {
		c = inc__fold(d->base);
		cur->mark = d->mark;
	}
	*out = c;
	return 1;
}

/*
 * Are two names the same, but for case (see fold) and for how a letter
 * with an accent is spelt: José precomposed (NFC) or as e and a
 * combining acute (NFD) is one person.
 */
int
inc__name_equal(const char *a, const char *b)
{
	struct name_cursor x = {a, strlen(a), 0, 0}, y = {b, strlen(b), 0, 0};
	unsigned long ca, cb;
	int ra, rb;

	for (;;) {
		/* where either is not UTF-8, the rest must be the same bytes */
		if (!x.mark && !y.mark && (!inc__utf8_next(&ca, a + x.i,
		    x.n - x.i) || !inc__utf8_next(&cb, b + y.i, y.n - y.i)))
			return x.n - x.i == y.n - y.i &&
			    !memcmp(a + x.i, b + y.i, x.n - x.i);
		ra = name_next(&ca, &x), rb = name_next(&cb, &y);
		if (ra <= 0 || rb <= 0)
			return ra == 0 && rb == 0;
		if (ca != cb)
			return 0;
	}
}

/*
 * name as inc__name_equal reads it, into b: two names it finds equal
 * give the same bytes (where name is not UTF-8, the rest as it is, after
 * a byte no UTF-8 holds).
 */
void
inc__name_key(struct inc_buf *b, const char *name)
{
	struct name_cursor x = {name, strlen(name), 0, 0};
	unsigned long c;
	char u[4];
	int r;

	while ((r = name_next(&c, &x)) > 0) {
		if (c < 0x80) {
			u[0] = (char)c;
			inc__buf_put(b, u, 1);
		} else if (c < 0x800) {
			u[0] = (char)(0xc0 | c >> 6), u[1] = (char)(0x80 | (c & 0x3f));
			inc__buf_put(b, u, 2);
		} else if (c < 0x10000) {
			u[0] = (char)(0xe0 | c >> 12);
			u[1] = (char)(0x80 | (c >> 6 & 0x3f));
			u[2] = (char)(0x80 | (c & 0x3f));
			inc__buf_put(b, u, 3);
		} else {
			u[0] = (char)(0xf0 | c >> 18);
			u[1] = (char)(0x80 | (c >> 12 & 0x3f));
			u[2] = (char)(0x80 | (c >> 6 & 0x3f));
			u[3] = (char)(0x80 | (c & 0x3f));
			inc__buf_put(b, u, 4);
		}
	}
	if (r < 0) {
		inc__buf_put(b, "\xff", 1);
		inc__buf_put(b, name + x.i, x.n - x.i);
	}
}

/*
 * How many terminal columns text takes: a combining mark none, an East
 * Asian wide character (CJK, Hangul, full-width forms, emoji) two, any
 * other character one; a byte that is not UTF-8 one.
 */
size_t
inc__text_columns(const char *text, size_t n)
{
	static const unsigned long zero[][2] = {
		{0x300, 0x36f}, {0x483, 0x489}, {0x591, 0x5bd}, {0x5bf, 0x5c7},
		{0x610, 0x61a}, {0x64b, 0x65f}, {0x670, 0x670},
		{0x1ab0, 0x1aff}, {0x1dc0, 0x1dff}, {0x20d0, 0x20ff},
		{0xfe00, 0xfe0f}, {0xfe20, 0xfe2f},
	};
	static const unsigned long wide[][2] = {
		{0x1100, 0x115f}, {0x2e80, 0x303e}, {0x3041, 0x33ff},
		{0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xa000, 0xa4cf},
		{0xac00, 0xd7a3}, {0xf900, 0xfaff}, {0xfe30, 0xfe4f},
		{0xff00, 0xff60}, {0xffe0, 0xffe6}, {0x1f300, 0x1f64f},
		{0x1f900, 0x1f9ff}, {0x20000, 0x2fffd}, {0x30000, 0x3fffd},
	};
	size_t columns = 0, i = 0, len, k;
	unsigned long c;

	while (i < n) {
		if (!(len = inc__utf8_next(&c, text + i, n - i)))
			len = 1, c = '?';
		i += len, columns++;
		for (k = 0; k < sizeof(zero) / sizeof(zero[0]); k++)
			if (c >= zero[k][0] && c <= zero[k][1])
				columns--;
		for (k = 0; k < sizeof(wide) / sizeof(wide[0]); k++)
			if (c >= wide[k][0] && c <= wide[k][1])
				columns++;
	}
	return columns;
}

/*
 * Does a line of lines (text of lines, or NULL) start with prefix? The
 * publish cache's pages written, inc-sync's incidents said.
 */
int
inc__line_starts(const char *lines, const char *prefix)
{
	for (const char *p = lines; p && (p = strstr(p, prefix)); p++)
		if (p == lines || p[-1] == '\n')
			return 1;
	return 0;
}
