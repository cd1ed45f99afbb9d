# Chat services' webhooks on loopback, for the inc-announce tests: each
# path (/slack, /mattermost, /teams, /discord, /matrix) checks a POST as
# that service documents its payload, answers 200 or 400, and appends
# "PATH ok" or "PATH: REASON" to the file given.
# Usage: python3 tests/chat-server.py FILE PORTFILE (writes its port there)
import http.server
import json
import os
import sys

out, portfile = sys.argv[1], sys.argv[2]


def is_str(v):
    return isinstance(v, str) and v != ""


def slack(p):
    assert is_str(p.get("text")), "text: missing"
    blocks = p.get("blocks")
    assert isinstance(blocks, list) and 0 < len(blocks) <= 50, "blocks: 1 to 50"
    for b in blocks:
        assert b.get("type") == "section", "a block is not a section"
        t = b.get("text", {})
        assert t.get("type") in ("mrkdwn", "plain_text"), "text.type"
        assert is_str(t.get("text")) and len(t["text"]) <= 3000, \
            "a section's text: 1 to 3000 characters"
    for t in [p["text"]] + [b["text"]["text"] for b in blocks]:
        rest = t.replace("<!channel>", "").replace("<!here>", "")
        assert "<" not in rest and ">" not in rest, "< or > not escaped"
        for part in rest.split("&")[1:]:
            assert part.startswith(("amp;", "lt;", "gt;")), "& not escaped"


def mattermost(p):
    assert is_str(p.get("text")) and len(p["text"]) <= 16383, "text"


def teams(p):
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


def discord(p):
    assert is_str(p.get("content")) and len(p["content"]) <= 2000, \
        "content: 1 to 2000 characters"
    m = p.get("allowed_mentions", {}).get("parse")
    assert isinstance(m, list) and set(m) <= {"roles", "users", "everyone"}, \
        "allowed_mentions.parse"


def matrix(p):
    assert p.get("msgtype") == "m.text", "msgtype: m.text"
    assert is_str(p.get("body")), "body"
    assert p.get("format") == "org.matrix.custom.html", "format"
    h = p.get("formatted_body")
    assert is_str(h) and "<script" not in h.lower(), "formatted_body"


CHECKS = {"/slack": slack, "/mattermost": mattermost, "/teams": teams,
          "/discord": discord, "/matrix": matrix}


class Chat(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        check = CHECKS.get(self.path)
        try:
            assert check, "no such hook"
            assert self.headers.get("Content-Type", "").startswith(
                "application/json"), "Content-Type is not application/json"
            check(json.loads(body))
            said, code = "%s ok" % self.path, 200
        except (AssertionError, ValueError, AttributeError) as e:
            said, code = "%s: %s" % (self.path, e), 400
        with open(out, "a") as f:
            f.write(said + "\n")
        self.send_response(code)
        self.end_headers()

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Chat)
with open(portfile + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(portfile + ".tmp", portfile)
server.serve_forever()
