"""``customs finetune build-data``: an instruction set in the assistant's own summary-prompt format.

Every example is ``prompt`` (exactly what ``rag.answer.Answerer._summary_prompt`` sends: the
template ``prompts/answer.v1.txt`` with numbered verbatim extracts) and ``completion`` (the one
sentence the LLM should add: a short grounded sentence that quotes extract [1] and cites it).

Sources of examples:

- ``article``: template questions per corpus article (French and English), the article's
  sentences as extract [1] (sometimes with a second article as a distractor extract [2]);
- ``abstain``: questions on topics the extracts do not cover, answered with the abstention
  sentence (a minority, so that the adapter keeps summarising);
- ``correction``: approved reviewer corrections (``ReviewService.export_corrections``);
- ``feedback``: thumbs-up answers (``data_dir/feedback/answers.jsonl``) that have a summary.

No article used by an evaluation set is trained on: every gold source of the question sets
(the dev set by default, any list with ``--exclude-sources``) is removed, together with the
article of the same file name in the other codes of the corpus (the Mayotte code repeats
many articles of the national code word for word). The rest is split into train and
validation by source id (a whole article is in one split only).
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from prompts import load_prompt
from rag.answer import MESSAGES
from rag.chunking import article_number
from rag.readers import FolderHeadings, list_corpus_files, read_file
from rag.text import looks_like_instruction, sentences

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_CORPUS_ROOT = SHARED / "corpus"
DEFAULT_CORPUS_DIRS = ("legifrance/code-des-douanes", "legifrance/code-des-douanes-de-mayotte")
DEFAULT_EXCLUDE_SETS = (SHARED / "datasets" / "qa-dev.jsonl",)

ABSTAIN = {
    "fr": "Les extraits cités ne répondent pas à cette question.",
    "en": "The quoted extracts do not answer this question.",
}
MAX_TARGET_CHARS = 300

# Questions on things the customs code does not cover (for the abstention examples).
OFF_TOPIC = {
    "fr": [
        "Quel est le prix d'un billet de train entre Paris et Lyon ?",
        "Combien de jours de congés payés un salarié a-t-il par an ?",
        "Quelle est la recette traditionnelle de la ratatouille ?",
        "Qui a gagné la coupe du monde de football en 1998 ?",
        "Comment renouveler un passeport biométrique ?",
        "Quel est l'âge minimum pour passer le permis de conduire ?",
        "Combien coûte l'abonnement mensuel à la bibliothèque municipale ?",
        "Quelle est la durée de la période d'essai d'un contrat de travail ?",
    ],
    "en": [
        "What is the price of a train ticket from Paris to Lyon?",
        "How many days of paid holiday does an employee get per year?",
        "What is the traditional recipe for ratatouille?",
        "Who won the football world cup in 1998?",
        "How do I renew a biometric passport?",
        "What is the minimum age to get a driving licence?",
        "How much is a monthly library membership?",
        "How long is the probation period of an employment contract?",
    ],
}

_HEADING_PREFIX = re.compile(
    r"^(?:titre|chapitre|section|sous-section|paragraphe|partie|livre)\b[^:]*:\s*", re.IGNORECASE
)
_ENUMERATOR = re.compile(r"^(?:\d+[°.)]|[a-z][).]|[IVX]+\.?\s*-|[IVX]+\.|-|\*)\s+")
_STOP = set(
    "le la les un une des du de d l et ou en au aux a à par pour sur dans sont est être qui que qu ce cette "
    "ces son sa ses leur leurs il ils elle elles se ne pas plus peut peuvent doit doivent ainsi tout toute "
    "tous toutes lorsque lorsqu selon sous sans avec entre dont même autre autres article articles code "
    "présent présente prévu prévue prévus prévues mentionné mentionnée mentionnés mentionnées".split()
)


class Example(BaseModel):
    id: str
    kind: str
    lang: str
    source_id: str
    prompt: str
    completion: str


@dataclass
class BuildReport:
    train: int
    val: int
    kinds: dict[str, int]
    sources_total: int
    sources_excluded: int
    data_sha256: str
    out_dir: Path
    excluded_ids: list[str] = field(default_factory=list)


# Exclusion ---------------------------------------------------------------------------------------


def load_excluded_sources(paths: Iterable[Path]) -> set[str]:
    """Source ids to keep out of training: gold sources of qa-*.jsonl files, or one id per line."""
    out: set[str] = set()
    for path in paths:
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("{"):
                out.update(json.loads(line).get("gold_sources", []))
            else:
                out.add(line)
    return out


def is_excluded(source_id: str, excluded: set[str], excluded_names: set[str]) -> bool:
    if source_id in excluded or any(
        source_id.endswith("/" + e) or e.endswith("/" + source_id) for e in excluded
    ):
        return True
    return Path(source_id).name in excluded_names


# Prompt and target -------------------------------------------------------------------------------


def summary_prompt(blocks: list[tuple[int, str, list[str]]], question: str, language: str) -> str:
    """The prompt ``Answerer._summary_prompt`` builds: ``[n] header`` then ``<<<quoted sentences>>>``."""
    text = "\n".join(f"[{n}] {header}\n<<<{' '.join(quoted)}>>>" for n, header, quoted in blocks)
    return load_prompt("answer").substitute(
        sources=text, question=question, language_name=MESSAGES[language]["language_name"]
    )


def _clean_sentence(sentence: str) -> str:
    sentence = _ENUMERATOR.sub("", sentence.strip()).strip()
    if len(sentence) > MAX_TARGET_CHARS:
        cut = max(sentence.rfind(", ", 0, MAX_TARGET_CHARS), sentence.rfind(" ; ", 0, MAX_TARGET_CHARS))
        sentence = sentence[: cut if cut > 80 else MAX_TARGET_CHARS].rstrip(" ,;")
    return sentence.rstrip(" .;:") + "."


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def grounded_target(sentence: str, article: str | None, language: str, number: int = 1) -> str:
    """One short sentence that restates extract ``[number]`` in its own words and cites it."""
    body = _clean_sentence(sentence)
    if language == "en":
        where = f"article {article}" if article else f"extract [{number}]"
        cite = f" [{number}]" if article else ""
        return f"According to {where}{cite}: {body}"
    where = f"l'article {article}" if article else f"l'extrait [{number}]"
    cite = f" [{number}]" if article else ""
    return f"Selon {where}{cite}, {_lower_first(body)}"


def topic_of(heading_path: list[str]) -> str:
    for heading in reversed(heading_path):
        if article_number(heading):
            continue
        topic = _HEADING_PREFIX.sub("", heading).strip().rstrip(" .")
        if topic and not topic.lower().startswith("code "):
            return topic[0].lower() + topic[1:] if not topic[:2].isupper() else topic
    return ""


def keywords(sentence: str, n: int = 5) -> str:
    words = [w for w in re.findall(r"[\wÀ-ÿ'-]+", sentence) if w.lower() not in _STOP and len(w) > 2]
    return " ".join(words[:n]).lower()


def questions_for(
    article: str | None, topic: str, sentence: str, rng: random.Random
) -> list[tuple[str, str]]:
    """(language, question) pairs about one article (templates; the base model does not follow
    instructions, so it cannot write questions itself)."""
    art = article or "ci-dessus"
    key = keywords(sentence)
    fr = [
        f"Que prévoit l'article {art} du code des douanes ?",
        f"Que dit le code des douanes sur {key} ?",
    ]
    if topic:
        fr.append(f"Quelles règles s'appliquent en matière de {topic} ?")
    en = [f"What does article {art} of the French customs code provide?"]
    if key:
        en.append(f"What do the customs rules say about {key}?")
    return [("fr", rng.choice(fr)), ("en", rng.choice(en))]


# Builders ----------------------------------------------------------------------------------------


@dataclass
class Article:
    source_id: str
    header: str
    article: str | None
    topic: str
    sentences: list[str]


def read_articles(root: Path, dirs: Iterable[str]) -> list[Article]:
    headings = FolderHeadings(root)
    out: list[Article] = []
    for sub in dirs:
        folder = root / sub
        if not folder.is_dir():
            continue
        for path in list_corpus_files(folder):
            if path.suffix.lower() not in {".md", ".txt"}:
                continue
            try:
                records = list(read_file(path, root, headings))
            except (ValueError, OSError):
                continue
            for record in records:
                sents = [s for s in sentences(record.text) if not looks_like_instruction(s)]
                if not sents:
                    continue
                heading_path = [*record.heading_path, record.title] if record.title else record.heading_path
                out.append(
                    Article(
                        record.source_id,
                        " > ".join(heading_path),
                        article_number(record.title),
                        topic_of(heading_path),
                        sents,
                    )
                )
    return out


def article_examples(articles: list[Article], rng: random.Random, abstain_ratio: float) -> Iterator[Example]:
    for art in articles:
        for n, (lang, question) in enumerate(questions_for(art.article, art.topic, art.sentences[0], rng)):
            target_idx = 0 if n == 0 or len(art.sentences) == 1 else rng.randrange(len(art.sentences))
            target = art.sentences[target_idx]
            if n == 1 and "{" not in question:
                # The keyword question is about the chosen sentence.
                kw = keywords(target)
                question = (
                    f"Que dit le code des douanes sur {kw} ?"
                    if lang == "fr"
                    else f"What do the customs rules say about {kw}?"
                )
            quoted = [target]
            if len(art.sentences) > 1 and rng.random() < 0.5:
                other = rng.choice([s for i, s in enumerate(art.sentences) if i != target_idx])
                quoted = sorted([target, other], key=art.sentences.index)
            blocks = [(1, art.header, quoted)]
            if rng.random() < 0.3:
                distractor = rng.choice(articles)
                if distractor.source_id != art.source_id:
                    blocks.append((2, distractor.header, [rng.choice(distractor.sentences)]))
            yield Example(
                id=_id("article", art.source_id, question),
                kind="article",
                lang=lang,
                source_id=art.source_id,
                prompt=summary_prompt(blocks, question, lang),
                completion=grounded_target(target, art.article, lang),
            )
        if rng.random() < abstain_ratio:
            lang = rng.choice(["fr", "en"])
            question = rng.choice(OFF_TOPIC[lang])
            blocks = [(1, art.header, [rng.choice(art.sentences)])]
            yield Example(
                id=_id("abstain", art.source_id, question),
                kind="abstain",
                lang=lang,
                source_id=art.source_id,
                prompt=summary_prompt(blocks, question, lang),
                completion=ABSTAIN[lang],
            )


def correction_examples(rows: Iterable[dict[str, Any]]) -> Iterator[Example]:
    """Approved reviewer corrections: read the corrected value of a field from the document."""
    for row in rows:
        before = row.get("before_raw") or row.get("before")
        after = row.get("after")
        if after in (None, "") or before in (None, ""):
            continue
        field_name = str(row.get("field"))
        document = str(row.get("document"))
        header = f"{row.get('doc_type') or 'document'} {document} > {field_name}"
        question = f"Quelle est la valeur du champ {field_name} dans le document {document} ?"
        reason = f" ({row['reason']})" if row.get("reason") else ""
        yield Example(
            id=_id("correction", str(row.get("case_id")), field_name, str(row.get("line"))),
            kind="correction",
            lang="fr",
            source_id=f"case/{row.get('case_id')}/{document}",
            prompt=summary_prompt([(1, header, [str(before)])], question, "fr"),
            completion=f"Le champ {field_name} vaut {after} selon le document [1]{reason}.",
        )


_SUMMARY_SPLIT = re.compile(r"\n\s*(?:En résumé|In short)\s*:\s*", re.IGNORECASE)


def feedback_examples(lines: Iterable[str]) -> Iterator[Example]:
    """Thumbs-up answers whose summary the officer liked: the same prompt, that summary as target."""
    for line in lines:
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not entry.get("liked") or not entry.get("citations"):
            continue
        parts = _SUMMARY_SPLIT.split(str(entry.get("answer", "")), maxsplit=1)
        if len(parts) != 2 or not parts[1].strip():
            continue
        blocks: dict[int, tuple[str, list[str]]] = {}
        for cit in entry["citations"]:
            number = int(cit.get("number", len(blocks) + 1))
            header = str(cit.get("source_id", ""))
            if cit.get("article"):
                header = f"{header} > Article {cit['article']}"
            blocks.setdefault(number, (header, []))[1].append(str(cit.get("quote", "")))
        question = str(entry.get("question", ""))
        lang = "en" if "In short" in str(entry.get("answer", "")) else "fr"
        source = str(entry["citations"][0].get("source_id", "feedback"))
        yield Example(
            id=_id("feedback", str(entry.get("id", question))),
            kind="feedback",
            lang=lang,
            source_id=source,
            prompt=summary_prompt([(n, h, q) for n, (h, q) in sorted(blocks.items())], question, lang),
            completion=parts[1].strip().splitlines()[0],
        )


def reviewer_corrections(settings: Any) -> list[dict[str, Any]]:
    """Approved corrections from the review database, if one exists (never creates one)."""
    if not settings.database_url and not (settings.data_dir / "customs.db").is_file():
        return []
    from review.service import ReviewService

    buffer = io.StringIO()
    ReviewService(settings).export_corrections(buffer)
    return [json.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]


def _id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def split_of(source_id: str, val_fraction: float) -> str:
    bucket = int(hashlib.sha256(source_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "val" if bucket < val_fraction else "train"


def write_jsonl(path: Path, examples: Iterable[Example]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for ex in examples:
            fh.write(ex.model_dump_json() + "\n")
            n += 1
    return n


def build_dataset(
    out_dir: Path,
    *,
    corpus_root: Path = DEFAULT_CORPUS_ROOT,
    corpus_dirs: Iterable[str] = DEFAULT_CORPUS_DIRS,
    exclude_files: Iterable[Path] = DEFAULT_EXCLUDE_SETS,
    corrections: Iterable[dict[str, Any]] = (),
    feedback_lines: Iterable[str] = (),
    val_fraction: float = 0.05,
    abstain_ratio: float = 0.12,
    seed: int = 13,
) -> BuildReport:
    rng = random.Random(seed)
    excluded = load_excluded_sources(exclude_files)
    excluded_names = {Path(e).name for e in excluded if Path(e).name.lower().startswith("article")}
    articles = read_articles(corpus_root, corpus_dirs)
    kept = [a for a in articles if not is_excluded(a.source_id, excluded, excluded_names)]
    examples = list(article_examples(kept, rng, abstain_ratio))
    examples += list(correction_examples(corrections))
    examples += [
        ex
        for ex in feedback_examples(feedback_lines)
        if not is_excluded(ex.source_id, excluded, excluded_names)
    ]
    rng.shuffle(examples)
    out_dir.mkdir(parents=True, exist_ok=True)
    train = [e for e in examples if split_of(e.source_id, val_fraction) == "train"]
    val = [e for e in examples if split_of(e.source_id, val_fraction) == "val"]
    write_jsonl(out_dir / "train.jsonl", train)
    write_jsonl(out_dir / "val.jsonl", val)
    digest = hashlib.sha256((out_dir / "train.jsonl").read_bytes() + (out_dir / "val.jsonl").read_bytes())
    kinds: dict[str, int] = {}
    for ex in examples:
        kinds[ex.kind] = kinds.get(ex.kind, 0) + 1
    report = BuildReport(
        train=len(train),
        val=len(val),
        kinds=kinds,
        sources_total=len(articles),
        sources_excluded=len(articles) - len(kept),
        data_sha256=digest.hexdigest(),
        out_dir=out_dir,
        excluded_ids=sorted(excluded),
    )
    (out_dir / "data.json").write_text(
        json.dumps(
            {
                "train": report.train,
                "val": report.val,
                "kinds": kinds,
                "sources_total": report.sources_total,
                "sources_excluded": report.sources_excluded,
                "excluded_ids": report.excluded_ids,
                "data_sha256": report.data_sha256,
                "seed": seed,
                "corpus_root": str(corpus_root),
                "corpus_dirs": list(corpus_dirs),
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    return report


def load_examples(path: Path) -> list[Example]:
    return [
        Example.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line
    ]
