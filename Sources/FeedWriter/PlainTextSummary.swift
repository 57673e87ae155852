import FeedXML

/// The text of an HTML summary, for JSON Feed's plain-text `summary`: tags dropped (with a
/// space where a block or line break was), `script`/`style`/comments left out, entities
/// decoded, whitespace collapsed. A byte-level pass, because it runs once per item on
/// every conversion; the summary is already sanitised when sanitising is on.
enum PlainTextSummary {
    static func text(fromHTML html: String) -> String {
        var html = html
        return html.withUTF8 { input in
            var scanner = Scanner(input: input)
            return scanner.run()
        }
    }

    private struct Scanner {
        let input: UnsafeBufferPointer<UInt8>
        var output: [UInt8] = []
        var pendingSpace = false
        var index = 0

        init(input: UnsafeBufferPointer<UInt8>) {
            self.input = input
            output.reserveCapacity(input.count)
        }

        mutating func run() -> String {
            while index < input.count {
                switch input[index] {
                case UInt8(ascii: "<"): skipMarkup()
                case UInt8(ascii: "&"): decodeReference()
                case 0x20, 0x09, 0x0A, 0x0D:
                    pendingSpace = true
                    index += 1
                default:
                    emit(input[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }

        private mutating func emit(_ byte: UInt8) {
            if pendingSpace && !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(byte)
        }

        private mutating func emit(_ text: String) {
            for byte in text.utf8 { emit(byte) }
        }

        private mutating func skipMarkup() {
            if starts(with: "<!--") { return skip(past: "-->") }
            let name = tagName(from: index + 1)
            if name == "script" || name == "style" {
                return skip(past: name == "script" ? "</script" : "</style")
            }
            if Self.blockNames.contains(name) { pendingSpace = true }
            while index < input.count, input[index] != UInt8(ascii: ">") { index += 1 }
            index += 1
        }

        private func tagName(from start: Int) -> String {
            var cursor = start
            if cursor < input.count, input[cursor] == UInt8(ascii: "/") { cursor += 1 }
            var name: [UInt8] = []
            while cursor < input.count, name.count < 12 {
                let byte = input[cursor] | 0x20
                guard (byte >= 0x61 && byte <= 0x7A) || (input[cursor] >= 0x30 && input[cursor] <= 0x39)
                else { break }
                name.append(byte)
                cursor += 1
            }
            return String(decoding: name, as: UTF8.self)
        }

        private mutating func decodeReference() {
            var cursor = index + 1
            while cursor < input.count, cursor - index < 32, input[cursor] != UInt8(ascii: ";"),
                input[cursor] != UInt8(ascii: "&"), input[cursor] > 0x20
            {
                cursor += 1
            }
            guard cursor < input.count, input[cursor] == UInt8(ascii: ";"),
                let scalar = scalar(
                    String(
                        decoding: UnsafeBufferPointer(rebasing: input[(index + 1)..<cursor]), as: UTF8.self))
            else {
                emit(UInt8(ascii: "&"))
                index += 1
                return
            }
            emit(String(Character(scalar)))
            index = cursor + 1
        }

        private func scalar(_ name: String) -> Unicode.Scalar? {
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            }
            if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
            return HTMLEntities.codePoint(named: name).flatMap(Unicode.Scalar.init)
        }

        private func starts(with text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= input.count else { return false }
            for offset in 0..<count where input[index + offset] | 0x20 != text.utf8Start[offset] | 0x20 {
                return false
            }
            return true
        }

        private mutating func skip(past terminator: StaticString) {
            while index < input.count, !starts(with: terminator) { index += 1 }
            index += terminator.utf8CodeUnitCount
            while index < input.count, input[index - 1] != UInt8(ascii: ">") { index += 1 }
            pendingSpace = true
        }

        /// Static: built once, not for every item summarised.
        private static let blockNames: Set<String> = [
            "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
            "blockquote",
            "pre", "hr", "table", "dd", "dt", "section", "article", "figure", "figcaption",
        ]
    }
}
