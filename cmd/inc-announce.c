/*
 * inc-announce: what a hook received (the event on standard input, the
 * announcement and text in the environment), as the payloads a chat
 * service's webhook takes, one JSON payload a line on standard output: a
 * hook posts each, `inc-announce -F slack | while read -r m; do curl ...`.
 * The whole text, never cut: where a service limits a message, the text
 * is split into parts, as many in a message as fit, and as many messages
 * as it takes. A message has none of the characters that hide or
 * reorder text (a direction override, a zero-width space): they are
 * dropped, as everywhere text is shown but a terminal.
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "cli.h"

/*
 * The services' limits, as they document them. Where a service counts
 * "characters", a character outside the BMP counts 2 (UTF-16 units,
 * the stricter of the two readings).
 */
#define SLACK_SECTION 3000  /* characters in a section block's text */
#define SLACK_BLOCKS 50     /* blocks in a message */
/*
 * characters in all the sections of one message: Slack documents
 * 12,000 across a message's markdown blocks and refuses sections
 * somewhat past that (msg_blocks_too_long); we keep a margin
 */
#define SLACK_MESSAGE 10000
#define MATTERMOST_POST 16383 /* runes (code points) in a post */
#define TEAMS_MESSAGE 20000 /* bytes of the payload: Teams says "about 28 KB" */
#define DISCORD_CONTENT 2000 /* characters in a message's content */
#define MATRIX_CONTENT 60000 /* bytes of content: the event, 65,536 at most */

static const char usage_text[] =
    "inc-announce [-C dir] [-L] -F slack|mattermost|teams|discord|matrix|"
    "text|cap < event\n";

/*
 * The code point at s[at] (len bytes in all) in *cp, and the index of
 * the next one. The text is valid UTF-8 (checked in main).
 */
static size_t
decode(const char *s, size_t len, size_t at, unsigned long *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = u[at] < 0x80 ? 1 : u[at] < 0xe0 ? 2 : u[at] < 0xf0 ? 3 : 4;

	*cp = n == 1 ? u[at] : u[at] & (0x7f >> n);
	for (size_t i = 1; i < n && at + i < len; i++)
		*cp = (*cp << 6) | (u[at + i] & 0x3f);
	return at + n > len ? len : at + n;
}

/* Whether the text may not be cut between a and b: inside one glyph. */
static int
one_glyph(unsigned long a, unsigned long b)
{
	return a == 0x200d || b == 0x200d || (b >= 0x300 && b <= 0x36f) ||
	    (b >= 0x1ab0 && b <= 0x1aff) || (b >= 0x1dc0 && b <= 0x1dff) ||
	    (b >= 0x20d0 && b <= 0x20ff) || (b >= 0xfe00 && b <= 0xfe0f) ||
	    (b >= 0xfe20 && b <= 0xfe2f) || (b >= 0x1f3fb && b <= 0x1f3ff) ||
	    (b >= 0xe0020 && b <= 0xe007f) || (b >= 0xe0100 && b <= 0xe01ef) ||
	    (a >= 0x1f1e6 && a <= 0x1f1ff && b >= 0x1f1e6 && b <= 0x1f1ff);
}

/* What a code point costs, as each service counts it once escaped. */
typedef size_t cost_fn(unsigned long cp);

static size_t
utf16(unsigned long cp)
{
	return cp > 0xffff ? 2 : 1;
}

static size_t
rune(unsigned long cp)
{
	(void)cp;
	return 1;
}

/* Slack's escaping: & < > as entities, nothing else */
static size_t
slack_cost(unsigned long cp)
{
	return cp == '&' ? 5 : cp == '<' || cp == '>' ? 4 : utf16(cp);
}

/* bytes in our JSON (compact, ASCII only) */
static size_t
json_cost(unsigned long cp)
{
	if (cp == '"' || cp == '\\' || cp == '\n' || cp == '\t' || cp == '\r' ||
	    cp == '\b' || cp == '\f')
		return 2;
	return cp < 0x20 ? 6 : cp < 0x80 ? 1 : cp > 0xffff ? 12 : 6;
}

static const char *
html_entity(unsigned long cp)
{
	return cp == '&' ? "&amp;" : cp == '<' ? "&lt;" : cp == '>' ? "&gt;" :
	    cp == '"' ? "&quot;" : cp == '\n' ? "<br>" : NULL;
}

/* Matrix: the JSON of body and of its HTML in formatted_body */
static size_t
matrix_cost(unsigned long cp)
{
	const char *e = html_entity(cp);

	return json_cost(cp) + (e ? strlen(e) : json_cost(cp));
}

static size_t
cost_of(const char *s, size_t n, cost_fn *cost)
{
	size_t c = 0;
	unsigned long cp;

	for (size_t at = 0; at < n; c += cost(cp))
		at = decode(s, n, at, &cp);
	return c;
}

/*
 * How many bytes of s (len bytes) make the next piece of at most budget,
 * as cost counts it: the whole if it fits, else cut after a blank line,
 * a line or a space in the second half of what fits, else between two
 * glyphs. Never inside a character, nor inside an escape (the text is
 * escaped after it is cut).
 */
static size_t
piece(const char *s, size_t len, size_t budget, cost_fn *cost)
{
	size_t at = 0, next, spent = 0, para = 0, line = 0, space = 0,
	    glyph = 0;
	unsigned long cp, prev = 0;

	for (; at < len; at = next, prev = cp) {
		next = decode(s, len, at, &cp);
		if (at > 0 && !one_glyph(prev, cp))
			glyph = at;
		if ((spent += cost(cp)) > budget)
			break;
		if (cp == '\n' && prev == '\n')
			para = next;
		if (cp == '\n')
			line = next;
		else if (cp == ' ')
			space = next;
	}
	if (at >= len)
		return len;
	if (para > at / 2)
		return para;
	if (line > at / 2)
		return line;
	if (space > at / 2)
		return space;
	/* a glyph longer than the budget is cut between characters */
	return glyph ? glyph : at ? at : next;
}

static char *
escape(const char *lead, const char *text, size_t n, int html)
{
	size_t at = strlen(lead), size = at + n * 6 + 1;
	char *out = malloc(size);

	if (!out)
		cli_die(EXIT_FAIL, "out of memory");
	memcpy(out, lead, at);
	for (size_t i = 0; i < n; i++) {
		const char *e = html ? html_entity((unsigned char)text[i]) :
		    text[i] == '&' ? "&amp;" : text[i] == '<' ? "&lt;" :
		    text[i] == '>' ? "&gt;" : NULL;
		if (e) {
			memcpy(out + at, e, strlen(e));
			at += strlen(e);
		} else {
			out[at++] = text[i];
		}
	}
	out[at] = '\0';
	return out;
}

static void
emit(json_t *o)
{
	char *s = o ? json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII) : NULL;

	if (!s)
		cli_die(EXIT_FAIL, "out of memory");
	printf("%s\n", s);
	free(s);
	json_decref(o);
}

static size_t
dumped_size(json_t *o)
{
	char *s = o ? json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII) : NULL;
	size_t n = s ? strlen(s) : 0;

	if (!s)
		cli_die(EXIT_FAIL, "out of memory");
	free(s);
	json_decref(o);
	return n;
}

/* " (2/3)" when a text takes several messages, else "" */
static void
counted(char *out, size_t size, size_t i, size_t n)
{
	if (n > 1)
		snprintf(out, size, " (%zu/%zu)", i + 1, n);
	else
		out[0] = '\0';
}

/*
 * Block Kit: the announcement as the notification's text, the whole
 * text in sections of at most 3,000 characters once escaped, as many
 * messages as it takes.
 */
static void
slack(const char *headline, const char *text, int mention)
{
	const char *lead = mention ? "<!channel> " : "";
	json_t *messages = json_array(), *blocks = NULL;
	size_t len = strlen(text), used = 0, count;
	char *fallback, part[48];

	for (size_t at = 0, n; messages && at < len; at += n) {
		const char *first = at ? "" : lead;
		char *section;
		if (!blocks || json_array_size(blocks) == SLACK_BLOCKS ||
		    SLACK_MESSAGE - used < SLACK_SECTION / 2) {
			json_array_append_new(messages, blocks = json_array());
			used = 0;
		}
		n = piece(text + at, len - at, (SLACK_SECTION <
		    SLACK_MESSAGE - used ? SLACK_SECTION : SLACK_MESSAGE -
		    used) - strlen(first), slack_cost);
		used += cost_of(text + at, n, slack_cost) + strlen(first);
		section = escape(first, text + at, n, 0);
		json_array_append_new(blocks, json_pack("{s:s, s:{s:s, s:s}}",
		    "type", "section", "text", "type", "mrkdwn", "text",
		    section));
		free(section);
	}
	count = json_array_size(messages);
	for (size_t i = 0; i < count; i++) {
		counted(part, sizeof part, i, count);
		fallback = escape(i ? "" : lead, headline, strlen(headline), 0);
		emit(json_pack("{s:s+, s:O}", "text", fallback, part,
		    "blocks", json_array_get(messages, i)));
		free(fallback);
	}
	json_decref(messages);
}

/*
 * Whether the @WORD at p (k bytes of WORD) is, to Mattermost's parser
 * (mention_parser_standard.go), a part of a longer name and no mention
 * of the channel: after a letter, a digit or an '@' ("ops@here"), or
 * before letters or digits with only '_' between ("@hereford",
 * "@all_ops"). Any other may be one: the parser strips '.', '-', '_' and
 * ':' from a word's ends and splits it at '.', '-' and ':' ("@here.",
 * "_@all_", "x.@all-hands"), and a word ends at what is no letter or
 * digit, many a character past ASCII among them ("@here's", "@here...").
 */
static int
longer_name(const char *text, const char *p, size_t k)
{
	unsigned char c = p > text ? (unsigned char)p[-1] : ' ';

	if (c < 0x80 && (isalnum(c) || c == '@'))
		return 1;
	for (p += 1 + k; *p == '_'; p++)
		;
	c = (unsigned char)*p;
	return c < 0x80 && (isalnum(c) || c == '@');
}

/*
 * The text with each of the service's channel-wide mentions in it
 * ("@here", "<!channel>") broken by a zero-width space after its '@' or
 * '<', so that it reads the same and notifies nobody: only -L's own
 * mention, put before the text, notifies the channel. Discord takes
 * "@here" wherever it is ("@hereford"); Mattermost as longer_name says.
 */
static char *
defused(const char *text, const char *const *words, int mattermost)
{
	size_t len = strlen(text), n = 0;
	char *out = malloc(len * 4 + 1);

	if (!out)
		cli_die(EXIT_FAIL, "out of memory");
	for (const char *p = text; *p; p++) {
		out[n++] = *p;
		if (*p != '@' && *p != '<')
			continue;
		for (size_t i = 0; words[i]; i++) {
			size_t k = strlen(words[i]);
			if ((*p == '<') != (words[i][0] == '!') ||
			    strncasecmp(p + 1, words[i], k))
				continue;
			/* "<!here>" as Mattermost takes Slack's: always */
			if (*p == '<' || !mattermost ||
			    !longer_name(text, p, k)) {
				memcpy(out + n, "\xe2\x80\x8b", 3); /* U+200B */
				n += 3;
				break;
			}
		}
	}
	out[n] = '\0';
	return out;
}

/* One message a line, each within the service's limit. */
static void
plain(const char *field, const char *lead, const char *text, size_t max,
    cost_fn *cost)
{
	size_t len = strlen(text);

	for (size_t at = 0, n; at < len; at += n) {
		const char *first = at ? "" : lead;
		n = piece(text + at, len - at, max - strlen(first), cost);
		emit(json_pack("{s:s+%}", field, first, text + at, n));
	}
}

/* Discord: mentions off, but for the first message with -L */
static void
discord(const char *text, int mention)
{
	size_t len = strlen(text);

	for (size_t at = 0, n; at < len; at += n) {
		const char *first = mention && !at ? "@here " : "";
		json_t *parse = json_array();
		n = piece(text + at, len - at, DISCORD_CONTENT - strlen(first),
		    utf16);
		if (*first)
			json_array_append_new(parse, json_string("everyone"));
		emit(json_pack("{s:s+%, s:{s:o}}", "content", first, text + at,
		    n, "allowed_mentions", "parse", parse));
	}
}

/* A message with a card: the headline in bold (unless NULL), the text */
static json_t *
teams_card(const char *headline, const char *part, const char *text,
    size_t n)
{
	json_t *body = json_array();

	if (headline)
		json_array_append_new(body, json_pack("{s:s, s:s+, s:s, s:b}",
		    "type", "TextBlock", "text", headline, part, "weight",
		    "Bolder", "wrap", 1));
	json_array_append_new(body, json_pack("{s:s, s:s%, s:b}", "type",
	    "TextBlock", "text", text, n, "wrap", 1));
	return json_pack("{s:s, s:[{s:s, s:n, s:{s:s, s:s, s:s, s:o}}]}",
	    "type", "message", "attachments", "contentType",
	    "application/vnd.microsoft.card.adaptive", "contentUrl",
	    "content", "$schema",
	    "http://adaptivecards.io/schemas/adaptive-card.json", "type",
	    "AdaptiveCard", "version", "1.4", "body", body);
}

/*
 * Teams: a card a message, each within the payload's size. A headline
 * too long to leave room for the text goes first in the text instead.
 * Each newline is doubled: Teams joins lines a single one separates.
 */
static void
teams(const char *headline, const char *text)
{
	size_t len, count = 0, at, n, budget;
	char part[48], *joined = NULL, *lines;

	budget = TEAMS_MESSAGE - dumped_size(teams_card(headline,
	    " (99999/99999)", "", 0));
	if (budget < TEAMS_MESSAGE / 2) {
		size_t size = strlen(headline) + strlen(text) + 3;
		if (!(joined = malloc(size)))
			cli_die(EXIT_FAIL, "out of memory");
		snprintf(joined, size, "%s\n\n%s", headline, text);
		text = joined;
		headline = NULL;
		budget = TEAMS_MESSAGE - dumped_size(teams_card(NULL, "", "",
		    0));
	}
	/* a TextBlock is Markdown: a line of its own needs a blank line */
	len = strlen(text);
	if (!(lines = malloc(len * 2 + 1)))
		cli_die(EXIT_FAIL, "out of memory");
	for (at = 0, n = 0; at < len; at++)
		if ((lines[n++] = text[at]) == '\n')
			lines[n++] = '\n';
	lines[n] = '\0';
	text = lines;
	len = n;
	for (at = 0; at < len; at += n, count++)
		n = piece(text + at, len - at, budget, json_cost);
	for (size_t i = 0; i < count; i++) {
		at = i ? at + n : 0;
		n = piece(text + at, len - at, budget, json_cost);
		counted(part, sizeof part, i, count);
		emit(teams_card(headline, part, text + at, n));
	}
	free(lines);
	free(joined);
}

/*
 * Matrix: an m.text event a message. Mentions are off, as for Discord,
 * but for the first message with -L.
 */
static void
matrix(const char *text, int mention)
{
	const char *lead = mention ? "@room " : "";
	size_t len = strlen(text), budget;

	budget = MATRIX_CONTENT - dumped_size(json_pack("{s:s, s:s, s:s, s:s, "
	    "s:{s:b}}", "msgtype", "m.text", "body", lead, "format",
	    "org.matrix.custom.html", "formatted_body", lead, "m.mentions",
	    "room", 1));
	for (size_t at = 0, n; at < len; at += n) {
		const char *first = at ? "" : lead;
		char *html;
		n = piece(text + at, len - at, budget, matrix_cost);
		html = escape(first, text + at, n, 1);
		/* m.mentions: the room is mentioned only with -L, in the
		 * first message; with it present, an "@room" in the text
		 * notifies nobody (the spec's intentional mentions) */
		emit(json_pack("{s:s, s:s+%, s:s, s:s, s:o}", "msgtype",
		    "m.text", "body", first, text + at, n, "format",
		    "org.matrix.custom.html", "formatted_body", html,
		    "m.mentions", *first ? json_pack("{s:b}", "room", 1) :
		    json_object()));
		free(html);
	}
}

/*
 * CAP: one alert, XML, made from the incident's log in the repository
 * dir names (-C), else the one a hook is given (INC_REPO), as it was up
 * to the event.
 */
static void
cap_alert(const char *dir, json_t *event, const char *headline,
    const char *text)
{
	const char *id = json_string_value(json_object_get(event, "incident")),
	    *event_id = json_string_value(json_object_get(event, "id"));
	inc_repo *repo;
	char *alert;

	if (!id || !event_id)
		cli_die(EXIT_USAGE, "standard input: not an event of an incident "
		    "(no id or incident)");
	if (inc_repo_open_reader(&repo, dir) < 0 ||
	    inc_cap_alert(&alert, repo, id, event_id, headline, text) < 0)
		cli_fail(INC_ERROR);
	fputs(alert, stdout);
	free(alert);
	inc_repo_free(repo);
}

/*
 * INC_TEXT_FILE's content, or NULL when it is not set: a file set but
 * not read (missing, a directory) is said, naming it.
 */
static char *
text_file(void)
{
	const char *path = getenv("INC_TEXT_FILE");
	char *text = NULL, *grown;
	size_t len = 0, cap = 0, n;
	FILE *f;

	if (!path || !*path)
		return NULL;
	if (!(f = fopen(path, "rb")))
		cli_die(EXIT_FAIL, "%s: %s", path, strerror(errno));
	do {
		if (len + 4096 + 1 > cap) {
			if (!(grown = realloc(text, cap = cap * 2 + 4097)))
				cli_die(EXIT_FAIL, "out of memory");
			text = grown;
		}
		len += (n = fread(text + len, 1, cap - len - 1, f));
	} while (n > 0);
	if (ferror(f))
		cli_die(EXIT_FAIL, "%s: %s", path, strerror(errno));
	fclose(f);
	text[len] = '\0';
	return text;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{"format", required_argument, NULL, 'F'},
		{"mention", no_argument, NULL, 'L'},
		{NULL, 0, NULL, 0}
	};
	static const char *const formats[] = {
		"slack", "mattermost", "teams", "discord", "matrix", "text", "cap",
		NULL
	};
	static const char *const mattermost_mentions[] = {
		"all", "channel", "here", "!all", "!channel", "!here",
		"!everyone", NULL
	};
	static const char *const discord_mentions[] = {"everyone", "here", NULL};
	const char *format = NULL, *headline, *text;
	char *safe = NULL, *shown = NULL, *shown_text = NULL;
	char *file;
	json_t *event, *utf8;
	json_error_t error;
	int opt, mention = 0, f = -1;
	struct cli c;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT "F:L", longopts,
	    NULL)) != -1)
		switch (opt) {
		case 'F': format = optarg; break;
		case 'L': mention = 1; break;
		default: cli_option(&c, opt, optarg); break;
		}
	if (optind < argc)
		cli_usage("no operands expected (the event comes from stdin)");
	if (!format)
		cli_usage("missing --format");
	for (int i = 0; formats[i]; i++)
		if (!strcasecmp(format, formats[i]))
			f = i;
	if (f < 0)
		cli_die(EXIT_USAGE, "%s: invalid format (use slack, mattermost, "
		    "teams, discord, matrix, text or cap)", format);
	/* as long as it is: a sitrep's event may be 192 KiB and more */
	if (!(event = json_loadf(stdin, 0, &error)) || !json_is_object(event) ||
	    !json_is_string(json_object_get(event, "type")))
		cli_die(EXIT_USAGE, "standard input: not an event (the JSON a "
		    "hook gets)");
	/* the announcement, and the whole text when there is more */
	headline = getenv("INC_ANNOUNCEMENT");
	file = text_file();
	text = file ? file : getenv("INC_TEXT");
	if (!headline || !*headline)
		headline = json_string_value(json_object_get(event, "message"));
	if (!headline || !*headline)
		headline = json_string_value(json_object_get(event, "type"));
	if (!text || !*text)
		text = headline;
	/* jansson checks UTF-8; what no service takes is refused whole */
	if (!(utf8 = json_string(headline)))
		cli_die(EXIT_FAIL, "INC_ANNOUNCEMENT: not UTF-8 text");
	json_decref(utf8);
	if (!(utf8 = json_string(text)))
		cli_die(EXIT_FAIL, "%s: not UTF-8 text",
		    file ? "INC_TEXT_FILE" : "INC_TEXT");
	json_decref(utf8);
	/* a chat shows no escape: what would hide or reorder text goes */
	if (f <= 4) {
		if (!(shown = inc_text_visible(headline)) ||
		    !(shown_text = inc_text_visible(text)))
			cli_die(EXIT_FAIL, "out of memory");
		headline = shown;
		text = *shown_text ? shown_text : headline;
	}
	/* the channel's own mention (-L) says what "@all:" says aloud */
	if (!strncmp(headline, "@all: ", 6) && headline[6])
		headline += 6;
	if (!strncmp(text, "@all: ", 6) && text[6])
		text += 6;
	switch (f) {
	case 0: slack(headline, text, mention); break;
	case 1: /* Mattermost takes Slack's <!channel> too */
		text = safe = defused(text, mattermost_mentions, 1);
		plain("text", mention ? "@channel " : "", text, MATTERMOST_POST,
		    rune);
		break;
	case 2: teams(headline, text); break;
	case 3:
		text = safe = defused(text, discord_mentions, 0);
		discord(text, mention);
		break;
	case 4: matrix(text, mention); break;
	case 6: cap_alert(c.dir, event, headline, text); break;
	default: /* to a terminal, or a pipe: escapes shown, not obeyed */
		if (!(safe = inc_text_safe(text, INC_LINES)))
			cli_die(EXIT_FAIL, "out of memory");
		printf("%s\n", safe);
		break;
	}
	free(safe);
	free(shown);
	free(shown_text);
	free(file);
	json_decref(event);
	return cli_exit(EXIT_OK);
}
