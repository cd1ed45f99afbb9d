/* inc-log: an incident's events in log order. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

static const char usage_text[] = "inc-log [-C dir] [-j] [id]\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		CLI_INCIDENT_LONG,
		{"json", no_argument, NULL, 'j'},
		{NULL, 0, NULL, 0}
	};
	struct cli c;
	inc_repo *repo;
	inc_incident *incident;
	char *id, *out;
	int opt;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT
	    CLI_INCIDENT_SHORT "j", longopts, NULL)) != -1)
		cli_option(&c, opt, optarg);
	if (argc - optind > (c.incident ? 0 : 1))
		cli_usage("too many operands");
	repo = cli_repo_read(&c);
	cli_fresh(&c, repo, 0);
	id = cli_incident_recent(repo, c.incident ? c.incident : argv[optind],
	    NULL);
	if (inc_incident_load(&incident, repo, id, INC_LOAD_EVENTS) < 0 ||
	    inc_render_log(&out, incident, c.json ? INC_FORMAT_JSON :
	    INC_FORMAT_TEXT) < 0)
		cli_fail(INC_ERROR);
	cli_out(out);
	free(out);
	inc_incident_free(incident);
	free(id);
	inc_repo_free(repo);
	return cli_exit(EXIT_OK);
}
