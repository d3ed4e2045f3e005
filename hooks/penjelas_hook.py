"""MkDocs glue for Penjelas: the only module that imports MkDocs.

on_config   read and validate content/, extract every story, build the nav.
            This runs before MkDocs empties site/, so bad content aborts the
            build and leaves the last good site in place. Drafts are left out
            of `mkdocs build`; `mkdocs serve` shows them.
on_files    add the generated pages (in memory: nothing is written to docs/).
on_page_markdown  hand a generated page its metadata as Python values.
on_page_content   its HTML (and the home page's story list); under serve,
            the error banner above every page while the content has errors.
on_serve    watch content/, so `mkdocs serve` rebuilds when a note changes.
on_env      under `mkdocs serve`, keep the theme's compiled templates across rebuilds.

What one build needs hangs off its config object. The state kept at module
level (MkDocs loads a hook once per process, so it outlives a rebuild) is
``_Serving``: under `mkdocs serve`, the last build whose content was good.
While the content has errors, that build is served again (MkDocs' server
stops answering altogether after a failed rebuild) with the problems listed
on every page; serve starts even when the content is broken (an empty site
with the banner), and fixing it recovers without a restart.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
import socket
from pathlib import Path

import jinja2
from watchdog.events import FileModifiedEvent, FileSystemEventHandler
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from penjelas.build import Progress, SiteBuild, safe_prepare
from penjelas.preview import Preview, signature
from penjelas.render.alert import problems_html
from penjelas.render.languages import mark_chrome, mark_titles
from penjelas.search_index import BackgroundIndex, SearchIndexFailed, build_index

log = logging.getLogger("mkdocs.hooks.penjelas")
STATE = "_penjelas"
_IDS = re.compile(r'\bid="([^"]+)"')
# Unless the caller sets SOURCE_DATE_EPOCH, the build takes it from the content (SiteBuild.epoch).
_EPOCH_FROM_CONTENT = "SOURCE_DATE_EPOCH" not in os.environ


class _Serving:
    active = False  # set by on_startup for `mkdocs serve`
    last_good: SiteBuild | None = None
    address_checked = False
    dirty = False  # `mkdocs serve --dirty`: only what changed is written again (penjelas.preview)
    preview = Preview()
    search: BackgroundIndex | None = None  # the preview's search index, made in the background


ALERT = "_penjelas_alert"  # on the config: the error banner every page shows under `mkdocs serve`


def on_startup(command, dirty):
    _Serving.active = command == "serve"
    _Serving.dirty = bool(dirty) and _Serving.active
    if _Serving.dirty:
        # MkDocs warns that a dirty build gives wrong navigation; this one does not (penjelas.preview).
        logging.getLogger("mkdocs.commands.build").addFilter(
            lambda record: "A 'dirty' build is being performed" not in record.getMessage())


def on_config(config):
    if _Serving.active and not _Serving.address_checked:
        _address_free(config.dev_addr.host, config.dev_addr.port)  # before the first build, not after it
        _Serving.address_checked = True
    root = Path(config.config_file_path or ".").resolve().parent
    docs_dir = Path(config.docs_dir)
    language = config.theme.get("language", "id") or "id"
    result = safe_prepare(root / "content", docs_dir, language, directory_urls=config.use_directory_urls,
                          site_name=config.site_name, base=root, site_url=config.site_url or "",
                          drafts=_Serving.active, progress=Progress(log))
    for problem in result.problems.items:
        (log.error if problem.level == "error" else log.warning)(str(problem))
    setattr(config, ALERT, "")
    if result.problems.errors:
        n = len(result.problems.errors)
        problems = f"Penjelas: {n} problem{'s' if n != 1 else ''} in content/ (listed above)"
        if not _Serving.active:
            raise PluginError(f"{problems}; site/ was left as it was")
        # The preview says so on every page, above the last good site (or an
        # empty one, when the first build already fails), and recovers by itself.
        log.error(f"{problems}; every page of the preview lists {'them' if n != 1 else 'it'} until {'they are' if n != 1 else 'it is'} fixed")
        setattr(config, ALERT, problems_html(result.problems.items, root, _Serving.last_good is not None))
        result = _Serving.last_good or SiteBuild(None, result.problems, language=language)
    elif config.strict and result.problems.warnings:
        # MkDocs would only abort on these after emptying site/: refuse now.
        n = len(result.problems.warnings)
        raise PluginError(f"Penjelas: {n} warning{'s' if n != 1 else ''} in content/ (listed above) with --strict; site/ was left as it was")
    else:
        for line in result.report:
            log.info(line)
        if _Serving.active:
            _Serving.last_good = result
    if _EPOCH_FROM_CONTENT and result.epoch is not None:
        os.environ["SOURCE_DATE_EPOCH"] = str(result.epoch)  # read by MkDocs for the sitemap's dates
    config.nav = result.nav(config.nav)
    setattr(config, STATE, result)
    return config


def on_serve(server, config, builder):
    """Rebuild when content/ changes. Watched from here, not with `watch:` in
    mkdocs.yml, so that a missing content/ gets Penjelas' own message.

    A folder watch dies with its folder: when content/ is moved away and
    back (a branch switch, a restore from backup), the watch is renewed and a
    rebuild started (``_ContentFolder``), so the preview keeps following it."""
    content = Path(config.config_file_path or ".").resolve().parent / "content"
    if content.is_dir():
        server.watch(str(content))
    server.observer.schedule(_ContentFolder(server, content), str(content.parent), recursive=False)
    return server


def _address_free(host: str, port: int) -> None:
    """A second `mkdocs serve` on the same address would end in a traceback
    once the first build is done: say so now, and how to pick another port."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return  # MkDocs reports a host it cannot resolve itself
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds: a closed old socket is no obstacle
        try:
            probe.bind(address)
        except OSError as error:
            raise PluginError(f"Penjelas: cannot serve on {host}:{port} ({error.strerror or error}): another `mkdocs serve` "
                              f"may be running there. Stop it, or use another port: make serve PORT={port + 1} "
                              f"(mkdocs serve -a {host}:{port + 1})") from None


class _ContentFolder(FileSystemEventHandler):
    """Watches the project folder (not its contents) for content/ leaving and coming back."""

    def __init__(self, server, content: Path):
        super().__init__()
        self.server, self.content = server, content

    def on_any_event(self, event) -> None:
        paths = {os.fsdecode(event.src_path), os.fsdecode(getattr(event, "dest_path", "") or "")}
        if str(self.content) not in paths:
            return
        if not self.content.is_dir():
            log.warning("Penjelas: content/ is gone; the preview shows the last good site until it is back")
            return
        try:
            self.server.unwatch(str(self.content))
        except (KeyError, RuntimeError):  # it was never watched: content/ did not exist at start
            pass
        self.server.watch(str(self.content))
        log.info("Penjelas: content/ is back; rebuilding")
        for emitter in list(self.server.observer.emitters):
            if os.fsdecode(emitter.watch.path) == str(self.content):
                emitter.queue_event(FileModifiedEvent(str(self.content)))  # what an edit would queue: MkDocs rebuilds


def on_files(files: Files, config) -> Files:
    """Add the generated files. A page's Markdown is empty: its HTML, made
    by Penjelas, replaces what MkDocs renders (``on_page_content``)."""
    build: SiteBuild = getattr(config, STATE)
    root = Path(config.config_file_path or ".").resolve().parent
    docs_dir = Path(config.docs_dir).resolve()
    up = os.path.relpath(root, docs_dir).replace(os.sep, "/")  # from docs/ to the project: once, not per page
    for page in build.pages:
        if files.get_file_from_path(page.src_uri) is not None:  # checked in on_config already
            raise PluginError(f"Penjelas: generated page {page.src_uri} collides with docs/{page.src_uri}")
        file = File.generated(config, page.src_uri, content="" if page.src_uri.endswith(".md") else page.content)
        if page.edit_path:
            # Relative to docs/, as MkDocs joins it to the configured edit_uri.
            edit = Path(page.edit_path).as_posix()
            file.edit_uri = (posixpath.normpath(f"{up}/{edit}") if not os.path.isabs(edit) and ".." not in edit.split("/")
                             else os.path.relpath(root / page.edit_path, docs_dir).replace(os.sep, "/"))
        files.append(file)
    if _Serving.active and _Serving.dirty:
        _only_what_changed(files, build, config)
    return files


def _unchanged() -> bool:
    return False


def _changed() -> bool:
    return True


def _only_what_changed(files: Files, build: SiteBuild, config) -> None:
    """Under `mkdocs serve --dirty` (`make serve`): MkDocs writes a page again
    when ``file.is_modified()``; penjelas.preview decides, from what each page
    is made of, and the output of a page that is gone is deleted."""
    custom = [Path(d) for d in config.theme.dirs[:1]] if config.theme.custom_dir else []
    sig = signature(config.nav, [Path(config.docs_dir)] + custom, Path(config.config_file_path) if config.config_file_path else None,
                    getattr(config, ALERT, ""))
    everything, changed, removed, home = _Serving.preview.plan(build.pages, sig, build.home_html)
    for uri in removed:
        gone = File.generated(config, uri, content="")
        for path in (Path(gone.abs_dest_path), Path(gone.abs_dest_path).parent):
            if path.is_file():
                path.unlink()
            elif path.is_dir() and path != Path(config.site_dir) and not any(path.iterdir()):
                path.rmdir()
    written = 0
    for file in files:
        if everything or (file.src_uri == "index.md" and home):
            file.is_modified = _changed  # shadows the method: every page shows what changed
        elif file.generated_by is not None and file.src_uri not in changed:
            file.is_modified = _unchanged
        if file.is_documentation_page() and file.is_modified():
            written += 1
    log.info(f"Penjelas: {'every page' if everything else f'{written} pages'} written again"
             f"{'' if everything else ' (what this change shows)'}")


class _CompiledTemplates(jinja2.BytecodeCache):
    """MkDocs makes a new Jinja environment for every build, so `mkdocs serve`
    compiled all of Material's templates again at each rebuild: a fifth of
    the time an edit took to show. Kept here, keyed by the environment's
    syntax too; a template whose source changed is compiled again (Jinja
    checks its checksum)."""

    SYNTAX = ("block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
              "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
              "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "autoescape", "optimized")

    def __init__(self):
        self.code: dict[tuple, bytes] = {}

    def _key(self, bucket) -> tuple:
        env = bucket.environment
        return bucket.key, tuple(sorted(env.extensions)), tuple(getattr(env, a) for a in self.SYNTAX)

    def load_bytecode(self, bucket) -> None:
        code = self.code.get(self._key(bucket))
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket) -> None:
        self.code[self._key(bucket)] = bucket.bytecode_to_string()


_THEME_TEMPLATES = _CompiledTemplates()


def on_env(env, config, files):
    if _Serving.active and env.bytecode_cache is None:
        env.bytecode_cache = _THEME_TEMPLATES
    return env


def on_page_markdown(markdown: str, page, config, files) -> str:
    """A generated page gets its metadata as Python values (no front matter
    to parse) and no Markdown at all."""
    build: SiteBuild = getattr(config, STATE)
    spec = build.page(page.file.src_uri)
    if spec is not None:
        page.meta = dict(spec.meta)
        return ""
    if page.file.src_uri == "index.md" and build.home_html:
        page.meta.setdefault("search", {"exclude": True})  # the story list: each story is found on its own pages
    return markdown


@event_priority(100)  # before any plugin reads the page's HTML (the search index)
def on_page_content(html: str, page, config, files) -> str:
    """A generated page's HTML, made once by Penjelas; the home page gets the story list."""
    return getattr(config, ALERT, "") + _content(html, page, getattr(config, STATE))


def on_post_page(output: str, page, config) -> str:
    """A page in another language than the site's says so on <html>, and its
    chrome (header, menu, footer) says it is in the site's; the menu's story
    titles in another language than the site's say so too (render/languages.py)."""
    site = config.theme.get("language") or "id"
    lang = page.meta.get("lang") if page.meta else None
    if lang and lang != site:
        output = output.replace(f'<html lang="{site}"', f'<html lang="{lang}"', 1)
        output = mark_chrome(output, site, lang)
    build = getattr(config, STATE, None)
    if build is not None:
        output = mark_titles(output, build.foreign_titles)
    return output


@event_priority(-100)  # the last step: the index is made from the pages as written
def on_post_build(config) -> None:
    """The search index (penjelas.search_index): at once for `mkdocs build`;
    under `mkdocs serve`, in the background, the previous index served meanwhile."""
    site_dir = Path(config.site_dir)
    if _Serving.active:
        if _Serving.search is None:
            _Serving.search = BackgroundIndex(log)
        _Serving.search.after_build(site_dir)
        return
    try:
        build_index(site_dir)
    except SearchIndexFailed as error:
        raise PluginError(f"Penjelas: {error}; the site in {site_dir} has no search") from None


def _content(html: str, page, build: SiteBuild) -> str:
    spec = build.page(page.file.src_uri)
    if spec is not None:
        page.toc = get_toc(spec.toc)
        page.present_anchor_ids = set(_IDS.findall(spec.content))
        return spec.content
    if page.file.src_uri == "index.md" and build.home_html:
        extra = get_toc(build.home_toc).items  # under the page's own title, if it has one
        (page.toc.items[0].children if page.toc.items and page.toc.items[0].level == 1 else page.toc.items).extend(extra)
        return html + "\n" + build.home_html
    return html
