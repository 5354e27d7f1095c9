#!/usr/bin/env bash
# Installs the unpacked lz-desktop folder for this user (no root, no network): a menu entry with its icon,
# and .lzdb files opening in it. Run from the unpacked folder: ./install.sh
# First it checks that the system has the libraries the folder loads from it (packaging/README.md lists
# them) and says in Chinese which package is missing: without them the program would not start at all.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
qt="$here/_internal/PySide6/Qt"

# A library the folder takes from the system, and the Debian/Ubuntu (also Kylin, UOS) package that has it.
declare -A PACKAGE=(
  [libGL.so.1]=libgl1 [libEGL.so.1]=libegl1 [libGLX.so.0]=libglx0 [libOpenGL.so.0]=libopengl0
  [libfontconfig.so.1]=libfontconfig1 [libfreetype.so.6]=libfreetype6
  [libglib-2.0.so.0]=libglib2.0-0 [libgthread-2.0.so.0]=libglib2.0-0 [libdbus-1.so.3]=libdbus-1-3
  [libxkbcommon.so.0]=libxkbcommon0 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
  [libX11.so.6]=libx11-6 [libX11-xcb.so.1]=libx11-xcb1 [libxcb.so.1]=libxcb1
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-image.so.0]=libxcb-image0
  [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-randr.so.0]=libxcb-randr0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-shm.so.0]=libxcb-shm0 [libxcb-sync.so.1]=libxcb-sync1 [libxcb-xfixes.so.0]=libxcb-xfixes0
  [libxcb-xkb.so.1]=libxcb-xkb1 [libxcb-glx.so.0]=libxcb-glx0 [libxcb-randr.so.0]=libxcb-randr0
  [libcups.so.2]=libcups2
)

# What `ldd` cannot find for the parts the window needs (the X11 platform and its GL, Qt's own libraries) and
# for printing, looked up as the program will: the folder's own libraries first.
not_found() {
  LD_LIBRARY_PATH="$here/_internal:$qt/lib" ldd "$@" 2>/dev/null | awk '/=> not found/ {print $1}' | sort -u
}
window_parts=("$qt"/lib/libQt6{Core,Gui,Widgets,XcbQpa,DBus}.so.6 "$qt"/plugins/platforms/libqxcb.so
              "$qt"/plugins/xcbglintegrations/*.so)
printing_parts=("$qt"/lib/libQt6PrintSupport.so.6 "$qt"/plugins/printsupport/*.so)
existing() { local f; for f in "$@"; do [ -e "$f" ] && echo "$f"; done; }
mapfile -t window_files < <(existing "${window_parts[@]}")
mapfile -t printing_files < <(existing "${printing_parts[@]}")
mapfile -t for_window < <(not_found "${window_files[@]}")
mapfile -t for_printing < <(comm -13 <(printf '%s\n' "${for_window[@]}") <(not_found "${printing_files[@]}"))

packages_of() {
  local lib
  for lib in "$@"; do [ -n "$lib" ] && echo "${PACKAGE[$lib]:-$lib}"; done | sort -u | tr '\n' ' '
}
if [ -n "${for_window[*]}" ]; then
  pkgs=$(packages_of "${for_window[@]}")
  echo "无法安装：本机缺少程序运行所需的系统库 ${for_window[*]}。" >&2
  echo "请管理员安装软件包后再运行 ./install.sh：sudo apt-get install -y ${pkgs}" >&2
  exit 1
fi
if [ -n "${for_printing[*]}" ]; then
  echo "注意：本机缺少打印所需的 ${for_printing[*]}，程序可以使用，但不能直接打印（可先导出 PDF）。安装：sudo apt-get install -y $(packages_of "${for_printing[@]}")"
fi

apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps
mkdir -p "$apps" "$icons"
cp "$here/lz-desktop.png" "$icons/lz-desktop.png"
sed -e "s|^Exec=.*|Exec=\"$here/lz-desktop\" %f|" -e "s|^Icon=.*|Icon=lz-desktop|" \
  "$here/lz-desktop.desktop" > "$apps/lz-desktop.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
echo "已安装：菜单“办公”中的“党风廉政建设责任制管理”，也可直接运行 $here/lz-desktop。"
if command -v xdg-mime >/dev/null && xdg-mime install --novendor "$here/lz-desktop-mime.xml" \
    && xdg-mime default lz-desktop.desktop application/x-lz-desktop-office; then
  echo "双击 .lzdb 文件即可用本程序打开。"
else
  echo "注意：本机没有 xdg-utils（或它未能登记文件类型），双击 .lzdb 文件还不会用本程序打开。安装 xdg-utils（sudo apt-get install -y xdg-utils）后再运行一次 ./install.sh。"
fi
