"""Build ``docs/cli.md`` from the parser's declarations, so the reference cannot drift (``make docs``).

The page is laid out here, from each argument's names, metavar, choices and help,
not from ``format_help()``: argparse wraps its help to the terminal's width
(``COLUMNS``) and changes its layout between Python releases, and the reference
must be the same on every machine that generates it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from bodiag.cli import build_parser


def _code(text: str) -> str:
    """A Markdown code span that may stand in a table cell."""
    return "`" + text.replace("|", "\\|") + "`"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _listed(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.help == argparse.SUPPRESS:
            continue
        yield action


def _value(action: argparse.Action) -> str:
    if action.metavar is not None:
        return str(action.metavar)
    if action.choices is not None and not isinstance(action, argparse._SubParsersAction):
        return "{" + ",".join(str(c) for c in action.choices) + "}"
    return action.dest if not action.option_strings else action.dest.upper()


def _spelling(action: argparse.Action) -> str:
    """The argument as it is typed: ``file``, ``[assessment]``, ``--note NOTE``."""
    value = _value(action)
    if not action.option_strings:
        if action.nargs == "?":
            return f"[{value}]"
        if action.nargs == "+":
            return f"{value} [{value} ...]"
        if action.nargs == "*":
            return f"[{value} ...]"
        if action.nargs == argparse.PARSER:
            return f"{value} ..."
        return value
    name = max(action.option_strings, key=len)
    return name if action.nargs == 0 else f"{name} {value}"


def _usage(prog: str, parser: argparse.ArgumentParser) -> str:
    words = [prog]
    for action in _listed(parser):
        spelled = _spelling(action)
        words.append(spelled if not action.option_strings or action.required else f"[{spelled}]")
    return " ".join(words)


def _meaning(action: argparse.Action) -> str:
    notes = []
    if action.option_strings and len(action.option_strings) > 1:
        notes.append("also " + ", ".join(_code(o) for o in action.option_strings if o != max(action.option_strings, key=len)))
    if action.required and action.option_strings:
        notes.append("required")
    if isinstance(action, argparse._AppendAction) and "repeat" not in (action.help or ""):
        notes.append("may be repeated")
    text = _cell(action.help or "")
    return "; ".join(filter(None, [text, *notes]))


def _arguments(parser: argparse.ArgumentParser) -> list[str]:
    rows = [(_spelling(a), _meaning(a)) for a in _listed(parser) if not isinstance(a, argparse._SubParsersAction)]
    if not rows:
        return []
    return ["", "| argument | meaning |", "|---|---|", *(f"| {_code(s)} | {m} |" for s, m in rows)]


def _anchor(name: str) -> str:
    return "bodiag-" + name


def cli_reference() -> str:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {choice.dest: choice.help or "" for choice in sub._choices_actions}
    parts = [
        "# Command-line reference",
        "",
        "Generated from the command line's own declarations by `make docs`; a test fails when it is stale.",
        "",
        _code(_usage("bodiag", parser)),
        "",
        parser.description or "",
        *_arguments(parser),
        "",
        "| command | what it does |",
        "|---|---|",
        *(f"| [{_code(name)}](#{_anchor(name)}) | {_cell(helps.get(name, ''))} |" for name in sub.choices),
        "",
        "## Exit codes",
        "",
        "```text",
        (parser.epilog or "").strip().removeprefix("exit codes:").strip("\n"),
        "```",
    ]
    for name, subparser in sub.choices.items():
        parts += _command(f"bodiag {name}", subparser, helps.get(name, ""), "##")
    return "\n".join(parts) + "\n"


def _command(prog: str, parser: argparse.ArgumentParser, help_text: str, level: str) -> list[str]:
    """A command's section; a command with commands of its own (``bodiag plan …``) lists them, each in a subsection."""
    parts = ["", f"{level} `{prog}`", "", _cell(parser.description or help_text), "", _code(_usage(prog, parser)),
             *_arguments(parser)]
    nested = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
    if nested is None:
        return parts
    helps = {choice.dest: choice.help or "" for choice in nested._choices_actions}
    parts += ["", "| command | what it does |", "|---|---|",
              *(f"| [{_code(name)}](#{_anchor(prog.removeprefix('bodiag ').replace(' ', '-') + '-' + name)}) |"
                f" {_cell(helps.get(name, ''))} |" for name in nested.choices)]
    for name, subparser in nested.choices.items():
        parts += _command(f"{prog} {name}", subparser, helps.get(name, ""), level + "#")
    return parts


if __name__ == "__main__":
    print(cli_reference(), end="")
