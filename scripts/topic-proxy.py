#!/usr/bin/env python3
"""A topic-stance proxy from NewsMTSC, for choosing topic-model settings without topic data.

NewsMTSC labels the sentiment of a sentence toward a person it names. Keeping only the five
politicians it names most (train, rw-dev and mt-dev; never the test files) and giving each
example its person's full name as the target ("Donald Trump" for "Mr. Trump", "he" lines left
out) turns it into the shape of stance data: a handful of targets, most of them not in the text
as named (the text says "Trump"), labels against / none / favor.

    python3 scripts/topic-proxy.py ../shared/data/newsmtsc > politicians.jsonl
    stance train --train politicians.jsonl --cross-validate 5 --out /tmp/topics.json
"""
import json
import sys

PEOPLE = {
    "Donald Trump": ["Trump", "Mr. Trump", "Donald Trump", "President Trump", "President Donald Trump", "Donald J. Trump"],
    "Hillary Clinton": ["Clinton", "Hillary Clinton", "Mrs. Clinton", "Hillary", "Secretary Clinton"],
    "Barack Obama": ["Obama", "Mr. Obama", "Barack Obama", "President Obama", "President Barack Obama"],
    "Bernie Sanders": ["Sanders", "Bernie Sanders", "Bernie", "Sen. Sanders"],
    "Mitt Romney": ["Romney", "Mitt Romney", "Mr. Romney"],
}
PERSON = {mention: person for person, mentions in PEOPLE.items() for mention in mentions}
LABEL = {-1: "against", 0: "none", 1: "favor"}

folder = sys.argv[1]
for name in ["train", "rw-dev", "mt-dev"]:
    with open(f"{folder}/{name}.jsonl", encoding="utf-8") as lines:
        for line in lines:
            example = json.loads(line)
            if example["mention"] in PERSON:
                print(json.dumps({"text": example["sentence"], "target": PERSON[example["mention"]],
                                  "label": LABEL[example["polarity"]]}, ensure_ascii=False))
