"""Bounded load test on loopback: N concurrent users for T seconds on /v1/ask and /v1/documents.

    .venv/bin/python -m api.bench_load --users 20 --seconds 60

Starts the service in this process on 127.0.0.1 (a free port; never another host), with a small
temporary corpus unless ``--corpus`` is given, then prints p50/p95 latency, throughput and the
error rate per endpoint, and checks that nothing was lost (every request answered).
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx

QUESTIONS = [
    "Quelle est la durée de séjour des marchandises dans une zone franche ?",
    "Dans quel état les marchandises sont-elles taxées ?",
    "Is diesel delivered to pleasure yachts exempt from taxes?",
    "Quel est le taux de TVA sur les bananes au Pérou ?",
]
ARTICLES = {
    "code/titre-xi/article-290.md": "# Article 290\n\nLa durée de séjour des marchandises dans une zone franche "
    "n'est pas limitée.",
    "code/titre-ier/article-27.md": "# Article 27\n\nLes produits importés ou exportés sont soumis à la loi "
    "tarifaire dans l'état où ils se trouvent au moment où celle-ci leur devient applicable.",
    "code/titre-xi/article-291.md": "# Article 291\n\nLes navires de plaisance peuvent recevoir du gazole en "
    "exonération des taxes lorsqu'ils naviguent en haute mer.",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _user(client: httpx.AsyncClient, kind: str, deadline: float, results: dict, doc: bytes,
                summarize: bool, n: int) -> None:  # fmt: skip
    i = n
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            if kind == "ask":
                body = {"question": QUESTIONS[i % len(QUESTIONS)], "summarize": summarize}
                response = await client.post("/v1/ask", json=body)
            else:
                response = await client.post("/v1/documents", files={"file": ("scan.png", doc, "image/png")})
            ok = response.status_code == 200
        except httpx.HTTPError:
            ok = False
        results[kind]["latency"].append(time.perf_counter() - started)
        results[kind]["ok" if ok else "errors"] += 1
        i += 1


async def _run(base: str, users: int, seconds: float, doc: bytes, summarize: bool, doc_share: float) -> dict:
    results = {k: {"latency": [], "ok": 0, "errors": 0} for k in ("ask", "documents")}
    n_doc = round(users * doc_share)
    kinds = ["documents"] * n_doc + ["ask"] * (users - n_doc)
    deadline = time.monotonic() + seconds
    headers = {"Authorization": "Bearer bench-key"}
    limits = httpx.Limits(max_connections=users)
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=600, limits=limits) as client:
        await asyncio.gather(*(_user(client, k, deadline, results, doc, summarize, n)
                               for n, k in enumerate(kinds)))  # fmt: skip
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument(
        "--corpus", type=Path, default=None, help="Corpus folder (a small built-in one if unset)."
    )
    parser.add_argument("--document", type=Path, default=None, help="Image uploaded to /v1/documents.")
    parser.add_argument("--doc-share", type=float, default=0.25, help="Share of users uploading documents.")
    parser.add_argument("--no-summary", action="store_true", help="Quotes only (no LLM summary).")
    args = parser.parse_args()
    if args.users < 1 or args.users > 200 or args.seconds <= 0 or args.seconds > 600:
        parser.error("bounded: 1..200 users, up to 600 s")

    import uvicorn

    from api.app import build_app
    from api.settings import Settings

    root = Path(tempfile.mkdtemp(prefix="customs-bench-"))
    corpus = args.corpus
    if corpus is None:
        corpus = root / "corpus"
        for rel, text in ARTICLES.items():
            (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
            (corpus / rel).write_text(text, encoding="utf-8")
    default_doc = (Path(__file__).resolve().parents[2] / "shared/datasets/tradedocs-dev/dev-002/documents"
                   / "certificat_origine.png")  # fmt: skip
    doc = (args.document or default_doc).read_bytes()
    settings = Settings(data_dir=root / "data", corpus_path=corpus, api_keys="admin:bench-key",
                        rate_limit_per_minute=1_000_000)  # fmt: skip
    app = build_app(settings, with_ui=False, warm_up=False)
    desk = app.state.desk
    for name in (settings.collection, settings.public_collection):
        desk.regulations.ingest(corpus, name, show_progress=False)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    # Warm the models once (first LLM and OCR loads are not part of the measurement).
    httpx.post(f"{base}/v1/ask", json={"question": QUESTIONS[0]}, headers={"Authorization": "Bearer bench-key"},
               timeout=600)  # fmt: skip
    httpx.post(f"{base}/v1/documents", files={"file": ("w.png", doc, "image/png")},
               headers={"Authorization": "Bearer bench-key"}, timeout=600)  # fmt: skip

    started = time.perf_counter()
    results = asyncio.run(_run(base, args.users, args.seconds, doc, not args.no_summary, args.doc_share))
    elapsed = time.perf_counter() - started
    server.should_exit = True
    thread.join(timeout=30)

    print(f"\n{args.users} users for {args.seconds:.0f} s on 127.0.0.1 (wall {elapsed:.0f} s), "
          f"summary={'off' if args.no_summary else 'on'}")  # fmt: skip
    print("| endpoint | users | requests | ok | errors | error rate | p50 s | p95 s | max s | req/s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    n_doc = round(args.users * args.doc_share)
    for kind, n_users in (("ask", args.users - n_doc), ("documents", n_doc)):
        r = results[kind]
        total = r["ok"] + r["errors"]
        if not total:
            continue
        lat = r["latency"]
        print(f"| /v1/{kind} | {n_users} | {total} | {r['ok']} | {r['errors']} | {r['errors'] / total:.1%} | "
              f"{statistics.median(lat):.2f} | {_percentile(lat, 0.95):.2f} | {max(lat):.2f} | "
              f"{total / elapsed:.2f} |")  # fmt: skip
    lost = sum(len(r["latency"]) - r["ok"] - r["errors"] for r in results.values())
    print(f"requests lost (sent but not answered): {lost}")


if __name__ == "__main__":
    main()
