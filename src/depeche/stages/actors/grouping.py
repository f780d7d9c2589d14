"""Group the actor mentions of one document into canonical actors.

Rules, in order: a well-known actor is one actor whatever its form (`ONU`, `Nations unies`); an
acronym joins the name it abbreviates (`ANL` = `Armée nationale libyenne`); a surname joins the
full name it ends (`M. Haftar`, `Haftar` -> `Khalifa Haftar`); a group noun joins the same role in
the same country (`les rebelles`, `les rebelles libyens`); followers join by their leader.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from depeche.records import Actor, ActorType, Span
from depeche.stages.actors.known import KnownActors
from depeche.stages.actors.mentions import PARTICLES, Mention, fold, is_acronym

_STOP = {
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "en", "à", "a", "au", "aux", "sur",
    "of", "the", "for", "and",
}
_ACTOR_TYPES: set[str] = {
    "state", "government", "military", "police", "rebel", "militia", "party", "igo", "ngo", "person",
    "civilians", "media", "group", "business", "religious", "other",
}


@dataclass
class _Group:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    known_id: str | None = None
    rule: str = ""
    leader: _Group | None = None  # for followers (`forces loyales à X`): X's group
    leader_known: str | None = None  # and X's id in the well-known table, when X is there


def initials(name: str) -> str:
    """`Organisation internationale pour les migrations` -> `OIM`."""
    words = fold(name).replace("'", " ").replace("’", " ").replace("-", " ").split()
    return "".join(w[0] for w in words if w not in _STOP and w[0].isalpha()).upper()


def surname(name: str) -> str:
    """The last name-bearing word, folded, without an `al-` style particle: `Mahmoud Al-Werfalli` -> `werfalli`."""
    words = [w for w in fold(name).replace("’", "'").split() if w.strip(".")]
    while words:
        word = words[-1]
        for particle in PARTICLES:
            for sep in ("-", "'"):
                if word.startswith(particle + sep) and len(word) > len(particle) + 2:
                    word = word[len(particle) + 1 :]
        if word not in PARTICLES:
            return word
        words.pop()
    return ""


def dominant_country(mentions: list[Mention], country_hints: Counter[str]) -> str | None:
    """The country the article is about, for group nouns that name none (`la police`).

    Counted from country names, demonyms and capitals in the text, and from states acting and
    groups that name their country; not from the home country of an agency or organisation
    quoted (`Agence France-Presse` says nothing about where the police is)."""
    counts = Counter(country_hints)
    for m in mentions:
        if m.country and (m.kind == "state" or m.kind == "group"):
            counts[m.country] += 1
    return counts.most_common(1)[0][0] if counts else None


def group_mentions(
    mentions: list[Mention],
    known: KnownActors,
    to_span: Callable[[int, int], Span],
    country_hints: Counter[str] | None = None,
) -> list[Actor]:
    """Canonical actors, in order of first mention, with ids `a1`, `a2`..."""
    groups: dict[str, _Group] = {}
    home = dominant_country(mentions, country_hints or Counter())

    def join(key: str, m: Mention, rule: str, known_id: str | None = None) -> None:
        g = groups.setdefault(key, _Group(key, known_id=known_id, rule=rule))
        g.mentions.append(m)

    # 1. well-known actors and states
    for m in mentions:
        if m.known_id:
            join(f"known:{m.known_id}", m, m.rule, m.known_id)

    # 2. organisations: expansions first so that acronyms can find them
    orgs = [m for m in mentions if m.kind == "org"]
    expansions: dict[str, str] = {}  # acronym -> group key
    for m in orgs:
        if is_acronym(m.name):
            continue
        key = f"name:{fold(m.name)}"
        join(key, m, "same name")
        if m.acronym:
            expansions.setdefault(m.acronym, key)
        expansions.setdefault(initials(m.name), key)
    for key, g in list(groups.items()):
        if g.known_id:
            actor = known.get(g.known_id)
            for acro in actor.acronyms:
                expansions.setdefault(acro, key)
            for m in g.mentions:
                if m.acronym:
                    expansions.setdefault(m.acronym, key)
    for m in orgs:
        if not is_acronym(m.name):
            continue
        letters = m.name.replace(".", "").upper()
        expansion = expansions.get(m.name) or expansions.get(letters)
        if expansion:
            join(expansion, m, "acronym of its expansion")
        else:
            join(f"name:{letters.lower()}", m, "same acronym")

    # 3. persons: full names, then surnames joining the latest full name they end
    persons = [m for m in mentions if m.kind == "person"]
    full: list[tuple[int, str, str]] = []  # (start, surname, key)
    for m in persons:
        if len(m.name.split()) >= 2:
            key = f"name:{fold(m.name)}"
            join(key, m, "same full name")
            full.append((m.start, surname(m.name), key))
    known_surnames: dict[str, str] = {}
    for key, g in groups.items():
        if g.known_id and known.get(g.known_id).type == "person":
            known_surnames.setdefault(surname(known.get(g.known_id).name), key)
            for m in g.mentions:
                known_surnames.setdefault(surname(m.name), key)
    for m in persons:
        if len(m.name.split()) >= 2:
            continue
        last = surname(m.name)
        candidates = [k for start, s, k in full if s == last]
        before = [k for start, s, k in full if s == last and start < m.start]
        if before or candidates:
            join((before or candidates)[-1], m, "surname of a full name")
        elif last in known_surnames:
            join(known_surnames[last], m, "surname of a known person")
        else:
            join(f"name:{last}", m, "same name")
    # a full name whose surname is a known person's (`Mouammar Kadhafi` when `Kadhafi` is known)
    for key in [k for k in groups if k.startswith("name:") and " " in k]:
        g = groups[key]
        target = known_surnames.get(surname(g.mentions[0].name))
        if target and _same_person(known, groups[target], g):
            groups[target].mentions.extend(g.mentions)
            del groups[key]

    _join_first_words(groups)

    # 4. groups: followers by their leader, group nouns by role and country
    leader_keys = _leader_index(groups, known)
    for m in mentions:
        if m.kind != "group":
            continue
        if m.leader:
            leader_key = leader_keys.get(surname(m.leader)) or leader_keys.get(fold(m.leader))
            leader_name = _canonical(groups[leader_key], known) if leader_key else m.leader
            key = f"followers:{leader_key or fold(m.leader)}:{m.role}"
            join(key, m, f"{m.role} of {leader_name}")
            groups[key].leader = groups[leader_key] if leader_key else None
            by_name = known.lookup(m.leader.split()[-1]) or known.lookup(m.leader)
            groups[key].leader_known = groups[leader_key].known_id if leader_key else (
                by_name.id if by_name and by_name.type == "person" else None
            )
        else:
            country = m.country or home
            join(f"group:{m.role}:{country}", m, "same role, same country")

    _join_forces_to_their_organisation(groups, known)

    actors: list[Actor] = []
    ordered = sorted(groups.values(), key=lambda g: min(m.start for m in g.mentions))
    for n, g in enumerate(ordered, 1):
        g.mentions.sort(key=lambda m: m.start)
        actors.append(
            Actor(
                id=f"a{n}",
                name=_canonical(g, known),
                type=_type(g, known),
                mentions=[to_span(m.start, m.end) for m in g.mentions],
                country=_country(g, known, home),
                known_id=g.known_id,
                rule=g.rule,
                country_guessed=_country_guessed(g, home),
            )
        )
    return actors


def _join_forces_to_their_organisation(groups: dict[str, _Group], known: KnownActors) -> None:
    """`les forces loyales à M. Haftar` are the Libyan National Army when the article names it:
    followers of a known leader join the one organisation of the document that person leads."""
    led: dict[str, list[str]] = {}
    for key, g in groups.items():
        if g.known_id:
            for leader in known.get(g.known_id).leaders:
                led.setdefault(leader, []).append(key)
    for key in [k for k in groups if k.startswith("followers:")]:
        g = groups[key]
        targets = led.get(g.leader_known or "", [])
        if len(targets) == 1 and g.mentions[0].role in {"forces", "loyalists"}:
            groups[targets[0]].mentions.extend(g.mentions)
            del groups[key]


def _join_first_words(groups: dict[str, _Group]) -> None:
    """A lone word that begins exactly one longer name of the document is that name, shortened:
    `Natasha` -> `Natasha Smith`, `la Cour` -> `Cour pénale internationale`, `Frères` -> `Frères musulmans`."""
    firsts: dict[str, set[str]] = {}
    for key, g in groups.items():
        for m in g.mentions:
            words = m.name.split()
            if len(words) >= 2 and m.kind != "group":
                firsts.setdefault(fold(words[0]), set()).add(key)
    for key in [k for k in groups if k.startswith("name:")]:
        g = groups[key]
        if any(len(m.name.split()) != 1 or is_acronym(m.name) for m in g.mentions):
            continue
        targets = firsts.get(fold(g.mentions[0].name), set()) - {key}
        if len(targets) == 1:
            target = groups[targets.pop()]
            target.mentions.extend(g.mentions)
            del groups[key]


def _same_person(known: KnownActors, known_group: _Group, other: _Group) -> bool:
    """A full name that ends with a known person's surname is that person unless it names another."""
    name = other.mentions[0].name
    return known.lookup(name) is None or known.lookup(name) == known.get(known_group.known_id or "")


def _leader_index(groups: dict[str, _Group], known: KnownActors) -> dict[str, str]:
    index: dict[str, str] = {}
    for key, g in groups.items():
        if key.startswith(("name:", "known:")):
            for m in g.mentions:
                index.setdefault(surname(m.name), key)
                index.setdefault(fold(m.name), key)
            if g.known_id:
                index.setdefault(surname(known.get(g.known_id).name), key)
    return index


def _canonical(g: _Group, known: KnownActors) -> str:
    if g.known_id:
        return known.get(g.known_id).name
    first = g.mentions[0]
    if first.kind == "group":
        if first.leader:
            if g.leader is not None:
                return f"{_canonical(g.leader, known)} {first.role}"
            if g.leader_known:
                return f"{known.get(g.leader_known).name} {first.role}"
            return f"{first.leader} {first.role}"
        country = next((m.country for m in g.mentions if m.country), None) or g.key.rsplit(":", 1)[-1]
        state = known.get(f"state:{country}") if country and country != "None" else None
        return f"{first.role} ({state.name})" if state else str(first.role)
    names = [m.name for m in g.mentions if not is_acronym(m.name)]
    if names:
        return max(names, key=lambda n: (len(n.split()), len(n)))
    return first.name.replace(".", "")


def _type(g: _Group, known: KnownActors) -> ActorType:
    kind: str
    if g.known_id:
        kind = known.get(g.known_id).type
    else:
        first = g.mentions[0]
        kind = {"person": "person", "org": "group"}.get(first.kind, first.group_type or "group")
    return kind if kind in _ACTOR_TYPES else "other"  # type: ignore[return-value]


def _country_guessed(g: _Group, home: str | None) -> bool:
    """True when a group's country is only the article's main one (`la police`, not `la police syrienne`)."""
    return (home is not None and g.key.startswith("group:") and g.known_id is None and g.leader is None
            and g.leader_known is None and not any(m.country for m in g.mentions))


def _country(g: _Group, known: KnownActors, home: str | None) -> str | None:
    if g.known_id:
        return known.get(g.known_id).country
    for m in g.mentions:
        if m.country:
            return m.country
    if g.leader is not None:
        return _country(g.leader, known, home)
    if g.leader_known:
        return known.get(g.leader_known).country
    if g.key.startswith("group:"):
        return home
    return None
