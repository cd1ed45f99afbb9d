/*
 * The components a team declares for its status page, in git config (or
 * the team's settings, read the same way):
 *
 *	[inc]
 *		component = API
 *		component = EU dashboard
 *	[component "API"]
 *		description = The REST API at api.example.com
 *		group = Platform
 *		order = 1
 *
 * Names are compared with case and spaces folded ("api", "API" and
 * " api " are one component); the declared spelling is the one kept.
 * Without any declared, a component is whatever the updates named.
 */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* name without leading and trailing spaces and with runs of them as one */
static char *
squeeze(const char *name)
{
	char *out = malloc(strlen(name) + 1), *w = out;

	if (!out)
		return NULL;
	for (const char *s = name; *s; s++) {
		if (*s == ' ' || *s == '\t') {
			if (w > out && w[-1] != ' ')
				*w++ = ' ';
			continue;
		}
		*w++ = *s;
	}
	if (w > out && w[-1] == ' ')
		w--;
	*w = '\0';
	return out;
}

/* Are a and b one component: the same but for case and spaces? */
int
inc__component_same(const char *a, const char *b)
{
	char *x = squeeze(a), *y = squeeze(b);
	int same = x && y ? inc__name_equal(x, y) : !strcmp(a, b);

	free(x);
	free(y);
	return same;
}

/*
 * name with case and spaces folded, as inc__component_same compares it:
 * "API" and " api " give "api". NULL when out of memory.
 */
char *
inc__component_key(const char *name)
{
	struct inc_buf b = {0};
	char *squeezed = squeeze(name);

	if (!squeezed)
		return NULL;
	inc__name_key(&b, squeezed);
	free(squeezed);
	return inc__buf_take(&b);
}

void
inc__components_free(struct inc__component *list, size_t n)
{
	for (size_t i = 0; list && i < n; i++) {
		free(list[i].name);
		free(list[i].description);
		free(list[i].group);
	}
	free(list);
}

static int
by_order(const void *a, const void *b)
{
	const struct inc__component *x = a, *y = b;

	return (x->order > y->order) - (x->order < y->order);
}

static int
component_key(char **out, git_config *cfg, const char *name, const char *key)
{
	struct inc_buf k = {0};
	int rc;

	*out = NULL;
	if ((rc = inc__buf_printf(&k, "component.%s.%s", name, key)) == 0)
		rc = inc__config_string(out, cfg, k.s, NULL);
	inc__buf_free(&k);
	return rc;
}

/*
 * The declared components, in their order: component.NAME.order when
 * given, else the order of the inc.component lines (ties the same way).
 * A declared name a component could not have is warned about and left out.
 */
int
inc__components_read(struct inc__component **out, size_t *n, git_config *cfg)
{
	struct inc__component *list = NULL;
	json_t *names = NULL;
	size_t count = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if ((rc = inc__config_strings(&names, cfg, "inc.component")) < 0)
		return rc;
	if (!(list = calloc(json_array_size(names) + 1, sizeof(*list)))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < json_array_size(names); i++) {
		const char *given = json_string_value(json_array_get(names, i));
		struct inc__component *c = &list[count];
		char *order = NULL;
		if (inc_component_check(given) < 0) {
			/* one bad name in the team's list stops no update
			 * and no site: said, and left out */
			char why[256];
			snprintf(why, sizeof(why), "%s", inc_error());
			inc__warn("inc.component: %s (ignored)", why);
			continue;
		}
		if (inc__component_find(list, count, given))
			continue; /* declared twice: once is enough */
		if (!(c->name = squeeze(given))) {
			rc = inc__fail(INC_ERROR, "out of memory");
			goto out;
		}
		count++;
		c->order = (int)count;
		if ((rc = component_key(&c->description, cfg, given,
		    "description")) < 0 ||
		    (rc = component_key(&c->group, cfg, given, "group")) < 0 ||
		    (rc = component_key(&order, cfg, given, "order")) < 0)
			goto out;
		if (order) {
			char *end;
			long v = strtol(order, &end, 10);
			if (*order && !*end && v > -100000 && v < 100000)
				c->order = (int)v;
			free(order);
		}
		if (c->group && !*c->group) {
			free(c->group);
			c->group = NULL;
		}
	}
	/* stable: equal orders keep the lines' order */
	for (size_t i = 1; i < count; i++)
		for (size_t j = i; j > 0 && by_order(&list[j - 1], &list[j]) > 0;
		    j--) {
			struct inc__component t = list[j];
			list[j] = list[j - 1];
			list[j - 1] = t;
		}
	*out = list;
	*n = count;
	list = NULL;
	rc = 0;
out:
	inc__components_free(list, count);
	json_decref(names);
	return rc;
}

/* The declared component name is, case and spaces folded, or NULL. */
const struct inc__component *
inc__component_find(const struct inc__component *list, size_t n,
    const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (inc__component_same(list[i].name, name))
			return &list[i];
	return NULL;
}

/* INC_EINVALID: "NAME: unknown component (use A, B or C)" */
int
inc__component_unknown(const char *name, const struct inc__component *list,
    size_t n)
{
	struct inc_buf b = {0};
	int rc;

	for (size_t i = 0; i < n; i++)
		inc__buf_printf(&b, "%s%s%s%s", i == 0 ? "" : i == n - 1 ?
		    " or " : ", ", inc__list_quote(list[i].name), list[i].name,
		    inc__list_quote(list[i].name));
	if ((rc = inc__buf_error(&b)) == 0)
		rc = inc__invalid(name, "unknown component (use %s)", b.s ?
		    b.s : "");
	inc__buf_free(&b);
	return rc;
}

/*
 * A component as an update names it (given): NAME, or NAME=STATUS. A
 * declared name is read whole, '=' and all. Else the word after the last
 * '=' (blanks around it dropped) is the component's status when it is
 * one; when it is not, given is refused if it was meant as one (what
 * is before the '=' is declared, or, when none is, the word is only
 * letters, '_' and '-', or nothing), else it is a name whole. With
 * statuses 0 (a maintenance's) a status is refused. *name gets the name
 * (freed by the caller), *status the status as Statuspage spells it, or
 * NULL.
 */
int
inc__component_given(char **name, const char **status, const char *given,
    const struct inc__component *declared, size_t n, int statuses)
{
	static const char *const choices = "use operational, "
	    "degraded_performance, partial_outage or major_outage";
	const char *eq = strrchr(given, '='), *word;
	size_t len, end = eq ? (size_t)(eq - given) : 0;
	char buf[32];
	int meant;

	*name = NULL;
	*status = NULL;
	if (eq && !inc__component_find(declared, n, given)) {
		word = eq + 1 + strspn(eq + 1, " \t");
		len = strlen(word);
		while (len && (word[len - 1] == ' ' || word[len - 1] == '\t'))
			len--;
		while (end && (given[end - 1] == ' ' || given[end - 1] == '\t'))
			end--;
		if (!(*name = strndup(given, end)))
			return inc__fail(INC_ERROR, "out of memory");
		snprintf(buf, sizeof(buf), "%.*s", (int)len, word);
		if (len < sizeof(buf) &&
		    inc_component_status_parse(status, buf) == 0) {
			if (!statuses) {
				*status = NULL;
				free(*name);
				*name = NULL;
				return inc__invalid(given, "a maintenance's "
				    "components take no status (they are under "
				    "maintenance while it is in progress)");
			}
			if (end && inc_component_check(*name) == 0)
				return 0;
			*status = NULL;
			free(*name);
			*name = NULL;
			return end ? INC_EINVALID : inc__invalid(given, "no "
			    "component name before '='");
		}
		*status = NULL;
		meant = n ? inc__component_find(declared, n, *name) != NULL :
		    strspn(word, "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-") == len;
		free(*name);
		*name = NULL;
		if (statuses && meant && !len)
			return inc__invalid(given, "no component status after "
			    "'=' (%s)", choices);
		if (statuses && meant)
			return inc__invalid(buf, "invalid component status "
			    "(%s)", choices);
	}
	if (!(*name = strdup(given)))
		return inc__fail(INC_ERROR, "out of memory");
	return 0;
}

/*
 * Each of names is a component the team declared, when it declared any
 * (else one without a comma: "api,web" is two), with a status only where
 * statuses says it may have one: else INC_EINVALID naming the choices,
 * or, for a name the team did not declare, INC_ENOTFOUND (one declared
 * on another clone since this one's last fetch, maybe).
 */
int
inc_components_check(inc_repo *repo, const char *const *names, int statuses)
{
	struct inc__component *declared = NULL;
	git_config *cfg = NULL;
	size_t n = 0;
	int rc = 0;

	if (!names || !*names)
		return 0;
	if ((rc = inc__config_snapshot(&cfg, repo)) == 0)
		rc = inc__components_read(&declared, &n, cfg);
	for (const char *const *p = names; rc == 0 && *p; p++) {
		const char *status, *other;
		char *name, *before;
		if ((rc = inc__component_given(&name, &status, *p, declared, n,
		    statuses)) < 0)
			break;
		if (n && !inc__component_find(declared, n, name) &&
		    (rc = inc__component_unknown(name, declared, n)) ==
		    INC_EINVALID)
			rc = INC_ENOTFOUND;
		/* "-p api,web" meant as two, where nothing says it is one */
		else if (!n && strchr(name, ','))
			rc = inc__invalid(*p, "one component or two? give -p "
			    "for each (a name with a comma is one the team "
			    "declares: inc-init --set components=[...])");
		/* the same component given another status before */
		for (const char *const *q = names; rc == 0 && status && q < p;
		    q++) {
			if (inc__component_given(&before, &other, *q, declared,
			    n, statuses) < 0)
				continue;
			if (other && strcmp(other, status) &&
			    inc__component_same(before, name))
				rc = inc__invalid(*p, "%s is given two "
				    "statuses (%s and %s)", name, other,
				    status);
			free(before);
		}
		free(name);
	}
	inc__components_free(declared, n);
	git_config_free(cfg);
	return rc;
}
