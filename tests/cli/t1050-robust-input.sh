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

test_done
