#!/usr/bin/env bash
# The whole test suite: installs what the tests need (scripts/setup.sh), then runs every crate's
# unit, integration, property and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo test --workspace "$@"
