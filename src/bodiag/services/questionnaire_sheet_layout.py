"""The layout of a questionnaire as a workbook, and how a cell's text becomes a value.

Each sheet is a table whose rows are objects of the questionnaire (scale
options, bands, sections, questions…). A column's ``key`` is where its value
goes inside the object (``text.fr`` is the French text of ``text``); its header
is French, and the key itself is accepted as a header too. Conditions and
profile weights are compact YAML in one cell (``{phase: {growth: 2}}``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bodiag.services.xlsx import cell_text, format_number, header_key

YES = {"oui", "o", "yes", "y", "vrai", "true", "x", "1"}
NO = {"non", "n", "no", "faux", "false", "0"}
PLAIN_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
YAML_WORDS = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"}


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float = 14
    codec: str = "text"  # text | id | ids | number | numbers | int | bool | flag | flow | version
    wrap: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]
    required: bool = True
    aliases: tuple[str, ...] = ()
    about: str = ""

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _texts(key: str, header: str, width: float = 40) -> tuple[Column, Column]:
    return (Column(f"{key}.fr", f"{header} (fr)", width, wrap=True), Column(f"{key}.en", f"{header} (en)", width, wrap=True))


KINDS = ("scale", "grid", "checklist", "numeric", "text")
LEVELS3 = ("low", "medium", "high")
YES_NO = ("oui", "non")

QUESTIONNAIRE_FIELDS: dict[str, tuple[str, str]] = {  # key: (codec, meaning)
    "format": ("int", "Version du format de fichier (toujours 1)"),
    "id": ("id", "Identifiant du questionnaire (stable)"),
    "version": ("version", "Version du contenu, MAJEUR.MINEUR"),
    "title.fr": ("text", "Titre (fr)"),
    "title.en": ("text", "Titre (en)"),
    "description.fr": ("text", "Description (fr)"),
    "description.en": ("text", "Description (en)"),
    "source.title.fr": ("text", "Source : titre (fr)"),
    "source.title.en": ("text", "Source : titre (en)"),
    "source.reference": ("text", "Source : référence"),
    "source.url": ("text", "Source : adresse web"),
    "license": ("text", "Licence du contenu"),
    "license_note.fr": ("text", "Ce que couvre la licence, et ce qu’elle ne couvre pas (fr)"),
    "license_note.en": ("text", "Ce que couvre la licence, et ce qu’elle ne couvre pas (en)"),
    "optional": ("bool", "Facultatif : proposé sans être coché par défaut (oui ou non)"),
    "dont_know": ("id", "« Je ne sais pas » : exclude (hors score) ou lowest (compte 0)"),
    "unanswered": ("id", "Question sans réponse : exclude (hors score) ou lowest (compte 0)"),
    "levels": ("int", "Échelle de niveaux pour les scores (ex. 5), vide si aucune"),
    "lowest_level": ("int", "Numéro du plus bas niveau : 1 (niveaux 1 à N) ou 0 (niveaux 0 à N−1)"),
    "target": ("number", "Cible par défaut, 0 à 100"),
    "verdict.title.fr": ("text", "Verdict : question posée (fr)"),
    "verdict.title.en": ("text", "Verdict : question posée (en)"),
    "verdict.undetermined.fr": ("text", "Verdict : texte si indéterminé (fr)"),
    "verdict.undetermined.en": ("text", "Verdict : texte si indéterminé (en)"),
    "verdict.informs": ("ids", "Verdict : scénarios du plan directeur qu’il éclaire (outsource_partial, outsource_total…)"),
}

QUESTIONNAIRE = Sheet(
    "Questionnaire",
    (Column("field", "Champ", 24, "id"), Column("meaning", "Signification", 52), Column("value", "Valeur", 90, wrap=True)),
    about="l’en-tête du questionnaire : un champ par ligne, seule la colonne Valeur se modifie",
)
SCALES = Sheet(
    "Échelles",
    (
        Column("scale", "Échelle", 16, "id"), *_texts("scale_label", "Nom de l’échelle", 24),
        Column("id", "Option", 16, "id"), *_texts("label", "Libellé", 28), Column("value", "Valeur", 9, "number"),
        *_texts("description", "Description", 44), Column("not_applicable", "Non applicable", 10, "flag", choices=YES_NO),
        Column("dont_know", "Ne sait pas", 10, "flag", choices=YES_NO),
    ),
    aliases=("echelles", "scales"),
    about="une ligne par option, de la plus basse à la plus haute ; le nom de l’échelle sur sa première ligne",
)
BANDS = Sheet(
    "Paliers",
    (
        Column("id", "Palier", 14, "id"), Column("min", "Min", 8, "number"), Column("max", "Max", 8, "number"),
        *_texts("label", "Libellé", 22), *_texts("meaning", "Signification", 44), Column("color", "Couleur", 10, "id"),
    ),
    aliases=("bands",),
    about="les paliers de maturité, de 0 à 100 sans trou ni chevauchement",
)
SECTIONS = Sheet(
    "Sections",
    (
        Column("id", "Section", 18, "id"), Column("parent", "Section parente", 18, "id"), *_texts("title", "Titre", 34),
        *_texts("description", "Description", 44), Column("weight", "Poids", 8, "number"),
        Column("weight_by_profile", "Poids par profil", 28, "flow"), Column("target", "Cible", 8, "number"),
        Column("credit", "Crédits", 16, "ids"),
    ),
    about="dans l’ordre du questionnaire ; une sous-section nomme sa section parente, qui vient avant elle",
)
QUESTIONS = Sheet(
    "Questions",
    (
        Column("id", "Question", 20, "id"), Column("section", "Section", 16, "id"),
        Column("kind", "Type", 11, "id", choices=KINDS), Column("scale", "Échelle", 13, "id"),
        *_texts("text", "Texte", 48), *_texts("help", "Aide", 44), Column("weight", "Poids", 8, "number"),
        Column("weight_by_profile", "Poids par profil", 26, "flow"),
        Column("scored", "Notée", 8, "bool", choices=YES_NO), Column("tags", "Étiquettes", 16, "ids"),
        Column("visible_if", "Visible si", 30, "flow", wrap=True),
        Column("polarity", "Polarité", 10, "id", choices=("positive", "negative")), *_texts("unit", "Unité", 12),
        Column("direction", "Sens", 16, "id", choices=("higher_is_better", "lower_is_better")),
        Column("thresholds", "Seuils", 16, "numbers"), Column("min", "Min", 8, "number"), Column("max", "Max", 8, "number"),
        Column("credit", "Crédits", 16, "ids"),
    ),
    about="dans l’ordre du questionnaire, chacune dans sa section ; types : " + ", ".join(KINDS),
)
LEVELS = Sheet(
    "Niveaux",
    (Column("question", "Question", 20, "id"), Column("level", "Niveau", 10, "id"), *_texts("text", "Descripteur", 60)),
    required=False,
    aliases=("levels",),
    about="grilles de maturité : un descripteur par question et par niveau (option notée de l’échelle)",
)
ITEMS = Sheet(
    "Éléments",
    (
        Column("question", "Question", 20, "id"), Column("id", "Élément", 20, "id"), *_texts("label", "Libellé", 44),
        *_texts("help", "Aide", 44), Column("weight", "Poids", 8, "number"),
    ),
    required=False,
    aliases=("elements", "items"),
    about="les éléments des listes à cocher, dans l’ordre",
)
RECOMMENDATIONS = Sheet(
    "Recommandations",
    (
        Column("question", "Question", 20, "id"), Column("id", "Recommandation", 20, "id"),
        Column("levels", "Niveaux", 18, "ids"), Column("items", "Éléments", 18, "ids"),
        *_texts("title", "Titre", 34), *_texts("why", "Pourquoi", 44), *_texts("how", "Comment", 44),
        Column("effort", "Effort", 9, "id", choices=LEVELS3), Column("impact", "Impact", 9, "id", choices=LEVELS3),
        Column("horizon", "Horizon", 9, "id", choices=("short", "medium", "long")), Column("theme", "Thème", 20, "id"),
        Column("credit", "Crédits", 16, "ids"),
    ),
    required=False,
    aliases=("recommendations",),
    about="par question ; Niveaux (options) ou Éléments (listes à cocher) auxquels elle s’applique, séparés par des virgules",
)
VERDICT = Sheet(
    "Verdict",
    (
        Column("rule", "Règle", 14, "id"), *_texts("label", "Libellé", 20), *_texts("meaning", "Signification", 40),
        Column("when", "Quand", 8, "id", choices=("any", "all")),
        Column("metric", "Mesure", 14, "id", choices=("score", "coverage", "section_score", "question_score", "ticked")),
        Column("section", "Section", 14, "id"), Column("question", "Question", 14, "id"),
        Column("below", "Sous", 8, "number"), Column("at_least", "Au moins", 8, "number"), *_texts("reason", "Raison", 48),
    ),
    required=False,
    about="une ligne par critère ; une règle (essayée dans l’ordre) a son libellé sur sa première ligne",
)
KPIS = Sheet(
    "Indicateurs",
    (
        Column("id", "Indicateur", 20, "id"), *_texts("label", "Libellé", 36), *_texts("why", "Pourquoi", 44),
        *_texts("unit", "Unité", 12), Column("profiles", "Profils", 28, "flow"), Column("measured_by", "Mesuré par", 20, "id"),
    ),
    required=False,
    aliases=("kpis", "indicators"),
    about="indicateurs à mettre en place ; Profils : ceux pour qui l’indicateur est prioritaire ; "
          "Mesuré par : la question chiffrée qui le mesure",
)
TAGS = Sheet(
    "Étiquettes",
    (Column("id", "Étiquette", 20, "id"), *_texts("label", "Libellé", 30), *_texts("description", "Description", 48)),
    required=False,
    aliases=("etiquettes", "tags"),
    about="vues du score par étiquette, à travers les sections ; les questions les nomment dans leur colonne Étiquettes",
)
CREDITS = Sheet(
    "Crédits",
    (
        Column("id", "Crédit", 12, "id"), *_texts("title", "Titre publié", 40), Column("publisher", "Éditeur", 20),
        Column("url", "Adresse web", 30), Column("reference", "Référence", 30), *_texts("note", "Ce qui en est tiré", 44),
    ),
    required=False,
    aliases=("credits",),
    about="les articles dont le contenu est tiré ; sections, questions et recommandations les nomment dans leur colonne Crédits",
)
SHEETS = (QUESTIONNAIRE, SCALES, BANDS, SECTIONS, QUESTIONS, LEVELS, ITEMS, RECOMMENDATIONS, VERDICT, KPIS, TAGS, CREDITS)
README = "Lisez-moi"
IGNORED_HEADERS = ("commentaire", "remarque", "#")  # a reviewer's own columns


def header_names(column: Column) -> set[str]:
    return {header_key(column.header), header_key(column.key)}


# -- cells to values (reading) ------------------------------------------------------------------


class CellProblem(ValueError):
    """A cell whose text cannot be read as its column says."""


def _number(value: Any) -> int | float:
    if isinstance(value, bool):
        raise CellProblem("expected a number")
    if isinstance(value, (int, float)):
        return value
    text = str(value).strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise CellProblem(f"'{value}' is not a number") from None
    return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number


def read_cell(value: Any, codec: str, parse_flow: Any) -> Any:
    """The value of a non-blank cell, as its column's codec reads it; raises :class:`CellProblem`."""
    if codec == "number":
        return _number(value)
    if codec == "int":
        number = _number(value)
        if isinstance(number, float) and not number.is_integer():
            raise CellProblem(f"'{value}' is not a whole number")
        return int(number)
    if codec == "numbers":
        parts = [p for p in str(value).split(";") if p.strip()] if isinstance(value, str) else [value]
        return [_number(p) for p in parts]
    if codec in ("bool", "flag"):
        if isinstance(value, bool):
            return value
        word = (cell_text(value) or "").strip().casefold()
        if word in YES or word in NO:
            return word in YES
        raise CellProblem(f"'{value}' is neither 'oui' nor 'non'")
    text = cell_text(value) or ""
    if codec == "ids":
        return [p for p in re.split(r"[\s,;]+", text) if p]
    if codec == "flow":
        return parse_flow(text)
    if codec in ("id", "version"):
        return text.strip()
    return text


# -- values to cells (writing) ------------------------------------------------------------------


def write_cell(value: Any, codec: str) -> Any:
    if value is None:
        return None
    if codec == "ids":
        return ", ".join(value) or None
    if codec == "numbers":
        return "; ".join(format_number(v) for v in value) or None
    if codec == "bool":
        return "oui" if value else "non"
    if codec == "flag":
        return "oui" if value else None
    if codec == "flow":
        return flow(value) if value else None
    return value


def flow(value: Any) -> str:
    """Compact YAML of a condition or a mapping of weights: ``{question: q03, in: [decided, done]}``."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{flow(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return format_number(value)
    if value is None:
        return "null"
    text = str(value)
    if PLAIN_WORD.fullmatch(text) and text.casefold() not in YAML_WORDS:
        return text
    import json

    return json.dumps(text, ensure_ascii=False)
