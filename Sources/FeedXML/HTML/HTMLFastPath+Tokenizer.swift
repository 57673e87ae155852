extension HTMLFastPath {
    /// One pass that validates and records; events are replayed only if all of it is valid.
    struct Tokenizer {
        enum Event {
            case start(name: [UInt8], attributes: [([UInt8], [UInt8])])
            case end(name: [UInt8])
            case text([UInt8])
        }

        let input: UnsafeBufferPointer<UInt8>
        var index = 0
        var events: [Event] = []
        var stack: [(name: [UInt8], kind: Kind)] = []
        var text: [UInt8] = []

        /// `Self.special`, held here so the hot loops do not go through its lazy initialiser.
        private let isSpecial: [Bool]

        init(input: UnsafeBufferPointer<UInt8>) {
            self.input = input
            isSpecial = Self.special
        }

        mutating func tokenize() -> Bool {
            while index < input.count {
                let byte = input[index]
                switch byte {
                case UInt8(ascii: "<"):
                    flushText()
                    guard tag() else { return false }
                case UInt8(ascii: "&"):
                    var decoded = text
                    text = []
                    guard reference(into: &decoded) else { return false }
                    text = decoded
                case 0x00, 0x0D:
                    return false
                default:
                    // Copy the whole run up to the next byte that needs a look.
                    let start = index
                    index += 1
                    while index < input.count, !isSpecial[Int(input[index])] { index += 1 }
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<index]))
                }
            }
            flushText()
            return stack.isEmpty
        }

        mutating func flushText() {
            guard !text.isEmpty else { return }
            events.append(.text(text))
            text.removeAll(keepingCapacity: true)
        }

        private mutating func tag() -> Bool {
            index += 1
            guard index < input.count else { return false }
            if input[index] == UInt8(ascii: "/") {
                index += 1
                return endTag()
            }
            return startTag()
        }

        private mutating func endTag() -> Bool {
            guard let name = name() else { return false }
            _ = skipSpaces()
            guard consume(UInt8(ascii: ">")) else { return false }
            guard let top = stack.last, top.name == name else { return false }
            stack.removeLast()
            events.append(.end(name: name))
            return true
        }

        private mutating func startTag() -> Bool {
            guard let name = name(), let kind = HTMLFastPath.kind(of: name), allowed(kind),
                !(name == Self.anchor && stack.contains { $0.name == Self.anchor })
            else { return false }
            var attributes: [([UInt8], [UInt8])] = []
            while true {
                let hadSpace = skipSpaces()
                guard index < input.count else { return false }
                if consume(UInt8(ascii: ">")) { break }
                if input[index] == UInt8(ascii: "/") {
                    index += 1
                    guard kind == .void, consume(UInt8(ascii: ">")) else { return false }
                    break
                }
                guard hadSpace, let attribute = attribute(),
                    !attributes.contains(where: { $0.0 == attribute.0 })
                else { return false }
                attributes.append(attribute)
            }
            events.append(.start(name: name, attributes: attributes))
            if kind == .void {
                events.append(.end(name: name))
            } else {
                stack.append((name, kind))
            }
            return true
        }

        static let anchor: [UInt8] = Array("a".utf8) + [0]

        /// The bytes that end a run of plain text: `<`, `&`, NUL, CR, and quotes (which end
        /// attribute values).
        static let special: [Bool] = (0..<256).map { [0x3C, 0x26, 0x00, 0x0D, 0x22, 0x27].contains($0) }

        /// Where libxml2 would close something implicitly, the fast path declines.
        private func allowed(_ kind: Kind) -> Bool {
            let parent = stack.last?.kind
            switch kind {
            case .inline, .void:
                // No list text outside items, and no link inside a link.
                return parent != .list
            case .listItem:
                return parent == .list
            case .block, .list, .container:
                return stack.allSatisfy { $0.kind == .container || $0.kind == .listItem || $0.kind == .list }
                    && parent != .list
            }
        }

        private mutating func attribute() -> ([UInt8], [UInt8])? {
            guard let name = name(), consume(UInt8(ascii: "=")), index < input.count else { return nil }
            let quote = input[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            index += 1
            var value: [UInt8] = []
            while index < input.count, input[index] != quote {
                switch input[index] {
                case UInt8(ascii: "&"):
                    guard reference(into: &value) else { return nil }
                case 0x00, 0x0D, UInt8(ascii: "<"):
                    return nil
                default:
                    let start = index
                    index += 1
                    while index < input.count, !isSpecial[Int(input[index])] { index += 1 }
                    value.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<index]))
                }
            }
            guard consume(quote) else { return nil }
            return (name, value)
        }

        /// A lowercase ASCII name (`h1`, `data-x`), NUL-terminated as libxml2 hands names to
        /// the sink; uppercase goes to libxml2, which folds it.
        private mutating func name() -> [UInt8]? {
            let start = index
            while index < input.count {
                let byte = input[index]
                let isLetter = byte >= 0x61 && byte <= 0x7A
                let isOther = (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
                guard isLetter || (index > start && isOther) else { break }
                index += 1
            }
            guard index > start else { return nil }
            var name = [UInt8]()
            name.reserveCapacity(index - start + 1)
            name.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<index]))
            name.append(0)
            return name
        }

        @discardableResult
        private mutating func skipSpaces() -> Bool {
            let start = index
            while index < input.count, input[index] == 0x20 || input[index] == 0x0A || input[index] == 0x09 {
                index += 1
            }
            return index > start
        }

        private mutating func consume(_ byte: UInt8) -> Bool {
            guard index < input.count, input[index] == byte else { return false }
            index += 1
            return true
        }
    }
}
