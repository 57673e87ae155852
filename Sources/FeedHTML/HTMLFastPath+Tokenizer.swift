extension HTMLFastPath {
    /// One pass that checks the fragment and hands each event to the sink as soon as it is
    /// read, with the depths libxml2 reports (the wrapper is depth 1; an element counts
    /// itself on start and end). Text goes out in pieces (runs of the input as they are,
    /// each decoded reference on its own), which the sanitiser writes exactly as one piece.
    ///
    /// Nothing is allocated per event: names and attributes are copied, NUL-terminated as
    /// libxml2 hands them over, into buffers reused from tag to tag.
    struct Tokenizer {
        let input: UnsafeBufferPointer<UInt8>
        let sink: HTMLEventSink
        var index = 0
        /// The open elements: where their names are in `input`, and their kinds.
        var stack: [(start: Int, count: Int, kind: Kind)] = []
        /// The current tag's name, then each attribute's name and value, NUL-terminated.
        var scratch: [UInt8] = []
        /// Where each attribute's name and value start in `scratch`.
        var offsets: [Int] = []
        /// A decoded reference in text.
        var decoded: [UInt8] = []

        /// `Self.special`, held here so the hot loops do not go through its lazy initialiser.
        private let isSpecial: [Bool]

        init(input: UnsafeBufferPointer<UInt8>, sink: HTMLEventSink) {
            self.input = input
            self.sink = sink
            isSpecial = Self.special
            scratch.reserveCapacity(256)
        }

        mutating func tokenize() -> Bool {
            HTMLFragmentParser.wrapperName.withCName { sink.startElement($0, nil, depth: 1) }
            while index < input.count {
                switch input[index] {
                case UInt8(ascii: "<"):
                    guard tag() else { return false }
                case UInt8(ascii: "&"):
                    guard let scalar = reference() else { return false }
                    decoded.removeAll(keepingCapacity: true)
                    UTF8.encode(scalar) { decoded.append($0) }
                    decoded.withUnsafeBufferPointer { sink.characters($0, depth: 1 + stack.count) }
                case 0x00, 0x0D:
                    return false
                default:
                    // The whole run up to the next byte that needs a look, straight from the input.
                    let start = index
                    skipPlainText()
                    sink.characters(
                        UnsafeBufferPointer(rebasing: input[start..<index]), depth: 1 + stack.count)
                }
            }
            guard stack.isEmpty else { return false }
            HTMLFragmentParser.wrapperName.withCName { sink.endElement($0, depth: 1) }
            return true
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
            guard let name = name(), let top = stack.last, top.count == name.count,
                input[top.start..<top.start + top.count].elementsEqual(input[name])
            else { return false }
            _ = skipSpaces()
            guard consume(UInt8(ascii: ">")) else { return false }
            sendEnd(name)
            stack.removeLast()
            return true
        }

        private mutating func startTag() -> Bool {
            guard let name = name(),
                let kind = HTMLFastPath.kind(of: UnsafeBufferPointer(rebasing: input[name])),
                allowed(kind),
                !(isAnchor(name) && stack.contains { isAnchor($0.start..<$0.start + $0.count) })
            else { return false }
            scratch.removeAll(keepingCapacity: true)
            offsets.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[name]))
            scratch.append(0)
            while true {
                let hadSpace = skipSpaces()
                guard index < input.count else { return false }
                if consume(UInt8(ascii: ">")) { break }
                if input[index] == UInt8(ascii: "/") {
                    index += 1
                    guard kind == .void, consume(UInt8(ascii: ">")) else { return false }
                    break
                }
                guard hadSpace, attribute() else { return false }
            }
            stack.append((name.lowerBound, name.count, kind))
            sendStart()
            if kind == .void {
                sendEnd(name)
                stack.removeLast()
            }
            return true
        }

        private func isAnchor(_ name: Range<Int>) -> Bool {
            name.count == 1 && input[name.lowerBound] == UInt8(ascii: "a")
        }

        /// Sends the start tag in `scratch`; the element is already on the stack.
        private mutating func sendStart() {
            let depth = 1 + stack.count
            scratch.withUnsafeBufferPointer { buffer in
                let base = buffer.baseAddress!
                guard !offsets.isEmpty else { return sink.startElement(base, nil, depth: depth) }
                // libxml2's NULL-terminated array of name and value pointers, on the stack.
                withUnsafeTemporaryAllocation(of: UnsafePointer<UInt8>?.self, capacity: offsets.count + 1) {
                    pointers in
                    for (k, offset) in offsets.enumerated() { pointers[k] = base + offset }
                    pointers[offsets.count] = nil
                    sink.startElement(base, pointers.baseAddress, depth: depth)
                }
            }
        }

        /// Sends the end tag of the element on top of the stack.
        private mutating func sendEnd(_ name: Range<Int>) {
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[name]))
            scratch.append(0)
            let depth = 1 + stack.count
            scratch.withUnsafeBufferPointer { sink.endElement($0.baseAddress!, depth: depth) }
        }

        /// The bytes that end a run of plain text: `<`, `&`, NUL, CR, and quotes (which end
        /// attribute values).
        static let special: [Bool] = (0..<256).map { [0x3C, 0x26, 0x00, 0x0D, 0x22, 0x27].contains($0) }

        /// Moves past the byte at `index` and the plain text after it, up to the next byte of
        /// `special`: eight bytes at a time while none of them is one.
        private mutating func skipPlainText() {
            index += 1
            let count = input.count
            guard let base = input.baseAddress else { return }
            while index &+ 8 <= count,
                !Self.maySpecial(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            {
                index &+= 8
            }
            while index < count, !isSpecial[Int(base[index])] { index &+= 1 }
        }

        /// Whether any byte of `word` may be one of `special`: exact when it says no (the bit
        /// tricks only err towards yes, for bytes after a real hit).
        @inline(__always)
        private static func maySpecial(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            @inline(__always) func equal(_ byte: UInt64) -> UInt64 {
                let x = word ^ (ones &* byte)
                return (x &- ones) & ~x
            }
            let hits = equal(0x3C) | equal(0x26) | equal(0x00) | equal(0x0D) | equal(0x22) | equal(0x27)
            return hits & 0x8080_8080_8080_8080 != 0
        }

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

        /// Reads `name="value"` into `scratch`, the value's references decoded; false for
        /// anything else, and for a name the tag already has.
        private mutating func attribute() -> Bool {
            guard let name = name(), !hasAttribute(name), consume(UInt8(ascii: "=")), index < input.count
            else { return false }
            let quote = input[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return false }
            index += 1
            offsets.append(scratch.count)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[name]))
            scratch.append(0)
            offsets.append(scratch.count)
            while index < input.count, input[index] != quote {
                switch input[index] {
                case UInt8(ascii: "&"):
                    guard let scalar = reference() else { return false }
                    UTF8.encode(scalar) { scratch.append($0) }
                case 0x00, 0x0D, UInt8(ascii: "<"):
                    return false
                default:
                    let start = index
                    skipPlainText()
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<index]))
                }
            }
            scratch.append(0)
            return consume(quote)
        }

        private func hasAttribute(_ name: Range<Int>) -> Bool {
            stride(from: 0, to: offsets.count, by: 2).contains { k in
                let start = offsets[k]
                return offsets[k + 1] - 1 - start == name.count
                    && scratch[start..<start + name.count].elementsEqual(input[name])
            }
        }

        /// A lowercase ASCII name (`h1`, `data-x`), as a range of the input; uppercase goes to
        /// libxml2, which folds it.
        private mutating func name() -> Range<Int>? {
            let start = index
            while index < input.count {
                let byte = input[index]
                let isLetter = byte >= 0x61 && byte <= 0x7A
                let isOther = (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
                guard isLetter || (index > start && isOther) else { break }
                index += 1
            }
            return index > start ? start..<index : nil
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
