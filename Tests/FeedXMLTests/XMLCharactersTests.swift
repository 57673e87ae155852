import FeedXML
import Testing

@Suite("XMLCharacters")
struct XMLCharactersTests {
    @Test(arguments: [
        ("a\u{1}b", "ab", 1),
        ("\u{B}\u{B}", "", 2),
        ("Кот\u{FFFE}ёнок\u{FFFF}", "Котёнок", 2),
        ("\u{0}", "", 1),
        (
            "long clean prefix over eight bytes\u{1F}and a tail",
            "long clean prefix over eight bytesand a tail", 1
        ),
    ])
    func removingForbidden(input: String, expected: String, removed: Int) {
        let result = XMLCharacters.removingForbidden(input)
        #expect(result.text == expected)
        #expect(result.removed == removed)
        #expect(XMLCharacters.containsForbidden(input))
        #expect(!XMLCharacters.containsForbidden(result.text))
    }

    @Test(arguments: [
        "", "plain", "tab\tlf\ncr\r", "«Ёлка» — ’", "\u{7F}\u{80}\u{9F}",
        "\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}",
        "\u{EF}\u{FEFF}\u{FFEF}",
    ])
    func cleanStringsAreReturnedUnchanged(input: String) {
        #expect(!XMLCharacters.containsForbidden(input))
        let result = XMLCharacters.removingForbidden(input)
        #expect(result.text == input)
        #expect(result.removed == 0)
    }
}

@Suite("XMLWellFormedness")
struct XMLWellFormednessTests {
    @Test func wellFormed() {
        let result = XMLWellFormedness.check(Array("<?xml version=\"1.0\"?>\n<a><b>x</b></a>".utf8))
        #expect(result.ok)
        #expect(result.firstError == nil)
    }

    @Test(arguments: [
        ("<a><b></a>", "line 1: Opening and ending tag mismatch: b line 1 and a"),
        ("<a>\n&undefined;</a>", "line 2: Entity 'undefined' not defined"),
        ("<a>\u{1}</a>", nil),
        ("", "empty document"),
    ])
    func notWellFormed(input: String, message: String?) {
        let result = XMLWellFormedness.check(Array(input.utf8))
        #expect(!result.ok)
        #expect(result.firstError != nil)
        if let message { #expect(result.firstError == message) }
    }

    @Test func externalEntitiesAreNotLoaded() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/hostname">]>
            <a>&e;</a>
            """
        let bytes = Array(xml.utf8)
        #expect(XMLWellFormedness.check(bytes).ok)
        #expect(ParseBack.text(of: "a", in: bytes) == "")
    }
}
