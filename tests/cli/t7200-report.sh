#!/bin/sh
# innolink report: one self-contained HTML file, checked in a headless
# browser (Chromium): no console error, the network drawn with every node.
#
# Under `make test` (INNOLINK_REQUIRE_BROWSER=1, and tools/install-deps test
# installs Debian's chromium) a missing browser is a failure; run by hand
# without chromium, the browser checks are skipped with a message.
. "$(dirname "$0")/lib.sh"

D="$GRAPHS/daedeok-pangyo"
cp "$GRAPHS/karate/edges.csv" karate-edges.csv
cp "$GRAPHS/karate/nodes.csv" karate-nodes.csv
cp "$D/edges.csv" dp-edges.csv
cp "$D/nodes.csv" dp-nodes.csv

CHROMIUM=
for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$c; break; fi
done

# need_browser: 0 when chromium is there; otherwise fail under make test,
# skip (exit the test body with success) by hand.
need_browser() {
    test -n "$CHROMIUM" && return 0
    if test "${INNOLINK_REQUIRE_BROWSER:-}" = 1; then
        echo "chromium is missing: tools/install-deps test installs it" >&2
        return 1
    fi
    echo "# skipped: chromium not installed"
    return 2
}

# browse FILE: load FILE in headless Chromium; the DOM after scripts ran goes
# to dom.html, the browser log (console messages included) to browser.log.
browse() {
    rm -rf "$TMP/profile"
    HOME="$TMP" timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking --disable-component-update \
        --disable-sync --user-data-dir="$TMP/profile" --enable-logging=stderr --v=0 \
        --dump-dom "file://$PWD/$1" >dom.html 2>browser.log
}

# no_console_messages: the page logged nothing to its console (errors,
# uncaught exceptions and Content-Security-Policy refusals all show here).
no_console_messages() {
    if grep ":CONSOLE" browser.log; then
        echo "the page wrote to its console (see above)" >&2
        return 1
    fi
}

test_expect_success 'report on the bundled network: self-contained, every section' '
    innolink report dp-edges.csv --nodes dp-nodes.csv --by cluster -o r.html >out 2>err &&
    test_must_be_empty out &&
    test_must_be_empty err &&
    for s in summary actors network coupling communities structure parameters; do
        grep -q "<section id=\"$s\">" r.html || { echo "no section $s"; exit 1; }
    done &&
    ! grep -q "<link\|src=\|@import\|url(http" r.html &&
    test "$(grep -o "https\?://[^\" ]*" r.html | sort -u | tr "\n" " ")" = "http://www.w3.org/2000/svg " &&
    grep -q "default-src .none." r.html &&
    test "$(grep -c "<circle class=\"node\"" r.html)" = 87 &&
    test "$(grep -c "<circle class=\"group\"" r.html)" = 2
'

test_expect_success 'the top actors are the strongest (networkx strength on the CSV)' '
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import networkx" 2>/dev/null || {
        echo "# skipped: python3-networkx not installed"; exit 0; }
    /usr/bin/python3 - dp-edges.csv dp-nodes.csv r.html <<PY
import csv, re, sys, networkx as nx
G = nx.Graph()
G.add_nodes_from(r["id"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8")))
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    G.add_edge(r["source"], r["target"], weight=float(r["weight"]))
want = sorted(G, key=lambda v: (-G.degree(v, weight="weight"), -G.degree(v), v))[:15]
html = open(sys.argv[3], encoding="utf-8").read()
actors = html[html.index("<section id=\"actors\">"):html.index("<section id=\"network\">")]
rows = re.findall(r"<tr><td class=\"num\">(\d+)</td><td>[^<]*</td><td>([^<]*)</td><td>[^<]*</td><td class=\"num\">([\d.]+)</td><td class=\"num\">([\d.]+)</td></tr>", actors)
got = [r[1] for r in rows]
assert got == want, (got, want)
for rank, v, deg, st in rows:
    assert int(deg) == G.degree(v) and float(st) == G.degree(v, weight="weight"), v
print("top 15 agree")
PY
'

test_expect_success 'karate report (golden)' '
    innolink report karate-edges.csv --nodes karate-nodes.csv --by faction --top 5 -o k.html &&
    sed "s|<td>0\.10\.[0-9]*</td>|<td>IGRAPH</td>|" k.html >actual &&
    test_golden t7200-report.karate.html actual
'

test_expect_success 'headless Chromium: no console message, the network has all 87 nodes' '
    need_browser; rc=$?; test $rc = 2 && exit 0; test $rc = 0 || exit 1
    browse r.html &&
    no_console_messages &&
    grep -q "data-network-nodes=\"87\"" dom.html
'

test_expect_success 'the browser check fails on a broken page (negative control)' '
    need_browser; rc=$?; test $rc = 2 && exit 0; test $rc = 0 || exit 1
    sed "s|</footer>|</footer><img src=\"http://127.0.0.1:9/x.png\"><script>noSuchFunction();</script>|" r.html >bad.html &&
    browse bad.html &&
    ! no_console_messages 2>/dev/null &&
    grep -q "noSuchFunction is not defined" browser.log &&
    grep -q "Content Security Policy" browser.log
'

test_expect_success 'without --by the coupling section asks for it; errors leave no file' '
    innolink report karate-edges.csv -o plain.html &&
    grep -q "Give --by ATTR" plain.html &&
    test "$(grep -c "<circle class=\"node\"" plain.html)" = 34 &&
    test_expect_code 1 innolink report karate-edges.csv --by sector -o nope.html 2>err &&
    grep -q "no node column .sector." err &&
    ! test -e nope.html &&
    test_expect_code 1 innolink report karate-edges.csv -o nodir/r.html 2>err &&
    ! test -e nodir &&
    if test -w /dev/full; then
        test_expect_code 1 innolink report karate-edges.csv >/dev/full 2>err &&
        grep -q "write failure on standard output" err
    fi
'

test_done
