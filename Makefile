# `make install` builds a release binary and installs it with its shell completions (see tools/install.sh).
PREFIX ?= $(HOME)/.local

.PHONY: build test install format
build:
	swift build -c release --product timeline
test:
	swift test
install:
	tools/install.sh "$(PREFIX)"
format:
	tools/format.sh
