"""The store's full-text filter `q`, the `bbox` filter, single-event lookup and the timeline aggregate."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from depeche.store import EventQuery, SQLiteStore
from tests.eventdata import sample_store


@pytest.fixture
def store() -> Iterator[SQLiteStore]:
    with sample_store() as s:
        yield s


def keys(store: SQLiteStore, **filters: object) -> list[str]:
    return sorted(e["event_key"] for e in store.events(EventQuery(**filters)))  # type: ignore[arg-type]


def test_q_matches_the_article_text_so_every_event_of_that_article() -> None:
    with sample_store() as store:
        assert keys(store, q="bombardé") == ["libya/derna#e1", "libya/derna#e2"]


def test_q_ignores_case_and_accents_and_matches_word_prefixes(store: SQLiteStore) -> None:
    assert keys(store, q="EGYPT") == ["syria/alep#e1", "syria/alep#e2", "syria/alep#e3"]
    assert keys(store, q="bombarde derna") == keys(store, q="Bombardé DERNA")


def test_q_needs_every_word(store: SQLiteStore) -> None:
    assert keys(store, q="Derna Alep") == []


@pytest.mark.parametrize(
    "hostile",
    ['" OR 1=1 --', "'; DROP TABLE events; --", "derna OR NOT", "NEAR(", "*", "body:derna", '"""', "^derna"],
)
def test_q_treats_fts_and_sql_syntax_as_plain_words(store: SQLiteStore, hostile: str) -> None:
    store.events(EventQuery(q=hostile))  # no error
    assert store.count_events(EventQuery()) == 5


def test_q_without_words_is_no_filter(store: SQLiteStore) -> None:
    assert store.count_events(EventQuery(q=" ;-- ")) == 5


def test_q_composes_with_other_filters(store: SQLiteStore) -> None:
    assert keys(store, q="derna", type="protest") == ["libya/derna#e2"]
    assert store.count_events(EventQuery(q="derna", country="SY")) == 0


def test_bbox_keeps_events_inside(store: SQLiteStore) -> None:
    assert keys(store, bbox=(20.0, 30.0, 25.0, 35.0)) == ["libya/derna#e1"]
    assert keys(store, bbox=(10.0, 25.0, 40.0, 40.0)) == [
        "libya/derna#e1", "libya/derna#e2", "syria/alep#e1", "syria/alep#e2"
    ]


def test_bbox_west_greater_than_east_crosses_the_antimeridian(store: SQLiteStore) -> None:
    assert keys(store, bbox=(30.0, -90.0, 14.0, 90.0)) == ["libya/derna#e2", "syria/alep#e1", "syria/alep#e2"]


@pytest.mark.parametrize(
    "bbox", [(0.0, 10.0, 1.0, 5.0), (-181.0, 0.0, 1.0, 1.0), (0.0, 0.0, 1.0, 91.0), (float("nan"), 0, 1, 1)]
)
def test_bad_bbox_is_refused_naming_it(bbox: tuple[float, float, float, float]) -> None:
    with pytest.raises(ValueError, match="bbox"):
        EventQuery(bbox=bbox)


def test_event_by_key(store: SQLiteStore) -> None:
    event = store.event("libya/derna#e1")
    assert event is not None
    assert (event["doc_id"], event["id"], event["killed"]) == ("libya/derna", "e1", 17)
    assert store.event("libya/derna#nope") is None
    assert store.event("' OR 1=1 --") is None


def test_timeline_by_day_week_and_month(store: SQLiteStore) -> None:
    assert store.timeline(EventQuery(), "day") == [
        {"period": "2016-08-01", "type": "PROTEST", "count": 1},
        {"period": "2016-08-03", "type": "ASSAULT", "count": 1},
        {"period": "2018-06-01", "type": "ASSAULT", "count": 1},
        {"period": "2018-06-08", "type": "PROTEST", "count": 1},
    ]
    # Weeks are named by their Monday: 2016-08-01 is one; 2018-06-01 is a Friday.
    assert [(r["period"], r["count"]) for r in store.timeline(EventQuery(), "week")] == [
        ("2016-08-01", 1), ("2016-08-01", 1), ("2018-05-28", 1), ("2018-06-04", 1)
    ]
    assert store.timeline(EventQuery(), "month") == [
        {"period": "2016-08", "type": "ASSAULT", "count": 1},
        {"period": "2016-08", "type": "PROTEST", "count": 1},
        {"period": "2018-06", "type": "ASSAULT", "count": 1},
        {"period": "2018-06", "type": "PROTEST", "count": 1},
    ]


def test_timeline_follows_the_filters_and_ignores_paging(store: SQLiteStore) -> None:
    rows = store.timeline(EventQuery(country="LY", limit=1, offset=1), "month")
    assert rows == [{"period": "2018-06", "type": "ASSAULT", "count": 1}, {"period": "2018-06", "type": "PROTEST",
                                                                          "count": 1}]


def test_timeline_refuses_an_unknown_bucket(store: SQLiteStore) -> None:
    with pytest.raises(ValueError, match="bucket"):
        store.timeline(EventQuery(), "year")  # type: ignore[arg-type]


def test_a_store_opened_for_threads_answers_from_another_thread() -> None:
    with sample_store(check_same_thread=False) as store:
        seen: list[int] = []
        worker = threading.Thread(target=lambda: seen.append(store.count_events(EventQuery())))
        worker.start()
        worker.join()
        assert seen == [5]
