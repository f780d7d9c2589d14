"""The `depeche` command line: each command is a few lines around the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from depeche.batch import Outcome
from depeche.records import Article, Failure, Published

if TYPE_CHECKING:  # the store is imported lazily: `depeche extract` never needs it
    from depeche.store import Store

app = typer.Typer(
    help="Turn dated French news dispatches into event data (places, times, counts, actors, events).",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)

InputsArg = Annotated[
    list[str],
    typer.Argument(help="Files (reference .txt, plain .txt, .jsonl, .json, .html), folders, or - for stdin."),
]
PublishedOpt = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY, YYYY-MM, YYYY-MM-DD) for inputs that carry none."),
]
ProcessesOpt = Annotated[int, typer.Option("--processes", "-p", min=1, help="Worker processes.")]
DaskOpt = Annotated[
    str | None,
    typer.Option(
        "--dask",
        help="Run on Dask (the dask extra): local:N starts a local cluster of N workers, tcp://HOST:PORT "
        "uses a running scheduler. Replaces --processes.",
    ),
]
BatchOpt = Annotated[int, typer.Option("--batch-size", min=1, help="Documents per spaCy batch.")]
MaxCharsOpt = Annotated[int, typer.Option("--max-chars", min=1, help="Refuse texts longer than this.")]
CleanOpt = Annotated[bool, typer.Option("--clean/--no-clean", help="Strip site boilerplate from scraped pages.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="JSONL file to write (default: stdout).")]
DbOpt = Annotated[
    str, typer.Option("--db", help="SQLite file (created if missing) or postgresql://USER:PASSWORD@HOST:PORT/DB URL.")
]


@dataclass
class Summary:
    """What happened to each input, printed at the end of a run."""

    done: int = 0
    unchanged: int = 0
    failed: list[Failure] = field(default_factory=list)
    unsupported: list[Failure] = field(default_factory=list)

    def record(self, failure: Failure) -> None:
        (self.unsupported if failure.kind == "unsupported" else self.failed).append(failure)

    @property
    def total(self) -> int:
        return self.done + self.unchanged + len(self.failed) + len(self.unsupported)

    def print(self, verb: str) -> None:
        parts = [f"{self.done} {verb}"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged (already stored)")
        parts.append(f"{len(self.failed)} failed")
        if self.unsupported:
            parts.append(f"{len(self.unsupported)} unsupported")
        err.print(f"depeche: {self.total} documents: " + ", ".join(parts))
        for f in self.failed:
            err.print(f"  failed: {f}", markup=False, highlight=False)
        for f in self.unsupported:
            err.print(f"  unsupported: {f}", markup=False, highlight=False)

    def exit_code(self) -> int:
        """Non-zero only when there was input and nothing at all could be processed."""
        return 1 if self.total and not (self.done or self.unchanged) else 0


def _published(value: str | None) -> Published | None:
    if value is None:
        return None
    try:
        return Published.parse(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--published") from None


def _dask_outcomes(items: Iterable[Article | Failure], address: str, batch_size: int) -> Iterator[Outcome]:
    from depeche.batch.dask import Address, connect, run_dask

    try:
        where = Address.parse(address)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--dask") from None
    try:
        import distributed  # noqa: F401
    except ImportError:
        err.print("depeche: --dask needs the dask extra: pip install 'depeche[dask]'", markup=False)
        raise typer.Exit(2) from None
    with ExitStack() as stack:
        try:
            client = stack.enter_context(connect(where))
        except OSError as exc:
            err.print(f"depeche: cannot reach the Dask scheduler at {address}: {exc}", markup=False)
            raise typer.Exit(2) from None
        yield from run_dask(items, client, batch_size=batch_size)


def _outcomes(
    inputs: list[str], published: str | None, processes: int, batch_size: int, max_chars: int, clean: bool,
    quiet: bool, dask: str | None = None,
) -> Iterator[Outcome]:
    from depeche.batch import run
    from depeche.readers import read_inputs

    when = _published(published)
    items = read_inputs(inputs, published=when, max_chars=max_chars, clean=clean)
    if dask:
        outcomes = _dask_outcomes(items, dask, batch_size)
    else:
        outcomes = run(items, processes=processes, batch_size=batch_size)
    if quiet or not err.is_terminal:
        yield from outcomes
        return
    columns = (
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()
    )
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("extracting", total=None)
        for outcome in outcomes:
            progress.advance(task)
            yield outcome


@app.command()
def extract(
    inputs: InputsArg,
    output: OutputOpt = None,
    published: PublishedOpt = None,
    processes: ProcessesOpt = 1,
    dask: DaskOpt = None,
    batch_size: BatchOpt = 32,
    max_chars: MaxCharsOpt = 6_000_000,
    clean: CleanOpt = True,
    quiet: QuietOpt = False,
) -> None:
    """Extract event data from INPUTS and write one JSON document per line (the output contract).

    Example: depeche extract ../shared/seed/000_04f88fb076471c09.txt -o seed.jsonl
    """
    summary = Summary()
    with ExitStack() as stack:
        out: TextIO = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        for outcome in _outcomes(inputs, published, processes, batch_size, max_chars, clean, quiet, dask):
            if isinstance(outcome.result, Failure):
                summary.record(outcome.result)
                continue
            out.write(json.dumps(outcome.result.as_dict(), ensure_ascii=False) + "\n")
            out.flush()
            summary.done += 1
    if not quiet:
        summary.print("extracted")
    raise typer.Exit(summary.exit_code())


@app.command()
def ingest(
    inputs: InputsArg,
    db: DbOpt = "depeche.db",
    published: PublishedOpt = None,
    processes: ProcessesOpt = 1,
    dask: DaskOpt = None,
    batch_size: BatchOpt = 32,
    max_chars: MaxCharsOpt = 6_000_000,
    clean: CleanOpt = True,
    quiet: QuietOpt = False,
) -> None:
    """Extract INPUTS and store the results; a document already stored unchanged is skipped.

    Example: depeche ingest examples/ --db events.db
    """
    from depeche.store import StoreError, open_store

    summary = Summary()
    try:
        store = open_store(db)
    except StoreError as exc:
        err.print(f"depeche: {exc}", markup=False)
        raise typer.Exit(2) from None
    try:
        for outcome in _outcomes(inputs, published, processes, batch_size, max_chars, clean, quiet, dask):
            if isinstance(outcome.result, Failure):
                summary.record(outcome.result)
                continue
            assert outcome.article is not None  # only reader failures come without an article
            try:
                status = store.add(outcome.article, outcome.result)
            except StoreError as exc:  # this document only: the rest of the batch is still stored
                article = outcome.article
                summary.record(Failure(article.source or article.doc_id, str(exc), article.doc_id))
                continue
            if status == "unchanged":
                summary.unchanged += 1
            else:
                summary.done += 1
    finally:
        store.close()
    if not quiet:
        from depeche.store.postgres import redact  # a URL's password stays off the screen

        summary.print(f"stored in {redact(db)}")
    raise typer.Exit(summary.exit_code())


@app.command()
def events(
    db: DbOpt = "depeche.db",
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2 code, e.g. LY.")] = None,
    since: Annotated[str | None, typer.Option(help="Events overlapping this date or later.")] = None,
    until: Annotated[str | None, typer.Option(help="Events overlapping this date or earlier.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
    actor: Annotated[str | None, typer.Option(help="Part of the actor's or target's name.")] = None,
    status: Annotated[str | None, typer.Option(help="occurred, ongoing, claimed, planned, background.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many events.")] = None,
    format: Annotated[str, typer.Option("--format", help="jsonl or table.")] = "jsonl",
) -> None:
    """List stored events matching the filters.

    Example: depeche events --db events.db --country LY --since 2018-05 --type ASSAULT --format table
    """
    from depeche.store import EventQuery

    if format not in {"jsonl", "table"}:
        raise typer.BadParameter("use jsonl or table", param_hint="--format")
    try:
        query = EventQuery(country=country, since=since, until=until, type=type, actor=actor, status=status,
                           limit=limit)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    store = _open_existing(db)
    try:
        rows = store.events(query)
    finally:
        store.close()
    if format == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table("doc_id", "event", "type", "date", "place", "actor", "target", "killed", "status")
    for row in rows:
        date = row.get("date") or {}
        place = row.get("place") or {}
        table.add_row(
            str(row.get("doc_id")), str(row.get("id")), str(row.get("type")),
            "–".join(x for x in (date.get("start"), date.get("end")) if x) or "",
            str(place.get("name") or place.get("text") or ""),
            str((row.get("actor") or {}).get("name") or ""), str((row.get("target") or {}).get("name") or ""),
            "" if row.get("killed") is None else str(row.get("killed")), str(row.get("status") or ""),
        )
    Console().print(table)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="The document's id, as `depeche events` prints it.")],
    db: DbOpt = "depeche.db",
) -> None:
    """Print one stored document with everything extracted from it, as JSON.

    Example: depeche show 000_04f88fb076471c09 --db events.db
    """
    document = _stored_document(db, doc_id)
    typer.echo(json.dumps(document, ensure_ascii=False, indent=2))


def _open_existing(db: str) -> Store:
    from depeche.store import open_store

    if "://" not in db and db != ":memory:" and not Path(db).exists():
        err.print(f"depeche: no store at {db} (create one with `depeche ingest INPUT --db {db}`)", markup=False)
        raise typer.Exit(2)
    return open_store(db)


def _stored_document(db: str, doc_id: str) -> dict[str, Any]:
    """One stored document, or exit 1 saying it is not in the store."""
    store = _open_existing(db)
    try:
        document = store.document(doc_id)
    finally:
        store.close()
    if document is None:
        err.print(f"depeche: no document {doc_id!r} in {db}", markup=False)
        raise typer.Exit(1)
    return document


@app.command()
def serve(
    db: DbOpt = "depeche.db",
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the HTTP API (/api/..., schema at /docs) and the web page (map, timeline, table) over a store.

    Example: depeche serve --db events.db --port 8000
    """
    try:
        import uvicorn

        from depeche.web import create_app, open_for_web
    except ImportError as exc:
        err.print(f"depeche: serve needs the web extra: pip install 'depeche[web]' ({exc})", markup=False)
        raise typer.Exit(2) from None
    _open_existing(db).close()  # the same "no store" message as the other commands
    store = open_for_web(db)
    try:
        err.print(f"depeche: serving {db} on http://{host}:{port}/", markup=False)
        uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
    finally:
        store.close()


@app.command("export")
def export_command(
    db: DbOpt = "depeche.db",
    format: Annotated[str, typer.Option("--format", help="jsonl, acled-csv, geojson or parquet.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2 code, e.g. LY.")] = None,
    since: Annotated[str | None, typer.Option(help="Events overlapping this date or later.")] = None,
    until: Annotated[str | None, typer.Option(help="Events overlapping this date or earlier.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
) -> None:
    """Write the stored events (optionally filtered) as JSONL, ACLED-layout CSV, GeoJSON points or Parquet.

    Example: depeche export --db events.db --format acled-csv -o events.csv
    """
    from depeche.export import FORMATS, export, iter_events
    from depeche.store import EventQuery

    if format not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    if format == "parquet" and output is None:
        raise typer.BadParameter("Parquet is binary: give a file with -o", param_hint="--output")
    try:
        query = EventQuery(country=country, since=since, until=until, type=type)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    store = _open_existing(db)
    try:
        with ExitStack() as stack:
            out = stack.enter_context(output.open("wb")) if output else sys.stdout.buffer
            n = export(iter_events(store, query), format, out)
            out.flush()
    except RuntimeError as exc:  # pyarrow missing
        err.print(f"depeche: {exc}", markup=False)
        raise typer.Exit(2) from None
    finally:
        store.close()
    if output is not None:
        err.print(f"depeche: {n} events written to {output}", markup=False)


@app.command()
def explain(
    doc_id: Annotated[str, typer.Argument(help="The document's id, as `depeche events` prints it.")],
    event_id: Annotated[str, typer.Argument(help="The event's id within the document, e.g. e1.")],
    db: DbOpt = "depeche.db",
) -> None:
    """Say which trigger, rule and parse path produced a stored event and each of its fields.

    Example: depeche explain 000_04f88fb076471c09 e1 --db events.db
    """
    from depeche.stages.events.explain import explain_lines

    document = _stored_document(db, doc_id)
    events = (document.get("result") or {}).get("events") or []
    event = next((e for e in events if e.get("id") == event_id), None)
    if event is None:
        known = ", ".join(str(e.get("id")) for e in events) or "none"
        err.print(f"depeche: no event {event_id!r} in document {doc_id!r} (its events: {known})", markup=False)
        raise typer.Exit(1)
    typer.echo("\n".join(explain_lines(event)))


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option(help="Gold annotations, one JSON document per line.")],
    pred: Annotated[Path, typer.Option(help="depeche's output (or any system's) in the output contract.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    require: Annotated[list[str] | None, typer.Option(
        help="FIGURE=FLOOR, e.g. events.f1=0.5 (repeat for more): exit 1 when the figure falls below it.")] = None,
) -> None:
    """Score extracted documents against gold annotations, with the matching rules of the evaluation
    material's scorer (places within 50 km, times by value, counts by kind and value, events by type,
    place and date window; role is the share of found events with the right actor).

    Example: depeche eval --gold ../shared/eval/gold/seed.jsonl --pred seed.jsonl --require events.recall=1
    """
    from depeche.evaluate import EvalInputError, figure, score_files, table

    for path in (gold, pred):
        if not path.is_file():
            err.print(f"depeche: no such file: {path}", markup=False)
            raise typer.Exit(2)
    try:
        result = score_files(gold, pred)
    except (EvalInputError, UnicodeDecodeError) as e:
        err.print(f"depeche: {e}", markup=False)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(result, indent=2) if as_json else table(result))
    short = []
    for req in require or []:
        name, _, floor = req.partition("=")
        try:
            wanted = float(floor)
        except ValueError:
            err.print(f"depeche: --require {req!r}: write FIGURE=NUMBER, e.g. events.f1=0.5", markup=False)
            raise typer.Exit(2) from None
        got = figure(result, name)
        if got is None or got < wanted:
            short.append(f"{name}={got} < {floor}")
    if short:
        typer.echo("below floor: " + "; ".join(short))
        raise typer.Exit(1)


if __name__ == "__main__":  # pragma: no cover
    app()
