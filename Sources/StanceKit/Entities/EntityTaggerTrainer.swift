/// Trains an `EntityTagger` from documents with gold named mentions.
///
/// Each token of the project's own tokenizer gets the BIO tag of the gold name it falls in
/// (the longest one when names nest: "University of Chicago", not "Chicago"), so the tagger
/// learns on the tokens it will see when scoring articles.
package struct EntityTaggerTrainer: Sendable {
    /// Features seen in fewer training tokens than this are dropped: they cannot be learned
    /// from, and dropping them keeps the model file small. 5, chosen on GUM dev with 20,000 GMB
    /// sentences (3 gave the same figures within a point and a 5.8 MB file; 5 keeps it at 3.6 MB).
    package var minimumCount: Int
    /// The logistic regression: C = 1, chosen on GUM dev (0.5 and 2 within a point), and a gradient tolerance of 10⁻⁵
    /// rather than the usual 10⁻⁴, since with nine tags over 10⁵ sparse features the fit
    /// stopped at 10⁻⁴ while its loss was still 2.5 % above the optimum (0.0702 against 0.0685), and
    /// which tags came out depended on where it stopped (GUM dev name F1 0.811 to 0.821).
    package var classifier: LogisticRegression

    package init(minimumCount: Int = 5, classifier: LogisticRegression = LogisticRegression(c: 1, classWeight: .none, tolerance: 1e-5)) {
        self.minimumCount = minimumCount
        self.classifier = classifier
    }

    /// How a tagger was made: recorded in its model file.
    package struct Record: Sendable, Codable, Equatable {
        package var tool: String
        package var command: String
        package var trainFiles: [TrainingInfo.DataFile]
        package var tokens: Int
        package var features: Int
        package var minimumCount: Int
        package var c: Double
        package var fit: LogisticRegression.FitReport?
        /// The runs inside found names the nested-name classifier learned from, and its features.
        package var nestedRuns: Int?
        package var nestedFeatures: Int?
        /// Figures on the dev documents, when some were given.
        package var dev: EntityEvaluation?

        /// A record of the data; the figures are filled in by `train`.
        package init(command: String, trainFiles: [TrainingInfo.DataFile]) {
            tool = StanceKitVersion.string
            self.command = command
            self.trainFiles = trainFiles
            tokens = 0
            features = 0
            minimumCount = 0
            c = 0
        }
    }

    /// Every token of `documents` as feature keys, with its gold tag.
    static func examples(_ documents: [EntityDocument]) -> (keys: [[UInt64]], tags: [Int]) {
        var allKeys: [[UInt64]] = []
        var tags: [Int] = []
        for document in documents {
            let paragraphs = document.paragraphs.map { TokenizedParagraph(CodePointText($0.text)) }
            let facts = EntityTagger.facts(paragraphs)
            for (paragraph, gold) in zip(paragraphs, document.paragraphs) {
                let shapes = paragraph.tokens.map { NameFeatures.shape($0, paragraph.text) }
                let tables = TableMarks(paragraph)
                let goldTags = Self.tags(paragraph.tokens, gold.mentions.filter(\.isNamed))
                for sentence in paragraph.sentences {
                    for i in sentence {
                        var keys: [UInt64] = []
                        NameFeatures().keys(
                            paragraph.tokens, paragraph.text, sentence: sentence, at: i, shapes: shapes, tables: tables,
                            facts: facts, into: &keys)
                        allKeys.append(keys)
                        // A name cut by a sentence boundary starts again after it.
                        let tag = goldTags[i]
                        tags.append(i == sentence.lowerBound && EntityTag.isInside(tag) ? tag - 1 : tag)
                    }
                }
            }
        }
        return (allKeys, tags)
    }

    /// BIO tags of `tokens` from gold name spans, longest name first.
    static func tags(_ tokens: [Token], _ names: [EntityDocument.Mention]) -> [Int] {
        var tags = [Int](repeating: EntityTag.outside, count: tokens.count)
        var taken = [Bool](repeating: false, count: tokens.count)
        let ordered = names.sorted { ($0.span.length, $1.span.start) > ($1.span.length, $0.span.start) }
        for name in ordered {
            let inside = tokens.indices.filter { name.span.contains(tokens[$0].span) }
            guard let first = inside.first, !inside.contains(where: { taken[$0] }),
                let type = EntityTag.types.firstIndex(of: name.type)
            else { continue }
            for i in inside {
                tags[i] = i == first ? EntityTag.begin(type) : EntityTag.inside(type)
                taken[i] = true
            }
        }
        return tags
    }

    /// Fits a tagger. `record` describes the data; its figures are filled in here.
    package func train(_ documents: [EntityDocument], record: Record, progress: ((Int, Double) -> Void)? = nil) throws -> EntityTagger {
        guard minimumCount >= 1 else { throw StanceError.usage("the minimum feature count must be at least 1") }
        let (rows, tags) = Self.examples(documents)
        guard !rows.isEmpty else { throw StanceError.data("the entity training data has no tokens") }
        guard tags.contains(where: { $0 != EntityTag.outside }) else {
            throw StanceError.data("the entity training data has no named mentions")
        }
        let vocabulary = KeyVocabulary(rows, minimumCount: minimumCount)
        let keys = vocabulary.keys
        let matrix = vocabulary.matrix(rows)
        let (model, report) = try classifier.fit(matrix, labels: tags, classes: EntityTag.names, progress: progress)
        var record = record
        record.tokens = rows.count
        record.features = keys.count
        record.minimumCount = minimumCount
        record.c = classifier.c
        record.fit = report
        // The weights the model file can hold, so every figure measured is the shipped model's.
        let (scale, steps) = EntityTaggerArtifact.quantize(model.weights)
        let tagger = EntityTagger(keys: keys, steps: steps, scale: scale, training: record)
        // Then the names inside names, from the runs inside the names this tagger finds.
        let runs = ActorDetector(tagger: tagger, pronounResolver: nil).nestedNameExamples(documents)
        guard runs.contains(where: { $0.label != 0 }) else { return tagger }
        let nested = try NestedNames.train(runs)
        record.nestedRuns = runs.count
        record.nestedFeatures = nested.keys.count
        return EntityTagger(keys: keys, steps: steps, scale: scale, nested: nested, training: record)
    }
}
