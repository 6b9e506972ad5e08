"""The firm's branding screen: name, accent colour, logo, and a preview of a report's cover with them.

Layout only: :class:`~bodiag.ui.presenters.branding.BrandingPresenter` holds the
state and saves each change at once (the name when its field is left).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodiag.services.branding import FIRM_MAX
from bodiag.ui import defs, theme
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.branding import BrandingPresenter
from bodiag.ui.views.forms import buddy_label

PREVIEW_LOGO_HEIGHT = 56
DIALOG_SIZE = (640, 500)  # room for the wrapped texts in French at the default font


class BrandingDialog(QDialog):
    def __init__(self, presenter: BrandingPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.setWindowTitle(tr("Firm branding"))
        column = QVBoxLayout(self)
        intro = QLabel(tr("Your firm's name, accent colour and logo, on the cover and headings of every report "
                          "(PDF and Word) exported from this computer."), self)
        intro.setWordWrap(True)
        column.addWidget(intro)

        form = QFormLayout()
        self.firm = QLineEdit(self)
        self.firm.setMaxLength(FIRM_MAX)
        self.firm.setPlaceholderText(tr("e.g. Cabinet Durand Conseil"))
        self.firm.setAccessibleName(tr("Firm's name"))
        self.firm.editingFinished.connect(lambda: presenter.set_firm(self.firm.text()))
        form.addRow(buddy_label(tr("&Firm's name:"), self.firm, self), self.firm)

        self.swatch = QLabel(self)
        self.swatch.setFixedSize(28, 20)
        self.accent_value = QLabel(self)
        self.choose_accent = QPushButton(tr("&Choose…"), self)
        self.choose_accent.clicked.connect(presenter.choose_accent)
        self.clear_accent = QPushButton(tr("Use bodiag's blue"), self)
        self.clear_accent.clicked.connect(presenter.clear_accent)
        accent_row = QHBoxLayout()
        for widget in (self.swatch, self.accent_value):
            accent_row.addWidget(widget)
        accent_row.addStretch(1)
        accent_row.addWidget(self.choose_accent)
        accent_row.addWidget(self.clear_accent)
        form.addRow(buddy_label(tr("&Accent colour:"), self.choose_accent, self), accent_row)

        self.logo_value = QLabel(self)
        self.choose_logo = QPushButton(tr("C&hoose a file…"), self)
        self.choose_logo.setToolTip(tr("A PNG or JPEG image; a copy is kept, so moving the file later changes nothing"))
        self.choose_logo.clicked.connect(presenter.choose_logo)
        self.clear_logo = QPushButton(tr("Remove"), self)
        self.clear_logo.clicked.connect(presenter.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_value)
        logo_row.addStretch(1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.clear_logo)
        form.addRow(buddy_label(tr("&Logo:"), self.choose_logo, self), logo_row)
        column.addLayout(form)

        column.addWidget(QLabel(tr("Preview of a report's cover:"), self))
        self.preview = QFrame(self)
        self.preview.setObjectName("BrandingPreview")
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAccessibleName(tr("Preview of a report's cover"))
        self.preview.setStyleSheet("#BrandingPreview { background: white; }")
        cover = QVBoxLayout(self.preview)
        cover.setContentsMargins(defs.MARGIN * 2, defs.MARGIN, defs.MARGIN * 2, defs.MARGIN)
        self.preview_logo = QLabel(self.preview)
        self.preview_logo.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.preview_kicker = QLabel(self.preview)
        self.preview_title = QLabel(tr("Back-office diagnostic"), self.preview)
        self.preview_firm = QLabel(self.preview)
        self.preview_firm.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.preview_logo, self.preview_kicker, self.preview_title, self.preview_firm):
            cover.addWidget(widget)
        cover.addStretch(1)
        self.preview.setMinimumHeight(180)
        column.addWidget(self.preview, 1)

        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.hint(self.where)
        column.addWidget(self.where)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        theme.error_text(self.problem)
        column.addWidget(self.problem)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.clear_all = buttons.addButton(tr("Clear the branding…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_all.clicked.connect(presenter.clear_all)
        buttons.rejected.connect(self._close)
        column.addWidget(buttons)
        presenter.subscribe(self.refresh)
        self.refresh()
        self.resize(*DIALOG_SIZE)

    def refresh(self) -> None:
        p = self.presenter
        if not self.firm.hasFocus() or self.firm.text() != p.firm:
            self.firm.setText(p.firm)
        accent = p.preview_accent
        self.swatch.setStyleSheet(f"background: {accent}; border: 1px solid palette(mid);")
        self.accent_value.setText(p.accent_text())
        self.clear_accent.setEnabled(p.accent is not None)
        self.logo_value.setText(p.logo_text())
        self.clear_logo.setEnabled(p.logo is not None)
        logo = QPixmap(str(p.logo)) if p.logo is not None else QPixmap()
        if logo.isNull():
            self.preview_logo.clear()
            self.preview_logo.hide()
        else:
            self.preview_logo.setPixmap(logo.scaledToHeight(PREVIEW_LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation))
            self.preview_logo.show()
        self.preview_kicker.setText(tr("DIAGNOSTIC REPORT"))
        self.preview_kicker.setStyleSheet(f"color: {accent}; font-weight: bold; letter-spacing: 1px;")
        self.preview_title.setStyleSheet(f"color: {accent}; font-size: 20pt; font-weight: bold;")
        self.preview_firm.setText(tr("Prepared by %1").replace("%1", p.firm) if p.firm else "")
        self.preview_firm.setStyleSheet("color: #333333;")
        self.preview_firm.setVisible(bool(p.firm))
        self.where.setText(p.where_text())
        self.problem.setText(p.problem or "")
        self.problem.setVisible(p.problem is not None)

    def _close(self) -> None:
        if self.firm.text() != self.presenter.firm:  # typed, then closed without leaving the field
            self.presenter.set_firm(self.firm.text())
        self.reject()
