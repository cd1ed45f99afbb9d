/*
 * Once the branch has moved, the answer must reach the person who asked,
 * and the event the team: a Ctrl-C between the commit and the
 * announcement would leave an event recorded that nobody was told of,
 * and the natural retry records it twice; one before the push starts
 * would leave it on this machine alone, the team not told. So SIGINT,
 * SIGTERM, SIGHUP and SIGQUIT are held from just before the branch moves
 * until the tool has said what was recorded, started its push and run
 * its hooks (inc_hooks_run, or inc_repo_free). One that came meanwhile
 * stops the hooks, or keeps them from running (hook.c), and is then
 * taken, for the tool to end by once it has said so (inc__signals_take);
 * where the tool ends without running them (inc_repo_free), it takes
 * effect then. Before that point an interrupted tool has recorded
 * nothing.
 */
#define _DEFAULT_SOURCE
#include <signal.h>

#include "internal.h"

static const int holdable[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
static sigset_t saved;
static int held;

void
inc__signals_hold(void)
{
	sigset_t set;

	if (held)
		return;
	sigemptyset(&set);
	for (size_t i = 0; i < sizeof(holdable) / sizeof(holdable[0]); i++)
		sigaddset(&set, holdable[i]);
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

/* A held signal that came meanwhile, or 0. */
int
inc__signals_pending(void)
{
	sigset_t set;

	if (!held || sigpending(&set) < 0)
		return 0;
	for (size_t i = 0; i < sizeof(holdable) / sizeof(holdable[0]); i++)
		if (sigismember(&set, holdable[i]) == 1)
			return holdable[i];
	return 0;
}

/*
 * The hold ended, the held signals that came meanwhile taken rather than
 * delivered: the first one's number, or 0, for the tool to end by (as
 * the default action would have ended it) once it has said what it must.
 */
int
inc__signals_take(void)
{
	sigset_t one;
	int first = 0, sig, got;

	while ((sig = inc__signals_pending())) {
		sigemptyset(&one);
		sigaddset(&one, sig);
		if (sigwait(&one, &got) != 0)
			break;
		if (!first)
			first = sig;
	}
	inc__signals_release();
	return first;
}

/* "SIGINT", for a held signal's number */
const char *
inc__signals_name(int sig)
{
	return sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" :
	    sig == SIGHUP ? "SIGHUP" : sig == SIGQUIT ? "SIGQUIT" : "a signal";
}

/*
 * The tools ignore SIGXFSZ, and the writers SIGPIPE (cmd/cli.c), so that
 * a write that fails is said, not the tool killed half way. An ignored
 * signal stays ignored across exec: a program started for the user (a
 * hook, a signing program) gets them back at their default actions, or
 * a hook's "yes | head -1" would say "Broken pipe", and a shell loop
 * writing into such a pipe would never end. So does a blocked one: a
 * hook, run while the tool holds signals, gets them unblocked.
 */
void
inc__signals_default(void)
{
	static const int ignored[] = INC__SIGNALS_IGNORED;

	for (size_t i = 0; i < sizeof(ignored) / sizeof(ignored[0]); i++)
		signal(ignored[i], SIG_DFL);
	inc__signals_release();
}
