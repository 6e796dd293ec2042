"""Whole-page screenshots at phone and laptop widths; run by scripts/screenshots."""

from __future__ import annotations

import argparse
import base64
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys


def capture(driver, path: Path, full_page: bool) -> None:
    params = {"format": "png", "captureBeyondViewport": full_page}
    if full_page:
        size = driver.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        params["clip"] = {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1}
    data = driver.execute_cdp_cmd("Page.captureScreenshot", params)["data"]
    path.write_bytes(base64.b64decode(data))
    print(f"saved {path}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--url", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--name", required=True)
    args = parser.parse_args()
    out = Path(args.out)

    options = Options()
    options.binary_location = args.chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=args.chromedriver), options=options)
    try:
        for width in (375, 1280):
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 500})
            driver.get(args.url)
            capture(driver, out / f"{args.name}-{width}.png", full_page=True)
            # Keyboard only: Tab to the first glossary term, then picture the window around it.
            for _ in range(120):
                ActionChains(driver).send_keys(Keys.TAB).perform()
                if "term__link" in (driver.switch_to.active_element.get_attribute("class") or ""):
                    break
            else:
                continue
            driver.execute_script("document.activeElement.scrollIntoView({block: 'center'})")
            time.sleep(0.3)
            capture(driver, out / f"{args.name}-term-{width}.png", full_page=False)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
