/* inc-status: customer status updates; for now, checking one (--check). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
    "inc-status -c [-r] [-n name ...] < update\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{"check", no_argument, NULL, 'c'},
		{"name", required_argument, NULL, 'n'},
		{"resolved", no_argument, NULL, 'r'},
		{NULL, 0, NULL, 0}
	};
	struct cli c;
	const char **names;
	char *text, *findings;
	size_t count = 0;
	int opt, check = 0, resolved = 0, n;

	cli_init(&c, argv, usage_text);
	if (!(names = cli_hold(calloc((size_t)argc + 1, sizeof(*names)))))
		cli_die(EXIT_FAIL, "out of memory");
	while ((opt = getopt_long(argc, argv, CLI_COMMON_SHORT "crn:",
	    longopts, NULL)) != -1) {
		if (cli_option(&c, opt, optarg))
			continue; /* -C: --check needs no repository */
		if (opt == 'c')
			check = 1;
		else if (opt == 'r')
			resolved = 1;
		else if (opt == 'n' && inc_text_check("--name", optarg,
		    200, 0) < 0)
			cli_die(EXIT_USAGE, "%s", inc_error());
		else if (opt == 'n')
			names[count++] = optarg;
	}
	if (!check)
		cli_usage("only --check is available");
	if (optind < argc)
		cli_usage("no operands expected (the update comes from stdin)");
	text = cli_stdin("update");
	if ((n = inc_lint(&findings, text, names, resolved)) < 0)
		cli_fail(n);
	cli_out(findings);
	free(findings);
	free(text);
	free(names);
	return cli_exit(n ? EXIT_FAIL : EXIT_OK);
}
