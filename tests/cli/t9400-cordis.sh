#!/bin/sh
# The observed CORDIS sets (graphs/cordis-austria, graphs/cordis-korea):
# graphs/prepare-cordis.py rerun on the slice of the raw files kept in
# tests/data/cordis-slice gives exactly the bundled rows of the projects
# and organisations in the slice; every count the two READMEs state is
# recounted from the bundled files (plain Python, networkx for the
# projection); innolink's own counts of the projection agree.
. "$(dirname "$0")/lib.sh"

# The checks without innolink (the script, the counts of cordis-austria) run
# in the plain suite only; innolink's projection runs in every suite.
SUITE=${INNOLINK_SUITE:-plain}
plain_only() {
    test "$SUITE" = plain || { echo "# skipped under $SUITE: no innolink in it"; return 1; }
}

have_python() {
    /usr/bin/python3 -c "import $1" 2>/dev/null || {
        echo "# skipped: /usr/bin/python3 with $1 not installed"; return 1; }
}

test_expect_success 'the preparation script reruns on the raw slice' '
    have_python csv || exit 0
    /usr/bin/python3 "$GRAPHS/prepare-cordis.py" "$DATA/cordis-slice" --out slice >log &&
    grep "^checksums of .* match SHA256SUMS$" log &&
    test -s slice/cordis-austria/members.csv && test -s slice/cordis-korea/nodes-kr.csv
'

cat >same_rows.py <<'PY'
# The slice's output rows must be the bundled rows of the same projects and
# organisations: every project of the slice output with all its bundled
# participations and nothing else, every organisation with its bundled row.
import csv, sys
slice_dir, bundle_dir, cc = sys.argv[1:4]
def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        return next(r), [tuple(x) for x in r]
for name in ("members.csv", "nodes.csv", "nodes-%s.csv" % cc):
    h1, got = rows(slice_dir + "/" + name)
    h2, want = rows(bundle_dir + "/" + name)
    assert h1 == h2, (name, h1, h2)
    if name == "members.csv":
        events = {r[1] for r in got}
        want = [r for r in want if r[1] in events]
        assert got == want, (name, set(got) ^ set(want))
    else:
        ids = {r[0] for r in got}
        assert len(ids) == len(got), name
        want = [r for r in want if r[0] in ids]
        assert got == want, (name, set(got) ^ set(want))
    print(name, len(got), "rows as bundled")
PY

test_expect_success 'slice output = the bundled rows of its projects and organisations' '
    plain_only || exit 0
    have_python csv || exit 0
    /usr/bin/python3 same_rows.py slice/cordis-austria "$GRAPHS/cordis-austria" at &&
    /usr/bin/python3 same_rows.py slice/cordis-korea "$GRAPHS/cordis-korea" kr &&
    test_cmp "$GRAPHS/cordis-austria/provenance.json" slice/cordis-austria/provenance.json &&
    test_cmp "$GRAPHS/cordis-korea/provenance.json" slice/cordis-korea/provenance.json &&
    # The slice covers the cases the script decides: Namibia (NA), a city
    # alias (VIENNA), repaired mojibake, a 2017 look-up in another country,
    # a project in both sets, rows without a year (outside both sets).
    grep -q ",NA,tc," slice/cordis-austria/nodes.csv &&
    grep -q "^951130203,.*,AT,eu15,$" slice/cordis-austria/nodes.csv &&
    grep -q "FÜR MOLEKULARE" slice/cordis-austria/nodes.csv &&
    cut -d, -f2 slice/cordis-korea/members.csv | grep -qx 229780 &&
    cut -d, -f2 slice/cordis-austria/members.csv | grep -qx 229780
'

test_expect_success 'a raw file that does not match SHA256SUMS is refused' '
    plain_only || exit 0
    have_python csv || exit 0
    cp -R "$DATA/cordis-slice" raw && chmod -R u+w raw &&
    printf "%s\n" "0000000000000000000000000000000000000000000000000000000000000000  ./eunets/h2020.csv.gz" \
        "$(grep Stacked raw/SHA256SUMS)" >raw/SHA256SUMS &&
    ! /usr/bin/python3 "$GRAPHS/prepare-cordis.py" raw --out bad 2>err &&
    grep "eunets/h2020.csv.gz: SHA-256" err && ! test -e bad/cordis-austria
'

cat >counts.py <<'PY'
# Every number of the README's count table, recounted from the files.
import collections, csv, itertools, re, sys
import networkx as nx
folder, cc, home = sys.argv[1:4]
def read(name):
    return list(csv.DictReader(open(folder + "/" + name, encoding="utf-8", newline="")))
M, N, H = read("members.csv"), read("nodes.csv"), read("nodes-%s.csv" % cc.lower())
assert H == [r for r in N if r["country"] == cc]
assert {r["actor"] for r in M} == {r["id"] for r in N}
events = collections.defaultdict(set)
for r in M:
    events[r["event"]].add(r["actor"])
def project(rows, ids):
    G = nx.Graph(); G.add_nodes_from(ids)
    ev = collections.defaultdict(set)
    for r in rows:
        ev[r["event"]].add(r["actor"])
    for a in ev.values():
        for u, v in itertools.combinations(sorted(a), 2):
            w = G[u][v]["weight"] + 1 if G.has_edge(u, v) else 1
            G.add_edge(u, v, weight=w)
    return G
G = project(M, [r["id"] for r in N])
D = project([r for r in M if r["country"] == cc], [r["id"] for r in H])
sizes = [len(a) for a in events.values()]
got = {
    "projects": len(events),
    "participations": len(M),
    "organisations": len(N),
    "countries": len({r["country"] for r in N}),
    "%s organisations" % home: len(H),
    "organisations with a label": sum(1 for r in N if r["label"]),
    "organisations with a city": sum(1 for r in N if r["city"]),
    "%s organisations with a city" % home: sum(1 for r in H if r["city"]),
    "projects with a single participant": sum(1 for s in sizes if s == 1),
    "largest project (participants)": max(sizes),
    "projected ties (count projection)": G.number_of_edges(),
    "projected tie weight (shared projects)": int(G.size(weight="weight")),
    "components (isolates included)": nx.number_connected_components(G),
    "isolates": nx.number_of_isolates(G),
    "domestic ties (`--where country=%s`)" % cc: D.number_of_edges(),
    "domestic tie weight": int(D.size(weight="weight")),
}
for s in ("industry", "research", "university", "government", "other"):
    got["%s organisations: %s" % (home, s)] = sum(1 for r in H if r["sector"] == s)
table = {}
for line in open(folder + "/README.md", encoding="utf-8"):
    m = re.fullmatch(r"\| (.+?) \| ([0-9,]+) \|\n", line)
    if m:
        table[m.group(1)] = int(m.group(2).replace(",", ""))
assert set(table) == set(got), set(table) ^ set(got)
for k in got:
    assert table[k] == got[k], "%s: README says %d, the files give %d" % (k, table[k], got[k])
print(len(got), "counts as the README states")
with open("projection.%s" % cc, "w") as f:
    f.write("%d %d %d %d\n" % (G.number_of_nodes(), G.number_of_edges(),
                               int(G.size(weight="weight")), nx.number_connected_components(G)))
PY

test_expect_success 'cordis-austria: every count of the README' '
    plain_only || exit 0
    have_python networkx || exit 0
    /usr/bin/python3 counts.py "$GRAPHS/cordis-austria" AT Austrian
'

test_expect_success 'cordis-korea: every count of the README' '
    have_python networkx || exit 0
    /usr/bin/python3 counts.py "$GRAPHS/cordis-korea" KR Korean
'

test_expect_success 'innolink projects cordis-korea as networkx does' '
    have_python networkx || exit 0
    innolink summary "$GRAPHS/cordis-korea/members.csv" --affiliation \
        --nodes "$GRAPHS/cordis-korea/nodes.csv" --paths skip --format json >s.json &&
    read n m w c <projection.KR &&
    test "$(json_get s.json nodes)" = "$n" && test "$(json_get s.json edges)" = "$m" &&
    test "$(json_get s.json total_weight)" = "$w" && test "$(json_get s.json components)" = "$c"
'

test_done
