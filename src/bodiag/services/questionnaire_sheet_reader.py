"""Read a reviewed questionnaire workbook back into the data of a questionnaire file.

:class:`SheetReader` builds the same nested data a YAML file holds, and
remembers which cell each value came from (by its path in the data, such as
``sections[1].questions[3].scale``), so that a problem found later by the
questionnaire loader can be reported at its sheet, row and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bodiag.domain.text import is_blank
from bodiag.services import xlsx
from bodiag.services.questionnaire_sheet_layout import (
    BANDS,
    IGNORED_HEADERS,
    ITEMS,
    KPIS,
    TAGS,
    CREDITS,
    LEVELS,
    QUESTIONNAIRE,
    QUESTIONNAIRE_FIELDS,
    QUESTIONS,
    RECOMMENDATIONS,
    SCALES,
    SECTIONS,
    SHEETS,
    VERDICT,
    CellProblem,
    Sheet,
    header_names,
    read_cell,
)

MAX_SHEET_ROWS = 20_000
RULE_KEYS = ("label.fr", "label.en", "meaning.fr", "meaning.en", "when")
CRITERION_KEYS = ("metric", "section", "question", "below", "at_least", "reason.fr", "reason.en")
_LAST_PART = re.compile(r"(\.[^.\[\]]+|\[\d+\])$")


@dataclass(frozen=True)
class CellRef:
    sheet: str
    row: int | None = None
    letter: str | None = None
    header: str | None = None

    def __str__(self) -> str:
        text = f"sheet '{self.sheet}'"
        if self.row is not None:
            text += f", row {self.row}"
        if self.letter is not None:
            text += f", column {self.letter} ({self.header})"
        return text

    @property
    def order(self) -> tuple:
        index = next((i for i, s in enumerate(SHEETS) if s.name == self.sheet), len(SHEETS))
        return (index, self.row or 0, len(self.letter or ""), self.letter or "")


@dataclass
class Row:
    sheet: Sheet
    number: int
    values: dict[str, Any]
    letters: dict[str, str]

    def ref(self, key: str) -> CellRef:
        letter = self.letters.get(key)
        header = self.sheet.column(key).header if letter else None
        return CellRef(self.sheet.name, self.number, letter, header)

    def blank(self, key: str) -> bool:
        return is_blank(self.values.get(key))

    def id(self, key: str) -> str:
        return (xlsx.cell_text(self.values.get(key)) or "").strip()


@dataclass
class SheetReader:
    path: Path
    problems: list[tuple[CellRef | None, str]] = field(default_factory=list)
    cells: dict[str, CellRef] = field(default_factory=dict)

    # -- the workbook -------------------------------------------------------------------------

    def read(self) -> dict[str, Any]:
        """The questionnaire's data; problems found on the way are in ``problems``."""
        tables: dict[str, list[Row]] = {}
        with xlsx.read_workbook(self.path) as workbook:
            by_name = {xlsx.header_key(ws.title): ws for ws in workbook.worksheets}
            for sheet in SHEETS:
                names = {xlsx.header_key(n) for n in (sheet.name, *sheet.aliases)}
                ws = next((by_name[n] for n in names if n in by_name), None)
                if ws is None and sheet.required:
                    self.problems.append((CellRef(sheet.name), "this sheet is missing"))
                tables[sheet.name] = self._table(ws, sheet) if ws is not None else []
        data: dict[str, Any] = {}
        self._questionnaire(data, tables[QUESTIONNAIRE.name])
        self._scales(data, tables[SCALES.name])
        self._list(data, "bands", tables[BANDS.name], BANDS)
        sections = self._sections(data, tables[SECTIONS.name])
        questions = self._questions(sections, tables[QUESTIONS.name])
        self._levels(questions, tables[LEVELS.name])
        self._children(questions, tables[ITEMS.name], ITEMS, "items")
        self._children(questions, tables[RECOMMENDATIONS.name], RECOMMENDATIONS, "recommendations")
        self._verdict(data, tables[VERDICT.name])
        self._list(data, "kpis", tables[KPIS.name], KPIS)
        self._list(data, "tags", tables[TAGS.name], TAGS)
        self._list(data, "credits", tables[CREDITS.name], CREDITS)
        return data

    def _table(self, ws: Any, sheet: Sheet) -> list[Row]:
        from openpyxl.utils import get_column_letter

        columns: dict[int, str] | None = None
        letters: dict[str, str] = {}
        rows: list[Row] = []
        for number, values in xlsx.sheet_rows(ws, self.path, MAX_SHEET_ROWS):
            if all(is_blank(v) for v in values):
                continue
            if columns is None:
                columns = {}
                for index, value in enumerate(values):
                    name, letter = xlsx.header_key(value), get_column_letter(index + 1)
                    if not name or name.startswith(IGNORED_HEADERS):
                        continue
                    column = next((c for c in sheet.columns if name in header_names(c)), None)
                    if column is None:
                        self.problems.append((CellRef(sheet.name, number, letter, str(value)), "unknown column"))
                    elif column.key in letters:
                        self.problems.append((CellRef(sheet.name, number, letter, str(value)), "column given twice"))
                    else:
                        columns[index], letters[column.key] = column.key, letter
                continue
            cells = {key: values[i] for i, key in columns.items() if i < len(values) and not is_blank(values[i])}
            if cells:
                rows.append(Row(sheet, number, cells, letters))
        return rows

    # -- values -------------------------------------------------------------------------------

    def put(self, obj: dict, path: str, row: Row, key: str, target: tuple[str, ...] | None = None) -> None:
        """Read the cell of column ``key`` into ``obj`` (at ``target``, default the key's parts)."""
        target = target or tuple(key.split("."))
        self.cells[_join(path, *target)] = row.ref(key)  # even when blank: a missing value belongs here
        if row.blank(key):
            return
        column = row.sheet.column(key)
        try:
            value = read_cell(row.values[key], column.codec, self._flow)
        except CellProblem as exc:
            hint = " (separate numbers with ';', e.g. 2; 5; 10)" if column.codec == "numbers" else ""
            self.problems.append((row.ref(key), f"{exc}{hint}"))
            return
        if value == [] and column.codec == "ids":
            return
        for part in target[:-1]:
            obj = obj.setdefault(part, {})
        obj[target[-1]] = value

    def _flow(self, text: str) -> Any:
        from bodiag.domain.loader import _parse_yaml  # the same safe parser as questionnaire files

        value, problem = _parse_yaml(text, "cell")
        if problem is not None:
            raise CellProblem(f"not valid YAML: {problem.message}")
        return _plain(value)

    def _object(self, row: Row, path: str, keys: Any, first: str = "id") -> dict:
        obj: dict[str, Any] = {}
        self.cells[path] = row.ref(first)
        for key in keys:
            self.put(obj, path, row, key)
        return obj

    # -- sheets -------------------------------------------------------------------------------

    def _questionnaire(self, data: dict, rows: list[Row]) -> None:
        for key in QUESTIONNAIRE_FIELDS:
            self.cells[key] = CellRef(QUESTIONNAIRE.name)
        seen: dict[str, int] = {}
        for row in rows:
            name = row.id("field")
            if name not in QUESTIONNAIRE_FIELDS:
                message = f"unknown field '{name}'" if name else "no field name"
                self.problems.append((row.ref("field"), message))
                continue
            if name in seen:
                self.problems.append((row.ref("field"), f"field '{name}' given twice (first on row {seen[name]})"))
                continue
            seen[name] = row.number
            codec = QUESTIONNAIRE_FIELDS[name][0]
            self.cells[name] = row.ref("value")
            if row.blank("value"):
                continue
            if codec == "version" and isinstance(row.values["value"], (int, float)):
                self.problems.append((row.ref("value"), "the version must be text such as '1.0' (the spreadsheet "
                                      "turned it into a number: type it again after an apostrophe, '1.0)"))
                continue
            try:
                value = read_cell(row.values["value"], codec, self._flow)
            except CellProblem as exc:
                self.problems.append((row.ref("value"), str(exc)))
                continue
            *parents, last = name.split(".")
            obj = data
            for part in parents:
                obj = obj.setdefault(part, {})
            obj[last] = value

    def _scales(self, data: dict, rows: list[Row]) -> None:
        self.cells["scales"] = CellRef(SCALES.name)
        scales: list[dict] = data.setdefault("scales", [])
        found: dict[str, tuple[dict, str]] = {}
        previous = ""
        option_keys = [c.key for c in SCALES.columns if not c.key.startswith("scale")]
        for row in rows:
            scale_id = row.id("scale") or previous
            if not scale_id:
                self.problems.append((row.ref("scale"), "which scale? give its id"))
                continue
            previous = scale_id
            if scale_id not in found:
                path = f"scales[{len(scales)}]"
                scale = {"id": scale_id}
                scales.append(scale)
                found[scale_id] = (scale, path)
                self.cells[path] = self.cells[f"{path}.id"] = row.ref("scale")
            scale, path = found[scale_id]
            for lang in ("fr", "en"):
                key = f"scale_label.{lang}"
                given = scale.get("label", {}).get(lang)
                if given is not None and not row.blank(key) and xlsx.cell_text(row.values[key]) != given:
                    self.problems.append((row.ref(key), f"scale '{scale_id}' already has another name"))
                elif given is None:
                    self.put(scale, path, row, key, ("label", lang))
            options = scale.setdefault("options", [])
            options.append(self._object(row, f"{path}.options[{len(options)}]", option_keys))

    def _list(self, data: dict, name: str, rows: list[Row], sheet: Sheet) -> None:
        self.cells[name] = CellRef(sheet.name)
        keys = [c.key for c in sheet.columns]
        items = [self._object(row, f"{name}[{i}]", keys, sheet.columns[0].key) for i, row in enumerate(rows)]
        if items or sheet.required:
            data[name] = items

    def _sections(self, data: dict, rows: list[Row]) -> dict[str, tuple[dict, str]]:
        self.cells["sections"] = CellRef(SECTIONS.name)
        top: list[dict] = data.setdefault("sections", [])
        found: dict[str, tuple[dict, str]] = {}
        keys = [c.key for c in SECTIONS.columns if c.key != "parent"]
        for row in rows:
            parent = row.id("parent")
            if parent and parent not in found:
                self.problems.append(
                    (row.ref("parent"), f"unknown parent section '{parent}' (a parent section comes on an earlier row)")
                )
                continue
            siblings = found[parent][0].setdefault("sections", []) if parent else top
            path = f"{found[parent][1]}.sections[{len(siblings)}]" if parent else f"sections[{len(siblings)}]"
            section = self._object(row, path, keys)
            siblings.append(section)
            if row.id("id"):
                found.setdefault(row.id("id"), (section, path))
        return found

    def _questions(self, sections: dict[str, tuple[dict, str]], rows: list[Row]) -> dict[str, tuple[dict, str]]:
        found: dict[str, tuple[dict, str]] = {}
        keys = [c.key for c in QUESTIONS.columns if c.key != "section"]
        for row in rows:
            section_id = row.id("section")
            if section_id not in sections:
                message = f"unknown section '{section_id}'" if section_id else "which section? give its id"
                self.problems.append((row.ref("section"), f"{message} (see the sheet '{SECTIONS.name}')"))
                continue
            section, section_path = sections[section_id]
            questions = section.setdefault("questions", [])
            path = f"{section_path}.questions[{len(questions)}]"
            question = self._object(row, path, keys)
            questions.append(question)
            if row.id("id"):
                found.setdefault(row.id("id"), (question, path))
        return found

    def _question_of(self, row: Row, questions: dict[str, tuple[dict, str]]) -> tuple[dict, str] | None:
        question_id = row.id("question")
        if question_id not in questions:
            message = f"unknown question '{question_id}'" if question_id else "which question? give its id"
            self.problems.append((row.ref("question"), f"{message} (see the sheet '{QUESTIONS.name}')"))
            return None
        return questions[question_id]

    def _levels(self, questions: dict[str, tuple[dict, str]], rows: list[Row]) -> None:
        first_rows: dict[tuple[str, str], int] = {}
        for row in rows:
            found = self._question_of(row, questions)
            if found is None:
                continue
            question, path = found
            level = row.id("level")
            if not level:
                self.problems.append((row.ref("level"), "which level? give an option id of the question's scale"))
                continue
            key = (row.id("question"), level)
            if key in first_rows:
                self.problems.append((row.ref("level"), f"level '{level}' given twice (first on row {first_rows[key]})"))
                continue
            first_rows[key] = row.number
            levels = question.setdefault("levels", {})
            self.cells[f"{path}.levels.{level}"] = row.ref("level")
            for lang in ("fr", "en"):
                self.put(levels, f"{path}.levels", row, f"text.{lang}", (level, lang))

    def _children(self, questions: dict[str, tuple[dict, str]], rows: list[Row], sheet: Sheet, name: str) -> None:
        keys = [c.key for c in sheet.columns if c.key != "question"]
        for row in rows:
            found = self._question_of(row, questions)
            if found is None:
                continue
            question, path = found
            children = question.setdefault(name, [])
            children.append(self._object(row, f"{path}.{name}[{len(children)}]", keys))

    def _verdict(self, data: dict, rows: list[Row]) -> None:
        self.cells["verdict"] = CellRef(VERDICT.name)
        rules: list[dict] = []
        current: tuple[dict, str, Row] | None = None
        for row in rows:
            rule_id = row.id("rule")
            if rule_id and (current is None or rule_id != current[2].id("rule")):
                path = f"verdict.rules[{len(rules)}]"
                rule = self._object(row, path, ["rule", *RULE_KEYS], "rule")
                rule["id"] = rule.pop("rule", rule_id)
                self.cells[f"{path}.id"] = row.ref("rule")
                rules.append(rule)
                current = (rule, path, row)
            elif current is None:
                self.problems.append((row.ref("rule"), "the first row of the sheet names its rule"))
                continue
            else:
                first = current[2]
                for key in RULE_KEYS:
                    if not row.blank(key) and xlsx.cell_text(row.values[key]) != xlsx.cell_text(first.values.get(key)):
                        self.problems.append((row.ref(key), f"a rule's fields go on its first row (row {first.number})"))
            rule, path, _ = current
            if any(not row.blank(key) for key in CRITERION_KEYS):
                criteria = rule.setdefault("criteria", [])
                criteria.append(self._object(row, f"{path}.criteria[{len(criteria)}]", CRITERION_KEYS, "metric"))
        verdict = data.get("verdict")
        if rules or verdict:
            data.setdefault("verdict", {})["rules"] = rules

    # -- locating problems found in the data ---------------------------------------------------

    def locate(self, path: str) -> CellRef | None:
        while path:
            if path in self.cells:
                return self.cells[path]
            shorter = _LAST_PART.sub("", path)
            if shorter == path:
                break
            path = shorter
        return None

    def explain(self, message: str) -> str:
        """A loader message with the data paths it quotes replaced by where they are in the workbook."""

        def where(match: re.Match) -> str:
            ref = self.locate(match.group(2))
            return f"{match.group(1)}{ref}" if ref else match.group(0)

        return re.sub(r"(first used at )([A-Za-z_][\w.\[\]-]*)", where, message)


def _join(path: str, *parts: str) -> str:
    return ".".join(p for p in (path, *parts) if p)


def _plain(value: Any) -> Any:
    """ruamel's mappings, sequences and scalars as plain Python values."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return str(value)
