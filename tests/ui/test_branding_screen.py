"""The firm's branding screen: name, accent colour and logo saved at once where ``bodiag branding`` keeps them."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from bodiag.services import branding
from bodiag.ui.presenters.branding import BrandingPresenter, applying_text


@pytest.fixture
def logo(tmp_path):
    path = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (200, 30, 30)).save(path)
    return path


def test_the_presenter_saves_each_change_where_the_command_line_reads_it(context, prompter, logo, tmp_path):
    presenter = BrandingPresenter(prompter)
    assert presenter.firm == "" and presenter.accent is None and presenter.logo is None
    assert presenter.preview_accent == branding.default_accent()
    assert presenter.set_firm("  Cabinet   Durand  ")
    prompter.script("choose_colour", "#7A1F3D")
    assert presenter.choose_accent()
    assert prompter.calls("choose_colour") == [(branding.default_accent(),)]  # the dialog opens on the colour in use
    prompter.script("choose_logo_file", logo)
    assert presenter.choose_logo()
    stored = branding.load()
    assert stored == branding.Branding(firm="Cabinet Durand", accent="#7a1f3d", logo="branding-logo.png")
    assert presenter.logo == stored.logo_path() and presenter.logo.read_bytes() == logo.read_bytes()
    shown = subprocess.run([sys.executable, "-m", "bodiag", "branding", "show"], capture_output=True, text=True,
                           timeout=60)
    assert "Cabinet Durand" in shown.stdout and "#7a1f3d" in shown.stdout, shown.stderr
    assert "Cabinet Durand" in applying_text() and "#7a1f3d" in applying_text()

    prompter.script("choose_colour", "#eeeeee")
    prompter.expect_error()
    assert not presenter.choose_accent()  # too light to read on white: said why, the stored colour kept
    assert "too light" in prompter.calls("show_error")[-1][1] and branding.load().accent == "#7a1f3d"
    not_an_image = tmp_path / "notes.png"
    not_an_image.write_text("not an image", encoding="utf-8")
    prompter.script("choose_logo_file", not_an_image)
    prompter.expect_error()
    assert not presenter.choose_logo() and branding.load().logo == "branding-logo.png"
    prompter.script("choose_logo_file", None)
    assert not presenter.choose_logo()  # cancelled

    assert presenter.clear_logo() and presenter.logo is None and not stored.logo_path().exists()
    assert presenter.clear_accent() and branding.load() == branding.Branding(firm="Cabinet Durand")
    prompter.script("confirm", True)
    assert presenter.clear_all() and branding.load().empty
    assert "aucune" in applying_text() or "none" in applying_text()


def test_a_damaged_settings_file_is_said_not_a_crash(context, prompter):
    branding.settings_path().parent.mkdir(parents=True, exist_ok=True)
    branding.settings_path().write_text("{not json", encoding="utf-8")
    presenter = BrandingPresenter(prompter)
    assert presenter.problem and str(branding.settings_path()) in presenter.problem
    assert presenter.firm == ""


def test_the_screen_from_the_settings_menu(window, prompter, qtbot, logo):
    from bodiag.ui.views.branding_dialog import BrandingDialog

    window.context.translations.apply("fr")
    window.retranslate()
    assert window.act_branding in window.menu_settings.actions()
    assert window.act_branding.text() == "&Identité du cabinet…"
    window.act_branding.trigger()
    ((presenter,),) = prompter.calls("edit_branding")
    dialog = BrandingDialog(presenter, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.clear_accent.isEnabled() and not dialog.clear_logo.isEnabled()
    assert dialog.preview_logo.isHidden() and dialog.preview_firm.isHidden()
    dialog.firm.setFocus()
    qtbot.keyClicks(dialog.firm, "Cabinet Durand")
    qtbot.keyClick(dialog.firm, Qt.Key.Key_Return)  # Enter (or leaving the field) saves it
    assert branding.load().firm == "Cabinet Durand"
    assert dialog.preview_firm.isVisible() and dialog.preview_firm.text() == "Préparé par Cabinet Durand"
    prompter.script("choose_colour", "#7a1f3d")
    dialog.choose_accent.click()
    assert dialog.accent_value.text() == "#7a1f3d" and dialog.clear_accent.isEnabled()
    assert "#7a1f3d" in dialog.preview_title.styleSheet()
    prompter.script("choose_logo_file", logo)
    dialog.choose_logo.click()
    assert dialog.preview_logo.isVisible() and not dialog.preview_logo.pixmap().isNull()
    assert dialog.clear_logo.isEnabled()
    dialog.grab().save(str(logo.parent / "branding.png"))
    dialog.firm.setFocus()
    qtbot.keyClicks(dialog.firm, " Conseil")
    dialog._close()  # closed while still typing: the name is kept
    assert branding.load().firm == "Cabinet Durand Conseil"


def test_the_export_dialog_says_which_branding_applies(window, prompter, qtbot, tmp_path):
    from bodiag.ui.views.report_dialog import ReportDialog

    window.context.translations.apply("fr")
    dialog = ReportDialog(tmp_path / "r.pdf", 1, "fr", window)
    qtbot.addWidget(dialog)
    assert "aucune" in dialog.branding.text()
    branding.save(firm="Cabinet Durand", accent="#1f5f8b")
    dialog = ReportDialog(tmp_path / "r.pdf", 1, "fr", window)
    qtbot.addWidget(dialog)
    assert dialog.branding.text() == "Identité du cabinet\u00a0: Cabinet Durand, #1f5f8b, sans logo (Paramètres › Identité du cabinet…)"
