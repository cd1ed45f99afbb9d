#!/bin/sh
# Signed commits: with commit.gpgsign the tools sign as git does (ssh and
# openpgp), a failure to sign records nothing, and inc-verify --signed
# agrees with git verify-commit on good, unsigned and tampered commits.
. "$(dirname "$0")/lib.sh"

export INC_NO_FSYNC=1

# tamper DIR: HEAD's commit rewritten with a paragraph added to its
# message, its signature kept, and the branch moved there by plumbing
tamper() {
	t=$(git -C "$1" cat-file commit HEAD | sed 's/^\(.*: Note: .*\)$/\1\n\n(edited)/' |
		git -C "$1" hash-object -t commit -w --stdin)
	git -C "$1" update-ref refs/heads/main "$t"
	git -C "$1" update-ref -d refs/incident/verified/main
}

# agree NAME DIR STATUS: git verify-commit HEAD exits STATUS (0 or 1), and
# so does inc-verify --signed
agree() {
	git -C "$2" verify-commit HEAD >/dev/null 2>&1
	git_status=$?
	[ "$git_status" -ne 0 ] && git_status=1
	inc-verify -C "$2" --signed >/dev/null 2>&1
	is "$git_status:$?" "$3:$3" "$1: git verify-commit and inc-verify --signed agree"
}

# --- ssh ---
ssh-keygen -q -t ed25519 -N '' -C ricardo -f key
echo "ricardo@example.com $(cat key.pub)" >allowed
new_repo s
git -C s config commit.gpgsign true
git -C s config gpg.format ssh
git -C s config user.signingkey "$TRASH/key"
git -C s config gpg.ssh.allowedSignersFile "$TRASH/allowed"
id=$(inc-open -C s "Signed outage" 2>/dev/null)
inc-note -C s "$id" "signed note" >/dev/null
log=$(cd s && ls incidents/*/*/"$id"/*.jsonl)
is "$(commits s)" 2 "the tools commit with ssh signing on"
run git -C s verify-commit HEAD
like "$status:$err" '^0:Good "git" signature for ricardo@example.com with ED25519 key ' \
	"git verify-commit accepts the tools' ssh signature"
is "$(git -C s log --show-signature --format=%s 2>&1 | grep -c '^Good "git" signature for ricardo@example.com with ED25519 key')" \
	2 "git log --show-signature calls every commit good"
is "$(git -C s log --format=%G? | tr '\n' ' ')" "G G " "git's %G? says G for each"
run inc-verify -C s --signed
like "$status:$out" '^0:verified 2 commits, 2 events, 1 incident in ' "inc-verify --signed verifies them"
agree "signed" s 0
fsck_clean "fsck is clean with signed commits" s

# an unsigned commit
cp -R s u
git -C u config commit.gpgsign false
inc-note -C u "$id" "unsigned note" >/dev/null
git -C u config commit.gpgsign true
is "$(git -C u log -1 --format=%G?)" N "git says the new commit is unsigned"
fails "inc-verify --signed refuses an unsigned commit" 1 \
	"inc-verify: $(git -C u rev-parse HEAD): $(git -C u diff --name-only HEAD^ HEAD): commit not signed" \
	inc-verify -C u --signed
agree "unsigned" u 1
succeeds "without --signed it verifies" inc-verify -C u

# a tampered commit
cp -R s t
tamper t
is "$(git -C t log -1 --format=%G?)" B "git calls the tampered commit's signature bad"
run inc-verify -C t --signed
is "$status" 1 "inc-verify --signed refuses the tampered commit"
like "$err" "^inc-verify: $(git -C t rev-parse HEAD): $log: bad signature: Signature verification failed: incorrect signature$" "at that commit, and says why"
agree "tampered" t 1
succeeds "without --signed the tampered commit is still a valid event" inc-verify -C t

# a key the allowed signers file does not list
cp -R s k
ssh-keygen -q -t ed25519 -N '' -C other -f other
git -C k config user.signingkey "$TRASH/other"
inc-note -C k "$id" "signed by another key" >/dev/null
is "$(git -C k log -1 --format=%G?)" U "git: a good signature by an unknown key"
fails "inc-verify --signed refuses a key not allowed" 1 \
	"inc-verify: $(git -C k rev-parse HEAD): $(git -C k diff --name-only HEAD^ HEAD): signed by a key not in gpg.ssh.allowedSignersFile" \
	inc-verify -C k --signed
agree "unknown key" k 1

# merges: git signs them too, and --signed requires it of them
git clone -q s m
for k in commit.gpgsign gpg.format user.signingkey gpg.ssh.allowedSignersFile; do
	git -C m config "$k" "$(git -C s config "$k")"
done
inc-note -C s "$id" "from s" >/dev/null
inc-note -C m "$id" "from m" >/dev/null
cp -R m m-unsigned
git -C m pull -q --no-rebase --no-edit origin main
like "$(git -C m log -1 --format='%G? %p')" '^G [0-9a-f]+ [0-9a-f]+$' "git made a signed merge"
run inc-verify -C m --signed
like "$status:$out" '^0:verified 5 commits, 4 events, 1 incident in ' "inc-verify --signed verifies the signed merge"
agree "signed merge" m 0
git -C m-unsigned -c commit.gpgsign=false pull -q --no-rebase --no-edit origin main
fails "an unsigned merge is refused" 1 \
	"inc-verify: $(git -C m-unsigned rev-parse HEAD): $(git -C m-unsigned diff --name-only HEAD^1 HEAD): commit not signed" \
	inc-verify -C m-unsigned --signed
agree "unsigned merge" m-unsigned 1

# signing fails: nothing is recorded, and one line says why
before=$(commits s)
git -C s config user.signingkey "$TRASH/missing"
run inc-note -C s "$id" "not recorded"
is "$status" 1 "a failure to sign fails"
like "$err" "^inc-note: commit signing failed: .*missing.* \(nothing recorded\)$" "with one line"
is "$(printf '%s\n' "$err" | wc -l | tr -d ' ')" 1 "only one"
is "$(commits s)" "$before" "nothing is committed"
is "$(git -C s status --porcelain)" "" "and the work tree is untouched"
git -C s config --unset user.signingkey
fails "no signing key" 1 "inc-note: user.signingkey: not set: ssh signing needs a key file (nothing recorded)" \
	inc-note -C s "$id" "not recorded"
git -C s config user.signingkey "$TRASH/key"

# gpg.ssh.program is the program run
printf '#!/bin/sh\necho "$@" >>"%s/ran"\nexec ssh-keygen "$@"\n' "$TRASH" >wrapper
chmod +x wrapper
git -C s config gpg.ssh.program "$TRASH/wrapper"
succeeds "signing through gpg.ssh.program" inc-note -C s "$id" "through the wrapper"
like "$(cat ran)" "^-Y sign -n git -f $TRASH/key " "runs it as git does"
run git -C s verify-commit HEAD
like "$status:$err" '^0:Good "git" signature for ricardo@example.com ' "and it verifies"
git -C s config gpg.ssh.program "$TRASH/nonexistent"
run inc-note -C s "$id" "no program"
is "$status:$err" "1:inc-note: commit signing failed: $TRASH/nonexistent: No such file or directory (nothing recorded)" \
	"a missing program fails in one line"
git -C s config --unset gpg.ssh.program
git -C s config gpg.format x509
fails "an unsupported format" 1 "inc-note: gpg.format: x509: not supported (use openpgp or ssh; nothing recorded)" \
	inc-note -C s "$id" "x509"

# --- openpgp, with a throwaway keyring ---
export GNUPGHOME="$TRASH/gnupg"
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key \
	"Ricardo Ortiz <ricardo@example.com>" ed25519 sign never 2>/dev/null
new_repo p
git -C p config commit.gpgsign true
pid=$(inc-open -C p "PGP signed" 2>/dev/null)
inc-note -C p "$pid" "pgp note" >/dev/null
plog=$(cd p && ls incidents/*/*/"$pid"/*.jsonl)
is "$(git -C p log --format=%G? | tr '\n' ' ')" "G G " "git calls the tools' openpgp signatures good"
like "$(git -C p log -1 --show-signature 2>&1)" 'gpg: Good signature from "Ricardo Ortiz <ricardo@example.com>"' \
	"git log --show-signature shows it"
run inc-verify -C p --signed
like "$status:$out" '^0:verified 2 commits, 2 events, 1 incident in ' "inc-verify --signed verifies them"
agree "openpgp signed" p 0
cp -R p pt
tamper pt
run inc-verify -C pt --signed
like "$status:$err" "^1:inc-verify: $(git -C pt rev-parse HEAD): $plog: bad signature: " \
	"a tampered openpgp commit is refused"
agree "openpgp tampered" pt 1
cp -R p pu
git -C pu config commit.gpgsign false
inc-note -C pu "$pid" "unsigned" >/dev/null
agree "openpgp unsigned" pu 1
before=$(commits p)
git -C p config user.signingkey nobody@example.com
fails "an openpgp key that is not there" 1 \
	"inc-note: commit signing failed: gpg: signing failed: No secret key (nothing recorded)" \
	inc-note -C p "$pid" "not recorded"
is "$(commits p)" "$before" "nothing is committed"
git -C p config --unset user.signingkey

# --- a signer that gives no answer (waiting for a passphrase) ---
# hanger: the first one run hangs, in a child as a wrapper would, and
# says who it is; the others sign with gpg
printf '#!/bin/sh
if mkdir "%s/hung" 2>/dev/null; then
	echo $$ >"%s/hanger.pid"
	sleep 60 &
	echo $! >"%s/sleeper.pid"
	wait
fi
exec gpg "$@"
' "$TRASH" "$TRASH" "$TRASH" >hanger
chmod +x hanger
git -C p config gpg.program "$TRASH/hanger"
git -C p config inc.signTimeout 3
before=$(commits p)
start=$(date +%s)
inc-note -C p "$pid" "stuck signer" >/dev/null 2>stuck.err &
writer=$!
tries=0
while [ ! -s sleeper.pid ] && [ "$tries" -lt 300 ]; do
	sleep 0.1
	tries=$((tries + 1))
done
run inc-note -C p "$pid" "waiting writer"
wait "$writer"
stuck=$?
elapsed=$(($(date +%s) - start))
is "$stuck:$(cat stuck.err)" \
	"1:inc-note: commit signing failed: $TRASH/hanger: stopped after 3 seconds without an answer, see inc.signTimeout (nothing recorded)" \
	"a signer with no answer is stopped after inc.signTimeout, in one line"
is "$status" 0 "a writer waiting for the lock then records its event"
if [ "$elapsed" -ge 3 ] && [ "$elapsed" -le 10 ]; then
	ok "after the timeout, not much later ($elapsed s)"
else
	not_ok "after the timeout, not much later ($elapsed s)"
fi
is "$(commits p)" $((before + 1)) "only the waiting writer's event is committed"
is "$(git -C p log -1 --format=%s | sed 's/^[^:]*: //')" "Note: waiting writer" "it is the one"
is "$(git -C p status --porcelain)" "" "the work tree is clean"
# gone, or a zombie no one has reaped yet: not running
gone() {
	case $(ps -o stat= -p "$1" 2>/dev/null) in
	"" | Z*) return 0 ;;
	esac
	return 1
}
if gone "$(cat hanger.pid)" && gone "$(cat sleeper.pid)"; then
	ok "the signer and its child are stopped, as a process group"
else
	not_ok "the signer and its child are stopped, as a process group"
	kill "$(cat hanger.pid)" "$(cat sleeper.pid)" 2>/dev/null
fi

# one that ignores SIGTERM is killed
printf '#!/bin/sh
trap "" TERM
sleep 60 &
echo $! >"%s/deaf.pid"
wait
wait
' "$TRASH" >deaf
chmod +x deaf
git -C p config gpg.program "$TRASH/deaf"
git -C p config inc.signTimeout 1
fails "a signer deaf to SIGTERM is killed" 1 \
	"inc-note: commit signing failed: $TRASH/deaf: stopped after 1 seconds without an answer, see inc.signTimeout (nothing recorded)" \
	inc-note -C p "$pid" "deaf signer"
if gone "$(cat deaf.pid)"; then
	ok "with its child"
else
	not_ok "with its child"
	kill -9 "$(cat deaf.pid)"
fi
is "$(commits p)" $((before + 1)) "nothing is committed"

git -C p config inc.signTimeout 0
fails "inc.signTimeout must be a positive number" 1 \
	"inc-note: inc.signTimeout: not a whole number above 0 of seconds (nothing recorded)" \
	inc-note -C p "$pid" "bad timeout"
git -C p config --unset inc.signTimeout
git -C p config --unset gpg.program
gpgconf --kill all 2>/dev/null

# a signer that asks on the terminal has it, in its own process group
printf '#!/bin/sh
printf "passphrase: " >/dev/tty
read p </dev/tty
echo "$p" >"%s/typed"
exec ssh-keygen "$@"
' "$TRASH" >asker
chmod +x asker
git -C s config gpg.format ssh
git -C s config gpg.ssh.program "$TRASH/asker"
git -C s config inc.signTimeout 10
before=$(commits s)
(sleep 1; echo secret) |
	script -qec "inc-note -C s $id 'typed passphrase'" /dev/null >tty.out 2>&1
is "$? $(cat typed)" "0 secret" "a signer reading the terminal gets what is typed there"
is "$(commits s)" $((before + 1)) "and the event is recorded"
is "$(git -C s log -1 --format='%G? %s' | sed 's/ [^ ]*: / /')" \
	"G Note: typed passphrase" "signed as before"

done_testing
