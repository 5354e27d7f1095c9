"""What the spec needs beyond PyInstaller's own PySide6 hooks: Qt's Chinese translations."""

from __future__ import annotations

from pathlib import Path

QT_TRANSLATIONS = ("qtbase_zh_CN.qm", "qt_zh_CN.qm")


def qt_translation_files() -> list[tuple[str, str]]:
    """(source, folder in the bundle) for Qt's zh_CN .qm files, where QLibraryInfo looks when frozen."""
    import PySide6

    folder = Path(PySide6.__file__).parent / "Qt" / "translations"
    return [(str(folder / name), "PySide6/Qt/translations") for name in QT_TRANSLATIONS if (folder / name).exists()]
