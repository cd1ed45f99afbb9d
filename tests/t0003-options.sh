#!/bin/sh
# What every tool shares: --help, --version, unknown options, checked output.
. "$(dirname "$0")/lib.sh"

for tool in inc-open inc-state inc-handoff inc-sitrep inc-postmortem \
	inc-note inc-ls inc-log; do
	usage=$("$tool" --help)
	like "$usage" "^usage: $tool " "$tool --help prints its usage"
	run "$tool" -h
	is "$status:$out:$err" "0:$usage:" "$tool -h: the same on stdout, exit 0"
	run "$tool" -C /nonexistent --help
	is "$status" 0 "$tool --help needs no repository"
	run "$tool" --version
	is "$status:$out:$err" "0:$tool (incident) 0.1.0:" "$tool --version"
	run "$tool" -V
	is "$status:$out" "0:$tool (incident) 0.1.0" "$tool -V"
	fails "$tool: an unknown option" 2 "$tool: unrecognized option '--bogus'
$usage" "$tool" --bogus
	fails "$tool: an unknown short option" 2 "$tool: invalid option -- 'Z'
$usage" "$tool" -Z
	fails "$tool: -C without its argument" 2 "$tool: option requires an argument -- 'C'
$usage" "$tool" -C
	fails "$tool --help to a full disk" 1 "$tool: stdout: No space left on device" \
		sh -c "$tool --help >/dev/full"
	if [ -f "$SRC/man/$tool.1" ]; then
		ok "$tool has a man page"
	else
		not_ok "$tool has a man page"
	fi
done

# a tool that writes nothing when its arguments are wrong
new_repo r
fails "inc-open without a title" 2 "inc-open: missing title
$(usage_of inc-open)" inc-open -C r
fails "inc-ls with an operand" 2 "inc-ls: no operands expected
$(usage_of inc-ls)" inc-ls -C r extra
is "$(commits r)" 0 "nothing recorded by a usage error"
is "$(ls -A r/.git | grep -c incident)" 0 "and nothing left in the git directory"

done_testing
