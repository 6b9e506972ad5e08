"""The French interface translation is complete, consistent and compiled from the current code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

TS = ROOT / "resources" / "i18n" / "bodiag_fr.ts"
QM = ROOT / "resources" / "i18n" / "bodiag_fr.qm"
BIN = Path(sys.executable).parent


def messages(path: Path) -> dict[str, tuple[str, str | None]]:
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        out[message.findtext("source")] = (translation.text or "", translation.get("type"))
    return out


def test_every_message_is_translated():
    untranslated = [s for s, (t, kind) in messages(TS).items() if not t.strip() or kind in ("unfinished", "vanished")]
    assert untranslated == []


@pytest.mark.parametrize("source, translation", [(s, t) for s, (t, _) in messages(TS).items()])
def test_placeholders_and_accelerators_match(source, translation):
    assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation))
    assert source.replace("&&", "").count("&") == translation.replace("&&", "").count("&")
    assert source.endswith("…") == translation.endswith("…")


def _tool(name: str) -> str:
    tool = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if tool is None:
        pytest.fail(f"{name} not found: PySide6-Essentials ships it")
    return tool


def test_the_ts_file_holds_exactly_the_strings_of_the_code(tmp_path):
    copy = tmp_path / "bodiag_fr.ts"
    shutil.copyfile(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "bodiag" / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
                   check=True, capture_output=True)
    assert messages(copy) == messages(TS), "run `make translations` and translate the new strings"


def test_the_compiled_qm_is_current():
    """Every message of the .ts translates, through the shipped .qm, to its translation.

    Compared message by message through Qt's own loader rather than byte for byte
    with a fresh lrelease output, whose layout belongs to each Qt release.
    """
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} does not load"
    stale = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, wanted = message.findtext("source"), message.findtext("translation")
            if translator.translate(name, source) != wanted:
                stale.append(source)
    assert stale == [], "run `make translations`"


def test_a_stale_qm_is_caught(tmp_path):
    """The check above fails on a .qm compiled from another .ts."""
    from PySide6.QtCore import QTranslator

    changed = tmp_path / "changed.ts"
    tree = ET.parse(TS)
    translation = tree.getroot().find("context/message/translation")
    first, translation.text = translation.text, "Autre texte"
    tree.write(changed, encoding="utf-8", xml_declaration=True)
    out = tmp_path / "changed.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(changed), "-qm", str(out)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(out))
    source = ET.parse(TS).getroot().find("context/message/source").text
    assert translator.translate("", source) == "Autre texte" != first
