#!/bin/sh
# The shape of the CLI: help, version, unknown commands, every command's
# -h, and the man page carrying every synopsis (git t0450 style).
. "$(dirname "$0")/lib.sh"

test_expect_success 'help lists every command and exits 0' '
    innolink help >out 2>err &&
    test_must_be_empty err &&
    grep "^  summary " out
'

test_expect_success 'no arguments: usage on stderr, exit 2' '
    test_expect_code 2 innolink >out 2>err &&
    test_must_be_empty out &&
    grep "^usage: innolink COMMAND" err
'

test_expect_success 'version names innolink and igraph' '
    innolink --version >out &&
    grep "^innolink [0-9.]* (igraph 0\.10\.[0-9]*)$" out
'

test_expect_success 'unknown command is a usage error' '
    test_expect_code 2 innolink frobnicate x.csv 2>err &&
    grep "frobnicate. is not an innolink command" err
'

test_expect_success 'every command answers -h with exit 0 and its synopsis is in the man page' '
    sed "s/\\\\-/-/g" "$TOP/docs/innolink.1" >man.txt &&
    innolink help >help.txt &&
    for c in $(sed -n "s/^  \([a-z][a-z-]*\) .*/\1/p" help.txt | grep -v "^help$\|^version$"); do
        innolink $c -h >out 2>err || { echo "$c -h failed"; exit 1; }
        test_must_be_empty err || exit 1
        syn=$(sed -n "s/^usage: //p" out | head -n 1)
        grep -F -- "$syn" man.txt >/dev/null ||
            { echo "synopsis of $c not in docs/innolink.1: $syn"; exit 1; }
    done
'

test_expect_success 'unknown option: exit 2 with usage on stderr' '
    test_expect_code 2 innolink summary --bogus "$GRAPHS/karate/edges.csv" >out 2>err &&
    test_must_be_empty out &&
    grep "^usage: innolink summary" err
'

test_expect_success 'missing EDGES operand is a usage error' '
    test_expect_code 2 innolink summary 2>err &&
    grep "missing EDGES file" err
'

test_expect_success 'bad option values are usage errors' '
    test_expect_code 2 innolink summary --format xml "$GRAPHS/karate/edges.csv" 2>err &&
    grep "expected text, json or csv" err &&
    test_expect_code 2 innolink summary --duplicates often "$GRAPHS/karate/edges.csv" 2>err &&
    test_expect_code 2 innolink summary --self-loops maybe "$GRAPHS/karate/edges.csv" 2>err &&
    test_expect_code 2 innolink summary --where year "$GRAPHS/karate/edges.csv" 2>err &&
    grep "expected COLUMN OP VALUE" err &&
    test_expect_code 2 innolink summary --radius 2 "$GRAPHS/karate/edges.csv" 2>err &&
    grep "radius needs --ego" err &&
    test_expect_code 2 innolink summary --delimiter "|" "$GRAPHS/karate/edges.csv" 2>err
'

test_done
