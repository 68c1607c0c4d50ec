# archive: build, test and measure.
#
#   make demo    install system libraries if missing, build, ingest examples/articles into
#                examples.db, then search it and list its people, quotes and timeline
#                (the README's first command)
#   make test    install system libraries if missing, run every test (unit + end-to-end)
#   make bench   ingest throughput and search latency on a generated 20,000-article corpus,
#                against the floor: the same bodies in a bare SQLite table with FTS5
#   make build   release build of the `archive` binary (.build/release/archive)
#   make install copy the binary to $(PREFIX)/bin (default /usr/local)
#   make lint    build with warnings as errors
#   make clean   remove build products and example databases

PREFIX ?= /usr/local
SWIFT ?= swift
BIN = $(shell $(SWIFT) build -c release --show-bin-path 2>/dev/null)/archive

.PHONY: deps build demo test bench install lint clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product archive

demo: build
	rm -f examples.db examples.db-wal examples.db-shm
	$(BIN) ingest examples/articles --db examples.db
	$(BIN) search "port strike" --db examples.db
	$(BIN) sql "SELECT a.id, a.published, s.name AS source, a.title FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.published" --db examples.db
	$(BIN) people --role mentioned --limit 8 --db examples.db
	$(BIN) quotes --kind direct --db examples.db
	$(BIN) timeline --db examples.db

test: deps
	$(SWIFT) build --product archive
	$(SWIFT) test

bench: build
	$(SWIFT) build -c release --product archive-bench
	$(shell $(SWIFT) build -c release --show-bin-path)/archive-bench --archive $(BIN) --articles 20000

install: build
	install -d $(PREFIX)/bin
	install -m 755 $(BIN) $(PREFIX)/bin/archive

lint: deps
	$(SWIFT) build -Xswiftc -warnings-as-errors

clean:
	rm -rf .build examples.db examples.db-wal examples.db-shm
