#!/bin/sh
# Run each libFuzzer target for a while (make fuzz).
#
#   tests/fuzz/run.sh PREFIX SECONDS TARGET...
#
# PREFIX-TARGET is the target's binary. Each starts from its seeds in
# tests/fuzz/corpus/TARGET and keeps what it finds new in
# build/libfuzzer/corpus/TARGET (the seeds in the repository are left
# alone). A crash, a sanitizer report, a leak, an input of at most
# FUZZ_MAX_LEN bytes (default 65536) that takes more than FUZZ_RSS_MB of
# memory (default 512) or more than 10 s is a finding: the input is kept
# as build/libfuzzer/findings/TARGET-*, and this script exits 1. Add a
# finding to tests/fuzz/corpus/TARGET once it is fixed.
#
# The memory limit follows docs/formats.md: a load takes at most 64 bytes
# per input byte plus 64 MiB, about 68 MiB for 64 KiB, and AddressSanitizer
# (its quarantine cut to 16 MiB here) adds its own.
set -u
cd "$(dirname "$0")/../.." || exit 2
prefix=$1
seconds=$2
shift 2
out=build/libfuzzer
mkdir -p "$out/findings"
ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=16:detect_leaks=1}
export ASAN_OPTIONS
failed=0
for t in "$@"; do
    mkdir -p "$out/corpus/$t"
    echo "fuzz $t: ${seconds} s"
    "$prefix-$t" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb="${FUZZ_RSS_MB:-512}" -malloc_limit_mb="${FUZZ_RSS_MB:-512}" \
        -max_len="${FUZZ_MAX_LEN:-65536}" -print_final_stats=1 \
        -artifact_prefix="$out/findings/$t-" \
        "$out/corpus/$t" "tests/fuzz/corpus/$t" >"$out/$t.log" 2>&1
    rc=$?
    grep "stat::number_of_executed_units\|stat::peak_rss_mb" "$out/$t.log" | sed "s/^/  /"
    if [ "$rc" -ne 0 ]; then
        failed=1
        echo "fuzz $t: FINDING (status $rc); see $out/$t.log and $out/findings/"
        grep -m 5 "ERROR\|SUMMARY\|fuzz:" "$out/$t.log" | sed "s/^/  /"
    fi
done
[ "$failed" -eq 0 ]
