/*
 * inc-announce: what a hook received (the event on standard input, the
 * announcement and text in the environment), as the payload a chat
 * service's webhook takes, on standard output: a hook becomes
 * `inc-announce -f slack | curl ...`. The whole text, never cut: where a
 * service limits a message, it is split.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"

#define SLACK_SECTION 3000 /* characters in a section block's text */
#define SLACK_BLOCKS 50
#define DISCORD_CONTENT 2000

static const char usage_text[] =
    "inc-announce [-L] -F slack|mattermost|teams|discord|matrix|text "
    "< event\n";

/* The number of characters (code points) in s. */
static size_t
chars(const char *s)
{
	size_t c = 0;

	for (; *s; s++)
		c += ((unsigned char)*s & 0xc0) != 0x80;
	return c;
}

/*
 * How many bytes of s (len bytes) make the next piece of at most max
 * characters: cut after the last newline that fits, else the last space,
 * else at a character.
 */
static size_t
piece(const char *s, size_t len, size_t max)
{
	size_t end = 0, nl = 0, sp = 0, c = 0;

	while (end < len) {
		size_t k = end + 1;
		while (k < len && ((unsigned char)s[k] & 0xc0) == 0x80)
			k++;
		if (++c > max)
			break;
		if (s[end] == '\n')
			nl = k;
		else if (s[end] == ' ')
			sp = k;
		end = k;
	}
	if (end == len)
		return len;
	return nl ? nl : sp ? sp : end ? end : 1;
}

/* Slack's escaping: & < > as entities, nothing else; n bytes of text */
static char *
slack_escape(const char *lead, const char *text, size_t n)
{
	size_t at = strlen(lead);
	char *out = malloc(at + n * 5 + 1);

	if (!out)
		cli_die(EXIT_FAIL, "out of memory");
	memcpy(out, lead, at);
	for (size_t i = 0; i < n; i++) {
		const char *e = text[i] == '&' ? "&amp;" : text[i] == '<' ?
		    "&lt;" : text[i] == '>' ? "&gt;" : NULL;
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

/* HTML for Matrix's formatted_body: escaped, newlines as <br> */
static char *
html_escape(const char *text)
{
	size_t n = strlen(text), at = 0;
	char *out = malloc(n * 6 + 1);

	if (!out)
		cli_die(EXIT_FAIL, "out of memory");
	for (size_t i = 0; i < n; i++) {
		const char *e = text[i] == '&' ? "&amp;" : text[i] == '<' ?
		    "&lt;" : text[i] == '>' ? "&gt;" : text[i] == '"' ?
		    "&quot;" : text[i] == '\n' ? "<br>" : NULL;
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

static char *
concat(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	char *out = malloc(na + nb + 1);

	if (!out)
		cli_die(EXIT_FAIL, "out of memory");
	snprintf(out, na + nb + 1, "%s%s", a, b);
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

/*
 * Block Kit: the announcement as the notification's text, the whole
 * text in sections of at most 3,000 characters once escaped.
 */
static void
slack(const char *headline, const char *text, int mention)
{
	const char *lead = mention ? "<!channel> " : "";
	char *fallback = slack_escape(lead, headline, strlen(headline));
	json_t *blocks = json_array();
	size_t len = strlen(text);

	for (size_t at = 0, n; blocks && at < len; at += n) {
		size_t max = SLACK_SECTION - (at ? 0 : strlen(lead)), e;
		char *part;
		for (;;) {
			n = piece(text + at, len - at, max);
			part = slack_escape(at ? "" : lead, text + at, n);
			if ((e = chars(part)) <= SLACK_SECTION ||
			    max < 2)
				break;
			free(part);
			max -= e - SLACK_SECTION;
		}
		json_array_append_new(blocks, json_pack("{s:s, s:{s:s, s:s}}",
		    "type", "section", "text", "type", "mrkdwn", "text", part));
		free(part);
	}
	if (json_array_size(blocks) > SLACK_BLOCKS)
		cli_die(EXIT_FAIL, "the text needs more than %d blocks",
		    SLACK_BLOCKS);
	emit(json_pack("{s:s, s:o}", "text", fallback, "blocks", blocks));
	free(fallback);
}

static void
teams(const char *headline, const char *text)
{
	emit(json_pack("{s:s, s:[{s:s, s:n, s:{s:s, s:s, s:s, s:[{s:s, s:s, "
	    "s:s, s:b}, {s:s, s:s, s:b}]}}]}", "type", "message",
	    "attachments", "contentType",
	    "application/vnd.microsoft.card.adaptive", "contentUrl",
	    "content", "$schema",
	    "http://adaptivecards.io/schemas/adaptive-card.json", "type",
	    "AdaptiveCard", "version", "1.4", "body", "type", "TextBlock",
	    "text", headline, "weight", "Bolder", "wrap", 1, "type",
	    "TextBlock", "text", text, "wrap", 1));
}

/* One message a line, each within Discord's 2,000 characters. */
static void
discord(const char *text, int mention)
{
	char *all = concat(mention ? "@here " : "", text);
	size_t len = strlen(all);

	for (size_t at = 0, n; at < len; at += n) {
		json_t *parse = json_array();
		n = piece(all + at, len - at, DISCORD_CONTENT);
		if (mention && at == 0)
			json_array_append_new(parse, json_string("everyone"));
		emit(json_pack("{s:s%, s:{s:o}}", "content", all + at, n,
		    "allowed_mentions", "parse", parse));
	}
	free(all);
}

static void
matrix(const char *text, int mention)
{
	char *body = concat(mention ? "@room " : "", text);
	char *html = html_escape(body);

	emit(json_pack("{s:s, s:s, s:s, s:s}", "msgtype", "m.text", "body",
	    body, "format", "org.matrix.custom.html", "formatted_body", html));
	free(html);
	free(body);
}

/* INC_TEXT_FILE's content, or NULL */
static char *
text_file(void)
{
	const char *path = getenv("INC_TEXT_FILE");
	char *text = NULL, *grown;
	size_t len = 0, cap = 0, n;
	FILE *f;

	if (!path || !*path || !(f = fopen(path, "rb")))
		return NULL;
	do {
		if (len + 4096 + 1 > cap) {
			if (!(grown = realloc(text, cap = cap * 2 + 4097)))
				cli_die(EXIT_FAIL, "out of memory");
			text = grown;
		}
		len += (n = fread(text + len, 1, cap - len - 1, f));
	} while (n > 0);
	fclose(f);
	text[len] = '\0';
	return text;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{"format", required_argument, NULL, 'F'},
		{"mention", no_argument, NULL, 'L'},
		{NULL, 0, NULL, 0}
	};
	static const char *const formats[] = {
		"slack", "mattermost", "teams", "discord", "matrix", "text", NULL
	};
	const char *format = NULL, *headline, *text;
	char *input, *file;
	json_t *event;
	json_error_t error;
	int opt, mention = 0, f = -1;
	struct cli c;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, "hVF:L", longopts, NULL)) != -1)
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
		if (!strcmp(format, formats[i]))
			f = i;
	if (f < 0)
		cli_die(EXIT_USAGE, "invalid format (use slack, mattermost, teams, "
		    "discord, matrix or text)");
	input = cli_stdin("event");
	if (!(event = json_loads(input, 0, &error)) || !json_is_object(event) ||
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
	/* the channel's own mention (-L) says what "@all:" says aloud */
	if (!strncmp(headline, "@all: ", 6))
		headline += 6;
	if (!strncmp(text, "@all: ", 6))
		text += 6;
	switch (f) {
	case 0: slack(headline, text, mention); break;
	case 1: emit(json_pack("{s:s++}", "text", mention ? "@channel " : "",
	    text, "")); break;
	case 2: teams(headline, text); break;
	case 3: discord(text, mention); break;
	case 4: matrix(text, mention); break;
	default: cli_out(text); break;
	}
	free(file);
	free(input);
	json_decref(event);
	return cli_exit(EXIT_OK);
}
