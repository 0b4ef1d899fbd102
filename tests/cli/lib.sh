# Golden-file CLI tests in the style of git's test-lib and jq's tests/setup.
# Each t*.sh sources this file, calls test_expect_success TITLE BODY, and
# ends with test_done. Output is TAP. Environment:
#   INNOLINK          the binary under test (default: build/innolink)
#   INNOLINK_WRAPPER  a command to run it under (e.g. valgrind ...)
#   INNOLINK_WRAPPER_EVERY=K  run only the 1st, (K+1)-th, ... call of each
#                     test under the wrapper, the others bare (default 1:
#                     every call); tests/run.sh sets 4 for valgrind
#   UPDATE_GOLDEN=1   test_golden rewrites the expected file instead
set -u
LC_ALL=C
export LC_ALL
TOP=$(cd "$(dirname "$0")/../.." && pwd)
EXPECT="$TOP/tests/cli/expect"
DATA="$TOP/tests/data"
GRAPHS="$TOP/graphs"
INNOLINK=${INNOLINK:-$TOP/build/innolink}
INNOLINK_WRAPPER=${INNOLINK_WRAPPER:-}
INNOLINK_WRAPPER_EVERY=${INNOLINK_WRAPPER_EVERY:-1}
il_calls=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 2
test_count=0
test_failed=0

# innolink ARGS...: run the binary under test (through the wrapper, if any).
# Its standard output may not be a pipe (`innolink ... | grep`, or
# `$(innolink ...)`): the shell would report the status of the last command
# only, and a crash would pass. Write to a file and read that instead.
innolink() {
    if [ -p /dev/stdout ]; then
        echo "lib.sh: innolink $*: standard output is a pipe, which hides the exit status;" \
            "write it to a file" >&2
        return 125
    fi
    il_calls=$((il_calls + 1))     # per test: each body runs in a subshell
    if [ $(((il_calls - 1) % INNOLINK_WRAPPER_EVERY)) -eq 0 ]; then
        # shellcheck disable=SC2086
        $INNOLINK_WRAPPER "$INNOLINK" "$@"
    else
        "$INNOLINK" "$@"
    fi
}

test_expect_success() {
    test_count=$((test_count + 1))
    if (eval "$2") >"$TMP/.out" 2>&1; then
        echo "ok $test_count - $1"
    else
        test_failed=$((test_failed + 1))
        echo "not ok $test_count - $1"
        sed 's/^/#   /' "$TMP/.out"
    fi
}

# test_expect_code N CMD...: CMD must exit with status N.
test_expect_code() {
    want=$1
    shift
    "$@"
    got=$?
    if [ "$got" -ne "$want" ]; then
        echo "expected exit status $want, got $got: $*" >&2
        return 1
    fi
}

test_cmp() {
    diff -u "$1" "$2"
}

# test_golden NAME ACTUAL: compare with tests/cli/expect/NAME.
test_golden() {
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
        cp "$2" "$EXPECT/$1"
    fi
    diff -u "$EXPECT/$1" "$2"
}

test_must_be_empty() {
    if [ -s "$1" ]; then
        echo "'$1' is not empty:" >&2
        cat "$1" >&2
        return 1
    fi
}

# json_get FILE PATH: a value of a JSON report. PATH is KEY.KEY..., or
# KEY/KEY/... when a key holds a dot (compare's "change a.csv -> b.csv").
json_get() {
    /usr/bin/python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))
p = sys.argv[2]
for k in (p.split("/") if "/" in p else p.split(".")): v=v[k]
print(v)' "$1" "$2"
}

# near A B [TOL]: |A - B| <= TOL (default 1e-6).
near() {
    awk -v a="$1" -v b="$2" -v t="${3:-1e-6}" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t) }' ||
        { echo "$1 is not within ${3:-1e-6} of $2" >&2; return 1; }
}

test_done() {
    echo "1..$test_count"
    [ "$test_failed" -eq 0 ]
}
