"""forms/*.ui is the one source of each layout; the compiled modules must match it."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_are_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_forms.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_form_is_used_by_a_module() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "lz_desktop" / "ui").rglob("*.py")
                        if "forms" not in p.parts)
    for ui in (ROOT / "forms").glob("*.ui"):
        assert f"{ui.stem}_ui import" in sources, f"{ui.name} is compiled but never used"
