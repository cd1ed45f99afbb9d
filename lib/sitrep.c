/* The sitrep template: what inc-sitrep reads from stdin or an editor. */
#include <ctype.h>
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
