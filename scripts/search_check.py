"""Site search checks for scripts/browser_check.py (--search-site URL).

Searches the repo's sample site the way a patient would, in a real browser,
and checks what search.js shows: an exact word, a misspelling (found, with
"Did you mean"), an everyday name from a page's `also_called`, a Spanish
word typed without its accent, and a word that is nowhere. Each results
page is also checked by axe-core, at full width and at 320px.
"""

from __future__ import annotations

import time
from urllib.parse import quote

# (path under the site, query, a result title that must be listed first or among the results, did-you-mean expected)
CASES = [
    ("search/", "chromosomes", "Cells and chromosomes", None),
    ("search/", "theraphy", "What is gene therapy?", "therapy"),
    ("search/", "genetic screening", "What is genetic testing?", None),
    ("es/search/", "medico", None, None),
    ("search/", "chromozomes", "Cells and chromosomes", "chromosome"),
]
NOWHERE = ("search/", "xqzvwyk")

STATE_JS = """
const root = document.querySelector('.search');
const status = root.querySelector('.search__status');
const suggestion = root.querySelector('.search__suggestion');
return {
  status: status.textContent, live: status.getAttribute('aria-live'),
  titles: [...root.querySelectorAll('.search__results h2 a')].map(a => a.textContent),
  marks: [...root.querySelectorAll('.search__results mark')].map(m => m.textContent),
  suggestion: suggestion.hidden ? null : suggestion.textContent,
  done: !/…$/.test(status.textContent) && status.textContent !== '',
};
"""


def wait_for_results(driver, seconds: float = 10):
    deadline = time.time() + seconds
    while True:
        state = driver.execute_script(STATE_JS)
        if state["done"] or time.time() > deadline:
            return state
        time.sleep(0.05)


def check_search(driver, site_url: str, report, run_axe, axe_source: str, narrow: int) -> None:
    for path, query, title, suggestion in CASES + [NOWHERE + (None, None)]:
        url = f"{site_url}{path}?q={quote(query)}"
        where = f"search: {url}"
        driver.get(url)
        state = wait_for_results(driver)
        report.check(state["live"] == "polite", where, "the results' status is not announced politely (aria-live)")
        if (path, query) == NOWHERE:
            report.check(not state["titles"], where, f"a word that is nowhere found pages: {state['titles']}")
            report.check(state["suggestion"] is None, where, f"a word that is nowhere got a suggestion: {state['suggestion']}")
            report.check(bool(state["status"]), where, "no 'no pages found' message")
        else:
            report.check(bool(state["titles"]), where, f"found nothing (status: {state['status']!r})")
            if title:
                report.check(title in state["titles"][:3], where, f"'{title}' is not among the first results: {state['titles'][:5]}")
            if path.startswith("es/"):
                report.check(any(m.lower().startswith("médic") for m in state["marks"]), where,
                             f"the accented word is not marked in the excerpts: {state['marks'][:5]}")
            else:
                report.check(bool(state["marks"]), where, "no matched word is marked in the excerpts")
            if suggestion:
                report.check(state["suggestion"] is not None and suggestion in state["suggestion"], where,
                             f"expected 'Did you mean {suggestion}', got {state['suggestion']!r}")
            else:
                report.check(state["suggestion"] is None, where, f"unexpected suggestion {state['suggestion']!r}")
        for width in (None, narrow):
            if width:
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": 640, "deviceScaleFactor": 1, "mobile": True})
                driver.get(url)
                wait_for_results(driver)
            try:
                result = run_axe(driver, axe_source)
                if "error" in result:
                    report.fail(where, f"axe-core failed: {result['error']}")
                else:
                    for violation in result["violations"]:
                        report.fail(where, f"axe {violation['id']} at {width or 'full'} width: {violation['help']}")
                    report.check(True, where, "")
                if width:
                    scroll = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                    report.check(scroll <= 0, where, f"at {width}px the results scroll sideways ({scroll}px)")
            finally:
                if width:
                    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
