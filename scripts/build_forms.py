"""Compile forms/*.ui (the one source of each layout) into lz_desktop/ui/forms/*_ui.py.

The generated modules are committed so that the app runs the same from the source tree, an
installed wheel and a frozen build, with no uic at run time. `--check` fails when any generated
file is missing or differs from what uic makes now: nobody edits generated code by hand.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "lz_desktop" / "ui" / "forms"
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.M)


def _uic() -> str:
    local = Path(sys.executable).parent / "pyside6-uic"
    found = str(local) if local.exists() else shutil.which("pyside6-uic")
    if not found:
        sys.exit("pyside6-uic not found: install PySide6-Essentials")
    return found


def compile_form(ui: Path) -> str:
    text = subprocess.run([_uic(), "--from-imports", str(ui)], check=True, capture_output=True,
                          text=True).stdout
    return _VERSION_LINE.sub("## Created by: pyside6-uic (scripts/build_forms.py)", text)


def target_for(ui: Path) -> Path:
    return OUT / f"{ui.stem}_ui.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a generated file is stale")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if not args.check:
        (OUT / "__init__.py").write_text('"""Generated from forms/*.ui by scripts/build_forms.py."""\n')
    stale = []
    for ui in sorted(FORMS.glob("*.ui")):
        fresh, target = compile_form(ui), target_for(ui)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != fresh:
                stale.append(target.relative_to(ROOT))
        else:
            target.write_text(fresh, encoding="utf-8")
    if stale:
        print("stale generated forms (run python scripts/build_forms.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
