"""The window draws Chinese on a workstation with no Chinese font (issue: a fresh machine): the faces the app
ships are registered at start and become the UI font where the system has no Chinese face of its own."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QApplication

from lz_desktop.ui.chinese import UI_SAMPLE, missing_glyphs

BARE = """
import sys
from PySide6.QtWidgets import QApplication
from lz_desktop.ui.chinese import UI_SAMPLE, missing_glyphs
app = QApplication(sys.argv)
print("".join(missing_glyphs(UI_SAMPLE, app.font())))
"""
APP = """
from lz_desktop.app import make_application
from lz_desktop.ui.chinese import UI_SAMPLE, missing_glyphs
app = make_application()
print(app.font().family())
print("".join(missing_glyphs(UI_SAMPLE, app.font())) or "-")
"""


def _run(code: str, env: dict[str, str]) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_without_fonts_a_bare_qt_window_draws_boxes_and_the_check_sees_them(fontless_env: dict[str, str]) -> None:
    lacking = _run(BARE, fontless_env)[-1]
    assert set("党风廉政建设责任制确定取消年月日𠮷") <= set(lacking)


def test_without_fonts_the_app_draws_every_character_in_the_face_it_ships(fontless_env: dict[str, str]) -> None:
    family, lacking = _run(APP, fontless_env)[-2:]
    assert family == "LXGW WenKai" and lacking == "-"


def test_where_the_system_has_a_chinese_face_the_window_uses_it_and_still_finds_rare_characters(
        app: QApplication) -> None:
    assert app.font().family() != "LXGW WenKai"  # this machine has WenQuanYi Micro Hei (scripts/setup.sh)
    assert missing_glyphs(UI_SAMPLE, app.font()) == []  # 𠮷 comes from the shipped face by Qt's fallback


def test_the_self_test_fails_on_boxes_and_passes_with_the_shipped_face(fontless_env: dict[str, str]) -> None:
    without = ("import sys, lz_desktop.ui.chinese as c; c.BUNDLED_FONTS = (); from lz_desktop import self_test;"
               " sys.exit(self_test.run())")
    done = subprocess.run([sys.executable, "-c", without], env=fontless_env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 1 and "✗ 图形界面：界面字体" in done.stdout and "显示为方框" in done.stdout
    done = subprocess.run([sys.executable, "-m", "lz_desktop", "--self-test"], env=fontless_env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "中文字形齐全（LXGW WenKai）" in done.stdout
