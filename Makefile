# StanceKit: the two set-up commands are `make demo` and `make test`.
SHARED ?= ../shared
NEWSMTSC := $(SHARED)/data/newsmtsc
LEXICONS := --lexicon $(SHARED)/lexicons/vader/vader_lexicon.txt \
            --lexicon positive:$(SHARED)/lexicons/bingliu/positive-words.txt \
            --lexicon negative:$(SHARED)/lexicons/bingliu/negative-words.txt
MODEL := models/newsmtsc-lr-v1
ENTITY_MODEL := models/gum-ner-v1
PRONOUN_MODEL := models/gap-coref-v1
STANCE := .build/release/stance
# Training and the walkthroughs use OpenBLAS's Haswell kernels (Zen's give the same bits), which any
# x86-64 machine with AVX2 runs: left to choose, OpenBLAS picks its kernels by processor, and
# AVX-512 kernels sum in another order, so the models would differ in their last bits by machine.
# (Not for `make bench`: numpy's own OpenBLAS would read it too.)
model model-check notebooks notebooks-check cross-validation: export OPENBLAS_CORETYPE ?= Haswell
# The command that trains the built-in model (recorded in the model file and its card).
TRAIN_DEFAULT = train --train $(NEWSMTSC)/train.jsonl --dev $(NEWSMTSC)/rw-dev.jsonl --dev $(NEWSMTSC)/mt-dev.jsonl $(LEXICONS)
# The command that trains the built-in entity tagger (GUM train + the first 20,000 GMB sentences; figures on GUM dev).
TRAIN_ENTITIES = train --entities --train $(SHARED)/data/gum/train --train $(SHARED)/data/gmb/ner_dataset.csv --dev $(SHARED)/data/gum/dev
# The command that trains the built-in pronoun resolver (GAP development + validation; threshold by 5-fold cross-validation).
TRAIN_PRONOUNS = train --pronouns --train $(SHARED)/data/gap/gap-development.tsv --train $(SHARED)/data/gap/gap-validation.tsv

.PHONY: setup demo test sanitize fuzz build bench spark-check model model-check cross-validation persent-calibration notebooks notebooks-check clean

## Install what the build needs (OpenBLAS) when it is missing. Debian/Ubuntu.
setup:
	@scripts/setup.sh

build: setup
	swift build -c release --product stance

## Build, then print the per-actor report of the sample article with the built-in model.
demo: build
	@$(STANCE) report data/samples/council-vote.txt

## The test suite (the same command CI runs).
test: setup
	swift test

## The test suite under AddressSanitizer (with leak checks) and ThreadSanitizer.
sanitize: setup
	scripts/sanitize.sh

## Fuzz every parser of outside input for FUZZ_SECONDS seconds each (default 20): one line per target.
fuzz: setup
	scripts/fuzz.sh

## Speed, side by side with the scikit-learn anchors (needs ../shared and PyPI for the anchor kit).
bench: setup
	scripts/bench.sh

## Score a 10,404-article corpus on Spark (local[2]) and in one process; fail unless the totals are identical.
spark-check: build
	scripts/spark/check.sh

## Retrain the built-in models (stance model, entity tagger, pronoun resolver) from ../shared, and write their metrics.
model: build
	$(STANCE) $(TRAIN_DEFAULT) --out $(MODEL)/model.json
	$(STANCE) $(TRAIN_ENTITIES) --out $(ENTITY_MODEL)/model.json
	swift build -c release --product stance
	$(STANCE) $(TRAIN_PRONOUNS) --out $(PRONOUN_MODEL)/model.json
	swift build -c release --product stance
	scripts/model-metrics.sh $(STANCE) $(NEWSMTSC) > $(MODEL)/metrics.json.tmp && mv $(MODEL)/metrics.json.tmp $(MODEL)/metrics.json

## Check that retraining reproduces the committed models bit for bit.
model-check: build
	@tmp=$$(mktemp -d) && $(STANCE) $(TRAIN_DEFAULT) --out $$tmp/model.json --quiet \
	  && cmp $$tmp/model.json $(MODEL)/model.json && echo "model-check: $(MODEL)/model.json reproduced bit for bit" \
	  && $(STANCE) $(TRAIN_ENTITIES) --out $$tmp/tagger.json --quiet \
	  && cmp $$tmp/tagger.json $(ENTITY_MODEL)/model.json && echo "model-check: $(ENTITY_MODEL)/model.json reproduced bit for bit" \
	  && $(STANCE) $(TRAIN_PRONOUNS) --out $$tmp/resolver.json --quiet \
	  && cmp $$tmp/resolver.json $(PRONOUN_MODEL)/model.json && echo "model-check: $(PRONOUN_MODEL)/model.json reproduced bit for bit"; \
	  status=$$?; rm -rf $$tmp; exit $$status

## The README's 5-fold cross-validation table: one setting changed per row (about 2 minutes).
cross-validation: build
	scripts/cross-validation.sh $(STANCE) $(SHARED)

## How far calibration alone could take the PerSenT figures (README, "Articles").
persent-calibration: build
	@tmp=$$(mktemp) && $(STANCE) evaluate --data $(SHARED)/data/persent/dev.csv --predictions $$tmp > /dev/null \
	  && python3 scripts/persent-calibration.py $$tmp; status=$$?; rm -f $$tmp; exit $$status

## Regenerate the walkthroughs in notebooks-export/ (needs ../shared).
notebooks: setup
	swift build -c release --product stance-notebooks
	.build/release/stance-notebooks --shared $(SHARED) --out notebooks-export

## Regenerate the walkthroughs in a temporary folder and compare with the committed ones (CI runs it).
notebooks-check: setup
	swift build -c release --product stance-notebooks
	@tmp=$$(mktemp -d) && cp notebooks-export/README.md $$tmp/ && .build/release/stance-notebooks --shared $(SHARED) --out $$tmp \
	  && diff -r $$tmp notebooks-export && echo "notebooks-check: notebooks-export/ is up to date"; \
	  status=$$?; rm -rf $$tmp; exit $$status

clean:
	rm -rf .build
