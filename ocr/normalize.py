"""Normalisation of raw field text through libraries: dates, amounts, countries, currencies, HS codes."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

_AMOUNT = re.compile(r"[-+]?\d[\d\s.,'\u202f\u00a0]*")


def fold(text: str) -> str:
    """Lower-case, accents removed, spaces collapsed: the form used to match labels."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def fold_aligned(text: str) -> str:
    """Like ``fold`` but one output character per input character, so match offsets map back."""
    out = []
    for c in text.replace("\u2019", "'"):
        base = "".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch))
        low = (base or c).lower()
        out.append(low[0] if len(low) >= 1 else c)
    return "".join(out)


# a thousands dot the OCR read as a colon ("2:202,50 £"); a time's minutes are two digits
_COLON_IN_THOUSANDS = re.compile(r"(?<=\d):(?=\d{3}(?!\d))")


def parse_amount(text: str) -> float | None:
    """``1 234,56``, ``1,234.56``, ``1.234,56``, ``RM29.30``, ``$8.20`` -> a float; None if no number."""
    text = _COLON_IN_THOUSANDS.sub(".", text)
    match = _AMOUNT.search(text.replace("O", "0") if re.search(r"\d", text) else text)
    if not match:
        return None
    raw = re.sub(r"[\s'\u202f\u00a0]", "", match.group(0)).rstrip(".,")
    if not raw or not any(c.isdigit() for c in raw):
        return None
    last_dot, last_comma = raw.rfind("."), raw.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        decimal = "." if last_dot > last_comma else ","
        thousands = "," if decimal == "." else "."
        raw = raw.replace(thousands, "").replace(decimal, ".")
    elif last_comma >= 0:
        tail = raw[last_comma + 1 :]
        raw = (
            raw.replace(",", "")
            if (len(tail) == 3 and raw.count(",") >= 1 and len(raw) > 4)
            else raw.replace(",", ".")
        )
        if raw.count(".") > 1:
            raw = raw.replace(".", "", raw.count(".") - 1)
    elif last_dot >= 0:
        tail = raw[last_dot + 1 :]
        if raw.count(".") > 1 or (len(tail) == 3 and len(raw) > 4 and not raw.startswith("0")):
            head, _, dec = raw.rpartition(".")
            raw = head.replace(".", "") + ("." + dec if len(dec) != 3 else dec)
    try:
        return float(raw)
    except ValueError:
        return None


_DATE_PATTERNS = (
    r"(?<![\d/.\-])\d{4}(?P<ysep>[/.\-])\d{1,2}(?P=ysep)\d{1,2}",  # "2018/02/22", not "18/02/22"
    # one separator throughout: "05/2.026" is no date but part of "09/05/2.026"; not the end of a
    # code ("HD03-04-06")
    r"(?<![A-Za-z\d])\d{1,2}(?P<sep>[/.\-])\d{1,2}(?P=sep)\d{2,4}",
    r"\d{1,2}(?:er|st|nd|rd|th)?\s*[\-./]?\s*[A-Za-zéèûôÉÈÛÔ]{3,10}\.?\s*[\-.,/]?\s*\d{2,4}",
    # "February 24, 2026", also "24,2026", "January14, 2026", "August 10th, 2026" and its comma read
    # as a dot ("Sept. 22. 2026")
    r"[A-Za-z]{3,9}\.?\s*\d{1,2}(?:st|nd|rd|th)?(?:[,.]\s*|\s+)\d{4}",
)
# A date ends where its number ends ("02/4/402026", a misread "02/04/2026", is not 02/4/4020),
# or where a time glued to it starts (a receipt's "19-03-201818:08:38").
DATE_RE = re.compile(
    "|".join(f"(?:{p})" for p in _DATE_PATTERNS).join(("(?:", r")(?:(?!\d)|(?=\d{1,2}:\d{2}))"))
)


# a speck the OCR read inside a year ("09/05/2.026")
_YEAR_SPECK = re.compile(r"(\b\d{1,2}([/.\-])\d{1,2}\2\d)[.,'](\d{3})(?!\d)")
# an "l" read as "!" at a word's end ("23 Apri! 2026")
_L_AS_BANG = re.compile(r"(?<=[A-Za-z]{3})!(?=\s+\d)")


def find_dates(text: str) -> list[str]:
    """Date-like substrings as printed (but for a speck inside the year or an "l" read as "!"),
    in order."""
    text = _L_AS_BANG.sub("l", _YEAR_SPECK.sub(r"\1\3", text))
    found, start = [], 0
    while m := DATE_RE.search(text, start):
        if _word_not_a_month(m.group(0)):
            start = m.start() + 1  # "40 Date 02/03/2018": the date is further on
            continue
        found.append(m.group(0).strip())
        start = m.end()
    return found


def _word_not_a_month(found: str) -> bool:
    """Letters where a date has its month: a reference ("0409/ODD/2026") or a label ("40 Date 02")."""
    word = re.search(r"[^\W\d_]{3,}", found)
    return word is not None and not _is_month(word.group(0))


def first_date(text: str) -> str | None:
    """The first date in ``text`` that parses, as ISO 8601."""
    return next((iso for iso in map(parse_date, find_dates(text)) if iso), None)


# an English ordinal ("10th August 2026") and a comma after the day read as a dot ("Sept. 22. 2026")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b\.?")
_DAY_DOT = re.compile(r"^([^\W\d_]{3,9}\.?\s*\d{1,2})\.(?=\s*\d{4}$)")


@lru_cache(maxsize=4096)
def parse_date(text: str, languages: tuple[str, ...] = ("fr", "en"), day_first: bool = True) -> str | None:
    """An ISO 8601 date from French or English text (``07/02/2026``, ``12 février 2026``, ``Feb 7, 2026``)."""
    raw = text.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    if iso:
        return _safe_iso(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    num = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})", raw)  # not a cut year ("27.03.202")
    if num:
        a, b, y = int(num.group(1)), int(num.group(2)), int(num.group(3))
        y = y + 2000 if y < 100 else y
        day, month = (a, b) if (day_first and b <= 12) or a > 12 else (b, a)
        return _safe_iso(y, month, day)
    if _word_not_a_month(raw):
        return None  # "00 HRS - 2200": a time range, not a date
    import dateparser

    raw = _DAY_DOT.sub(r"\1,", _ORDINAL.sub("", raw))
    parsed = dateparser.parse(
        re.sub(r"(?<=[^\W\d_]{3})(?=\d)", " ", raw),  # a month glued to its day ("January14")
        languages=list(languages),
        settings={"DATE_ORDER": "DMY" if day_first else "MDY", "STRICT_PARSING": True},
    )
    return parsed.date().isoformat() if parsed else None


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """Month names and abbreviations (French, English, Malay) from babel's CLDR data, folded."""
    from babel.dates import get_month_names

    names: set[str] = set()
    for locale in ("fr", "en", "ms"):
        for width in ("wide", "abbreviated"):
            names.update(fold(str(n)).rstrip(".") for n in get_month_names(width, locale=locale).values())
    return frozenset(names)


def _is_month(word: str) -> bool:
    w = fold(word).rstrip(".")
    return any(n.startswith(w) or w.startswith(n) for n in _month_names() if len(n) >= 3)


def _safe_iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


_NOT_A_COUNTRY_HERE = frozenset({"island", "norfolk", "granada", "guadalupe", "guadalupa", "mauricio"})


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """Folded country names (English from pycountry; French, English, then Spanish, Portuguese,
    German, Italian and Dutch from babel) and codes -> alpha-2."""
    import pycountry
    from babel import Locale

    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index[fold(value)] = code
    for lang in ("fr", "en"):
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                index.setdefault(fold(name), code)
    # the partner's languages in an address or a bilingual form ("PAÍSES BAJOS", "28217 Bremen,
    # Deutschland", "BÉLGICA"), after French and English; not those that are also an English word
    # or a town or a first name ("Island", "Norfolk", "Granada", "Mauricio")
    for lang in ("es", "pt", "de", "it", "nl"):
        for code, name in Locale.parse(lang).territories.items():
            folded = fold(name)
            if pycountry.countries.get(alpha_2=code) and folded not in _NOT_A_COUNTRY_HERE:
                index.setdefault(folded, code)
    extra = {
        "cote d'ivoire": "CI",
        "cote divoire": "CI",
        "ivory coast": "CI",
        "republic of ghana": "GH",
        "usa": "US",
        "uk": "GB",
        "united states": "US",
        "viet nam": "VN",
        "russia": "RU",
        "republique de cote d'ivoire": "CI",
        "republique du senegal": "SN",
        "royaume du maroc": "MA",
        "republique francaise": "FR",
        "republique populaire de chine": "CN",
        "people's republic of china": "CN",
        "republique democratique du congo": "CD",
        "democratic republic of the congo": "CD",
    }
    index.update(extra)
    return index


def country_code(text: str, allow_code: bool = True) -> str | None:
    """ISO alpha-2 code of a country named in French, English or a partner's language (or given as a code)."""
    if re.fullmatch(r"\s*[A-Z]l\s*", text):  # OCR reads "CI" as "Cl"
        text = text.replace("l", "I")
    folded = fold(text).strip(" .,;:()-")
    if not folded:
        return None
    index = _country_index()
    if folded in index:
        return index[folded]
    for prefix in (
        "republique de ",
        "republique du ",
        "republique d'",
        "republic of ",
        "royaume du ",
        "kingdom of ",
        "etat du ",
        "state of ",
        "the ",
    ):
        if folded.startswith(prefix) and folded[len(prefix) :] in index:
            return index[folded[len(prefix) :]]
    if allow_code and re.fullmatch(r"[A-Za-z]{2}", folded):
        import pycountry

        code = folded.upper()
        if pycountry.countries.get(alpha_2=code):
            return code
    if len(folded) >= 8:  # one letter misread in a long name ("Côte d'lvoire"); short names differ by one
        from rapidfuzz import fuzz, process

        best = process.extractOne(folded, index.keys(), scorer=fuzz.ratio, score_cutoff=90)
        if best:
            return index[best[0]]
    return None


def country_misread(word: str) -> str | None:
    """The country a lone word of five letters or more is one letter off ("Frence", "Itely"), if
    exactly one; for a line that can only be a country (the last of an address block)."""
    from rapidfuzz.distance import Levenshtein

    folded = fold(word.strip(" .,"))
    if len(folded) < 5 or not folded.isalpha():
        return None
    codes = {code for name, code in _country_index().items() if Levenshtein.distance(folded, name) <= 1}
    return codes.pop() if len(codes) == 1 else None


def find_country(text: str) -> str | None:
    """The country named at the end of an address line (``38000 Grenoble, France``, ``Abidjan - CI``)."""
    parts = [p for p in re.split(r"[,\-–/·•|;]| {2,}", text) if p.strip()]
    for i, part in enumerate(reversed(parts)):
        if re.fullmatch(r"\s*[A-Z]l\s*", part):  # "Cl" is how OCR reads "CI"
            part = part.replace("l", "I")
        # a two-letter code only where the line ends (not the "TR" of marks "H&/TR/375")
        code = country_code(part, allow_code=i == 0 and part.strip().isupper() and len(part.strip()) == 2)
        if code:
            return code
    # the longest country name the line ends with: the leftmost match of the alternation
    match = _country_at_end().search(fold(text))
    return _country_index()[match.group(1)] if match else None


@lru_cache(maxsize=1)
def _country_at_end() -> re.Pattern[str]:
    names = sorted((name for name in _country_index() if len(name) > 3), key=len, reverse=True)
    return re.compile(r"(?<![a-z])(" + "|".join(re.escape(name) for name in names) + r")$")


@lru_cache(maxsize=1)
def _currencies() -> dict[str, str]:
    import pycountry

    index = {c.alpha_3: c.alpha_3 for c in pycountry.currencies}
    index.update(
        {
            "€": "EUR",
            "$": "USD",
            "US$": "USD",
            "£": "GBP",
            "¥": "JPY",
            "FCFA": "XOF",
            "CFA": "XOF",
            "EURO": "EUR",
            "EUROS": "EUR",
            "DOLLAR": "USD",
            "DOLLARS": "USD",
            "DH": "MAD",
            "MAD": "MAD",
        }
    )
    return index


def currency_code(text: str) -> str | None:
    """ISO 4217 code from ``EUR``, ``€``, ``USD``, ``US$``, ``FCFA``..."""
    index = _currencies()
    for token in re.findall(r"US\$|[€$£¥]|[A-Za-z]{2,6}", text):
        code = index.get(token.upper()) or index.get(token)
        if code:
            return code
    return None


# a tariff code as a goods table prints it ("0810.40", "0810.40.00", "08055000")
PRINTED_HS_CODE = re.compile(r"\d{4}\.\d{2}(?:\.\d{2}){0,2}|\d{8}|\d{10}")


def hs_digits(text: str) -> str | None:
    """HS code digits (6 to 10) from ``0804.40.19``, ``1101 00 10``, ``110100``."""
    match = re.search(r"\d{4}(?:[ .]?\d{2}){1,3}", text)
    if not match:
        return None
    digits = re.sub(r"\D", "", match.group(0))
    return digits if 6 <= len(digits) <= 10 else None


INCOTERMS = ("EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP", "DAT")


def incoterm(text: str) -> str | None:
    match = re.search(r"\b(" + "|".join(INCOTERMS) + r")\b", text.upper())
    return match.group(1) if match else None


UNITS = {
    "kg": "kg",
    "kgs": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "kilogrammes": "kg",
    "kilograms": "kg",
    "kgm": "kg",
    "pcs": "pcs",
    "pc": "pcs",
    "pieces": "pcs",
    "piece": "pcs",
    "pce": "pcs",
    "u": "pcs",
    "unites": "pcs",
    "units": "pcs",
    "unit": "pcs",
    "nos": "pcs",
    "pairs": "pcs",
    "ea": "pcs",
    "each": "pcs",
    # Spanish and Portuguese, and cut flowers counted by the stem
    "und": "pcs",
    "unid": "pcs",
    "unidades": "pcs",
    "uds": "pcs",
    "stems": "pcs",
    "tiges": "pcs",
    "tallos": "pcs",
    # goods counted by their container: tins, bottles, jars
    "tins": "pcs",
    "tin": "pcs",
    "cans": "pcs",
    "bottles": "pcs",
    "bouteilles": "pcs",
    "botellas": "pcs",
    "garrafas": "pcs",
    "latas": "pcs",
    "boites": "pcs",
    "jars": "pcs",
    "bocaux": "pcs",
    "frascos": "pcs",
    "flacons": "pcs",
    "kilogramos": "kg",
    "lt": "l",
    "lts": "l",
    "litros": "l",
    "litro": "l",
    "toneladas": "t",
    "l": "l",
    "litres": "l",
    "liters": "l",
    "litre": "l",
    "liter": "l",
    "ltr": "l",
    "ltrs": "l",
    "m2": "m2",
    "m²": "m2",
    "sqm": "m2",
    "t": "t",
    "tonnes": "t",
    "tons": "t",
}


def unit_code(text: str) -> str | None:
    text = re.sub(r"\bsq\.?\s*m(?:tr?s?|etres?|eters?)?\b", "m2", fold(text), flags=re.IGNORECASE)  # "Sq.m"
    for token in re.findall(r"[a-zA-Z²0-9]+", text):
        if token in UNITS:
            return UNITS[token]
    return None


# a lower-case run then a capitalised word ("NorthbridgeCommodities") or a legal form ("SecosS.L.",
# "DistributionSA")
_GLUED_WORDS = re.compile(
    r"(?<=[a-zß-ÿ]{3})(?=[A-Z][a-zß-ÿ])|(?<=[a-zß-ÿ]{2})(?=[A-Z]\.[A-Z]\.)|"
    r"(?<=[a-zß-ÿ]{3})(?=(?:SA|SAS|SARL|SL|BV|NV|AG|SPA|LLC|LTD|PLC)\b)"
)


# in capitals: "CO., LTD." glued to the word before ("GARLICCO., LTD."), an ampersand between
# two words ("LIGHTING&SANITARY")
_GLUED_CO_LTD = re.compile(r"(?<=[A-Z]{3})(?=CO\.,?\s*LTD\b)")
_GLUED_AMPERSAND = re.compile(r"(?<=[A-Z]{2})&(?=[A-Z]{2})")


def split_glued_words(name: str) -> str:
    """A name with the spaces the OCR lost put back where a capital starts a new word
    ("SaigonRice Export CompanyLimited", "Iberia Frutos SecosS.L.", "GARLICCO., LTD.",
    "LIGHTING&SANITARY"); "McDonald" stays."""
    name = _GLUED_AMPERSAND.sub(" & ", _GLUED_CO_LTD.sub(" ", name))
    return _GLUED_WORDS.sub(" ", name)


# No French or English word starts with an "l" and another consonant ("llama" aside): that "l"
# is a capital I the OCR misread ("Côte d'lvoire", "lndustries").
_L_FOR_I = re.compile(r"(?<![^\W\d_])l(?=[bcdfghjkmnpqrstvwxz][a-zà-ÿ]{2,})")
# And the other way: an elided French article before a vowel or an "h" ("I'huile", "I'Union"; no
# English "I'm", "I've", "I'll" or "I'd" is among them), and the "l" of a dotted lower-case
# abbreviation ("S.r.I.").
_I_FOR_L = re.compile(r"(?<![^\W\d_])I(?=['’][aeiouyhàâéèêîôûAEIOUÉ])|(?<=\b[a-z]\.)I(?=\.)")


def mend_l_and_i(text: str) -> str:
    """An OCR line with its capital I and small l set right where the recogniser swapped them."""
    return _I_FOR_L.sub("l", _L_FOR_I.sub("I", text))
