import FeedJSON
import Testing

@Suite("JSONWriter")
struct JSONWriterTests {
    private func written(_ body: (inout JSONWriter) -> Void) -> String {
        var json = JSONWriter()
        body(&json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    @Test("indented containers: one member per line, two spaces per level, empty ones closed at once")
    func indented() {
        let text = written { json in
            json.object { json in
                json.key("name")
                json.string("feed")
                json.key("items")
                json.array { json in
                    json.element()
                    json.integer(1)
                    json.element()
                    json.object { _ in }
                }
                json.key("none")
                json.array { _ in }
            }
        }
        #expect(text == "{\n  \"name\": \"feed\",\n  \"items\": [\n    1,\n    {}\n  ],\n  \"none\": []\n}")
    }

    @Test("inline containers stay on one line, also inside indented ones")
    func inline() {
        let text = written { json in
            json.array { json in
                json.element()
                json.object(.inline) { json in
                    json.key("a")
                    json.bool(true)
                    json.key("b")
                    json.null()
                    json.key("c")
                    json.array(.inline) { json in
                        json.element()
                        json.double(0.5)
                        json.element()
                        json.integer(-3)
                    }
                }
            }
        }
        #expect(text == "[\n  {\"a\": true, \"b\": null, \"c\": [0.5, -3]}\n]")
    }

    @Test(
        "strings are escaped as RFC 8259 asks, plus U+2028 and U+2029; slashes and non-ASCII stay",
        arguments: [
            ("plain", #""plain""#),
            ("a\"b\\c", #""a\"b\\c""#),
            ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
            ("\u{0}\u{1F}\u{7F}", "\"\\u0000\\u001f\u{7F}\""),
            ("a/b", #""a/b""#),
            ("Ёлка «ёж» 😀", #""Ёлка «ёж» 😀""#),
            ("sep\u{2028}para\u{2029}", #""sep\u2028para\u2029""#),
            ("\u{2026} is not a separator", "\"\u{2026} is not a separator\""),
            (
                "long run of plain text before \"one quote\"",
                #""long run of plain text before \"one quote\"""#
            ),
        ])
    func escaping(text: String, expected: String) {
        #expect(written { $0.string(text) } == expected)
    }

    @Test("keys written from strings are escaped like values")
    func dynamicKeys() {
        let text = written { json in
            json.object(.inline) { json in
                json.key("a \"key\"")
                json.integer(1)
            }
        }
        #expect(text == #"{"a \"key\"": 1}"#)
    }

    @Test("a value is written in document order, or with keys sorted")
    func values() {
        let value: JSONValue = ["b": [1, .double(2.5), "x"], "a": ["inner": .null, "flag": false]]
        let ordered = written { $0.value(value, layout: .inline) }
        #expect(ordered == #"{"b": [1, 2.5, "x"], "a": {"inner": null, "flag": false}}"#)
        let sorted = written { $0.value(value, layout: .inline, sortingKeys: true) }
        #expect(sorted == #"{"a": {"flag": false, "inner": null}, "b": [1, 2.5, "x"]}"#)
    }

    @Test("what is written reads back as the same value")
    func roundTrip() throws {
        let value: JSONValue = [
            "title": "Ёлка\n\"quoted\"\u{2028}", "count": 3, "ratio": .double(0.1),
            "tags": ["a", "b"], "empty": [:], "nothing": .null, "nested": [[true, false]],
        ]
        let bytes = { () -> [UInt8] in
            var json = JSONWriter()
            json.value(value)
            return json.bytes
        }()
        let read = try bytes.withUnsafeBytes { try JSONSyntax.read($0, mode: .strict).value }
        #expect(read == value)
    }

    @Test("optional values are written or null")
    func optionals() {
        let text = written { json in
            json.array(.inline) { json in
                json.element()
                json.optional(Int?.some(4)) { $0.integer($1) }
                json.element()
                json.optional(String?.none) { $0.string($1) }
            }
        }
        #expect(text == "[4, null]")
    }
}
