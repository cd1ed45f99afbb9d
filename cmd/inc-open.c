/* inc-open: declare an incident; the opener is its commander. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

static const char usage_text[] =
    "inc-open [-C dir] [-t time] [-S state] [-m summary] [-x] [-O time] "
    "[--detected time] [--key key] title ...\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{"at", required_argument, NULL, 't'},
		{"state", required_argument, NULL, 'S'},
		{"message", required_argument, NULL, 'm'},
		{"summary", required_argument, NULL, 'm'}, /* its name until 0.2 */
		{"drill", no_argument, NULL, 'x'},
		{"began", required_argument, NULL, 'O'},
		{"detected", required_argument, NULL, CLI_OPT_DETECTED},
		{"key", required_argument, NULL, CLI_OPT_KEY},
		{NULL, 0, NULL, 0}
	};
	struct inc_open_args args = {.state = INC_STATE_INVESTIGATING};
	struct cli c;
	inc_repo *repo;
	char *id, *announcement = NULL, *title;
	int opt, rc;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT "t:S:m:xO:",
	    longopts, NULL)) != -1) {
		if (cli_option(&c, opt, optarg))
			continue;
		if (opt == 'S' && inc_state_parse(&args.state, optarg) < 0)
			cli_die(EXIT_USAGE, "%s", inc_error());
		if (opt == 'S' && args.state == INC_STATE_RESOLVED)
			cli_die(EXIT_USAGE, "resolved: an incident cannot be "
			    "opened resolved");
		if (opt == 'm')
			args.summary = optarg;
		if (opt == 'x')
			args.drill = 1;
		if (opt == CLI_OPT_KEY && inc_text_check("--key", optarg,
		    200, INC_ONE_LINE) < 0)
			cli_die(EXIT_USAGE, "%s", inc_error());
		if (opt == CLI_OPT_KEY)
			args.key = optarg;
		if ((opt == 'O' && inc_time_parse(&args.impact_began, optarg,
		    c.now) < 0) || (opt == CLI_OPT_DETECTED && inc_time_parse(&args.detected,
		    optarg, c.now) < 0))
			cli_die(EXIT_USAGE, "%s", inc_error());
	}
	if (optind >= argc)
		cli_usage("missing title");
	title = cli_text(argv + optind, argc - optind);
	args.title = title;
	repo = cli_repo(&c);
	/* an alert's: the incident another clone opened with it is found */
	if (args.key)
		cli_fetch(repo);
	if ((rc = inc_open(&id, &announcement, repo, &args, &c.how)) < 0)
		cli_fail(INC_ERROR);
	printf("%s\n", id);
	if (rc == 1) { /* the alert's incident is open already: its id */
		char *safe = inc_text_safe(args.key, INC_ONE_LINE);
		fprintf(stderr, "%s: %s: open already as %s; nothing recorded\n",
		    prog, safe ? safe : "key", id);
		free(safe);
		free(id);
		free(title);
		inc_repo_free(repo);
		return cli_exit(EXIT_OK);
	}
	cli_say(stderr, NULL, announcement);
	if (inc_repo_is_default(repo))
		fprintf(stderr, "%s: recorded in the default repository %s\n", prog,
		    inc_repo_path(repo));
	cli_said(repo);
	free(id);
	free(announcement);
	free(title);
	inc_repo_free(repo);
	return cli_exit(EXIT_OK);
}
