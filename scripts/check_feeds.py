"""Parses every atom.xml of a built site with feedparser and checks that each
is well-formed Atom 1.0 with the fields RFC 4287 requires, newest entry
first, and that every page's head links to its language's feed.
Usage: check_feeds.py SITE_FOLDER. Exits 1 and lists the problems if any."""
import pathlib
import re
import sys

import feedparser

site = pathlib.Path(sys.argv[1])
problems = []
feeds = sorted(site.rglob("atom.xml"))
if not feeds:
    problems.append(f"no atom.xml in {site}")

for path in feeds:
    name = path.relative_to(site)
    feed = feedparser.parse(path.read_bytes())
    if feed.bozo:
        problems.append(f"{name}: not well-formed: {feed.bozo_exception}")
    if feed.version != "atom10":
        problems.append(f"{name}: parsed as {feed.version!r}, not Atom 1.0")
    for field in ("id", "title", "updated", "author"):
        if not feed.feed.get(field):
            problems.append(f"{name}: the feed has no {field}")
    if not any(link.get("rel") == "self" for link in feed.feed.get("links", [])):
        problems.append(f"{name}: the feed has no rel=self link")
    if not feed.entries:
        problems.append(f"{name}: no entries")
    ids = set()
    for number, entry in enumerate(feed.entries, 1):
        for field in ("id", "title", "link", "updated", "summary"):
            if not entry.get(field):
                problems.append(f"{name}: entry {number} has no {field}")
        if entry.get("id") in ids:
            problems.append(f"{name}: entry {number} repeats the id {entry.get('id')}")
        ids.add(entry.get("id"))
    dates = [entry.get("updated_parsed") for entry in feed.entries]
    if None not in dates and dates != sorted(dates, reverse=True):
        problems.append(f"{name}: entries are not newest first")
    print(f"{name}: Atom 1.0, {len(feed.entries)} entries")

# Every page names a feed that exists; feed links are root-relative addresses.
link = re.compile(r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="([^"]+)">')
pages = sorted(site.rglob("*.html"))
for page in pages:
    text = page.read_text(encoding="utf-8")
    if 'http-equiv="refresh"' in text:
        continue  # redirect pages have no head of their own
    found = link.findall(text)
    if len(found) != 1:
        problems.append(f"{page.relative_to(site)}: {len(found)} feed links in the head, expected 1")
    elif not any(found[0].endswith("/" + str(feed.relative_to(site))) for feed in feeds):
        problems.append(f"{page.relative_to(site)}: the feed link {found[0]} names no feed of the site")

for problem in problems:
    print("error: " + problem, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"feedparser: {len(feeds)} valid Atom feeds, linked from {len(pages)} pages")
