"""The report's own sentences follow each language's typography: French « ; » with its thin no-break space, no
« …. », a count written in the singular or the plural rather than « question(s) »."""

from __future__ import annotations

import io

import docx
import pytest

from bodiag.services.documents import open_document
from bodiag.services.report_export import export_report
from tests.report.conftest import render_report
from tests.report.test_master_plan import story_demo  # noqa: F401 - the demo with its workshop and plan directeur


@pytest.fixture(scope="module")
def outputs(story_demo, tmp_path_factory):  # noqa: F811
    folder = tmp_path_factory.mktemp("typography")
    out = {}
    with open_document(story_demo, readonly=True) as diagnostic:
        for lang in ("fr", "en"):
            pdf = render_report(diagnostic, lang=lang, deterministic=True)
            path = export_report(diagnostic, folder / f"{lang}.docx", lang=lang, deterministic=True)
            word = docx.Document(io.BytesIO(path.read_bytes()))
            out[lang] = (pdf.text, "\n".join(p.text for p in word.paragraphs))
    return out


def test_the_workshop_lists_its_sessions_and_attendees_with_french_semicolons(outputs):
    for text in outputs["fr"]:
        line = next(line for line in text.split("\n") if line.startswith("Participants"))
        assert "Menuiseries Vasseur SAS\u202f; Julien" in line, line
        assert "SAS; " not in line
    for text in outputs["en"]:
        assert "Menuiseries Vasseur SAS; Julien" in text


def test_the_roadmap_at_a_glance_counts_the_actions_it_does_not_name(outputs):
    for lang, more in (("fr", "» et 7 autres."), ("en", "” and 7 more.")):
        for text in outputs[lang]:
            flat = " ".join(text.split())
            assert more in flat, lang
            assert "…." not in flat and ", …" not in flat


def test_hidden_questions_are_counted_in_words(outputs):
    for lang, sentence in (("fr", "1 question masquée pour ce profil d’organisation."),
                           ("en", "1 question hidden for this organisation profile.")):
        for text in outputs[lang]:
            assert sentence in " ".join(text.split()) and "(s)" not in text, lang
