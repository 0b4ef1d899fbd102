#!/bin/sh
# Hostile and unlucky inputs (issue 17): line ends of every kind, declared
# counts larger than the file, rows of nothing but delimiters, FIFOs with
# no writer, memory in proportion to the input, out-of-memory messages.
. "$(dirname "$0")/lib.sh"

# 2025-06: CR-only line ends were counted as one line (issue 17, item 6).
test_expect_success 'line numbers with LF, CRLF and CR-only line ends' '
    printf "source,target,weight\nA,B,1\nA,C,1\nA,D,x\n" >lf.csv &&
    printf "source,target,weight\r\nA,B,1\r\nA,C,1\r\nA,D,x\r\n" >crlf.csv &&
    printf "source,target,weight\rA,B,1\rA,C,1\rA,D,x\r" >cr.csv &&
    for f in lf crlf cr; do
        test_expect_code 1 innolink summary $f.csv 2>err &&
        grep -F "innolink: error: $f.csv:4:3: weight '\''x'\''" err || exit 1
    done
'

test_expect_success 'line numbers in mixed line ends, quoted breaks and ragged CR rows' '
    printf "source,target,weight\rA,\"B\rC\",1\r\nA,C,1\nA,D,x\r" >mix.csv &&
    test_expect_code 1 innolink summary mix.csv 2>err &&
    grep -F "mix.csv:5:3: weight" err &&
    printf "source,target,weight\rA,B,1\rA,C\r" >ragged.csv &&
    test_expect_code 1 innolink summary ragged.csv 2>err &&
    grep -F "ragged.csv:3: expected 3 fields" err &&
    printf "source,target,weight\rA,B,1\rA,C,1\000\r" >nul.csv &&
    test_expect_code 1 innolink summary nul.csv 2>err &&
    grep -F "nul.csv:3: NUL byte" err
'

test_expect_success 'a CRLF split between two 1 MiB reads counts once' '
    /usr/bin/python3 -c "
B = 1 << 20
out = bytearray(b\"source,target\r\n\"); n = 1
while len(out) < B - 40:
    out += b\"n%d,m%d\r\n\" % (n, n); n += 1
out += b\"a,\" + b\"b\" * (B - 1 - len(out) - 2) + b\"\r\n\"; n += 1
assert out[B - 1:B + 1] == b\"\r\n\"
out += b\"x,y\r\nbad\r\n\"; n += 2
open(\"split.csv\", \"wb\").write(out)
print(n)" >line &&
    test_expect_code 1 innolink summary split.csv 2>err &&
    grep -F "split.csv:$(cat line): expected 2 fields as in the header, found 1" err
'

# peak.py CMD...: run CMD; print its exit status and peak resident memory
# in KiB (getrusage of the child).
cat >peak.py <<'PY'
import resource, subprocess, sys
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=open("err", "w"))
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
# Under valgrind (slow), the bulky cases run at a smaller size.
case ${INNOLINK_SUITE:-plain} in
valgrind) commas=$((1 << 20)) ;;
*) commas=$((8 << 20)) ;;
esac

plain_only() {
    case ${INNOLINK_SUITE:-plain} in
    plain) return 0 ;;
    *) echo "# memory is measured in the plain suite only"; return 1 ;;
    esac
}

# 2025-06: a 17-byte Pajek file made igraph create 6,666,666 vertices, and
# the issue's 30-byte one 20,764,918 (6.4 GB, 79 s, exit 0) (issue 17, item 2).
test_expect_success 'a Pajek file may not declare more vertices than its size allows' '
    printf "*Vertices 20764918\n1 C\"\n2 set " >amp.net &&
    test_expect_code 1 innolink summary amp.net --paths skip 2>err &&
    grep -F "amp.net: the file declares 20764918 vertices (*Vertices) in 30 bytes; innolink reads at most 65536 + (file size)/4 = 65543" err &&
    printf "*Vertices 6666666" >v.net &&
    test_expect_code 1 innolink summary v.net 2>err &&
    grep -F "v.net: the file declares 6666666 vertices" err &&
    printf "*Network x\n*vertices 99999999999999999999999\n" >huge.net &&
    test_expect_code 1 innolink summary huge.net 2>err &&
    grep -F "huge.net: the file declares 99999999999999999999999 vertices" err &&
    if plain_only; then
        /usr/bin/python3 peak.py "$INNOLINK" summary amp.net --paths skip >peak &&
        read rc kb <peak && test "$rc" = 1 && test "$kb" -lt 65536
    fi
'

test_expect_success 'declared Pajek vertices within the limit are read, isolates included' '
    if [ "${INNOLINK_SUITE:-}" = valgrind ]; then
        exit 0      # 65536 vertices: seconds under valgrind, and no new path
    fi
    printf "*Vertices 65536\n*Edges\n1 2\n" >iso.net &&
    innolink summary iso.net --paths skip --format json >out.json &&
    test "$(json_get out.json nodes)" = 65536 &&
    test "$(json_get out.json edges)" = 1
'

# 2025-06: a 50 MB row of commas took 1.6 GB before it was refused (issue
# 17, item 9): a header holds at most 16384 columns, and a data row's
# fields beyond the header's are counted, not kept.
test_expect_success 'rows of nothing but delimiters are refused in proportion' '
    /usr/bin/python3 -c "
import sys
n = int(sys.argv[1])
open(\"commas.csv\", \"w\").write(\",\" * n + \"\\n\")
open(\"commas2.csv\", \"w\").write(\"source,target\\n\" + \",\" * n + \"\\n\")" $commas &&
    test_expect_code 1 innolink summary commas.csv 2>err &&
    grep -F "commas.csv:1:16385: the header has more than 16384 columns" err &&
    test_expect_code 1 innolink summary commas2.csv 2>err &&
    grep -F "commas2.csv:2: expected 2 fields as in the header, found $((commas + 1))" err &&
    if plain_only; then
        /usr/bin/python3 peak.py "$INNOLINK" summary commas.csv >peak &&
        read rc kb <peak && test "$rc" = 1 && test "$kb" -lt 65536 &&
        /usr/bin/python3 peak.py "$INNOLINK" summary commas2.csv >peak &&
        read rc kb <peak && test "$rc" = 1 && test "$kb" -lt 65536
    fi
'

# docs/formats.md: loading takes at most 64 bytes per input byte plus 64 MiB.
test_expect_success 'memory holds to 64 bytes per input byte plus 64 MiB on hostile inputs' '
    plain_only || exit 0
    /usr/bin/python3 - <<PY &&
n = 200000
with open("ids.csv", "w") as f:              # every id new, rows as short as they get
    f.write("source,target\\n")
    for i in range(n):
        f.write("%x,%x\\n" % (2 * i, 2 * i + 1))
with open("listed.net", "w") as f:           # Pajek vertices one per line
    f.write("*Vertices %d\\n" % n)
    for i in range(n):
        f.write("%d\\n" % (i + 1))
with open("declared.net", "w") as f:         # as many declared vertices as allowed
    body = "*Edges\\n" + "".join("%d %d\\n" % (i + 1, i + 2) for i in range(n // 4))
    size = len("*Vertices 0000000\\n") + len(body)
    f.write("*Vertices %7d\\n" % (65536 + size // 4) + body)
with open("nodes.gml", "w") as f:
    f.write("graph [\\n" + "".join("node [ id %d ]\\n" % i for i in range(n)) + "]\\n")
with open("nodes.graphml", "w") as f:
    f.write("<graphml><graph edgedefault=\\"undirected\\">")
    f.write("".join("<node id=\\"%x\\"/>" % i for i in range(n)))
    f.write("</graph></graphml>")
with open("wide.csv", "w") as f:             # the widest header, one short row
    f.write(",".join("c%d" % i for i in range(16384)) + "\\n")
    f.write(",".join("v" for i in range(16384)) + "\\n")
PY
    for f in ids.csv listed.net declared.net nodes.gml nodes.graphml; do
        /usr/bin/python3 peak.py "$INNOLINK" export "$f" --to graphml -o /dev/null >peak &&
        read rc kb <peak && size=$(wc -c <"$f") &&
        echo "$f: $size bytes, peak $kb KiB, status $rc" &&
        test "$rc" = 0 &&
        test "$kb" -le $(( (64 * size) / 1024 + 65536 )) || exit 1
    done &&
    /usr/bin/python3 peak.py "$INNOLINK" summary wide.csv --source c0 --target c1 >peak &&
    read rc kb <peak && test "$rc" = 0 && test "$kb" -lt 65536
'

test_expect_success 'out of memory while loading names the file' '
    plain_only || exit 0
    /usr/bin/python3 -c "
with open(\"many.csv\", \"w\") as f:
    f.write(\"source,target\\n\")
    for i in range(300000):
        f.write(\"%x,%x\\n\" % (2 * i, 2 * i + 1))" &&
    (ulimit -v 90000 && "$INNOLINK" summary many.csv --paths skip) 2>err
    test $? = 1 &&
    grep "^innolink: error: out of memory loading .many\.csv. (.*); docs/formats.md, Limits" err
'

# 2025-06: \`mkfifo ff; innolink summary ff\` (and --nodes ff) never returned
# (issue 17, item 3). A FIFO or device is read with --input-timeout.
test_expect_success 'a FIFO with no writer times out with a clear error' '
    mkfifo ff ff.graphml &&
    printf "source,target\na,b\n" >e.csv &&
    start=$(date +%s) &&
    test_expect_code 1 timeout 60 $INNOLINK_WRAPPER "$INNOLINK" summary ff --input-timeout 0.3 2>err &&
    grep -F "no data from '\''ff'\'' for 0.3 s (a FIFO with no writer?); --input-timeout SECONDS waits longer, 0 for ever" err &&
    test_expect_code 1 timeout 60 $INNOLINK_WRAPPER "$INNOLINK" summary e.csv --nodes ff --input-timeout 0.3 2>err &&
    grep -F "no data from '\''ff'\''" err &&
    test_expect_code 1 timeout 60 $INNOLINK_WRAPPER "$INNOLINK" summary ff.graphml --input-timeout 0.3 2>err &&
    grep -F "no data from '\''ff.graphml'\''" err &&
    test $(( $(date +%s) - start )) -lt 50
'

test_expect_success 'a FIFO with a writer is read, however slowly it starts' '
    { sleep 1; cat e.csv; } >ff &
    innolink summary ff --format json --input-timeout 20 >out.json &&
    wait &&
    test "$(json_get out.json edges)" = 1
'

test_expect_success 'folders, sockets and /dev/null as input' '
    mkdir -p dir &&
    test_expect_code 1 innolink summary dir 2>err &&
    grep -F "cannot read '\''dir'\'': it is a folder" err &&
    /usr/bin/python3 -c "import socket; socket.socket(socket.AF_UNIX).bind(\"sock\")" &&
    test_expect_code 1 innolink summary sock 2>err &&
    grep -F "cannot open '\''sock'\'': No such device or address" err &&
    test_expect_code 1 innolink summary /dev/null 2>err &&
    grep -F "/dev/null:1: the file is empty" err &&
    test_expect_code 2 innolink summary e.csv --input-timeout -1 2>err &&
    grep -F "expected a number from 0 to 604800" err
'

test_done
