"""Shared fixtures: real SQLite files in temporary folders, Qt offscreen, isolated settings."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lz_desktop.services.office import Office, create_office

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def office(tmp_path: Path) -> Office:
    """An empty office file with its name."""
    opened = create_office(tmp_path / "office.lzdb", "测试区纪委", demo=False)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.lzdb"
    create_office(path, "中共北京市永安区纪律检查委员会", demo=True).close()
    return path


@pytest.fixture
def demo_office(demo_file: Path, tmp_path: Path) -> Office:
    """A private copy of the demo district (built once per session)."""
    from lz_desktop.services.office import open_office

    copy = tmp_path / "demo.lzdb"
    shutil.copy(demo_file, copy)
    opened = open_office(copy)
    yield opened
    opened.close()


@pytest.fixture
def fontless_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a workstation with no font installed: fontconfig reads only an empty folder. Qt
    reads its font configuration once, when it starts, so this is for a child process."""
    empty, cache = tmp_path / "no-fonts", tmp_path / "fc-cache"
    empty.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig><dir>{empty}</dir>"
                    f"<cachedir>{cache}</cachedir></fontconfig>", encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Remembered layouts go to a temporary folder, never to the developer's own settings."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
