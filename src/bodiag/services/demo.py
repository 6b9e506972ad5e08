"""The demo document: a realistic SME, fully answered on every bundled questionnaire,
with an action plan under way and a workshop on the outsourcing questions.

It is what a newcomer sees first (``make run``) and what the tests, screenshots
and sample report are built from. Its content is data in ``resources/demo/``.
"""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from bodiag.errors import InputError
from bodiag.paths import resources_dir
from bodiag.services.diagnostic import Diagnostic


def demo_dir() -> Path:
    return resources_dir() / "demo"


def _read(path: Path) -> dict:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def build_demo(path: str | Path, *, overwrite: bool = False, story: bool = True) -> Diagnostic:
    """Create the demo document at ``path`` and return it open.

    ``story=False`` leaves out what follows the answers (action plan, workshop): the
    answers alone, as tests that start a plan or a workshop of their own want them.
    """
    org = _read(demo_dir() / "organisation.yaml")
    diagnostic = Diagnostic.create(
        path,
        org["name"],
        overwrite=overwrite,
        sector=org.get("sector"),
        city=org.get("city"),
        headcount=org.get("headcount"),
        phase=org.get("phase"),
        outsourcing=org.get("outsourcing"),
    )
    try:
        for answers_file in sorted(demo_dir().glob("answers-*.yaml")):
            _fill(diagnostic, _read(answers_file), answers_file)
        if story:
            story_file = demo_dir() / "story.yaml"
            _tell(diagnostic, _read(story_file), story_file)
    except Exception:
        diagnostic.close()
        Path(path).unlink(missing_ok=True)
        raise
    return diagnostic


def _fill(diagnostic: Diagnostic, data: dict, source: Path) -> None:
    title = data.get("title") or {}
    assessment = diagnostic.start(
        data["questionnaire"],
        title=title.get("fr") if isinstance(title, dict) else title,
        assessor=data.get("assessor", ""),
    )
    pending = []
    for question_id, entry in (data.get("answers") or {}).items():
        try:
            pending.append(
                diagnostic.prepare(assessment, question_id, value=entry.get("value"), note=entry.get("note", ""))
            )
        except InputError as exc:
            raise InputError(f"{source}: {exc}") from None
    diagnostic.save(assessment, pending)


def _tell(diagnostic: Diagnostic, story: dict, source: Path) -> None:
    """The action plan, the workshop and the plan directeur that follow the answers (``story.yaml``)."""
    from bodiag.services import action_plan, deliverable, workshop

    by_questionnaire = {a.questionnaire_id: a for a in diagnostic.assessments()}
    try:
        plan = story.get("actions") or {}
        if plan:
            lines = plan.get("plan") or []
            actions = action_plan.from_recommendations(diagnostic, by_questionnaire[plan["questionnaire"]], top=len(lines))
            for action, changes in zip(actions, lines):
                action_plan.update(diagnostic, action, **changes)
        meeting = story.get("workshop") or {}
        if meeting:
            assessment = by_questionnaire[meeting["questionnaire"]]
            people = [workshop.add_respondent(diagnostic, assessment, p["name"], p["role"])
                      for p in meeting.get("respondents") or []]
            for question_id, values in (meeting.get("answers") or {}).items():
                for person, value in zip(people, values):
                    workshop.respondent_answer(diagnostic, assessment, person, question_id, value=value)
            for session in meeting.get("sessions") or []:
                deliverable.add_session(diagnostic, assessment, str(session["day"]), session.get("place", ""))
            for person in meeting.get("respondents") or []:  # everyone who answered also attended
                deliverable.add_attendee(diagnostic, assessment, person["name"], person.get("function", ""),
                                         diagnostic.organisation.name)
        _draft_plan(diagnostic, story.get("plan") or {})
        _draft_governance(diagnostic, (story.get("plan") or {}).get("governance") or {})
        _deliverable(diagnostic, story.get("deliverable") or {})
    except KeyError as exc:
        raise InputError(f"{source}: no assessment or key {exc}") from None
    except InputError as exc:
        raise InputError(f"{source}: {exc}") from None


def _deliverable(diagnostic: Diagnostic, told: dict) -> None:
    """Who signs the report and the commentary written so far (the report stays a draft)."""
    from bodiag.services import deliverable

    signatories = {k: told[k] for k in ("assessor", "assessor_role", "director", "director_role") if k in told}
    if signatories:
        deliverable.set_signatories(diagnostic, **signatories)
    if told.get("commentary"):
        deliverable.set_commentary(diagnostic, deliverable.place(diagnostic), told["commentary"], author=told.get("assessor", ""))


def _draft_plan(diagnostic: Diagnostic, draft: dict) -> None:
    """The plan directeur of the story: capacity, targets, weights, scenarios, the choice and the roadmap."""
    from bodiag.services import plan

    if not draft:
        return
    if draft.get("capacity_days") is not None:
        plan.set_capacity(diagnostic, float(draft["capacity_days"]))
    for target in draft.get("targets") or []:
        plan.set_target(diagnostic, target["questionnaire"], target["part"], level=target.get("level"),
                        score=target.get("score"), ambition=target.get("ambition"))
    if draft.get("weights"):
        plan.set_weights(diagnostic, **draft["weights"])
    added = {}
    for scenario in draft.get("scenarios") or []:
        fields = dict(scenario)
        kind = fields.pop("kind")
        added[kind] = plan.add_scenario(diagnostic, kind, **fields)
    if draft.get("chosen"):
        plan.choose(diagnostic, added[draft["chosen"]].id, draft.get("rationale", ""))
    _draft_roadmap(diagnostic, draft.get("roadmap") or {})


def _draft_roadmap(diagnostic: Diagnostic, draft: dict) -> None:
    """The roadmap of the story: each wave's budget, the actions written for the later waves, and each action's
    wave, workload, milestone and dependencies (actions by number: the plan's, then the new ones)."""
    from bodiag.services import action_plan, roadmap

    for wave in draft.get("waves") or []:
        roadmap.set_wave(diagnostic, wave["wave"], **{k: v for k, v in wave.items() if k in ("capacity", "budget")})
    for fields in draft.get("new") or []:
        action_plan.add(diagnostic, **fields)
    numbers = {n: a.id for n, a in enumerate(sorted(action_plan.list_actions(diagnostic), key=lambda a: a.id), start=1)}
    for number, fields in (draft.get("actions") or {}).items():
        fields = dict(fields)
        needs = fields.pop("depends_on", [])
        roadmap.set_fields(diagnostic, numbers[number], **fields)
        if needs:
            roadmap.set_dependencies(diagnostic, numbers[number], [numbers[n] for n in needs])


def _draft_governance(diagnostic: Diagnostic, draft: dict) -> None:
    """The plan's governance in the story: calendar, committee, meetings held, risks (the suggested ones with their
    owners, then the director's own), the KPIs measured by the answers and the change actions of the first three."""
    from bodiag.services import governance

    if not draft:
        return
    governance.set_calendar(diagnostic, start_month=draft.get("start_month"), cadence=draft.get("cadence"))
    for member in draft.get("committee") or []:
        governance.add_member(diagnostic, member["name"], member["role"], member.get("function", ""))
    for review in draft.get("reviews") or []:
        governance.add_review(diagnostic, str(review["day"]), review.get("kind", "review"), review.get("notes", ""))
    if draft.get("suggested_risks"):
        added = governance.add_suggested_risks(diagnostic, "fr")
        for risk, owner in zip(added, draft["suggested_risks"].get("owners") or []):
            governance.update_risk(diagnostic, risk.id, owner=owner)
    for risk in draft.get("risks") or []:
        governance.add_risk(diagnostic, **risk)
    if draft.get("suggested_kpis"):
        governance.add_suggested_kpis(diagnostic, "fr")
    if draft.get("suggested_change"):
        governance.add_suggested_change(diagnostic, "fr")
