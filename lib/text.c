/* Text, times and names: everything that needs no repository. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "internal.h"

int
inc_text_check(const char *what, const char *text, size_t max, int multiline)
{
	size_t n, i;
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
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '\t' || (c == '\n' && multiline))
			continue;
		if (c < 0x20 || c == 0x7f)
			return inc__fail(INC_EINVALID,
			    "%s: contains a control character", what);
		if (c == 0xc2 && (unsigned char)text[i + 1] >= 0x80 &&
		    (unsigned char)text[i + 1] <= 0x9f)
			return inc__fail(INC_EINVALID,
			    "%s: contains a control character", what);
	}
	return 0;
}

char *
inc_text_safe(const char *text, int oneline)
{
	struct inc_buf b = {0};

	if (inc__buf_safe(&b, text ? text : "", oneline) < 0) {
		inc__buf_free(&b);
		return NULL;
	}
	return inc__buf_take(&b);
}

void
inc__time_format(char out[32], int64_t t)
{
	struct tm tm;
	time_t tt = (time_t)t;

	if (!gmtime_r(&tt, &tm) || !strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm))
		snprintf(out, 32, "1970-01-01T00:00:00Z");
}

/* Reads RFC 3339 with a Z or numeric offset, seconds optional. */
static int
parse_rfc3339(int64_t *out, const char *s)
{
	struct tm tm = {0};
	int y, mo, d, h, mi, sec = 0, n = 0, oh, om;
	char sign;
	const char *rest;
	time_t t;

	if (sscanf(s, "%4d-%2d-%2d%*1[T ]%2d:%2d%n", &y, &mo, &d, &h, &mi, &n) != 5)
		return -1;
	rest = s + n;
	if (*rest == ':') {
		if (sscanf(rest, ":%2d%n", &sec, &n) != 1)
			return -1;
		rest += n;
	}
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
		return -1;
	tm.tm_year = y - 1900, tm.tm_mon = mo - 1, tm.tm_mday = d;
	tm.tm_hour = h, tm.tm_min = mi, tm.tm_sec = sec;
	if (!strcmp(rest, "Z") || !strcmp(rest, "z")) {
		t = timegm(&tm);
	} else if (*rest == '\0') {
		tm.tm_isdst = -1;
		t = mktime(&tm); /* no zone: the local one, as a person means it */
	} else if (sscanf(rest, "%c%2d:%2d%n", &sign, &oh, &om, &n) == 3 &&
	    rest[n] == '\0' && (sign == '+' || sign == '-') && oh < 24 && om < 60) {
		t = timegm(&tm) - (sign == '+' ? 1 : -1) * (oh * 3600 + om * 60);
	} else {
		return -1;
	}
	if (t == (time_t)-1)
		return -1;
	*out = t;
	return 0;
}

/* HH:MM[:SS] today (local time), or yesterday if that is still to come. */
static int
parse_clock(int64_t *out, const char *s, int64_t now)
{
	int h, mi, sec = 0, n = 0;
	struct tm tm;
	time_t t = (time_t)now;

	if (sscanf(s, "%2d:%2d%n", &h, &mi, &n) != 2)
		return -1;
	if (s[n] == ':' && sscanf(s + n, ":%2d%n", &sec, &n) == 1)
		s += n, n = 0;
	if (s[n] != '\0' || h > 23 || mi > 59 || sec > 59)
		return -1;
	localtime_r(&t, &tm);
	tm.tm_hour = h, tm.tm_min = mi, tm.tm_sec = sec, tm.tm_isdst = -1;
	if ((t = mktime(&tm)) == (time_t)-1)
		return -1;
	if (t > now + 60) {
		tm.tm_mday--, tm.tm_isdst = -1;
		t = mktime(&tm);
	}
	*out = t;
	return 0;
}

/* -90s, -15m, -2h, -1d: that long before now. */
static int
parse_ago(int64_t *out, const char *s, int64_t now)
{
	char *end;
	long n;
	static const char units[] = "smhd";
	static const long size[] = {1, 60, 3600, 86400};
	const char *u;

	if (s[0] != '-' || s[1] < '0' || s[1] > '9')
		return -1;
	n = strtol(s + 1, &end, 10);
	if (!*end || end[1] || !(u = strchr(units, *end)) || n > 3650L * 86400)
		return -1;
	*out = now - n * size[u - units];
	return 0;
}

int
inc_time_parse(int64_t *out, const char *text, int64_t now)
{
	int64_t t;

	if (parse_rfc3339(&t, text) < 0 && parse_clock(&t, text, now) < 0 &&
	    parse_ago(&t, text, now) < 0)
		return inc__fail(INC_EINVALID, "%s: invalid time (use "
		    "2026-11-23T21:30:00Z, '2026-11-23 21:30', 21:30 or -15m)", text);
	if (t > now + 60)
		return inc__fail(INC_EINVALID, "%s: time is in the future", text);
	if (t < 0)
		return inc__fail(INC_EINVALID, "%s: time is before 1970", text);
	*out = t;
	return 0;
}

int64_t
inc_time_now(void)
{
	const char *pinned = getenv("INC_NOW");
	int64_t t;

	if (pinned && *pinned && parse_rfc3339(&t, pinned) == 0)
		return t;
	return (int64_t)time(NULL);
}

int
inc__time_get(int64_t *out, json_t *object, const char *key)
{
	const char *s = json_string_value(json_object_get(object, key));

	if (!s || parse_rfc3339(out, s) < 0 || !strchr(s, 'Z'))
		return -1;
	return 0;
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

const char *
inc_state_name(enum inc_state state)
{
	return (unsigned)state < 4 ? state_names[state] : "unknown";
}

int
inc_format_parse(enum inc_format *out, const char *text)
{
	if (!strcmp(text, "text"))
		*out = INC_FORMAT_TEXT;
	else if (!strcmp(text, "markdown") || !strcmp(text, "md"))
		*out = INC_FORMAT_MARKDOWN;
	else if (!strcmp(text, "json"))
		*out = INC_FORMAT_JSON;
	else
		return inc__fail(INC_EINVALID,
		    "%s: invalid format (use text, markdown or json)", text);
	return 0;
}
