#!/bin/sh
# The HTML report reads well on any screen and carries an interactive view
# of the network (issue 15), checked in headless Chromium: no sideways
# scroll at 1,024 and 1,920 px, every node of the demo network drawn in the
# view, a search that answers, no console message; a screenshot of the page
# is kept in build/artefacts/ for review. The browser runs in the plain
# suite only (the page is the same bytes under the sanitizers, which still
# write it).
. "$(dirname "$0")/lib.sh"

D="$GRAPHS/daedeok-pangyo"
cp "$D/edges.csv" edges.csv
cp "$D/nodes.csv" nodes.csv
mkdir -p daedeok-pangyo && cp "$D/edges.csv" daedeok-pangyo/edges.csv

# Under valgrind the report (view included) is memory-checked by t7200;
# this script checks the page, so it runs the binary directly there.
if test "${INNOLINK_SUITE:-plain}" = valgrind; then
    INNOLINK_WRAPPER=
fi

CHROMIUM=
for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$c; break; fi
done

# need_browser: 0 to run the browser; 2 to skip (no browser by hand, or a
# sanitizer suite); 1 when make test lacks the browser it requires.
need_browser() {
    case "${INNOLINK_SUITE:-plain}" in plain) ;; *) echo "# browser checks run in the plain suite"; return 2 ;; esac
    test -n "$CHROMIUM" && return 0
    if test "${INNOLINK_REQUIRE_BROWSER:-}" = 1; then
        echo "chromium is missing: tools/install-deps test installs it" >&2
        return 1
    fi
    echo "# skipped: chromium not installed"
    return 2
}

# browse FILE WIDTH [ARGS]: FILE in headless Chromium at WIDTH px; the DOM
# after the scripts ran to dom.html, the log (console included) to browser.log.
browse() {
    f=$1 w=$2
    shift 2
    rm -rf "$TMP/profile"
    HOME="$TMP" timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking --disable-component-update \
        --disable-sync --hide-scrollbars --user-data-dir="$TMP/profile" --enable-logging=stderr \
        --v=0 --window-size="$w,900" "$@" "file://$PWD/$f" >dom.html 2>browser.log
}

# The measurements a reader's browser would give: the page's scroll width
# against the window, the nodes the view drew, and what a search finds.
PROBE='<script>
(function () {
  var b = document.body, de = document.documentElement;
  b.setAttribute("data-scroll", de.scrollWidth);
  b.setAttribute("data-inner", window.innerWidth);
  var cv = document.getElementById("view-canvas");
  b.setAttribute("data-drawn", cv ? cv.getAttribute("data-drawn") : "none");
  var s = document.getElementById("view-search");
  s.value = "KAIST";
  s.dispatchEvent(new Event("input"));
  b.setAttribute("data-found", document.getElementById("view").getAttribute("data-found"));
  b.setAttribute("data-found-text", document.getElementById("view-found").textContent);
})();
</script>'

test_expect_success 'the report: title from the data, a reading opening every section, the view' '
    innolink report daedeok-pangyo/edges.csv --nodes nodes.csv --by cluster -o r.html 2>err &&
    test_must_be_empty err &&
    grep -q "<title>daedeok-pangyo: network report</title>" r.html &&
    innolink report edges.csv --nodes nodes.csv --title "Daedeok and Pangyo, 2018-2022" -o t.html &&
    grep -q "<h1>Daedeok and Pangyo, 2018-2022</h1>" t.html &&
    for s in summary actors network coupling communities structure parameters; do
        sed -n "/<section id=\"$s\">/,/<\/section>/p" r.html | sed -n 3p |
            grep -q "^<div class=\"reading\"><p>.*</p><p class=\"caveat\">Caveat: " ||
            { echo "section $s does not open with its reading"; exit 1; }
    done &&
    grep -q "<canvas id=\"view-canvas\"" r.html &&
    grep -q "<script type=\"application/json\" id=\"view-data\">" r.html &&
    ! grep -q "<circle class=\"node\"" daedeok-pangyo/edges.csv
'

# Reference: the numbers of the summary reading from the CSV with networkx.
test_expect_success 'the summary reading states the numbers networkx gives' '
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import networkx" 2>/dev/null || exit 0
    /usr/bin/python3 - edges.csv nodes.csv r.html <<PY
import csv, re, sys, networkx as nx
G = nx.Graph()
G.add_nodes_from(r["id"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8")))
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    G.add_edge(r["source"], r["target"])
html = open(sys.argv[3], encoding="utf-8").read()
m = re.search(r"<p>(\d+) actors and (\d+) ties: ([\d.]+)% of all possible pairs are tied, and ([\d.]+)% of the actors can reach each other through ties; (\d+) have no tie at all.</p>", html)
assert m, "no summary reading"
n, e = int(m.group(1)), int(m.group(2))
assert n == G.number_of_nodes() and e == G.number_of_edges()
assert abs(float(m.group(3)) - 100 * nx.density(G)) < 0.01
big = max(nx.connected_components(G), key=len)
assert abs(float(m.group(4)) - 100 * len(big) / n) < 0.1
assert int(m.group(5)) == nx.number_of_isolates(G)
print("summary reading agrees with networkx")
PY
'

test_expect_success 'numbers line up: one format per table column' '
    /usr/bin/python3 - r.html <<PY
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
for table in re.findall(r"<table class=\"rows\">(.*?)</table>", html, re.S):
    rows = [re.findall(r"<td( class=\"num\")?>([^<]*)</td>", r) for r in table.split("</tr>")]
    rows = [r for r in rows if r]
    for col in range(len(rows[0])):
        cells = [r[col][1] for r in rows if col < len(r) and r[col][0] and r[col][1] not in ("&#8211;",)]
        decs = {len(c.split(".")[1]) if "." in c else 0 for c in cells}
        assert len(decs) <= 1, (col, cells)
print("every numeric column has one number of decimals")
PY
'

test_expect_success 'headless Chromium at 1,024 and 1,920 px: no sideways scroll, view drawn, search' '
    need_browser; rc=$?; test $rc = 2 && exit 0; test $rc = 0 || exit 1
    sed "s|</body>|$(printf "%s" "$PROBE" | tr "\n" " ")</body>|" r.html >probe.html &&
    for w in 1024 1920; do
        browse probe.html $w --dump-dom &&
        if grep ":CONSOLE" browser.log; then echo "console messages at $w px"; exit 1; fi &&
        scroll=$(sed -n "s/.*data-scroll=\"\([0-9]*\)\".*/\1/p" dom.html) &&
        inner=$(sed -n "s/.*data-inner=\"\([0-9]*\)\".*/\1/p" dom.html) &&
        echo "width $w: scrollWidth $scroll, innerWidth $inner" &&
        test -n "$scroll" && test "$scroll" -le "$inner" &&
        grep -q "data-drawn=\"87\"" dom.html &&
        grep -q "data-found=\"1\"" dom.html &&
        grep -q "data-found-text=\"1 found\"" dom.html &&
        grep -q "data-network-nodes=\"87\"" dom.html || exit 1
    done
'

test_expect_success 'the width check fails on a page that scrolls sideways (negative control)' '
    need_browser; rc=$?; test $rc = 2 && exit 0; test $rc = 0 || exit 1
    sed "s|</body>|<div style=\"width: 3000px\">wide</div>$(printf "%s" "$PROBE" | tr "\n" " ")</body>|" r.html >wide.html &&
    browse wide.html 1024 --dump-dom &&
    scroll=$(sed -n "s/.*data-scroll=\"\([0-9]*\)\".*/\1/p" dom.html) &&
    test "$scroll" -gt 1024
'

test_expect_success 'a screenshot of the report is kept for review (build/artefacts)' '
    need_browser; rc=$?; test $rc = 2 && exit 0; test $rc = 0 || exit 1
    mkdir -p "$TOP/build/artefacts" &&
    rm -rf "$TMP/profile" &&
    HOME="$TMP" timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --user-data-dir="$TMP/profile" --window-size=1280,4200 \
        --screenshot="$TOP/build/artefacts/report-daedeok-pangyo.png" "file://$PWD/r.html" \
        >/dev/null 2>&1 &&
    test "$(od -An -tx1 -N4 "$TOP/build/artefacts/report-daedeok-pangyo.png" | tr -d " \n")" = 89504e47 &&
    cp r.html "$TOP/build/artefacts/report-daedeok-pangyo.html"
'

test_done
