# Chat services' webhooks on loopback, for the inc-announce tests: each
# path (/slack, /mattermost, /teams, /discord: POST; /matrix/_matrix/...:
# PUT, as Matrix's client-server API takes a message) checks a request as
# that service documents its payload and its limits, answers 200 or 400,
# appends "PATH ok" or "PATH: REASON" to FILE and, for a payload taken,
# {"path": PATH, "payload": ...} as one line to FILE.json.
# Usage: python3 tests/chat-server.py FILE PORTFILE (writes its port there)
#
# The limits, as the services document them. Where a service says
# "characters", a character outside the BMP counts 2 (UTF-16 units), the
# stricter reading.
# - Slack Block Kit: at most 50 blocks a message; a section's text at most
#   3,000 characters; 12,000 characters across a message's blocks (the
#   cumulative limit Slack documents, and what it answers
#   msg_blocks_too_long to); a message's text is cut past 40,000.
# - Mattermost: a post of at most 16,383 runes (code points).
# - Microsoft Teams (Workflows webhook): a message of about 28 KB at most.
# - Discord: content of at most 2,000 characters.
# - Matrix: an event of at most 65,536 bytes, the server's own fields
#   (room, sender, ids, hashes, signatures) included: 1 KiB is kept for
#   them; a transaction id used twice is the same message (not posted).
# - Rate limits (Slack's and Discord's webhooks): a sixth request within
#   two seconds is answered 429 with Retry-After: 1, as the services
#   answer a burst, and counted in FILE.429; nothing is posted.
import http.server
import json
import os
import re
import sys
import time

out, portfile = sys.argv[1], sys.argv[2]
txns = set()
recent = {"/slack": [], "/discord": []}


def is_str(v):
    return isinstance(v, str) and v != ""


def chars(s):
    return len(s.encode("utf-16-le")) // 2


def slack(p, _):
    assert is_str(p.get("text")), "text: missing"
    assert chars(p["text"]) <= 40000, "text: over 40000 characters (cut)"
    blocks = p.get("blocks")
    assert isinstance(blocks, list) and 0 < len(blocks) <= 50, "blocks: 1 to 50"
    total = 0
    for b in blocks:
        assert b.get("type") == "section", "a block is not a section"
        t = b.get("text", {})
        assert t.get("type") in ("mrkdwn", "plain_text"), "text.type"
        assert is_str(t.get("text")) and chars(t["text"]) <= 3000, \
            "a section's text: 1 to 3000 characters"
        total += chars(t["text"])
    assert total <= 12000, "blocks: over 12000 characters in all"
    for t in [p["text"]] + [b["text"]["text"] for b in blocks]:
        # a mention starts a text, anything else in <> is a link or worse
        rest = t[len("<!channel> "):] if t.startswith("<!channel> ") else t
        assert "<" not in rest and ">" not in rest, "< or > not escaped"
        for part in rest.split("&")[1:]:
            assert part.startswith(("amp;", "lt;", "gt;")), "& not escaped"


def mattermost(p, _):
    assert is_str(p.get("text")) and len(p["text"]) <= 16383, \
        "text: 1 to 16383 runes"


def teams(p, size):
    assert size <= 28000, "over 28 KB: 413 Request Entity Too Large"
    assert p.get("type") == "message", "type: message"
    a = p.get("attachments")
    assert isinstance(a, list) and len(a) == 1, "one attachment"
    assert a[0].get("contentType") == \
        "application/vnd.microsoft.card.adaptive", "contentType"
    c = a[0].get("content", {})
    assert c.get("type") == "AdaptiveCard" and is_str(c.get("version")), \
        "an AdaptiveCard with its version"
    body = c.get("body")
    assert isinstance(body, list) and body, "body"
    for e in body:
        assert e.get("type") == "TextBlock" and is_str(e.get("text")), \
            "TextBlocks"


def discord(p, _):
    assert is_str(p.get("content")) and chars(p["content"]) <= 2000, \
        "content: 1 to 2000 characters"
    m = p.get("allowed_mentions", {}).get("parse")
    assert isinstance(m, list) and set(m) <= {"roles", "users", "everyone"}, \
        "allowed_mentions.parse"


def matrix(p, size):
    assert size <= 65536 - 1024, "event over 65536 bytes: M_TOO_LARGE"
    assert p.get("msgtype") == "m.text", "msgtype: m.text"
    assert is_str(p.get("body")), "body"
    assert p.get("format") == "org.matrix.custom.html", "format"
    h = p.get("formatted_body")
    assert is_str(h) and "<script" not in h.lower(), "formatted_body"


CHECKS = {"/slack": slack, "/mattermost": mattermost, "/teams": teams,
          "/discord": discord}
MATRIX = re.compile(r"^/matrix/_matrix/client/v3/rooms/([^/]+)/send/"
                    r"m\.room\.message/([^/]+)$")


def limited(path):
    """Is this request one too many for path's rate limit?"""
    if path not in recent:
        return False
    now = time.monotonic()
    recent[path] = [t for t in recent[path] if now - t < 2.0]
    if len(recent[path]) >= 5:
        return True
    recent[path].append(now)
    return False


class Chat(http.server.BaseHTTPRequestHandler):
    def take(self, method):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        path, payload = self.path, None
        if limited(self.path):
            with open(out + ".429", "a") as f:
                f.write(self.path + "\n")
            self.send_response(429)
            self.send_header("Retry-After", "1")
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"message":"You are being rate limited.",'
                             b'"retry_after":1.0,"global":false}')
            return
        try:
            m = MATRIX.match(self.path)
            if m:
                path = "/matrix"
                assert method == "PUT", "Matrix sends a message with PUT"
                assert re.match(r"^Bearer \S+$", self.headers.get(
                    "Authorization", "")), "no access token"
                assert m.group(0) not in txns, \
                    "transaction id used twice: not posted again"
                check = matrix
            else:
                check = CHECKS.get(self.path)
                assert check and method == "POST", "no such hook"
            assert self.headers.get("Content-Type", "").startswith(
                "application/json"), "Content-Type is not application/json"
            payload = json.loads(body)
            check(payload, len(body))
            if m:
                txns.add(m.group(0))
            said, code = "%s ok" % path, 200
        except (AssertionError, ValueError, AttributeError) as e:
            said, code, payload = "%s: %s" % (path, e), 400, None
        with open(out, "a") as f:
            f.write(said + "\n")
        if payload is not None:
            with open(out + ".json", "a") as f:
                f.write(json.dumps({"path": path, "payload": payload}) + "\n")
        self.send_response(code)
        self.end_headers()

    def do_POST(self):
        self.take("POST")

    def do_PUT(self):
        self.take("PUT")

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Chat)
with open(portfile + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(portfile + ".tmp", portfile)
server.serve_forever()
