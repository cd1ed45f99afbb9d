/*
 * The post-mortem's Markdown as the status site shows it
 * (inc__html_markdown), and text from the log escaped for HTML
 * (inc__html_text), over any bytes: what comes out holds only the
 * elements and attributes the renderer writes, a link only to http:,
 * https: or mailto:, nothing else from the input as markup, and is
 * valid UTF-8 with no control but tab, newline and return.
 */
#include <strings.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const tags[] = {
	"p", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody",
	"tr", "th", "td", "a", "em", "strong", "code", "br", "pre", "hr"
};

static const char *const attributes[] = {
	" dir=\"auto\"", " style=\"text-align:left\"",
	" style=\"text-align:right\"", " style=\"text-align:center\"",
	" rel=\"nofollow\""
};

/* The attributes of a tag from p (after its name) to its '>'. */
static const char *
check_attributes(const char *p)
{
	while (*p != '>') {
		size_t i = 0, n = 0;
		for (; i < sizeof(attributes) / sizeof(*attributes); i++)
			if (!strncmp(p, attributes[i], n = strlen(attributes[i])))
				break;
		if (i < sizeof(attributes) / sizeof(*attributes)) {
			p += n;
			continue;
		}
		/* a numbered list's first number: digits only */
		if (!strncmp(p, " start=\"", 8)) {
			p += 8;
			must(*p >= '0' && *p <= '9');
			p += strspn(p, "0123456789");
			must(*p == '"');
			p++;
			continue;
		}
		/* a link's address: escaped, and of an allowed scheme */
		must(!strncmp(p, " href=\"", 7));
		p += 7;
		must(!strncasecmp(p, "http:", 5) ||
		    !strncasecmp(p, "https:", 6) ||
		    !strncasecmp(p, "mailto:", 7));
		p = strchr(p, '"');
		must(p);
		p++;
	}
	return p + 1;
}

/* Every '<' begins one of the renderer's tags; no '>' stands alone. */
static void
check_html(const char *out)
{
	for (const char *p = out; *p;) {
		size_t i = 0, n = 0;
		must(*p != '>');
		if (*p != '<') {
			p++;
			continue;
		}
		p += 1 + (p[1] == '/');
		for (; i < sizeof(tags) / sizeof(*tags); i++) {
			n = strlen(tags[i]);
			if (!strncmp(p, tags[i], n) && (p[n] == '>' || p[n] == ' '))
				break;
		}
		must(i < sizeof(tags) / sizeof(*tags));
		p = check_attributes(p + n);
	}
}

/* Valid UTF-8, no control but tab, newline and return. */
static void
check_text(const char *out)
{
	size_t len = strlen(out);

	for (size_t i = 0; i < len;) {
		unsigned long c;
		size_t n = inc__utf8_next(&c, out + i, len - i);
		must(n > 0);
		must(c >= 0x20 || c == '\t' || c == '\n' || c == '\r');
		must(c != 0x7f && (c < 0x80 || c > 0x9f));
		i += n;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	struct inc_buf b = {0};

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0'; /* a NUL ends the text, as in a log */
	inc__html_markdown(&b, text);
	must(inc__buf_error(&b) == 0);
	check_html(b.s ? b.s : "");
	check_text(b.s ? b.s : "");
	b.len = 0;
	inc__html_text(&b, text, 1);
	must(inc__buf_error(&b) == 0);
	check_html(b.s ? b.s : "");
	check_text(b.s ? b.s : "");
	inc__buf_free(&b);
	free(text);
	return 0;
}
