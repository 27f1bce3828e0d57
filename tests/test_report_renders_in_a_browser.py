"""The HTML report opened in a real browser (Debian's Chromium, headless, driven by Playwright):
its plots render, every in-page link leads somewhere, a target's source link shows its
sentence, and opening it asks nothing of the network."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.report import Scope, write_report

CHROMIUM = Path("/usr/bin/chromium")
# No first-run pages, no background fetches (updates, sync, component downloads): what the
# report asks for is all the test sees.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
# The development corpus's province with targets and achieved figures stating their plan values.
PROVINCE = "Lâm Đồng"


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    if not CHROMIUM.is_file():
        pytest.skip(f"Debian's Chromium is not at {CHROMIUM} (bash scripts/setup.sh --test installs it)")
    profile = tmp_path_factory.mktemp("chromium-profile")  # a fresh user-data dir
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True,
            viewport={"width": 1200, "height": 900},
        )
        try:
            yield context.new_page()
        finally:
            context.close()


@pytest.fixture(scope="module")
def opened_report(dev_db, browser_page, tmp_path_factory):
    """The province's report opened from file://, with every request the page made."""
    out = tmp_path_factory.mktemp("report") / "report.html"
    data = write_report(dev_db, out, Scope(province=PROVINCE))
    requests: list[str] = []
    browser_page.on("request", lambda request: requests.append(request.url))
    browser_page.goto(out.as_uri())
    browser_page.wait_for_load_state("load")
    return browser_page, data, requests, out


def test_the_report_asks_nothing_of_the_network(opened_report):
    _, _, requests, out = opened_report
    assert requests == [out.as_uri()]


def test_both_plots_render_bars_with_size(opened_report):
    page, data, _, _ = opened_report
    charts = page.locator("svg")
    assert charts.count() == 2  # targets by year; achieved vs planned
    year_bars = charts.nth(0).locator("rect.bar")
    assert year_bars.count() == len({row.horizon_year for row in data.targets})
    for chart in (charts.nth(0), charts.nth(1)):
        box = chart.bounding_box()
        assert box and box["width"] > 300 and box["height"] > 100
        bars = [chart.locator("rect.bar").nth(i).bounding_box() for i in range(chart.locator("rect.bar").count())]
        assert bars and all(bar and bar["width"] > 0 and bar["height"] > 0 for bar in bars)
    compared = [row for row in data.achievements if row.planned_value]
    assert charts.nth(1).locator("rect.bar").count() == len(compared) > 0


def test_every_in_page_link_leads_to_an_element(opened_report):
    page, data, _, _ = opened_report
    dangling = page.evaluate(
        """() => [...document.querySelectorAll('a[href^="#"]')]
                 .map(a => a.getAttribute('href').slice(1))
                 .filter(id => !document.getElementById(id))"""
    )
    assert dangling == []
    assert page.locator("a.source-link").count() == len(data.targets) > 0


def test_clicking_a_source_link_shows_the_sentence_in_its_context(opened_report, tmp_path):
    page, data, _, _ = opened_report
    last = len(data.targets)  # the last one: far down the page, the click must scroll to it
    page.click(f'a[href="#src-{last}"]')
    source = page.locator(f"#src-{last}")
    assert page.evaluate("() => location.hash") == f"#src-{last}"
    assert page.evaluate("() => window.scrollY") > 0
    top, bottom = source.evaluate("e => [e.getBoundingClientRect().top, e.getBoundingClientRect().bottom]")
    assert 0 <= top and bottom <= page.viewport_size["height"], f"the sentence is not in view ({top}–{bottom}px)"
    assert source.evaluate("element => element.matches(':target')")
    assert source.locator("mark").inner_text() == data.targets[-1].context.figure
    assert data.targets[-1].context.figure.strip() in source.inner_text()
    page.screenshot(path=str(tmp_path / "source.png"))  # kept in pytest's tmp dir, for a person debugging
    assert (tmp_path / "source.png").stat().st_size > 10_000
