/*
 * All incidents: one damaged log is reported and the others still listed;
 * an object of the repository that cannot be read fails the listing. And
 * an incident found by what a responder typed, which may need the list.
 */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int
inc_list(inc_incident ***out, size_t *count, inc_repo *repo,
    enum inc_which which, char **warnings)
{
	int all = which == INC_ALL;
	git_tree *head = NULL;
	char **ids = NULL;
	git_oid *trees = NULL;
	size_t n = 0, kept = 0;
	inc_incident **list = NULL;
	struct inc_buf warn = {0};
	char *resolved = NULL;
	int64_t resolved_at;
	int rc;

	*out = NULL, *count = 0;
	if (warnings)
		*warnings = NULL;
	if (!repo) /* a reader's, not made yet (inc_repo_open_reader) */
		return (*out = calloc(1, sizeof(**out))) ? 0 :
		    inc__fail(INC_ERROR, "out of memory");
	if ((rc = inc__head_tree(&head, repo)) < 0)
		goto out;
	if (all)
		rc = inc__id_list(&ids, &trees, &n, head);
	else /* the active ones, from the index: not the whole history */
		rc = inc__active(&ids, &trees, &n, &resolved, &resolved_at,
		    repo, head, &warn);
	if (rc < 0)
		goto out;
	if (!(list = calloc(n ? n : 1, sizeof(*list)))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		inc_incident *incident = calloc(1, sizeof(*incident));
		if (!incident) {
			rc = inc__fail(INC_ERROR, "out of memory");
			goto out;
		}
		if ((rc = inc__picture_of(&incident->picture, repo, ids[i],
		    &trees[i])) < 0) {
			inc_incident_free(incident);
			if (rc != INC_EINVALID)
				goto out;
			inc__buf_printf(&warn, "%s\n", inc_error());
			continue;
		}
		if ((rc = inc__picture_cycle(incident->picture, repo,
		    head)) < 0) {
			inc_incident_free(incident);
			goto out;
		}
		if (!all && !inc__picture_active(incident->picture)) {
			inc_incident_free(incident);
			continue;
		}
		list[kept++] = incident;
	}
	if ((rc = inc__buf_error(&warn)) < 0)
		goto out;
	*out = list, list = NULL;
	*count = kept;
	if (warnings && warn.len)
		*warnings = inc__buf_take(&warn);
out:
	free(resolved);
	inc__buf_free(&warn);
	inc_list_free(list, kept);
	inc__strv_free(ids, n);
	free(trees);
	git_tree_free(head);
	return rc;
}

void
inc_list_free(inc_incident **list, size_t count)
{
	if (!list)
		return;
	for (size_t i = 0; i < count; i++)
		inc_incident_free(list[i]);
	free(list);
}

static int
pick(char **out, const char *name, char **ids, size_t n, int substring)
{
	size_t found = 0, at = 0, len = strlen(name);

	for (size_t i = 0; i < n; i++)
		if (!strcmp(ids[i], name))
			return (*out = strdup(ids[i])) ? 0 :
			    inc__fail(INC_ERROR, "out of memory");
	for (size_t i = 0; i < n; i++)
		if (substring ? strstr(ids[i], name) != NULL :
		    strncmp(ids[i], name, len) == 0)
			found++, at = i;
	if (found > 1)
		return inc__fail(INC_EAMBIGUOUS, "%s: ambiguous incident id "
		    "(%zu incidents match)", name, found);
	if (found == 0)
		return INC_ENOTFOUND;
	return (*out = strdup(ids[at])) ? 0 : inc__fail(INC_ERROR, "out of memory");
}

/*
 * No incident at all at HEAD (or no HEAD): there is none to name, and
 * the first step is inc-open. An unreadable tree is taken as some.
 */
static int
none_yet(git_tree *head)
{
	char **ids = NULL;
	size_t n = 0;

	if (inc__id_list(&ids, NULL, &n, head) < 0)
		return 0;
	inc__strv_free(ids, n);
	return n == 0;
}

/*
 * The logs in damaged (one line each, as inc_list warns of them) that
 * could not be read: their incidents may be active or not. With one
 * other active, said in inc_warning(), as inc_list says them beside the
 * list; with none, the first is the error: an incident whose log cannot
 * be read is never taken for none active, nor passed over for one
 * resolved. With several active, the first is said after their count,
 * in the error that asks for one to be named.
 */
static int
unread(const struct inc_buf *damaged, size_t active)
{
	const char *line = damaged->s, *end;

	if (!damaged->len)
		return 0;
	if (!active)
		return inc__fail(INC_EINVALID, "%.*s", (int)strcspn(line, "\n"),
		    line);
	for (; *line; line = *end ? end + 1 : end) {
		end = line + strcspn(line, "\n");
		inc__warn("%.*s", (int)(end - line), line);
	}
	return 0;
}

/*
 * The one active incident; with none, for what follows a resolution
 * (recent), the one resolved last, for inc.recentMinutes (60) after:
 * Comms posts "resolved" and the IC sends the closing sitrep right after
 * the resolution. Said in inc_warning(). Both come from the index of
 * active incidents (index.c), not from the whole history. A damaged log
 * is said as inc_list says it: see unread().
 */
static int
only_active(char **out, inc_repo *repo, int recent)
{
	git_tree *head = NULL;
	char **ids = NULL, *resolved = NULL, d[32];
	git_oid *trees = NULL;
	size_t n = 0;
	struct inc_buf warn = {0};
	int64_t resolved_at = 0, now = inc_time_now();
	git_config *cfg = NULL;
	int minutes = 60, rc = 0;

	*out = NULL;
	/* a reader's repository not made yet (NULL) has none active */
	if (repo && ((rc = inc__head_tree(&head, repo)) < 0 ||
	    (rc = inc__active(&ids, &trees, &n, &resolved, &resolved_at, repo,
	    head, &warn)) < 0))
		goto out;
	if ((rc = inc__buf_error(&warn)) < 0 || (n <= 1 &&
	    (rc = unread(&warn, n)) < 0))
		goto out;
	if (n == 1) {
		rc = (*out = strdup(ids[0])) ? 0 :
		    inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	if (n > 1) {
		const char *damaged = warn.len ? warn.s : "";
		int len = (int)strcspn(damaged, "\n");
		rc = inc__fail(INC_EAMBIGUOUS, "%zu active incidents: name one "
		    "(inc-ls lists them)%s%.*s", n, len ? "; " : "", len,
		    damaged);
		goto out;
	}
	if (recent && resolved) {
		if (inc__config_snapshot(&cfg, repo) < 0 ||
		    inc__config_positive(&minutes, cfg, "inc.recentMinutes", 60,
		    NULL) < 0)
			inc__warn("%s (using %d minutes)", inc_error(), minutes);
		git_config_free(cfg);
	}
	if (!recent || !resolved || now - resolved_at > (int64_t)minutes * 60) {
		rc = none_yet(head) ? inc__fail(INC_ENOTFOUND, "no incident "
		    "yet: declare one with inc-open TITLE") :
		    inc__fail(INC_ENOTFOUND, "no active incident: name one "
		    "(inc-ls --all lists them)");
		goto out;
	}
	if (now - resolved_at < 60)
		snprintf(d, sizeof(d), "%llds", (long long)(now > resolved_at ?
		    now - resolved_at : 0));
	else
		snprintf(d, sizeof(d), "%lldm", (long long)((now - resolved_at) /
		    60));
	inc__warn("no active incident: taking %s, resolved %s ago (--incident "
	    "names another)", resolved, d);
	*out = resolved, resolved = NULL;
out:
	inc__buf_free(&warn);
	inc__strv_free(ids, n);
	free(trees);
	free(resolved);
	git_tree_free(head);
	return rc;
}

static int resolve(char **out, inc_repo *repo, const char *name,
    int recent);

int
inc_incident_resolve(char **out, inc_repo *repo, const char *name)
{
	return resolve(out, repo, name, 0);
}

int
inc_incident_resolve_recent(char **out, inc_repo *repo, const char *name)
{
	return resolve(out, repo, name, 1);
}

static int
resolve(char **out, inc_repo *repo, const char *name, int recent)
{
	git_tree *head = NULL;
	char **ids = NULL;
	size_t n = 0;
	int rc;

	*out = NULL;
	if (name && !*name)
		return inc__fail(INC_EINVALID, "empty incident id");
	/* set, and empty: an `export INC_ID=$(inc-open ...)` whose inc-open
	 * failed, never taken for unset, which would take another incident */
	if (!name && (name = getenv("INC_ID")) && !*name)
		return inc__fail(INC_EINVALID, "INC_ID: empty (an incident id; "
		    "unset it to take the active incident)");
	if (!name)
		return only_active(out, repo, recent);
	if ((rc = inc__id_name_check(name)) < 0)
		return rc;
	if (!repo) /* a reader's, not made yet: no incident in it */
		return inc__fail(INC_ENOTFOUND, "%s: no such incident", name);
	if ((rc = inc__head_tree(&head, repo)) < 0)
		goto out;
	if (inc__id_valid(name)) { /* a whole id is found without a listing */
		git_tree *tree = NULL;
		rc = inc__incident_tree(&tree, repo, head, name);
		git_tree_free(tree);
		if (rc == 0)
			rc = (*out = strdup(name)) ? 0 :
			    inc__fail(INC_ERROR, "out of memory");
		if (rc != INC_ENOTFOUND)
			goto out;
	}
	if ((rc = inc__id_list(&ids, NULL, &n, head)) < 0)
		goto out;
	rc = pick(out, name, ids, n, 0);
	if (rc == INC_ENOTFOUND)
		rc = pick(out, name, ids, n, 1);
	if (rc == INC_ENOTFOUND)
		rc = inc__fail(INC_ENOTFOUND, "%s: no such incident", name);
out:
	inc__strv_free(ids, n);
	git_tree_free(head);
	return rc;
}
