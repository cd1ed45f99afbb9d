/* inc-state: show an incident's picture, or change its state. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

static const char usage_text[] =
    "inc-state [-C dir] [-j] [id]\n"
    "       inc-state [-C dir] [-t time] [-f] [-m message] [id] state\n"
    "       inc-state [-C dir] [-t time] [-f] [-m message] [id] duplicate "
    "other\n"
    "       inc-state [-C dir] [-t time] [-f] [-m message] --mitigated [id]\n"
    "       inc-state [-C dir] [-t time] [-f] [-H title] [--public-title "
    "title] [--summary summary] [id]\n"
    "(--incident id names the incident in any of them)\n"
    "state: investigating (1), confirmed (2), major (3), resolved (0)\n";

#define STATES "investigating, confirmed, major, resolved"

/*
 * How many edits (a letter added, dropped or changed, or two next to
 * each other swapped) make a into b, ignoring case; 3 for "3 or more".
 */
static int
edits(const char *a, const char *b)
{
	size_t m = strlen(a), n = strlen(b);
	int d[24][24];

	if (m > 20 || n > 20)
		return 3;
	for (size_t i = 0; i <= m; i++)
		for (size_t j = 0; j <= n; j++) {
			int change = i && j && tolower((unsigned char)a[i - 1]) !=
			    tolower((unsigned char)b[j - 1]);
			if (!i || !j) {
				d[i][j] = (int)(i + j);
				continue;
			}
			d[i][j] = d[i - 1][j - 1] + change;
			if (d[i - 1][j] + 1 < d[i][j])
				d[i][j] = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < d[i][j])
				d[i][j] = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && tolower((unsigned char)a[i - 1]) ==
			    tolower((unsigned char)b[j - 2]) &&
			    tolower((unsigned char)a[i - 2]) ==
			    tolower((unsigned char)b[j - 1]) &&
			    d[i - 2][j - 2] + 1 < d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
		}
	return d[m][n] < 3 ? d[m][n] : 3;
}

/*
 * The state a word that is none was likely meant as (confirmd, resolve,
 * inv, investigate), or NULL: a prefix of three letters or more, the
 * first five letters or more of one, or a name one edit away (two for
 * the long ones).
 */
static const char *
near_state(const char *word)
{
	static const char *const states[] = {"investigating", "confirmed",
	    "major", "resolved"};
	size_t n = strlen(word);

	for (const char *p = word; *p; p++) /* said back: letters only */
		if (!isalpha((unsigned char)*p))
			return NULL;
	for (size_t i = 0; n >= 3 && i < sizeof(states) / sizeof(*states);
	    i++)
		if (!strncasecmp(states[i], word, n) ||
		    (n >= 5 && !strncasecmp(states[i], word, 5)) ||
		    edits(word, states[i]) <= (strlen(states[i]) > 5 ? 2 : 1))
			return states[i];
	return NULL;
}

/*
 * The only operand, taken for an incident as it is no state, names none:
 * close to a state, a state mistyped, a usage error (exit 2); else said
 * to be neither, with the states, as "no such incident" is (exit 1).
 */
static const char *
lone_operand(inc_repo *repo, const char *word)
{
	const char *near;
	char *id = NULL;
	int rc;

	if (!word)
		return NULL;
	near = near_state(word);
	/* not found, or no id at all (Confirmd: ids are lowercase) */
	if (near && ((rc = inc_incident_resolve(&id, repo, word)) ==
	    INC_ENOTFOUND || rc == INC_EINVALID))
		cli_die(EXIT_USAGE, "%s: no such incident or state (did you "
		    "mean %s? states: " STATES ")", word, near);
	free(id);
	return isdigit((unsigned char)*word) ? NULL :
	    " or state (states: " STATES ")";
}

/*
 * Resolved: what the IC owes next, unless customers were told already;
 * opened again after customers were told it is resolved: an update.
 */
static void
advise(inc_repo *repo, const char *id, enum inc_state state)
{
	inc_incident *incident;

	if (inc_incident_load(&incident, repo, id, INC_LOAD_PICTURE) < 0)
		return;
	if (state == INC_STATE_RESOLVED && !inc_incident_update_resolved(
	    incident) && inc_incident_maintenance(incident))
		fprintf(stderr, "%s: advice: no notice says the maintenance is "
		    "completed yet: post one with inc-status --maintenance="
		    "completed MESSAGE\n", prog);
	else if (state == INC_STATE_RESOLVED &&
	    !inc_incident_update_resolved(incident))
		fprintf(stderr, "%s: advice: no customer update says resolved "
		    "yet: post one with inc-status -s resolved MESSAGE, and send "
		    "the closing sitrep with inc-sitrep\n", prog);
	else if (state != INC_STATE_RESOLVED && inc_incident_reopened(incident))
		fprintf(stderr, "%s: advice: customers were told it is resolved: "
		    "post an update with inc-status -s investigating MESSAGE now\n",
		    prog);
	inc_incident_free(incident);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		CLI_INCIDENT_LONG,
		{"json", no_argument, NULL, 'j'},
		{"at", required_argument, NULL, 't'},
		{"force", no_argument, NULL, 'f'},
		{"title", required_argument, NULL, 'H'},
		{"public-title", required_argument, NULL, CLI_OPT_PUBLIC_TITLE},
		{"summary", required_argument, NULL, CLI_OPT_SUMMARY},
		{"mitigated", no_argument, NULL, CLI_OPT_MITIGATED},
		{"message", required_argument, NULL, 'm'},
		{NULL, 0, NULL, 0}
	};
	struct cli c;
	inc_repo *repo;
	inc_incident *incident;
	enum inc_state state;
	const char *name = NULL, *to = NULL, *message = NULL, *of = NULL;
	struct inc_title_args title = {0};
	char *id, *out, *primary = NULL;
	const char *hint = NULL;
	int opt, n, retitle, mitigated = 0;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT
	    CLI_INCIDENT_SHORT "jt:fm:H:", longopts, NULL)) != -1)
		if (cli_option(&c, opt, optarg))
			continue;
		else if (opt == 'm')
			message = optarg;
		else if (opt == 'H')
			title.title = optarg;
		else if (opt == CLI_OPT_PUBLIC_TITLE)
			title.public_title = optarg;
		else if (opt == CLI_OPT_SUMMARY)
			title.summary = optarg;
		else if (opt == CLI_OPT_MITIGATED)
			mitigated = 1;
	retitle = title.title || title.public_title || title.summary;
	if (retitle + mitigated > 1 || ((retitle || mitigated) &&
	    argc - optind > (c.incident ? 0 : 1)))
		cli_usage("a state, --mitigated and a title are separate events");
	if (retitle && message)
		cli_usage("--message goes with a state or --mitigated");
	if (retitle || mitigated) {
		if (c.json)
			cli_usage("--json goes with showing the picture");
		repo = cli_repo(&c);
		id = cli_incident_recent(repo, c.incident ? c.incident : argv[optind],
		    NULL);
		if ((retitle ? inc_retitle(&out, repo, id, &title, &c.how) :
		    inc_mitigated(&out, repo, id, message, &c.how)) < 0)
			cli_fail(INC_ERROR);
		cli_say(stdout, NULL, out);
		cli_said(repo);
		free(out);
		free(id);
		inc_repo_free(repo);
		return cli_exit(EXIT_OK);
	}
	n = argc - optind;
	/* [id] duplicate other */
	if (n >= 2 && n <= 3 && !strcmp(argv[argc - 2], "duplicate")) {
		of = argv[argc - 1];
		to = "resolved";
		name = n == 3 ? argv[optind] : NULL;
		n = 0;
	} else if (n >= 1 && !strcmp(argv[argc - 1], "duplicate")) {
		cli_usage("duplicate: name the incident it duplicates");
	}
	if (n > (c.incident ? 1 : 2))
		cli_usage("too many operands");
	if (!name)
		name = c.incident;
	if (n == 1 && (c.incident || inc_state_parse(&state, argv[optind]) == 0))
		to = argv[optind];
	/* the state first and the id after is read the same: no id is a state */
	else if (n == 2 && inc_state_parse(&state, argv[optind + 1]) < 0 &&
	    inc_state_parse(&state, argv[optind]) == 0)
		to = argv[optind], name = argv[optind + 1];
	else if (n == 2)
		name = argv[optind], to = argv[optind + 1];
	else if (n == 1)
		name = argv[optind];
	if (to && inc_state_parse(&state, to) < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
	if (!to && (c.how.at || c.how.force || message))
		cli_usage("--at, --force and --message go with a state");
	if (to && c.json)
		cli_usage("--json goes with showing the picture, not a state");
	repo = to ? cli_repo(&c) : cli_repo_read(&c);
	if (!to)
		cli_fresh(&c, repo, 1);
	if (!to && n == 1 && !c.incident)
		hint = lone_operand(repo, name);
	id = to ? cli_incident(repo, name, NULL) :
	    cli_incident_recent(repo, name, hint);
	if (to)
		cli_not_stale(repo, name, id);
	if (of) {
		primary = cli_incident(repo, of, NULL);
		if (inc_duplicate(&out, repo, id, primary, message, &c.how) < 0)
			cli_fail(INC_ERROR);
		cli_say(stdout, NULL, out);
	} else if (to) {
		if (inc_set_state(&out, repo, id, state, message, &c.how) < 0)
			cli_fail(INC_ERROR);
		cli_say(stdout, NULL, out);
	} else {
		if (inc_incident_load(&incident, repo, id, INC_LOAD_PICTURE) < 0 ||
		    inc_render_picture(&out, incident, repo, c.json ?
		    INC_FORMAT_JSON : INC_FORMAT_TEXT, c.now) < 0)
			cli_fail(INC_ERROR);
		cli_out(out);
		inc_incident_free(incident);
	}
	cli_said(repo);
	if (to && !of)
		advise(repo, id, state);
	free(out);
	free(primary);
	free(id);
	inc_repo_free(repo);
	return cli_exit(EXIT_OK);
}
