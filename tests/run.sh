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
    "$@" >"$log" 2>&1
    rc=$?
    p=$(grep -c '^ok ' "$log")
    f=$(grep -c '^not ok ' "$log")
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1
        echo "not ok - $title exited with status $rc"
    fi
    if [ "$f" -gt 0 ]; then
        echo "--- $title: failures"
        grep -v '^ok ' "$log" | head -n 80
    fi
    echo "$title: $p passed, $f failed"
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
    valgrind) unit build "$VG"; examples build "$VG"; fuzz build "$VG"; cli build "$VG" ;;
    all) "$0" plain asan valgrind; exit $? ;;
    unit) INNOLINK_SUITE=plain; unit build ;;
    cli) INNOLINK_SUITE=plain; cli build ;;
    examples) INNOLINK_SUITE=plain; examples build ;;
    fuzz) INNOLINK_SUITE=plain; fuzz build ;;
    *) echo "usage: tests/run.sh plain|asan|valgrind|all|unit|cli|examples|fuzz" >&2; exit 2 ;;
    esac
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
