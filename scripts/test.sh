#!/usr/bin/env bash
# The whole check, as CI runs it: forms up to date, ruff, layer contracts, mypy, then pytest
# (offscreen Qt, real SQLite files, real PDFs and workbooks).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
echo "== forms";   .venv/bin/python scripts/build_forms.py --check
echo "== ruff";    .venv/bin/ruff check lz_desktop tests scripts
echo "== layers";  .venv/bin/lint-imports
echo "== mypy";    .venv/bin/mypy
echo "== pytest";  .venv/bin/python -m pytest -q "$@"
