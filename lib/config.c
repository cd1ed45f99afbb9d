/*
 * The git configuration as git itself reads it. libgit2 1.5 knows neither
 * GIT_CONFIG_GLOBAL, GIT_CONFIG_SYSTEM and GIT_CONFIG_NOSYSTEM, nor the
 * GIT_CONFIG_COUNT, GIT_CONFIG_KEY_n and GIT_CONFIG_VALUE_n entries that
 * go above every file; so the files are put together here, and the
 * entries given to libgit2 as a read-only backend of their own.
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <git2/sys/config.h>

#include "internal.h"

/*
 * GIT_CONFIG_KEY_n = GIT_CONFIG_VALUE_n, in order: the last one wins. The
 * team's settings (see team_entries) are given to libgit2 the same way.
 */
struct env_config {
	git_config_backend parent;
	git_config_level_t level;
	size_t n;
	char **name, **value;
};

struct env_iterator {
	git_config_iterator parent;
	size_t at;
	git_config_entry entry;
};

static void
entry_keep(git_config_entry *entry)
{
	(void)entry; /* an iterator's entry is the iterator's own */
}

static void
entry_free(git_config_entry *entry)
{
	free(entry);
}

static int
env_open(git_config_backend *backend, git_config_level_t level,
    const git_repository *repo)
{
	(void)repo;
	((struct env_config *)backend)->level = level;
	return 0;
}

static void
entry_fill(git_config_entry *e, struct env_config *c, size_t i)
{
	memset(e, 0, sizeof(*e));
	e->name = c->name[i];
	e->value = c->value[i];
	e->level = c->level;
	e->free = entry_keep;
}

static int
env_get(git_config_backend *backend, const char *key, git_config_entry **out)
{
	struct env_config *c = (struct env_config *)backend;
	git_config_entry *e;

	for (size_t i = c->n; i-- > 0;) {
		if (strcmp(c->name[i], key))
			continue;
		if (!(e = malloc(sizeof(*e))))
			return -1;
		entry_fill(e, c, i);
		e->free = entry_free;
		*out = e;
		return 0;
	}
	return GIT_ENOTFOUND;
}

static int
env_readonly(void)
{
	git_error_set_str(GIT_ERROR_CONFIG, "GIT_CONFIG_COUNT entries and team "
	    "settings cannot be changed here");
	return -1;
}

static int
env_set(git_config_backend *b, const char *key, const char *value)
{
	(void)b, (void)key, (void)value;
	return env_readonly();
}

static int
env_set_multivar(git_config_backend *b, const char *name, const char *regexp,
    const char *value)
{
	(void)b, (void)name, (void)regexp, (void)value;
	return env_readonly();
}

static int
env_del(git_config_backend *b, const char *key)
{
	(void)b, (void)key;
	return env_readonly();
}

static int
env_del_multivar(git_config_backend *b, const char *key, const char *regexp)
{
	(void)b, (void)key, (void)regexp;
	return env_readonly();
}

static int
env_next(git_config_entry **out, git_config_iterator *iter)
{
	struct env_iterator *it = (struct env_iterator *)iter;
	struct env_config *c = (struct env_config *)iter->backend;

	if (it->at >= c->n)
		return GIT_ITEROVER;
	entry_fill(&it->entry, c, it->at++);
	*out = &it->entry;
	return 0;
}

static void
env_iterator_free(git_config_iterator *iter)
{
	free(iter);
}

static int
env_iterator(git_config_iterator **out, git_config_backend *backend)
{
	struct env_iterator *it = calloc(1, sizeof(*it));

	if (!it)
		return -1;
	it->parent.backend = backend;
	it->parent.next = env_next;
	it->parent.free = env_iterator_free;
	*out = &it->parent;
	return 0;
}

static int
env_lock(git_config_backend *b)
{
	(void)b;
	return env_readonly();
}

static int
env_unlock(git_config_backend *b, int success)
{
	(void)b, (void)success;
	return env_readonly();
}

static void
env_free(git_config_backend *backend)
{
	struct env_config *c = (struct env_config *)backend;

	if (!c)
		return;
	for (size_t i = 0; c->name && c->value && i < c->n; i++) {
		free(c->name[i]);
		free(c->value[i]);
	}
	free(c->name);
	free(c->value);
	free(c);
}

static int env_snapshot(git_config_backend **out, git_config_backend *from);

static struct env_config *
env_new(size_t n)
{
	struct env_config *c = calloc(1, sizeof(*c));

	if (!c)
		return NULL;
	git_config_init_backend(&c->parent, GIT_CONFIG_BACKEND_VERSION);
	c->parent.readonly = 1;
	c->parent.open = env_open;
	c->parent.get = env_get;
	c->parent.set = env_set;
	c->parent.set_multivar = env_set_multivar;
	c->parent.del = env_del;
	c->parent.del_multivar = env_del_multivar;
	c->parent.iterator = env_iterator;
	c->parent.snapshot = env_snapshot;
	c->parent.lock = env_lock;
	c->parent.unlock = env_unlock;
	c->parent.free = env_free;
	c->name = calloc(n ? n : 1, sizeof(*c->name));
	c->value = calloc(n ? n : 1, sizeof(*c->value));
	if (!c->name || !c->value) {
		env_free(&c->parent);
		return NULL;
	}
	return c;
}

static int
env_add(struct env_config *c, const char *name, const char *value)
{
	if (!(c->name[c->n] = strdup(name)))
		return -1;
	if (!(c->value[c->n] = strdup(value))) {
		free(c->name[c->n]);
		return -1;
	}
	c->n++;
	return 0;
}

static int
env_snapshot(git_config_backend **out, git_config_backend *from)
{
	struct env_config *c = (struct env_config *)from, *copy = env_new(c->n);

	if (!copy)
		return -1;
	for (size_t i = 0; i < c->n; i++)
		if (env_add(copy, c->name[i], c->value[i]) < 0) {
			env_free(&copy->parent);
			return -1;
		}
	*out = &copy->parent;
	return 0;
}

/*
 * A key as git normalises it: section and name in lower case, the
 * subsection between them as it is; 0 if it is not a valid key.
 */
static int
key_normal(char *key)
{
	char *first = strchr(key, '.'), *last = strrchr(key, '.');

	if (!first || first == key || !last[1] || !isalpha((unsigned char)last[1]))
		return 0;
	for (char *p = key; p < first; p++)
		if (!isalnum((unsigned char)*p) && *p != '-')
			return 0;
	for (char *p = last + 1; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '-')
			return 0;
	for (char *p = first + 1; p < last; p++)
		if (*p == '\n')
			return 0;
	for (char *p = key; p < first; p++)
		*p = (char)tolower((unsigned char)*p);
	for (char *p = last + 1; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return 1;
}

/* GIT_CONFIG_COUNT's entries, checked as git checks them; NULL if none. */
static int
env_entries(struct env_config **out)
{
	const char *count = getenv("GIT_CONFIG_COUNT"), *key, *value;
	struct env_config *c;
	char name[64], *end, *normal;
	long n;
	int rc = 0;

	*out = NULL;
	if (!count || !*count)
		return 0;
	errno = 0;
	n = strtol(count, &end, 10);
	if (*end || errno || n < 0 || n > INT_MAX)
		return inc__fail(INC_EINVALID, "GIT_CONFIG_COUNT: %.40s: not a "
		    "number of entries", count);
	if (!(c = env_new((size_t)n)))
		return inc__fail(INC_ERROR, "out of memory");
	for (long i = 0; i < n && rc == 0; i++) {
		snprintf(name, sizeof(name), "GIT_CONFIG_KEY_%ld", i);
		if (!(key = getenv(name)) || !*key) {
			rc = inc__fail(INC_EINVALID, "%s: missing (GIT_CONFIG_COUNT "
			    "is %ld)", name, n);
			break;
		}
		if (!(normal = strdup(key))) {
			rc = inc__fail(INC_ERROR, "out of memory");
			break;
		}
		if (!key_normal(normal)) {
			char *safe = inc_text_safe(key, INC_ONE_LINE);
			rc = inc__fail(INC_EINVALID, "%s: %.100s: not a valid key",
			    name, safe ? safe : "?");
			free(safe);
		}
		snprintf(name, sizeof(name), "GIT_CONFIG_VALUE_%ld", i);
		if (rc == 0 && !(value = getenv(name)))
			rc = inc__fail(INC_EINVALID, "%s: missing (GIT_CONFIG_COUNT "
			    "is %ld)", name, n);
		else if (rc == 0 && env_add(c, normal, value) < 0)
			rc = inc__fail(INC_ERROR, "out of memory");
		free(normal);
	}
	if (rc < 0) {
		env_free(&c->parent);
		return rc;
	}
	*out = c;
	return 0;
}

static int
add_file(git_config *cfg, const char *path, git_config_level_t level,
    const git_repository *repo, const char *what)
{
	int rc = git_config_add_file_ondisk(cfg, path, level, repo, 0);

	return rc < 0 ? inc__git_fail(rc, what) : 0;
}

/* A file found by libgit2's own rules (HOME, XDG_CONFIG_HOME, /etc). */
static int
add_found(git_config *cfg, int (*find)(git_buf *), git_config_level_t level,
    const git_repository *repo)
{
	git_buf path = {0};
	int rc = 0;

	if (find(&path) == 0)
		rc = add_file(cfg, path.ptr, level, repo, path.ptr);
	git_error_clear();
	git_buf_dispose(&path);
	return rc;
}

/*
 * The team's settings: INC_TEAM_FILE in HEAD's tree, plain JSON read as
 * data, each known field standing for a git config key, above every
 * other level: what decides a deadline is the same for every responder.
 * Only these keys: never a hook, or anything else that would run code.
 */
#define INC_CONFIG_LEVEL_TEAM (GIT_CONFIG_LEVEL_APP + 1)

/* TEAM_MODES: {"NAME": "VALUE", ...}, each the key's prefix and NAME */
enum team_kind {
	TEAM_MINUTES, TEAM_STRING, TEAM_URL, TEAM_STRINGS, TEAM_MODES,
	TEAM_COMPONENTS
};

static const struct team_key {
	const char *field; /* in the file */
	const char *key;   /* the git config key, normalised */
	enum team_kind kind;
} team_keys[] = {
	{"sitrep_interval_seconds", "inc.sitrepinterval", TEAM_MINUTES},
	{"sitrep_interval_major_seconds", "inc.sitrepintervalmajor",
	    TEAM_MINUTES},
	{"update_interval_seconds", "inc.updateinterval", TEAM_MINUTES},
	{"update_interval_major_seconds", "inc.updateintervalmajor",
	    TEAM_MINUTES},
	{"names_not_to_blame", "inc.blame", TEAM_STRINGS},
	{"internal_names", "inc.lint.internalname", TEAM_STRINGS},
	{"names_of_ours", "inc.lint.us", TEAM_STRINGS},
	{"lint_modes", "inc.lint.", TEAM_MODES},
	{"page_name", "inc.pagename", TEAM_STRING},
	{"page_url", "inc.pageurl", TEAM_URL},
	{"page_team", "inc.pageteam", TEAM_STRING},
	{"page_team_url", "inc.pageteamurl", TEAM_URL},
	{"page_resolved_message", "inc.pageresolvedmessage", TEAM_STRING},
	{"page_completed_message", "inc.pagecompletedmessage", TEAM_STRING},
	{"page_duplicate_message", "inc.pageduplicatemessage", TEAM_STRING},
	{"components", "inc.component", TEAM_COMPONENTS},
};

/*
 * A value a field cannot take: when the file is read, warned about and
 * left out (0); when a value is checked before it is set, refused
 * (INC_EINVALID, "FIELD: reason"): the same rules both ways.
 */
static int __attribute__((format(printf, 2, 3)))
team_bad(int checking, const char *fmt, ...)
{
	char why[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	if (checking)
		return inc__fail(INC_EINVALID, "%s", why);
	inc__warn(INC_TEAM_FILE ": %s (ignored)", why);
	return 0;
}

/* A one-line text of the team's settings, or NULL. */
static const char *
team_line(json_t *value, const char *field)
{
	if (!json_is_string(value) || inc_text_check(field,
	    json_string_value(value), INC_NAME_MAX, INC_ONE_LINE) < 0)
		return NULL;
	return json_string_value(value);
}

/*
 * A declared component: its name, or an object with its name and its
 * description, group and order, as git config's [component "NAME"] has
 * them (see component.c). One that cannot be is team_bad.
 */
static int
team_component(struct env_config *c, json_t *item, size_t at, int checking)
{
	static const char *const keys[] = {"description", "group", "order"};
	char key[INC_NAME_MAX + 32], order[32];
	const char *name = team_line(json_is_object(item) ?
	    json_object_get(item, "name") : item, "components"), *v[3];
	json_t *o;

	if (!name)
		return team_bad(checking, "components: %zu: not a name, nor an "
		    "object with a name", at + 1);
	for (size_t i = 0; i < 3; i++) {
		o = json_is_object(item) ? json_object_get(item, keys[i]) : NULL;
		v[i] = NULL;
		if (!o || json_typeof(o) == JSON_NULL)
			continue;
		if (i == 2 && json_is_integer(o) && json_integer_value(o) >
		    -100000 && json_integer_value(o) < 100000) {
			snprintf(order, sizeof(order), "%lld",
			    (long long)json_integer_value(o));
			v[i] = order;
		} else if (i == 2 || !(v[i] = team_line(o, keys[i]))) {
			return team_bad(checking, "components: %s: %s: not %s",
			    name, keys[i], i == 2 ?
			    "a whole number from -99999 to 99999" :
			    "one line of text");
		}
	}
	if (env_add(c, "inc.component", name) < 0)
		return -1;
	for (size_t i = 0; i < 3; i++) {
		if (!v[i])
			continue;
		snprintf(key, sizeof(key), "component.%s.%s", name, keys[i]);
		if (env_add(c, key, v[i]) < 0)
			return -1;
	}
	return 0;
}

/* One field's value as entries; a value it cannot take is team_bad. */
static int
team_add(struct env_config *c, const struct team_key *k, json_t *value,
    int checking)
{
	char minutes[32], key[64];
	const char *name;
	json_int_t n;
	json_t *item;
	size_t i;
	int rc;

	switch (k->kind) {
	case TEAM_MINUTES:
		n = json_integer_value(value);
		if (!json_is_integer(value) || n < 60 || n % 60 ||
		    n > 7 * 86400)
			return team_bad(checking, "%s: not a number of seconds in "
			    "whole minutes from 60 to 604800 (7 days)", k->field);
		snprintf(minutes, sizeof(minutes), "%lld", (long long)(n / 60));
		return env_add(c, k->key, minutes);
	case TEAM_STRING:
	case TEAM_URL:
		if (!json_is_string(value) || inc_text_check(k->field,
		    json_string_value(value), INC_NAME_MAX, INC_ONE_LINE) < 0)
			return team_bad(checking, "%s: not one line of text",
			    k->field);
		/*
		 * a link the page gives customers, as inc-publish takes it
		 * (which warns of another when it reads it)
		 */
		name = json_string_value(value);
		if (checking && k->kind == TEAM_URL &&
		    !inc__html_url_allowed(name, strlen(name)))
			return team_bad(checking, "%s: %s: not an http, https or "
			    "mailto address", k->field, name);
		return env_add(c, k->key, name);
	case TEAM_STRINGS:
		json_array_foreach(value, i, item)
			if (!json_is_string(item) || inc_text_check(k->field,
			    json_string_value(item), INC_NAME_MAX,
			    INC_ONE_LINE) < 0)
				break;
		if (!json_is_array(value) || i < json_array_size(value))
			return team_bad(checking, "%s: not a list of names",
			    k->field);
		json_array_foreach(value, i, item)
			if (env_add(c, k->key, json_string_value(item)) < 0)
				return -1;
		return 0;
	case TEAM_COMPONENTS:
		if (!json_is_array(value))
			return team_bad(checking, "%s: not a list of components",
			    k->field);
		json_array_foreach(value, i, item)
			if ((rc = team_component(c, item, i, checking)) < 0)
				return rc;
		return 0;
	case TEAM_MODES:
		if (!json_is_object(value))
			return team_bad(checking, "%s: not an object of names and "
			    "values", k->field);
		json_object_foreach(value, name, item) {
			/* a rule's name: lower-case letters and dashes */
			if (!*name || strlen(name) > 32 || strspn(name,
			    "abcdefghijklmnopqrstuvwxyz-") != strlen(name) ||
			    !json_is_string(item) || inc_text_check(k->field,
			    json_string_value(item), INC_NAME_MAX,
			    INC_ONE_LINE) < 0) {
				if ((rc = team_bad(checking, "%s: %s: not a name "
				    "and one line of text", k->field, name)) < 0)
					return rc;
				continue;
			}
			snprintf(key, sizeof(key), "%s%s", k->key, name);
			if (env_add(c, key, json_string_value(item)) < 0)
				return -1;
		}
		return 0;
	}
	return 0;
}

/* How many entries a field's value may give (a component up to 4). */
static size_t
team_size(const struct team_key *k, json_t *value)
{
	return (json_is_array(value) ? json_array_size(value) :
	    json_is_object(value) ? json_object_size(value) : 1) *
	    (k->kind == TEAM_COMPONENTS ? 4 : 1);
}

/*
 * Can field of the team's settings hold value, as the tools read it
 * (null: not set)? 0, or INC_EINVALID, "FIELD: reason", for a field the
 * tools do not read too.
 */
int
inc__config_team_check(const char *field, json_t *value)
{
	const struct team_key *k = NULL;
	struct env_config *c;
	int rc;

	for (size_t i = 0; i < sizeof(team_keys) / sizeof(team_keys[0]); i++)
		if (!strcmp(team_keys[i].field, field))
			k = &team_keys[i];
	if (!k)
		return inc__fail(INC_EINVALID, "%s: not one of the team's "
		    "settings (incident(7) lists them)", field);
	if (json_is_null(value))
		return 0;
	if (!(c = env_new(team_size(k, value))))
		return inc__fail(INC_ERROR, "out of memory");
	if ((rc = team_add(c, k, value, 1)) < 0 && rc != INC_EINVALID)
		rc = inc__fail(INC_ERROR, "out of memory");
	env_free(&c->parent);
	return rc;
}

/* The id of the team's settings file in tree: 1, or 0 with none. */
int
inc__team_file_id(git_oid *out, const git_tree *tree)
{
	git_tree_entry *entry = NULL;
	int found = git_tree_entry_bypath(&entry, tree, INC_TEAM_FILE) == 0;

	if (found)
		git_oid_cpy(out, git_tree_entry_id(entry));
	git_tree_entry_free(entry);
	git_error_clear();
	return found;
}

/*
 * The team's settings as config entries, or NULL when HEAD has no such
 * file. A file that is not a JSON object, or a field that holds what it
 * cannot, is warned about and left out: the tools go on with the user's
 * configuration rather than stop in an incident. Unknown fields are for
 * later versions, and ignored.
 */
static int
team_entries(struct env_config **out, git_repository *git)
{
	git_reference *head = NULL;
	git_tree *tree = NULL;
	git_tree_entry *entry = NULL;
	git_object *blob = NULL;
	json_error_t err;
	json_t *settings = NULL, *value;
	struct env_config *c = NULL;
	size_t n = 0;
	int rc = 0;

	*out = NULL;
	/* step by step: libgit2 1.5's revparse leaks on a missing commit */
	if (git_repository_head(&head, git) < 0 ||
	    git_reference_peel((git_object **)&tree, head, GIT_OBJECT_TREE) < 0 ||
	    git_tree_entry_bypath(&entry, tree, INC_TEAM_FILE) < 0 ||
	    git_tree_entry_filemode(entry) == GIT_FILEMODE_LINK ||
	    git_tree_entry_to_object(&blob, git, entry) < 0 ||
	    git_object_type(blob) != GIT_OBJECT_BLOB) {
		/* a directory or a symbolic link there is no settings file */
		if (entry && (git_tree_entry_filemode(entry) == GIT_FILEMODE_LINK ||
		    git_tree_entry_type(entry) != GIT_OBJECT_BLOB))
			inc__warn(INC_TEAM_FILE ": not a file: team settings not "
			    "used");
		git_error_clear();
		git_object_free(blob);
		git_tree_entry_free(entry);
		git_tree_free(tree);
		git_reference_free(head);
		return 0;
	}
	git_tree_entry_free(entry);
	git_tree_free(tree);
	git_reference_free(head);
	settings = json_loadb(git_blob_rawcontent((git_blob *)blob),
	    (size_t)git_blob_rawsize((git_blob *)blob), JSON_REJECT_DUPLICATES,
	    &err);
	git_object_free(blob);
	if (!json_is_object(settings)) {
		if (settings)
			inc__warn(INC_TEAM_FILE ": not a JSON object: team "
			    "settings not used");
		else
			inc__warn(INC_TEAM_FILE ":%d: %s: team settings not used",
			    err.line, err.text);
		json_decref(settings);
		return 0;
	}
	for (size_t i = 0; i < sizeof(team_keys) / sizeof(team_keys[0]); i++)
		n += team_size(&team_keys[i], json_object_get(settings,
		    team_keys[i].field));
	if (!(c = env_new(n)))
		rc = inc__fail(INC_ERROR, "out of memory");
	for (size_t i = 0; rc == 0 && i < sizeof(team_keys) /
	    sizeof(team_keys[0]); i++)
		if ((value = json_object_get(settings, team_keys[i].field)) &&
		    !json_is_null(value) && team_add(c, &team_keys[i], value,
		    0) < 0)
			rc = inc__fail(INC_ERROR, "out of memory");
	json_decref(settings);
	if (rc < 0) {
		if (c)
			env_free(&c->parent);
		return rc;
	}
	*out = c;
	return 0;
}

/*
 * A key the team's settings set, and the user's git config too, to
 * something else: the team's is used, and the user told so, once.
 */
static void
team_override(git_config *cfg, const char *key)
{
	static const git_config_level_t below[] = {GIT_CONFIG_LEVEL_APP,
	    GIT_CONFIG_LEVEL_LOCAL, GIT_CONFIG_LEVEL_GLOBAL,
	    GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_SYSTEM};
	git_config_entry *team = NULL;
	git_config *level = NULL;
	git_buf mine = {0};

	if (git_config_get_entry(&team, cfg, key) < 0 ||
	    (int)team->level != INC_CONFIG_LEVEL_TEAM)
		goto out;
	for (size_t i = 0; i < sizeof(below) / sizeof(below[0]); i++) {
		if (git_config_open_level(&level, cfg, below[i]) == 0 &&
		    git_config_get_string_buf(&mine, level, key) == 0 &&
		    strcmp(mine.ptr, team->value)) {
			inc__warn("%s: %s in your git config not used: the team's "
			    INC_TEAM_FILE " sets %s", key, mine.ptr, team->value);
			i = sizeof(below) / sizeof(below[0]);
		}
		git_buf_dispose(&mine);
		git_config_free(level);
		level = NULL;
	}
out:
	git_config_entry_free(team);
	git_error_clear();
}

/*
 * The system's file (GIT_CONFIG_SYSTEM in its place; none with
 * GIT_CONFIG_NOSYSTEM), the user's (GIT_CONFIG_GLOBAL in place of both
 * ~/.gitconfig and the XDG file), the repository's when git is not NULL,
 * GIT_CONFIG_COUNT's entries above them, and when git is not NULL the
 * team's settings above all.
 */
int
inc__config_open(git_config **out, git_repository *git)
{
	git_config *cfg = NULL;
	struct env_config *entries = NULL;
	const char *nosystem = getenv("GIT_CONFIG_NOSYSTEM");
	const char *system = getenv("GIT_CONFIG_SYSTEM");
	const char *global = getenv("GIT_CONFIG_GLOBAL");
	char local[4096];
	int rc, off = 0;

	*out = NULL;
	if (nosystem && *nosystem && git_config_parse_bool(&off, nosystem) < 0)
		return inc__fail(INC_EINVALID, "GIT_CONFIG_NOSYSTEM: %.40s: not "
		    "a boolean", nosystem);
	if ((rc = env_entries(&entries)) < 0)
		return rc;
	if ((rc = git_config_new(&cfg)) < 0) {
		rc = inc__git_fail(rc, "git config");
		goto out;
	}
	if (off)
		rc = 0;
	else if (system)
		rc = *system ? add_file(cfg, system, GIT_CONFIG_LEVEL_SYSTEM, git,
		    "GIT_CONFIG_SYSTEM") : 0;
	else
		rc = add_found(cfg, git_config_find_system,
		    GIT_CONFIG_LEVEL_SYSTEM, git);
	if (rc < 0)
		goto out;
	if (global)
		rc = *global ? add_file(cfg, global, GIT_CONFIG_LEVEL_GLOBAL, git,
		    "GIT_CONFIG_GLOBAL") : 0;
	else if ((rc = add_found(cfg, git_config_find_xdg, GIT_CONFIG_LEVEL_XDG,
	    git)) == 0)
		rc = add_found(cfg, git_config_find_global,
		    GIT_CONFIG_LEVEL_GLOBAL, git);
	if (rc < 0)
		goto out;
	if (git) {
		snprintf(local, sizeof(local), "%sconfig",
		    git_repository_commondir(git));
		if ((rc = add_file(cfg, local, GIT_CONFIG_LEVEL_LOCAL, git,
		    local)) < 0)
			goto out;
	}
	if (entries) {
		if ((rc = git_config_add_backend(cfg, &entries->parent,
		    GIT_CONFIG_LEVEL_APP, git, 0)) < 0) {
			rc = inc__git_fail(rc, "GIT_CONFIG_COUNT");
			goto out;
		}
		entries = NULL; /* cfg's now */
	}
	if (git && (rc = team_entries(&entries, git)) == 0 && entries) {
		if ((rc = git_config_add_backend(cfg, &entries->parent,
		    INC_CONFIG_LEVEL_TEAM, git, 0)) < 0) {
			rc = inc__git_fail(rc, INC_TEAM_FILE);
			goto out;
		}
		entries = NULL;
	}
	if (rc < 0)
		goto out;
	*out = cfg, cfg = NULL;
out:
	if (entries)
		env_free(&entries->parent);
	git_config_free(cfg);
	return rc;
}

/* --- one value --- */

/* The repository's configuration, as it is now: free it. */
int
inc__config_snapshot(git_config **out, inc_repo *repo)
{
	int rc = git_repository_config_snapshot(out, repo->git);

	return rc < 0 ? inc__git_fail(rc, "git config") : 0;
}

/*
 * key's value, copied into *out (the caller frees it); a copy of fallback
 * when key is not set, or NULL when fallback is NULL.
 */
int
inc__config_string(char **out, git_config *cfg, const char *key,
    const char *fallback)
{
	git_buf value = {0};
	const char *s = fallback;
	int rc;

	*out = NULL;
	rc = git_config_get_string_buf(&value, cfg, key);
	if (rc < 0 && rc != GIT_ENOTFOUND)
		return inc__git_fail(rc, key);
	if (rc == 0) {
		s = value.ptr;
		team_override(cfg, key);
	}
	rc = 0;
	if (s && !(*out = strdup(s)))
		rc = inc__fail(INC_ERROR, "out of memory");
	git_buf_dispose(&value);
	return rc;
}

/*
 * key's value as a number, any number (git's k, m and g suffixes too);
 * fallback when key is not set. A value that is not a number leaves
 * fallback in *out and fails with INC_EINVALID, "KEY: not a number".
 */
int
inc__config_int(int *out, git_config *cfg, const char *key, int fallback)
{
	int32_t value;
	int rc;

	*out = fallback;
	rc = git_config_get_int32(&value, cfg, key);
	if (rc == GIT_ENOTFOUND)
		return 0;
	if (rc < 0)
		return inc__fail(INC_EINVALID, "%s: not a number", key);
	team_override(cfg, key);
	*out = value;
	return 0;
}

/* Digits only: git's k, m and g are no unit ("20m" is no 20 minutes). */
static int
digits(const char *s)
{
	return s[0] && !s[strspn(s, "0123456789")];
}

/*
 * As inc__config_int(), for a count, a number of minutes or of seconds:
 * a value that is not a number greater than 0 leaves fallback in *out
 * and fails with INC_EINVALID, "KEY: not a whole number above 0", with
 * " of " and unit after it when unit is not NULL (1.5 is refused as
 * that, not as no number). The caller warns with it
 * (and the fallback it keeps), or fails.
 */
int
inc__config_positive(int *out, git_config *cfg, const char *key,
    int fallback, const char *unit)
{
	git_buf value = {0};
	int rc = git_config_get_string_buf(&value, cfg, key);
	long long n = 0;

	*out = fallback;
	if (rc == GIT_ENOTFOUND)
		return 0;
	if (rc == 0 && digits(value.ptr))
		n = strtoll(value.ptr, NULL, 10); /* LLONG_MAX past it */
	git_buf_dispose(&value);
	if (n > 0 && n <= INT_MAX) {
		team_override(cfg, key);
		*out = (int)n;
		return 0;
	}
	*out = fallback;
	return inc__fail(INC_EINVALID, "%s: not a whole number above 0%s%s", key,
	    unit ? " of " : "", unit ? unit : "");
}

/*
 * key's value as a number of minutes (30), or as an interval (30m, 2h,
 * 1h30m: inc_interval_parse) in whole minutes, from 1 to 7 days;
 * fallback when not set. Else fallback, and INC_EINVALID, which the
 * caller warns of.
 */
int
inc__config_minutes(int *out, git_config *cfg, const char *key,
    int fallback)
{
	git_buf value = {0};
	int64_t seconds = 0;
	int rc = git_config_get_string_buf(&value, cfg, key);

	*out = fallback;
	if (rc == GIT_ENOTFOUND)
		return 0;
	if (rc == 0 && digits(value.ptr))
		rc = strlen(value.ptr) < 6 ? (seconds = 60 * atoll(value.ptr),
		    0) : -1;
	else if (rc == 0)
		rc = inc_interval_parse(&seconds, value.ptr);
	git_buf_dispose(&value);
	if (rc == 0 && seconds >= 60 && seconds <= 7 * 86400 &&
	    seconds % 60 == 0) {
		team_override(cfg, key);
		*out = (int)(seconds / 60);
		return 0;
	}
	return inc__fail(INC_EINVALID, "%s: not a number of minutes from 1 to "
	    "10080, nor an interval from 1m to 7d (such as 30m, 2h)", key);
}

/* key's value as git reads a boolean; fallback when key is not set. */
int
inc__config_bool(int *out, git_config *cfg, const char *key, int fallback)
{
	int value, rc;

	*out = fallback;
	rc = git_config_get_bool(&value, cfg, key);
	if (rc == GIT_ENOTFOUND)
		return 0;
	if (rc < 0)
		return inc__git_fail(rc, key);
	*out = value;
	return 0;
}

/*
 * Every value of a multi-valued key, in the order git reads them (the
 * files from system to worktree, each from top to bottom), as a JSON
 * array of strings in *out; an empty array when key is not set.
 */
int
inc__config_strings(json_t **out, git_config *cfg, const char *key)
{
	git_config_iterator *it = NULL;
	git_config_entry *entry;
	int rc, oom = 0;

	if (!(*out = json_array()))
		return inc__fail(INC_ERROR, "out of memory");
	rc = git_config_multivar_iterator_new(&it, cfg, key, NULL);
	while (rc == 0 && !oom && (rc = git_config_next(&entry, it)) == 0)
		oom = entry->value && json_array_append_new(*out,
		    json_string(entry->value)) < 0;
	git_config_iterator_free(it);
	if (!oom && (rc == GIT_ITEROVER || rc == GIT_ENOTFOUND))
		return 0;
	json_decref(*out);
	*out = NULL;
	return oom ? inc__fail(INC_ERROR, "out of memory") :
	    inc__git_fail(rc, key);
}
