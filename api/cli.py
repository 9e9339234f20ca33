"""The `govcat` command line: thin commands over the catalog's services."""

from __future__ import annotations

import gc
import getpass
import json
import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache, wraps
from importlib import import_module
from pathlib import Path
from typing import Any

import click

from catalog.settings import Settings, SettingsError, parse_workers, settings_help

EPILOG = "Settings come from environment variables:\n\n" + settings_help()


class Failure(click.ClickException):
    """One clear line on stderr, exit status 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"govcat: error: {self.format_message()}", err=True)


def heavy_import(module: str) -> None:
    """Import a command's heavy module (the screen: Presidio, spaCy, the recognizers; the
    store: SQLAlchemy …) once, with the cyclic garbage collector paused meanwhile and what
    the import made then frozen (gc.freeze). Those objects live as long as the process, yet
    collections during the import and after it would walk them again and again: measured,
    `govcat screen` of a two-line file takes 0.8 CPU-seconds instead of 1.15. Garbage from
    before is collected first, so none of it is frozen."""
    if module in sys.modules:
        return
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        import_module(module)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@lru_cache(maxsize=1)
def _label_screen() -> Any:
    """The default privacy screen, built once per process when a message needs it."""
    from privacy import Screener

    return Screener()


def screened(text: str, screener: Any = None) -> str:
    """text with any personal value masked: file names and messages may name a person."""
    if not text.strip():
        return text
    return (screener or _label_screen()).screen_text(text, field="label").text


def _expected_errors() -> tuple[type[BaseException], ...]:
    """The errors users cause (bad input, missing things), imported when a command runs."""
    from catalog.context import CatalogNotInitialised
    from catalog.errors import CatalogError
    from catalog.search import SearchError
    from privacy.errors import PolicyError, TableReadError, UnsupportedFormat

    return (CatalogError, CatalogNotInitialised, SettingsError, TableReadError,
            UnsupportedFormat, PolicyError, OSError, NotImplementedError,
            SearchError)  # fmt: skip


def one_line_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the errors users cause (bad input, missing things) into one screened line, exit 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            # the error types are imported only now: `govcat screen` never loads the catalog
            if not isinstance(exc, _expected_errors()):
                raise
            raise Failure(screened(" ".join(str(exc).split()) or type(exc).__name__)) from None

    return wrapper


def acting(catalog: Any, action: str, target: Any = None) -> Any:
    """The Actor of a command's write, checked by action name before anything is done:
    the account of --as (its roles checked), else the operator as a site admin."""
    from catalog.actor import Actor
    from publishers.accounts import principal
    from publishers.auth import authorize, publisher_of

    ctx = click.get_current_context(silent=True)
    as_user = ((ctx.find_root().obj or {}) if ctx else {}).get("as_user")
    if as_user:
        return authorize(principal(catalog, as_user, "cli"), action, target)
    return Actor(getpass.getuser() or "operator", "site_admin", "cli", publisher_of(target))


def readable(catalog: Any, action: str, publisher_code: str | None = None) -> list[str] | None:
    """The publishers at which `--as USER` may do the read action (None: all of them, for
    the operator or a site admin); NotAuthorized when there is none. With publisher_code
    (a listing of that one publisher) the account must be able to do it there: None then."""
    from publishers.accounts import principal
    from publishers.auth import PERMISSIONS, NotAuthorized, can

    if publisher_code:
        acting(catalog, action, publisher_code)
        return None
    ctx = click.get_current_context(silent=True)
    as_user = ((ctx.find_root().obj or {}) if ctx else {}).get("as_user")
    if not as_user:
        return None
    reader = principal(catalog, as_user, "cli")
    if reader.site_admin:
        return None
    codes = sorted(code for code in reader.roles if can(reader, action, code))
    if not codes:
        raise NotAuthorized(f"{action} needs a site admin, or the role "
                            + " or ".join(PERMISSIONS[action]) + " at a publisher")
    return codes


@contextmanager
def opened() -> Iterator[Any]:
    heavy_import("api.store")
    from api.store import open_catalog

    catalog = open_catalog(Settings.from_env())
    try:
        yield catalog
    finally:
        catalog.close()


class _Commands(click.Group):
    """The command group; an unexpected error is one screened line too, never a raw traceback.

    Its message may quote data (a file name, a cell); with -v the traceback's frames follow,
    without the message.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit,
                KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - reported as one line, exit 1
            if logging.getLogger().isEnabledFor(logging.INFO):
                click.echo("".join(traceback.format_tb(exc.__traceback__)), err=True)
            message = screened(" ".join(str(exc).split()))
            raise Failure(f"internal error ({type(exc).__name__}): {message}") from None


@click.group(cls=_Commands, epilog=EPILOG,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log progress details to stderr.")
@click.option("--as", "as_user", metavar="USER",
              help="Make this command's writes as the account USER: its roles are checked "
                   "and the audit trail names it. Without it, writes are the operator's, as "
                   "a site admin named after the system user (whoever runs govcat can open "
                   "the store).")
@click.pass_context
def main(ctx: click.Context, verbose: bool, as_user: str | None) -> None:
    """govcat: an open-government data catalog with a validation gate and a privacy screen."""
    ctx.obj = {"as_user": as_user}
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not verbose:
        # The Elasticsearch client logs each retry with a traceback; the failure that follows
        # is reported as one line (catalog.search.SearchError).
        logging.getLogger("elastic_transport").setLevel(logging.ERROR)


@main.command()
@one_line_errors
def init() -> None:
    """Create (or migrate) the catalog under GOVCAT_HOME."""
    from api.store import init_catalog
    from catalog.housekeeping import clean_leftovers

    settings = Settings.from_env()
    catalog = init_catalog(settings)
    try:
        clean_leftovers(catalog)
    finally:
        catalog.close()
    click.echo(f"catalog ready at {settings.home} ({_safe_url(settings.database_url)})")


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@main.command()
@click.option("--host", help="Listen address (default GOVCAT_HOST).")
@click.option("--port", type=int, help="Port (default GOVCAT_PORT).")
@one_line_errors
def serve(host: str | None, port: int | None) -> None:
    """Serve the portal and the API of an initialised catalog.

    The server is gunicorn: GOVCAT_WEB_WORKERS processes (default: one per CPU) of 4 threads
    each, every one opening the catalog itself. SIGTERM or Ctrl+C stops it."""
    settings = Settings.from_env(host=host, port=port)
    with opened():  # a missing or outdated catalog is one error line, before any worker starts
        pass
    _serve(settings)


def _serve(settings: Settings) -> None:
    """Run the production server (api.server) over the catalog of settings until stopped."""
    from api.server import default_workers, serve

    base = f"http://{settings.host}:{settings.port}"
    workers = settings.web_workers or default_workers()

    def ready() -> None:
        click.echo(f"portal: {base}/   API: {base}/api/v1/datasets   "
                   f"({workers} worker(s); Ctrl+C stops)")

    serve(settings, on_ready=ready)


@main.command()
@click.option("--no-serve", is_flag=True, help="Load the demo data, then exit.")
@one_line_errors
def demo(no_serve: bool) -> None:
    """Initialise a catalog, harvest the bundled sample departments, then serve it (as
    `govcat serve` does: gunicorn, GOVCAT_HOST and GOVCAT_PORT).

    The departments' folders are directory sources; a department's data.json catalogue is
    harvested over HTTP from a server on 127.0.0.1 that runs only while it is harvested."""
    from api.demo import load_demo
    from api.store import init_catalog

    settings = Settings.from_env()
    catalog = init_catalog(settings)
    try:
        click.echo(f"catalog at {settings.home}; loading the demo departments…")
        result = load_demo(catalog, _print_progress, click.echo)
        for summary in result.harvests:
            click.echo(summary.line())
    finally:
        catalog.close()  # the server's workers open their own
    if not no_serve:
        _serve(settings)


def _print_progress(key: str, outcome: Any, error: str | None) -> None:
    if error:
        click.echo(f"  ✗ {key}: {error}")
    elif outcome is None:
        click.echo(f"  = {key}: unchanged at the source")
    else:
        click.echo(f"  {'✓' if outcome.public else '•'} {key} → {outcome.summary()}")
        for line in _why_invalid(outcome):
            click.echo(f"      {line}")


_SHOWN_ERRORS = 3  # a harvest's line for an invalid file shows its first errors


def _why_invalid(outcome: Any) -> list[str]:
    """Why an invalid dataset's files were refused: each invalid table's first errors and
    the likely cause, then where to see them all (the messages were screened)."""
    if not outcome.invalid:
        return []
    lines = []
    for validation in outcome.validations:
        if validation.valid:
            continue
        lines.append(f"{validation.resource}: {validation.error_count} validation error(s)")
        lines += [f"  - {error.message}" for error in validation.errors[:_SHOWN_ERRORS]]
        lines += [f"  ⇒ {hint}" for hint in validation.hints]
    lines.append(f"all the errors: govcat history {outcome.dataset_name}")
    return lines


@main.group()
def publisher() -> None:
    """Departments that publish datasets."""


@publisher.command("add")
@click.argument("code")
@click.argument("name")
@click.option("--name-en", help="English name.")
@click.option("--description", help="What the department does.")
@one_line_errors
def publisher_add(code: str, name: str, name_en: str | None, description: str | None) -> None:
    """Register a department: CODE (a-z, 0-9, '-') and its NAME."""
    from publishers.services import add_publisher

    with opened() as catalog:
        add_publisher(catalog, code, name, name_en=name_en, description=description,
                      actor=acting(catalog, "publisher_add"))
    click.echo(f"publisher {code} added")


@publisher.command("list")
@one_line_errors
def publisher_list() -> None:
    """List departments with their number of public datasets."""
    from catalog.queries import list_publishers

    with opened() as catalog:
        for item in list_publishers(catalog):
            click.echo(f"{item['code']:<20} {item['dataset_count']:>5}  {item['name']}")


@publisher.command("policy")
@click.argument("code")
@click.argument("policy_file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--clear", is_flag=True, help="Go back to the default policy.")
@one_line_errors
def publisher_policy(code: str, policy_file: str | None, clear: bool) -> None:
    """Show, set (from POLICY_FILE, JSON or YAML) or --clear a publisher's privacy policy.

    The file maps entities to mask | pseudonymize | generalize | drop | block and sets the
    k-anonymity threshold; see privacy/policy.py for the format.
    """
    from privacy.policy import read_policy_mapping
    from publishers.services import get_policy, set_policy

    with opened() as catalog:
        if clear or policy_file:
            actor = acting(catalog, "publisher_policy", code)
            set_policy(catalog, code, None if clear else read_policy_mapping(Path(policy_file)),
                       actor=actor)
            click.echo(f"policy of {code} {'cleared' if clear else 'set'}")
        else:
            policy = get_policy(catalog, code)
            click.echo(json.dumps(policy, ensure_ascii=False, indent=2) if policy else "default")


@main.group()
def source() -> None:
    """Harvest sources."""


@source.command("add")
@click.argument("name")
@click.option("--type", "type_name", default="directory", show_default=True,
              help="Source type: directory (a folder), ckan (a CKAN portal), dcat (a DCAT "
                   "catalog in RDF/XML, Turtle or JSON-LD), datajson (a DCAT-US data.json) or "
                   "datapackage (one datapackage.json).")
@click.option("--path", type=click.Path(), help="Folder (directory sources), a DCAT catalog "
              "file (or a folder holding catalog.ttl, .rdf or .jsonld), a data.json file, or a "
              "datapackage.json or its folder.")
@click.option("--url", help="The portal's address (ckan sources), e.g. "
              "https://data.example.gov.cn; a DCAT catalog's first page, a data.json's or a "
              "datapackage.json's URL.")
@click.option("--publisher", "publisher_code",
              help="Publish every dataset under this publisher (required for directory and "
                   "datapackage sources). Without it, a portal's datasets go under the "
                   "publishers of their remote organisations, created as they appear.")
@click.option("--resources", type=click.Choice(["fetch", "link"]), default="fetch",
              show_default=True,
              help="fetch: download the tables the screen reads (CSV, TSV, XLSX, JSON), "
                   "screen and serve them, and list the other files as links to the source; "
                   "link: list every file as a link to the source and screen the metadata "
                   "only (for a portal that publishes its files itself).")
@click.option("--organization", "organizations", multiple=True,
              help="Harvest only this organisation of the portal (repeatable; ckan sources).")
@click.option("--group", "groups", multiple=True,
              help="Harvest only this group of the portal (repeatable; ckan sources).")
@click.option("--allow-private-network", is_flag=True,
              help="Let the source reach loopback and private addresses (a department's "
                   "intranet); refused by default. Link-local addresses are always refused.")
@click.option("--follow-symlinks", is_flag=True,
              help="Read symbolic links that stay inside the folder (directory sources; "
                   "links are refused by default, and one leading out always is).")
@click.option("--schedule", type=click.Choice(["hourly", "daily", "weekly"]),
              help="Harvest it on this schedule with `govcat harvest --due` (from cron).")
@click.option("--safety-valve", type=click.FloatRange(0, 1), metavar="SHARE",
              help="Withdraw nothing when a full gather finds fewer than this share of the "
                   "source's known datasets (default 0.5; 0: always withdraw what is missing).")
@one_line_errors
def source_add(name: str, type_name: str, path: str | None, url: str | None,
               publisher_code: str | None, resources: str, organizations: tuple[str, ...],
               groups: tuple[str, ...], allow_private_network: bool, follow_symlinks: bool,
               schedule: str | None, safety_valve: float | None) -> None:
    """Register a harvest source NAME (its options are checked by its type)."""
    from harvesters.jobs import add_source

    given = {"path": path, "url": url, "organizations": list(organizations),
             "groups": list(groups), "allow_private_network": allow_private_network,
             "follow_symlinks": follow_symlinks,
             "resources": resources if resources != "fetch" else None}
    with opened() as catalog:
        actor = acting(catalog, "source_add", publisher_code) if publisher_code \
            else acting(catalog, "publisher_add")  # its datasets' publishers are made as found
        add_source(catalog, name, type_name, publisher_code,
                   {key: value for key, value in given.items() if value not in (None, [], False)},
                   schedule, safety_valve, actor=actor)
    click.echo(f"source {name} added")


@source.command("list")
@one_line_errors
def source_list() -> None:
    """List harvest sources and their last job."""
    from harvesters.jobs import list_sources

    with opened() as catalog:
        for item in list_sources(catalog):
            job = item["last_job"]
            last = _job_line(job).split("  ", 1)[1] if job else "never"
            click.echo(f"{item['name']:<24} {item['type']:<10} {item['publisher']:<12} {last}")


@source.command("show")
@click.argument("name")
@one_line_errors
def source_show(name: str) -> None:
    """A source's type, publisher, configuration and last jobs."""
    from harvesters.jobs import list_jobs, list_sources

    with opened() as catalog:
        found = next((s for s in list_sources(catalog) if s["name"] == name), None)
        if found is None:
            raise Failure(f"unknown source {name!r} (see `govcat source list`)")
        recent = list_jobs(catalog, name, limit=5)
    click.echo(f"{found['name']}: {found['type']} source of publisher {found['publisher']}")
    for key, value in found["config"].items():  # a folder may be named after a person
        click.echo(f"  {key}: {screened(str(value))}")
    for job in recent:
        click.echo("  " + _job_line(job))


@source.command("remove")
@click.argument("name")
@one_line_errors
def source_remove(name: str) -> None:
    """Remove a source and its jobs; its datasets are withdrawn (410 Gone), history kept."""
    from harvesters.jobs import remove_source, source_publisher

    with opened() as catalog:
        withdrawn = remove_source(catalog, name,
                                  actor=acting(catalog, "source_remove", source_publisher(
                                      catalog, name)))
    click.echo(f"source {name} removed; {withdrawn} dataset(s) withdrawn")


@main.command()
@click.argument("name", required=False)
@click.option("--all", "harvest_all", is_flag=True, help="Harvest every source.")
@click.option("--due", is_flag=True,
              help="Harvest the sources whose --schedule is due (run it from cron).")
@click.option("--full", is_flag=True,
              help="Gather every dataset of the source, not only what changed since the last "
                   "run; datasets no longer there are then withdrawn (410 Gone).")
@click.option("--dry-run", is_flag=True,
              help="Gather and count what a harvest would add, update, withdraw or refuse, "
                   "and change nothing (no job is recorded).")
@click.option("--limit", type=click.IntRange(min=1),
              help="Stop after this many datasets (the job ends 'partial' and withdraws "
                   "nothing).")
@one_line_errors
def harvest(name: str | None, harvest_all: bool, due: bool, full: bool, dry_run: bool,
            limit: int | None) -> None:
    """Harvest source NAME (or --all, or --due) into the catalog.

    On a terminal a progress bar runs; otherwise each dataset gets a line. Each source ends
    with its counts. With several sources, one that fails (a portal down, a job already
    running) is reported and the others are harvested; the exit status is then 1.
    """
    heavy_import("harvesters.jobs")
    from catalog.errors import CatalogError
    from harvesters.jobs import dry_run as harvest_dry_run
    from harvesters.jobs import due_sources, run_harvest, source_names, source_publisher

    if sum((bool(name), harvest_all, due)) != 1:
        raise Failure("give a source NAME, --all or --due")
    run = harvest_dry_run if dry_run else run_harvest
    with opened() as catalog:
        names = [name] if name else source_names(catalog) if harvest_all else due_sources(catalog)
        failed = 0
        for source_name in names:
            try:
                with _harvest_progress(str(source_name)) as progress:
                    extra = {} if dry_run else {"actor": acting(
                        catalog, "source_harvest", source_publisher(catalog, str(source_name)))}
                    summary = run(catalog, str(source_name), progress, full=full, limit=limit,
                                  **extra)
            except CatalogError as exc:
                if name:
                    raise
                click.echo(f"{source_name}: failed ({screened(' '.join(str(exc).split()))})")
                failed += 1
                continue
            click.echo(summary.line() + ("; nothing was changed" if dry_run else ""))
            failed += summary.counts.get("errored", 0) + summary.counts.get("invalid", 0)
        if due and not names:
            click.echo("no source is due")
    if failed:
        sys.exit(1)


@contextmanager
def _harvest_progress(source_name: str) -> Iterator[Callable[..., None]]:
    """A progress bar of the datasets done on a terminal; a line per dataset elsewhere."""
    if not sys.stdout.isatty():
        yield _print_progress
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"),
               TextColumn("{task.completed} datasets"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task(source_name)

        def advance(key: str, outcome: Any, error: str | None) -> None:
            if error:  # kept above the bar (the key and message are screened already)
                bar.console.print(f"  ✗ {key}: {error}", markup=False, highlight=False)
            elif outcome is not None and outcome.invalid:
                bar.console.print(f"  • {key} → {outcome.summary()}", markup=False,
                                  highlight=False)
                for line in _why_invalid(outcome):
                    bar.console.print(f"      {line}", markup=False, highlight=False)
            bar.update(task, advance=1, description=f"{source_name}: {key[:60]}")

        yield advance


@main.group()
def jobs() -> None:
    """Harvest jobs: what each harvest found and did."""


def _job_line(job: dict[str, Any]) -> str:
    counts = ", ".join(f"{k} {v}" for k, v in job["counts"].items() if v) or "nothing found"
    return f"{job['id']}  {job['source']:<20} {job['status']:<9} {job['started'][:19]}  {counts}"


@jobs.command("list")
@click.option("--source", "source_name", help="Only the jobs of this source.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one array, newest first).")
@one_line_errors
def jobs_list(source_name: str | None, as_json: bool) -> None:
    """The newest harvest jobs, newest first."""
    from harvesters.jobs import list_jobs

    with opened() as catalog:
        found = list_jobs(catalog, source_name)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for job in found:
        click.echo(_job_line(job))


@jobs.command("show")
@click.argument("job_id")
@click.option("--json", "as_json", is_flag=True, help="Print the job as JSON.")
@one_line_errors
def jobs_show(job_id: str, as_json: bool) -> None:
    """One harvest job: its counts and its per-item errors."""
    from harvesters.jobs import show_job

    with opened() as catalog:
        job = show_job(catalog, job_id)
    if as_json:
        click.echo(json.dumps(job, ensure_ascii=False, indent=2))
        return
    click.echo(_job_line(job))
    if job["finished"]:
        click.echo(f"finished {job['finished'][:19]}")
    for error in job["errors"]:
        click.echo(f"  ✗ {error['key'] or '(the job)'}: {error['message']}")


def _layout_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--sheet, --header-rows and --skip-rows: where a table lies, when detection is wrong."""
    command = click.option(
        "--skip-rows", type=click.IntRange(min=0), metavar="N",
        help="Rows above the header (a title, a unit line) to leave out; default: detected.",
    )(command)
    command = click.option(
        "--header-rows", type=click.IntRange(min=1), metavar="N",
        help="How many rows the header has (a two-row merged header: 2; its rows are joined "
             "with '/'); default: detected.",
    )(command)
    return click.option(
        "--sheet", metavar="NAME",
        help="Only this sheet of a workbook (its name or position); default: every sheet "
             "that holds a cell, each its own resource.",
    )(command)


@main.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--publisher", "publisher_code", required=True, help="Publisher code.")
@click.option("--title", help="Dataset title (default: from metadata or the file name).")
@click.option(
    "--metadata",
    "metadata_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Metadata file (JSON or YAML) following the catalog's metadata standard.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as JSON.")
@click.option("--follow-symlinks", is_flag=True,
              help="Read symbolic links inside a published folder that stay inside it.")
@_layout_options
@one_line_errors
def publish(
    path: Path, publisher_code: str, title: str | None, metadata_file: Path | None, as_json: bool,
    follow_symlinks: bool, sheet: str | None, header_rows: int | None, skip_rows: int | None,
) -> None:
    """Publish PATH (a CSV/TSV/XLSX/XLS/ODS/JSON file, a folder, or a datapackage.json).

    Title rows above a table, a header of several (merged) rows and notes below it are found
    by themselves; --sheet, --header-rows and --skip-rows say where the table lies when they
    are not (for every table of PATH). The dataset passes validation and the privacy screen
    first; exits 1 if it is not valid.
    """
    heavy_import("catalog.pipeline")
    from catalog import pipeline
    from catalog.housekeeping import clean_leftovers
    from harvesters.files import intake_from_path

    record = intake_from_path(path, title=title, metadata_file=metadata_file,
                              provenance={"source": "cli", "source_type": "upload"},
                              follow_symlinks=follow_symlinks)  # fmt: skip
    record = record.with_layout(sheet=sheet, header_rows=header_rows, skip_rows=skip_rows)
    with opened() as catalog:
        actor = acting(catalog, "package_create", publisher_code)
        clean_leftovers(catalog)
        outcome = pipeline.publish(catalog, record, publisher_code=publisher_code, actor=actor)
    if as_json:
        click.echo(json.dumps(outcome.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(outcome.summary())
        _echo_validations(outcome.validations)
        _echo_findings(outcome.findings)
        if outcome.status == "held":
            click.echo(
                "held for privacy review: see `govcat review show " + outcome.dataset_name + "`"
            )
    if outcome.status == "invalid":
        sys.exit(1)


def _echo_validations(validations: list[Any]) -> None:
    for validation in validations:
        if not validation.valid:
            click.echo(f"  {validation.resource}: {validation.error_count} validation error(s)")
            for error in validation.errors[:50]:
                click.echo(f"    - {error.message}")
            for hint in validation.hints:
                click.echo(f"    ⇒ {hint}")


def _echo_findings(findings: list[dict[str, Any]], prefix: str = "  ") -> None:
    for f in findings:
        where = f"{f.get('resource') or '(metadata)'}: {f['field']}"
        review = " [review]" if f["needs_review"] else ""
        note = f" ({f['note']})" if f.get("note") else ""
        click.echo(
            f"{prefix}{f['entity']:<16} {where} — {f['count']} × {f['scope']}, "
            f"confidence {f['confidence']:.2f}, {f['action']}{review}{note}"
        )


@main.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@_layout_options
@click.option("--json", "as_json", is_flag=True,
              help="Print each table's validity, row count and errors as JSON.")
@one_line_errors
def validate(path: Path, sheet: str | None, header_rows: int | None,
             skip_rows: int | None, as_json: bool) -> None:
    """Validate PATH's tables as Frictionless does (nothing is published); exits 1 if invalid.

    A workbook's sheets are validated each, as the resources they would be published as. A
    CSV table is checked by govcat's fast path (Frictionless' errors, in worker processes for
    a large file; GOVCAT_SCREEN_WORKERS), anything else by Frictionless itself."""
    from catalog.gate import validate_intake
    from harvesters.files import intake_from_path

    settings = Settings.from_env()
    record = intake_from_path(path).with_layout(sheet=sheet, header_rows=header_rows,
                                                skip_rows=skip_rows)
    # the screen of the messages loads while worker processes validate a large table
    validations = [v.screened(screened) for v in validate_intake(
        record, settings.table_limits, settings.screen_workers, meanwhile=_label_screen)]
    if as_json:
        click.echo(json.dumps({"valid": all(v.valid for v in validations),
                               "tables": [v.to_dict() for v in validations]},
                              ensure_ascii=False, indent=2))
        if not all(v.valid for v in validations):
            sys.exit(1)
        return
    for validation in validations:
        click.echo(validation.summary() if validation.valid else f"{validation.resource}: invalid")
    _echo_validations(validations)
    if not all(v.valid for v in validations):
        sys.exit(1)


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print findings and decision as JSON.")
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the remediated table here (whatever the decision), in the format its "
         "suffix names: in the input's format, its types, layout and conventions are kept.",
)
@click.option(
    "--policy",
    "policy_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Remediation policy file (JSON or YAML) to apply instead of the defaults.",
)
@click.option(
    "--context",
    default="",
    help="Dataset identity that scopes pseudonyms (needed when the policy pseudonymizes).",
)
@click.option(
    "--workers",
    envvar="GOVCAT_SCREEN_WORKERS",
    default="auto",
    show_default=True,
    help="Processes screening a CSV file of 8 MB or more: a number, or auto (one per CPU).",
)
@one_line_errors
def screen(
    path: Path, as_json: bool, output: Path | None, policy_file: Path | None, context: str,
    workers: str,
) -> None:
    """Dry-run the privacy screen on a table file: findings and the decision."""
    heavy_import("privacy.screen")
    from privacy import Screener, load_policy

    policy = load_policy(policy_file) if policy_file else None
    screener = Screener(policy=policy, workers=parse_workers(workers),
                        limits=Settings.from_env().table_limits)
    result = screener.screen_file(path, output, context=context or str(path.name))
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        name = screened(path.name, screener)
        click.echo(f"{name}: {result.row_count} rows, decision: {result.decision}")
        _echo_findings([{**f.to_dict(), "resource": name} for f in result.findings])
        if output:
            click.echo(f"remediated table written to {screened(str(output), screener)}")


@main.group("privacy")
def privacy_group() -> None:
    """The privacy screen as a measurable library."""


@privacy_group.command("eval")
@click.argument("corpora", nargs=-1, required=True, metavar="PATH[#START:END]...")
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the scores as JSON to this file (nothing is written by default).",
)
@one_line_errors
def privacy_eval(corpora: tuple[str, ...], output: Path | None) -> None:
    """Score the screen on labelled corpora: person names, exact spans, over-masking.

    Each PATH is a corpus file or a folder (every corpus file in it, recursively). Formats
    are detected from the content: JSONL ({"text", "spans": [{"start", "end", "label"}]}),
    CLUENER JSON, a span-labelled JSON array ([{"full_text", "spans": [{"entity_type",
    "start_position", "end_position"}]}]), MSRA's *sentences*.txt (read with its *tags*.txt
    sibling), and character-per-line BIO/BIOES/BMES files (Resume, Weibo's conll).

    PATH#START:END keeps records START to END-1 of a file, counted from 0; either bound may
    be left out (msra/val_sentences.txt#2000: is the records from the 2,000th on).

    Printed per corpus and overall: records, characters, gold names; recall (a name is caught
    when any of its characters is changed); whole (names with every character that masking
    hides changed: all but a surname); exact-span precision, recall and F1 of PERSON;
    over-masking (the share of characters outside every personal span that were changed).
    A JSONL corpus also gets precision, recall and F1 per label (a predicted span counts
    when it overlaps a gold span of the same label); a span-JSON corpus, the share of each
    entity type caught (any character changed).
    """
    import time

    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    heavy_import("privacy.screen")
    from privacy import Screener
    from privacy.corpora import resolve
    from privacy.evaluation import NameScore, evaluate_corpora

    try:
        found = resolve(corpora)
        for path in found.skipped:
            click.echo(f"skipped {screened(str(path))}: not a corpus file", err=True)
        if not found.specs:
            raise Failure("no corpus files found")
        console = Console(stderr=True)
        started: dict[str, float] = {}
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=console, transient=True,
                      disable=not console.is_terminal) as bar:
            tasks: dict[str, Any] = {}

            def progress(spec: Any, score: NameScore, done: bool) -> None:
                name = spec.name
                if name not in tasks:
                    started[name] = time.monotonic()
                    tasks[name] = bar.add_task(name)
                if done:
                    bar.remove_task(tasks.pop(name))
                    seconds = time.monotonic() - started[name]
                    console.print(f"{name}  {score.records:,} records, {score.characters:,} "
                                  f"characters in {seconds:.1f} s", markup=False,
                                  highlight=False, soft_wrap=True)
                else:
                    bar.update(tasks[name], description=f"{name}  {score.records:,} records, "
                               f"{score.characters:,} characters")

            report = evaluate_corpora(found.specs, Screener(), progress=progress)
    except ValueError as exc:
        raise Failure(screened(" ".join(str(exc).split()))) from None
    for score in report.corpora:
        if score.labels is not None:
            click.echo(f"{score.corpus}: per label (a span counts when it overlaps gold)")
            click.echo(score.labels.report().to_table())
            click.echo()
    click.echo(report.to_table())
    if output:
        output.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2),
                          encoding="utf-8")
        click.echo(f"scores written to {screened(str(output))}")


@main.group()
def review() -> None:
    """Privacy review of held revisions."""


@review.command("list")
@one_line_errors
def review_list() -> None:
    """Revisions held for review (with --as, those of the publishers where the account is
    an admin or a privacy reviewer)."""
    from catalog.review import list_held

    with opened() as catalog:
        held = list_held(catalog, within=readable(catalog, "review_list"))
    if not held:
        click.echo("nothing to review")
    for item in held:
        click.echo(
            f"{item['dataset']:<40} rev {item['revision']:<3} {item['needs_review']} to review, "
            f"{item['findings']} findings  {item['title']}"
        )


@review.command("show")
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@one_line_errors
def review_show(ref: str, as_json: bool) -> None:
    """Findings of a held revision REF (dataset name or revision id), values masked (with
    --as, as an admin or privacy reviewer of its publisher)."""
    from catalog.editing import find_for_write
    from catalog.review import held_dataset, review_detail

    with opened() as catalog:
        acting(catalog, "review_list", find_for_write(catalog, held_dataset(catalog, ref)))
        detail = review_detail(catalog, ref)
    if as_json:
        click.echo(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    click.echo(f"{detail['dataset']} revision {detail['revision']}: {detail['title']}")
    for finding in detail["findings"]:
        _echo_findings([finding], f"{finding['number']:>3}. ")
        for example in finding["examples"]:
            click.echo(f"        {finding['field']}: {example}")
    if any(f["may_be_not_personal"] for f in detail["findings"]):
        click.echo("a finding that is not personal data (a stop, a shop): "
                   f"govcat review reject {detail['dataset']} --not-personal N[,N...]")


@review.command("approve")
@click.argument("ref")
@click.option("--note", default="", help="Why.")
@one_line_errors
def review_approve(ref: str, note: str) -> None:
    """Publish the remediated held revision REF (as a privacy reviewer of its publisher
    with `govcat --as USER`)."""
    from catalog.editing import find_for_write
    from catalog.review import approve, held_dataset

    with opened() as catalog:
        actor = acting(catalog, "review_approve",
                       find_for_write(catalog, held_dataset(catalog, ref)))
        result = approve(catalog, ref, actor=actor, note=note)
    click.echo(f"{result['dataset']} revision {result['revision']} approved and published")


@review.command("reject")
@click.argument("ref")
@click.option("--note", default="", help="Why (required unless --not-personal says it).")
@click.option("--not-personal", "not_personal", metavar="N[,N...]",
              help="Findings (numbered by `review show`) that are not personal data: their "
                   "terms join the publisher's allow-list for the next publish or harvest.")
@one_line_errors
def review_reject(ref: str, note: str, not_personal: str | None) -> None:
    """Reject the held revision REF; the previously published revision stays up (as a
    privacy reviewer of its publisher with `govcat --as USER`)."""
    from catalog.editing import find_for_write
    from catalog.review import held_dataset, reject

    numbers = _numbers(not_personal) if not_personal else []
    with opened() as catalog:
        actor = acting(catalog, "review_reject",
                       find_for_write(catalog, held_dataset(catalog, ref)))
        result = reject(catalog, ref, actor=actor, note=note, not_personal=numbers)
    click.echo(f"{result['dataset']} revision {result['revision']} rejected")
    if numbers:
        click.echo("the terms of findings " + ", ".join(map(str, numbers)) + " will be kept "
                   "as they are: harvest or publish the dataset again")


def _numbers(text: str) -> list[int]:
    """1,3,4 as numbers (Failure when it is not)."""
    try:
        numbers = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise Failure(f"--not-personal takes finding numbers such as 1,3, not {text!r}") from None
    if not numbers:
        raise Failure("--not-personal needs at least one finding number")
    return numbers


@main.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@one_line_errors
def history(name: str, as_json: bool) -> None:
    """Revisions of dataset NAME: what was published, held, refused, and why."""
    from catalog.review import dataset_history

    with opened() as catalog:
        found = dataset_history(catalog, name)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    current = found["current_revision"]
    click.echo(f"{found['dataset']} ({found['publisher']}), public revision: {current or 'none'}")
    for rev in found["revisions"]:
        click.echo(
            f"  rev {rev['revision']:<3} {rev['status']:<10} {rev['created_at'][:19]}  "
            f"validation {rev['validation_status']}, privacy {rev['privacy_status']}"
            + (f", by {rev['decided_by']}" if rev["decided_by"] else "")
        )
        for report in rev["validation"]:
            for error in report["errors"][:20]:
                click.echo(f"      {report['resource']}: {error['message']}")


@main.group()
def user() -> None:
    """Accounts: the people who sign in to the portal and hold API tokens."""


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("password", hide_input=True, confirmation_prompt=True)


@user.command("add")
@click.argument("name")
@click.option("--display-name", help="The person's name as the portal shows it.")
@click.option("--email", help="Where to reach them.")
@click.option("--site-admin", is_flag=True, help="May do anything, at every publisher.")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from the first line of standard input (for scripts); "
                   "otherwise it is asked for twice, unechoed.")
@click.option("--no-password", is_flag=True,
              help="No password: the account cannot sign in to the portal, only hold tokens.")
@one_line_errors
def user_add(name: str, display_name: str | None, email: str | None, site_admin: bool,
             password_stdin: bool, no_password: bool) -> None:
    """Create the account NAME (a-z, 0-9, '.', '_', '-'); passwords are kept as argon2
    hashes."""
    from publishers.accounts import add_user

    password = None if no_password else _password(password_stdin)
    with opened() as catalog:
        add_user(catalog, name, password, actor=acting(catalog, "user_add"),
                 display_name=display_name, email=email, site_admin=site_admin)
    click.echo(f"user {name} added" + (" (site admin)" if site_admin else ""))


@user.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@one_line_errors
def user_list(as_json: bool) -> None:
    """Every account with its roles (publisher:role)."""
    from publishers.accounts import list_users

    with opened() as catalog:
        acting(catalog, "user_list")
        users = list_users(catalog)
    if as_json:
        click.echo(json.dumps(users, ensure_ascii=False, indent=2))
        return
    for item in users:
        state = "disabled" if item["disabled_at"] else "site admin" if item["site_admin"] \
            else "active"
        click.echo(f"{item['name']:<24} {state:<10} {' '.join(item['roles'])}")


@user.command("disable")
@click.argument("name")
@one_line_errors
def user_disable(name: str) -> None:
    """Disable the account NAME: no more sign-ins; its tokens and sessions stop working."""
    from publishers.accounts import disable_user

    with opened() as catalog:
        disable_user(catalog, name, actor=acting(catalog, "user_disable"))
    click.echo(f"user {name} disabled")


@main.group()
def member() -> None:
    """Roles of accounts at publishers: admin, editor, privacy_reviewer, disclosure_officer
    (the README's table says who may do what)."""


@member.command("add")
@click.argument("user_name", metavar="USER")
@click.argument("publisher_code", metavar="PUBLISHER")
@click.argument("role", metavar="ROLE")
@one_line_errors
def member_add(user_name: str, publisher_code: str, role: str) -> None:
    """Give USER the ROLE at PUBLISHER (admin, editor, privacy_reviewer,
    disclosure_officer)."""
    from publishers.accounts import add_member

    with opened() as catalog:
        add_member(catalog, user_name, publisher_code, role,
                   actor=acting(catalog, "member_add", publisher_code))
    click.echo(f"{user_name} is {role} at {publisher_code}")


@member.command("remove")
@click.argument("user_name", metavar="USER")
@click.argument("publisher_code", metavar="PUBLISHER")
@click.argument("role", metavar="ROLE")
@one_line_errors
def member_remove(user_name: str, publisher_code: str, role: str) -> None:
    """Take the ROLE at PUBLISHER from USER."""
    from publishers.accounts import remove_member

    with opened() as catalog:
        remove_member(catalog, user_name, publisher_code, role,
                      actor=acting(catalog, "member_remove", publisher_code))
    click.echo(f"{user_name} is no longer {role} at {publisher_code}")


@main.group()
def token() -> None:
    """API tokens: `Authorization: Bearer <token>` (CKAN clients: their API key)."""


@token.command("create")
@click.argument("user_name", metavar="USER")
@click.option("--publisher", "publisher_code", metavar="P",
              help="Limit the token to this publisher (its holder acts there only).")
@click.option("--expires", "days", type=click.IntRange(1, 3650), metavar="DAYS",
              help="Expire after DAYS days (default: never; revoke it instead).")
@click.option("--scope", type=click.Choice(["read", "write"]), default="write",
              show_default=True, help="read: no write is allowed with it.")
@one_line_errors
def token_create(user_name: str, publisher_code: str | None, days: int | None,
                 scope: str) -> None:
    """Make an API token for USER and print it: it is shown this once (only its hash is
    kept)."""
    from publishers.tokens import create_token

    with opened() as catalog:
        # a token acts with its account's own roles: making one for another account is the
        # site admin's (or that account's own, through --as or the portal)
        actor = _self_or_admin(catalog, user_name)
        made, secret = create_token(catalog, user_name, actor=actor, publisher=publisher_code,
                                    expires_days=days, scope=scope)
    click.echo(secret)
    click.echo(f"token {made['id']} of {user_name} ({scope}"
               + (f", publisher {publisher_code}" if publisher_code else "")
               + (f", expires {made['expires_at'][:10]}" if made["expires_at"] else "")
               + "): shown once, keep it now", err=True)


def _self_or_admin(catalog: Any, user_name: str) -> Any:
    from catalog.actor import Actor

    ctx = click.get_current_context()
    if (ctx.find_root().obj or {}).get("as_user") == user_name:
        from publishers.accounts import principal

        principal(catalog, user_name, "cli")  # enabled
        return Actor(user_name, "self", "cli")
    return acting(catalog, "user_add")


@token.command("list")
@click.argument("user_name", metavar="USER", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@one_line_errors
def token_list(user_name: str | None, as_json: bool) -> None:
    """Tokens (of USER), newest first: their first characters, never a secret."""
    from publishers.tokens import list_tokens

    with opened() as catalog:
        if user_name is None:
            acting(catalog, "user_list")
        else:
            _self_or_admin(catalog, user_name)
        found = list_tokens(catalog, user_name)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for item in found:
        click.echo(f"{item['id']}  {item['user']:<16} {item['hint']:<14} {item['scope']:<5} "
                   f"{item['state']:<8} {item['publisher'] or '-':<12} "
                   f"last used {(item['last_used_at'] or 'never')[:19]}")


@token.command("revoke")
@click.argument("token_id", metavar="ID")
@one_line_errors
def token_revoke(token_id: str) -> None:
    """Revoke the token ID (`govcat token list` shows ids)."""
    from publishers.tokens import revoke_token, token_owner

    with opened() as catalog:
        revoke_token(catalog, token_id, actor=_self_or_admin(catalog,
                                                             token_owner(catalog, token_id)))
    click.echo(f"token {token_id} revoked")


@main.command()
@click.option("--limit", type=click.IntRange(1, 10000), default=50, show_default=True)
@click.option("--user", "user_name", help="Only this actor's events.")
@click.option("--action", help="Only events of this action (dataset.create, review.approve…).")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@one_line_errors
def audit(limit: int, user_name: str | None, action: str | None, as_json: bool) -> None:
    """The audit trail, newest first: who did what, when, in which role, through which
    channel."""
    from catalog.audit import recent_events

    with opened() as catalog:
        acting(catalog, "user_list")
        events = recent_events(catalog, limit=limit, actor=user_name, action=action)
    if as_json:
        click.echo(json.dumps(events, ensure_ascii=False, indent=2))
        return
    for event in events:
        click.echo(f"{event['at'][:19]}  {event['actor']:<16} {event['role'] or '-':<16} "
                   f"{event['channel'] or '-':<7} {event['action']:<18} {event['target']}")


@main.command()
@one_line_errors
def reindex() -> None:
    """Rebuild the search index from the store, and repair the row store (the row tables of
    what is published: built where missing, dropped where no longer published)."""
    from catalog.indexing import reindex as rebuild
    from catalog.rowstore.sync import repair

    with opened() as catalog:
        count = rebuild(catalog)
        repaired = repair(catalog.sessions, catalog.files,
                          workers=catalog.settings.screen_workers)
    click.echo(f"reindexed {count} published dataset(s); row tables of {repaired.datasets} "
               f"dataset(s) built or dropped")


# The disclosure-request and annual-report commands live in their own module; importing it
# adds them to `main` (it imports main from here, so it comes last).
from api import cli_access, cli_dashboard, cli_requests  # noqa: E402, F401

if __name__ == "__main__":
    main()
