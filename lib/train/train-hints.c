/*
 * Learns the hints' model (lib/hints.c) from labelled real updates: not
 * library code, but the program that writes lib/hints-model.h (`make
 * lint-model`; bench/lint-eval.sh also runs it, leaving one set out).
 *
 * For each of cause and blame, a logistic regression over the features
 * inc__hint_features() finds, trained by plain gradient descent on all
 * the rows at once, so that the same corpus always gives the same
 * weights. A feature counts for a model where at least two of the rows
 * it learns from have it. Cause learns only from updates posted while
 * the incident was open, as the rule applies only to them; blame from
 * all.
 *
 * Usage: train-hints CORPUS...
 * CORPUS: url TAB status TAB labels TAB text, as in tests/status-corpus.
 * Writes hints-model.h on standard output.
 */
#define _DEFAULT_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../internal.h"

#define ITERATIONS 300
#define STEP 5.0
#define L2 0.001
#define PRUNE 0.05 /* smaller weights are left out: 0 */

struct row {
	size_t *f; /* feature ids, each once */
	size_t n;
	int label[INC__HINTS];
	int resolved;
};

static char **names; /* by feature id */
static size_t nfeatures, slots;
static size_t *table; /* open addressing: id + 1, or 0 */
static struct row *rows;
static size_t nrows;

static void *
must(void *p)
{
	if (!p) {
		fputs("train-hints: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

static size_t
hash(const char *s)
{
	size_t h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static size_t
id_of(const char *feature)
{
	size_t i, k;

	if (2 * (nfeatures + 1) > slots) {
		size_t old = slots, *was = table;

		slots = slots ? 2 * slots : 4096;
		table = must(calloc(slots, sizeof(*table)));
		for (k = 0; k < old; k++)
			if (was[k]) {
				for (i = hash(names[was[k] - 1]) % slots; table[i];
				    i = (i + 1) % slots)
					;
				table[i] = was[k];
			}
		free(was);
	}
	for (i = hash(feature) % slots; table[i]; i = (i + 1) % slots)
		if (!strcmp(names[table[i] - 1], feature))
			return table[i] - 1;
	names = must(realloc(names, (nfeatures + 1) * sizeof(*names)));
	names[nfeatures] = must(strdup(feature));
	table[i] = ++nfeatures;
	return nfeatures - 1;
}

static int
add_feature(const char *feature, void *arg)
{
	struct row *r = arg;

	r->f = must(realloc(r->f, (r->n + 1) * sizeof(*r->f)));
	r->f[r->n++] = id_of(feature);
	return 0;
}

static int
by_id(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

static int
has(const char *labels, const char *rule)
{
	size_t n = strlen(rule);

	for (const char *s = labels; (s = strstr(s, rule)); s += n)
		if ((s == labels || s[-1] == ',') && (!s[n] || s[n] == ','))
			return 1;
	return 0;
}

static void
read_corpus(const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, *field[4], *s, *d;
	size_t cap = 0, i, k;
	ssize_t len;

	if (!f) {
		perror(path);
		exit(1);
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		if (line[len - 1] == '\n')
			line[--len] = '\0';
		if (line[0] == '#')
			continue;
		field[0] = line;
		for (i = 1; i < 4; i++) {
			if (!(s = strchr(field[i - 1], '\t'))) {
				fprintf(stderr, "train-hints: %s: a row of %zu "
				    "fields\n", path, i);
				exit(1);
			}
			*s = '\0';
			field[i] = s + 1;
		}
		/* "\n" in a row stands for a line break */
		for (s = d = field[3]; *s; s++, d++)
			if (s[0] == '\\' && s[1] == 'n')
				*d = '\n', s++;
			else
				*d = *s;
		*d = '\0';
		rows = must(realloc(rows, (nrows + 1) * sizeof(*rows)));
		struct row *r = &rows[nrows++];
		memset(r, 0, sizeof(*r));
		r->resolved = !strcmp(field[1], "resolved");
		r->label[INC__HINT_CAUSE] = has(field[2], "cause");
		r->label[INC__HINT_BLAME] = has(field[2], "blame");
		inc__hint_features(field[3], strlen(field[3]), add_feature, r);
		if (r->n > 1)
			qsort(r->f, r->n, sizeof(*r->f), by_id);
		for (i = k = 0; i < r->n; i++)
			if (i == 0 || r->f[i] != r->f[k - 1])
				r->f[k++] = r->f[i];
		r->n = k;
	}
	free(line);
	fclose(f);
}

/* whether the model for hint h learns from the row */
static int
learns(const struct row *r, int h)
{
	return h != INC__HINT_CAUSE || !r->resolved;
}

static double *weight[INC__HINTS], bias[INC__HINTS];

static double
belief(const struct row *r, int h)
{
	double z = bias[h];

	for (size_t i = 0; i < r->n; i++)
		z += weight[h][r->f[i]];
	return 1 / (1 + exp(-z));
}

static void
train(void)
{
	double *grad = must(calloc(nfeatures, sizeof(*grad))), gbias, n;
	size_t *df = must(calloc(nfeatures, sizeof(*df))), r, i;

	for (int h = 0; h < INC__HINTS; h++) {
		weight[h] = must(calloc(nfeatures, sizeof(*weight[h])));
		memset(df, 0, nfeatures * sizeof(*df));
		n = 0;
		for (r = 0; r < nrows; r++)
			if (learns(&rows[r], h)) {
				n++;
				for (i = 0; i < rows[r].n; i++)
					df[rows[r].f[i]]++;
			}
		for (int it = 0; it < ITERATIONS; it++) {
			memset(grad, 0, nfeatures * sizeof(*grad));
			gbias = 0;
			for (r = 0; r < nrows; r++) {
				if (!learns(&rows[r], h))
					continue;
				double e = rows[r].label[h] - belief(&rows[r], h);
				gbias += e;
				for (i = 0; i < rows[r].n; i++)
					grad[rows[r].f[i]] += e;
			}
			bias[h] += STEP * gbias / n;
			for (i = 0; i < nfeatures; i++)
				if (df[i] >= 2)
					weight[h][i] += STEP * (grad[i] / n -
					    L2 * weight[h][i]);
		}
		for (i = 0; i < nfeatures; i++)
			if (fabs(weight[h][i]) < PRUNE)
				weight[h][i] = 0;
	}
	free(grad);
	free(df);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(names[*(const size_t *)a], names[*(const size_t *)b]);
}

static void
write_model(void)
{
	size_t *order = must(calloc(nfeatures, sizeof(*order))), n = 0, i;

	for (i = 0; i < nfeatures; i++)
		if (weight[0][i] != 0 || weight[1][i] != 0)
			order[n++] = i;
	qsort(order, n, sizeof(*order), by_name);
	printf("/* Made by lib/train/train-hints.c from tests/status-corpus "
	    "(make lint-model):\n * do not edit. %zu features: cause, blame. "
	    "*/\nstatic const double hint_bias[INC__HINTS] = {%.4f, %.4f};\n"
	    "static const struct hint_weight hint_weights[] = {\n", n,
	    bias[0], bias[1]);
	for (i = 0; i < n; i++)
		printf("\t{\"%s\", {%.4ff, %.4ff}},\n", names[order[i]],
		    weight[0][order[i]], weight[1][order[i]]);
	printf("};\n");
	free(order);
}

int
main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: train-hints CORPUS...\n", stderr);
		return 2;
	}
	for (int i = 1; i < argc; i++)
		read_corpus(argv[i]);
	train();
	write_model();
	return ferror(stdout) || fflush(stdout) ? 1 : 0;
}
