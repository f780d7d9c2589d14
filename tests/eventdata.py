"""Hand-built documents and events for the store-search, export and web tests (no spaCy needed)."""

from __future__ import annotations

from depeche.records import Actor, Article, DocumentResult, Event, Place, Published, Span, TimeExpr
from depeche.store import SQLiteStore


def find(text: str, part: str, sentence: int = 0) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part, sentence)


def document(
    doc_id: str,
    text: str,
    events: list[tuple[str, str, str, str | None, str, float | None, float | None, str | None, int | None]],
    published: str = "2018-06",
) -> tuple[Article, DocumentResult]:
    """An article and a result with one event per tuple:
    (event id, type, evidence sentence, date start, place name, lat, lon, country, killed).
    The actor of every event is the first capitalised word after the first of its evidence."""
    when = Published.parse(published)
    article = Article(doc_id, text, when, title=f"title of {doc_id}")
    result = DocumentResult(doc_id, when, "fr", title=article.title, sentences=[(0, len(text))])
    for event_id, kind, sentence, start, place_name, lat, lon, country, killed in events:
        evidence = find(text, sentence)
        where = find(text, place_name)
        word = next(w.strip(",.") for w in sentence.split()[1:] if w[:1].isupper())
        actor = Actor(f"a-{event_id}", word, "military", mentions=[find(text, word)], country=country)
        result.actors.append(actor)
        place = Place(where, place_name, country, "city", geonameid=1, lat=lat, lon=lon, confidence=0.9)
        result.places.append(place)
        result.events.append(
            Event(event_id, kind, [evidence], actor=actor, place=place, date_start=start,
                  date_precision="day" if start and len(start) == 10 else "month", killed=killed,
                  trigger=Span(evidence.start, evidence.start + 3, text[evidence.start:evidence.start + 3], 0),
                  acled_event_type="Battles" if kind == "ASSAULT" else None, confidence=0.8)
        )
    if "vendredi" in text:
        result.times.append(TimeExpr(find(text, "vendredi"), "DATE", "2018-06", precision="month"))
    return article, result


DERNA = (
    "Vendredi, les forces de Haftar ont bombardé Derna. Au moins 17 civils ont été tués à Derna. "
    "À Tripoli, des manifestants ont défilé vendredi."
)
ALEP = "L'armée syrienne a pilonné Alep le 3 août. <script>alert('x')</script> Des Égyptiens ont manifesté au Caire."


def sample_store(path: str = ":memory:", *, check_same_thread: bool = True) -> SQLiteStore:
    """Two documents, four located events (Libya, Syria, Egypt) and one undated event without a place."""
    store = SQLiteStore(path, check_same_thread=check_same_thread)
    store.add(*document("libya/derna", DERNA, [
        ("e1", "ASSAULT", "Vendredi, les forces de Haftar ont bombardé Derna.", "2018-06-01", "Derna",
         32.767, 22.636, "LY", 17),
        ("e2", "PROTEST", "À Tripoli, des manifestants ont défilé vendredi.", "2018-06-08", "Tripoli",
         32.887, 13.191, "LY", None),
    ]))
    article, result = document("syria/alep", ALEP, [
        ("e1", "ASSAULT", "L'armée syrienne a pilonné Alep le 3 août.", "2016-08-03", "Alep", 36.2, 37.16, "SY", 4),
        ("e2", "PROTEST", "Des Égyptiens ont manifesté au Caire.", "2016-08-01", "Caire", 30.04, 31.24, "EG", None),
    ], published="2016-08-04")
    result.events.append(Event("e3", "ACCUSE", [find(ALEP, "Des Égyptiens")], status="claimed"))
    store.add(article, result)
    return store
