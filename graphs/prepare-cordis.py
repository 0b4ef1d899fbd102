#!/usr/bin/python3
"""Make innolink's observed CORDIS datasets from the raw public files.

    /usr/bin/python3 graphs/prepare-cordis.py RAW [--out DIR] [--sets austria,korea]

RAW is a folder holding the raw files as published (see the README of each
dataset for where to download them):

    RAW/eunets/h2020.csv.gz                          the participations
    RAW/odfest2017/Stacked_by_activityType.csv       names and cities by PIC
    RAW/SHA256SUMS                                   optional: checked when present

For each set it writes, in DIR/cordis-<set>/, members.csv (the affiliation
table: one row per participation of an organisation in a project),
nodes.csv (one row per organisation), nodes-<cc>.csv (the rows of
nodes.csv of the set's own country, for its domestic network) and
provenance.json (observed data, with the attribution innolink carries into
every output), replacing what is there, and prints the counts the
dataset's README states.

  austria  every participation in a project with at least one Austrian (AT)
           participant: Austrian organisations and their foreign partners
  korea    every participation in a project with at least one South Korean
           (KR) participant

Choices (the README of each dataset says the same):
- sector: the CORDIS activity type mapped to the triple-helix sectors
  HES -> university, REC -> research, PRC -> industry, PUB -> government,
  OTH -> other (SECTORS below);
- country "NA" is Namibia, not a missing value: its rows carry the country
  group "tc" (third country) and the organisations the look-up knows are in
  Windhoek;
- a year written "NA" is left empty;
- label and city come from the June 2017 look-up; an organisation it does not
  know, or places in another country than the 2020 file does, has no city
  (and, when unknown, no label: innolink then shows its PIC); text that was
  UTF-8 read as Mac Roman ("f\u221a\u00bar") is repaired ("f\u00fcr") and
  runs of blanks are collapsed;
- cities are upper-cased, stripped of accents, dots and repeated blanks,
  mojibake such as "G\u221a\u00baSSING" is repaired, and the spellings in
  CITY_ALIASES are merged (VIENNA -> WIEN, ...);
- rows are sorted: members by project number then PIC, nodes by PIC.

Python 3 standard library only; the output depends only on the raw files.
"""
import argparse
import csv
import gzip
import hashlib
import io
import os
import sys
import unicodedata

SECTORS = {
    "HES": "university",   # higher or secondary education establishments
    "REC": "research",     # research organisations
    "PRC": "industry",     # private for-profit entities
    "PUB": "government",   # public bodies
    "OTH": "other",        # other
}

# Spellings of one place merged into one (after upper-casing, accent and
# dot stripping). Places kept apart on purpose: GRAZ WEINITZEN (Weinitzen is
# a municipality of its own), GYEONGSANGNAM DO (a province: what the data has).
CITY_ALIASES = {
    "VIENNA": "WIEN",
    "KLAGENFURT AM WORTHERSEE": "KLAGENFURT",
    "LINZ OBEROSTERREICH": "LINZ",
    "LIENZ OSTTIROL": "LIENZ",
    "STEYR GLEINK": "STEYR",
    "VILLACH ST MAGDALEN": "VILLACH",
    "SANKT POLTEN": "ST POLTEN",
    "UNTERPREMSTAETTEN": "UNTERPREMSTATTEN",
    "LEOBERSDROF": "LEOBERSDORF",
    "DAEJOEN": "DAEJEON",
    "DAEJON": "DAEJEON",
    "SOEUL": "SEOUL",
    "GWANG JU": "GWANGJU",
    "SEONGNAM SI GYEONGGI DO": "SEONGNAM",
}

SETS = {"austria": "AT", "korea": "KR"}

PARTICIPATIONS = os.path.join("eunets", "h2020.csv.gz")
LOOKUP = os.path.join("odfest2017", "Stacked_by_activityType.csv")


def fail(msg):
    sys.exit("prepare-cordis: " + msg)


def check_sums(raw):
    """Check the files we read against RAW/SHA256SUMS when it lists them."""
    path = os.path.join(raw, "SHA256SUMS")
    if not os.path.exists(path):
        return "no SHA256SUMS in %s: checksums not checked" % raw
    want = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                want[os.path.normpath(parts[1])] = parts[0]
    for name in (PARTICIPATIONS, LOOKUP):
        if name not in want:
            fail("%s does not list %s" % (path, name))
        h = hashlib.sha256()
        with open(os.path.join(raw, name), "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        if h.hexdigest() != want[name]:
            fail("%s: SHA-256 %s, SHA256SUMS says %s" % (name, h.hexdigest(), want[name]))
    return "checksums of %s and %s match SHA256SUMS" % (PARTICIPATIONS, LOOKUP)


def repair(s):
    """Undo UTF-8 read as Mac Roman ("f\u221a\u00bar" for "f\u00fcr"); blanks collapsed."""
    if "\u221a" in s:
        try:
            s = s.encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return " ".join(s.split())


def norm_city(city):
    """One spelling per place: see the module comment."""
    city = unicodedata.normalize("NFKD", repair(city))
    city = "".join(c for c in city if not unicodedata.combining(c))
    city = " ".join(city.upper().replace(".", " ").replace("-", " ").split())
    if not any(c.isalpha() for c in city):
        return ""
    return CITY_ALIASES.get(city, city)


def read_participations(raw):
    rows = []
    with gzip.open(os.path.join(raw, PARTICIPATIONS), "rt", encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        need = {"rcn", "pic", "type", "country", "start_year", "group"}
        missing = need - set(reader.fieldnames or [])
        if missing:
            fail("%s: no column %s" % (PARTICIPATIONS, ", ".join(sorted(missing))))
        for line, r in enumerate(reader, start=2):
            if r["type"] not in SECTORS:
                fail("%s:%d: activity type %r is not one of %s"
                     % (PARTICIPATIONS, line, r["type"], ", ".join(SECTORS)))
            if not r["rcn"].isdigit() or not r["pic"].isdigit():
                fail("%s:%d: rcn and pic must be numbers" % (PARTICIPATIONS, line))
            rows.append(r)
    return rows


def read_lookup(raw):
    look = {}
    with open(os.path.join(raw, LOOKUP), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter=";"):
            look.setdefault(r["orgId"], r)
    return look


def year_of(r):
    y = r["start_year"]
    return y if y.isdigit() else ""


def make_set(rows, look, country):
    """The members and node rows of the projects with a `country` participant."""
    projects = {r["rcn"] for r in rows if r["country"] == country}
    seen = set()
    members, orgs = [], {}
    for r in rows:
        if r["rcn"] not in projects:
            continue
        key = (r["rcn"], r["pic"])
        if key in seen:                 # none in the 2020 release; kept once if any
            continue
        seen.add(key)
        members.append((int(r["rcn"]), r["pic"], year_of(r), r["country"]))
        if r["pic"] in orgs:
            o = orgs[r["pic"]]
            if (o["activity_type"], o["country"]) != (r["type"], r["country"]):
                fail("organisation %s has two activity types or countries" % r["pic"])
            continue
        lk = look.get(r["pic"])
        same_place = lk is not None and lk["country"] == r["country"]
        orgs[r["pic"]] = {
            "id": r["pic"],
            "label": repair(lk["name"]) if lk else "",
            "sector": SECTORS[r["type"]],
            "activity_type": r["type"],
            "country": r["country"],
            "country_group": r["group"],
            "city": norm_city(lk["city"]) if same_place else "",
        }
    members.sort()
    return members, [orgs[k] for k in sorted(orgs, key=int)]


NODE_COLUMNS = ["id", "label", "sector", "activity_type", "country", "country_group", "city"]

# provenance.json of each set: innolink carries it into every output
# (docs/formats.md, "Provenance").
PROVENANCE = """{
  "data": "observed",
  "statement": "participations of organisations in EU Horizon 2020 projects as the European Commission published them; a tie means two organisations took part in one funded project, not that they worked together; failed proposals, national projects and ties outside EU funding are not here.",
  "source": "CORDIS, European Commission, Horizon 2020 projects and participants (release of 2020-12-14), via the eunets extract"
}
"""


def write_text(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.replace(tmp, path)


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    write_text(path, buf.getvalue())


def counts(members, nodes, country):
    projects = {m[0] for m in members}
    home = [n for n in nodes if n["country"] == country]
    lines = [
        "projects %d" % len(projects),
        "participations %d" % len(members),
        "organisations %d" % len(nodes),
        "countries %d" % len({n["country"] for n in nodes}),
        "%s organisations %d" % (country, len(home)),
    ]
    for s in sorted(set(SECTORS.values())):
        lines.append("%s organisations in sector %s %d"
                     % (country, s, sum(1 for n in home if n["sector"] == s)))
    lines += [
        "organisations with a label %d" % sum(1 for n in nodes if n["label"]),
        "organisations with a city %d" % sum(1 for n in nodes if n["city"]),
        "%s organisations with a city %d" % (country, sum(1 for n in home if n["city"])),
        "participations without a year %d" % sum(1 for m in members if not m[2]),
    ]
    years = sorted({m[2] for m in members if m[2]})
    if years:
        lines.append("years %s-%s" % (years[0], years[-1]))
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("raw", help="folder with eunets/h2020.csv.gz and "
                    "odfest2017/Stacked_by_activityType.csv")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)),
                    help="where the cordis-<set> folders go (default: this script's folder)")
    ap.add_argument("--sets", default="austria,korea", help="comma-separated: austria, korea")
    a = ap.parse_args()
    names = [s for s in a.sets.split(",") if s]
    for s in names:
        if s not in SETS:
            fail("unknown set %r (known: %s)" % (s, ", ".join(SETS)))
    for name in (PARTICIPATIONS, LOOKUP):
        if not os.path.isfile(os.path.join(a.raw, name)):
            fail("%s: no such file" % os.path.join(a.raw, name))
    print(check_sums(a.raw))
    rows = read_participations(a.raw)
    look = read_lookup(a.raw)
    print("read %d participations, %d organisations in the look-up" % (len(rows), len(look)))
    for s in names:
        members, nodes = make_set(rows, look, SETS[s])
        folder = os.path.join(a.out, "cordis-" + s)
        os.makedirs(folder, exist_ok=True)
        write_csv(os.path.join(folder, "members.csv"), ["actor", "event", "year", "country"],
                  [(pic, rcn, year, c) for rcn, pic, year, c in members])
        write_csv(os.path.join(folder, "nodes.csv"), NODE_COLUMNS,
                  [[n[c] for c in NODE_COLUMNS] for n in nodes])
        write_csv(os.path.join(folder, "nodes-%s.csv" % SETS[s].lower()), NODE_COLUMNS,
                  [[n[c] for c in NODE_COLUMNS] for n in nodes if n["country"] == SETS[s]])
        write_text(os.path.join(folder, "provenance.json"), PROVENANCE)
        print("cordis-%s:" % s)
        for line in counts(members, nodes, SETS[s]):
            print("  " + line)


if __name__ == "__main__":
    main()
