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

/* Drops lines that start with '#' and the two-space indent of the rest. */
static void
uncomment(char *text)
{
	char *w = text, *p = text;

	while (*p) {
		char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p + 1) : strlen(p);
		if (*p != '#') {
			size_t indent = p[0] == ' ' ? p[1] == ' ' ? 2 : 1 : 0;
			memmove(w, p + indent, n - indent);
			w += n - indent;
		}
		p += n;
	}
	*w = '\0';
}

/*
 * Reads a sitrep written as a template: "Broken:", "Impact:" and "Doing:"
 * (or their long forms) each start a field that runs to the next one, its
 * further lines indented by two spaces; lines starting with '#' are
 * ignored, as in git commit. Fields that are not there are left as they
 * were; text with no field at all is refused.
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
	char *start[3] = {0}, *end[3] = {0}, *p, *line, *next;
	const char **field[3] = {&out->broken, &out->impact, &out->doing};
	int current = -1;

	uncomment(text);
	for (line = text; *line; line = next) {
		char *nl = strchr(line, '\n');
		size_t k;
		next = nl ? nl + 1 : line + strlen(line);
		for (k = 0; k < nkeys; k++)
			if (!strncasecmp(line, keys[k].key, strlen(keys[k].key)))
				break;
		if (k == nkeys) {
			for (p = line; p < next && isspace((unsigned char)*p); p++)
				;
			if (current < 0 && p < next)
				return inc__fail(INC_EINVALID, "sitrep: text before the "
				    "first field (start with Broken:, Impact: or Doing:)");
			continue;
		}
		if (current >= 0)
			end[current] = line;
		current = keys[k].field;
		if (start[current])
			return inc__fail(INC_EINVALID, "sitrep: %s appears twice",
			    keys[k].key);
		start[current] = line + strlen(keys[k].key);
	}
	if (current < 0)
		return inc__fail(INC_EINVALID, "sitrep: no field (Broken:, Impact: "
		    "or Doing:): nothing recorded");
	end[current] = line;
	for (int i = 2; i >= 0; i--) /* later fields first: trim writes NULs */
		if (start[i])
			*field[i] = trim(start[i], end[i]);
	return 0;
}
