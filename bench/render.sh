#!/bin/sh
# How long a picture of a large network takes (issue 15: "a 100k-node
# network still renders a picture in seconds"). Not a test. Generates a
# synthetic network with bench/gen_linkages.c (seeded; the ties are
# invented) and a node table that puts every actor in one of 17 groups,
# then times `innolink render` as SVG and as PNG. Above 5000 nodes the
# picture draws one node per --color group (the structure, not every
# label). Usage: [N=100000] [M=300000] [SEED=42] bench/render.sh
set -eu
cd "$(dirname "$0")/.."
N=${N:-100000}
M=${M:-300000}
SEED=${SEED:-42}
BIN=build/bench
OUT=bench/data
mkdir -p "$BIN" "$OUT"
make --no-print-directory all >/dev/null
cc -O2 -o "$BIN/gen_linkages" bench/gen_linkages.c -lm
E="$OUT/render-$N-$M-$SEED.csv"
V="$OUT/render-$N-$M-$SEED-nodes.csv"
[ -e "$E" ] || "$BIN/gen_linkages" -n "$N" -m "$M" -s "$SEED" -o "$E"
[ -e "$V" ] || awk -F, 'NR > 1 { print $1; print $2 }' "$E" | sort -u |
    awk 'BEGIN { print "id,group" } { print $1 ",G" (NR % 17) }' >"$V"
for f in svg png; do
    /usr/bin/time -f "render $f: %e s, %M KB peak" build/innolink render "$E" --nodes "$V" \
        --color group -o "$OUT/render.$f"
done
