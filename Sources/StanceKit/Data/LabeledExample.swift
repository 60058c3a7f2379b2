/// One example for training, evaluation or prediction: a text, optionally the target it is about
/// (its span in the text, its name, or both), and (except for prediction input) its label.
public struct LabeledExample: Sendable, Equatable {
    /// The text classified.
    public var text: String { didSet { codePoints = CodePointText(text) } }
    /// `text` as code points, which spans count in and scoring reads: made once, when the
    /// example is (a reader has it already), not again for every use.
    public private(set) var codePoints: CodePointText
    /// Code-point span of the target in `text`; nil when the text as a whole is classified.
    public var target: TextSpan?
    /// The target as the data names it (its `target` field), found in the text or not; nil when
    /// the data gave offsets or no target. A model that conditions on targets reads it.
    public var targetName: String?
    /// The gold label; nil for prediction input.
    public var label: String?
    /// Where it came from, for messages: 1-based line (JSONL) or record (CSV) number.
    public var line: Int
    /// The example's `id` field, when the input had one.
    public var id: String?

    /// An example; `targetName` alone (no span) makes its target a topic.
    public init(text: String, target: TextSpan?, targetName: String? = nil, label: String?, line: Int = 0, id: String? = nil) {
        self.init(text: text, codePoints: CodePointText(text), target: target, targetName: targetName, label: label, line: line, id: id)
    }

    /// An example whose text a reader has already made into code points.
    package init(text: String, codePoints: CodePointText, target: TextSpan?, targetName: String?, label: String?, line: Int, id: String?) {
        self.text = text
        self.codePoints = codePoints
        self.target = target
        self.targetName = targetName
        self.label = label
        self.line = line
        self.id = id
    }
}
