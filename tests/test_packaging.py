"""The app works the same from the source tree and from an installed wheel."""

from __future__ import annotations

import os
import shutil
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


def test_a_double_clicked_office_file_opens_as_the_database() -> None:
    from lz_desktop.cli import opened_file

    assert opened_file(["/home/wang/office.lzdb"]) == ["--db", "/home/wang/office.lzdb"]
    assert opened_file(["demo", "--db", "x.lzdb"]) == ["demo", "--db", "x.lzdb"]


def _self_test(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = env or {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*command, "--self-test"], env=env, cwd=cwd, capture_output=True, text=True, timeout=600)


def test_the_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    result = _self_test([sys.executable, "-m", "lz_desktop"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "✓ 公文：整改通知书 PDF" in result.stdout and result.stdout.rstrip().endswith("自检通过。")


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The PyInstaller one-folder build from packaging/lz-desktop.spec, with what build_linux.sh adds beside it."""
    work = tmp_path_factory.mktemp("frozen")
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                            "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                            str(ROOT / "packaging" / "lz-desktop.spec")], capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    folder = work / "dist" / "lz-desktop"
    for name in ("lz-desktop.desktop", "lz-desktop-mime.xml", "install.sh"):
        shutil.copy(ROOT / "packaging" / "linux" / name, folder)
    shutil.copy(ROOT / "resources" / "icons" / "lz-desktop.png", folder)
    return folder


def test_the_frozen_app_runs_without_python_and_passes_its_self_test(frozen: Path, tmp_path: Path,
                                                                     fontless_env: dict[str, str]) -> None:
    """Its own --self-test, offscreen, on a workstation with no font installed: the window draws every
    character in the face the folder carries."""
    program = frozen / ("lz-desktop.exe" if sys.platform == "win32" else "lz-desktop")
    bundled = frozen / "_internal"
    assert (bundled / "lz_desktop" / "_data" / "resources" / "regulation" / "jingfa-2011-22.txt").exists()
    assert list(bundled.rglob("qtbase_zh_CN.qm"))
    result = _self_test([str(program)], tmp_path, fontless_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "打包版" in result.stdout and "构建于" in result.stdout
    assert "✓ 图形界面：界面可以打开（offscreen），中文字形齐全（LXGW WenKai）" in result.stdout
    assert "未装 rl_accel" not in result.stdout  # the C accelerators made it into the bundle


def _install(frozen: Path, home: Path, missing: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """./install.sh as a user with no xdg-utils; `missing` makes `ldd` report a library as absent when it
    reads a file whose path contains the key (the workstation's libraries cannot be removed here)."""
    tools = home / "bin"
    tools.mkdir(parents=True)
    for tool in ("bash", "awk", "sort", "comm", "tr", "mkdir", "cp", "sed", "dirname", "cat"):
        (tools / tool).symlink_to(shutil.which(tool) or tool)
    lines = [f'case "$*" in *{part}*) echo "\t{lib} => not found";; esac' for part, lib in (missing or {}).items()]
    (tools / "ldd").write_text("\n".join(["#!/bin/sh", f'{shutil.which("ldd")} "$@"', *lines, ""]))
    (tools / "ldd").chmod(0o755)
    env = {"HOME": str(home), "PATH": str(tools), "LANG": "C.UTF-8"}
    return subprocess.run(["bash", str(frozen / "install.sh")], env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(sys.platform != "linux", reason="install.sh is the Linux folder's installer")
def test_install_sh_adds_the_menu_entry_and_says_plainly_that_double_click_needs_xdg_utils(
        frozen: Path, tmp_path: Path) -> None:
    done = _install(frozen, tmp_path)
    assert done.returncode == 0, done.stderr
    entry = (tmp_path / ".local/share/applications/lz-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{frozen}/lz-desktop" %f' in entry
    assert "双击 .lzdb 文件即可" not in done.stdout and "没有 xdg-utils" in done.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="install.sh is the Linux folder's installer")
def test_install_sh_names_the_missing_system_packages_in_chinese(frozen: Path, tmp_path: Path) -> None:
    done = _install(frozen, tmp_path / "a", {"libqxcb": "libxcb-cursor.so.0", "Core": "libGL.so.1"})
    assert done.returncode == 1 and not (tmp_path / "a/.local/share/applications").exists()
    assert "缺少程序运行所需的系统库 libGL.so.1 libxcb-cursor.so.0" in done.stderr
    assert "sudo apt-get install -y libgl1 libxcb-cursor0" in done.stderr
    done = _install(frozen, tmp_path / "b", {"printsupport": "libcups.so.2"})  # printing only: installed, said
    assert done.returncode == 0 and "不能直接打印" in done.stdout and "libcups2" in done.stdout


def test_the_wheelhouse_installs_with_no_network(tmp_path: Path) -> None:
    house = tmp_path / "wheelhouse"
    made = subprocess.run(["bash", str(ROOT / "scripts" / "wheelhouse.sh"), str(house)],
                          env={**os.environ, "PYTHON": sys.executable}, capture_output=True, text=True, timeout=900)
    assert made.returncode == 0, made.stderr[-3000:]
    names = [p.name for p in house.iterdir()]
    assert any(n.startswith("lz_desktop-") for n in names) and any(n.lower().startswith("pyside6_essentials") for n in names)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = venv / "bin" / "pip"
    installed = subprocess.run([str(pip), "install", "-q", "--no-index", "--find-links", str(house), "lz-desktop"],
                               capture_output=True, text=True, timeout=900)
    assert installed.returncode == 0, installed.stderr[-3000:]
    version = subprocess.run([str(venv / "bin" / "lz-desktop"), "--version"], capture_output=True, text=True)
    assert version.stdout.strip().startswith("lz-desktop ")
