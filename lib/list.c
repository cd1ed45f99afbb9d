/*
 * All incidents: one damaged log is reported and the others still listed;
 * an object of the repository that cannot be read fails the listing.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int
inc_list(inc_incident ***out, size_t *count, inc_repo *repo, int all,
    char **warnings)
{
	git_tree *head = NULL;
	char **ids = NULL;
	git_oid *trees = NULL;
	size_t n = 0, kept = 0;
	inc_incident **list = NULL;
	struct inc_buf warn = {0};
	int rc;

	*out = NULL, *count = 0;
	if (warnings)
		*warnings = NULL;
	if ((rc = inc__head_tree(&head, repo)) < 0 ||
	    (rc = inc__id_list(&ids, &trees, &n, head)) < 0)
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
		if (!all && inc_incident_state(incident) == INC_STATE_RESOLVED) {
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
