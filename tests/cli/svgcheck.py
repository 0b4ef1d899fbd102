"""Checks of innolink's pictures from the SVG's own coordinates and real
font metrics (Pillow, with the fonts fontconfig picks), independent of the
extents innolink estimates when it places labels.

    svgcheck.py overlaps FILE.svg CLASS...   no two drawn labels overlap
    svgcheck.py selftest                     the overlap test finds overlaps
    svgcheck.py ticks FILE.svg               tick values are 1-2-5 steps (a banded
                                             plane: its y axis only)
    svgcheck.py fit FILE.svg MIN             nodes span MIN of the plot
    svgcheck.py hangul FILE.svg              a Hangul label draws glyphs, not boxes
"""
import re
import subprocess
import sys
from functools import lru_cache
from xml.etree import ElementTree as ET

from PIL import ImageFont

SVG = "{http://www.w3.org/2000/svg}"


def font_file(pattern):
    return subprocess.run(["fc-match", "-f", "%{file}", pattern], check=True,
                          capture_output=True, text=True).stdout


@lru_cache(maxsize=None)
def fonts(size):
    latin = ImageFont.truetype(font_file("Noto Sans"), size)
    cjk = ImageFont.truetype(font_file(":lang=ko"), size)
    return latin, cjk


def has_glyph(font, ch):
    try:
        return font.getmask(ch).getbbox() is not None or ch.isspace()
    except Exception:
        return False


HALO = 1.5     # the white halo (stroke-width 3) around each label


def text_box(x, y, text, size):
    """The ink box of the text set at x (start) and baseline y, each
    character drawn from the first font that has it, widened by the halo."""
    latin, cjk = fonts(int(round(size)))
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    cursor = x
    for ch in text:
        f = latin if ord(ch) < 0x1100 or has_glyph(latin, ch) else cjk
        if not ch.isspace():
            l, t, r, b = f.getbbox(ch, anchor="ls")
            x0, y0 = min(x0, cursor + l), min(y0, y + t)
            x1, y1 = max(x1, cursor + r), max(y1, y + b)
        cursor += f.getlength(ch)
    return (x0 - HALO, y0 - HALO, x1 + HALO, y1 + HALO)


def overlap(a, b):
    """Two labels clash when one's halo reaches the other's ink."""
    return (a[0] + HALO < b[2] and b[0] + HALO < a[2] and a[1] + HALO < b[3] and
            b[1] + HALO < a[3])


def labels(path, classes):
    root = ET.parse(path).getroot()
    out = []
    for t in root.iter(SVG + "text"):
        if t.get("class") in classes:
            size = float(t.get("font-size", "12"))
            out.append((t.text or "", text_box(float(t.get("x")), float(t.get("y")),
                                               t.text or "", size)))
    return out


def check_overlaps(path, classes):
    ls = labels(path, classes)
    bad = [(a[0], b[0]) for i, a in enumerate(ls) for b in ls[i + 1:] if overlap(a[1], b[1])]
    return ls, bad


def raster(svg_text, path):
    """Render SVG text with rsvg-convert; the image as a Pillow image."""
    from PIL import Image
    with open(path + ".svg", "w", encoding="utf-8") as f:
        f.write(svg_text)
    subprocess.run(["rsvg-convert", "-f", "png", "-o", path, path + ".svg"], check=True)
    return Image.open(path).convert("L")


def card(family, text, size=48):
    """A one-line SVG in the picture's own font list."""
    esc = text.replace("&", "&amp;").replace("<", "&lt;")
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d">'
            '<rect width="100%%" height="100%%" fill="#fff"/><text x="10" y="%d" '
            'font-family="%s" font-size="%d">%s</text></svg>'
            % (size * (len(text) + 1), size * 2, int(size * 1.4),
               family.replace('"', "&quot;"), size, esc))


def is_box(img):
    """1 when the ink of a one-character card is a framed rectangle: the
    missing-glyph box (pango draws it with the code point inside, so boxes
    of different characters differ; their frame does not)."""
    ink = img.point(lambda v: 255 if v < 128 else 0)
    bb = ink.getbbox()
    if bb is None:
        return False
    x0, y0, x1, y1 = bb
    px = ink.load()
    def frac(points):
        points = list(points)
        return sum(1 for p in points if px[p] == 255) / float(len(points))
    edges = [frac((x, y0) for x in range(x0, x1)), frac((x, y1 - 1) for x in range(x0, x1)),
             frac((x0, y) for y in range(y0, y1)), frac((x1 - 1, y) for y in range(y0, y1))]
    return min(edges) > 0.8


def check_hangul(path):
    """Each syllable of the picture's first Hangul label, set in the
    picture's own font list and rasterised by rsvg-convert, draws a glyph:
    ink that is not the framed missing-glyph box, which U+E000 (a private-use
    point no font here covers) draws for comparison."""
    text = open(path, encoding="utf-8").read()
    root = ET.fromstring(text)
    family = root.get("font-family")
    label = next(t for t in root.iter(SVG + "text")
                 if t.text and any(0xAC00 <= ord(c) <= 0xD7A3 for c in t.text))
    syl = sorted({c for c in label.text if 0xAC00 <= ord(c) <= 0xD7A3})
    box = raster(card(family, "\ue000"), "/tmp/il-hangul-box.png")
    assert is_box(box), "the reference missing glyph is not a box"
    for ch in syl:
        img = raster(card(family, ch), "/tmp/il-hangul-%x.png" % ord(ch))
        assert img.point(lambda v: 255 if v < 128 else 0).getbbox() is not None, \
            "no ink for %r" % ch
        assert not is_box(img), "%r draws as the missing-glyph box" % ch
    print("Hangul label %r draws with glyphs (%d syllables checked)" % (label.text, len(syl)))


def main():
    cmd = sys.argv[1]
    if cmd == "overlaps":
        ls, bad = check_overlaps(sys.argv[2], set(sys.argv[3:]))
        assert ls, "no labels found"
        assert not bad, "labels overlap: %r" % bad[:5]
        print(len(ls), "labels, none overlapping")
    elif cmd == "selftest":
        # two labels set 4 px apart overlap; so must the checker say
        a = text_box(100, 100, "Daedeok Innopolis", 11)
        b = text_box(104, 102, "한국전자통신연구원", 11)
        c = text_box(100, 140, "Pangyo", 11)
        assert overlap(a, b) and not overlap(a, c), (a, b, c)
        print("the checker sees an overlap and a clear pair")
    elif cmd == "ticks":
        root = ET.parse(sys.argv[2]).getroot()
        g = [e for e in root.iter(SVG + "g") if e.get("class") == "ticks"][0]
        xs = [float(t.text) for t in g if t.get("text-anchor") == "middle"]
        ys = [float(t.text) for t in g if t.get("text-anchor") == "end"]
        # the coupling plane's x axis is its bands by reading (issue 12):
        # no numbers along it, only the y axis has ticks
        banded = any(e.get("class") == "bands" for e in root.iter(SVG + "g"))
        for vals in ((ys,) if banded and not xs else (xs, ys)):
            steps = {round(b - a, 10) for a, b in zip(vals, vals[1:])}
            assert len(steps) == 1, vals
            step = steps.pop()
            mant = step / 10 ** __import__("math").floor(__import__("math").log10(step))
            assert any(abs(mant - m) < 1e-9 for m in (1, 2, 5)), (vals, step)
            assert all(abs(v / step - round(v / step)) < 1e-9 for v in vals), vals
        print("ticks", xs, ys)
    elif cmd == "fit":
        root = ET.parse(sys.argv[2]).getroot()
        w = float(root.get("width"))
        h = float(root.get("height"))
        cs = [c for c in root.iter(SVG + "circle") if c.get("class") == "node"]
        xs = [float(c.get("cx")) for c in cs]
        ys = [float(c.get("cy")) for c in cs]
        plot_w, plot_h = w - 230 - 2 * 24 - 2 * 14, h - 2 * 24 - 30 - 2 * 14
        span = max((max(xs) - min(xs)) / plot_w, (max(ys) - min(ys)) / plot_h)
        assert span >= float(sys.argv[3]), span
        print("the drawing spans %.2f of the plot" % span)
    elif cmd == "hangul":
        check_hangul(sys.argv[2])
    else:
        sys.exit("unknown check " + cmd)


if __name__ == "__main__":
    main()
