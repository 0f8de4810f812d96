#!/usr/bin/env bash
# Browser tests of the web UI: installs Debian's chromium if needed, then runs the server's
# integration tests (pages render in headless Chromium, links load, no injected script runs).
# Screenshots land in artifacts/ui/ (desktop and phone width for every page).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-chromium.sh
cargo test -p stemmata-server --test server -- --nocapture
ls artifacts/ui/*.png | wc -l | xargs echo "screenshots in artifacts/ui:"
