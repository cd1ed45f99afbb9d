/*
 * Customer status updates: what Communications posts for customers, with
 * Atlassian Statuspage's statuses (investigating, identified, monitoring,
 * resolved) and impacts (none, minor, major, critical).
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *const statuses[] = {
	"investigating", "identified", "monitoring", "resolved", NULL
};
static const char *const impacts[] = {
	"none", "minor", "major", "critical", NULL
};

static int
one_of(const char *value, const char *const *allowed)
{
	for (; *allowed; allowed++)
		if (!strcmp(value, *allowed))
			return 1;
	return 0;
}

static int
check_status(struct inc_change *c, json_t *picture)
{
	const char *message = inc__str(c->event, "message");
	size_t n = strcspn(message, "\n");
	const char *s = inc__str(c->event, "status");

	(void)picture;
	return inc__buf_printf(&c->announce, "@all: Customer update (%c%s): "
	    "%.*s%s", s[0] - 'a' + 'A', s + 1, n > 100 ? 100 : (int)n, message,
	    n > 100 || message[n] ? "..." : "");
}

/* A component: what a status page lists, such as "api" or "EU dashboard". */
static int
component_check(const char *name)
{
	int rc = inc_text_check("component", name, 100, 0);

	if (rc == 0 && strchr(name, ','))
		rc = inc__fail(INC_EINVALID, "%s: a component name has no comma",
		    name);
	return rc;
}

int
inc_status(char **out_announcement, char **out_update, inc_repo *repo,
    const char *id, const struct inc_status_args *args,
    const struct inc_write *how)
{
	json_t *after = NULL, *components = NULL;
	struct inc_change c = {.repo = repo, .id = id, .check = check_status,
	    .body = args->message, .picture = &after, .hooks_later = 1};
	int rc;

	*out_update = NULL;
	if ((rc = inc_text_check("update", args->message, INC_TEXT_MAX, 1)) < 0)
		return rc;
	if (!one_of(args->status, statuses))
		return inc__fail(INC_EINVALID, "%s: invalid status (use "
		    "investigating, identified, monitoring or resolved)",
		    args->status);
	if (args->impact && !one_of(args->impact, impacts))
		return inc__fail(INC_EINVALID, "%s: invalid impact (use none, "
		    "minor, major or critical)", args->impact);
	if (!(components = json_array()))
		return inc__fail(INC_ERROR, "out of memory");
	for (const char **p = args->components; p && *p; p++) {
		if ((rc = component_check(*p)) < 0)
			goto out;
		json_array_append_new(components, json_string(*p));
	}
	if ((rc = inc__event_new(&c.event, repo, id, "status", how)) < 0)
		goto out;
	json_object_set_new(c.event, "message", json_string(args->message));
	json_object_set_new(c.event, "status", json_string(args->status));
	if (args->impact)
		json_object_set_new(c.event, "impact", json_string(args->impact));
	if (json_array_size(components))
		json_object_set(c.event, "components", components);
	if (args->findings)
		json_object_set_new(c.event, "findings",
		    json_string(args->findings));
	if ((rc = inc__append(out_announcement, &c)) == 0 &&
	    (rc = inc__render_update(out_update, after, c.event)) < 0) {
		free(*out_announcement);
		*out_announcement = NULL;
	}
	/* the incident channel gets the update as customers read it */
	if (rc == 0)
		rc = inc__hooks_queue(repo, c.event, *out_announcement,
		    *out_update);
out:
	json_decref(after);
	json_decref(components);
	json_decref(c.event);
	return rc;
}

static int
check_contact(struct inc_change *c, json_t *picture)
{
	(void)picture;
	return inc__buf_printf(&c->announce, "Customer contacted: %s",
	    inc__str(c->event, "customer"));
}

/* Communications reached out to a top customer. */
int
inc_status_contact(char **out_announcement, inc_repo *repo, const char *id,
    const char *customer, const struct inc_write *how)
{
	struct inc_change c = {.repo = repo, .id = id, .check = check_contact};
	int rc;

	if ((rc = inc_text_check("customer", customer, INC_NAME_MAX, 0)) < 0 ||
	    (rc = inc__event_new(&c.event, repo, id, "contact", how)) < 0)
		return rc;
	json_object_set_new(c.event, "customer", json_string(customer));
	rc = inc__append(out_announcement, &c);
	json_decref(c.event);
	return rc;
}

static int
check_tickets(struct inc_change *c, json_t *picture)
{
	(void)picture;
	return inc__buf_printf(&c->announce, "Support tickets: %lld",
	    (long long)json_integer_value(json_object_get(c->event, "count")));
}

/* How many support tickets the incident has raised so far. */
int
inc_status_tickets(char **out_announcement, inc_repo *repo, const char *id,
    long count, const struct inc_write *how)
{
	struct inc_change c = {.repo = repo, .id = id, .check = check_tickets};
	int rc;

	if (count < 0)
		return inc__fail(INC_EINVALID, "%ld: not a number of tickets", count);
	if ((rc = inc__event_new(&c.event, repo, id, "tickets", how)) < 0)
		return rc;
	json_object_set_new(c.event, "count", json_integer(count));
	rc = inc__append(out_announcement, &c);
	json_decref(c.event);
	return rc;
}

static int
push(char ***v, size_t *n, const char *s)
{
	char **grown = realloc(*v, (*n + 2) * sizeof(**v));

	if (!grown)
		return inc__fail(INC_ERROR, "out of memory");
	*v = grown;
	if (!((*v)[*n] = strdup(s)))
		return inc__fail(INC_ERROR, "out of memory");
	(*v)[++*n] = NULL;
	return 0;
}

/*
 * Who an update must not blame: everyone who holds a role in the incident
 * and every inc.blame value in git config (vendors, teams, people).
 */
int
inc_status_names(char ***out, size_t *count, inc_repo *repo,
    const inc_incident *incident)
{
	json_t *roles = json_object_get(incident->picture, "roles"), *holder;
	git_config *cfg = NULL;
	git_config_iterator *it = NULL;
	git_config_entry *entry;
	const char *role;
	char **v = NULL;
	size_t n = 0;
	int rc = 0;

	json_object_foreach(roles, role, holder)
		if (inc__str(holder, "person") && (rc = push(&v, &n, inc__str(holder,
		    "person"))) < 0)
			goto out;
	if ((rc = git_repository_config_snapshot(&cfg, repo->git)) < 0 ||
	    (rc = git_config_multivar_iterator_new(&it, cfg, "inc.blame",
	    NULL)) < 0) {
		rc = inc__git_fail(rc, "inc.blame");
		goto out;
	}
	while ((rc = git_config_next(&entry, it)) == 0)
		if ((rc = push(&v, &n, entry->value)) < 0)
			goto out;
	rc = rc == GIT_ITEROVER ? 0 : inc__git_fail(rc, "inc.blame");
out:
	git_config_iterator_free(it);
	git_config_free(cfg);
	if (rc < 0) {
		inc__strv_free(v, n);
		return rc;
	}
	if (!v && !(v = calloc(1, sizeof(*v))))
		return inc__fail(INC_ERROR, "out of memory");
	*out = v, *count = n;
	return 0;
}
