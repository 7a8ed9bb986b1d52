"""Many articles: merging across articles, conflicting facts, parallel and incremental builds."""
from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from rdflib import RDF, RDFS, Graph, Literal, Namespace

from kg.bench_corpus import make_corpus, sentence_pool
from kg.cli import main
from kg.model import (
    Article,
    ArticleGraph,
    Entity,
    Mention,
    PartialDate,
    Relation,
    Sentence,
)

from .conftest import ARTICLES, SEEDS

KG = Namespace("https://w3id.org/cnkg/ontology#")


def build(*args: str):
    result = CliRunner().invoke(main, ["build", *args])
    assert result.exit_code == 0, result.output
    return result.output


def write(folder: Path, name: str, text: str, year: str = "2022") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.toml").write_text(f'published = "{year}"\n', encoding="utf-8")


def built_corpus(tmp_path: Path, *texts: str) -> Graph:
    """The Turtle export of a corpus of these articles (named a, b, c …), built without a cache."""
    corpus = tmp_path / "corpus"
    for name, text in zip("abcdefgh", texts):
        write(corpus, name, text)
    build(str(corpus), "--out", str(tmp_path / "out"), "--no-cache")
    return Graph().parse(tmp_path / "out" / "kg.ttl")


def test_entities_merge_across_articles_and_conflicts_are_kept(tmp_path: Path):
    corpus = tmp_path / "corpus"
    write(corpus, "a", "# 甲\n3月1日，总投资20亿元的新型电池项目在常州高新区开工。常州高新区位于常州市。\n")
    write(corpus, "b", "# 乙\n5月9日，总投资25亿元的新型电池项目在常州高新区签约。常州市政府表示支持。\n")
    build(str(corpus), "--out", str(tmp_path / "out"), "--no-cache")
    g = Graph().parse(tmp_path / "out" / "kg.ttl")
    cities = set(g.subjects(KG.adminCode, Literal("320400")))
    assert len(cities) == 1  # 常州市: one node for both articles
    docs = {str(o) for s in g.objects(next(iter(cities)), KG.mentionedIn) for o in g.objects(s, KG.document)}
    assert len(docs) == 2
    project = next(g.subjects(None, Literal("新型电池项目", lang="zh")))
    amounts = sorted(int(float(o)) for o in g.objects(project, KG.totalInvestment))
    assert amounts == [2_000_000_000, 2_500_000_000]  # both kept, not overwritten
    rows = g.query("""PREFIX kg: <https://w3id.org/cnkg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?o ?text WHERE { ?st rdf:predicate kg:totalInvestment ; rdf:object ?o ;
                                    prov:wasDerivedFrom/kg:text ?text }""")
    by_amount = {int(float(o)): str(t) for o, t in rows}
    assert "20亿元" in by_amount[2_000_000_000] and "25亿元" in by_amount[2_500_000_000]


def test_parallel_build_equals_serial(tmp_path: Path):
    pool = sentence_pool([SEEDS, ARTICLES])
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 8, pool)
    build(str(corpus), "--out", str(tmp_path / "one"), "--no-cache", "--jobs", "1")
    build(str(corpus), "--out", str(tmp_path / "two"), "--no-cache", "--jobs", "2")
    for name in ("kg.ttl", "kg.html", "kg.graphml"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_export_made_by_two_processes_is_the_export_made_by_one(tmp_path: Path, monkeypatch):
    """A large graph's blocks are made by two processes into part files that the files are copied
    from: the files, and an incremental build on them, are byte for byte those one process writes."""
    from kg.exporters import FILES

    pool = sentence_pool([SEEDS, ARTICLES])
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 6, pool)
    build(str(corpus), "--out", str(tmp_path / "one"), "--no-cache")
    monkeypatch.setattr("kg.exporters.PARALLEL_FROM", 1)
    two = tmp_path / "two"
    build(str(corpus), "--out", str(two))
    for name in FILES:
        assert (two / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    assert not list(two.glob(".part-*"))
    extra = make_corpus(tmp_path / "extra", 1, pool, seed=3)[0]
    shutil.copy(extra, corpus / "new.txt")
    shutil.copy(extra.with_name(extra.stem + ".meta.toml"), corpus / "new.meta.toml")
    assert "updated" in build(str(corpus), "--out", str(two))
    monkeypatch.undo()
    build(str(corpus), "--out", str(tmp_path / "fresh"), "--no-cache")
    for name in FILES:
        assert (two / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name


def test_incremental_build_extracts_only_the_new_article(tmp_path: Path):
    pool = sentence_pool([SEEDS, ARTICLES])
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 6, pool)
    out = tmp_path / "out"
    assert "6 extracted, 0 cached" in build(str(corpus), "--out", str(out))
    extra = make_corpus(tmp_path / "extra", 1, pool, seed=3)[0]
    shutil.copy(extra, corpus / "new.txt")
    shutil.copy(extra.with_name(extra.stem + ".meta.toml"), corpus / "new.meta.toml")
    output = build(str(corpus), "--out", str(out))
    assert "1 extracted, 6 cached" in output and "updated" in output
    for i, extra in enumerate(make_corpus(tmp_path / "more", 2, pool, seed=5)):  # two at once, one sorting first
        shutil.copy(extra, corpus / f"{'0' if i else 'z'}{extra.name}")
        shutil.copy(extra.with_name(extra.stem + ".meta.toml"), corpus / f"{'0' if i else 'z'}{extra.stem}.meta.toml")
    assert "2 extracted, 7 cached" in build(str(corpus), "--out", str(out))
    fresh = tmp_path / "fresh"
    build(str(corpus), "--out", str(fresh), "--no-cache")
    for name in ("kg.ttl", "kg.nt", "kg.jsonld", "kg.graphml", "kg.html"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_changed_article_is_extracted_again(tmp_path: Path):
    corpus = tmp_path / "corpus"
    write(corpus, "a", "# 甲\n总投资20亿元的新型电池项目在常州高新区开工。\n")
    out = tmp_path / "out"
    build(str(corpus), "--out", str(out))
    write(corpus, "a", "# 甲\n总投资30亿元的新型电池项目在常州高新区开工。\n")
    assert "1 extracted, 0 cached" in build(str(corpus), "--out", str(out))
    assert "3000000000" in (out / "kg.ttl").read_text(encoding="utf-8")


# --- incremental builds: the last build's state extended by new articles -------------------------

EXPORTS = ("kg.ttl", "kg.nt", "kg.jsonld", "kg.graphml", "kg.html")


def same_files(a: Path, b: Path) -> None:
    for name in EXPORTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def _graph(article_id: str, parks: list[tuple], project: str) -> ArticleGraph:
    """An article naming parks (label, aliases[, key]) and a project located in the first park."""
    text = "，".join([*(park[0] for park in parks), project]) + "。"
    sentence = Sentence(article_id, 0, 0, len(text), text)
    entities, pos = [], 0
    for label, aliases, *key in parks:
        mention = Mention(article_id, pos, pos + len(label), label, "Park", 0)
        entities.append(Entity(key[0] if key else f"Park:{label}", "Park", label, aliases, (mention,)))
        pos += len(label) + 1
    p = Mention(article_id, pos, pos + len(project), project, "Project", 0)
    entities.append(Entity(f"Project:{project}", "Project", project, (), (p,)))
    relations = (Relation(f"Project:{project}", "locatedIn", entities[0].key, (p, entities[0].mentions[0])),)
    article = Article(article_id, article_id, text, f"{article_id}.txt", PartialDate(2022))
    return ArticleGraph(article, (sentence,), tuple(entities), relations)


def _fake_extraction(monkeypatch, graphs: dict[str, ArticleGraph]) -> None:
    import kg.build

    monkeypatch.setattr(kg.build, "extract_file", lambda path, published=None: graphs[path.stem])


def test_incremental_merges_two_built_entities_that_a_new_article_links(tmp_path: Path, monkeypatch):
    # 甲园区 and 甲高新园区 are two entities until an article gives one as the other's alias;
    # the new article's name sorts first, and its project names the merged park
    graphs = {"b": _graph("b", [("甲园区", ())], "一号项目"), "c": _graph("c", [("甲高新园区", ())], "二号项目"),
              "a": _graph("a", [("甲高新园区", ("甲园区",))], "三号项目")}
    _fake_extraction(monkeypatch, graphs)
    corpus = tmp_path / "corpus"
    for name, graph in graphs.items():
        write(corpus, name, f"# {name}\n{graph.article.text}\n")
    (corpus / "a.txt").rename(tmp_path / "a.txt")
    out = tmp_path / "out"
    build(str(corpus), "--out", str(out), "--jobs", "1")
    before = Graph().parse(out / "kg.ttl")
    assert len(set(before.subjects(RDF.type, KG.Park))) == 2
    (tmp_path / "a.txt").rename(corpus / "a.txt")
    assert "updated" in build(str(corpus), "--out", str(out), "--jobs", "1")
    fresh = tmp_path / "fresh"
    build(str(corpus), "--out", str(fresh), "--jobs", "1", "--no-cache")
    same_files(out, fresh)
    after = Graph().parse(out / "kg.ttl")
    parks = set(after.subjects(RDF.type, KG.Park))
    assert len(parks) == 1  # one park now, with all three projects in it
    assert len(set(after.subjects(KG.locatedIn, next(iter(parks))))) == 3


def test_incremental_merges_new_entities_that_are_one_built_entity(tmp_path: Path, monkeypatch):
    # the new article's two parks share no name, but the first links 甲园区 to 甲高新园区 and the
    # second has 甲高新园区's key: a full merge makes one park of all four
    graphs = {"b": _graph("b", [("甲园区", ())], "一号项目"), "c": _graph("c", [("甲高新园区", ())], "二号项目"),
              "a": _graph("a", [("甲高新园区", ("甲园区",), "Park:甲高新区"),
                                ("甲高新园区二期", (), "Park:甲高新园区")], "三号项目")}
    _fake_extraction(monkeypatch, graphs)
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    for name in ("b", "c"):
        write(corpus, name, f"# {name}\n{graphs[name].article.text}\n")
    build(str(corpus), "--out", str(out), "--jobs", "1")
    write(corpus, "a", f"# a\n{graphs['a'].article.text}\n")
    assert "updated" in build(str(corpus), "--out", str(out), "--jobs", "1")
    fresh = tmp_path / "fresh"
    build(str(corpus), "--out", str(fresh), "--jobs", "1", "--no-cache")
    same_files(out, fresh)
    assert len(set(Graph().parse(out / "kg.ttl").subjects(RDF.type, KG.Park))) == 1


def test_incremental_build_after_a_failed_one_is_a_full_build(tmp_path: Path, monkeypatch):
    import kg.build

    graphs = {"a": _graph("a", [("乙园区", ())], "一号项目"), "b": _graph("b", [("丙园区", ())], "二号项目")}
    _fake_extraction(monkeypatch, graphs)
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write(corpus, "a", "# a\n乙园区，一号项目。\n")
    build(str(corpus), "--out", str(out), "--jobs", "1")
    write(corpus, "b", "# b\n丙园区，二号项目。\n")

    def broken_page(*args):
        raise RuntimeError("the page could not be made")

    monkeypatch.setattr(kg.build.corpus_state, "page_from_state", broken_page)
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--jobs", "1"])
    assert result.exit_code != 0
    assert "乙园区" in (out / "kg.ttl").read_text(encoding="utf-8")
    assert "丙园区" not in (out / "kg.ttl").read_text(encoding="utf-8")  # nothing half-written
    monkeypatch.undo()
    _fake_extraction(monkeypatch, graphs)
    output = build(str(corpus), "--out", str(out), "--jobs", "1")
    assert "updated" not in output  # the state was left pending: a full build
    fresh = tmp_path / "fresh"
    build(str(corpus), "--out", str(fresh), "--jobs", "1", "--no-cache")
    same_files(out, fresh)


def test_unreadable_state_makes_a_full_build(tmp_path: Path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write(corpus, "a", "# 甲\n3月1日，总投资20亿元的新型电池项目在常州高新区开工。\n")
    build(str(corpus), "--out", str(out))
    state = out / ".kg-cache" / "state.sqlite"
    state.write_bytes(state.read_bytes()[:5000])  # cut short, as by a full disk
    write(corpus, "b", "# 乙\n5月9日，总投资25亿元的储能项目在常州高新区签约。\n")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "储能项目" in (out / "kg.ttl").read_text(encoding="utf-8")
    fresh = tmp_path / "fresh"
    build(str(corpus), "--out", str(fresh), "--no-cache")
    same_files(out, fresh)


def test_removed_article_or_edited_output_makes_a_full_build(tmp_path: Path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write(corpus, "a", "# 甲\n3月1日，总投资20亿元的新型电池项目在常州高新区开工。\n")
    write(corpus, "b", "# 乙\n5月9日，总投资25亿元的储能项目在常州高新区签约。\n")
    build(str(corpus), "--out", str(out))
    (corpus / "b.txt").unlink()
    output = build(str(corpus), "--out", str(out))
    assert "updated" not in output and "articles: 1 " in output
    assert "储能项目" not in (out / "kg.ttl").read_text(encoding="utf-8")
    write(corpus, "c", "# 丙\n6月1日，总投资5亿元的光伏项目在常州高新区开工。\n")
    (out / "kg.nt").write_text("edited by hand\n", encoding="utf-8")
    output = build(str(corpus), "--out", str(out))
    assert "updated" not in output  # the files are not what the state describes: made again
    fresh = tmp_path / "fresh"
    build(str(corpus), "--out", str(fresh), "--no-cache")
    same_files(out, fresh)
    assert "up to date" in build(str(corpus), "--out", str(out))  # nothing new: nothing rewritten


def test_a_second_build_into_the_same_folder_is_refused(tmp_path: Path):
    import fcntl

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write(corpus, "a", "# 甲\n3月1日，总投资20亿元的新型电池项目在常州高新区开工。\n")
    build(str(corpus), "--out", str(out))
    before = (out / "kg.ttl").read_bytes()
    write(corpus, "b", "# 乙\n5月9日，总投资25亿元的储能项目在常州高新区签约。\n")
    with (out / ".kg-cache" / "lock").open("w") as held:  # as a build running in another process
        fcntl.flock(held, fcntl.LOCK_EX)
        (out / ".kg.ttl.x1.tmp").write_text("being written by the other build", encoding="utf-8")
        result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out)])
        fcntl.flock(held, fcntl.LOCK_UN)
    assert result.exit_code == 1
    assert "another kg build is writing to" in result.output
    assert (out / "kg.ttl").read_bytes() == before
    assert (out / ".kg.ttl.x1.tmp").exists()  # the other build's file is left alone
    build(str(corpus), "--out", str(out))  # once the other build is done
    assert "储能项目" in (out / "kg.ttl").read_text(encoding="utf-8")


def test_a_build_removes_what_a_killed_build_left(tmp_path: Path):
    """Temporary files of a build killed mid-way (never the real files) are removed by the next build."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write(corpus, "a", "# 甲\n3月1日，总投资20亿元的新型电池项目在常州高新区开工。\n")
    build(str(corpus), "--out", str(out))
    left = [out / ".kg.ttl.a1b2.tmp", out / ".part-kg.nt.c3d4.tmp", out / ".kg.html.e5f6.tmp",
            out / ".kg-cache" / ".0123abcd.999.tmp", out / ".kg-cache" / ".state.sqlite.tmp"]
    kept = [out / "notes.tmp", out / ".kg.ttl.bak", out / "kg.ttl"]
    for path in left + kept[:2]:
        path.write_text("x", encoding="utf-8")
    build(str(corpus), "--out", str(out))
    assert not [p for p in left if p.exists()]
    assert all(p.exists() for p in kept)


def test_things_named_by_their_kind_stay_apart_across_articles(tmp_path: Path):
    """Two articles' 新闻发布会 are two events; two policies each cited as 《若干措施》 are two policies;
    an event named with its place is one event however many articles report it."""
    g = built_corpus(tmp_path,
                     "# 甲\n3月1日，蓝湾高新区召开新闻发布会。蓝湾高新区印发《蓝湾高新区关于支持生物医药产业发展的若干措施》"
                     "（以下简称《若干措施》）。9月22日，黄石市2023年第三季度重大项目集中签约仪式举行。\n",
                     "# 乙\n5月9日，青川经开区召开新闻发布会。青川经开区印发《青川经开区关于支持人工智能产业发展的若干措施》"
                     "（以下简称《若干措施》）。9月22日，黄石市2023年第三季度重大项目集中签约仪式举行。\n")
    labels = [str(o) for s in g.subjects(RDF.type, KG.Event) for o in g.objects(s, RDFS.label) if o.language == "zh"]
    assert sorted(labels) == ["新闻发布会", "新闻发布会", "黄石市2023年第三季度重大项目集中签约仪式"]
    assert len(set(g.subjects(RDF.type, KG.Policy))) == 2


def test_a_body_named_without_its_place_is_each_article_s_own(tmp_path: Path):
    g = built_corpus(tmp_path,
                     "# 甲\n江苏省政府同意设立蓝湾高新区。省政府办公厅印发通知。市委书记王明出席。\n",
                     "# 乙\n浙江省政府同意设立青川经开区。省政府办公厅印发意见。市委书记李强出席。\n")
    bodies = [s for s in g.subjects(RDF.type, KG.GovernmentBody)
              if Literal("省政府办公厅", lang="zh") in set(g.objects(s, RDFS.label))]
    assert len(bodies) == 2


def test_persons_of_one_name_are_one_person_only_with_an_organization_in_common(tmp_path: Path):
    g = built_corpus(tmp_path,
                     "# 甲\n长沙经开区党工委书记李明表示，园区将加快发展。\n",
                     "# 乙\n合肥高新区管委会主任李明表示，园区将加快发展。\n",
                     "# 丙\n6月1日，长沙经开区党工委书记李明出席签约仪式。\n")
    people = set(g.subjects(RDFS.label, Literal("李明", lang="zh")))
    assert len(people) == 2  # 长沙's (in two articles) and 合肥's
    docs = sorted(len({d for s in g.objects(p, KG.mentionedIn) for d in g.objects(s, KG.document)}) for p in people)
    assert docs == [1, 2]


def test_a_project_named_by_what_it_makes_is_one_project_only_where_the_articles_agree(tmp_path: Path):
    g = built_corpus(tmp_path,
                     "# 甲\n7月5日，协青集团与徐州经济技术开发区签约，将投资50亿元在徐州经开区建设年产10GW高效光伏组件项目。\n",
                     "# 乙\n签约项目中，江苏华青新能源科技有限公司年产10GW高效光伏组件项目投资30亿元，落户南昌经开区。\n")
    assert len(set(g.subjects(RDFS.label, Literal("年产10GW高效光伏组件项目", lang="zh")))) == 2


def test_a_firm_by_its_registered_name_and_by_that_name_without_its_legal_form_is_one_firm(tmp_path: Path):
    g = built_corpus(tmp_path,
                     "# 甲\n11月24日，青亚迪股份有限公司与合肥长丰县签约投资120亿元建设新能源汽车零部件项目。\n",
                     "# 乙\n1.青亚迪襄阳产业园二期项目，总投资80亿元，计划3月开工。\n",
                     "# 丙\n青油化工集团有限公司与青油化工股份有限公司分别签约。\n")
    firms = {str(o) for s in g.subjects(RDF.type, KG.Company) for o in g.objects(s, RDFS.label) if o.language == "zh"}
    assert "青亚迪" not in firms and "青亚迪股份有限公司" in firms  # one firm, by its fullest name
    assert {"青油化工集团有限公司", "青油化工股份有限公司"} <= firms  # a group and its listed firm: two


def test_two_parts_are_copied_in_sort_key_order():
    """The parts of the export processes interleave (here: documents, indicators, statements and sentences
    in one, the other entities in another); the plan takes runs of each in turn, all in sort-key order."""
    from kg.block_files import BlockIndex, Stored
    from kg.exporters import interleaved

    def part(*keys):
        index = BlockIndex()
        index.keys = list(keys)
        return Stored(index, {})

    other = part("0|a", "0|b", "1|Indicator:x", "2|s", "3|t")
    mine = part("1|Company:a", "1|Zone:z")
    runs = interleaved([other, mine])
    assert [(run.stored is mine, run.i, run.j) for run in runs] == [
        (False, 0, 2), (True, 0, 1), (False, 2, 3), (True, 1, 2), (False, 3, 5)]
    assert [k for run in runs for k in run.stored.index.keys[run.i:run.j]] == sorted(other.index.keys + mine.index.keys)


def test_two_processes_share_the_blocks_out_from_either_end():
    """Positions are taken in chunks from the front and the back until they meet, each once; the front
    goes up to the floor before anyone needs the size, which is asked for once, by the back."""
    from kg.exporters import SharedRange

    asked = []
    shared = SharedRange(lambda: asked.append(1) or 10, floor=6)
    assert [shared.take_front(4), shared.take_front(4)] == [range(0, 4), range(4, 6)] and not asked
    assert [shared.take_back(3), shared.take_front(4), shared.take_back(3), shared.take_front(4)] == [
        range(7, 10), range(6, 7), range(7, 7), range(7, 7)]
    assert asked == [1]
    alone = SharedRange(lambda: 3, floor=2)  # (the front alone: past the floor once the size is known)
    assert [alone.take_front(5), alone.take_front(5), alone.take_front(5)] == [range(0, 2), range(2, 3), range(3, 3)]


def test_blocks_made_from_both_ends_give_the_files_and_page_one_process_gives(tmp_path: Path, monkeypatch):
    """One process takes chunks from the front, the other from the back (written last chunk first); the
    parts, copied in sort-key order, are the files one process writes, and the page's attributes come back
    in the same order."""
    from kg.block_files import write_files
    from kg.exporters import (
        BlockJobs,
        back_share,
        entity_iris,
        front_share,
        graph_blocks,
        interleaved,
    )
    from kg.pipeline import build_graph

    class Split:  # the two ends meet at position meet
        def __init__(self, n: int, meet: int):
            self.front, self.back, self.meet = 0, n, meet

        def take_front(self, count: int) -> range:
            end = min(self.front + count, self.meet)
            taken, self.front = range(self.front, end), end
            return taken

        def take_back(self, count: int) -> range:
            start = max(self.back - count, self.meet)
            taken, self.back = range(start, self.back), start
            return taken

    monkeypatch.setattr("kg.exporters.CHUNK", 3)
    kg = build_graph(sorted(ARTICLES.glob("*.txt"))[:4])
    one = graph_blocks(kg)
    jobs = BlockJobs(kg, entity_iris(kg))
    meet = len(kg.articles) + len(kg.entities) // 2  # (both make entities' blocks)
    split = Split(jobs.size(), meet)
    mine, theirs = front_share(jobs, split, tmp_path / "two"), back_share(jobs, split, tmp_path / "two")
    assert len(theirs.chunks) > 1
    write_files(interleaved(mine.parts() + theirs.parts()), tmp_path / "two")
    write_files(one.blocks, tmp_path / "one")
    for name in ("kg.nt", "kg.ttl", "kg.jsonld", "kg.graphml"):
        made = [p for p in (tmp_path / "two").glob(f".{name}.*.tmp")]
        assert made[0].read_bytes() == next((tmp_path / "one").glob(f".{name}.*.tmp")).read_bytes(), name
    assert list({**mine.nodes, **theirs.nodes}.items()) == list(one.page_nodes.items())
    assert mine.edges + theirs.edges == one.page_edges


def test_an_entity_s_iri_made_at_extraction_is_the_one_its_merged_name_and_key_give():
    """Each article's entities carry their IRIs; the merge keeps one only where its key is the entity's."""
    from kg.corpus import merge_entities, merge_graphs
    from kg.pipeline import extract_file
    from kg.rdf_export import entity_iri

    paths = sorted(ARTICLES.glob("dev_*.txt"))[:12] + sorted(SEEDS.glob("*.txt"))
    graphs = [extract_file(p) for p in paths]
    assert all(e.iri and e.iri == entity_iri(e) for g in graphs for e in g.entities)
    merged = merge_graphs(graphs)
    assert all(e.iri in ("", entity_iri(e)) for e in merged.entities)
    assert sum(1 for e in merged.entities if e.iri) > 0.9 * len(merged.entities)
    first = Entity("Company:乙", "Company", "青川科技有限公司", iri="https://example.org/first")
    other = Entity("Company:甲", "Company", "青川科技有限公司", iri="https://example.org/other")
    assert merge_entities([first, other]).key == "Company:乙" and merge_entities([first, other]).iri == first.iri
    assert merge_entities([other, first]).iri in ("", entity_iri(merge_entities([other, first])))
