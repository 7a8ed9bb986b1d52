"""The graph page in a real headless browser (Debian's chromium driven by Playwright).

Checks: nothing leaves file://, no page error, one node per entity, search by name
and pinyin, the class filter, the detail panel with its sentence, and that an
article full of HTML and script injections runs nothing wherever the user points.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Namespace

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
KG = Namespace("https://w3id.org/cnkg/ontology#")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed (apt-get install chromium); .ci/run installs it")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A loaded graph page with the requests and errors it produced."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.kgReady !== undefined", timeout=15000)

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def point(self, node_id) -> tuple[float, float]:
        return tuple(self.js("""id => { const p = window.network.canvasToDOM(window.network.getPosition(id));
            const r = document.getElementById('network').getBoundingClientRect();
            return [p.x + r.left, p.y + r.top]; }""", node_id))

    def click_node(self, node_id) -> None:
        self.js("id => window.network.focus(id, {scale: 1.0})", node_id)
        x, y = self.point(node_id)
        self.page.mouse.click(x, y)

    def outside_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:", "about:", "blob:"))]


@pytest.fixture(scope="module")
def seed_page(browser, seed_build: Path):
    page = Page(browser, seed_build / "kg.html")
    yield page
    page.page.close()


def test_no_request_leaves_file_and_no_error(seed_page: Page):
    assert seed_page.outside_requests() == []
    assert seed_page.errors == []


def test_node_count_equals_entities_in_turtle(seed_page: Page, seed_build: Path):
    g = Graph().parse(seed_build / "kg.ttl")
    entities = {s for s in g.subjects(RDFS.label, None)} - set(g.subjects(RDF.type, KG.Indicator))
    assert seed_page.js("window.network.body.data.nodes.length") == len(entities)
    assert seed_page.js("window.network.body.data.edges.length") > 30


def test_cjk_font_stack(seed_page: Page):
    family = seed_page.js("getComputedStyle(document.body).fontFamily")
    assert "Noto Sans CJK SC" in family


def _search(page: Page, text: str) -> list[str]:
    page.page.fill("#search", text)
    return page.page.locator("#results li").all_inner_texts()


def test_search_by_name_and_pinyin_focuses_node(seed_page: Page):
    assert any(r.startswith("苏锡通科技产业园区") for r in _search(seed_page, "苏锡通科技"))
    hits = _search(seed_page, "suxitong")
    assert any(r.startswith("苏锡通科技产业园区") for r in hits)
    seed_page.page.press("#search", "Enter")
    selected = seed_page.js("window.network.getSelectedNodes()")
    assert len(selected) == 1
    assert seed_page.js(f"window.kgData.details[{selected[0]}].label") == "苏锡通科技产业园区"
    assert "苏锡通科技产业园区" in seed_page.page.inner_text("#panel")
    assert any(r.startswith("苏锡通科技产业园区") for r in _search(seed_page, "苏锡通园区"))  # an alias


def test_class_filter_hides_and_shows(seed_page: Page):
    count = "window.network.body.data.nodes.get({filter: n => n.group === 'Project' && !n.hidden}).length"
    before = seed_page.js(count)
    assert before > 5
    box = seed_page.page.locator("#legend input[data-cls=Project]")
    box.uncheck()
    assert seed_page.js(count) == 0
    box.check()
    assert seed_page.js(count) == before


def test_click_node_shows_sentence_with_highlight(seed_page: Page):
    node = seed_page.js("window.kgData.nodes.find(n => window.kgData.details[n.id].label === '13条科技新政').id")
    seed_page.click_node(node)
    panel = seed_page.page.inner_text("#panel")
    assert "13条科技新政" in panel and "最高资助达1000万元" in panel
    assert "最高资助 maximum funding" in panel and "1000万元" in panel
    assert "13条科技新政" in seed_page.page.locator("#panel mark").all_inner_texts()


def test_click_edge_shows_relation_and_evidence(seed_page: Page):
    edge = seed_page.js("window.kgData.edges.find(e => e.predicate === 'mergedFrom')")
    seed_page.js("e => { window.network.fit(); }", edge)
    a, b = seed_page.point(edge["from"]), seed_page.point(edge["to"])
    seed_page.page.mouse.click((a[0] * 0.5 + b[0] * 0.5), (a[1] * 0.5 + b[1] * 0.5))
    panel = seed_page.page.inner_text("#panel")
    assert "merged from" in panel and "融合而成" in panel


INJECTION = """# <img src=x onerror="window.pwned=1">园区新闻"</script><script>window.pwned=2</script>
2021年6月1日，<b onmouseover="window.pwned=3">绿谷园区</b>发布8条人才新政，最高资助达500万元。
绿谷园区坚持“</script>alert(1)”，深化落实“<svg onload=alert(1)>”的靶向措施。
总投资20亿元的"><img src=x onerror=alert(2)>芯片项目在绿谷园区开工。
园区党委书记王明表示，园区将坚持“a' onclick='alert(3)”理念。
"""


@pytest.fixture(scope="module")
def injection_page(browser, tmp_path_factory):
    from click.testing import CliRunner

    from kg.cli import main

    folder = tmp_path_factory.mktemp("inject")
    article = folder / "inject.txt"
    article.write_text(INJECTION, encoding="utf-8")
    (folder / "inject.meta.toml").write_text('published = "2021"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(article), "--out", str(folder / "out"), "--no-cache"])
    assert result.exit_code == 0, result.output
    page = Page(browser, folder / "out" / "kg.html")
    yield page
    page.page.close()


def test_injection_runs_nothing_anywhere(injection_page: Page):
    page = injection_page
    labels = page.js("window.kgData.nodes.map(n => n.label)")
    assert any("</script>" in label for label in labels)  # the hostile text did reach the page, as data
    for node in page.js("window.kgData.nodes.map(n => n.id)"):
        x, y = page.point(node)
        page.page.mouse.move(x, y)
        page.page.wait_for_timeout(30)
        page.click_node(node)
    for edge in page.js("window.kgData.edges.map(e => [e.from, e.to])"):
        a, b = page.point(edge[0]), page.point(edge[1])
        page.page.mouse.move((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        page.page.mouse.click((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    page.page.fill("#search", "<img src=x onerror=alert(9)>")
    page.page.fill("#search", "园区")
    for item in page.page.locator("#results li").all():
        item.click()
    assert page.js("window.pwned === undefined")
    assert page.dialogs == []
    assert page.errors == []
    assert page.outside_requests() == []
    assert page.page.locator("#panel img, #panel script, #panel svg, #panel b").count() == 0
    assert "<img" in page.page.inner_text("#heading") or "园区新闻" in page.page.inner_text("#heading")


def test_large_graph_page_is_usable(browser, tmp_path: Path):
    """A generated 2,000-node page: drawn with positions from Python, a node can be clicked."""
    from kg.bench import synthetic_graph
    from kg.html_export import generate_html
    from kg.network_export import to_networkx

    path = tmp_path / "big.html"
    path.write_text(generate_html(to_networkx(synthetic_graph(2000)), "big"), encoding="utf-8")
    page = Page(browser, path)
    assert page.js("window.network.body.data.nodes.length") == 2000
    assert page.js("window.network.physics.options.enabled") is False
    node = page.js("window.kgData.nodes[0].id")
    page.click_node(node)
    x, y = page.point(node)  # nodes may overlap: expect whichever node lies under the pointer
    hit = page.js("""([x, y]) => { const r = document.getElementById('network').getBoundingClientRect();
        return window.network.getNodeAt({x: x - r.left, y: y - r.top}); }""", [x, y])
    assert hit is not None
    assert page.page.locator("#panel h1").inner_text() == page.js(f"window.kgData.details[{hit}].label")
    assert page.errors == [] and page.outside_requests() == []
    page.page.close()
