"""One vocabulary per language in the bundled questionnaires, and no wording borrowed from the demo's trade.

Each entry forbids a word and names the one we use instead, so that a failure
says what to write. The questionnaires are generic: words of the demo
company's trade (joinery: fitting, building sites, dimensions, protective
equipment) belong in the demo story, not in a question a bank or a software
firm will answer.
"""

from __future__ import annotations

import re

import pytest

from bodiag.domain.loader import load_file
from bodiag.domain.model import to_data
from bodiag.services.catalog import bundled_files

FORBIDDEN = {
    "fr": {
        r"\bprocess\b": "processus",
        r"\bfeedbacks?\b": "retours",
        r"\bKPIs?\b": "indicateurs",
        r"\b(?:e-)?mails?\b": "courriel (ou messagerie)",
        r"\bExcel\b": "tableur",
        r"\bchantiers?\b": "projet (un chantier se lit comme un site de travaux)",
        r"\batelier\b": "production",
        r"\b(?:la|une|les|des) poses?\b": "livraison ou intervention (le nom ; le verbe poser est permis)",
        r"\bposeurs?\b": "équipes de terrain",
        r"\bcotes\b": "quantités, dimensions",
        r"\bEPI\b": "équipements",
        r"\bmenuis\w*": "un terme générique",
    },
    "en": {
        r"\breferents?\b": "internal contact",
        r"\bmission sheets?\b": "statement of work",
        r"\bdirectors?\b": "owner-manager or management",
        r"\bre-keyings\b": "re-keying (uncountable)",
        r"\bfeedbacks\b": "feedback (uncountable)",
        r"\be-mails?\b": "email",
        r"\bExcel\b": "spreadsheet",
        r"\bPPE\b": "equipment",
        r"\bjoinery\b|\bcarpentry\b": "a generic term",
    },
}


def _texts(node, path=""):
    """Every (path, language, text) of a questionnaire's data."""
    if isinstance(node, dict):
        if "fr" in node and set(node) <= {"fr", "en"} and isinstance(node["fr"], str):
            for lang in ("fr", "en"):
                if node.get(lang):
                    yield path, lang, node[lang]
            return
        for key, value in node.items():
            yield from _texts(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            name = value.get("id") if isinstance(value, dict) and value.get("id") else index
            yield from _texts(value, f"{path}[{name}]")
    elif isinstance(node, str) and path.endswith(("title", "text", "label", "help", "why", "how", "meaning", "description")):
        yield path, "fr", node


@pytest.mark.parametrize("path", bundled_files(), ids=lambda p: p.stem)
def test_bundled_questionnaires_use_one_vocabulary_per_language(path):
    data = to_data(load_file(path).raise_for_problems())
    found = []
    for where, lang, text in _texts(data):
        for pattern, instead in FORBIDDEN[lang].items():
            for match in re.finditer(pattern, text):
                found.append(f"{where} ({lang}): '{match.group(0)}', write {instead}")
    assert found == []


def test_the_check_finds_a_forbidden_word():
    """The walk reaches nested texts in both languages (a check that finds nothing would prove nothing)."""
    data = {"sections": [{"id": "s", "questions": [{"id": "q", "help": {"fr": "Les feedbacks", "en": "The referent"}}]}]}
    hits = [(lang, re.search(p, text).group(0)) for _, lang, text in _texts(data)
            for p in FORBIDDEN[lang] if re.search(p, text)]
    assert hits == [("fr", "feedbacks"), ("en", "referent")]
