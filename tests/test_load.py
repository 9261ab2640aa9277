"""Loading documents: front matter, plain text, HTML, folders, stdin, live pages and bad input."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.load import load_paths
from kg.store import Store

from conftest import DATA, KG_BIN, SEEDS

SEED_LIVE = SEEDS / "000_743f914193201aa2.txt"
HTML_PAGE = DATA / "html" / "udcg-brussels.html"


def load_one(path: Path):
    docs = list(load_paths([path]))
    assert len(docs) == 1
    return docs[0]


def test_front_matter_gives_the_metadata():
    doc = load_one(SEED_LIVE)
    assert doc.id == "000_743f914193201aa2"
    assert doc.title == "Ukraine Defence Contact Group meets in Brussels; Witkoff arrives in Russia"
    assert doc.publisher == "BBC News"
    assert doc.published.date() == dt.date(2025, 4, 11)
    assert not doc.text.startswith("---")
    assert "kind: live" not in doc.text


def test_no_front_matter_keeps_the_whole_text(tmp_path):
    path = tmp_path / "note-on-talks.txt"
    path.write_text("Keir Starmer met Volodymyr Zelensky in London on Monday.\n", encoding="utf-8")
    doc = load_one(path)
    assert doc.id == "note-on-talks"
    assert doc.title == "" and doc.published is None
    assert doc.text.strip() == "Keir Starmer met Volodymyr Zelensky in London on Monday."
    assert doc.source == str(path)


def test_html_page_reduced_to_its_article():
    doc = load_one(HTML_PAGE)
    assert doc.title == "Allies pledge air defence for Ukraine at Brussels meeting"
    assert doc.publisher == "Kyiv Evening Post"
    assert doc.published.date() == dt.date(2025, 4, 11)
    assert "Boris Pistorius announced that Germany would deliver four more IRIS-T" in doc.text
    assert "£450m" in doc.text
    for furniture in ("Subscribe to our newsletter", "Most read", "Cookie settings", "dataLayer", "<p>"):
        assert furniture not in doc.text


def test_folder_is_read_recursively_in_a_stable_order(tmp_path):
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Emmanuel Macron spoke in Paris.", encoding="utf-8")
    (tmp_path / "b" / "c.md").write_text("Olaf Scholz spoke in Berlin.", encoding="utf-8")
    (tmp_path / "b" / "deeper" / "d.html").write_bytes(HTML_PAGE.read_bytes())
    (tmp_path / "b" / "notes.json").write_text("{}", encoding="utf-8")  # not a document
    ids = [d.id for d in load_paths([tmp_path])]
    assert ids == ["a", "c", "d"]


def test_stdin_is_built_as_one_document(tmp_path):
    store = tmp_path / "store"
    text = "---\ntitle: From a pipe\npublished: 2025-03-01\n---\nKeir Starmer met Donald Trump at the White House.\n"
    done = subprocess.run(
        [str(KG_BIN), "build", "-", "--store", str(store), "--jobs", "1"],
        input=text, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "documents" in done.stdout
    assert Store(store, read_only=True).documents() == ["stdin"]


def test_live_page_is_split_into_timed_posts():
    doc = load_one(SEED_LIVE)
    assert len(doc.posts) == 20
    first = doc.posts[0]
    # "published at 11:16 British Summer Time 11 April"
    assert first.published == dt.datetime(2025, 4, 11, 10, 16, tzinfo=dt.timezone.utc)
    assert first.title == "Could Trump's special envoy be meeting Putin?"
    assert doc.text[first.start:first.end].startswith("Could Trump's special envoy be meeting Putin?")
    # newest first: every post is no later than the one above it, and posts tile the text in order
    times = [p.published for p in doc.posts]
    assert times == sorted(times, reverse=True)
    assert all(a.end <= b.start for a, b in zip(doc.posts, doc.posts[1:]))
    assert "published at" not in doc.text


def test_picture_captions_and_credits_are_dropped():
    raw = SEED_LIVE.read_text(encoding="utf-8")
    assert "Image source, Reuters" in raw and "Image caption," in raw
    doc = load_one(SEED_LIVE)
    assert "Image source" not in doc.text
    assert "Image caption" not in doc.text
    assert "Sergei Lavrov wearing navy suit" not in doc.text  # the alt text glued to a credit
    assert "Former US Defence Secretary Lloyd Austin met President Zelensky" in doc.text


BAD_INPUTS = {
    "empty.txt": (b"  \n\n", "empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    "latin1.txt": ("Zelensky said: café".encode("latin-1"), "UTF-8"),
    "bad-front.txt": (b"---\ntitle: [unclosed\npublished: 2025-01-01\n---\nText here.\n", "front matter"),
    "open-front.txt": (b"---\ntitle: no end\nText here.\n", "front matter"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_clear_line_naming_the_file(tmp_path, name):
    data, words = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        list(load_paths([path]))
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message
    assert words in message


def test_missing_path_is_one_clear_line(tmp_path):
    path = tmp_path / "nowhere.txt"
    with pytest.raises(InputError, match="no such file") as caught:
        list(load_paths([path]))
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
