# bash completion for the incident tools (inc-*, and incident VERB): their
# options, incident ids (from inc-ls --all), states, roles, statuses,
# impacts, the rule=mode pairs of inc-status -M, formats and components
# (from the incident's picture). Installed as
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
	{
		git "${dir[@]}" config --get-all inc.component
		inc-state "${dir[@]}" -j |
		    sed -n 's/.*"components":\[\([^]]*\)\].*/\1/p' |
		    sed 's/^"//; s/"$//; s/","/\n/g'
	} 2>/dev/null | awk '!seen[$0]++'
}

# words: the rule=mode pairs of inc-status -M, a rule and = (no space
# after it) or, once the rule is given, its modes
_inc_modes() {
	local rule
	if [[ $cur == *=* ]]; then
		rule=${cur%%=*}
		words=$rule=refuse$'\n'$rule=advise$'\n'$rule=off
		return
	fi
	compopt -o nospace 2>/dev/null
	words=$(printf '%s=\n' eta cause blame impact action workaround \
	    next-update data-loss restored internal repeat maybe-cause \
	    maybe-blame still-open)
}

# COMPREPLY: the words (one a line) that start with cur. Not compgen -W,
# which would expand them: a component in a log could be "$(command)".
# Each is given from where readline's word begins, after the last = when
# bash splits words at = (COMP_WORDBREAKS): before is what is typed
# before it (--mode=eta= for --mode=eta=r); lead is the option of
# --option=value. Each is quoted for the shell (printf %q), as readline
# inserts it as it is: "EU dashboard" one word, "$(command)" never run
# when the line is.
_inc_reply() {
	local word
	COMPREPLY=()
	while IFS= read -r word; do
		[[ -n $word && $word == "$cur"* ]] || continue
		word=$lead$word
		printf -v word %q "${word#"$before"}"
		COMPREPLY+=("$word")
	done <<<"$1"
}

_inc_complete() {
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
	local tool=${COMP_WORDS[0]##*/} opts words lead='' before='' i
	local common='-C -h --help -V --version'

	# the word as typed: bash splits it at = (COMP_WORDBREAKS), so that
	# -M eta=r comes as -M, eta, =, r and --mode=eta=r as --mode, =, eta,
	# =, r; the value of --option=value is completed as after --option
	for ((i = COMP_CWORD; i > 1; i--)); do
		[[ ${COMP_WORDS[i]} == = || ${COMP_WORDS[i - 1]} == = ]] || break
	done
	if ((i < COMP_CWORD)); then
		prev=${COMP_WORDS[i - 1]} cur=
		for ((; i <= COMP_CWORD; i++)); do
			cur+=${COMP_WORDS[i]}
		done
		before=${cur%"${cur##*=}"}
	fi
	if [[ $cur == --*=* ]]; then
		prev=${cur%%=*} lead=${cur%%=*}= cur=${cur#*=}
	fi

	COMPREPLY=()
	case $tool in
	inc-init) opts='-u --remote --set --unset --settings -j --json' ;;
	inc-open) opts='-t --at -S --state -m --message -x --drill -O --began
		--detected --key' ;;
	inc-state) opts='-j --json -t --at -f --force -m --message -H --title
		--public-title --summary --mitigated --incident' ;;
	inc-handoff) opts='-t --at -f --force -m --message --next --incident' ;;
	inc-note) opts='-t --at -I --stdin -G --group -K --backfill --need
		-Y --met --can -X --actions -Q --needs --metric --incident' ;;
	inc-sitrep) opts='-j --json -t --at -F --format -b --broken -i --impact
		-d --doing -e --edit -l --last -D --due -E --every -f --force
		--incident' ;;
	inc-status) opts='-j --json -t --at -f --force -s --status -i --impact
		-p --component -c --check -n --name -r --resolved -D --due
		-e --edit -k --contacted -T --tickets -E --every -M --mode -U --us
		-J --internal --maintenance --from --until --incident' ;;
	inc-postmortem) opts='-j --json -t --at -F --format -o --owner
		-A --action -B --by -N --done -D --due -P --publish -e --edit
		--incident' ;;
	inc-ls) opts='-j --json -a --all' ;;
	inc-log) opts='-j --json --activity --incident' ;;
	inc-check) opts='-j --json -1 --prompt --incident' ;;
	inc-brief) opts='-j --json -F --format --role --incident' ;;
	inc-publish) opts='-f --force -q --quiet' ;;
	inc-announce) opts='-F --format -L --mention' ;;
	inc-verify) opts='-j --json -g --signed -R --since -W --full' ;;
	inc-sync) opts='-q --quiet -w --watch' ;;
	*) return ;;
	esac
	case $prev in
	-C)
		_inc_reply "$(compgen -d -- "$cur")"
		return ;;
	-S | --state) words=$'investigating\nconfirmed\nmajor' ;;
	-s | --status) words=$'investigating\nidentified\nmonitoring\nresolved' ;;
	-P | --publish)
		_inc_reply "$(compgen -f -- "$cur")"
		return ;;
	--maintenance)
		words=$'scheduled\nin_progress\nverifying\ncompleted' ;;
	-M | --mode) _inc_modes ;;
	--role) words=$'ic\ncomms\nops\nops:' ;;
	-i | --impact)
		[[ $tool == inc-status ]] || return
		words=$'none\nminor\nmajor\ncritical' ;;
	-F | --format)
		if [[ $tool == inc-announce ]]; then
			words=$'slack\nmattermost\nteams\ndiscord\nmatrix\ntext\ncap'
		else
			words=$'text\nmarkdown\njson'
		fi ;;
	-E | --every) words=$'30m\n1h\n2h\nteam' ;;
	-G | --group) words=$'ops\nops:\ncomms\nic' ;;
	--incident) words=$(_inc_ids) ;;
	-p | --component) words=$(_inc_components) ;;
	-t | --at | -m | --message | -b | --broken | -d | --doing | -k | \
	    --contacted | -T | --tickets | -n | --name | -o | --owner | \
	    -A | --action | -B | --by | -N | --done | -R | --since | \
	    -u | --remote | --from | --until | -O | --began | --detected | --key | \
	    -H | --title | --public-title | --summary | -Y | --met | \
	    -X | --actions | -Q | --needs | --set | --unset)
		return ;; # a value of the user's own
	esac
	if [[ -z $words && $cur == -* ]]; then
		_inc_reply "$(printf '%s\n' $opts $common)"
		return
	fi
	if [[ -z $words ]]; then
		case $tool in
		inc-state)
			words=$(_inc_ids)$'\ninvestigating\nconfirmed\nmajor\nresolved\nduplicate' ;;
		inc-handoff)
			words=$(_inc_ids)$'\nic\ncomms\nops\nops:\nme\n-' ;;
		inc-publish | inc-init)
			_inc_reply "$(compgen -d -- "$cur")"
			return ;;
		inc-ls) return ;;
		inc-sync)
			local -a dir
			mapfile -t dir < <(_inc_dir)
			words=$(git "${dir[@]}" remote 2>/dev/null) ;;
		*) words=$(_inc_ids) ;;
		esac
	fi
	_inc_reply "$words"
}

# incident VERB ...: the verbs (and help), then what inc-VERB completes
_incident_complete() {
	local cur=${COMP_WORDS[COMP_CWORD]} lead='' before=''
	local verbs='init open state handoff note sitrep status postmortem
		check brief ls log publish announce sync verify'

	COMPREPLY=()
	if ((COMP_CWORD == 1)); then
		if [[ $cur == -* ]]; then
			_inc_reply "$(printf '%s\n' -h --help -V --version)"
		else
			_inc_reply "$(printf '%s\n' $verbs help)"
		fi
		return
	fi
	if [[ ${COMP_WORDS[1]} == help ]]; then
		((COMP_CWORD == 2)) && _inc_reply "$(printf '%s\n' $verbs)"
		return
	fi
	local -a words=("inc-${COMP_WORDS[1]}" "${COMP_WORDS[@]:2}")
	local COMP_CWORD=$((COMP_CWORD - 1))
	local -a COMP_WORDS=("${words[@]}")
	_inc_complete
}

complete -F _incident_complete incident
complete -F _inc_complete inc-init inc-open inc-state inc-handoff inc-note \
	inc-sitrep inc-status inc-postmortem inc-check inc-brief inc-ls inc-log \
	inc-publish inc-announce inc-verify inc-sync
