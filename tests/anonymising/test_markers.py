"""Anonymising really anonymises: a document whose every text field carries a marker, exported anonymised as PDF, DOCX
and XLSX, lets no marker through to the bytes of any of them (text, streams, metadata, every part of the archives).

The markers go into every TEXT column of the document that is not a code, an identifier or a date (so that a column
added later is covered at once): the texts users type carry a term of the document's list to hide each (ZQXT1,
ZQXT2…), the people's columns a marked name (« Prénom3 ZQXP3 »), the organisation a marked name, sector and city; some
texts also name the organisation, its city, its sector's part and a person by one word of their name.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile

import pypdf
import pytest

from bodiag.services import hidden_terms
from bodiag.services.demo import build_demo
from bodiag.services.documents import open_document
from bodiag.services.report_export import export_report

PEOPLE = {("actions", "owner"), ("answers", "respondent"), ("answer_history", "respondent"), ("assessments", "assessor"),
          ("commentary", "author"), ("commentary_history", "author"), ("plan_members", "name"), ("plan_risks", "owner"),
          ("respondents", "name"), ("sign_off", "assessor"), ("sign_off", "director"), ("sign_off_events", "by_whom"),
          ("workshop_attendees", "name"), ("document", "shared_by")}
# Codes, identifiers, dates and stored models: never typed by a user, never printed as typed.
CODES = {"uuid", "recommendation_id", "deadline", "status", "effort", "created_at", "updated_at", "completed_at", "wave",
         "kind", "question_id", "old_value", "new_value", "changed_at", "snapshot", "mode", "part", "headcount", "phase",
         "outsourcing", "chosen_scenario", "committee_cadence", "start_month", "direction", "category", "section_id",
         "questionnaire_id", "day", "issued_on", "event", "happened_at", "created_by", "written_by", "shared_at", "value"}
SKIPPED_TABLES = {"_sqlite_migrations", "questionnaire_snapshots", "hidden_terms", "organisation"}
CODED = {("plan_members", "role"), ("respondents", "role")}  # a role chosen from a list
MENTIONS = " — ZQXORG, ZQXCITY, ZQXREGION, ZQXP1"  # the organisation, its city, a part of its sector, a person's word


def _mark(path) -> list[str]:
    """Put the markers in; return the terms to hide they need."""
    conn = sqlite3.connect(path)
    terms: list[str] = []
    people: dict[str, str] = {}
    with conn:
        conn.execute("UPDATE organisation SET name = 'ZQXORG Menuiseries SAS', sector = 'ZQXSECTOR bois (ZQXREGION)',"
                     " city = 'ZQXCITY'")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            if table in SKIPPED_TABLES:
                continue
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if "TEXT" in r[2].upper()]
            for column in columns:
                if column in CODES or (table, column) in CODED:
                    continue
                if (table, column) not in PEOPLE:
                    terms.append(f"ZQXT{len(terms) + 1}")  # one term per column: a leak names its column
                for number, (rowid, text) in enumerate(conn.execute(f"SELECT rowid, {column} FROM {table}").fetchall()):
                    if (table, column) in PEOPLE:
                        if text:
                            new = people.setdefault(text, f"Prénom{len(people) + 1} ZQXP{len(people) + 1}")
                            conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", [new, rowid])
                        continue
                    new = f"{text or ''} {terms[-1]}{MENTIONS if number % 3 == 0 else ''}"
                    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", [new.strip(), rowid])
        for table in ("answers", "respondent_answers"):  # free-text answers are JSON {"text": …}
            terms.append(f"ZQXT{len(terms) + 1}")
            for rowid, value in conn.execute(f"SELECT rowid, value FROM {table} WHERE value LIKE '%\"text\"%'").fetchall():
                answer = json.loads(value)
                answer["text"] = f"{answer['text']} {terms[-1]}{MENTIONS}"
                conn.execute(f"UPDATE {table} SET value = ? WHERE rowid = ?", [json.dumps(answer), rowid])
    conn.close()
    return terms


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    path = tmp_path_factory.mktemp("markers") / "marked.bodiag"
    build_demo(path).close()
    terms = _mark(path)
    with open_document(path) as diagnostic:
        for term in terms:
            hidden_terms.add(diagnostic, term)
    return path


def _pdf_texts(content: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(content))
    texts = [page.extract_text() or "" for page in reader.pages]
    texts.append(repr(reader.metadata))
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: BLE001 - a free object number
            continue
        if isinstance(obj, pypdf.generic.StreamObject):
            texts.append(obj.get_data().decode("latin-1"))
        else:
            texts.append(repr(obj))
    return "\n".join(texts)


def _archive_texts(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def _leaks(text: str) -> list[str]:
    found = []
    folded = text.casefold()
    start = folded.find("zqx")
    while start >= 0:
        found.append(text[max(0, start - 40):start + 12])
        start = folded.find("zqx", start + 3)
    return found


OUTPUTS = [("report.pdf", "full", _pdf_texts), ("report.docx", "full", _archive_texts),
           ("actions.xlsx", "actions", _archive_texts)]


@pytest.mark.parametrize(("name", "audience", "extract"), OUTPUTS)
def test_no_marker_reaches_an_anonymised_output(marked, tmp_path, name, audience, extract):
    with open_document(marked, readonly=True) as diagnostic:
        target = export_report(diagnostic, tmp_path / name, anonymise=True, deterministic=True, audience=audience,
                               branded=False)
    assert _leaks(extract(target.read_bytes())) == []


@pytest.mark.parametrize(("name", "audience", "extract"), OUTPUTS)
def test_the_same_output_not_anonymised_shows_the_markers(marked, tmp_path, name, audience, extract):
    """The extraction finds markers where they are: the test above would see a leak."""
    with open_document(marked, readonly=True) as diagnostic:
        target = export_report(diagnostic, tmp_path / name, deterministic=True, audience=audience, branded=False)
    found = " ".join(_leaks(extract(target.read_bytes())))
    assert "ZQXP1" in found and "ZQXT" in found
    if audience == "full":
        assert "ZQXORG" in found and "ZQXSECTOR" in found
