# What a screenshot shows, by colour: for each colour given (rrggbb), how
# many pixels of a PNG have it exactly, the first row one is on (-1 if
# none), and the bands of rows it is on ("y0-y1,y0-y1", or "-"), in the
# whole picture or only in the columns X0 to X1 (included) with --columns.
# Reads 8-bit RGB and RGBA PNGs, not interlaced (what Chromium writes).
# Usage: python3 tests/png-colours.py FILE [--columns X0-X1] rrggbb...
import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("%s: not a PNG" % path)
    at, idat = 8, b""
    while at < len(data):
        n, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + n]
        if kind == b"IHDR":
            w, h, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB",
                                                                 body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise SystemExit("%s: not 8-bit RGB(A)" % path)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        at += 12 + n
    raw, stride, prev, rows = zlib.decompress(idat), w * bpp, None, []
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(
            raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        prev = prev or bytearray(stride)
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else
                                      b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return w, h, bpp, rows


args = sys.argv[2:]
x0, x1 = 0, None
if args[:1] == ["--columns"]:
    x0, x1 = (int(v) for v in args[1].split("-"))
    args = args[2:]
w, h, bpp, rows = pixels(sys.argv[1])
x1 = w - 1 if x1 is None else min(x1, w - 1)
want = {bytes.fromhex(c): c for c in args}
count = {c: 0 for c in args}
first = {c: -1 for c in args}
bands = {c: [] for c in args}
for y, line in enumerate(rows):
    for x in range(x0 * bpp, (x1 + 1) * bpp, bpp):
        c = want.get(bytes(line[x:x + 3]))
        if c:
            count[c] += 1
            if first[c] < 0:
                first[c] = y
            if bands[c] and bands[c][-1][1] >= y - 1:
                bands[c][-1][1] = y
            else:
                bands[c].append([y, y])
print("%dx%d" % (w, h))
for c in args:
    print(c, count[c], first[c],
          ",".join("%d-%d" % (a, b) for a, b in bands[c]) or "-")
