#!/bin/sh
# incident, the one program of every tool: incident VERB runs inc-VERB, as
# the tool's own name does; alone it lists the verbs.
. "$(dirname "$0")/lib.sh"

incident=$INC_BIN/incident
usage=$("$incident" --help)
like "$usage" "^usage: incident VERB " "incident --help prints its usage"
run "$incident" -h
is "$status:$out:$err" "0:$usage:" "incident -h: the same on stdout, exit 0"
run "$incident" help
is "$status:$out:$err" "0:$usage:" "incident help: the same"
fails "incident alone: the usage, a usage error" 2 "$usage" "$incident"
run "$incident" --version
is "$status:$out:$err" "0:incident (incident) 0.1.0:" "incident --version"
run "$incident" -V
is "$status:$out" "0:incident (incident) 0.1.0" "incident -V"
fails "incident --help to a full disk" 1 \
	"incident: stdout: No space left on device" \
	sh -c "\"$incident\" --help >/dev/full"

# every tool of the build is a verb, listed, and runs as itself
for tool in "$INC_BIN"/inc-*; do
	t=${tool##*/}
	verb=${t#inc-}
	like "$usage" "^  $verb +[a-z]" "incident --help lists $verb"
	run "$incident" "$verb" --version
	is "$status:$out:$err" "0:$t (incident) 0.1.0:" \
		"incident $verb --version names $t"
	tool_usage=$("$t" --help)
	run "$incident" "$verb" --help
	is "$status:$out:$err" "0:$tool_usage:" "incident $verb --help is $t's"
	run "$incident" help "$verb"
	is "$status:$out:$err" "0:$tool_usage:" "incident help $verb: the same"
	run "$incident" "$verb" --bogus
	is "$status:$err" "2:$t: unrecognized option '--bogus'
$tool_usage" "incident $verb: the tool's usage error, in its name"
done

# usage errors of incident itself
fails "a verb that names no tool" 2 "incident: frob: no such verb
$usage" "$incident" frob
fails "a verb as an escape, shown safely" 2 "incident: a\\x1bb: no such verb
$usage" "$incident" "$(printf 'a\033b')"
fails "a tool's option before the verb" 2 "incident: invalid option -- 'C'
$usage" "$incident" -C . ls
fails "an unknown long option" 2 "incident: unrecognized option '--bogus'
$usage" "$incident" --bogus ls
fails "help with two verbs" 2 "incident: help: one verb at most
$usage" "$incident" help note ls
fails "help of no such verb" 2 "incident: frob: no such verb
$usage" "$incident" help frob

# a real incident through the verbs, options after the operands as the
# tools take them
new_repo r
run "$incident" open -C r "Through the verbs"
id=$out
is "$status:$(event_field r "$id" .type)" "0:open" "incident open records an incident"
run "$incident" note "rolled back the deploy" -C r
is "$status:$out" "0:Note: rolled back the deploy" \
	"incident note TEXT -C DIR: options after operands, as inc-note takes them"
is "$(event_field r "$id" .type):$(event_field r "$id" .text)" \
	"note:rolled back the deploy" "the note is in the log (jq)"
is "$(git -C r log -1 --format=%an)" "Ricardo Ortiz" "and its commit is by its actor (git)"
fails "a tool's usage error names the tool" 2 "inc-note: missing note text
$(inc-note --help)" "$incident" note -C r
run inc-ls -C /nonexistent
want="$status:$err"
run "$incident" ls -C /nonexistent
is "$status:$err" "$want" "a tool's failure: its status and message, as inc-ls"
like "$want" "^1:inc-ls: /nonexistent: " "which is a failure of inc-ls"
is "$(commits r)" 2 "two events, two commits"

# a copy kept under a name of its own (under valgrind the tools are
# wrapper scripts, whose copies run the tool by its own name)
if [ "$(head -c 2 "$incident")" != "#!" ]; then
	cp "$INC_BIN/inc-note" inc-note-old
	run ./inc-note-old --version
	is "$status:$out" "0:inc-note-old (incident) 0.1.0" \
		"a copy named inc-note-SUFFIX is inc-note, in its own name"
	run ./inc-note-old -C r "$id" "from the copy"
	is "$status:$out:$(event_field r "$id" .text)" \
		"0:Note: from the copy:from the copy" "and records notes"
	cp "$incident" other
	run ./other --version
	is "$status:$out" "0:other (incident) 0.1.0" "any other name is incident"
	run ./other ls -C r
	is "$status" 0 "and runs the verbs"
fi

done_testing
