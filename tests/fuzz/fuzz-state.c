/*
 * The state reducer: the events of a log applied in file order to a new
 * picture, as inc_incident_load does after sorting, and the picture then
 * checked against what incident-log(5) says it holds.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static json_int_t
count(json_t *picture, const char *key)
{
	json_t *v = json_object_get(picture, key);

	must(json_is_integer(v));
	must(json_integer_value(v) >= 0);
	return json_integer_value(v);
}

static void
check_time(json_t *picture, const char *key)
{
	int64_t t;
	json_t *v = json_object_get(picture, key);

	must(!v || inc__time_get(&t, picture, key) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_t *events, *picture, *again, *roles, *actions, *v;
	json_int_t seq = 0, sitreps = 0, notes = 0, updates = 0;
	const char *key, *ic = NULL, *state;
	enum inc_state s;
	int rc, opened = 0;
	char *dump;

	events = fuzz_events(data, size, &rc);
	must((picture = inc__picture_new(FUZZ_ID)));
	for (size_t i = 0; i < json_array_size(events); i++) {
		json_t *e = json_array_get(events, i);
		const char *type = json_string_value(json_object_get(e, "type"));
		json_int_t n = json_integer_value(json_object_get(e, "seq"));

		must(inc__picture_apply(picture, e) == 0);
		seq = n > seq ? n : seq;
		sitreps += !strcmp(type, "sitrep");
		notes += !strcmp(type, "note");
		updates += !strcmp(type, "status");
		/* the opener holds IC until a handoff says otherwise */
		if (!strcmp(type, "open") && !opened) {
			opened = 1;
			ic = json_string_value(json_object_get(json_object_get(e,
			    "actor"), "name"));
		} else if (!strcmp(type, "handoff") && json_is_string(
		    json_object_get(e, "role")) && !strcmp(json_string_value(
		    json_object_get(e, "role")), "ic")) {
			ic = json_string_value(json_object_get(json_object_get(e,
			    "person"), "name"));
		}
	}

	must(json_is_object(picture));
	must(!strcmp(json_string_value(json_object_get(picture, "incident")), FUZZ_ID));
	must(count(picture, "events") == (json_int_t)json_array_size(events));
	must(count(picture, "seq") == seq);
	must(count(picture, "sitreps") == sitreps);
	must(count(picture, "notes") == notes);
	must(count(picture, "updates") == updates);
	must(!opened == !json_object_get(picture, "opened_at"));
	state = json_string_value(json_object_get(picture, "state"));
	must(!opened || state);
	must(!state || (inc_state_parse(&s, state) == 0 &&
	    !strcmp(inc_state_name(s), state)));
	must(!state || (strcmp(state, "resolved") == 0) ==
	    (json_object_get(picture, "resolved_at") != NULL));
	check_time(picture, "opened_at");
	check_time(picture, "state_changed_at");
	check_time(picture, "confirmed_at");
	check_time(picture, "major_at");
	check_time(picture, "resolved_at");
	check_time(picture, "last_event_at");
	check_time(picture, "last_sitrep_at");
	check_time(picture, "last_update_at");

	roles = json_object_get(picture, "roles");
	must(json_is_object(roles));
	json_object_foreach(roles, key, v) {
		must(json_is_string(json_object_get(json_object_get(v, "person"),
		    "name")));
		must(inc__time_get(&(int64_t){0}, v, "since_at") == 0);
	}
	v = json_object_get(roles, "ic");
	must(!ic == !v);
	must(!ic || !strcmp(ic, json_string_value(json_object_get(
	    json_object_get(v, "person"), "name"))));

	actions = json_object_get(picture, "actions");
	must(json_is_array(actions));
	for (size_t i = 0; i < json_array_size(actions); i++) {
		json_t *a = json_array_get(actions, i);
		must(json_integer_value(json_object_get(a, "n")) == (json_int_t)i + 1);
		must(json_is_boolean(json_object_get(a, "done")));
	}
	v = json_object_get(picture, "contacted");
	for (size_t i = 0; i < json_array_size(v); i++) {
		must(json_is_string(json_array_get(v, i)));
		for (size_t j = 0; j < i; j++)
			must(!json_equal(json_array_get(v, i), json_array_get(v, j)));
	}

	/* the picture is cached and printed as JSON: it must read back */
	must((dump = json_dumps(picture, JSON_COMPACT | JSON_SORT_KEYS)));
	must((again = json_loads(dump, JSON_REJECT_DUPLICATES, NULL)));
	must(json_equal(again, picture));
	json_decref(again);
	free(dump);
	json_decref(picture);
	json_decref(events);
	return 0;
}
