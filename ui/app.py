"""The web desk (Gradio Blocks): login, then the screens of the user's role, in French or English.

Every screen calls :class:`api.desk.Desk`, the same service layer as the HTTP API; the desk checks
the role on each call (``api.auth.PERMISSIONS``), the screens only hide what a role cannot use.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from api.auth import AuthError, Permission, Principal
from api.desk import Desk
from api.protocol import AskResponse
from ui import plots, views
from ui.i18n import LANGUAGES, t

Session = dict[str, Any]
QUEUE_COLUMNS = ["id", "declaration", "status", "risk", "blocking", "discrepancies", "version"]
AUDIT_COLUMNS = ["seq", "at", "actor", "action", "details"]

CSS = """
#citations label { border-radius: 999px !important; }
.saved { color: #1a7f37; font-weight: 600; }
"""


def _principal(session: Session | None) -> Principal:
    if not session or "principal" not in session:
        raise gr.Error("Please log in / Veuillez vous connecter.")
    return session["principal"]  # type: ignore[no-any-return]


def _error(exc: Exception) -> gr.Error:
    message = getattr(exc, "message", None) or str(exc)
    return gr.Error(message)


def build_blocks(desk: Desk) -> gr.Blocks:
    with gr.Blocks(title="Customs assistant", analytics_enabled=False) as blocks:
        session = gr.State(None)
        answers = gr.State([])  # officer chat: one dict per assistant message
        help_answers = gr.State([])
        case_state = gr.State(None)

        # Login -----------------------------------------------------------------------------------
        with gr.Column(visible=True, elem_id="login") as login_col:
            gr.Markdown("## Assistant douanier · Customs assistant")
            key = gr.Textbox(label="Clé d'accès · Access key", type="password", elem_id="key")
            lang = gr.Radio(list(LANGUAGES), value="Français", label="Langue · Language", elem_id="lang")
            login_btn = gr.Button("Se connecter · Log in", variant="primary", elem_id="login-btn")
            login_msg = gr.Markdown()

        with gr.Column(visible=False) as main_col:
            with gr.Row():
                who = gr.Markdown(elem_id="who")
                logout_btn = gr.Button("⏏", size="sm", scale=0, elem_id="logout")
            with gr.Tabs():
                # Officer chat ------------------------------------------------------------------
                with gr.Tab("Questions", visible=False, elem_id="tab-chat") as tab_chat:
                    chatbot = gr.Chatbot(height=380, elem_id="chatbot", feedback_options=("Like", "Dislike"))
                    with gr.Row():
                        question = gr.Textbox(scale=5, show_label=False, elem_id="question", lines=1)
                        ask_btn = gr.Button("Ask", variant="primary", scale=1, elem_id="ask-btn")
                    chips = gr.Radio([], label="Citations", elem_id="citations", interactive=True)
                    article = gr.Markdown(elem_id="article")
                    feedback_msg = gr.Markdown()

                # Review desk -------------------------------------------------------------------
                with gr.Tab("Review", visible=False, elem_id="tab-review") as tab_review:
                    with gr.Row():
                        refresh_btn = gr.Button("↻", scale=0, elem_id="refresh-queue")
                        case_pick = gr.Dropdown(
                            [], label="Case", scale=4, elem_id="case-pick", allow_custom_value=True
                        )
                        open_btn = gr.Button("Open", scale=1, elem_id="open-case")
                    queue = gr.Dataframe(
                        headers=QUEUE_COLUMNS, interactive=False, elem_id="queue", wrap=True,
                    )  # fmt: skip
                    case_title = gr.Markdown(elem_id="case-title")
                    with gr.Row():
                        with gr.Column(scale=1):
                            doc_pick = gr.Dropdown([], label="Document", elem_id="doc-pick")
                            doc_image = gr.AnnotatedImage(label="Document", elem_id="doc-image", height=520)
                        with gr.Column(scale=1):
                            fields = gr.Dataframe(
                                headers=views.FIELD_COLUMNS, interactive=True, elem_id="fields", wrap=True,
                            )  # fmt: skip
                            save_table_btn = gr.Button("Save table edits", size="sm", elem_id="save-table")
                            with gr.Row():
                                field_pick = gr.Dropdown([], label="Field", elem_id="field-pick", scale=3)
                                field_value = gr.Textbox(label="Value", elem_id="field-value", scale=2)
                                correct_btn = gr.Button("Correct", elem_id="correct-btn", scale=1)
                            comment = gr.Textbox(label="Comment", elem_id="comment")
                            with gr.Row():
                                approve_btn = gr.Button("Approve", variant="primary", elem_id="approve-btn")
                                reject_btn = gr.Button("Reject", variant="stop", elem_id="reject-btn")
                                request_btn = gr.Button("Request documents", elem_id="request-btn")
                            saved = gr.Markdown(elem_id="saved", elem_classes=["saved"])
                    audit = gr.Dataframe(
                        headers=AUDIT_COLUMNS, interactive=False, elem_id="audit", label="Audit", wrap=True,
                    )  # fmt: skip

                # Trader help-desk ---------------------------------------------------------------
                with gr.Tab("Help-desk", visible=False, elem_id="tab-help") as tab_help:
                    help_notice = gr.Markdown(elem_id="help-notice")
                    help_chat = gr.Chatbot(
                        height=380, elem_id="help-chat", feedback_options=("Like", "Dislike")
                    )
                    with gr.Row():
                        help_q = gr.Textbox(scale=5, show_label=False, elem_id="help-question")
                        help_btn = gr.Button("Ask", variant="primary", scale=1, elem_id="help-btn")
                    handoff = gr.Markdown(elem_id="handoff")

                # Admin -------------------------------------------------------------------------
                with gr.Tab("Admin", visible=False, elem_id="tab-admin") as tab_admin:
                    with gr.Row():
                        folder = gr.Textbox(value=str(desk.settings.corpus_path), label="Folder", scale=4)
                        collection = gr.Textbox(value=desk.settings.collection, label="Collection", scale=2)
                        rebuild = gr.Checkbox(label="Rebuild", value=False, scale=1)
                    ingest_btn = gr.Button("Start ingestion", variant="primary", elem_id="ingest-btn")
                    progress = gr.Slider(
                        0, 1, value=0, label="Progress", interactive=False, elem_id="progress"
                    )
                    job_md = gr.Markdown(elem_id="job")
                    job_id = gr.State(None)
                    timer = gr.Timer(1.0, active=False)
                    stats_btn = gr.Button("Statistics", elem_id="stats-btn")
                    stats_plot = gr.BarPlot(x="what", y="count", label="Statistics", elem_id="stats-plot")
                    stats_json = gr.JSON(elem_id="stats")
                    eval_btn = gr.Button("Résultats d'évaluation", elem_id="eval-btn")
                    eval_md = gr.Markdown(elem_id="eval-results")
                    eval_plots = {
                        k: gr.Plot(visible=False, show_label=False, elem_id=f"eval-{k}") for k in plots.KINDS
                    }

        # Login / logout ------------------------------------------------------------------------

        def do_login(key_text: str, lang_name: str) -> tuple[Any, ...]:
            try:
                principal = desk.login((key_text or "").strip())
            except AuthError:
                return (None, gr.update(), gr.update(), "⚠ " + t(LANGUAGES[lang_name], "bad_key"),
                        *[gr.update()] * 19)  # fmt: skip
            lg = LANGUAGES.get(lang_name, "fr")
            state = {"principal": principal, "lang": lg}
            can = principal.can
            return (
                state,
                gr.update(visible=False),
                gr.update(visible=True),
                "",
                t(lg, "welcome", role=principal.role.value),
                gr.update(visible=can(Permission.ASK_INTERNAL), label=t(lg, "tab_chat")),
                gr.update(visible=can(Permission.CASES), label=t(lg, "tab_review")),
                gr.update(
                    visible=not can(Permission.ASK_INTERNAL) or can(Permission.ADMIN), label=t(lg, "tab_help")
                ),
                gr.update(visible=can(Permission.ADMIN), label=t(lg, "tab_admin")),
                gr.update(placeholder=t(lg, "question")),
                gr.update(value=t(lg, "ask")),
                gr.update(label=t(lg, "citations")),
                gr.update(placeholder=t(lg, "question")),
                gr.update(value=t(lg, "ask")),
                "ℹ️ " + t(lg, "notice"),
                gr.update(value=t(lg, "approve"), interactive=can(Permission.DECIDE)),
                gr.update(value=t(lg, "reject"), interactive=can(Permission.DECIDE)),
                gr.update(value=t(lg, "request"), interactive=can(Permission.DECIDE)),
                gr.update(value=t(lg, "correct"), interactive=can(Permission.DECIDE)),
                gr.update(label=t(lg, "comment")),
                gr.update(label=t(lg, "value")),
                gr.update(label=t(lg, "field")),
                gr.update(value=t(lg, "eval_refresh")),
            )

        login_outputs = [
            session, login_col, main_col, login_msg, who, tab_chat, tab_review, tab_help, tab_admin,
            question, ask_btn, chips, help_q, help_btn, help_notice, approve_btn, reject_btn, request_btn,
            correct_btn, comment, field_value, field_pick, eval_btn,
        ]  # fmt: skip
        login_btn.click(do_login, [key, lang], login_outputs)
        key.submit(do_login, [key, lang], login_outputs)

        def do_logout() -> tuple[Any, ...]:
            return None, gr.update(visible=True), gr.update(visible=False), "", [], [], [], None

        logout_btn.click(
            do_logout, None, [session, login_col, main_col, key, chatbot, help_chat, answers, case_state]
        )

        # Chat (officer and trader) -------------------------------------------------------------

        def stream_answer(
            sess: Session | None, text: str, history: list[dict[str, Any]], store: list[dict[str, Any]]
        ) -> Iterator[tuple[Any, ...]]:
            principal = _principal(sess)
            lg = (sess or {}).get("lang", "fr")
            asked = views.user_questions(history)  # a follow-up searches with the question before it
            history = [*history, {"role": "user", "content": text}, {"role": "assistant", "content": ""}]
            try:
                events, name = desk.stream(principal, text, history=asked)
            except Exception as exc:
                raise _error(exc) from None
            yield history, "", gr.update(choices=[], value=None), store, ""
            for event in events:
                if event.answer is None:
                    history[-1] = {"role": "assistant", "content": history[-1]["content"] + event.text}
                    yield history, "", gr.update(), store, ""
                    continue
                out = AskResponse.from_answer(
                    event.answer, name, desk.notice(principal, event.answer.language)
                )
                record = out.model_dump(mode="json")
                record["index"] = len(history) - 1
                store = [*store, record]
                labels = list(dict.fromkeys(views.citation_label(c) for c in record["citations"]))
                extra = ""
                if out.abstained and not principal.can(Permission.ASK_INTERNAL):
                    extra = "🧑‍💼 " + t(lg, "handoff")
                yield history, "", gr.update(choices=labels, value=None), store, extra

        ask_event = dict(fn=stream_answer, inputs=[session, question, chatbot, answers],
                         outputs=[chatbot, question, chips, answers, feedback_msg])  # fmt: skip
        ask_btn.click(**ask_event)  # type: ignore[arg-type]
        question.submit(**ask_event)  # type: ignore[arg-type]

        def show_article(label: str | None, store: list[dict[str, Any]]) -> str:
            return views.article_markdown(store[-1], label) if store and label else ""

        chips.change(show_article, [chips, answers], article)

        def help_stream(
            sess: Session | None, text: str, history: list[dict[str, Any]], store: list[dict[str, Any]]
        ) -> Iterator[tuple[Any, ...]]:
            for hist, cleared, _chips, new_store, extra in stream_answer(sess, text, history, store):
                yield hist, cleared, new_store, extra

        help_event = dict(fn=help_stream, inputs=[session, help_q, help_chat, help_answers],
                          outputs=[help_chat, help_q, help_answers, handoff])  # fmt: skip
        help_btn.click(**help_event)  # type: ignore[arg-type]
        help_q.submit(**help_event)  # type: ignore[arg-type]

        def on_like(sess: Session | None, store: list[dict[str, Any]], data: gr.LikeData) -> str:
            principal = _principal(sess)
            record = next((r for r in store if r["index"] == data.index), None)
            if record is None:
                return ""
            liked = data.liked is True or data.liked == "Like"
            desk.record_feedback(principal, record["question"], record["text"], liked, record["citations"])
            return "✓ " + t((sess or {}).get("lang", "fr"), "feedback_saved")

        chatbot.like(on_like, [session, answers], feedback_msg)
        help_chat.like(on_like, [session, help_answers], handoff)

        # Review desk ---------------------------------------------------------------------------

        def load_queue(sess: Session | None) -> tuple[Any, Any]:
            principal = _principal(sess)
            try:
                rows = desk.queue(principal, status=None)
            except Exception as exc:
                raise _error(exc) from None
            table = [[r["id"], r["declaration_id"], r["status"], r["risk"], r["blocking"], r["discrepancies"],
                      r["version"]] for r in rows]  # fmt: skip
            choices = [(f"{r['declaration_id']} · {r['status']} · {r['id'][:8]}", r["id"]) for r in rows]
            return table, gr.update(choices=choices, value=choices[0][1] if choices else None)

        refresh_btn.click(load_queue, session, [queue, case_pick])
        tab_review.select(load_queue, session, [queue, case_pick])

        def render_case(sess: Session | None, case: dict[str, Any], doc_name: str | None = None,
                        message: str = "") -> tuple[Any, ...]:  # fmt: skip
            principal = _principal(sess)
            names = [d["document"]["filename"] for d in case["documents"]]
            doc_name = doc_name if doc_name in names else (names[0] if names else None)
            image: Any = None
            if doc_name:
                document = next(
                    d["document"] for d in case["documents"] if d["document"]["filename"] == doc_name
                )
                data = desk.case_file(principal, case["id"], doc_name)
                if data:
                    image = views.page_image(data, doc_name, document)
            rows = views.field_rows(case)
            keys = [views.field_key(r) for r in rows]
            audit_rows = views.audit_rows(desk.audit(principal, case["id"]))
            title = (f"### {case['declaration_id']} — {case['status']} · risk {case['risk']} · "
                     f"{case['discrepancies']} discrepancies · v{case['version']}")  # fmt: skip
            return (
                case, title, gr.update(choices=names, value=doc_name), image, rows,
                gr.update(choices=keys, value=keys[0] if keys else None), message, audit_rows,
            )  # fmt: skip

        case_outputs = [case_state, case_title, doc_pick, doc_image, fields, field_pick, saved, audit]

        def open_case(sess: Session | None, case_id: str | None) -> tuple[Any, ...]:
            if not case_id:
                raise gr.Error(t((sess or {}).get("lang", "fr"), "no_case"))
            try:
                case = desk.case(_principal(sess), case_id)
            except Exception as exc:
                raise _error(exc) from None
            return render_case(sess, case)

        open_btn.click(open_case, [session, case_pick], case_outputs)

        def pick_document(sess: Session | None, case: dict[str, Any] | None, name: str) -> Any:
            if not case or not name:
                return None
            document = next(
                (d["document"] for d in case["documents"] if d["document"]["filename"] == name), None
            )
            data = desk.case_file(_principal(sess), case["id"], name)
            return views.page_image(data, name, document) if data and document else None

        doc_pick.input(pick_document, [session, case_state, doc_pick], doc_image)

        def _saved(sess: Session | None, case: dict[str, Any], what: str) -> str:
            at = time.strftime("%H:%M:%S")
            return "✓ " + t(
                (sess or {}).get("lang", "fr"), "saved", at=at, what=what, version=case["version"]
            )

        def correct(sess: Session | None, case: dict[str, Any] | None, key_text: str, value: str,
                    reason: str) -> tuple[Any, ...]:  # fmt: skip
            if not case or not key_text:
                raise gr.Error(t((sess or {}).get("lang", "fr"), "no_case"))
            rows = views.field_rows(case)
            row = next((r for r in rows if views.field_key(r) == key_text), None)
            if row is None:
                raise gr.Error(f"unknown field {key_text}")
            try:
                updated = desk.correct_field(
                    _principal(sess),
                    case["id"],
                    row[1],
                    row[2],
                    value,
                    line=row[3] or None,
                    reason=reason,
                    expected_version=case["version"],
                )
            except Exception as exc:
                raise _error(exc) from None
            return render_case(sess, updated, row[1], _saved(sess, updated, f"{key_text} = {value}"))

        correct_btn.click(correct, [session, case_state, field_pick, field_value, comment], case_outputs)

        def save_table(sess: Session | None, case: dict[str, Any] | None, table: Any, reason: str) -> tuple:
            if not case:
                raise gr.Error(t((sess or {}).get("lang", "fr"), "no_case"))
            before = {views.field_key(r): r for r in views.field_rows(case)}
            edited = table.values.tolist() if hasattr(table, "values") else list(table or [])
            changed = []
            for row in edited:
                old = before.get(views.field_key(row))
                if old is not None and str(row[5]) != str(old[5]):
                    changed.append(row)
            updated = case
            try:
                for row in changed:
                    updated = desk.correct_field(
                        _principal(sess),
                        case["id"],
                        row[1],
                        row[2],
                        str(row[5]),
                        line=row[3] or None,
                        reason=reason,
                        expected_version=updated["version"],
                    )
            except Exception as exc:
                raise _error(exc) from None
            what = ", ".join(views.field_key(r) for r in changed) or "—"
            return render_case(sess, updated, None, _saved(sess, updated, what))

        save_table_btn.click(save_table, [session, case_state, fields, comment], case_outputs)

        def decide(action: str) -> Any:
            def run(sess: Session | None, case: dict[str, Any] | None, text: str) -> tuple[Any, ...]:
                if not case:
                    raise gr.Error(t((sess or {}).get("lang", "fr"), "no_case"))
                try:
                    updated = desk.decide(_principal(sess), case["id"], action, text or "", case["version"])
                except Exception as exc:
                    raise _error(exc) from None
                return render_case(sess, updated, None, _saved(sess, updated, action))

            return run

        approve_btn.click(decide("approve"), [session, case_state, comment], case_outputs)
        reject_btn.click(decide("reject"), [session, case_state, comment], case_outputs)
        request_btn.click(decide("request_documents"), [session, case_state, comment], case_outputs)

        # Admin ---------------------------------------------------------------------------------

        def start_ingest(sess: Session | None, path: str, name: str, again: bool) -> tuple[Any, ...]:
            try:
                job = desk.start_ingest(_principal(sess), path or None, name or None, again)
            except Exception as exc:
                raise _error(exc) from None
            return job.id, gr.Timer(active=True), job.progress or 0.0, f"**{job.status}** {job.message}"

        ingest_btn.click(
            start_ingest, [session, folder, collection, rebuild], [job_id, timer, progress, job_md]
        )

        def poll(sess: Session | None, current: str | None) -> tuple[Any, ...]:
            if not current:
                return gr.Timer(active=False), gr.update(), gr.update()
            job = desk.job(_principal(sess), current)
            active = job.status in ("queued", "running")
            text = f"**{job.status}** · {job.files_done}/{job.files_total} · {job.message}"
            return gr.Timer(active=active), job.progress if job.progress is not None else 0.0, text

        timer.tick(poll, [session, job_id], [timer, progress, job_md])

        def show_stats(sess: Session | None) -> tuple[Any, Any]:
            try:
                stats = desk.stats(_principal(sess))
            except Exception as exc:
                raise _error(exc) from None
            import pandas as pd

            rows = [{"what": f"chunks:{c['name']}", "count": c["chunks"]} for c in stats["collections"]]
            rows += [{"what": f"feedback:{k}", "count": v} for k, v in stats["feedback"].items()]
            rows += [{"what": f"cases:{k}", "count": v} for k, v in stats["cases"].items()]
            return pd.DataFrame(rows), stats

        stats_btn.click(show_stats, session, [stats_plot, stats_json])

        def show_evaluations(sess: Session | None) -> tuple[Any, ...]:
            try:
                results = desk.evaluation_results(_principal(sess))
            except Exception as exc:
                raise _error(exc) from None
            lg = (sess or {}).get("lang", "fr")
            folder = desk.settings.results_dir
            try:
                shown = str(folder.resolve().relative_to(Path.cwd()))
            except ValueError:
                shown = str(folder)
            figures = plots.evaluation_figures(results, lg)
            updates = [gr.update(value=figures.get(k), visible=k in figures) for k in plots.KINDS]
            return plots.summary(results, lg, shown), *updates

        eval_outputs = [eval_md, *eval_plots.values()]
        eval_btn.click(show_evaluations, session, eval_outputs)
        tab_admin.select(show_evaluations, session, eval_outputs)

    return blocks  # type: ignore[no-any-return]
