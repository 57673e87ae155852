import FeedJSON
import Testing

@Suite("OneLineText")
struct OneLineTextTests {
    @Test(
        "everything that could break a line or drive a terminal is escaped, the rest shown",
        arguments: [
            ("plain text", "plain text"),
            ("a\nb\rc\td", #"a\nb\rc\td"#),
            ("bell\u{7}esc\u{1B}del\u{7F}", #"bell\u{7}esc\u{1b}del\u{7f}"#),
            ("next line\u{85}c1\u{9F}", #"next line\u{85}c1\u{9f}"#),
            ("ls\u{2028}ps\u{2029}", #"ls\u{2028}ps\u{2029}"#),
            ("«Ёлка» — “quotes” \"kept\" \\ too", "«Ёлка» — “quotes” \"kept\" \\ too"),
            ("\u{A0}no-break space and \u{200B}", "\u{A0}no-break space and \u{200B}"),
        ])
    func escaped(text: String, expected: String) {
        let result = OneLineText.escaped(text)
        #expect(result == expected)
        #expect(!result.contains { $0.isNewline })
    }

    @Test("tabs can be kept, for messages that count columns in the text")
    func keptTabs() {
        #expect(OneLineText.escaped("0\t0\n*", tabs: .kept) == "0\t0\\n*")
        #expect(OneLineText.escaped("0\t0", tabs: .escaped) == #"0\t0"#)
    }

    @Test("quoted: double quotes, escaped quotes and backslashes, long text elided")
    func quoted() {
        #expect(OneLineText.quoted("say \"hi\"\\") == #""say \"hi\"\\""#)
        #expect(OneLineText.quoted("two\nlines") == #""two\nlines""#)
        #expect(
            OneLineText.quoted(String(repeating: "я", count: 61)) == "\"" + String(repeating: "я", count: 60)
                + "…\"")
        #expect(OneLineText.quoted("abcdef", limit: 3) == "\"abc…\"")
    }
}
