/*
 * Customer status updates checked against the process: they say what is
 * broken, what is being done and what customers can do, and they give no
 * explicit ETA, presume no root cause and shift no blame.
 *
 * The text is cut into tokens (words and numbers, with 17:00, 1.5 and
 * 1,000 kept whole). A rule is a list of small patterns over tokens
 * (phrases.h holds them all), written as space-separated elements:
 *
 *   word|other     one of these words, case-insensitive (ASCII);
 *                  a_b is two words in a row, wor* a prefix
 *   <class>        one of the patterns of a class (phrases.h)
 *   <digits> ...   a token of that shape: see token_is()
 *   <Cap>          a word that starts with a capital letter (accented too)
 *   <Name>         the same, not the first word of its sentence
 *   *              any one token
 *   ~N             up to N tokens skipped
 *   !word|other    the next token is none of these (it takes nothing)
 *   $              no token follows in the phrase: punctuation or the
 *                  text's end comes next (it takes nothing)
 *   X?             the element X may be left out
 *   word|other:    one of these words, a colon after it ("Cause: ...")
 *
 * The tokens a pattern takes follow each other with only white space, or
 * a hyphen or apostrophe inside a word, between them: never across other
 * punctuation. Matching backtracks and keeps the longest match.
 *
 * The patterns are compiled once (compile()) and indexed by the words
 * they can start at (make_index()): a pattern is only tried where it can
 * start, a class only where it can start, and where a class's matches
 * end at a token is found once a token (class_ends()), so linting is
 * about linear in the text (bench/lint.sh: 64 KiB in a few
 * milliseconds). Every rule runs through the one matcher, match(),
 * but the two hints, maybe-cause and maybe-blame, which are a model's
 * (hints.c, check_hints()).
 */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <strings.h>

#include "internal.h"

enum rule {
	RULE_ETA = INC_LINT_ETA, RULE_CAUSE = INC_LINT_CAUSE,
	RULE_BLAME = INC_LINT_BLAME, RULE_BROKEN = INC_LINT_IMPACT,
	RULE_DOING = INC_LINT_ACTION, RULE_WORKAROUND = INC_LINT_WORKAROUND,
	RULE_NEXT = INC_LINT_NEXT, RULE_DATA = INC_LINT_DATA,
	RULE_RESTORED = INC_LINT_RESTORED, RULE_INTERNAL = INC_LINT_INTERNAL,
	RULE_REPEAT = INC_LINT_REPEAT, RULE_MAYBE_CAUSE = INC_LINT_MAYBE_CAUSE,
	RULE_MAYBE_BLAME = INC_LINT_MAYBE_BLAME,
	RULE_STILL_OPEN = INC_LINT_STILL_OPEN,
	RULES = INC_LINT_RULES
};

/*
 * The rules by their stable names (inc-status(1)), what each refuses or
 * advises by default, and the better way. The first three are what an
 * update SHOULD NOT do and refuse it; the others are what it SHOULD do
 * and only advise, as do maybe-cause and maybe-blame: the model of
 * hints.c, where the patterns of cause and blame found nothing; and
 * still-open, an update that says the incident is over, posted open.
 */
static const struct {
	const char *name;
	enum inc_lint_mode mode;
	const char *better;
} rules[RULES] = {
	{"eta", INC_LINT_REFUSE, "say what is being done and when the next "
	    "update will come, not when it will be fixed"},
	{"cause", INC_LINT_REFUSE, "say what is broken and what is being done; "
	    "name the cause once the incident is resolved"},
	{"blame", INC_LINT_REFUSE, "own the problem and say what we are doing "
	    "about it, not whose fault it is"},
	{"impact", INC_LINT_ADVISE, "say what customers see and how widely "
	    "(errors, timeouts, slowness, what is unavailable)"},
	{"action", INC_LINT_ADVISE, "say what we are doing about it "
	    "(investigating, rolling back, monitoring)"},
	{"workaround", INC_LINT_ADVISE, "say what customers can do in the "
	    "meantime, or plainly that there is no workaround yet"},
	{"next-update", INC_LINT_ADVISE, "say when the next update will come "
	    "(\"next update in 30 minutes\")"},
	{"data-loss", INC_LINT_ADVISE, "say whether any data was lost"},
	{"restored", INC_LINT_ADVISE, "say that service is fully restored"},
	{"internal", INC_LINT_ADVISE, "leave out internal host names, "
	    "addresses, ticket ids and code names"},
	{"repeat", INC_LINT_ADVISE, "say what changed since the previous "
	    "update, or that nothing has"},
	{"maybe-cause", INC_LINT_ADVISE, "this reads like updates that named "
	    "a cause: if it does, leave the cause for the resolved update"},
	{"maybe-blame", INC_LINT_ADVISE, "this reads like updates that put "
	    "the fault on someone else: if it does, own the problem instead"},
	{"still-open", INC_LINT_ADVISE, "this says the incident is over: "
	    "post it with -s resolved, so that the page shows it ended and "
	    "subscribers hear so"},
};

/* What a pattern is for. */
enum {
	HIT = 0,     /* a finding */
	EXTEND = 1,  /* widens an adjoining finding of its rule, never alone */
	EXCEPT = 2,  /* a finding that starts inside this is no finding */
	PRESENT = 3, /* the rule is met when this is anywhere */
	THEN = 4,    /* a finding only where a TROUBLE match of its rule
	                came before, in its sentence or the one before, and
	                it starts a clause or is "this", "that", "which" or
	                "it"; no exception undoes it */
	TROUBLE = 5, /* no finding: a trouble named, for THEN */
	KIND = 7,
	PAST = 8,    /* not a finding in a sentence told in the past */
	UPDATE = 16  /* not a finding about the next update or a report */
};

struct pattern {
	enum rule rule;
	int flags;
	const char *text;
};

struct token {
	size_t start, end;   /* bytes of the text */
	unsigned joined : 1; /* only white space, or a hyphen or apostrophe
	                        inside a word, since the token before */
	unsigned sentence : 1; /* a sentence or paragraph starts here */
	unsigned clause : 1; /* joined across a comma (comma_joins()), yet a
	                        clause starts here */
};

struct span {
	size_t start, end;  /* bytes */
	size_t first, last; /* tokens */
	enum rule rule;
	int extend;         /* found by an EXTEND pattern */
};

/* a word of the index (see make_index()) */
#define MAX_ELEMS 4096
struct entry {
	char *word;
	unsigned flags;
	unsigned char in[MAX_ELEMS / 8]; /* the elements it is one word of */
	unsigned short *ids; /* ascending */
	size_t n, cap;
	unsigned short *starts[3]; /* ids, any_start, digit_start or */
	size_t nstarts[3];         /* cap_start: see merge_starts() */
	size_t len;
	struct entry *next;
};

struct lint {
	const char *text;
	struct token *tok;
	size_t ntok, tokcap;
	struct span *hit;
	size_t nhit, hitcap;
	/* per token, once tokenized (see prepare()) */
	const struct entry **word; /* its word in the index, or NULL */
	size_t *sent;              /* the first token of its sentence */
	unsigned char *tense;      /* W_FUTURE, W_PAST: its sentence's */
	unsigned char *shape;      /* SHAPE_DIGITS and the like: its own */
	struct memo *memo;         /* MEMO_SLOTS of them */
	const unsigned short **cand; /* the patterns that can start here: */
	size_t *ncand;             /* see candidates() */
	unsigned char *excepted;   /* bit 1 << rule: inside an EXCEPT match
	                              of the rule (eta, cause, blame) */
};

/* What a word is, for the checks around a match (see prepare()). */
enum { W_RES = 1, W_UPDATE = 2, W_FUTURE = 4, W_PAST = 8, W_COND = 16 };

#include "phrases.h"

/* A code point of NUL-terminated text known to be valid UTF-8. */
static unsigned long
decode(const char *s, size_t *len)
{
	unsigned long c;

	if (*s > 0) /* ASCII */
		return *len = 1, (unsigned long)*s;
	*len = inc__utf8_next(&c, s, strnlen(s, 4));
	return c;
}

enum { C_WORD, C_SPACE, C_NEWLINE, C_JOIN, C_STOP, C_PUNCT };

static int
classify(unsigned long c)
{
	if (c < 0x80) {
		if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z') || c == '_')
			return C_WORD;
		if (c == '\n')
			return C_NEWLINE;
		if (c <= 0x20 || c == 0x7f)
			return C_SPACE; /* control characters too */
		if (c == '~')
			return C_SPACE; /* "~30 minutes" is about 30 minutes */
		if (c == '-' || c == '\'')
			return C_JOIN;
		if (c == '.' || c == '!' || c == '?' || c == ';')
			return C_STOP;
		return C_PUNCT;
	}
	if (c <= 0xa0 || c == 0xad || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
	    (c >= 0x205f && c <= 0x206f) || c == 0x3000 || c == 0xfeff)
		return C_SPACE; /* C1 controls, odd spaces, invisible marks */
	if (c == 0x2010 || c == 0x2011 || c == 0x2018 || c == 0x2019 ||
	    c == 0x02bc || c == 0xb4)
		return C_JOIN; /* an acute accent too, typed for an apostrophe */
	if (c == 0x2026 || c == 0x3002 || c == 0xff01 || c == 0xff1f)
		return C_STOP;
	if ((c >= 0xa1 && c <= 0xbb && c != 0xaa && c != 0xb5 && c != 0xba) ||
	    c == 0xbf ||
	    c == 0xd7 || c == 0xf7 || (c >= 0x2012 && c <= 0x2017) ||
	    (c >= 0x201a && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) ||
	    (c >= 0x2190 && c <= 0x2bff) || (c >= 0x3001 && c <= 0x3003) ||
	    (c >= 0x1f000 && c <= 0x1faff))
		return C_PUNCT;
	return C_WORD;
}

static int
class_at(const char *s, size_t *len)
{
	return *s ? classify(decode(s, len)) : (*len = 0, C_PUNCT);
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Is the dot at s + i the first of "a.m." or "p.m." after a time, to be
 * read as joining "a" and "m", as "a_m" in a pattern, or the last, with
 * the sentence going on after it ("from 9 p.m. tonight until 1 a.m.")?
 */
static int
meridiem_dot(const struct lint *l, const char *s, size_t i)
{
	const struct token *t;
	size_t next = i + 1;

	if (s[i] != '.' || !l->ntok)
		return 0;
	t = &l->tok[l->ntok - 1];
	if (t->end != i || t->end - t->start != 1)
		return 0;
	if (strchr("apAP", s[t->start]))
		return (s[i + 1] == 'm' || s[i + 1] == 'M') && s[i + 2] == '.';
	while (s[next] == ' ')
		next++;
	return (s[t->start] == 'm' || s[t->start] == 'M') && t->start >= 2 &&
	    s[t->start - 1] == '.' && strchr("apAP", s[t->start - 2]) &&
	    next > i + 1 && s[next] >= 'a' && s[next] <= 'z';
}

/* Are the n bytes at s, in any case, one of the words (NULL-ended)? */
static int
one_of(const char *s, size_t n, const char *const *words)
{
	for (; *words; words++)
		if (strlen(*words) == n && !strncasecmp(s, *words, n))
			return 1;
	return 0;
}

/* Is the token t one of the words (NULL-ended)? */
static int
word_in(const struct lint *l, size_t t, const char *const *words)
{
	return one_of(l->text + l->tok[t].start,
	    l->tok[t].end - l->tok[t].start, words);
}

/*
 * Is the byte at i the dot of an abbreviation that a number follows
 * ("in approx. 2 hours", "ca. 30 minutes"), no sentence's end?
 */
static int
abbrev_dot(const struct lint *l, const char *s, size_t i)
{
	static const char *const abbrevs[] = {"approx", "appx", "apx", "ca",
	    NULL};

	return s[i] == '.' && l->ntok && l->tok[l->ntok - 1].end == i &&
	    s[i + 1] == ' ' && is_digit(s[i + 1 + strspn(s + i + 1, " ")]) &&
	    word_in(l, l->ntok - 1, abbrevs);
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static int
letter(char c)
{
	return lower(c) >= 'a' && lower(c) <= 'z';
}

/* Are the n bytes at s all digits, and some? */
static int
digits_span(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && is_digit(s[i]); i++)
		;
	return n > 0 && i == n;
}

static int
push_token(struct lint *l, size_t start, size_t end, int joined,
    int sentence, int clause)
{
	if (l->ntok == l->tokcap) {
		size_t cap = l->tokcap ? l->tokcap * 2 : 256;
		struct token *t = realloc(l->tok, cap * sizeof(*t));

		if (!t)
			return inc__fail(INC_ERROR, "out of memory");
		l->tok = t;
		l->tokcap = cap;
	}
	l->tok[l->ntok].start = start;
	l->tok[l->ntok].end = end;
	l->tok[l->ntok].joined = joined && !sentence;
	l->tok[l->ntok].sentence = sentence;
	l->tok[l->ntok].clause = (unsigned)clause;
	l->ntok++;
	return 0;
}

static int
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The bytes of a web address at s ("https://..."), or 0. */
static size_t
url_at(const char *s)
{
	size_t n;

	if (strncasecmp(s, "http://", 7) && strncasecmp(s, "https://", 8))
		return 0;
	for (n = 0; s[n] && !blank(s[n]) && s[n] != '<' && s[n] != '>' &&
	    s[n] != '"'; n++)
		;
	while (n > 0 && strchr(".,;:!?)]'", s[n - 1]))
		n--; /* the sentence's, not the address's */
	return n;
}

/*
 * The bytes of a name in parentheses at s, after the '(' ("Linode)",
 * "ISP)", "PG&E)"): one word that starts with a capital; else 0.
 */
static size_t
paren_name(const char *s)
{
	size_t n;

	if (!(*s >= 'A' && *s <= 'Z'))
		return 0;
	for (n = 1; n < 32 && (is_digit(s[n]) || ((s[n] | 0x20) >= 'a' &&
	    (s[n] | 0x20) <= 'z') || s[n] == '&' || s[n] == '-'); n++)
		;
	return s[n] == ')' ? n + 1 : 0;
}

/* Are the bytes of the token t digits only? */
/*
 * An aside in parentheses after a name, that says what the name is:
 * "MetroNet (the campus' internet provider) experienced", "Inteliquent
 * (one of our upstream voice providers) had an issue". Left out, as a
 * name in parentheses is, so that the name meets its verb. At most 64
 * bytes, inside one sentence; name: the token before it.
 */
static size_t
paren_aside(const char *name, const char *s)
{
	size_t n;

	if (!(*name >= 'A' && *name <= 'Z'))
		return 0;
	for (n = 0; n < 64 && s[n] && s[n] != ')' && s[n] != '(' &&
	    s[n] != '.' && s[n] != '!' && s[n] != '?' && s[n] != '\n'; n++)
		;
	return n > 0 && s[n] == ')' ? n + 1 : 0;
}

/* Does s begin with one of words, in any case? */
static int
begins_one_of(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (!strncasecmp(s, *words, strlen(*words)))
			return 1;
	return 0;
}

/*
 * An aside between commas that names what was just said, or says what a
 * name is: "My webhost, HostGator, experienced", "Fastly, our CDN
 * provider, had". Left out, as an aside in parentheses is. Either a
 * lower-case word then one to four capitalised words ("Our cloud
 * provider, Amazon Web Services, experienced"), or a capitalised
 * word then words that begin "a", "an", "the", "our", "my" or "one of";
 * at most 64 bytes inside one sentence, and a word after the second
 * comma. The bytes after the first comma, up to the second's space;
 * else 0. prev: the token before the first comma.
 */
static size_t
comma_aside(const char *prev, const char *s)
{
	static const char *const what[] = {"a ", "an ", "the ", "our ", "my ",
	    "one of ", NULL};
	size_t n, words = 0;
	int cap = *prev >= 'A' && *prev <= 'Z', name = 1;

	if (*s++ != ' ')
		return 0;
	for (n = 0; n < 64 && s[n] && !strchr(",.!?;:()\n", s[n]); n++)
		if (s[n] == ' ')
			words++;
		else if ((n == 0 || s[n - 1] == ' ') && !(s[n] >= 'A' &&
		    s[n] <= 'Z'))
			name = 0;
	if (n == 0 || s[n] != ',' || s[n + 1] != ' ' ||
	    !((s[n + 2] | 0x20) >= 'a' && (s[n + 2] | 0x20) <= 'z'))
		return 0;
	return (!cap && name && words <= 3) || (cap && begins_one_of(s, what)) ?
	    n + 2 : 0;
}

/*
 * Does a clause of what something led to follow a comma (", which is
 * causing", ", resulting in", ", preventing"), or one that says the name
 * before it is a supplier's (", the third-party ID verification service
 * we use")? The comma then joins, so that the thing named meets what it
 * caused, or what it is; the token after it still starts a clause.
 */
static int
comma_joins(const char *s)
{
	static const char *const words[] = {"which is causing ",
	    "which was causing ", "which caused ", "which causes ",
	    "which resulted in ", "which results in ", "which led to ",
	    "causing ", "resulting in ", "leading to ", "overwhelming ",
	    "overloading ", "preventing ", "which prevents ",
	    "which is preventing ", "blocking ", "which blocks ",
	    "which is blocking ", "which is slowing ", "degrading ",
	    "the third-party ", "the third party ", "a third-party ",
	    "a third party ", "our third-party ", "our third party ",
	    "an external ", "our external ", "the external ", "the vendor ",
	    "our vendor ", "the supplier ", "our supplier ", NULL};

	return *s == ' ' && begins_one_of(s + 1, words);
}

static int
all_digits(const struct lint *l, size_t t)
{
	return digits_span(l->text + l->tok[t].start,
	    l->tok[t].end - l->tok[t].start);
}

/* Is the byte at i a dot inside a name (pkg.jenkins.io; not "down.We")? */
static int
name_dot(const struct lint *l, const char *s, size_t i)
{
	return s[i] == '.' && l->ntok && l->tok[l->ntok - 1].end == i &&
	    s[i + 1] >= 'a' && s[i + 1] <= 'z' && (letter(s[i + 2]) ||
	    is_digit(s[i + 2]));
}

/*
 * Is the character c at s[i] a double quote or a backtick around words
 * inside a sentence: one that opens after a space before a word, or
 * closes right after a word before a space, a stop or a comma ('my web
 * host had some "unscheduled emergency maintenance".', "`npm` is
 * down")? The words it marks are the writer's sentence still, and join.
 */
static int
scare_quote(const struct lint *l, const char *s, size_t i, unsigned long c,
    size_t len)
{
	size_t next;
	int after;

	if (c != '"' && c != '`' && c != 0x201c && c != 0x201d)
		return 0;
	after = class_at(s + i + len, &next);
	if (i > 0 && blank(s[i - 1]) && s[i - 1] != '\n')
		return after == C_WORD;
	return l->ntok && l->tok[l->ntok - 1].end == i && (after == C_SPACE ||
	    after == C_STOP || (after == C_PUNCT && s[i + len] == ','));
}

/*
 * Words and numbers, and what lies between them: white space joins two
 * tokens, and so does a hyphen or apostrophe inside a word ("root-cause",
 * "AWS's"), a dash between two numbers ("24 - 48 hours") and the colon
 * after a label ("Root cause: ..."); other punctuation does not. A
 * sentence ends at . ! ? or ; before a space, at a blank line and before
 * a bullet. A web address is one token, its scheme ("https"): the words
 * of its path are no prose. A name in parentheses after a word is left
 * out, as an aside ("our hosting provider (Linode) has fixed"): the words
 * around it are joined; so is an aside between commas (comma_aside()),
 * and a comma before what something led to joins (comma_joins()).
 */
static int
tokenize(struct lint *l)
{
	const char *s = l->text;
	size_t i = 0, len, start, next;
	int joined = 0, sentence = 1, newlines = 0, line_start = 1, cls;
	int clause = 0;
	unsigned long c;

	while (s[i]) {
		c = decode(s + i, &len);
		cls = classify(c);
		if (cls == C_WORD && (next = url_at(s + i))) {
			if (push_token(l, i, i + (s[i + 4] == ':' ? 4 : 5), joined,
			    sentence, 0) < 0)
				return INC_ERROR;
			i += next;
			joined = 0, sentence = 0, newlines = 0, line_start = 0;
			clause = 0;
			continue;
		}
		if (cls == C_WORD) {
			start = i;
			while (s[i]) {
				c = decode(s + i, &len);
				if (classify(c) == C_WORD) {
					i += len;
				} else if ((c == '.' || c == ':' || c == ',') &&
				    is_digit(s[i - 1]) && is_digit(s[i + 1])) {
					i++; /* 1.5, 17:00, 1,000 */
				} else {
					break;
				}
			}
			if (push_token(l, start, i, joined, sentence, clause) < 0)
				return INC_ERROR;
			joined = 1, sentence = 0, newlines = 0, line_start = 0;
			clause = 0;
			continue;
		}
		if (c == '(' && joined && l->ntok &&
		    ((next = paren_name(s + i + 1)) ||
		    (next = paren_aside(s + l->tok[l->ntok - 1].start,
		    s + i + 1)))) {
			i += 1 + next;
			continue;
		}
		if (c == ',' && joined && l->ntok &&
		    l->tok[l->ntok - 1].end == i &&
		    (next = comma_aside(s + l->tok[l->ntok - 1].start,
		    s + i + 1))) {
			i += 1 + next;
			continue;
		}
		if (c == ',' && joined && comma_joins(s + i + 1)) {
			i++; /* "a backlog, which is causing delays" */
			clause = 1;
			continue;
		}
		if (cls == C_NEWLINE) {
			if (++newlines >= 2)
				sentence = 1;
			line_start = 1;
		} else if (cls == C_SPACE || (cls == C_JOIN && l->ntok &&
		    l->tok[l->ntok - 1].end == i &&
		    class_at(s + i + len, &next) == C_WORD) ||
		    ((c == '-' || c == 0x2013) && joined && l->ntok &&
		    all_digits(l, l->ntok - 1) &&
		    is_digit(s[i + len + strspn(s + i + len, " ")])) ||
		    (c == ':' && l->ntok && l->tok[l->ntok - 1].end == i &&
		    blank(s[i + 1])) || meridiem_dot(l, s, i) ||
		    abbrev_dot(l, s, i) || name_dot(l, s, i) ||
		    scare_quote(l, s, i, c, len)) {
			/*
			 * a space, a joiner inside a word, a dash between
			 * numbers (24 - 48, 20–30), a label's colon, the
			 * first dot of "a.m." and "p.m.", the dot of
			 * "approx. 2 hours", a dot inside a name, a quote
			 * around words
			 */
		} else {
			joined = 0;
			if (cls == C_STOP && class_at(s + i + len, &next) !=
			    C_WORD)
				sentence = 1;
			if (line_start && (c == '-' || c == '*' || c == '+' ||
			    c == 0x2022))
				sentence = 1; /* a bullet */
			line_start = 0;
		}
		i += len;
	}
	return 0;
}

/* Can the token at t be taken next? */
static int
takes(const struct lint *l, size_t t, int first)
{
	return t < l->ntok && (first || l->tok[t].joined);
}

static int
digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && is_digit(s[i]); i++)
		;
	return (int)i;
}

/* The shapes of tokens a class in angle brackets may name. */
static int
token_is(const struct lint *l, size_t t, const char *name, size_t n)
{
	const char *s = l->text + l->tok[t].start;
	size_t len = l->tok[t].end - l->tok[t].start, i = 0;
	int d;

	if (n == 6 && !strncmp(name, "digits", 6)) {
		/* 30, 1.5, 1,000, 1½ */
		for (i = 0; i < len; i++)
			if (i > 0 && i + 2 == len && (unsigned char)s[i] == 0xc2 &&
			    (unsigned char)s[i + 1] >= 0xbc &&
			    (unsigned char)s[i + 1] <= 0xbe)
				i++;
			else if (!is_digit(s[i]) && s[i] != '.' && s[i] != ',')
				return 0;
		return 1;
	}
	if (n == 6 && !strncmp(name, "hour12", 6)) {
		d = digits(s, len);
		return (d == 1 || d == 2) && (size_t)d == len &&
		    atoi(s) >= 1 && atoi(s) <= 12;
	}
	if (n == 8 && !strncmp(name, "clocktok", 8)) {
		/* 17:00, 5:30pm, 17:00:00Z, 5pm, 17h00, 18h, 9.30pm, 14.30,
		   20.00hrs */
		int dot;
		d = digits(s, len);
		if (d < 1 || d > 2 || atoi(s) > 24)
			return 0;
		i = (size_t)d;
		if (i + 1 == len && (s[i] == 'h' || s[i] == 'H'))
			return atoi(s) <= 23; /* 18h: the French way */
		dot = i < len && s[i] == '.';
		if (i < len && (s[i] == ':' || s[i] == 'h' || s[i] == 'H' ||
		    dot)) {
			if (digits(s + i + 1, len - i - 1) != 2 ||
			    atoi(s + i + 1) > 59)
				return 0;
			i += 3;
			if (i < len && s[i] == ':' &&
			    digits(s + i + 1, len - i - 1) == 2)
				i += 3;
		} else if (i == len) {
			return 0;
		}
		/* 9.30 alone is a number, 14.30 a time */
		if (i == len)
			return !dot || (d == 2 && atoi(s) >= 13);
		return (len - i == 2 && (!strncasecmp(s + i, "am", 2) ||
		    !strncasecmp(s + i, "pm", 2))) ||
		    (len - i == 3 && !strncasecmp(s + i, "hrs", 3)) ||
		    (len - i == 1 && (s[i] == 'z' || s[i] == 'Z')) ||
		    (len - i == 3 && !strncasecmp(s + i, "utc", 3));
	}
	if (n == 7 && !strncmp(name, "ordinal", 7)) {
		/* 1st, 2nd, 13th: a day of the month */
		d = digits(s, len);
		return (d == 1 || d == 2) && len == (size_t)d + 2 &&
		    atoi(s) >= 1 && atoi(s) <= 31 &&
		    (!strncasecmp(s + d, "st", 2) || !strncasecmp(s + d, "nd", 2) ||
		    !strncasecmp(s + d, "rd", 2) || !strncasecmp(s + d, "th", 2));
	}
	if (n == 7 && !strncmp(name, "numunit", 7)) {
		/* 30m, 2h, 90min, 1.5hrs */
		static const char *const units[] = {"m", "min", "mins", "h",
		    "hr", "hrs", NULL};
		d = digits(s, len);
		if (d < 1)
			return 0;
		i = (size_t)d;
		if (i < len && s[i] == '.' && digits(s + i + 1, len - i - 1))
			i += 1 + (size_t)digits(s + i + 1, len - i - 1);
		for (int u = 0; units[u]; u++)
			if (len - i == strlen(units[u]) &&
			    !strncasecmp(s + i, units[u], len - i))
				return 1;
		return 0;
	}
	return -1;
}

static int
add_span(struct lint *l, enum rule rule, int extend, size_t first,
    size_t last, size_t start, size_t end)
{
	if (l->nhit == l->hitcap) {
		size_t cap = l->hitcap ? l->hitcap * 2 : 32;
		struct span *h = realloc(l->hit, cap * sizeof(*h));

		if (!h)
			return inc__fail(INC_ERROR, "out of memory");
		l->hit = h;
		l->hitcap = cap;
	}
	l->hit[l->nhit].first = first;
	l->hit[l->nhit].last = last;
	l->hit[l->nhit].start = start;
	l->hit[l->nhit].end = end;
	l->hit[l->nhit].rule = rule;
	l->hit[l->nhit].extend = extend;
	l->nhit++;
	return 0;
}

static unsigned
wflags(const struct lint *l, size_t t)
{
	return l->word[t] ? l->word[t]->flags : 0;
}

static int estimate_promised(const struct lint *l, size_t last);

/*
 * Is token t a label the update starts a sentence with ("Update:",
 * "UPDATE - ", "Update 14:05 UTC:", "Update (Feb 4th):"), not words about
 * the next update?
 */
static int
update_label(const struct lint *l, size_t t)
{
	static const char *const update[] = {"update", "updated", NULL};
	const char *p = l->text + l->tok[t].end;

	if (l->sent[t] != t || !word_in(l, t, update))
		return 0;
	while (*p == ' ')
		p++;
	return *p == ':' || *p == '-' || *p == '(' || is_digit(*p);
}

/*
 * Does token t name something else of the service, not a report to
 * come ("normal report performance within the next 20 minutes", "report
 * generation")? A report to come is followed by what it is of, when or
 * how it comes.
 */
static int
report_of_service(const struct lint *l, size_t t)
{
	static const char *const report[] = {"report", "reports", NULL};
	static const char *const things[] = {"performance", "generation",
	    "processing", "exports", "export", "data", "dashboards",
	    "dashboard", "pages", "jobs", "delivery", "loading", "builder",
	    NULL};

	return word_in(l, t, report) && t + 1 < l->ntok &&
	    l->tok[t + 1].joined && word_in(l, t + 1, things);
}

/*
 * Is token t a word of a fix, not news becoming "available" ("an update
 * as soon as more information becomes available"), nor the writer coming
 * "back" with it ("will post back here in an hour")?
 */
static int
fix_word(const struct lint *l, size_t t)
{
	static const char *const available[] = {"available", NULL};
	static const char *const news[] = {"information", "info", "details",
	    "news", NULL};
	static const char *const back[] = {"back", NULL};
	static const char *const come[] = {"get", "come", "check", "write",
	    "circle", NULL};

	if (!(wflags(l, t) & W_RES))
		return 0;
	if (word_in(l, t, back) && t > 0 && l->tok[t].joined &&
	    ((wflags(l, t - 1) & W_UPDATE) || word_in(l, t - 1, come)))
		return 0;
	return !word_in(l, t, available) || t < 2 ||
	    !(word_in(l, t - 1, news) || word_in(l, t - 2, news));
}

/*
 * A time about the next update, a report or how long we watch is no
 * ETA ("next update in 30 minutes", "a post-mortem tomorrow"), unless a
 * fix is mentioned between them ("an update when it is back, in 30
 * minutes").
 */
static int
about_update(const struct lint *l, size_t first, size_t last)
{
	static const char *const and_but[] = {"and", "but", NULL};
	size_t from = l->sent[first], t, i;
	int res, update = 0, label = 0;

	/* a fix in the time's own words makes it an ETA; an update named
	   there ("resolve this as soon as possible and will provide an
	   update at 15:45 UTC") makes it none, a label ("Update:") only if
	   nothing before says otherwise */
	for (t = first; t <= last; t++) {
		if (wflags(l, t) & W_RES)
			return 0;
		if ((wflags(l, t) & W_UPDATE) && update_label(l, t))
			label = 1;
		else if (wflags(l, t) & W_UPDATE)
			update = 1;
	}
	if (update)
		return 1;
	/*
	 * "back to normal within the hour; updates..." is an ETA, but "an
	 * update when we see recovery or in an hour" is not: a fix after
	 * "when" or "once" is the condition of an update
	 */
	for (i = 1, res = 0; i <= 8 && first >= from + i; i++) {
		t = first - i;
		if (fix_word(l, t))
			res = 1;
		else if (res && (wflags(l, t) & W_COND))
			res = 0;
		else if ((wflags(l, t) & W_UPDATE) && !update_label(l, t) &&
		    !report_of_service(l, t))
			return !res;
	}
	if (res)
		return 0;
	if (label)
		return 1;
	for (t = last + 1; t < l->ntok && t <= last + 8 && !l->tok[t].sentence;
	    t++) {
		/* ", and we will continue to monitor": another clause */
		if ((wflags(l, t) & W_RES) ||
		    (!l->tok[t].joined && word_in(l, t, and_but)))
			break;
		if (wflags(l, t) & W_UPDATE)
			return 1;
	}
	return estimate_promised(l, last);
}

/*
 * Does the sentence go on to promise an estimate rather than a fix
 * ("within the next 24 hours, ..., we will provide an estimated
 * restoration schedule")?
 */
static int
estimate_promised(const struct lint *l, size_t last)
{
	static const char *const give[] = {"provide", "give", "share", "post",
	    "publish", "send", "issue", "offer", "communicate", NULL};
	static const char *const estimate[] = {"schedule", "timeline",
	    "timeframe", "estimate", "eta", "etr", NULL};
	size_t t, u;

	for (t = last + 1; t < l->ntok && t <= last + 24 &&
	    !l->tok[t].sentence; t++)
		if (word_in(l, t, give))
			for (u = t + 1; u < l->ntok && u <= t + 5 &&
			    l->tok[u].joined; u++)
				if (word_in(l, u, estimate))
					return 1;
	return 0;
}

/* Is the sentence told in the past ("by 14:05 errors had dropped")? */
static int
in_the_past(const struct lint *l, size_t t)
{
	return !(l->tense[t] & W_FUTURE) && (l->tense[t] & W_PAST);
}

/*
 * The index, made once: for each word, the patterns whose match can
 * start at it (and what the word is: W_RES and the like); apart, the
 * patterns that can start at a number, and at anything (and, merged,
 * each word's own with these: starts[]).
 */
#define BUCKETS 2048
static struct entry *buckets[BUCKETS];
static struct {
	unsigned short *ids;
	size_t n, cap;
} any_start, digit_start, cap_start;
/* the patterns that can start at a word the index does not know */
static unsigned short *unknown_starts[3];
static size_t unknown_nstarts[3];
static int indexed;

static unsigned
hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)lower((unsigned char)*s++)) * 16777619u;
	return h % BUCKETS;
}

static struct entry *
entry_of(const char *s, size_t n, int create)
{
	struct entry *e;
	unsigned h = hash(s, n);

	for (e = buckets[h]; e; e = e->next)
		if (e->len == n && !strncasecmp(e->word, s, n))
			return e;
	if (!create || !(e = calloc(1, sizeof(*e))))
		return NULL;
	if (!(e->word = strndup(s, n))) {
		free(e);
		return NULL;
	}
	e->len = n;
	e->next = buckets[h];
	buckets[h] = e;
	return e;
}

static int
push_id(unsigned short **ids, size_t *n, size_t *cap, size_t id)
{
	if (*n && (*ids)[*n - 1] == id)
		return 0;
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 8;
		unsigned short *grown = realloc(*ids, c * sizeof(**ids));

		if (!grown)
			return -1;
		*ids = grown, *cap = c;
	}
	(*ids)[(*n)++] = (unsigned short)id;
	return 0;
}

/*
 * A pattern, compiled once (see compile()): its elements in a row, the
 * last OP_END. A list of words is a bit in the index entry of each of its
 * words (struct entry's in[]); its phrases, several words in a row
 * ("a_b") or a prefix ("wor*"), are matched word by word.
 */
enum op_kind {
	OP_END, OP_WORDS, OP_NOT, OP_STOP, OP_SKIP, OP_ANY, OP_SHAPE, OP_CLASS
};

/* The shapes of tokens: see token_is(). */
enum { SHAPE_DIGITS = 1, SHAPE_HOUR12 = 2, SHAPE_CLOCK = 4, SHAPE_NUMUNIT = 8,
	SHAPE_CAP = 16, SHAPE_NAME = 32, SHAPE_LABEL = 64, SHAPE_ORDINAL = 128,
	SHAPE_NUMBER = 15 | SHAPE_ORDINAL };

struct pword {
	struct entry *entry;       /* the word, or NULL for a prefix: */
	const char *prefix;        /* its len bytes, the '*' left out */
	size_t len;
};

struct phrase {
	struct pword *word;
	size_t n;
};

struct op {
	enum op_kind kind;
	int optional;          /* X? */
	int colon;             /* OP_WORDS: a label's word, ':' after it */
	unsigned id;           /* OP_WORDS, OP_NOT: its bit in in[] */
	unsigned skip;         /* OP_SKIP: up to so many tokens */
	unsigned shape;        /* OP_SHAPE: a SHAPE_ */
	int cls;               /* OP_CLASS: the class, or -1 */
	struct entry **words;  /* OP_WORDS, OP_NOT: its words of one token */
	size_t nwords;
	struct phrase *phrase; /* and the others */
	size_t nphrase;
	unsigned first_id;     /* the bit in in[] of their first words */
	int prefix_first;      /* one of them starts with a prefix */
};

/*
 * What follows a match, element by element; a continuation with no rest
 * collects where a class's match ends instead (see class_ends()).
 */
struct cont {
	const struct op *rest;
	const struct cont *next;
	uint32_t *ends;   /* no rest: bit i, an end i tokens from base */
	size_t base;
};

/*
 * The ends of a class's matches at a token, as class_ends() found them:
 * a class is often tried at the same token by several patterns, and by
 * the paths of one.
 */
#define MEMO_SLOTS 4096
struct memo {
	size_t t;
	int cls;       /* -1: empty */
	int first;
	uint32_t ends;
};

#define NPATTERNS (sizeof(patterns) / sizeof(patterns[0]))
#define NCLASSES (sizeof(classes) / sizeof(classes[0]))
static struct op *pattern_ops[NPATTERNS];
static struct op **class_ops[NCLASSES]; /* each alternative; NULL ends */

/* Has the token at t's word the bit id? */
static int
has_bit(const struct lint *l, size_t t, unsigned id)
{
	const struct entry *w = l->word[t];

	return w && (w->in[id / 8] & (1u << (id % 8)));
}

/* Can one of o's phrases start at t? */
static int
phrase_start(const struct lint *l, size_t t, const struct op *o)
{
	return o->nphrase && t < l->ntok && (o->prefix_first ||
	    has_bit(l, t, o->first_id));
}

/* How many tokens from t the phrase takes, or 0. */
static size_t
phrase_match(const struct lint *l, size_t t, int first,
    const struct phrase *ph)
{
	const struct pword *w;
	const struct token *k;

	for (size_t i = 0; i < ph->n; i++) {
		if (!takes(l, t + i, first && i == 0))
			return 0;
		w = &ph->word[i];
		k = &l->tok[t + i];
		if (w->entry ? l->word[t + i] != w->entry :
		    k->end - k->start < w->len ||
		    strncasecmp(l->text + k->start, w->prefix, w->len))
			return 0;
	}
	return ph->n;
}

/*
 * Where a match can start: a pattern's id goes into the ids of each word
 * it can start at (or of any_start, digit_start); a class's first words
 * get its bit in their in[] (or it is marked any, digit, or empty: it
 * may take nothing).
 */
struct firsts {
	size_t id;   /* the pattern's, or the class's bit in in[] */
	int cls;     /* or the class's, not -1 */
	int any, digit, cap, empty;
};

static struct firsts class_firsts[NCLASSES];

static size_t class_span[NCLASSES]; /* the most tokens it takes */
/*
 * The patterns are indexed in the order of their rule and kind, each
 * (rule, kind)'s ids in a row, [range_lo, range_hi): a pattern's id is
 * its place in that order (by_id[] gives its place in patterns[]), so
 * that find() looks at the ids of one rule and kind only.
 */
static unsigned short by_id[NPATTERNS];
static size_t range_lo[RULES][KIND + 1], range_hi[RULES][KIND + 1];
static uint32_t class_ends(const struct lint *l, int cls, size_t t,
    int first);

/* Can a match of the class start at t (see index_firsts())? */
static int
class_start(const struct lint *l, size_t t, const struct firsts *f)
{
	return f->any || f->empty || (f->digit && (l->shape[t] &
	    SHAPE_NUMBER)) || (f->cap && (l->shape[t] & SHAPE_CAP)) ||
	    has_bit(l, t, (unsigned)f->id);
}

/*
 * The furthest token the pattern o, then what k holds, can end before
 * when it starts at token t; -1 when it does not match. first: nothing
 * taken yet.
 */
static long
match(const struct lint *l, const struct op *o, const struct cont *k,
    size_t t, int first)
{
	long best = -1, r;
	size_t used, i;

	if (o->kind == OP_END) {
		if (k && !k->rest) {
			if (t - k->base < 32)
				*k->ends |= (uint32_t)1 << (t - k->base);
			return -1;
		}
		if (k)
			return match(l, k->rest, k->next, t, first);
		return first ? -1 : (long)t;
	}
	if (o->optional)
		best = match(l, o + 1, k, t, first);
	switch (o->kind) {
	case OP_NOT:
		if (takes(l, t, first) && has_bit(l, t, o->id))
			return best;
		for (i = 0; phrase_start(l, t, o) && i < o->nphrase; i++)
			if (phrase_match(l, t, first, &o->phrase[i]))
				return best;
		return match(l, o + 1, k, t, first);
	case OP_STOP:
		if (first || takes(l, t, 0))
			return best;
		return match(l, o + 1, k, t, first);
	case OP_SKIP:
		for (used = 0; used <= o->skip; used++) {
			if (used && (first || !takes(l, t + used - 1, 0)))
				break;
			if ((r = match(l, o + 1, k, t + used, first)) > best)
				best = r;
		}
		return best;
	case OP_ANY:
		if (takes(l, t, first) &&
		    (r = match(l, o + 1, k, t + 1, 0)) > best)
			best = r;
		return best;
	case OP_SHAPE:
		if (takes(l, t, first) && (l->shape[t] & o->shape) &&
		    (r = match(l, o + 1, k, t + 1, 0)) > best)
			best = r;
		return best;
	case OP_CLASS:
		if (!takes(l, t, first) || o->cls < 0 || !class_start(l, t,
		    &class_firsts[o->cls]))
			return best;
		if (class_span[o->cls] < 32) {
			uint32_t ends = class_ends(l, o->cls, t, first);

			for (used = 0; ends >> used; used++)
				if ((ends >> used & 1) && (r = match(l, o + 1, k,
				    t + used, first && !used)) > best)
					best = r;
		} else {
			struct cont then = {o + 1, k, NULL, 0};

			for (struct op **alt = class_ops[o->cls]; *alt; alt++)
				if ((r = match(l, *alt, &then, t, first)) > best)
					best = r;
		}
		return best;
	case OP_WORDS:
		if (takes(l, t, first) && has_bit(l, t, o->id) && (!o->colon ||
		    (l->shape[t] & SHAPE_LABEL)) &&
		    (r = match(l, o + 1, k, t + 1, 0)) > best)
			best = r;
		for (i = 0; phrase_start(l, t, o) && i < o->nphrase; i++)
			if ((used = phrase_match(l, t, first, &o->phrase[i])) &&
			    (!o->colon || (l->shape[t + used - 1] & SHAPE_LABEL)) &&
			    (r = match(l, o + 1, k, t + used, 0)) > best)
				best = r;
		return best;
	case OP_END:
		break;
	}
	return best;
}

static int
first_word(struct firsts *f, struct entry *w)
{
	if (f->cls < 0)
		return push_id(&w->ids, &w->n, &w->cap, f->id);
	w->in[f->id / 8] |= (unsigned char)(1u << (f->id % 8));
	return 0;
}

/*
 * Where the matches of the class starting at t end, as bits: bit i, i
 * tokens on. Each path through the class is followed to its end once,
 * and what follows the class is then tried once an end, not once a path.
 */
static uint32_t
class_ends(const struct lint *l, int cls, size_t t, int first)
{
	struct memo *m = &l->memo[((size_t)cls * 7919 + t * 2 + (size_t)!!first) %
	    MEMO_SLOTS];
	uint32_t ends = 0;
	struct cont collect = {NULL, NULL, &ends, t};

	if (m->cls == cls && m->t == t && m->first == !!first)
		return m->ends;
	for (struct op **alt = class_ops[cls]; *alt; alt++)
		match(l, *alt, &collect, t, first);
	m->cls = cls, m->t = t, m->first = !!first, m->ends = ends;
	return ends;
}

/* The most tokens a match of o takes; SIZE_MAX/2 and more: too many. */
static size_t
span_of(const struct op *o)
{
	size_t n = 0, most, i;

	for (; o->kind != OP_END; o++) {
		switch (o->kind) {
		case OP_WORDS:
			for (i = 0, most = o->nwords ? 1 : 0; i < o->nphrase; i++)
				if (o->phrase[i].n > most)
					most = o->phrase[i].n;
			n += most;
			break;
		case OP_SKIP:
			n += o->skip;
			break;
		case OP_ANY:
		case OP_SHAPE:
			n++;
			break;
		case OP_CLASS:
			n += o->cls < 0 ? 0 : class_span[o->cls];
			break;
		case OP_NOT:
		case OP_STOP:
		case OP_END:
			break;
		}
		if (n > SIZE_MAX / 2)
			return SIZE_MAX / 2;
	}
	return n;
}

/* Every word a match of o (then what k holds) can start at, into f. */
static int
index_firsts(const struct op *o, const struct cont *k, struct firsts *f)
{
	struct entry *w;

	if (o->kind == OP_END) {
		if (k)
			return index_firsts(k->rest, k->next, f);
		f->empty = 1;
		return 0;
	}
	if (o->optional && index_firsts(o + 1, k, f) < 0)
		return -1;
	switch (o->kind) {
	case OP_NOT:
	case OP_STOP:
	case OP_SKIP:
		return o->optional ? 0 : index_firsts(o + 1, k, f);
	case OP_ANY:
		f->any = 1;
		return f->cls >= 0 ? 0 : push_id(&any_start.ids, &any_start.n,
		    &any_start.cap, f->id);
	case OP_SHAPE:
		if (o->shape & (SHAPE_CAP | SHAPE_NAME)) {
			f->cap = 1;
			return f->cls >= 0 ? 0 : push_id(&cap_start.ids,
			    &cap_start.n, &cap_start.cap, f->id);
		}
		f->digit = 1;
		return f->cls >= 0 ? 0 : push_id(&digit_start.ids,
		    &digit_start.n, &digit_start.cap, f->id);
	case OP_CLASS:
		if (o->cls >= 0) {
			struct cont then = {o + 1, k, NULL, 0};

			for (struct op **alt = class_ops[o->cls]; *alt; alt++)
				if (index_firsts(*alt, &then, f) < 0)
					return -1;
		}
		return 0;
	case OP_WORDS:
		for (size_t i = 0; i < o->nwords; i++)
			if (first_word(f, o->words[i]) < 0)
				return -1;
		for (size_t i = 0; i < o->nphrase; i++) {
			if (o->phrase[i].word &&
			    (w = o->phrase[i].word[0].entry)) {
				if (first_word(f, w) < 0)
					return -1;
				continue;
			}
			f->any = 1;
			if (f->cls < 0 && push_id(&any_start.ids, &any_start.n,
			    &any_start.cap, f->id) < 0)
				return -1;
		}
		return 0;
	case OP_END:
		break;
	}
	return 0;
}

static unsigned nbits; /* bits of in[] given out */

/* A list of words, '|' between them, from a to e, into o. */
static int
compile_words(struct op *o, const char *a, const char *e)
{
	const char *bar, *w, *u, *end;
	struct entry *entry;
	struct phrase *ph;
	struct pword *pw;
	size_t n, wn, alts = 1;

	if (nbits >= MAX_ELEMS)
		return -1;
	o->id = nbits++;
	for (w = a; w < e; w++)
		alts += *w == '|';
	if (!(o->words = calloc(alts, sizeof(*o->words))) ||
	    !(o->phrase = calloc(alts, sizeof(*o->phrase))))
		return -1;
	for (; a < e; a = bar + 1) {
		if (!(bar = memchr(a, '|', (size_t)(e - a))))
			bar = e;
		if (!(n = (size_t)(bar - a)))
			continue; /* "a||b": nothing matches it */
		if (!memchr(a, '_', n) && a[n - 1] != '*') {
			if (!(entry = entry_of(a, n, 1)))
				return -1;
			entry->in[o->id / 8] |= (unsigned char)(1u << (o->id % 8));
			o->words[o->nwords++] = entry;
			continue;
		}
		ph = &o->phrase[o->nphrase++];
		for (w = a, wn = 1; w < a + n; w++)
			wn += *w == '_';
		if (!(ph->word = calloc(wn, sizeof(*ph->word))))
			return -1;
		for (w = a, end = a + n; w < end; w = u ? u + 1 : end) {
			u = memchr(w, '_', (size_t)(end - w));
			wn = u ? (size_t)(u - w) : (size_t)(end - w);
			pw = &ph->word[ph->n++];
			pw->prefix = w, pw->len = wn, pw->entry = NULL;
			if (wn > 1 && w[wn - 1] == '*')
				pw->len--;
			else if (!(pw->entry = entry_of(w, wn, 1)))
				return -1;
		}
	}
	if (!o->nphrase)
		return 0;
	if (nbits >= MAX_ELEMS)
		return -1;
	o->first_id = nbits++;
	for (size_t i = 0; i < o->nphrase; i++)
		if (!o->phrase[i].word || !(entry = o->phrase[i].word[0].entry))
			o->prefix_first = 1;
		else
			entry->in[o->first_id / 8] |= (unsigned char)(1u <<
			    (o->first_id % 8));
	return 0;
}

/* The pattern p compiled, in *out. */
static int
compile(struct op **out, const char *p)
{
	static const struct {
		const char *name;
		unsigned shape;
	} shapes[] = {{"digits", SHAPE_DIGITS}, {"hour12", SHAPE_HOUR12},
	    {"clocktok", SHAPE_CLOCK}, {"numunit", SHAPE_NUMUNIT},
	    {"ordinal", SHAPE_ORDINAL}, {"Cap", SHAPE_CAP}, {"Name", SHAPE_NAME}};
	struct op *ops = *out, *o;
	const char *e, *next;
	size_t n = 0, name, i;

	for (;; p = next) {
		while (*p == ' ')
			p++;
		if (!(o = realloc(ops, (n + 1) * sizeof(*o))))
			return -1;
		*out = ops = o; /* kept however it ends: made once */
		o = &ops[n++];
		memset(o, 0, sizeof(*o));
		o->kind = OP_END, o->cls = -1;
		if (!*p)
			break;
		next = e = p + strcspn(p, " ");
		if ((o->optional = e[-1] == '?'))
			e--;
		if ((o->colon = e[-1] == ':'))
			e--;
		if (*p == '!') {
			o->kind = OP_NOT;
			if (compile_words(o, p + 1, e) < 0)
				return -1;
		} else if (*p == '$' && e - p == 1) {
			o->kind = OP_STOP;
		} else if (*p == '~') {
			/* one digit: "~10" would be read as "~1" */
			if (e - p != 2 || p[1] < '0' || p[1] > '9')
				return -2;
			o->kind = OP_SKIP, o->skip = (unsigned)(p[1] - '0');
		} else if (*p == '*' && e - p == 1) {
			o->kind = OP_ANY;
		} else if (*p == '<') {
			o->kind = OP_CLASS;
			name = (size_t)(e - p - 2);
			for (i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
				if (strlen(shapes[i].name) == name &&
				    !strncmp(shapes[i].name, p + 1, name))
					o->kind = OP_SHAPE, o->shape = shapes[i].shape;
			for (i = 0; o->kind == OP_CLASS && i < NCLASSES; i++)
				if (strlen(classes[i].name) == name &&
				    !strncmp(classes[i].name, p + 1, name))
					o->cls = (int)i;
			if (o->kind == OP_CLASS && o->cls < 0)
				return -2; /* no such class, or "<a>|<b>" */
		} else if (memchr(p, '<', (size_t)(e - p))) {
			return -2; /* "word|<class>": a class stands alone */
		} else {
			o->kind = OP_WORDS;
			if (compile_words(o, p, e) < 0)
				return -1;
		}
	}
	return 0;
}

static int
index_flags(const char *words, unsigned flag)
{
	struct entry *w;

	for (const char *a = words, *bar; *a; a = bar ? bar + 1 : a +
	    strlen(a)) {
		bar = strchr(a, '|');
		if (!(w = entry_of(a, bar ? (size_t)(bar - a) : strlen(a), 1)))
			return -1;
		w->flags |= flag;
	}
	return 0;
}

/*
 * The union of the ids lists a word's patterns can start at, its own and
 * any_start, and digit_start too for a number (kind 1), cap_start for a
 * capitalised word (kind 2), ascending, into starts[kind]; for a word the
 * index does not know, w is NULL.
 */
static int
merge_starts(struct entry *w, unsigned short **starts, size_t *count,
    int kind)
{
	const unsigned short *lists[3] = {w ? w->ids : NULL, any_start.ids,
	    kind == 1 ? digit_start.ids : cap_start.ids};
	const size_t lens[3] = {w ? w->n : 0, any_start.n, kind == 1 ? digit_start.n :
	    kind == 2 ? cap_start.n : 0};
	size_t at[3] = {0, 0, 0}, n = 0, i, best;
	unsigned short *ids = malloc((lens[0] + lens[1] + lens[2] + 1) *
	    sizeof(*ids));

	if (!ids)
		return -1;
	for (;;) {
		for (i = 0, best = 3; i < 3; i++)
			if (at[i] < lens[i] && (best == 3 ||
			    lists[i][at[i]] < lists[best][at[best]]))
				best = i;
		if (best == 3)
			break;
		if (!n || ids[n - 1] != lists[best][at[best]])
			ids[n++] = lists[best][at[best]];
		at[best]++;
	}
	*starts = ids, *count = n;
	return 0;
}

/*
 * Why compile() failed: out of memory (-1), or a pattern miswritten (-2):
 * a class it names is none, or "~" is not followed by one digit.
 */
static int
bad_pattern(int rc, const char *text)
{
	if (rc == -2)
		return inc__fail(INC_ERROR, "lint pattern miswritten (a class "
		    "that is none, or ~ not before one digit): %s", text);
	return inc__fail(INC_ERROR, "out of memory");
}

static int
make_index(void)
{
	size_t c, i, n;
	int rc;

	if (indexed)
		return 0;
	for (c = 0; c < NCLASSES; c++) {
		for (n = 0; classes[c].alts[n]; n++)
			;
		if (!class_ops[c] && !(class_ops[c] = calloc(n + 1,
		    sizeof(*class_ops[c]))))
			return inc__fail(INC_ERROR, "out of memory");
		for (i = 0; i < n; i++)
			if ((rc = compile(&class_ops[c][i],
			    classes[c].alts[i])) < 0)
				return bad_pattern(rc, classes[c].alts[i]);
	}
	/* spans, class by class, until none grows (a cycle: too many) */
	for (int grew = 1, rounds = 0; grew && rounds < 64; rounds++)
		for (c = 0, grew = 0; c < NCLASSES; c++)
			for (i = 0; class_ops[c][i]; i++)
				if (span_of(class_ops[c][i]) > class_span[c])
					class_span[c] = span_of(class_ops[c][i]),
					    grew = 1;
	for (c = 0; c < NCLASSES; c++) {
		struct firsts *f = &class_firsts[c];

		memset(f, 0, sizeof(*f));
		if (nbits >= MAX_ELEMS)
			return inc__fail(INC_ERROR, "out of memory");
		f->id = nbits++, f->cls = (int)c;
		for (i = 0; class_ops[c][i]; i++)
			if (index_firsts(class_ops[c][i], NULL, f) < 0)
				return inc__fail(INC_ERROR, "out of memory");
	}
	n = 0;
	for (int r = 0; r < RULES; r++)
		for (int kind = 0; kind <= KIND; kind++) {
			range_lo[r][kind] = n;
			for (i = 0; i < NPATTERNS; i++)
				if ((int)patterns[i].rule == r &&
				    (patterns[i].flags & KIND) == kind)
					by_id[n++] = (unsigned short)i;
			range_hi[r][kind] = n;
		}
	for (i = 0; i < NPATTERNS; i++) {
		struct firsts f = {i, -1, 0, 0, 0, 0};

		if ((rc = compile(&pattern_ops[i],
		    patterns[by_id[i]].text)) < 0)
			return bad_pattern(rc, patterns[by_id[i]].text);
		if (index_firsts(pattern_ops[i], NULL, &f) < 0)
			return inc__fail(INC_ERROR, "out of memory");
	}
	if (index_flags(res_words, W_RES) < 0 ||
	    index_flags(update_words, W_UPDATE) < 0 ||
	    index_flags(future_words, W_FUTURE) < 0 ||
	    index_flags(past_words, W_PAST) < 0 ||
	    index_flags(cond_words, W_COND) < 0)
		return inc__fail(INC_ERROR, "out of memory");
	for (int digit = 0; digit < 3; digit++) {
		if (merge_starts(NULL, &unknown_starts[digit],
		    &unknown_nstarts[digit], digit) < 0)
			return inc__fail(INC_ERROR, "out of memory");
		for (c = 0; c < BUCKETS; c++)
			for (struct entry *w = buckets[c]; w; w = w->next)
				if (!w->n) {
					w->starts[digit] = unknown_starts[digit];
					w->nstarts[digit] = unknown_nstarts[digit];
				} else if (merge_starts(w, &w->starts[digit],
				    &w->nstarts[digit], digit) < 0) {
					return inc__fail(INC_ERROR, "out of "
	    "memory");
				}
	}
	indexed = 1;
	return 0;
}

/*
 * Does the token t follow a word on its line, as a name does inside a
 * sentence ("with Linode", "(Linode)"), not a line's start or a quote's?
 */
static int
inside_line(const struct lint *l, size_t t)
{
	size_t i = l->tok[t].start;

	while (i > 0 && (l->text[i - 1] == ' ' || l->text[i - 1] == '\t'))
		i--;
	if (i == 0)
		return 0;
	i--;
	return is_digit(l->text[i]) || ((l->text[i] | 0x20) >= 'a' &&
	    (l->text[i] | 0x20) <= 'z') || l->text[i] == ',' ||
	    l->text[i] == '(' || l->text[i] == '/';
}

/*
 * Is the word of the past at t a result got or had done, not a thing
 * done ("get this issue resolved", "to have some service restored";
 * not "we have now restored")?
 */
static int
result_of(const struct lint *l, size_t t, size_t from)
{
	static const char *const get[] = {"get", "gets", "getting", NULL};
	static const char *const have[] = {"have", NULL};
	static const char *const to[] = {"to", NULL};

	for (size_t i = 1; i <= 3 && t >= from + i && l->tok[t - i + 1].joined;
	    i++)
		if (word_in(l, t - i, get) || (i > 1 && t > from + i &&
		    word_in(l, t - i, have) && l->tok[t - i].joined &&
		    word_in(l, t - i - 1, to)))
			return 1;
	return 0;
}

/*
 * What the token t tells of its clause's tense (W_FUTURE, W_PAST): a
 * word of the future told as past is past ("was expected to", "had
 * planned", "longer than expected", "should have been"); one told as a
 * thing has no tense of its own ("the estimated restoration time is 3
 * PM", "the estimated repair time was 4 hours": the verb tells); "going"
 * and "set" are of the future only before "to" ("is set to be
 * resolved"), "scheduled" only before a word of when ("scheduled for
 * 10:00", not "Scheduled workflows did not trigger"), "can" only before
 * "be" ("it can be fixed soon"), "could" is before "be" or "take" ("it
 * could be hours before"); a word of the past told as under way, yet to
 * come or as a result is not past ("is being deployed", "set to be
 * resolved", "get this issue resolved"), nor is "got" after "have"
 * ("we've got a fix").
 */
static unsigned char
tense_of(const struct lint *l, size_t t, size_t from)
{
	static const char *const before[] = {"was", "were", "had", "been",
	    "than", NULL};
	static const char *const article[] = {"the", "an", "a", NULL};
	static const char *const modal[] = {"should", "may", "might", "will",
	    NULL};
	static const char *const have[] = {"have", NULL};
	static const char *const going[] = {"going", "set", NULL};
	static const char *const to[] = {"to", NULL};
	static const char *const can[] = {"can", NULL};
	static const char *const be[] = {"be", NULL};
	static const char *const be_being[] = {"be", "being", NULL};
	static const char *const could[] = {"could", NULL};
	static const char *const be_take[] = {"be", "take", NULL};
	static const char *const scheduled[] = {"scheduled", NULL};
	static const char *const when[] = {"to", "for", "at", "on", "between",
	    "around", "until", NULL};
	static const char *const got[] = {"got", NULL};
	static const char *const have_got[] = {"have", "has", "ve", "s",
	    NULL};
	unsigned f = wflags(l, t) & (W_FUTURE | W_PAST);

	if (word_in(l, t, got) && t > from && l->tok[t].joined &&
	    word_in(l, t - 1, have_got))
		f &= ~(unsigned)W_PAST;
	/* "it could be a few more hours before": of the future */
	if (word_in(l, t, could) && t + 1 < l->ntok && l->tok[t + 1].joined &&
	    word_in(l, t + 1, be_take))
		return W_FUTURE;
	/* "a fix is being rolled out": under way, not past; "set to be
	   resolved": yet to come */
	if ((f & W_PAST) && ((t > from && l->tok[t].joined &&
	    word_in(l, t - 1, be_being)) || result_of(l, t, from)))
		f &= ~(unsigned)W_PAST;
	if (!(f & W_FUTURE))
		return (unsigned char)f;
	/* "the estimated repair time": a thing, of no tense by itself */
	if (t > from && l->tok[t].joined && word_in(l, t - 1, article))
		return 0;
	if (word_in(l, t, going) && !(t + 1 < l->ntok && l->tok[t + 1].joined &&
	    word_in(l, t + 1, to)))
		return 0; /* "the servers going down", "set up" */
	if (word_in(l, t, scheduled) && !(t + 1 < l->ntok &&
	    l->tok[t + 1].joined && word_in(l, t + 1, when)))
		return 0; /* "Scheduled workflows did not trigger" */
	if (word_in(l, t, can) && !(t + 1 < l->ntok && l->tok[t + 1].joined &&
	    word_in(l, t + 1, be)))
		return 0; /* "a process that can take up to 24 hours" */
	if ((t > from && l->tok[t].joined && word_in(l, t - 1, before)) ||
	    (t + 1 < l->ntok && l->tok[t + 1].joined && word_in(l, t, modal) &&
	    word_in(l, t + 1, have)))
		return W_PAST;
	return (unsigned char)f;
}

/*
 * Does token t start a clause of its own: "and" or "but" before a
 * subject ("... since 7 and their engineers are quoting")?
 */
static int
new_clause(const struct lint *l, size_t t)
{
	static const char *const and_but[] = {"and", "but", NULL};
	static const char *const subject[] = {"we", "they", "their", "our",
	    "he", "she", "i", "it", "the", "engineers", "crews", NULL};

	return t > 0 && t + 1 < l->ntok && word_in(l, t, and_but) &&
	    l->tok[t + 1].joined && word_in(l, t + 1, subject);
}

/* The patterns that can start at token t, ascending (make_index()). */
static size_t
candidates(const struct lint *l, size_t t, const unsigned short **ids)
{
	const struct entry *w = l->word[t];
	int digit = is_digit(l->text[l->tok[t].start]) ? 1 :
	    l->shape[t] & SHAPE_CAP ? 2 : 0;

	*ids = w ? w->starts[digit] : unknown_starts[digit];
	return w ? w->nstarts[digit] : unknown_nstarts[digit];
}

/*
 * Each token's word in the index, its sentence and the sentence's tense,
 * and the patterns that can start at it.
 */
static int
prepare(struct lint *l)
{
	size_t t, u, from, clause;
	unsigned char tense;

	if (make_index() < 0)
		return INC_ERROR;
	l->word = calloc(l->ntok + 1, sizeof(*l->word));
	l->sent = calloc(l->ntok + 1, sizeof(*l->sent));
	l->tense = calloc(l->ntok + 1, 1);
	l->shape = calloc(l->ntok + 1, 1);
	l->memo = malloc(MEMO_SLOTS * sizeof(*l->memo));
	l->cand = calloc(l->ntok + 1, sizeof(*l->cand));
	l->ncand = calloc(l->ntok + 1, sizeof(*l->ncand));
	if (!l->word || !l->sent || !l->tense || !l->shape || !l->memo ||
	    !l->cand || !l->ncand)
		return inc__fail(INC_ERROR, "out of memory");
	for (t = 0; t < MEMO_SLOTS; t++)
		l->memo[t].cls = -1;
	for (t = 0; t < l->ntok; t++) {
		unsigned long c;
		size_t len;

		l->word[t] = entry_of(l->text + l->tok[t].start,
		    l->tok[t].end - l->tok[t].start, 0);
		c = decode(l->text + l->tok[t].start, &len);
		/* a capital, accented ones too (Ørsted) */
		if (inc__fold(c) != c && l->tok[t].end - l->tok[t].start >= 2)
			l->shape[t] = l->tok[t].sentence || !inside_line(l, t) ?
			    SHAPE_CAP : SHAPE_CAP | SHAPE_NAME;
		if (l->text[l->tok[t].end] == ':')
			l->shape[t] |= SHAPE_LABEL;
		if (!is_digit(l->text[l->tok[t].start]))
			continue;
		l->shape[t] = (unsigned char)(
		    (token_is(l, t, "digits", 6) == 1 ? SHAPE_DIGITS : 0) |
		    (token_is(l, t, "hour12", 6) == 1 ? SHAPE_HOUR12 : 0) |
		    (token_is(l, t, "clocktok", 8) == 1 ? SHAPE_CLOCK : 0) |
		    (token_is(l, t, "numunit", 7) == 1 ? SHAPE_NUMUNIT : 0) |
		    (token_is(l, t, "ordinal", 7) == 1 ? SHAPE_ORDINAL : 0));
	}
	for (from = 0; from < l->ntok; from = t) {
		for (t = from; t < l->ntok && (t == from || !l->tok[t].sentence);
		    t++)
			l->sent[t] = from;
		/* each clause its tense ("We've been on the phone since 7
		   and their engineers are quoting a 4 hour fix time") */
		for (clause = from; clause < t; clause = u) {
			tense = 0;
			for (u = clause; u < t && (u == clause ||
			    !new_clause(l, u)); u++)
				tense |= tense_of(l, u, from);
			memset(l->tense + clause, tense, u - clause);
		}
	}
	for (t = 0; t < l->ntok; t++)
		l->ncand[t] = candidates(l, t, &l->cand[t]);
	return 0;
}

/* The first of the n ascending ids that is lo or more. */
static size_t
first_id(const unsigned short *ids, size_t n, size_t lo)
{
	size_t a = 0, b = n, m;

	while (a < b) {
		m = a + (b - a) / 2;
		if (ids[m] < lo)
			a = m + 1;
		else
			b = m;
	}
	return a;
}

/*
 * Does a TROUBLE pattern of the rule start at token t?
 */
static int
trouble_at(const struct lint *l, enum rule rule, size_t t)
{
	const unsigned short *ids = l->cand[t];
	size_t i, n = l->ncand[t], lo = range_lo[rule][TROUBLE],
	    hi = range_hi[rule][TROUBLE];

	for (i = first_id(ids, n, lo); i < n && ids[i] < hi; i++)
		if (match(l, pattern_ops[ids[i]], NULL, t, 1) > (long)t)
			return 1;
	return 0;
}

/*
 * Can a THEN match start at token t: a clause's start ("As a result,
 * ...", ", causing ...") or a word that points back ("this", "which")?
 */
static int
clause_start(const struct lint *l, size_t t)
{
	static const char *const back[] = {"this", "that", "which", "it",
	    NULL};

	return l->sent[t] == t || !l->tok[t].joined || l->tok[t].clause ||
	    word_in(l, t, back);
}

/*
 * Is there a trouble named (a TROUBLE match of the rule) before token t,
 * in its sentence or the one before? THEN matches come in the text's
 * order, and the sentence before them never moves back, so the tokens
 * are tried for a trouble once each, and only before a THEN match:
 * *done is where trying stopped, *last the last trouble found before it
 * (or SIZE_MAX).
 */
static int
after_trouble(const struct lint *l, enum rule rule, size_t t,
    size_t *done, size_t *last)
{
	size_t s = l->sent[t], from = s > 0 ? l->sent[s - 1] : 0, u;

	for (u = *done > from ? *done : from; u < t; u++)
		if (trouble_at(l, rule, u))
			*last = u;
	if (*done < t)
		*done = t;
	return *last != SIZE_MAX && *last >= from && *last < t;
}

/* Each match of the patterns of one kind and rule, as spans. */
static int
find(struct lint *l, enum rule rule, int kind)
{
	const unsigned short *ids;
	const struct pattern *p;
	size_t i, t, n, lo = range_lo[rule][kind], hi = range_hi[rule][kind];
	size_t done = 0, last = SIZE_MAX;
	long end;

	if (lo == hi)
		return 0;
	for (t = 0; t < l->ntok; t++) {
		ids = l->cand[t], n = l->ncand[t];
		if (!n || ids[n - 1] < lo || ids[0] >= hi ||
		    (kind == THEN && !clause_start(l, t)))
			continue;
		for (i = first_id(ids, n, lo); i < n && ids[i] < hi; i++) {
			p = &patterns[by_id[ids[i]]];
			if ((end = match(l, pattern_ops[ids[i]], NULL, t, 1)) <=
			    (long)t)
				continue;
			if ((p->flags & PAST) && in_the_past(l, t))
				continue;
			if ((p->flags & UPDATE) &&
			    about_update(l, t, (size_t)end - 1))
				continue;
			if (kind == THEN &&
			    !after_trouble(l, rule, t, &done, &last))
				continue;
			if (add_span(l, rule, kind == EXTEND, t, (size_t)end - 1,
			    l->tok[t].start, l->tok[end - 1].end) < 0)
				return INC_ERROR;
		}
	}
	return 0;
}

static int
word_byte(const char *text, size_t at)
{
	size_t len;

	return class_at(text + at, &len) == C_WORD;
}


/* The start of the UTF-8 character before byte i. */
static size_t
back_one(const char *s, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xc0) == 0x80);
	return i;
}

/*
 * Does name start at byte i of text, as whole words (ASCII letters in
 * either case, a run of white space for a run of white space)? Its
 * length in the text goes to *n.
 */
static int
name_at(const char *text, size_t i, const char *name, size_t *n)
{
	size_t j = i, k = 0;

	while (name[k]) {
		if (blank(name[k]) && !name[k + strspn(name + k, " \t\n\r")])
			break; /* blanks that end the name */
		if (blank(name[k])) {
			if (!blank(text[j]))
				return 0;
			while (blank(name[k]))
				k++;
			while (blank(text[j]))
				j++;
		} else if (text[j] && lower(text[j]) == lower(name[k])) {
			j++, k++;
		} else {
			return 0;
		}
	}
	if (j == i)
		return 0;
	if (i > 0 && word_byte(name, 0) && word_byte(text, back_one(text, i)))
		return 0;
	if (word_byte(name, back_one(name, k)) && word_byte(text, j))
		return 0;
	*n = j - i;
	return 1;
}

/* The names not to blame, as found in the text. */
static int
find_names(struct lint *l, const char *const *names)
{
	const char *text = l->text, *name;
	size_t i, n, len, first, last;

	for (; names && *names; names++) {
		name = *names + strspn(*names, " \t\n\r");
		if (!*name)
			continue;
		for (i = 0; text[i]; i += len) {
			decode(text + i, &len);
			if (!name_at(text, i, name, &n))
				continue;
			for (first = 0; first < l->ntok &&
			    l->tok[first].end <= i; first++)
				;
			for (last = first; last + 1 < l->ntok &&
			    l->tok[last + 1].start < i + n; last++)
				;
			if (first == l->ntok)
				continue;
			if (add_span(l, RULE_BLAME, 0, first, last, i, i + n) < 0)
				return INC_ERROR;
		}
	}
	return 0;
}

static int
by_start(const void *va, const void *vb)
{
	const struct span *a = va, *b = vb;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->rule != b->rule)
		return a->rule < b->rule ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* Do two spans overlap, or follow each other with only spaces between? */
static int
adjoin(const struct lint *l, const struct span *a, const struct span *b)
{
	if (a->first > b->first)
		return adjoin(l, b, a);
	return b->first <= a->last ||
	    (b->first == a->last + 1 && l->tok[b->first].joined);
}

static void
unite(struct span *a, const struct span *b)
{
	if (b->first < a->first)
		a->first = b->first;
	if (b->last > a->last)
		a->last = b->last;
	if (b->start < a->start)
		a->start = b->start;
	if (b->end > a->end)
		a->end = b->end;
}

static int
by_first(const void *va, const void *vb)
{
	const struct span *a = va, *b = vb;

	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return a->last < b->last ? -1 : a->last > b->last;
}

/*
 * Spans from 'from' on that adjoin are united, in one sweep over them
 * sorted; a united span that holds no finding (only what EXTEND found)
 * is dropped.
 */
static void
merge(struct lint *l, size_t from)
{
	size_t i, n = from;

	if (l->nhit - from > 1)
		qsort(l->hit + from, l->nhit - from, sizeof(l->hit[0]),
		    by_first);
	for (i = from; i < l->nhit; i++) {
		if (n > from && adjoin(l, &l->hit[n - 1], &l->hit[i])) {
			unite(&l->hit[n - 1], &l->hit[i]);
			l->hit[n - 1].extend &= l->hit[i].extend;
		} else {
			if (n > from && l->hit[n - 1].extend)
				n--;
			l->hit[n++] = l->hit[i];
		}
	}
	if (n > from && l->hit[n - 1].extend)
		n--;
	l->nhit = n;
}

/* The findings of one rule: hits, less exceptions, widened, merged. */
static enum inc_lint_mode
mode_of(const struct inc_lint_args *args, enum rule r)
{
	return args && args->mode[r] != INC_LINT_DEFAULT ? args->mode[r] :
	    rules[r].mode;
}

static int
check_rule(struct lint *l, enum rule rule, const char *const *names)
{
	size_t from = l->nhit, hits, i, t, n;

	if (find(l, rule, HIT) < 0)
		return INC_ERROR;
	hits = l->nhit;
	if (find(l, rule, EXCEPT) < 0)
		return INC_ERROR;
	if (!l->excepted && !(l->excepted = calloc(l->ntok, 1)))
		return inc__fail(INC_ERROR, "out of memory");
	for (i = hits; i < l->nhit; i++)
		for (t = l->hit[i].first; t <= l->hit[i].last; t++)
			l->excepted[t] |= 1U << rule;
	for (i = from, n = from; i < hits; i++)
		if (!(l->excepted[l->hit[i].first] & 1U << rule))
			l->hit[n++] = l->hit[i];
	l->nhit = n;
	if (find(l, rule, THEN) < 0)
		return INC_ERROR;
	if (rule == RULE_BLAME && find_names(l, names) < 0)
		return INC_ERROR;
	if (l->nhit > from && find(l, rule, EXTEND) < 0)
		return INC_ERROR;
	merge(l, from);
	return 0;
}

/*
 * The first match of the rule's PRESENT patterns, in pattern order then
 * text order, as tokens [*first, *end); 0 when there is none.
 */
static int
present(const struct lint *l, enum rule rule, size_t *first, size_t *end)
{
	const unsigned short *ids;
	size_t t, i, n, found = NPATTERNS, lo = range_lo[rule][PRESENT],
	    hi = range_hi[rule][PRESENT];
	long e;

	for (t = 0; t < l->ntok; t++) {
		ids = l->cand[t], n = l->ncand[t];
		for (i = first_id(ids, n, lo); i < n && ids[i] < found &&
		    ids[i] < hi; i++) {
			if (patterns[by_id[ids[i]]].flags != PRESENT ||
			    (e = match(l, pattern_ops[ids[i]], NULL, t, 1)) <=
			    (long)t)
				continue;
			found = ids[i];
			if (first)
				*first = t, *end = (size_t)e;
			if (!first)
				return 1;
		}
	}
	return found < NPATTERNS;
}

/* The value of a number word or numeral token, or -1. */
static double
number_at(const struct lint *l, size_t t)
{
	static const char *const words[] = {"a", "an", "one", "two", "three",
	    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	    "twelve", NULL};
	static const struct {
		const char *w;
		int n;
	} tens[] = {{"fifteen", 15}, {"twenty", 20}, {"thirty", 30},
	    {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"ninety", 90},
	    {"few", 3}, {"several", 3}, {"couple", 2}, {"half", 0}};
	const char *s = l->text + l->tok[t].start;
	size_t n = l->tok[t].end - l->tok[t].start, i;

	if (n && is_digit(*s) && token_is(l, t, "digits", 6) == 1)
		return atof(s);
	for (i = 0; words[i]; i++)
		if (strlen(words[i]) == n && !strncasecmp(s, words[i], n))
			return i < 2 ? 1 : (double)i - 1;
	for (i = 0; i < sizeof(tens) / sizeof(tens[0]); i++)
		if (strlen(tens[i].w) == n && !strncasecmp(s, tens[i].w, n))
			return tens[i].n ? tens[i].n : 0.5;
	return -1;
}

/* Seconds as a long; -1 past a year, which no promise means. */
static long
seconds(double s)
{
	return s > 366.0 * 86400 ? -1 : (long)s;
}

/* Is token t the word w, but for case? */
static int
word_at(const struct lint *l, size_t t, const char *w)
{
	size_t len = l->tok[t].end - l->tok[t].start;

	return strlen(w) == len && !strncasecmp(l->text + l->tok[t].start, w,
	    len);
}

/* Do tokens t.. before end say "and a half"? */
static int
and_a_half(const struct lint *l, size_t t, size_t end)
{
	return t + 2 < end && word_at(l, t, "and") && word_at(l, t + 1, "a") &&
	    word_at(l, t + 2, "half");
}

/*
 * The seconds of the first duration in tokens [first, end): "in 30
 * minutes", "in an hour", "2h", "in half an hour", "in an hour and a
 * half", "in one and a half hours"; -1 when there is none.
 */
static long
duration_in(const struct lint *l, size_t first, size_t end)
{
	static const struct {
		const char *w;
		long s;
	} units[] = {{"minute", 60}, {"minutes", 60}, {"min", 60},
	    {"mins", 60}, {"hour", 3600}, {"hours", 3600}, {"hr", 3600},
	    {"hrs", 3600}, {"day", 86400}, {"days", 86400}};
	double n = -1;
	size_t t, u, len;
	const char *s;

	for (t = first; t < end; t++) {
		s = l->text + l->tok[t].start;
		len = l->tok[t].end - l->tok[t].start;
		for (u = 0; u < sizeof(units) / sizeof(units[0]); u++)
			if (strlen(units[u].w) == len &&
			    !strncasecmp(s, units[u].w, len))
				/* "an hour and a half" */
				return seconds(((n > 0 ? n : 1) +
				    (and_a_half(l, t + 1, end) ? 0.5 : 0)) *
				    (double)units[u].s);
		if (token_is(l, t, "numunit", 7) == 1) {
			double v = atof(s);
			const char *unit = s + strspn(s, "0123456789.");
			return seconds(v * (*unit == 'h' || *unit == 'H' ?
			    3600 : 60));
		}
		if (n > 0 && and_a_half(l, t, end)) {
			/* "one and a half hours" */
			n += 0.5, t += 2;
		} else if (word_at(l, t, "half") && t + 1 < end &&
		    (word_at(l, t + 1, "a") || word_at(l, t + 1, "an"))) {
			/* "half an hour": not "an hour" */
			n = 0.5, t++;
		} else if (number_at(l, t) >= 0) {
			n = number_at(l, t);
		}
	}
	return -1;
}

/* Why a clock time promised is not kept as the next update's */
enum { CLOCK_KEPT, CLOCK_NO_ZONE, CLOCK_ZONE_UNKNOWN, CLOCK_PASSED };

/*
 * Does the text name a day: "tomorrow", a weekday, a month, "24th", a
 * year?
 */
static int
day_named(const struct lint *l)
{
	static const char *const days[] = {"tomorrow", "tonight", "monday",
	    "tuesday", "wednesday", "thursday", "friday", "saturday",
	    "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
	    "fri", "sat", "sun", "january", "february", "march", "april",
	    "june", "july", "august", "september", "october", "november",
	    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	    "sept", "oct", "nov", "dec", NULL};

	for (size_t t = 0; t < l->ntok; t++) {
		const char *s = l->text + l->tok[t].start;
		size_t n = l->tok[t].end - l->tok[t].start;

		if (word_in(l, t, days) || token_is(l, t, "ordinal", 7) == 1 ||
		    (n == 4 && digits(s, n) == 4 && !strncmp(s, "20", 2)))
			return 1;
	}
	return 0;
}

/*
 * A zone in brackets just after a time, left out of the tokens as a name
 * in brackets is (paren_name()): " (UTC)", "(CET)"; 1 with its offset in
 * *minutes when it is one known (inc__time_zone()), -1 when it is not.
 */
static int
paren_zone(const char *s, int64_t at, int *minutes)
{
	size_t n;

	while (*s == ' ')
		s++;
	if (*s++ != '(' || !(n = paren_name(s)) || n > 6)
		return 0;
	return inc__time_zone(minutes, s, n - 1, at) ? 1 : -1; /* n: its ")" too */
}

/*
 * The zone of a clock time whose token is t, by the words after it
 * ("14:00 UTC", "2 pm CET", "9:00 am ET", "12:30 UTC+2", "10:00 (CEST)")
 * or its own end ("17:00Z"): 1 with its offset in *minutes when it is
 * known (inc__time_zone()), -1 when one is named that is not (IST), 0
 * when none is named. *pm is set where am or pm is said.
 */
static int
clock_zone(const struct lint *l, size_t t, int64_t at, const char *rest,
    size_t len, int *pm, int *minutes)
{
	static const char *const unknown[] = {"cst", "ist", NULL};
	size_t k;
	int known = 0, offset;

	if (len == 2 && !strncasecmp(rest, "am", 2))
		*pm = 0;
	else if (len == 2 && !strncasecmp(rest, "pm", 2))
		*pm = 1;
	else if (len && inc__time_zone(minutes, rest, len, at))
		known = 1;
	for (k = t + 1; !known && k < l->ntok && k < t + 3; k++) {
		const char *w = l->text + l->tok[k].start;
		size_t n = l->tok[k].end - l->tok[k].start;
		if (*pm < 0 && (word_at(l, k, "am") || word_at(l, k, "pm")))
			*pm = word_at(l, k, "pm");
		else if (inc__time_zone(minutes, w, n, at))
			known = 1, t = k;
		else if (word_in(l, k, unknown))
			return -1;
		else if (word_at(l, k, "local"))
			return 0; /* "14:00 local time": whose? as in none */
	}
	if (!known)
		return paren_zone(l->text + l->tok[t].end, at, minutes);
	/* "UTC+2", "GMT -5": that offset */
	if (*minutes == 0 && inc__time_offset(&offset, l->text + l->tok[t].end))
		*minutes = offset;
	return 1;
}

/*
 * The seconds from at to the first clock time in a zone known in tokens
 * [first, end), "by 14:00 UTC", "at 2:30 pm GMT", "at 17:00Z", "by noon
 * CET", "at 12 noon UTC", "at midnight UTC", "at 9 am ET": the next such
 * time after at, within a day; -1 when there is none. A time in a zone
 * not known, or in none, is not taken: whose 14:00 it is cannot be
 * known; one in none is CLOCK_NO_ZONE in *why, one in a zone named but
 * not known CLOCK_ZONE_UNKNOWN. Nor is a time that passed
 * less than six hours before at, when the text names no day ("by 21:00
 * UTC" posted at 21:30): a slip more likely than tomorrow's; it is
 * CLOCK_PASSED. "Tomorrow" in the promise makes it the next day's.
 */
static long
clock_in(const struct lint *l, size_t first, size_t end, int64_t at,
    int *why)
{
	*why = CLOCK_KEPT;
	for (size_t t = first; t < end; t++) {
		const char *s = l->text + l->tok[t].start;
		size_t len = l->tok[t].end - l->tok[t].start, k;
		int h = 0, m = 0, pm = -1, zone, minutes = 0, clock;
		/* noon and midnight are clock times as 12:00 and 00:00 are,
		 * "12 noon" too */
		int twelve = word_at(l, t, "12") && t + 1 < l->ntok;
		int noon = word_at(l, t, "noon") || word_at(l, t, "midday") ||
		    (twelve && (word_at(l, t + 1, "noon") ||
		    word_at(l, t + 1, "midday")));
		int midnight = word_at(l, t, "midnight") || (twelve &&
		    word_at(l, t + 1, "midnight"));
		int64_t here, when;

		if (!(clock = token_is(l, t, "clocktok", 8) == 1 || noon ||
		    midnight) && token_is(l, t, "hour12", 6) != 1)
			continue;
		for (k = 0; k < len && is_digit(s[k]); k++)
			h = h * 10 + (s[k] - '0');
		if (noon || midnight)
			h = noon ? 12 : 0;
		if (k < len && (s[k] == ':' || s[k] == '.' || s[k] == 'h' ||
		    s[k] == 'H'))
			m = (s[k + 1] - '0') * 10 + (s[k + 2] - '0'), k += 3;
		if (k + 3 <= len && s[k] == ':')
			k += 3; /* :00 seconds */
		zone = clock_zone(l, t, at, s + k, len - k, &pm, &minutes);
		if (!zone && (clock || pm >= 0))
			*why = CLOCK_NO_ZONE;
		else if (zone < 0)
			*why = CLOCK_ZONE_UNKNOWN;
		if (zone != 1 || (pm >= 0 && (h < 1 || h > 12)) || h > 23 ||
		    at <= 0)
			return -1;
		if (pm >= 0)
			h = h % 12 + (pm ? 12 : 0);
		/* at, and the time promised, on that zone's clock */
		here = at + (int64_t)minutes * 60;
		when = here - here % 86400 + h * 3600 + m * 60;
		/* "tomorrow at 14:00 UTC": the next day's, passed or not */
		for (k = first; k < end; k++)
			if (word_at(l, k, "tomorrow"))
				return (long)(when + 86400 - here);
		if (when <= here && here - when < 6 * 3600 && !day_named(l)) {
			*why = CLOCK_PASSED;
			return -1;
		}
		if (when <= here)
			when += 86400;
		return (long)(when - here);
	}
	return -1;
}

/* Are the n and m bytes at a and b the same word, but for case? */
static int
same_word(const char *a, size_t n, const char *b, size_t m)
{
	size_t i = 0, j = 0, la, lb;
	unsigned long ca, cb;

	while (i < n && j < m) {
		la = inc__utf8_next(&ca, a + i, n - i);
		lb = inc__utf8_next(&cb, b + j, m - j);
		if (!la || !lb || inc__fold(ca) != inc__fold(cb))
			return 0;
		i += la, j += lb;
	}
	return i == n && j == m;
}

/*
 * The team's internal names (code names) in the text, as spans of
 * RULE_INTERNAL: whole words in a row, in either case (Falcon, FALCON;
 * Ørsted, ØRSTED), apart as the name's words are (a space or hyphen
 * between them, or other punctuation).
 */
static int
find_internal_names(struct lint *l, const char *const *names)
{
	struct lint name = {0};
	size_t t, i;
	int rc = 0;

	for (; rc == 0 && names && *names; names++) {
		name.text = *names;
		name.ntok = 0;
		if ((rc = tokenize(&name)) < 0 || !name.ntok)
			continue;
		for (t = 0; rc == 0 && t + name.ntok <= l->ntok; t++) {
			for (i = 0; i < name.ntok; i++)
				if ((i && l->tok[t + i].joined !=
				    name.tok[i].joined) || !same_word(l->text +
				    l->tok[t + i].start, l->tok[t + i].end -
				    l->tok[t + i].start, name.text +
				    name.tok[i].start, name.tok[i].end -
				    name.tok[i].start))
					break;
			if (i == name.ntok)
				rc = add_span(l, RULE_INTERNAL, 0, t, t + i - 1,
				    l->tok[t].start, l->tok[t + i - 1].end);
		}
	}
	free(name.tok);
	return rc;
}

/* Addresses and names only the inside knows, as spans of RULE_INTERNAL. */
static int
find_internal(struct lint *l)
{
	static const char *const suffixes[] = {"internal", "local", "lan",
	    "corp", "intra", "intranet", "priv", "private", "svc", "cluster",
	    "localdomain", NULL};
	static const char *const not_tickets[] = {"UTF", "ISO", "RFC",
	    "COVID", "SHA", "AES", "TLS", "SSL", "HTTP", "IPV", "MP", "MD",
	    "CVE", "GPT", "NEW", NULL};
	const char *text = l->text, *w, *dot;
	size_t i = 0, n, j, first, last, k;
	int hit, dots, upper, numeric;

	while (text[i]) {
		if (!(((unsigned char)text[i] < 0x80) && (is_digit(text[i]) ||
		    (text[i] | 0x20) >= 'a') && (text[i] | 0x20) <= 'z') &&
		    !is_digit(text[i])) {
			i++;
			continue;
		}
		if (i > 0 && (unsigned char)text[i - 1] >= 0x80) {
			i++;
			continue;
		}
		w = text + i;
		for (n = 0; w[n] && (is_digit(w[n]) || ((w[n] | 0x20) >= 'a' &&
		    (w[n] | 0x20) <= 'z') || w[n] == '.' || w[n] == '-' ||
		    w[n] == '_'); n++)
			;
		while (n > 0 && (w[n - 1] == '.' || w[n - 1] == '-'))
			n--; /* the end of a sentence */
		hit = 0;
		for (j = 0, dots = 0, numeric = 1; j < n; j++) {
			if (w[j] == '.')
				dots++;
			else if (!is_digit(w[j]))
				numeric = 0;
		}
		if (numeric && dots == 3) {
			/* 10.0.3.7: four numbers of at most 255 */
			hit = 1;
			for (j = 0; j < n; j = (size_t)(dot - w) + 1) {
				dot = memchr(w + j, '.', n - j);
				if (!dot)
					dot = w + n;
				if (dot - (w + j) < 1 || dot - (w + j) > 3 ||
				    atoi(w + j) > 255)
					hit = 0;
			}
		} else if (dots >= 1 && !numeric) {
			dot = w + n;
			while (dot > w && dot[-1] != '.')
				dot--;
			for (k = 0; suffixes[k]; k++)
				if (strlen(suffixes[k]) == (size_t)(w + n - dot) &&
				    !strncasecmp(dot, suffixes[k], strlen(
				    suffixes[k])))
					hit = 1;
		} else if (!dots) {
			/* INC-1234, OPS-77: a ticket */
			for (j = 0, upper = 0; j < n && w[j] >= 'A' && w[j] <= 'Z';
			    j++)
				upper++;
			if (upper >= 2 && upper <= 10 && j + 2 < n && w[j] == '-' &&
			    digits_span(w + j + 1, n - j - 1)) {
				hit = 1;
				for (k = 0; not_tickets[k]; k++)
					if (strlen(not_tickets[k]) == (size_t)upper &&
					    !strncmp(w, not_tickets[k], (size_t)upper))
						hit = 0;
			}
		}
		if (hit) {
			for (first = 0; first < l->ntok &&
			    l->tok[first].end <= i; first++)
				;
			for (last = first; last + 1 < l->ntok &&
			    l->tok[last + 1].start < i + n; last++)
				;
			if (first < l->ntok && add_span(l, RULE_INTERNAL, 0,
			    first, last, i, i + n) < 0)
				return INC_ERROR;
		}
		i += n ? n : 1;
	}
	return 0;
}

/*
 * What only the inside knows: the team's code names and the phrases that
 * name a project, merged, then host names, addresses and ticket ids; a
 * name inside an address is found once, as the address.
 */
static int
check_internal(struct lint *l, const char *const *names)
{
	size_t from = l->nhit, found, i, j, n;

	if (find(l, RULE_INTERNAL, HIT) < 0 ||
	    find_internal_names(l, names) < 0)
		return INC_ERROR;
	merge(l, from);
	found = l->nhit;
	if (find_internal(l) < 0)
		return INC_ERROR;
	for (i = from, n = from; i < found; i++) {
		for (j = found; j < l->nhit && (l->hit[i].end <= l->hit[j].start ||
		    l->hit[j].end <= l->hit[i].start); j++)
			;
		if (j == l->nhit)
			l->hit[n++] = l->hit[i];
	}
	if (found < l->nhit)
		memmove(l->hit + n, l->hit + found, (l->nhit - found) *
		    sizeof(*l->hit));
	l->nhit = n + (l->nhit - found);
	return 0;
}

/* The same words, white space aside, in either case? */
static int
same_text(const char *a, const char *b)
{
	for (;;) {
		while (blank(*a))
			a++;
		while (blank(*b))
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		if (lower((unsigned char)*a) != lower((unsigned char)*b))
			return 0;
		a++, b++;
	}
}

/*
 * Words of what remains after a fix: an estimate of their end is an ETA
 * even once the incident is resolved ("the remaining backlog may take up
 * to 12 hours to clear", "cached records may persist for up to 60
 * minutes", "the data will be backfilled shortly", "users may receive
 * the delayed emails over the next few hours"), as is one of the
 * lasting fix ("a permanent fix ships tomorrow"), or one called an ETA.
 * Any other time in a resolved update is told after the fix: when it
 * was found ("identified by 08:54 UTC"), a plan to prevent it ("we will
 * replace the routers next week"), when a report will come.
 */
static const char *const remaining_words[] = {
	"backlog", "clear", "remain", "residual", "propagat", "persist",
	"cache", "caching", "delay", "queue", "catch", "caught", "process",
	"replay", "resync", "linger", "permanent", "lasting", "longterm",
	"boot", "reboot", "backfill", "reprocess", "reindex", "resend",
	"receiv", "deliver", "syncing", "synced", "reflect", "credit",
	"settle", "pending", "upload", "import", "refund", "rebuil",
	"loaded", "retri", "trickl", "fetch", "reconnect", "stuck", "restoring",
	"reconverg", "held", "inbox", NULL
};

/*
 * Does the span's sentence speak of what remains, does the span say it
 * is an ETA ("ETA 17:00 UTC"), or is it a time yet to be taken ("These
 * events may take several days to restore")?
 */
static int
remains(const struct lint *l, const struct span *s)
{
	static const char *const said[] = {"eta", "etr", "ettr", NULL};
	static const char *const take[] = {"take", "takes", NULL};
	static const char *const modal[] = {"may", "will", "could", "might",
	    "should", "can", "would", NULL};
	size_t first = s->first;

	if (word_in(l, first, said))
		return 1;
	if (first > 0 && word_in(l, first, take) && word_in(l, first - 1,
	    modal))
		return 1;
	/* (the words are letters only: one that begins a token is in it) */
	for (size_t t = l->sent[first]; t < l->ntok &&
	    l->sent[t] == l->sent[first]; t++)
		if (begins_one_of(l->text + l->tok[t].start, remaining_words))
			return 1;
	return 0;
}

/* In a resolved update, only an estimate of what remains is an ETA. */
static void
resolved_etas(struct lint *l)
{
	size_t n = 0;

	for (size_t i = 0; i < l->nhit; i++)
		if (l->hit[i].rule != RULE_ETA || remains(l, &l->hit[i]))
			l->hit[n++] = l->hit[i];
	l->nhit = n;
}

/* Is the word that ends at p (or, with after, starts at p) one of words? */
static int
word_is(const char *text, const char *p, int after, const char *const *words)
{
	size_t w = 0;

	if (after)
		while (letter(p[w]))
			w++;
	else
		while (p - w > text && letter(p[-1 - (long)w]))
			w++;
	return w && one_of(after ? p : p - w, w, words);
}

/*
 * Is the span inside an error message quoted on its line: a quotation
 * ("...", \u201c...\u201d or '...') that follows an error's or a
 * message's word or is followed by one ('the error "Transaction rejected
 * because ..."', 'Affected users may see the following error:
 * \u201c...\u201d', "You may see a 'Database connection failed'
 * message")? The words are the software's, not the writer's: a quoted
 * statement ('the provider said "a fibre cut ..."') is not excused.
 */
static int
error_quoted(const struct lint *l, const struct span *s)
{
	static const char *const before[] = {"error", "errors", "message",
	    "messages", "exception", "response", "reads", NULL};
	static const char *const after[] = {"error", "errors", "message",
	    "messages", "page", "screen", "banner", "notice", "popup",
	    "prompt", "dialog", "warning", "response", NULL};
	static const char curly_open[] = "\xe2\x80\x9c",
	    curly_close[] = "\xe2\x80\x9d";
	const char *t = l->text, *open = NULL, *close = NULL, *p;
	size_t i, straight = 0, eol = s->end + strcspn(t + s->end, "\n");

	for (i = s->start; i > 0 && t[i - 1] != '\n'; i--) {
		if (t[i - 1] == '"')
			straight++, open = open ? open : t + i - 1;
		else if (open && *open != '"')
			break; /* only a straight quote needs the count */
		else if (open)
			continue;
		else if ((i >= 3 && !memcmp(t + i - 3, curly_close, 3)) ||
		    (t[i - 1] == '\'' && i >= 2 && t[i - 2] != ' ' &&
		    !letter(t[i])))
			return 0; /* one closed before: 'Delivery is delayed') */
		else if (i >= 3 && !memcmp(t + i - 3, curly_open, 3))
			open = t + i - 3;
		else if (t[i - 1] == '\'' && (i == 1 || !letter(t[i - 2])) &&
		    letter(t[i]))
			open = t + i - 1; /* not an apostrophe: 'Database ...' */
	}
	if (!open || (*open == '"' && straight % 2 == 0) ||
	    s->start - (size_t)(open - t) > 300)
		return 0;
	if (*open == '"')
		close = memchr(t + s->end, '"', eol - s->end);
	else if (*open == '\'')
		for (p = t + s->end; !close && p < t + eol; p++)
			close = *p == '\'' && !letter(p[1]) ? p : NULL;
	else if ((p = strstr(t + s->end, curly_close)) && p < t + eol)
		close = p + 2;
	if (!close || (size_t)(close - t) - s->end > 300)
		return 0;
	for (p = open; p > t && (p[-1] == ' ' || p[-1] == ':'); p--)
		;
	if (word_is(t, p, 0, before))
		return 1;
	for (p = close + 1; *p == ' '; p++)
		;
	return word_is(t, p, 1, after);
}

/*
 * Findings inside a quoted error message are none (error_quoted()), and
 * so are those that end inside one, the quote being joined to the words
 * before it (scare_quote()): 'the error "Our provider had an outage"'.
 */
static void
drop_error_quotes(struct lint *l)
{
	size_t n = 0;

	for (size_t i = 0; i < l->nhit; i++) {
		struct span last = l->hit[i];

		last.start = last.end - 1;
		if (!error_quoted(l, &l->hit[i]) && !error_quoted(l, &last))
			l->hit[n++] = l->hit[i];
	}
	l->nhit = n;
}

/* Does the span's text hold one of names, in any case? */
static int
names_in(const struct lint *l, const struct span *s,
    const char *const *names)
{
	for (; names && *names; names++) {
		size_t len = strlen(*names);
		for (size_t at = s->start; len && at + len <= s->end; at++)
			if (!strncasecmp(*names, l->text + at, len))
				return 1;
	}
	return 0;
}

/*
 * A vendor named in blame that is us ("Cloudflare is investigating" on
 * Cloudflare's own page, "the Wistia Application experienced" on
 * Wistia's, where the word before is ours) is no blame: such spans are
 * dropped, unless they hold a name not to blame ("Acme DNS" of ours is
 * still blamed).
 */
static void
ours(struct lint *l, const char *const *us, const char *const *names)
{
	size_t i, n = 0, t;

	for (i = 0; us && i < l->nhit; i++) {
		int mine = 0;

		/* the word before counts: "the Wistia Application" is ours */
		t = l->hit[i].first;
		if (t > 0 && l->tok[t].joined)
			t--;
		if (l->hit[i].rule == RULE_BLAME && !names_in(l, &l->hit[i],
		    names))
			for (; t <= l->hit[i].last && !mine; t++)
				mine = word_in(l, t, us);
		if (!mine)
			l->hit[n++] = l->hit[i];
	}
	if (us)
		l->nhit = n;
}


/*
 * An update not resolved that says the incident is over ("This incident
 * has been resolved.", "Service has been fully restored"): its first
 * such sentence. Not one that says so of a time to come or on a
 * condition ("we will update once it has been resolved", "until this is
 * resolved"), by hearsay or belief ("some users report it has been
 * resolved", "it appears to have been resolved"), of a part ("restored
 * for most customers", "resolved, but the servers remain down") or of
 * power or cooling, nor one that watches the fix: a monitoring update
 * ("service has been restored and we will continue to monitor").
 */
static int
check_still_open(struct lint *l)
{
	static const char *const before[] = {"once", "until", "till", "when",
	    "whenever", "if", "after", "upon", "unless", "before", "soon",
	    "will", "ll", "would", "could", "going", "believe", "believes",
	    "think", "hope", "appear", "appears", "seem", "seems", "looks",
	    "may", "might", "should", "expect", "expected", "confirm",
	    "confirming", "confirmation", "awaiting", "verify", "verifying",
	    "whether", "ensure", "while", "most", "some", "partially",
	    "partly", "mostly", "largely", NULL};
	static const char *const heard[] = {"report", "reports", "reported",
	    "reporting", "say", "says", "said", "claim", "claims", NULL};
	static const char *const us[] = {"we", "i", "happy", "pleased",
	    "glad", NULL};
	static const char *const after[] = {"but", "except", "though",
	    "although", "however", "while", "still", "returning",
	    "recovering", "remain", "remaining", "monitor", "monitoring",
	    "watching", "observe", "observing", NULL};
	static const char *const part[] = {"some", "most", "many", "certain",
	    "several", "a", "part", "parts", "select", "specific", NULL};
	static const char *const to[] = {"for", "in", "to", "on", "across",
	    NULL};
	static const char *const plant[] = {"power", "ac", "electricity",
	    "cooling", "utility", NULL};
	size_t from = l->nhit, i, t;

	if (find(l, RULE_STILL_OPEN, HIT) < 0)
		return INC_ERROR;
	for (i = from; i < l->nhit; i++) {
		const struct span *s = &l->hit[i];
		int not = 0, said_by_us = 0;

		for (t = l->sent[s->first]; t < s->first && !not; t++) {
			said_by_us |= word_in(l, t, us);
			not = word_in(l, t, before) || (!said_by_us &&
			    word_in(l, t, heard));
		}
		for (t = s->last + 1; t < l->ntok && l->sent[t] ==
		    l->sent[s->first] && !not; t++)
			not = word_in(l, t, after);
		t = s->last + 1;
		if (not || (s->first > 0 && word_in(l, s->first - 1, plant)) ||
		    (t + 1 < l->ntok && l->tok[t].joined &&
		    l->tok[t + 1].joined && word_in(l, t, to) &&
		    word_in(l, t + 1, part)))
			continue;
		l->hit[from] = l->hit[i];
		l->nhit = from + 1;
		return 0;
	}
	l->nhit = from;
	return 0;
}

/*
 * Where the patterns found no cause (the update open) or no blame, the
 * model of hints.c believes the update has one (p > 0.6, log-odds
 * 0.405), and believes so of one of its sentences on its own too, one
 * that no EXCEPT pattern of the rule calls neutral ("working with our
 * provider"): advice on that sentence, the one it believes most. Asking
 * both halves the hints and the wrong ones by two thirds (measured by
 * bench/lint-eval.sh, as the hints are). A hint is off with its rule.
 */
#define HINT_LOGIT 0.405

static int
check_hints(struct lint *l, const struct inc_lint_args *a)
{
	static const enum rule rule[INC__HINTS] = {RULE_CAUSE, RULE_BLAME};
	static const enum rule hint[INC__HINTS] = {RULE_MAYBE_CAUSE,
	    RULE_MAYBE_BLAME};
	double whole[INC__HINTS], score[INC__HINTS], best[INC__HINTS];
	size_t first[INC__HINTS] = {0}, last[INC__HINTS] = {0}, i, t, end;
	int want = 0, h;

	for (h = 0; h < INC__HINTS; h++) {
		best[h] = -1e9;
		if (mode_of(a, hint[h]) == INC_LINT_OFF ||
		    mode_of(a, rule[h]) == INC_LINT_OFF ||
		    (h == INC__HINT_CAUSE && a->resolved))
			continue;
		for (i = 0; i < l->nhit && l->hit[i].rule != rule[h]; i++)
			;
		want |= (i == l->nhit) << h;
	}
	if (!want)
		return 0;
	if (inc__hint_scores(whole, l->text, strlen(l->text), 1) < 0)
		return INC_ERROR;
	for (t = 0; t < l->ntok; t = end + 1) {
		unsigned except = 0;

		for (end = t; end + 1 < l->ntok && !l->tok[end + 1].sentence; end++)
			;
		for (i = t; l->excepted && i <= end; i++)
			except |= l->excepted[i];
		if (inc__hint_scores(score, l->text + l->tok[t].start,
		    l->tok[end].end - l->tok[t].start, 1) < 0)
			return INC_ERROR;
		for (h = 0; h < INC__HINTS; h++)
			if (!(except & 1U << rule[h]) && score[h] > best[h]) {
				best[h] = score[h];
				first[h] = t;
				last[h] = end;
			}
	}
	for (h = 0; h < INC__HINTS; h++)
		if ((want >> h & 1) && whole[h] > HINT_LOGIT &&
		    best[h] > HINT_LOGIT &&
		    add_span(l, hint[h], 0, first[h], last[h],
		    l->tok[first[h]].start, l->tok[last[h]].end) < 0)
			return INC_ERROR;
	return 0;
}

/*
 * One finding: text ("refused: eta: "WORDS": better") or a JSON object;
 * better is the rule's own unless given.
 */
static int
say(struct inc_buf *b, json_t *array, const struct lint *l,
    const struct span *s, enum rule r, enum inc_lint_mode mode,
    const char *better)
{
	struct inc_buf words = {0};
	const char *what = mode == INC_LINT_REFUSE ? "refused" : "advice";

	if (!better)
		better = rules[r].better;

	/* a line break inside the words is shown as the space it stands for */
	for (size_t i = s ? s->start : 0; s && i < s->end; i++) {
		const char *c = l->text[i] == '\r' && l->text[i + 1] == '\n' &&
		    i + 1 < s->end ? "" : l->text[i] == '\n' ? " " : l->text + i;
		inc__buf_put(&words, c, *c ? 1 : 0);
	}
	if (s && !words.s)
		inc__buf_put(&words, "", 0);
	if (words.failed)
		inc__buf_fail(b, words.failed);
	if (array) {
		json_t *o = json_pack("{s:s, s:s, s:s?, s:s}", "rule",
		    rules[r].name, "mode", mode == INC_LINT_REFUSE ? "refuse" :
		    "advise", "words", s ? words.s : NULL, "advice", better);
		inc__buf_free(&words);
		if (!o || json_array_append_new(array, o) < 0)
			return inc__fail(INC_ERROR, "out of memory");
		return 0;
	}
	inc__buf_printf(b, "%s: %s: ", what, rules[r].name);
	if (s) {
		inc__buf_printf(b, "\"");
		inc__buf_safe(b, words.s, 1);
		inc__buf_printf(b, "\": ");
	}
	inc__buf_printf(b, "%s\n", better);
	inc__buf_free(&words);
	return 0;
}

/*
 * A monitoring update (Statuspage: a fix is in place and being watched)
 * says that the fix is in place and what customers may still see, or
 * that all works again; it is not asked for a workaround, which the fix
 * has replaced. NULL: not asked.
 */
static const char *const monitoring_better[RULES] = {
	[RULE_BROKEN] = "say what customers may still see while the fix is "
	    "watched (errors clearing, delays, a retry needed), or that "
	    "service is back to normal",
	[RULE_DOING] = "say that a fix is in place and that we are "
	    "monitoring it",
};

/* A promise by a clock time not kept, by why (clock_in()) */
static const char *const clock_better[] = {
	[CLOCK_NO_ZONE] = "name the time zone (\"by 22:00 UTC\") or give a "
	    "relative time (\"in 30 minutes\"): customers are in many zones, "
	    "and a time in none is not kept as the next update's",
	[CLOCK_ZONE_UNKNOWN] = "give the time in UTC (\"by 22:00 UTC\") or "
	    "a relative time (\"in 30 minutes\"): that zone's name is not one "
	    "zone (CST is America's and China's, IST India's, Ireland's and "
	    "Israel's), and a time in it is not kept as the next update's",
	[CLOCK_PASSED] = "that time has passed today: give one ahead, or "
	    "say tomorrow or the date if it is meant (a time passed is not "
	    "kept as the next update's)",
};

static int
monitored(const struct inc_lint_args *a, enum rule r)
{
	return a->monitoring && r >= RULE_BROKEN && r <= RULE_WORKAROUND;
}

int
inc_lint(char **out, const char *text, struct inc_lint_args *args,
    enum inc_format format)
{
	static const struct inc_lint_args none;
	const struct inc_lint_args *a = args ? args : &none;
	const char *const *names = a->names;
	struct lint l = {0};
	struct inc_buf b = {0};
	json_t *array = NULL;
	enum inc_lint_mode mode;
	enum rule r;
	static const char *const labels[] = {"update", "updated", NULL};
	struct span promise = {0};
	size_t i, first, end;
	int rc = INC_ERROR, refused = 0, promised, why = CLOCK_KEPT, over;

	*out = NULL;
	if (args)
		args->next_update_seconds = -1;
	if (!text)
		return inc__fail(INC_EINVALID, "update: missing");
	if (!inc__utf8_valid(text, strlen(text)))
		return inc__fail(INC_EINVALID, "update: invalid UTF-8");
	for (i = 0; names && names[i]; i++)
		if (!inc__utf8_valid(names[i], strlen(names[i])))
			return inc__fail(INC_EINVALID, "name: invalid UTF-8");
	for (i = 0; a->internal && a->internal[i]; i++)
		if (!inc__utf8_valid(a->internal[i], strlen(a->internal[i])))
			return inc__fail(INC_EINVALID, "internal name: invalid "
			    "UTF-8");
	l.text = text;
	if (tokenize(&l) < 0)
		goto done;
	if (l.ntok == 0) {
		rc = inc__fail(INC_EINVALID, "update: empty");
		goto done;
	}
	if (prepare(&l) < 0)
		goto done;
	if (format == INC_FORMAT_JSON && !(array = json_array())) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto done;
	}
	/* what it should not do, then the names of the inside, by position */
	for (r = RULE_ETA; r <= RULE_BLAME; r++)
		if (mode_of(a, r) != INC_LINT_OFF &&
		    (r != RULE_CAUSE || !a->resolved) &&
		    check_rule(&l, r, names) < 0)
			goto done;
	if (a->resolved)
		resolved_etas(&l);
	drop_error_quotes(&l);
	ours(&l, a->us, names);
	if (mode_of(a, RULE_INTERNAL) != INC_LINT_OFF &&
	    check_internal(&l, a->internal) < 0)
		goto done;
	if (check_hints(&l, a) < 0)
		goto done;
	if (!a->resolved && mode_of(a, RULE_STILL_OPEN) != INC_LINT_OFF &&
	    check_still_open(&l) < 0)
		goto done;
	/* an update that says it is over is advised as a resolved one */
	over = !!a->resolved;
	for (i = 0; i < l.nhit; i++)
		over |= l.hit[i].rule == RULE_STILL_OPEN;
	if (l.nhit > 1)
		qsort(l.hit, l.nhit, sizeof(l.hit[0]), by_start);
	for (int pass = 0; pass < 2; pass++)
		for (i = 0; i < l.nhit; i++) {
			mode = mode_of(a, l.hit[i].rule);
			if ((mode == INC_LINT_REFUSE) != (pass == 0))
				continue;
			refused += mode == INC_LINT_REFUSE;
			if (say(&b, array, &l, &l.hit[i], l.hit[i].rule, mode,
			    NULL) < 0)
				goto done;
		}
	/* what it should say, and has not; a promise not kept says why */
	if ((promised = present(&l, RULE_NEXT, &first, &end))) {
		long next = duration_in(&l, first, end);

		if (next < 0)
			next = clock_in(&l, first, end, a->at, &why);
		/* "Update at 5:00pm: ...": when this one was written */
		if (l.sent[first] == first && word_in(&l, first, labels))
			why = CLOCK_KEPT;
		if (args)
			args->next_update_seconds = next;
		promise.first = first, promise.last = end - 1;
		promise.start = l.tok[first].start;
		promise.end = l.tok[end - 1].end;
		promise.rule = RULE_NEXT;
	}
	for (r = RULE_BROKEN; r <= RULE_RESTORED; r++) {
		if ((mode = mode_of(a, r)) == INC_LINT_OFF)
			continue;
		if ((r == RULE_DATA || r == RULE_RESTORED) != over)
			continue;
		if (monitored(a, r) && !monitoring_better[r])
			continue;
		if (r == RULE_NEXT && promised && why != CLOCK_KEPT) {
			refused += mode == INC_LINT_REFUSE;
			if (say(&b, array, &l, &promise, r, mode,
			    clock_better[why]) < 0)
				goto done;
			continue;
		}
		if (present(&l, r, NULL, NULL) || (monitored(a, r) &&
		    r == RULE_BROKEN && present(&l, RULE_RESTORED, NULL, NULL)))
			continue;
		refused += mode == INC_LINT_REFUSE;
		if (say(&b, array, &l, NULL, r, mode, monitored(a, r) ?
		    monitoring_better[r] : NULL) < 0)
			goto done;
	}
	if ((mode = mode_of(a, RULE_REPEAT)) != INC_LINT_OFF && a->previous &&
	    same_text(a->previous, text)) {
		refused += mode == INC_LINT_REFUSE;
		if (say(&b, array, &l, NULL, RULE_REPEAT, mode, NULL) < 0)
			goto done;
	}
	if (array) {
		char *json = json_dumps(array, INC_JSON_FLAGS);

		if (!json) {
			rc = inc__fail(INC_ERROR, "out of memory");
			goto done;
		}
		inc__buf_printf(&b, "%s\n", json);
		free(json);
	}
	if (!b.s && !b.failed)
		inc__buf_put(&b, "", 0);
	*out = inc__buf_take(&b);
	rc = *out ? refused : INC_ERROR;
done:
	json_decref(array);
	inc__buf_free(&b);
	free(l.tok);
	free(l.hit);
	free(l.word);
	free(l.sent);
	free(l.tense);
	free(l.shape);
	free(l.memo);
	free(l.cand);
	free(l.ncand);
	free(l.excepted);
	return rc;
}

int
inc_lint_rule_parse(enum inc_lint_rule *out, const char *name)
{
	for (int r = 0; r < RULES; r++)
		if (!strcmp(rules[r].name, name)) {
			*out = (enum inc_lint_rule)r;
			return 0;
		}
	return inc__fail(INC_EINVALID, "%s: no such rule (eta, cause, blame, "
	    "impact, action, workaround, next-update, data-loss, restored, "
	    "internal, repeat, maybe-cause, maybe-blame, still-open)", name);
}

int
inc_lint_mode_parse(enum inc_lint_mode *out, const char *name)
{
	if (!strcmp(name, "refuse"))
		*out = INC_LINT_REFUSE;
	else if (!strcmp(name, "advise"))
		*out = INC_LINT_ADVISE;
	else if (!strcmp(name, "off"))
		*out = INC_LINT_OFF;
	else
		return inc__fail(INC_EINVALID, "%s: not a rule mode (refuse, "
		    "advise or off)", name);
	return 0;
}

/*
 * inc.lint.NAME that names no rule ("inc.lint.next-updates"): a warning,
 * or a team would take a rule for switched off that still refuses.
 */
static void
unknown_modes(git_config *cfg)
{
	static const char *const others[] = {"internalname", "us"};
	git_config_iterator *it = NULL;
	git_config_entry *e;
	enum inc_lint_rule r;
	const char *name;
	size_t i;

	/* every entry, not a glob: libgit2's regex leaks under pcre2 */
	if (git_config_iterator_new(&it, cfg) < 0) {
		git_error_clear();
		return;
	}
	while (git_config_next(&e, it) == 0) {
		if (strncmp(e->name, "inc.lint.", strlen("inc.lint.")))
			continue;
		name = e->name + strlen("inc.lint.");
		for (i = 0; i < sizeof(others) / sizeof(*others); i++)
			if (!strcmp(name, others[i]))
				break;
		if (i == sizeof(others) / sizeof(*others) &&
		    inc_lint_rule_parse(&r, name) < 0)
			inc__warn("%s: no such rule (ignored)", e->name);
	}
	git_config_iterator_free(it);
	git_error_clear();
}

/* inc.lint.NAME from git config; a bad value is a warning, not a stop. */
int
inc_lint_modes(struct inc_lint_args *args, inc_repo *repo)
{
	git_config *cfg = NULL;
	char key[64], *value;
	int rc;

	if ((rc = inc__config_snapshot(&cfg, repo)) < 0)
		return rc;
	for (int r = 0; r < RULES; r++) {
		snprintf(key, sizeof(key), "inc.lint.%s", rules[r].name);
		value = NULL;
		if ((rc = inc__config_string(&value, cfg, key, NULL)) < 0)
			break;
		if (value && inc_lint_mode_parse(&args->mode[r], value) < 0)
			inc__warn("%s: %s (ignored)", key, inc_error());
		free(value);
	}
	if (rc == 0)
		unknown_modes(cfg);
	git_config_free(cfg);
	return rc < 0 ? rc : 0;
}
