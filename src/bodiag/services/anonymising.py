"""The one owner of what a report leaves out: notes, and who the organisation and its people are.

:func:`without_notes` drops every note (answers, respondents' answers, actions);
the plan directeur's evidence is gathered without notes in the first place;
:func:`anonymise` replaces the organisation's name and sector and every
person's name (the assessors, the respondents, the owners of actions) with
neutral words, in the fields that hold them and wherever they occur in what
users typed (notes, free-text answers, titles), and :func:`anonymise_plan` does
the same in the plan directeur (its roadmap's titles, owners and milestones too). They take and return the
report's read models (:mod:`bodiag.domain.report_content`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import msgspec

from bodiag.domain import i18n
from bodiag.domain.deliverable import Commentary, SignOff
from bodiag.domain.records import Organisation
from bodiag.domain.report_content import AssessmentData, Extras, PlanReport, Workshop

ANONYMOUS_MIN_LENGTH = 3  # shorter names are not searched for in texts

Scrub = Callable[[str], str]
replace = msgspec.structs.replace


def without_notes(assessments: list[AssessmentData], extras: Extras) -> tuple[list[AssessmentData], Extras]:
    """Every note of ``assessments`` and of the document's ``extras`` left out."""
    assessments = [
        replace(a, answers={k: replace(r, note="") for k, r in a.answers.items()}, extras=_extras_without_notes(a.extras))
        for a in assessments
    ]
    return assessments, _extras_without_notes(extras)


def _extras_without_notes(extras: Extras) -> Extras:
    workshop = extras.workshop
    if workshop is not None:
        workshop = replace(workshop, divergent=[
            replace(q, answers=[replace(a, note="") for a in q.answers]) for q in workshop.divergent
        ])
    return replace(extras, workshop=workshop, actions=[replace(a, notes="") for a in extras.actions])


def people(extras: Extras) -> list[str]:
    """Every person's name in ``extras``, in reading order: respondents, then owners of actions."""
    names = [r.name for r in extras.workshop.respondents] if extras.workshop else []
    names += [a.name for a in extras.attendees]
    names += [a.owner for a in extras.actions]
    if extras.evolution:
        names += [a.owner for a in extras.evolution.actions]
    return names


def anonymise(
    organisation: Organisation, assessments: list[AssessmentData], document_extras: Extras, lang: str
) -> tuple[Organisation, list[AssessmentData], Extras, dict[str, str]]:
    """Everything with neutral words for the organisation and its people; also the names replaced (real → neutral)."""
    names: dict[str, str] = {}

    def person(name: str) -> str:
        name = name.strip()
        if not name:
            return ""
        if name not in names:
            names[name] = i18n.tr("anon_person", lang, n=len(names) + 1)
        return names[name]

    for a in assessments:
        person(a.record.assessor)
        for record in a.answers.values():
            person(record.respondent)
    for a in assessments:  # after the people of the answers: their neutral names stay as they were
        for name in people(a.extras):
            person(name)
    for name in people(document_extras):
        person(name)
    replacements = {organisation.name: i18n.tr("anon_org", lang), **names}
    if organisation.sector.strip():
        replacements[organisation.sector] = i18n.tr("anon_sector", lang)
    scrub = scrubber(replacements, _name_parts(names, lang))
    organisation = replace(organisation, name=i18n.tr("anon_org", lang), sector=i18n.tr("anon_sector", lang))
    out = []
    for a in assessments:
        record = replace(a.record, title=scrub(a.record.title), assessor=person(a.record.assessor))
        answers = {
            k: replace(
                r,
                note=scrub(r.note),
                respondent=person(r.respondent),
                value=replace(r.value, text=scrub(r.value.text)) if r.value and r.value.text else r.value,
            )
            for k, r in a.answers.items()
        }
        out.append(replace(a, record=record, answers=answers, extras=_anonymised(a.extras, person, scrub)))
    return organisation, out, _anonymised(document_extras, person, scrub), names


def _anonymised(extras: Extras, person: Callable[[str], str], scrub: Scrub) -> Extras:
    workshop = extras.workshop
    if workshop is not None:
        workshop = Workshop(
            [replace(r, name=person(r.name)) for r in workshop.respondents],
            workshop.compared,
            [replace(q, answers=[replace(a, name=person(a.name), note=scrub(a.note)) for a in q.answers])
             for q in workshop.divergent],
        )
    evolution = extras.evolution
    if evolution is not None:
        evolution = replace(
            evolution,
            before_title=scrub(evolution.before_title),
            moves=[
                replace(m, before=m.before and scrub(m.before), after=m.after and scrub(m.after)) if m.free_text else m
                for m in evolution.moves
            ],
            actions=[replace(a, title=scrub(a.title), owner=person(a.owner)) for a in evolution.actions],
        )
    actions = [replace(a, title=scrub(a.title), owner=person(a.owner), notes=scrub(a.notes)) for a in extras.actions]
    kpis = {key: replace(m, assessment=scrub(m.assessment)) for key, m in extras.kpis.items()}
    attendees = [replace(a, name=person(a.name), organisation=scrub(a.organisation)) for a in extras.attendees]
    sessions = [replace(s, place=scrub(s.place)) for s in extras.sessions]
    return Extras(workshop, evolution, actions, kpis, attendees, sessions)


def _name_parts(names: dict[str, str], lang: str) -> dict[str, str]:
    """Each word of a person's name, for the texts that name them by it alone ("Nadine" for "Nadine Lefèvre").

    A word two people share ("Vasseur") names neither of them for sure: it becomes
    "Une personne" (Someone) rather than either's pseudonym.
    """
    parts: dict[str, str] = {}
    for name, pseudonym in names.items():
        words = [w for w in re.split(r"[\s,]+", name.strip()) if len(w) >= ANONYMOUS_MIN_LENGTH]
        if len(words) < 2:
            continue  # a one-word name is replaced as a whole already
        for word in words:
            if word in names:
                continue
            parts[word] = pseudonym if parts.get(word, pseudonym) == pseudonym else i18n.tr("anon_someone", lang)
    return parts


def scrubber(replacements: dict[str, str], parts: dict[str, str] | None = None) -> Scrub:
    """Replace every full name, whatever its case, then each word of a person's name, as a whole word and as written."""
    names = sorted((n for n in replacements if len(n.strip()) >= ANONYMOUS_MIN_LENGTH), key=len, reverse=True)
    if not names:
        return lambda text: text
    folded = {n.casefold(): replacements[n] for n in names}
    pattern = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)
    words = sorted(parts or {}, key=len, reverse=True)
    word_pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b") if words else None

    def scrub(text: str) -> str:
        if not text:
            return text
        text = pattern.sub(lambda m: folded.get(m.group(0).casefold(), replacements.get(m.group(0), "")), text)
        return word_pattern.sub(lambda m: parts[m.group(0)], text) if word_pattern else text

    return scrub


def anonymise_plan(plan: PlanReport, organisation: Organisation, names: dict[str, str], lang: str) -> PlanReport:
    """The plan with the same neutral words as the rest of the report (``names``: real → neutral, from
    :func:`anonymise`); a person met only here gets the next pseudonym."""
    names = dict(names)

    def person(name: str) -> str:
        name = name.strip()
        if name and name not in names:
            names[name] = i18n.tr("anon_person", lang, n=len(names) + 1)
        return names.get(name, "")

    def owners(text: str) -> str:
        return ", ".join(person(n) for n in text.split(", ") if n.strip())

    synthesis = plan.synthesis
    items = {item.key: item for item in synthesis.items}
    for item in synthesis.items:
        owners(item.owner)  # every owner is named before the scrubber is made
    planned = plan.roadmap.actions + plan.roadmap.closed if plan.roadmap is not None else []
    for action in planned:
        person(action.owner)
    if plan.governance is not None:
        for name in (*(m.name for m in plan.governance.committee.members),
                     *(e.risk.owner for e in plan.governance.risks.risks), *(a.owner for a in plan.governance.change)):
            person(name)
    replacements = {organisation.name: i18n.tr("anon_org", lang), **names}
    if organisation.sector.strip():
        replacements[organisation.sector] = i18n.tr("anon_sector", lang)
    scrub = scrubber(replacements, _name_parts(names, lang))

    def item_of(item):
        return replace(item, title=scrub(item.title), owner=owners(item.owner))

    items = {key: item_of(item) for key, item in items.items()}
    synthesis = replace(
        synthesis, items=list(items.values()), first=[items[i.key] for i in synthesis.first],
        findings=[scrub(f) for f in synthesis.findings], decisions=[scrub(d) for d in synthesis.decisions],
        risks=[replace(r, title=scrub(r.title)) for r in synthesis.risks],
    )
    visions = [replace(v, parts=[replace(p, ambition=scrub(p.ambition)) for p in v.parts]) for v in plan.visions]
    view = plan.scenarios
    comparison = replace(
        view.comparison, rationale=scrub(view.comparison.rationale),
        scenarios=[replace(s, scenario=replace(s.scenario, title=scrub(s.scenario.title),
                                               description=scrub(s.scenario.description)))
                   for s in view.comparison.scenarios],
    )
    evidence = {key: [replace(e, notes=[scrub(n) for n in e.notes]) for e in found] for key, found in view.evidence.items()}
    titles = {s.scenario.title: scrub(s.scenario.title) for s in view.comparison.scenarios}
    sensitivity = [scrub(line) for line in plan.sensitivity] if titles else plan.sensitivity
    road = plan.roadmap
    if road is not None:
        def planned_of(action):
            return replace(action, title=scrub(action.title), owner=person(action.owner), milestone=scrub(action.milestone))

        road = replace(road, actions=[planned_of(a) for a in road.actions], closed=[planned_of(a) for a in road.closed])
    return replace(plan, synthesis=synthesis, visions=visions, scenarios=replace(view, comparison=comparison, evidence=evidence),
                   sensitivity=sensitivity, roadmap=road, governance=_governance(plan.governance, person, scrub))


def _governance(governance, person, scrub):
    """Committee members, risk owners and the owners of change actions as the same neutral words; free text scrubbed."""
    if governance is None:
        return None
    committee = governance.committee
    committee = replace(committee, members=[replace(m, name=person(m.name), function=scrub(m.function))
                                            for m in committee.members],
                        recorded=[replace(r, notes=scrub(r.notes)) for r in committee.recorded])
    register = governance.risks
    register = replace(register, risks=[replace(e, risk=replace(e.risk, title=scrub(e.risk.title), owner=person(e.risk.owner),
                                                               mitigation=scrub(e.risk.mitigation)))
                                        for e in register.risks])
    board = replace(governance.kpis, kpis=[replace(k, label=scrub(k.label), source=scrub(k.source))
                                           for k in governance.kpis.kpis])
    change = [replace(a, title=scrub(a.title), owner=person(a.owner)) for a in governance.change]
    return replace(governance, committee=committee, risks=register, kpis=board, change=change)


def anonymise_deliverable(sign_off: SignOff, commentary: list[Commentary], organisation: Organisation,
                          names: dict[str, str], lang: str) -> tuple[SignOff, list[Commentary]]:
    """Who signs, with the report's neutral words (a person met only here gets the next pseudonym), and the
    commentary scrubbed of the organisation's and its people's names."""
    names = dict(names)

    def person(name: str) -> str:
        name = name.strip()
        if name and name not in names:
            names[name] = i18n.tr("anon_person", lang, n=len(names) + 1)
        return names.get(name, "")

    sign_off = replace(sign_off, assessor=person(sign_off.assessor), director=person(sign_off.director),
                       events=[replace(e, by_whom=person(e.by_whom)) for e in sign_off.events])
    replacements = {organisation.name: i18n.tr("anon_org", lang), **names}
    if organisation.sector.strip():
        replacements[organisation.sector] = i18n.tr("anon_sector", lang)
    scrub = scrubber(replacements, _name_parts(names, lang))
    return sign_off, [replace(c, text=scrub(c.text), author=person(c.author)) for c in commentary]
