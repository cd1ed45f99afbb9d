# A Statuspage client's view of a status site: from the page's address,
# fetch every path of Statuspage's public API v2 over HTTP and check the
# types and the values each field may take, as the API documents them.
# Prints one line per path ("ok api/v2/summary.json"), then each problem
# ("api/v2/status.json: status.indicator: 'green' is not one of ...");
# exits 1 when there is any.
# Usage: python3 tests/statuspage-check.py http://127.0.0.1:PORT/
import json
import re
import sys
import urllib.request

PATHS = [
    "api/v2/summary.json", "api/v2/status.json", "api/v2/components.json",
    "api/v2/incidents.json", "api/v2/incidents/unresolved.json",
    "api/v2/scheduled-maintenances.json",
    "api/v2/scheduled-maintenances/upcoming.json",
    "api/v2/scheduled-maintenances/active.json",
]
INDICATORS = ["none", "minor", "major", "critical", "maintenance"]
COMPONENT = ["operational", "degraded_performance", "partial_outage",
             "major_outage", "under_maintenance"]
INCIDENT = ["investigating", "identified", "monitoring", "resolved",
            "postmortem"]
MAINTENANCE = ["scheduled", "in_progress", "verifying", "completed"]
IMPACTS = ["none", "minor", "major", "critical"]
TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
problems = []


def bad(where, why):
    problems.append("%s: %s" % (where, why))


def want(where, o, key, kind, values=None, null=False):
    if not isinstance(o, dict) or key not in o:
        bad(where, "%s: missing" % key)
        return None
    v = o[key]
    if v is None:
        if not null:
            bad(where, "%s: null" % key)
        return None
    ok = {"str": isinstance(v, str), "int": isinstance(v, int) and
          not isinstance(v, bool), "bool": isinstance(v, bool),
          "list": isinstance(v, list), "obj": isinstance(v, dict),
          "time": isinstance(v, str) and TIME.match(v),
          "date": isinstance(v, str) and DATE.match(v)}[kind]
    if not ok:
        bad(where, "%s: %r is not a %s" % (key, v, kind))
        return None
    if values is not None and v not in values:
        bad(where, "%s: %r is not one of %s" % (key, v, ", ".join(values)))
    return v


def page(where, o):
    p = want(where, o, "page", "obj") or {}
    for k in ("id", "name", "url", "time_zone"):
        want(where + " page", p, k, "str")
    want(where + " page", p, "updated_at", "time")
    return p.get("id")


def component(where, c, page_id):
    for k in ("id", "name"):
        want(where, c, k, "str")
    want(where, c, "status", "str", COMPONENT)
    want(where, c, "created_at", "time")
    want(where, c, "updated_at", "time")
    want(where, c, "position", "int")
    want(where, c, "description", "str", null=True)
    for k in ("showcase", "group", "only_show_if_degraded"):
        want(where, c, k, "bool")
    want(where, c, "start_date", "date", null=True)
    want(where, c, "group_id", "str", null=True)
    if want(where, c, "page_id", "str") != page_id:
        bad(where, "page_id: not the page's")
    if c.get("group"):
        for i in want(where, c, "components", "list") or []:
            if not isinstance(i, str):
                bad(where, "components: %r is not an id" % i)


def incident(where, i, page_id, statuses, impacts):
    for k in ("id", "name", "shortlink"):
        want(where, i, k, "str")
    status = want(where, i, "status", "str", statuses)
    want(where, i, "impact", "str", impacts)
    for k in ("created_at", "updated_at", "started_at"):
        want(where, i, k, "time")
    want(where, i, "monitoring_at", "time", null=True)
    resolved = want(where, i, "resolved_at", "time", null=True)
    if want(where, i, "page_id", "str") != page_id:
        bad(where, "page_id: not the page's")
    for c in want(where, i, "components", "list") or []:
        component(where + " component", c, page_id)
    updates = want(where, i, "incident_updates", "list") or []
    for u in updates:
        w = where + " update"
        want(w, u, "id", "str")
        want(w, u, "status", "str", statuses)
        want(w, u, "body", "str")
        if want(w, u, "incident_id", "str") != i.get("id"):
            bad(w, "incident_id: not the incident's")
        for k in ("created_at", "updated_at", "display_at"):
            want(w, u, k, "time")
        for a in want(w, u, "affected_components", "list", null=True) or []:
            for k in ("code", "name"):
                want(w + " affected", a, k, "str")
            for k in ("old_status", "new_status"):
                want(w + " affected", a, k, "str", COMPONENT)
        want(w, u, "deliver_notifications", "bool")
        want(w, u, "custom_tweet", "str", null=True)
        want(w, u, "tweet_id", "str", null=True)
    # a post-mortem is no update: the newest of a postmortem incident
    # is its resolved one
    newest = "resolved" if status == "postmortem" else status
    if updates and status and updates[0].get("status") != newest:
        bad(where, "its newest update says %r, the incident %r" %
            (updates[0].get("status"), status))
    if status == "resolved" and i.get("postmortem_published_at"):
        bad(where, "a post-mortem published, yet 'resolved', not "
            "'postmortem'")
    if status in ("resolved", "postmortem", "completed") and not resolved:
        bad(where, "resolved without resolved_at")
    if updates and [u.get("created_at") for u in updates] != sorted(
            [u.get("created_at") for u in updates], reverse=True):
        bad(where, "incident_updates: not newest first")


def main():
    base = sys.argv[1].rstrip("/") + "/"
    got = {}
    for path in PATHS:
        try:
            with urllib.request.urlopen(base + path, timeout=10) as r:
                kind = r.headers.get("Content-Type", "")
                body = r.read()
        except Exception as e:  # a client gives up on the page
            bad(path, "cannot fetch: %s" % e)
            continue
        if not kind.startswith("application/json"):
            bad(path, "Content-Type %r" % kind)
        try:
            got[path] = o = json.loads(body)
        except ValueError as e:
            bad(path, "not JSON: %s" % e)
            continue
        page_id = page(path, o)
        if path.endswith(("summary.json", "status.json")):
            s = want(path, o, "status", "obj") or {}
            want(path + " status", s, "indicator", "str", INDICATORS)
            want(path + " status", s, "description", "str")
        if path.endswith(("summary.json", "components.json")):
            for c in want(path, o, "components", "list") or []:
                component(path + " " + str(c.get("name")), c, page_id)
        if path.endswith(("summary.json", "incidents.json",
                          "unresolved.json")):
            for i in want(path, o, "incidents", "list") or []:
                incident(path + " " + str(i.get("id")), i, page_id,
                         INCIDENT, IMPACTS)
                if path.endswith(("summary.json", "unresolved.json")) and \
                        i.get("status") in ("resolved", "postmortem"):
                    bad(path, "%s: resolved, yet unresolved" % i.get("id"))
        if "maintenances" in path or path.endswith("summary.json"):
            for m in want(path, o, "scheduled_maintenances", "list") or []:
                w = path + " " + str(m.get("id"))
                incident(w, m, page_id, MAINTENANCE, ["maintenance"] +
                         IMPACTS)
                want(w, m, "scheduled_for", "time")
                # null when no end was announced, as the API allows
                want(w, m, "scheduled_until", "time", null=True)
                st = m.get("status")
                if path.endswith("upcoming.json") and st != "scheduled":
                    bad(w, "%r in upcoming" % st)
                if path.endswith("active.json") and st not in (
                        "in_progress", "verifying"):
                    bad(w, "%r in active" % st)
        print("ok %s" % path)
    s = got.get("api/v2/summary.json", {})
    if s and s.get("incidents") and s.get("status", {}).get(
            "indicator") == "none":
        bad("api/v2/summary.json", "all clear with an unresolved incident")
    for path, key in (("api/v2/incidents/unresolved.json", "incidents"),
                      ("api/v2/components.json", "components"),
                      ("api/v2/status.json", "status")):
        if path in got and s and got[path].get(key) != s.get(key):
            bad(path, "%s: not as in summary.json" % key)
    for p in problems:
        print(p)
    return 1 if problems else 0


sys.exit(main())
