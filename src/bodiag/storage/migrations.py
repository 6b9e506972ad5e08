"""The document schema, as the ordered list of steps that build it.

Each step runs in one transaction with its record in ``_sqlite_migrations``
(sqlite-utils' :class:`~sqlite_utils.migrations.Migrations`) and sets
``PRAGMA user_version`` to its number, so a document's version can be read from
its header without opening it. Steps are never edited once released: a change
is a new step. ``tests/fixtures/documents/`` keeps one document per past version.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "bodiag"
STEPS: list[str] = []
_FUNCTIONS: list[Callable[[Database], None]] = []


def _step(func: Callable[[Database], None]) -> Callable[[Database], None]:
    STEPS.append(func.__name__)
    _FUNCTIONS.append(func)
    return func


def database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils' view of a connection, imported only when the schema is built or upgraded.

    Opening a current document never needs it, which keeps sqlite-utils (and the
    command-line libraries it imports) out of the desktop app's start-up.
    """
    from sqlite_utils import Database

    return Database(conn, recursive_triggers=False, execute_plugins=False)


@lru_cache(maxsize=1)
def migration_set() -> Migrations:
    """The steps as sqlite-utils migrations: each in one transaction with its record."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for number, func in enumerate(_FUNCTIONS, start=1):

        def run(db: Database, func: Callable[[Database], None] = func, number: int = number) -> None:
            func(db)
            db.execute(f"PRAGMA user_version = {number}")

        run.__name__ = func.__name__
        migrations(name=func.__name__)(run)
    return migrations


def applied_steps(conn: sqlite3.Connection) -> list[str]:
    """Names of the steps recorded in a document, read with plain SQL."""
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
    ).fetchall()
    return [name for (name,) in rows]


@_step
def m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE organisation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            sector TEXT NOT NULL DEFAULT '',
            headcount TEXT,
            phase TEXT,
            outsourcing TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE questionnaire_snapshots (
            sha256 TEXT PRIMARY KEY,
            questionnaire_id TEXT NOT NULL,
            version TEXT NOT NULL,
            source TEXT NOT NULL,
            model TEXT NOT NULL,
            stored_at TEXT NOT NULL
        );
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            snapshot TEXT NOT NULL REFERENCES questionnaire_snapshots(sha256),
            title TEXT NOT NULL,
            assessor TEXT NOT NULL DEFAULT '',
            mode TEXT NOT NULL DEFAULT 'self' CHECK (mode IN ('self', 'workshop')),
            target REAL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE answers (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            value TEXT,
            note TEXT NOT NULL DEFAULT '',
            respondent TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, question_id)
        );
        CREATE TABLE answer_history (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            old_note TEXT,
            new_note TEXT,
            respondent TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL
        );
        CREATE INDEX answer_history_by_question ON answer_history (assessment_id, question_id);
        """
    )


@_step
def m002_identities(db: Database) -> None:
    """Give the document and each assessment a stable identity that survives copies and renames,
    so that a copy handed to a respondent can be matched back to its assessment."""
    db.executescript(
        """
        CREATE TABLE document (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            uuid TEXT NOT NULL,
            created_by TEXT NOT NULL,
            written_by TEXT NOT NULL
        );
        ALTER TABLE assessments ADD COLUMN uuid TEXT;
        """
    )
    from bodiag import __version__

    db.execute(
        "INSERT INTO document (id, uuid, created_by, written_by) VALUES (1, ?, ?, ?)",
        [str(uuid.uuid4()), "unknown (before version 2)", __version__],
    )
    for (assessment_id,) in db.execute("SELECT id FROM assessments").fetchall():
        db.execute("UPDATE assessments SET uuid = ? WHERE id = ?", [str(uuid.uuid4()), assessment_id])
    db.execute("CREATE UNIQUE INDEX assessments_by_uuid ON assessments (uuid)")
    # History records that a note changed, never its text: a note the user rewrites
    # or deletes must leave no trace in the file (version 1 kept the text).
    db.execute(
        "UPDATE answer_history SET"
        " old_note = CASE WHEN old_note IS NULL THEN NULL ELSE '' END,"
        " new_note = CASE WHEN new_note IS NULL THEN NULL ELSE '' END"
    )


@_step
def m003_workshops_and_actions(db: Database) -> None:
    """Workshops (respondents and their own answers), re-assessments (``based_on``),
    the action plan, and the mark of a copy made to be shared."""
    db.executescript(
        """
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (assessment_id, name)
        );
        CREATE TABLE respondent_answers (
            respondent_id INTEGER NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            value TEXT,
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (respondent_id, question_id)
        );
        ALTER TABLE assessments ADD COLUMN based_on INTEGER REFERENCES assessments(id) ON DELETE SET NULL;
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
            recommendation_id TEXT,
            title TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'done', 'dropped')),
            cost REAL CHECK (cost IS NULL OR cost >= 0),
            effort TEXT CHECK (effort IS NULL OR effort IN ('low', 'medium', 'high')),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            completed_at TEXT
        );
        CREATE TABLE action_questions (
            action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            PRIMARY KEY (action_id, question_id)
        );
        ALTER TABLE document ADD COLUMN shared_at TEXT;
        ALTER TABLE document ADD COLUMN shared_by TEXT NOT NULL DEFAULT '';
        """
    )


@_step
def m004_plan_directeur(db: Database) -> None:
    """The plan directeur: its settings and scenario weights, the target vision per part, the scenarios, the
    roadmap (each action's wave, workload, milestone, kind and dependencies; each wave's capacity and budget)
    and the governance (committee, reviews, risk register, KPI board)."""
    waves = "('w0_6', 'w6_18', 'w18_36', 'w36_60')"
    rating = "INTEGER CHECK ({0} IS NULL OR {0} BETWEEN 1 AND 5)"
    db.executescript(
        f"""
        CREATE TABLE plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            horizon_months INTEGER NOT NULL DEFAULT 36 CHECK (horizon_months IN (36, 60)),
            capacity_days REAL CHECK (capacity_days IS NULL OR capacity_days > 0),
            weight_cost REAL NOT NULL DEFAULT 1 CHECK (weight_cost >= 0),
            weight_complexity REAL NOT NULL DEFAULT 1 CHECK (weight_complexity >= 0),
            weight_human_impact REAL NOT NULL DEFAULT 1 CHECK (weight_human_impact >= 0),
            weight_delay REAL NOT NULL DEFAULT 1 CHECK (weight_delay >= 0),
            weight_risk REAL NOT NULL DEFAULT 1 CHECK (weight_risk >= 0),
            chosen_scenario TEXT,
            rationale TEXT NOT NULL DEFAULT '',
            committee_cadence TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE TABLE plan_targets (
            questionnaire_id TEXT NOT NULL,
            section_id TEXT NOT NULL,
            score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
            ambition TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (questionnaire_id, section_id)
        );
        CREATE TABLE plan_scenarios (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('optimise', 'acquire', 'outsource_partial', 'outsource_total', 'custom')),
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            cost {rating.format('cost')},
            complexity {rating.format('complexity')},
            human_impact {rating.format('human_impact')},
            delay {rating.format('delay')},
            risk {rating.format('risk')},
            cost_estimate REAL CHECK (cost_estimate IS NULL OR cost_estimate >= 0),
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE plan_waves (
            wave TEXT PRIMARY KEY CHECK (wave IN {waves}),
            capacity_days REAL CHECK (capacity_days IS NULL OR capacity_days >= 0),
            budget REAL CHECK (budget IS NULL OR budget >= 0)
        );
        ALTER TABLE actions ADD COLUMN wave TEXT CHECK (wave IS NULL OR wave IN {waves});
        ALTER TABLE actions ADD COLUMN workload_days REAL CHECK (workload_days IS NULL OR workload_days >= 0);
        ALTER TABLE actions ADD COLUMN milestone TEXT NOT NULL DEFAULT '';
        ALTER TABLE actions ADD COLUMN kind TEXT NOT NULL DEFAULT 'improvement'
            CHECK (kind IN ('improvement', 'communication', 'training', 'gains'));
        CREATE TABLE action_dependencies (
            action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
            depends_on INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
            PRIMARY KEY (action_id, depends_on),
            CHECK (action_id != depends_on)
        );
        CREATE TABLE plan_members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            function TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL CHECK (role IN ('decides', 'steers', 'funds', 'contributes')),
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE plan_reviews (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'review' CHECK (kind IN ('review', 'committee')),
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE plan_risks (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            category TEXT NOT NULL CHECK (category IN ('provider', 'continuity', 'skills', 'data', 'other')),
            likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
            impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
            owner TEXT NOT NULL DEFAULT '',
            mitigation TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE plan_kpis (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            baseline REAL,
            target REAL,
            direction TEXT NOT NULL DEFAULT 'higher_is_better' CHECK (direction IN ('higher_is_better', 'lower_is_better')),
            position INTEGER NOT NULL DEFAULT 0
        );
        """
    )



@_step
def m005_plan_calendar(db: Database) -> None:
    """The plan's start month, from which its reviews are dated, and the question that measures each KPI."""
    db.executescript(
        """
        ALTER TABLE plan ADD COLUMN start_month TEXT
            CHECK (start_month IS NULL OR (length(start_month) = 7 AND start_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'));
        ALTER TABLE plan_kpis ADD COLUMN question_id TEXT;
        """
    )


@_step
def m006_deliverable(db: Database) -> None:
    """The deliverable: the assessor's commentary (on the whole, an assessment, a section, a part of the plan) with
    its history; the report's sign-off (draft or final, its version and who signs) with the record of each issue and
    re-opening, and the assessments a final version froze; a workshop's attendees and sessions."""
    db.executescript(
        """
        CREATE TABLE commentary (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER REFERENCES assessments(id) ON DELETE CASCADE,
            part TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX commentary_place ON commentary (ifnull(assessment_id, 0), part);
        CREATE TABLE commentary_history (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER REFERENCES assessments(id) ON DELETE CASCADE,
            part TEXT NOT NULL DEFAULT '',
            old_text TEXT NOT NULL,
            new_text TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL
        );
        CREATE TABLE sign_off (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
            version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
            issued_on TEXT,
            assessor TEXT NOT NULL DEFAULT '',
            assessor_role TEXT NOT NULL DEFAULT '',
            director TEXT NOT NULL DEFAULT '',
            director_role TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE TABLE sign_off_events (
            id INTEGER PRIMARY KEY,
            event TEXT NOT NULL CHECK (event IN ('final', 'reopened')),
            version INTEGER NOT NULL,
            by_whom TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            happened_at TEXT NOT NULL
        );
        ALTER TABLE assessments ADD COLUMN frozen INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1));
        CREATE TABLE workshop_attendees (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE workshop_sessions (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            day TEXT NOT NULL CHECK (length(day) = 10 AND day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            place TEXT NOT NULL DEFAULT ''
        );
        """
    )


@_step
def m007_hidden_terms(db: Database) -> None:
    """What anonymising hides beyond names: the organisation's city, and the document's own list of terms to hide
    (a product, a place, a client's name) wherever they occur in what users typed."""
    db.executescript(
        """
        ALTER TABLE organisation ADD COLUMN city TEXT NOT NULL DEFAULT '';
        CREATE TABLE hidden_terms (
            id INTEGER PRIMARY KEY,
            term TEXT NOT NULL UNIQUE CHECK (length(trim(term)) > 0),
            added_at TEXT NOT NULL
        );
        """
    )


SCHEMA_VERSION = len(STEPS)
