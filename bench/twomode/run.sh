#!/bin/sh
# Two-mode measures and projection backbones on 1M memberships, innolink
# against networkx (bench/README-twomode.md). Not a test.
#
#   bench/twomode/run.sh             1,000,000 memberships, 200,000 actors, seed 1
#   M=200000 A=40000 bench/twomode/run.sh
#   NX=0 bench/twomode/run.sh        innolink only
#   NX_FULL=1 bench/twomode/run.sh   also networkx on the uncapped table
#                                    (about 35M projected ties: needs > 14 GB)
#
# Builds innolink, writes the synthetic table to bench/data/ (git-ignored)
# unless it is there, and times each command once under /usr/bin/time
# (wall clock, peak resident memory) with a 14 GB address-space limit, so
# that a run too large for the machine fails instead of starving it.
set -eu
cd "$(dirname "$0")/../.."
LC_ALL=C
export LC_ALL
M=${M:-1000000}
A=${A:-200000}
SEED=${SEED:-1}
DATA=bench/data
FILE=$DATA/members-$M-$A-s$SEED.csv
OUT=$DATA/twomode-out
IL=build/innolink
[ -x /usr/bin/time ] || { echo "bench/twomode/run.sh: needs /usr/bin/time" >&2; exit 1; }
make --no-print-directory all >/dev/null
mkdir -p "$DATA" "$OUT"
if [ ! -s "$FILE" ]; then
    echo "== generate $FILE"
    /usr/bin/python3 bench/twomode/gen_affiliation.py "$M" "$A" "$SEED" >"$FILE.tmp"
    mv "$FILE.tmp" "$FILE"
fi
echo "== data: $FILE ($(($(wc -l <"$FILE") - 1)) memberships)"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"
ulimit -v 14000000

# run NAME CMD...: time one command; its stdout goes to $OUT/NAME.out
run() {
    name=$1
    shift
    if /usr/bin/time -f "%e %M" -o "$OUT/$name.time" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"; then
        set -- $(cat "$OUT/$name.time")
        printf "%-34s %8.1f s %8.0f MB\n" "$name" "$1" "$(($2 / 1024))"
    else
        printf "%-34s failed: %s\n" "$name" "$(tail -n 1 "$OUT/$name.err")"
    fi
}

echo "== innolink"
run twomode $IL twomode "$FILE" --format json -o "$OUT/twomode.json"
run twomode-cap500 $IL twomode "$FILE" --max-event-size 500 --format json \
    -o "$OUT/twomode-cap500.json"
run twomode-cap100 $IL twomode "$FILE" --max-event-size 100 --format json \
    -o "$OUT/twomode-cap100.json"
for cap in 0 500 100; do
    c=""
    [ "$cap" -gt 0 ] && c="--max-event-size $cap"
    # the projection written as an edge table
    # shellcheck disable=SC2086
    run project-cap$cap $IL project "$FILE" $c -o "$OUT/project-cap$cap.csv"
    # projection + test, the figures and the 10 strongest ties (no big table)
    for m in disparity sdsm sdsm-holm; do
        b=$m x=""
        [ $m = sdsm-holm ] && b=sdsm x="--backbone-correction holm"
        # shellcheck disable=SC2086
        run $m-cap$cap $IL backbone "$FILE" --affiliation $c --backbone $b $x --top 10 \
            --format json -o "$OUT/$m-cap$cap.json"
    done
done
# the uncapped SDSM backbone written as an edge table with p-values
run project-sdsm-cap0 $IL project "$FILE" --backbone sdsm -o "$OUT/project-sdsm-cap0.csv"
run scale500 $IL project "$FILE" --max-event-size 500 --large-events scale \
    -o "$OUT/scale500.csv"
/usr/bin/python3 - "$OUT" <<'PY'
import json, os, sys
out = sys.argv[1]
d = json.load(open(os.path.join(out, "twomode.json")))
print("twomode: actors %d, events %d, memberships %d, projection pairs %d"
      % (d["actors"], d["events"], d["memberships"], d["projection_pairs"]))
print("  largest event %s: %d members, %.1f%% of the pairs" % (d["largest_event"],
      d["max_event_size"], 100 * d["largest_event_pair_share"]))
big = [r for r in d["events_table"] if r["size"] > 500]
print("  events above 500 members: %d, %.1f%% of the pairs; above 100: %.1f%%"
      % (len(big), 100 * sum(r["pair_share"] for r in big),
         100 * sum(r["pair_share"] for r in d["events_table"] if r["size"] > 100)))
print("  Opsahl %s %.5f [%.5f, %.5f] (work %.3g pair visits)" % (
    d["parameters"]["opsahl_method"], d["opsahl_clustering"], d["opsahl_clustering_low"],
    d["opsahl_clustering_high"], d["parameters"]["opsahl_work"]))
print("%-18s %12s %12s %12s %14s" % ("backbone", "ties", "kept", "nodes kept", "by chance"))
for cap in (0, 500, 100):
    for m in ("disparity", "sdsm", "sdsm-holm"):
        f = os.path.join(out, "%s-cap%d.json" % (m, cap))
        if os.path.exists(f):
            b = json.load(open(f))
            e = b["expected_false_positives"]
            print("%-18s %12d %12d %12d %14s" % ("%s-cap%d" % (m, cap), b["ties"], b["ties_kept"],
                  b["nodes_kept"], "-" if e is None else "%.0f" % e))
PY

[ "${NX:-1}" = 1 ] || { echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"; exit 0; }
echo "== networkx 2.8 (bench/twomode/peers.py)"
for cap in 500 100; do
    echo "-- cap $cap"
    extra=""
    [ "$cap" = 100 ] && extra=clustering     # bipartite.clustering, against twomode
    # shellcheck disable=SC2086
    /usr/bin/time -f "total %e s, peak %M KB" /usr/bin/python3 bench/twomode/peers.py "$FILE" \
        "$cap" $extra 2>&1 | sed 's/^/   /'
done
if [ "${NX_FULL:-0}" = 1 ]; then
    echo "-- no cap"
    /usr/bin/time -f "total %e s, peak %M KB" /usr/bin/python3 bench/twomode/peers.py "$FILE" 0 \
        2>&1 | sed 's/^/   /' || true
fi
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
