/*
 * libincident: incidents as JSON-lines event logs committed to git.
 *
 * Conventions, for every function below unless it says otherwise:
 *
 * - Errors: 0 on success or a negative INC_E* code; the reason is then
 *   one line from inc_error(), already naming its subject (an id, a path,
 *   what a person typed, made safe for a terminal). A write that fails
 *   has recorded nothing.
 * - Ownership: out-parameters come first; strings and objects handed out
 *   through them are the caller's, to free() (or to the matching *_free,
 *   which accepts NULL). On failure they are NULL. Arguments are
 *   borrowed: the library keeps no pointer to them past the call.
 * - The library never prints and never exits; what it would warn about
 *   after a call that succeeded is in inc_warning().
 *
 * The groups follow what a tool does: check what a person typed, open the
 * repository, find and read incidents, record events, render, lint,
 * publish, verify. The file that holds each is named in its heading.
 */
#ifndef INCIDENT_H
#define INCIDENT_H

#include <stddef.h>
#include <stdint.h>

#define INC_VERSION "0.1.0"
#define INC_LOG_VERSION 2

enum {
	INC_OK = 0,
	INC_ERROR = -1,      /* anything else: i/o, git, out of memory */
	INC_ENOTFOUND = -2,  /* no such incident, repository or field */
	INC_EINVALID = -3,   /* bad input: nothing was changed */
	INC_EAMBIGUOUS = -4, /* an id prefix matches more than one incident */
	INC_EDENIED = -5,    /* not the incident commander; --force overrides */
	INC_ECONFLICT = -6   /* the repository stayed busy; try again */
};

/* The incident states, numbered as the process numbers them. */
enum inc_state {
	INC_STATE_RESOLVED = 0,
	INC_STATE_INVESTIGATING = 1,
	INC_STATE_CONFIRMED = 2,
	INC_STATE_MAJOR = 3
};

enum inc_format { INC_FORMAT_TEXT, INC_FORMAT_MARKDOWN, INC_FORMAT_JSON };

/* Text on one line (newlines shown as \n), or as lines. */
enum inc_lines { INC_LINES = 0, INC_ONE_LINE = 1 };

typedef struct inc_repo inc_repo;         /* an open repository */
typedef struct inc_incident inc_incident; /* one incident, as read */

/* How a write is made: when it happened (0: now) and whether --force. */
struct inc_write {
	int64_t at;
	int force;
};

/* --- errors: error.c --- */

/* The last error of this thread: one line, never NULL. */
const char *inc_error(void);
/* A warning left by the last call that succeeded, or NULL. */
const char *inc_warning(void);

/* --- what a person typed: text.c, time.c (no repository needed) --- */

/*
 * text as a field named what may hold it: valid UTF-8, at most max bytes,
 * no control or invisible character, one line unless INC_LINES.
 * INC_EINVALID says which rule it breaks.
 */
int inc_text_check(const char *what, const char *text, size_t max,
    enum inc_lines lines);
/* the most a text of several lines may hold (an update, a message) */
#define INC_TEXT_MAX 65536
/*
 * text without the blank lines above it and the blanks after it, as git
 * commit records a message: in place; returns text.
 */
char *inc_text_trim(char *text);
/* A copy of text safe for a terminal (escapes shown, not obeyed); NULL
 * when out of memory. */
char *inc_text_safe(const char *text, enum inc_lines lines);
/* A copy of text for where no escape shows (chat, a hook's variables):
 * the characters that hide or reorder text dropped; NULL when out of
 * memory. */
char *inc_text_visible(const char *text);
/* A copy of a JSON text with the characters a terminal would obey as
 * \u escapes, for JSON on a terminal; NULL when out of memory. */
char *inc_json_safe(const char *json);
/* A person as the tools take one: "Name", "Name <email>" or "me". */
int inc_person_check(const char *what, const char *text);
/* A due date, YYYY-MM-DD, in the calendar. */
int inc_due_check(const char *text);
/* Now, in seconds since the epoch; INC_NOW (RFC 3339) pins it. */
int64_t inc_time_now(void);
/* An interval: 30m, 2h, 1h30m (a minute to a week), in seconds. */
int inc_interval_parse(int64_t *out, const char *text);
/* A time as -t takes it: RFC 3339, HH:MM[:SS] today, or -15m ago. */
int inc_time_parse(int64_t *out, const char *text, int64_t now);
/* Enumerations, in any case; each refuses others with INC_EINVALID. */
int inc_state_parse(enum inc_state *out, const char *text);
const char *inc_state_name(enum inc_state state);
int inc_format_parse(enum inc_format *out, const char *text);
#define INC_ROLE_MAX 36 /* "ops:" and a name of up to 32 */
/* ic, comms, ops or ops:NAME, into out in lowercase */
int inc_role_parse(char out[INC_ROLE_MAX + 1], const char *text);
/* the same, as the group a report is for ("invalid group" when not) */
int inc_group_parse(char out[INC_ROLE_MAX + 1], const char *text);
/* Statuspage's statuses and impacts: *out is the name as it spells it */
int inc_status_parse(const char **out, const char *text);
int inc_impact_parse(const char **out, const char *text);
/*
 * A component's status: operational, degraded_performance,
 * partial_outage or major_outage, in any case, or degraded or partial
 * (not outage nor major: either outage); *out is the name as
 * Statuspage spells it.
 */
int inc_component_status_parse(const char **out, const char *text);
/* A component of the status page: one line, no comma. */
int inc_component_check(const char *name);
/*
 * Each of names (NAME, or NAME=STATUS where statuses says it may be)
 * one the team declared (inc.component), when it declared any; a STATUS
 * one of inc_component_status_parse's. INC_ENOTFOUND: a name the team
 * did not declare.
 */
int inc_components_check(inc_repo *repo, const char *const *names,
    int statuses);

/* --- the repository: repo.c, editor.c --- */

/*
 * The repository: dir (-C), else $INC_REPO, else $GIT_DIR, else the git
 * work tree around the current directory if it holds incidents/, else
 * the per-user default, made on first use. Free it with inc_repo_free,
 * after inc_batch_end if a batch was begun.
 */
int inc_repo_open(inc_repo **out, const char *dir);
/*
 * The same for a reader, which makes nothing: when the per-user default
 * does not exist yet, *out is NULL (and 0 is returned). A NULL repository
 * holds no incident: inc_list gives none, inc_incident_resolve* fail as
 * in an empty repository.
 */
int inc_repo_open_reader(inc_repo **out, const char *dir);
/*
 * What a write refused on authority (INC_EDENIED: not the IC) calls
 * before it gives up: refresh fetches and merges the copy (the tools'
 * auto-sync) and returns 1 when it did, and the write is checked once
 * more, so that command handed over on another clone a moment ago is
 * known. NULL: none (the default; a library never goes to the network
 * by itself).
 */
void inc_repo_refresh_with(inc_repo *repo, int (*refresh)(inc_repo *repo));
/* Frees repo; hooks not run by inc_hooks_run are dropped. NULL is fine. */
void inc_repo_free(inc_repo *repo);
/* What the user knows the repository by, and whether it is the default. */
const char *inc_repo_path(const inc_repo *repo);
int inc_repo_is_default(const inc_repo *repo);
/*
 * A team's repository made ready to record (see inc-init(1)): dir made a
 * new bare repository when it is missing or empty; with remote, the
 * shared repository cloned there, bare, by the system git; or dir, a
 * repository already, used as it is. Then the team's settings are
 * committed on HEAD's branch if it has none, and a writer id is set.
 */
struct inc_init_result {
	char *path;   /* the repository, as a tool's -C takes it */
	char *branch; /* HEAD's branch */
	char writer[9];
	int made;      /* a new repository */
	int joined;    /* cloned from remote */
	int committed; /* the settings committed here: to be pushed */
	int was_empty; /* HEAD's branch had no commit before */
	int bare;
};
int inc_init(struct inc_init_result *out, const char *dir, const char *remote);
void inc_init_result_free(struct inc_init_result *result);
/*
 * The team's settings (incidents/settings.json at HEAD: see inc-init(1))
 * as JSON text, keys sorted: indented, or on one line when compact; "{}"
 * when there are none. repo may be NULL (a reader's, not made yet).
 */
int inc_settings_text(char **out, inc_repo *repo, int compact);
/* A change to the team's settings: key set to value, or removed. */
struct inc_setting {
	const char *key;
	const char *value; /* JSON text, or else a plain string; NULL: removed */
};
/*
 * Can key be set to value (NULL: removed)? Only a field the tools read,
 * to a value they take: else INC_EINVALID, "KEY: reason".
 */
int inc_setting_check(const char *key, const char *value);
/*
 * The team's settings changed, each in turn, as one commit on HEAD's
 * branch in the responder's name, under the writers' lock; any change
 * inc_setting_check refuses, and nothing is committed. *out_summary says
 * what changed ("page_name set, components removed"), or is NULL when
 * the settings were so already: nothing committed.
 */
int inc_settings_change(char **out_summary, inc_repo *repo,
    const struct inc_setting *changes, size_t n);
/* The editor git would run (GIT_EDITOR, core.editor, VISUAL, EDITOR, vi),
 * as a command line for sh; repo may be NULL. */
int inc_editor(char **out, inc_repo *repo);

/* --- finding and reading incidents: list.c, incident.c, sitrep.c --- */

/*
 * The id name stands for: a whole id, a unique prefix or part of one,
 * $INC_ID when name is NULL, or the one active incident.
 * INC_EAMBIGUOUS or INC_ENOTFOUND say why not.
 */
int inc_incident_resolve(char **out, inc_repo *repo, const char *name);
/*
 * The same, but with no active incident the one resolved last, for
 * inc.recentMinutes (60) after its resolution, said in inc_warning():
 * for what follows a resolution (the closing sitrep, the "resolved"
 * update, the post-mortem), never to reopen one unnamed.
 */
int inc_incident_resolve_recent(char **out, inc_repo *repo, const char *name);

/* What inc_incident_load reads: the picture alone, or the events too. */
enum inc_load { INC_LOAD_PICTURE = 0, INC_LOAD_EVENTS = 1 };
/* One incident; a damaged repository is an error, never "no incident". */
int inc_incident_load(inc_incident **out, inc_repo *repo, const char *id,
    enum inc_load what);
void inc_incident_free(inc_incident *incident);
const char *inc_incident_id(const inc_incident *incident);
enum inc_state inc_incident_state(const inc_incident *incident);
/* The name of whoever holds role (lowercase, as inc_role_parse gives
 * it), or NULL; borrowed from incident. */
const char *inc_incident_holder(const inc_incident *incident,
    const char *role);
/* When the next sitrep or customer update is due (0: none is). */
int64_t inc_incident_sitrep_due(const inc_incident *incident, inc_repo *repo);
int64_t inc_incident_update_due(const inc_incident *incident, inc_repo *repo);
/* Does the newest customer update say resolved (and the incident was
 * not opened again since)? Of a maintenance: its notices say completed
 * (it takes no customer update). */
int inc_incident_update_resolved(const inc_incident *incident);
/* Was it opened again since the newest customer update said resolved? */
int inc_incident_reopened(const inc_incident *incident);
/* Is it a scheduled maintenance (inc-status --maintenance)? */
int inc_incident_maintenance(const inc_incident *incident);

/* Which incidents inc_list gives. */
enum inc_which { INC_ACTIVE = 0, INC_ALL = 1 };
/*
 * The incidents, oldest first. An incident whose log cannot be read is
 * left out and named in *warnings (the caller's, NULL when none); a
 * repository object that cannot be read fails the whole list.
 */
int inc_list(inc_incident ***out, size_t *count, inc_repo *repo,
    enum inc_which which, char **warnings);
void inc_list_free(inc_incident **list, size_t count);

/* A sitrep's three fields; borrowed strings. */
struct inc_sitrep_args {
	const char *broken;
	const char *impact;
	const char *doing;
};
/* The fields of a sitrep written as a template ("Broken: ..."): text is
 * rewritten in place, and out points into it. */
int inc_sitrep_parse(struct inc_sitrep_args *out, char *text);
/* The template for an editor, the fields filled in. */
int inc_sitrep_template(char **out, const char *id,
    const struct inc_sitrep_args *fields);
/* Fields left NULL take the last sitrep's (borrowed from incident). */
void inc_sitrep_carry(struct inc_sitrep_args *args,
    const inc_incident *incident);

/* --- recording events: events.c, append.c, hook.c --- */

/*
 * Each records one event as one commit, checked first on its own, then
 * under the writers' lock against the incident as it then stands (who is
 * IC, which state): INC_EINVALID, INC_EDENIED or INC_ENOTFOUND say why
 * not, and nothing is recorded. *out_announcement is the line for the
 * incident channel ("@all: IC -> Ana Lima"). The event's hooks wait for
 * inc_hooks_run.
 */
struct inc_open_args {
	const char *title;
	const char *summary;
	enum inc_state state;
	int drill; /* a practice incident: marked as such, never published */
	int64_t impact_began; /* when the impact began (0: not known) */
	int64_t detected;     /* when it was detected (0: not known) */
	/*
	 * what opened it, for monitoring (an alert's name or group key):
	 * while an incident opened with the same key is active, none is
	 * opened, and inc_open returns 1 with that one's id
	 */
	const char *key;
};
int inc_open(char **out_id, char **out_announcement, inc_repo *repo,
    const struct inc_open_args *args, const struct inc_write *how);
int inc_set_state(char **out_announcement, inc_repo *repo, const char *id,
    enum inc_state state, const char *message, const struct inc_write *how);
/* id resolved as a duplicate of primary, which names it in its log */
int inc_duplicate(char **out_announcement, inc_repo *repo, const char *id,
    const char *primary, const char *message, const struct inc_write *how);
/* person: "Name", "Name <email>", "me", or "-" to release the role */
int inc_handoff(char **out_announcement, inc_repo *repo, const char *id,
    const char *role, const char *person, const char *message,
    const struct inc_write *how);
/* Who takes role next (the next IC of a long incident); "-": nobody. */
int inc_next(char **out_announcement, inc_repo *repo, const char *id,
    const char *role, const char *person, const char *message,
    const struct inc_write *how);
/* *out_report: the sitrep as the company reads it, in format */
int inc_sitrep(char **out_announcement, char **out_report, inc_repo *repo,
    const char *id, const struct inc_sitrep_args *args,
    enum inc_format format, const struct inc_write *how);
int inc_note(char **out_announcement, inc_repo *repo, const char *id,
    const char *text, const struct inc_write *how);
/*
 * A report of a group (ic, comms, ops, ops:NAME; NULL: the group the
 * writer holds a role in): a note, a need (a request for help, open
 * until met) or a CAN report (condition, actions, needs). A note may be
 * backfilled: written for a time before the opening (how->at).
 */
enum inc_report { INC_REPORT_NOTE, INC_REPORT_NEED, INC_REPORT_CAN,
	INC_REPORT_READING };
struct inc_report_args {
	const char *text;    /* the note, the need, a CAN's condition, or a
	                      * reading's value ("12%", "1,200 req/s") */
	const char *metric;  /* a reading's health metric ("5xx rate") */
	const char *actions; /* a CAN's actions, or NULL */
	const char *needs;   /* a CAN's needs, or NULL */
	const char *group;
	int backfill;
};
int inc_report(char **out_announcement, inc_repo *repo, const char *id,
    enum inc_report kind, const struct inc_report_args *args,
    const struct inc_write *how);
int inc_need_met(char **out_announcement, inc_repo *repo, const char *id,
    long number, const struct inc_write *how);
/* The title, the title customers read, the summary: NULL leaves one be. */
struct inc_title_args {
	const char *title;
	const char *public_title;
	const char *summary;
};
int inc_retitle(char **out_announcement, inc_repo *repo, const char *id,
    const struct inc_title_args *args, const struct inc_write *how);
/* The impact is mitigated (not yet resolved): the IC's to say. */
int inc_mitigated(char **out_announcement, inc_repo *repo, const char *id,
    const char *message, const struct inc_write *how);
int inc_pm_owner(char **out_announcement, inc_repo *repo, const char *id,
    const char *person, const struct inc_write *how);
int inc_pm_action(char **out_announcement, inc_repo *repo, const char *id,
    const char *text, const char *owner, const char *due,
    const struct inc_write *how);
/* The customer-facing post-mortem (Markdown), published by inc_publish. */
int inc_pm_publish(char **out_announcement, inc_repo *repo, const char *id,
    const char *markdown, const struct inc_write *how);
int inc_pm_done(char **out_announcement, inc_repo *repo, const char *id,
    long number, const struct inc_write *how);

/* A customer update; the strings are borrowed. */
struct inc_status_args {
	const char *message;
	const char *status;      /* investigating|identified|monitoring|resolved */
	const char *impact;      /* none|minor|major|critical, or NULL */
	const char **components; /* NULL-terminated, may be NULL */
};
/*
 * The update, if it passes the rules for customer updates (inc_lint),
 * checked under the lock: with findings it is refused (INC_EINVALID)
 * unless how->force, which records them with it. *out_findings gets them
 * either way (NULL when none); *out_update is the update as customers
 * read it.
 */
int inc_status(char **out_announcement, char **out_update, char **out_findings,
    inc_repo *repo, const char *id, const struct inc_status_args *args,
    const struct inc_write *how);
/*
 * A maintenance window, announced (status scheduled, with from and
 * until), started (in_progress), being checked (verifying) or completed;
 * not held to the rules for incident updates, since a window is a time.
 * from and until are 0 to keep the window already announced.
 */
struct inc_maintenance_args {
	const char *message;
	const char *status;      /* scheduled|in_progress|verifying|completed */
	int64_t from, until;
	const char **components; /* NULL-terminated, may be NULL */
};
int inc_maintenance_parse(const char **out, const char *text);
int inc_maintenance(char **out_announcement, inc_repo *repo, const char *id,
    const struct inc_maintenance_args *args, const struct inc_write *how);
/*
 * The window the incident's maintenance events would leave with these
 * (merged as inc-publish merges them, in time order): INC_EINVALID when
 * it would not end after it begins. inc_maintenance checks it again.
 */
int inc_maintenance_check(inc_repo *repo, const char *id,
    const struct inc_maintenance_args *args, const struct inc_write *how);
int inc_status_contact(char **out_announcement, inc_repo *repo,
    const char *id, const char *customer, const struct inc_write *how);
int inc_status_tickets(char **out_announcement, inc_repo *repo,
    const char *id, long count, const struct inc_write *how);

/*
 * The incident's own cadence, so that every clone computes the same
 * deadlines: seconds between sitreps and between customer updates, in
 * every state. INC_CADENCE_KEEP leaves one as it is, INC_CADENCE_TEAM
 * returns it to the configured intervals. The IC decides both; the
 * holder of comms, the updates' too.
 */
#define INC_CADENCE_KEEP (-1)
#define INC_CADENCE_TEAM 0
int inc_cadence(char **out_announcement, inc_repo *repo, const char *id,
    int64_t sitrep_seconds, int64_t update_seconds,
    const struct inc_write *how);

/*
 * A batch. The events written between inc_batch_begin and inc_batch_end
 * are still one commit each, but made durable together: the writers'
 * lock is held throughout, their objects go into one pack and the branch
 * moves once, at the end. None of them is recorded until
 * inc_batch_end(repo, INC_BATCH_RECORD) returns 0; if it fails, or with
 * INC_BATCH_ABANDON, none is. A batch begun must be ended.
 */
enum inc_batch_end { INC_BATCH_ABANDON = 0, INC_BATCH_RECORD = 1 };
int inc_batch_begin(inc_repo *repo);
int inc_batch_end(inc_repo *repo, enum inc_batch_end how);

/* How many events were recorded since the last inc_hooks_run. */
size_t inc_hooks_queued(const inc_repo *repo);

/*
 * The hooks (inc.hook.*) of the events recorded since the last call,
 * run once the tool has said what was recorded and started their push
 * (inc_sync_background). From the moment a write moves the branch,
 * SIGINT, SIGTERM, SIGHUP and SIGQUIT are held until this call returns
 * (or inc_repo_free), so that an interrupted tool has always said what
 * it recorded and started its push. One that comes while the hooks run
 * stops them: the hook running is killed with its process group and
 * the hooks after it are not run, each a warning. Such a signal is taken,
 * not delivered: *out_signal is its number (0: none came), for the
 * caller to end by once it has said the warnings. A hook's failure is a
 * warning. Returns how many events were recorded since the last call.
 */
size_t inc_hooks_run(int *out_signal, inc_repo *repo);
/*
 * The program's argv[0], kept (the first that names a path) for where
 * the tools are when /proc/self/exe cannot say: their directory comes
 * first on the hooks' PATH. The string must outlive the process's hooks.
 */
void inc_hooks_program(const char *argv0);

/* --- rendering: render.c (text output is already made safe) --- */

int inc_render_picture(char **out, const inc_incident *incident,
    inc_repo *repo, enum inc_format format, int64_t now);
/* the newest sitrep */
int inc_render_sitrep(char **out, const inc_incident *incident,
    enum inc_format format);
/* the timeline (incident needs INC_LOAD_EVENTS) */
int inc_render_log(char **out, const inc_incident *incident,
    enum inc_format format);
/* the post-mortem draft (incident needs INC_LOAD_EVENTS) */
int inc_render_postmortem(char **out, const inc_incident *incident,
    enum inc_format format);
/* one line (or nothing) about one incident of a list */
typedef int inc_render_fn(char **out, const inc_incident *incident,
    inc_repo *repo, enum inc_format format, int64_t now);
inc_render_fn inc_render_row;        /* inc-ls */
inc_render_fn inc_render_sitrep_due; /* nothing unless a sitrep is due */
inc_render_fn inc_render_pm_overdue; /* nothing unless the post-mortem is late */
inc_render_fn inc_render_update_due; /* nothing unless a customer update is due */
/* the lines of inc_render_row (a header of their form first, if any),
 * aligned as one table */
int inc_render_table(char **out, const char *rows);

/* --- the IC's event loop: check.c --- */

/*
 * The six questions of the IC's event loop (groups, people, customers,
 * impact, sitrep, information) answered from the record, one line each
 * with its evidence; *out_action is 1 when any needs action. incident
 * needs INC_LOAD_EVENTS. Text or JSON.
 */
int inc_check(char **out, int *out_action, const inc_incident *incident,
    inc_repo *repo, enum inc_format format, int64_t now);
/*
 * One short line over the active incidents of list, the same answer as
 * inc_check ("INC 2 major: sitrep 12m late, impact"); "" when none is
 * active and none needs action. The incidents need INC_LOAD_EVENTS.
 */
int inc_check_prompt(char **out, int *out_action, inc_incident *const *list,
    size_t n, inc_repo *repo, int64_t now);

/* --- the briefing: brief.c --- */

/*
 * The incident briefing (ICS-201): the situation and how it got there,
 * the organisation, what each group is doing, decisions, open needs and
 * pending actions, the last sitrep, what customers were told, what is
 * due next. role (comms, ops, ops:NAME) leaves out what it does not
 * need; NULL or ic: all of it. incident needs INC_LOAD_EVENTS.
 */
int inc_brief(char **out, const inc_incident *incident, inc_repo *repo,
    const char *role, enum inc_format format, int64_t now);

/* --- the activity log: activity.c --- */

/*
 * The activity log (ICS-214): the incident and its operational period
 * (opened to resolved, or to now), the resources assigned, and for each
 * person and each position they held (IC, Comms, Ops:NAME, or none) the
 * times they held it and what they did, a line an event as inc-log says
 * it. incident needs INC_LOAD_EVENTS. Text or JSON.
 */
int inc_activity(char **out, const inc_incident *incident,
    enum inc_format format, int64_t now);

/* --- the rules for customer updates: lint.c --- */

/*
 * The rules, by their stable names in inc-status(1): eta, cause, blame
 * refuse an update by default (what it SHOULD NOT do); the others only
 * advise (what it SHOULD do, and maybe-cause and maybe-blame: what a
 * model learnt from real updates reads as cause or blame, see hints.c;
 * still-open: an update that says the incident is over, not posted as
 * resolved). Each can be set in git config, inc.lint.NAME
 * = refuse|advise|off.
 */
enum inc_lint_rule {
	INC_LINT_ETA, INC_LINT_CAUSE, INC_LINT_BLAME, INC_LINT_IMPACT,
	INC_LINT_ACTION, INC_LINT_WORKAROUND, INC_LINT_NEXT, INC_LINT_DATA,
	INC_LINT_RESTORED, INC_LINT_INTERNAL, INC_LINT_REPEAT,
	INC_LINT_MAYBE_CAUSE, INC_LINT_MAYBE_BLAME, INC_LINT_STILL_OPEN,
	INC_LINT_RULES
};
enum inc_lint_mode {
	INC_LINT_DEFAULT, INC_LINT_OFF, INC_LINT_ADVISE, INC_LINT_REFUSE
};
struct inc_lint_args {
	const char *const *names; /* not to blame: NULL-terminated, or NULL */
	const char *const *us;    /* our own names, one word each: never blame */
	const char *const *internal; /* code names customers must not read:
	                                NULL-terminated, or NULL */
	int resolved;             /* a resolved update may name its cause */
	int monitoring;           /* a fix is in place and watched: what
	                             customers may still see, no workaround */
	const char *previous;     /* the incident's previous update, or NULL */
	enum inc_lint_mode mode[INC_LINT_RULES]; /* INC_LINT_DEFAULT: its own */
	int64_t at;               /* when it is posted: for "by 14:00 UTC" */
	/* out: the time to the next update the text promises, or -1 */
	long next_update_seconds;
};
/*
 * A customer status update checked against the rules. *out gets the
 * findings: text, one a line, "refused: RULE: "WORDS": a better way" or
 * "advice: RULE: ..."; JSON, an array of {rule, mode, words, advice}. The
 * result is how many refuse it (0: it may be recorded).
 */
int inc_lint(char **out, const char *text, struct inc_lint_args *args,
    enum inc_format format);
/* "eta" and the like; "refuse", "advise", "off" */
int inc_lint_rule_parse(enum inc_lint_rule *out, const char *name);
int inc_lint_mode_parse(enum inc_lint_mode *out, const char *name);
/* the modes set in the repository's git config (inc.lint.NAME) */
int inc_lint_modes(struct inc_lint_args *args, inc_repo *repo);

/* --- the status site: publish.c --- */

/*
 * The customer status site in dir (see inc-publish(1)), made from the
 * status events of every incident but drills: the same repository always
 * makes the same bytes, each file written whole. An incident whose log
 * cannot be read is left out and named in *warnings (NULL when none); a
 * damaged repository fails, and the site is left as it was. Unless
 * force, a site that shows what this copy has not (another clone's,
 * further on) is left as it is, INC_ECONFLICT.
 */
struct inc_publish_stats {
	size_t incidents; /* incidents with at least one update */
	size_t updates;
	int fast; /* only what changed was read (the site state) */
	const char *full_why; /* else why every incident was, or NULL */
};
int inc_publish(struct inc_publish_stats *out, inc_repo *repo,
    const char *dir, int force, char **warnings);

/* --- alerts: cap.c --- */

/*
 * The event event_id of incident id as one OASIS CAP 1.2 alert, an XML
 * document (see inc-announce(1)): read from the incident's log as it was
 * up to that event; announcement and text as a hook gets them. Its
 * sender is inc.announce.capSender, else the host of inc.pageUrl:
 * neither is INC_EINVALID.
 */
int inc_cap_alert(char **out, inc_repo *repo, const char *id,
    const char *event_id, const char *announcement, const char *text);

/* --- proving the history: verify.c --- */

/*
 * Every commit of HEAD's history checked: each log only grew by
 * appending, each line a valid event allowed when it was written, each
 * commit that touches incidents/ adds one event in its actor's name (a
 * merge none), and no earlier tip this clone saw was rewritten (one's
 * own unpushed events rebased are not: said in note). What is older than
 * the last verified tip is taken from a signed cache, unless full. An
 * offence gives INC_EINVALID, with where it is in *out; see inc-verify(1)
 * and incident-log(5). Free *out with inc_verify_result_free.
 */
struct inc_verify_args {
	const char *const *ids; /* NULL-terminated incidents, or NULL: all */
	const char *since;      /* a commit HEAD must descend from, or NULL */
	int signatures;         /* commits touching incidents/ signed, good */
	int full;               /* the whole history walked, not only what is
	                           new since the last verified tip */
};
struct inc_verify_result {
	size_t commits, events, incidents;
	double seconds;
	char commit[41]; /* the offence: its commit, */
	char *path;      /* log file or reference, */
	size_t line;     /* line (0: none) */
	char *reason;    /* and what is wrong */
	char *shown;     /* lines "subject: reason": what makes git show
	                    other objects than the ones verified, or NULL */
	char *note;      /* a line to say that is no offence (unpushed events
	                    rebased), or NULL */
	size_t walked;   /* commits walked: the new ones, or all with full */
};
int inc_verify(struct inc_verify_result *out, inc_repo *repo,
    const struct inc_verify_args *args);
void inc_verify_result_free(struct inc_verify_result *result);
/* the result as inc-verify prints it: a line of text, or of JSON */
int inc_verify_render(char **out, const struct inc_verify_result *result,
    int ok, enum inc_format format);

/* --- working with a remote: sync.c --- */

/* What inc_sync did; free with inc_sync_result_free. */
struct inc_sync_result {
	char *remote;      /* the remote's branch: "origin/main" */
	size_t merged;     /* events the remote had that this clone had not */
	size_t pushed;     /* events this clone pushed */
	size_t settings_merged; /* changes of the team's settings merged */
	size_t settings_pushed; /* and pushed */
	int attempts;      /* pushes tried */
	int failure;       /* on failure, which: enum inc_sync_failure */
	char *changed;     /* merged, though not appended: lines "ID: an event
	                      was changed, not appended, by COMMIT (AUTHOR):
	                      run inc-verify", a line per incident; or NULL */
};
enum inc_sync_failure {
	INC_SYNC_FAILED = 1, /* anything else */
	INC_SYNC_OFFLINE,    /* the remote could not be reached */
	INC_SYNC_CONFLICT,   /* a file other than a log conflicts */
	INC_SYNC_REWRITTEN   /* the remote rewrote what was seen there */
};
/*
 * Fetches the branch's remote (or remote), merges it into the branch
 * (the work tree and index in step), pushes, and on a push rejected as
 * someone pushed first does it again, a few times. Never forces a push.
 * Network operations run the git program: with ask, on the tool's
 * terminal, where it may ask the person there (a password); else, as in
 * the background, in a session of its own, without a terminal and with
 * GIT_TERMINAL_PROMPT=0, so that nothing waits for an answer.
 */
int inc_sync(struct inc_sync_result *out, inc_repo *repo, const char *remote,
    int ask);
void inc_sync_result_free(struct inc_sync_result *result);
/*
 * Each git a sync runs may take inc.syncTimeout seconds (120) at most; it
 * is then stopped, with its process group, and the sync fails as the
 * remote could not be reached. This stops the git running now the same
 * way, and keeps any other from starting: the sync fails, "interrupted".
 * For a signal handler (SIGINT, SIGTERM): async-signal-safe.
 */
void inc_sync_interrupt(void);
/*
 * When writes sync in the background (inc.autoSync and a remote): a sync
 * started, detached, which the caller never waits for; one running
 * already syncs again instead.
 */
void inc_sync_background(inc_repo *repo);

/* How fresh a clone's copy is. */
enum { INC_MERGING_MERGE = 1, INC_MERGING_CONFLICTS = 2 };
struct inc_freshness {
	int remote;         /* the branch has a remote */
	char name[256];     /* its branch there: "origin/main" */
	int fetched;        /* this call tried to fetch */
	int failed;         /* and could not (1), or not merge (2): why */
	char why[512];
	int64_t fetched_at; /* the last fetch that worked, 0: none */
	long unpushed;      /* events not pushed to it */
	int pushing;        /* and a sync of this clone under way or asked */
	char last[512];     /* why the last background sync failed, or "" */
	int merging;        /* a merge left in the work tree: INC_MERGING_* */
	char detached[41];  /* HEAD detached at this commit (short), or "" */
	char branch[256];   /* and the team's branch to go back to, or "" */
	int bisecting;      /* as a bisect left it */
	char elsewhere[256]; /* HEAD's branch, checked out elsewhere too */
	char side[256];     /* HEAD's branch, tracking nothing, not branch */
};
/*
 * Where auto-sync is on (else out->remote is 0): with fetch_first, a
 * reader's fetch and merge first, within a second, when the last fetch
 * is 5 seconds old or more (fetch_first 2: whenever, for a name this
 * copy does not have); then how fresh the copy is. A merge left in the
 * work tree is said whatever inc.autoSync says, and never merged over.
 * A detached HEAD, where auto-sync would fetch, is neither fetched nor
 * merged into: out->detached names its commit (out->remote is 0); nor
 * is a branch checked out in another work tree too: out->elsewhere. A
 * branch that tracks nothing, where the remote's own is another, is
 * out->side, and the team's is out->branch.
 */
int inc_sync_fresh(struct inc_freshness *out, inc_repo *repo, int fetch_first);
/* What a reader says of it: lines, or NULL when the copy is fresh. */
int inc_freshness_render(char **out, const struct inc_freshness *f,
    int64_t now);
/* Lines of JSON objects given fetched_at and unpushed. */
int inc_freshness_json(char **out, const char *json,
    const struct inc_freshness *f);

#endif
