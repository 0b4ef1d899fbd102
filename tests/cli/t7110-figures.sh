#!/bin/sh
# Publication figures (issue 15): labels that never overlap, Hangul that
# draws with glyphs, a layout that fills the canvas, 1-2-5 ticks, legends,
# PNG and PDF beside SVG, and the coupling plane at 25 groups. The checks
# read the SVG's own coordinates and measure text with real fonts
# (tests/cli/svgcheck.py: Pillow and fontconfig), not with innolink's own
# estimates.
. "$(dirname "$0")/lib.sh"

CHECK="/usr/bin/python3 $TOP/tests/cli/svgcheck.py"

# Under valgrind, the drawing code is memory-checked by t7100 and by the
# last test here (PNG, PDF, the 25-group plane); the checks of what the
# pictures look like run the binary directly, to keep the suite short.
VGW=
if test "${INNOLINK_SUITE:-plain}" = valgrind; then
    VGW=$INNOLINK_WRAPPER
    INNOLINK_WRAPPER=
fi
D="$GRAPHS/daedeok-pangyo"
P="$GRAPHS/pan-regional-clusters"
cp "$GRAPHS/karate/edges.csv" karate-edges.csv

have_pil() {
    /usr/bin/python3 -c "import PIL" 2>/dev/null && command -v rsvg-convert >/dev/null 2>&1 || {
        echo "# skipped: python3-pil or rsvg-convert missing (tools/install-deps test)"; return 1; }
}

test_expect_success 'the overlap check finds an overlap (negative control)' '
    have_pil || exit 0
    $CHECK selftest
'

test_expect_success 'network labels never overlap: karate, Daedeok-Pangyo with 30 labels' '
    have_pil || exit 0
    innolink render karate-edges.csv -o k.svg &&
    $CHECK overlaps k.svg label &&
    innolink render "$D/edges.csv" --nodes "$D/nodes.csv" --color cluster --labels 30 -o dp.svg &&
    $CHECK overlaps dp.svg label &&
    labels=$(grep -c "<text class=\"label\"" dp.svg) &&
    if test "$labels" -lt 30; then
        grep -q "<text class=\"dropped\" y=\"[0-9]*\">$((30 - labels)) labels\? left out: no room</text>" dp.svg
    fi
'

test_expect_success 'labels keep a white halo and the legend keys size, colour and ties' '
    grep -q "<g class=\"labels\" fill=\"#222222\" stroke=\"#ffffff\" stroke-width=\"3\"" dp.svg &&
    test "$(grep -c "<circle class=\"size-key\"" dp.svg)" -ge 2 &&
    grep -q ">Daedeok (48)</text>" dp.svg &&
    grep -q "ties: width by strength" dp.svg &&
    printf "source,target,weight\na,b,1\nb,c,2\n" >dir.csv &&
    innolink render dir.csv --directed -o dir.svg &&
    grep -q ">tie direction</text>" dir.svg
'

test_expect_success 'the layout fills the plot (isolates pulled to the rim)' '
    have_pil || exit 0
    $CHECK fit dp.svg 0.95
'

test_expect_success 'Hangul labels draw with glyphs, not the missing-glyph box' '
    have_pil || exit 0
    $CHECK hangul dp.svg
'

test_expect_success 'without a CJK font the Hangul check fails (negative control)' '
    have_pil || exit 0
    mkdir -p fc && printf "<?xml version=\"1.0\"?>\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>%s/fc</cachedir></fontconfig>\n" "$PWD" >fc/fonts.conf &&
    ! FONTCONFIG_FILE="$PWD/fc/fonts.conf" $CHECK hangul dp.svg 2>err &&
    grep -q "draw" err
'

test_expect_success 'the coupling plane at 25 groups: labels clear, 1-2-5 ticks, size legend' '
    have_pil || exit 0
    innolink render "$P/edges.csv" --nodes "$P/nodes.csv" --chart coupling --by hub -o p25.svg &&
    test "$(grep -c "<circle class=\"group\"" p25.svg)" = 25 &&
    $CHECK overlaps p25.svg group-label &&
    $CHECK ticks p25.svg &&
    grep -q ">bubble area: members</text>" p25.svg &&
    test "$(grep -c "<circle class=\"size-key\"" p25.svg)" -ge 2 &&
    innolink render "$D/edges.csv" --nodes "$D/nodes.csv" --chart coupling --by cluster -o p2.svg &&
    $CHECK ticks p2.svg
'

test_expect_success 'the plane with --before has an arrow legend' '
    Q="$GRAPHS/daedeok-pangyo-programme" &&
    innolink render "$Q/edges-after.csv" --nodes "$Q/nodes.csv" --chart coupling --by cluster \
        --before "$Q/edges-before.csv" -o move.svg &&
    grep -q "<line class=\"move\"" move.svg &&
    grep -q ">from the earlier</text>" move.svg
'

# Sizes: the canvas is laid out at 96 px per inch; --dpi renders PNG at that
# density (960 px at 300 dpi: 3000 px), PDF pages are the canvas in points.
test_expect_success 'PNG and PDF beside SVG, at a chosen size and DPI' '
    command -v rsvg-convert >/dev/null || { echo "# skipped: no rsvg-convert"; exit 0; }
    innolink render karate-edges.csv -o k.png --dpi 300 &&
    test "$(od -An -tx1 -N8 k.png | tr -d " \n")" = 89504e470d0a1a0a &&
    /usr/bin/python3 -c "
import struct, sys
d = open(\"k.png\", \"rb\").read()
w, h = struct.unpack(\">II\", d[16:24])
assert (w, h) == (3000, 2250), (w, h)
" &&
    innolink render karate-edges.csv -o k.pdf --width 1600 --height 900 &&
    head -c 5 k.pdf | grep -q "%PDF-" &&
    grep -aq "/MediaBox \[ 0 0 1200 675 \]" k.pdf &&
    innolink render karate-edges.csv --to svg --width 1600 --height 900 >wide.svg &&
    grep -q "width=\"1600\" height=\"900\"" wide.svg &&
    innolink render "$D/edges.csv" --nodes "$D/nodes.csv" --chart coupling --by cluster -o p.png &&
    test "$(od -An -tx1 -N4 p.png | tr -d " \n")" = 89504e47
'

test_expect_success 'PNG without rsvg-convert: a clear error, no file left' '
    test_expect_code 1 env PATH=/nonexistent "$INNOLINK" render karate-edges.csv -o nope.png 2>err &&
    grep -q "rsvg-convert is not installed (Debian: apt-get install librsvg2-bin" err &&
    ! test -e nope.png && test "$(ls -A | grep -c "^\.nope")" = 0
'

# GEXF carries the picture's colours and sizes: each node's viz:color is the
# fill the SVG gives it, for the same --color column.
test_expect_success 'GEXF viz colours are the picture colours' '
    innolink export "$D/edges.csv" --nodes "$D/nodes.csv" --color cluster -o dp.gexf &&
    innolink render "$D/edges.csv" --nodes "$D/nodes.csv" --color cluster -o dpc.svg &&
    /usr/bin/python3 - dp.gexf dpc.svg <<PY
import re, sys
g = open(sys.argv[1], encoding="utf-8").read()
s = open(sys.argv[2], encoding="utf-8").read()
gex = {m.group(1): "#%02X%02X%02X" % tuple(int(x) for x in m.group(2, 3, 4))
       for m in re.finditer(r"<node id=\"([^\"]*)\".*?<viz:color r=\"(\d+)\" g=\"(\d+)\" b=\"(\d+)\"/>", g)}
svg = {m.group(2): m.group(1).upper()
       for m in re.finditer(r"<circle class=\"node\"[^>]* fill=\"(#[0-9A-Fa-f]{6})\"><title>[^<(]*\(([^)]*)\)", s)}
assert len(gex) == 87 and len(svg) == 87, (len(gex), len(svg))
assert gex == svg
print("87 colours agree")
PY
'

test_expect_success 'under valgrind: PNG, PDF, a wide canvas and the 25-group plane' '
    test -n "$VGW" || exit 0
    $VGW "$INNOLINK" render karate-edges.csv -o v.png --dpi 150 --width 1200 --height 800 &&
    $VGW "$INNOLINK" render karate-edges.csv -o v.pdf &&
    $VGW "$INNOLINK" render "$P/edges.csv" --nodes "$P/nodes.csv" --chart coupling --by hub \
        -o v25.svg &&
    $VGW "$INNOLINK" export "$D/edges.csv" --nodes "$D/nodes.csv" --color cluster -o v.gexf
'

test_done
