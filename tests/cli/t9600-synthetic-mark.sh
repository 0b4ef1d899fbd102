#!/bin/sh
# Synthetic data cannot be mistaken for observed data (graphs/README.md,
# "Synthetic or observed"): every output of `make demo`, of the worked cases
# on synthetic sets and of every command on a synthetic set carries the
# mark SYNTHETIC where a reader meets it first (text: the first line; CSV:
# every row; JSON: input.provenance or the graph record; HTML: the title;
# SVG: the drawn title), and no line of a CSV that names an organisation of
# a synthetic set goes without it. Outputs of observed sets say OBSERVED and
# never SYNTHETIC. The worked case on observed data is checked by
# t9500-cordis-austria.sh (the same check, in the plain suite).
. "$(dirname "$0")/lib.sh"

SUITE=${INNOLINK_SUITE:-plain}
mkdir -p out

# The demo: the innolink commands of `make demo`, as make would run them,
# from the top folder, writing here instead of build/.
test_expect_success 'make demo: its commands, run here' '
    (cd "$TOP" && make -n --no-print-directory demo BUILD=DEMOBUILD 2>/dev/null) |
        grep "^DEMOBUILD/innolink " >demo.cmds &&
    test "$(wc -l <demo.cmds)" -ge 2 &&
    i=0 &&
    while read -r cmd; do
        i=$((i + 1)) &&
        # under valgrind the report (every analysis at once) is left to t7200
        { [ "$SUITE" != valgrind ] || [ "${cmd#*innolink report}" = "$cmd" ]; } || continue

        set -- $(echo "$cmd" | sed "s|^DEMOBUILD/innolink ||; s|DEMOBUILD/|$TMP/out/|g") &&
        (cd "$TOP" && innolink "$@" >"$TMP/out/demo-$i.txt") || exit 1
    done <demo.cmds &&
    { test -s out/demo-report.html || test "$SUITE" = valgrind; } && test -s out/demo-1.txt &&
    if [ "$SUITE" = valgrind ]; then     # an output that names organisations, cheaply
        innolink centrality "$GRAPHS/daedeok-pangyo/edges.csv" --measures degree --top 5 \
            --format csv -o out/names.csv
    fi
'

if [ "$SUITE" = plain ]; then
    # Every worked case on a synthetic set, on a copy.
    mkdir -p examples graphs
    for d in "$GRAPHS"/*/; do
        case $d in */cordis-*) continue ;; esac
        cp -R "$d" graphs/
    done
    test_expect_success 'the worked cases on synthetic sets run' '
        for spec in "$TOP"/examples/*/spec.json; do
            case=$(basename "$(dirname "$spec")")
            [ "$case" = cordis-austria ] && continue
            cp -R "$TOP/examples/$case" examples/ && rm -rf "examples/$case/out" &&
            mkdir "examples/$case/out" &&
            innolink run "examples/$case/spec.json" 2>/dev/null &&
            for f in examples/$case/out/*; do cp "$f" "out/$case-$(basename "$f")"; done || exit 1
        done
    '

    # Every command on a synthetic set, in every format it writes.
    test_expect_success 'every command on daedeok-pangyo, iccp and the programme' '
        D="graphs/daedeok-pangyo/edges.csv --nodes graphs/daedeok-pangyo/nodes.csv" &&
        for f in text json csv; do
            x=$f; [ $f = text ] && x=txt
            innolink summary $D --format $f -o out/summary.$x &&
            innolink centrality $D --top 10 --format $f -o out/centrality.$x &&
            innolink communities $D --runs 2 --format $f -o out/communities.$x &&
            innolink coupling $D --by cluster --permutations 10 --format $f -o out/coupling.$x &&
            innolink mixing $D --by sector --format $f -o out/mixing.$x &&
            innolink brokerage $D --by cluster --format $f -o out/brokerage.$x &&
            innolink openness $D --by cluster --scope region --format $f -o out/openness.$x &&
            innolink structure $D --by cluster --rewirings 2 --format $f -o out/structure.$x &&
            innolink compare graphs/daedeok-pangyo-programme/edges-before.csv \
                graphs/daedeok-pangyo-programme/edges-after.csv \
                --nodes graphs/daedeok-pangyo-programme/nodes.csv --by cluster \
                --permutations 10 --format $f -o out/compare.$x || exit 1
        done &&
        innolink export $D -o out/export.graphml && innolink export $D -o out/export.gexf &&
        innolink export $D -o out/export.json &&
        innolink render $D --color cluster -o out/render.svg &&
        innolink render $D --chart coupling --by cluster -o out/plane.svg &&
        innolink report $D --by cluster -o out/report.html &&
        innolink project graphs/iccp-miniclusters/members.csv -o out/projected.csv
    '
fi

cat >check.py <<'PY'
# Check every output of a synthetic set for the mark; names: the labels and
# ids of every synthetic node table (real public bodies among them).
import csv, glob, json, os, re, sys
graphs, outs = sys.argv[1], sys.argv[2:]
names = set()
for prov in glob.glob(graphs + "/*/provenance.json"):
    if json.load(open(prov))["data"] != "synthetic":
        continue
    for nodes in glob.glob(os.path.dirname(prov) + "/nodes.csv"):
        for r in csv.DictReader(open(nodes, encoding="utf-8")):
            names.update(x for x in (r.get("id"), r.get("label")) if x and len(x) >= 4)
assert "한국전자통신연구원" in names and "DD-ETRI" in names, "the real names to look for"
seen_names = 0
for path in outs:
    text = open(path, encoding="utf-8").read()
    named = [n for n in names if n in text]
    seen_names += bool(named)
    ext = os.path.splitext(path)[1]
    what = "%s (names %s)" % (path, named[:3])
    if ext == ".txt":
        assert text.startswith("SYNTHETIC DATA: "), "text without the mark first: " + what
    elif ext == ".json":
        d = json.loads(text)
        if "command" in d:      # a report: input.provenance
            assert d["input"]["provenance"]["data"] == "synthetic", what
        else:                   # a node-link graph: its graph-level record
            assert d["graph"]["provenance"]["data"] == "SYNTHETIC", what
    elif ext == ".csv":
        lines = text.splitlines()
        if lines[0] == "key,value":
            assert lines[1].startswith('provenance,"SYNTHETIC DATA: '), what
        else:
            assert lines[0].endswith(",provenance"), what
            for line in lines[1:]:
                assert line.endswith(",SYNTHETIC"), "a CSV row without the mark: %s: %r" % (path, line[:80])
    elif ext == ".html":
        assert re.search(r"<title>SYNTHETIC DATA: ", text), what
        assert re.search(r'<p class="notice"><strong>SYNTHETIC DATA: ', text), what
    elif ext == ".svg":
        assert re.search(r'<text[^>]*>SYNTHETIC DATA: ', text), what
    elif ext in (".graphml", ".gexf"):
        assert "SYNTHETIC" in text, what
    else:
        raise SystemExit("no check for " + path)
assert seen_names > 0, "no output names an organisation: the check would be vacuous"
print("%d outputs, %d of them naming organisations of synthetic sets: every one marked"
      % (len(outs), seen_names))
PY

test_expect_success 'every output carries the mark SYNTHETIC' '
    /usr/bin/python3 -c "import csv" || exit 0
    mv out/demo-1.txt out/demo-summary.txt && rm -f out/demo-[0-9]*.txt &&
    /usr/bin/python3 check.py "$GRAPHS" out/* && ls out | wc -l
'

test_expect_success 'observed sets say OBSERVED, never SYNTHETIC' '
    K="$GRAPHS/cordis-korea/members.csv --affiliation --nodes $GRAPHS/cordis-korea/nodes.csv" &&
    innolink mixing $K --by sector --samples 0 >m.txt &&
    head -n 2 m.txt | grep "^OBSERVED DATA: participations of organisations" &&
    sed -n 2p m.txt | grep "^Source: CORDIS, European Commission" &&
    innolink mixing $K --by sector --samples 0 --format csv >m.csv &&
    ! grep -q -e "SYNTHETIC DATA" -e ",SYNTHETIC$" m.txt m.csv && head -n 1 m.csv | grep -v provenance &&
    # karate has no provenance file: its outputs are unchanged
    innolink summary "$GRAPHS/karate/edges.csv" >k.txt && head -n 1 k.txt | grep "^nodes "
'

test_expect_success 'a bad provenance.json is a data error naming it' '
    mkdir -p bad && cp "$GRAPHS/karate/edges.csv" bad/ &&
    echo "{\"data\": \"invented\", \"statement\": \"x\"}" >bad/provenance.json &&
    test_expect_code 1 innolink summary bad/edges.csv 2>err &&
    grep "bad/provenance.json: \"data\" must be \"synthetic\" or \"observed\"" err &&
    echo "{\"data\": \"synthetic\"} x" >bad/provenance.json &&
    test_expect_code 1 innolink summary bad/edges.csv 2>err &&
    grep "bad/provenance.json: not a JSON object" err &&
    echo "{\"data\": \"synthetic\", \"statement\": \"made up\", \"seed\": 1}" >bad/provenance.json &&
    test_expect_code 1 innolink summary bad/edges.csv 2>err &&
    grep "unknown key .seed." err &&
    rm bad/provenance.json && mkdir bad/provenance.json &&
    innolink summary bad/edges.csv >ok.txt && head -n 1 ok.txt | grep "^nodes "
'

test_done
