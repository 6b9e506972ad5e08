"""The questionnaire reader gives the same tree, positions included, whichever YAML parser reads the text."""

from __future__ import annotations

import pytest

from bodiag.domain import yaml_tree
from tests.conftest import ROOT

FILES = sorted([*ROOT.glob("questionnaires/*.yaml"), *ROOT.glob("resources/demo/*.yaml"),
                *ROOT.glob("tests/**/*.yaml")])


def _shape(value):
    """The tree with every container's own, its keys' and its values' positions."""
    if isinstance(value, yaml_tree.YamlMap):
        return ("map", value.line, value.col, [(k, value.keys_at[k], value.values_at[k], _shape(v)) for k, v in value.items()])
    if isinstance(value, yaml_tree.YamlSeq):
        return ("seq", value.line, value.col, list(value.items_at), [_shape(v) for v in value])
    return (type(value).__name__, value)


def _pure(source: str):
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    return yaml_tree._tree(yaml.parse(source), yaml.resolver, yaml.constructor)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_fast_parser_reads_every_file_as_ruamels_own_does(path):
    source = path.read_text(encoding="utf-8")
    try:
        expected = _shape(_pure(source))
    except Exception as refused:  # noqa: BLE001 - a file the tests plant to be refused: refused the same way
        with pytest.raises(type(refused)) as raised:
            yaml_tree.read_yaml(source)
        assert str(raised.value) == str(refused)
        return
    assert _shape(yaml_tree.read_yaml(source)) == expected


def test_a_form_only_ruamels_parser_reads_is_still_read():
    # libyaml refuses a plain scalar ending in « ?» just before a flow mapping's end; YAML 1.2 reads it
    source = "q: {id: d1, text: Chaque poste a-t-il un suppléant ?}\n"
    assert yaml_tree.read_yaml(source) == {"q": {"id": "d1", "text": "Chaque poste a-t-il un suppléant ?"}}
