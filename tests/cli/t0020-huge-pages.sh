#!/bin/sh
# innolink starts itself once more with glibc's malloc tunable for huge
# pages (src/cli/main.c, restart_on_huge_pages; why and how much faster:
# bench/README.md): same arguments, same results; a caller's own setting of
# the tunable is kept, other tunables too; valgrind and the sanitizer build
# skip the restart. The restarts are seen with strace.
. "$(dirname "$0")/lib.sh"

cat >g.csv <<CSV
source,target,weight
a,b,1
b,c,2
c,a,1
c,d,3
CSV

# starts FILE: the GLIBC_TUNABLES of each start traced in FILE, one a line
# ("-" for a start without it).
starts() {
    /usr/bin/python3 - "$1" <<-PY
	import re, sys
	for line in open(sys.argv[1]):
	    if "execve(" in line and "= 0" in line:
	        m = re.search(r'"GLIBC_TUNABLES=([^"]*)"', line)
	        print(m.group(1) if m else "-")
	PY
}

# traced FILE CMD...: run CMD under strace, the starts in FILE.
traced() {
    out=$1
    shift
    strace -f -qq -e trace=execve -v -s 1000 -o "$out.raw" "$@" && starts "$out.raw" >"$out"
}

mode=$(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null)
if ! command -v strace >/dev/null || ! strace -qq -o /dev/null true 2>/dev/null; then
    echo "# skipped: strace is needed (and allowed to trace)"
elif [ "${INNOLINK_SUITE:-plain}" != plain ]; then
    echo "# skipped: the $INNOLINK_SUITE suite does not restart (its allocator ignores the tunable)"
elif case $mode in *"[madvise]"*) false ;; *) true ;; esac; then
    echo "# skipped: transparent huge pages are '$mode', not madvise: nothing to ask for"
else
test_expect_success 'the command starts once more with the tunable, and only once' '
    (unset GLIBC_TUNABLES; traced s1 "$INNOLINK" summary g.csv --format json >on.json) &&
    printf "%s\n" - glibc.malloc.hugetlb=1 >want1 &&
    test_cmp want1 s1 &&
    test "$(json_get on.json edges)" = 4
'

test_expect_success 'the caller'\''s other tunables are kept' '
    GLIBC_TUNABLES=glibc.malloc.arena_max=2 traced s2 "$INNOLINK" summary g.csv >out2 &&
    printf "%s\n" glibc.malloc.arena_max=2 \
        glibc.malloc.hugetlb=1:glibc.malloc.arena_max=2 >want2 &&
    test_cmp want2 s2
'

test_expect_success 'a caller who set the tunable keeps it: one start, the same results' '
    GLIBC_TUNABLES=glibc.malloc.hugetlb=0 traced s3 "$INNOLINK" summary g.csv \
        --format json >off.json &&
    echo glibc.malloc.hugetlb=0 >want3 &&
    test_cmp want3 s3 &&
    cmp on.json off.json &&
    innolink centrality g.csv --format csv >c1.csv &&
    GLIBC_TUNABLES=glibc.malloc.hugetlb=0 innolink centrality g.csv --format csv >c0.csv &&
    cmp c0.csv c1.csv
'

test_expect_success 'help and version start once' '
    (unset GLIBC_TUNABLES; traced s4 "$INNOLINK" --version >v) &&
    echo - >want4 &&
    test_cmp want4 s4
'
fi

test_done
