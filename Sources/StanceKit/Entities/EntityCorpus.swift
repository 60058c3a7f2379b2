/// Reads entity training and evaluation data in the formats `stance train --entities` takes:
/// CoNLL-U files with GUM's entity brackets (a `.conllu` file, or a folder of them) and the
/// GMB extract's CSV (`Sentence #,Word,POS,Tag`).
package enum EntityCorpus {
    package static func read(_ path: String) throws -> [EntityDocument] {
        if path.lowercased().hasSuffix(".csv") { return try GMBReader().read(path) }
        let documents = try CoNLLUReader().read(path)
        guard !documents.isEmpty else { throw StanceError.input(file: path, line: nil, "no CoNLL-U sentences found") }
        return documents
    }
}
