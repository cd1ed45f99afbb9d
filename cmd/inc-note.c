/* inc-note: record an operations progress note, or one per line of input. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define LINE_MAX_BYTES (64 * 1024)
#define BATCH_MIN 32  /* lines waiting, for them to be recorded as a batch */
#define BATCH_MAX 256 /* a batch at most: other writers wait for its end */

static const char usage_text[] =
    "inc-note [-C dir] [-t time] [id] text ...\n"
    "       inc-note [-C dir] [-t time] [id] -   (the note from stdin)\n"
    "       inc-note [-C dir] -I [id]            (a note per line of stdin)\n"
    "       inc-note [-C dir] [-t time] [-G group] [-K] [id] text ...\n"
    "       inc-note [-C dir] [-t time] [-G group] --need [id] need ...\n"
    "       inc-note [-C dir] [-t time] [-G group] --can [-X actions] "
    "[-Q needs] [id] condition ...\n"
    "       inc-note [-C dir] [-t time] -Y number [id]\n"
    "       inc-note [-C dir] [-t time] --metric name [id] value\n"
    "(--incident id names the incident in any of them)\n";

/* stdin, read in blocks of our own, so that what is waiting is known */
static struct {
	char buf[256 * 1024];
	size_t start, end;
	int eof;
} in;

/* More of stdin into the buffer; without wait, only what is there now. */
static void
fill(int wait)
{
	struct pollfd p = {0, POLLIN, 0};
	ssize_t r;

	if (in.eof)
		return;
	if (in.end == sizeof(in.buf) && in.start > 0) {
		memmove(in.buf, in.buf + in.start, in.end - in.start);
		in.end -= in.start;
		in.start = 0;
	}
	if (in.end == sizeof(in.buf) || (!wait && poll(&p, 1, 0) != 1))
		return;
	while ((r = read(0, in.buf + in.end, sizeof(in.buf) - in.end)) < 0 &&
	    errno == EINTR)
		;
	if (r < 0)
		cli_die(EXIT_FAIL, "stdin: %s", strerror(errno));
	if (r == 0)
		in.eof = 1;
	in.end += (size_t)r;
}

/*
 * One line of stdin into line (LINE_MAX_BYTES + 2 bytes), without its
 * newline and NUL-terminated; *n is its length, but at most
 * LINE_MAX_BYTES + 1: the rest of a longer line is read and dropped,
 * never held. Returns 0 at the end of the input.
 */
static int
read_line(char *line, size_t *n)
{
	*n = 0;
	for (;;) {
		char *p = in.buf + in.start;
		char *nl = memchr(p, '\n', in.end - in.start);
		size_t have = nl ? (size_t)(nl - p) : in.end - in.start;
		size_t take = LINE_MAX_BYTES + 1 - *n;

		memcpy(line + *n, p, have < take ? have : take);
		*n += have < take ? have : take;
		in.start += have + (nl != NULL);
		line[*n] = '\0';
		if (nl)
			return 1;
		if (in.eof)
			return *n > 0;
		fill(1);
	}
}

/* How many whole lines can be read without waiting, up to max. */
static size_t
waiting(size_t max)
{
	const char *p, *end;
	size_t n = 0;

	fill(0);
	p = in.buf + in.start;
	end = in.buf + in.end;
	while (n < max && (p = memchr(p, '\n', (size_t)(end - p))))
		n++, p++;
	return n;
}

/* A line checked and recorded, or told why not on stderr (EXIT_FAIL). */
static int
record(inc_repo *repo, const char *id, const struct inc_write *how,
    const char *line, size_t n, size_t number, char **announcement)
{
	char where[64], message[1200];

	snprintf(where, sizeof(where), "stdin:%zu", number);
	if (n > LINE_MAX_BYTES) {
		fprintf(stderr, "%s: %s: note: too long (more than %d bytes)\n",
		    prog, where, LINE_MAX_BYTES);
		return EXIT_FAIL;
	}
	if (n != strlen(line)) {
		fprintf(stderr, "%s: %s: note: contains a NUL byte\n", prog, where);
		return EXIT_FAIL;
	}
	if (inc_note(announcement, repo, id, line, how) < 0) {
		snprintf(message, sizeof(message), "%s: %s", where, inc_error());
		cli_say(stderr, prog, message);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

static void
announce(char *announcement)
{
	cli_say(stdout, NULL, announcement);
	cli_flush();
	free(announcement);
}

/* a note of a batch: its line number, text and announcement */
struct batched {
	size_t number;
	char *text, *announcement;
};

/*
 * The end of a batch: its notes announced once all are recorded; or, if
 * the batch could not be recorded, each note recorded again on its own.
 */
static int
batch_end(inc_repo *repo, const char *id, const struct inc_write *how,
    struct batched *b, size_t k)
{
	char message[1200], *announcement;
	int status = EXIT_OK;

	if (inc_batch_end(repo, INC_BATCH_RECORD) == 0) {
		for (size_t i = 0; i < k; i++)
			announce(b[i].announcement);
		cli_said(repo);
	} else if (k) {
		snprintf(message, sizeof(message), "warning: stdin:%zu-%zu: %s "
		    "(recording each note on its own)", b[0].number,
		    b[k - 1].number, inc_error());
		cli_say(stderr, prog, message);
		for (size_t i = 0; i < k; i++) {
			free(b[i].announcement);
			if (record(repo, id, how, b[i].text, strlen(b[i].text),
			    b[i].number, &announcement) != EXIT_OK)
				status = EXIT_FAIL;
			else
				announce(announcement), cli_said(repo);
		}
	}
	for (size_t i = 0; i < k; i++)
		free(b[i].text);
	return status;
}

/*
 * Each line of stdin is a note of its own, recorded as it arrives, all
 * through one process: alerts piped in, a log tailed. A bad line is
 * reported with its number and skipped; the status then says so. When
 * BATCH_MIN or more lines are waiting, up to BATCH_MAX are recorded as a
 * batch (see inc_batch_begin): still a commit each, made durable together.
 */
static int
each_line(inc_repo *repo, const char *id, const struct inc_write *how)
{
	static char line[LINE_MAX_BYTES + 2];
	static struct batched batch[BATCH_MAX];
	char *announcement;
	size_t n, number = 0, k = 0;
	int status = EXIT_OK, batching = 0;

	while (read_line(line, &n)) {
		number++;
		while (n && n <= LINE_MAX_BYTES && line[n - 1] == '\r')
			line[--n] = '\0';
		if (strspn(line, " \t") == n)
			continue; /* a blank line is no note */
		if (!batching && waiting(BATCH_MIN) + 1 >= BATCH_MIN)
			batching = inc_batch_begin(repo) == 0;
		if (record(repo, id, how, line, n, number, &announcement) != EXIT_OK)
			status = EXIT_FAIL;
		else if (!batching)
			announce(announcement), cli_said(repo);
		else if (!(batch[k].text = strdup(line)))
			cli_die(EXIT_FAIL, "out of memory");
		else {
			batch[k].number = number;
			batch[k++].announcement = announcement;
		}
		if (batching && (k == BATCH_MAX || !waiting(1))) {
			if (batch_end(repo, id, how, batch, k) != EXIT_OK)
				status = EXIT_FAIL;
			k = 0;
			batching = 0;
		}
	}
	if (batching && batch_end(repo, id, how, batch, k) != EXIT_OK)
		status = EXIT_FAIL;
	return status;
}

/* -Y, --met N: need N is met */
static int
need_met(struct cli *c, const char *number, int operands, char **operand)
{
	inc_repo *repo;
	char *id, *end, *announcement;
	long n;

	errno = 0;
	n = strtol(number, &end, 10);
	if (*end || end == number || n < 1 || errno == ERANGE)
		cli_die(EXIT_USAGE, "%s: not a need number", number);
	if (operands > (c->incident ? 0 : 1))
		cli_usage("--met takes no text");
	repo = cli_repo(c);
	id = cli_incident_recent(repo, c->incident ? c->incident : operands ?
	    operand[0] : NULL, NULL);
	cli_not_stale(repo, c->incident ? c->incident : operands ? operand[0] :
	    NULL, id);
	if (inc_need_met(&announcement, repo, id, n, &c->how) < 0)
		cli_fail(INC_ERROR);
	cli_say(stdout, NULL, announcement);
	cli_said(repo);
	free(announcement);
	free(id);
	inc_repo_free(repo);
	return EXIT_OK;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		CLI_INCIDENT_LONG,
		{"at", required_argument, NULL, 't'},
		{"stdin", no_argument, NULL, 'I'},
		{"group", required_argument, NULL, 'G'},
		{"backfill", no_argument, NULL, 'K'},
		{"need", no_argument, NULL, CLI_OPT_NEED},
		{"met", required_argument, NULL, 'Y'},
		{"can", no_argument, NULL, CLI_OPT_CAN},
		{"actions", required_argument, NULL, 'X'},
		{"needs", required_argument, NULL, 'Q'},
		{"metric", required_argument, NULL, CLI_OPT_METRIC},
		{NULL, 0, NULL, 0}
	};
	struct cli c;
	inc_repo *repo;
	char *id, *text = NULL, *announcement;
	const char *name = NULL, *met = NULL;
	struct inc_report_args report = {0};
	char group[INC_ROLE_MAX + 1];
	enum inc_report kind = INC_REPORT_NOTE;
	int opt, first, lines = 0, kinds = 0, words = 0, status = EXIT_OK;
	const char *before_dashes = NULL;

	cli_init(&c, argv, usage_text);
	cli_text_operands("a note");
	/* the word just before "--" (ID -- -5% ...), as typed: getopt moves
	 * the operands, not the strings */
	for (int i = 2; i < argc && !before_dashes; i++)
		if (!strcmp(argv[i], "--"))
			before_dashes = argv[i - 1];
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT
	    CLI_INCIDENT_SHORT "t:IG:KY:X:Q:", longopts, NULL)) != -1) {
		if (cli_option(&c, opt, optarg))
			continue;
		switch (opt) {
		case 'I': lines = 1; break;
		case 'G': report.group = optarg; break;
		case 'K': report.backfill = 1; break;
		case CLI_OPT_NEED: kind = INC_REPORT_NEED, kinds++; break;
		case CLI_OPT_CAN: kind = INC_REPORT_CAN, kinds++; break;
		case CLI_OPT_METRIC:
			kind = INC_REPORT_READING, kinds++;
			report.metric = optarg;
			break;
		case 'X': report.actions = optarg; break;
		case 'Q': report.needs = optarg; break;
		case 'Y': met = optarg, kinds++; break;
		}
	}
	if (kinds > 1)
		cli_usage("--need, --can, --met and --metric are separate events");
	if (kind == INC_REPORT_READING && (report.group || report.backfill))
		cli_usage("a reading is a measurement: no --group or --backfill");
	if (report.group && inc_group_parse(group, report.group) < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
	if ((report.actions || report.needs) && kind != INC_REPORT_CAN)
		cli_usage("--actions and --needs go with --can");
	if (lines && (kinds || report.group || report.backfill))
		cli_usage("--stdin records plain notes");
	if (report.backfill && !c.how.at)
		cli_usage("--backfill needs --at: when it happened");
	if (met)
		return cli_exit(need_met(&c, met, argc - optind, argv + optind));
	first = optind;
	if (lines) {
		if (argc - first > 1)
			cli_usage("--stdin takes the notes from stdin, not operands");
		if (c.how.at)
			cli_usage("--stdin records each note when it arrives: no --at");
		if (c.incident && argc - first)
			cli_usage("--stdin takes the notes from stdin, not operands");
		name = c.incident ? c.incident : argv[first];
	} else {
		if (first >= argc)
			cli_usage(kind == INC_REPORT_READING ? "missing the reading" :
			    "missing note text");
		/* with two or more operands the first names the incident */
		if (c.incident)
			name = c.incident;
		else if (argc - first >= 2)
			name = argv[first++], words = argc - first;
		if (argc - first == 1 && kind != INC_REPORT_READING)
			cli_not_an_id(argv[first], "a note", "the note");
		if (argc - first == 1 && !strcmp(argv[first], "-"))
			text = cli_stdin("note");
		else
			text = cli_text(argv + first, argc - first);
	}
	repo = cli_repo(&c);
	id = cli_incident_recent(repo, name, lines ? NULL : " (the first of "
	    "several "
	    "words names the incident: quote the note)");
	cli_not_stale(repo, name, id);
	/*
	 * "inc-note errors are gone" on api-errors-...: said, not swallowed;
	 * not when the word was set apart with -- (inc-note ID -- -5% ...)
	 */
	if (words >= 2 && strcmp(name, id) && name != before_dashes)
		fprintf(stderr, "%s: %s: taken for the incident %s, not as the "
		    "note's first word (quote a note of several words)\n", prog,
		    name, id);
	if (lines) {
		status = each_line(repo, id, &c.how);
	} else {
		report.text = text;
		if (inc_report(&announcement, repo, id, kind, &report,
		    &c.how) < 0)
			cli_fail(INC_ERROR);
		cli_say(stdout, NULL, announcement);
		cli_said(repo);
		free(announcement);
	}
	free(text);
	free(id);
	inc_repo_free(repo);
	return cli_exit(status);
}
