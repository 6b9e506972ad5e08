"""Every hostile file of the corpus is refused cleanly, and nothing on disk changes.

Cleanly: the exit code that says why, one short message that says what and
where (at most about a hundred lines, never megabytes), no traceback, no hang;
every file of the case folder (the document, Bob's copy, the file a planted
link points to) byte for byte as it was, nothing new but what the case allows.
The whole corpus runs in one interpreter (:mod:`tests.reliability.corpus_runner`).
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import random
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bodiag.errors import ExitCode
from bodiag.services import workshop
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.documents import open_document
from tests.conftest import DATA
from tests.reliability import hostile_files as h
from tests.reliability.figures import FIGURES, TRIALS

RUNNER = Path(__file__).with_name("corpus_runner.py")
Builder = Callable[[Path], h.Case]
CASES: dict[str, Builder] = {}


def case(name: str):
    def register(builder: Builder) -> Builder:
        assert name not in CASES, name
        CASES[name] = builder
        return builder
    return register


# -- what stands where a document goes -------------------------------------------------------

for _kind, (_plant, _words) in h.NOT_FILES.items():
    for _command, _argv in h.DOCUMENT_COMMANDS.items():
        @case(f"{_kind} as document, {_command}")
        def _(folder, plant=_plant, words=_words, command=_command, argv=_argv):
            target = folder / (h.COPY if command == "respondent-import" else "x.bodiag")
            target.unlink(missing_ok=True)
            plant(target)
            return h.refused(h.with_x(argv, target.name), ExitCode.DOCUMENT, words)

for _kind, _words in h.BAD_DOCUMENTS.items():
    for _command, _argv in h.DOCUMENT_COMMANDS.items():
        @case(f"{_kind} document, {_command}")
        def _(folder, kind=_kind, words=_words, command=_command, argv=_argv):
            target = folder / (h.COPY if command == "respondent-import" else "x.bodiag")
            target.unlink(missing_ok=True)
            h.bad_document(kind, target, folder / h.DOC)
            return h.refused(h.with_x(argv, target.name), ExitCode.DOCUMENT, words)


@case("a respondent's copy far larger than any document")
def _(folder):
    from bodiag.services.received import MAX_RECEIVED_BYTES

    os.truncate(folder / h.COPY, MAX_RECEIVED_BYTES + 1024 * 1024)  # sparse: no disk space taken
    return h.refused(["respondent-import", h.DOC, "1", "Bob", h.COPY], ExitCode.DOCUMENT, "far larger than")


# -- what is planted beside a document -------------------------------------------------------

LOCK = f".~lock.{h.DOC}#"
WRITE = ["answer", h.DOC, "1", "q1", "applied"]
PLANTED_LOCKS = {  # kind: (plant it at the lock's place, what the message says)
    "link": (lambda lock: lock.symlink_to(Path("outside/precious.txt").resolve()), "a link stands where its lock file"),
    "dangling link": (lambda lock: lock.symlink_to(Path("outside/created").resolve()), "a link stands"),
    "hard link": (lambda lock: os.link("outside/precious.txt", lock), "not a plain file"),
    "named pipe": (h.plant_fifo, "not a plain file"),
    "folder": (h.plant_folder, "cannot lock the document"),
}

for _kind, (_plant, _words) in PLANTED_LOCKS.items():
    for _argv in (WRITE, ["respondent-import", h.DOC, "1", "Bob", h.COPY]):
        @case(f"lock file is a {_kind}, {_argv[0]}")
        def _(folder, plant=_plant, words=_words, argv=_argv):
            os.chdir(folder)  # the links above are made from the case folder
            plant(folder / LOCK)
            return h.refused(argv, ExitCode.DOCUMENT, words)


def plant_log(document: Path) -> None:
    """A write-ahead log made from a copy of ``document`` whose notes say PLANTED, put beside it."""
    import sqlite3

    evil = document.with_name("evil.bodiag")
    shutil.copyfile(document, evil)
    conn = sqlite3.connect(evil)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE answers SET note = 'PLANTED'")
    conn.execute("UPDATE respondent_answers SET note = 'PLANTED'")
    conn.commit()
    log = evil.with_name(evil.name + "-wal").read_bytes()
    conn.close()
    for leftover in evil.parent.glob("evil.bodiag*"):
        leftover.unlink()
    document.with_name(document.name + "-wal").write_bytes(log)


SET_ASIDE = "lay beside the document"
for _argv in (["score", h.DOC], ["export-answers", h.DOC, "1", "out.json"], ["questions", h.DOC, "1"]):
    @case(f"stray write-ahead log, {_argv[0]}")
    def _(folder, argv=_argv):
        plant_log(folder / h.DOC)
        return h.Case(argv, frozenset({ExitCode.OK}), SET_ASIDE, never_in_output="PLANTED",
                      may_change=("doc.bodiag-wal", "doc.bodiag-wal.set-aside-*", "out.json"))

    @case(f"stray shared-memory file, {_argv[0]}")
    def _(folder, argv=_argv):
        (folder / f"{h.DOC}-shm").write_bytes(os.urandom(32768))
        return h.Case(argv, frozenset({ExitCode.OK}), SET_ASIDE,
                      may_change=("doc.bodiag-shm", "doc.bodiag-shm.set-aside-*", "out.json"))


@case("stray write-ahead log beside a respondent's copy")
def _(folder):
    plant_log(folder / h.COPY)
    return h.Case(["respondent-import", h.DOC, "1", "Bob", h.COPY], frozenset({ExitCode.OK}), "imported",
                  may_change=("doc.bodiag", "copy.bodiag-wal", "copy.bodiag-wal.set-aside-*"),
                  never_in_output="PLANTED")


for _kind, (_plant, _words) in h.NOT_FILES.items():
    @case(f"undo log is a {_kind}")
    def _(folder, plant=_plant, words="a link" if _kind == "device" else _words):  # a device is planted as a link
        plant(folder / f"{h.DOC}-journal")
        return h.refused(["score", h.DOC], ExitCode.DOCUMENT, words)


@case("undo log is a link to another file")
def _(folder):
    (folder / f"{h.DOC}-journal").symlink_to((folder / h.OUTSIDE).resolve())
    return h.refused(["score", h.DOC], ExitCode.DOCUMENT, "a link")


# -- files to import that are not files --------------------------------------------------------

INPUT_COMMANDS = {  # name: (command line with F for the file, the file's suffix, exit code)
    "import-answers csv": (["import-answers", h.DOC, "1", "F"], ".csv", ExitCode.INPUT),
    "import-answers json": (["import-answers", h.DOC, "1", "F"], ".json", ExitCode.INPUT),
    "import-answers xlsx": (["import-answers", h.DOC, "1", "F"], ".xlsx", ExitCode.INPUT),
    "actions-import csv": (["actions-import", h.DOC, "F"], ".csv", ExitCode.INPUT),
    "actions-import xlsx": (["actions-import", h.DOC, "F"], ".xlsx", ExitCode.INPUT),
    "respondent-import csv": (["respondent-import", h.DOC, "1", "Bob", "F"], ".csv", ExitCode.INPUT),
    "respondent-import json": (["respondent-import", h.DOC, "1", "Bob", "F"], ".json", ExitCode.INPUT),
    "validate": (["validate", "F"], ".yaml", ExitCode.PROBLEMS),
    "start": (["start", h.DOC, "F"], ".yaml", ExitCode.PROBLEMS),
    "questionnaire-to-xlsx": (["questionnaire-to-xlsx", "F", "out.xlsx"], ".yaml", ExitCode.PROBLEMS),
    "questionnaire-from-xlsx": (["questionnaire-from-xlsx", "F", "out.yaml"], ".xlsx", ExitCode.INPUT),
    "report logo": (["report", h.DOC, "-o", "out.pdf", "--logo", "F"], ".png", ExitCode.INPUT),
}


def with_file(argv: list[str], name: str) -> list[str]:
    return [name if part == "F" else part for part in argv]


for _kind, (_plant, _words) in h.NOT_FILES.items():
    for _command, (_argv, _suffix, _code) in INPUT_COMMANDS.items():
        @case(f"{_kind} to read, {_command}")
        def _(folder, plant=_plant, words=_words, argv=_argv, suffix=_suffix, code=_code):
            plant(folder / f"in{suffix}")
            return h.refused(with_file(argv, f"in{suffix}"), code, words)


# -- files to import built to break their reader -----------------------------------------------


def _write(path: Path, content: str | bytes) -> None:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


for _name, (_answers, _actions, _words) in h.CSV_FILES.items():
    for _argv, _content in ((["import-answers", h.DOC, "1", "in.csv"], _answers),
                            (["respondent-import", h.DOC, "1", "Bob", "in.csv"], _answers),
                            (["actions-import", h.DOC, "in.csv"], _actions)):
        @case(f"CSV {_name}, {_argv[0]}")
        def _(folder, argv=_argv, content=_content, words=_words):
            _write(folder / "in.csv", content)
            return h.refused(argv, ExitCode.INPUT, words)


@case("CSV flood of bad rows with long ids")
def _(folder):
    _write(folder / "in.csv", h.answers_csv("".join(f"{'x' * 3000}{i},decided,\n" for i in range(5000))))
    return h.refused(["import-answers", h.DOC, "1", "in.csv"], ExitCode.INPUT, "… and 4900 more problems")


for _name, (_content, _words) in h.JSON_FILES.items():
    for _argv in (["import-answers", h.DOC, "1", "in.json"], ["respondent-import", h.DOC, "1", "Bob", "in.json"]):
        @case(f"JSON {_name}, {_argv[0]}")
        def _(folder, argv=_argv, content=_content, words=_words):
            _write(folder / "in.json", content)
            return h.refused(argv, ExitCode.INPUT, words)


for _name, (_content, _words) in h.YAML_FILES.items():
    for _argv in (["validate", "in.yaml"], ["start", h.DOC, "in.yaml"],
                  ["questionnaire-to-xlsx", "in.yaml", "out.xlsx"]):
        @case(f"YAML {_name}, {_argv[0]}")
        def _(folder, argv=_argv, content=_content, words=_words):
            _write(folder / "in.yaml", content)
            return h.refused(argv, ExitCode.PROBLEMS, words, never_in_output="pwned")


XLSX_READERS = {  # command: (its command line, a header row and a sound row, the sheet's title)
    "import-answers": (["import-answers", h.DOC, "1", "in.xlsx"], ["question", "value"], ["q1", "decided"], "answers"),
    "actions-import": (["actions-import", h.DOC, "in.xlsx"], ["Identifiant", "Titre"], ["", "Action"], "Plan d'action"),
    "questionnaire-from-xlsx": (["questionnaire-from-xlsx", "in.xlsx", "out.yaml"], ["field", "value"], ["id", "mini"],
                                "questionnaire"),
}

for _command, (_argv, _header, _row, _title) in XLSX_READERS.items():
    for _name in h.xlsx_files(["a"], ["b"]):
        @case(f"XLSX {_name}, {_command}")
        def _(folder, argv=_argv, header=_header, row=_row, title=_title, name=_name):
            content, words = h.xlsx_files(header, row, title)[name]
            _write(folder / "in.xlsx", content)
            return h.refused(argv, ExitCode.INPUT, words)


# -- respondents' copies that are not what bodiag writes -----------------------------------------

HOSTILE_COPIES = {  # name: (SQL run on Bob's copy, what the message says)
    "deep answer JSON": (f"""UPDATE respondent_answers SET value = '{{"text": {h.DEEP}}}'""", "unreadable answer"),
    "integer for text": ("""UPDATE respondent_answers SET value = '{"option": 7}'""", "unreadable answer"),
    "binary note": ("UPDATE respondent_answers SET note = X'00FF00'", "binary data"),
    "view": ("CREATE VIEW everything AS SELECT * FROM answers", "view 'everything'"),
    "note not in UTF-8": ("UPDATE respondent_answers SET note = CAST(X'C328FF' AS TEXT)", "not valid UTF-8"),
}


@case("a document whose note is not UTF-8")
def _(folder):
    h._sql(folder / h.DOC, "UPDATE answers SET note = CAST(X'C328FF' AS TEXT)")
    return h.refused(["score", h.DOC], ExitCode.DOCUMENT, "not valid UTF-8")


# Documents with random bytes changed (a disk's or a program's damage): read as sound, or refused, never a crash.
MUTATED = max(12, 3 * TRIALS)
for _number in range(MUTATED):
    for _argv in (["score", "x.bodiag"], ["respondent-import", h.DOC, "1", "Bob", "x.bodiag"]):
        @case(f"document with random bytes changed #{_number}, {_argv[0]}")
        def _(folder, number=_number, argv=_argv):
            rng = random.Random(number)
            raw = bytearray((folder / h.DOC).read_bytes())
            for _ in range(rng.choice([1, 4, 16, 64])):
                raw[rng.randrange(100, len(raw))] = rng.randrange(256)
            (folder / "x.bodiag").write_bytes(bytes(raw))
            return h.Case(argv, frozenset({ExitCode.OK, ExitCode.DOCUMENT}), "", may_change=(h.DOC,))

for _name, (_sql, _words) in HOSTILE_COPIES.items():
    @case(f"respondent's copy with {_name}")
    def _(folder, sql=_sql, words=_words):
        h._sql(folder / h.COPY, sql)
        return h.refused(["respondent-import", h.DOC, "1", "Bob", h.COPY], ExitCode.DOCUMENT, words)


# -- running the corpus ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A workshop document (assessment 1 of the mini questionnaire, Bob and Alice) and Bob's answered copy."""
    folder = tmp_path_factory.mktemp("template")
    with Diagnostic.create(folder / h.DOC, "ACME") as diagnostic:
        assessment = diagnostic.start(str(DATA / "mini.yaml"), assessor="Claire", mode="workshop")
        bob = workshop.add_respondent(diagnostic, assessment, "Bob", "accounting")
        workshop.add_respondent(diagnostic, assessment, "Alice", "director")
        diagnostic.answer(assessment, "q1", "decided", note="first note")
        workshop.respondent_answer(diagnostic, assessment, bob, "q1", "none", note="avant")
    shutil.copyfile(folder / h.DOC, folder / h.COPY)
    with open_document(folder / h.COPY) as theirs:
        answered = theirs.assessment(1)
        theirs.answer(answered, "q1", "applied", note="d'après moi", respondent="Bob")
        theirs.answer(answered, "q2", "l4")
    return folder


def state(folder: Path) -> dict[str, tuple]:
    """What lies in ``folder``, name by name: its kind, and a regular file's digest or a link's target."""
    found = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root, name)
            info = path.lstat()
            if stat.S_ISREG(info.st_mode):
                with path.open("rb") as handle:
                    digest = hashlib.file_digest(handle, "sha256").hexdigest()
                found[str(path.relative_to(folder))] = ("file", digest, info.st_size)
            elif stat.S_ISLNK(info.st_mode):
                found[str(path.relative_to(folder))] = ("link", os.readlink(path))
            else:
                found[str(path.relative_to(folder))] = (stat.S_IFMT(info.st_mode),)
    return found


@pytest.fixture(scope="module")
def outcomes(template, tmp_path_factory) -> dict[str, tuple[h.Case, dict, dict, dict]]:
    base = tmp_path_factory.mktemp("corpus")
    built, cases = {}, {}
    here = os.getcwd()
    try:
        for number, (name, builder) in enumerate(CASES.items()):
            folder = base / f"c{number}"
            folder.mkdir()
            for file in (h.DOC, h.COPY):
                shutil.copyfile(template / file, folder / file)
            (folder / h.OUTSIDE).parent.mkdir()
            (folder / h.OUTSIDE).write_text(h.PRECIOUS, encoding="utf-8")
            os.chdir(folder)
            built[name] = (builder(folder), state(folder), folder)
            cases[name] = {"argv": built[name][0].argv, "cwd": str(folder)}
    finally:
        os.chdir(here)
    results = run_corpus(cases, base)
    return {name: (c, before, results[name], state(folder), folder) for name, (c, before, folder) in built.items()}


def run_corpus(cases: dict[str, dict], base: Path) -> dict[str, dict]:
    """Every case's result; after a hang (the runner ends), the rest run in a new runner."""
    results: dict[str, dict] = {}
    while len(results) < len(cases):
        plan = base / "cases.json"
        plan.write_text(json.dumps({n: c for n, c in cases.items() if n not in results}), encoding="utf-8")
        done = subprocess.run([sys.executable, str(RUNNER), str(plan)], capture_output=True, text=True, timeout=900)
        lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
        assert lines, f"the corpus runner stopped before its first case: {done.stderr[-3000:]}"
        results.update((line["name"], line) for line in lines)
    return results


def _allowed(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


@pytest.mark.parametrize("name", CASES)
def test_a_hostile_file_is_refused_cleanly_and_changes_nothing(outcomes, name):
    c, before, result, after, folder = outcomes[name]
    assert result["crash"] is None, result["crash"]
    err = result["err"]
    assert result["code"] in c.codes, f"exit {result['code']}: {err[-2000:]}"
    assert c.says in result["out"] + err, err[-2000:]  # validate lists problems on stdout
    assert "Traceback" not in err
    lines = err.splitlines()
    assert result["err_chars"] < 20_000 and len(lines) <= 103, "a refusal is told in few words"
    assert max(map(len, lines), default=0) < 1_000, "no long value is echoed whole"
    changed = sorted(n for n in set(before) | set(after)
                     if before.get(n) != after.get(n) and not _allowed(n, c.may_change))
    assert changed == [], "nothing on disk changes but what the command is for"
    if c.never_in_output:
        outputs = [result["out"], err] + [p.read_text(encoding="utf-8", errors="replace")
                                          for p in folder.glob("out.*") if p.is_file()]
        assert not any(c.never_in_output in text for text in outputs), "a planted file's content is never used"
    FIGURES.refused += 1
