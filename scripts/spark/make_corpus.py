#!/usr/bin/env python3
"""A JSONL corpus of at least 10,000 dated articles from PerSenT dev, for `make spark-check`.

PerSenT dev's 578 articles, each repeated under new ids (18 copies: 10,404 articles) and given
dates spread over 120 days, so the corpus report has time series. Used only to check that
Spark and one process add up the same: PerSenT stays evaluation data, nothing is tuned on it.

    python3 scripts/spark/make_corpus.py ../shared/data/persent/dev.csv corpus.jsonl [COPIES]

`make bench` uses it too, with 4 copies (2,312 articles) and for its cost curve.
"""
import csv
import datetime
import json
import sys

COPIES = 18  # 10,404 articles: the "at least 10,000"
FIRST_DAY = datetime.date(2023, 1, 1)
DAYS = 120


def main():
    source, target = sys.argv[1], sys.argv[2]
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else COPIES
    csv.field_size_limit(1 << 30)
    with open(source, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    count = 0
    with open(target, "w", encoding="utf-8") as out:
        for copy in range(copies):
            for i, row in enumerate(rows):
                day = FIRST_DAY + datetime.timedelta(days=(i * 7 + copy * 13) % DAYS)
                # PerSenT keeps one paragraph per line; articles separate paragraphs by blank lines.
                text = "\n\n".join(line.strip() for line in row["DOCUMENT"].split("\n") if line.strip())
                article = {"id": f"{row['DOCUMENT_INDEX']}-{copy}", "title": row["TITLE"], "date": day.isoformat(), "text": text}
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
                count += 1
    print(f"make_corpus: {count} articles in {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
