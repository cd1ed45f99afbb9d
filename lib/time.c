/*
 * Times: RFC 3339 in the logs, what a responder may type for --at, dates
 * for due dates, and "now" (INC_NOW pins it, for tests and drills).
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "internal.h"

/* n decimal digits at s, no sign or space: their value, or -1. */
static int
digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int
days_in_month(int y, int mo)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
	    31};

	if (mo == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return days[mo - 1];
}

/*
 * object's time key for people, in UTC: "2026-11-23 21:30 UTC"
 * (INC__SHOW_UTC), "2026-11-23 21:30" under a header that says UTC
 * (INC__SHOW_MINUTES) or "2026-11-23 21:30:05" (INC__SHOW_SECONDS); "-"
 * when it has none.
 */
void
inc__time_show(char out[32], json_t *object, const char *key, int how)
{
	int64_t t;
	struct tm tm;
	time_t tt;

	if (inc__time_get(&t, object, key) < 0) {
		snprintf(out, 32, "-");
		return;
	}
	tt = (time_t)t;
	if (!gmtime_r(&tt, &tm) || !strftime(out, 32, how == INC__SHOW_SECONDS ?
	    "%Y-%m-%d %H:%M:%S" : how == INC__SHOW_MINUTES ? "%Y-%m-%d %H:%M" :
	    "%Y-%m-%d %H:%M UTC", &tm))
		snprintf(out, 32, "-");
}

/* A date as YYYY-MM-DD, digits only, that is in the calendar. */
int
inc_due_check(const char *text)
{
	int y, mo, d;

	if (!text || strlen(text) != 10 || (y = digits(text, 4)) < 0 ||
	    text[4] != '-' || (mo = digits(text + 5, 2)) < 0 ||
	    text[7] != '-' ||
	    (d = digits(text + 8, 2)) < 0 || mo < 1 || mo > 12 || d < 1 ||
	    d > days_in_month(y, mo))
		return inc__fail(INC_EINVALID, "%s: invalid due date (use "
		    "YYYY-MM-DD)", text ? text : "(none)");
	return 0;
}

void
inc__time_format(char out[32], int64_t t)
{
	struct tm tm;
	time_t tt = (time_t)t;

	/* a year of four digits, as RFC 3339 and the log's readers have it */
	if (!gmtime_r(&tt, &tm) || tm.tm_year < -1900 ||
	    tm.tm_year > 9999 - 1900)
		snprintf(out, 32, "1970-01-01T00:00:00Z");
	else
		snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d:%02dZ",
		    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
		    tm.tm_min, tm.tm_sec);
}

/*
 * Reads RFC 3339 with a Z or numeric offset, seconds optional, a fraction
 * of a second allowed and dropped: 2026-11-23T21:30:05.123Z. Every field
 * has its digits and its range: no 2026-02-31, no -1 hours.
 */
/*
 * The times a local wall-clock time (want, as a person reads a clock)
 * stands for, into t, earlier first: one; two in the hour a clock goes
 * back over (01:30 in America/Los_Angeles on the night summer time
 * ends); none in the one it skips in spring, when t[0] is the time
 * mktime() makes of it (02:30 as 03:30). How many.
 */
static int
local_times(time_t t[2], const struct tm *want)
{
	struct tm tm, back;
	int n = 0;

	for (int dst = 0; dst <= 1; dst++) {
		tm = *want;
		tm.tm_isdst = dst;
		if ((t[n] = mktime(&tm)) == (time_t)-1 ||
		    !localtime_r(&t[n], &back))
			continue;
		/* a flag the zone has not then is made another hour of */
		if (back.tm_year != want->tm_year || back.tm_mon != want->tm_mon ||
		    back.tm_mday != want->tm_mday || back.tm_hour != want->tm_hour ||
		    back.tm_min != want->tm_min ||
		    (want->tm_sec < 60 && back.tm_sec != want->tm_sec))
			continue;
		if (n == 0 || t[0] != t[1])
			n++;
	}
	if (n == 2 && t[0] > t[1]) {
		time_t first = t[1];
		t[1] = t[0], t[0] = first;
	}
	if (n == 0) {
		tm = *want;
		tm.tm_isdst = -1;
		t[0] = mktime(&tm);
	}
	return n;
}

/* A local time given that two times, or none, stand for: said (-2). */
static int
not_one(const char *text, int n)
{
	inc__fail(INC_EINVALID, n ? "%s: ambiguous local time (the clock went "
	    "back over it): give it in UTC, with its offset, or as -15m" :
	    "%s: no such local time (the clock went forward over it): give it "
	    "in UTC, with its offset, or as -15m", text);
	return -2;
}

/* -1: not a time of this form; -2: one, and refused (the error set) */
static int
parse_rfc3339(int64_t *out, const char *s)
{
	struct tm tm = {0};
	int y, mo, d, h, mi, sec = 0, oh, om;
	const char *rest;
	time_t t, local[2];
	int n;

	if (strlen(s) < 16 || (y = digits(s, 4)) < 0 || s[4] != '-' ||
	    (mo = digits(s + 5, 2)) < 0 || s[7] != '-' ||
	    (d = digits(s + 8, 2)) < 0 || (s[10] != 'T' && s[10] != 't' &&
	    s[10] != ' ') || (h = digits(s + 11, 2)) < 0 || s[13] != ':' ||
	    (mi = digits(s + 14, 2)) < 0)
		return -1;
	rest = s + 16;
	if (*rest == ':') {
		if ((sec = digits(rest + 1, 2)) < 0)
			return -1;
		rest += 3;
		if (*rest == '.') {
			if (rest[1] < '0' || rest[1] > '9')
				return -1;
			for (rest++; *rest >= '0' && *rest <= '9'; rest++)
				;
		}
	}
	if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 ||
	    mi > 59 || sec > 60)
		return -1;
	tm.tm_year = y - 1900, tm.tm_mon = mo - 1, tm.tm_mday = d;
	tm.tm_hour = h, tm.tm_min = mi, tm.tm_sec = sec;
	if (!strcmp(rest, "Z") || !strcmp(rest, "z") ||
	    !strcasecmp(rest, " UTC")) { /* as the tools print a time */
		t = timegm(&tm);
	} else if (*rest == '\0') {
		/* no zone: the local one, as a person means it */
		if ((n = local_times(local, &tm)) != 1)
			return not_one(s, n);
		t = local[0];
	} else if ((rest[0] == '+' || rest[0] == '-') &&
	    (oh = digits(rest + 1, 2)) >= 0 && rest[3] == ':' &&
	    (om = digits(rest + 4, 2)) >= 0 && rest[6] == '\0' && oh < 24 &&
	    om < 60) {
		t = timegm(&tm) - (rest[0] == '+' ? 1 : -1) *
		    (oh * 3600 + om * 60);
	} else {
		return -1;
	}
	if (t == (time_t)-1)
		return -1;
	*out = t;
	return 0;
}

/*
 * [H]H:MM[:SS] today (local time, or UTC with a Z or " UTC" after it, as
 * the tools print times), or yesterday if that is still to come.
 */
static int
parse_clock(int64_t *out, const char *s, int64_t now)
{
	int h, mi, sec = 0, utc = 0, k;
	struct tm tm, want;
	time_t t = (time_t)now, local[2];
	const char *text = s;
	char padded[16];
	size_t n = strlen(s);

	if (n > 4 && !strcasecmp(s + n - 4, " UTC"))
		utc = 1, n -= 4;
	else if (n > 1 && (s[n - 1] == 'Z' || s[n - 1] == 'z'))
		utc = 1, n -= 1;
	if (n > 8)
		return -1;
	/* 9:30 is 09:30 */
	snprintf(padded, sizeof(padded), "%s%.*s", n > 1 && s[1] == ':' ?
	    "0" : "", (int)n, s);
	s = padded;
	if (((n = strlen(s)) != 5 && n != 8) || (h = digits(s, 2)) < 0 ||
	    s[2] != ':' ||
	    (mi = digits(s + 3, 2)) < 0 ||
	    (n == 8 && (s[5] != ':' || (sec = digits(s + 6, 2)) < 0)))
		return -1;
	if (h > 23 || mi > 59 || sec > 59)
		return -1;
	if (utc) {
		t = (time_t)(now - now % 86400 + h * 3600 + mi * 60 + sec);
		*out = t > now + 60 ? t - 86400 : t;
		return 0;
	}
	localtime_r(&t, &tm);
	tm.tm_hour = h, tm.tm_min = mi, tm.tm_sec = sec, tm.tm_isdst = -1;
	want = tm;
	/* today's, those not to come: in the hour a clock goes back over,
	 * the one gone by if the other is to come; two gone by are said */
	k = local_times(local, &want);
	if (k == 2 && local[1] > now + 60)
		k = 1;
	if (k == 2 || (k == 0 && local[0] <= now + 60 && local[0] != -1))
		return not_one(text, k);
	if (k == 1 && local[0] <= now + 60) {
		*out = local[0];
		return 0;
	}
	/* still to come (or skipped, and that hour to come): yesterday's,
	 * from the time asked for, not one mktime() made of it */
	want.tm_mday--;
	timegm(&want); /* the day before the 1st: the month's last */
	if ((k = local_times(local, &want)) != 1)
		return not_one(text, k);
	*out = local[0];
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

	int rc;

	if ((rc = parse_rfc3339(&t, text)) == -1 &&
	    (rc = parse_clock(&t, text, now)) == -1)
		rc = parse_ago(&t, text, now);
	if (rc == -2)
		return INC_EINVALID; /* ambiguous, or skipped: said */
	if (rc < 0)
		return inc__fail(INC_EINVALID, "%s: invalid time (use "
		    "2026-11-23T21:30:00Z, '2026-11-23 21:30', 21:30 or -15m)", text);
	if (t > now + 60)
		return inc__fail(INC_EINVALID, "%s: time is in the future", text);
	if (t <= 0) /* 0 is "now" to the writers: never a time given */
		return inc__fail(INC_EINVALID, "%s: time is not after 1970",
		    text);
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

/* The time in milliseconds, for event ids: INC_NOW pins it too. */
int64_t
inc__time_now_ms(void)
{
	const char *pinned = getenv("INC_NOW");
	struct timespec ts;
	int64_t t;

	if (pinned && *pinned && parse_rfc3339(&t, pinned) == 0)
		return t * 1000;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int
inc__time_get(int64_t *out, json_t *object, const char *key)
{
	const char *s = json_string_value(json_object_get(object, key));

	if (!s || parse_rfc3339(out, s) < 0 || !strchr(s, 'Z'))
		return -1;
	return 0;
}

/*
 * Is the event's time (at) before then? A time a person gave (-t: its at
 * is not its recorded_at) is taken as given; the clock's, give or take
 * the clocks of two machines (INC_SKEW_SECONDS). No time: not before.
 */
int
inc__at_before(json_t *event, int64_t then)
{
	int given = strcmp(inc__str_or(event, "at", ""), inc__str_or(event,
	    "recorded_at", "")) != 0;
	int64_t at;

	return inc__time_get(&at, event, "at") == 0 &&
	    at < then - (given ? 0 : INC_SKEW_SECONDS);
}

/*
 * An interval as a responder types one: numbers each followed by d, h, m
 * or s (2h, 90m, 1h30m), from a minute to a week.
 */
int
inc_interval_parse(int64_t *out, const char *text)
{
	static const char units[] = "dhms";
	static const int64_t size[] = {86400, 3600, 60, 1};
	const char *p = text, *unit, *last = NULL;
	int64_t total = 0, n;

	*out = 0;
	while (p && *p) {
		for (n = 0; *p >= '0' && *p <= '9' && n < 1000000; p++)
			n = n * 10 + (*p - '0');
		if (p == text || !*p || !(unit = strchr(units, *p)) ||
		    (p > text && (p[-1] < '0' || p[-1] > '9')) ||
		    (last && unit <= last))
			break;
		total += n * size[unit - units];
		last = unit;
		p++;
	}
	if (!p || *p || !last || total < 60 || total > 7 * 86400)
		return inc__invalid(text ? text : "", "not an interval from 1m "
		    "to 7d (such as 30m, 2h, 1h30m)");
	*out = total;
	return 0;
}

/*
 * The Sunday on or after day mday of month mon (0-11) of year, at the
 * hour hour in UTC, as a time.
 */
static int64_t
sunday_from(int year, int mon, int mday, int hour)
{
	struct tm tm = {0};
	time_t t;

	tm.tm_year = year - 1900, tm.tm_mon = mon, tm.tm_mday = mday;
	tm.tm_hour = hour;
	t = timegm(&tm); /* fills in tm_wday too */
	return (int64_t)t + (int64_t)((7 - tm.tm_wday) % 7) * 86400;
}

/*
 * Is at within the United States' daylight saving time, for a zone
 * std minutes east of UTC? From 02:00 local time on the second Sunday
 * of March to 02:00 local (daylight) time on the first Sunday of
 * November.
 */
static int
us_summer(int64_t at, int std)
{
	time_t t = (time_t)at;
	struct tm tm;
	int64_t from, until;

	if (!gmtime_r(&t, &tm))
		return 0;
	from = sunday_from(tm.tm_year + 1900, 2, 8, 2) - (int64_t)std * 60;
	until = sunday_from(tm.tm_year + 1900, 10, 1, 1) - (int64_t)std * 60;
	return at >= from && at < until;
}

int
inc__time_zone(int *minutes, const char *name, size_t n, int64_t at)
{
	/* those with one offset all year (BST is British Summer Time,
	 * named only in summer) */
	static const struct {
		const char *name;
		int minutes;
	} fixed[] = {
		{"utc", 0}, {"gmt", 0}, {"z", 0}, {"wet", 0}, {"bst", 60},
		{"cet", 60}, {"cest", 120}, {"eet", 120}, {"eest", 180},
		{"msk", 180}, {"sgt", 480}, {"hkt", 480}, {"jst", 540},
		{"kst", 540}, {"aest", 600}, {"aedt", 660}, {"pst", -480},
		{"pdt", -420}, {"mst", -420}, {"mdt", -360}, {"cdt", -300},
		{"est", -300}, {"edt", -240},
	}, seasonal[] = {
		{"pt", -480}, {"pacific", -480}, {"mt", -420},
		{"mountain", -420}, {"ct", -360}, {"central", -360},
		{"et", -300}, {"eastern", -300},
	};
	size_t i;

	for (i = 0; i < sizeof(fixed) / sizeof(*fixed); i++)
		if (strlen(fixed[i].name) == n &&
		    !strncasecmp(name, fixed[i].name, n)) {
			*minutes = fixed[i].minutes;
			return 1;
		}
	for (i = 0; i < sizeof(seasonal) / sizeof(*seasonal); i++)
		if (strlen(seasonal[i].name) == n &&
		    !strncasecmp(name, seasonal[i].name, n)) {
			*minutes = seasonal[i].minutes +
			    (us_summer(at, seasonal[i].minutes) ? 60 : 0);
			return 1;
		}
	return 0;
}

int
inc__time_offset(int *minutes, const char *s)
{
	int sign, h = 0, m = 0, k;

	if (*s == ' ')
		s++;
	if (*s != '+' && *s != '-')
		return 0;
	sign = *s++ == '-' ? -1 : 1;
	for (k = 0; k < 2 && *s >= '0' && *s <= '9'; k++)
		h = h * 10 + (*s++ - '0');
	if (!k)
		return 0;
	if (*s == ':')
		s++;
	if (s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9')
		m = (s[0] - '0') * 10 + (s[1] - '0');
	if (h > 14 || m > 59)
		return 0;
	*minutes = sign * (h * 60 + m);
	return 1;
}
