#!/bin/sh
# innolink export: GraphML 1.0, GEXF 1.2draft/1.3 and node-link JSON that other tools
# read; graph files as input; escaping; failing writes leave nothing.
. "$(dirname "$0")/lib.sh"

D="$GRAPHS/daedeok-pangyo"
have_nx() {
    test -x /usr/bin/python3 && /usr/bin/python3 -c "import networkx" 2>/dev/null
}

# Relative input paths keep the recorded options free of machine paths.
cp "$GRAPHS/karate/edges.csv" karate-edges.csv
cp "$GRAPHS/karate/nodes.csv" karate-nodes.csv

test_expect_success 'karate as GraphML (golden), well-formed' '
    innolink export karate-edges.csv --nodes karate-nodes.csv --to graphml -o k.graphml \
        --with summary,degree >out 2>err &&
    test_must_be_empty out &&
    test_must_be_empty err &&
    xmllint --noout k.graphml &&
    test_golden t7000-export.karate.graphml k.graphml
'

test_expect_success 'every key has for= and attr.type; key ids are unique' '
    test "$(grep -c "<key " k.graphml)" = "$(grep -c "<key id=\"[ve][0-9]*\" for=\"\(node\|edge\)\" attr.name=\"[^\"]*\" attr.type=\"\(string\|long\|double\|boolean\)\"/>" k.graphml)" &&
    test "$(grep -o "<key id=\"[^\"]*\"" k.graphml | sort | uniq -d | wc -l)" = 0 &&
    grep -q "attr.name=\"weight\" attr.type=\"double\"" k.graphml &&
    grep -q "for=\"node\" attr.name=\"degree\" attr.type=\"long\"" k.graphml &&
    grep -q "for=\"node\" attr.name=\"strength\" attr.type=\"double\"" k.graphml
'

test_expect_success 'the options used are recorded in the file' '
    grep -q "^options.with: summary,degree$" k.graphml &&
    grep -q "^options.seed: 42$" k.graphml &&
    grep -q "^summary.nodes: 34$" k.graphml &&
    grep -q "<desc>generator: innolink " k.graphml
'

test_expect_success 'networkx reads the GraphML: same graph and attributes as the CSV input' '
    have_nx || { echo "# skipped: python3-networkx not installed"; exit 0; }
    innolink export "$D/edges.csv" --nodes "$D/nodes.csv" -o dp.graphml --with degree &&
    /usr/bin/python3 - "$D/edges.csv" "$D/nodes.csv" dp.graphml <<PY
import csv, sys, networkx as nx
G = nx.read_graphml(sys.argv[3])
assert not G.is_directed()
nodes = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
edges = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert G.number_of_nodes() == len(nodes), G.number_of_nodes()
assert G.number_of_edges() == len(edges), G.number_of_edges()
for r in nodes:
    d = G.nodes[r["id"]]
    # 2026-12-20 (issue 15): `name` carries the id, where igraph looks for it
    assert d["label"] == r["label"] and d["name"] == r["id"], (r, d)
    assert d["sector"] == r["sector"] and d["cluster"] == r["cluster"], (r, d)
    assert d["lat"] == float(r["lat"]) and d["lon"] == float(r["lon"]), (r, d)
H = nx.Graph()
H.add_nodes_from(r["id"] for r in nodes)
for r in edges:
    e = G.edges[r["source"], r["target"]]
    assert e["weight"] == float(r["weight"]) and e["type"] == r["type"], (r, e)
    assert e["year"] == int(r["year"]), (r, e)
    H.add_edge(r["source"], r["target"], weight=float(r["weight"]))
for v in H:   # degree and strength against networkx on the CSV
    assert G.nodes[v]["degree"] == H.degree(v), v
    assert abs(G.nodes[v]["strength"] - H.degree(v, weight="weight")) < 1e-9, v
print("networkx agrees")
PY
'

test_expect_success 'GraphML round trip: innolink reads back the same graph and attributes' '
    innolink export dp.graphml --to json -o back.json &&
    innolink export "$D/edges.csv" --nodes "$D/nodes.csv" --with degree --to json -o orig.json &&
    /usr/bin/python3 - orig.json back.json <<PY
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
assert a["nodes"] == b["nodes"], "nodes differ"
assert a["edges"] == b["edges"], "edges differ"
print(len(a["nodes"]), "nodes and", len(a["edges"]), "edges equal")
PY
'

test_expect_success 'escaping of <&>"'"'"' and Hangul in ids, labels and values' '
    printf "source,target,note\n\"a<&>\"\"'"'"'b\",대덕,\"x & y\"\n" >e.csv &&
    printf "id,label\n\"a<&>\"\"'"'"'b\",\"<b>\"\"Q&A\"\"</b>\"\n대덕,한국과학기술원\n" >n.csv &&
    innolink export e.csv --nodes n.csv -o esc.graphml &&
    innolink export e.csv --nodes n.csv -o esc.gexf &&
    xmllint --noout esc.graphml esc.gexf &&
    grep -q "<node id=\"a&lt;&amp;&gt;&quot;&apos;b\"" esc.gexf &&
    grep -q "<node id=\"a_x003C__x0026__x003E__x0022__x0027_b\">" esc.graphml &&
    grep -q "&lt;b&gt;\"Q&amp;A\"&lt;/b&gt;" esc.graphml &&
    grep -q "<node id=\"대덕\"><data key=\"v0\">한국과학기술원</data>" esc.graphml &&
    if have_nx; then /usr/bin/python3 -c "
import networkx as nx
G = nx.read_graphml(\"esc.graphml\")
# 2026-12-20 (issue 15): a GraphML id that is not an NMTOKEN is escaped;
# the original id is the node name
names = nx.get_node_attributes(G, \"name\")
G = nx.relabel_nodes(G, names)
assert set(G) == {\"a<&>\\\"'"'"'b\", \"대덕\"}, list(G)
assert G.nodes[\"a<&>\\\"'"'"'b\"][\"label\"] == \"<b>\\\"Q&A\\\"</b>\"
assert G.edges[\"대덕\", \"a<&>\\\"'"'"'b\"][\"note\"] == \"x & y\"
"; fi &&
    innolink export esc.graphml --to json >esc.json &&
    grep -q "\"id\":	\"a<&>\\\\\"'"'"'b\"" esc.json
'

test_expect_success 'an isolate is written; directed graphs say so' '
    printf "source,target\na,b\nb,a\n" >d.csv &&
    printf "id\na\nb\nlonely\n" >dn.csv &&
    innolink export d.csv --nodes dn.csv --directed -o d.graphml &&
    grep -q "edgedefault=\"directed\"" d.graphml &&
    grep -q "<node id=\"lonely\">" d.graphml &&
    test "$(grep -c "<edge " d.graphml)" = 2 &&
    innolink export d.csv --nodes dn.csv -o u.graphml &&
    grep -q "edgedefault=\"undirected\"" u.graphml &&
    test "$(grep -c "<edge " u.graphml)" = 1 &&
    if have_nx; then /usr/bin/python3 -c "
import networkx as nx
G = nx.read_graphml(\"d.graphml\"); assert G.is_directed() and G.number_of_nodes() == 3
assert G.number_of_edges() == 2
"; fi
'

test_expect_success 'control characters: replaced with a warning in values, refused in ids' '
    printf "source,target\na,b\n" >c.csv &&
    printf "id,label\na,\"bell\007x\"\nb,b\n" >cn.csv &&
    innolink export c.csv --nodes cn.csv -o c.graphml 2>err &&
    xmllint --noout c.graphml &&
    grep -q "bell�x" c.graphml &&
    grep -q "warning: 1 values held characters that XML 1.0 cannot hold" err &&
    printf "source,target\n\"x\001y\",b\n" >ci.csv &&
    test_expect_code 1 innolink export ci.csv -o ci.graphml 2>err &&
    grep -q "Node id .x?y. (node 1) holds a character that XML 1.0 cannot hold" err &&
    ! test -e ci.graphml && test "$(ls -A | grep -c "^\.ci")" = 0
'

test_expect_success 'GEXF 1.3 with positions, well-formed, seeded' '
    innolink export karate-edges.csv --nodes karate-nodes.csv -o k.gexf --gexf-version 1.3 &&
    innolink export karate-edges.csv --nodes karate-nodes.csv -o k2.gexf --gexf-version 1.3 &&
    xmllint --noout k.gexf &&
    cmp k.gexf k2.gexf &&
    grep -q "<gexf xmlns=\"http://gexf.net/1.3\"" k.gexf &&
    test "$(grep -c "<viz:position " k.gexf)" = 34 &&
    innolink export karate-edges.csv --nodes karate-nodes.csv -o k3.gexf --seed 7 --gexf-version 1.3 &&
    ! cmp -s k.gexf k3.gexf
'

test_expect_success 'JSON node-link: networkx node_link_graph reads it' '
    have_nx || { echo "# skipped: python3-networkx not installed"; exit 0; }
    innolink export karate-edges.csv --nodes karate-nodes.csv --to json -o k.json \
        --json-edges links &&
    /usr/bin/python3 -c "
import json, networkx as nx
G = nx.node_link_graph(json.load(open(\"k.json\")))
assert G.number_of_nodes() == 34 and G.number_of_edges() == 78
assert G.nodes[\"1\"][\"faction\"] == \"Mr. Hi\"
"
'

test_expect_success 'GML and Pajek inputs by extension' '
    printf "graph [\n directed 0\n node [ id 1 label \"KAIST\" ]\n node [ id 2 label \"ETRI\" ]\n edge [ source 1 target 2 weight 2 ]\n]\n" >t.gml &&
    innolink summary t.gml --format json >s.json &&
    test "$(json_get s.json nodes)" = 2 &&
    test "$(json_get s.json total_weight)" = 2 &&
    printf "*Vertices 3\n1 \"A\"\n2 \"B\"\n3 \"C\"\n*Arcs\n1 2 1.5\n2 3 1\n" >t.net &&
    innolink summary t.net --format json >s.json &&
    test "$(json_get s.json directed)" = True &&
    test "$(json_get s.json edges)" = 2 &&
    printf "not xml" >bad.graphml &&
    test_expect_code 1 innolink summary bad.graphml 2>err &&
    grep -q "bad.graphml:[0-9]*: not a readable graphml file" err &&
    test_expect_code 1 innolink summary t.gml --nodes karate-nodes.csv 2>err &&
    grep -q "apply to CSV tables" err
'

test_expect_success 'a full disk or an unwritable directory is an error and leaves no file' '
    test_expect_code 1 innolink export karate-edges.csv -o nodir/k.graphml 2>err &&
    grep -q "cannot write .nodir/k.graphml." err &&
    ! test -e nodir &&
    if test -w /dev/full; then
        test_expect_code 1 innolink export karate-edges.csv --to graphml >/dev/full 2>err &&
        grep -q "write failure on standard output" err
    fi &&
    mkdir ro && chmod 555 ro &&
    if test "$(id -u)" != 0; then
        test_expect_code 1 innolink export karate-edges.csv -o ro/k.graphml 2>err &&
        test -z "$(ls -A ro)"
    fi
'

test_expect_success 'usage errors: --to, --with' '
    test_expect_code 2 innolink export karate-edges.csv --to pdf 2>err &&
    grep -q "expected graphml, gexf or json" err &&
    test_expect_code 2 innolink export karate-edges.csv --with centrality,bogus 2>err &&
    grep -q "unknown analysis .bogus.; known: summary degree centrality communities structure coupling brokerage" err &&
    test_expect_code 1 innolink export karate-edges.csv --with coupling -o x.graphml 2>err &&
    grep -q "needs --by ATTR" err &&
    test ! -e x.graphml
'

# --with LIST: each annotator writes the numbers its own command prints.
# This is a consistency check (export = command); the commands' numbers are
# checked against networkx / sna in their own tests (t3000-t6200).
test_expect_success 'export --with: every annotator equals its command (networkx reads it)' '
    have_nx || { echo "# skipped: python3-networkx not installed"; exit 0; }
    innolink export karate-edges.csv --nodes karate-nodes.csv --by faction -o all.graphml \
        --with degree,centrality,communities,structure,coupling,brokerage 2>err &&
    test_must_be_empty err &&
    xmllint --noout all.graphml &&
    innolink centrality karate-edges.csv --nodes karate-nodes.csv --format csv >cen.csv &&
    innolink communities karate-edges.csv --nodes karate-nodes.csv --format csv >com.csv &&
    innolink structure karate-edges.csv --nodes karate-nodes.csv --by faction --format csv >str.csv &&
    innolink coupling karate-edges.csv --nodes karate-nodes.csv --by faction --format csv \
        --table nodes_table >cou.csv &&
    innolink brokerage karate-edges.csv --nodes karate-nodes.csv --by faction --format csv >bro.csv &&
    /usr/bin/python3 - all.graphml <<PY
import csv, math, sys, networkx as nx
G = nx.read_graphml(sys.argv[1])
assert G.number_of_nodes() == 34 and G.number_of_edges() == 78
def num(s):
    if s in ("true", "false"):
        return 1.0 if s == "true" else 0.0
    return float(s) if s != "" else None
def same(a, b):
    if b is None:
        return a is None
    return a is not None and math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
def check(path, idcol, pairs):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    assert len(rows) == 34, path
    for r in rows:
        d = G.nodes[r[idcol]]
        for key, col in pairs:
            if col == "role":
                assert d["role"] == r["role"], (path, r[idcol], d["role"], r["role"])
                continue
            assert same(d.get(key), num(r[col])), (path, r[idcol], key, d.get(key), r[col])
cen = ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
       "pagerank", "constraint", "effective_size", "efficiency", "hierarchy", "coreness",
       "clustering"]
check("cen.csv", "id", [(c, c) for c in cen])
check("com.csv", "id", [("community", "community")])
check("str.csv", "id", [("cp_coreness", "coreness"), ("core", "core"), ("kcore", "kcore"),
                        ("structural_hub", "hub"), ("degree_z", "degree_z"), ("role", "role")])
check("cou.csv", "node", [(c, c) for c in ("ei_index", "ei_index_weighted", "participation",
                                          "participation_weighted")])
roles = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total")
check("bro.csv", "node", [("broker_" + c, c) for c in roles])
print("every annotator agrees with its command")
PY
'

test_expect_success 'export --with on a directed graph and with empty --by values' '
    printf "source,target,weight\na,b,1\nb,c,2\nc,a,1\nc,d,1\n" >dir.csv &&
    printf "id,g\na,A\nb,A\nc,B\nd,\n" >dir-nodes.csv &&
    innolink export dir.csv --nodes dir-nodes.csv --directed --by g --empty-group \
        --with centrality,communities,structure,coupling,brokerage -o dir.graphml 2>err &&
    xmllint --noout dir.graphml &&
    grep -q "edgedefault=\"directed\"" dir.graphml &&
    grep -q "attr.name=\"hub\"" dir.graphml &&
    grep -q "attr.name=\"structural_hub\"" dir.graphml &&
    grep -q "^communities.symmetrize: sum$" dir.graphml &&
    grep -q "^coupling.empty_group: own group \"(none)\"$" dir.graphml &&
    test_expect_code 1 innolink export dir.csv --nodes dir-nodes.csv --by g --with coupling \
        -o no.graphml 2>err &&
    grep -q "Node .d. has no value for .g." err &&
    ! test -e no.graphml
'

test_expect_success 'export --with: the options used are recorded' '
    grep -q "^communities.method: leiden$" all.graphml &&
    grep -q "^communities.seed: 42$" all.graphml &&
    grep -q "^communities.modularity: 0\\.[0-9]" all.graphml &&
    grep -q "^centrality.distance: inverse" all.graphml &&
    grep -q "^structure.groups: faction$" all.graphml &&
    grep -q "^coupling.by: faction$" all.graphml &&
    grep -q "^brokerage.by: faction$" all.graphml
'

test_done
