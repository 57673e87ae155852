import FeedJSON
import Testing

@Suite("JSONValue read by JSONSyntax")
struct JSONValueTests {
    private func read(_ text: String, mode: JSONSyntax.Mode = .strict) throws -> JSONValue {
        try Array(text.utf8).withUnsafeBytes { bytes in
            try JSONSyntax.read(bytes, mode: mode).value
        }
    }

    @Test("true, false and 1 are three different values")
    func booleansAreNotNumbers() throws {
        let value = try read(#"{"yes": true, "no": false, "one": 1, "zero": 0}"#)
        let object = try #require(value.object)
        #expect(object["yes"] == .bool(true))
        #expect(object["no"] == .bool(false))
        #expect(object["one"] == .integer(1))
        #expect(object["zero"] == .integer(0))
        #expect(object["one"]?.bool == nil)
        #expect(object["yes"]?.number == nil)
    }

    @Test(
        "numbers keep integer or floating-point form",
        arguments: [
            ("42", JSONValue.integer(42)),
            ("-7", .integer(-7)),
            ("5.0", .double(5)),
            ("1e3", .double(1000)),
            ("0.25", .double(0.25)),
            ("9223372036854775807", .integer(Int.max)),
            ("9223372036854775808", .double(9_223_372_036_854_775_808)),
            ("123456789012345678901234567890", .double(1.2345678901234568e29)),
        ])
    func numbers(text: String, expected: JSONValue) throws {
        #expect(try read(text) == expected)
    }

    @Test("a number too large for a Double is a failure naming it")
    func numberOutOfRange() {
        let failure = #expect(throws: JSONSyntax.Failure.self) { try read("1e400") }
        #expect(failure?.message == "number 1e400 is out of range")
        #expect(failure?.offset == 0)
    }

    @Test("strict mode rejects a repeated key and names its path")
    func duplicateKeyStrict() {
        let failure = #expect(throws: JSONSyntax.Failure.self) {
            try read(#"{"feed": {"title": "a", "title": "b"}}"#)
        }
        #expect(failure?.keyPath == "feed.title")
        #expect(failure?.message == "duplicate key")
        #expect(failure?.offset == 24)
    }

    @Test("lenient mode keeps the last value of a repeated key, at the first key's place")
    func duplicateKeyLenient() throws {
        let object = try #require(try read(#"{"a": 1, "b": 2, "a": 3}"#, mode: .lenient).object)
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == .integer(3))
    }

    @Test("a repeated key is found in an object large enough to be indexed")
    func duplicateKeyInLargeObject() throws {
        let members = (0..<100).map { "\"k\($0)\": \($0)" }
        let text = "{" + (members + ["\"k50\": -1"]).joined(separator: ", ") + "}"
        #expect(throws: JSONSyntax.Failure.self) { try read(text) }
        let object = try #require(try read(text, mode: .lenient).object)
        #expect(object.count == 100)
        #expect(object["k50"] == .integer(-1))
        #expect(object["k99"] == .integer(99))
        #expect(object.keys.first == "k0")
    }

    @Test("members keep document order; nested values keep their kinds")
    func nesting() throws {
        let value = try read(#"{"z": [1, "two", [null, {"deep": true}]], "a": {}, "m": []}"#)
        let expected: JSONValue = [
            "z": [1, "two", [.null, ["deep": true]]],
            "a": .object(JSONObject()),
            "m": [],
        ]
        #expect(value == expected)
        #expect(value.object?.keys == ["z", "a", "m"])
    }

    @Test("nesting deeper than the limit is refused")
    func depthLimit() {
        let deep =
            String(repeating: "[", count: JSONSyntax.maximumDepth + 1)
            + String(repeating: "]", count: JSONSyntax.maximumDepth + 1)
        #expect(throws: JSONSyntax.Failure.self) { try read(deep) }
        let allowed =
            String(repeating: "[", count: JSONSyntax.maximumDepth)
            + String(repeating: "]", count: JSONSyntax.maximumDepth)
        #expect(throws: Never.self) { try read(allowed) }
    }

    @Test("an array cut at the element limit keeps what came before and says where")
    func truncation() throws {
        let text = #"{"items": [1, 2, 3, 4], "after": true}"#
        let document = try Array(text.utf8).withUnsafeBytes { bytes in
            try JSONSyntax.read(bytes, mode: .strict, limits: .init(maxArrayElements: 2))
        }
        #expect(document.value == ["items": [1, 2]])
        #expect(document.truncatedAt?.keyPath == "items")
        #expect(document.truncatedArrayCount == 4)
    }

    @Test("escapes decode, including surrogate pairs")
    func strings() throws {
        #expect(try read(#""a\"b\\c\/d\n\u0416\ud83d\ude00""#) == .string("a\"b\\c/d\nЖ😀"))
    }
}
