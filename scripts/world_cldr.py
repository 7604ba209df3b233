"""Country and territory names from Unicode CLDR (through Babel), for src/veille/data/world/countries.yaml.

The table Veille ships is curated by hand: the press's names ('Vietnam', not CLDR's French
'Viêt Nam'), demonyms, capitals and regions are not in CLDR. This script gives the part CLDR
knows, to start a table or to check one against a newer CLDR. Babel is only needed here, never
at run time.

    python scripts/world_cldr.py draft > draft.yaml   # one entry per ISO 3166-1 code, CLDR names only
    python scripts/world_cldr.py check                # CLDR names the curated table lacks

'draft' writes, per code: alpha-2 and alpha-3 codes, the English and French CLDR names (with
their short and variant forms where Babel has them) and the territory's names in its official
languages ('native'). 'check' lists, per entry, the CLDR names (English, French, native) that
are neither a name nor an alias of the curated entry, after accent and case folding, and the
ISO codes missing from the table; it changes nothing.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from babel.core import Locale, UnknownLocaleError, get_global

TABLE = Path(__file__).resolve().parent.parent / "src" / "veille" / "data" / "world" / "countries.yaml"

# CLDR region codes that are not ISO 3166-1 entries (groupings, exceptional reservations, test
# codes); Kosovo (XK, user-assigned) is kept, as the press and most institutions use it.
NOT_ISO = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
# Alpha-3 codes CLDR keeps as aliases of a current alpha-2 code, withdrawn from ISO 3166-1.
WITHDRAWN_ALPHA3 = {"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD"}
EXTRA_ALPHA3 = {"XK": "XKX"}  # user-assigned, as the European Union uses it
OFFICIAL = ("official", "de_facto_official")
# CLDR names the curated table leaves out on purpose: CLDR's disambiguated display forms, and
# names in languages of little written use in the press (Swiss German, Nigerian Pidgin, ...).
LEFT_OUT = {"Hong Kong SAR China", "R.A.S. chinoise de Hong Kong", "Macao SAR China", "R.A.S. chinoise de Macao",
            "Myanmar (Burma)", "Myanmar (Birmanie)", "Uburundi", "Ködörösêse tî Bêafrîka", "Schwiiz", "Kòrsou",
            "Liächteschtäi", "Nàìjíríà", "Paraguai", "U Rwanda", "Singapura", "Senegaal"}
NATIVE_SHARE = 10.0  # percent of the population speaking an official language


def alpha3_codes() -> dict[str, str]:
    codes = dict(EXTRA_ALPHA3)
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and alias not in WITHDRAWN_ALPHA3:
            codes.setdefault(targets[0], alias)
    return codes


def native_names(code: str, skip: set[str]) -> list[str]:
    """The territory's name in each official language spoken by NATIVE_SHARE % or more."""
    out: list[str] = []
    languages = get_global("territory_languages").get(code, {})
    for lang, info in sorted(languages.items(), key=lambda kv: -(kv[1]["population_percent"] or 0)):
        if info["official_status"] not in OFFICIAL or (info["population_percent"] or 0) < NATIVE_SHARE:
            continue
        try:
            name = Locale.parse(lang).territories.get(code)
        except (UnknownLocaleError, ValueError):
            continue
        if name and name not in skip and name not in out:
            out.append(name)
    return out


def draft() -> list[dict[str, Any]]:
    en, fr = Locale("en"), Locale("fr")
    alpha3 = alpha3_codes()
    entries = []
    for code in sorted(c for c in en.territories if len(c) == 2 and c.isalpha() and c not in NOT_ISO):
        names = {en.territories[code], fr.territories[code]}
        entries.append({
            "code": code,
            "alpha3": alpha3.get(code),
            "en": {"name": en.territories[code]},
            "fr": {"name": fr.territories[code]},
            "native": native_names(code, names),
        })
    return entries


def fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().split())


def check(table: Path) -> int:
    data = yaml.safe_load(table.read_text(encoding="utf-8"))
    curated = {c["code"]: c for c in data["countries"]}
    missing = 0
    for entry in draft():
        have = curated.get(entry["code"])
        if have is None:
            print(f"{entry['code']}: not in the table ({entry['en']['name']})")
            missing += 1
            continue
        known = {fold(n) for lang in ("en", "fr") for key in ("name", "official", "aliases", "weak",
                                                              "unlinked")
                 for n in _as_list(have.get(lang, {}).get(key))} | {fold(n) for n in have.get("native") or []}
        for name in [entry["en"]["name"], entry["fr"]["name"], *entry["native"]]:
            if fold(name) not in known and name not in LEFT_OUT:
                print(f"{entry['code']}: CLDR name {name!r} is not in the entry")
                missing += 1
    return 1 if missing else 0


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["draft", "check"])
    parser.add_argument("--table", type=Path, default=TABLE, help="the curated table (check)")
    args = parser.parse_args()
    if args.command == "draft":
        yaml.safe_dump({"countries": draft()}, sys.stdout, allow_unicode=True, sort_keys=False, width=120)
        return 0
    return check(args.table)


if __name__ == "__main__":
    sys.exit(main())
