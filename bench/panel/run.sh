#!/bin/sh
# A panel of 20 yearly windows over 1M ties: each window's group figures
# and the tie changes between windows, (1) with innolink panel (one parse),
# (2) through the library with the panel read once, (3) recomputing each
# window from scratch (a full parse per window, --where year=Y), and
# (4) with pandas + networkx. Run from the top of the tree:
#
#   bench/panel/run.sh [ROWS] [NODES]      (default 1000000 rows, 100000 actors)
#
# Data (synthetic, bench/gen_linkages.c, years 2005-2024) and results go to
# bench/data/ (git-ignored). Not a test: nothing here fails on a slow machine.
set -eu
cd "$(dirname "$0")/../.."
M=${1:-1000000}
N=${2:-100000}
D=bench/data
E=$D/panel-edges-$N-$M.csv
V=$D/panel-nodes-$N-$M.csv
OUT=$D/panel-times.txt
PKG_CFLAGS=$(pkg-config --cflags igraph libcjson)
PKG_LIBS=$(pkg-config --libs igraph libcjson)
WARN="-std=c11 -O2 -g -Wall -Wextra -Wpedantic -Wshadow -Wvla -Wstrict-prototypes"
mkdir -p "$D" build/bench
make --no-print-directory all >/dev/null
cc $WARN -o build/bench/gen_linkages bench/gen_linkages.c -lm
# shellcheck disable=SC2086
cc $WARN -Isrc $PKG_CFLAGS -o build/bench/panel_bench bench/panel/panel_bench.c \
    build/libinnolink.a $PKG_LIBS -lcsv -lgomp -lm
if [ ! -s "$E" ]; then
    build/bench/gen_linkages -n "$N" -m "$M" -s 42 -o "$E.tmp" && mv "$E.tmp" "$E"
fi
if [ ! -s "$V" ]; then    # 12 groups ("regions") by the number in the id
    { echo "id,group"; tail -n +2 "$E" | cut -d, -f1,2 | tr , '\n' | sort -u |
        awk -F- '{ printf "%s,R%02d\n", $0, ($NF + 0) % 12 }'; } >"$V.tmp" && mv "$V.tmp" "$V"
fi

measure() {   # measure LABEL CMD...
    label=$1
    shift
    /usr/bin/time -v "$@" >"$D/.stdout" 2>"$D/.time"
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$D/.time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$D/.time")
    echo "$label | wall $wall | peak RSS ${rss} kB | $(grep -h "s=" "$D/.stdout" || true)" | tee -a "$OUT"
}

{ date; uptime; nproc; echo "$(($(wc -l <"$E") - 1)) rows, $(($(wc -l <"$V") - 1)) actors"; } | tee -a "$OUT"
measure "innolink panel (CLI, report)" build/innolink panel "$E" --time year --nodes "$V" \
    --by group --format csv -o "$D/panel-windows.csv"
measure "library, panel read once    " build/bench/panel_bench panel "$E" "$V"
measure "library, each window parsed " build/bench/panel_bench scratch "$E" "$V"
if /usr/bin/python3 -c "import pandas, networkx" 2>/dev/null; then
    measure "pandas + networkx           " /usr/bin/python3 bench/panel/peers.py "$E" "$V"
fi
