"""Lexicon post-correction of receipt header words (company names, addresses).

The recogniser confuses a letter now and then ("KAWASSN", "SELANGOR DIARUL", "SDN DHD", "S/8").
A word that is not in the lexicon but one edit away from exactly one lexicon word is replaced by
it; everything else is left as read. The lexicon holds the words receipts of the SROIE kind
(Malaysia) print in their headers: address words, towns and states, company suffixes and trades.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ocr.normalize import fold
from ocr.wording import COMMON_WORD_COUNT, known_word

_ADDRESS = """
JALAN JLN TAMAN TMN LORONG PERSIARAN LEBUH LEBUHRAYA KAWASAN PERINDUSTRIAN BANDAR
SEKSYEN BATU MUKIM KAMPUNG WISMA MENARA PLAZA KOMPLEKS PUSAT DESA BUKIT SUNGAI FLOOR GROUND
BLOK BLK ARAS TINGKAT UTARA SELATAN TIMUR BARAT BARU UTAMA INDAH PERDANA JAYA SRI SERI
SELANGOR JOHOR BAHRU KUALA LUMPUR MALAYSIA KELANTAN PERAK PENANG PULAU PINANG PAHANG MELAKA
KEDAH SABAH SARAWAK TERENGGANU NEGERI SEMBILAN PERLIS PUTRAJAYA LABUAN DARUL EHSAN TAKZIM
PETALING SHAH ALAM SUBANG KLANG KAJANG CHERAS PUCHONG AMPANG KEPONG SETAPAK DAMANSARA SERDANG
SEMENYIH RAWANG SELAYANG BANGI CYBERJAYA SEREMBAN IPOH MUAR KEMBANGAN BALAKONG SEGAMBUT
RAYA RAJA SULTAN ARAH LAMAN TUN DATO DATUK HAJI MALL CITY KL PJ JB
"""
_COMPANY = """
SDN BHD ENTERPRISE ENTERPRISES TRADING RESTORAN RESTAURANT MART SPEED HARDWARE STATIONERY
BAKERY BAKERIES CAFE KEDAI SUPERMARKET PHARMACY MARKETING INDUSTRIES HOLDINGS CORPORATION
COMPANY CENTRE CENTER SHOP STORE STORES MINI MARKET BOOK BOOKS FOOD FOODS SEAFOOD NOODLE
HOUSE COFFEE TEA BERHAD GARDEN
"""
LEXICON = frozenset((_ADDRESS + _COMPANY).split())
# an address is corrected only towards address words ("TAMAN MUTIA RINI" is not a misread "MINI")
ADDRESS_LEXICON = frozenset(_ADDRESS.split())
# a company name is a proper name: only its trade and legal-form words are restored ("SEGI CASH &
# CARRY" is not a misread "SERI", the address word)
COMPANY_LEXICON = frozenset(_COMPANY.split())
# three-letter words are corrected only towards these (short words are too easy to mistake)
_SHORT = frozenset({"BHD", "SDN", "JLN", "BLK", "TMN"})
_WORD = re.compile(r"[^\W\d_]{3,}")


def _match_case(word: str, like: str) -> str:
    if like.isupper():
        return word
    if like[:1].isupper() and like[1:].islower():
        return word.capitalize()
    return word if not like.islower() else word.lower()


def _near(word: str, candidate: str) -> bool:
    """One letter misread (any length), or one letter too many or too few in a long word."""
    if len(candidate) == len(word):
        return Levenshtein.distance(candidate, word) == 1
    return (
        len(word) >= 6 and abs(len(candidate) - len(word)) == 1 and Levenshtein.distance(candidate, word) == 1
    )


def _split_glued(token: str, lexicon: frozenset[str]) -> str:
    """A long token the OCR glued together, cut around the lexicon words inside it
    ("SANYUSTATIONERYSHOP" -> "SANYU STATIONERY SHOP"); unchanged when none is found."""
    upper, pieces, start, i = token.upper(), [], 0, 0
    while i < len(upper):
        word = max((w for w in lexicon if len(w) >= 5 and upper.startswith(w, i)), key=len, default="")
        if not word:
            i += 1
            continue
        if i > start:
            pieces.append(token[start:i])
        pieces.append(token[i : i + len(word)])
        i = start = i + len(word)
    if not pieces:
        return token
    if start < len(token):
        pieces.append(token[start:])
    return " ".join(pieces)


def _correct(token: str, lexicon: frozenset[str]) -> str:
    upper = token.upper()
    if upper in LEXICON or upper.removesuffix("S") in LEXICON:  # known, or a plural of a known word
        return token
    # a common English word of its own ("CAKE", "CARE", "BOON"), not a rare one the OCR made of a
    # lexicon word ("HART" for "MART"); receipts of the SROIE kind print English and Malay
    if len(upper) >= 4 and known_word(upper, "en", at_least=COMMON_WORD_COUNT):
        return token
    if len(upper) >= 10 and not known_word(upper, "en"):  # "BOOKSTORES" is not "BOOKS TORES"
        split = _split_glued(token, lexicon)
        if split != token:
            return " ".join(
                _WORD.sub(lambda m: _correct(m.group(0), lexicon), piece) for piece in split.split()
            )
    plain = fold(upper).upper()
    if plain != upper and plain in lexicon:  # an accent the print does not have ("ÁLAM")
        return _match_case(plain, token)
    pool = _SHORT & lexicon if len(upper) == 3 else lexicon
    near = [w for w in pool if _near(upper, w)]
    return _match_case(near[0], token) if len(near) == 1 else token


def correct_header_text(text: str, lexicon: frozenset[str] = LEXICON) -> str:
    """``text`` with ``lexicon`` words restored where the OCR missed one letter, and the space
    after a title the OCR lost ("MR.D.I.Y." for "MR. D.I.Y.")."""
    text = re.sub(r"\bS/8\b", "S/B", text)  # "Sendirian Berhad", a B read as 8
    text = re.sub(r"\b(MRS?|MS|DR)\.(?=[^\W\d_])", r"\1. ", text, flags=re.IGNORECASE)
    return _WORD.sub(lambda m: _correct_in_place(m, lexicon), text)


def _correct_in_place(word: re.Match[str], lexicon: frozenset[str]) -> str:
    corrected = _correct(word.group(0), lexicon)
    # "SDN" only where "BHD" follows: "SUN WONG KUT SDN BHD" keeps its "SUN"
    if corrected.upper() == "SDN" != word.group(0).upper():
        after = re.match(r"\W*([^\W\d_]+)", word.string[word.end() :])
        if not after or _correct(after.group(1), lexicon).upper() != "BHD":
            return word.group(0)
    return corrected
