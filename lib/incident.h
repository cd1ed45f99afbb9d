/*
 * libincident: incidents as JSON-lines event logs committed to git.
 *
 * Every function returns 0 on success or a negative INC_E* code; the
 * reason is then one line from inc_error(), already naming its subject.
 * Strings handed out through an out-parameter are the caller's to free().
 * The library never prints and never exits.
 */
#ifndef INCIDENT_H
#define INCIDENT_H

#include <stddef.h>
#include <stdint.h>

#define INC_VERSION "0.1.0"
#define INC_LOG_VERSION 1

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

typedef struct inc_repo inc_repo;
typedef struct inc_incident inc_incident;

/* How a write is made: when it happened (0: now) and whether --force. */
struct inc_write {
	int64_t at;
	int force;
};

/* error.c: the last error, and a warning left by a call that succeeded */
const char *inc_error(void);
const char *inc_warning(void);

/* text.c: checks and conversions that need no repository */
int inc_text_check(const char *what, const char *text, size_t max,
    int multiline);
char *inc_text_safe(const char *text, int oneline);
char *inc_json_safe(const char *json);
int inc_person_check(const char *what, const char *text);
int inc_due_check(const char *text);
int64_t inc_time_now(void);
int inc_time_parse(int64_t *out, const char *text, int64_t now);
int inc_state_parse(enum inc_state *out, const char *text);
const char *inc_state_name(enum inc_state state);
int inc_format_parse(enum inc_format *out, const char *text);
#define INC_ROLE_MAX 36 /* "ops:" and a name of up to 32 */
int inc_role_parse(char out[INC_ROLE_MAX + 1], const char *text);
int inc_status_parse(const char **out, const char *text);
int inc_impact_parse(const char **out, const char *text);
int inc_component_check(const char *name);

/* repo.c */
int inc_repo_open(inc_repo **out, const char *dir);
void inc_repo_free(inc_repo *repo);
/* editor.c: the editor git would run (GIT_EDITOR, core.editor, ...) */
int inc_editor(char **out, inc_repo *repo);
const char *inc_repo_path(const inc_repo *repo);
int inc_repo_is_default(const inc_repo *repo);

/* id.c: an id, a unique prefix or substring, $INC_ID, or the one active */
int inc_incident_resolve(char **out, inc_repo *repo, const char *name);

/* incident.c: one incident's picture, and its events when asked for */
int inc_incident_load(inc_incident **out, inc_repo *repo, const char *id,
    int with_events);
void inc_incident_free(inc_incident *incident);
const char *inc_incident_id(const inc_incident *incident);
enum inc_state inc_incident_state(const inc_incident *incident);
int64_t inc_incident_sitrep_due(const inc_incident *incident, inc_repo *repo);

/* list.c: all incidents, oldest first; active ones only unless all */
int inc_list(inc_incident ***out, size_t *count, inc_repo *repo, int all,
    char **warnings);
void inc_list_free(inc_incident **list, size_t count);

/* write.c: one event each, committed before returning */
struct inc_open_args {
	const char *title;
	const char *summary;
	enum inc_state state;
	int drill; /* a practice incident: marked as such, never published */
};
int inc_open(char **out_id, char **out_announcement, inc_repo *repo,
    const struct inc_open_args *args, const struct inc_write *how);
int inc_set_state(char **out_announcement, inc_repo *repo, const char *id,
    enum inc_state state, const char *message, const struct inc_write *how);
int inc_handoff(char **out_announcement, inc_repo *repo, const char *id,
    const char *role, const char *person, const struct inc_write *how);
struct inc_sitrep_args {
	const char *broken;
	const char *impact;
	const char *doing;
};
int inc_sitrep(char **out_announcement, char **out_report, inc_repo *repo,
    const char *id, const struct inc_sitrep_args *args,
    enum inc_format format, const struct inc_write *how);
int inc_sitrep_parse(struct inc_sitrep_args *out, char *text);
void inc_sitrep_carry(struct inc_sitrep_args *args,
    const inc_incident *incident);
int inc_sitrep_template(char **out, const char *id,
    const struct inc_sitrep_args *fields);
int inc_note(char **out_announcement, inc_repo *repo, const char *id,
    const char *text, const struct inc_write *how);
int inc_pm_owner(char **out_announcement, inc_repo *repo, const char *id,
    const char *person, const struct inc_write *how);
int inc_pm_action(char **out_announcement, inc_repo *repo, const char *id,
    const char *text, const char *owner, const char *due,
    const struct inc_write *how);
int inc_pm_done(char **out_announcement, inc_repo *repo, const char *id,
    long number, const struct inc_write *how);

/*
 * append.c: a batch. The events written between inc_batch_begin and
 * inc_batch_end are still one commit each, but made durable together: the
 * repository lock is held throughout, their objects go into one pack and
 * the branch moves once, at the end (and then the hooks run, in order).
 * None of them is recorded until inc_batch_end(repo, 1) returns 0; if it
 * fails, or with 0 (give up), none is.
 */
int inc_batch_begin(inc_repo *repo);
/*
 * hook.c: the hooks (inc.hook.*) of the events recorded since the last
 * call, run once the tool has said what was recorded. From the moment a
 * write moves the branch, SIGINT, SIGTERM, SIGHUP and SIGQUIT are held
 * until this call (or inc_repo_free, which runs no hook).
 */
void inc_hooks_run(inc_repo *repo);
int inc_batch_end(inc_repo *repo, int commit);

/* status.c: customer status updates (Statuspage's statuses and impacts) */
struct inc_status_args {
	const char *message;
	const char *status;      /* investigating|identified|monitoring|resolved */
	const char *impact;      /* none|minor|major|critical, or NULL */
	const char **components; /* NULL-terminated, may be NULL */
};
int inc_status(char **out_announcement, char **out_update, char **out_findings,
    inc_repo *repo, const char *id, const struct inc_status_args *args,
    const struct inc_write *how);
int inc_status_contact(char **out_announcement, inc_repo *repo,
    const char *id, const char *customer, const struct inc_write *how);
int inc_status_tickets(char **out_announcement, inc_repo *repo,
    const char *id, long count, const struct inc_write *how);
int64_t inc_incident_update_due(const inc_incident *incident, inc_repo *repo);

/* render.c: what the tools print; text output is already made safe */
int inc_render_picture(char **out, const inc_incident *incident,
    inc_repo *repo, enum inc_format format, int64_t now);
int inc_render_sitrep(char **out, const inc_incident *incident,
    enum inc_format format);
int inc_render_log(char **out, const inc_incident *incident,
    enum inc_format format);
int inc_render_postmortem(char **out, const inc_incident *incident,
    enum inc_format format);
/* one line (or nothing) about one incident of a list */
typedef int inc_render_fn(char **out, const inc_incident *incident,
    inc_repo *repo, enum inc_format format, int64_t now);
inc_render_fn inc_render_row;        /* inc-ls */
inc_render_fn inc_render_sitrep_due; /* nothing unless a sitrep is due */
inc_render_fn inc_render_pm_overdue; /* nothing unless the post-mortem is late */
inc_render_fn inc_render_update_due; /* nothing unless a customer update is due */

/*
 * lint.c: a customer status update checked against the process. *out
 * gets the findings, one a line ("WORDS": rule: a better way), and the
 * result is how many; names (NULL-terminated, may be NULL) are people,
 * teams or vendors not to blame; a resolved incident may name its cause.
 */
int inc_lint(char **out, const char *text, const char *const *names,
    int resolved);

/*
 * publish.c: the customer status site in dir (see inc-publish(1)), made
 * from the status events of every incident but drills: the same
 * repository always makes the same bytes. An incident whose log cannot be
 * read is left out and named in *warnings (NULL when there is none).
 */
struct inc_publish_stats {
	size_t incidents; /* incidents with at least one update */
	size_t updates;
};
int inc_publish(struct inc_publish_stats *out, inc_repo *repo,
    const char *dir, char **warnings);

/*
 * verify.c: every commit of HEAD's history checked: each log only grew by
 * appending, each line a valid event with an id of its own, each commit
 * that touches incidents/ adds one event in its actor's name (a merge
 * none), and no earlier tip this clone saw was rewritten. An offence
 * gives INC_EINVALID, with where it is in result; see inc-verify(1).
 */
struct inc_verify_args {
	const char *const *ids; /* NULL-terminated incidents, or NULL: all */
	const char *since;      /* a commit HEAD must descend from, or NULL */
	int signatures;         /* commits touching incidents/ signed, good */
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
};
int inc_verify(struct inc_verify_result *out, inc_repo *repo,
    const struct inc_verify_args *args);
void inc_verify_result_free(struct inc_verify_result *result);
/* the result as inc-verify prints it: a line of text, or of JSON */
int inc_verify_render(char **out, const struct inc_verify_result *result,
    int ok, enum inc_format format);

#endif
