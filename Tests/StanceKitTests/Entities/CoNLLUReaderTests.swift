import Testing
@testable import StanceKit

@Suite("CoNLLUReader")
struct CoNLLUReaderTests {
    /// Two paragraphs; "the United States" (an amod name word), "University of Portsmouth" (a
    /// nested place inside an organisation) and "Bonnie Grabenhofer of Illinois" (a nested place
    /// inside a person's mention, which is never part of a person's name).
    static let document = """
        # newdoc id = doc1
        # newpar
        # text = Chao went to the United States.
        1\tChao\tChao\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-x-x-1-coref-Chao)
        2\twent\tgo\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_
        4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(2-place-new-x-x-1-coref-United_States
        5\tUnited\tUnite\tVERB\tNNP\t_\t6\tamod\t_\t_
        6\tStates\tState\tPROPN\tNNPS\t_\t2\tobl\t_\tEntity=2)|SpaceAfter=No
        7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        # newpar
        # text = He left the University of Portsmouth and met Bonnie Grabenhofer of Illinois.
        1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-x-x-1-ana-Chao)
        2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(3-organization-new-x-x-1-sgl
        4\tUniversity\tUniversity\tPROPN\tNNP\t_\t2\tobj\t_\t_
        5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_
        6\tPortsmouth\tPortsmouth\tPROPN\tNNP\t_\t4\tnmod\t_\tEntity=(4-place-new-x-x-1-sgl)3)
        7\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_
        8\tmet\tmeet\tVERB\tVBD\t_\t2\tconj\t_\t_
        9\tBonnie\tBonnie\tPROPN\tNNP\t_\t8\tobj\t_\tEntity=(5-person-new-x-x-1-sgl
        10\tGrabenhofer\tGrabenhofer\tPROPN\tNNP\t_\t9\tflat\t_\t_
        11\tof\tof\tADP\tIN\t_\t12\tcase\t_\t_
        12\tIllinois\tIllinois\tPROPN\tNNP\t_\t9\tnmod\t_\tEntity=(6-place-new-x-x-1-sgl)5)|SpaceAfter=No
        13\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        """

    func parse(_ text: String) throws -> [EntityDocument] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { ($0.offset + 1, String($0.element)) }
        return try CoNLLUReader().parse(lines, file: "test.conllu")
    }

    @Test("text is rebuilt with its spacing; named spans are the name's words; pronouns are mentions, not names")
    func names() throws {
        let documents = try parse(Self.document)
        #expect(documents.count == 1 && documents[0].id == "doc1")
        let paragraphs = documents[0].paragraphs
        #expect(paragraphs.map(\.text) == ["Chao went to the United States.", "He left the University of Portsmouth and met Bonnie Grabenhofer of Illinois."])
        func named(_ p: Int) -> [String] {
            let text = CodePointText(paragraphs[p].text)
            return paragraphs[p].mentions.filter(\.isNamed).map { "\(text.string(in: $0.span))/\($0.type.rawValue)" }
        }
        #expect(named(0) == ["Chao/person", "United States/place"])
        #expect(Set(named(1)) == ["University of Portsmouth/organisation", "Portsmouth/place", "Bonnie Grabenhofer/person", "Illinois/place"])
        let he = paragraphs[1].mentions.first { !$0.isNamed && $0.span.start == 0 }
        #expect(he?.entity == "1" && he?.type == .person, "the pronoun is in Chao's chain")
    }

    @Test("a bracket that is never closed (at its sentence's first token line), or a short token line, names the file and line")
    func errors() throws {
        let unclosed = Self.document.replacingOccurrences(of: "Entity=2)|SpaceAfter=No", with: "SpaceAfter=No")
        #expect(throws: StanceError.input(file: "test.conllu", line: 4, "entity 2 is opened but never closed in this sentence")) { try parse(unclosed) }
        #expect(throws: StanceError.input(file: "test.conllu", line: 4, "a CoNLL-U token line has 10 tab-separated fields (found 2)")) {
            try parse("# newdoc id = d\n# newpar\n# text = x\nbroken\tline\n")
        }
    }
}
