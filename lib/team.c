/*
 * A team's incident repository: made, or joined by cloning the shared
 * one, and made ready to record (inc-init); and the team's settings in
 * it, read and changed from any clone. The clone is bare: nothing
 * is checked out, so a write rewrites no index (which grows with every
 * incident) and no log file lies in a work tree to be edited by hand;
 * the tools, git log and the sync read the branch itself.
 *
 * The network is the system git's (`git clone`), so that the user's
 * remotes, credentials and ssh configuration work unchanged; everything
 * after the clone is done here.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"

#define GIT_OUTPUT_MAX 4096

/*
 * What a new team's settings file holds: the intervals, said out loud,
 * as the one who commits it has them (the defaults, unless configured),
 * so that a team that kept them in git config goes on with them.
 */
static int
first_settings(char **out, inc_repo *repo)
{
	static const struct {
		const char *key, *field;
		int minutes;
	} intervals[] = {
		{"inc.sitrepInterval", "sitrep_interval_seconds", 60},
		{"inc.sitrepIntervalMajor", "sitrep_interval_major_seconds", 30},
		{"inc.updateInterval", "update_interval_seconds", 60},
		{"inc.updateIntervalMajor", "update_interval_major_seconds", 30},
	};
	git_config *cfg = NULL;
	json_t *settings = json_pack("{s:[]}", "names_not_to_blame");
	int rc = 0, minutes;

	*out = NULL;
	if (!settings)
		return inc__fail(INC_ERROR, "out of memory");
	if ((rc = inc__config_snapshot(&cfg, repo)) < 0)
		goto out;
	for (size_t i = 0; i < sizeof(intervals) / sizeof(intervals[0]); i++) {
		if (inc__config_minutes(&minutes, cfg, intervals[i].key,
		    intervals[i].minutes) < 0)
			inc__warn("%s (using %d minutes)", inc_error(), minutes);
		json_object_set_new(settings, intervals[i].field,
		    json_integer((json_int_t)minutes * 60));
	}
	rc = (*out = json_dumps(settings, JSON_INDENT(2) | JSON_SORT_KEYS)) ?
	    0 : inc__fail(INC_ERROR, "out of memory");
out:
	git_config_free(cfg);
	json_decref(settings);
	return rc;
}

/* 1 when path is missing or an empty directory, 0 when it holds files. */
static int
vacant(const char *path)
{
	struct dirent *d;
	DIR *dp;
	int empty = 1;

	if (!(dp = opendir(path)))
		return errno == ENOENT ? 1 : errno == ENOTDIR ? 0 : -1;
	while (empty && (d = readdir(dp)))
		empty = !strcmp(d->d_name, ".") || !strcmp(d->d_name, "..");
	closedir(dp);
	return empty;
}

/*
 * `git clone --bare -q -- url dir`, by the system git: its last line of
 * error output, if it fails, is the reason given.
 */
static int
clone_by_git(const char *url, const char *dir)
{
	char out[GIT_OUTPUT_MAX], *line;
	size_t n = 0;
	ssize_t got;
	int pipefd[2], status;
	pid_t pid;

	if (pipe(pipefd) < 0)
		return inc__errno_fail("pipe");
	fflush(NULL);
	if ((pid = fork()) < 0) {
		close(pipefd[0]);
		close(pipefd[1]);
		return inc__errno_fail("fork");
	}
	if (pid == 0) {
		dup2(pipefd[1], 2);
		close(pipefd[0]);
		close(pipefd[1]);
		/* the clone is dir, whatever the environment names */
		unsetenv("GIT_DIR");
		unsetenv("GIT_WORK_TREE");
		execlp("git", "git", "clone", "--bare", "-q", "--", url, dir,
		    (char *)NULL);
		dprintf(2, "cannot run git: %s\n", strerror(errno));
		_exit(127);
	}
	close(pipefd[1]);
	while ((got = read(pipefd[0], out + n, sizeof(out) - 1 - n)) != 0) {
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			break;
		n += (size_t)got;
		if (n == sizeof(out) - 1) { /* keep the end: the reason is last */
			memmove(out, out + n / 2, n - n / 2);
			n -= n / 2;
		}
	}
	close(pipefd[0]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return inc__errno_fail("git clone");
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	out[n] = '\0';
	while (n && (out[n - 1] == '\n' || out[n - 1] == '\r'))
		out[--n] = '\0';
	line = strrchr(out, '\n') ? strrchr(out, '\n') + 1 : out;
	if (!strncmp(line, "fatal: ", 7))
		line += 7;
	if (WIFEXITED(status))
		return inc__fail(INC_ERROR, "%s: git clone failed: %s", url,
		    *line ? line : "no reason given");
	return inc__fail(INC_ERROR, "%s: git clone killed by signal %d", url,
	    WTERMSIG(status));
}

/*
 * A bare clone as git clone --bare leaves it, made a clone that fetches:
 * the remote's branches become remote-tracking branches (origin/NAME),
 * only HEAD's branch stays local, with origin/NAME as its upstream, and
 * origin/HEAD names it as the remote's own, as git clone records it (a
 * branch of a work tree that is not the team's is told by it).
 */
static int
tracking(const char *dir)
{
	git_repository *git = NULL;
	git_reference_iterator *it = NULL;
	git_reference *ref = NULL, *head = NULL, *made = NULL;
	git_config *cfg = NULL;
	const char *branch = NULL;
	char name[1024];
	int rc;

	if ((rc = git_repository_open_ext(&git, dir,
	    GIT_REPOSITORY_OPEN_NO_SEARCH, NULL)) < 0 ||
	    (rc = git_remote_add_fetch(git, "origin",
	    "+refs/heads/*:refs/remotes/origin/*")) < 0 ||
	    (rc = git_reference_lookup(&head, git, "HEAD")) < 0)
		goto fail;
	if (git_reference_type(head) == GIT_REFERENCE_SYMBOLIC &&
	    !strncmp(git_reference_symbolic_target(head), "refs/heads/", 11))
		branch = git_reference_symbolic_target(head) + 11;
	if ((rc = git_reference_iterator_glob_new(&it, git, "refs/heads/*")) < 0)
		goto fail;
	while ((rc = git_reference_next(&ref, it)) == 0) {
		const char *local = git_reference_name(ref) + 11;
		snprintf(name, sizeof(name), "refs/remotes/origin/%s", local);
		if (git_reference_type(ref) == GIT_REFERENCE_DIRECT &&
		    (rc = git_reference_create(&made, git, name,
		    git_reference_target(ref), 1, "inc-init: as cloned")) < 0)
			goto fail;
		git_reference_free(made), made = NULL;
		if ((!branch || strcmp(local, branch)) &&
		    (rc = git_reference_delete(ref)) < 0)
			goto fail;
		git_reference_free(ref), ref = NULL;
	}
	if (rc != GIT_ITEROVER)
		goto fail;
	rc = 0;
	if (branch) {
		snprintf(name, sizeof(name), "branch.%s.remote", branch);
		if ((rc = git_repository_config(&cfg, git)) < 0 ||
		    (rc = git_config_set_string(cfg, name, "origin")) < 0)
			goto fail;
		snprintf(name, sizeof(name), "branch.%s.merge", branch);
		if ((rc = git_config_set_string(cfg, name,
		    git_reference_symbolic_target(head))) < 0)
			goto fail;
		/* as git clone: only once the remote has the branch */
		snprintf(name, sizeof(name), "refs/remotes/origin/%s", branch);
		if (git_reference_lookup(&made, git, name) == 0) {
			git_reference_free(made), made = NULL;
			rc = git_reference_symbolic_create(&made, git,
			    "refs/remotes/origin/HEAD", name, 1,
			    "inc-init: as cloned");
		} else
			git_error_clear();
	}
fail:
	if (rc < 0)
		rc = inc__git_fail(rc, dir);
	git_config_free(cfg);
	git_reference_free(made);
	git_reference_free(ref);
	git_reference_free(head);
	git_reference_iterator_free(it);
	git_repository_free(git);
	return rc;
}

/* A new bare repository at dir, HEAD's branch as git init would name it. */
static int
make_bare(const char *dir)
{
	git_repository *git = NULL;
	git_repository_init_options opts;
	int rc;

	git_repository_init_options_init(&opts,
	    GIT_REPOSITORY_INIT_OPTIONS_VERSION);
	opts.flags = GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_MKPATH;
	if ((rc = git_repository_init_ext(&git, dir, &opts)) < 0)
		return inc__git_fail(rc, dir);
	git_repository_free(git);
	return 0;
}

/*
 * What to commit as the team's settings, given the file HEAD has (NULL:
 * none): its text in *text, or NULL when there is nothing to commit, and
 * the commit's message in *message.
 */
typedef int settings_fn(char **text, char **message, inc_repo *repo,
    const git_tree_entry *file, void *arg);

/*
 * The team's settings as make has them committed on HEAD's branch: one
 * commit by the responder, under the writers' lock, the branch moved
 * only if it still points where it did; in a work tree the file and the
 * index too. 1 when committed, 0 when there was nothing to commit.
 */
static int
commit_settings(inc_repo *repo, int lock, int *was_empty, settings_fn *make,
    void *arg)
{
	git_reference *head = NULL, *moved = NULL;
	git_commit *parent = NULL;
	git_tree *tree = NULL, *before = NULL;
	git_signature *me = NULL;
	git_tree_update update;
	git_oid parent_id, tree_id, commit_id;
	const char *refname, *paths[] = {INC_TEAM_FILE};
	git_tree_entry *e = NULL;
	char *text = NULL, *message = NULL;
	int rc, unborn, staged = 0;

	if ((rc = git_reference_lookup(&head, repo->git, "HEAD")) < 0)
		return inc__git_fail(rc, "HEAD");
	if (git_reference_type(head) != GIT_REFERENCE_SYMBOLIC) {
		rc = inc__fail(INC_EINVALID, "%s: HEAD is detached: check out a "
		    "branch", repo->path);
		goto out;
	}
	refname = git_reference_symbolic_target(head);
	rc = git_reference_name_to_id(&parent_id, repo->git, refname);
	unborn = rc == GIT_ENOTFOUND;
	if (unborn)
		rc = 0;
	*was_empty = unborn;
	if (rc < 0 || (!unborn && ((rc = git_commit_lookup(&parent, repo->git,
	    &parent_id)) < 0 || (rc = git_commit_tree(&before, parent)) < 0))) {
		rc = inc__git_fail(rc, refname);
		goto out;
	}
	if (before && git_tree_entry_bypath(&e, before, INC_TEAM_FILE) < 0)
		e = NULL;
	git_error_clear();
	if ((rc = make(&text, &message, repo, e, arg)) < 0 || !text)
		goto out; /* rc 0: nothing to commit */
	if ((rc = inc__identity(repo)) < 0)
		goto out;
	update.action = GIT_TREE_UPDATE_UPSERT;
	update.filemode = GIT_FILEMODE_BLOB;
	update.path = INC_TEAM_FILE;
	if ((rc = git_blob_create_from_buffer(&update.id, repo->git,
	    text, strlen(text))) < 0 ||
	    (rc = git_tree_create_updated(&tree_id, repo->git, before, 1,
	    &update)) < 0 ||
	    (rc = git_tree_lookup(&tree, repo->git, &tree_id)) < 0 ||
	    (rc = git_signature_now(&me, repo->name, repo->email)) < 0) {
		rc = inc__git_fail(rc, INC_TEAM_FILE);
		goto out;
	}
	if ((rc = inc__commit_create(&commit_id, repo, me, me, message, tree,
	    parent)) < 0 ||
	    (rc = inc__worktree_lock(repo)) < 0)
		goto out;
	staged = 1;
	if ((rc = inc__worktree_stage(repo, tree, paths, 1)) < 0)
		goto out;
	inc__lock_note(lock, refname, &commit_id);
	/* committed, it is said and its push started before a Ctrl-C ends
	 * the tool, as an event's (signals.c) */
	inc__signals_hold();
	rc = unborn ? git_reference_create(&moved, repo->git, refname,
	    &commit_id, 0, "inc-init: the team's settings") :
	    git_reference_create_matching(&moved, repo->git, refname,
	    &commit_id, 1, &parent_id, "inc-init: the team's settings");
	if (rc < 0) {
		inc__signals_release();
		rc = rc == GIT_EMODIFIED || rc == GIT_EEXISTS ?
		    inc__fail(INC_ECONFLICT, "%s: moved by another git; "
		    "nothing committed, try again", refname) :
		    inc__git_fail(rc, refname);
		goto out;
	}
	staged = 0;
	if (inc__worktree_done(repo, 1, paths, 1) < 0)
		inc__warn("%s (the settings are committed)", inc_error());
	rc = 1;
out:
	if (staged)
		inc__worktree_done(repo, 0, paths, 1);
	inc__worktree_unlock(repo);
	free(text);
	free(message);
	git_tree_entry_free(e);
	git_signature_free(me);
	git_reference_free(moved);
	git_tree_free(tree);
	git_tree_free(before);
	git_commit_free(parent);
	git_reference_free(head);
	return rc;
}

/* The first settings, when HEAD has none. */
static int
settings_first(char **text, char **message, inc_repo *repo,
    const git_tree_entry *file, void *arg)
{
	static const char first[] = "incidents: the team's settings\n\n"
	    "Every responder's tools read them from here (incident(7)).\n";
	struct inc_buf b = {0};
	char *settings = NULL;
	int rc;

	(void)arg;
	*text = *message = NULL;
	if (file)
		return 0; /* there already */
	if ((rc = first_settings(&settings, repo)) < 0)
		return rc;
	rc = inc__buf_printf(&b, "%s\n", settings);
	free(settings);
	if (rc < 0 || !(*message = strdup(first))) {
		inc__buf_free(&b);
		return inc__fail(INC_ERROR, "out of memory");
	}
	*text = inc__buf_take(&b);
	return 0;
}

/* The settings file's object, from the blob file names. */
static int
settings_read(json_t **out, inc_repo *repo, const git_tree_entry *file)
{
	git_object *blob = NULL;
	json_error_t err;
	int rc;

	*out = NULL;
	if (git_tree_entry_filemode(file) == GIT_FILEMODE_LINK)
		return inc__fail(INC_ERROR, INC_TEAM_FILE ": not a file");
	if ((rc = git_tree_entry_to_object(&blob, repo->git, file)) < 0)
		return inc__git_fail(rc, INC_TEAM_FILE);
	if (git_object_type(blob) != GIT_OBJECT_BLOB) {
		git_object_free(blob);
		return inc__fail(INC_ERROR, INC_TEAM_FILE ": not a file");
	}
	*out = json_loadb(git_blob_rawcontent((git_blob *)blob),
	    (size_t)git_blob_rawsize((git_blob *)blob), JSON_REJECT_DUPLICATES,
	    &err);
	git_object_free(blob);
	if (json_is_object(*out))
		return 0;
	if (*out)
		rc = inc__fail(INC_ERROR, INC_TEAM_FILE ": not a JSON object "
		    "(mend it in a clone with a work tree)");
	else
		rc = inc__fail(INC_ERROR, INC_TEAM_FILE ":%d: %s (mend it in a "
		    "clone with a work tree)", err.line, err.text);
	json_decref(*out);
	*out = NULL;
	return rc;
}

/* A value as given: JSON text, or else a plain string. */
static int
setting_value(json_t **out, const char *key, const char *value)
{
	if ((*out = json_loads(value, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES,
	    NULL)) || (*out = json_string(value)))
		return 0;
	return inc__fail(INC_EINVALID, "%s: not UTF-8 text", key);
}

/*
 * Each of lint_modes a rule, and a mode, as the linter takes them (which
 * warns of another when it reads one): checked here, before it is set,
 * not by config.c, which the linter reads its settings with.
 */
static int
lint_modes_check(json_t *modes)
{
	enum inc_lint_rule rule;
	enum inc_lint_mode mode;
	const char *name;
	char why[512];
	json_t *item;

	json_object_foreach(modes, name, item) {
		int no_rule = inc_lint_rule_parse(&rule, name) < 0;
		if (!no_rule && inc_lint_mode_parse(&mode,
		    json_string_value(item)) == 0)
			continue;
		/* copied: inc__fail writes where inc_error() reads */
		snprintf(why, sizeof(why), "%s", inc_error());
		return inc__fail(INC_EINVALID, "lint_modes: %s%s%s",
		    no_rule ? "" : name, no_rule ? "" : ": ", why);
	}
	return 0;
}

int
inc_setting_check(const char *key, const char *value)
{
	json_t *v = NULL;
	int rc;

	if (!value)
		return inc__config_team_check(key, json_null());
	if ((rc = setting_value(&v, key, value)) == 0)
		rc = inc__config_team_check(key, v);
	if (rc == 0 && !strcmp(key, "lint_modes"))
		rc = lint_modes_check(v);
	json_decref(v);
	return rc;
}

/*
 * JSON text with what inc__invisible() names (C1 controls, direction
 * marks and overrides, a hand-edited file may hold any) written as \u
 * escapes, which read back the same: none reaches a terminal raw.
 */
static char *
json_visible(const char *text)
{
	struct inc_buf b = {0};
	size_t n = strlen(text), i = 0, len;
	unsigned long c;

	while (i < n) {
		if (!(len = inc__utf8_next(&c, text + i, n - i)))
			len = 1; /* jansson writes UTF-8 only: not so */
		if (len > 1 && inc__invisible(c) && c > 0xffff)
			inc__buf_printf(&b, "\\u%04lx\\u%04lx",
			    0xd800 + ((c - 0x10000) >> 10),
			    0xdc00 + ((c - 0x10000) & 0x3ff));
		else if (len > 1 && inc__invisible(c))
			inc__buf_printf(&b, "\\u%04lx", c);
		else
			inc__buf_put(&b, text + i, len);
		i += len;
	}
	return inc__buf_take(&b);
}

int
inc_settings_text(char **out, inc_repo *repo, int compact)
{
	git_reference *head = NULL;
	git_tree *tree = NULL;
	git_tree_entry *e = NULL;
	json_t *settings = NULL;
	char *dump = NULL;
	int rc = 0;

	*out = NULL;
	if (repo && git_repository_head(&head, repo->git) == 0 &&
	    git_reference_peel((git_object **)&tree, head, GIT_OBJECT_TREE) == 0 &&
	    git_tree_entry_bypath(&e, tree, INC_TEAM_FILE) == 0)
		rc = settings_read(&settings, repo, e);
	else if (!(settings = json_object()))
		rc = inc__fail(INC_ERROR, "out of memory");
	git_error_clear();
	if (rc < 0)
		inc__warn_clear(); /* a reader's warning of the file: said once */
	if (rc == 0 && !(dump = json_dumps(settings, JSON_SORT_KEYS |
	    (compact ? JSON_COMPACT : JSON_INDENT(2)))))
		rc = inc__fail(INC_ERROR, "out of memory");
	if (rc == 0 && dump && !(*out = json_visible(dump)))
		rc = INC_ERROR;
	free(dump);
	json_decref(settings);
	git_tree_entry_free(e);
	git_tree_free(tree);
	git_reference_free(head);
	return rc;
}

/* The changes asked for, and what they changed. */
struct change {
	const struct inc_setting *set;
	size_t n;
	char *summary;
};

/* Is the key of change i given again later (which then stands)? */
static int
set_again(const struct change *ch, size_t i)
{
	for (size_t j = i + 1; j < ch->n; j++)
		if (!strcmp(ch->set[j].key, ch->set[i].key))
			return 1;
	return 0;
}

/*
 * The settings HEAD has (the first ones when none), changed: pretty,
 * keys sorted; the message names what changed and gives each new value.
 */
static int
settings_changed(char **text, char **message, inc_repo *repo,
    const git_tree_entry *file, void *arg)
{
	struct change *ch = arg;
	struct inc_buf what = {0}, body = {0}, b = {0};
	json_t *settings = NULL, *value = NULL, *old;
	char *first = NULL, *dump = NULL;
	const char *key;
	int rc = 0;

	*text = *message = NULL;
	if (file)
		rc = settings_read(&settings, repo, file);
	else if ((rc = first_settings(&first, repo)) == 0 &&
	    !(settings = json_loads(first, 0, NULL)))
		rc = inc__fail(INC_ERROR, "out of memory");
	if (rc == 0)
		rc = inc__worktree_unchanged(repo, INC_TEAM_FILE,
		    file ? git_tree_entry_id(file) : NULL);
	for (size_t i = 0; rc == 0 && i < ch->n; i++) {
		key = ch->set[i].key;
		old = json_object_get(settings, key);
		if ((rc = inc_setting_check(key, ch->set[i].value)) < 0 ||
		    (ch->set[i].value && (rc = setting_value(&value, key,
		    ch->set[i].value)) < 0))
			break;
		if (json_is_null(value)) /* key=null: as --unset key */
			json_decref(value), value = NULL;
		if (set_again(ch, i)) {
			json_decref(value), value = NULL;
			continue; /* the last given of a key stands */
		}
		if (value ? old && json_equal(old, value) : !old) {
			json_decref(value), value = NULL;
			continue; /* so already */
		}
		if (value && !(dump = json_dumps(value, JSON_COMPACT |
		    JSON_SORT_KEYS | JSON_ENCODE_ANY))) {
			rc = inc__fail(INC_ERROR, "out of memory");
			break;
		}
		if (inc__buf_printf(&what, "%s%s %s", what.len ? ", " : "",
		    key, value ? "set" : "removed") < 0 || (value &&
		    inc__buf_printf(&body, "%s: %s\n", key, dump) < 0) ||
		    (value ? json_object_set_new(settings, key, value) :
		    json_object_del(settings, key)) < 0)
			rc = inc__fail(INC_ERROR, "out of memory");
		value = NULL;
		free(dump), dump = NULL;
	}
	if (rc == 0 && what.len) {
		if (!(dump = json_dumps(settings, JSON_INDENT(2) |
		    JSON_SORT_KEYS)) || inc__buf_printf(&b, "%s\n", dump) < 0 ||
		    !(*text = inc__buf_take(&b)) ||
		    inc__buf_printf(&b, "incidents: the team's settings: %s\n%s%s",
		    what.s, body.len ? "\n" : "", body.len ? body.s : "") < 0 ||
		    !(*message = inc__buf_take(&b)) ||
		    !(ch->summary = inc__buf_take(&what)))
			rc = inc__fail(INC_ERROR, "out of memory");
	}
	if (rc < 0) {
		free(*text), *text = NULL;
		free(*message), *message = NULL;
	}
	inc__buf_free(&what);
	inc__buf_free(&body);
	inc__buf_free(&b);
	json_decref(value);
	json_decref(settings);
	free(first);
	free(dump);
	return rc;
}

int
inc_settings_change(char **out_summary, inc_repo *repo,
    const struct inc_setting *changes, size_t n)
{
	struct change ch = {changes, n, NULL};
	int rc, lock = -1, was_empty;

	*out_summary = NULL;
	for (size_t i = 0; i < n; i++)
		if ((rc = inc_setting_check(changes[i].key, changes[i].value)) < 0)
			return rc;
	inc__warn_clear();
	if ((rc = inc__lock(&lock, repo)) < 0)
		return rc;
	rc = commit_settings(repo, lock, &was_empty, settings_changed, &ch);
	inc__unlock(lock);
	if (rc == 1) {
		*out_summary = ch.summary, ch.summary = NULL;
		rc = 0;
	}
	free(ch.summary);
	return rc;
}

/* a and b the same value, or both absent */
static int
same(json_t *a, json_t *b)
{
	return a ? b && json_equal(a, b) : !b;
}

/* The settings in an index entry's blob; NULL when absent (ok) or bad. */
static json_t *
entry_settings(inc_repo *repo, const git_index_entry *e, int *ok)
{
	git_blob *blob = NULL;
	json_t *v;

	if (!e)
		return json_object();
	/* a link's text is no file's, though it reads as JSON */
	if (e->mode != GIT_FILEMODE_BLOB &&
	    e->mode != GIT_FILEMODE_BLOB_EXECUTABLE) {
		*ok = 0;
		return NULL;
	}
	if (git_blob_lookup(&blob, repo->git, &e->id) < 0) {
		git_error_clear();
		*ok = 0;
		return NULL;
	}
	v = json_loadb(git_blob_rawcontent(blob),
	    (size_t)git_blob_rawsize(blob), JSON_REJECT_DUPLICATES, NULL);
	git_blob_free(blob);
	if (!json_is_object(v)) {
		json_decref(v);
		*ok = 0;
		return NULL;
	}
	return v;
}

/*
 * A merge's conflict in the team's settings resolved field by field, as
 * git merges lines: a field one side changed (or added, or removed) and
 * the other did not takes that side's value. Two clones that changed
 * different fields at once, inc-init --set on each, then merge; a field
 * both changed apart, or a file that is not a JSON object (a symbolic
 * link whose text reads as one too), stays a conflict.
 */
int
inc__settings_merge(inc_repo *repo, git_index *index)
{
	const git_index_entry *base = NULL, *ours = NULL, *theirs = NULL;
	json_t *b = NULL, *o = NULL, *t = NULL, *keys = NULL, *v;
	git_index_entry entry;
	struct inc_buf text = {0};
	const char *key;
	char *dump = NULL;
	int rc = 0, ok = 1;

	if (git_index_conflict_get(&base, &ours, &theirs, index,
	    INC_TEAM_FILE) < 0 || !ours || !theirs) {
		git_error_clear();
		return 0;
	}
	b = entry_settings(repo, base, &ok);
	o = entry_settings(repo, ours, &ok);
	t = entry_settings(repo, theirs, &ok);
	if (!ok || !b || !o || !t || !(keys = json_object()) ||
	    json_object_update(keys, b) < 0 || json_object_update(keys, o) < 0 ||
	    json_object_update(keys, t) < 0)
		goto out;
	json_object_foreach(keys, key, v) {
		json_t *bv = json_object_get(b, key), *ov = json_object_get(o, key),
		    *tv = json_object_get(t, key);
		if (same(ov, tv) || same(bv, tv))
			continue; /* ours stands */
		if (!same(bv, ov))
			goto out; /* both changed it, apart: a conflict */
		if (tv ? json_object_set(o, key, tv) < 0 :
		    json_object_del(o, key) < 0)
			goto out;
	}
	if (!(dump = json_dumps(o, JSON_INDENT(2) | JSON_SORT_KEYS)) ||
	    inc__buf_printf(&text, "%s\n", dump) < 0) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	memset(&entry, 0, sizeof(entry));
	entry.mode = GIT_FILEMODE_BLOB;
	entry.path = INC_TEAM_FILE;
	if ((rc = git_blob_create_from_buffer(&entry.id, repo->git, text.s,
	    text.len)) < 0 ||
	    (rc = git_index_conflict_remove(index, INC_TEAM_FILE)) < 0 ||
	    (rc = git_index_add(index, &entry)) < 0)
		rc = inc__git_fail(rc, INC_TEAM_FILE);
out:
	json_decref(keys);
	json_decref(b);
	json_decref(o);
	json_decref(t);
	inc__buf_free(&text);
	free(dump);
	return rc;
}

/* dir made ready to record: the settings committed, a writer id set. */
static int
ready(struct inc_init_result *out, const char *dir)
{
	inc_repo *repo = NULL;
	const char *writer;
	int rc, lock = -1;

	if ((rc = inc_repo_open(&repo, dir)) < 0 ||
	    (rc = inc__lock(&lock, repo)) < 0)
		goto out;
	if ((rc = commit_settings(repo, lock, &out->was_empty, settings_first,
	    NULL)) < 0)
		goto out;
	out->committed = rc;
	if ((rc = inc__writer(&writer, repo)) < 0)
		goto out;
	out->bare = git_repository_is_bare(repo->git);
	if (!(out->path = strdup(git_repository_workdir(repo->git) ?
	    git_repository_workdir(repo->git) :
	    git_repository_path(repo->git))) ||
	    !(out->branch = strdup(repo->writer_branch))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	if (strlen(out->path) > 1 && out->path[strlen(out->path) - 1] == '/')
		out->path[strlen(out->path) - 1] = '\0';
	memcpy(out->writer, writer, sizeof(out->writer));
out:
	if (lock >= 0)
		inc__unlock(lock);
	inc_repo_free(repo);
	return rc;
}

int
inc_init(struct inc_init_result *out, const char *dir, const char *remote)
{
	git_repository *git = NULL;
	int rc, empty;

	memset(out, 0, sizeof(*out));
	if ((rc = git_libgit2_init()) < 0)
		return inc__git_fail(rc, "libgit2");
	if ((empty = vacant(dir)) < 0)
		return inc__errno_fail(dir);
	if (remote) {
		if (!*remote)
			return inc__fail(INC_EINVALID, "empty remote");
		if (!empty)
			return inc__fail(INC_EINVALID, "%s: already exists and is "
			    "not an empty directory", dir);
		if ((rc = clone_by_git(remote, dir)) < 0 ||
		    (rc = tracking(dir)) < 0)
			return rc;
		out->joined = 1;
	} else if (empty) {
		if ((rc = make_bare(dir)) < 0)
			return rc;
		out->made = 1;
	} else if (git_repository_open_ext(&git, dir,
	    GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) < 0) {
		git_error_clear();
		return inc__fail(INC_EINVALID, "%s: neither empty nor a git "
		    "repository", dir);
	}
	git_repository_free(git);
	if ((rc = ready(out, dir)) < 0)
		inc_init_result_free(out);
	return rc;
}

void
inc_init_result_free(struct inc_init_result *result)
{
	if (!result)
		return;
	free(result->path);
	free(result->branch);
	result->path = result->branch = NULL;
}
