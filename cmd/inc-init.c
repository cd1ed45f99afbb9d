/* inc-init: make a team's incident repository, or join one. */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
    "inc-init [-C dir | dir]\n"
    "       inc-init -u url [-C dir | dir]\n"
    "       inc-init --set key=value | --unset key ... [-C dir | dir]\n"
    "       inc-init --settings [-j] [-C dir | dir]\n";

/* The directory git clone would make for url: its last part, less .git. */
static char *
guess_dir(const char *url)
{
	size_t n = strlen(url), start;
	char *dir;

	while (n && url[n - 1] == '/')
		n--;
	if (n >= 4 && !strncmp(url + n - 4, ".git", 4))
		n -= 4;
	while (n && url[n - 1] == '/')
		n--;
	for (start = n; start && !strchr("/:", url[start - 1]); start--)
		;
	if (start == n || (n - start == 2 && !strncmp(url + start, "..", 2)) ||
	    (n - start == 1 && url[start] == '.'))
		cli_usage("%s: no directory to guess from it: name one", url);
	if (!(dir = strndup(url + start, n - start)))
		cli_die(EXIT_FAIL, "out of memory");
	return dir;
}

/* What was done, on standard error, made safe. */
static void __attribute__((format(printf, 1, 2)))
say(const char *fmt, ...)
{
	char line[8192];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	cli_say(stderr, prog, line);
}

/*
 * --set key=value (split where it is, in argv) or --unset key, checked
 * before anything is done.
 */
static void
change(struct inc_setting *out, int opt, char *arg)
{
	char *eq = strchr(arg, '=');

	if (opt == CLI_OPT_SET && (!eq || eq == arg))
		cli_usage("--set %s: not key=value", arg);
	out->key = arg;
	out->value = NULL;
	if (opt == CLI_OPT_SET) {
		*eq = '\0';
		out->value = eq + 1;
	}
	if (inc_setting_check(out->key, out->value) < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
}

/*
 * The team's settings: printed, or changed in one commit, pushed in the
 * background as every write is.
 */
static int
settings(struct cli *c, const struct inc_setting *changes, size_t n)
{
	inc_repo *repo;
	char *text = NULL, *summary = NULL;

	repo = n ? cli_repo(c) : cli_repo_read(c);
	cli_fresh(c, repo, 0); /* the newest settings, changed or shown */
	if (!n) {
		if (inc_settings_text(&text, repo, c->json) < 0)
			cli_fail(INC_ERROR);
		cli_out(text);
		cli_out("\n");
		free(text);
		return cli_exit(EXIT_OK);
	}
	if (inc_settings_change(&summary, repo, changes, n) < 0)
		cli_fail(INC_ERROR);
	if (summary)
		say("%s: the team's settings committed: %s",
		    inc_repo_path(repo), summary);
	else
		say("%s: the team's settings were so already; nothing committed",
		    inc_repo_path(repo));
	cli_warnings();
	if (summary)
		inc_sync_background(repo);
	cli_warnings();
	free(summary);
	return cli_exit(EXIT_OK);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{"remote", required_argument, NULL, 'u'},
		{"set", required_argument, NULL, CLI_OPT_SET},
		{"unset", required_argument, NULL, CLI_OPT_UNSET},
		{"settings", no_argument, NULL, CLI_OPT_SETTINGS},
		{"json", no_argument, NULL, 'j'},
		{NULL, 0, NULL, 0}
	};
	struct inc_init_result r;
	struct inc_setting *changes;
	struct cli c;
	const char *remote = NULL;
	char *dir;
	size_t n = 0;
	int opt, show = 0;

	cli_init(&c, argv, usage_text);
	if (!(changes = cli_hold(calloc((size_t)argc, sizeof(*changes)))))
		cli_die(EXIT_FAIL, "out of memory");
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT "ju:",
	    longopts, NULL)) != -1) {
		if (cli_option(&c, opt, optarg))
			continue;
		if (opt == 'u')
			remote = optarg;
		else if (opt == CLI_OPT_SET || opt == CLI_OPT_UNSET)
			change(&changes[n++], opt, optarg);
		else if (opt == CLI_OPT_SETTINGS)
			show = 1;
	}
	if (argc - optind > 1 || (c.dir && optind < argc))
		cli_usage("too many operands");
	if (optind < argc && !*argv[optind])
		cli_usage("empty directory name");
	if ((show || n) && remote)
		cli_usage("-u joins a team; change its settings after");
	if (show && n)
		cli_usage("--settings prints the settings; --set and --unset "
		    "change them");
	if (c.json && !show)
		cli_usage("-j goes with --settings");
	if (show || n) {
		if (optind < argc)
			c.dir = argv[optind];
		return settings(&c, changes, n);
	}
	if (c.dir)
		argv[--optind] = (char *)c.dir; /* -C dir is the operand */
	if (remote && !*remote)
		cli_usage("empty remote");
	dir = optind < argc ? strdup(argv[optind]) :
	    remote ? guess_dir(remote) : strdup(".");
	if (!dir)
		cli_die(EXIT_FAIL, "out of memory");
	cli_hold(dir);
	if (inc_init(&r, dir, remote) < 0)
		cli_fail(INC_ERROR);
	cli_out(r.path);
	cli_out("\n");
	if (r.made)
		say("%s: a new team repository (bare), its settings committed "
		    "on %s", r.path, r.branch);
	else if (r.joined && r.committed)
		say("%s: joined %s, which %s: the team's settings are "
		    "committed on %s; publish them: git -C %s push origin %s",
		    r.path, remote, r.was_empty ? "was empty" : "had no settings",
		    r.branch, r.path, r.branch);
	else if (r.joined)
		say("%s: joined %s", r.path, remote);
	else if (r.committed)
		say("%s: the team's settings committed on %s", r.path, r.branch);
	else
		say("%s: ready; the team's settings were there already", r.path);
	inc_init_result_free(&r);
	free(dir);
	return cli_exit(EXIT_OK);
}
