#!/usr/bin/env bash
# An offline wheelhouse for IT staff: every wheel lz-desktop needs, in one folder. On a workstation with no
# network, install from it with:
#   python -m venv venv && venv/bin/pip install --no-index --find-links WHEELHOUSE lz-desktop
# (Windows: venv\Scripts\pip ...). For another platform's wheels, pass pip's own options after the folder,
# e.g.  bash scripts/wheelhouse.sh wheels-win --platform win_amd64 --python-version 3.11 --only-binary=:all:
#   bash scripts/wheelhouse.sh WHEELHOUSE [pip download options]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${1:?usage: bash scripts/wheelhouse.sh WHEELHOUSE [pip download options]}
shift
PY=${PYTHON:-python3}
mkdir -p "$out"
"$PY" -m pip wheel --no-deps -q -w "$out" .  # lz-desktop itself
"$PY" -m pip download -q -d "$out" "$@" "$(ls "$out"/lz_desktop-*.whl | head -n 1)"
echo "wheelhouse: $out ($(ls "$out" | wc -l) files)"
