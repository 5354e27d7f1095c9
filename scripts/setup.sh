#!/usr/bin/env bash
# Installs what lz-desktop needs on a Debian/Ubuntu machine, and only what is missing: the system libraries
# Qt loads, Chinese fonts and Python (with apt-get, when run as root), then .venv with the project (editable)
# and its dev tools. Sourced by scripts/start.sh (LZ_SETUP_FOR=run), scripts/test.sh and
# packaging/build_linux.sh (the default, "build": PyInstaller also needs binutils and the Python shared
# library). A second run with nothing missing takes a second. Tried on a bare Debian 12 (README).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

LZ_SETUP_FOR=${LZ_SETUP_FOR:-build}
SYSTEM_PACKAGES=(
  # Qt offscreen (tests) — ../shared/ENVIRONMENT.md
  libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0
  # Qt in a real window (xcb)
  libx11-xcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  libxkbcommon-x11-0
  # Chinese text: Hei for the window, Song for documents (LXGW WenKai ships with the app itself)
  fonts-wqy-microhei fonts-arphic-uming
  # Python and its venv: a minimal Debian has neither
  python3 python3-venv
)
# PyInstaller (the frozen build, and the suite's test of it) reads binaries with objdump; the suite measures
# official documents where a renderer puts the text (poppler's pdftotext) and looks at pages with pdftoppm.
[ "$LZ_SETUP_FOR" = run ] || SYSTEM_PACKAGES+=(binutils poppler-utils)

lacking=()  # what a non-root run cannot install: said once, in one line, before anything else happens

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

ensure_packages() {
  command -v dpkg-query >/dev/null || return 0  # not Debian/Ubuntu: the packages are the user's to provide
  local missing=() p
  for p in "$@"; do installed "$p" || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  if [ "$(id -u)" != 0 ]; then
    lacking+=("${missing[@]}")
    return 0
  fi
  echo "setup：安装系统软件包 ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  [ -n "${_lz_apt_updated:-}" ] || { apt-get update -qq; _lz_apt_updated=1; }
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The newest interpreter of at least 3.11 on the PATH (Ubuntu 22.04's python3 is 3.10).
pick_python() {
  local c
  for c in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
    command -v "$c" >/dev/null && "$c" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
      && { echo "$c"; return 0; }
  done
  return 1
}

ensure_packages "${SYSTEM_PACKAGES[@]}"
if ! PY=$(pick_python); then
  # An older python3 is installed (Ubuntu 22.04): add 3.11 beside it. With none yet, python3 above brings it.
  command -v python3 >/dev/null && ensure_packages python3.11 python3.11-venv
  PY=$(pick_python) || PY=python3
fi
# A Debian/Ubuntu interpreter: its venv module, and (for PyInstaller) its shared library, are packages.
if command -v "$PY" >/dev/null && [[ "$(readlink -f "$(command -v "$PY")")" == /usr/bin/* ]]; then
  ver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  extra=("python$ver-venv")
  [ "$LZ_SETUP_FOR" = run ] || extra+=("libpython$ver")
  ensure_packages "${extra[@]}"
fi
if ((${#lacking[@]})); then
  echo "setup：缺少系统软件包：${lacking[*]}。请管理员以 root 身份安装后再运行：apt-get install -y --no-install-recommends ${lacking[*]}（或以 root 身份运行本命令，它会自行安装）" >&2
  exit 1
fi

stamp=.venv/.lz-setup-stamp
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -x .venv/bin/python ]; then
  echo "setup：建立 .venv（$PY）"
  "$PY" -m venv .venv
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup：安装 lz-desktop 及其依赖到 .venv"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[dev]"
  echo "$want" > "$stamp"
fi
