"""A questionnaire as a workbook a colleague can review, and back.

:func:`questionnaire_to_xlsx` writes one sheet per kind of object (layout in
:mod:`bodiag.services.questionnaire_sheet_layout`) with a « Lisez-moi » sheet
that explains it. :func:`questionnaire_from_xlsx` reads a reviewed workbook in
the same layout, checks it exactly as ``bodiag validate`` checks a file, and
writes the questionnaire file; every problem says its sheet, row and column,
and nothing is written unless there is none. A questionnaire that goes there
and back is the same questionnaire (the two compare equal).
"""

from __future__ import annotations

import io
from enum import Enum
from pathlib import Path
from typing import Any

import msgspec

from bodiag.domain.loader import load_data, load_file, load_text
from bodiag.domain.model import Questionnaire, Section, _QuestionBase, to_data
from bodiag.domain.text import LocalText
from bodiag.errors import BodiagError, ExitCode, InputError
from bodiag.services import xlsx
from bodiag.services.questionnaire_sheet_layout import (
    BANDS,
    ITEMS,
    KPIS,
    TAGS,
    CREDITS,
    LEVELS,
    QUESTIONNAIRE,
    QUESTIONNAIRE_FIELDS,
    QUESTIONS,
    README,
    RECOMMENDATIONS,
    SCALES,
    SECTIONS,
    SHEETS,
    VERDICT,
    Sheet,
    write_cell,
)
from bodiag.services.questionnaire_sheet_reader import SheetReader

FIRST_KEYS = ("format", "id", "kind", "scale")
LAST_KEYS = ("questions", "sections", "recommendations")


class SheetProblems(BodiagError):
    """A reviewed workbook has problems; ``problems`` lists them all, each with its sheet, row and column."""

    exit_code = ExitCode.PROBLEMS

    def __init__(self, path: Path, problems: list[str]):
        self.problems = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}")


# -- questionnaire → workbook ---------------------------------------------------------------------


def questionnaire_to_xlsx(path_yaml: str | Path, out_xlsx: str | Path) -> Path:
    """Write the questionnaire file ``path_yaml`` as a workbook for review; raises if the file has problems."""
    questionnaire = load_file(path_yaml).raise_for_problems()
    out = Path(out_xlsx)
    try:
        workbook = questionnaire_workbook(questionnaire, Path(path_yaml).name)
    except InputError as exc:  # a text no spreadsheet cell can hold
        raise InputError(f"{out}: not written: {exc}") from None
    xlsx.save_workbook(workbook, out)
    return out


def questionnaire_workbook(questionnaire: Questionnaire, source_name: str = "") -> Any:
    data = _without_none(to_data(questionnaire))
    rows: dict[str, list[dict[str, Any]]] = {sheet.name: [] for sheet in SHEETS}
    for key, (codec, meaning) in QUESTIONNAIRE_FIELDS.items():
        rows[QUESTIONNAIRE.name].append({"field": key, "meaning": meaning, "value": write_cell(_get(data, key), codec)})
    for scale in data["scales"]:
        for i, option in enumerate(scale["options"]):
            first = {"scale_label": scale.get("label")} if i == 0 else {}
            rows[SCALES.name].append(_flat(SCALES, {**option, "scale": scale["id"], **first}))
    rows[BANDS.name] = [_flat(BANDS, band) for band in data["bands"]]
    for section, parent in _walk(data["sections"], None):
        rows[SECTIONS.name].append(_flat(SECTIONS, {**section, "parent": parent}))
        for question in section.get("questions", []):
            rows[QUESTIONS.name].append(_flat(QUESTIONS, {**question, "section": section["id"]}))
            owner = {"question": question["id"]}
            for level, text in question.get("levels", {}).items():
                rows[LEVELS.name].append(_flat(LEVELS, {**owner, "level": level, "text": text}))
            rows[ITEMS.name] += [_flat(ITEMS, {**owner, **item}) for item in question.get("items", [])]
            rows[RECOMMENDATIONS.name] += [_flat(RECOMMENDATIONS, {**owner, **r}) for r in question["recommendations"]]
    for rule in (data.get("verdict") or {}).get("rules", []):
        for i, criterion in enumerate(rule["criteria"]):
            head = {"rule": rule["id"], **{k: rule.get(k) for k in ("label", "meaning", "when")}} if i == 0 else {}
            rows[VERDICT.name].append(_flat(VERDICT, {**criterion, **head}))
    rows[KPIS.name] = [_flat(KPIS, kpi) for kpi in data["kpis"]]
    rows[TAGS.name] = [_flat(TAGS, tag) for tag in data["tags"]]
    rows[CREDITS.name] = [_flat(CREDITS, credit) for credit in data["credits"]]

    workbook = xlsx.new_workbook()
    _readme(workbook, questionnaire, source_name)
    for sheet in SHEETS:
        _write_sheet(workbook, sheet, rows[sheet.name])
    return workbook


def _get(data: Any, key: str) -> Any:
    for part in key.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def _flat(sheet: Sheet, obj: dict[str, Any]) -> dict[str, Any]:
    return {c.key: write_cell(_get(obj, c.key), c.codec) for c in sheet.columns}


def _walk(sections: list[dict], parent: str | None):
    for section in sections:
        yield section, parent
        yield from _walk(section.get("sections", []), section["id"])


def _write_sheet(workbook: Any, sheet: Sheet, rows: list[dict[str, Any]]) -> None:
    ws = xlsx.add_table(workbook, sheet.name, [(c.header, c.width) for c in sheet.columns])
    wrap = [c.wrap for c in sheet.columns]
    for number, row in enumerate(rows, start=2):
        xlsx.append_row(ws, [row.get(c.key) for c in sheet.columns], f"sheet '{sheet.name}', row {number}", wrap)
    for index, column in enumerate(sheet.columns, start=1):
        if column.choices:
            xlsx.add_choices(ws, index, column.choices, len(rows) + 1)
    if rows:
        ws.auto_filter.ref = ws.dimensions


def _readme(workbook: Any, questionnaire: Questionnaire, source_name: str) -> None:
    ws = xlsx.add_table(workbook, README, [(f"{questionnaire.title.fr} — version {questionnaire.version}", 140)])
    lines = [
        f"Ce classeur est le questionnaire « {questionnaire.id} »"
        + (f" (fichier {source_name})" if source_name else "") + ", mis en tableaux pour être relu.",
        "Modifiez les textes, poids, recommandations… puis reconstruisez le fichier : "
        "bodiag questionnaire-from-xlsx CE-FICHIER.xlsx QUESTIONNAIRE.yaml (chaque problème est signalé "
        "avec sa feuille, sa ligne et sa colonne ; rien n’est écrit tant qu’il en reste un).",
        "Ne renommez ni les feuilles ni les en-têtes de colonnes ; une colonne dont l’en-tête commence par "
        "« Commentaire » ou « # » est ignorée : notez-y vos remarques.",
        "Les identifiants (id) sont stables : les réponses s’y rapportent, ne les réutilisez pas pour autre chose.",
        "Listes d’identifiants séparées par des virgules ; seuils séparés par des points-virgules (2; 5; 10) ; "
        "oui/non pour les cases à cocher ; conditions et poids par profil en YAML compact, "
        "par exemple {question: q03, in: [decided]} ou {phase: {growth: 2}}.",
        "",
    ] + [f"{sheet.name} : {sheet.about}." for sheet in SHEETS]
    for number, line in enumerate(lines, start=2):
        xlsx.append_row(ws, [line], f"sheet '{README}', row {number}", [True])


# -- workbook → questionnaire ---------------------------------------------------------------------


def questionnaire_from_xlsx(in_xlsx: str | Path, out_yaml: str | Path) -> Questionnaire:
    """Rebuild a questionnaire file from a reviewed workbook; raise :class:`SheetProblems` if it has any."""
    source, out = Path(in_xlsx), Path(out_yaml)
    questionnaire = read_questionnaire_workbook(source)
    text = f"# Rebuilt from {source.name} by bodiag questionnaire-from-xlsx.\n" + questionnaire_yaml(questionnaire)
    rebuilt = load_text(text, str(out))
    if rebuilt.problems or rebuilt.questionnaire != questionnaire:  # pragma: no cover - a bug, never the user's
        raise InputError(f"{out}: not written: the rebuilt file does not read back the same ({rebuilt.problems[:1]})")
    from bodiag.file_safety import write_atomically

    write_atomically(out, text)
    return questionnaire


def read_questionnaire_workbook(path: Path) -> Questionnaire:
    """The questionnaire a reviewed workbook describes, checked as ``bodiag validate`` checks a file."""
    reader = SheetReader(path)
    data = reader.read()
    result = load_data(data, str(path))  # checked as a file is, without writing it out and reading it back
    problems = list(reader.problems)
    reported = {ref for ref, _ in problems}
    for problem in result.problems:
        ref = reader.locate(problem.path)
        if ref is None or ref not in reported:
            problems.append((ref, reader.explain(problem.message)))
    if problems:
        ordered = sorted(problems, key=lambda p: p[0].order if p[0] else (-1,))
        raise SheetProblems(path, [f"{path}: {ref}: {message}" if ref else f"{path}: {message}" for ref, message in ordered])
    assert result.questionnaire is not None
    return result.questionnaire


# -- YAML ----------------------------------------------------------------------------------------


def questionnaire_yaml(questionnaire: Questionnaire) -> str:
    """The questionnaire as a tidy file: defaults left out, French-only texts as plain strings."""
    return dump_yaml(_plain(questionnaire))


def dump_yaml(data: Any) -> str:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt", pure=True)
    yaml.width = 4096
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.ignore_aliases = lambda *args: True
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


def _default(info: msgspec.structs.FieldInfo) -> Any:
    return info.default_factory() if info.default is msgspec.NODEFAULT else info.default


def _without_none(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _without_none(v) for k, v in data.items() if v is not None}
    if isinstance(data, list):
        return [_without_none(v) for v in data]
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, LocalText):
        return value.fr if value.en is None else {"fr": value.fr, "en": value.en}
    if isinstance(value, msgspec.Struct):
        fields = {info.encode_name: info for info in msgspec.structs.fields(value)}
        if isinstance(value, _QuestionBase):
            fields = {"kind": None, **fields}  # the kind is the struct's tag, not a field
        names = list(fields)
        if isinstance(value, (Section, _QuestionBase)):
            first = [n for n in FIRST_KEYS if n in fields]
            last = [n for n in LAST_KEYS if n in fields]
            names = first + [n for n in names if n not in first and n not in last] + last
        out = {}
        for name in names:
            info = fields[name]
            if info is None:
                out[name] = value.kind
                continue
            item = getattr(value, info.name)
            if not info.required and item == _default(info):
                continue
            out[name] = _plain(item)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
