/* Command-line glue shared by the inc-* tools: messages, options, output. */
#ifndef INC_CLI_H
#define INC_CLI_H

#include <getopt.h>
#include <stdio.h>
#include <stdnoreturn.h>

#include "../lib/incident.h"
#include "../lib/banned.h"

/* exit statuses, the same in every tool */
/*
 * exit statuses, the same in every tool. A question (--due, --check)
 * answers 0 (no) or 1 (yes), so an error there is EXIT_TROUBLE, as in
 * grep(1) and diff(1): see cli_question().
 */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2, EXIT_TROUBLE = 2 };

/* the options every tool shares */
struct cli {
	const char *dir;   /* -C */
	int json;          /* -j, --json */
	struct inc_write how; /* -t, --at and -f, --force */
	const char *incident; /* --incident */
	int64_t now;
	int quiet;         /* -q: events being pushed are all well, unsaid */
	/* cli_each: its rows, all of them, made one table so (inc-ls) */
	int (*table)(char **out, const char *rows);
};

#define CLI_COMMON_SHORT "C:hV"
/*
 * Options with no letter, so that no letter has two meanings across the
 * tools (incident(7)): values beyond any character.
 */
enum {
	CLI_OPT_INCIDENT = 256, /* --incident: the tools that take an id */
	CLI_OPT_PUBLIC_TITLE,   /* inc-state */
	CLI_OPT_SUMMARY,
	CLI_OPT_MITIGATED,
	CLI_OPT_DETECTED,       /* inc-open */
	CLI_OPT_KEY,
	CLI_OPT_NEED,           /* inc-note */
	CLI_OPT_CAN,
	CLI_OPT_METRIC,
	CLI_OPT_MAINTENANCE,    /* inc-status */
	CLI_OPT_FROM,
	CLI_OPT_UNTIL,
	CLI_OPT_NEXT,           /* inc-handoff */
	CLI_OPT_ROLE,           /* inc-brief */
	CLI_OPT_SET,            /* inc-init */
	CLI_OPT_UNSET,
	CLI_OPT_SETTINGS,
	CLI_OPT_ACTIVITY        /* inc-log */
};
#define CLI_INCIDENT_SHORT ""
#define CLI_INCIDENT_LONG {"incident", required_argument, NULL, CLI_OPT_INCIDENT}

#define CLI_COMMON_LONG \
	{"help", no_argument, NULL, 'h'}, \
	{"version", no_argument, NULL, 'V'}

extern const char *prog;

void cli_init(struct cli *c, char **argv, const char *usage_text);
int cli_option(struct cli *c, int opt, const char *arg);
noreturn void cli_usage(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
noreturn void cli_die(int status, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
noreturn void cli_fail(int rc);
void cli_question(void);
enum inc_format cli_format(const char *arg);
void cli_role(const char *arg, const char *person);
int64_t cli_interval(const char *arg);
void cli_warnings(void);
void cli_flush(void);
void cli_said(inc_repo *repo);
void cli_say(FILE *f, const char *prefix, const char *text);
void cli_say_lines(const char *lines);
inc_repo *cli_repo(struct cli *c);
inc_repo *cli_repo_read(struct cli *c);
char *cli_incident(inc_repo *repo, const char *name, const char *hint);
char *cli_incident_recent(inc_repo *repo, const char *name,
    const char *hint);
void cli_not_stale(inc_repo *repo, const char *name, const char *id);
void *cli_hold(void *p);
char *cli_text(char **words, int count);
char *cli_stdin(const char *what);
char *cli_stdin_kept(const char *what, const char *kept_as);
char *cli_file(const char *path);
void cli_keep(const char *what, const char *text);
void cli_keep_at_exit(const char *what, const char *text);
void cli_not_an_id(const char *text, const char *a_what,
    const char *the_what);
void cli_not_an_incident(inc_repo *repo, const char *text,
    const char *a_what, const char *the_what);
char *cli_edit(inc_repo *repo, const char *template_text, int typed);
void cli_out(const char *text);
int cli_each(struct cli *c, inc_repo *repo, enum inc_which which,
    inc_render_fn *render, const char *header, size_t *said);
int cli_exit(int status);
int cli_due(struct cli *c, enum inc_which which, inc_render_fn *render);
void cli_fresh(struct cli *c, inc_repo *repo, int annotate);
void cli_fresh_write(struct cli *c, inc_repo *repo);
/* The copy fetched and merged now, however recent: 1 when it was. */
int cli_fetch(inc_repo *repo);

/*
 * getopt_long(3) for every tool: its own messages would print an option
 * word as it came, escapes and all; these are the same messages, safe.
 */
int cli_getopt_long(int argc, char *const argv[], const char *optstring,
    const struct option *longopts, int *longindex);
/* the operands are text ("a note"): an unknown option that reads as one
 * is said to need -- before it */
void cli_text_operands(const char *what);

#endif
