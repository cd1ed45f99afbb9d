/* Incident ids: YYYY-MM-DD-HHMM-slug-xxxxxx, and finding one by a name. */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "internal.h"

#define SLUG_MAX 40
#define ID_MAX 100

/* Digits and lowercase letters less the ones people misread (i l o u). */
static const char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";

int
inc__id_valid(const char *id)
{
	size_t n = strlen(id);

	if (n < 12 || n > ID_MAX || strspn(id, "abcdefghijklmnopqrstuvwxyz"
	    "0123456789-") != n)
		return 0;
	for (int i = 0; i < 11; i++)
		if ((i == 4 || i == 7 || i == 10) != (id[i] == '-') ||
		    (id[i] != '-' && !isdigit((unsigned char)id[i])))
			return 0;
	return 1;
}

/* Is the file (a name, or a path's last part) a log: NAME.jsonl? */
int
inc__is_log_name(const char *path)
{
	const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t n = strlen(name);

	return n > 6 && !strcmp(name + n - 6, ".jsonl");
}

/* incidents/YYYY/MM/ID: fanned out by month so no tree grows too wide. */
int
inc__id_path(char *out, size_t size, const char *id)
{
	if (!inc__id_valid(id))
		return inc__fail(INC_EINVALID, "%s: invalid incident id", id);
	snprintf(out, size, INC_DIR "/%.4s/%.2s/%s", id, id + 5, id);
	return 0;
}

/*
 * The letters of Latin-1 and Latin Extended-A (U+00C0 to U+017F) as a
 * slug spells them: without their accents, ligatures and the letters
 * English lacks spelt out; "" for the two signs among them.
 */
static const char *const latin[0x180 - 0xc0] = {
	"a", "a", "a", "a", "a", "a", "ae", "c",
	"e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "",
	"o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c",
	"e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "",
	"o", "u", "u", "u", "u", "y", "th", "y",
	"a", "a", "a", "a", "a", "a", "c", "c",
	"c", "c", "c", "c", "c", "c", "d", "d",
	"d", "d", "e", "e", "e", "e", "e", "e",
	"e", "e", "e", "e", "g", "g", "g", "g",
	"g", "g", "g", "g", "h", "h", "h", "h",
	"i", "i", "i", "i", "i", "i", "i", "i",
	"i", "i", "ij", "ij", "j", "j", "k", "k",
	"k", "l", "l", "l", "l", "l", "l", "l",
	"l", "l", "l", "n", "n", "n", "n", "n",
	"n", "n", "n", "n", "o", "o", "o", "o",
	"o", "o", "oe", "oe", "r", "r", "r", "r",
	"r", "r", "s", "s", "s", "s", "s", "s",
	"s", "s", "t", "t", "t", "t", "t", "t",
	"u", "u", "u", "u", "u", "u", "u", "u",
	"u", "u", "u", "u", "w", "w", "y", "y",
	"y", "z", "z", "z", "z", "z", "z", "s",
};

/* A title as a slug: ASCII letters and digits, accents dropped, runs of
 * anything else one hyphen; cut to SLUG_MAX at a word's end where one is
 * in its second half ("...-after-a", not "...-after-a-ver"). */
static size_t
slug_of(char slug[SLUG_MAX + 1], const char *title)
{
	char all[SLUG_MAX + 4] = ""; /* one more, and a letter's three at most */
	size_t n = 0, len = strlen(title);

	for (const char *p = title; *p && n <= SLUG_MAX;) {
		unsigned long c;
		size_t k = inc__utf8_next(&c, p, len - (size_t)(p - title));
		const char *as = NULL;
		p += k ? k : 1;
		if (k && c < 0x80 && isalnum((int)c))
			all[n++] = (char)tolower((int)c);
		else if (k && c >= 0xc0 && c < 0x180 && *(as = latin[c - 0xc0]))
			for (; *as; as++)
				all[n++] = *as;
		else if (n && all[n - 1] != '-')
			all[n++] = '-';
	}
	if (n > SLUG_MAX) {
		size_t cut = SLUG_MAX;
		while (all[SLUG_MAX] != '-' && cut > SLUG_MAX / 2 &&
		    all[cut] != '-')
			cut--;
		n = all[cut] == '-' ? cut : SLUG_MAX;
	}
	while (n && all[n - 1] == '-')
		n--;
	memcpy(slug, all, n);
	slug[n] = '\0';
	return n;
}

int
inc__id_new(char **out, const char *title, int64_t at)
{
	char slug[SLUG_MAX + 1], stamp[32], *id;
	unsigned char bytes[6];
	size_t n = slug_of(slug, title), size;
	struct tm tm;
	time_t t = (time_t)at;

	if (!n)
		n = (size_t)snprintf(slug, sizeof(slug), "incident");
	if (getrandom(bytes, sizeof(bytes), 0) != sizeof(bytes))
		return inc__errno_fail("getrandom");
	gmtime_r(&t, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%d-%H%M", &tm);
	size = strlen(stamp) + n + 16;
	if (!(id = malloc(size)))
		return inc__fail(INC_ERROR, "out of memory");
	snprintf(id, size, "%s-%s-%c%c%c%c%c%c", stamp, slug,
	    alphabet[bytes[0] & 31], alphabet[bytes[1] & 31],
	    alphabet[bytes[2] & 31], alphabet[bytes[3] & 31],
	    alphabet[bytes[4] & 31], alphabet[bytes[5] & 31]);
	*out = id;
	return 0;
}

void
inc__strv_free(char **v, size_t n)
{
	if (!v)
		return;
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/*
 * The tree an entry of tree names (where is its path); 1 when it names
 * something else. A tree that cannot be read is an error.
 */
static int
subtree(git_tree **out, git_tree *tree, const git_tree_entry *e,
    const char *where)
{
	int rc;

	if (git_tree_entry_type(e) != GIT_OBJECT_TREE)
		return 1;
	if ((rc = git_tree_lookup(out, git_tree_owner(tree),
	    git_tree_entry_id(e))) < 0)
		return inc__object_fail(rc, where, "tree", git_tree_entry_id(e));
	return 0;
}

/*
 * The tree at path (a/b/c) under root: INC_ENOTFOUND, with no message,
 * when there is none there; an error naming the tree that cannot be read.
 */
int
inc__tree_bypath(git_tree **out, git_tree *root, const char *path)
{
	git_tree *tree = NULL, *next = NULL;
	const git_tree_entry *e;
	char where[512], *name = where, *slash;
	int rc = 0;

	*out = NULL;
	if (snprintf(where, sizeof(where), "%s", path) >= (int)sizeof(where))
		return INC_ENOTFOUND;
	for (; name; name = slash ? slash + 1 : NULL) {
		if ((slash = strchr(name, '/')))
			*slash = '\0';
		if (!(e = git_tree_entry_byname(tree ? tree : root, name))) {
			rc = INC_ENOTFOUND;
			break;
		}
		/* where names the tree read, from the top: a/b */
		if ((rc = subtree(&next, tree ? tree : root, e, where)) != 0) {
			if (rc > 0)
				rc = INC_ENOTFOUND;
			break;
		}
		git_tree_free(tree);
		tree = next, next = NULL;
		if (slash)
			*slash = '/';
	}
	if (rc < 0) {
		git_tree_free(tree);
		return rc;
	}
	*out = tree;
	return 0;
}

/* The ids a walk of incidents/ found, and their trees */
struct ids {
	char **v;
	git_oid *trees;
	size_t n, cap;
	int want_trees;
};

static int
push(struct ids *w, const char *name, const git_oid *tree)
{
	if (w->n == w->cap) {
		size_t c = w->cap ? w->cap * 2 : 64;
		char **nv = realloc(w->v, c * sizeof(*nv));
		git_oid *nt;
		if (!nv)
			return inc__fail(INC_ERROR, "out of memory");
		w->v = nv;
		if (w->want_trees) {
			if (!(nt = realloc(w->trees, c * sizeof(*nt))))
				return inc__fail(INC_ERROR, "out of memory");
			w->trees = nt;
		}
		w->cap = c;
	}
	if (!(w->v[w->n] = strdup(name)))
		return inc__fail(INC_ERROR, "out of memory");
	if (w->want_trees)
		git_oid_cpy(&w->trees[w->n], tree);
	w->n++;
	return 0;
}

int
inc__id_in_dir(const char *id, const char *dir)
{
	size_t n = strlen(INC_DIR "/");

	return !strncmp(dir, INC_DIR "/", n) && strlen(dir) == n + 7 &&
	    !strncmp(dir + n, id, 4) && dir[n + 4] == '/' &&
	    !strncmp(dir + n + 5, id + 5, 2);
}

/* An incident's directory: a valid id in its year's and month's */
static int
is_incident(const git_tree_entry *e, const char *where)
{
	return e && git_tree_entry_type(e) == GIT_OBJECT_TREE &&
	    inc__id_valid(git_tree_entry_name(e)) &&
	    inc__id_in_dir(git_tree_entry_name(e), where);
}

/*
 * The incidents in now, a tree of incidents/ at depth (0 itself, 1 a
 * year's, 2 a month's), whose tree is not the one they have in was (the
 * same tree as of before, NULL for none); then those in was that are not
 * in now, with a zero tree. Subtrees the same in both are not read.
 */
static int
walk(struct ids *w, git_tree *was, git_tree *now, int depth,
    const char *where)
{
	static const git_oid gone; /* zero */
	char path[64];
	int rc = 0;

	for (int pass = 0; pass < 2 && rc >= 0; pass++) {
		git_tree *from = pass ? was : now, *other = pass ? now : was;
		size_t n = from ? git_tree_entrycount(from) : 0;

		for (size_t i = 0; i < n && rc >= 0; i++) {
			const git_tree_entry *e = git_tree_entry_byindex(from, i);
			const char *name = git_tree_entry_name(e);
			const git_tree_entry *o = other ?
			    git_tree_entry_byname(other, name) : NULL;
			const git_tree_entry *old = pass ? e : o;
			const git_tree_entry *new = pass ? NULL : e;
			git_tree *a = NULL, *b = NULL;

			/* the same, or seen in the first pass */
			if (pass ? o != NULL : o && !git_oid_cmp(
			    git_tree_entry_id(o), git_tree_entry_id(e)))
				continue;
			if (depth == 2) {
				if (is_incident(new, where))
					rc = push(w, name, git_tree_entry_id(new));
				else if (is_incident(old, where))
					rc = push(w, name, &gone);
				continue;
			}
			snprintf(path, sizeof(path), "%s/%.20s", where, name);
			if ((!old || (rc = subtree(&a, was, old, path)) >= 0) &&
			    (!new || (rc = subtree(&b, now, new, path)) >= 0))
				rc = a || b ? walk(w, a, b, depth + 1, path) : 0;
			git_tree_free(a);
			git_tree_free(b);
		}
	}
	return rc;
}

static int
ids_done(char ***out, git_oid **trees, size_t *count, struct ids *w, int rc)
{
	if (rc < 0) {
		inc__strv_free(w->v, w->n);
		free(w->trees);
		return rc;
	}
	*out = w->v, *count = w->n;
	if (trees)
		*trees = w->trees;
	return 0;
}

/* head's incidents/ tree: 1 when there is none */
static int
incidents_of(git_tree **out, git_tree *head)
{
	const git_tree_entry *top;

	*out = NULL;
	if (!head || !(top = git_tree_entry_byname(head, INC_DIR)))
		return 1;
	return subtree(out, head, top, INC_DIR);
}

/*
 * Every incident id at HEAD, oldest first (tree order is id order), and
 * when trees is not NULL the id of each incident's tree.
 */
int
inc__id_list(char ***out, git_oid **trees, size_t *count, git_tree *head)
{
	struct ids w = {.want_trees = trees != NULL};
	git_tree *root;
	int rc;

	*out = NULL, *count = 0;
	if (trees)
		*trees = NULL;
	if ((rc = incidents_of(&root, head)) != 0)
		return rc < 0 ? rc : 0;
	rc = walk(&w, NULL, root, 0, INC_DIR);
	git_tree_free(root);
	return ids_done(out, trees, count, &w, rc);
}

/*
 * The incidents whose tree at head is not the one they had in was (the
 * id of an incidents/ tree of before, NULL for none), with their trees at
 * head; an incident no longer at head with a zero tree. INC_ENOTFOUND,
 * with no message, when was is not in the repository (or head is none).
 */
int
inc__id_changed(char ***out, git_oid **trees, size_t *count,
    const git_oid *was, git_tree *head)
{
	struct ids w = {.want_trees = 1};
	git_tree *before = NULL, *root = NULL;
	int rc;

	*out = NULL, *count = 0, *trees = NULL;
	if (was && (!head || git_tree_lookup(&before, git_tree_owner(head),
	    was) < 0))
		return INC_ENOTFOUND;
	if ((rc = incidents_of(&root, head)) > 0)
		rc = 0;
	if (rc == 0)
		rc = walk(&w, before, root, 0, INC_DIR);
	git_tree_free(before);
	git_tree_free(root);
	return ids_done(out, trees, count, &w, rc);
}

/* A name an incident may be looked up by: a-z, 0-9 and -, not too long. */
int
inc__id_name_check(const char *name)
{
	size_t len = strlen(name);

	if (len <= ID_MAX && strspn(name, "abcdefghijklmnopqrstuvwxyz"
	    "0123456789-") == len)
		return 0;
	return inc__invalid(name, "invalid incident id (only a-z, 0-9 and -)");
}
