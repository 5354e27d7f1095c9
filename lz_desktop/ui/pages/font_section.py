"""设置 › 公文字体: which installed font each part of a document uses, each shown with a sample."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QComboBox, QLabel

from lz_desktop.domain.errors import ValidationError
from lz_desktop.services import documents
from lz_desktop.services.office import Office, StorageError
from lz_desktop.ui.dialogs.problems import say
from lz_desktop.ui.forms.settings_page_ui import Ui_SettingsPage
from lz_desktop.ui.jobs import BackgroundJob

SAMPLE = "党风廉政建设责任制 吉𠮷 2026年"
_WIDGET_PREFIX = {"title": "title", "body": "body", "heading1": "heading1", "heading2": "heading2",
                  "page_number": "pageNumber"}
_families: dict[str, str] = {}  # font file -> the family Qt registered it under


class FontSection(QObject):
    def __init__(self, ui: Ui_SettingsPage, office: Office, parent: QObject | None = None):
        super().__init__(parent)
        self.ui, self.office = ui, office
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        # Reading the installed font files takes about a second: in the background, the page shows at once.
        say(ui.fontMessage, self.tr("正在读取已安装的字体…"), error=False)
        choice = documents.font_choice(office.db)
        self.loading = BackgroundJob(lambda _progress, _cancelled: documents.options_for(choice), self)
        self.loading.succeeded.connect(self._fill)
        self.loading.failed.connect(self._failed)
        self.loading.start()

    def _failed(self, error: Exception) -> None:
        say(self.ui.fontMessage, self.tr("无法读取已安装的字体：{0}").format(error), error=True)

    def _fill(self, options: list[documents.FontOption]) -> None:
        ui, office = self.ui, self.office
        ui.fontMessage.clear()
        for option in options:
            prefix = _WIDGET_PREFIX[option.role]
            combo: QComboBox = getattr(ui, f"{prefix}FontCombo")
            sample: QLabel = getattr(ui, f"{prefix}FontSample")
            for label, path in zip(option.labels, option.paths, strict=True):
                combo.addItem(label, path)
            combo.setCurrentText(option.chosen)
            combo.setEnabled(not office.read_only)
            combo.currentTextChanged.connect(lambda label, role=option.role: self.choose(role, label))
            self.combos[option.role], self.samples[option.role] = combo, sample
            self.show_sample(option.role)

    def choose(self, role: str, label: str) -> None:
        try:
            documents.set_font(self.office.db, role, label)
        except (ValidationError, StorageError) as e:
            say(self.ui.fontMessage, str(e), error=True)
            return
        say(self.ui.fontMessage, self.tr("已保存：此后生成的草稿和印发的公文使用该字体（已印发的公文不变）。"),
            error=False)
        self.show_sample(role)

    def show_sample(self, role: str) -> None:
        path = self.combos[role].currentData()
        sample = self.samples[role]
        family = _family(path) if path else ""
        sample.setText(SAMPLE)
        if family:
            font = QFont(family, 14)
            # FandolSong's Regular and Bold files share a family name: ask for the weight of the file chosen.
            font.setWeight(QFont.Weight.Bold if "bold" in path.lower() else QFont.Weight.Normal)
            sample.setFont(font)
        sample.setToolTip(path or "")


def _family(path: str) -> str:
    if path not in _families:
        font_id = QFontDatabase.addApplicationFont(path)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _families[path] = families[0] if families else ""
    return _families[path]
