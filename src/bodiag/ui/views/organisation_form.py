"""The organisation's fields — name, sector, city and profile — as the new-diagnostic wizard and the
organisation dialog both lay them out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from bodiag.domain.profile import PROFILE_FIELDS
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.organisation import TEXT_LENGTHS, OrganisationFields, profile_choices, profile_label


class OrganisationForm:
    """The fields, added to ``form``; :meth:`fields` reads them, :meth:`show` fills them."""

    def __init__(self, form: QFormLayout, lang: str, parent: QWidget):
        self.name = self._line(form, tr("&Name:"), tr("Organisation name"), "name", parent)
        self.sector = self._line(form, tr("&Sector:"), tr("Sector"), "sector", parent)
        self.city = self._line(form, tr("&City:"), tr("City"), "city", parent)
        self.city.setToolTip(tr("Where the organisation is; an anonymised report hides it"))
        self.combos: dict[str, QComboBox] = {}
        for field_id, field in PROFILE_FIELDS.items():
            combo = QComboBox(parent)
            for value, text in profile_choices(field_id, lang):
                combo.addItem(text, value)
            combo.setAccessibleName(field.label.get(lang))
            self.combos[field_id] = combo
            form.addRow(profile_label(field_id), combo)

    @staticmethod
    def _line(form: QFormLayout, label: str, accessible: str, field: str, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(TEXT_LENGTHS[field])
        form.addRow(label, edit)
        return edit

    def fields(self) -> OrganisationFields:
        return OrganisationFields(
            name=self.name.text(), sector=self.sector.text(), city=self.city.text(),
            **{field_id: combo.currentData() for field_id, combo in self.combos.items()})

    def show(self, fields: OrganisationFields) -> None:
        self.name.setText(fields.name)
        self.sector.setText(fields.sector)
        self.city.setText(fields.city)
        for edit in (self.name, self.sector, self.city):
            edit.setCursorPosition(0)  # a long sector reads from its start
        for field_id, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(fields, field_id))))

    def on_change(self, slot: Callable[[], None]) -> None:
        """Call ``slot`` whenever a field changes."""
        for edit in (self.name, self.sector, self.city):
            edit.textChanged.connect(lambda _text: slot())
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(lambda _index: slot())
