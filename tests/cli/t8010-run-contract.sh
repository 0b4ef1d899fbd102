#!/bin/sh
# The contract of innolink run (issue 17): the whole spec is checked,
# every option's value included, before any analysis runs or any file is
# written; errors name the spec and the JSON path; outputs stay in the
# spec's folder and overwrite neither the spec, nor an input, nor each other.
. "$(dirname "$0")/lib.sh"

Q="'"
mkdir -p s/data s/out elsewhere
cp "$GRAPHS/karate/edges.csv" s/data/edges.csv
cp "$GRAPHS/karate/edges.csv" s/data/other.csv
E='"input": {"edges": "data/edges.csv"}'
FIRST='{"command": "summary", "format": "json", "output": "out/first.json"}'

# Under valgrind (about a second a run) the cases that take paths the
# others take too are left to the plain and sanitizer suites.
not_valgrind() {
    if [ "${INNOLINK_SUITE:-}" = valgrind ]; then
        echo "# left to the plain and asan suites"
        return 1
    fi
}

# refused NAME 'SECOND ANALYSIS' 'expected message' [run options]: a spec of
# two analyses, the second one bad, is refused whole: exit 1, one line
# naming the spec and the JSON path, no usage text, nothing written.
refused() {
    printf '{%s, "analyses": [%s, %s]}' "$E" "$FIRST" "$2" >"s/$1.json" &&
    name=$1 msg=$3 &&
    shift 3 &&
    test_expect_code 1 innolink run "$@" "s/$name.json" >out.txt 2>err &&
    echo "innolink: error: s/$name.json: $msg" >expect &&
    test_cmp expect err &&
    test_must_be_empty out.txt &&
    test -z "$(ls s/out)"
}

# 2025-06: a bad value in the second analysis was found after the first
# had written its output, with the usage text and no JSON path (issue 17,
# item 4). Now checked first; kept here for each value the issue tried.
test_expect_success 'bad option values anywhere stop the run before it starts' '
    refused p1 "{\"command\": \"summary\", \"options\": {\"precision\": 99}, \"output\": \"out/b\"}" \
        "analyses[1].options.precision: expected 1 to 17, not ${Q}99${Q}" &&
    refused p2 "{\"command\": \"summary\", \"options\": {\"paths\": \"bogus\"}, \"output\": \"out/b\"}" \
        "analyses[1].options.paths: expected auto, exact, sample or skip, not ${Q}bogus${Q}" &&
    refused p3 "{\"command\": \"summary\", \"options\": {\"seed\": -1}, \"output\": \"out/b\"}" \
        "analyses[1].options.seed: expected a whole number >= 0, not ${Q}-1${Q}" &&
    refused p4 "{\"command\": \"summary\", \"options\": {\"samples\": 1e300}, \"output\": \"out/b\"}" \
        "analyses[1].options.samples: a JSON number this large (1.0000000000000001e+300) is not held exactly (2^53 and beyond); give it as a string of digits" &&
    refused p5 "{\"command\": \"summary\", \"input\": {\"edges\": \"data/edges.csv\", \"ego\": \"1\", \"radius\": 1e18}, \"output\": \"out/b\"}" \
        "analyses[1].input.radius: a JSON number this large (1e+18) is not held exactly (2^53 and beyond); give it as a string of digits" &&
    refused p6 "{\"command\": \"summary\", \"options\": {\"samples\": \"1e300\"}, \"output\": \"out/b\"}" \
        "analyses[1].options.samples: expected a whole number >= 1, not ${Q}1e300${Q}"
'

# 2025-06: a JSON number of 2^53 or more lost its last digits silently (a
# seed of 9007199254740993 ran as ...992); such numbers are given as
# strings of digits, which are read exactly.
test_expect_success 'whole numbers from 2^53 on must be strings' '
    not_valgrind || exit 0
    refused n1 "{\"command\": \"summary\", \"options\": {\"seed\": 9007199254740993}, \"output\": \"out/b\"}" \
        "analyses[1].options.seed: a JSON number this large (9007199254740992) is not held exactly (2^53 and beyond); give it as a string of digits" &&
    printf "{$E, \"analyses\": [{\"command\": \"summary\", \"format\": \"json\", \"options\": {\"seed\": \"9007199254740993\", \"paths\": \"sample\", \"samples\": 5}, \"output\": \"out/seed.json\"}]}" >s/n2.json &&
    innolink run s/n2.json 2>err &&
    test -s s/out/seed.json
'
rm -f s/out/seed.json

test_expect_success 'CR-only line ends: the line of a JSON error' '
    not_valgrind || exit 0
    printf "{\r$E,\r\"analyses\": [\r{\"command\": \"summary\" \"output\": \"o\"}]}" >s/cr.json &&
    test_expect_code 1 innolink run s/cr.json 2>err &&
    grep -F "s/cr.json: line 4: not valid JSON" err
'

# 2025-06: "../../pwned.json" and an absolute path under /etc were
# written; an output named like the spec overwrote it; two analyses with
# one output overwrote each other (issue 17, item 5).
test_expect_success 'outputs outside the spec folder are refused unless allowed' '
    refused o1 "{\"command\": \"summary\", \"output\": \"../../pwned.json\"}" \
        "analyses[1].output: ${Q}../../pwned.json${Q} is outside the spec${Q}s folder; innolink run --allow-outside permits it" &&
    ! test -e ../pwned.json && ! test -e pwned.json &&
    refused o2 "{\"command\": \"summary\", \"output\": \"$TMP/elsewhere/abs.json\"}" \
        "analyses[1].output: ${Q}$TMP/elsewhere/abs.json${Q} is outside the spec${Q}s folder; innolink run --allow-outside permits it" &&
    ln -s ../elsewhere s/link &&
    refused o3 "{\"command\": \"summary\", \"output\": \"link/via.json\"}" \
        "analyses[1].output: ${Q}link/via.json${Q} is outside the spec${Q}s folder; innolink run --allow-outside permits it" &&
    test -z "$(ls elsewhere)" &&
    innolink run --allow-outside s/o2.json 2>err &&
    test -s elsewhere/abs.json && test -s s/out/first.json &&
    rm s/out/first.json
'

test_expect_success 'an output may not overwrite the spec, an input or another output' '
    cp s/data/edges.csv keep.csv &&
    refused w1 "{\"command\": \"summary\", \"output\": \"w1.json\"}" \
        "analyses[1].output: ${Q}w1.json${Q} is the spec itself; refusing to overwrite it" &&
    refused w2 "{\"command\": \"summary\", \"output\": \"out/../w2.json\"}" \
        "analyses[1].output: ${Q}out/../w2.json${Q} is the spec itself; refusing to overwrite it" &&
    refused w3 "{\"command\": \"summary\", \"input\": {\"edges\": \"data/other.csv\"}, \"output\": \"data/edges.csv\"}" \
        "analyses[1].output: ${Q}data/edges.csv${Q} is an input (input.edges); refusing to overwrite it" &&
    refused w4 "{\"command\": \"summary\", \"output\": \"out/./first.json\"}" \
        "analyses[1].output: ${Q}out/./first.json${Q} is also analyses[0].output; refusing to overwrite it" &&
    ln s/data/other.csv s/data/hard.csv &&
    refused w5 "{\"command\": \"summary\", \"input\": {\"edges\": \"data/edges.csv\", \"nodes\": \"data/other.csv\"}, \"output\": \"out/x\"}, {\"command\": \"summary\", \"output\": \"data/hard.csv\"}" \
        "analyses[2].output: ${Q}data/hard.csv${Q} is an input (analyses[1].input.nodes); refusing to overwrite it" &&
    cmp keep.csv s/data/edges.csv && cmp keep.csv s/data/other.csv
'

# 2026-12-03: a worked case projects ties with one analysis and compares
# them with a later one; reading an earlier analysis's output is a chain,
# not an overwrite (an output read by the same or an earlier analysis is).
test_expect_success 'a later analysis may read what an earlier one wrote' '
    printf "{\"analyses\": [{\"command\": \"project\", \"input\": {\"edges\": \"data/m.csv\"}, \"output\": \"out/p.csv\"}, {\"command\": \"summary\", \"input\": {\"edges\": \"out/p.csv\"}, \"format\": \"json\", \"output\": \"out/s.json\"}]}" >s/chain.json &&
    printf "actor,event\na,e1\nb,e1\nc,e1\n" >s/data/m.csv &&
    innolink run s/chain.json 2>err &&
    grep -q "\"edges\":.*3" s/out/s.json &&
    rm -f s/out/p.csv s/out/s.json &&
    printf "{\"analyses\": [{\"command\": \"summary\", \"input\": {\"edges\": \"out/p.csv\"}, \"output\": \"out/s.json\"}, {\"command\": \"project\", \"input\": {\"edges\": \"data/m.csv\"}, \"output\": \"out/p.csv\"}]}" >s/late.json &&
    test_expect_code 1 innolink run s/late.json 2>err &&
    grep -q "analyses\[1\].output: .out/p.csv. is an input (analyses\[0\].input.edges)" err
'

test_expect_success 'an output folder that does not exist is found before anything runs' '
    not_valgrind || exit 0
    refused f1 "{\"command\": \"summary\", \"output\": \"nofolder/x.json\"}" \
        "analyses[1].output: cannot write ${Q}nofolder/x.json${Q}: its folder does not exist"
'

test_expect_success 'run --check checks everything and writes nothing' '
    printf "{$E, \"analyses\": [$FIRST]}" >s/ok.json &&
    innolink run --check s/ok.json >out.txt 2>err &&
    test_must_be_empty out.txt && test_must_be_empty err &&
    test -z "$(ls s/out)" &&
    test_expect_code 1 innolink run --check s/w1.json 2>err &&
    grep -F "is the spec itself" err &&
    innolink run -h >help.txt &&
    grep -F -- "--allow-outside" help.txt
'

test_done
