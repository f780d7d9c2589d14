"""General French vocabulary of casualty and crowd reports: which words name people, which name
a toll directly, and which verbs or nouns say what happened to the people counted."""

from __future__ import annotations

from depeche.records import CountKind


def _participles(stems: str) -> frozenset[str]:
    """Every gender and number of each past participle (`tué` -> tué, tuée, tués, tuées)."""
    out: set[str] = set()
    for stem in stems.split():
        out.update({stem, stem + "e", stem + "s", stem + "es"})
        if stem.endswith("s"):  # `pris` is already plural in form
            out.update({stem[:-1] + "se", stem[:-1] + "ses"})
    return frozenset(out)


# Nouns that are a toll on their own: `74 morts`, `150 blessés`, `3 otages`.
KIND_NOUNS: dict[str, CountKind] = {
    **{w: "killed" for w in ("mort", "morts", "tué", "tués", "victime", "victimes", "décès", "cadavre",
                             "cadavres", "corps", "martyr", "martyrs", "tuées", "mortes")},
    **{w: "injured" for w in ("blessé", "blessés", "blessée", "blessées")},
    **{w: "displaced" for w in ("réfugié", "réfugiés", "réfugiée", "réfugiées", "déplacé", "déplacés",
                                "déplacées", "exilé", "exilés", "sans-abri", "évacué", "évacués")},
    **{w: "arrested" for w in ("interpellé", "interpellés", "arrêté", "arrêtés", "interpellations",
                               "arrestations", "détenu", "détenus")},
    **{w: "kidnapped" for w in ("otage", "otages", "enlevé", "enlevés", "kidnappé", "kidnappés")},
    **{w: "participants" for w in ("manifestant", "manifestants", "manifestante", "manifestantes",
                                   "protestataire", "protestataires", "contestataires", "grévistes",
                                   "marcheurs", "participants", "émeutiers")},
}

# Toll nouns a verb may overrule (`20 victimes ont été blessées`); `détenus` and `évacués` also
# name people a verb must speak of (prisoners freed in an exchange are not arrests).
# Crowd nouns too: `26 manifestants ont été tués` is a death toll, not a turnout.
OVERRULED_NOUNS = frozenset({"détenu", "détenus", "victime", "victimes", "évacué", "évacués", "corps"}) | frozenset(
    w for w, k in KIND_NOUNS.items() if k == "participants"
)
NEEDS_VERB_NOUNS = frozenset({"détenu", "détenus", "évacué", "évacués"})

# Nouns for people, with the English word used as `who`.
PEOPLE_NOUNS: dict[str, str | None] = {
    **{w: "people" for w in ("personne", "personnes", "gens", "individus", "âmes", "hommes", "êtres")},
    **{w: "civilians" for w in ("civil", "civils", "habitants", "résidents", "villageois", "citadins",
                                "citoyens", "riverains", "passants", "familles", "paysans", "agriculteurs",
                                "commerçants", "ouvriers", "travailleurs", "employés", "salariés",
                                "fonctionnaires", "pêcheurs", "fidèles", "pèlerins", "passagers",
                                "touristes", "ressortissants", "étrangers", "expatriés")},
    **{w: "children" for w in ("enfant", "enfants", "bébés", "nourrissons", "mineurs", "adolescents",
                               "gamins", "garçons", "fillettes", "filles", "écoliers", "élèves", "jeunes")},
    **{w: "women" for w in ("femme", "femmes")},
    **{w: "students" for w in ("étudiants", "étudiantes", "lycéens")},
    **{w: "soldiers" for w in ("soldat", "soldats", "militaires", "officiers", "conscrits", "recrues",
                               "gardes", "marins", "aviateurs", "parachutistes", "casques", "légionnaires",
                               "loyalistes")},
    **{w: "police" for w in ("policier", "policiers", "gendarmes", "agents")},
    **{w: "rebels" for w in ("rebelle", "rebelles", "insurgés", "combattants", "miliciens", "jihadistes",
                             "djihadistes", "islamistes", "extrémistes", "terroristes", "assaillants",
                             "kamikazes", "mercenaires", "partisans", "opposants", "militants",
                             "activistes", "membres", "déserteurs", "guérilleros", "talibans", "shebab")},
    **{w: "protesters" for w in ("manifestants", "protestataires", "contestataires", "grévistes")},
    **{w: "prisoners" for w in ("prisonniers", "détenus", "captifs")},
    **{w: "hostages" for w in ("otages",)},
    **{w: "migrants" for w in ("migrants", "immigrés", "clandestins", "demandeurs")},
    **{w: "refugees" for w in ("réfugiés", "déplacés", "exilés")},
    **{w: "journalists" for w in ("journalistes", "reporters", "photographes", "cameramen")},
    **{w: "medics" for w in ("médecins", "infirmiers", "secouristes", "humanitaires", "soignants")},
    **{w: "officials" for w in ("responsables", "dirigeants", "diplomates", "ministres", "députés",
                                "juges", "avocats", "magistrats", "élus", "cadres", "chefs")},
    **{w: "patients" for w in ("patients", "malades")},
    **{w: "christians" for w in ("chrétiens", "coptes")},
    **{w: "muslims" for w in ("musulmans", "chiites", "sunnites", "alaouites")},
    **{w: None for w in ("autres", "survivants", "victimes", "volontaires", "ouvriers", "fils")},
}

# Endings of demonyms written as nouns (`trois Égyptiens`, `650.000 Libyens`); the word must
# also be capitalised, which keeps out common nouns with these endings.
DEMONYM_ENDINGS = ("iens", "iennes", "ains", "aines", "ais", "aises", "ois", "oises", "ites", "ins", "ines",
                   "ens", "ards", "ols", "oles", "ques", "ans", "anes", "is")

# Verbs whose subject is what is counted, in any voice (`17 personnes ont péri`).
SUBJECT_VERBS: dict[str, CountKind] = {
    **{v: "killed" for v in ("mourir", "périr", "décéder", "succomber")},
    **{v: "displaced" for v in ("fuir", "réfugier", "exiler", "émigrer", "enfuir")},
    **{v: "participants" for v in ("manifester", "défiler", "protester", "participer", "marcher", "descendre",
                                   "converger", "affluer", "camper", "occuper")},
}
# Transitive verbs whose object (or passive subject) is what is counted (`ont tué 17 civils`,
# `17 civils ont été tués`).
OBJECT_VERBS: dict[str, CountKind] = {
    **{v: "killed" for v in ("tuer", "massacrer", "exécuter", "abattre", "assassiner", "fusiller",
                             "égorger", "décapiter", "lyncher", "achever", "faucher", "pendre")},
    **{v: "injured" for v in ("blesser", "hospitaliser")},
    **{v: "displaced" for v in ("déplacer", "évacuer", "expulser", "chasser", "déporter", "jeter")},
    **{v: "arrested" for v in ("arrêter", "interpeller", "détenir", "emprisonner", "incarcérer", "appréhender",
                               "capturer", "écrouer", "inculper", "embarquer", "rafler")},
    **{v: "kidnapped" for v in ("enlever", "kidnapper", "séquestrer", "rapter")},
    **{v: "participants" for v in ("rassembler", "réunir")},
}
# Participles as written, for when the lemmatiser stumbles on a form (`blessées`, `abattus`):
# those of verbs whose subject is counted (any auxiliary) and of transitive ones (only passive).
SUBJECT_PARTICIPLES: dict[str, CountKind] = {
    **{w: "killed" for w in _participles("mort décédé péri tombé")},
    **{w: "displaced" for w in _participles("réfugié exilé enfui fui")},
    **{w: "participants" for w in _participles("manifesté défilé descendu")},
}
OBJECT_PARTICIPLES: dict[str, CountKind] = {
    **{w: "killed" for w in _participles("tué massacré exécuté abattu assassiné fusillé égorgé décapité "
                                          "lynché achevé fauché pendu")},
    **{w: "injured" for w in _participles("blessé hospitalisé")},
    **{w: "displaced" for w in _participles("déplacé évacué expulsé chassé déporté jeté")},
    **{w: "arrested" for w in _participles("arrêté interpellé détenu emprisonné incarcéré appréhendé "
                                            "capturé écroué inculpé embarqué raflé")},
    **{w: "kidnapped" for w in _participles("enlevé kidnappé séquestré pris")},
    **{w: "participants" for w in _participles("rassemblé réuni")},
}
# Words that say nothing alone but do with what follows (`pris en otage`, `tombés au combat`,
# `jetés sur les routes`, `descendus dans la rue`): the complement must come within a few words.
NEEDS_COMPLEMENT: dict[str, tuple[str, ...]] = {
    **{w: ("otage", "otages") for w in _participles("pris")},
    **{w: ("combat", "combats", "champ") for w in _participles("tombé")},
    **{w: ("route", "routes", "exil") for w in _participles("jeté")},
    **{w: ("rue", "rues", "place") for w in (*_participles("descendu"), "descendre", "descendent")},
    "jeter": ("route", "routes", "exil"),
    "marcher": ("sur", "contre", "pour", "rue", "rues"),
    "camper": ("place",), "occuper": ("place",), "mobiliser": ("contre", "pour", "rue"),
    **{w: ("place",) for w in _participles("occupé")},
}

# Verb + object idioms where the counted people are the subject (`ont trouvé la mort`).
SUBJECT_IDIOMS: dict[tuple[str, str], CountKind] = {
    ("trouver", "mort"): "killed", ("perdre", "vie"): "killed", ("laisser", "vie"): "killed",
    ("prendre", "fuite"): "displaced", ("trouver", "refuge"): "displaced", ("quitter", "foyer"): "displaced",
    ("quitter", "maison"): "displaced", ("quitter", "domicile"): "displaced", ("franchir", "frontière"): "displaced",
    ("passer", "frontière"): "displaced", ("traverser", "frontière"): "displaced",
    ("prendre", "part"): "participants", ("descendre", "rue"): "participants",
}

# Nouns of events or states whose `de` complement is what is counted (`la mort de 17 civils`).
EVENT_NOUNS: dict[str, CountKind] = {
    **{w: "killed" for w in ("mort", "décès", "massacre", "assassinat", "exécution", "exécutions", "meurtre",
                             "meurtres", "tuerie")},
    **{w: "injured" for w in ("blessure", "blessures", "hospitalisation")},
    **{w: "displaced" for w in ("fuite", "exode", "déplacement", "évacuation", "expulsion")},
    **{w: "arrested" for w in ("arrestation", "arrestations", "interpellation", "interpellations",
                               "détention", "incarcération", "emprisonnement", "capture", "condamnation")},
    **{w: "kidnapped" for w in ("enlèvement", "enlèvements", "rapt", "kidnapping", "séquestration",
                                "prise")},
    **{w: "participants" for w in ("manifestation", "manifestations", "rassemblement", "rassemblements",
                                   "marche", "cortège", "défilé", "sit-in", "grève", "foule", "mobilisation",
                                   "protestation", "émeute")},
}

# Adverbs that make a bare number an injury count (`dont 15 grièvement`).
INJURY_ADVERBS = frozenset({"grièvement", "gravement", "légèrement", "sérieusement", "blessés"})

# Nouns after a number that are never people even when the sentence speaks of deaths.
NOT_PEOPLE = frozenset({
    "ans", "an", "année", "années", "mois", "jours", "jour", "heures", "heure", "minutes", "semaines",
    "km", "kilomètres", "kilomètre", "mètres", "m", "miles", "hectares", "tonnes", "kg", "litres",
    "dollars", "euros", "dinars", "livres", "francs", "%", "pour", "fois", "chars", "véhicules", "avions",
    "missiles", "roquettes", "obus", "bombes", "raids", "frappes", "sorties", "maisons", "bâtiments",
    "villes", "villages", "pays", "points", "sièges", "voix", "articles", "pages", "millions", "milliards",
})

# --- one person: `un soldat a été tué`, `un mort et trois blessés` -------------------------------

# Singular nouns for one person, beyond the singulars of PEOPLE_NOUNS (which are mostly plural).
_SINGLE_EXTRA: dict[str, str | None] = {
    **{w: "people" for w in ("homme", "individu", "inconnu", "quidam")},
    **{w: "civilians" for w in ("chauffeur", "conducteur", "commerçant", "boutiquier", "vendeur", "paysan",
                                "berger", "fermier", "passant", "voisin", "propriétaire", "habitant")},
    **{w: "children" for w in ("bébé", "nourrisson", "garçon", "fillette", "fille", "adolescent", "mineur",
                               "écolier", "élève", "jeune")},
    **{w: "soldiers" for w in ("soldat", "militaire", "officier", "sous-officier", "général", "colonel",
                               "commandant", "capitaine", "lieutenant", "sergent", "caporal", "garde",
                               "conscrit", "marin", "pilote", "casque")},
    **{w: "police" for w in ("policier", "gendarme", "agent", "commissaire")},
    **{w: "rebels" for w in ("suspect", "kamikaze", "assaillant", "tireur", "sniper", "preneur", "ravisseur",
                             "dissident", "opposant", "militant", "activiste", "cadre", "chef", "membre")},
    **{w: "journalists" for w in ("journaliste", "reporter", "photographe", "cameraman", "correspondant",
                                  "blogueur", "caméraman")},
    **{w: "medics" for w in ("médecin", "infirmier", "secouriste", "humanitaire", "chirurgien", "ambulancier")},
    **{w: "officials" for w in ("responsable", "dirigeant", "diplomate", "ambassadeur", "consul", "ministre",
                                "député", "maire", "gouverneur", "juge", "avocat", "magistrat", "élu",
                                "préfet", "fonctionnaire", "notable")},
    **{w: "clergy" for w in ("prêtre", "imam", "moine", "religieux", "religieuse", "pasteur", "évêque",
                             "curé", "cheikh", "rabbin", "prédicateur")},
    **{w: "christians" for w in ("chrétien", "copte")},
    **{w: "muslims" for w in ("musulman", "chiite", "sunnite", "alaouite")},
    **{w: "prisoners" for w in ("prisonnier", "détenu", "captif")},
    **{w: "hostages" for w in ("otage",)},
    **{w: "migrants" for w in ("migrant", "immigré", "clandestin")},
    **{w: "refugees" for w in ("réfugié", "déplacé", "exilé")},
    **{w: "protesters" for w in ("manifestant", "protestataire", "contestataire", "gréviste", "émeutier")},
    **{w: "students" for w in ("étudiant", "lycéen")},
    **{w: None for w in ("autre", "survivant", "volontaire", "employé", "ouvrier", "fils", "frère", "père",
                         "mari", "cousin", "oncle", "neveu")},
}


def _singulars() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for word, who in PEOPLE_NOUNS.items():
        # `hommes` -> `homme`; words whose singular is not the plural minus `s` are in _SINGLE_EXTRA.
        if word.endswith("s") and len(word) > 4 and word not in {"gens", "fils", "âmes", "êtres", "autres"}:
            out.setdefault(word[:-1], who)
    out.update(_SINGLE_EXTRA)
    return out


SINGLE_PEOPLE: dict[str, str | None] = _singulars()
# Feminine endings that map back to the masculine entry (`étudiante`, `infirmière`, `Syrienne`).
FEMININE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ienne", "ien"), ("enne", "en"), ("ière", "ier"), ("ère", "er"), ("euse", "eur"), ("trice", "teur"),
    ("ante", "ant"), ("ente", "ent"), ("aine", "ain"), ("ine", "in"), ("aise", "ais"), ("oise", "ois"),
    ("ée", "é"), ("ue", "u"), ("e", ""),
)
# Singular demonym endings (`un Américain`, `une Syrienne`, `un Britannique`), capitalised words only.
SINGLE_DEMONYM_ENDINGS = ("ien", "ienne", "ain", "aine", "ais", "aise", "ois", "oise", "ite", "in", "ine",
                          "en", "enne", "ard", "arde", "ol", "ole", "que", "an", "ane", "i", "ote", "ète")
# Nouns that are a toll of one on their own (`un mort`, `une blessée`); other toll nouns
# (`une victime`, `un otage`, `un réfugié`) name a person whose fate a verb must tell.
SINGLE_KIND_NOUNS: dict[str, CountKind] = {
    "mort": "killed", "morte": "killed", "tué": "killed", "tuée": "killed",
    "blessé": "injured", "blessée": "injured",
}
# What may happen to one person and still be a figure; one person fleeing or marching is not a
# displacement or a turnout.
SINGLE_KINDS: frozenset[CountKind] = frozenset({"killed", "injured", "arrested", "kidnapped"})
# Words that deny or generalise the figure (`pas un seul blessé`, `sans faire un mort`,
# `si un soldat est tué`): the clause then states no toll.
NEGATORS = frozenset({"pas", "jamais", "aucun", "aucune", "sans", "ni", "nullement", "guère", "si", "chaque",
                      "n'importe", "quiconque"})
# Verbs of finding that take a predicate on their object (`retrouvé décapité`, `découverts morts`).
DEPICTIVE_VERBS = frozenset({"retrouver", "découvrir"})
