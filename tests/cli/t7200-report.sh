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
    innolink report --samples 20 dp-edges.csv --nodes dp-nodes.csv --by cluster -o r.html >out 2>err &&
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

test_expect_success 'the filled sections: centrality, communities, heat maps, district evidence' '
    for h in "Top by betweenness" "Top by eigenvector" "Top by pagerank" \
             "Communities against cluster" "Coupling matrix" "Mixing matrix" \
             "District types: the evidence" "Roles (Guimer"; do
        grep -q "<h3>$h" r.html || { echo "no heading $h"; exit 1; }
    done &&
    test "$(grep -c "<table class=\"heat\">" r.html)" = 3 &&
    test "$(grep -c "<p class=\"evidence\">" r.html)" = 3 &&
    ! grep -q "class=\"pending\"" r.html
'

# Independent references: networkx on the CSV input.
test_expect_success 'top betweenness, communities sizes and mixing shares agree with networkx' '
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import networkx" 2>/dev/null || {
        echo "# skipped: python3-networkx not installed"; exit 0; }
    /usr/bin/python3 - dp-edges.csv dp-nodes.csv r.html <<PY
import csv, re, sys, networkx as nx
from fractions import Fraction
G = nx.Graph()
nodes = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
G.add_nodes_from((r["id"], {"cluster": r["cluster"]}) for r in nodes)
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    w = Fraction(r["weight"])   # exact lengths: float 1/w breaks ties between paths
    G.add_edge(r["source"], r["target"], weight=w, dist=1 / w)
html = open(sys.argv[3], encoding="utf-8").read()
def section(h, end="</table>"):
    i = html.index(h)
    return html[i:html.index(end, i)]
# betweenness: nx.betweenness_centrality(weight="dist" = 1/w), normalized
bc = {k: float(v) for k, v in nx.betweenness_centrality(G, weight="dist").items()}
rows = re.findall(r"<tr><td class=\"num\">(\d+)</td><td>([^<]*)</td><td>[^<]*</td><td class=\"num\">([^<]*)</td></tr>", section("<h3>Top by betweenness"))
assert len(rows) == 15, rows
want = sorted(bc.values(), reverse=True)[:15]
for (rank, v, val), w in zip(rows, want):
    assert abs(float(val) - bc[v]) <= 1e-5 * max(1, bc[v]), (v, val, bc[v])
    assert abs(float(val) - w) <= 1e-5 * max(1, w), (rank, val, w)
# community sizes sum to the nodes
sizes = re.findall(r"<tr><td class=\"num\">\d+</td><td class=\"num\">(\d+)</td>", section("<th>community</th><th>size</th>"))
assert sum(map(int, sizes)) == G.number_of_nodes(), sizes
# mixing shares: nx.attribute_mixing_matrix(normalized=True), groups sorted by name
groups = sorted({d["cluster"] for _, d in G.nodes(data=True)})
M = nx.attribute_mixing_matrix(G, "cluster", nodes=None, mapping={g: i for i, g in enumerate(groups)})
cells = [float(x) for x in re.findall(r"<td class=\"num\" style=\"[^\"]*\">([^<]*)</td>", section("<caption>Share of tie ends"))]
want = [M[i][j] for i in range(len(groups)) for j in range(len(groups))]
assert all(abs(a - b) <= 1e-3 * max(b, 1e-9) + 1e-12 for a, b in zip(cells, want)) and len(cells) == len(want), (cells, want)
print("betweenness, sizes and mixing agree")
PY
'

test_expect_success 'a directed graph: communities after summing both directions' '
    printf "source,target,weight\na,b,1\nb,a,2\nb,c,1\nc,d,1\nd,c,1\n" >dir.csv &&
    innolink report --samples 20 dir.csv --directed -o dir.html 2>err &&
    grep -q "<tr><th>communities.symmetrize</th><td>sum</td></tr>" dir.html &&
    grep -q "<th>community</th><th>size</th>" dir.html
'

test_expect_success 'karate report (golden)' '
    innolink report --samples 20 karate-edges.csv --nodes karate-nodes.csv --by faction --top 5 -o k.html &&
    sed "s|<td>0\.10\.[0-9]*</td>|<td>IGRAPH</td>|" k.html >actual &&
    test_golden t7200-report.karate.html actual
'

test_expect_success 'headless Chromium: no console message, the network has all 87 nodes' '
    need_browser; rc=$?; test $rc = 2 && exit 0; test $rc = 0 || exit 1
    browse r.html &&
    no_console_messages &&
    grep -q "data-network-nodes=\"87\"" dom.html &&
    for s in summary actors network coupling communities structure parameters; do
        grep -q "<section id=\"$s\">" dom.html || { echo "no section $s in the DOM"; exit 1; }
    done &&
    test "$(grep -c "<table class=\"heat\">" dom.html)" = 3 &&
    grep -q "<h3>Top by betweenness</h3>" dom.html &&
    grep -q "<h3>District types: the evidence</h3>" dom.html
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
    innolink report --samples 20 karate-edges.csv -o plain.html &&
    grep -q "Give --by ATTR" plain.html &&
    test "$(grep -c "<circle class=\"node\"" plain.html)" = 34 &&
    test_expect_code 1 innolink report --samples 20 karate-edges.csv --by sector -o nope.html 2>err &&
    grep -q "no node column .sector." err &&
    ! test -e nope.html &&
    test_expect_code 1 innolink report --samples 20 karate-edges.csv -o nodir/r.html 2>err &&
    ! test -e nodir &&
    if test -w /dev/full; then
        test_expect_code 1 innolink report --samples 20 karate-edges.csv >/dev/full 2>err &&
        grep -q "write failure on standard output" err
    fi
'

test_done
