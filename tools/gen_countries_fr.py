"""Write `src/depeche/stages/actors/data/countries_fr.toml`: the world's states in French news vocabulary.

The bulk comes from pycountry (ISO 3166-1 codes, English and French names through its gettext
catalogue) and, when Babel is installed, CLDR's French and English short names, which are the
forms news actually uses ("Syrie", not "Syrienne, République arabe"). Everything pycountry and
CLDR lack is in the hand-written tables below: current French usage, demonyms, capitals.
Edit the tables here and re-run; do not edit the generated file by hand.

    .venv/bin/python tools/gen_countries_fr.py            # rewrite the data file
    .venv/bin/python tools/gen_countries_fr.py --check    # fail if the data file is stale
"""

from __future__ import annotations

import gettext
import json
import re
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src/depeche/stages/actors/data/countries_fr.toml"

# fmt: off
# Codes outside ISO 3166-1 that news treats as states (XK is the code the EU and the IMF use).
EXTRA = {"XK": ("Kosovo", "Kosovo")}  # code: (English, French)

# English short name when CLDR's does not read like news English.
ENGLISH = {
    "AG": "Antigua and Barbuda", "BA": "Bosnia and Herzegovina", "BL": "Saint Barthélemy",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "CI": "Ivory Coast",
    "CV": "Cape Verde", "CZ": "Czech Republic", "FK": "Falkland Islands", "HK": "Hong Kong",
    "HM": "Heard Island and McDonald Islands", "KN": "Saint Kitts and Nevis", "LC": "Saint Lucia",
    "MF": "Saint Martin", "MM": "Myanmar", "MO": "Macau", "PM": "Saint Pierre and Miquelon",
    "PS": "Palestine", "SH": "Saint Helena", "ST": "São Tomé and Príncipe", "SZ": "Eswatini",
    "TC": "Turks and Caicos Islands", "TL": "East Timor", "TR": "Turkey", "TT": "Trinidad and Tobago",
    "UM": "United States Minor Outlying Islands", "VA": "Vatican City",
    "VC": "Saint Vincent and the Grenadines", "VI": "United States Virgin Islands", "WF": "Wallis and Futuna",
    "GS": "South Georgia and the South Sandwich Islands", "SJ": "Svalbard and Jan Mayen",
    "BQ": "Caribbean Netherlands", "MK": "North Macedonia",
}

# French names news uses beyond CLDR/pycountry; the first one listed leads.
FRENCH = {
    "AE": ["Émirats arabes unis", "Émirats"],
    "BJ": ["République du Bénin"],
    "BN": ["Brunei", "Brunéi"],
    "BY": ["Biélorussie", "Bélarus"],
    "CD": ["République démocratique du Congo", "RD Congo", "Congo-Kinshasa", "Congo"],
    "CF": ["Centrafrique", "République centrafricaine"],
    "CG": ["Congo-Brazzaville", "République du Congo", "Congo"],
    "CH": ["Suisse", "Confédération helvétique"],
    "CL": ["République du Chili"],
    "CN": ["Chine", "République populaire de Chine", "Empire du Milieu"],
    "CV": ["Cap-Vert", "Cabo Verde"],
    "CZ": ["Tchéquie", "République tchèque"],
    "DM": ["île de la Dominique"],
    "EC": ["République de l'Équateur"],
    "FR": ["France", "République française", "Hexagone"],
    "GB": ["Royaume-Uni", "Grande-Bretagne", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"],
    "GD": ["île de la Grenade"],
    "HK": ["Hong Kong", "Hongkong"],
    "IL": ["Israël", "État d'Israël", "État hébreu"],
    "IQ": ["Irak", "Iraq"],
    "IR": ["Iran", "République islamique d'Iran"],
    "JE": ["île de Jersey"],
    "JP": ["Japon", "pays du Soleil-Levant"],
    "KG": ["Kirghizstan", "Kirghizistan"],
    "KP": ["Corée du Nord", "République populaire démocratique de Corée"],
    "KR": ["Corée du Sud", "République de Corée"],
    "KW": ["Koweït"],
    "LA": ["Laos"],
    "LY": ["Libye", "État de Libye", "Jamahiriya", "Jamahiriya arabe libyenne"],
    "MA": ["Maroc", "royaume chérifien"],
    "MD": ["Moldavie", "Moldova", "République de Moldavie"],
    "MK": ["Macédoine du Nord"],
    "MM": ["Birmanie", "Myanmar"],
    "MO": ["Macao", "Macau"],
    "MU": ["île Maurice"],
    "NL": ["Pays-Bas"],
    "PS": ["Palestine", "État de Palestine", "Territoires palestiniens", "territoires palestiniens occupés"],
    "RE": ["île de la Réunion"],
    "RU": ["Russie", "Fédération de Russie"],
    "SA": ["Arabie saoudite", "royaume saoudien"],
    "SR": ["Suriname", "Surinam"],
    "SS": ["Soudan du Sud", "Sud-Soudan"],
    "SV": ["Salvador", "El Salvador"],
    "SX": ["Sint Maarten", "Saint-Martin néerlandais"],
    "SY": ["Syrie", "République arabe syrienne"],
    "SZ": ["Eswatini", "Swaziland"],
    "TL": ["Timor oriental", "Timor-Leste"],
    "TW": ["Taïwan"],
    "TZ": ["Tanzanie"],
    "US": ["États-Unis", "États-Unis d'Amérique"],
    "VA": ["Vatican", "Saint-Siège", "Cité du Vatican", "État de la Cité du Vatican"],
    "VE": ["Venezuela"],
    "VN": ["Vietnam", "Viêt Nam"],
    "XK": ["Kosovo"],
}

# Forms that are also ordinary words ("une grenade", "une réunion", "l'équateur", "Maurice" as a
# first name, "turkey", "china"): matched only as written, capital included.
STRICT = {
    "BJ": ["Bénin", "Benin"],
    "CL": ["Chili", "Chile"],
    "CN": ["China"],
    "DM": ["Dominique"],
    "EC": ["Équateur", "Equateur"],
    "GD": ["Grenade", "Grenada"],
    "GN": ["Guinea"],
    "JE": ["Jersey"],
    "MK": ["Macédoine", "Macedonia"],
    "MU": ["Maurice"],
    "RE": ["Réunion", "La Réunion", "Reunion"],
    "TR": ["Turkey"],
}

# Case-sensitive abbreviations of state names.
ACRONYMS = {
    "AE": ["EAU", "UAE"], "CD": ["RDC", "DRC"], "CF": ["RCA", "CAR"], "GB": ["UK"],
    "KP": ["RPDC", "DPRK"], "US": ["USA", "US"],
}

# More English forms (pycountry's and CLDR's are added automatically).
ENGLISH_MORE = {
    "CD": ["DR Congo", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"], "CI": ["Côte d'Ivoire"],
    "CV": ["Cabo Verde"], "CZ": ["Czechia"], "GB": ["Britain", "Great Britain"], "MK": ["North Macedonia"],
    "MM": ["Burma"], "NL": ["Holland"], "PS": ["State of Palestine", "Palestinian territories"],
    "RU": ["Russian Federation"], "SZ": ["Swaziland"], "TL": ["Timor-Leste"], "TR": ["Türkiye"],
    "US": ["United States of America"], "VA": ["Holy See", "Vatican"], "XK": ["Kosovo"],
    "KR": ["Republic of Korea"], "KP": ["Democratic People's Republic of Korea"],
}

# Forms dropped from the automatic sources: ambiguous alone, or clashing with a strict form.
DROP = {"Congo", "Corée", "Macédoine", "Réunion", "La Réunion", "Saint-Martin (partie néerlandaise)",
        "Sint Maarten (Dutch part)", "Turkey", "China", "Chile", "Guinea", "Grenada", "Jersey",
        "Benin", "Reunion", "Bénin", "Chili", "Dominique", "Équateur", "Grenade", "Maurice", "Macedonia"}
KEEP_CONGO = {"CD", "CG"}  # "Congo" alone names both Congos: listed for both, shared in actors.toml

# Demonyms: masculine singular, or the four forms when French does not follow the rules in
# `inflect` (masc. sg., fem. sg., masc. pl., fem. pl.). Several entries per country are allowed.
Forms = str | tuple[str, str, str, str]
DEMONYMS: dict[str, list[Forms]] = {
    "AD": ["andorran"], "AE": ["émirati", "émirien"], "AF": ["afghan"], "AG": ["antiguais"],
    "AL": ["albanais"], "AM": ["arménien"], "AO": ["angolais"], "AR": ["argentin"], "AT": ["autrichien"],
    "AU": ["australien"], "AZ": ["azerbaïdjanais", "azéri"], "BA": ["bosnien"], "BB": ["barbadien"],
    "BD": ["bangladais"], "BE": ["belge"], "BF": [("burkinabè",) * 4, "burkinabé"], "BG": ["bulgare"],
    "BH": ["bahreïni", "bahreïnien"], "BI": ["burundais"], "BJ": ["béninois"], "BN": ["brunéien"],
    "BO": ["bolivien"], "BR": ["brésilien"], "BS": ["bahaméen"], "BT": ["bhoutanais"], "BW": ["botswanais"],
    "BY": ["biélorusse", "bélarusse"], "BZ": ["bélizien"], "CA": ["canadien"], "CD": ["congolais"],
    "CF": ["centrafricain"], "CG": ["congolais"], "CH": [("suisse", "suisse", "suisses", "suisses"),
                                                         ("suisse", "suissesse", "suisses", "suissesses")],
    "CI": ["ivoirien"], "CL": ["chilien"], "CM": ["camerounais"], "CN": ["chinois"], "CO": ["colombien"],
    "CR": ["costaricien", "costaricain"], "CU": ["cubain"], "CV": ["cap-verdien", "capverdien"],
    "CY": ["chypriote", "cypriote"], "CZ": ["tchèque"], "DE": ["allemand"], "DJ": ["djiboutien"],
    "DK": ["danois"], "DM": ["dominiquais"], "DO": ["dominicain"], "DZ": ["algérien"], "EC": ["équatorien"],
    "EE": ["estonien"], "EG": ["égyptien"], "ER": ["érythréen"], "ES": ["espagnol"], "ET": ["éthiopien"],
    "FI": ["finlandais"], "FJ": ["fidjien"], "FM": ["micronésien"], "FR": ["français"], "GA": ["gabonais"],
    "GB": ["britannique"], "GD": ["grenadien"], "GE": ["géorgien"], "GH": ["ghanéen"], "GM": ["gambien"],
    "GN": ["guinéen"], "GQ": ["équato-guinéen"], "GR": [("grec", "grecque", "grecs", "grecques")],
    "GT": ["guatémaltèque"], "GW": ["bissau-guinéen"], "GY": ["guyanien"], "HN": ["hondurien"],
    "HR": ["croate"], "HT": ["haïtien"], "HU": ["hongrois"], "ID": ["indonésien"], "IE": ["irlandais"],
    "IL": ["israélien"], "IN": ["indien"], "IQ": ["irakien"], "IR": ["iranien"], "IS": ["islandais"],
    "IT": ["italien"], "JM": ["jamaïcain"], "JO": ["jordanien"], "JP": ["japonais"],
    "KE": ["kényan", "kenyan"], "KG": ["kirghiz", "kirghizstanais"], "KH": ["cambodgien"],
    "KI": ["kiribatien"], "KM": ["comorien"], "KN": ["kittitien"], "KP": ["nord-coréen", "coréen"],
    "KR": ["sud-coréen", "coréen"], "KW": ["koweïtien"], "KZ": ["kazakh", "kazakhstanais"], "LA": ["laotien"],
    "LB": ["libanais"], "LC": ["saint-lucien"], "LI": ["liechtensteinois"], "LK": ["sri-lankais"],
    "LR": ["libérien"], "LS": ["lésothien"], "LT": ["lituanien"], "LU": ["luxembourgeois"], "LV": ["letton"],
    "LY": ["libyen"], "MA": ["marocain"], "MC": ["monégasque"], "MD": ["moldave"], "ME": ["monténégrin"],
    "MG": ["malgache"], "MH": ["marshallais"], "MK": ["macédonien", "nord-macédonien"], "ML": ["malien"],
    "MM": ["birman"], "MN": ["mongol"], "MR": ["mauritanien"], "MT": ["maltais"], "MU": ["mauricien"],
    "MV": ["maldivien"], "MW": ["malawite", "malawien"], "MX": ["mexicain"], "MY": ["malaisien"],
    "MZ": ["mozambicain"], "NA": ["namibien"], "NE": ["nigérien"], "NG": ["nigérian", "nigerian"],
    "NI": ["nicaraguayen"], "NL": ["néerlandais", "hollandais"], "NO": ["norvégien"], "NP": ["népalais"],
    "NR": ["nauruan"], "NZ": ["néo-zélandais"], "OM": ["omanais"], "PA": ["panaméen"], "PE": ["péruvien"],
    "PG": ["papouan-néo-guinéen"], "PH": ["philippin"], "PK": ["pakistanais"], "PL": ["polonais"],
    "PT": ["portugais"], "PW": ["palaosien"], "PY": ["paraguayen"], "QA": ["qatari", "qatarien"],
    "RO": ["roumain"], "RS": ["serbe"], "RU": ["russe"], "RW": ["rwandais"], "SA": ["saoudien"],
    "SB": ["salomonais"], "SC": ["seychellois"], "SD": ["soudanais"], "SE": ["suédois"], "SG": ["singapourien"],
    "SI": ["slovène"], "SK": ["slovaque"], "SL": ["sierra-léonais"], "SM": ["saint-marinais"], "SN": ["sénégalais"],
    "SO": ["somalien"], "SR": ["surinamais"], "SS": ["sud-soudanais"], "ST": ["santoméen"], "SV": ["salvadorien"],
    "SY": ["syrien"], "SZ": ["swazi", "eswatinien"], "TD": ["tchadien"], "TG": ["togolais"], "TH": ["thaïlandais"],
    "TJ": ["tadjik"], "TL": ["est-timorais", "timorais"], "TM": ["turkmène"], "TN": ["tunisien"], "TO": ["tongien"],
    "TR": [("turc", "turque", "turcs", "turques")], "TT": ["trinidadien"], "TV": ["tuvaluan"], "TZ": ["tanzanien"],
    "UA": ["ukrainien"], "UG": ["ougandais"], "US": ["américain", "états-unien"], "UY": ["uruguayen"],
    "UZ": [("ouzbek", "ouzbèke", "ouzbeks", "ouzbèkes"), "ouzbékistanais"], "VC": ["vincentais"],
    "VE": ["vénézuélien"], "VN": ["vietnamien"], "VU": ["vanuatais"], "WS": ["samoan"], "YE": ["yéménite"],
    "ZA": ["sud-africain"], "ZM": ["zambien"], "ZW": ["zimbabwéen"],
    # not UN members
    "EH": ["sahraoui"], "GF": ["guyanais"], "GI": ["gibraltarien"], "GL": ["groenlandais"],
    "GP": ["guadeloupéen"], "HK": ["hongkongais"], "MQ": ["martiniquais"], "NC": ["néo-calédonien", "calédonien"],
    "PF": ["polynésien"], "PR": ["portoricain"], "PS": ["palestinien"], "RE": ["réunionnais"],
    "TW": ["taïwanais"], "XK": ["kosovar"], "YT": ["mahorais"],
}

# Capital in French, and other seats of government news uses as metonyms for it.
CAPITALS: dict[str, str] = {
    "AD": "Andorre-la-Vieille", "AE": "Abou Dhabi", "AF": "Kaboul", "AG": "Saint John's", "AL": "Tirana",
    "AM": "Erevan", "AO": "Luanda", "AR": "Buenos Aires", "AT": "Vienne", "AU": "Canberra", "AZ": "Bakou",
    "BA": "Sarajevo", "BB": "Bridgetown", "BD": "Dacca", "BE": "Bruxelles", "BF": "Ouagadougou",
    "BG": "Sofia", "BH": "Manama", "BI": "Gitega", "BJ": "Porto-Novo", "BN": "Bandar Seri Begawan",
    "BO": "Sucre", "BR": "Brasilia", "BS": "Nassau", "BT": "Thimphou", "BW": "Gaborone", "BY": "Minsk",
    "BZ": "Belmopan", "CA": "Ottawa", "CD": "Kinshasa", "CF": "Bangui", "CG": "Brazzaville", "CH": "Berne",
    "CI": "Yamoussoukro", "CL": "Santiago", "CM": "Yaoundé", "CN": "Pékin", "CO": "Bogota", "CR": "San José",
    "CU": "La Havane", "CV": "Praia", "CY": "Nicosie", "CZ": "Prague", "DE": "Berlin", "DJ": "Djibouti",
    "DK": "Copenhague", "DM": "Roseau", "DO": "Saint-Domingue", "DZ": "Alger", "EC": "Quito", "EE": "Tallinn",
    "EG": "Le Caire", "ER": "Asmara", "ES": "Madrid", "ET": "Addis-Abeba", "FI": "Helsinki", "FJ": "Suva",
    "FM": "Palikir", "FR": "Paris", "GA": "Libreville", "GB": "Londres", "GD": "Saint-Georges",
    "GE": "Tbilissi", "GH": "Accra", "GM": "Banjul", "GN": "Conakry", "GQ": "Malabo", "GR": "Athènes",
    "GT": "Guatemala", "GW": "Bissau", "GY": "Georgetown", "HN": "Tegucigalpa", "HR": "Zagreb",
    "HT": "Port-au-Prince", "HU": "Budapest", "ID": "Jakarta", "IE": "Dublin", "IL": "Jérusalem",
    "IN": "New Delhi", "IQ": "Bagdad", "IR": "Téhéran", "IS": "Reykjavik", "IT": "Rome", "JM": "Kingston",
    "JO": "Amman", "JP": "Tokyo", "KE": "Nairobi", "KG": "Bichkek", "KH": "Phnom Penh", "KI": "Tarawa",
    "KM": "Moroni", "KN": "Basseterre", "KP": "Pyongyang", "KR": "Séoul", "KW": "Koweït", "KZ": "Astana",
    "LA": "Vientiane", "LB": "Beyrouth", "LC": "Castries", "LI": "Vaduz", "LK": "Colombo", "LR": "Monrovia",
    "LS": "Maseru", "LT": "Vilnius", "LU": "Luxembourg", "LV": "Riga", "LY": "Tripoli", "MA": "Rabat",
    "MC": "Monaco", "MD": "Chisinau", "ME": "Podgorica", "MG": "Antananarivo", "MH": "Majuro", "MK": "Skopje",
    "ML": "Bamako", "MM": "Naypyidaw", "MN": "Oulan-Bator", "MR": "Nouakchott", "MT": "La Valette",
    "MU": "Port-Louis", "MV": "Malé", "MW": "Lilongwe", "MX": "Mexico", "MY": "Kuala Lumpur", "MZ": "Maputo",
    "NA": "Windhoek", "NE": "Niamey", "NG": "Abuja", "NI": "Managua", "NL": "Amsterdam", "NO": "Oslo",
    "NP": "Katmandou", "NR": "Yaren", "NZ": "Wellington", "OM": "Mascate", "PA": "Panama", "PE": "Lima",
    "PG": "Port Moresby", "PH": "Manille", "PK": "Islamabad", "PL": "Varsovie", "PT": "Lisbonne",
    "PW": "Ngerulmud", "PY": "Asuncion", "QA": "Doha", "RO": "Bucarest", "RS": "Belgrade", "RU": "Moscou",
    "RW": "Kigali", "SA": "Riyad", "SB": "Honiara", "SC": "Victoria", "SD": "Khartoum", "SE": "Stockholm",
    "SG": "Singapour", "SI": "Ljubljana", "SK": "Bratislava", "SL": "Freetown", "SM": "Saint-Marin",
    "SN": "Dakar", "SO": "Mogadiscio", "SR": "Paramaribo", "SS": "Djouba", "ST": "Sao Tomé",
    "SV": "San Salvador", "SY": "Damas", "SZ": "Mbabane", "TD": "N'Djamena", "TG": "Lomé", "TH": "Bangkok",
    "TJ": "Douchanbé", "TL": "Dili", "TM": "Achgabat", "TN": "Tunis", "TO": "Nuku'alofa",
    "TR": "Ankara", "TT": "Port-d'Espagne", "TV": "Funafuti", "TZ": "Dodoma", "UA": "Kiev", "UG": "Kampala",
    "US": "Washington", "UY": "Montevideo", "UZ": "Tachkent", "VC": "Kingstown", "VE": "Caracas",
    "VN": "Hanoï", "VU": "Port-Vila", "WS": "Apia", "YE": "Sanaa", "ZA": "Pretoria", "ZM": "Lusaka",
    "ZW": "Harare",
    # not UN members
    "PS": "Ramallah", "TW": "Taipei", "VA": "Vatican", "XK": "Pristina",
}
SEATS: dict[str, list[str]] = {
    "BD": ["Dhaka"], "BI": ["Bujumbura"], "BJ": ["Cotonou"], "BO": ["La Paz"], "CI": ["Abidjan"],
    "CN": ["Beijing"], "IL": ["Tel-Aviv", "Tel Aviv"], "KZ": ["Nour-Soultan"], "MM": ["Nay Pyi Taw", "Rangoun"],
    "NL": ["La Haye"], "SA": ["Riyadh"], "SS": ["Juba"], "TD": ["Ndjamena"], "TZ": ["Dar es-Salaam"],
    "UA": ["Kyiv"], "YE": ["Aden"], "ZA": ["Le Cap"], "AE": ["Abu Dhabi"],
}

# fmt: on

# Parenthesised forms in CLDR or pycountry that are names on their own.
PARENTHESISED_NAMES = {"Birmanie", "Burma", "Malvinas"}


def inflect(masc: str) -> tuple[str, str, str, str]:
    """The four forms of a regular French demonym: libyen → libyenne, libyens, libyennes."""
    if masc.endswith("e"):
        fem = masc
    elif masc.endswith(("en", "on")):
        fem = masc + "ne"
    else:
        fem = masc + "e"  # -ais, -ois, -ain, -in, -an, -i, -ol, -h, -k, -z, -é
    plural = masc if masc.endswith(("s", "x", "z")) else masc + "s"
    return masc, fem, plural, fem + "s"


def clean(name: str) -> list[str]:
    """Usable forms of a CLDR or pycountry name: no "R.A.S." labels or ISO comma forms, no parentheses."""
    if not name or name.startswith("R.A.S.") or "," in name or " - " in name:
        return []
    name = name.replace("’", "'").replace(" & ", " and ").replace("St. ", "Saint ")
    name = re.sub(r"^(L'|the )", "", name)
    m = re.fullmatch(r"(.+?) \((.+)\)", name)
    if m:
        if "part" in m.group(2):  # "Saint-Martin (partie néerlandaise)" is not "Saint-Martin"
            return []
        return [m.group(1)] + ([m.group(2)] if m.group(2) in PARENTHESISED_NAMES else [])
    return [name]


def unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def build() -> str:
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    try:
        from babel import Locale

        cldr_fr: dict[str, str] = dict(Locale("fr").territories)
        cldr_en: dict[str, str] = dict(Locale("en").territories)
    except ImportError:
        print("babel not installed: CLDR names skipped", file=sys.stderr)
        cldr_fr, cldr_en = {}, {}

    rows: dict[str, dict[str, object]] = {}
    codes = [(c.alpha_2, c) for c in pycountry.countries] + [(code, None) for code in EXTRA]
    for code, c in sorted(codes, key=lambda x: x[0]):
        if c is None:
            english, french = EXTRA[code]
            fr_auto, en_auto = [french], [english]
        else:
            fr_auto = clean(cldr_fr.get(code, "")) + clean(fr.gettext(c.name))
            official = getattr(c, "official_name", None)
            if official:
                fr_auto += clean(fr.gettext(official))
            en_auto = clean(cldr_en.get(code, "")) + clean(c.name)
            en_auto += clean(getattr(c, "common_name", "")) + clean(official or "")
            english = ENGLISH.get(code) or (clean(cldr_en.get(code, "")) or clean(c.name))[0]
        dropped = DROP - ({"Congo"} if code in KEEP_CONGO else set())
        names = unique([n for n in FRENCH.get(code, []) + fr_auto if n not in dropped or n in FRENCH.get(code, [])])
        english_names = unique([n for n in [english, *ENGLISH_MORE.get(code, []), *en_auto] if n not in dropped])
        strict = STRICT.get(code, [])
        english_names = [n for n in english_names if n not in strict]
        names = [n for n in names if n not in strict]
        demonyms: list[str] = []
        for d in DEMONYMS.get(code, []):
            demonyms += list(d) if isinstance(d, tuple) else list(inflect(d))
        row: dict[str, object] = {"english": english, "names": names}
        if english_names:
            row["english_names"] = english_names
        if strict:
            row["strict"] = strict
        if code in ACRONYMS:
            row["acronyms"] = ACRONYMS[code]
        if demonyms:
            row["demonyms"] = unique(demonyms)
        if code in CAPITALS:
            row["capital"] = CAPITALS[code]
        if code in SEATS:
            row["seats"] = SEATS[code]
        rows[code] = row

    lines = [
        "# The world's states in French news vocabulary: one table per ISO 3166-1 alpha-2 code (plus XK).",
        "# GENERATED by tools/gen_countries_fr.py from pycountry, CLDR and its hand-written tables:",
        "# edit the tables there and re-run, do not edit this file by hand.",
        "#",
        "# english        common English short name (the state actor's canonical name)",
        "# names          French names, matched case- and accent-insensitively, leading article dropped",
        "# english_names  English names, matched like `names`",
        "# strict         names that are also ordinary words (grenade, réunion): matched as written",
        "# acronyms       matched as written",
        "# demonyms       French demonyms in their four forms (masc. sg., fem. sg., masc. pl., fem. pl.)",
        "# capital        capital in French, used by news as a metonym for the government",
        "# seats          other seats of government used the same way",
        "",
    ]
    for code, row in rows.items():
        lines.append(f"[{code}]")
        for key, value in row.items():
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    text = build()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale: run tools/gen_countries_fr.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    count = sum(1 for line in text.splitlines() if re.fullmatch(r"\[[A-Z]{2}\]", line))
    print(f"wrote {OUT} ({count} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
