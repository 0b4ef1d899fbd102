#!/bin/sh
# The documented calibration run of the null-model tests
# (docs/metrics-inference.md, "Calibration"): the unit test
# tests/unit/test_calibration.c at its large scale, 200 seeds of graphs
# with no planted structure (120 nodes, 300 ties, 199 samples per test)
# and the planted checks with 999 samples. Not part of make test; it
# takes several minutes on two cores. Run from the top of the tree:
#
#   bench/calibrate.sh            # prints the counts, appends them to bench/data/calibration.txt
set -eu
cd "$(dirname "$0")/.."
make --no-print-directory build/tests/test_calibration >/dev/null
mkdir -p bench/data
{ date; uptime; } | tee -a bench/data/calibration.txt
/usr/bin/time -f "wall %e s, user %U s" env INNOLINK_CALIBRATION=large \
    CMOCKA_MESSAGE_OUTPUT=TAP build/tests/test_calibration 2>&1 | tee -a bench/data/calibration.txt
