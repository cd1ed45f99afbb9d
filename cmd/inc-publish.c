/* inc-publish: write the customer status site into a directory. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

static const char usage_text[] = "inc-publish [-C dir] [-fq] directory\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{"force", no_argument, NULL, 'f'},
		{"quiet", no_argument, NULL, 'q'},
		{NULL, 0, NULL, 0}
	};
	struct inc_publish_stats stats;
	struct cli c;
	inc_repo *repo;
	char *warnings;
	const char *dir, *trace;
	int opt, status, quiet = 0;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT "fq", longopts,
	    NULL)) != -1)
		if (!cli_option(&c, opt, optarg) && opt == 'q')
			quiet = c.quiet = 1;
	if (optind >= argc)
		cli_usage("missing directory");
	if (argc - optind > 1)
		cli_usage("too many operands");
	dir = argv[optind];
	if (!*dir) /* a variable left empty in a crontab */
		cli_usage("directory: empty");
	repo = cli_repo(&c);
	cli_fresh(&c, repo, 0); /* what the other clones recorded too */
	if (inc_publish(&stats, repo, dir, c.how.force, &warnings) < 0)
		cli_fail(INC_ERROR);
	if (warnings)
		cli_say_lines(warnings);
	/* which way the run went, for tests and benchmarks (inc-publish(1)) */
	if ((trace = getenv("INC_PUBLISH_TRACE")) && *trace)
		fprintf(stderr, "%s: %s%s\n", prog, stats.fast ?
		    "read only what changed" : "read every incident: ",
		    stats.fast ? "" : stats.full_why ? stats.full_why : "-");
	cli_warnings();
	if (!quiet) {
		char *safe = inc_text_safe(dir, INC_ONE_LINE); /* one line */
		fprintf(stderr, "%s: published %zu incident%s, %zu update%s to "
		    "%s\n", prog, stats.incidents, stats.incidents == 1 ? "" :
		    "s", stats.updates, stats.updates == 1 ? "" : "s", safe ?
		    safe : "?");
		free(safe);
	}
	status = warnings ? EXIT_FAIL : EXIT_OK;
	free(warnings);
	inc_repo_free(repo);
	return cli_exit(status);
}
