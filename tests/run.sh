#!/bin/sh
# Run innolink's test suites and print one closing line "N passed, N failed".
#
#   tests/run.sh plain      unit tests, examples and CLI tests on build/
#   tests/run.sh asan       the same on build/asan (AddressSanitizer + UBSan)
#   tests/run.sh valgrind   unit tests, examples and CLI tests under valgrind
#                           (leak-checked)
#   tests/run.sh all        the three above
#   tests/run.sh unit|cli|examples|fuzz   one suite on build/ (fuzz: the
#                           fuzz corpora replayed, tests/fuzz/README.md)
#
# Every suite speaks TAP ("ok N - ...", "not ok N - ..."); this script
# counts the lines, so a crash that prints nothing still fails (a suite
# that exits non-zero counts as one failure).
set -u
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")   # "$0" again after the cd
cd "$(dirname "$0")/.." || exit 2
LC_ALL=C
export LC_ALL

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

VG="valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect --suppressions=$PWD/tests/valgrind.supp"

# run_suite TITLE COMMAND...: run, show failures, count TAP lines.
run_suite() {
    title=$1
    shift
    t0=$(date +%s)
    "$@" >"$log" 2>&1
    rc=$?
    secs=$(($(date +%s) - t0))
    p=$(grep -c '^ok ' "$log")
    # a skipped test is not a failure (cmocka 1.1 writes "not ok N # SKIP")
    f=$(grep '^not ok ' "$log" | grep -vc '^not ok [0-9]* # SKIP')
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1
        echo "not ok - $title exited with status $rc"
    fi
    if [ "$f" -gt 0 ]; then
        echo "--- $title: failures"
        grep -v '^ok ' "$log" | head -n 80
    fi
    echo "$title: $p passed, $f failed ($secs s)"
    passed=$((passed + p))
    failed=$((failed + f))
}

# Every suite line names the flavour it ran in, "(asan)" or "(valgrind)",
# so that the three runs of one suite can be told apart in the log.
tag() {   # tag SUITE: " (asan)", " (valgrind)" or nothing
    case $1 in
    asan | valgrind) echo " ($1)" ;;
    esac
}

unit() {   # unit BUILD [WRAPPER]
    wrap=${2-}
    tag=$(tag "$INNOLINK_SUITE")
    for t in "$1"/tests/test_*; do
        [ -x "$t" ] || continue
        # shellcheck disable=SC2086
        run_suite "unit $(basename "$t")$tag" env CMOCKA_MESSAGE_OUTPUT=TAP $wrap "$t"
    done
}

# The program's own exit status counts: its output goes to a file first,
# then through diff (a pipeline would report only diff's status).
examples() {   # examples BUILD [WRAPPER]
    wrap=${2-}
    tag=$(tag "$INNOLINK_SUITE")
    for e in examples/*.c; do
        [ -e "$e" ] || continue
        name=$(basename "$e" .c)
        run_suite "example $name$tag" sh -c \
            "$wrap '$1/examples/$name' >\"\$1\" || { echo 'not ok 1 - $name exited with status '\$?; exit 0; }
             diff -u 'examples/$name.out' \"\$1\" && echo 'ok 1 - $name output matches examples/$name.out' || echo 'not ok 1 - $name output differs'" \
            sh "$log.example"
    done
    rm -f "$log.example"
}

# Every seed of tests/fuzz/corpus through its reader's fuzz target, built
# with the ordinary compiler (the seeds are the bad inputs of the tests and
# the inputs that found bugs; tests/fuzz/README.md).
fuzz() {   # fuzz BUILD [WRAPPER]
    wrap=${2-}
    tag=$(tag "$INNOLINK_SUITE")
    for r in "$1"/fuzz/replay-*; do
        [ -x "$r" ] || continue
        t=${r##*/replay-}
        # shellcheck disable=SC2086
        run_suite "fuzz corpus $t$tag" $wrap "$r" "tests/fuzz/corpus/$t"
    done
}

cli() {   # cli BUILD [WRAPPER]
    wrap=${2-}
    tag=$(tag "$INNOLINK_SUITE")
    for t in tests/cli/t[0-9]*.sh; do
        run_suite "cli $(basename "$t" .sh)$tag" \
            env INNOLINK="$PWD/$1/innolink" INNOLINK_WRAPPER="$wrap" sh "$t"
    done
}

# all: the valgrind suite (the longest, one process at a time) beside the
# plain suite and then the ASan suite, so that both cores work; the plain
# and asan log is shown as it grows, the valgrind log when it ends. Every
# test makes its own temporary files, so two suites never share one. Each
# side runs in a process group of its own (setsid), so that an interrupt
# or termination stops every process of both, and `wait` (which a trapped
# signal interrupts) keeps this shell responsive. The closing line adds up
# the three suites' closing lines; a suite that ends without one counts as
# a failure.
all_suites() {
    logs=$(mktemp -d)
    spid=
    vpid=
    trap 'for g in $spid $vpid; do kill -TERM "-$g" 2>/dev/null; done; rm -rf "$logs" "$log"' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
    echo "(the valgrind suite runs beside the plain and asan suites; its log follows theirs)"
    setsid "$self" valgrind >"$logs/valgrind" 2>&1 &
    vpid=$!
    : >"$logs/sanity"
    setsid sh -c '"$1" plain; "$1" asan' sh "$self" >"$logs/sanity" 2>&1 &
    spid=$!
    tail -n +1 -f --pid="$spid" "$logs/sanity" &
    wait "$spid"
    spid=
    wait "$vpid"
    vpid=
    wait
    cat "$logs/valgrind"
    for s in sanity valgrind; do
        want=1
        [ "$s" = sanity ] && want=2      # plain, then asan
        got=0
        for last in $(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$logs/$s" | tr ' ,' '_.'); do
            set -- $(echo "$last" | tr '_.' '  ')
            passed=$((passed + $1))
            failed=$((failed + $3))
            got=$((got + 1))
        done
        if [ "$got" -lt "$want" ]; then
            echo "not ok - a suite ($s log) ended without its closing line"
            failed=$((failed + 1))
        fi
    done
}

# INNOLINK_SUITE tells a test which suite runs it (plain, asan, valgrind),
# so that a long statistical check (a calibration over many seeds) can run
# in full in the plain suite and on a smaller scale under the sanitizers.
for mode in "$@"; do
    INNOLINK_SUITE=$mode
    export INNOLINK_SUITE
    case $mode in
    plain) unit build; examples build; fuzz build; cli build ;;
    asan) ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=97 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=96 LSAN_OPTIONS=exitcode=95
          export ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
          unit build/asan; examples build/asan; fuzz build/asan; cli build/asan ;;
    valgrind) # every test file and every test's first command under valgrind, then
              # every fourth command (tests/cli/lib.sh): ASan and UBSan see them all
              INNOLINK_WRAPPER_EVERY=4
              export INNOLINK_WRAPPER_EVERY
              unit build "$VG"; examples build "$VG"; fuzz build "$VG"; cli build "$VG" ;;
    all) all_suites ;;
    unit) INNOLINK_SUITE=plain; unit build ;;
    cli) INNOLINK_SUITE=plain; cli build ;;
    examples) INNOLINK_SUITE=plain; examples build ;;
    fuzz) INNOLINK_SUITE=plain; fuzz build ;;
    *) echo "usage: tests/run.sh plain|asan|valgrind|all|unit|cli|examples|fuzz" >&2; exit 2 ;;
    esac
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
