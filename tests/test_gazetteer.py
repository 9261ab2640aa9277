"""The shipped gazetteer loads, is consistent, resolves offices by date, and takes user files on top."""

from __future__ import annotations

import json
import re

import pytest

from kg.gazetteer import (
    DATA_DIR,
    GazetteerError,
    load_gazetteer,
    normalize,
    office_of,
)


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _lines(name):
    return [json.loads(l) for l in (DATA_DIR / name).read_text(encoding="utf-8").splitlines() if l.strip()]


def test_loads_with_breadth(gaz):
    types = {t: sum(a.type == t for a in gaz.actors.values()) for t in ("Person", "State", "Organization")}
    assert types["Person"] >= 200 and types["State"] >= 190 and types["Organization"] >= 100
    ukrainian = [p for p in gaz.places.values() if p.state == "ukraine" and p.kind in ("city", "town")]
    assert len(ukrainian) >= 80
    oblasts = [p for p in gaz.places.values() if p.kind == "oblast" and p.state == "ukraine"]
    assert len(oblasts) == 24


def test_no_duplicate_keys_in_files():
    for name in ("actors.jsonl", "places.jsonl"):
        keys = [e["key"] for e in _lines(name)]
        assert len(keys) == len(set(keys)), name


def test_every_qid_is_well_formed_and_sourced(gaz):
    entries = list(gaz.actors.values()) + list(gaz.places.values())
    with_qid = [e for e in entries if e.qid]
    assert with_qid
    for e in with_qid:
        assert re.fullmatch(r"Q[0-9]+", e.qid), e.key
        assert e.qid_source.strip(), e.key
    qids = [e.qid for e in gaz.actors.values() if e.qid]
    assert len(qids) == len(set(qids)), "one QID on two actors"


def test_references_resolve(gaz):
    assert gaz.problems() == []
    for p in gaz.places.values():
        if p.state:
            assert gaz.actors[p.state].type == "State"
        if p.region:
            assert p.region in gaz.places
    for a in gaz.actors.values():
        for r in a.roles:
            assert gaz.actors[r.of].type in ("State", "Organization"), (a.key, r)
        if a.type == "Person":
            assert a.state and gaz.actors[a.state].type == "State", a.key


def test_roles_of_national_offices_name_states(gaz):
    national = {"head-of-state", "head-of-government", "defence-minister"}
    for a, r in ((a, r) for a in gaz.actors.values() for r in a.roles):
        if r.office in national and r.of not in ("eu", "nato", "un"):
            assert gaz.actors[r.of].type == "State", (a.key, r)


def test_no_unintended_alias_collisions(gaz):
    assert gaz.collisions() == {}


def test_keys_the_pipeline_relies_on(gaz):
    for key in ("vladimir-putin", "volodymyr-zelensky", "donald-trump", "russia", "ukraine", "us", "uk", "nato", "eu",
                "kremlin"):
        assert gaz.actor(key) is not None, key
    for key in ("kyiv", "moscow", "london", "dnipro", "dnipropetrovsk-oblast", "sumy-oblast", "crimea"):
        assert gaz.place(key) is not None, key


@pytest.mark.parametrize(
    "name, key",
    [("Zelenskyy", "volodymyr-zelensky"), ("the Kremlin", "kremlin"), ("Nato", "nato"), ("U.S.", "us"),
     ("Sergey Lavrov", "sergei-lavrov"), ("Ukraine Defense Contact Group", "ukraine-defence-contact-group"),
     ("Germany's Ministry of Defence", "germany-defence-ministry"), ("Russian Defence Ministry", "russia-defence-ministry"),
     ("UK's Foreign Office", "foreign-office"), ("SBU", "sbu"), ("Kiel Institute", "kiel-institute")],
)
def test_find_actor_by_alias(gaz, name, key):
    assert [a.key for a in gaz.find_actors(name)] == [key]


def test_places_by_usual_spellings(gaz):
    for name in ("Sumy region", "Sumy Oblast", "sumy oblast", "Sumska oblast"):
        assert [p.key for p in gaz.find_places(name)] == ["sumy-oblast"], name
    assert [p.key for p in gaz.find_places("Kiev")] == ["kyiv"]
    pokrovsk = gaz.place("pokrovsk")
    assert pokrovsk.region == "donetsk-oblast" and pokrovsk.state == "ukraine"
    # a State's name finds it as a country place too
    belgium = gaz.find_places("Belgium")
    assert belgium and belgium[0].kind == "country" and belgium[0].state == "belgium"


def test_demonyms_and_metonyms(gaz):
    assert gaz.state_by_demonym("Russians").key == "russia"
    assert gaz.state_by_demonym("British").key == "uk"
    assert gaz.state_by_metonym("Moscow").key == "russia"
    assert gaz.state_by_metonym("Washington").key == "us"
    assert gaz.state_by_demonym("Muscovite") is None


@pytest.mark.parametrize(
    "phrase, date, key",
    [
        ("Germany's defence minister", "2025-04-11", "boris-pistorius"),
        ("the German defence minister", "2022-06-01", "christine-lambrecht"),
        ("the Russian president", "2024-01-01", "vladimir-putin"),
        ("US Secretary of State", "2024-05-01", "antony-blinken"),
        ("US Secretary of State", "2025-05-01", "marco-rubio"),
        ("UK Defence Secretary", "2025-04-11", "john-healey"),
        ("UK prime minister", "2022-10-01", "liz-truss"),
        ("EU foreign policy chief", "2025-04-11", "kaja-kallas"),
        ("Nato chief", "2025-12-08", "mark-rutte"),
        ("Nato chief", "2023-01-01", "jens-stoltenberg"),
        ("Kremlin spokesman", "2025-04-11", "dmitry-peskov"),
        ("Ukrainian leader", "2025-01-01", "volodymyr-zelensky"),
        ("German leader", "2025-06-01", "friedrich-merz"),
    ],
)
def test_resolve_office_by_date(gaz, phrase, date, key):
    assert [a.key for a in gaz.resolve_office(phrase, date)] == [key]


def test_office_changes_hands_on_the_day(gaz):
    assert [a.key for a in gaz.holders("Defence Minister", "russia", "2024-05-11")] == ["sergei-shoigu"]
    assert [a.key for a in gaz.holders("defense minister", "russia", "2024-05-14")] == ["andrei-belousov"]
    assert gaz.holders("Defence Minister", "russia", "2024-05-13") == ()  # the office was vacant for two days
    assert {(a.key, r.office) for a, r in gaz.roles_at("2025-04-11") if a.key == "rustem-umerov"} == {
        ("rustem-umerov", "defence-minister")}


def test_office_titles_fold():
    assert office_of("Secretary of Defense") == office_of("Defence Secretary") == "defence-minister"
    assert office_of("Foreign Secretary") == office_of("Secretary of State") == "foreign-minister"
    assert office_of("Chancellor") == "head-of-government"
    assert office_of("Chancellor of the Exchequer") == "finance-minister"
    assert normalize("The Élysée") == "elysee"


def test_to_actor_carries_dated_roles(gaz):
    actor = gaz.to_actor("sebastien-lecornu", "2025-04-11")
    assert actor.type == "Person" and actor.roles == ("Defence Minister, France",)
    assert gaz.to_actor("russia").qid == "Q159"


def test_user_files_extend_and_override(tmp_path):
    (tmp_path / "actors.jsonl").write_text(
        json.dumps({"key": "ivan-petrenko", "label": "Ivan Petrenko", "type": "Person", "aliases": ["Petrenko"],
                    "state": "ukraine", "roles": [{"title": "Mayor of Sumy", "of": "ukraine", "from": "2024"}]}) + "\n"
        + json.dumps({"key": "uk", "label": "United Kingdom", "type": "State", "qid": "Q145",
                      "qid_source": "test", "aliases": ["Blighty"]}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "places.jsonl").write_text(
        json.dumps({"key": "novyi-hai", "label": "Novyi Hai", "kind": "village", "state": "ukraine",
                    "region": "sumy-oblast"}) + "\n", encoding="utf-8")
    g = load_gazetteer(extra_dirs=[tmp_path])
    assert [a.key for a in g.find_actors("Petrenko")] == ["ivan-petrenko"]
    assert [a.key for a in g.find_actors("Blighty")] == ["uk"]
    assert g.find_actors("Britain") == ()  # the user's entry replaced the shipped one
    assert g.place("novyi-hai").region == "sumy-oblast"
    assert g.actor("vladimir-putin") is not None


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "JSON object"),
        ('{"key": "x", "label": "X", "type": "Robot"}', "type 'Robot'"),
        ('{"key": "Bad Key", "label": "X", "type": "Person"}', "lower-case slug"),
        ('{"key": "x", "label": "X", "type": "Person", "qid": "7747", "qid_source": "s"}', "Q7747"),
        ('{"key": "x", "label": "X", "type": "Person", "qid": "Q1"}', "qid_source"),
        ('{"key": "x", "label": "X", "type": "Person", "roles": [{"title": "T", "of": "uk", "from": "May 2024"}]}',
         "YYYY"),
        ('{"key": "x", "label": "", "type": "Person"}', "'label' is required"),
        ('{"key": "x", "label": "X", "type": "Person", "aliases": "X"}', "list of non-empty strings"),
        ('{"key": "x", "label": "X", "type": "Person", "state": "atlantis"}', "no State key"),
    ],
)
def test_malformed_line_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "actors.jsonl"
    path.write_text('{"key": "ok", "label": "OK", "type": "Person"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        load_gazetteer(extra_dirs=[tmp_path])
    assert message in str(err.value)
    if "no State key" not in message:
        assert f"{path}:2" in str(err.value)


def test_duplicate_key_in_one_file(tmp_path):
    (tmp_path / "places.jsonl").write_text(
        '{"key": "a", "label": "A"}\n{"key": "a", "label": "A again"}\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"places.jsonl:2: key 'a' already used"):
        load_gazetteer(extra_dirs=[tmp_path])


def test_missing_extra_dir(tmp_path):
    with pytest.raises(GazetteerError, match="not a directory"):
        load_gazetteer(extra_dirs=[tmp_path / "nope"])


def test_letters_without_a_decomposition_become_their_base_letters_in_keys():
    from kg.ids import slugify
    assert [slugify(n) for n in ("Władysław Kosiniak-Kamysz", "Jonas Gahr Støre", "İbrahim Kalın", "Þorgerður Katrín")] == [
        "wladyslaw-kosiniak-kamysz", "jonas-gahr-store", "ibrahim-kalin", "thorgerdur-katrin"]


@pytest.mark.parametrize("line, message", [
    ({"key": "x", "label": "X", "held_by": "russia"}, "'held_by' and 'held_since' go together"),
    ({"key": "x", "label": "X", "held_by": "russia", "held_since": "spring 2014"}, "must be a date"),
])
def test_a_place_held_by_another_state_needs_a_day_since(line, message):
    from kg.gazetteer import parse_place
    with pytest.raises(GazetteerError, match=message):
        parse_place(line, "places.jsonl:9")


def test_occupied_places_name_the_state_that_holds_them(gaz):
    assert (gaz.places["sevastopol"].held_by, gaz.places["sevastopol"].held_since) == ("russia", "2014-02-27")
    assert not gaz.problems()


@pytest.mark.parametrize("name, key", [
    ("Senegal", "senegal"), ("Zambia", "zambia"), ("Congo-Brazzaville", "republic-of-the-congo"), ("DRC", "democratic-republic-of-the-congo"),
    ("Côte d'Ivoire", "ivory-coast"), ("Gambia", "gambia"), ("East Timor", "timor-leste"), ("Ugandan", "uganda"),
])
def test_every_member_state_of_the_un_is_a_state_by_its_name_or_demonym(name, key):
    from kg.mentions import find_mentions
    text = f"The leaders of Egypt and {name} met Putin in St Petersburg."
    refs = {m.ref for m in find_mentions(text, None, [(0, len(text))]).mentions}
    assert f"State:{key}" in refs


@pytest.mark.parametrize("name, key, state", [
    ("Halifax", "halifax", "canada"), ("Samarkand", "samarkand", "uzbekistan"), ("Dakar", "dakar", "senegal"),
    ("Versailles", "versailles", "france"),
])
def test_capitals_and_summit_towns_are_places_of_their_state(gaz, name, key, state):
    from kg.lexicon import get_lexicon
    lex = get_lexicon()
    assert key in lex.names.get(name, []) and lex.entries[key].state == state


@pytest.mark.parametrize("office, day, holder", [
    ("Slovenian prime minister", "2022-03-15", "Person:janez-jansa"),
    ("Slovenian prime minister", "2023-03-15", "Person:robert-golob"),
    ("Israeli prime minister", "2022-02-25", "Person:naftali-bennett"),
    ("Bulgarian prime minister", "2024-02-26", "Person:nikolai-denkov"),
    ("Irish taoiseach", "2024-06-01", "Person:simon-harris"),
])
def test_more_heads_of_government_are_found_by_office_on_the_day(office, day, holder):
    import datetime as dt
    from kg.lexicon import get_lexicon
    assert get_lexicon().holder(office, dt.date.fromisoformat(day)) == holder
