#!/bin/sh
# Shell completion (cmd/completion/): bash for real, through its
# completion function; fish for real, through complete -C; zsh's syntax.
# The options offered are the options each man page lists.
. "$(dirname "$0")/lib.sh"

COMPLETION=$SRC/cmd/completion
TOOLS="inc-init inc-open inc-state inc-handoff inc-note inc-sitrep inc-status
	inc-postmortem inc-check inc-brief inc-ls inc-log inc-publish inc-announce
	inc-verify inc-sync"

new_repo r
id=$(inc-open -C r "API errors" 2>/dev/null)
succeeds "setup: an update naming two components" inc-status -C r \
	-p api -p "EU dashboard" -p '$(touch pwned)' "$id" \
	"The API is down. We are investigating. There is no workaround yet."
id2=$(inc-open -C r -x "Drill" 2>/dev/null)
succeeds "setup: the drill resolved" inc-state -C r "$id2" resolved

# the verbs incident -h lists, one a line
VERBS=$(incident -h | sed -n '/^verbs/,$p' | sed -n 's/^  \([a-z]*\) .*/\1/p' |
    sort)

# bash_complete WORD...: the candidates for the last word, one a line, from
# the function the script registers for the first
bash_complete() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		spec=$(complete -p "$1" 2>/dev/null) || exit 0
		f=${spec#*-F }; "${f%% *}"; printf "%s\n" "${COMPREPLY[@]}"' - \
	    "$COMPLETION/incident.bash" "$@" | sort
}

# the options a man page lists, short and long, one a line
man_options() {
	sed -n '/^\.Sh OPTIONS/,/^\.Sh /p' "$SRC/man/$1.1" |
	    sed -n -e 'h; s/^\.It Fl \([A-Za-z0-9]\).*/-\1/p' \
	    -e 'g; s/^\.It Fl [A-Za-z0-9].* , Fl -\([a-z-]*\).*/--\1/p' \
	    -e 'g; s/^\.It Fl -\([a-z-]*\).*/--\1/p' |
	    sort
}

for tool in $TOOLS; do
	is "$(bash_complete "$tool" -)" "$(man_options "$tool")" \
		"bash: $tool's options are those of its man page"
	is "$(bash_complete incident "${tool#inc-}" -)" "$(man_options "$tool")" \
		"bash: incident ${tool#inc-}'s options are those of $tool"
done
is "$(bash_complete incident '')" "$(printf '%s\n' $VERBS help | sort)" \
	"bash: incident's verbs, those of incident -h, and help"
is "$(bash_complete incident sta)" "state
status" "bash: incident, a verb begun"
is "$(bash_complete incident -)" "$(man_options incident)" \
	"bash: incident's options are those of its man page"
is "$(bash_complete incident help s)" "sitrep
state
status
sync" "bash: incident help, a verb"
is "$(bash_complete incident help state '')" "" "bash: incident help, one verb"
is "$(bash_complete incident state -C r '')" "$(printf '%s\n' "$id" "$id2" \
	investigating confirmed major resolved duplicate | sort)" \
	"bash: incident state, ids and states as inc-state"
is "$(bash_complete incident status -c --mode = still-open = r)" "refuse" \
	"bash: incident status --mode=rule=mode split at =, the mode"
is "$(bash_complete incident bogus '')" "" "bash: nothing after a verb that is none"
is "$(bash_complete inc-status -s '')" "identified
investigating
monitoring
resolved" "bash: statuses"
is "$(bash_complete inc-status -i m)" "major
minor" "bash: impacts"
is "$(bash_complete inc-open -S '')" "confirmed
investigating
major" "bash: states to open in"
is "$(bash_complete inc-sitrep -F '')" "json
markdown
text" "bash: formats"
is "$(bash_complete inc-log -C r '')" "$(printf '%s\n' "$id" "$id2" | sort)" \
	"bash: incident ids, from inc-ls --all of the -C repository"
is "$(bash_complete inc-state -C r '')" "$(printf '%s\n' "$id" "$id2" \
	investigating confirmed major resolved duplicate | sort)" "bash: ids, states and duplicate"
is "$(bash_complete inc-handoff -C r o)" "ops
ops:" "bash: roles"
is "$(cd r && bash_complete inc-status -p '')" 'EU\ dashboard
\$\(touch\ pwned\)
api' "bash: the components the updates named, each quoted as one word"
# what the shell makes of the line once completed: each the component
is "$(cd r && bash_complete inc-status -p '' | while IFS= read -r w; do
	eval "printf '%s\\n' $w"; done | sort)" '$(touch pwned)
EU dashboard
api' "bash: run, the completed line gives each component as it is"
[ ! -e r/pwned ] && [ ! -e pwned ] && ok "bash: a component is offered, never run" ||
	not_ok "bash: a component is offered, never run"
is "$(bash_complete inc-status -c -M '')" "action=
blame=
cause=
data-loss=
eta=
impact=
internal=
maybe-blame=
maybe-cause=
next-update=
repeat=
restored=
still-open=
workaround=" "bash: -M is --mode: the rules, not the maintenance statuses"
is "$(bash_complete inc-status -c --mode maybe-)" "maybe-blame=
maybe-cause=" "bash: --mode, the rules"
is "$(bash_complete inc-status -c -M eta=)" "eta=advise
eta=off
eta=refuse" "bash: -M rule=, its modes"
# bash splits a word at =: -M eta=r comes as -M, eta, =, r, and what is
# offered is what follows the =
is "$(bash_complete inc-status -c -M eta =)" "advise
off
refuse" "bash: -M rule= split at =, its modes"
is "$(bash_complete inc-status -c --mode = still-open = r)" "refuse" \
	"bash: --mode=rule=mode split at =, the mode"
is "$(bash_complete inc-status --maintenance '')" "completed
in_progress
scheduled
verifying" "bash: maintenance statuses after --maintenance"
is "$(bash_complete inc-status --maintenance = in)" "in_progress" \
	"bash: --maintenance=status split at ="
is "$(bash_complete inc-brief --role '')" "comms
ic
ops
ops:" "bash: inc-brief --role, roles"
is "$(bash_complete inc-brief --role = c)" "comms" "bash: --role=role split at ="
is "$(bash_complete inc-sitrep -b '')" "" "bash: nothing for free text"
is "$(bash_complete inc-bogus '')" "" "bash: nothing for another command"

if command -v zsh >/dev/null; then
	if zsh -n "$COMPLETION/_incident" 2>"$TRASH/zsh.err"; then
		ok "zsh: the script parses"
	else
		not_ok "zsh: the script parses"
		diag "$(cat "$TRASH/zsh.err")"
	fi
	like "$(head -n 1 "$COMPLETION/_incident")" \
		"^#compdef $(echo $TOOLS | tr '\n' ' ' | sed 's/ *$//') incident$" \
		"zsh: every tool, and incident, is named in #compdef"
	# zsh_complete WORD...: the verbs offered for the last word, or the
	# tool whose options and operands are offered and the word's place
	# in its command line
	zsh_complete() {
		zsh -f -c 'functions[_incident]=$(<$1); shift
			_describe() { print -l -- ${${(P)4}%%:*} }
			_arguments() { print -r -- "$words[1] $CURRENT" }
			service=$1 words=("$@") CURRENT=$# PREFIX=${@[-1]}
			_incident' - "$COMPLETION/_incident" "$@" | sort
	}
	is "$(zsh_complete incident '')" "$(printf '%s\n' $VERBS help | sort)" \
		"zsh: incident's verbs, those of incident -h, and help"
	is "$(zsh_complete incident help '')" "$VERBS" "zsh: incident help, a verb"
	is "$(zsh_complete incident -)" "incident 2" "zsh: incident's options"
	is "$(zsh_complete incident state -C r con)" "inc-state 4" \
		"zsh: incident state completes as inc-state"
	is "$(zsh_complete inc-state -C r con)" "inc-state 4" \
		"zsh: inc-state completes as inc-state"
else
	skip "zsh: not installed"
fi

# fish_complete LINE: what fish offers after LINE, one a line
fish_complete() {
	fish -c 'source $argv[1]; complete -C $argv[2]' "$COMPLETION/incident.fish" \
	    "$1" | cut -f 1 | sort
}
if command -v fish >/dev/null; then
	for tool in $TOOLS; do
		is "$(fish_complete "$tool -" | grep -v '^-[A-Za-z]*$')" \
			"$(man_options "$tool" | grep -v '^-[A-Za-z]$')" \
			"fish: $tool's long options are those of its man page"
	done
	is "$(fish_complete 'inc-status -s ')" "identified
investigating
monitoring
resolved" "fish: statuses"
	is "$(fish_complete 'inc-status -c -M eta=')" "eta=advise
eta=off
eta=refuse" "fish: -M rule=mode"
	is "$(fish_complete 'inc-status -c --mode=still')" "--mode=still-open=advise
--mode=still-open=off
--mode=still-open=refuse" "fish: --mode=rule=mode"
	is "$(fish_complete 'inc-brief --role ')" "comms
ic
ops
ops:" "fish: inc-brief --role, roles"
	is "$(fish_complete 'inc-log -C r ')" "$(printf '%s\n' "$id" "$id2" | sort)" \
		"fish: incident ids"
	is "$(fish_complete 'incident ')" "$(printf '%s\n' $VERBS help | sort)" \
		"fish: incident's verbs, those of incident -h, and help"
	is "$(fish_complete 'incident help s')" "sitrep
state
status
sync" "fish: incident help, a verb"
	is "$(fish_complete 'incident state -C r ')" "$(printf '%s\n' "$id" "$id2" \
		investigating confirmed major resolved duplicate | sort)" \
		"fish: incident state, ids and states as inc-state"
	is "$(fish_complete 'incident note --inc')" "--incident" \
		"fish: incident note's options as inc-note's"
	is "$(fish_complete 'incident status -c --mode=still')" "--mode=still-open=advise
--mode=still-open=off
--mode=still-open=refuse" "fish: incident status --mode=rule=mode"
	is "$(cd r && fish_complete 'inc-status -p ')" '$(touch pwned)
EU dashboard
api' "fish: components"
	[ ! -e r/pwned ] && [ ! -e pwned ] && ok "fish: a component is never run" ||
		not_ok "fish: a component is never run"
else
	skip "fish: not installed"
fi

done_testing
