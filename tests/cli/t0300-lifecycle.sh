#!/bin/sh
# Nothing lost, nothing left behind (issue 17): messages that keep the
# file name and the reason, temporary names beside any valid output name,
# symbolic links, a closed standard output, and signals.
. "$(dirname "$0")/lib.sh"

printf "source,target\na,b\nb,c\n" >e.csv
long=$(printf "d%.0s" $(seq 200))

# 2025-06: messages were cut at about 1 KB (igraph's own at 500 bytes),
# losing the file name and the reason (issue 17, item 8).
test_expect_success 'a 5000-byte path keeps its file name and the reason' '
    p=$(printf "d%.0s" $(seq 5000)) &&
    test_expect_code 1 innolink summary "$p/edges.csv" 2>err &&
    grep "^innolink: error: cannot open .*\.\.\..*/edges\.csv.: File name too long$" err &&
    test "$(wc -c <err)" -lt 600 &&
    test_expect_code 1 innolink run "$p/spec.json" 2>err &&
    grep "/spec\.json.: File name too long$" err
'

test_expect_success 'long paths in reader messages keep the file name and the reason' '
    mkdir -p "$long/$long/$long" &&
    printf "graph [ node [ id 1 ] node [ id 2 ] edge [ source 1 target 2 weight -1 ] ]" \
        >"$long/$long/$long/w.gml" &&
    test_expect_code 1 innolink summary "$long/$long/$long/w.gml" 2>err &&
    grep "/w\.gml: edge 1 has weight .-1.: expected a positive finite number\.$" err &&
    printf "id\na\n" >"$long/$long/$long/n.csv" &&
    test_expect_code 1 innolink summary e.csv --nodes "$long/$long/$long/n.csv" 2>err &&
    grep "^innolink: error: e\.csv:2:2: node .b. is not in the node table d*\.\.\.d*/d*/n\.csv$" err
'

test_done
