# A web server on loopback for the status site tests: serves the files
# of DIR as any static web server would (JSON as application/json).
# Usage: python3 tests/http-serve.py DIR PORTFILE (writes its port there)
import functools
import http.server
import os
import sys

root, portfile = sys.argv[1], sys.argv[2]


class Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map = dict(http.server.SimpleHTTPRequestHandler.extensions_map,
                          **{".json": "application/json",
                             ".atom": "application/atom+xml"})

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(
    ("127.0.0.1", 0), functools.partial(Quiet, directory=root))
with open(portfile + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(portfile + ".tmp", portfile)
server.serve_forever()
