/* libincident internals: not part of the public interface. */
#ifndef INCIDENT_INTERNAL_H
#define INCIDENT_INTERNAL_H

#include <git2.h>
#include <jansson.h>

#include "incident.h"
#include "banned.h"

#define INC_TITLE_MAX 200
#define INC_NAME_MAX 200
#define INC_LINE_MAX (1024 * 1024)
/* the largest integer a log may hold (seq, n, count): 2^53 - 1, exact in
 * every JSON reader, and far from overflowing when a writer adds 1 */
#define INC_INT_MAX ((json_int_t)9007199254740991LL)
#define INC_CHUNK_EVENTS 128
#define INC_DIR "incidents"
/* the team's settings, read from HEAD: see config.c, incident-log(5) */
#define INC_TEAM_FILE INC_DIR "/settings.json"
/* how far apart two machines' clocks may be: see incident-log(5) */
#define INC_SKEW_SECONDS (15 * 60)

struct inc_repo {
	git_repository *git;
	char *path;      /* what the user knows it by */
	int is_default;  /* neither named nor found: the per-user default */
	char *commondir; /* where the lock and the cache live */
	/* normal and major, read on first use, and again once a merge has
	 * changed the team's settings (inc__repo_settings_reload) */
	int sitrep_minutes[2];
	int update_minutes[2]; /* likewise, for customer updates */
	char writer[9];  /* the writer id of this clone's branch, on first write */
	char *writer_branch; /* that branch */
	char *name;      /* the responder, filled on first write */
	char *email;
	struct inc__batch *batch; /* between inc_batch_begin and _end */
	int index_locked; /* this writer holds index.lock: see worktree.c */
	json_t *hooks;    /* queued for inc_hooks_run: see hook.c */
	int (*refresh)(inc_repo *repo); /* see inc_repo_refresh_with */
	int tmp_excluded; /* *.inc-tmp in info/exclude: see worktree.c */
};

/*
 * JSON for machines, as the log is written: compact, keys sorted, one
 * value a line, UTF-8 as it is. (inc-publish's files follow Statuspage's
 * key order instead: see publish.c.)
 */
#define INC_JSON_FLAGS (JSON_COMPACT | JSON_SORT_KEYS)

/*
 * struct inc_buf: a growable string, NUL-terminated, for everything the
 * library renders (buf.c).
 *
 * - Start with `struct inc_buf b = {0};`: no memory is held until the
 *   first append. s is NULL until then, then the text so far: len bytes
 *   and a NUL. Callers may read s and len, and may set len to 0 to write
 *   it again (s ends at len again after the next append).
 *
 * - The appends: inc__buf_put() (n bytes), inc__buf_puts() (a string),
 *   inc__buf_printf() (as printf(3)), inc__buf_safe() (text as a
 *   terminal may show it: see buf.c).
 *
 * - Errors stick. An append that fails (out of memory, a size that cannot
 *   be, a format that cannot be) sets inc_error() at that moment and marks
 *   the buffer failed; every later append to it does nothing. So a
 *   renderer makes its appends one after another and checks once, at the
 *   end, with inc__buf_error(); it need not check each call. The appends
 *   still return 0, or INC_ERROR once the buffer has failed, for a caller
 *   that stops early. What s holds after a failure is not to be used.
 *
 * - inc__buf_error(): 0, or INC_ERROR with inc_error() saying why the
 *   buffer failed (said again, in case something set another message
 *   since).
 *
 * - inc__buf_fail(): marks the buffer failed for a reason of the
 *   caller's (a helper whose own step failed, json_dumps for one), so
 *   that the one check at the end sees it too. why is static text.
 *
 * - Ownership: inc__buf_take() hands the text to the caller (free it),
 *   "" when nothing was appended, and leaves the buffer empty; it returns
 *   NULL, freeing the buffer, when the buffer failed (inc_error() says
 *   why). inc__buf_free() frees the text and clears the failure; the
 *   buffer may be used again. Neither is needed after the other.
 */
struct inc_buf {
	char *s;
	size_t len, cap;
	const char *failed; /* NULL, or why an append failed */
};

/* where one event's line is in inc_incident's text (without its newline) */
struct inc__line {
	size_t off, len;
};

struct inc_incident {
	json_t *picture; /* the reduced state: see incident-log(5) */
	json_t *events;  /* the events in log order, or NULL */
	struct inc_buf text;    /* with events: the log files, as read */
	struct inc__line *line; /* with events: each event's line in text */
	/* with events: the incidents closed as its duplicates, each
	 * {"id", "picture", "events"} (no picture or events if unreadable) */
	json_t *duplicates;
};

/* a macro's value as a string literal */
#define INC_STR_(x) #x
#define INC_STR(x) INC_STR_(x)

/* a string member of a JSON object, or NULL (or fallback) */
static inline const char *
inc__str(json_t *object, const char *key)
{
	return json_string_value(json_object_get(object, key));
}

static inline const char *
inc__str_or(json_t *object, const char *key, const char *fallback)
{
	const char *s = inc__str(object, key);

	return s ? s : fallback;
}

/*
 * The name and email of the person object at key ({"name", "email"}, as
 * every person is in the log and in JSON output), or NULL.
 */
static inline const char *
inc__who(json_t *object, const char *key)
{
	return inc__str(json_object_get(object, key), "name");
}

static inline const char *
inc__who_email(json_t *object, const char *key)
{
	return inc__str(json_object_get(object, key), "email");
}

/* error.c */
int inc__fail(int code, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void inc__error_partial(const char *remote);
int inc__git_fail(int gitcode, const char *subject);
int inc__object_fail(int gitcode, const char *subject, const char *type,
    const git_oid *id);
int inc__errno_fail(const char *subject);
const char *inc__disk_fault(const char *text);
void inc__not_recorded(void);
void inc__warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void inc__warn_clear(void);

/* buf.c */
int inc__buf_printf(struct inc_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int inc__buf_put(struct inc_buf *b, const char *s, size_t n);
int inc__buf_puts(struct inc_buf *b, const char *s);
int inc__buf_safe(struct inc_buf *b, const char *text, int oneline);
int inc__buf_error(const struct inc_buf *b);
int inc__buf_fail(struct inc_buf *b, const char *why);
size_t inc__utf8_next(unsigned long *out, const char *s, size_t n);
size_t inc__utf8_cut(const char *s, size_t max);
int inc__invisible(unsigned long c);
int inc__hides_text(unsigned long c);
int inc__breaks_line(unsigned long c);
char *inc__buf_take(struct inc_buf *b);
void inc__buf_free(struct inc_buf *b);
int inc__utf8_valid(const char *s, size_t n);

/* text.c */
const char *inc__list_quote(const char *name);
int inc__invalid(const char *text, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int inc__name_equal(const char *a, const char *b);
void inc__name_key(struct inc_buf *b, const char *name);
unsigned long inc__fold(unsigned long c);
const char *inc__person_name(const char *text, const char **end);
int inc__person_is_me(const char *text);
int inc__name_has_letter(const char *text, size_t n);
size_t inc__text_columns(const char *text, size_t n);
int inc__line_starts(const char *lines, const char *prefix);
/* the impact (none, minor, major, critical) a state stands for */
const char *inc__state_impact(const char *state);
/* a component status as an update says it ("partial outage"), or NULL */
const char *inc__component_status_words(const char *status);

/*
 * hints.c: what a model learnt from real updates says of one, for the
 * advice of lint.c (maybe-cause, maybe-blame)
 */
enum { INC__HINT_CAUSE, INC__HINT_BLAME, INC__HINTS };
/* fn(FEATURE, arg) for each word of text[0..n), and each two words in a
 * row ("due to"), repeats too; stops at fn's first non-zero result */
int inc__hint_features(const char *text, size_t n,
    int (*fn)(const char *feature, void *arg), void *arg);
/* out[INC__HINTS]: the models' log-odds for text[0..n), each feature
 * counted once; without bias, only what its words add */
int inc__hint_scores(double *out, const char *text, size_t n, int bias);

/* time.c */
void inc__time_format(char out[32], int64_t t);
enum { INC__SHOW_UTC, INC__SHOW_MINUTES, INC__SHOW_SECONDS };
void inc__time_show(char out[32], json_t *object, const char *key, int how);
int inc__time_get(int64_t *out, json_t *object, const char *key);
int inc__at_before(json_t *event, int64_t then);
/* the time at key, 0 when there is none */
static inline int64_t
inc__time_or0(json_t *object, const char *key)
{
	int64_t t;

	return inc__time_get(&t, object, key) == 0 ? t : 0;
}
int64_t inc__time_now_ms(void);
/* The offset from UTC, in minutes east, at the time at, of the zone a
 * status page names (n bytes at name, any case: "UTC", "CET", "PDT",
 * "ET" as the United States keep it): 1, or 0 for a name not known or
 * not one zone (CST is America's and China's, IST India's, Ireland's
 * and Israel's). */
int inc__time_zone(int *minutes, const char *name, size_t n, int64_t at);
/* The offset that follows a zone's name at s ("+2", " -05:00", "+0530"),
 * in minutes east: 1, or 0 for none. */
int inc__time_offset(int *minutes, const char *s);

/* signals.c: held from the branch moving until the answer is given, the
 * push started and the hooks run */
void inc__signals_hold(void);
void inc__signals_release(void);
int inc__signals_pending(void);
int inc__signals_take(void);
const char *inc__signals_name(int sig);
/*
 * the signals the tools ignore (with <signal.h>), at their default
 * actions in a program they start: inc__signals_default() in a child
 * about to exec
 */
#define INC__SIGNALS_IGNORED {SIGPIPE, SIGXFSZ}
void inc__signals_default(void);

/* repo.c */
int inc__identity(inc_repo *repo);
int inc__writer(const char **out, inc_repo *repo);
int inc__head_tree(git_tree **out, inc_repo *repo);
int inc__repo_settings_reload(inc_repo *repo);

/* file.c */
int inc__file_replace(const char *path, const char *content, size_t size,
    int sync, const char *subject);
void inc__file_sweep(const char *dir, int all);

/* config.c */
int inc__config_open(git_config **out, git_repository *git);
int inc__config_snapshot(git_config **out, inc_repo *repo);
int inc__config_string(char **out, git_config *cfg, const char *key,
    const char *fallback);
int inc__config_int(int *out, git_config *cfg, const char *key, int fallback);
int inc__config_minutes(int *out, git_config *cfg, const char *key,
    int fallback);
int inc__config_positive(int *out, git_config *cfg, const char *key,
    int fallback, const char *unit);
int inc__config_bool(int *out, git_config *cfg, const char *key, int fallback);
int inc__config_strings(json_t **out, git_config *cfg, const char *key);
int inc__config_team_check(const char *field, json_t *value);
int inc__team_file_id(git_oid *out, const git_tree *tree);
/* team.c: a conflict in the team's settings merged field by field */
int inc__settings_merge(inc_repo *repo, git_index *index);

/* component.c: the components a team declares (inc.component) */
struct inc__component {
	char *name, *description, *group;
	int order;
};
int inc__components_read(struct inc__component **out, size_t *n,
    git_config *cfg);
void inc__components_free(struct inc__component *list, size_t n);
const struct inc__component *inc__component_find(
    const struct inc__component *list, size_t n, const char *name);
int inc__component_same(const char *a, const char *b);
char *inc__component_key(const char *name);
int inc__component_unknown(const char *name,
    const struct inc__component *list, size_t n);
int inc__component_given(char **name, const char **status,
    const char *given, const struct inc__component *declared, size_t n,
    int statuses);

/* id.c */
int inc__id_valid(const char *id);
int inc__id_name_check(const char *name);
int inc__id_path(char *out, size_t size, const char *id);
int inc__is_log_name(const char *path);
int inc__id_new(char **out, const char *title, int64_t at);
/* Is dir ("incidents/YYYY/MM") the directory of the id's year and
 * month, where its log is looked up? */
int inc__id_in_dir(const char *id, const char *dir);
int inc__id_list(char ***out, git_oid **trees, size_t *count, git_tree *head);
/* The incidents whose tree at head is not the one they had under was
 * (an incidents/ tree of before), a zero tree for one gone */
int inc__id_changed(char ***out, git_oid **trees, size_t *count,
    const git_oid *was, git_tree *head);
int inc__tree_bypath(git_tree **out, git_tree *root, const char *path);
void inc__strv_free(char **v, size_t n);

/* html.c */
void inc__html_escape(struct inc_buf *b, const char *text, size_t len, int br);
void inc__html_text(struct inc_buf *b, const char *text, int br);
void inc__html_markdown(struct inc_buf *b, const char *text);
int inc__html_url_allowed(const char *url, size_t n);

/* publish.c: id with no word of its title, YYYY-MM-DD-HHMM-xxxxxx */
int inc__public_id(char out[24], const char *id);

/* incident.c */
int inc__incident_tree(git_tree **out, inc_repo *repo, git_tree *head,
    const char *id);
int inc__picture(json_t **out, inc_repo *repo, git_tree *head,
    const char *id);
int inc__picture_of(json_t **out, inc_repo *repo, const char *id,
    const git_oid *tree);
int inc__incident_read(inc_incident **out, inc_repo *repo, const char *id,
    const git_oid *tree_id);
int inc__log_read(json_t **picture, json_t **events, inc_repo *repo,
    git_tree *tree, const char *id, json_int_t below);
int64_t inc__due(const inc_incident *incident, inc_repo *repo,
    int minutes[2], const char *key, const char *last_key, const char *field,
    int64_t start);
int64_t inc__work_began(const inc_incident *incident);
int inc__cache_store(inc_repo *repo, const char *id, const git_oid *tree,
    json_t *picture);

/* index.c: the active incidents, kept by the writers */
int inc__active(char ***out_ids, git_oid **out_trees, size_t *count,
    char **out_resolved, int64_t *resolved_at, inc_repo *repo,
    git_tree *head, struct inc_buf *warn);
void inc__index_update(inc_repo *repo, git_tree *before, git_tree *after,
    const char *id, const git_oid *tree, json_t *picture);

/* append.c: one event appended as one commit, under the lock */
struct inc_change;
/* what an event of one type must pass, and says: see events.c */
struct inc__event_kind {
	const char *type;
	/* under the lock: may it be recorded now (it may take fields over
	 * from the picture)? NULL: always */
	int (*allowed)(struct inc_change *c, json_t *picture);
	/* its announcement for the incident channel, into c->announce */
	int (*announce)(struct inc_change *c, json_t *picture);
	/* for the announcers that say prefix and the first line of field */
	const char *prefix, *field;
};
struct inc_change {
	inc_repo *repo;
	const char *id;
	json_t *event;
	const struct inc__event_kind *kind;
	int creating; /* the event opens the incident */
	struct inc_buf announce; /* the line for the incident channel */
	const char *body;        /* the commit message body, if any */
	json_t **picture;        /* if set, gets the picture after the event */
	int hooks_later;         /* the caller runs the hooks, with its text */
	int lock;                /* the writers' lock (inc__append sets it) */
	git_tree *tree; /* while allowed() runs: the incident's tree, or NULL */
	char *findings;          /* a customer update's, for the caller */
	int refused;             /* its findings refused it */
	char *open_already;      /* an open's key: the active one that has it */
	/* the announcement as older tools made it, for inc-verify: whole,
	 * no text cut; older, in the words of earlier tools: a
	 * post-mortem by its Markdown's first line, a maintenance notice
	 * without its window and components */
	int whole, older;
};
int inc__event_new(json_t **out, inc_repo *repo, const char *id,
    const char *type, const struct inc_write *how);
int inc__append(char **out_announcement, struct inc_change *c);
/* append.c: the event's announcement (a drill's marked), and a commit's
 * subject made of one: the id, its first line made safe (raw: not, as
 * older tools made it), cut unless whole */
int inc__change_announce(struct inc_change *c, json_t *picture);
int inc__commit_subject(struct inc_buf *b, const char *id, const char *ann,
    int whole, int raw);
/* events.c */
const struct inc__event_kind *inc__event_kind(const char *type);
int inc__event_subject(struct inc_buf *out, inc_repo *repo, json_t *event,
    json_t *picture, int whole, int older, int raw);

/* lock.c: the writers' lock, and what its holder notes in it */
int inc__lock(int *out, inc_repo *repo);
void inc__unlock(int fd);
void inc__lock_note(int fd, const char *refname, const git_oid *to);

/* housekeeping.c */
int inc__detach(void);
void inc__gc_auto(inc_repo *repo);

/* hook.c: queued as an event is committed, run by inc_hooks_run */
void inc__hooks(inc_repo *repo, json_t *event, const char *announcement,
    const char *text);
int inc__hooks_queue(inc_repo *repo, json_t *event, const char *announcement,
    const char *text);
void inc__hooks_drop(inc_repo *repo, size_t keep);

/* verify.c: a log file that did not only grow: the line, and how */
size_t inc__log_rewritten(const char **what, const char *o, size_t olen,
    const char *n, size_t nlen);

/* worktree.c: the work tree and index in step with the branch */
int inc__worktree_lock(inc_repo *repo);
int inc__worktree_stage(inc_repo *repo, git_tree *tree,
    const char *const *paths, size_t n);
int inc__worktree_done(inc_repo *repo, int moved, const char *const *paths,
    size_t n);
void inc__worktree_unlock(inc_repo *repo);
int inc__worktree_elsewhere(inc_repo *repo, const char *refname);
int inc__worktree_index_fail(inc_repo *repo, int gitcode, const char *subject,
    const char *nothing);
int inc__worktree_unchanged(inc_repo *repo, const char *path,
    const git_oid *id);

/* render.c */
/* 45s, 12m, 3h05m, 1d00h14m */
void inc__duration(char out[32], int64_t seconds);
int inc__render_sitrep(char **out, json_t *picture, json_t *sitrep,
    enum inc_format format);
int inc__render_update(char **out, json_t *picture, json_t *update);
int inc__render_channel(char **out, json_t *picture, json_t *event);
/* JSON as the readers print it: INC_JSON_FLAGS, C1 controls escaped, a
 * newline after */
void inc__put_json(struct inc_buf *b, json_t *value);
/* roles in the order the tools list them: IC, Comms, Ops, the groups */
int inc__role_cmp(const char *a, const char *b);
/*
 * What an event did, on one line, made safe, as inc-log says it (a
 * sitrep, what changed since the one before; " [backfilled]" after an
 * event dated before one above it). walk starts zeroed and is given the
 * events of one log in log order.
 */
struct inc__log_walk {
	json_t *sitrep;     /* the sitrep before */
	const char *latest; /* the latest time so far */
};
void inc__put_event_line(struct inc_buf *b, struct inc__log_walk *walk,
    json_t *e, json_t *picture);

/* impact.c: the impact each customer update stands for on the page */
enum { INC__OWN = 8 }; /* over a component's level: a status given by name */
#define INC__LEVEL(level) ((level) >= INC__OWN ? (level) - INC__OWN : (level))
struct inc__impacts {
	json_t *levels; /* each component named: its level, as inc__speaks */
	int given;      /* the newest impact given or stated, or -1 */
	int worst;      /* the worst impact an update stood for, or -1 */
	size_t count;   /* the updates taken */
};
int inc__speaks(int level, int named, int status, size_t names, int given,
    int impact);
int inc__impacts_start(struct inc__impacts *w);
void inc__impacts_end(struct inc__impacts *w);
int inc__impacts_next(struct inc__impacts *w, json_t *update, int resolved,
    const char *state);
int inc__impacts_fold(json_t *picture, json_t *update);
int inc__impact_of(json_t *events, const char *id);
const char *inc__picture_impact(json_t *picture);
/* a conflict in the picture in words, and how to settle it */
void inc__put_conflict(struct inc_buf *b, json_t *conflict);
/* what a resolved incident's post-mortem owes (inc-postmortem --due),
 * one string a reason; empty when nothing */
int inc__pm_owed(json_t **out, const inc_incident *incident, int64_t now);

/* picture.c: what the events add up to */
json_t *inc__picture_new(const char *id);
/* the event applied has seen every event before it (a writer's own) */
int inc__picture_apply(json_t *picture, json_t *event);
int inc__picture_at(json_t **out, inc_repo *repo, git_tree *tree,
    const char *id, int64_t at);
/* or, as a reader knows it, the events seen->fn(seen->ctx, ID) says */
struct inc__seen {
	int (*fn)(void *ctx, const char *id);
	void *ctx;
};
int inc__picture_fold(json_t *picture, json_t *event,
    const struct inc__seen *seen);
const char *inc__mitigation_undone(json_t *picture);

/* checkfold.c: what inc-check reads of the events, in the picture */
#define INC_BREAK_SECONDS 3600 /* a break this long ends a stretch of work */
int inc__checkfold(json_t *picture, json_t *event,
    const struct inc__seen *seen);
int inc__stretch_add(json_t *stretches, int64_t from, int64_t to);
int inc__is_commander(json_t *picture, const char *name, const char *email);
int inc__maintenance_window(json_t *events, json_t *more, int64_t *from,
    int64_t *until, int64_t *first);
/* not resolved, or resolved apart from another decision (a conflict
 * stands): listed as active, by inc_list and the index alike */
int inc__picture_active(json_t *picture);
/* a cycle of duplicates closed apart settled, from the others' pictures
 * at head (NULL: HEAD's): in every picture read, in none cached; 1 when
 * the incident is in one */
int inc__picture_cycle(json_t *picture, inc_repo *repo, git_tree *head);
int inc__picture_cycle_settle(json_t *picture, json_t *members);
/* its state changed to one not resolved after customers were told at
 * told that it is resolved */
int inc__picture_reopened(json_t *picture, int64_t told);
int inc__conflicted(json_t *picture, const char *const *kinds);
int inc__setting_conflicted(json_t *picture, const char *field);
/* "[drill] " before a drill's title, else "" */
const char *inc__drill_mark(json_t *picture);
/* a conflict over who holds role stands */
int inc__role_conflicted(json_t *picture, const char *role);
/* the holder of role, or one of those it was handed to apart */
int inc__is_holder(json_t *picture, const char *role, const char *name,
    const char *email);
/* the need or action (list) a need-met or action-done event closes */
json_t *inc__picture_item(json_t *picture, const char *list, json_t *event);
const char *inc__role_title(char out[64], const char *role);
int inc__person_match(json_t *holder, const char *name, const char *email);

/* incident.c: one chunk of a log checked and parsed, no repository needed */
int inc__log_parse(json_t *events, const char *id, const char *where,
    const char *text, size_t size);

/* incident.c: one line of a log checked and parsed (verify.c uses it too) */
int inc__check_event(json_t **out, const char *id, const char *where,
    size_t line, const char *text, size_t len);

/*
 * sign.c: a commit made as git makes it, signed when commit.gpgsign says
 * so (gpg.format openpgp or ssh); and a commit's signature checked as
 * git verify-commit checks it: 0 good, INC_EINVALID with the reason.
 */
int inc__commit_create(git_oid *out, inc_repo *repo,
    const git_signature *author, const git_signature *committer,
    const char *message, const git_tree *tree, const git_commit *parent);
int inc__commit_create_n(git_oid *out, inc_repo *repo,
    const git_signature *author, const git_signature *committer,
    const char *message, const git_tree *tree, size_t nparents,
    const git_commit **parents);
int inc__signature_check(inc_repo *repo, const git_oid *commit);

#endif
