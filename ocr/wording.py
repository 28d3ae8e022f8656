"""The words of OCR'd free text (names, descriptions, authorities) set right with dictionaries.

The recogniser loses the space before a short word ("Vanilleet Épices", "Administrationof"), reads
a speck between two words as a dot ("Générale.des Douanes", "Black.pepper") and puts an accent on
a plain letter ("pépper", "rosès"). A token that no dictionary knows (pyspellchecker's English,
French, Spanish and Portuguese word lists) is mended only when the mended words are all known in
one language; a token any dictionary knows, and a proper name that none does, is left as read.
"""

from __future__ import annotations

import functools
import math
import re

from spellchecker import SpellChecker

from ocr.normalize import fold

LANGUAGES = ("en", "fr", "es", "pt")
# the short words the recogniser glues to the word before them
_CONNECTORS = {
    "en": ("of", "and", "the"),
    "fr": ("de", "du", "des", "et", "la", "le", "les", "en"),
    "es": ("de", "del", "y", "la", "el"),
    "pt": ("do", "da", "dos", "das", "de", "e"),
}
_ARTICLES = frozenset(("the", "la", "le", "les", "el"))
_ALL_CONNECTORS = frozenset(c for words in _CONNECTORS.values() for c in words)
_WORD = re.compile(r"[^\W\d_]+")
# a speck read as a dot between two words ("Nacional.de", "Black.pepper")
_DOT_BETWEEN = re.compile(r"([^\W\d_]+)\.([^\W\d_]+)")
# words of four letters or more that a dot may end (shorter ones: "Co.", "Ltd.", "No.")
_ABBREVIATIONS = frozenset(
    "approx incl excl corp bros dept intl ltda assoc distr govt prod coop manuf mfrs trad expt impt".split()
)
# a dot after a longer word, before a capital or at the end of a name, is a speck ("Industry. Accra")
_DOT_AFTER_WORD = re.compile(r"([^\W\d_]{4,})\.(?= [^\W\d_]|$)")
# ... or after a connector ("Générale des. Douanes")
_DOT_AFTER_CONNECTOR = re.compile(
    r"\b("
    + "|".join(sorted((c for c in _ALL_CONNECTORS if len(c) > 1), key=len, reverse=True))
    + r")\.(?= )",
    re.IGNORECASE,
)


# a word this frequent in a dictionary's corpus is a common word, not a proper name ("RHONE")
COMMON_WORD_COUNT = 1000


@functools.cache
def word_counts() -> dict[str, dict[str, int]]:
    """Each dictionary's words with their counts in its corpus, by language."""
    return {lang: dict(SpellChecker(language=lang).word_frequency.dictionary) for lang in LANGUAGES}


@functools.cache
def _dictionaries() -> dict[str, frozenset[str]]:
    return {lang: frozenset(counts) for lang, counts in word_counts().items()}


def known_word(word: str, language: str, at_least: int = 1) -> bool:
    """Whether the dictionary of ``language`` (one of ``LANGUAGES``) knows ``word`` (any case),
    counted ``at_least`` times in its corpus."""
    return word_counts()[language].get(word.lower(), 0) >= at_least


def _common(word: str) -> bool:
    return any(known_word(word, lang, at_least=COMMON_WORD_COUNT) for lang in LANGUAGES)


def _known(word: str) -> set[str]:
    """The languages that know ``word``."""
    low = word.lower()
    return {lang for lang, words in _dictionaries().items() if low in words}


def _split(token: str) -> str | None:
    """``token`` cut before a connector glued to the word before it ("Vanilleet", "etde"), when one
    language knows both. Two longer words are left glued: that is how compound names are spelt
    ("Northbridge", "Frischimport", "Agroalimentaria")."""
    low = token.lower()
    for lang, words in _dictionaries().items():
        for connector in _CONNECTORS[lang]:
            head = low[: -len(connector)]
            # names end in -e, -y, -la and -le ("Lagunare", "Vendela", "Mirabella", "Lale"): a
            # one-letter connector or an article is cut off a known word only when it is lowercase
            # ("etles" ... "dela")
            if len(connector) < 2 or (connector in _ARTICLES and not token.islower()):
                continue
            if low.endswith(connector) and ((len(head) >= 4 and head in words) or head in _CONNECTORS[lang]):
                return f"{token[: len(head)]} {token[len(head) :]}"
    return None


# legal forms a name ends with, which the recogniser glues to it like a word ("JUTEMILLSLTD")
_LEGAL_FORMS = frozenset("sarl sas srl spa ltd ltda pvt inc llc gmbh plc corp sac".split())
_LONGEST_PIECE = 20


def _count(word: str) -> int:
    return max(word_counts()[lang].get(word, 0) for lang in LANGUAGES)


def _a_piece(word: str) -> bool:
    """A word a run of glued capitals may be made of: a connector, a legal form, or a dictionary
    word frequent enough not to be a stray syllable of a name (three letters: a common word)."""
    if word in _ALL_CONNECTORS:
        return len(word) >= 2
    if word in _LEGAL_FORMS:
        return True
    need = COMMON_WORD_COUNT if len(word) == 3 else 50
    return len(word) >= 3 and any(known_word(word, lang, at_least=need) for lang in LANGUAGES)


def _segment(token: str) -> str | None:
    """A run of capitals the recogniser glued together, cut into its dictionary words
    ("ANGKORGOLDENGRAINRICEMILL", "COSTADEORO", "HUILERIEDUSAHEL"), the fewest of them, and of
    these the most frequent ("GOLDEN GRAIN", not "GOLD ENGRAIN").

    Only a cut into three words or more, or into a word and a legal form ("MILLSLTD"), and no
    connector first or last ("DESOSSADA" is no "DES OSSADA"): two long words glued are how
    compound names are spelt ("COTTONKNIT", "BRIGHTWAY"). A run with a piece no dictionary knows
    stays as read ("ELBKÜSTEN", not "EL BKÜS TEN")."""
    low = token.lower()
    if len(low) != len(token):
        return None
    # for each prefix cut into words: (words, rarity, where the words start)
    best: dict[int, tuple[int, float, tuple[int, ...]]] = {0: (0, 0.0, ())}
    for end in range(1, len(low) + 1):
        options = [
            (
                best[start][0] + 1,
                best[start][1] - math.log(_count(low[start:end]) + 1),
                (*best[start][2], start),
            )
            for start in range(max(0, end - _LONGEST_PIECE), end)
            if start in best and _a_piece(low[start:end])
        ]
        if options:
            best[end] = min(options)
    if len(low) not in best:
        return None
    starts = best[len(low)][2]
    pieces = [token[a:b] for a, b in zip(starts, (*starts[1:], len(token)), strict=True)]
    if pieces[0].lower() in _ALL_CONNECTORS or pieces[-1].lower() in _ALL_CONNECTORS:
        return None
    legal_form = pieces[-1].lower() in _LEGAL_FORMS
    return " ".join(pieces) if len(pieces) >= 3 or (len(pieces) == 2 and legal_form) else None


def _mend_token(token: str) -> str:
    if len(token) < 2 or _known(token):
        return token
    if token.isupper() and len(token) >= 8:
        cut = _segment(token)
        if cut:
            return cut
    glued = re.fullmatch(r"([a-zß-ÿ]{2,3})([A-ZÀ-Ý][^\W\d_]+)", token)
    if glued and glued.group(1) in _ALL_CONNECTORS:  # "duMoungo", "deLéman"
        return f"{glued.group(1)} {glued.group(2)}"
    camel = re.fullmatch(r"([^\W\d_]*[a-zß-ÿ])([A-ZÀ-Ý][a-zß-ÿ]+)", token)
    if camel and _known(camel.group(1)) and _known(camel.group(2)):  # "FreshEureka"
        return f"{camel.group(1)} {camel.group(2)}"
    code = re.fullmatch(r"([^\W\d_]*[a-zß-ÿ])([A-Z]{2,})", token)
    if code and len(code.group(1)) >= 4 and _known(code.group(1)):  # "housingPH" (-300)
        return f"{code.group(1)} {code.group(2)}"
    plain = fold(token)
    # an accent the print does not have ("pépper"; in capitals only on a common word: "COFFÉE",
    # not "RHÔNE")
    if plain != token and ((token.islower() and _known(plain)) or (token.isupper() and _common(plain))):
        return plain if token.islower() else plain.upper()
    if len(token) >= 4:
        return _split(token) or token
    return token


def _dot_between(m: re.Match[str]) -> str:
    """A dot between two words is a speck when a dictionary knows both, or when the word before
    it is no abbreviation and the word after it no web domain ("Mekong.Agri", "Pesca.y")."""
    before, after = m.group(1), m.group(2)
    known = (_known(before) or before.lower() in _ALL_CONNECTORS) and _known(after) and len(after) > 1
    # "de.Ceylan": no abbreviation ends in a connector
    long_word = (len(before) >= 4 and before.lower() not in _ABBREVIATIONS) or before in _ALL_CONNECTORS
    domain = before.islower() and after.islower() and len(after) <= 4
    return f"{before} {after}" if (known or long_word) and not domain and len(before) > 1 else m.group(0)


def _dot_after_word(m: re.Match[str]) -> str:
    return m.group(1) if m.group(1).lower() not in _ABBREVIATIONS else m.group(0)


def _before_number(m: re.Match[str]) -> str:
    """A known word glued to the number after it, or a speck between them ("tile30x60",
    "Star.70 cm")."""
    return f"{m.group(1)} {m.group(2)}" if _known(m.group(1)) else m.group(0)


def mend_free_text(text: str) -> str:
    """``text`` with its misread spaces, specks and accents set right where dictionaries agree,
    a space after each comma and around an ampersand, and a number apart from its unit."""
    text = re.sub(r"(?<=[a-zß-ÿ]{3})(?=[A-Z]\.(?:[A-Za-z]\.)+)", " ", text)  # "AdriaticaS.r.l."
    text = re.sub(r"(?<=[A-ZÀ-Ý]{3})(?=S\.A\.)", " ", text)  # "COSTA DE OROS.A."
    # the space of "S.A." / "S.A.R.L." read before the A, not the S ("TUNISIENS A.")
    text = re.sub(r"\b([A-ZÀ-Ý]{3,})S (A\.(?:R\.L\.)?)(?=\s|$)", r"\1 S.\2", text)
    if not re.search(r"@|www|https?:", text):  # an e-mail or web address keeps its dots
        text = _DOT_AFTER_WORD.sub(_dot_after_word, _DOT_BETWEEN.sub(_dot_between, text))
    text = _DOT_AFTER_CONNECTOR.sub(r"\1", text)
    text = re.sub(r"(?<=[^\W\d_])·|(?<=[^\W\d_]) [.·](?=[^\W\d_])", " ", text)  # "peshtemal·towel"
    text = re.sub(r"\)(?=[^\W\d_])", ") ", text)  # "(Pvt)Ltd"
    text = re.sub(r"(?<=[^\W\d_]{3})\.?(?=\d+(?:[.,]\d+)?x\d)", " ", text)  # "Efes30x50"
    text = re.sub(r",(?=[^\W\d_])", ", ", text)  # "Chambre de Commerce,d'Industrie"
    # a dash between words with its space lost on one side ("50 CM -MARCA", "Zoosanitario -AGROCALIDAD")
    # (not a compound's hyphen before its conjunction: "Kakao- und Rohstoffhandel")
    text = re.sub(r"(?<=\w) -(?=[A-ZÀ-Ý][^\W\d_])|(?<=[^\W\d_]{2})- (?=[A-ZÀ-Ý\d])", " - ", text)
    text = re.sub(r"(?<=[^\W\d_])&(?=\s)", " &", re.sub(r"(?<=\s)&(?=[^\W\d_])", "& ", text))  # "&Maison"
    text = re.sub(r"\b([^\W\d_]{4,})\.?(\d)", _before_number, text)
    text = re.sub(r"(\d)\.(cm|mm|kg|ml|m|g|l)\b", r"\1 \2", text)  # "240.cm"
    return _WORD.sub(lambda m: _mend_token(m.group(0)), text)


def mend_description(text: str) -> str:
    """A goods description's free text (``mend_free_text``) without the specks a scan leaves
    between its words and numbers ("Ceramic. washbasin", "25x75.Lino", "50·cm") or after its last
    word."""
    # ... before a word or a number too ("Polished granite slabs. 20 mm")
    text = re.sub(
        r"([^\W\d_]{4,})\. (?=[a-zß-ÿ\d])", lambda m: m.group(1) + (" " if _known(m.group(1)) else ". "), text
    )
    text = re.sub(r" \.(?=[a-zß-ÿ])", " ", text)
    text = re.sub(r",\.(?=\S)", ", ", text)  # "ORTHODOX,.PF1", and "5.0. cm up" below
    text = re.sub(r"(?<=\d)\. (?=(?:cm|mm|kg|ml|m|g|l)\b)", " ", text)
    text = re.sub(r"(?<=\d)[.·](?=[^\W\d_]{2})", " ", text)
    text = re.sub(r"(?<=[^\W\d_]{2}):(?=[^\W\d_])", " ", text)  # "Ceylan:Dust"
    # a dimension's spaces read as specks ("266.x.22 mm", "312.x 25 mm")
    text = re.sub(r"(?<=\d)\.(?=x[\s.]?\d)|(?<=\d[\s.]x)\.(?=\d)", " ", text)
    text = re.sub(r"(?<=\d)(\s?)Ib(s?)\b", r"\1lb\2", text)  # pounds with their l read as I ("8 Ibs")
    return re.sub(r"([^\W_]{3,})\.$", _dot_after_word, mend_free_text(text))  # "Crimson.", "30x50."
