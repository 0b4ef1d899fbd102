#!/bin/sh
# make install: binary, static library, public headers, pkg-config file and
# man page; a program built against the installed files links and runs.
. "$(dirname "$0")/lib.sh"

test_expect_success 'make install puts every piece under PREFIX' '
    make -s -C "$TOP" install PREFIX="$TMP/prefix" >out 2>&1 &&
    test -x prefix/bin/innolink &&
    test -f prefix/lib/libinnolink.a &&
    test -f prefix/include/innolink/innolink.h &&
    test -f prefix/include/innolink/analysis/analysis.h &&
    test -f prefix/share/man/man1/innolink.1 &&
    grep "^Libs: -L\${prefix}/lib -linnolink" prefix/lib/pkgconfig/innolink.pc
'

test_expect_success 'a program links against the installed library' '
    cat >use.c <<C &&
#include <innolink.h>
#include <stdio.h>
int main(void) { il_setup(); printf("igraph %s\n", il_igraph_version()); return 0; }
C
    PKG_CONFIG_PATH="$TMP/prefix/lib/pkgconfig" cc use.c -o use \
        $(PKG_CONFIG_PATH="$TMP/prefix/lib/pkgconfig" pkg-config --cflags --libs innolink) &&
    ./use | grep "^igraph 0\.10\."
'

test_done
