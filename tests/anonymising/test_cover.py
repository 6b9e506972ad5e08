"""An anonymised cover still names the consultant's firm (the author, not the client) and says what was hidden."""

from __future__ import annotations

import io

import docx
import pypdf
import pytest

from bodiag.domain.report_content import Hidden, ReportOptions
from bodiag.report.compose import render
from bodiag.report.docx_compose import render_docx
from bodiag.services import hidden_terms
from bodiag.services.demo import build_demo
from bodiag.services.documents import open_document
from bodiag.services.report_content import gather


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cover") / "demo.bodiag"
    with build_demo(path) as diagnostic:
        diagnostic.update_organisation(city="Amiens")
        hidden_terms.add(diagnostic, "ERP")
    return path


def _first_page(content: bytes) -> str:
    return " ".join(pypdf.PdfReader(io.BytesIO(content)).pages[0].extract_text().split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_anonymised_cover_names_the_firm_and_what_was_hidden(demo, lang):
    with open_document(demo, readonly=True) as diagnostic:
        data = gather(diagnostic, options=ReportOptions(lang=lang, anonymise=True, firm="Cabinet Lefèvre",
                                                        deterministic=True))
    hidden = data.hidden
    assert hidden is not None and hidden.passages > 0 and hidden.organisation and hidden.terms == 1 and hidden.city
    page = _first_page(render(data).pdf)
    word_doc = docx.Document(io.BytesIO(render_docx(data).docx))
    paragraphs = " ".join(" ".join(p.text.split()) for p in word_doc.paragraphs)
    sentence = " ".join(hidden.sentence(lang).split())
    for text in (page, paragraphs):
        assert ("Rapport préparé par Cabinet Lefèvre" if lang == "fr" else "Report prepared by Cabinet Lefèvre") in text
        assert sentence in text
        assert "Menuiseries Vasseur" not in text and "Amiens" not in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_longest_cover_keeps_everything_on_its_page(demo, lang, tmp_path):
    """Logo, firm, anonymised and without notes: every notice, and the fingerprint last, on the cover's one page
    (its blank spaces give way); the board note opens the second page."""
    from PIL import Image

    from bodiag.domain import i18n
    from bodiag.domain.fingerprint import spaced

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 130), (122, 31, 61)).save(logo)
    with open_document(demo, readonly=True) as diagnostic:
        data = gather(diagnostic, options=ReportOptions(lang=lang, anonymise=True, without_notes=True, logo=logo,
                                                        firm="Cabinet Lefèvre", deterministic=True))
    pages = [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(render(data).pdf)).pages]
    assert spaced(data.fingerprint) in pages[0]
    assert " ".join(i18n.tr("without_notes_notice", lang).split()) in pages[0]
    assert pages[1].startswith(i18n.tr("board_note", lang))
    assert pages[0].index(i18n.tr("questionnaires", lang)) < pages[0].index(spaced(data.fingerprint))


def test_the_sentence_says_what_and_how_many():
    hidden = Hidden(passages=12, organisation=True, people=3, sector=True, city=False, terms=2)
    assert hidden.sentence("fr") == ("12 passages masqués dans les textes saisis\u00a0: nom de l’organisation, "
                                     "3 noms de personnes, secteur, 2 termes de la liste à masquer.")
    assert Hidden(passages=1, people=1, terms=1).sentence("en") == (
        "1 passage hidden in the texts typed: 1 person’s name, 1 listed term.")
    assert Hidden().sentence("fr") == "Aucun passage à masquer dans les textes saisis."
