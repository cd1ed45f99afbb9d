/*
 * inc-check: the IC's event loop answered from the record, for one
 * incident or every active one; or one short line for a shell prompt.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

static const char usage_text[] =
    "inc-check [-C dir] [-j] [--incident id | id]\n"
    "       inc-check [-C dir] -1 [--incident id | id]\n"
    "without an id: the incident $INC_ID names, else every active one\n";

/* The six questions for one incident; 1 when any needs action. */
static int
check(struct cli *c, inc_repo *repo, const inc_incident *incident)
{
	char *out;
	int action;

	if (inc_check(&out, &action, incident, repo, c->json ?
	    INC_FORMAT_JSON : INC_FORMAT_TEXT, c->now) < 0)
		cli_fail(INC_ERROR);
	cli_out(out);
	free(out);
	return action;
}

/*
 * -1: the line over the incident named, or every active one, with the
 * full check's answers (from each one's picture, not its events: see
 * lib/checkfold.c); 1 when any needs action.
 * What was wrong with an incident listed is left in *warnings.
 */
static int
prompt_line(struct cli *c, inc_repo *repo, const char *id, char **warnings)
{
	inc_incident **list = NULL, *one = NULL;
	char *out;
	size_t n = 1;
	int action;

	if (id && inc_incident_load(&one, repo, id, INC_LOAD_PICTURE) < 0)
		cli_fail(INC_ERROR);
	/* the pictures the list read are what the check asks of */
	if (!id && inc_list(&list, &n, repo, INC_ACTIVE, warnings) < 0)
		cli_fail(INC_ERROR);
	if (inc_check_prompt(&out, &action, id ? &one : list, n, repo,
	    c->now) < 0)
		cli_fail(INC_ERROR);
	cli_out(out);
	free(out);
	inc_incident_free(one);
	inc_list_free(list, id ? 0 : n);
	return action;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		CLI_INCIDENT_LONG,
		{"json", no_argument, NULL, 'j'},
		{"prompt", no_argument, NULL, '1'},
		{NULL, 0, NULL, 0}
	};
	struct cli c;
	inc_repo *repo;
	inc_incident **list = NULL, *one = NULL;
	const char *name, *env;
	char *id = NULL, *warnings = NULL;
	size_t n = 0;
	int opt, prompt = 0, action = 0;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT
	    CLI_INCIDENT_SHORT "j1", longopts, NULL)) != -1)
		if (!cli_option(&c, opt, optarg) && opt == '1')
			prompt = 1;
	if (argc - optind > (c.incident ? 0 : 1))
		cli_usage("too many operands");
	if (prompt && c.json)
		cli_usage("--prompt is one line of text: no --json");
	cli_question();
	name = c.incident ? c.incident : argv[optind];
	if (!name && (env = getenv("INC_ID")) && *env)
		name = env;
	repo = cli_repo_read(&c);
	if (!prompt) /* a prompt never waits for the network */
		cli_fresh(&c, repo, 1);
	if (name)
		id = cli_incident(repo, name, NULL);
	if (prompt) {
		action = prompt_line(&c, repo, id, &warnings);
	} else if (id) {
		if (inc_incident_load(&one, repo, id, INC_LOAD_PICTURE) < 0)
			cli_fail(INC_ERROR);
		action = check(&c, repo, one);
		inc_incident_free(one);
	} else {
		if (inc_list(&list, &n, repo, INC_ACTIVE, &warnings) < 0)
			cli_fail(INC_ERROR);
		/* a damaged log may be an active incident's: said below */
		if (n == 0 && !warnings && !c.json)
			printf("no active incident\n");
		for (size_t i = 0; i < n; i++)
			action |= check(&c, repo, list[i]);
	}
	if (warnings)
		cli_say_lines(warnings);
	cli_warnings();
	inc_list_free(list, n);
	free(warnings);
	free(id);
	inc_repo_free(repo);
	return cli_exit(warnings ? EXIT_TROUBLE : action ? EXIT_FAIL : EXIT_OK);
}
