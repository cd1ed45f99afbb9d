/*
 * HTML from text: text from the log escaped for HTML and XML alike, and
 * the Markdown of a post-mortem (inc-publish's pages and feeds).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/*
 * Text for HTML and XML alike: & < > " ' escaped, and what XML 1.0
 * forbids (controls other than tab, newline and return, U+FFFE, U+FFFF)
 * dropped, with DEL, bytes that are not UTF-8 and what would hide or
 * reorder text (C1 controls, direction overrides, embeddings, isolates
 * and marks, zero-width spaces: inc__hides_text() says why they are
 * dropped, not shown). With br, a newline becomes <br>. The len bytes
 * of text.
 */
void
inc__html_escape(struct inc_buf *b, const char *text, size_t len, int br)
{
	const unsigned char *s = (const unsigned char *)text, *end = s + len;

	while (s < end) {
		unsigned long c;
		size_t n = 0;
		/* a run of printable ASCII that needs no escape, at once */
		while (s + n < end && s[n] >= 0x20 && s[n] < 0x7f &&
		    s[n] != '&' && s[n] != '<' && s[n] != '>' && s[n] != '"' &&
		    s[n] != '\'')
			n++;
		if (n) {
			inc__buf_put(b, (const char *)s, n);
			s += n;
			continue;
		}
		n = inc__utf8_next(&c, (const char *)s,
		    end - s < 4 ? (size_t)(end - s) : 4);
		if (!n) {
			s++; /* not UTF-8: dropped */
			continue;
		}
		if (inc__breaks_line(c))
			inc__buf_put(b, br ? "<br>" : "\n", br ? 4 : 1);
		else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
		    c == 0x7f || inc__hides_text(c) || c == 0xfffe ||
		    c == 0xffff)
			; /* dropped */
		else if (c == '&')
			inc__buf_put(b, "&amp;", 5);
		else if (c == '<')
			inc__buf_put(b, "&lt;", 4);
		else if (c == '>')
			inc__buf_put(b, "&gt;", 4);
		else if (c == '"')
			inc__buf_put(b, "&quot;", 6);
		else if (c == '\'')
			inc__buf_put(b, "&#39;", 5);
		else if (c == '\n' && br)
			inc__buf_put(b, "<br>", 4);
		else
			inc__buf_put(b, (const char *)s, n);
		s += n;
	}
}

/* A string (NULL as ""), as inc__html_escape() makes it. */
void
inc__html_text(struct inc_buf *b, const char *text, int br)
{
	inc__html_escape(b, text ? text : "", text ? strlen(text) : 0, br);
}


/*
 * Markdown, as much of it as a post-mortem needs, as GitHub writes it:
 * # headings (one level under the page's), - * and 1. lists, pipe tables
 * (a header row, a row of --- cells, then rows until a line without |),
 * paragraphs split by blank lines; inside them [text](url) links to
 * http:, https: and mailto: only, *emphasis* or _emphasis_, **strong**,
 * `code` and \ before punctuation for the character itself. Anything else
 * shows as written, escaped: nothing in the text is ever HTML. Each
 * element that holds text is dir="auto", for a right-to-left script.
 */
#define MD_DEPTH 4      /* emphasis and links nested deeper show as text */
#define MD_COLUMNS 64   /* a table of more columns is text */
#define MD_URL_MAX 2048 /* a longer address is no link */

static int
md_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int
md_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

/* ASCII punctuation: what a backslash makes the character itself */
static int
md_punct(char c)
{
	return c && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != NULL;
}

static size_t
md_run(const char *p, size_t i, size_t n, char c)
{
	size_t k = 0;

	while (i + k < n && p[i + k] == c)
		k++;
	return k;
}

/* Where a run of exactly k backticks from i closes a code span, or n. */
static size_t
md_code_end(const char *p, size_t i, size_t n, size_t k)
{
	while (i < n) {
		size_t r = md_run(p, i, n, '`');
		if (r == k)
			return i;
		i += r ? r : 1;
	}
	return n;
}

/*
 * Where emphasis by a run of k c closes from i: a run of exactly k after
 * no space (_ before no letter or digit either), or n.
 */
static size_t
md_emphasis_end(const char *p, size_t i, size_t n, char c, size_t k)
{
	while (i < n) {
		size_t r;
		if (p[i] == '\\' && i + 1 < n) {
			i += 2;
			continue;
		}
		if (p[i] != c) {
			i++;
			continue;
		}
		r = md_run(p, i, n, c);
		if (r == k && !md_space(p[i - 1]) &&
		    (c != '_' || i + r >= n || !md_alnum(p[i + r])))
			return i;
		i += r;
	}
	return n;
}

/*
 * [text](url) from i: where its text ends (at ']') and its address (at
 * ')'). The text holds no bracket; the address no space, at most one
 * level of parentheses.
 */
static int
md_link(size_t *text_end, size_t *url_end, const char *p, size_t i,
    size_t n)
{
	size_t j = i + 1;
	int depth = 0;

	for (; j < n && p[j] != ']'; j++) {
		if (p[j] == '[')
			return 0;
		if (p[j] == '\\' && j + 1 < n)
			j++;
	}
	if (j == i + 1 || j + 2 >= n || p[j] != ']' || p[j + 1] != '(')
		return 0;
	*text_end = j;
	for (j += 2; j < n && j - *text_end <= MD_URL_MAX; j++) {
		if (md_space(p[j]) || p[j] == '<' || p[j] == '>')
			return 0;
		if (p[j] == '(' && ++depth > 1)
			return 0;
		if (p[j] == ')' && depth-- == 0) {
			*url_end = j;
			return j > *text_end + 2;
		}
	}
	return 0;
}

/* http:, https: and mailto: addresses only: no script, no data */
int
inc__html_url_allowed(const char *url, size_t n)
{
	static const char *const schemes[] = {"http:", "https:", "mailto:"};

	for (size_t i = 0; i < sizeof(schemes) / sizeof(*schemes); i++) {
		size_t k = strlen(schemes[i]);
		if (n > k && !strncasecmp(url, schemes[i], k))
			return 1;
	}
	return 0;
}

/* The inline markup of n bytes at p; links: a link may start here. */
static void
put_inline(struct inc_buf *b, const char *p, size_t n, int depth, int links)
{
	/* a delimiter with no closer here has none further on either */
	int unclosed[3] = {0, 0, 0}; /* *, **, _ */
	unsigned code_unclosed = 0;  /* a bit per run length of ` */
	size_t i = 0, text = 0;      /* text: what is yet to be put as is */

#define MD_FLUSH() (inc__html_escape(b, p + text, i - text, 0))
	while (i < n) {
		char c = p[i];
		size_t k, end, text_end, url_end;
		if (c == '\\' && i + 1 < n && md_punct(p[i + 1])) {
			MD_FLUSH();
			inc__html_escape(b, p + i + 1, 1, 0);
			text = i += 2;
		} else if (c == '`') {
			k = md_run(p, i, n, '`');
			if (k > 16 || (code_unclosed & 1u << k) ||
			    (end = md_code_end(p, i + k, n, k)) == n) {
				if (k <= 16)
					code_unclosed |= 1u << k;
				i += k;
				continue;
			}
			MD_FLUSH();
			text = end + k;
			i += k;
			/* one space at each end goes, unless all are spaces */
			if (end - i >= 2 && p[i] == ' ' && p[end - 1] == ' ' &&
			    end - i > strspn(p + i, " "))
				i++, end--;
			inc__buf_printf(b, "<code>");
			inc__html_escape(b, p + i, end - i, 0);
			inc__buf_printf(b, "</code>");
			i = text;
		} else if (c == '*' || c == '_') {
			int slot;
			k = md_run(p, i, n, c);
			slot = c == '_' ? 2 : k > 1; /* *: 0, **: 1 */
			if (k > 2 || (c == '_' && k > 1) || depth >= MD_DEPTH ||
			    unclosed[slot] || i + k >= n || md_space(p[i + k]) ||
			    (c == '_' && i && md_alnum(p[i - 1]))) {
				i += k;
				continue;
			}
			if ((end = md_emphasis_end(p, i + k + 1, n, c, k)) == n) {
				unclosed[slot] = 1;
				i += k;
				continue;
			}
			MD_FLUSH();
			inc__buf_printf(b, "<%s>", k == 2 ? "strong" : "em");
			put_inline(b, p + i + k, end - i - k, depth + 1, links);
			inc__buf_printf(b, "</%s>", k == 2 ? "strong" : "em");
			text = i = end + k;
		} else if (c == '!' && i + 1 < n && p[i + 1] == '[' && links &&
		    depth < MD_DEPTH && md_link(&text_end, &url_end, p, i + 1,
		    n)) {
			/* an image: a link to it, by its text; no picture from
			 * elsewhere on the page */
			MD_FLUSH();
			text = ++i;
		} else if (c == '[' && links && depth < MD_DEPTH &&
		    md_link(&text_end, &url_end, p, i, n)) {
			MD_FLUSH();
			if (inc__html_url_allowed(p + text_end + 2, url_end - text_end - 2)) {
				inc__buf_printf(b, "<a href=\"");
				inc__html_escape(b, p + text_end + 2, url_end - text_end - 2,
				    0);
				inc__buf_printf(b, "\" rel=\"nofollow\">");
				put_inline(b, p + i + 1, text_end - i - 1, depth + 1, 0);
				inc__buf_printf(b, "</a>");
			} else { /* javascript: and the like: as written */
				inc__html_escape(b, p + i, url_end + 1 - i, 0);
			}
			text = i = url_end + 1;
		} else {
			i++;
		}
	}
	MD_FLUSH();
#undef MD_FLUSH
}

/*
 * The cells of a table row, each trimmed, at most max (the rest is not
 * read); a | is a cell's edge unless after a backslash.
 */
static size_t
md_cells(const char *cell[][2], size_t max, const char *p, size_t n)
{
	const char *end = p + n, *start;
	size_t count = 0;

	while (p < end && md_space(*p))
		p++;
	while (end > p && md_space(end[-1]))
		end--;
	if (p < end && *p == '|')
		p++;
	if (end > p && end[-1] == '|' && !(end - 1 > p && end[-2] == '\\'))
		end--;
	for (const char *q = start = p; count < max; q++) {
		if (q < end && (*q != '|' || (q > p && q[-1] == '\\')))
			continue;
		const char *s = start, *e = q;
		while (s < e && md_space(*s))
			s++;
		while (e > s && md_space(e[-1]))
			e--;
		cell[count][0] = s, cell[count][1] = e;
		count++;
		if (q >= end)
			break;
		start = q + 1;
	}
	return count;
}

/*
 * A table's header at p (n bytes) and its row of --- cells at next:
 * how many columns, each's alignment ('l', 'r', 'c' or 0), or 0.
 */
static size_t
md_table(char align[MD_COLUMNS], const char *p, size_t n, const char *next)
{
	const char *cell[MD_COLUMNS + 1][2];
	size_t cols, m = strcspn(next, "\n");

	if (!memchr(p, '|', n) || !memchr(next, '|', m) ||
	    (cols = md_cells(cell, MD_COLUMNS + 1, p, n)) > MD_COLUMNS ||
	    md_cells(cell, MD_COLUMNS + 1, next, m) != cols)
		return 0;
	for (size_t i = 0; i < cols; i++) {
		const char *s = cell[i][0], *e = cell[i][1];
		int left = s < e && *s == ':', right = e > s && e[-1] == ':';
		s += left, e -= right && e > s;
		if (s >= e || strspn(s, "-") < (size_t)(e - s))
			return 0;
		align[i] = (char)(left && right ? 'c' : left ? 'l' : right ?
		    'r' : 0);
	}
	return cols;
}

static void
put_cells(struct inc_buf *b, const char *tag, const char *p, size_t n,
    size_t cols, const char align[MD_COLUMNS])
{
	static const char *const styles[] = {
		"", " style=\"text-align:left\"", " style=\"text-align:right\"",
		" style=\"text-align:center\""
	};
	const char *cell[MD_COLUMNS][2];
	size_t count = md_cells(cell, cols, p, n);

	inc__buf_printf(b, "<tr>");
	for (size_t i = 0; i < cols; i++) {
		inc__buf_printf(b, "<%s dir=\"auto\"%s>", tag, styles[align[i] ==
		    'l' ? 1 : align[i] == 'r' ? 2 : align[i] == 'c' ? 3 : 0]);
		if (i < count)
			put_inline(b, cell[i][0], (size_t)(cell[i][1] - cell[i][0]),
			    0, 1);
		inc__buf_printf(b, "</%s>", tag);
	}
	inc__buf_printf(b, "</tr>\n");
}

/* A table from its header at p; where the text goes on after it. */
static const char *
put_table(struct inc_buf *b, const char *p, size_t cols,
    const char align[MD_COLUMNS])
{
	size_t n = strcspn(p, "\n"), rows = 0;

	inc__buf_printf(b, "<table dir=\"auto\">\n<thead>\n");
	put_cells(b, "th", p, n, cols, align);
	inc__buf_printf(b, "</thead>\n");
	p += n + (p[n] == '\n');
	p += strcspn(p, "\n"); /* the row of --- */
	p += *p == '\n';
	for (; *p; p += n + (p[n] == '\n'), rows++) {
		n = strcspn(p, "\n");
		if (!memchr(p, '|', n))
			break;
		if (!rows)
			inc__buf_printf(b, "<tbody>\n");
		put_cells(b, "td", p, n, cols, align);
	}
	inc__buf_printf(b, "%s</table>\n", rows ? "</tbody>\n" : "");
	return p;
}

static void
put_paragraph(struct inc_buf *b, const char *p, const char *end)
{
	inc__buf_printf(b, "<p dir=\"auto\">");
	put_inline(b, p, (size_t)(end - p), 0, 1);
	inc__buf_printf(b, "</p>\n");
}

/*
 * A fenced code block at p (``` or ~~~, up to three spaces before, an
 * info string after, which is left out): its lines as written, to the
 * closing fence or the end, in <pre><code>. Where the text goes on.
 */
static const char *
put_fence(struct inc_buf *b, const char *p)
{
	size_t indent = strspn(p, " "), n;
	char fence = p[indent];
	size_t len = strspn(p + indent, fence == '`' ? "`" : "~");

	p += strcspn(p, "\n");
	p += *p == '\n';
	inc__buf_printf(b, "<pre dir=\"auto\"><code>");
	while (*p) {
		const char *line = p;
		n = strcspn(p, "\n");
		p += n + (p[n] == '\n');
		indent = strspn(line, " ");
		if (indent < 4 && line[indent] == fence &&
		    strspn(line + indent, fence == '`' ? "`" : "~") >= len &&
		    strspn(line + indent + len, "`~ \t\r") + indent + len >= n)
			break; /* the closing fence */
		inc__html_escape(b, line, n, 0);
		inc__buf_put(b, "\n", 1);
	}
	inc__buf_printf(b, "</code></pre>\n");
	return p;
}

/* A thematic break: three or more of one of - * _, spaces between */
static int
md_rule(const char *p, size_t n)
{
	size_t indent = strspn(p, " "), count = 0;

	if (indent >= 4 || !p[indent] || !strchr("-*_", p[indent]))
		return 0;
	for (size_t i = indent; i < n; i++)
		if (p[i] == p[indent])
			count++;
		else if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
			return 0;
	return count >= 3;
}

/* A line under a paragraph that makes it a heading: ===, or --- (1, 2) */
static int
md_setext(const char *p, size_t n)
{
	size_t indent = strspn(p, " "), k;

	if (indent >= 4 || (p[indent] != '=' && p[indent] != '-'))
		return 0;
	k = md_run(p, indent, n, p[indent]);
	return indent + k + strspn(p + indent + k, " \t\r") >= n ?
	    (p[indent] == '=' ? 1 : 2) : 0;
}

/* Does the line at p open a fenced code block? */
static int
md_fence(const char *p)
{
	size_t indent = strspn(p, " ");

	return indent < 4 && (!strncmp(p + indent, "```", 3) ||
	    !strncmp(p + indent, "~~~", 3)) && (p[indent] == '~' ||
	    !memchr(p + indent + 3, '`', strcspn(p + indent + 3, "\n")));
}

/*
 * A list item's marker at p (n bytes), after up to five spaces: "- ",
 * "* " ('u') or "1. " ('o'), with *lead set to where its text begins;
 * else 0.
 */
static int
md_item(const char *p, size_t n, size_t *lead)
{
	size_t i = strspn(p, " "), digits = strspn(p + i, "0123456789");

	if (i > 5)
		return 0;
	if (i + 1 < n && (p[i] == '-' || p[i] == '*') && p[i + 1] == ' ') {
		*lead = i + 2;
		return 'u';
	}
	if (digits && i + digits + 1 < n && p[i + digits] == '.' &&
	    p[i + digits + 1] == ' ') {
		*lead = i + digits + 2;
		return 'o';
	}
	return 0;
}

/*
 * Does the line at p (n bytes) go on the list item above, as a line of
 * its text wrapped ("- Add an alert on replication lag so that we\n
 * notice within minutes.")? Any line that is not blank and begins no
 * block of its own does (CommonMark's lazy continuation).
 */
static int
md_goes_on(const char *p, size_t n)
{
	size_t i = strspn(p, " "), level = strspn(p + i, "#"), lead;
	char align[MD_COLUMNS];

	if (strspn(p, " \t\r") >= n || md_rule(p, n) || md_fence(p) ||
	    md_item(p, n, &lead))
		return 0;
	if (level >= 1 && level <= 6 && i + level < n && p[i + level] == ' ')
		return 0;
	return !(p[n] == '\n' && md_table(align, p, n, p + n + 1));
}

/* Is the line at p an item nested in the one above (indented)? */
static int
md_nested(const char *p)
{
	size_t n = strcspn(p, "\n"), lead;

	return *p == ' ' && !md_rule(p, n) && md_item(p, n, &lead);
}

/*
 * A list item: its marker's text at p + lead with the lines wrapped
 * under it, in <li>; the list (of kind, 'u' or 'o') opened first unless
 * *open is already one of it. Left open (no </li>) when a nested item
 * follows, which 'nest' says may. Where the text goes on.
 */
static const char *
put_item(struct inc_buf *b, const char *p, size_t lead, int kind,
    int *open, int nest)
{
	size_t n = strcspn(p, "\n");
	const char *next = p + n + (p[n] == '\n');
	long start = strtol(p + strspn(p, " "), NULL, 10);

	if (*open && *open != kind)
		inc__buf_printf(b, "</%cl>\n", *open);
	/* a numbered list begun at its first item's number ("4.") */
	if (*open != kind && kind == 'o' && start != 1 &&
	    strspn(p + strspn(p, " "), "0123456789") < 10)
		inc__buf_printf(b, "<ol dir=\"auto\" start=\"%ld\">\n", start);
	else if (*open != kind)
		inc__buf_printf(b, "<%cl dir=\"auto\">\n", kind);
	*open = kind;
	while (*next && md_goes_on(next, strcspn(next, "\n"))) {
		n = (size_t)(next - p) + strcspn(next, "\n");
		next = p + n + (p[n] == '\n');
	}
	inc__buf_printf(b, "<li dir=\"auto\">");
	put_inline(b, p + lead, n - lead, 0, 1);
	if (nest && md_nested(next))
		inc__buf_printf(b, "\n");
	else
		inc__buf_printf(b, "</li>\n");
	return next;
}

/* A nested list closed, and the item it is in */
static void
close_nested(struct inc_buf *b, int *sub)
{
	if (*sub)
		inc__buf_printf(b, "</%cl>\n</li>\n", *sub);
	*sub = 0;
}

void
inc__html_markdown(struct inc_buf *b, const char *text)
{
	const char *p = text, *para = NULL, *para_end = NULL;
	int list = 0, sub = 0; /* 0, 'u' or 'o': the list, one nested in it */
	int prev = 0, lazy = 0; /* the line before's kind; para goes on one */

	while (*p) {
		size_t n = strcspn(p, "\n"), lead = 0, level = 0, cols = 0;
		const char *next = p + n + (p[n] == '\n');
		char align[MD_COLUMNS];
		int kind = 0, setext, item = 0;
		while (level < 6 && level < n && p[level] == '#')
			level++;
		/* not under a list item's line that goes on (CommonMark
		 * keeps it in the item, and --- is a rule) */
		if (para && !lazy && (setext = md_setext(p, n))) {
			/* the paragraph above is a heading */
			inc__buf_printf(b, "<h%d dir=\"auto\">", setext + 3);
			put_inline(b, para, (size_t)(para_end - para), 0, 1);
			inc__buf_printf(b, "</h%d>\n", setext + 3);
			para = NULL;
			p = next;
			continue;
		}
		if (level && level < n && p[level] == ' ')
			kind = 'h', lead = level + 1;
		else if (md_rule(p, n))
			kind = 'r';
		else if ((item = md_item(p, n, &lead)) && *p != ' ')
			kind = item;
		/* an indented item under one (put_item left it open), or
		 * under one nested: nested in it (one level) */
		else if (item && (sub || prev == 'u' || prev == 'o'))
			kind = 'n';
		else if (md_fence(p))
			kind = 'f';
		else if (strspn(p, " \t\r") >= n)
			kind = ' ';
		else if (*next && (cols = md_table(align, p, n, next)))
			kind = 't';
		if (para && kind) {
			put_paragraph(b, para, para_end);
			para = NULL;
		}
		if (kind != 'n' && kind != ' ')
			close_nested(b, &sub);
		if (list && kind != list && kind != ' ' && kind != 'n') {
			inc__buf_printf(b, "</%cl>\n", list);
			list = 0;
		}
		if (kind == 'h') {
			int h = (int)level + 3 > 6 ? 6 : (int)level + 3;
			inc__buf_printf(b, "<h%d dir=\"auto\">", h);
			put_inline(b, p + lead, n - lead, 0, 1);
			inc__buf_printf(b, "</h%d>\n", h);
		} else if (kind == 'r') {
			inc__buf_printf(b, "<hr>\n");
		} else if (kind == 'f') {
			next = put_fence(b, p);
		} else if (kind == 'u' || kind == 'o') {
			next = put_item(b, p, lead, kind, &list, 1);
		} else if (kind == 'n') {
			next = put_item(b, p, lead, item, &sub, 0);
		} else if (kind == 't') {
			next = put_table(b, p, cols, align);
		} else if (!kind) {
			if (!para)
				para = p, lazy = prev == 'u' || prev == 'o' ||
				    prev == 'n';
			para_end = p + n;
		}
		prev = kind;
		p = next;
	}
	if (para)
		put_paragraph(b, para, para_end);
	close_nested(b, &sub);
	if (list)
		inc__buf_printf(b, "</%cl>\n", list);
}
