"""Normalisation used before any comparison: numbers, dates, countries, codes, company names.

Every function accepts what a document or a declaration may hold (str, number, date, None) and
returns a comparable value, or ``None`` when the input cannot be read (an unread value is never
silently treated as equal).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import pycountry

_LEGAL_FORMS = frozenset(
    [
        "private limited", "pvt ltd", "co ltd", "company limited", "limited liability company", "sarl", "sas",
        "sasu", "sa", "eurl", "snc", "sci", "gmbh", "ag", "bv", "nv", "spa", "srl", "ltd", "limited", "llc",
        "inc", "plc", "corp", "corporation", "co", "company", "pvt", "private", "pte", "jsc", "sl", "oy",
        "ab", "as", "kg", "ste", "societe", "ets", "etablissements",
    ]
)  # fmt: skip
_COUNTRY_ALIASES = {
    "cote d'ivoire": "CI", "cote divoire": "CI", "ivory coast": "CI", "usa": "US", "united states": "US",
    "uk": "GB", "united kingdom": "GB", "great britain": "GB", "angleterre": "GB", "vietnam": "VN",
    "viet nam": "VN", "russia": "RU", "south korea": "KR", "coree du sud": "KR", "chine": "CN",
    "etats-unis": "US", "etats unis": "US", "allemagne": "DE", "espagne": "ES", "italie": "IT", "maroc": "MA",
    "senegal": "SN", "inde": "IN", "turquie": "TR", "tunisie": "TN", "algerie": "DZ", "belgique": "BE",
    "pays-bas": "NL", "suisse": "CH", "bresil": "BR", "mexique": "MX", "japon": "JP", "cameroun": "CM",
    "egypte": "EG", "afrique du sud": "ZA", "royaume-uni": "GB", "royaume uni": "GB", "pologne": "PL",
    "grece": "GR", "perou": "PE", "colombie": "CO", "equateur": "EC", "thailande": "TH", "indonesie": "ID",
    "malaisie": "MY", "bangladesh": "BD", "pakistan": "PK", "ethiopie": "ET", "kenya": "KE",
    "madagascar": "MG",
}  # fmt: skip
_CURRENCY_SYMBOLS = {
    "€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "¥": "JPY", "fcfa": "XOF", "cfa": "XOF",
}  # fmt: skip
_UNITS = {
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilogramme": "kg", "kilogrammes": "kg", "pcs": "pcs", "pc": "pcs", "pce": "pcs", "pces": "pcs",
    "piece": "pcs", "pieces": "pcs",
    "u": "pcs", "unit": "pcs", "units": "pcs", "unite": "pcs", "unites": "pcs", "nos": "pcs", "nar": "pcs",
    "l": "l", "litre": "l", "litres": "l", "liter": "l", "liters": "l", "lt": "l", "m2": "m2", "m²": "m2",
    "sqm": "m2", "square meters": "m2", "metres carres": "m2",
}  # fmt: skip
INCOTERMS = {"EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP", "DAT", "DAF", "DDU"}


def fold(text: str) -> str:
    """Lower case, accents removed, whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped.lower()).strip()


def number(value: Any) -> float | None:
    """12 980,50 / 12,980.50 / 12.980,50 / '29 375 EUR' -> float."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    tokens = re.findall(r"-?\d(?:[\d\s.,'\u00a0\u202f]*\d)?", str(value))
    if len(tokens) != 1:
        return None  # no number, or several: not a value we can trust
    text = re.sub(r"[\s'\u00a0\u202f]", "", tokens[0])
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        text = text.replace(thousands, "").replace(decimal, ".")
    elif text.count(",") > 1:
        text = text.replace(",", "")
    elif "," in text:
        head, _, tail = text.partition(",")
        is_thousands = len(tail) == 3 and head not in ("", "0", "-0")
        text = head + tail if is_thousands else f"{head}.{tail}"
    elif text.count(".") > 1:
        text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        return None


def iso_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    match = re.fullmatch(r"(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{2,4})", text)
    if match:
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        try:
            return date(year, int(match[2]), int(match[1]))
        except ValueError:
            return None
    import dateparser  # slow import: only for written-out dates

    parsed = dateparser.parse(text, languages=["fr", "en"], settings={"DATE_ORDER": "DMY"})
    return parsed.date() if parsed else None


@lru_cache(maxsize=512)
def _country_lookup(text: str) -> str | None:
    folded = fold(text).strip(" .")
    if re.fullmatch(r"[a-z]{2}", folded):
        return folded.upper() if pycountry.countries.get(alpha_2=folded.upper()) else None
    if folded in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[folded]
    if re.fullmatch(r"[a-z]{3}", folded):
        country = pycountry.countries.get(alpha_3=folded.upper())
        if country:
            return str(country.alpha_2)
    try:
        return str(pycountry.countries.lookup(text.strip()).alpha_2)
    except LookupError:
        pass
    try:
        return str(pycountry.countries.search_fuzzy(text.strip())[0].alpha_2)
    except LookupError:
        return None


def country(value: Any) -> str | None:
    return _country_lookup(str(value)) if value not in (None, "") else None


def currency(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = fold(str(value)).strip(" .")
    if text in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[text]
    match = re.search(r"\b([a-z]{3})\b", text)
    if match and pycountry.currencies.get(alpha_3=match[1].upper()):
        return match[1].upper()
    for symbol, code in _CURRENCY_SYMBOLS.items():
        if symbol in text:
            return code
    return None


def incoterm(value: Any) -> str | None:
    if value in (None, ""):
        return None
    for token in re.findall(r"[A-Za-z]{3}", str(value).upper()):
        if token in INCOTERMS:
            return token
    return None


def unit(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = fold(str(value)).strip(" .")
    return _UNITS.get(text) or _UNITS.get(text.rstrip("s"))


def hs_digits(value: Any) -> str | None:
    if value in (None, ""):
        return None
    digits = re.sub(r"\D", "", str(int(value)) if isinstance(value, float) else str(value))
    return digits if len(digits) >= 4 else None


def identifier(value: Any) -> str | None:
    """Invoice and certificate numbers: upper case, letters and digits only."""
    if value in (None, ""):
        return None
    text = re.sub(r"[^0-9A-Z]", "", fold(str(value)).upper())
    return text or None


def company_core(value: Any) -> str | None:
    """A company name without accents, punctuation or legal form: 'Sté Abidjanaise S.A.' -> 'abidjanaise'."""
    if value in (None, ""):
        return None
    text = fold(str(value))
    text = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\b)", "", text)  # s.a.r.l -> sarl
    text = re.sub(r"\b([a-z])\.([a-z])\.?(?=\s|$)", r"\1\2", text)
    text = re.sub(r"[^a-z0-9&]+", " ", text).strip()
    words = text.split()
    # drop legal forms wherever they stand, longest first
    joined = f" {' '.join(words)} "
    for form in sorted(_LEGAL_FORMS, key=len, reverse=True):
        joined = joined.replace(f" {form} ", " ")
    core = re.sub(r"\s+", " ", joined).strip()
    return core or text


_GLUED_FORMS = sorted(
    {f.replace(" ", "") for f in _LEGAL_FORMS if len(f.replace(" ", "")) >= 3}, key=len, reverse=True
)


def company_squeezed(value: Any) -> str | None:
    """A company name without spaces, punctuation or trailing legal forms, for names whose spaces
    the OCR lost: 'SaigonRice Export CompanyLimited' and 'Saigon Rice Export Co., Ltd.' ->
    'saigonriceexport'."""
    if value in (None, ""):
        return None
    squeezed = re.sub(r"[^a-z0-9&]", "", fold(str(value)))
    for _ in range(3):
        form = next((f for f in _GLUED_FORMS if squeezed.endswith(f) and len(squeezed) > len(f) + 2), None)
        if form is None:
            break
        squeezed = squeezed[: -len(form)]
    return squeezed or None


def text(value: Any) -> str | None:
    if value in (None, ""):
        return None
    return re.sub(r"[^a-z0-9% ]+", " ", fold(str(value))).strip() or None
