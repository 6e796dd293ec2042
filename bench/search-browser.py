#!/usr/bin/env python3
"""Run by bench/search-bench in its venv: PORT ON OFF RUNS QUERY...

Asks the server for /__mark__/TOOL/QUERY before each query, so its log says
which files each query fetched. Prints, per tool and query, the median time in ms from the files being there to the results being shown
(a query run again, its files already loaded, CPU slowed 4 times), and the
number of results.
"""

import statistics
import sys
import time
from urllib.parse import quote

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

port, on, off, runs, queries = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:]
base = f"http://127.0.0.1:{port}"
options = Options()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900"):
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
driver.set_script_timeout(120)
driver.execute_cdp_cmd("Network.enable", {})
driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})

PAMPHLET_DONE = """
const s = document.querySelector('.search__status');
return s.textContent !== '' && !s.textContent.endsWith('…');
"""
PAMPHLET_AGAIN = """
const done = arguments[arguments.length - 1];
const root = document.querySelector('.search'), status = root.querySelector('.search__status');
status.textContent = '';
const started = performance.now();
new MutationObserver((changes, observer) => {
  if (status.textContent && !status.textContent.endsWith('…')) { observer.disconnect(); done(performance.now() - started); }
}).observe(status, {childList: true, characterData: true, subtree: true});
root.querySelector('form').requestSubmit();
"""
PAGEFIND_RUN = """
const done = arguments[arguments.length - 1];
const started = performance.now();
window.pagefindSearch(arguments[0]).then(r => done([performance.now() - started, r.count]));
"""


def wait(script: str, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while not driver.execute_script(script):
        if time.time() > deadline:
            raise SystemExit("timed out: " + script[:60])
        time.sleep(0.02)


try:
    for query in queries:
        driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 1})
        driver.get(f"{base}/__mark__/pamphlet/{quote(query)}")
        driver.get(f"{base}{on}search/?q={quote(query)}")
        wait(PAMPHLET_DONE)
        count = driver.execute_script("return document.querySelectorAll('.search__results li').length")
        total = driver.execute_script("return (document.querySelector('.search__status').textContent.match(/\\d+/) || ['0'])[0]")
        driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 4})
        times = [driver.execute_async_script(PAMPHLET_AGAIN) for _ in range(runs)]
        print(f"pamphlet\t{query}\t{statistics.median(times):.1f}\t{total if count else 0}", flush=True)

        driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 1})
        driver.get(f"{base}/__mark__/pagefind/{quote(query)}")
        driver.get(f"{base}{off}pagefind-query.html")
        wait("return window.pagefindReady === true")
        _, count = driver.execute_async_script(PAGEFIND_RUN, query)
        driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 4})
        times = [driver.execute_async_script(PAGEFIND_RUN, query)[0] for _ in range(runs)]
        print(f"pagefind\t{query}\t{statistics.median(times):.1f}\t{count}", flush=True)
finally:
    driver.quit()
