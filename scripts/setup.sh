#!/usr/bin/env bash
# Installs what lz-desktop needs on a Debian/Ubuntu machine, and only what is missing:
# the system libraries Qt loads, CJK fonts, then .venv with the project (editable) and its dev tools.
# Sourced by scripts/start.sh and scripts/test.sh; a second run with nothing missing takes a second.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SYSTEM_PACKAGES=(
  # Qt offscreen (tests) — ../shared/ENVIRONMENT.md
  libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0
  # Qt in a real window (xcb)
  libx11-xcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  libxkbcommon-x11-0
  # Chinese text on screen: Hei for the UI, Song, and LXGW WenKai for CJK Extension B (𠮷)
  fonts-wqy-microhei fonts-arphic-uming fonts-lxgw-wenkai
  # Python's venv on a bare Debian
  python3-venv
)

missing=()
for p in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing system packages (run as root to install): sudo apt-get install ${missing[*]}" >&2
  fi
fi

PY=${PYTHON:-python3}
stamp=.venv/.lz-setup-stamp
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PY" -m venv .venv
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing lz-desktop and its dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[dev]"
  echo "$want" > "$stamp"
fi
