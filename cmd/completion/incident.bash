# bash completion for the incident tools (inc-*): their options, incident
# ids (from inc-ls --all), states, roles, statuses, impacts, formats and
# components (from the incident's picture). Installed as
# share/bash-completion/completions/incident, with a link for each tool.

# the -C option of the command line, if any, for the tools run here
_inc_dir() {
	local i
	for ((i = 1; i < COMP_CWORD; i++)); do
		if [[ ${COMP_WORDS[i]} == -C ]]; then
			printf '%s\n' -C "${COMP_WORDS[i + 1]}"
			return
		fi
	done
}

_inc_ids() {
	local -a dir
	mapfile -t dir < <(_inc_dir)
	inc-ls "${dir[@]}" --all 2>/dev/null | while IFS=' ' read -r id _; do
		printf '%s\n' "$id"
	done
}

# the components the incident's updates named so far
_inc_components() {
	local -a dir
	mapfile -t dir < <(_inc_dir)
	inc-state "${dir[@]}" -j 2>/dev/null |
	    sed -n 's/.*"components":\[\([^]]*\)\].*/\1/p' |
	    sed 's/^"//; s/"$//; s/","/\n/g'
}

# COMPREPLY: the words (one a line) that start with cur. Not compgen -W,
# which would expand them: a component in a log could be "$(command)".
_inc_reply() {
	local word
	COMPREPLY=()
	while IFS= read -r word; do
		[[ -n $word && $word == "$cur"* ]] && COMPREPLY+=("$word")
	done <<<"$1"
}

_inc_complete() {
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
	local tool=${COMP_WORDS[0]##*/} opts words
	local common='-C -h --help -V --version'

	COMPREPLY=()
	case $tool in
	inc-open) opts='-t --at -S --state -m --message -x --drill -O --began
		-E --detected' ;;
	inc-state) opts='-j --json -t --at -f --force -m --message -H --title
		-P --public-title -U --summary -M --mitigated -w --incident' ;;
	inc-handoff) opts='-t --at -f --force -w --incident' ;;
	inc-note) opts='-t --at -I --stdin -G --group -K --backfill -W --need
		-Y --met -L --can -X --actions -Q --needs -w --incident' ;;
	inc-sitrep) opts='-j --json -t --at -F --format -b --broken -i --impact
		-d --doing -e --edit -l --last -D --due -w --incident' ;;
	inc-status) opts='-j --json -t --at -f --force -s --status -i --impact
		-p --component -c --check -n --name -r --resolved -D --due
		-e --edit -k --contacted -T --tickets -w --incident' ;;
	inc-postmortem) opts='-j --json -t --at -F --format -o --owner
		-A --action -B --by -N --done -D --due -w --incident' ;;
	inc-ls) opts='-j --json -a --all' ;;
	inc-log) opts='-j --json -w --incident' ;;
	inc-check) opts='-j --json -1 --prompt -w --incident' ;;
	inc-brief) opts='-j --json -F --format -w --incident' ;;
	inc-publish) opts='-q --quiet' ;;
	inc-verify) opts='-j --json -g --signed -R --since' ;;
	*) return ;;
	esac
	case $prev in
	-C)
		mapfile -t COMPREPLY < <(compgen -d -- "$cur")
		return ;;
	-S | --state) words=$'investigating\nconfirmed\nmajor' ;;
	-s | --status) words=$'investigating\nidentified\nmonitoring\nresolved' ;;
	-i | --impact)
		[[ $tool == inc-status ]] || return
		words=$'none\nminor\nmajor\ncritical' ;;
	-F | --format) words=$'text\nmarkdown\njson' ;;
	-G | --group) words=$'ops\nops:\ncomms\nic' ;;
	-w | --incident) words=$(_inc_ids) ;;
	-p | --component) words=$(_inc_components) ;;
	-t | --at | -m | --message | -b | --broken | -d | --doing | -k | \
	    --contacted | -T | --tickets | -n | --name | -o | --owner | \
	    -A | --action | -B | --by | -N | --done | -R | --since | \
	    -O | --began | -E | --detected | -H | --title | -P | --public-title | \
	    -U | --summary | -Y | --met | -X | --actions | -Q | --needs)
		return ;; # a value of the user's own
	esac
	if [[ -z $words && $cur == -* ]]; then
		_inc_reply "$(printf '%s\n' $opts $common)"
		return
	fi
	if [[ -z $words ]]; then
		case $tool in
		inc-state)
			words=$(_inc_ids)$'\ninvestigating\nconfirmed\nmajor\nresolved' ;;
		inc-handoff)
			words=$(_inc_ids)$'\nic\ncomms\nops\nops:\nme\n-' ;;
		inc-publish)
			mapfile -t COMPREPLY < <(compgen -d -- "$cur")
			return ;;
		inc-ls) return ;;
		*) words=$(_inc_ids) ;;
		esac
	fi
	_inc_reply "$words"
}

complete -F _inc_complete inc-open inc-state inc-handoff inc-note inc-sitrep \
	inc-status inc-postmortem inc-check inc-brief inc-ls inc-log inc-publish \
	inc-verify
