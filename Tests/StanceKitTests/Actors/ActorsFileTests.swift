import Foundation
import Testing
@testable import StanceKit

@Suite("ActorsFile")
struct ActorsFileTests {
    @Test("YAML and JSON actor files")
    func formats() throws {
        let yaml = try TestData.temporaryFile("- name: Acme Corporation\n  type: organisation\n  aliases: [Acme, ACME]\n- name: Jane Roe\n", suffix: ".yaml")
        let json = try TestData.temporaryFile(#"[{"name": "Acme Corporation", "type": "organisation", "aliases": ["Acme", "ACME"]}, {"name": "Jane Roe"}]"#, suffix: ".json")
        defer { [yaml, json].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let fromYAML = try ActorsFile.load(yaml)
        #expect(fromYAML == [Actor(name: "Acme Corporation", type: .organisation, aliases: ["Acme", "ACME"]), Actor(name: "Jane Roe", type: .other)])
        #expect(try ActorsFile.load(json) == fromYAML)
    }

    @Test("bad files name the line or the field", arguments: [
        ("- name: A\n  aliases: [x\n- name: B\n", ".yaml", ":3: not valid YAML"),
        ("- type: person\n", ".yaml", "actor [0] has no \"name\""),
        ("- name: A\n  aliases: 3\n", ".yaml", "[0].aliases: wrong type"),
        (#"[{"name": "A", "type": "robot"}]"#, ".json", "unknown type \"robot\""),
    ])
    func errors(text: String, suffix: String, expected: String) throws {
        let path = try TestData.temporaryFile(text, suffix: suffix)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try ActorsFile.load(path)
            Issue.record("loaded a bad actors file")
        } catch {
            #expect("\(error)".contains(expected), "\(error)")
        }
    }
}
