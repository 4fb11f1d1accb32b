"""writes corpus.txt (~50 KB of varied text) and samples.json for the BPE parity test.

  /usr/bin/python3 make-corpus.py
  /usr/bin/python3 ../../../../../recipes/model-nano/tokenizer.py --corpus corpus.txt --vocab 640 --out . \
      --encode-samples samples.json
"""

import json
import os
import random

here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(7)

names = ["Ada Lovelace", "Grace Hopper", "José Núñez", "Zoë Müller", "Søren Kierkegaard", "Łukasz Żółć",
         "Анна Каренина", "Γιώργος Παπαδόπουλος", "山田太郎", "김민준", "François Dupré", "Ngozi Okonjo"]
cities = ["Paris", "São Paulo", "Zürich", "Kraków", "Москва", "Αθήνα", "東京", "서울", "Reykjavík", "Montréal"]
words = ("the a model fills every slot of the canvas with tokens while fixed text stays written and each "
         "value is checked against its schema then masked again when it fails validation order invoice "
         "customer shipping address total price quantity product description status pending shipped "
         "delivered cancelled refund review rating comment email phone date time year month day").split()
unicode_bits = ["naïve café", "façade", "coöperate", "Straße", "smörgåsbord", "résumé", "piñata", "über",
                "日本語のテキスト", "中文字符", "한국어 문장", "Ελληνικά", "русский текст", "עברית", "العربية",
                "emoji 😀🎉👍", "→ ← ↑ ↓", "°C ± ½ ¾ ²", "€ £ ¥ ₹", "‘quotes’ “double” «guillemets»",
                "em—dash en–dash …", "Ⅻ ⅓ ٣ ४", "\u00a0nbsp", "tab\there"]
statuses = ["pending", "shipped", "delivered", "cancelled"]


def sentence():
    n = rng.randint(5, 16)
    text = " ".join(rng.choice(words) for _ in range(n))
    text = text[0].upper() + text[1:]
    if rng.random() < 0.3:
        text += f", {rng.choice(unicode_bits)}"
    if rng.random() < 0.4:
        text += f" ({rng.randint(0, 99999)} items, {rng.uniform(0, 1000):.2f} EUR)"
    return text + rng.choice([".", "!", "?", "...", ";"])


def record():
    value = {
        "id": rng.randint(1, 10**6),
        "name": rng.choice(names),
        "email": f"user{rng.randint(1, 999)}@example.{rng.choice(['com', 'org', 'de'])}",
        "city": rng.choice(cities),
        "age": rng.randint(18, 99),
        "score": round(rng.uniform(-50, 50), rng.randint(0, 4)),
        "active": rng.random() < 0.5,
        "tags": rng.sample(words, rng.randint(0, 3)),
        "status": rng.choice(statuses),
        "date": f"{rng.randint(1990, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "note": None if rng.random() < 0.5 else rng.choice(unicode_bits),
    }
    keys = list(value)
    rng.shuffle(keys)
    picked = {k: value[k] for k in keys[: rng.randint(3, len(keys))]}
    return json.dumps(picked, ensure_ascii=rng.random() < 0.2, separators=rng.choice([(",", ":"), (", ", ": ")]))


def prompt_line():
    return f"<|prompt|>Extract the customer from: {sentence()}<|canvas|>{record()}"


def misc():
    return rng.choice([
        f"  indented   {sentence()}   ",
        f"x = {rng.randint(-999, 999)} * {rng.uniform(0, 9):.3f}; // it's done, isn't it? we'll see, they've said, I'm sure, you'd know",
        f"https://example.com/path/{rng.randint(1, 500)}?q={rng.choice(words)}&lang=fr#top",
        f"Phone: +{rng.randint(1, 99)} {rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        f"<tag attr=\"{rng.choice(words)}\">{rng.choice(unicode_bits)}</tag>",
        f"Total:\t{rng.randint(0, 10**9)}\tUSD\t{rng.choice(statuses).upper()}",
        "Mixed123abc 4x4 3.14159 1e-10 0xFF 1,000,000 v2.0.1 A1B2C3",
    ])


lines = []
size = 0
while size < 50_000:
    line = rng.choice([sentence, record, prompt_line, misc, sentence, record])()
    lines.append(line)
    size += len(line.encode("utf-8")) + 1
with open(os.path.join(here, "corpus.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

samples = [
    "",
    "hello world",
    "Hello, World! It's 2024-05-17 and we'll pay $1,234.56.",
    '{"name": "Zoë Müller", "age": 42, "tags": ["a", "b"], "ok": true, "none": null}',
    '{"id":123456,"score":-12.5e3}',
    "<|prompt|>Extract the customer<|canvas|>{\"name\": <|mask|><|mask|><|pad|>}",
    "<|prompt|><|prompt|> <|canvas|>x<|unk|>",
    "<|prom pt|> <|mask <|canvas|",
    "naïve café façade Straße résumé",
    "日本語のテキスト 中文字符 한국어 문장",
    "emoji 😀🎉👍 and 👩‍👩‍👧 family, flags 🇫🇷",
    "Ⅻ ⅓ ٣ ४ ²³ ½ 0123456789",
    "tabs\tand\nnewlines\r\n  multiple   spaces   ",
    "trailing space ",
    " leading space",
    "\u00a0non-breaking\u00a0space\u3000ideographic\ufeffbom\x1cfs",
    "it's 'quoted' isn't THEY'RE I'M we'd you'll",
    "unseen words: xylophone quizzical zephyr Ψυχή Щука",
    "numbers 3.14159 1e-10 0xFF 1,000,000 -42 +7",
    "a" * 40 + " " + "ab" * 20,
    "\\u00e9 escaped \\n and \"quotes\" and \\\\ backslashes",
    "https://example.com/path/12?q=total&lang=fr#top",
    "   ",
    "\n",
]
with open(os.path.join(here, "samples.json"), "w", encoding="utf-8") as f:
    json.dump(samples, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(lines)} lines, {size} bytes; {len(samples)} samples")
