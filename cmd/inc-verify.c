/*
 * inc-verify: prove that the history of HEAD only ever appended valid
 * events, one a commit, in their actors' names, and that no history this
 * clone saw was rewritten since.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"

static const char usage_text[] =
    "inc-verify [-C dir] [-j] [-g] [-R commit] [id ...]\n";

static const char *
plural(size_t n)
{
	return n == 1 ? "" : "s";
}

/* A string from a log or a tree, made safe for JSON and terminals. */
static json_t *
safe_string(const char *text)
{
	char *safe = inc_text_safe(text, 1);
	json_t *s = json_string(safe ? safe : "?");

	free(safe);
	return s;
}

static void
print_json(const struct inc_verify_result *r, int ok)
{
	/* to the millisecond */
	double seconds = (double)(long long)(r->seconds * 1000 + 0.5) / 1000;
	json_t *o = json_pack("{s:b, s:I, s:I, s:I, s:f}", "ok", ok,
	    "commits", (json_int_t)r->commits, "events", (json_int_t)r->events,
	    "incidents", (json_int_t)r->incidents, "seconds", seconds);
	char *text;

	if (!o)
		cli_die(EXIT_FAIL, "out of memory");
	if (r->reason)
		json_object_set_new(o, "offence", json_pack("{s:s?, s:o, s:o, s:o}",
		    "commit", r->commit[0] ? r->commit : NULL,
		    "path", safe_string(r->path),
		    "line", r->line ? json_integer((json_int_t)r->line) :
		    json_null(), "reason", safe_string(r->reason)));
	else
		json_object_set_new(o, "offence", json_null());
	if (!(text = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS |
	    JSON_REAL_PRECISION(6))))
		cli_die(EXIT_FAIL, "out of memory");
	printf("%s\n", text);
	free(text);
	json_decref(o);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{"json", no_argument, NULL, 'j'},
		{"signed", no_argument, NULL, 'g'},
		{"since", required_argument, NULL, 'R'},
		{NULL, 0, NULL, 0}
	};
	struct inc_verify_args args = {0};
	struct inc_verify_result result;
	struct cli c;
	const char **ids = NULL;
	inc_repo *repo;
	int opt, rc, n;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT "jgR:",
	    longopts, NULL)) != -1) {
		if (cli_option(&c, opt, optarg))
			continue;
		switch (opt) {
		case 'g': args.signatures = 1; break;
		case 'R': args.since = optarg; break;
		}
	}
	repo = cli_repo(&c);
	if ((n = argc - optind) > 0) {
		if (!(ids = cli_hold(calloc((size_t)n + 1, sizeof(*ids)))))
			cli_die(EXIT_FAIL, "out of memory");
		for (int i = 0; i < n; i++)
			ids[i] = cli_incident(repo, argv[optind + i], NULL);
		args.ids = ids;
	}
	rc = inc_verify(&result, repo, &args);
	/* replace refs and grafts, one line each, offence or not */
	if (result.shown)
		cli_say_lines(result.shown);
	if (rc < 0 && !result.reason)
		cli_fail(rc);
	if (c.json)
		print_json(&result, rc == 0);
	if (rc < 0 && result.shown && !result.commit[0])
		exit(cli_exit(EXIT_FAIL)); /* said above */
	if (rc < 0)
		cli_fail(rc);
	cli_warnings(); /* a tip that could not be saved */
	if (!c.json)
		printf("verified %zu commit%s, %zu event%s, %zu incident%s in "
		    "%.2f s\n", result.commits, plural(result.commits),
		    result.events, plural(result.events), result.incidents,
		    plural(result.incidents), result.seconds);
	inc_verify_result_free(&result);
	for (int i = 0; i < n; i++)
		free((char *)ids[i]);
	free(ids);
	inc_repo_free(repo);
	return cli_exit(EXIT_OK);
}
