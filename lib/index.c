/*
 * The index of active incidents: which incidents are not resolved, each
 * with its tree, and which was resolved last, so that the tools an IC
 * types all day (inc-ls, --due, inc-check -1, a write without an id) read
 * the active incidents only, not years of history.
 *
 * Like the picture cache it is derived and disposable: a file in the
 * common git directory, keyed by the id of HEAD's incidents/ tree, which
 * names every log byte under it. A writer that moves HEAD from the
 * indexed tree to a new one updates it for the incident it wrote. A key
 * that does not match HEAD (a pull, a merge, a reset, an abandoned batch,
 * a file deleted) makes the next reader bring it up to HEAD from the
 * incidents whose trees differ, found by comparing the two incidents/
 * trees (a fetch brings a teammate's event, and the next prompt reads
 * that incident, not years of history); it is built again from every
 * picture only when there is no index, or the tree it was for is not in
 * the repository, or the incident resolved last is no longer, or one that
 * changed is linked to others as a duplicate. Failing to read or write it
 * is never an error.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* 3: an incident in a cycle of duplicates as inc__picture_cycle has it */
#define INC_INDEX_VERSION 3

static void
index_path(char *out, size_t size, inc_repo *repo)
{
	snprintf(out, size, "%sincident-active", repo->commondir);
}

/* The key: the id of root's incidents/ tree, "none" when there is none. */
static void
key_of(char out[GIT_OID_HEXSZ + 1], git_tree *root)
{
	const git_tree_entry *e = root ? git_tree_entry_byname(root, INC_DIR) :
	    NULL;

	if (e && git_tree_entry_type(e) == GIT_OBJECT_TREE)
		git_oid_tostr(out, GIT_OID_HEXSZ + 1, git_tree_entry_id(e));
	else
		snprintf(out, GIT_OID_HEXSZ + 1, "none");
}

/* The index, for whichever tree, if it is one of this version. */
static json_t *
index_read(inc_repo *repo)
{
	char path[4096];
	json_t *index;

	index_path(path, sizeof(path), repo);
	if (!(index = json_load_file(path, JSON_REJECT_DUPLICATES, NULL)))
		return NULL;
	/* a hand-edited one: resolved and resolved_at both there, or none */
	if (json_integer_value(json_object_get(index, "version")) !=
	    INC_INDEX_VERSION || !json_is_object(json_object_get(index,
	    "active")) || !json_is_string(json_object_get(index, "key")) ||
	    !inc__str(index, "resolved") != !inc__str(index, "resolved_at")) {
		json_decref(index);
		return NULL;
	}
	return index;
}

static int
index_is_for(json_t *index, git_tree *root)
{
	char key[GIT_OID_HEXSZ + 1];

	key_of(key, root);
	return !strcmp(inc__str(index, "key"), key);
}

/* The index if it is for root's incidents/ tree, else NULL. */
static json_t *
index_load(inc_repo *repo, git_tree *root)
{
	json_t *index = index_read(repo);

	if (index && !index_is_for(index, root)) {
		json_decref(index);
		return NULL;
	}
	return index;
}

static void
index_store(inc_repo *repo, json_t *index)
{
	char path[4096], *text = json_dumps(index, JSON_COMPACT | JSON_SORT_KEYS);

	index_path(path, sizeof(path), repo);
	/* unsynced: an index lost in a crash is only made again */
	if (text)
		inc__file_replace(path, text, strlen(text), 0, NULL);
	free(text);
}

/* Notes a picture in the index: active, or resolved (and when). */
static int
index_note(json_t *index, const char *id, const git_oid *tree,
    json_t *picture)
{
	json_t *active = json_object_get(index, "active");
	const char *resolved = inc__str(picture, "resolved_at");
	char hex[GIT_OID_HEXSZ + 1];

	json_object_del(active, id);
	if (inc__picture_active(picture)) {
		git_oid_tostr(hex, sizeof(hex), tree);
		return json_object_set_new(active, id, json_string(hex));
	}
	if (strcmp(resolved, inc__str_or(index, "resolved_at", "")) >= 0 &&
	    (json_object_set_new(index, "resolved", json_string(id)) < 0 ||
	    json_object_set_new(index, "resolved_at", json_string(resolved)) < 0))
		return -1;
	return 0;
}

/* Built from every incident's picture (cached), as inc_list reads them. */
static int
index_build(json_t **out, inc_repo *repo, git_tree *head, struct inc_buf *warn)
{
	char **ids = NULL, key[GIT_OID_HEXSZ + 1];
	git_oid *trees = NULL;
	size_t n = 0;
	json_t *index, *picture;
	int rc, damaged = 0;

	*out = NULL;
	key_of(key, head);
	if (!(index = json_pack("{s:i, s:s, s:{}}", "version", INC_INDEX_VERSION,
	    "key", key, "active")))
		return inc__fail(INC_ERROR, "out of memory");
	if ((rc = inc__id_list(&ids, &trees, &n, head)) < 0)
		goto out;
	for (size_t i = 0; i < n; i++) {
		if ((rc = inc__picture_of(&picture, repo, ids[i], &trees[i])) < 0) {
			if (rc != INC_EINVALID)
				goto out;
			inc__buf_printf(warn, "%s\n", inc_error());
			damaged = 1;
			rc = 0;
			continue;
		}
		if ((rc = inc__picture_cycle(picture, repo, head)) >= 0)
			rc = index_note(index, ids[i], &trees[i], picture);
		json_decref(picture);
		if (rc < 0) {
			rc = inc__fail(INC_ERROR, "out of memory");
			goto out;
		}
	}
	/* with a damaged log left out, each reader says so again */
	if (!damaged)
		index_store(repo, index);
	*out = index, index = NULL;
out:
	json_decref(index);
	inc__strv_free(ids, n);
	free(trees);
	return rc;
}

/*
 * An incident changed since the index's tree noted again from its picture
 * (tree zero: gone). 1 when the index must be built from every picture:
 * the incident resolved last is gone, active again or resolved earlier,
 * the log is damaged (the build says so), or it is closed as a duplicate
 * or has duplicates (duplicate_of, duplicate_closure, duplicated_by):
 * which of a cycle of duplicates closed apart stays open is settled from
 * all their pictures, and a closure merged into two logs can leave
 * another member's open (see inc__picture_cycle), as the build does.
 */
static int
catch_up_one(json_t *index, inc_repo *repo, const char *id,
    const git_oid *tree)
{
	int last = !strcmp(id, inc__str_or(index, "resolved", ""));
	json_t *picture;
	int rc;

	if (git_oid_is_zero(tree)) {
		json_object_del(json_object_get(index, "active"), id);
		return last;
	}
	if ((rc = inc__picture_of(&picture, repo, id, tree)) < 0)
		return rc == INC_EINVALID ? 1 : rc;
	if (inc__str(picture, "duplicate_of") || json_object_get(picture,
	    "duplicate_closure") || json_object_size(json_object_get(picture,
	    "duplicated_by")) || (last && (inc__picture_active(picture) ||
	    strcmp(inc__str_or(picture, "resolved_at", ""),
	    inc__str_or(index, "resolved_at", "")) < 0)))
		rc = 1;
	else if ((rc = index_note(index, id, tree, picture)) < 0)
		rc = inc__fail(INC_ERROR, "out of memory");
	json_decref(picture);
	return rc;
}

/*
 * The index of an incidents/ tree of before brought up to head's: the
 * incidents whose trees differ noted again (catch_up_one). 1 when it
 * cannot be, as the tree of before is not in the repository or
 * catch_up_one says so.
 */
static int
index_catch_up(json_t *index, inc_repo *repo, git_tree *head)
{
	const char *key = inc__str(index, "key");
	char **ids = NULL, now[GIT_OID_HEXSZ + 1];
	git_oid was, *trees = NULL;
	size_t n = 0;
	int rc;

	if (strcmp(key, "none") && (strlen(key) != GIT_OID_HEXSZ ||
	    git_oid_fromstr(&was, key) < 0))
		return 1;
	rc = inc__id_changed(&ids, &trees, &n, strcmp(key, "none") ? &was :
	    NULL, head);
	if (rc == INC_ENOTFOUND)
		return 1;
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = catch_up_one(index, repo, ids[i], &trees[i]);
	key_of(now, head);
	if (rc == 0 && json_object_set_new(index, "key", json_string(now)) < 0)
		rc = inc__fail(INC_ERROR, "out of memory");
	if (rc == 0)
		index_store(repo, index);
	inc__strv_free(ids, n);
	free(trees);
	return rc;
}

/*
 * The active incidents at head, ordered by id (oldest first), with their
 * trees; and the one resolved last, with when (NULL, 0 when none). From
 * the index when it is for head, else from every picture, warning in
 * warn about damaged logs.
 */
int
inc__active(char ***out_ids, git_oid **out_trees, size_t *count,
    char **out_resolved, int64_t *resolved_at, inc_repo *repo,
    git_tree *head, struct inc_buf *warn)
{
	json_t *index = index_read(repo), *tree;
	const char *id;
	char **ids = NULL;
	git_oid *trees = NULL;
	size_t n = 0, size;
	int rc;

	*out_ids = NULL, *out_trees = NULL, *count = 0;
	*out_resolved = NULL, *resolved_at = 0;
	if (index && !index_is_for(index, head) &&
	    (rc = index_catch_up(index, repo, head)) != 0) {
		json_decref(index), index = NULL;
		if (rc < 0)
			return rc;
	}
	if (!index && (rc = index_build(&index, repo, head, warn)) < 0)
		return rc;
	size = json_object_size(json_object_get(index, "active"));
	if (!(ids = calloc(size + 1, sizeof(*ids))) ||
	    !(trees = calloc(size + 1, sizeof(*trees))))
		goto oom;
	/* keys come sorted from jansson's iteration only by chance: sort */
	json_object_foreach(json_object_get(index, "active"), id, tree) {
		git_tree *t = NULL;
		if (!inc__id_valid(id))
			continue; /* a hand-edited index: ignored */
		/* read from HEAD: a damaged repository is said, as a walk would */
		if ((rc = inc__incident_tree(&t, repo, head, id)) < 0) {
			json_decref(index);
			inc__strv_free(ids, n);
			free(trees);
			return rc;
		}
		git_oid_cpy(&trees[n], git_tree_id(t));
		git_tree_free(t);
		(void)tree;
		if (!(ids[n] = strdup(id)))
			goto oom;
		n++;
	}
	for (size_t i = 1; i < n; i++) /* insertion sort: a handful */
		for (size_t k = i; k > 0 && strcmp(ids[k - 1], ids[k]) > 0; k--) {
			char *t = ids[k];
			git_oid o = trees[k];
			ids[k] = ids[k - 1], trees[k] = trees[k - 1];
			ids[k - 1] = t, trees[k - 1] = o;
		}
	if (inc__str(index, "resolved") && inc__id_valid(inc__str(index,
	    "resolved")) && inc__time_get(resolved_at, index,
	    "resolved_at") == 0 && !(*out_resolved = strdup(inc__str(index,
	    "resolved"))))
		goto oom;
	json_decref(index);
	*out_ids = ids, *out_trees = trees, *count = n;
	return 0;
oom:
	json_decref(index);
	inc__strv_free(ids, n);
	free(trees);
	return inc__fail(INC_ERROR, "out of memory");
}

/*
 * After a write moved the branch from the tree before (a commit's root
 * tree, NULL for the first) to after: the index, if it was for before,
 * now for after, with the incident written as its picture says.
 */
void
inc__index_update(inc_repo *repo, git_tree *before, git_tree *after,
    const char *id, const git_oid *tree, json_t *picture)
{
	json_t *index = index_load(repo, before);
	char key[GIT_OID_HEXSZ + 1];

	if (!index)
		return;
	key_of(key, after);
	if (index_note(index, id, tree, picture) == 0 &&
	    json_object_set_new(index, "key", json_string(key)) == 0)
		index_store(repo, index);
	json_decref(index);
}
