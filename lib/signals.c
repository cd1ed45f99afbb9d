/*
 * Once the branch has moved, the answer must reach the person who asked:
 * a Ctrl-C between the commit and the announcement would leave an event
 * recorded that nobody was told of, and the natural retry records it
 * twice. So SIGINT, SIGTERM, SIGHUP and SIGQUIT are held from just
 * before the branch moves until the tool has said what was recorded
 * (inc_hooks_run, or inc_repo_free); one that came meanwhile then takes
 * effect. Before that point an interrupted tool has recorded nothing.
 */
#define _DEFAULT_SOURCE
#include <signal.h>

#include "internal.h"

static sigset_t saved;
static int held;

void
inc__signals_hold(void)
{
	sigset_t set;

	if (held)
		return;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGQUIT);
	if (sigprocmask(SIG_BLOCK, &set, &saved) == 0)
		held = 1;
}

void
inc__signals_release(void)
{
	if (!held)
		return;
	held = 0;
	sigprocmask(SIG_SETMASK, &saved, NULL);
}

/*
 * The tools ignore SIGXFSZ, and the writers SIGPIPE (cmd/cli.c), so that
 * a write that fails is said, not the tool killed half way. An ignored
 * signal stays ignored across exec: a program started for the user (a
 * hook, a signing program) gets them back at their default actions, or
 * a hook's "yes | head -1" would say "Broken pipe", and a shell loop
 * writing into such a pipe would never end.
 */
void
inc__signals_default(void)
{
	static const int ignored[] = INC__SIGNALS_IGNORED;

	for (size_t i = 0; i < sizeof(ignored) / sizeof(ignored[0]); i++)
		signal(ignored[i], SIG_DFL);
}
