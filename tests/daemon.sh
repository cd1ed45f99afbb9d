# shellcheck shell=sh
# A real git server on loopback for the tests of syncing: source it after
# tests/lib.sh. daemon_start serves the bare repositories under $SERVED
# (git daemon, pushes allowed) on a free port, daemon_stop stops it (a
# clone is then offline); it is stopped when the test ends, whatever
# happens. $URL is the server's address.

SERVED="$TRASH/served"
DAEMON_PID=
mkdir -p "$SERVED"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL="git://127.0.0.1:$PORT"
REAL_GIT=$(command -v git)
REFUSER_PID=
SILENT_PID=
trap 'daemon_stop; refuser_stop; silent_stop; settle_all; rm -rf "$TRASH"' EXIT

daemon_start() {
	git daemon --reuseaddr --enable=receive-pack --base-path="$SERVED" \
	    --export-all --listen=127.0.0.1 --port="$PORT" \
	    --pid-file="$TRASH/daemon.pid" "$SERVED" \
	    >"$TRASH/daemon.log" 2>&1 &
	DAEMON_PID=$!
	[ -d "$SERVED/ping.git" ] || git init -q --bare "$SERVED/ping.git"
	_i=0
	until git ls-remote "$URL/ping.git" >/dev/null 2>&1; do
		_i=$((_i + 1))
		[ $_i -gt 100 ] && { echo "# git daemon did not start"; return 1; }
		sleep 0.1
	done
}

daemon_stop() {
	[ -n "$DAEMON_PID" ] || return 0
	kill "$DAEMON_PID" 2>/dev/null
	wait "$DAEMON_PID" 2>/dev/null
	DAEMON_PID=
}

# served NAME: a bare repository NAME.git on the server, holding
# incidents/ (as a team's would), its HEAD the branch main
served() {
	git init -q --bare "$SERVED/$1.git"
	git init -q "$TRASH/.seed-$1"
	mkdir "$TRASH/.seed-$1/incidents"
	: >"$TRASH/.seed-$1/incidents/.keep"
	git -C "$TRASH/.seed-$1" add incidents
	git -C "$TRASH/.seed-$1" commit -q -m "incidents"
	git -C "$TRASH/.seed-$1" push -q "$SERVED/$1.git" main
	rm -rf "$TRASH/.seed-$1"
}

# settle DIR: no background sync of DIR's is running or waiting
settle() {
	_gd=$(git -C "$1" rev-parse --git-common-dir 2>/dev/null) || return 0
	case $_gd in /*) ;; *) _gd="$1/$_gd" ;; esac
	_i=0
	while [ -e "$_gd/incident-sync-pending" ] ||
	    ! flock "$_gd/incident-sync.lock" true 2>/dev/null ||
	    [ -e "$_gd/incident-sync-pending" ]; do
		_i=$((_i + 1))
		[ $_i -gt 600 ] && return 1
		sleep 0.05
	done
}

# refuser_start: an HTTP server on loopback that answers every git
# request and refuses it: 401 (credentials wanted) under /private/, 404
# (no such repository) elsewhere; $REFUSER is its address. refuser_stop
# stops it; so does the end of the test.
refuser_start() {
	rm -f "$TRASH/refuser.port"
	python3 -c '
import http.server
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/private/"):
            self.send_response(401)
            self.send_header("WWW-Authenticate", "Basic realm=\"git\"")
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()
    do_POST = do_GET
    def log_message(self, *a):
        pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
' >"$TRASH/refuser.port" &
	REFUSER_PID=$!
	port_said refuser.port "the HTTP server" || return 1
	REFUSER="http://127.0.0.1:$(cat "$TRASH/refuser.port")"
}

refuser_stop() {
	server_stop "$REFUSER_PID"
	REFUSER_PID=
}

# silent_start: a server on loopback that takes every connection and
# never answers; $SILENT is its git:// address. silent_stop stops it; so
# does the end of the test.
silent_start() {
	rm -f "$TRASH/silent.port"
	python3 -c '
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(8)
print(s.getsockname()[1], flush=True)
conns = []
while True:
    c, _ = s.accept()
    conns.append(c)
' >"$TRASH/silent.port" &
	SILENT_PID=$!
	port_said silent.port "the silent server" || return 1
	SILENT="git://127.0.0.1:$(cat "$TRASH/silent.port")"
}

silent_stop() {
	server_stop "$SILENT_PID"
	SILENT_PID=
}

# port_said FILE WHAT: wait (up to 5 s) for a server started in the
# background to write its port into $TRASH/FILE
port_said() {
	_i=0
	until [ -s "$TRASH/$1" ]; do
		_i=$((_i + 1))
		[ $_i -gt 100 ] && { echo "# $2 did not start"; return 1; }
		sleep 0.05
	done
}

# server_stop PID: a server started in the background stopped, if any
server_stop() {
	[ -n "$1" ] || return 0
	kill "$1" 2>/dev/null
	wait "$1" 2>/dev/null
}

# every clone in the trash directory settled, for a clean exit
settle_all() {
	for _d in "$TRASH"/*/; do
		[ -e "$_d/.git/incident-sync.lock" ] || [ -e "$_d/incident-sync.lock" ] ||
		    continue
		settle "$_d"
	done
}
