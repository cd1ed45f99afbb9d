/*
 * Unit tests for what libincident does without a repository: text checks,
 * safe display, times, states, the sitrep template and the growable
 * string's errors. Prints TAP.
 */
#define _DEFAULT_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lib/internal.h"

/*
 * An allocation that cannot be made is what the growable string's test
 * asks for: AddressSanitizer is to answer NULL, as the C library does,
 * not stop the program.
 */
#if defined(__SANITIZE_ADDRESS__)
#define UNIT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNIT_ASAN 1
#endif
#endif
#ifdef UNIT_ASAN
const char *__asan_default_options(void);
const char *
__asan_default_options(void)
{
	return "allocator_may_return_null=1";
}
#endif

static int tests, failures;

static void
ok(int cond, const char *name)
{
	tests++;
	if (!cond)
		failures++;
	printf("%sok %d - %s\n", cond ? "" : "not ", tests, name);
}

static void
is(const char *got, const char *want, const char *name)
{
	int same = got && want ? strcmp(got, want) == 0 : got == want;

	ok(same, name);
	if (!same)
		printf("# got:  %s\n# want: %s\n", got ? got : "(null)",
		    want ? want : "(null)");
}

static void
text_check(void)
{
	char big[70000];

	ok(inc_text_check("t", "fine text", 100, INC_ONE_LINE) == 0, "plain text passes");
	ok(inc_text_check("t", "é ünïcode ✓", 100, INC_ONE_LINE) == 0, "UTF-8 passes");
	ok(inc_text_check("t", "", 100, INC_ONE_LINE) == INC_EINVALID, "empty refused");
	is(inc_error(), "t: empty", "empty: message");
	ok(inc_text_check("t", " \n\t", 100, INC_LINES) == INC_EINVALID,
	    "blank refused");
	ok(inc_text_check("t", NULL, 100, INC_ONE_LINE) == INC_EINVALID, "NULL refused");
	ok(inc_text_check("t", "a\nb", 100, INC_ONE_LINE) == INC_EINVALID,
	    "newline refused on one line");
	ok(inc_text_check("t", "a\nb", 100, INC_LINES) == 0, "newline kept when multiline");
	ok(inc_text_check("t", "a\033[2Jb", 100, INC_LINES) == INC_EINVALID,
	    "escape refused");
	is(inc_error(), "t: contains a control character", "escape: message");
	ok(inc_text_check("t", "a\xc2\x9b" "31m", 100, INC_LINES) == INC_EINVALID,
	    "C1 CSI refused");
	ok(inc_text_check("t", "\xff\xfe", 100, INC_ONE_LINE) == INC_EINVALID,
	    "invalid UTF-8 refused");
	is(inc_error(), "t: invalid UTF-8", "invalid UTF-8: message");
	ok(inc_text_check("t", "\xc0\xaf", 100, INC_ONE_LINE) == INC_EINVALID,
	    "overlong UTF-8 refused");
	ok(inc_text_check("t", "\xed\xa0\x80", 100, INC_ONE_LINE) == INC_EINVALID,
	    "UTF-16 surrogate refused");
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	ok(inc_text_check("t", big, 65536, INC_LINES) == INC_EINVALID, "too long refused");
	is(inc_error(), "t: too long (69999 bytes, the limit is 65536)",
	    "too long: message names the limit");
}

static void
safe(void)
{
	char *s;

	is(s = inc_text_safe("a\033[31mred", INC_ONE_LINE), "a\\x1b[31mred", "ESC escaped");
	free(s);
	is(s = inc_text_safe("one\ntwo", INC_ONE_LINE), "one\\ntwo", "newline on one line");
	free(s);
	is(s = inc_text_safe("one\ntwo", INC_LINES), "one\ntwo", "newline kept");
	free(s);
	is(s = inc_text_safe("bad\xff", INC_LINES), "bad\\xff", "invalid byte escaped");
	free(s);
	is(s = inc_text_safe("csi\xc2\x9b", INC_LINES), "csi\\u{009b}", "C1 escaped");
	free(s);
	is(s = inc_text_safe("rtl\xe2\x80\xae", INC_LINES), "rtl\\u{202e}",
	    "bidi override escaped");
	free(s);
	is(s = inc_text_safe("caf\xc3\xa9 \xe2\x9c\x93", INC_LINES), "caf\xc3\xa9 \xe2\x9c\x93",
	    "printable UTF-8 untouched");
	free(s);
	is(s = inc_text_safe("del\x7f", INC_LINES), "del\\x7f", "DEL escaped");
	free(s);
	is(s = inc_text_safe("a\xe2\x80\x8e" "b\xe2\x80\x8b" "c\xe2\x80\xa8"
	    "d\xef\xbb\xbf", INC_LINES), "a\\u{200e}b\\u{200b}c\\u{2028}d\\u{feff}",
	    "LRM, zero-width space, LS and BOM escaped");
	free(s);
	is(s = inc_json_safe("{\"t\":\"x\xe2\x80\xaey\xf3\xa0\x80\x81\"}"),
	    "{\"t\":\"x\\u202ey\\udb40\\udc01\"}",
	    "JSON: \\uXXXX, a surrogate pair past the BMP");
	free(s);
	is(s = inc_json_safe("{\"t\":\"caf\xc3\xa9\"}"),
	    "{\"t\":\"caf\xc3\xa9\"}", "JSON: printable UTF-8 untouched");
	free(s);
}

/* A failed append sticks to the buffer; one check at the end sees it. */
static void
buf_errors(void)
{
	struct inc_buf b = {0};
	char *s;

	is(s = inc__buf_take(&b), "", "buf: nothing appended is \"\"");
	free(s);
	ok(inc__buf_printf(&b, "%s", "kept") == 0 && inc__buf_error(&b) == 0,
	    "buf: an append, no error");
	inc__fail(INC_ERROR, "before");
	ok(inc__buf_put(&b, "x", SIZE_MAX / 2) == INC_ERROR,
	    "buf: an append that cannot be allocated fails");
	is(inc_error(), "out of memory", "buf: its message is set as it fails");
	ok(b.len == 4 && !strcmp(b.s, "kept"),
	    "buf: the failed append changed nothing");
	inc__fail(INC_ERROR, "something since");
	ok(inc__buf_put(&b, "y", 1) == INC_ERROR &&
	    inc__buf_printf(&b, "z") == INC_ERROR &&
	    inc__buf_safe(&b, "w", 1) == INC_ERROR && b.len == 4,
	    "buf: every later append does nothing");
	inc__fail(INC_ERROR, "something since");
	ok(inc__buf_error(&b) == INC_ERROR, "buf: checked once, it has failed");
	is(inc_error(), "out of memory", "buf: the check says why again");
	inc__fail(INC_ERROR, "something since");
	ok(!inc__buf_take(&b) && !b.s && !b.len && !b.cap,
	    "buf: take of a failed buffer: NULL, and freed");
	is(inc_error(), "out of memory", "buf: take says why");
	ok(inc__buf_error(&b) == 0 && inc__buf_put(&b, "new", 3) == 0,
	    "buf: then usable again");
	ok(inc__buf_put(&b, "x", SIZE_MAX - 1) == INC_ERROR && b.len == 3,
	    "buf: a size past SIZE_MAX fails, not wraps");
	inc__buf_free(&b);
	ok(inc__buf_error(&b) == 0, "buf: free clears the failure");
	inc__buf_fail(&b, "cannot hash text");
	inc__buf_fail(&b, "out of memory");
	ok(inc__buf_printf(&b, "x") == INC_ERROR && !b.s,
	    "buf: failed by its caller, appends do nothing");
	inc__buf_error(&b);
	is(inc_error(), "cannot hash text", "buf: the first reason stays");
	inc__buf_free(&b);
}

static void
times(void)
{
	int64_t t, now = 1795457400; /* 2026-11-23T18:10:00Z */
	char text[32];

	setenv("TZ", "UTC", 1);
	ok(inc_time_parse(&t, "2026-11-23T17:00:00Z", now) == 0 &&
	    t == 1795453200, "RFC 3339 with Z");
	ok(inc_time_parse(&t, "2026-11-23T19:00:00+02:00", now) == 0 &&
	    t == 1795453200, "RFC 3339 with an offset");
	ok(inc_time_parse(&t, "2026-11-23 17:00", now) == 0 && t == 1795453200,
	    "date and time, no seconds");
	ok(inc_time_parse(&t, "17:00", now) == 0 && t == 1795453200,
	    "a clock time is today");
	ok(inc_time_parse(&t, "23:30", now) == 0 && t == 1795453200 - 86400 +
	    6.5 * 3600, "a clock time still to come is yesterday");
	ok(inc_time_parse(&t, "-15m", now) == 0 && t == now - 900, "-15m");
	ok(inc_time_parse(&t, "-2h", now) == 0 && t == now - 7200, "-2h");
	ok(inc_time_parse(&t, "2027-01-01T00:00:00Z", now) == INC_EINVALID,
	    "the future refused");
	is(inc_error(), "2027-01-01T00:00:00Z: time is in the future",
	    "future: message");
	ok(inc_time_parse(&t, "yesterday", now) == INC_EINVALID, "words refused");
	ok(inc_time_parse(&t, "2026-11-23T17:00:00.999Z", now) == 0 &&
	    t == 1795453200, "a fraction of a second dropped");
	ok(inc_time_parse(&t, "2026-02-31T00:00Z", now) == INC_EINVALID,
	    "February 31 refused");
	ok(inc_time_parse(&t, "2026-11-23T-1:00Z", now) == INC_EINVALID,
	    "a negative hour refused");
	ok(inc_time_parse(&t, "9:30", now) == 0 && t == 1795426200,
	    "an hour of one digit");
	ok(inc_time_parse(&t, "2026-13-01T00:00Z", now) == INC_EINVALID,
	    "month 13 refused");
	ok(inc_time_parse(&t, "25:00", now) == INC_EINVALID, "hour 25 refused");
	ok(inc_time_parse(&t, "17:00Zjunk", now) == INC_EINVALID,
	    "trailing junk refused");
	/* a time from a hand-edited log, written back as RFC 3339 */
	inc__time_format(text, 1795453200);
	is(text, "2026-11-23T17:00:00Z", "a time formatted");
	inc__time_format(text, -62135596800); /* 0001-01-01T00:00:00Z */
	is(text, "0001-01-01T00:00:00Z", "year 1: four digits of year");
	inc__time_format(text, -62167219200); /* 0000-01-01T00:00:00Z */
	is(text, "0000-01-01T00:00:00Z", "year 0 too");
	inc__time_format(text, 253402300800); /* 10000-01-01T00:00:00Z */
	is(text, "1970-01-01T00:00:00Z", "none past year 9999");
}

/* The zones a status page names: one offset all year, or America's by
 * the date (2026: summer from 8 March to 1 November, at 02:00 local) */
static void
zones(void)
{
	int m = 1;

	ok(inc__time_zone(&m, "CET", 3, 1795453200) && m == 60, "CET");
	ok(inc__time_zone(&m, "pdt", 3, 1795453200) && m == -420,
	    "PDT, any case");
	ok(!inc__time_zone(&m, "IST", 3, 1795453200), "IST: more than one zone");
	ok(!inc__time_zone(&m, "CS", 2, 1795453200), "a name in part: none");
	/* 2026-03-08T06:59:59Z is 01:59:59 EST; a second later, 03:00 EDT */
	ok(inc__time_zone(&m, "ET", 2, 1772953199) && m == -300,
	    "ET before the summer begins: -5");
	ok(inc__time_zone(&m, "ET", 2, 1772953200) && m == -240,
	    "ET as it begins: -4");
	/* 2026-11-01T05:59:59Z is 01:59:59 EDT; a second later, 01:00 EST */
	ok(inc__time_zone(&m, "ET", 2, 1793512799) && m == -240,
	    "ET before the summer ends: -4");
	ok(inc__time_zone(&m, "ET", 2, 1793512800) && m == -300,
	    "ET as it ends: -5");
	ok(inc__time_zone(&m, "pacific", 7, 1784000000) && m == -420,
	    "Pacific in July: -7");
	ok(inc__time_offset(&m, "+2") && m == 120, "+2");
	ok(inc__time_offset(&m, " -05:30") && m == -330, " -05:30");
	ok(inc__time_offset(&m, "+0530") && m == 330, "+0530");
	ok(!inc__time_offset(&m, "+") && !inc__time_offset(&m, "+15"),
	    "no digits, or past +14: none");
}

static void
states(void)
{
	enum inc_state s;
	enum inc_format f;

	ok(inc_state_parse(&s, "confirmed") == 0 && s == INC_STATE_CONFIRMED,
	    "confirmed");
	ok(inc_state_parse(&s, "MAJOR") == 0 && s == INC_STATE_MAJOR,
	    "state words ignore case");
	ok(inc_state_parse(&s, "0") == 0 && s == INC_STATE_RESOLVED, "0 resolves");
	ok(inc_state_parse(&s, "1") == 0 && s == INC_STATE_INVESTIGATING,
	    "1 investigates");
	ok(inc_state_parse(&s, "4") == INC_EINVALID, "4 refused");
	ok(inc_state_parse(&s, "10") == INC_EINVALID, "10 refused");
	is(inc_state_name(INC_STATE_MAJOR), "major", "state names");
	ok(inc_format_parse(&f, "markdown") == 0 && f == INC_FORMAT_MARKDOWN,
	    "markdown format");
	ok(inc_format_parse(&f, "html") == INC_EINVALID, "html refused");
}

static void
sitrep_template(void)
{
	struct inc_sitrep_args a = {0};
	char t1[] = "# comment\nBroken: api down\n  still down\n"
	    "# another\nImpact: all\nWhat is being done: rollback\n";
	char t2[] = "hello\nBroken: x\n";
	char t3[] = "Broken: x\nbroken: y\n";
	char t4[] = "Doing: only this\n";
	char t5[] = "# header\n\n\nBroken: x\n";
	char t6[] = "Doing: drain\n  #2 pool first\n";
	char t7[] = "# only comments\n\n";
	char t8[] = "Broken: a\n  impact: b\nDoing: c\n";

	ok(inc_sitrep_parse(&a, t1) == 0, "template parses");
	is(a.broken, "api down\nstill down", "continuation lines join, unindented");
	is(a.impact, "all", "impact");
	is(a.doing, "rollback", "long form of a key");
	ok(inc_sitrep_parse(&a, t2) == INC_EINVALID, "text before a field refused");
	ok(inc_sitrep_parse(&a, t3) == INC_EINVALID, "a field twice refused");
	a.broken = "kept";
	ok(inc_sitrep_parse(&a, t4) == 0 && !strcmp(a.broken, "kept") &&
	    !strcmp(a.doing, "only this"), "fields not given are left as they were");
	ok(inc_sitrep_parse(&a, t5) == 0 && !strcmp(a.broken, "x"),
	    "blank lines before the first field");
	ok(inc_sitrep_parse(&a, t6) == 0 && !strcmp(a.doing, "drain\n#2 pool first"),
	    "an indented line starting with # is text");
	ok(inc_sitrep_parse(&a, t8) == 0 && !strcmp(a.broken, "a\nimpact: b") &&
	    !strcmp(a.doing, "c"), "an indented key is text of the field above");
	ok(inc_sitrep_parse(&a, t7) == INC_EINVALID, "no field at all refused");
	is(inc_error(), "sitrep: no field (Broken:, Impact: or Doing:): nothing "
	    "recorded", "no field: message");
}

/* inc_lint: a customer status update against the process */
static void
status_lint(void)
{
	static const char good[] = "We are investigating errors on the API. "
	    "Retrying is safe. Next update in 30 minutes.";
	static const char bad[] = "The API is down because AWS is down. "
	    "We are investigating. ETA 17:00 UTC. No workaround yet.";
	const char *names[] = {"Ana", "ops team", NULL};
	struct inc_lint_args args = {0}, named = {.names = names};
	char *out = NULL, *again = NULL;

	ok(inc_lint(&out, good, &args, INC_FORMAT_TEXT) == 0 && out && !*out,
	    "lint: a good update: 0 findings, empty output");
	ok(args.next_update_seconds == 1800, "lint: the next update promised");
	free(out);
	ok(inc_lint(&out, bad, NULL, INC_FORMAT_TEXT) == 3,
	    "lint: a bad update: 3 refusals");
	is(out, "refused: cause: \"because\": say what is broken and "
	    "what is being done; name the cause once the incident is resolved\n"
	    "refused: blame: \"because AWS is down\": own the problem and say "
	    "what we are doing about it, not whose fault it is\n"
	    "refused: eta: \"ETA 17:00 UTC\": say what is being done and when "
	    "the next update will come, not when it will be fixed\n"
	    "advice: next-update: say when the next update will come (\"next "
	    "update in 30 minutes\")\n",
	    "lint: one line per finding, refusals in the order of the text");
	ok(inc_lint(&again, bad, NULL, INC_FORMAT_TEXT) == 3 && out && again &&
	    !strcmp(out, again), "lint: the same text, the same findings");
	free(out);
	free(again);
	args.resolved = 1;
	ok(inc_lint(&out, bad, &args, INC_FORMAT_TEXT) == 2 &&
	    !strstr(out, "refused: cause"),
	    "lint: resolved: the cause may be named, the rest still counts");
	free(out);
	args.resolved = 0;
	args.mode[INC_LINT_ETA] = INC_LINT_ADVISE;
	args.mode[INC_LINT_BLAME] = INC_LINT_OFF;
	ok(inc_lint(&out, bad, &args, INC_FORMAT_TEXT) == 1 &&
	    strstr(out, "advice: eta: ") && !strstr(out, "blame"),
	    "lint: a rule advises or is off as its mode says");
	free(out);
	ok(inc_lint(&out, "Banana errors: the OPS  TEAM and ana are "
	    "investigating; retry. Next update in 1 hour.", &named,
	    INC_FORMAT_TEXT) == 2, "lint: names, whole words");
	ok(named.next_update_seconds == 3600, "lint: an hour is 3600 seconds");
	is(out, "refused: blame: \"OPS  TEAM\": own the problem and say what "
	    "we are doing about it, not whose fault it is\nrefused: blame: "
	    "\"ana\": own the problem and say what we are doing about it, not "
	    "whose fault it is\n", "lint: names quoted as written, any case");
	free(out);
	out = (char *)"untouched";
	ok(inc_lint(&out, NULL, NULL, INC_FORMAT_TEXT) == INC_EINVALID && !out,
	    "lint: no text refused, *out NULL");
	is(inc_error(), "update: missing", "lint: no text: message");
	ok(inc_lint(&out, "bad \xff", NULL, INC_FORMAT_TEXT) == INC_EINVALID,
	    "lint: invalid UTF-8 refused");
	is(inc_error(), "update: invalid UTF-8", "lint: invalid UTF-8: message");
	ok(inc_lint(&out, " -- \n ", NULL, INC_FORMAT_TEXT) == INC_EINVALID,
	    "lint: no words refused");
	is(inc_error(), "update: empty", "lint: no words: message");
	names[0] = "\xc0\xaf";
	ok(inc_lint(&out, good, &named, INC_FORMAT_TEXT) == INC_EINVALID,
	    "lint: a name in invalid UTF-8 refused");
	is(inc_error(), "name: invalid UTF-8", "lint: bad name: message");
}

/* Names compared as people write them, in any case, in any script. */
static void
names(void)
{
	ok(inc__name_equal("Müller", "MÜLLER"), "Müller is MÜLLER");
	ok(inc__name_equal("José Ørsted", "JOSÉ ØRSTED"), "Latin-1 folds");
	ok(inc__name_equal("Łukasz Żak", "łukasz żak"), "Latin Extended-A folds");
	ok(inc__name_equal("ŸVES", "ÿves"), "Ÿ folds to ÿ");
	ok(inc__name_equal("Σοφία Νίκου", "ΣΟΦΊΑ ΝΊΚΟΥ"), "Greek folds");
	ok(inc__name_equal("Дмитрий", "ДМИТРИЙ"), "Cyrillic folds");
	ok(inc__name_equal("Ana Lima", "ana lima"), "ASCII folds");
	ok(!inc__name_equal("Ana Lima", "Ana Lim"), "a prefix is another name");
	ok(!inc__name_equal("Muller", "Müller"), "no accent is dropped");
	ok(!inc__name_equal("×", "÷"), "× is no letter to fold");
	ok(inc__name_equal("Jos\u00e9 Pe\u00f1a", "Jose\u0301 Pen\u0303a"),
	    "José precomposed (NFC) is José decomposed (NFD)");
	ok(inc__name_equal("JOSE\u0301 \u0141UKASZ", "jos\u00e9 \u0142ukasz"),
	    "NFD and NFC, in any case");
	ok(inc__name_equal("\u00c5sa \u0160imek", "A\u030asa S\u030cimek") &&
	    inc__name_equal("Zo\u00eb", "Zoe\u0308"),
	    "Latin-1 and Latin Extended-A letters decompose");
	ok(inc__name_equal("\u0414\u043c\u0438\u0442\u0440\u0438\u0439",
	    "\u0414\u043c\u0438\u0442\u0440\u0438\u0438\u0306"),
	    "Cyrillic short i is i and a breve");
	ok(!inc__name_equal("Jose\u0301", "Jose\u0300") &&
	    !inc__name_equal("Jose\u0301", "Jose") &&
	    !inc__name_equal("Jos\u00e9", "Jose"),
	    "another accent, or none, is another name");
	ok(inc__name_equal("a\xff" "b", "a\xff" "b") &&
	    !inc__name_equal("a\xff" "b", "A\xff" "c"),
	    "bytes that are not UTF-8 compare as they are");
}

int
main(void)
{
	text_check();
	safe();
	buf_errors();
	times();
	zones();
	states();
	sitrep_template();
	status_lint();
	names();
	printf("1..%d\n", tests);
	return failures != 0;
}
