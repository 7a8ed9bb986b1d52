"""Regenerate divisions.tsv (GB/T 2260 codes) from cpca's adcodes.csv.

    pip install cpca && python kg/data/make_divisions.py PATH/TO/cpca/resources/adcodes.csv

Run by hand when the table should be refreshed; kg reads only the TSV.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

MUNICIPALITIES = {"11", "12", "31", "50"}
PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
CITY_SUFFIXES = ("自治州", "地区", "市", "盟")
DISTRICT_SUFFIXES = ("自治县", "自治旗", "新区", "区", "县", "市", "旗")


def short(name: str, suffixes: tuple[str, ...]) -> str:
    for s in suffixes:
        if name.endswith(s) and len(name) - len(s) >= 2:
            stem = name[: -len(s)]
            return stem[:2] if "族" in stem else stem  # 延边朝鲜族自治州 → 延边
    return name


def main(src: str) -> None:
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
    rows.sort()
    out = Path(__file__).with_name("divisions.tsv")
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# GB/T 2260 administrative divisions (from the cpca package's adcodes.csv)\n")
        fh.write("# code\tname\tlevel\tshort\tparent\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
