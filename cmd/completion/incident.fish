# fish completion for the incident tools (inc-*, and incident VERB): their
# options, incident ids (from inc-ls --all), states, roles, statuses,
# impacts, the rule=mode pairs of inc-status -M, formats and components
# (from the incident's picture). Installed as
# share/fish/vendor_completions.d/incident.fish, with a link for each tool.

# the -C option of the command line, if any
function __inc_dir
    set -l tokens (commandline -opc)
    set -l i (contains -i -- -C $tokens)
    and set -q tokens[(math $i + 1)]
    and printf '%s\n' -C $tokens[(math $i + 1)]
end

function __inc_ids
    inc-ls (__inc_dir) --all 2>/dev/null | string replace -r ' .*' ''
end

function __inc_components
    inc-state (__inc_dir) -j 2>/dev/null |
        string match -r -g '"components":\[([^]]*)\]' |
        string trim -c '"' | string split '","'
end

# inc-status -M rule=mode: every rule with each mode
function __inc_modes
    for rule in eta cause blame impact action workaround next-update \
            data-loss restored internal repeat maybe-cause maybe-blame \
            still-open
        printf '%s\n' $rule=refuse $rule=advise $rule=off
    end
end

set -l tools inc-init inc-open inc-state inc-handoff inc-note inc-sitrep \
    inc-status inc-postmortem inc-check inc-brief inc-ls inc-log inc-publish \
    inc-announce inc-verify inc-sync
for t in $tools
    complete -c $t -f
    complete -c $t -s C -r -F -d 'use the repository at dir'
    complete -c $t -s h -l help -d 'print the usage'
    complete -c $t -s V -l version -d 'print the version'
end
for t in inc-state inc-sitrep inc-status inc-postmortem inc-check inc-brief inc-ls inc-log inc-verify
    complete -c $t -s j -l json -d 'JSON, one value a line'
end
for t in inc-open inc-state inc-handoff inc-note inc-sitrep inc-status inc-postmortem
    complete -c $t -s t -l at -x -d 'when it happened'
end
for t in inc-state inc-handoff inc-sitrep inc-status
    complete -c $t -s f -l force -d 'override, and say so in the event'
end
for t in inc-sitrep inc-postmortem inc-brief
    complete -c $t -s F -l format -x -a 'text markdown json' -d 'the output format'
end
for t in inc-sitrep inc-status inc-postmortem
    complete -c $t -s D -l due -d 'list what is overdue: exit 1 if anything is'
end
for t in inc-sitrep inc-status
    complete -c $t -s e -l edit -d 'write it in an editor'
    complete -c $t -s E -l every -x -a '30m 1h 2h team' -d 'the interval from now on'
end
for t in inc-note inc-sitrep inc-status inc-postmortem inc-check inc-brief inc-log inc-verify
    complete -c $t -a '(__inc_ids)' -d incident
end
for t in inc-state inc-handoff inc-note inc-sitrep inc-status inc-postmortem inc-check inc-brief inc-log
    complete -c $t -l incident -x -a '(__inc_ids)' -d 'the incident'
end

complete -c inc-init -s u -l remote -x -d 'the shared repository to join'
complete -c inc-init -l set -x -d "set one of the team's settings: key=value"
complete -c inc-init -l unset -x -a 'sitrep_interval_seconds sitrep_interval_major_seconds update_interval_seconds update_interval_major_seconds names_not_to_blame internal_names names_of_ours lint_modes page_name page_url page_team page_team_url page_resolved_message page_completed_message page_duplicate_message components' -d "remove one of the team's settings"
complete -c inc-init -l settings -d "print the team's settings"
complete -c inc-init -s j -l json -d 'JSON, one value a line'
complete -c inc-init -F -d directory

complete -c inc-open -s S -l state -x -a 'investigating confirmed major' -d 'the state to open in'
complete -c inc-open -s m -l message -x -d 'what is known'
complete -c inc-open -s x -l drill -d 'a drill: a practice incident'
complete -c inc-open -s O -l began -x -d 'when the impact began'
complete -c inc-open -l detected -x -d 'when it was detected'
complete -c inc-open -l key -x -d 'what opened it (an alert): one incident while open'

complete -c inc-state -s m -l message -x -d 'why the state changes'
complete -c inc-handoff -s m -l message -x -d 'why the role changes hands'
complete -c inc-state -s H -l title -x -d 'a new title'
complete -c inc-state -l public-title -x -d 'the title customers read'
complete -c inc-state -l summary -x -d 'a new summary'
complete -c inc-state -l mitigated -d 'the impact is mitigated'
complete -c inc-state -a '(__inc_ids)' -d incident
complete -c inc-state -a 'investigating confirmed major resolved duplicate' -d state

complete -c inc-handoff -a '(__inc_ids)' -d incident
complete -c inc-handoff -a 'ic comms ops ops:' -d role
complete -c inc-handoff -a 'me -' -d person
complete -c inc-handoff -l next -d 'name who takes the role next'

complete -c inc-note -s I -l stdin -d 'a note per line of standard input'
complete -c inc-note -s G -l group -x -a 'ops ops: comms ic' -d 'the group it reports for'
complete -c inc-note -s K -l backfill -d 'written for a time before the opening'
complete -c inc-note -l need -d 'a request for help'
complete -c inc-note -s Y -l met -x -d 'a need met'
complete -c inc-note -l can -d 'a CAN report'
complete -c inc-note -s X -l actions -x -d "a CAN report's actions"
complete -c inc-note -s Q -l needs -x -d "a CAN report's needs"
complete -c inc-note -l metric -x -d 'a health-metric reading'

complete -c inc-check -s 1 -l prompt -d 'one short line for a prompt'

complete -c inc-brief -l role -x -a 'ic comms ops ops:' -d 'the part of one role'

complete -c inc-log -l activity -d 'the activity log (ICS-214), by person and position'

complete -c inc-sitrep -s b -l broken -x -d 'what is broken'
complete -c inc-sitrep -s i -l impact -x -d 'how widespread'
complete -c inc-sitrep -s d -l doing -x -d 'what is being done'
complete -c inc-sitrep -s l -l last -d 'the last sitrep'

complete -c inc-status -s s -l status -x -a 'investigating identified monitoring resolved' -d 'the status'
complete -c inc-status -s i -l impact -x -a 'none minor major critical' -d 'the impact'
complete -c inc-status -s p -l component -x -a '(__inc_components)' -d 'a component'
complete -c inc-status -s c -l check -d 'check an update on standard input'
complete -c inc-status -s M -l mode -x -a '(__inc_modes)' -d 'a rule=mode (refuse, advise, off)'
complete -c inc-status -s U -l us -x -d 'a name of ours, never blamed'
complete -c inc-status -s J -l internal -x -d 'an internal name, a code name'
complete -c inc-status -s n -l name -x -d 'a name not to blame'
complete -c inc-status -s r -l resolved -d "check as a resolved incident's update"
complete -c inc-status -s k -l contacted -x -d 'a customer contacted'
complete -c inc-status -s T -l tickets -x -d 'the number of support tickets'
complete -c inc-status -l maintenance -x -a 'scheduled in_progress verifying completed' -d "a maintenance's status"
complete -c inc-status -l from -x -d 'when the maintenance begins'
complete -c inc-status -l until -x -d 'when the maintenance ends'

complete -c inc-postmortem -s o -l owner -x -a me -d 'an owner'
complete -c inc-postmortem -s A -l action -x -d 'a follow-up action'
complete -c inc-postmortem -s B -l by -x -d "the action's due date"
complete -c inc-postmortem -s N -l done -x -d 'an action done'
complete -c inc-postmortem -s P -l publish -r -F -d 'the post-mortem customers read (Markdown)'
complete -c inc-postmortem -s e -l edit -d 'write it in an editor'

complete -c inc-ls -s a -l all -d 'every incident'

complete -c inc-publish -s q -l quiet -d 'say nothing when all is well'
complete -c inc-publish -s f -l force -d 'publish over a site that shows more'
complete -c inc-publish -F -d directory
complete -c inc-announce -s F -l format -x -a 'slack mattermost teams discord matrix text cap' -d "the service's payload"
complete -c inc-announce -s L -l mention -d 'mention the whole channel'

complete -c inc-verify -s g -l signed -d 'every commit signed'
complete -c inc-verify -s R -l since -x -d 'a commit the history must contain'

complete -c inc-sync -s q -l quiet -d 'say nothing when all is well'
complete -c inc-sync -s w -l watch -d 'sync every so many seconds'
complete -c inc-sync -a '(git (__inc_dir) remote 2>/dev/null)' -d remote
complete -c inc-verify -s W -l full -d 'the whole history, not only what is new'

# incident VERB ...: the verbs (and help), then what inc-VERB completes
function __inc_verb_complete
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set tokens[1] inc-$tokens[1]
    complete -C (string join ' ' -- (string escape -- $tokens) '')(commandline -ct)
end

set -l verbs init 'make a team\'s incident repository, or join one' \
    open 'declare an incident and take command of it' \
    state 'show an incident, or change its state' \
    handoff 'hand a role to a person, or release it' \
    note 'record an operations progress note' \
    sitrep 'record and print a situation report, or list overdue ones' \
    status 'record a customer status update, or check one' \
    postmortem 'the post-mortem draft, its owner and follow-up actions' \
    check 'the IC\'s event loop answered from the record' \
    brief 'the incident briefing, for whoever asks to be filled in' \
    ls 'list incidents' \
    log 'print an incident\'s events in log order' \
    publish 'write the customer status site' \
    announce 'an event, as a chat service\'s webhook takes it' \
    sync 'fetch, merge and push the incident logs, or keep doing it' \
    verify 'prove that the incident logs were only ever appended to'
complete -c incident -f
complete -c incident -n __fish_use_subcommand -s h -l help -d 'print the usage and the verbs'
complete -c incident -n __fish_use_subcommand -s V -l version -d 'print the version'
for i in (seq 1 2 (count $verbs))
    complete -c incident -n __fish_use_subcommand -a $verbs[$i] -d $verbs[(math $i + 1)]
    complete -c incident -n "__fish_seen_subcommand_from help; and test (count (commandline -opc)) -eq 2" \
        -a $verbs[$i] -d $verbs[(math $i + 1)]
end
complete -c incident -n __fish_use_subcommand -a help -d "print the usage, or one verb's"
complete -c incident -n 'not __fish_use_subcommand; and not __fish_seen_subcommand_from help' \
    -a '(__inc_verb_complete)'
