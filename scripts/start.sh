#!/usr/bin/env bash
# Starts lz-desktop, installing whatever is missing first. Arguments go to lz-desktop
# (e.g. --db office.sqlite). Without a display it tells you how to get one.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LZ_SETUP_FOR=run source scripts/setup.sh
exec .venv/bin/lz-desktop "$@"
