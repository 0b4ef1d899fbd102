#!/bin/sh
# tools/check-deps holds the module boundaries and the thin command line:
# it passes on the tree, and fails on a copy with each kind of violation.
. "$(dirname "$0")/lib.sh"

# plant FILE LINE: a copy of the tree with LINE appended to src/FILE.
plant() {
    rm -rf tree && mkdir -p tree/tools && cp -R "$TOP/src" tree/ &&
    cp "$TOP/tools/check-deps" tree/tools/ &&
    printf '%s\n' "$2" >>"tree/src/$1"
}

test_expect_success 'the tree keeps its boundaries' '
    "$TOP/tools/check-deps"
'

test_expect_success 'the command line defining an igraph_error_t function fails' '
    plant cli/cli.c "static igraph_error_t sneak(void) { return 0; }" &&
    test_expect_code 1 tree/tools/check-deps 2>err &&
    grep "defines a function returning igraph_error_t" err
'

test_expect_success 'the command line calling an analysis fails' '
    plant cli/cli.c "int x(void) { return il_summary(0, 0, 0); }" &&
    test_expect_code 1 tree/tools/check-deps 2>err &&
    grep "calls an analysis or report function" err
'

test_expect_success 'the command line writing HTML or formatting a number fails' '
    plant cli/main.c "static const char *h = \"<td>%.4g</td>\";" &&
    test_expect_code 1 tree/tools/check-deps 2>err &&
    grep "writes HTML or SVG" err && grep "formats a number" err
'

test_expect_success 'the command line including an analysis header fails' '
    plant cli/cli.h "#include \"analysis/analysis.h\"" &&
    test_expect_code 1 tree/tools/check-deps 2>err &&
    grep "includes more than" err
'

test_expect_success 'a room including one above it fails' '
    plant analysis/summary.c "#include \"pipeline/job.h\"" &&
    test_expect_code 1 tree/tools/check-deps 2>err &&
    grep "src/analysis includes the pipelines above it" err &&
    plant report/report.c "#include \"cli/cli.h\"" &&
    test_expect_code 1 tree/tools/check-deps 2>err &&
    grep "src/report includes the command line" err &&
    plant model/graph.c "#include <stdio.h>" &&
    test_expect_code 1 tree/tools/check-deps 2>err &&
    grep "src/model does I/O" err
'

test_expect_success 'the library printing, exiting or changing the folder fails' '
    plant io/output.c "static void x(void) { fprintf(stderr, \"no\"); }" &&
    test_expect_code 1 tree/tools/check-deps 2>err &&
    grep "src/io prints, exits or changes process-wide state" err &&
    plant pipeline/spec.c "static int y(void) { return chdir(\"/\"); }" &&
    test_expect_code 1 tree/tools/check-deps 2>err &&
    grep "src/pipeline prints, exits or changes process-wide state" err
'

test_expect_success 'a file over 800 lines or a function over 150 fails' '
    plant core/utf8.c "" &&
    awk "BEGIN { for (i = 0; i < 800; i++) print \"/* filler */\" }" >>tree/src/core/utf8.c &&
    test_expect_code 1 tree/tools/check-deps 2>err &&
    grep "src/core/utf8.c has .* lines (at most 800)" err &&
    plant model/strtab.c "static void long_one(void)" &&
    { echo "{"; awk "BEGIN { for (i = 0; i < 160; i++) print \"    ;\" }"; echo "}"; } \
        >>tree/src/model/strtab.c &&
    test_expect_code 1 tree/tools/check-deps 2>err &&
    grep "functions over 150 lines" err
'

test_done
