#!/usr/bin/env bash
# Installs the unpacked lz-desktop folder for this user (no root, no network): a menu entry with its icon,
# and .lzdb files opening in it. Run from the unpacked folder: ./install.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps
mkdir -p "$apps" "$icons"
cp "$here/lz-desktop.png" "$icons/lz-desktop.png"
sed -e "s|^Exec=.*|Exec=\"$here/lz-desktop\" %f|" -e "s|^Icon=.*|Icon=lz-desktop|" \
  "$here/lz-desktop.desktop" > "$apps/lz-desktop.desktop"
if command -v xdg-mime >/dev/null; then
  xdg-mime install --novendor "$here/lz-desktop-mime.xml" || true
  xdg-mime default lz-desktop.desktop application/x-lz-desktop-office || true
fi
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
echo "已安装：菜单“办公”中的“党风廉政建设责任制管理”；双击 .lzdb 文件即可打开。"
