/*
 * The event reader: a log chunk's bytes, each line checked and parsed as
 * the readers do before sorting and applying them (inc__log_parse). What
 * it accepts must be what incident-log(5) promises a reader.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Each event as the format requires it, checked again from outside. */
static void
check(json_t *ev)
{
	json_t *v = json_object_get(ev, "v"), *actor;
	int64_t t;

	must(json_is_object(ev));
	must(json_is_integer(v) && json_integer_value(v) == INC_LOG_VERSION);
	must(json_is_string(json_object_get(ev, "id")));
	must(json_is_string(json_object_get(ev, "type")));
	must(json_is_integer(json_object_get(ev, "seq")));
	must(json_integer_value(json_object_get(ev, "seq")) >= 1);
	must(inc__time_get(&t, ev, "at") == 0);
	must(inc__time_get(&t, ev, "recorded_at") == 0);
	actor = json_object_get(ev, "actor");
	must(json_is_string(json_object_get(actor, "name")));
	must(!strcmp(json_string_value(json_object_get(ev, "incident")),
	    FUZZ_ID));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t lines = 0;
	json_t *events;
	int rc;

	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n';
	events = fuzz_events(data, size, &rc);
	/* a whole chunk is one event a line; a refused one stops at a line */
	if (rc == 0)
		must(json_array_size(events) == lines);
	else
		must(json_array_size(events) <= lines);
	for (size_t i = 0; i < json_array_size(events); i++) {
		json_t *ev = json_array_get(events, i);
		char *s;
		check(ev);
		/* what was read can be written back, and reads the same */
		must((s = json_dumps(ev, JSON_COMPACT | JSON_SORT_KEYS)));
		json_t *again = json_loads(s, JSON_REJECT_DUPLICATES, NULL);
		must(again && json_equal(again, ev));
		json_decref(again);
		free(s);
	}
	json_decref(events);
	return 0;
}
