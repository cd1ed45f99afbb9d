# incident: run production incidents from the shell, recorded in git.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DESTDIR ?=
PKG_CONFIG ?= pkg-config
BUILD ?= build
INSTALL ?= install
INSTALL_PROGRAM ?= $(INSTALL) -m 755
INSTALL_DATA ?= $(INSTALL) -m 644
STRIP ?= strip

CFLAGS ?= -O2 -g
WARNINGS = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wformat=2 -Wwrite-strings -Wvla
ifdef WERROR
WARNINGS += -Werror
endif

DEPS = libgit2 jansson
DEPS_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(DEPS) 2>/dev/null)
DEPS_LIBS = $(shell $(PKG_CONFIG) --libs $(DEPS) 2>/dev/null)
ALL_CFLAGS = $(WARNINGS) $(CFLAGS) $(DEPS_CFLAGS)
# full RELRO: the loader binds every symbol at start-up, then makes the
# tables read-only (256 relocations against libc, about 0.04 ms a start:
# bench/RESULTS.md)
HARDEN_LDFLAGS = -Wl,-z,relro -Wl,-z,now

# every cmd/inc-*.c is a tool, with its man page in man/ and its line in
# cmd/incident.h. All are linked into one program, $(BUILD)/incident, run
# as incident VERB or through a symbolic link inc-VERB to it: one copy of
# libgit2 and the rest instead of one a tool (see README).
TOOLS = $(patsubst cmd/%.c,%,$(wildcard cmd/inc-*.c))
# lib/link/: link-time shims, and lib/train/: the program that learns
# lib/hints-model.h; not library code (see each file)
LIB_SRC = $(wildcard lib/*.c)
LIB_OBJ = $(LIB_SRC:lib/%.c=$(BUILD)/lib/%.o)
ifndef SHARED
# libgit2, its libraries and jansson linked in, only libc shared: a tool
# starts in 1 ms instead of 3.4 and an event costs half the instructions,
# at 7 MB for the program. make SHARED=1 links them shared. See README.
NOTLS_OBJ = $(BUILD)/lib/link/nonet.o
LINK_LIBS = -Wl,--wrap=mbedtls_x509_crt_parse_file -Wl,-Bstatic \
	$(shell $(PKG_CONFIG) --static --libs libgit2 libssh2 jansson \
	2>/dev/null | sed 's/-pthread//g') -Wl,-Bdynamic -lpthread
else
# linked into every binary by name, as nothing refers to it: see the file
NOTLS_OBJ = $(BUILD)/lib/link/notls.o
LINK_LIBS = $(DEPS_LIBS)
endif
CMD_OBJ = $(TOOLS:%=$(BUILD)/cmd/%.o) $(BUILD)/cmd/incident.o \
	$(BUILD)/cmd/cli.o
PROGRAM = $(BUILD)/incident
BINS = $(PROGRAM) $(TOOLS:%=$(BUILD)/%)
MAN1 = man/incident.1 $(TOOLS:%=man/%.1)
MAN = $(MAN1) man/incident.7 man/incident-log.5
HEADERS = lib/incident.h lib/internal.h lib/banned.h lib/phrases.h \
	lib/hints-model.h cmd/cli.h

SANITIZE = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer

all: $(BINS) $(BUILD)/unit $(BUILD)/train-hints

deps:
	@for d in $(DEPS); do $(PKG_CONFIG) --exists $$d || { \
	  pkg=$$d-dev; [ $$d = jansson ] && pkg=libjansson-dev; \
	  echo "missing library $$d: install $$pkg (and pkg-config)" >&2; \
	  exit 1; }; done

$(BUILD)/lib/%.o: lib/%.c $(HEADERS) | deps
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/cmd/%.o: cmd/%.c $(HEADERS) cmd/incident.h | deps
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

# a tool's main is inc_VERB_main, declared in cmd/incident.h
$(BUILD)/cmd/inc-%.o: cmd/inc-%.c $(HEADERS) cmd/incident.h | deps
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -Dmain=inc_$*_main \
		-include cmd/incident.h -c -o $@ $<

# made anew: a member of a removed lib file must not linger
$(BUILD)/libincident.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(PROGRAM): $(CMD_OBJ) $(NOTLS_OBJ) $(BUILD)/libincident.a
	@for t in $(TOOLS:inc-%=%); do grep -q "X($$t," cmd/incident.h || \
	  { echo "cmd/incident.h: no line for inc-$$t" >&2; exit 1; }; done
	$(CC) $(CFLAGS) $(LDFLAGS) $(HARDEN_LDFLAGS) -o $@ $^ $(LINK_LIBS)

$(BUILD)/inc-%: $(PROGRAM)
	ln -sf incident $@

$(BUILD)/unit: tests/unit.c $(BUILD)/libincident.a $(HEADERS) | deps
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/unit.c \
		$(BUILD)/libincident.a $(DEPS_LIBS)

# A short real incident in build/demo, showing what a responder sees.
demo: $(BINS)
	sh tests/demo.sh

# Benchmarks: not part of check (see bench/ and bench/RESULTS.md). The
# sizes are of make install and make install-strip, into $(BUILD)/stage.
# SECTIONS picks some: make bench SECTIONS=6 for the sizes and start-up.
bench: $(BINS) $(BUILD)/floor $(BUILD)/train-hints
	$(MAKE) SHARED=1 BUILD=$(BUILD)/shared $(BINS:$(BUILD)/%=$(BUILD)/shared/%)
	rm -rf $(BUILD)/stage
	$(MAKE) -s install DESTDIR=$(abspath $(BUILD))/stage/install
	$(MAKE) -s install-strip DESTDIR=$(abspath $(BUILD))/stage/install-strip
	BIN=$(abspath $(BUILD)) SHARED_BIN=$(abspath $(BUILD))/shared \
		STAGE=$(abspath $(BUILD))/stage sh bench/run.sh

# The rules for customer updates on real status-page updates: precision
# and recall of each rule that refuses (tests/status-corpus/README).
lint-eval: $(BINS) $(BUILD)/train-hints
	sh bench/lint-eval.sh $(abspath $(BUILD))

# The hints' model (lib/hints.c), learnt again from the corpus: the sets
# tuned on, never those listed in tests/status-corpus/held-out (see its
# README) nor a second reader's labels. Run it
# after changing a set, and commit lib/hints-model.h; t0050 checks that
# it is what the corpus gives.
HINTS_CORPUS = $(filter-out %.second.tsv $(addprefix tests/status-corpus/, \
	$(file <tests/status-corpus/held-out)), \
	$(wildcard tests/status-corpus/*.tsv))
lint-model: $(BUILD)/train-hints
	$(BUILD)/train-hints $(HINTS_CORPUS) >lib/hints-model.h.new
	if cmp -s lib/hints-model.h.new lib/hints-model.h; then \
		rm lib/hints-model.h.new; \
	else mv lib/hints-model.h.new lib/hints-model.h; fi

$(BUILD)/train-hints: lib/train/train-hints.c $(BUILD)/libincident.a | deps
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ \
		lib/train/train-hints.c $(BUILD)/libincident.a $(DEPS_LIBS) -lm

# The durability floor bench/run.sh compares the tools with.
$(BUILD)/floor: bench/floor.c
	@mkdir -p $(@D)
	$(CC) $(WARNINGS) $(CFLAGS) $(LDFLAGS) -o $@ bench/floor.c

# libFuzzer targets, built with clang: not part of check (see
# tests/fuzz/README). Each runs FUZZ_SECONDS; any finding fails.
FUZZ_CC = clang
FUZZ_SECONDS = 60
FUZZ_SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS = -O1 -g -fno-omit-frame-pointer $(FUZZ_SANITIZE)
FUZZ_TARGETS = $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz-*.c))
FUZZ_BINS = $(FUZZ_TARGETS:%=$(BUILD)/fuzz/%)
FUZZ_LIB_OBJ = $(LIB_SRC:lib/%.c=$(BUILD)/fuzz/lib/%.o)

$(BUILD)/fuzz/lib/%.o: lib/%.c $(HEADERS) | deps
	@mkdir -p $(@D)
	$(FUZZ_CC) $(WARNINGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link \
		$(DEPS_CFLAGS) -c -o $@ $<

$(BUILD)/fuzz/libincident.a: $(FUZZ_LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(FUZZ_LIB_OBJ)

$(BUILD)/fuzz/fuzz-%: tests/fuzz/fuzz-%.c tests/fuzz/fuzz.h \
    $(BUILD)/fuzz/libincident.a $(HEADERS) | deps
	$(FUZZ_CC) $(WARNINGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(DEPS_CFLAGS) \
		-o $@ $< $(BUILD)/fuzz/libincident.a $(DEPS_LIBS)

fuzz-build: $(FUZZ_BINS)

fuzz: $(FUZZ_BINS)
	sh tests/fuzz/run.sh $(BUILD)/fuzz $(FUZZ_SECONDS)

# The whole suite: C unit tests and shell tests, all TAP, under prove.
check: all
	INC_BIN=$(abspath $(BUILD)) prove -j2 --exec '' $(BUILD)/unit \
		$(wildcard tests/t[0-9]*.sh)

# The same suite under AddressSanitizer and UndefinedBehaviorSanitizer.
check-sanitize:
	$(MAKE) BUILD=build-san CFLAGS='$(SANITIZE)' LDFLAGS='$(SANITIZE)' check

# The same suite with every tool under valgrind's memcheck: any error or
# definite leak fails it (see tests/valgrind.sh). About 47 minutes on two
# cores, so not part of CI.
check-valgrind: all
	sh tests/valgrind.sh $(BUILD)

# Static analysis of lib/ and cmd/: cppcheck (its suppressions, each with
# its reason, in tests/cppcheck.supp; <stdnoreturn.h>'s noreturn spelled
# out, as cppcheck does not read the compiler's headers) and clang-tidy
# (the checks chosen in .clang-tidy). Any finding fails.
ANALYZE_SRC = $(wildcard lib/*.c lib/link/*.c lib/train/*.c cmd/*.c)
analyze: $(LIB_OBJ)
	@command -v cppcheck >/dev/null && command -v clang-tidy >/dev/null || \
		{ echo "analyze: install cppcheck and clang-tidy" >&2; exit 1; }
	cppcheck --quiet --error-exitcode=1 --std=c11 --inline-suppr \
		--enable=warning,style,performance,portability \
		-D_DEFAULT_SOURCE '-Dnoreturn=__attribute__((noreturn))' \
		--include=/usr/include/jansson.h -I lib -I cmd \
		--suppressions-list=tests/cppcheck.supp lib cmd
	printf '%s\n' $(ANALYZE_SRC) | xargs -P2 -n4 sh -c \
		'clang-tidy --quiet "$$@" -- -std=c11 $(DEPS_CFLAGS) 2>/dev/null' -
	sh tests/lib-layers.sh $(BUILD)/lib

lint-man:
	mandoc -Tlint -Wwarning $(MAN)

# shell completion: cmd/completion/
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d

# The program, a symbolic link inc-VERB to it for each tool, and the man
# pages, with modes of their own whatever the umask. make install-strip
# installs the program stripped (by STRIP), as GNU's conventions say.
install: $(BINS)
	$(INSTALL) -d -m 755 $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7
	$(INSTALL_PROGRAM) $(PROGRAM) $(DESTDIR)$(BINDIR)/incident
	for t in $(TOOLS); do \
	  ln -sf incident $(DESTDIR)$(BINDIR)/$$t || exit 1; done
	$(INSTALL_DATA) $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	$(INSTALL_DATA) man/incident-log.5 $(DESTDIR)$(MANDIR)/man5/
	$(INSTALL_DATA) man/incident.7 $(DESTDIR)$(MANDIR)/man7/
	$(INSTALL) -d -m 755 $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
		$(DESTDIR)$(FISHCOMPDIR)
	$(INSTALL_DATA) cmd/completion/incident.bash $(DESTDIR)$(BASHCOMPDIR)/incident
	$(INSTALL_DATA) cmd/completion/_incident $(DESTDIR)$(ZSHCOMPDIR)/_incident
	$(INSTALL_DATA) cmd/completion/incident.fish $(DESTDIR)$(FISHCOMPDIR)/incident.fish
	for t in $(TOOLS); do \
		ln -sf incident $(DESTDIR)$(BASHCOMPDIR)/$$t && \
		ln -sf incident.fish $(DESTDIR)$(FISHCOMPDIR)/$$t.fish || exit 1; \
	done

install-strip:
	$(MAKE) INSTALL_PROGRAM='$(INSTALL_PROGRAM) -s --strip-program=$(STRIP)' install

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/incident $(TOOLS:%=$(DESTDIR)$(BINDIR)/%) \
		$(MAN1:man/%=$(DESTDIR)$(MANDIR)/man1/%) \
		$(DESTDIR)$(MANDIR)/man5/incident-log.5 \
		$(DESTDIR)$(MANDIR)/man7/incident.7 \
		$(DESTDIR)$(BASHCOMPDIR)/incident $(TOOLS:%=$(DESTDIR)$(BASHCOMPDIR)/%) \
		$(DESTDIR)$(ZSHCOMPDIR)/_incident \
		$(DESTDIR)$(FISHCOMPDIR)/incident.fish \
		$(TOOLS:%=$(DESTDIR)$(FISHCOMPDIR)/%.fish)

clean:
	rm -rf build build-san bench/out

.PHONY: all deps demo bench lint-eval fuzz fuzz-build check check-sanitize \
	check-valgrind analyze lint-man install install-strip uninstall clean
.SECONDARY:
