/* inc-note: record an operations progress note, or one per line of input. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define LINE_MAX_BYTES (64 * 1024)

static const char usage_text[] =
    "inc-note [-C dir] [-t time] [id] text ...\n"
    "       inc-note [-C dir] [-t time] [id] -   (the note from stdin)\n"
    "       inc-note [-C dir] -s [id]            (a note per line of stdin)\n";

/*
 * One line of stdin into line (LINE_MAX_BYTES + 2 bytes), without its
 * newline and NUL-terminated; *n is its length, but at most
 * LINE_MAX_BYTES + 1: the rest of a longer line is read and dropped,
 * never held. Returns 0 at the end of the input.
 */
static int
read_line(char *line, size_t *n)
{
	int ch = EOF;

	*n = 0;
	while (*n <= LINE_MAX_BYTES && (ch = getc_unlocked(stdin)) != EOF &&
	    ch != '\n')
		line[(*n)++] = (char)ch;
	line[*n] = '\0';
	if (*n > LINE_MAX_BYTES)
		while ((ch = getc_unlocked(stdin)) != EOF && ch != '\n')
			;
	return *n > 0 || ch == '\n';
}

/*
 * Each line of stdin is a note of its own, recorded as it arrives, all
 * through one process: alerts piped in, a log tailed. A bad line is
 * reported with its number and skipped; the status then says so.
 */
static int
each_line(inc_repo *repo, const char *id, const struct inc_write *how)
{
	static char line[LINE_MAX_BYTES + 2];
	char *announcement, where[64], message[1200];
	size_t n, number = 0;
	int status = EXIT_OK;

	while (read_line(line, &n)) {
		number++;
		while (n && n <= LINE_MAX_BYTES && line[n - 1] == '\r')
			line[--n] = '\0';
		if (strspn(line, " \t") == n)
			continue; /* a blank line is no note */
		snprintf(where, sizeof(where), "stdin:%zu", number);
		if (n > LINE_MAX_BYTES) {
			fprintf(stderr, "%s: %s: note: too long (more than %d "
			    "bytes)\n", prog, where, LINE_MAX_BYTES);
			status = EXIT_FAIL;
		} else if (n != strlen(line)) {
			fprintf(stderr, "%s: %s: note: contains a NUL byte\n",
			    prog, where);
			status = EXIT_FAIL;
		} else if (inc_note(&announcement, repo, id, line, how) < 0) {
			snprintf(message, sizeof(message), "%s: %s", where,
			    inc_error());
			cli_say(stderr, prog, message);
			status = EXIT_FAIL;
		} else {
			cli_say(stdout, NULL, announcement);
			fflush(stdout);
			cli_warnings();
			free(announcement);
		}
	}
	if (ferror(stdin))
		cli_die(EXIT_FAIL, "stdin: read error");
	return status;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{"at", required_argument, NULL, 't'},
		{"stdin", no_argument, NULL, 's'},
		{NULL, 0, NULL, 0}
	};
	struct cli c;
	inc_repo *repo;
	char *id, *text = NULL, *announcement;
	const char *name = NULL;
	int opt, first, lines = 0, status = EXIT_OK;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT "t:s", longopts,
	    NULL)) != -1)
		if (!cli_option(&c, opt, optarg) && opt == 's')
			lines = 1;
	first = optind;
	if (lines) {
		if (argc - first > 1)
			cli_usage("--stdin takes the notes from stdin, not operands");
		if (c.how.at)
			cli_usage("--stdin records each note when it arrives: no --at");
		name = argv[first];
	} else {
		if (first >= argc)
			cli_usage("missing note text");
		/* with two or more operands the first names the incident */
		if (argc - first >= 2)
			name = argv[first++];
		if (argc - first == 1 && !strcmp(argv[first], "-"))
			text = cli_stdin("note");
		else
			text = cli_text(argv + first, argc - first);
	}
	repo = cli_repo(&c);
	id = cli_incident(repo, name, lines ? NULL : " (the first of several "
	    "words names the incident: quote the note)");
	if (lines) {
		status = each_line(repo, id, &c.how);
	} else {
		if (inc_note(&announcement, repo, id, text, &c.how) < 0)
			cli_fail(INC_ERROR);
		cli_say(stdout, NULL, announcement);
		cli_warnings();
		free(announcement);
	}
	free(text);
	free(id);
	inc_repo_free(repo);
	return cli_exit(status);
}
