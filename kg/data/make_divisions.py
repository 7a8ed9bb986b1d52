"""Regenerate divisions.tsv (GB/T 2260 codes) from cpca's adcodes.csv, with the cities and districts set up or
renamed since then (钱塘区, 海门区 …) added from jionlp's china_location.txt.

    pip download cpca jionlp --no-deps -d wheels && cd wheels && unzip -o cpca*.whl && unzip -o jionlp*.whl
    unzip -o jionlp/dictionary/china_location.zip
    python kg/data/make_divisions.py cpca/resources/adcodes.csv china_location.txt

Run by hand when the table should be refreshed; kg reads only the TSV. cpca's rows and codes come
first; a unit jionlp names under the same parent that cpca lacks is added with the code jionlp gives
(a unit renamed may keep its former code: 海门区 320684, formerly 海门市).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

MUNICIPALITIES = {"11", "12", "31", "50"}
PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
CITY_SUFFIXES = ("自治州", "地区", "市", "盟")
DISTRICT_SUFFIXES = ("自治县", "自治旗", "新区", "区", "县", "市", "旗")


#: the peoples an autonomous unit is named after (族 follows most): 延边|朝鲜族自治州, 博尔塔拉|蒙古自治州
PEOPLES = ("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
           "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
           "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
           "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各")


def without_peoples(stem: str) -> str:
    """The place's own name before the peoples it is named after: 西双版纳傣族 → 西双版纳, 黔东南苗族侗族 → 黔东南
    (a name that is a people's only stays: 鄂伦春)."""
    peoples = sorted(PEOPLES, key=len, reverse=True)
    while True:
        people = next((p for p in peoples for tail in (p + "族", p) if stem.endswith(tail) and len(stem) - len(tail) >= 2
                       and (tail.endswith("族") or len(p) >= 2)), None)
        if people is None:
            return stem[:-1] if stem.endswith("族") and stem[:-1] in PEOPLES else stem  # 鄂温克族 → 鄂温克
        tail = people + "族" if stem.endswith(people + "族") else people
        stem = stem[: -len(tail)]


def short(name: str, suffixes: tuple[str, ...]) -> str:
    for s in suffixes:
        if name.endswith(s) and len(name) - len(s) >= 2:
            stem = name[: -len(s)]
            return without_peoples(stem) if s.startswith("自治") else stem  # 延边朝鲜族自治州 → 延边
    return name


_ZONE_ENDINGS = ("开发区", "新区", "园区", "管理区", "委员会", "新城")


def _newer_units(path: str, rows: list[tuple]) -> list[tuple]:
    """Cities and districts of jionlp's table (tab-indented: province, city, district, then towns without
    codes) that the cpca rows lack; provinces cpca has no units of (Hong Kong, Macau, Taiwan), homonyms
    of known units and the statistical units of development zones are left out."""
    known = {name for code, name, *_ in rows}  # a homonym of a unit already known (南沙区 of 三沙) is left out
    provinces = {code for code, name, level, *_ in rows
                 if level in ("province", "municipality") and code[:2] not in ("71", "81", "82")}
    out, province, city = [], "", ""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            depth = len(line) - len(line.lstrip("\t"))
            fields = line.strip().split("\t")
            if depth > 2 or len(fields) < 2:
                continue
            name, code = fields[0], fields[1][:6]
            if depth == 0:
                province = code
            elif depth == 1:  # a municipality is its own city; 省直辖县级行政区划: units of the province
                city = province if code == province or "直辖" in name else code
            if code[4] == "7" or "直辖" in name or name.endswith(_ZONE_ENDINGS) or depth == 0:
                continue  # a development zone's statistical unit (石家庄高新技术产业开发区, 天府新区), no division
            if depth == 1:
                if province in provinces and code != province and name not in known:
                    out.append((code, name, "city", short(name, CITY_SUFFIXES), province))
            elif province in provinces and name not in known:
                out.append((code, name, "district", short(name, DISTRICT_SUFFIXES), city))
    return out


def main(src: str, newer: str | None = None) -> None:
    rows = []
    with open(src, encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            code, name = rec["adcode"][:6], rec["name"]
            if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            if code.endswith("0000"):
                level = "municipality" if code[:2] in MUNICIPALITIES else "province"
                rows.append((code, name, level, short(name, PROVINCE_SUFFIXES), code))
            elif code.endswith("00"):
                rows.append((code, name, "city", short(name, CITY_SUFFIXES), code[:2] + "0000"))
            else:
                parent = code[:4] + "00"
                if code[:2] in MUNICIPALITIES:
                    parent = code[:2] + "0000"
                rows.append((code, name, "district", short(name, DISTRICT_SUFFIXES), parent))
    if newer:
        rows += _newer_units(newer, rows)
    rows.sort()
    out = Path(__file__).with_name("divisions.tsv")
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# GB/T 2260 administrative divisions (from the cpca package's adcodes.csv; units set up or renamed "
                 "since, from jionlp's china_location.txt)\n")
        fh.write("# code\tname\tlevel\tshort\tparent\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
