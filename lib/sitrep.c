/*
 * The sitrep template: what inc-sitrep writes for the editor and reads
 * back from it or from stdin, and the fields a new sitrep carries over
 * from the last one.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

static char *
trim(char *s, char *end)
{
	while (s < end && isspace((unsigned char)*s))
		s++;
	while (end > s && isspace((unsigned char)end[-1]))
		end--;
	*end = '\0';
	return s;
}

/*
 * Reads a sitrep written as a template: "Broken:", "Impact:" and "Doing:"
 * (or their long forms) at the start of a line each start a field that
 * runs to the next one; its further lines are indented by two spaces,
 * which are dropped. Lines starting with '#' are ignored, as in git
 * commit. Fields that are not there are left as they were; text with no
 * field at all is refused. The text is rewritten in place.
 */
int
inc_sitrep_parse(struct inc_sitrep_args *out, char *text)
{
	static const struct { const char *key; int field; } keys[] = {
		{"broken:", 0}, {"what is broken:", 0},
		{"impact:", 1}, {"how widespread:", 1},
		{"doing:", 2}, {"what is being done:", 2},
	};
	const size_t nkeys = sizeof(keys) / sizeof(keys[0]);
	char *start[3] = {0}, *end[3] = {0}, *w = text, *p = text, *next;
	const char **field[3] = {&out->broken, &out->impact, &out->doing};
	int current = -1;

	for (; *p; p = next) {
		char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p + 1) : strlen(p), k, skip = 0;
		next = p + n;
		if (*p == '#')
			continue;
		for (k = 0; k < nkeys; k++)
			if (!strncasecmp(p, keys[k].key, strlen(keys[k].key)))
				break;
		if (k < nkeys) {
			if (current >= 0)
				end[current] = w;
			current = keys[k].field;
			if (start[current])
				return inc__fail(INC_EINVALID, "sitrep: %s appears "
				    "twice", keys[k].key);
			skip = strlen(keys[k].key);
			start[current] = w;
		} else if (current < 0) {
			if (strspn(p, " \t\r\n") < n)
				return inc__fail(INC_EINVALID, "sitrep: text before "
				    "the first field (start with Broken:, Impact: or "
				    "Doing:)");
			continue;
		} else {
			skip = p[0] == ' ' ? p[1] == ' ' ? 2 : 1 : 0;
		}
		memmove(w, p + skip, n - skip);
		w += n - skip;
	}
	*w = '\0';
	if (current < 0)
		return inc__fail(INC_EINVALID, "sitrep: no field (Broken:, Impact: "
		    "or Doing:): nothing recorded");
	end[current] = w;
	for (int i = 2; i >= 0; i--) /* later fields first: trim writes NULs */
		if (start[i])
			*field[i] = trim(start[i], end[i]);
	return 0;
}

/* A field left out of a sitrep is carried over from the last one. */
void
inc_sitrep_carry(struct inc_sitrep_args *args, const inc_incident *incident)
{
	json_t *last = json_object_get(incident->picture, "sitrep");

	if (!args->broken)
		args->broken = inc__str(last, "broken");
	if (!args->impact)
		args->impact = inc__str(last, "impact");
	if (!args->doing)
		args->doing = inc__str(last, "doing");
}

/* "Key: value", its further lines indented so '#' in them is kept. */
static void
put_field(struct inc_buf *b, const char *key, const char *value)
{
	inc__buf_printf(b, "%s: ", key);
	for (const char *p = value ? value : ""; *p; p++) {
		inc__buf_put(b, p, 1);
		if (*p == '\n')
			inc__buf_put(b, "  ", 2);
	}
	inc__buf_put(b, "\n", 1);
}

int
inc_sitrep_template(char **out, const char *id,
    const struct inc_sitrep_args *fields)
{
	struct inc_buf b = {0};

	inc__buf_printf(&b, "# Sitrep for %s\n"
	    "# Say what is broken, how widespread the impact is and what is\n"
	    "# being done; who is working on it comes from the roles. Indent\n"
	    "# further lines of a field by two spaces. Lines starting with '#'\n"
	    "# are ignored. An empty field, or no field, records nothing.\n", id);
	put_field(&b, "Broken", fields->broken);
	put_field(&b, "Impact", fields->impact);
	put_field(&b, "Doing", fields->doing);
	return (*out = inc__buf_take(&b)) ? 0 : INC_ERROR;
}
