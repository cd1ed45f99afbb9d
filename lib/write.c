/*
 * The events each tool records: what each checks against the incident's
 * picture before it is appended, and the announcement it makes.
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "internal.h"

static int
is_ic(struct inc_change *c, json_t *picture)
{
	return inc__person_match(json_object_get(json_object_get(picture,
	    "roles"), "ic"), c->repo->name, c->repo->email);
}

static int
denied(struct inc_change *c, json_t *picture, const char *what)
{
	const char *ic = inc__str(json_object_get(json_object_get(picture, "roles"),
	    "ic"), "person");

	return inc__fail(INC_EDENIED, "%s: only the incident commander (%s) "
	    "can %s; --force overrides and is recorded", c->id,
	    ic ? ic : "nobody", what);
}

/* --- open --- */

static int
check_open(struct inc_change *c, json_t *picture)
{
	enum inc_state s = INC_STATE_INVESTIGATING;
	const char *drill = json_is_true(json_object_get(c->event, "drill")) ?
	    "[drill] " : "";

	(void)picture;
	inc_state_parse(&s, inc__str(c->event, "state"));
	if (s == INC_STATE_MAJOR)
		return inc__buf_printf(&c->announce, "@all: %sMajor Incident: %s\n"
		    "@all: IC -> %s", drill, inc__str(c->event, "title"), c->repo->name);
	return inc__buf_printf(&c->announce, "@all: %sIncident %c%s: %s\n"
	    "@all: IC -> %s", drill, toupper((unsigned char)inc_state_name(s)[0]),
	    inc_state_name(s) + 1, inc__str(c->event, "title"), c->repo->name);
}

int
inc_open(char **out_id, char **out_announcement, inc_repo *repo,
    const struct inc_open_args *args, const struct inc_write *how)
{
	struct inc_change c = {0};
	char *id = NULL;
	int rc;

	*out_id = NULL;
	if ((rc = inc_text_check("title", args->title, INC_TITLE_MAX, 0)) < 0 ||
	    (args->summary && (rc = inc_text_check("summary", args->summary,
	    INC_TEXT_MAX, 1)) < 0))
		return rc;
	if (args->state == INC_STATE_RESOLVED)
		return inc__fail(INC_EINVALID, "resolved: an incident cannot be "
		    "opened resolved");
	if ((rc = inc__id_new(&id, args->title,
	    how->at ? how->at : inc_time_now())) < 0)
		return rc;
	c.repo = repo, c.id = id, c.creating = 1, c.check = check_open;
	c.body = args->summary;
	if ((rc = inc__event_new(&c.event, repo, id, "open", how)) < 0)
		goto out;
	json_object_set_new(c.event, "title", json_string(args->title));
	json_object_set_new(c.event, "state", json_string(
	    inc_state_name(args->state)));
	if (args->summary)
		json_object_set_new(c.event, "summary", json_string(args->summary));
	if (args->drill)
		json_object_set_new(c.event, "drill", json_true());
	if ((rc = inc__append(out_announcement, &c)) == 0)
		*out_id = id, id = NULL;
out:
	json_decref(c.event);
	free(id);
	return rc;
}

/* --- state --- */

static int
check_state(struct inc_change *c, json_t *picture)
{
	const char *to = inc__str(c->event, "state");

	if (!c->repo->name || (!is_ic(c, picture) && !json_is_true(
	    json_object_get(c->event, "force"))))
		return denied(c, picture, "change its state");
	if (!strcmp(to, inc__str(picture, "state") ? inc__str(picture, "state") : ""))
		return inc__fail(INC_EINVALID, "%s: already %s", c->id, to);
	if (!strcmp(to, "major"))
		return inc__buf_printf(&c->announce, "@all: Major Incident");
	return inc__buf_printf(&c->announce, "@all: Incident %c%s",
	    toupper((unsigned char)to[0]), to + 1);
}

int
inc_set_state(char **out_announcement, inc_repo *repo, const char *id,
    enum inc_state state, const char *message_text, const struct inc_write *how)
{
	struct inc_change c = {.repo = repo, .id = id, .check = check_state};
	int rc;

	if (message_text && (rc = inc_text_check("message", message_text,
	    INC_TEXT_MAX, 1)) < 0)
		return rc;
	if ((rc = inc__event_new(&c.event, repo, id, "state", how)) < 0)
		return rc;
	json_object_set_new(c.event, "state", json_string(inc_state_name(state)));
	if (message_text)
		json_object_set_new(c.event, "message", json_string(message_text));
	c.body = message_text;
	rc = inc__append(out_announcement, &c);
	json_decref(c.event);
	return rc;
}

/* --- handoff --- */

static int
role_valid(const char *role)
{
	size_t n;

	if (!strcmp(role, "ic") || !strcmp(role, "comms") || !strcmp(role, "ops"))
		return 1;
	if (strncmp(role, "ops:", 4))
		return 0;
	n = strlen(role + 4);
	return n >= 1 && n <= 32 && strspn(role + 4,
	    "abcdefghijklmnopqrstuvwxyz0123456789-") == n && role[4] != '-';
}

static int
check_handoff(struct inc_change *c, json_t *picture)
{
	const char *role = inc__str(c->event, "role");
	const char *person = inc__str(c->event, "person");
	const char *email = inc__str(c->event, "email");
	json_t *holder = json_object_get(json_object_get(picture, "roles"), role);
	int force = json_is_true(json_object_get(c->event, "force"));
	char title[64];

	if (!strcmp(role, "ic") && !is_ic(c, picture) && !force)
		return denied(c, picture, "hand over command");
	if (strcmp(role, "ic") && !is_ic(c, picture) && !force &&
	    !inc__person_match(holder, c->repo->name, c->repo->email))
		return denied(c, picture, "assign roles");
	if (!person && !holder)
		return inc__fail(INC_EINVALID, "%s: nobody holds %s", c->id, role);
	if (person && holder && !strcasecmp(person, inc__str(holder, "person")) &&
	    (!email || (inc__str(holder, "email") &&
	    !strcasecmp(email, inc__str(holder, "email")))))
		return inc__fail(INC_EINVALID, "%s: %s already holds %s", c->id,
		    person, role);
	return inc__buf_printf(&c->announce, "@all: %s -> %s", inc__role_title(title, role),
	    person ? person : "nobody");
}

/*
 * A person as {"person": NAME, "email": EMAIL}: "me" is the responder,
 * "Name <email>" is split, anything else is a name (email left out).
 */
static int
person_value(json_t **out, inc_repo *repo, const char *what, const char *text)
{
	const char *lt, *gt;
	char name[INC_NAME_MAX + 1];
	size_t n;
	int rc;

	*out = NULL;
	if (text && !strcmp(text, "me")) {
		if ((rc = inc__identity(repo)) < 0)
			return rc;
		*out = json_pack("{s:s, s:s}", "person", repo->name, "email",
		    repo->email);
		return *out ? 0 : inc__fail(INC_ERROR, "out of memory");
	}
	if ((rc = inc_person_check(what, text)) < 0)
		return rc;
	/* inc_person_check() refused NULL, out of the analyzer's sight */
	/* NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker) */
	lt = strchr(text, '<'), gt = strrchr(text, '>');
	if (!lt || !gt) {
		*out = json_pack("{s:s}", "person", text);
		return *out ? 0 : inc__fail(INC_ERROR, "out of memory");
	}
	for (n = (size_t)(lt - text); n && text[n - 1] == ' '; n--)
		;
	snprintf(name, sizeof(name), "%.*s", (int)n, text);
	*out = json_pack("{s:s, s:s%}", "person", name, "email", lt + 1,
	    (size_t)(gt - lt - 1));
	return *out ? 0 : inc__fail(INC_ERROR, "out of memory");
}

int
inc_handoff(char **out_announcement, inc_repo *repo, const char *id,
    const char *role, const char *person, const struct inc_write *how)
{
	struct inc_change c = {.repo = repo, .id = id, .check = check_handoff};
	json_t *who = NULL;
	char lower[40] = "";
	size_t n = strlen(role);
	int rc;

	for (size_t i = 0; i < n && i < sizeof(lower) - 1; i++)
		lower[i] = (char)tolower((unsigned char)role[i]);
	lower[n < sizeof(lower) - 1 ? n : sizeof(lower) - 1] = '\0';
	if (n >= sizeof(lower) - 1 || !role_valid(lower)) {
		char *safe = inc_text_safe(role, 1);
		rc = inc__fail(INC_EINVALID, "%.64s: invalid role (use ic, comms, "
		    "ops or ops:NAME)", safe ? safe : "?");
		free(safe);
		return rc;
	}
	if (!strcmp(person, "-")) {
		if (!strcmp(lower, "ic"))
			return inc__fail(INC_EINVALID, "ic: command cannot be "
			    "released: hand it to someone");
	} else if ((rc = person_value(&who, repo, "person", person)) < 0) {
		return rc;
	}
	if ((rc = inc__event_new(&c.event, repo, id, "handoff", how)) < 0)
		goto out;
	json_object_set_new(c.event, "role", json_string(lower));
	if (who)
		json_object_update(c.event, who);
	else
		json_object_set_new(c.event, "person", json_null());
	rc = inc__append(out_announcement, &c);
out:
	json_decref(who);
	json_decref(c.event);
	return rc;
}

/* --- sitrep --- */

/* The first line of a text, cut at 100 bytes, "..." where cut. */
static int
headline(struct inc_buf *b, const char *text)
{
	size_t n = strcspn(text, "\n");

	return inc__buf_printf(b, "%.*s%s", n > 100 ? 100 : (int)n, text,
	    n > 100 || text[n] ? "..." : "");
}

static int
check_sitrep(struct inc_change *c, json_t *picture)
{
	json_object_set(c->event, "state", json_object_get(picture, "state"));
	json_object_set(c->event, "roles", json_object_get(picture, "roles"));
	if (json_object_get(picture, "contacted"))
		json_object_set(c->event, "contacted",
		    json_object_get(picture, "contacted"));
	if (json_object_get(picture, "tickets"))
		json_object_set(c->event, "tickets",
		    json_object_get(picture, "tickets"));
	if (inc__buf_printf(&c->announce, "@all: Sitrep: ") < 0)
		return INC_ERROR;
	return headline(&c->announce, inc__str(c->event, "broken"));
}

int
inc_sitrep(char **out_announcement, char **out_report, inc_repo *repo,
    const char *id, const struct inc_sitrep_args *args,
    enum inc_format format, const struct inc_write *how)
{
	json_t *after = NULL;
	struct inc_change c = {.repo = repo, .id = id, .check = check_sitrep,
	    .picture = &after, .hooks_later = 1};
	struct inc_buf body = {0};
	char *text = NULL;
	int rc;

	if ((rc = inc_text_check("what is broken", args->broken, INC_TEXT_MAX,
	    1)) < 0 || (rc = inc_text_check("how widespread", args->impact,
	    INC_TEXT_MAX, 1)) < 0 || (rc = inc_text_check("what is being done",
	    args->doing, INC_TEXT_MAX, 1)) < 0)
		return rc;
	if ((rc = inc__event_new(&c.event, repo, id, "sitrep", how)) < 0)
		return rc;
	json_object_set_new(c.event, "broken", json_string(args->broken));
	json_object_set_new(c.event, "impact", json_string(args->impact));
	json_object_set_new(c.event, "doing", json_string(args->doing));
	if ((rc = inc__buf_printf(&body, "What is broken: %s\nHow widespread: "
	    "%s\nWhat is being done: %s", args->broken, args->impact,
	    args->doing)) == 0) {
		c.body = body.s;
		rc = inc__append(out_announcement, &c);
	}
	if (rc == 0 && (rc = inc__render_sitrep(out_report, after, c.event,
	    format)) < 0) {
		free(*out_announcement);
		*out_announcement = NULL;
	}
	/* the incident channel gets the sitrep as people read it */
	if (rc == 0 && inc__render_sitrep(&text, after, c.event,
	    INC_FORMAT_TEXT) == 0)
		rc = inc__hooks_queue(repo, c.event, *out_announcement, text);
	free(text);
	json_decref(after);
	inc__buf_free(&body);
	json_decref(c.event);
	return rc;
}

/* --- note --- */

static int
check_note(struct inc_change *c, json_t *picture)
{
	(void)picture;
	if (inc__buf_printf(&c->announce, "Note: ") < 0)
		return INC_ERROR;
	return headline(&c->announce, inc__str(c->event, "text"));
}

int
inc_note(char **out_announcement, inc_repo *repo, const char *id,
    const char *text, const struct inc_write *how)
{
	struct inc_change c = {.repo = repo, .id = id, .check = check_note,
	    .body = text};
	int rc;

	if ((rc = inc_text_check("note", text, INC_TEXT_MAX, 1)) < 0 ||
	    (rc = inc__event_new(&c.event, repo, id, "note", how)) < 0)
		return rc;
	json_object_set_new(c.event, "text", json_string(text));
	rc = inc__append(out_announcement, &c);
	json_decref(c.event);
	return rc;
}

/* --- post-mortem --- */

static int
check_owner(struct inc_change *c, json_t *picture)
{
	(void)picture;
	return inc__buf_printf(&c->announce, "@all: Post-mortem owner -> %s",
	    inc__str(c->event, "person"));
}

int
inc_pm_owner(char **out_announcement, inc_repo *repo, const char *id,
    const char *person, const struct inc_write *how)
{
	struct inc_change c = {.repo = repo, .id = id, .check = check_owner};
	json_t *who = NULL;
	int rc;

	if ((rc = person_value(&who, repo, "owner", person)) < 0 ||
	    (rc = inc__event_new(&c.event, repo, id, "owner", how)) < 0)
		goto out;
	json_object_update(c.event, who);
	rc = inc__append(out_announcement, &c);
out:
	json_decref(who);
	json_decref(c.event);
	return rc;
}

static int
check_action(struct inc_change *c, json_t *picture)
{
	return inc__buf_printf(&c->announce, "Action %zu -> %s: %s (due %s)",
	    json_array_size(json_object_get(picture, "actions")) + 1,
	    inc__str(c->event, "owner"), inc__str(c->event, "text"),
	    inc__str(c->event, "due"));
}

int
inc_pm_action(char **out_announcement, inc_repo *repo, const char *id,
    const char *text, const char *owner, const char *due,
    const struct inc_write *how)
{
	struct inc_change c = {.repo = repo, .id = id, .check = check_action,
	    .body = text};
	json_t *who = NULL;
	int rc;

	if ((rc = inc_text_check("action", text, 1000, 0)) < 0 ||
	    (rc = person_value(&who, repo, "action owner", owner)) < 0)
		goto out;
	if ((rc = inc_due_check(due)) < 0)
		goto out;
	if ((rc = inc__event_new(&c.event, repo, id, "action", how)) < 0)
		goto out;
	json_object_set_new(c.event, "text", json_string(text));
	json_object_set(c.event, "owner", json_object_get(who, "person"));
	json_object_set_new(c.event, "due", json_string(due));
	rc = inc__append(out_announcement, &c);
out:
	json_decref(who);
	json_decref(c.event);
	return rc;
}

static int
check_done(struct inc_change *c, json_t *picture)
{
	json_int_t n = json_integer_value(json_object_get(c->event, "n"));
	json_t *action = json_array_get(json_object_get(picture, "actions"),
	    (size_t)(n - 1));

	if (!action)
		return inc__fail(INC_ENOTFOUND, "%s: no action %lld", c->id,
		    (long long)n);
	if (json_is_true(json_object_get(action, "done")))
		return inc__fail(INC_EINVALID, "%s: action %lld is already done",
		    c->id, (long long)n);
	return inc__buf_printf(&c->announce, "Action %lld done: %s", (long long)n,
	    inc__str(action, "text"));
}

int
inc_pm_done(char **out_announcement, inc_repo *repo, const char *id,
    long number, const struct inc_write *how)
{
	struct inc_change c = {.repo = repo, .id = id, .check = check_done};
	int rc;

	if (number < 1)
		return inc__fail(INC_EINVALID, "%ld: invalid action number", number);
	if ((rc = inc__event_new(&c.event, repo, id, "action-done", how)) < 0)
		return rc;
	json_object_set_new(c.event, "n", json_integer(number));
	rc = inc__append(out_announcement, &c);
	json_decref(c.event);
	return rc;
}
