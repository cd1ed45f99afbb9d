/*
 * incident: the one binary of every inc-* tool. Run by the name of a link
 * to it, inc-VERB, it is that tool; run as incident VERB [ARG ...], it is
 * the tool the verb names, as git VERB is. See incident(1).
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "incident.h"

struct tool {
	const char *verb;
	const char *summary;
	int (*main)(int, char **);
};

#define INC_TOOL_ENTRY(verb, summary) {#verb, summary, inc_##verb##_main},
static const struct tool tools[] = {INC_TOOLS(INC_TOOL_ENTRY)};
#undef INC_TOOL_ENTRY
#define NTOOLS (sizeof(tools) / sizeof(tools[0]))

/* the tool a verb names, exactly; NULL if none */
static const struct tool *
by_verb(const char *verb)
{
	for (size_t i = 0; i < NTOOLS; i++)
		if (!strcmp(verb, tools[i].verb))
			return &tools[i];
	return NULL;
}

/*
 * The tool a program name names: inc-VERB, or inc-VERB-SUFFIX for a copy
 * kept under a name of its own (the longest such VERB); NULL if none.
 */
static const struct tool *
by_name(const char *name)
{
	const struct tool *found = NULL;
	size_t n;

	if (strncmp(name, "inc-", 4))
		return NULL;
	name += 4;
	for (size_t i = 0; i < NTOOLS; i++) {
		n = strlen(tools[i].verb);
		if (!strncmp(name, tools[i].verb, n) &&
		    (name[n] == '\0' || name[n] == '-') &&
		    (!found || n > strlen(found->verb)))
			found = &tools[i];
	}
	return found;
}

/* The usage, with a line for each verb. */
static const char *
usage(void)
{
	static char text[4096];
	size_t n;

	n = (size_t)snprintf(text, sizeof(text),
	    "incident VERB [arg ...]\n"
	    "       incident help [VERB]\n"
	    "       incident -h | -V\n"
	    "       inc-VERB [arg ...]\n"
	    "verbs (incident VERB -h, or inc-VERB(1), for each one's usage):\n");
	for (size_t i = 0; i < NTOOLS && n < sizeof(text); i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n, "  %-12s %s\n",
		    tools[i].verb, tools[i].summary);
	return text;
}

/* Runs the tool with its operands, named inc-VERB in its messages. */
static int
run(const struct tool *t, int argc, char **argv)
{
	static char name[64];

	snprintf(name, sizeof(name), "inc-%s", t->verb);
	argv[0] = name;
	/* getopt from the start again, and no longer in order: see getopt(3) */
	optind = 0;
	return t->main(argc, argv);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{NULL, 0, NULL, 0}
	};
	static char help_option[] = "--help";
	const char *slash, *verb;
	const struct tool *t;
	struct cli c;
	char *safe;
	int opt;

	if (argc > 0 && argv[0]) {
		slash = strrchr(argv[0], '/');
		if ((t = by_name(slash ? slash + 1 : argv[0])))
			return t->main(argc, argv);
	}
	cli_init(&c, argv, usage());
	/* options up to the verb only: the rest are the tool's */
	while ((opt = cli_getopt_long(argc, argv, "+hV", longopts, NULL)) != -1)
		cli_option(&c, opt, optarg);
	if (optind >= argc)
		cli_usage(NULL);
	verb = argv[optind];
	if (!strcmp(verb, "help")) {
		if (optind + 1 >= argc) {
			printf("usage: %s", usage());
			return cli_exit(EXIT_OK);
		}
		if (optind + 2 < argc)
			cli_usage("help: one verb at most");
		verb = argv[++optind];
		if ((t = by_verb(verb))) {
			char *args[] = {NULL, help_option, NULL};

			return run(t, 2, args);
		}
	}
	if (!(t = by_verb(verb))) {
		safe = inc_text_safe(verb, INC_ONE_LINE);
		cli_usage("%s: no such verb", safe ? safe : "?");
	}
	return run(t, argc - optind, argv + optind);
}
