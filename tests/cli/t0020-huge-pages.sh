#!/bin/sh
# A command with large inputs starts itself once more with glibc's malloc
# tunable for huge pages (src/cli/restart.c; why and how much faster:
# bench/README.md): same process, same name, same results; the caller's
# own setting of the tunable is kept, other tunables too, and programs
# innolink runs see the caller's GLIBC_TUNABLES. Small inputs, help,
# valgrind and the sanitizer build do without. Seen with strace.
. "$(dirname "$0")/lib.sh"

cat >g.csv <<CSV
source,target,weight
a,b,1
b,c,2
c,a,1
c,d,3
CSV
printf '{"input": {"edges": "g.csv"}, "analyses": [{"command": "summary", "output": "s.json", "format": "json"}]}\n' >spec.json
printf '{"input": {"edges": "g.csv"}, "analyses": [{"command": "render", "output": "g.png"}]}\n' >png.json

# starts FILE: each traced start (execve) in FILE, one a line: the program
# started, then its GLIBC_TUNABLES ("-" without) and INNOLINK_RESTARTED.
starts() {
    /usr/bin/python3 - "$1" <<-PY
	import re, sys
	for line in open(sys.argv[1]):
	    if "execve(" in line and "= 0" in line:
	        prog = re.search(r'execve\("([^"]*)"', line).group(1).rsplit("/", 1)[-1]
	        t = re.search(r'"GLIBC_TUNABLES=([^"]*)"', line)
	        m = re.search(r'"INNOLINK_RESTARTED=([^"]*)"', line)
	        print(prog, t.group(1) if t else "-", ("mark:" + m.group(1)) if m else "")
	PY
}

# traced FILE CMD...: run CMD under strace, its starts in FILE.
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
test_expect_success 'a spec starts once more, by its path, with the tunable; only once' '
    (unset GLIBC_TUNABLES; traced s1 "$INNOLINK" run spec.json) &&
    printf "%s\n" "innolink - " "innolink glibc.malloc.hugetlb=1 mark:" >want1 &&
    test_cmp want1 s1 &&
    test "$(json_get s.json edges)" = 4
'

test_expect_success 'large files start once more; small files, help and version do not' '
    /usr/bin/python3 -c "
import sys
with open(\"big.csv\", \"w\") as f:
    f.write(\"source,target\n\")
    for i in range(1500000):
        f.write(\"n%d,n%d\n\" % (i % 3000, (i * 7 + 1) % 3000))" &&
    test $(wc -c <big.csv) -ge 16777216 &&
    (unset GLIBC_TUNABLES; traced s2 "$INNOLINK" summary big.csv --paths skip >big.txt) &&
    test_cmp want1 s2 &&
    (unset GLIBC_TUNABLES; traced s3 "$INNOLINK" summary g.csv >small.txt) &&
    (unset GLIBC_TUNABLES; traced s4 "$INNOLINK" --version >v) &&
    (unset GLIBC_TUNABLES; traced s5 "$INNOLINK" help >h) &&
    (unset GLIBC_TUNABLES; traced s6 "$INNOLINK" centrality --help >ch) &&
    echo "innolink - " >want3 &&
    for s in s3 s4 s5 s6; do test_cmp want3 $s || exit 1; done
'

test_expect_success 'the caller'\''s other tunables are kept, and programs innolink runs see them' '
    GLIBC_TUNABLES=glibc.malloc.arena_max=2 traced s7 "$INNOLINK" run png.json 2>err &&
    head -n 2 s7 >two &&
    printf "%s\n" "innolink glibc.malloc.arena_max=2 " \
        "innolink glibc.malloc.hugetlb=1:glibc.malloc.arena_max=2 mark:=glibc.malloc.arena_max=2" >want7 &&
    test_cmp want7 two &&
    grep "^rsvg-convert " s7 >kids &&
    test -s kids &&
    ! grep -v "^rsvg-convert glibc.malloc.arena_max=2 $" kids
'

test_expect_success 'a caller who set the tunable keeps it: one start, the same results' '
    GLIBC_TUNABLES=glibc.malloc.hugetlb=0 traced s8 "$INNOLINK" run spec.json &&
    echo "innolink glibc.malloc.hugetlb=0 " >want8 &&
    test_cmp want8 s8 &&
    mv s.json off.json &&
    (unset GLIBC_TUNABLES; "$INNOLINK" run spec.json) &&
    cmp off.json s.json &&
    GLIBC_TUNABLES=glibc.malloc.hugetlb=0 "$INNOLINK" summary big.csv --paths skip >big0.txt &&
    cmp big0.txt big.txt
'

test_expect_success 'under valgrind (its preload seen) there is one start' '
    (unset GLIBC_TUNABLES; LD_PRELOAD=/nonexistent/vgpreload_core-amd64-linux.so \
        traced s9 "$INNOLINK" run spec.json 2>/dev/null) &&
    echo "innolink - " >want9 &&
    test_cmp want9 s9
'
fi

test_done
