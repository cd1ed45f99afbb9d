/*
 * What the fuzz targets share: the incident their logs belong to, a
 * repository that needs no git, and the checks on what the library
 * hands back. A failed check aborts, which libFuzzer reports as a crash.
 */
#ifndef INCIDENT_FUZZ_H
#define INCIDENT_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/internal.h"

/* Every log of the corpus is an event log of this incident. */
#define FUZZ_ID "2026-11-23-2130-api-errors-in-eu-7k2m9x"

#define must(cond) \
	((cond) ? (void)0 : fuzz_failed(#cond, __FILE__, __LINE__))

static inline void
fuzz_failed(const char *what, const char *file, int line)
{
	fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
	abort();
}

/*
 * What the renderers take a repository for: the sitrep and update
 * intervals, read from git config only while still 0. Set here, the
 * repository is never touched, as no renderer uses anything else.
 */
static inline inc_repo
fuzz_repo(void)
{
	inc_repo repo;

	memset(&repo, 0, sizeof(repo));
	repo.sitrep_minutes[0] = repo.update_minutes[0] = 60;
	repo.sitrep_minutes[1] = repo.update_minutes[1] = 30;
	return repo;
}

/* The events of a log; those before a refused line, if one is. */
static inline json_t *
fuzz_events(const uint8_t *data, size_t size, int *rc)
{
	json_t *events = json_array();

	must(events);
	*rc = inc__log_parse(events, FUZZ_ID, "fuzz.jsonl", (const char *)data,
	    size);
	must(*rc == 0 || *rc == INC_EINVALID);
	must(*rc == 0 || inc_error() != NULL);
	return events;
}

/* A copy of the input with a NUL after it. */
static inline char *
fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	must(s);
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/*
 * Text that may reach a terminal: valid UTF-8 with no C0 control but
 * tab and (when lines are allowed) newline, no DEL, no C1 control and no
 * bidirectional override or isolate. Tab is text, as incident-log(5)
 * allows it.
 */
static inline void
fuzz_terminal_safe(const char *s, int lines)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s);

	must(inc__utf8_valid(s, n));
	for (size_t i = 0; i < n; i++) {
		must(p[i] >= 0x20 || p[i] == '\t' || (p[i] == '\n' && lines));
		must(p[i] != 0x7f);
		must(!(p[i] == 0xc2 && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f));
		must(!(p[i] == 0xe2 && p[i + 1] == 0x80 && p[i + 2] >= 0xaa &&
		    p[i + 2] <= 0xae));
		must(!(p[i] == 0xe2 && p[i + 1] == 0x81 && p[i + 2] >= 0xa6 &&
		    p[i + 2] <= 0xa9));
	}
}

#endif
