#!/usr/bin/env bash
# The Linux (Debian, Kylin, UOS) build: a one-folder frozen app with its desktop entry, icon and file type,
# packed as dist/lz-desktop-<version>-linux-<arch>.tar.gz. Needs no network once .venv exists.
#   bash packaging/build_linux.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh  # .venv with the project and its dev tools (PyInstaller among them)
version=$(.venv/bin/python -c "import lz_desktop; print(lz_desktop.__version__)")
arch=$(uname -m)
rm -rf dist/lz-desktop build/pyinstaller
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/lz-desktop.spec
cp packaging/linux/lz-desktop.desktop packaging/linux/lz-desktop-mime.xml packaging/linux/install.sh \
  resources/icons/lz-desktop.png dist/lz-desktop/
chmod +x dist/lz-desktop/install.sh
QT_QPA_PLATFORM=offscreen dist/lz-desktop/lz-desktop --self-test
tar -C dist -czf "dist/lz-desktop-${version}-linux-${arch}.tar.gz" lz-desktop
echo "built: dist/lz-desktop-${version}-linux-${arch}.tar.gz"
