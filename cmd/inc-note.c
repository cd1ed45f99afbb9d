/* inc-note: record an operations progress note. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
    "inc-note [-C dir] [-t time] [id] text ...\n"
    "       inc-note [-C dir] [-t time] [id] -   (the note from stdin)\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{"at", required_argument, NULL, 't'},
		{NULL, 0, NULL, 0}
	};
	struct cli c;
	inc_repo *repo;
	char *id, *text, *announcement;
	const char *name = NULL;
	int opt, first;

	cli_init(&c, argv, usage_text);
	while ((opt = getopt_long(argc, argv, CLI_COMMON_SHORT "t:", longopts,
	    NULL)) != -1)
		cli_option(&c, opt, optarg);
	first = optind;
	if (first >= argc)
		cli_usage("missing note text");
	/* with two or more operands the first names the incident */
	if (argc - first >= 2)
		name = argv[first++];
	if (argc - first == 1 && !strcmp(argv[first], "-"))
		text = cli_stdin("note");
	else
		text = cli_text(argv + first, argc - first);
	repo = cli_repo(&c);
	id = cli_incident(repo, name, " (the first of several words names the "
	    "incident: quote the note)");
	if (inc_note(&announcement, repo, id, text, &c.how) < 0)
		cli_fail(INC_ERROR);
	cli_say(stdout, NULL, announcement);
	cli_warnings();
	free(announcement);
	free(text);
	free(id);
	inc_repo_free(repo);
	return cli_exit(EXIT_OK);
}
