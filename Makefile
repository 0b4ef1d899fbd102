# innolink: one non-recursive Makefile (sub-makes only to switch build flavour).
#
#   make demo        install missing packages, build, run on the bundled data
#                    (prints the summary and writes build/demo-report.html)
#   make test        install missing packages, build, run every test
#                    (plain, AddressSanitizer+UBSan, valgrind)
#   make             build build/innolink and build/libinnolink.a
#   make check       unit, example and CLI tests on the plain build
#   make install PREFIX=/usr/local
#   make check-cli UPDATE_GOLDEN=1   rewrite tests/cli/expect/* (review the diff)
#   make fuzz FUZZ_TIME=60           run every reader's libFuzzer target (clang)

CC       ?= cc
BUILD    ?= build
PREFIX   ?= /usr/local
SANFLAGS ?=
OPT      ?= -O2

PKG_CFLAGS := $(shell pkg-config --cflags igraph libcjson 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs igraph libcjson 2>/dev/null)

CFLAGS   ?= $(OPT) -g
WARN     := -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wvla -Wstrict-prototypes
CPPFLAGS += -Isrc $(PKG_CFLAGS)
LDLIBS   := $(PKG_LIBS) -lcsv -lgomp -lm
ALL_CFLAGS = $(WARN) $(CFLAGS) $(SANFLAGS)

LIB_SRC := $(wildcard src/core/*.c src/model/*.c src/io/*.c src/analysis/*.c src/report/*.c \
                     src/pipeline/*.c)
CLI_SRC := $(wildcard src/cli/*.c)
LIB_OBJ := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
CLI_OBJ := $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
EXAMPLE_SRC := $(wildcard examples/*.c)
EXAMPLE_BIN := $(EXAMPLE_SRC:examples/%.c=$(BUILD)/examples/%)
HEADERS := $(wildcard src/*.h src/*/*.h)

# MAJOR.MINOR.PATCH from the three numbers in src/core/version.h.
version_part = $(shell sed -n 's/^#define IL_VERSION_$(1) *\([0-9][0-9]*\) *$$/\1/p' src/core/version.h)
VERSION := $(call version_part,MAJOR).$(call version_part,MINOR).$(call version_part,PATCH)

DEMO_EDGES ?= graphs/daedeok-pangyo/edges.csv
DEMO_NODES ?= graphs/daedeok-pangyo/nodes.csv

.PHONY: all demo test check check-unit check-examples check-cli check-asan \
        check-valgrind check-deps deps deps-test deps-fuzz install clean fmt fuzz

all: $(BUILD)/innolink $(BUILD)/libinnolink.a

$(BUILD)/obj/%.o: src/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libinnolink.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/innolink: $(CLI_OBJ) $(BUILD)/libinnolink.a
	$(CC) $(ALL_CFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libinnolink.a $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/test_util.h $(BUILD)/libinnolink.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/unit $(ALL_CFLAGS) -o $@ $< $(BUILD)/libinnolink.a $(LDLIBS) -lcmocka

$(BUILD)/examples/%: examples/%.c $(BUILD)/libinnolink.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libinnolink.a $(LDLIBS)

# ---- Fuzzing (tests/fuzz/README.md) ---------------------------------------
# One target per reader. tests/run.sh replays every seed of tests/fuzz/corpus
# with the ordinary compiler (replay-TARGET) in all three suites; `make fuzz`
# builds the same targets with clang's libFuzzer and runs each for FUZZ_TIME
# seconds. A GEXF reader, when io/ has one, joins FUZZ_GRAPH as `gexf`
# (fuzz_graph.c takes the file extension) with seeds in tests/fuzz/corpus/gexf.
FUZZ_GRAPH   := graphml gml pajek
FUZZ_TARGETS := csv $(FUZZ_GRAPH) spec
FUZZ_TIME    ?= 60
FUZZ_SRC     := $(wildcard tests/fuzz/*.c tests/fuzz/*.h)
REPLAY_BIN   := $(FUZZ_TARGETS:%=$(BUILD)/fuzz/replay-%)
fuzz_ext = $(if $(filter pajek,$(1)),net,$(1))
fuzz_src = $(if $(filter $(1),$(FUZZ_GRAPH)),tests/fuzz/fuzz_graph.c \
           -DFUZZ_EXT='"$(call fuzz_ext,$(1))"',tests/fuzz/fuzz_$(1).c) tests/fuzz/fuzz_common.c

$(BUILD)/fuzz/replay-%: $(FUZZ_SRC) $(BUILD)/libinnolink.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/fuzz $(ALL_CFLAGS) -o $@ tests/fuzz/replay.c $(call fuzz_src,$*) \
	    $(BUILD)/libinnolink.a $(LDLIBS)

$(BUILD)/fuzz/fuzz-%: $(FUZZ_SRC) $(BUILD)/libinnolink.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/fuzz $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $(call fuzz_src,$*) \
	    $(BUILD)/libinnolink.a $(LDLIBS)

.PHONY: fuzz-binaries
fuzz-binaries: $(FUZZ_TARGETS:%=$(BUILD)/fuzz/fuzz-%)

fuzz: deps-fuzz
	@$(MAKE) --no-print-directory BUILD=build/libfuzzer CC=clang OPT=-O1 \
	    SANFLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" fuzz-binaries
	@tests/fuzz/run.sh build/libfuzzer/fuzz/fuzz "$(FUZZ_TIME)" $(FUZZ_TARGETS)

# ---- The README's two commands --------------------------------------------

deps:
	@tools/install-deps build

deps-test:
	@tools/install-deps test

deps-fuzz:
	@tools/install-deps fuzz

demo: deps
	@$(MAKE) --no-print-directory all
	$(BUILD)/innolink summary $(DEMO_EDGES) --nodes $(DEMO_NODES)
	$(BUILD)/innolink report $(DEMO_EDGES) --nodes $(DEMO_NODES) --by cluster -o $(BUILD)/demo-report.html
	@echo "report: $(BUILD)/demo-report.html"

test: deps-test
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory BUILD=build/asan OPT=-O1 \
	    SANFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" all
	@$(MAKE) --no-print-directory test-binaries
	@$(MAKE) --no-print-directory BUILD=build/asan OPT=-O1 \
	    SANFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" test-binaries
	@$(MAKE) --no-print-directory check-deps
	@INNOLINK_REQUIRE_BROWSER=1 tests/run.sh all

.PHONY: test-binaries
test-binaries: $(UNIT_BIN) $(EXAMPLE_BIN) $(REPLAY_BIN)

# ---- Individual suites (plain build) --------------------------------------

check: all test-binaries check-deps
	@tests/run.sh plain

check-unit: test-binaries
	@tests/run.sh unit

check-cli: all
	@UPDATE_GOLDEN=$(UPDATE_GOLDEN) tests/run.sh cli

check-examples: test-binaries
	@tests/run.sh examples

check-asan:
	@$(MAKE) --no-print-directory BUILD=build/asan OPT=-O1 \
	    SANFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" all test-binaries
	@tests/run.sh asan

check-valgrind: all test-binaries
	@tests/run.sh valgrind

# The module boundaries and the thin command line (tools/check-deps says how).
check-deps:
	@tools/check-deps

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib \
	    $(DESTDIR)$(PREFIX)/include/innolink $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/innolink $(DESTDIR)$(PREFIX)/bin/innolink
	install -m 644 $(BUILD)/libinnolink.a $(DESTDIR)$(PREFIX)/lib/libinnolink.a
	cd src && for h in innolink.h core/*.h model/*.h io/*.h analysis/*.h report/*.h \
	    pipeline/*.h; do case $$h in *_internal.h) continue ;; esac; \
	    install -D -m 644 $$h $(DESTDIR)$(PREFIX)/include/innolink/$$h; done
	install -m 644 docs/innolink.1 $(DESTDIR)$(PREFIX)/share/man/man1/innolink.1
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig
	printf '%s\n' 'prefix=$(PREFIX)' 'Name: innolink' \
	    'Description: network analysis of innovation linkages' 'Version: $(VERSION)' \
	    'Requires: igraph libcjson' 'Cflags: -I$${prefix}/include/innolink' \
	    'Libs: -L$${prefix}/lib -linnolink -lcsv -lgomp -lm' \
	    > $(DESTDIR)$(PREFIX)/lib/pkgconfig/innolink.pc

fmt:
	astyle --options=.astylerc --suffix=none --quiet src/*.h src/*/*.c src/*/*.h tests/unit/*.c tests/unit/*.h examples/*.c

clean:
	rm -rf build

# Loading benchmark on 1M nodes / 10M ties (not a test; see bench/README.md).
.PHONY: bench
bench:
	@bench/run.sh
