/* inc-sitrep: record and print a situation report, or list overdue ones. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char usage_text[] =
    "inc-sitrep [-C dir] [-t time] [-F format] [-j] [-b broken] "
    "[-i impact] [-d doing] [-e] [id]\n"
    "       inc-sitrep [-C dir] [-F format] [-j] -l [id]\n"
    "       inc-sitrep [-C dir] [-t time] [-f] -E interval|team [id]\n"
    "       inc-sitrep [-C dir] [-j] --due\n"
    "format: text, markdown or json\n";

/*
 * The template filled in, then edited. Saved unchanged, and with no field
 * given as an option, it is a responder backing out: nothing is recorded.
 */
static char *
edit_template(inc_repo *repo, inc_incident *incident,
    const struct inc_sitrep_args *prev, int from_options)
{
	char *s, *edited;
	size_t n;

	if (inc_sitrep_template(&s, inc_incident_id(incident), prev) < 0)
		cli_fail(INC_ERROR);
	edited = cli_edit(repo, s, 0);
	if ((n = strlen(s)) && s[n - 1] == '\n')
		s[n - 1] = '\0'; /* as cli_edit drops the final newline */
	if (!from_options && !strcmp(edited, s))
		cli_die(EXIT_FAIL, "sitrep: the template was saved unchanged: "
		    "nothing recorded");
	free(s);
	return edited;
}

/* -E, --every: this incident's sitreps every so often, an event. */
static int
cadence(struct cli *c, const char *name, int64_t every)
{
	inc_repo *repo = cli_repo(c);
	char *id = cli_incident(repo, name, NULL), *announcement;

	cli_not_stale(repo, name, id);

	if (inc_cadence(&announcement, repo, id, every, INC_CADENCE_KEEP,
	    &c->how) < 0)
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
		{"json", no_argument, NULL, 'j'},
		{"at", required_argument, NULL, 't'},
		{"format", required_argument, NULL, 'F'},
		{"broken", required_argument, NULL, 'b'},
		{"impact", required_argument, NULL, 'i'},
		{"doing", required_argument, NULL, 'd'},
		{"edit", no_argument, NULL, 'e'},
		{"last", no_argument, NULL, 'l'},
		{"due", no_argument, NULL, 'D'},
		{"every", required_argument, NULL, 'E'},
		{"force", no_argument, NULL, 'f'},
		{NULL, 0, NULL, 0}
	};
	struct inc_sitrep_args args = {0};
	enum inc_format format = INC_FORMAT_TEXT;
	struct cli c;
	inc_repo *repo;
	inc_incident *incident = NULL;
	char *id, *out = NULL, *text = NULL, *announcement = NULL;
	int opt, edit = 0, last = 0, list_due = 0;
	int64_t every = INC_CADENCE_KEEP;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT
	    CLI_INCIDENT_SHORT "jt:F:b:i:d:elDE:f", longopts, NULL)) != -1) {
		if (cli_option(&c, opt, optarg))
			continue;
		/* a script's variable left unset: a usage error, as in inc-status */
		if ((opt == 'b' || opt == 'i' || opt == 'd') && !*optarg)
			cli_die(EXIT_USAGE, "--%s: empty", opt == 'b' ? "broken" :
			    opt == 'i' ? "impact" : "doing");
		switch (opt) {
		case 'F': format = cli_format(optarg); break;
		case 'b': args.broken = optarg; break;
		case 'i': args.impact = optarg; break;
		case 'd': args.doing = optarg; break;
		case 'e': edit = 1; break;
		case 'l': last = 1; break;
		case 'D': list_due = 1; break;
		case 'E': every = cli_interval(optarg); break;
		}
	}
	if (c.json)
		format = INC_FORMAT_JSON;
	c.json = format == INC_FORMAT_JSON; /* --due knows only text and json */
	if (argc - optind > (c.incident ? 0 : 1))
		cli_usage("too many operands");
	if ((list_due || last) && (args.broken || args.impact || args.doing ||
	    edit || c.how.at))
		cli_usage("--due and --last record nothing: no fields, --edit or --at");
	if (list_due && last)
		cli_usage("--due and --last cannot be combined");
	if (list_due && (optind < argc || c.incident))
		cli_usage("--due takes no incident");
	if (every != INC_CADENCE_KEEP && (args.broken || args.impact ||
	    args.doing || edit || last || list_due))
		cli_usage("--every records the cadence alone: no fields, --edit, "
		    "--last or --due");
	if (c.how.force && every == INC_CADENCE_KEEP)
		cli_usage("--force goes with --every");
	if (list_due)
		return cli_due(&c, INC_ACTIVE, inc_render_sitrep_due);
	if (every != INC_CADENCE_KEEP)
		return cli_exit(cadence(&c, argv[optind], every));
	repo = last ? cli_repo_read(&c) : cli_repo(&c);
	/* a sitrep sent is made from the picture, as one shown is: from a
	 * copy fetched first, said when it is not fresh */
	if (last)
		cli_fresh(&c, repo, 1);
	else
		cli_fresh_write(&c, repo);
	id = cli_incident_recent(repo, c.incident ? c.incident : argv[optind],
	    NULL);
	if (!last)
		cli_not_stale(repo, c.incident ? c.incident : argv[optind], id);
	if (inc_incident_load(&incident, repo, id, INC_LOAD_PICTURE) < 0)
		cli_fail(INC_ERROR);
	cli_hold(incident);
	if (last) {
		if (inc_render_sitrep(&out, incident, format) < 0)
			cli_fail(INC_ERROR);
	} else {
		int from_options = args.broken || args.impact || args.doing;
		inc_sitrep_carry(&args, incident);
		/* what was typed or piped is kept if it is not recorded */
		if (edit || (!from_options && isatty(STDIN_FILENO))) {
			text = edit_template(repo, incident, &args,
			    from_options);
			cli_keep_at_exit("sitrep", text);
		} else if (!from_options) {
			text = cli_stdin_kept("sitrep", "sitrep");
		}
		if (text && inc_sitrep_parse(&args, text) < 0)
			cli_fail(INC_ERROR);
		if (inc_sitrep(&announcement, &out, repo, id, &args, format,
		    &c.how) < 0)
			cli_fail(INC_ERROR);
		cli_keep_at_exit(NULL, NULL);
		cli_say(stderr, NULL, announcement);
	}
	cli_out(out);
	cli_said(repo);
	free(out);
	free(text);
	free(announcement);
	inc_incident_free(incident);
	free(id);
	inc_repo_free(repo);
	return cli_exit(EXIT_OK);
}
