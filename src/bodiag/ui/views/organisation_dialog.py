"""The organisation dialog: the document's name, sector, city and profile, and what a change of profile would do.

Layout only: :class:`~bodiag.ui.presenters.organisation.OrganisationPresenter` checks and saves; a refusal (a blank
name) is said in the dialog, which stays open with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from bodiag.ui import theme
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.organisation import OrganisationPresenter
from bodiag.ui.views.forms import plain_label
from bodiag.ui.views.organisation_form import OrganisationForm

DIALOG_WIDTH = 600  # the French labels and the effects' lines on one line each at the default font


class OrganisationDialog(QDialog):
    def __init__(self, presenter: OrganisationPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.setWindowTitle(tr("Organisation"))
        column = QVBoxLayout(self)
        intro = QLabel(tr("The organisation this document is about. Its profile adapts the questions asked and "
                          "the weights: every assessment is scored again with it."), self)
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        self.form = OrganisationForm(form, presenter.lang, self)
        self.form.show(presenter.fields)
        column.addLayout(form)

        self.effects_title = QLabel(tr("With this profile:"), self)
        self.effects = plain_label("", self)  # assessment titles are typed by users
        theme.hint(self.effects)
        column.addWidget(self.effects_title)
        column.addWidget(self.effects)
        self.problem = plain_label("", self)
        theme.error_text(self.problem)
        column.addWidget(self.problem)
        column.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        if presenter.read_only:
            for widget in (self.form.name, self.form.sector, self.form.city, *self.form.combos.values()):
                widget.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self._say(presenter.read_only_text())
        else:
            self._say(None)
        self.form.on_change(self._changed)
        self._changed()
        self.resize(DIALOG_WIDTH, self.sizeHint().height())

    def _changed(self) -> None:
        text = self.presenter.effects_text(self.form.fields())
        self.effects.setText(text)
        self.effects_title.setVisible(bool(text))
        self.effects.setVisible(bool(text))
        if not self.presenter.read_only:
            self._say(None)

    def _say(self, problem: str | None) -> None:
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)

    def save(self) -> None:
        if self.presenter.save(self.form.fields()):
            self.accept()
            return
        self._say(self.presenter.problem)
        if not self.form.name.text().strip():
            self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)
