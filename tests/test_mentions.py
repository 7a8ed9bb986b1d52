"""Mention finding on short sentences of our own (not from the seed)."""
from __future__ import annotations

import pytest

from kg.mentions import ArticleContext, _select, recognize

MENTIONS = [
    ("总投资30亿元的新型显示面板项目在嘉兴经济技术开发区奠基",
     {("新型显示面板项目", "Project"), ("嘉兴经济技术开发区", "Zone"), ("嘉兴", "City")}),
    ("宁德时代新能源科技股份有限公司与常州市政府签约",
     {("宁德时代新能源科技股份有限公司", "Company"), ("常州市政府", "GovernmentBody"), ("常州市", "City")}),
    ("张江科学城是上海市重点建设的科创中心",
     {("张江科学城", "Park"), ("上海市", "City")}),
    ("中新广州知识城与新加坡政府合作开发",
     {("新加坡政府", "GovernmentBody"), ("新加坡", "Country"), ("广州", "City")}),
    ("在华为、比亚迪、格力等一批龙头企业带动下", {("华为", "Company"), ("比亚迪", "Company"), ("格力", "Company")}),
    ("园区发布8条人才新政", {("8条人才新政", "Policy")}),
    ("深化落实“亩均论英雄”的改革措施", {("亩均论英雄", "Policy")}),
    ("开发区党工委书记刘洋表示", {("刘洋", "Person")}),
    ("重点发展生物医药、集成电路、人工智能产业体系",
     {("生物医药", "Industry"), ("集成电路", "Industry"), ("人工智能", "Industry")}),
    ("苏州工业园区举行重点项目集中开工活动",
     {("苏州工业园区", "Park"), ("重点项目集中开工活动", "Event"), ("苏州", "City")}),
    ("杭州市人民政府与中共杭州市委", {("杭州市人民政府", "GovernmentBody"), ("中共杭州市委", "GovernmentBody"),
                                      ("杭州市", "City")}),
    ("“十四五”开局之年", {("十四五", "Policy")}),
    ("江苏省政府办公厅印发意见，省商务厅与省发展改革委抓好落实", {("江苏省政府办公厅", "GovernmentBody"),
                                                             ("省商务厅", "GovernmentBody"),
                                                             ("省发展改革委", "GovernmentBody")}),
    ("6月18日，开发区出台《关于支持先进制造业高质量发展的若干措施》",
     {("关于支持先进制造业高质量发展的若干措施", "Policy")}),
    ("推动长三角一体化发展，融入京津冀", {("长三角", "Region"), ("京津冀", "Region")}),
    ("华星光电第10.5代液晶面板项目在深圳开工", {("华星光电第10.5代液晶面板项目", "Project"), ("深圳", "City")}),
    ("由江北新区开发建设有限公司负责园区运营", {("江北新区开发建设有限公司", "Company")}),
    ("引进恒通物业服务有限公司", {("恒通物业服务有限公司", "Company")}),
    ("两市在湘潭共建湘株产业合作园", {("湘株产业合作园", "Park"), ("湘潭", "City")}),
    ("东江市南岸深港现代服务业合作区管理局发布通知",
     {("东江市南岸深港现代服务业合作区管理局", "GovernmentBody"), ("东江市南岸深港现代服务业合作区", "Zone")}),
    ("北海公司将在保税港区投资建设华南物流中心", {("华南物流中心", "Project")}),
    ("星河公司首席执行官艾伦·斯图尔特通过视频致辞", {("艾伦·斯图尔特", "Person")}),
    ("小岭经开区完成规模以上工业增加值", {("小岭经开区", "Zone")}),
    ("国家电网和华为技术有限公司签约", {("华为技术有限公司", "Company")}),
    ("由原杭州大江东产业集聚区和杭州经济技术开发区整合而成", {("杭州大江东产业集聚区", "Zone")}),
    ("原平市经济开发区", {("原平市经济开发区", "Zone")}),
    ("12月20日，北湖工业园区举行产业创新集群建设推进会", {("产业创新集群建设推进会", "Event")}),
    ("记者从南岭航空港经济综合实验区（南岭综合保税区）获悉",
     {("南岭航空港经济综合实验区", "Zone"), ("南岭综合保税区", "Zone")}),
    ("星光卫星股份有限公司“星光一号”卫星组网项目总投资45亿元", {("“星光一号”卫星组网项目", "Project")}),
    ("活动在新港创新科技园举行", {("新港创新科技园", "Park")}),
    ("2014年6月，国务院批复设立青岛西海岸新区", {("青岛西海岸新区", "Zone")}),  # 设立 cut by the length limit
    ("重点推进成渝地区双城经济圈产业合作示范园区建设", {("成渝地区双城经济圈产业合作示范园区", "Park")}),  # not 区双城…
    ("中国—东盟信息港股份有限公司合作共建", {("中国—东盟信息港股份有限公司", "Company")}),  # not 东盟信息港…
    ("其中，鑫航动力电池及储能电池项目总投资120亿元", {("鑫航动力电池及储能电池项目", "Project")}),  # one name
    ("其中鑫亚迪新能源乘用车及零部件项目总投资150亿元", {("鑫亚迪新能源乘用车及零部件项目", "Project")}),  # products
    ("江西省委副书记、省长叶建春日前到赣江新区调研", {("叶建春", "Person")}),  # 日前, 到 after a name
    ("成都市委副书记、市长王凤朝见证签约", {("王凤朝", "Person")}),
    ("盐城经开区与韩国现代汽车株式会社日前签订投资协议", {("现代汽车株式会社", "Company")}),  # a Korean firm's legal form
    ("签约项目中，上海鑫合汽车电子有限公司汽车电子产业园项目投资25亿元",
     {("上海鑫合汽车电子有限公司", "Company"), ("汽车电子产业园项目", "Project")}),  # a park's name after the firm
    ("鑫科微电子（上海）有限公司12英寸集成电路特色工艺研发与产业化项目总投资22亿美元",
     {("鑫科微电子（上海）有限公司", "Company"), ("12英寸集成电路特色工艺研发与产业化项目", "Project")}),
    ("重点发展工程机械、轨道交通装备和智能家电产业",
     {("工程机械", "Industry"), ("轨道交通装备", "Industry"), ("智能家电产业", "Industry")}),
]


def named(text: str) -> set[tuple[str, str]]:
    return {(text[c.start:c.end], c.cls) for c in _select(recognize(text, ArticleContext(text))) if not c.generic}


@pytest.mark.parametrize("text,expected", MENTIONS)
def test_mentions(text, expected):
    assert expected <= named(text)


NOT_NAMES = [
    "由两个产业园区一体化融合而成",  # 两个产业园区: a number of parks
    "一批高质量项目相继落户园区",    # 高质量项目: descriptive
    "这是江苏省政府合作开发的跨国园区",  # 跨国园区: descriptive
    "形成了以3个百亿级项目为龙头的项目矩阵",
    "真金白银培育科创森林",          # 白银 is a city, but not here
    "全力保障项目建设，督促项目加快进度",  # verbs before 项目, not names
    "抓好项目谋划，做好项目储备",
    "平台公司负责园区的规划和建设",     # 负责园区: a verb before 园区
    "累计引进外资项目320个，其中世界500强企业投资项目56个",
    "将成为全球最大的玻璃基板研发及制造基地之一",  # what a place becomes, not a facility built
    "双方共建联合实验室",
    "奋力谱写园区新篇章，狠抓项目建设",
    "着力打造新型现代产业园区，新建园区3个",
    "两地已联合命名首批20个成渝地区双城经济圈产业合作示范园区",  # a count before a name too long: a kind
    "是全国唯一的内河港型保税区",  # what the zone is
    "对入选的领军人才，给予最高500万元项目资助和200万元安家补贴",  # a grant's amount
    "开发区再迎重磅项目",  # 再迎, 重磅: no project's name
    "开发区举行德企项目签约，德资企业项目总投资2.6亿欧元",  # projects of German firms: a kind
    "是青川唯一同时享受国家级经济技术开发区和国家高新技术产业园区双重优惠政策的开发区",
    "计划每年为国内集成电路企业培训工程师超过1000人次",  # 工程师: no name ending in 工程
    "是鑫川市与白石市共建的特别合作区",  # 特别: descriptive
    "连续多年在全国生物医药园区综合竞争力排名中位居前列",  # the parks of an industry
    "该项目主要建设新能源汽车整车及零部件生产线",  # what the project holds, not a name
    "目前主体工程已完工，土建工程和装修工程正在建设",  # parts of the works, no names
    "开发区举行德国企业项目签约仪式",  # projects of German firms: a kind
    "支持各地开发区争创世界一流园区",  # 争创: a verb before what is striven for
    "打造产城融合新城，建设现代化新城市",  # no name before 新城
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_generic_phrases_are_not_names(text):
    found = named(text)
    assert not {n for n, c in found if c in ("Park", "Zone", "Project", "City", "Institution")} - {"江苏省"}, found


def test_gazetteer_scan_leftmost_longest_with_and_without_short_forms():
    """Place names found leftmost-longest (北京市, not 北京; 海淀区, not 海淀); a district's short
    form counts only where the article allows it (it also names the district in full)."""
    from kg import lexicon

    gaz = lexicon.gazetteer()
    text = "北京市海淀区的中关村，海淀的企业与朝阳区合作，重庆市两江新区"
    plain = [form for _, _, form in gaz.scan(text)]
    assert plain == ["北京市", "海淀区", "朝阳区", "重庆市"]
    with_short = gaz.scan(text, {"海淀"})
    assert [form for _, _, form in with_short] == ["北京市", "海淀区", "海淀", "朝阳区", "重庆市"]
    assert all(text[a:b] == form for a, b, form in with_short)
    assert gaz.scan(text, {"海淀"}) == gaz._scan_with(text, {"海淀"})
    assert gaz.scan(text) == gaz._scan_with(text, set())


def test_a_group_company_is_one_name_with_its_legal_form():
    """集团 inside 集团股份有限公司 / 集团有限公司 / 集团控股有限公司 does not make a second, shorter company."""
    text = "该基地由蓝海科技集团股份有限公司与北岸实业集团有限公司共同投资"
    companies = {n for n, c in named(text) if c == "Company"}
    assert companies == {"蓝海科技集团股份有限公司", "北岸实业集团有限公司"}
    companies = {n for n, c in named("由大众汽车集团（中国）与安徽鑫淮汽车集团控股有限公司共同出资组建") if c == "Company"}
    assert companies == {"大众汽车集团", "安徽鑫淮汽车集团控股有限公司"}  # 集团 then 控股有限公司: one name


def test_a_decimal_point_and_a_hyphen_between_letters_stay_inside_a_name():
    text = "总投资80亿元的第8.6代AMOLED生产线项目开工"
    assert ("第8.6代AMOLED生产线项目", "Project") in named(text)
    assert not {n for n, _ in named(text) if n.startswith("6代")}
    text = "鑫星将在光谷投资150亿元，扩建第6代柔性LTPS-AMOLED显示面板生产线"  # a hyphen between Latin letters
    assert ("第6代柔性LTPS-AMOLED显示面板生产线", "Project") in named(text)
    assert not named("2021-2025年产业园区建设")  # a range of years is no part of a name


def test_the_tail_of_a_longer_name_is_no_name():
    text = "东江市南岸深港现代服务业合作区管理局发布通知"
    assert ("区管理局", "GovernmentBody") not in named(text)


def test_set_phrases_with_a_country_name_are_no_places():
    assert not named("坚持以习近平新时代中国特色社会主义思想为指导，推进中国式现代化")
    assert ("中国", "Country") in named("中国与新加坡两国政府合作")


def test_a_bare_word_before_company_is_no_firm():
    assert not {n for n, c in named("董事长介绍，宜宾基地是公司全球最大的生产基地之一") if c == "Company"}


def test_a_firm_in_a_list_of_projects_stays_a_firm_and_so_do_names_listed_with_it():
    found = named("经济区先后引进了海川石化、华能集团、北湾炼化等一批重大项目")
    assert ("华能集团", "Company") in found and ("华能集团", "Project") not in found
    assert ("北湾炼化", "Company") in found  # listed with a firm, no item named as a project: firms' names
    assert ("北湾炼化", "Project") in named("经济区先后引进了海川石化、北湾炼化等一批重大项目")  # the list says what it is


def test_a_name_defined_in_brackets_without_quotes_and_a_country_before_a_dash():
    found = named("中国—白俄罗斯工业园（简称中白工业园）管委会15日发布消息")
    assert ("中国—白俄罗斯工业园", "Park") in found
    assert not {n for n, c in found if n.startswith("简称") or c == "GovernmentBody"}, found


def test_the_zones_of_a_wider_zone_are_no_zone():
    assert named("鑫湾经济区开发区工业总产值突破1.5万亿元") == {("鑫湾经济区", "Zone")}
    assert ("海南自贸港", "FreeTradeZone") in named("海南自贸港重点园区营业收入突破1.2万亿元")
    assert not {n for n, c in named("海南自贸港重点园区营业收入突破1.2万亿元") if c == "Park"}


def test_a_wholly_owned_subsidiary_is_no_firm_s_name():
    assert not {n for n, c in named("江苏鑫时代科技有限公司是鑫德集团设立的全资子公司") if c == "Company"} - {
        "江苏鑫时代科技有限公司", "鑫德集团"}


def test_a_project_after_a_registered_firm_names_no_second_firm():
    found = named("其中鑫菲光集团股份有限公司智能汽车电子项目投资35亿元")
    assert {n for n, c in found if c == "Company"} == {"鑫菲光集团股份有限公司"}  # not 智能汽车电子


def test_what_a_firm_is_no_firm_and_a_project_built_by_a_firm_a_name():
    assert {n for n, c in named("鑫德集团是亚洲知名的房地产集团") if c == "Company"} == {"鑫德集团"}
    found = named("投资额最大的是上海鑫气集团股份有限公司投资建设的氢能装备产业园项目")
    assert ("氢能装备产业园项目", "Project") in found


def test_a_district_s_name_ending_a_zone_s_is_the_zone_s():
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    g = extract_article(Article("t", "t", "绍兴滨海新区集成电路产业园开工。\n", "t.txt", PartialDate(2022)))
    assert "District" not in {e.cls for e in g.entities}  # 滨海新区 is Tianjin's district, not named here


def test_jin_xing_ends_a_name_and_an_industry_is_no_firm():
    found = named("对鑫风第二工厂进行新能源汽车生产线改造")
    assert not {n for n, c in found if "进行" in n or (c == "Company" and n == "新能源汽车")}, found


def test_list_items_a_brand_holding_wei_and_a_list_that_ends_at_deng():
    found = named("园区现有华为终端、生益科技、中集智能等一批龙头企业")
    assert {n for n, c in found if c == "Company"} == {"华为终端", "生益科技", "中集智能"}
    found = named("产业园已集聚鑫海制药、葛兰素史克等外资药企和康希诺、凯莱英等本土企业300余家")
    assert {"葛兰素史克", "康希诺", "凯莱英"} <= {n for n, c in found if c == "Company"}
    assert not {n for n, c in found if "等" in n or "药企" in n}


def test_a_firm_in_latin_letters_with_its_chinese_name_in_brackets():
    assert ("ASML", "Company") in named("3月16日，全球光刻机巨头ASML（阿斯麦）在青川新区设立的培训中心正式启用")
    assert ("NXP", "Company") in named("NXP（恩智浦）与青川新区签约")
    assert not {n for n, c in named("全区GDP（国内生产总值）增长5%，AI（人工智能）产业加快发展") if c == "Company"}


def test_a_county_after_a_cautious_character_is_kept_whole():
    assert ("如东洋口港经济开发区", "Zone") in named("由原通州湾示范区和原如东洋口港经济开发区部分区域整合而成")


def test_a_tourist_resort_is_a_zone():
    assert ("苏州太湖国家旅游度假区", "Zone") in named("苏州太湖国家旅游度假区管委会主任张三出席")
    assert not {n for n, c in named("打造国际旅游度假区") if c == "Zone"}


def test_a_brand_holding_he_in_a_list_stays_whole_and_two_names_joined_by_he_stay_two():
    assert {"诺和诺德", "葛兰素史克"} <= {n for n, c in named("园区引进了诺和诺德、葛兰素史克等外资药企") if c == "Company"}
    assert {"诺和诺德", "葛兰素史克"} <= {n for n, c in named("诺和诺德、葛兰素史克等外资药企纷纷落户") if c == "Company"}
    items = named("通过对青川文化园、青川之门、惠灵顿和诺德安达、青川科技公园等一批重点项目的培育")
    assert {"惠灵顿", "诺德安达"} <= {n for n, c in items}


def test_valley_parks_and_an_assembly_line():
    assert ("祥符荡科创绿谷", "Park") in named("今年以来，祥符荡科创绿谷已引进重大项目12个")
    assert ("青川生物医药谷", "Park") in named("青川生物医药谷集聚企业200家")
    assert ("青川飞机总装线", "Project") in named("投产后青川飞机总装线年产能将翻番")


def test_an_ordinal_after_a_name_keeps_the_name():
    assert ("青川飞机第二条总装线", "Project") in named("10月10日，青川飞机第二条总装线在青川保税区正式投产")
    assert not {n for n, c in named("青川是全国第18个国家级新区") if c == "Zone"}


def test_an_institution_joining_two_fields_with_yu_is_one_name():
    found = named("中国科学院青川光电技术与纳米材料研究所、青川大学等12家单位与白石经开区签订合作协议")
    assert ("中国科学院青川光电技术与纳米材料研究所", "Institution") in found
    assert ("青川大学材料科学与工程学院", "Institution") in named("青川大学材料科学与工程学院和白石经开区共建实验室")
    assert ("白石研究院", "Institution") in named("园区引进先进技术与白石研究院合作")  # 技术与 a place: two things


def test_a_place_and_one_character_before_he_open_a_name():
    assert {n for n, c in named("南京协和药厂、青川双鹤等企业落户园区") if c == "Company"} == {"南京协和药厂", "青川双鹤"}
    assert {n for n, c in named("引进青川双鹤、南京协和药厂等企业") if c == "Company"} == {"南京协和药厂", "青川双鹤"}
    assert {n for n, c in named("成都市和四川天府新区签约") if c == "Zone"} == {"四川天府新区"}  # 市 is 成都's own


def test_a_number_of_things_after_an_industry_term_is_no_industry():
    assert not {n for n, c in named("青川数据中心可容纳服务器100万台") if c == "Industry"}
    assert ("新能源汽车", "Industry") in named("项目建成后年产新能源汽车5万辆")


def test_a_quoted_industry_is_no_policy():
    found = named("开发区将围绕“数字经济”和“先进制造”两大主导产业，推动项目落地")
    assert ("数字经济", "Industry") in found and not {n for n, c in found if c == "Policy"}
    assert ("亩均论英雄", "Policy") in named("深化落实“亩均论英雄”的改革措施")


def test_a_policy_a_zone_applies_is_no_zone_s_name():
    found = named("同意将两个开发区整合为青川高新技术产业开发区，实行现行省级高新区政策")
    assert {n for n, c in found if c == "Zone"} == {"青川高新技术产业开发区"}


def test_a_person_s_name_ends_before_a_verb_of_visiting():
    assert ("陈青川", "Person") in named("8月15日，市委书记陈青川来到白石新片区调研")
    assert ("李白", "Person") in named("市委书记李白来到白石新片区调研")
    assert ("王青川", "Person") in named("副省长王青川走进企业车间察看生产情况")


def test_a_list_of_firms_after_yiji_and_before_a_ranking_with_digits():
    found = named("青川生物城已集聚企业2000余家，其中包括白瑞、赛青菲等世界500强企业，以及人青医药、华白基因等龙头企业")
    assert {n for n, c in found if c == "Company"} == {"白瑞", "赛青菲", "人青医药", "华白基因"}


def test_a_park_of_an_industry_after_de_is_a_kind_of_park():
    found = named("青川生物城是青川高新区按照“产业新城”模式建设的生物产业园区，规划面积30平方公里")
    assert {n for n, c in found if c in ("Park", "Zone")} == {"青川生物城", "青川高新区"}


def test_banks_are_firms_and_the_central_bank_a_government_body():
    found = named("去年，青川银行、白石银行等香港金融机构在前海设立分支机构")
    assert {n for n, c in found if c == "Company"} == {"青川银行", "白石银行"}
    assert not {n for n, c in named("银行业金融机构贷款余额增长10%") if c == "Company"}
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    g = extract_article(Article("t", "t", "中国人民银行与园区签约。\n", "t.txt", PartialDate(2023)))
    assert [(e.label, e.cls) for e in g.entities if e.label == "中国人民银行"] == [("中国人民银行", "GovernmentBody")]


def test_a_development_company_set_up_is_no_name():
    assert not named("双方按照6:4的比例合资成立开发公司，负责园区的规划、建设和运营管理")
    assert ("青川开发建设有限公司", "Company") in named("由青川开发建设有限公司负责园区运营")


def test_the_central_and_western_regions_are_one_region():
    assert ("中西部地区", "Region") in named("在中西部地区，青川经济技术开发区进入前30名")


def test_a_list_after_fenbie_yu_opens_after_it():
    found = named("签约仪式上，蓝湾经开区管委会分别与江西白石能源有限公司、华勤技术股份有限公司等企业签署投资协议")
    assert {n for n, c in found if c == "Company"} == {"江西白石能源有限公司", "华勤技术股份有限公司"}


def test_verbs_of_ranking_and_applying_end_the_words_before_a_zone():
    found = named("苏州工业园区、蓝湾经济技术开发区分列国家级经开区前两位")
    assert {n for n, c in found if c in ("Zone", "Park")} == {"苏州工业园区", "蓝湾经济技术开发区"}
    assert not named("支持有条件的省级开发区申报国家级开发区")


def test_a_base_for_two_products_joined_by_ji_is_one_name():
    found = named("其全资子公司拟在蓝湾经开区投资50亿元，新建智能手机及新能源汽车零部件智能制造基地")
    assert ("智能手机及新能源汽车零部件智能制造基地", "Project") in found


def test_a_province_s_ordinal_zone_is_a_count_not_a_name():
    assert {n for n, c in named("蓝湾新区是浙江省第四个省级新区") if c == "Zone"} == {"蓝湾新区"}


def test_consumer_electronics_is_an_industry_not_a_firm_s_short_name():
    found = named("深圳白旺达电子股份有限公司投资15亿元建设消费电子电池模组项目")
    assert {n for n, c in found if c == "Company"} == {"深圳白旺达电子股份有限公司"}


def test_an_expansion_works_project_keeps_its_whole_name():
    found = named("将加快推进白南炼化100万吨/年乙烯及炼油改扩建工程项目建设")
    assert {n for n, c in found if c == "Project"} == {"白南炼化100万吨/年乙烯及炼油改扩建工程项目"}


def test_our_country_s_first_batch_of_parks_is_a_kind():
    found = named("中韩（白城）产业园于2017年12月经国务院批复设立，是我国首批中外合作产业园区之一")
    assert {n for n, c in found if c == "Park"} == {"中韩（白城）产业园"}


def test_latin_names_with_a_space_and_firms_after_their_country_in_a_list():
    found = named("6月10日，韩国SK On、现代摩比斯等8个韩资项目现场签约")
    assert {n for n, c in found if c == "Project"} == {"SK On", "现代摩比斯"}
    assert {n for n, c in named("园区引进德国白世、日本电装等企业") if c == "Company"} == {"白世", "电装"}


def test_two_industries_side_by_side_before_chanye_are_one_industry():
    found = named("蓝湾高新区大力发展新能源新材料产业")
    assert {n for n, c in found if c == "Industry"} == {"新能源新材料产业"}


def test_a_firm_s_supporting_project_for_a_product_is_named():
    found = named("3.滁州白科光电科技有限公司OLED面板配套项目，总投资20亿元，计划2024年投产")
    assert ("OLED面板配套项目", "Project") in found
    assert not {n for n, c in named("园区积极引进新能源汽车配套项目") if c == "Project"}


def test_jiu_about_ends_the_words_before_a_project():
    found = named("蓝湾经开区管委会与白石集团就白石新材料项目签订投资协议")
    assert {n for n, c in found if c == "Project"} == {"白石新材料项目"}


def test_a_person_s_name_ends_before_peitong():
    assert ("张白", "Person") in named("蓝湾经开区党工委书记、管委会主任王蓝，副主任张白陪同考察")


def test_an_industrial_concentration_area_is_a_zone():
    assert ("白石县工业集中区", "Zone") in named("白石县工业集中区新签约项目12个")


def test_a_chain_from_a_to_b_is_no_list_of_industries():
    found = named("项目建成后，蓝湾高新区将形成从动力电池、电机电控到整车制造的完整产业链")
    assert not {n for n, c in found if c == "Industry" and ("到" in n or "的" in n)}


def test_a_firm_after_its_country_in_a_list_of_projects():
    found = named("10月23日，蓝湾中德生态园举行签约仪式，德国克诺白集团、巴斯夫（中国）有限公司等6个项目签约")
    assert ("克诺白集团", "Company") in found and ("德国克诺白集团", "Company") not in found


def test_a_place_and_one_character_before_ru_open_a_firm_s_name():
    found = named("首批签约企业包括：南通华信中央空调有限公司、如皋市中如新材料科技有限公司等")
    assert ("如皋市中如新材料科技有限公司", "Company") in found


def test_a_facility_built_together_is_a_project():
    found = named("蓝湾与上海交通大学、复旦大学等高校共建祥符荡创新中心，已集聚高层次人才团队30余个")
    assert ("祥符荡创新中心", "Project") in found


def test_fu_is_a_surname_and_the_north_s_first_zone_is_a_count():
    assert ("傅青", "Person") in named("空客公司首席执行官傅青出席开工仪式")
    assert {n for n, c in named("蓝湾港保税区是我国北方第一个保税区") if c == "Zone"} == {"蓝湾港保税区"}


def test_wan_is_a_surname():
    assert ("宛青春", "Person") in named("蓝湾经开区党工委书记、管委会主任宛青春陪同调研")


def test_a_firm_named_after_a_bureau_and_a_foreign_state_s_government():
    found = named("园区由蓝湾机械集团有限公司、招商局集团有限公司和白俄罗斯明斯克州政府等共同开发")
    assert {("招商局集团有限公司", "Company"), ("明斯克州政府", "GovernmentBody")} <= found
    assert not {n for n, c in named("中国石化与海南省政府签署协议") if c == "GovernmentBody" and "石化" in n}


def test_no_place_opens_at_the_zhong_of_qizhong():
    assert not {n for n, c in named("其中卫星化学项目总投资250亿元") if c == "City"}
    assert not {n for n, c in named("全省开发区109个，其中国家级开发区21个") if c == "Country"}
    assert ("山东省", "Province") in named("其中山东省投资最多")


def test_a_chemical_with_a_greek_letter_and_a_hyphen_is_inside_a_project_s_name():
    found = named("其中蓝湾化学α-烯烃综合利用高端新材料产业园项目总投资250亿元")
    assert {n for n, c in found if c in ("Project", "Park")} == {"蓝湾化学α-烯烃综合利用高端新材料产业园项目"}


def test_an_association_of_two_trades_and_the_ranking_of_an_industry_s_parks():
    found = named("近日，中国石油和化学工业联合会发布2022年化工园区30强名单，蓝湾石化产业园首次入选")
    assert ("中国石油和化学工业联合会", "Organization") in found
    assert {n for n, c in found if c == "Park"} == {"蓝湾石化产业园"}


def test_a_single_project_and_a_park_rented_are_no_names():
    assert not {n for n, c in named("蓝湾工业园区发布人工智能产业“十五条” 单个项目最高补贴2000万元") if c == "Project"}
    assert not {n for n, c in named("对租用园区算力中心的企业，给予最高50%的租金补贴") if c == "Park"}


def test_a_firm_s_headquarters_project_is_named_with_the_firm():
    found = named("同时，白维塔科技（重庆）有限公司总部项目、深青汽车科技有限公司研发中心项目也同步签约落户两江新区")
    assert {n for n, c in found if c == "Project"} == {"白维塔科技（重庆）有限公司总部项目", "深青汽车科技有限公司研发中心项目"}
    found = named("其中，赛力青汽车有限公司超级工厂二期项目总投资超百亿元")
    assert ("赛力青汽车有限公司超级工厂二期项目", "Project") in found


def test_projects_counted_with_over_are_a_count():
    assert not {n for n, c in named("南沙已引进港澳项目超过2700个，投资总额超过1000亿美元") if c == "Project"}


def test_a_data_centre_with_its_investment_or_in_use_is_a_project():
    found = named("其中，腾讯青川七星数据中心总投资约50亿元，已于2020年投入使用")
    assert ("腾讯青川七星数据中心", "Project") in found
    assert ("国家健康医疗大数据中心一期", "Project") in named("国家健康医疗大数据中心一期已投入使用")
    assert not {n for n, c in named("青川新区将加快建设面向全国的数据中心") if c == "Project"}


def test_a_taiwanese_investment_zone_and_a_brand_opening_with_zheng_after_de():
    found = named("泉州台商投资区位于福建省泉州市，1992年经国务院批准设立")
    assert ("泉州台商投资区", "Zone") in found
    found = named("由台湾正新橡胶工业股份有限公司投资的正新轮胎泉州生产基地扩建项目总投资3亿美元")
    assert ("正新轮胎泉州生产基地扩建项目", "Project") in found


def test_no_project_in_a_saying_of_what_there_is_not():
    assert not {n for n, c in named("“没有项目就没有发展，没有大项目就没有大发展。”党工委书记朱建华说") if c == "Project"}


def test_accented_latin_letters_are_inside_a_name():
    assert ("德国Dräger医疗设备项目", "Project") in named("德国Dräger医疗设备项目总投资5000万欧元，预计明年一季度投产")


def test_a_province_s_free_trade_zone_by_its_province_s_short_name():
    assert ("新疆自贸试验区", "FreeTradeZone") in named("新疆自贸试验区实施范围179.66平方公里")
    assert not {n for n, c in named("江苏省开发区考核结果公布") if c == "Zone"}  # a province's zones: a kind


def test_a_power_station_built_is_a_project_and_hope_opens_no_firm():
    assert ("青川光伏电站", "Project") in named("华润电力投资建设青川光伏电站，总投资10亿元")
    assert {n for n, c in named("希望华润集团进一步加大在常州的投资力度") if c == "Company"} == {"华润集团"}
    assert ("新希望集团", "Company") in named("新希望集团投资建设饲料项目")


def test_a_japanese_registered_name_of_two_characters_after_its_country_keeps_it():
    assert ("日本电产株式会社", "Company") in named("日本电产株式会社投资1.5亿美元建设精密马达研发生产基地")
    assert ("现代汽车株式会社", "Company") in named("园区与韩国现代汽车株式会社签约")  # the country describes it


def test_zhege_before_a_name_is_no_part_of_it():
    found = named("投资超百亿！这个新能源项目落户射阳")
    assert ("新能源项目", "Project") in found
    assert not [t for t, c in found if t.startswith("个")]


def test_a_transliterated_name_after_a_title_that_goes_on():
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    text = "博世集团董事会主席斯特凡·哈通表示，中国是博世全球最重要的市场之一。\n"
    g = extract_article(Article("t", "t", text, "t.txt", PartialDate(2023)))
    assert {e.label for e in g.entities if e.cls == "Person"} == {"斯特凡·哈通"}


def test_a_zone_s_projects_by_descriptive_words_are_no_project_s_name():
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    g = extract_article(Article("t", "t", "2023年青川经开区重大产业项目集中开工 总投资430亿元\n", "t.txt", PartialDate(2023)))
    assert not [e.label for e in g.entities if e.cls == "Project"]


@pytest.mark.parametrize("name, firm", [
    ("东方盛虹新材料项目", "东方盛虹"), ("协鑫集成光伏产业园项目", "协鑫集成"), ("天合光能光伏组件项目", "天合光能"),
    ("年产十万新材料项目", None), ("中欧班列物流园项目", None), ("海上风电装备项目", None), ("绿色低碳新材料项目", None),
    ("研发中心生物医药项目", None), ("人才公寓新能源项目", None), ("总部经济生物医药项目", None),
    ("顺丰航空物流园项目", None), ("LG化学偏光片扩产项目", "LG化学"), ("青禾化学电子材料项目", "青禾化学"),
])
def test_a_four_character_brand_opens_a_project_before_an_industry(name, firm):
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    g = extract_article(Article("t", "t", f"3月，{name}在青川开工。\n", "t.txt", PartialDate(2023)))
    assert [e.label for e in g.entities if e.cls == "Company"] == ([firm] if firm else [])


def test_firms_an_official_visits_and_firms_a_zone_lists():
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    g = extract_article(Article("t", "t", "9月5日，烟台经济技术开发区党工委书记、管委主任于伟东先后到万华化学集团股份有限公司、"
                                "上汽通用东岳汽车有限公司、富士康烟台工业园等企业调研。\n", "t.txt", PartialDate(2023)))
    assert {e.label for e in g.entities if e.cls == "Company"} == {"万华化学集团股份有限公司", "上汽通用东岳汽车有限公司"}
    assert "烟台经济技术开发区" in {e.label for e in g.entities if e.cls == "Zone"}
    g = extract_article(Article("t", "t", "近日，苏州相城经济技术开发区企业苏州天准科技股份有限公司、苏州瑞可达连接系统股份有限公司"
                                "先后在上海证券交易所科创板上市。\n", "t.txt", PartialDate(2023)))
    assert {e.label for e in g.entities if e.cls == "Company"} == {"苏州天准科技股份有限公司", "苏州瑞可达连接系统股份有限公司"}


def test_an_item_holding_a_post_is_no_firm():
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    g = extract_article(Article("t", "t", "青川开发区党工委书记、管委主任王明带队考察青川化学集团股份有限公司、青川汽车有限公司等企业。\n",
                                "t.txt", PartialDate(2023)))
    assert {e.label for e in g.entities if e.cls == "Company"} == {"青川化学集团股份有限公司", "青川汽车有限公司"}


def test_counted_firms_after_a_signing_party_and_no_person_inside_a_zone_s_name():
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    g = extract_article(Article("t", "t", "日前，青川国际生物城与科伦药业、百利药业、先导药物3家企业签约。"
                                "该项目位于福州新区长乐片区。\n", "t.txt", PartialDate(2023)))
    assert {e.label for e in g.entities if e.cls == "Company"} == {"科伦药业", "百利药业", "先导药物"}
    assert not [e for e in g.entities if e.cls == "Person"]  # 新区长乐片区 holds no 区长 乐片区
    g = extract_article(Article("t", "t", "园区已集聚300家企业。\n", "t.txt", PartialDate(2023)))
    assert not [e for e in g.entities if e.cls == "Company"]


def test_an_adverb_s_character_opening_a_clause_opens_a_name():
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    g = extract_article(Article("t", "t", "7月18日，正泰新能源科技有限公司与海宁经济开发区管委会签订投资协议。"
                                "园区正加快建设青川光伏组件项目。\n", "t.txt", PartialDate(2023)))
    assert {e.label for e in g.entities if e.cls == "Company"} == {"正泰新能源科技有限公司"}
    assert "青川光伏组件项目" in {e.label for e in g.entities if e.cls == "Project"}  # (正 an adverb there)
    g = extract_article(Article("t", "t", "3月，都江堰经济开发区与均胜电子股份有限公司签约。\n", "t.txt", PartialDate(2023)))
    assert {e.label for e in g.entities if e.cls in ("Zone", "Company")} == {"都江堰经济开发区", "均胜电子股份有限公司"}
    g = extract_article(Article("t", "t", "又一外资项目落户！青川一体化基地项目投产\n", "t.txt", PartialDate(2023)))
    assert {e.label for e in g.entities if e.cls == "Project"} == {"青川一体化基地项目"}  # 又一: another, no name


def test_a_zone_named_after_two_places_joined_by_a_dash():
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    g = extract_article(Article("t", "t", "6月16日，南京市江宁区与马鞍山市博望区签署协议，共建江宁—博望跨界一体化发展示范区。\n",
                                "t.txt", PartialDate(2023)))
    assert {e.label for e in g.entities if e.cls == "Zone"} == {"江宁—博望跨界一体化发展示范区"}


def test_an_investing_firm_is_named_without_its_foreign_country():
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    g = extract_article(Article("t", "t", "本次签约项目中，韩国KX星光追加投资15亿美元建设第二工厂项目。\n", "t.txt", PartialDate(2023)))
    assert {(e.cls, e.label) for e in g.entities if e.cls in ("Company", "Country")} == {
        ("Company", "KX星光"), ("Country", "韩国")}


def test_a_zone_s_foreign_funded_projects_with_its_district_in_brackets_are_no_project():
    from kg.model import Article, PartialDate
    from kg.pipeline import extract_article

    g = extract_article(Article("t", "t", "5月19日，无锡高新区（新吴区）外资项目集中签约活动在无锡举行。\n", "t.txt",
                                PartialDate(2023)))
    assert not [e.label for e in g.entities if e.cls == "Project"]
    assert {e.label for e in g.entities if e.cls == "Event"} == {"无锡高新区（新吴区）外资项目集中签约活动"}


def test_nationally_known_banks_named_with_common_words_are_firms():
    found = named("招商银行、民生银行、兴业银行等金融机构先后落户青川合作区，青川合作区加大招商引资力度。")
    assert {n for n, c in found if c == "Company"} == {"招商银行", "民生银行", "兴业银行"}
