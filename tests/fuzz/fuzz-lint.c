/*
 * The status update rules and the text checks: inc_lint over any text,
 * with a few names not to blame and the same as internal names (more may
 * follow the text, after a NUL, one each), and inc_text_check and
 * inc_text_safe over the same text. Lint is the slow part, so it runs
 * once an input.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const fixed[] = {"Ana Lima", "AWS", "the database team"};

static void
lint(const char *text, const char *const *names, int resolved)
{
	struct inc_lint_args args = {.names = names, .internal = names,
	    .resolved = resolved};
	char *out = NULL;
	int rc = inc_lint(&out, text, &args, INC_FORMAT_TEXT), refused = 0;

	if (rc < 0) {
		must(rc == INC_EINVALID && !out);
		return;
	}
	must(out);
	/* one finding a line, a refusal or advice, each shown safe */
	for (const char *p = out; *p; p = strchr(p, '\n') + 1) {
		must(strchr(p, '\n'));
		if (!strncmp(p, "refused: ", 9))
			refused++;
		else
			must(!strncmp(p, "advice: ", 8));
	}
	must(refused == rc);
	must(!*out || out[strlen(out) - 1] == '\n');
	fuzz_terminal_safe(out, 1);
	free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size), *safe;
	const char *names[8];
	size_t n = 0, len = strlen(text);

	for (; n < 3; n++)
		names[n] = fixed[n];
	/* after the text: NUL-separated names */
	for (size_t at = len + 1; at < size && n < 7; n++) {
		names[n] = text + at;
		at += strlen(text + at) + 1;
	}
	names[n] = NULL;

	/* as for a resolved incident (the cause may be named) every other size */
	lint(text, names, (int)(size & 1));

	for (int multiline = 0; multiline < 2; multiline++) {
		if (inc_text_check("text", text, INC_TEXT_MAX,
		    multiline ? INC_LINES : INC_ONE_LINE) == 0) {
			must(inc__utf8_valid(text, len));
			for (size_t i = 0; i < len; i++)
				must((unsigned char)text[i] >= 0x20 ||
				    text[i] == '\t' || (text[i] == '\n' && multiline));
		}
		must((safe = inc_text_safe(text, !multiline)));
		fuzz_terminal_safe(safe, multiline);
		/* oneline: not even a tab, which shows as a space */
		must(multiline || !strchr(safe, '\t'));
		free(safe);
	}
	free(text);
	return 0;
}
