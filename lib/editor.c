/* The editor a person uses with git, chosen in git's order. */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *
set(const char *s)
{
	return s && *s ? s : NULL;
}

/*
 * As git var GIT_EDITOR: GIT_EDITOR, core.editor, VISUAL (unless the
 * terminal is dumb), EDITOR, then vi (but not on a dumb terminal).
 * Without a repository, core.editor comes from the user's and the
 * system's configuration only.
 */
int
inc_editor(char **out, inc_repo *repo)
{
	const char *term = getenv("TERM"), *editor = set(getenv("GIT_EDITOR"));
	int dumb = !term || !strcmp(term, "dumb");
	git_config *cfg = NULL, *snap = NULL;
	git_buf value = {0};
	int rc = 0;

	*out = NULL;
	if (!editor) {
		if (!repo && (rc = inc__config_open(&cfg, NULL)) < 0)
			goto out;
		if ((rc = repo ? git_repository_config_snapshot(&snap, repo->git) :
		    git_config_snapshot(&snap, cfg)) < 0) {
			rc = inc__git_fail(rc, "core.editor");
			goto out;
		}
		if (git_config_get_string_buf(&value, snap, "core.editor") == 0)
			editor = set(value.ptr);
	}
	if (!editor && !dumb)
		editor = set(getenv("VISUAL"));
	if (!editor)
		editor = set(getenv("EDITOR"));
	if (!editor && dumb) {
		rc = inc__fail(INC_EINVALID, "no editor: the terminal is dumb "
		    "and EDITOR is not set");
		goto out;
	}
	if (!(*out = strdup(editor ? editor : "vi")))
		rc = inc__fail(INC_ERROR, "out of memory");
out:
	git_buf_dispose(&value);
	git_config_free(snap);
	git_config_free(cfg);
	return rc;
}
