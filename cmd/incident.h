/*
 * The tools of the incident binary: one X(verb, summary) each, in the
 * order incident --help lists them. Each cmd/inc-VERB.c is compiled with
 * -Dmain=inc_VERB_main and this header included first (see the
 * Makefile), which declares its main under that name; cmd/incident.c
 * runs the one its name or its first operand names. A new tool is a
 * cmd/inc-VERB.c, its man page and a line here (make fails without the
 * line, make lint-man without the page). VERB is a C identifier: no
 * hyphen.
 */
#ifndef INC_INCIDENT_H
#define INC_INCIDENT_H

#define INC_TOOLS(X) \
	X(init, "make a team's incident repository, or join one") \
	X(open, "declare an incident and take command of it") \
	X(state, "show an incident, or change its state") \
	X(handoff, "hand a role to a person, or release it") \
	X(note, "record an operations progress note") \
	X(sitrep, "record and print a situation report, or list overdue ones") \
	X(status, "record a customer status update, or check one") \
	X(postmortem, "the post-mortem draft, its owner and follow-up actions") \
	X(check, "the IC's event loop answered from the record") \
	X(brief, "the incident briefing, for whoever asks to be filled in") \
	X(ls, "list incidents") \
	X(log, "print an incident's events in log order") \
	X(publish, "write the customer status site") \
	X(announce, "an event, as a chat service's webhook takes it") \
	X(sync, "fetch, merge and push the incident logs, or keep doing it") \
	X(verify, "prove that the incident logs were only ever appended to")

#define INC_TOOL_MAIN(verb, summary) int inc_##verb##_main(int, char **);
INC_TOOLS(INC_TOOL_MAIN)
#undef INC_TOOL_MAIN

#endif
