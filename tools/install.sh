#!/usr/bin/env bash
# Builds a release `timeline` and installs it, with its shell completions, under a prefix (no root needed for
# one in your home directory).
#
#   tools/install.sh [PREFIX]        PREFIX defaults to $PREFIX, else ~/.local
#
# Installs PREFIX/bin/timeline, and completions for bash (PREFIX/share/bash-completion/completions/timeline),
# zsh (PREFIX/share/zsh/site-functions/_timeline) and fish (PREFIX/share/fish/vendor_completions.d/timeline.fish),
# made from this clone's events/catalogue.json, and the manual page (PREFIX/share/man/man1/timeline.1). Run it again after pulling to update.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-${PREFIX:-$HOME/.local}}"
swift build -c release --product timeline
bin="$(swift build -c release --show-bin-path)/timeline"
install -d "$prefix/bin" "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d" "$prefix/share/man/man1"
install -m 0755 "$bin" "$prefix/bin/timeline"
"$prefix/bin/timeline" completion bash --events events > "$prefix/share/bash-completion/completions/timeline"
"$prefix/bin/timeline" completion zsh --events events > "$prefix/share/zsh/site-functions/_timeline"
"$prefix/bin/timeline" completion fish --events events > "$prefix/share/fish/vendor_completions.d/timeline.fish"
"$prefix/bin/timeline" man > "$prefix/share/man/man1/timeline.1"
echo "installed $prefix/bin/timeline ($("$prefix/bin/timeline" --version))"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH; add it, e.g. echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac
