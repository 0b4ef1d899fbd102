#!/bin/sh
# innolink run SPEC.json: validation with JSON paths, and byte-for-byte
# reproducible outputs.
. "$(dirname "$0")/lib.sh"

Q="'"
mkdir -p data out
cp "$GRAPHS/daedeok-pangyo/edges.csv" "$GRAPHS/daedeok-pangyo/nodes.csv" data/

good_spec() {
    cat <<JSON
{
  "description": "synthetic Daedeok-Pangyo network, ties of 2020 and later",
  "input": { "edges": "data/edges.csv", "nodes": "data/nodes.csv", "where": ["year>=2020"] },
  "analyses": [
    { "command": "summary", "format": "json", "output": "out/summary.json",
      "options": { "paths": "exact" } },
    { "command": "summary", "output": "out/summary.txt", "options": { "precision": 4 } }
  ]
}
JSON
}

test_expect_success 'a spec runs every analysis, paths relative to the spec' '
    good_spec >spec.json &&
    (cd / && innolink run "$TMP/spec.json") 2>err &&
    test "$(json_get out/summary.json input.where)" = "[${Q}year>=2020${Q}]" &&
    test "$(json_get out/summary.json parameters.paths)" = exact &&
    grep "^density  *0.03368$" out/summary.txt &&
    innolink summary data/edges.csv --nodes data/nodes.csv --where "year>=2020" --format json >direct.json &&
    test "$(json_get direct.json edges)" = "$(json_get out/summary.json edges)"
'

test_expect_success 'running it again, from elsewhere or in a copy, reproduces the outputs' '
    cp out/summary.json first.json && cp out/summary.txt first.txt &&
    innolink run spec.json 2>/dev/null &&
    cmp first.json out/summary.json &&
    cmp first.txt out/summary.txt &&
    mkdir -p copy/out && cp -r spec.json data copy/ &&
    (cd data && innolink run ../copy/spec.json) 2>/dev/null &&
    cmp first.json copy/out/summary.json &&
    test "$(json_get first.json input.edges)" = data/edges.csv
'

test_expect_success 'the spec format validates against docs/spec.schema.json' '
    /usr/bin/python3 -c "import jsonschema" 2>/dev/null || { echo "# skipped: no jsonschema"; exit 0; }
    /usr/bin/python3 -c "import json, sys, jsonschema
jsonschema.validate(json.load(open(\"spec.json\")), json.load(open(sys.argv[1])))" "$TOP/docs/spec.schema.json"
'

# bad_spec NAME 'JSON' 'expected message'
bad_spec() {
    printf "%s" "$2" >"$1.json" &&
    test_expect_code 1 innolink run "$1.json" >out.txt 2>err &&
    grep -F -- "$1.json: $3" err &&
    test_must_be_empty out.txt
}

E='"input": {"edges": "data/edges.csv"}'
A='"analyses": [{"command": "summary", "output": "out/x.json"}]'

test_expect_success 'unknown keys and wrong types name the JSON path' '
    bad_spec k1 "{$E, $A, \"extra\": 1}" "\$.extra: unknown key" &&
    bad_spec k2 "{$E, \"analyses\": [{\"command\": \"summary\", \"output\": \"o\", \"options\": {\"resolution\": 1}}]}" \
        "analyses[0].options.resolution: not an option of ${Q}summary${Q}" &&
    bad_spec k3 "{\"input\": {\"edges\": \"data/edges.csv\", \"directed\": \"yes\"}, $A}" \
        "input.directed: expected true or false" &&
    bad_spec k4 "{$E, \"analyses\": [{\"command\": \"summary\", \"output\": \"o\", \"options\": {\"samples\": [1]}}]}" \
        "analyses[0].options.samples: expected a number or a string" &&
    bad_spec k5 "{$E, \"analyses\": []}" "analyses: expected a non-empty array" &&
    bad_spec k6 "{$E, \"analyses\": [{\"command\": \"frobnicate\", \"output\": \"o\"}]}" \
        "analyses[0].command: ${Q}frobnicate${Q} is not an analysis" &&
    bad_spec k7 "{$E, \"analyses\": [{\"command\": \"summary\"}]}" "analyses[0].output: expected" &&
    bad_spec k8 "{\"input\": {\"nodes\": \"x\"}, $A}" "input.edges: expected" &&
    bad_spec k9 "{$E, \"analyses\": [{\"command\": \"summary\", \"output\": \"o\", \"format\": \"xml\"}]}" \
        "analyses[0].format: expected"
'

cat >nul.json <<'JSON'
{"input": {"edges": "data/edges.csv\u0000.txt"}, "analyses": [{"command": "summary", "output": "o"}]}
JSON

test_expect_success 'cJSON leniencies are refused (PITFALLS item 10)' '
    bad_spec c1 "{$E, $A} trailing" "line 1: not valid JSON" &&
    bad_spec c2 "{$E, $A, \"input\": {}}" "\$.input: the key is given twice" &&
    bad_spec c3 "{\"Input\": {}, $A}" "\$.Input: unknown key" &&
    bad_spec c4 "{$E, \"analyses\": [{\"command\": \"summary\", \"output\": \"o\", \"options\": {\"samples\": 1e999}}]}" \
        "analyses[0].options.samples: the number is out of range" &&
    test_expect_code 1 innolink run nul.json 2>err && grep "u0000 is not allowed" err &&
    printf "{$E,\001 $A}" >c6.json &&
    test_expect_code 1 innolink run c6.json 2>err && grep "control character 0x01" err
'

test_expect_success 'an analysis may read its own input; snapshot arrays go to compare only' '
    cat >own.json <<JSON &&
{ "input": { "edges": ["data/edges.csv", "data/edges.csv"], "nodes": "data/nodes.csv" },
  "analyses": [
    { "command": "compare", "format": "json", "output": "out/cmp.json",
      "options": { "permutations": 0 } },
    { "command": "summary", "format": "json", "output": "out/own.json",
      "input": { "edges": "data/edges.csv", "where": "year<2018" } } ] }
JSON
    innolink run own.json 2>/dev/null &&
    test "$(json_get out/cmp.json parameters.permutations)" = 0 &&
    test "$(json_get out/own.json input.where)" = "[${Q}year<2018${Q}]" &&
    printf "{\"input\": {\"edges\": [\"a.csv\", \"b.csv\"]}, $A}" >two.json &&
    test_expect_code 1 innolink run two.json 2>err &&
    grep "analyses\[0\]: ${Q}summary${Q} reads one edge table, but the input lists 2" err &&
    printf "{\"analyses\": [{\"command\": \"summary\", \"output\": \"o\"}]}" >none.json &&
    test_expect_code 1 innolink run none.json 2>err && grep "analyses\[0\]: no input" err
'

test_expect_success 'a failing analysis stops the run with its status' '
    printf "{\"input\": {\"edges\": \"nothere.csv\"}, $A}" >f.json &&
    test_expect_code 1 innolink run f.json 2>err &&
    grep "cannot open" err &&
    grep "analyses\[0\] (summary) failed" err
'

test_expect_success 'usage errors' '
    test_expect_code 2 innolink run 2>err &&
    test_expect_code 2 innolink run a.json b.json 2>err &&
    test_expect_code 2 innolink run --bogus 2>err &&
    test_expect_code 1 innolink run nothere.json 2>err &&
    grep "cannot open ${Q}nothere.json${Q}" err
'

test_done
