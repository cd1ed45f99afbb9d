/*
 * inc-verify: prove that the history of HEAD only ever appended valid
 * events, one a commit, in their actors' names, and that no history this
 * clone saw was rewritten since: what is new since the last verified tip,
 * or all of it with --full.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
    "inc-verify [-C dir] [-j] [-g] [-W] [-R commit] [id ...]\n";

static void
print(const struct inc_verify_result *r, int ok, enum inc_format format)
{
	char *text;

	if (inc_verify_render(&text, r, ok, format) < 0)
		cli_fail(INC_ERROR);
	cli_out(text);
	free(text);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{"json", no_argument, NULL, 'j'},
		{"signed", no_argument, NULL, 'g'},
		{"since", required_argument, NULL, 'R'},
		{"full", no_argument, NULL, 'W'},
		{NULL, 0, NULL, 0}
	};
	struct inc_verify_args args = {0};
	struct inc_verify_result result;
	struct cli c;
	const char **ids = NULL;
	inc_repo *repo;
	int opt, rc, n;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT "jgR:W",
	    longopts, NULL)) != -1) {
		if (cli_option(&c, opt, optarg))
			continue;
		switch (opt) {
		case 'g': args.signatures = 1; break;
		case 'R': args.since = optarg; break;
		case 'W': args.full = 1; break;
		}
	}
	repo = cli_repo_read(&c);
	if ((n = argc - optind) > 0) {
		if (!(ids = cli_hold(calloc((size_t)n + 1, sizeof(*ids)))))
			cli_die(EXIT_FAIL, "out of memory");
		for (int i = 0; i < n; i++)
			ids[i] = cli_incident(repo, argv[optind + i], NULL);
		args.ids = ids;
	}
	/* no repository made yet: an empty history, proven */
	if (!repo)
		memset(&result, 0, sizeof(result)), rc = 0;
	else
		rc = inc_verify(&result, repo, &args);
	/* replace refs and grafts, one line each, offence or not */
	if (result.shown)
		cli_say_lines(result.shown);
	/* unpushed events rebased: no offence, said once, and only when
	 * nothing else is one (a rebased commit may be the forgery) */
	if (result.note && rc == 0)
		cli_say(stderr, prog, result.note);
	if (rc < 0 && !result.reason)
		cli_fail(rc);
	if (c.json)
		print(&result, rc == 0, INC_FORMAT_JSON);
	if (rc < 0 && result.shown && !result.commit[0])
		exit(cli_exit(EXIT_FAIL)); /* said above */
	if (rc < 0)
		cli_fail(rc);
	cli_warnings(); /* a tip that could not be saved */
	if (!c.json)
		print(&result, 1, INC_FORMAT_TEXT);
	inc_verify_result_free(&result);
	for (int i = 0; i < n; i++)
		free((char *)ids[i]);
	free(ids);
	inc_repo_free(repo);
	return cli_exit(EXIT_OK);
}
