# Rectify: the two commands a fresh machine needs are `make run` and `make test`.
.PHONY: run test bench build release clean

ARGS ?=

run:
	@scripts/run.sh $(ARGS)

test:
	@scripts/test.sh $(ARGS)

bench:
	@scripts/bench.sh $(ARGS)

build:
	@scripts/pg install
	swift build

release:
	@scripts/pg install
	swift build -c release

clean:
	-@for d in .data/*/; do [ -d "$$d/data" ] && scripts/pg stop "$$d"; done; true
	rm -rf .build .data
