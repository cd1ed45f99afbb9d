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
	size_t n;
	int opt, all = 0, status;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT "ja", longopts,
	    NULL)) != -1)
		if (!cli_option(&c, opt, optarg) && opt == 'a')
			all = 1;
	if (optind < argc)
		cli_usage("no operands expected");
	c.table = inc_render_table;
	repo = cli_repo_read(&c);
	cli_fresh(&c, repo, 1);
	status = cli_each(&c, repo, all ? INC_ALL : INC_ACTIVE, inc_render_row, !c.json &&
	    isatty(STDOUT_FILENO) ?
	    "ID\tSTATE\tIC\tAGE\tSITREP\tUPDATE\tTITLE\n" : NULL, &n);
	inc_repo_free(repo);
	return cli_exit(status);
}
