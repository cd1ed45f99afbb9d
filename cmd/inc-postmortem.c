/* inc-postmortem: the post-mortem draft, its owner and follow-up actions. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
    "inc-postmortem [-C dir] [-F format] [-j] [id]\n"
    "       inc-postmortem [-C dir] [-t time] -o person [id]\n"
    "       inc-postmortem [-C dir] [-t time] -A text -o person "
    "-B YYYY-MM-DD [id]\n"
    "       inc-postmortem [-C dir] [-t time] -N n [id]\n"
    "       inc-postmortem [-C dir] [-t time] (-P file | -e) [id]\n"
    "       inc-postmortem [-C dir] [-j] -D\n"
    "-o --owner, -A --action, -B --by, -N --done, -P --publish, -e --edit, "
    "-D --due\n";

/*
 * --publish FILE: the post-mortem in Markdown; "-" is standard input.
 * Read as standard input is, whole or refused (a NUL, too long); what
 * is wrong with a file names it.
 */
static char *
pm_file(const char *path)
{
	if (!strcmp(path, "-"))
		return cli_stdin("post-mortem");
	if (!*path)
		cli_die(EXIT_USAGE, "--publish: empty (a file, or - for standard "
		    "input)");
	return cli_file(path);
}

/* --edit: the post-mortem written in $VISUAL or $EDITOR */
static char *
pm_edit(inc_repo *repo)
{
	char *text = cli_edit(repo, "", 0);
	size_t len = strlen(text);

	while (len && (text[len - 1] == '\n' || text[len - 1] == ' '))
		text[--len] = '\0';
	return text;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		CLI_INCIDENT_LONG,
		{"json", no_argument, NULL, 'j'},
		{"at", required_argument, NULL, 't'},
		{"format", required_argument, NULL, 'F'},
		{"owner", required_argument, NULL, 'o'},
		{"action", required_argument, NULL, 'A'},
		{"by", required_argument, NULL, 'B'},
		{"done", required_argument, NULL, 'N'},
		{"due", no_argument, NULL, 'D'},
		{"overdue", no_argument, NULL, 'D'}, /* its name until 0.2 */
		{"publish", required_argument, NULL, 'P'},
		{"edit", no_argument, NULL, 'e'},
		{NULL, 0, NULL, 0}
	};
	enum inc_format format = INC_FORMAT_MARKDOWN;
	const char *owner = NULL, *action = NULL, *due = NULL, *done = NULL;
	const char *publish = NULL;
	int edit = 0;
	struct cli c;
	inc_repo *repo;
	inc_incident *incident;
	char *id, *out, *end;
	int opt, list_overdue = 0, rc;
	long number = 0;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT
	    CLI_INCIDENT_SHORT "jt:F:o:A:B:N:DP:e", longopts, NULL)) != -1) {
		if (cli_option(&c, opt, optarg))
			continue;
		switch (opt) {
		case 'F': format = cli_format(optarg); break;
		case 'o': owner = optarg; break;
		case 'A': action = optarg; break;
		case 'B': due = optarg; break;
		case 'N': done = optarg; break;
		case 'D': list_overdue = 1; break;
		case 'P': publish = optarg; break;
		case 'e': edit = 1; break;
		}
	}
	if (c.json)
		format = INC_FORMAT_JSON;
	if (list_overdue && (owner || action || due || done))
		cli_usage("--due lists the overdue post-mortems and actions; an "
		    "action's date is --by");
	if (argc - optind > (c.incident ? 0 : 1))
		cli_usage("too many operands");
	if (done) {
		errno = 0;
		number = strtol(done, &end, 10);
		if (*end || end == done || number < 1 || errno == ERANGE)
			cli_die(EXIT_USAGE, "%s: not an action number", done);
	}
	if (owner && inc_person_check(action ? "action owner" : "owner",
	    owner) < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
	if (due && inc_due_check(due) < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
	if (due && !action)
		cli_usage("--by goes with --action: the action's due date");
	if (action && !owner && !due)
		cli_usage("--action needs --owner and --by");
	if (action && (!owner || !due))
		cli_usage("--action needs %s too", owner ? "--by" : "--owner");
	if ((action != NULL) + (owner && !action) + (done != NULL) > 1)
		cli_usage("--owner, --action and --done are separate requests");
	if ((publish || edit) && (owner || done || list_overdue))
		cli_usage("--publish and --edit are a request of their own");
	if (publish && edit)
		cli_usage("--publish takes a file, --edit an editor: one of them");
	if (!owner && !done && !publish && !edit && c.how.at)
		cli_usage("--at goes with --owner, --action, --done, --publish "
		    "or --edit");
	if (list_overdue && (optind < argc || c.incident))
		cli_usage("--due takes no incident");
	if (list_overdue)
		return cli_due(&c, INC_ALL, inc_render_pm_overdue);
	/* the draft is read; the rest records */
	repo = owner || done || publish || edit ? cli_repo(&c) :
	    cli_repo_read(&c);
	if (!owner && !done)
		cli_fresh(&c, repo, 0);
	id = cli_incident_recent(repo, c.incident ? c.incident : argv[optind],
	    NULL);
	if (publish || edit) {
		char *text = edit ? pm_edit(repo) : pm_file(publish);
		if (!*text)
			cli_die(EXIT_FAIL, "an empty post-mortem: nothing recorded");
		/* what was typed is kept if it is not recorded */
		if (edit)
			cli_keep_at_exit("post-mortem", text);
		if (inc_pm_publish(&out, repo, id, text, &c.how) < 0)
			cli_fail(INC_ERROR);
		cli_keep_at_exit(NULL, NULL);
		cli_say(stdout, NULL, out);
		free(text);
	} else if (owner || done) {
		if (action)
			rc = inc_pm_action(&out, repo, id, action, owner, due, &c.how);
		else if (owner)
			rc = inc_pm_owner(&out, repo, id, owner, &c.how);
		else
			rc = inc_pm_done(&out, repo, id, number, &c.how);
		if (rc < 0)
			cli_fail(rc);
		cli_say(stdout, NULL, out);
	} else {
		if (inc_incident_load(&incident, repo, id, INC_LOAD_EVENTS) < 0 ||
		    inc_render_postmortem(&out, incident, format) < 0)
			cli_fail(INC_ERROR);
		cli_out(out);
		inc_incident_free(incident);
	}
	cli_said(repo);
	free(out);
	free(id);
	inc_repo_free(repo);
	return cli_exit(EXIT_OK);
}
