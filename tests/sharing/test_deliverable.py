"""The deliverable: the assessor's commentary, the report's sign-off and what a final version freezes, a workshop's
attendance — in the document, on the command line, in the report and in shared copies."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pypdf
import pytest

from bodiag.cli import main
from bodiag.domain.deliverable import MAX_COMMENTARY, Block, blocks
from bodiag.errors import ExitCode, FrozenAssessment, InputError
from bodiag.services import deliverable, workshop
from bodiag.services.fingerprint import fingerprint
from bodiag.services.report_export import export_report
from bodiag.services.sharing import save_copy_to_share


@pytest.fixture
def answered(diagnostic, mini_path):
    assessment = diagnostic.start(mini_path, assessor="Alice Martin")
    diagnostic.answer(assessment, "q1", "decided")
    return diagnostic, assessment


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_commentary_is_plain_text_read_as_paragraphs_and_bullets():
    text = "First line\ncontinued.\n\n- one\n  still one\n* two\n• three\nAfter the list."
    assert blocks(text) == [Block(["First line continued."]), Block(["one still one", "two", "three"], bullets=True),
                            Block(["After the list."])]
    assert blocks("") == []


def test_commentary_per_place_with_its_history(answered):
    diagnostic, assessment = answered
    section = diagnostic.questionnaire(assessment).sections[0].id
    places = [deliverable.place(diagnostic), deliverable.place(diagnostic, assessment.id),
              deliverable.place(diagnostic, assessment.id, section), deliverable.place(diagnostic, plan="vision")]
    for n, where in enumerate(places):
        assert deliverable.set_commentary(diagnostic, where, f"Texte {n}\r\n\r\n- point  \n", author="Claire")
    assert [deliverable.commentary_at(diagnostic, w) for w in places] == [f"Texte {n}\n\n- point" for n in range(4)]
    assert not deliverable.set_commentary(diagnostic, places[0], "Texte 0\n\n- point", author="Claire")  # unchanged
    deliverable.set_commentary(diagnostic, places[0], "", author="Bob")  # removed, kept in the history
    history = deliverable.commentary_history(diagnostic, places[0])
    assert [(h.old_text, h.new_text, h.author) for h in history] == [("", "Texte 0\n\n- point", "Claire"),
                                                                      ("Texte 0\n\n- point", "", "Bob")]
    assert deliverable.commentary_at(diagnostic, places[0]) == ""


@pytest.mark.parametrize("kwargs, message", [
    ({"assessment": 9}, "no assessment 9"),
    ({"assessment": 1, "section": "nowhere"}, "has no section 'nowhere'"),
    ({"section": "s1"}, "needs its assessment"),
    ({"plan": "budget"}, "not a part of the plan"),
    ({"plan": "vision", "assessment": 1}, "belongs to no assessment"),
])
def test_a_commentary_place_that_does_not_exist_is_refused(answered, kwargs, message):
    with pytest.raises(InputError, match=message):
        deliverable.place(answered[0], **kwargs)


@pytest.mark.parametrize("text, message", [("bell \x07", "control characters"), ("x" * (MAX_COMMENTARY + 1), "at most")])
def test_a_commentary_no_person_types_is_refused_and_nothing_is_stored(answered, text, message):
    diagnostic, _ = answered
    with pytest.raises(InputError, match=message):
        deliverable.set_commentary(diagnostic, deliverable.place(diagnostic), text)
    assert deliverable.commentaries(diagnostic) == []


def test_a_final_version_freezes_answers_and_commentary_until_it_is_reopened_with_a_reason(answered, mini_path):
    diagnostic, assessment = answered
    person = workshop.add_respondent(diagnostic, assessment, "Nadine")
    deliverable.set_signatories(diagnostic, assessor="Claire Durand", director="Julien Martin")
    before = fingerprint(diagnostic)
    issued = deliverable.finalise(diagnostic, dt.date(2026, 12, 3), by_whom="claire")
    assert (issued.status, issued.version, issued.issued_on) == ("final", 1, "2026-12-03")
    assert fingerprint(diagnostic) != before  # the status is part of what the report shows
    assert diagnostic.assessment(assessment.id).frozen
    with pytest.raises(FrozenAssessment, match="is frozen"):
        diagnostic.answer(assessment, "q1", "applied")
    with pytest.raises(FrozenAssessment, match="is frozen"):
        workshop.respondent_answer(diagnostic, assessment, person, "q1", "applied")
    with pytest.raises(FrozenAssessment, match="version 1 of the report is final"):
        deliverable.set_commentary(diagnostic, deliverable.place(diagnostic), "Trop tard")
    with pytest.raises(FrozenAssessment, match="is final"):
        deliverable.finalise(diagnostic)
    assert diagnostic.answers(assessment)["q1"].value.option == "decided"
    later = diagnostic.start(mini_path, title="Réévaluation")  # a new assessment is the next version's
    assert not later.frozen
    diagnostic.answer(later, "q1", "applied")
    with pytest.raises(InputError, match="say why"):
        deliverable.reopen(diagnostic, "  ")
    reopened = deliverable.reopen(diagnostic, "Erreur sur Q1", by_whom="claire")
    assert (reopened.status, reopened.version, reopened.issued_on) == ("draft", 2, None)
    assert [(e.event, e.version, e.reason) for e in reopened.events] == [("final", 1, ""), ("reopened", 1, "Erreur sur Q1")]
    diagnostic.answer(assessment, "q1", "applied")
    with pytest.raises(InputError, match="a draft"):
        deliverable.reopen(diagnostic, "again")


def test_the_report_prints_status_signatures_commentary_and_attendance(answered, tmp_path):
    diagnostic, assessment = answered
    section = diagnostic.questionnaire(assessment).sections[0].id
    deliverable.set_signatories(diagnostic, assessor="Claire Durand", assessor_role="Cabinet Arvel", director="Julien Martin")
    deliverable.set_commentary(diagnostic, deliverable.place(diagnostic), "Vue d’ensemble de ACME.\n\n- Premier point")
    deliverable.set_commentary(diagnostic, deliverable.place(diagnostic, assessment.id, section), "Sur cette partie")
    deliverable.add_attendee(diagnostic, assessment, "Nadine Lefèvre", "Comptable", "ACME")
    deliverable.add_session(diagnostic, assessment, "2026-11-20", "Lyon")
    draft = tmp_path / "draft.pdf"
    export_report(diagnostic, draft)
    reader = pypdf.PdfReader(draft)
    cover, last = reader.pages[0].extract_text(), reader.pages[-1].extract_text()
    for page in (cover, last):
        assert "Projet — version 1" in page and "Claire Durand" in page and "Julien Martin" in page and "Signature" in page
    text = text_of(draft)
    assert text.count("Commentaire de l’évaluateur") == 2 and "Premier point" in text and "Sur cette partie" in text
    assert "20 novembre 2026, Lyon" in text and "Nadine Lefèvre, Comptable, ACME" in text
    deliverable.finalise(diagnostic, dt.date(2026, 12, 3))
    final = tmp_path / "final.pdf"
    export_report(diagnostic, final, lang="en")
    assert "Final version 1, 3 December 2026" in pypdf.PdfReader(final).pages[0].extract_text()
    hidden = tmp_path / "anonymised.pdf"
    export_report(diagnostic, hidden, anonymise=True)
    text = text_of(hidden)
    for name in ("Claire Durand", "Julien Martin", "Nadine", "ACME", "Alice"):
        assert name not in text, name
    assert "Premier point" in text


def test_a_shared_copy_hides_who_signs_and_attends_and_drops_the_commentary_history(answered, tmp_path):
    diagnostic, assessment = answered
    deliverable.set_signatories(diagnostic, assessor="Claire Durand", director="Julien Martin")
    deliverable.set_commentary(diagnostic, deliverable.place(diagnostic), "première rédaction", author="claire")
    deliverable.set_commentary(diagnostic, deliverable.place(diagnostic), "seconde rédaction", author="claire")
    deliverable.add_attendee(diagnostic, assessment, "Nadine Lefèvre")
    copy = save_copy_to_share(diagnostic, tmp_path / "copy.bodiag", strip_notes=True, strip_names=True)
    raw = copy.read_bytes()
    for secret in ("Claire Durand", "Julien Martin", "Nadine", "première rédaction"):
        assert secret.encode() not in raw, secret
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT assessor, director FROM sign_off").fetchone() == ("Évaluateur 1", "Dirigeant 1")
    assert conn.execute("SELECT name FROM workshop_attendees").fetchone() == ("Participant 1",)
    assert conn.execute("SELECT text FROM commentary").fetchone() == ("seconde rédaction",)
    conn.close()


def test_the_command_line_writes_commentary_signs_off_and_records_attendance(answered, doc_path, capsys):
    diagnostic, _ = answered
    diagnostic.close()

    def run(*args: str) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("comment", doc_path, "-m", "Synthèse\n\n- un point")[1].strip() == "commentary saved"
    assert run("comment", doc_path, "--assessment", "1", "--section", "s1", "-m", "Section")[0] == ExitCode.OK
    assert run("comment", doc_path, "--plan", "roadmap", "-m", "Feuille de route")[0] == ExitCode.OK
    code, out, _ = run("comments", doc_path, "--json")
    assert [(c["assessment_id"], c["part"]) for c in json.loads(out)] == [(None, ""), (None, "plan:roadmap"), (1, "s1")]
    assert run("comment", doc_path, "--section", "s1", "-m", "x")[0] == ExitCode.INPUT
    assert run("sign-off", doc_path, "--director", "Julien Martin")[1].splitlines()[2] == "director: Julien Martin"
    assert run("attendance", doc_path, "1", "--add", "Nadine", "--role", "Comptable", "--session", "2026-11-20")[0] == 0
    data = json.loads(run("attendance", doc_path, "1", "--json")[1])
    assert [a["name"] for a in data["attendees"]] == ["Nadine"] and [s["day"] for s in data["sessions"]] == ["2026-11-20"]
    assert run("finalise", doc_path, "--date", "2026-12-03")[1].startswith("version 1: final, issued on 2026-12-03")
    code, _, err = run("answer", doc_path, "1", "q1", "none")
    assert code == ExitCode.INPUT and "is frozen" in err
    with pytest.raises(SystemExit) as usage:  # the reason is required
        run("reopen", doc_path)
    assert usage.value.code == ExitCode.USAGE
    code, out, _ = run("reopen", doc_path, "--reason", "Une coquille", "--json")
    assert json.loads(out)["version"] == 2 and json.loads(out)["status"] == "draft"
    assert run("answer", doc_path, "1", "q1", "none")[0] == ExitCode.OK
