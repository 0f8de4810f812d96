#!/usr/bin/env python3
"""Writes testdata/clustering/provenance-stories.tsv: every article of the hand-written provenance
sets (testdata/provenance-hand*), labelled with its story, in the clustering evaluation's own
layout (ID STORY LANGUAGE PUBLISHED OUTLET TITLE TEXT). Headers are read by stemmata itself, so run
it after `cargo build --release`:  python3 scripts/stories-clustering-set.py
"""
import datetime, glob, json, os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.path.join(root, "target", "release", "stemmata")
rows = []
for set_dir in sorted(glob.glob(os.path.join(root, "testdata", "provenance-hand*"))):
    set_name = os.path.basename(set_dir).replace("provenance-", "")
    out = subprocess.run([binary, "analyze", os.path.join(set_dir, "stories"), "--json"],
                         capture_output=True, text=True, check=True).stdout
    for a in json.loads(out)["articles"]:
        path = a["source"].split(":")[0]
        story = os.path.basename(os.path.dirname(path))
        text = open(path, encoding="utf-8").read()
        body = " ".join(text.split("\n\n", 1)[1].split()) if "\n\n" in text else ""
        published = a.get("published") or ""
        if published:
            t = datetime.datetime.fromisoformat(published).astimezone(datetime.timezone.utc)
            published = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        outlet = (a.get("outlet") or {}).get("name") or ""
        row = [f"{set_name}/{story}/{os.path.basename(path)}", f"{set_name}/{story}", a.get("language") or "",
               published, outlet, a["title"], body]
        rows.append([c.replace("\t", " ").replace("\n", " ") for c in row])
rows.sort(key=lambda r: (r[3] or "9999", r[0]))
target = os.path.join(root, "testdata", "clustering", "provenance-stories.tsv")
with open(target, "w", encoding="utf-8") as f:
    f.write("ID\tSTORY\tLANGUAGE\tPUBLISHED\tOUTLET\tTITLE\tTEXT\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"{len(rows)} articles, {len({r[1] for r in rows})} stories -> {target}", file=sys.stderr)
