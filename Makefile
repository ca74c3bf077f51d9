# gowsgi — see README.md. `make run` and `make test` are the two set-up commands.
GO      ?= go
BIN     ?= gowsgi
LISTEN  ?= 127.0.0.1:8000
PKGS    := ./...

.PHONY: build run test testdeps check-fmt vet unit golden bench soak fuzz clean

## build: static binary ./gowsgi (no cgo, no dynamic libraries)
build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags='-s -w' -o $(BIN) .

## run: build, then serve examples/hello on $(LISTEN)
##      (make run CONFIG=examples/site.conf serves the multi-app site instead)
CONFIG ?=
run: build
ifeq ($(CONFIG),)
	./$(BIN) serve examples/hello/hello.wsgi --listen $(LISTEN)
else
	./$(BIN) serve --config $(CONFIG) --listen $(LISTEN)
endif

## test: gofmt check, go vet, go test -race (unit, end-to-end and oracle tests)
test: testdeps check-fmt vet unit

## testdeps: what the end-to-end tests need beyond Go: bottle 0.12, unmodified,
##           from Debian's python3-bottle (the bottle test fails without it)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
testdeps:
	@test -f /usr/lib/python3/dist-packages/bottle.py || { \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-bottle; }

check-fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet $(PKGS)

unit:
	CGO_ENABLED=1 $(GO) test -race -timeout 14m $(PKGS)

## golden: record CPython's output for every oracle program in testdata/python
golden:
	@command -v python3 >/dev/null || { echo "python3 is needed for make golden"; exit 1; }
	@for f in testdata/python/*.py; do \
		g=$${f%.py}.golden; \
		(cd testdata/python && PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 python3 $$(basename $$f) > $$(basename $$g) 2>/dev/null; echo "exit $$?" >> $$(basename $$g)); \
	done; echo "recorded $$(ls testdata/python/*.golden | wc -l) golden files"

## bench: benchmarks side by side with peers, results in bench/RESULTS.md
bench: build
	./bench/run.sh

## soak / fuzz: long runs kept out of make test
soak: build
	GOWSGI_SOAK=1 $(GO) test -run Soak -timeout 60m .

fuzz:
	@for pkg in $$($(GO) list ./...); do \
		for t in $$($(GO) test -list 'Fuzz.*' $$pkg | grep ^Fuzz); do \
			$(GO) test -run NONE -fuzz "^$$t$$" -fuzztime 60s $$pkg || exit 1; \
		done; \
	done

clean:
	rm -f $(BIN)
