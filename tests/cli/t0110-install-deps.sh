#!/bin/sh
# tools/install-deps while another apt or dpkg holds the package locks: it
# waits (apt's DPkg::Lock::Timeout for install, retries for update) instead
# of failing at once. apt-get, dpkg-query, id and sleep are stand-ins on
# PATH that record what they were asked; nothing is installed.
. "$(dirname "$0")/lib.sh"

mkdir -p bin
# dpkg-query: every package is missing.
cat >bin/dpkg-query <<'SH'
#!/bin/sh
exit 1
SH
# id -u: root, so that apt-get is called directly.
cat >bin/id <<'SH'
#!/bin/sh
echo 0
SH
# sleep: count the waits instead of waiting.
cat >bin/sleep <<'SH'
#!/bin/sh
echo "sleep $*" >>"$CALLS"
SH
# apt-get: the lists lock is held for the first $LOCKED updates; install
# fails at once unless told to wait for the dpkg lock.
cat >bin/apt-get <<'SH'
#!/bin/sh
echo "apt-get $*" >>"$CALLS"
case " $* " in
*" update "*)
    n=$(grep -c " update" "$CALLS")
    if [ "$n" -le "${LOCKED:-0}" ]; then
        echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 1 (apt-get)" >&2
        exit 100
    fi ;;
*" install "*)
    case " $* " in
    *" DPkg::Lock::Timeout="[1-9]*) ;;
    *) echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1 (apt)" >&2
       exit 100 ;;
    esac ;;
esac
exit 0
SH
chmod +x bin/*

# deps: run tools/install-deps with the stand-ins.
deps() {
    CALLS=$TMP/calls PATH="$TMP/bin:$PATH" "$TOP/tools/install-deps" "$@"
}
export CALLS="$TMP/calls"

test_expect_success 'install waits for the dpkg lock instead of failing' '
    : >calls &&
    deps build 2>err &&
    grep "^apt-get -o DPkg::Lock::Timeout=600 install .* libigraph-dev" calls
'

test_expect_success 'update is retried while the lists lock is held' '
    : >calls &&
    LOCKED=3 deps build 2>err &&
    test "$(grep -c " update" calls)" = 4 &&
    test "$(grep -c "^sleep 5" calls)" = 3 &&
    grep "waiting for another apt or dpkg" err &&
    grep " install " calls
'

test_expect_success 'it gives up after INNOLINK_APT_WAIT seconds with apt'"'"'s message' '
    : >calls &&
    test_expect_code 1 env LOCKED=100 INNOLINK_APT_WAIT=10 CALLS="$TMP/calls" \
        PATH="$TMP/bin:$PATH" "$TOP/tools/install-deps" build 2>err &&
    test "$(grep -c "^sleep 5" calls)" = 2 &&
    grep "Could not get lock /var/lib/apt/lists/lock" err &&
    ! grep " install " calls
'

test_expect_success 'the fuzz list names clang and libFuzzer' '
    : >calls &&
    deps fuzz 2>err &&
    grep "^apt-get .* install .* clang libclang-rt-14-dev" calls
'

test_done
