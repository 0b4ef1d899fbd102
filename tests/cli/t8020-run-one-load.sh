#!/bin/sh
# innolink run loads each distinct input once (issue 16): every output of
# a spec is byte for byte what the command alone writes, and an input that
# can be read only once (a FIFO) serves every analysis that reads it.
. "$(dirname "$0")/lib.sh"

mkdir -p data out
cp "$GRAPHS/daedeok-pangyo/edges.csv" "$GRAPHS/daedeok-pangyo/nodes.csv" data/

cat >spec.json <<'JSON'
{
  "input": { "edges": "data/edges.csv", "nodes": "data/nodes.csv" },
  "analyses": [
    { "command": "summary", "format": "json", "output": "out/summary.json" },
    { "command": "centrality", "format": "csv", "output": "out/centrality.csv",
      "options": { "measures": "degree,pagerank,betweenness" } },
    { "command": "summary", "format": "json", "output": "out/summary-2020.json",
      "input": { "edges": "data/edges.csv", "nodes": "data/nodes.csv",
                 "where": ["year>=2020"] } },
    { "command": "communities", "format": "json", "output": "out/communities.json" },
    { "command": "export", "output": "out/graph.graphml" },
    { "command": "summary", "format": "text", "output": "out/summary-directed.txt",
      "input": { "edges": "data/edges.csv", "directed": true } }
  ]
}
JSON

test_expect_success 'every output of a spec equals the command run alone' '
    innolink run spec.json 2>err &&
    E="data/edges.csv --nodes data/nodes.csv" &&
    innolink summary $E --format json >a1 &&
    innolink centrality $E --measures degree,pagerank,betweenness --format csv >a2 &&
    innolink summary $E --where "year>=2020" --format json >a3 &&
    innolink communities $E --format json >a4 &&
    innolink export $E -o a5.graphml &&
    innolink summary data/edges.csv --directed >a6 &&
    cmp a1 out/summary.json && cmp a2 out/centrality.csv &&
    cmp a3 out/summary-2020.json && cmp a4 out/communities.json &&
    cmp a5.graphml out/graph.graphml && cmp a6 out/summary-directed.txt &&
    test "$(json_get out/summary-2020.json input.where)" = "['\''year>=2020'\'']" &&
    test "$(json_get out/summary.json edges)" != "$(json_get out/summary-2020.json edges)"
'

# Read twice, the FIFO would give the second analysis nothing: it would
# wait --input-timeout seconds and fail.
cat >fifo.json <<'JSON'
{ "input": { "edges": "ff", "input-timeout": 3 },
  "analyses": [
    { "command": "summary", "format": "json", "output": "out/f1.json" },
    { "command": "centrality", "format": "csv", "output": "out/f2.csv" },
    { "command": "summary", "format": "json", "output": "out/f3.json" } ] }
JSON
mkfifo ff

test_expect_success 'a FIFO read by three analyses is read once' '
    { sleep 1; cat data/edges.csv; } >ff &
    { innolink run fifo.json 2>err || { cat err; false; }; } &&
    wait &&
    innolink summary data/edges.csv --format json >b1 &&
    innolink centrality data/edges.csv --format csv >b2 &&
    test "$(json_get out/f1.json edges)" = "$(json_get b1 edges)" &&
    test "$(json_get out/f3.json density)" = "$(json_get b1 density)" &&
    cmp b2 out/f2.csv
'

test_done
