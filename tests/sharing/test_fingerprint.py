"""The content fingerprint: what changes it, what does not, and the check of a report against its document."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pypdf
import pytest

from bodiag.cli import main
from bodiag.domain.fingerprint import MARK, spaced
from bodiag.errors import ExitCode, InputError
from bodiag.services import action_plan, plan
from bodiag.services.documents import open_document
from bodiag.services.fingerprint import carried_by, digest, fingerprint, verify
from bodiag.services.report_export import export_report
from bodiag.storage.content import content

FIXTURES = Path(__file__).parents[1] / "fixtures" / "documents"


@pytest.fixture
def answered(diagnostic, mini_path):
    assessment = diagnostic.start(mini_path, assessor="Alice")
    diagnostic.answer(assessment, "q1", "decided", note="first note")
    return diagnostic, assessment


def test_the_same_content_has_the_same_fingerprint_in_a_copy_and_after_a_change_undone(answered, doc_path, tmp_path):
    diagnostic, assessment = answered
    before = fingerprint(diagnostic)
    assert len(before) == 64 and int(before, 16) >= 0
    copy = tmp_path / "copy.bodiag"
    shutil.copyfile(doc_path, copy)
    with open_document(copy, readonly=True) as other:
        assert fingerprint(other) == before
    diagnostic.answer(assessment, "q1", "applied")
    changed = fingerprint(diagnostic)
    assert changed != before
    diagnostic.answer(assessment, "q1", "decided")  # back as it was: the history grew, the content did not change
    assert fingerprint(diagnostic) == before


@pytest.mark.parametrize("change", ["note", "organisation", "action", "target", "capacity"])
def test_every_kind_of_content_changes_the_fingerprint(answered, change):
    diagnostic, assessment = answered
    before = fingerprint(diagnostic)
    if change == "note":
        diagnostic.answer(assessment, "q1", "decided", note="another note")
    elif change == "organisation":
        diagnostic.update_organisation(name="ACME Industries")
    elif change == "action":
        action_plan.add(diagnostic, title="Write the procedures", assessment=assessment)
    elif change == "target":
        section = diagnostic.questionnaire(assessment).sections[0].id
        plan.set_target(diagnostic, "mini", section, score=90)
    else:
        plan.set_capacity(diagnostic, 12)
    assert fingerprint(diagnostic) != before


class _OldFile:
    """An older document read as it is, without the upgrade a normal open does."""

    def __init__(self, path: Path):
        self.path = path
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def query(self, sql: str, params=()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


def test_upgrading_a_document_to_the_current_schema_keeps_its_fingerprint(tmp_path):
    path = tmp_path / "v3.bodiag"
    shutil.copyfile(FIXTURES / "v3.bodiag", path)
    old = _OldFile(path)
    before = digest(content(old))
    old.conn.close()
    with open_document(path) as upgraded:  # adds the plan's tables and the actions' new columns
        assert upgraded.document.query("SELECT count(*) AS n FROM plan_waves")[0]["n"] == 0
        assert fingerprint(upgraded) == before


def test_a_report_carries_the_fingerprint_in_its_metadata_and_prints_it(answered, tmp_path):
    diagnostic, _ = answered
    out = tmp_path / "report.pdf"
    export_report(diagnostic, out, deterministic=True)
    value = fingerprint(diagnostic)
    reader = pypdf.PdfReader(out)
    assert f"{MARK}{value}" in reader.metadata["/Keywords"]
    first, last = reader.pages[0].extract_text(), reader.pages[-1].extract_text()
    assert spaced(value) in first and spaced(value) in last
    assert verify(out, diagnostic).matches
    anonymised = tmp_path / "anonymised.pdf"  # options change the report, not the document it comes from
    export_report(diagnostic, anonymised, anonymise=True, without_notes=True)
    assert carried_by(anonymised) == value


def test_verify_on_the_command_line(answered, doc_path, tmp_path, capsys):
    diagnostic, assessment = answered
    out = tmp_path / "report.pdf"
    export_report(diagnostic, out)
    diagnostic.close()
    assert main(["verify", str(out), str(doc_path)]) == ExitCode.OK
    assert capsys.readouterr().out.startswith("matches: ")
    assert main(["fingerprint", str(doc_path)]) == ExitCode.OK
    assert capsys.readouterr().out.strip() == carried_by(out)
    assert main(["answer", str(doc_path), "1", "q1", "none"]) == ExitCode.OK
    capsys.readouterr()
    assert main(["verify", str(out), str(doc_path), "--json"]) == ExitCode.PROBLEMS
    data = json.loads(capsys.readouterr().out)
    assert data["matches"] is False and data["report"] == carried_by(out) != data["document"]


def test_a_file_without_a_fingerprint_or_not_a_file_is_refused_with_its_name(tmp_path, doc_path, diagnostic, capsys):
    diagnostic.close()
    plain = tmp_path / "other.pdf"
    plain.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert main(["verify", str(plain), str(doc_path)]) == ExitCode.INPUT
    assert "other.pdf: carries no bodiag fingerprint" in capsys.readouterr().err
    with pytest.raises(InputError, match="not a regular file"):
        carried_by(tmp_path)
    twice = tmp_path / "twice.pdf"
    twice.write_bytes(f"{MARK}{'a' * 64} {MARK}{'b' * 64}".encode())
    with pytest.raises(InputError, match="several different fingerprints"):
        carried_by(twice)


def test_a_docx_carries_it_in_its_core_properties(tmp_path):
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document>{MARK}{'c' * 64}</w:document>")  # body text is not metadata
        archive.writestr("docProps/core.xml", f"<cp:coreProperties><cp:keywords>x, {MARK}{'d' * 64}</cp:keywords></cp:coreProperties>")
    assert carried_by(path) == "d" * 64


def test_the_word_copy_carries_the_fingerprint_too(answered, tmp_path):
    diagnostic, assessment = answered
    out = tmp_path / "report.docx"
    export_report(diagnostic, out)
    assert verify(out, diagnostic).matches
    diagnostic.answer(assessment, "q1", "applied")
    assert not verify(out, diagnostic).matches
