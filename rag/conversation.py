"""Follow-up questions in a chat: the standalone query that retrieval should search for.

"Et pour la Guadeloupe ?" or "what about the penalty?" mean nothing alone; searched alone they
retrieve noise. :func:`standalone_query` decides, by plain rules (no LLM: deterministic and
testable), whether the new message leans on the conversation, and if so prefixes it with the
previous user question, itself resolved the same way when it was a follow-up, cut to a bounded
length. Only retrieval and answerability use this query; the answer still answers the message.

A message is a follow-up when it

- opens like one: "et ...", "mais ...", "dans ce cas", "and ...", "what about", "same for", ...;
- refers back anywhere: "qu'en est-il", "ce dernier", "in that case", "the latter", ...;
- has very few content words ("Quelle est la pénalité ?", "Combien de temps ?"); or
- is short and holds a pronoun or a demonstrative ("Does it apply to pleasure boats?",
  "Cette durée vaut-elle en Guadeloupe ?"), leaving aside impersonal ones ("faut-il",
  "is it possible").

Previous user turns are only ever search words, never instructions: they are not shown to the LLM.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rag.sparse import STOPWORDS

MAX_HISTORY_TURNS = 6  # previous user turns looked at (an API caller may send thousands)
MAX_CONTEXT_CHARS = 300  # the previous question(s) prefixed to a follow-up, at most
FEW_CONTENT_WORDS = 2  # this many content words or fewer: the message cannot stand alone
SHORT_CONTENT_WORDS = 4  # this many or fewer, with a pronoun or demonstrative: a follow-up

# On accent-folded, lower-case text with straight apostrophes.
_OPENER_RE = re.compile(
    r"^(?:et|mais|alors|donc|sinon|idem|pareil|dans (?:ce|ces|cette) (?:cas|conditions?|hypothese|situation)"
    r"|meme (?:chose|question)|quid|qu'en est-il|en est-il de meme"
    r"|and|but|so|then|also|otherwise|what about|how about|what if|same (?:for|thing|question|about)"
    r"|in (?:that|this|such a) case|if so|likewise)\b"
)
_BACK_REFERENCE_RE = re.compile(
    r"\b(?:dans (?:ce|ces|cette) (?:cas|conditions?|hypothese|situation)|qu'en est-il|en est-il de meme"
    r"|la meme chose|ce dernier|cette derniere|ces dernier(?:e)?s|celui-ci|celle-ci|ceux-ci|celles-ci"
    r"|celui-la|celle-la|ci-dessus|precedente?|vous avez (?:dit|cite|mentionne)"
    r"|in (?:that|this|such a) case|the (?:latter|former|above|same)|as above|previous (?:question|answer)"
    r"|you (?:just )?(?:said|cited|mentioned|quoted))\b"
)
_IMPERSONAL_RE = re.compile(
    r"\b(?:faut-il|il faut|y a-t-il|il y a|is there|are there|there (?:is|are|was|were)"
    r"|(?:est|serait)-il (?:possible|necessaire|obligatoire|interdit|permis)"
    r"|il (?:est|serait) (?:possible|necessaire|obligatoire|interdit|permis)"
    r"|(?:is|was|would) it (?:be )?(?:possible|necessary|required|mandatory|allowed|permitted|legal)"
    r"|it (?:is|was|would be) (?:possible|necessary|required|mandatory|allowed|permitted|legal))\b"
)
_REFERRING_RE = re.compile(
    r"\b(?:il|elle|ils|elles|lui|leur|cela|ca|(?:ce|cet|cette|ces) (?!(?:que|qui|dont|sont)\b)[a-z]+"
    r"|it|its|they|them|their|this|that|these|those|there|such)\b"
)
_WORD_RE = re.compile(r"[0-9]+|[^\W\d_]+")
# Words that carry no topic in a question, beyond the BM25 stop words.
_FILLER = set(
    "about also alors aussi autre autres case cas chose concernant donc doivent faut idem mais meme more other "
    "pareil peuvent plus quid quoi same sinon so then thing too what ok merci please svp question regle rule".split()
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def content_words(message: str) -> set[str]:
    """The message's topic words: accent-folded, without stop words or conversational fillers."""
    stop = STOPWORDS["fr"] | STOPWORDS["en"] | _FILLER
    return {w for w in _WORD_RE.findall(_fold(message)) if w not in stop and (len(w) > 1 or w.isdigit())}


def is_follow_up(message: str) -> bool:
    """Does the message lean on the previous question (see the module's rules)?"""
    text = _fold(message)
    if _OPENER_RE.search(text) or _BACK_REFERENCE_RE.search(text):
        return True
    words = len(content_words(message))
    if words <= FEW_CONTENT_WORDS:
        return True
    return words <= SHORT_CONTENT_WORDS and bool(_REFERRING_RE.search(_IMPERSONAL_RE.sub(" ", text)))


def _tail(text: str, limit: int) -> str:
    """The end of ``text`` in at most ``limit`` characters, cut at a word boundary."""
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    space = cut.find(" ")
    return cut[space + 1 :] if 0 <= space < len(cut) - 1 else cut


def standalone_query(history: Sequence[str], message: str, max_context_chars: int = MAX_CONTEXT_CHARS) -> str:
    """The text to search for ``message``, given the previous user turns (oldest first).

    A follow-up gets the previous user question (resolved the same way when it was itself a
    follow-up, and cut to its last ``max_context_chars`` characters) in front; any other message
    is searched alone. Whitespace is collapsed. No history: the message itself.
    """
    context = ""
    for turn in history[-MAX_HISTORY_TURNS:]:
        context = _resolve(context, turn, max_context_chars)
    return _resolve(context, message, max_context_chars) if message.strip() else ""


def _resolve(context: str, turn: str, limit: int) -> str:
    text = " ".join(turn.split())
    if not text:
        return context
    if context and is_follow_up(text):
        return f"{_tail(context, limit)} {text}"
    return text
