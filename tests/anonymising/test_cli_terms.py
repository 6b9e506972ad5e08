"""The document's terms to hide and its city, through the command line's entry point."""

from __future__ import annotations

from bodiag.cli import main
from bodiag.errors import ExitCode
from bodiag.services import hidden_terms
from bodiag.services.documents import open_document


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_terms_are_added_listed_and_removed_whatever_their_case(tmp_path, capsys):
    doc = tmp_path / "a.bodiag"
    assert run(capsys, "new", doc, "--org", "Menuiserie Dupont")[0] == ExitCode.OK
    code, out, err = run(capsys, "anonymise-terms", "add", doc, "Atelier  Bleu", "chêne", "CHÊNE")
    assert (code, err) == (ExitCode.OK, "")
    assert out == "added: Atelier Bleu\nadded: chêne\nalready listed: CHÊNE\n"
    assert run(capsys, "anonymise-terms", "list", doc)[1] == "Atelier Bleu\nchêne\n"
    code, out, _ = run(capsys, "anonymise-terms", "remove", doc, "Chêne", "absent")
    assert code == ExitCode.INPUT and out == "removed: Chêne\nnot listed: absent\n"
    with open_document(doc, readonly=True) as diagnostic:
        assert hidden_terms.terms(diagnostic) == ["Atelier Bleu"]


def test_a_bad_term_is_refused_with_what_and_where(tmp_path, capsys):
    doc = tmp_path / "a.bodiag"
    run(capsys, "new", doc, "--org", "ACME")
    code, _, err = run(capsys, "anonymise-terms", "add", doc)
    assert code == ExitCode.INPUT and "'anonymise-terms add' needs at least one term" in err
    code, _, err = run(capsys, "anonymise-terms", "add", doc, "   ")
    assert code == ExitCode.INPUT and "a term to hide cannot be empty" in err
    code, _, err = run(capsys, "anonymise-terms", "add", doc, "x" * 101)
    assert code == ExitCode.INPUT and "longer than 100 characters" in err
    assert run(capsys, "anonymise-terms", "list", doc)[1] == ""


def test_the_app_field_replaces_the_whole_list(tmp_path, capsys):
    doc = tmp_path / "a.bodiag"
    run(capsys, "new", doc, "--org", "ACME")
    run(capsys, "anonymise-terms", "add", doc, "Lyon", "chêne")
    with open_document(doc) as diagnostic:
        assert hidden_terms.replace_all(diagnostic, ["Chêne", " ", "Atelier Bleu", "atelier bleu"]) == ["chêne", "Atelier Bleu"]


def test_the_city_is_kept_with_the_organisation(tmp_path, capsys):
    doc = tmp_path / "a.bodiag"
    run(capsys, "new", doc, "--org", "ACME")
    code, out, _ = run(capsys, "organisation", doc, "--city", "  Saint-Étienne ")
    assert code == ExitCode.OK and "city: Saint-Étienne\n" in out
    with open_document(doc, readonly=True) as diagnostic:
        assert diagnostic.organisation.city == "Saint-Étienne"
