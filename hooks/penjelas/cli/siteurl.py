"""`penjelas site-url`: is the site's address one readers can reach?

Canonical links, the sitemap, Open Graph and JSON-LD are absolute URLs made
from ``site_url``. Left unset, or pointing at this machine (``127.0.0.1``,
``localhost``) or at a private network, a published site sends readers and
search engines nowhere. `make site` prints the warning and builds anyway (a
preview is fine); `make publish` refuses (``--require``).

Set it in mkdocs.yml, or for one build with the environment variable
SITE_URL (mkdocs.yml reads ``!ENV [SITE_URL, ...]``): the GitHub Pages
workflow sets it to the repository's Pages address.
"""

from __future__ import annotations

import argparse
import ipaddress
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import Location, Problem

LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "0.0.0.0")
LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa")
HOW = "set SITE_URL=https://… for the build, or site_url in mkdocs.yml, to the address readers will open (README: Publishing)"


def problem(url: str) -> str | None:
    """What is wrong with ``url`` as a published site's address, or None."""
    url = (url or "").strip()
    if not url:
        return f"site_url is not set, so canonical links, the sitemap and JSON-LD carry no address: {HOW}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"site_url '{url}' is not an http(s) address: {HOW}"
    host = parts.hostname.lower().rstrip(".")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    if host in LOCAL_NAMES or host.endswith(LOCAL_SUFFIXES) or "." not in host and ip is None:
        return f"site_url '{url}' points at this machine or a local network, not at the published site: {HOW}"
    if ip is not None and (ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_unspecified):
        return f"site_url '{url}' points at this machine or a local network, not at the published site: {HOW}"
    return None


def location(config_file: Path) -> Location:
    """Where site_url is written in mkdocs.yml (its first line when it is not)."""
    try:
        lines = config_file.read_text(encoding="utf-8").split("\n")
    except OSError:
        lines = []
    for number, line in enumerate(lines, 1):
        if re.match(r"site_url\s*:", line):
            return Location(config_file.name, number, 1)
    return Location(config_file.name, 1, 1)


def site_url_problem(config_file: Path, url: str, level: str) -> Problem | None:
    why = problem(url)
    return Problem(location(config_file), why, level, "site-url") if why else None


def main(argv: list[str] | None = None) -> int:
    from .check import add_config_file, settings_of

    parser = argparse.ArgumentParser(prog="penjelas site-url", description=__doc__.split("\n\n")[0])
    parser.add_argument("--require", action="store_true", help="an unusable site_url is an error (exit 1): for publishing")
    add_config_file(parser)
    args = parser.parse_args(argv)
    settings = settings_of(args, "site-url")
    if settings is None:
        return 2
    config_file = Path(args.config_file)
    url = settings.site_url
    found = site_url_problem(config_file, url, "error" if args.require else "warning")
    if found is None:
        print(f"site_url: {url}")
        return 0
    print(found, file=sys.stderr)
    if args.require:
        print("penjelas site-url: not publishing a site whose links point nowhere", file=sys.stderr)
        return 1
    return 0
