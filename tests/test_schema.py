"""The fact schema as data: loading, checking with line numbers, and its readers."""

from __future__ import annotations

import pytest

from veille.facts.render import summary
from veille.kb.facts import conflict_key, fact_id
from veille.schema import SchemaError, parse_schema, schema

GOOD = """\
version: 1
modalities: [asserted, projected]
entity_types: [organization, person]
types:
  hire:
    label: {fr: embauche, en: hire}
    roles:
      employer: {kind: entity, accepts: [organization], key: true, required: true}
      count: {kind: number, key: true}
    dated: true
    render:
      fr: "{employer} embauche[ {count} personnes]"
      en: "{employer} hires[ {count} people]"
    answers:
      count: [count unit:none @0.9]
      organization: [employer]
"""


def test_the_bundled_schema_has_the_nine_types() -> None:
    s = schema()
    assert s.type_names == ("launch", "stock_move", "funding", "agreement", "event", "metric",
                            "target", "quote", "role")
    assert s["funding"].key_roles == ("subject", "amount", "recipient")
    assert s["stock_move"].required == ("subject", "change_pct")
    assert s["agreement"].roles["parties"].kind == "entities"
    assert "product" in s["launch"].roles["product"].accepts
    assert s.modalities == ("asserted", "reported", "claimed", "projected")


def test_a_schema_of_my_own_is_read() -> None:
    s = parse_schema(GOOD, "mine.yaml")
    hire = s["hire"]
    assert hire.dated and hire.key_roles == ("employer", "count")
    (slot,) = hire.answers["count"]
    assert (slot.role, slot.unit, slot.fit) == ("count", "unit:none", 0.9)
    assert s.answering("organization")[0][0] == "hire"


def test_unknown_kind_is_reported_on_its_line() -> None:
    bad = GOOD.replace("{kind: number, key: true}", "{kind: numeral, key: true}")
    with pytest.raises(SchemaError, match=r"mine\.yaml:9: hire\.roles\.count has kind 'numeral'"):
        parse_schema(bad, "mine.yaml")


def test_unknown_entity_type_and_missing_language() -> None:
    with pytest.raises(SchemaError, match=r"mine\.yaml:8: hire\.roles\.employer accepts 'company'"):
        parse_schema(GOOD.replace("accepts: [organization]", "accepts: [company]"), "mine.yaml")
    with pytest.raises(SchemaError, match=r"hire\.label has no 'fr'"):
        parse_schema(GOOD.replace("{fr: embauche, en: hire}", "{en: hire}"), "mine.yaml")


def test_a_template_or_answer_naming_no_role_is_refused() -> None:
    with pytest.raises(SchemaError, match=r"uses '\{staff\}'"):
        parse_schema(GOOD.replace("{count} people", "{staff} people"), "mine.yaml")
    with pytest.raises(SchemaError, match=r"names 'staff'"):
        parse_schema(GOOD.replace("organization: [employer]", "organization: [staff]"), "mine.yaml")
    with pytest.raises(SchemaError, match="not valid YAML"):
        parse_schema("types: [", "mine.yaml")


def test_render_in_both_languages_leaves_out_what_is_not_known() -> None:
    move = {"subject": "Orvane", "change_pct": -4.5, "price": {"value": 88.0, "currency": "HKD"}}
    assert summary("stock_move", move) == "Orvane -4.5 % to 88 HKD"
    assert summary("stock_move", move, "fr") == "Orvane -4,5 % à 88 HKD"
    assert summary("stock_move", {"subject": "Orvane", "change_pct": 3}) == "Orvane +3 %"
    money = {"subject": "Keel Capital", "amount": {"value": 2.1e9, "currency": "HKD"}}
    assert summary("funding", money) == "Keel Capital: 2.1 billion HKD"
    assert summary("funding", money, "fr") == "Keel Capital : 2,1 milliards HKD"
    assert summary("agreement", {"parties": ["A", "B"]}) == "A + B"
    assert summary("target", {"measure": "ingénieurs", "value": 5000, "deadline": 2030},
                   "fr") == "5 000 ingénieurs d'ici 2030"


def test_fact_identity_reads_the_key_roles() -> None:
    base = {"type": "funding", "date": "2025-03-02",
            "args": {"subject": "Keel Capital", "amount": {"value": 5e6, "currency": "USD"}}}
    same = {**base, "args": {**base["args"], "purpose": "recruter"}}  # not a key role
    other = {**base, "args": {**base["args"], "recipient": "Orvane"}}
    later = {**base, "date": "2025-04-01"}  # funding is dated: another month, another fact
    assert fact_id(base) == fact_id(same)
    assert fact_id(base) != fact_id(other)
    assert fact_id(base) != fact_id(later)
    quote = {"type": "quote", "date": "2025-03-02", "args": {"speaker": "A", "text": "b c d"}}
    assert fact_id(quote) == fact_id({**quote, "date": "2026-01-01"})  # quotes are not dated


def test_conflict_keys_follow_the_schema() -> None:
    a = {"type": "metric", "date": "2025", "args": {"subject": "Orvane", "value": 120,
                                                    "measure": "salariés permanents"}}
    b = {**a, "args": {**a["args"], "value": 140, "measure": "salariés"}}
    assert conflict_key(a) == conflict_key(b) is not None
    assert conflict_key({"type": "quote", "date": "2025", "args": {"speaker": "A"}}) is None


def test_large_amounts_render_without_an_exponent() -> None:
    from veille.facts.render import number

    assert number(1.5e14, "KRW", "fr") == "150 000 milliards KRW"
    assert number(1.5e9, "HKD", "fr") == "1,5 milliards HKD"
    assert number(2.345e12, "USD", "en") == "2.345 trillion USD"
