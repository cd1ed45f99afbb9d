/*
 * The renderers: an incident built from a log as inc_incident_load builds
 * it (a log with no open event is refused there, so here), shown by every
 * renderer in every format. Text must be safe for a terminal; JSON must
 * read back, one value a line.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const enum inc_format formats[] = {
	INC_FORMAT_TEXT, INC_FORMAT_MARKDOWN, INC_FORMAT_JSON
};

static void
check(int rc, char *out, enum inc_format format)
{
	must(rc == 0 && out);
	if (format != INC_FORMAT_JSON) {
		fuzz_terminal_safe(out, 1);
	} else {
		for (char *line = out, *nl; *line; line = nl + 1) {
			json_t *v;
			must((nl = strchr(line, '\n')));
			*nl = '\0';
			must((v = json_loads(line, JSON_REJECT_DUPLICATES, NULL)));
			json_decref(v);
		}
	}
	free(out);
}

/*
 * inc-postmortem --due gives every reason: no owner, and each action
 * not done whose due date (as written) is before today.
 */
static void
check_overdue(const inc_incident *incident, inc_repo *repo, int64_t now)
{
	json_t *p = incident->picture, *actions = json_object_get(p, "actions");
	json_t *row;
	size_t want = 0;
	char today[32], *out;
	int rc;

	inc__time_format(today, now);
	today[10] = '\0';
	if (inc_incident_state(incident) == INC_STATE_RESOLVED) {
		want += !json_is_string(json_object_get(json_object_get(p,
		    "owner"), "name"));
		for (size_t i = 0; i < json_array_size(actions); i++) {
			json_t *a = json_array_get(actions, i);
			const char *due = json_string_value(json_object_get(a, "due_on"));
			want += !json_is_true(json_object_get(a, "done")) && due &&
			    strcmp(due, today) < 0;
		}
	}
	rc = inc_render_pm_overdue(&out, incident, repo, INC_FORMAT_JSON, now);
	must(rc == 0 && out);
	if (!want) {
		must(!*out);
	} else {
		must((row = json_loads(out, 0, NULL)));
		must(json_array_size(json_object_get(row, "reasons")) == want);
		json_decref(row);
	}
	free(out);
}

static inc_render_fn *const lists[] = {
	inc_render_row, inc_render_sitrep_due, inc_render_pm_overdue,
	inc_render_update_due
};

/*
 * The log text and each event's line in it, as inc_incident_load keeps
 * them (there, in log order; here the events are in file order, and a
 * whole log parsed has an event a line), so that inc-log -j's own path is
 * fuzzed too; an input with a bad line leaves them out, for the other.
 */
static void
keep_lines(inc_incident *incident, const uint8_t *data, size_t size)
{
	size_t n = json_array_size(incident->events), off = 0;

	must((incident->text.s = malloc(size + 1)));
	memcpy(incident->text.s, data, size);
	incident->text.s[size] = '\0';
	incident->text.len = size;
	must((incident->line = malloc((n ? n : 1) * sizeof(*incident->line))));
	for (size_t i = 0; i < n; i++) {
		const char *nl = memchr(incident->text.s + off, '\n', size - off);
		must(nl);
		incident->line[i].off = off;
		incident->line[i].len = (size_t)(nl - incident->text.s) - off;
		off += incident->line[i].len + 1;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	inc_incident incident = {0};
	inc_repo repo = fuzz_repo();
	json_t *update;
	/* the corpus's own day, years later (all overdue), and 1970 */
	const int64_t nows[] = {1795478400, 1795478400 + 5 * 365 * 86400, 0};
	char *out;
	int rc;

	incident.events = fuzz_events(data, size, &rc);
	if (rc == 0)
		keep_lines(&incident, data, size);
	must((incident.picture = inc__picture_new(FUZZ_ID)));
	for (size_t i = 0; i < json_array_size(incident.events); i++)
		must(inc__picture_apply(incident.picture,
		    json_array_get(incident.events, i)) == 0);
	if (rc < 0 || !json_object_get(incident.picture, "opened"))
		goto out;

	for (size_t f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
		enum inc_format format = formats[f];
		for (size_t t = 0; t < sizeof(nows) / sizeof(nows[0]); t++) {
			rc = inc_render_picture(&out, &incident, &repo, format,
			    nows[t]);
			check(rc, out, format);
			for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); l++) {
				rc = lists[l](&out, &incident, &repo, format, nows[t]);
				check(rc, out, format);
			}
			check_overdue(&incident, &repo, nows[t]);
		}
		out = NULL;
		rc = inc_render_sitrep(&out, &incident, format);
		if (!json_object_get(incident.picture, "sitrep"))
			must(rc == INC_ENOTFOUND && !out);
		else
			check(rc, out, format);
		rc = inc_render_log(&out, &incident, format);
		check(rc, out, format);
		rc = inc_render_postmortem(&out, &incident, format);
		check(rc, out, format);
	}
	/* what inc-status shows of a customer update, which is only text */
	if ((update = json_object_get(incident.picture, "update"))) {
		rc = inc__render_update(&out, incident.picture, update);
		check(rc, out, INC_FORMAT_TEXT);
	}
out:
	json_decref(incident.picture);
	json_decref(incident.events);
	free(incident.text.s);
	free(incident.line);
	return 0;
}
