#!/bin/sh
# Loading through the CLI: error text, exit code 1, nothing left behind.
. "$(dirname "$0")/lib.sh"

# expect_data_error NAME EDGES_TEXT MESSAGE [OPTIONS...]
expect_data_error() {
    printf "$2" >"$1.csv"
    msg=$3
    f=$1
    shift 3
    test_expect_code 1 innolink summary "$f.csv" -o out.json "$@" >out 2>err &&
    test_must_be_empty out &&
    grep -F -- "$msg" err &&
    ! test -e out.json &&
    test -z "$(ls -A | grep "^\.out\.json")"
}

test_expect_success 'negative weight: file, line, column, value; no output file' '
    expect_data_error neg "source,target,weight\na,b,1\nb,c,-2\n" \
        "innolink: error: neg.csv:3:3: weight '\''-2'\'' in column '\''weight'\'' is not a positive finite number"
'

test_expect_success 'zero, NaN, infinite, empty and non-numeric weights' '
    expect_data_error zero "source,target,weight\na,b,0\n" "zero.csv:2:3: weight '\''0'\''" &&
    expect_data_error nan "source,target,weight\na,b,NaN\n" "nan.csv:2:3: weight '\''NaN'\''" &&
    expect_data_error inf "source,target,weight\na,b,inf\n" "inf.csv:2:3: weight '\''inf'\''" &&
    expect_data_error empty "source,target,weight\na,b,\n" "empty.csv:2:3: empty weight" &&
    expect_data_error text "source,target,weight\na,b,many\n" "text.csv:2:3: weight '\''many'\''"
'

test_expect_success 'edge naming a node missing from the node table' '
    printf "id,label\na,A\n" >nodes.csv &&
    expect_data_error missing "source,target\na,b\n" \
        "missing.csv:2:2: node '\''b'\'' is not in the node table nodes.csv" --nodes nodes.csv
'

test_expect_success 'unterminated quote, ragged row, invalid UTF-8' '
    expect_data_error quote "source,target\na,\"b\n" "quote.csv:2: unterminated quoted field" &&
    expect_data_error ragged "source,target\na,b,c\n" "ragged.csv:2: expected 2 fields" &&
    expect_data_error cp949 "source,target\n\261\271,b\n" "cp949.csv:2:1: invalid UTF-8"
'

test_expect_success 'duplicates=error and self-loops=error name both lines' '
    expect_data_error dup "source,target\na,b\nb,a\n" "dup.csv:3: duplicate tie b -- a (first on line 2)" \
        --duplicates error &&
    expect_data_error loop "source,target\na,a\n" "loop.csv:2: self-loop on '\''a'\''" --self-loops error
'

test_expect_success 'missing input file' '
    test_expect_code 1 innolink summary nothere.csv 2>err &&
    grep "cannot open '\''nothere.csv'\'': No such file or directory" err
'

test_expect_success 'the output may not overwrite an input' '
    printf "source,target\na,b\n" >e.csv &&
    cp e.csv keep.csv &&
    test_expect_code 2 innolink summary e.csv -o e.csv 2>err &&
    grep "refusing to overwrite" err &&
    cmp e.csv keep.csv
'

test_expect_success 'loading options are counted and recorded in the input record' '
    printf "source,target,weight,type\na,b,1,x\nb,a,2,x\nc,c,1,y\nc,d,1,y\n" >e.csv &&
    innolink summary e.csv --format json >out.json &&
    test "$(json_get out.json duplicates_merged)" = 1 &&
    test "$(json_get out.json self_loops_dropped)" = 1 &&
    test "$(json_get out.json edges)" = 2 &&
    test "$(json_get out.json total_weight)" = 4 &&
    innolink summary e.csv --duplicates max --self-loops keep --where "type=y" --format json >out.json &&
    test "$(json_get out.json edges)" = 2 &&
    test "$(json_get out.json input.duplicates)" = max &&
    test "$(json_get out.json input.self_loops)" = keep &&
    test "$(json_get out.json input.rows_filtered)" = 2 &&
    json_get out.json input.where | grep -F "type=y"
'

test_expect_success 'semicolon file with BOM and CRLF, Hangul ids' '
    printf "\357\273\277source;target;weight\r\n\355\225\234\352\265\255\354\240\204\354\236\220\355\206\265\354\213\240\354\227\260\352\265\254\354\233\220;KAIST;2\r\n" >k.csv &&
    innolink summary k.csv --format json >out.json &&
    test "$(json_get out.json nodes)" = 2 &&
    test "$(json_get out.json total_weight)" = 2
'

test_expect_success 'ego network of radius 1 and 2' '
    printf "source,target\na,b\nb,c\nc,d\nd,e\n" >p.csv &&
    innolink summary p.csv --ego b --format json >out.json &&
    test "$(json_get out.json nodes)" = 3 &&
    innolink summary p.csv --ego b --radius 2 --format json >out.json &&
    test "$(json_get out.json nodes)" = 4 &&
    test "$(json_get out.json input.ego)" = b &&
    test_expect_code 1 innolink summary p.csv --ego zz 2>err &&
    grep "no node with id '\''zz'\''" err
'

test_expect_success 'standard input as EDGES' '
    printf "source,target\na,b\n" | innolink summary - --format json >out.json &&
    test "$(json_get out.json edges)" = 1
'

test_done
