#!/bin/sh
# Triple-Helix synergy (issue 12, item 6): Leydesdorff's T(UIG) beside the
# mixing rows. A hand calculation on a small table, an independent numpy
# computation on the bundled Daedeok-Pangyo network (ties) and on the ICCP
# affiliation table (events), the mapping options and bad input.
. "$(dirname "$0")/lib.sh"

have_numpy() { /usr/bin/python3 -c "import numpy" 2>/dev/null; }
D="$GRAPHS/daedeok-pangyo"
I="$GRAPHS/iccp-miniclusters"

# Five nodes: a university u1, firms f1 and f2, a ministry agency g1, and
# x (sector "other", outside the three helices). Ties and the cell each
# falls in (U, I, G present):
#   u1-f1 (2)  U I .      f1-f2 (1)  . I .      f2-g1 (3)  . I G
#   u1-g1 (1)  U . G      x-f1  (1)  . I .
# Counted cells (of 5): UI. 1, .I. 2, .IG 1, U.G 1.
#   H_U  = H(2/5)           = 0.9709505945
#   H_I  = H(4/5)           = 0.7219280949
#   H_G  = H(2/5)           = 0.9709505945
#   H_UI = H(1/5, 1/5, 3/5) = 1.3709505945   (UI 1, U. 1, .I 3)
#   H_UG = H(1/5,1/5,1/5,2/5) = 1.9219280949 (UG 1, U. 1, .G 1, .. 2)
#   H_IG = H(1/5, 3/5, 1/5) = 1.3709505945   (IG 1, I. 3, .G 1)
#   H_UIG = H(1/5, 2/5, 1/5, 1/5) = 1.9219280949
#   T = 0.97095 + 0.72193 + 0.97095 - 1.37095 - 1.92193 - 1.37095 + 1.92193
#     = -0.0780719051 (bits): synergy.
# Weighted cells (of 8): UI. 2, .I. 2, .IG 3, U.G 1:
#   H_U = H(3/8), H_I = H(7/8), H_G = H(4/8); H_UI = H(2,1,5)/8;
#   H_UG = H(1,2,3,2)/8; H_IG = H(3,4,1)/8; H_UIG = H(2,2,3,1)/8.
cat >e.csv <<'EOF'
source,target,weight
u1,f1,2
f1,f2,1
f2,g1,3
u1,g1,1
x,f1,1
EOF
cat >n.csv <<'EOF'
id,sector
u1,university
f1,industry
f2,Industry
g1,government
x,other
EOF

test_expect_success 'hand calculation: T = -0.0780719 bits (counted) and the weighted T' '
    innolink mixing e.csv --nodes n.csv --by sector --format json >s.json &&
    /usr/bin/python3 - s.json <<PY
import json, sys
from math import log2
def H(*c):
    t = sum(c); return -sum(x / t * log2(x / t) for x in c if x)
s = json.load(open(sys.argv[1]))["triple_helix_synergy"]
want = {"h_u": 0.9709505945, "h_i": 0.7219280949, "h_g": 0.9709505945, "h_ui": 1.3709505945,
        "h_ug": 1.9219280949, "h_ig": 1.3709505945, "h_uig": 1.9219280949, "t_uig": -0.0780719051}
bad = [(k, s[k], v) for k, v in want.items() if abs(s[k] - v) > 1e-9]
tw = H(3, 5) + H(7, 1) + H(4, 4) - H(2, 1, 5) - H(1, 2, 3, 2) - H(3, 4, 1) + H(2, 2, 3, 1)
if abs(s["t_uig_weighted"] - tw) > 1e-12: bad.append(("t_uig_weighted", s["t_uig_weighted"], tw))
if not s["reading"].startswith("synergy"): bad.append(("reading", s["reading"]))
if (s["u_values"], s["i_values"], s["g_values"]) != ("university", "Industry, industry", "government"):
    bad.append(("values", s["u_values"], s["i_values"], s["g_values"]))
print(bad or "ok"); sys.exit(1 if bad else 0)
PY
'

test_expect_success 'the cells table (csv) holds the hand-counted cells' '
    innolink mixing e.csv --nodes n.csv --by sector --format csv --table helix_cells >actual &&
    cat >expect <<-EOF &&
	u,i,g,ties,share,weight,weight_share
	1,1,1,0,0,0,0
	1,1,0,1,0.2,2,0.25
	1,0,1,1,0.2,1,0.125
	1,0,0,0,0,0,0
	0,1,1,1,0.2,3,0.375
	0,1,0,2,0.4,2,0.25
	0,0,1,0,0,0,0
	0,0,0,0,0,0,0
	EOF
    test_cmp expect actual
'

# numpy: build the 2 x 2 x 2 table from the CSV files with the default
# mapping (U university; I industry; G research, support) and compute the
# seven entropies as -sum p log2 p over the margins of the array.
test_expect_success 'daedeok-pangyo (ties): every entropy and T equal an independent numpy computation' '
    [ "${INNOLINK_SUITE:-plain}" = plain ] || { echo "# peer comparison in the plain suite"; exit 0; }
    have_numpy || { echo "# skipped: python3-numpy not installed"; exit 0; }
    innolink mixing "$D/edges.csv" --nodes "$D/nodes.csv" --by sector --format json >s.json &&
    test "$(grep -c "\"t_uig\":" s.json)" = 1 &&
    /usr/bin/python3 - "$D/edges.csv" "$D/nodes.csv" s.json <<PY
import csv, json, sys
import numpy as np
sec = {r["id"]: r["sector"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))}
helix = {"university": 0, "industry": 1, "research": 2, "support": 2}
def H(a):
    p = a[a > 0] / a.sum(); return float(-(p * np.log2(p)).sum())
bad = []
for weighted, suffix in ((False, ""), (True, "_weighted")):
    T = np.zeros((2, 2, 2))
    for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
        idx = [0, 0, 0]
        for end in (r["source"], r["target"]):
            if sec[end] in helix: idx[helix[sec[end]]] = 1
        T[tuple(idx)] += float(r["weight"]) if weighted else 1
    h = {"h_u": H(T.sum((1, 2))), "h_i": H(T.sum((0, 2))), "h_g": H(T.sum((0, 1))),
         "h_ui": H(T.sum(2)), "h_ug": H(T.sum(1)), "h_ig": H(T.sum(0)), "h_uig": H(T)}
    h["t_uig"] = h["h_u"] + h["h_i"] + h["h_g"] - h["h_ui"] - h["h_ug"] - h["h_ig"] + h["h_uig"]
    s = json.load(open(sys.argv[3]))["triple_helix_synergy"]
    for k, v in h.items():
        if abs(s[k + suffix] - v) > 1e-12: bad.append((k + suffix, s[k + suffix], v))
    print(suffix or "counted", h["t_uig"])
print(bad or "all equal"); sys.exit(1 if bad else 0)
PY
'

test_expect_success 'iccp (--affiliation): the event view equals numpy over members.csv' '
    have_numpy || { echo "# skipped: python3-numpy not installed"; exit 0; }
    innolink mixing "$I/members.csv" --affiliation --nodes "$I/nodes.csv" --by sector \
        --helix-g support --format json >s.json &&
    /usr/bin/python3 - "$I/members.csv" "$I/nodes.csv" s.json <<PY
import csv, json, sys
import numpy as np
sec = {r["id"]: r["sector"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))}
helix = {"university": 0, "industry": 1, "support": 2}     # research unmapped here
ev = {}
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    b = ev.setdefault(r["event"], [0, 0, 0])
    if sec[r["actor"]] in helix: b[helix[sec[r["actor"]]]] = 1
T = np.zeros((2, 2, 2))
for b in ev.values(): T[tuple(b)] += 1
def H(a):
    p = a[a > 0] / a.sum(); return float(-(p * np.log2(p)).sum())
h = {"h_u": H(T.sum((1, 2))), "h_i": H(T.sum((0, 2))), "h_g": H(T.sum((0, 1))),
     "h_ui": H(T.sum(2)), "h_ug": H(T.sum(1)), "h_ig": H(T.sum(0)), "h_uig": H(T)}
h["t_uig"] = h["h_u"] + h["h_i"] + h["h_g"] - h["h_ui"] - h["h_ug"] - h["h_ig"] + h["h_uig"]
s = json.load(open(sys.argv[3]))
t = s["triple_helix_synergy"]
bad = [(k, t[k], v) for k, v in h.items() if abs(t[k] - v) > 1e-12]
if t["events"] != len(ev): bad.append(("events", t["events"], len(ev)))
cells = {(c["u"], c["i"], c["g"]): c["events"] for c in s["helix_cells"]}
bad += [(c, cells[c], T[c]) for c in cells if cells[c] != T[c]]
if "t_uig_weighted" in t: bad.append("events carry no weighted T")
print(h["t_uig"], bad or "all equal"); sys.exit(1 if bad else 0)
PY
'

test_expect_success 'a dimension present in every unit reads "zero by construction"' '
    [ "${INNOLINK_SUITE:-plain}" = plain ] || exit 0
    innolink mixing "$I/members.csv" --affiliation --nodes "$I/nodes.csv" --by sector \
        --format json >s.json &&
    test "$(json_get s.json triple_helix_synergy.t_uig)" = 0 &&
    json_get s.json triple_helix_synergy.reading | grep "^zero by construction: I"
'

test_expect_success 'mapping: a missing helix leaves T null with the reason; --by cluster adds nothing' '
    innolink mixing e.csv --nodes n.csv --by sector --helix-g ministry --format json >s.json &&
    test "$(json_get s.json triple_helix_synergy.t_uig)" = None &&
    test "$(json_get s.json triple_helix_synergy.reading)" = \
        "not computed: no node is G (government)" &&
    innolink mixing "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster --format json >c.json &&
    ! grep -q triple_helix_synergy c.json
'

test_expect_success 'the HTML report shows T(UIG) of the sector column with its caveat' '
    [ "${INNOLINK_SUITE:-plain}" = plain ] || { echo "# skipped: t7200 runs the report under ${INNOLINK_SUITE}"; exit 0; }
    innolink mixing "$D/edges.csv" --nodes "$D/nodes.csv" --by sector --format json >s.json &&
    innolink report "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster -o r.html &&
    t=$(/usr/bin/python3 -c "import json; print(\"%.6g\" % json.load(open(\"s.json\"))[\"triple_helix_synergy\"][\"t_uig\"])") &&
    grep -q "<section id=\"helix\">" r.html &&
    grep -q "<tr><th>t_uig</th><td class=\"num\">$t</td></tr>" r.html &&
    grep -q "<th>caveat</th><td>descriptive, no significance test" r.html
'

test_expect_success 'bad input: a value mapped to two helices is a usage error naming it' '
    test_expect_code 2 innolink mixing e.csv --nodes n.csv --by sector \
        --helix-g government,industry 2>err &&
    grep -i "Sector value .industry. is mapped to both I and G" err
'

test_expect_success 'bad input: an id used as actor and event is named' '
    printf "actor,event\na,E1\nb,E1\nE1,E2\n" >m.csv &&
    printf "id,sector\na,university\nb,industry\nE1,government\n" >mn.csv &&
    test_expect_code 1 innolink mixing m.csv --affiliation --nodes mn.csv --by sector 2>err &&
    grep "m.csv: .E1. is both an actor and an event" err
'

test_done
