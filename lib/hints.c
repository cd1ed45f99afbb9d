/*
 * Hints: how much an update reads like the real ones that named a cause
 * or put blame on someone, by a model learnt from them, for the advice
 * the patterns of lint.c cannot give. The patterns refuse only what they
 * are sure of, and find about a third of the causes and under half of
 * the blame in updates they were not written for; the model finds more
 * and is wrong more often, so what it finds is only ever advice
 * (inc-status(1): maybe-cause, maybe-blame).
 *
 * The model is a logistic regression over an update's features: its
 * words and each two words in a row, each counted once. A word is a run
 * of ASCII letters, lower-cased, with an apostrophe kept between two
 * letters ("don't"), or a run of digits, all written "<n>"; anything
 * else parts words. The weights are in hints-model.h, made by
 * lib/train/train-hints.c from tests/status-corpus (`make lint-model`),
 * which finds features with inc__hint_features() as the scorer does.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* longer features are none (no real word is); kept in place, not by
 * pointer, so that the table needs no relocating as a program starts */
#define FEATURE_MAX 31

struct hint_weight {
	char feature[FEATURE_MAX + 1];
	float weight[INC__HINTS];
};

#include "hints-model.h"

static int
letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
digit(char c)
{
	return c >= '0' && c <= '9';
}

/* the word at text[*i..n), lower-cased into w; 0 when none is left */
static size_t
next_word(const char *text, size_t n, size_t *i, char *w)
{
	size_t len = 0, at;

	while (*i < n && !letter(text[*i]) && !digit(text[*i]))
		(*i)++;
	if (*i == n)
		return 0;
	if (digit(text[*i])) {
		while (*i < n && digit(text[*i]))
			(*i)++;
		memcpy(w, "<n>", 4);
		return 3;
	}
	for (at = *i; *i < n; (*i)++) {
		if (text[*i] == '\'' && *i > at && *i + 1 < n &&
		    letter(text[*i + 1]))
			;
		else if (!letter(text[*i]))
			break;
		if (len < FEATURE_MAX)
			w[len] = (char)(text[*i] | (letter(text[*i]) ? 0x20 : 0));
		len++;
	}
	if (len > FEATURE_MAX)
		len = FEATURE_MAX + 1; /* too long to be a feature */
	else
		w[len] = '\0';
	return len;
}

int
inc__hint_features(const char *text, size_t n,
    int (*fn)(const char *feature, void *arg), void *arg)
{
	char prev[FEATURE_MAX + 1], word[FEATURE_MAX + 1];
	char pair[2 * FEATURE_MAX + 2];
	size_t i = 0, len, plen = 0;
	int rc;

	while ((len = next_word(text, n, &i, word)) > 0) {
		if (len <= FEATURE_MAX && (rc = fn(word, arg)) != 0)
			return rc;
		if (len <= FEATURE_MAX && plen > 0 && plen <= FEATURE_MAX &&
		    plen + 1 + len <= FEATURE_MAX) {
			memcpy(pair, prev, plen);
			pair[plen] = ' ';
			memcpy(pair + plen + 1, word, len + 1);
			if ((rc = fn(pair, arg)) != 0)
				return rc;
		}
		plen = len;
		if (len <= FEATURE_MAX)
			memcpy(prev, word, len + 1);
	}
	return 0;
}

static int
by_feature(const void *key, const void *entry)
{
	return strcmp(key, ((const struct hint_weight *)entry)->feature);
}

struct found {
	size_t *at; /* indexes into hint_weights */
	size_t n, cap;
};

static int
look_up(const char *feature, void *arg)
{
	struct found *f = arg;
	const struct hint_weight *w = bsearch(feature, hint_weights,
	    sizeof(hint_weights) / sizeof(*hint_weights),
	    sizeof(*hint_weights), by_feature);
	size_t *grown;

	if (!w)
		return 0;
	if (!f->at || f->n == f->cap) {
		f->cap = f->at ? 2 * f->cap : 64;
		if (!(grown = realloc(f->at, f->cap * sizeof(*grown))))
			return inc__fail(INC_ERROR, "out of memory");
		f->at = grown;
	}
	f->at[f->n++] = (size_t)(w - hint_weights);
	return 0;
}

static int
by_index(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

int
inc__hint_scores(double *out, const char *text, size_t n, int bias)
{
	struct found f = {0};
	size_t i;
	int h;

	for (h = 0; h < INC__HINTS; h++)
		out[h] = bias ? hint_bias[h] : 0;
	if (inc__hint_features(text, n, look_up, &f) < 0) {
		free(f.at);
		return INC_ERROR;
	}
	if (f.n > 1)
		qsort(f.at, f.n, sizeof(*f.at), by_index);
	for (i = 0; i < f.n; i++)
		if (i == 0 || f.at[i] != f.at[i - 1])
			for (h = 0; h < INC__HINTS; h++)
				out[h] += hint_weights[f.at[i]].weight[h];
	free(f.at);
	return 0;
}
