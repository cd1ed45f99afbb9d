/* inc-ls: list incidents, active ones unless --all. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"

static const char usage_text[] = "inc-ls [-C dir] [-a] [-j]\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{"json", no_argument, NULL, 'j'},
		{"all", no_argument, NULL, 'a'},
		{NULL, 0, NULL, 0}
	};
	struct cli c;
	inc_repo *repo;
	inc_incident **list;
	char *warnings, *row;
	size_t n;
	int opt, all = 0;

	cli_init(&c, argv, usage_text);
	while ((opt = getopt_long(argc, argv, CLI_COMMON_SHORT "ja", longopts,
	    NULL)) != -1)
		if (!cli_option(&c, opt, optarg) && opt == 'a')
			all = 1;
	if (optind < argc)
		cli_usage("no operands expected");
	repo = cli_repo(&c);
	if (inc_list(&list, &n, repo, all, &warnings) < 0)
		cli_fail(INC_ERROR);
	if (!c.json && n && isatty(STDOUT_FILENO))
		printf("%-44s %-13s %-16s %7s  %-7s %s\n", "ID", "STATE", "IC",
		    "AGE", "SITREP", "TITLE");
	for (size_t i = 0; i < n; i++) {
		if (inc_render_row(&row, list[i], repo, c.json ? INC_FORMAT_JSON :
		    INC_FORMAT_TEXT, c.now) < 0)
			cli_fail(INC_ERROR);
		cli_out(row);
		free(row);
	}
	if (warnings)
		cli_say_lines(warnings);
	cli_warnings();
	inc_list_free(list, n);
	inc_repo_free(repo);
	n = warnings != NULL;
	free(warnings);
	return cli_exit(n ? EXIT_FAIL : EXIT_OK);
}
