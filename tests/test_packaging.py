"""The app works the same from the source tree and from an installed wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from lz_desktop.paths import regulation_text

ROOT = Path(__file__).resolve().parents[1]


def test_the_regulation_ships_whole() -> None:
    text = regulation_text()
    assert text.count("第") > 31 and "第二十八条" in text and "京发〔2011〕22号" in text


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True)
    return next(out.glob("lz_desktop-*.whl"))


def test_the_wheel_carries_forms_resources_and_compiled_layouts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "lz_desktop/_data/resources/regulation/jingfa-2011-22.txt" in names
    assert "lz_desktop/_data/forms/leader_dialog.ui" in names
    assert "lz_desktop/ui/forms/leader_dialog_ui.py" in names


def test_the_installed_wheel_runs_headless_and_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = ("import lz_desktop.paths as p, lz_desktop.ui.forms.leader_dialog_ui as f; "
            "print(p.resource('regulation', 'jingfa-2011-22.txt')); print(f.__file__)")
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert all(line.startswith(str(target)) for line in out)
    result = subprocess.run([sys.executable, "-m", "lz_desktop", "demo", "--db", str(tmp_path / "d.lzdb")],
                            env=env, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0 and "21 个单位" in result.stdout


def test_without_a_display_the_gui_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "lz_desktop", "--db", str(tmp_path / "x.lzdb")], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "没有图形显示" in result.stderr
    assert not (tmp_path / "x.lzdb").exists()
