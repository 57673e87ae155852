/// Moves a document's bytes from its ``ReaderInput`` to libxml2, a chunk per call: first
/// the reordered prelude (``XMLPrelude``), then the input, through ``UTF8Repair`` when the
/// document is decoded as UTF-8. Chunks then end between whole UTF-8 sequences (the few
/// bytes of a cut one wait for the next chunk), so no check misreads a split character.
struct ReaderFeed {
    enum Step {
        case fed
        case endOfInput
        case readFailed(Int32)
        case tooLarge
    }

    private(set) var input: ReaderInput
    /// Bytes to hand libxml2 before the input, and the original offset they stand for.
    private var head: (bytes: [UInt8], offset: Int)?
    private var repair: UTF8Repair?
    /// Where the one invalid-UTF-8 diagnostic sits in the state's list, to update its count.
    private var repairDiagnostic: Int?
    var replacedCount: Int { repair?.replaced ?? 0 }
    private let byteOrderMarkLength: Int

    /// `start` is where the input is read from (past a BOM or a moved prelude).
    init(input: ReaderInput, start: Int, head: [UInt8]?, repairsUTF8: Bool, byteOrderMarkLength: Int) {
        switch input {
        case .memory(var memory):
            memory.offset = start
            self.input = .memory(memory)
        case .file(let file):
            file.prefixOffset = start
            file.bufferOffset = file.prefix.count
            self.input = .file(file)
        }
        self.head = head.map { ($0, byteOrderMarkLength) }
        repair = repairsUTF8 ? UTF8Repair() : nil
        self.byteOrderMarkLength = byteOrderMarkLength
    }

    /// Hands libxml2 the next chunk, or says why there is none.
    mutating func feedNext(_ session: ParserSession) -> Step {
        if let (bytes, offset) = head {
            head = nil
            bytes.withUnsafeBufferPointer { deliver($0, at: offset, session) }
            return .fed
        }
        switch input {
        case .memory(var memory):
            let remaining = memory.bytes.count - memory.offset
            guard remaining > 0 else { return .endOfInput }
            var count = Swift.min(ReaderInput.chunkSize, remaining)
            memory.bytes.withUnsafeBufferPointer { all in
                var chunk = UnsafeBufferPointer(rebasing: all[memory.offset..<(memory.offset + count)])
                if repair != nil, count < remaining {
                    count -= UTF8Repair.incompleteTail(chunk)
                    chunk = UnsafeBufferPointer(rebasing: chunk[..<count])
                }
                deliver(chunk, at: memory.offset, session)
            }
            memory.offset += count
            input = .memory(memory)
            return .fed
        case .file(let file):
            if file.prefixOffset < file.prefix.count { return feedPrefix(file, session) }
            return feedRead(file, session)
        }
    }

    private mutating func feedPrefix(_ file: FileInput, _ session: ParserSession) -> Step {
        let remaining = file.prefix.count - file.prefixOffset
        var count = Swift.min(ReaderInput.chunkSize, remaining)
        let isLast = count == remaining
        var tail = 0
        file.prefix.withUnsafeBufferPointer { all in
            var chunk = UnsafeBufferPointer(rebasing: all[file.prefixOffset..<(file.prefixOffset + count)])
            if repair != nil, !(isLast && file.prefixIsWholeFile) {
                tail = UTF8Repair.incompleteTail(chunk)
                count -= tail
                chunk = UnsafeBufferPointer(rebasing: chunk[..<count])
            }
            deliver(chunk, at: file.prefixOffset, session)
        }
        file.prefixOffset += count
        if isLast {
            // The start of a cut sequence goes before the first chunk read after the prefix.
            file.prefix.withUnsafeBytes { all in
                file.buffer.copyMemory(from: all.baseAddress! + file.prefixOffset, byteCount: tail)
            }
            file.carry = tail
            file.bufferOffset = file.prefixOffset
            file.prefix = []
            file.prefixOffset = 0
        }
        return .fed
    }

    private mutating func feedRead(_ file: FileInput, _ session: ParserSession) -> Step {
        let n = file.readChunk()
        if n < 0 { return .readFailed(file.lastErrno) }
        let buffer = UnsafeBufferPointer(
            start: file.buffer.assumingMemoryBound(to: UInt8.self), count: file.carry + n)
        if n == 0 {
            guard file.carry > 0 else { return .endOfInput }
            deliver(buffer, at: file.bufferOffset, session)
            file.bufferOffset += file.carry
            file.carry = 0
            return .fed
        }
        if file.bytesRead > session.state.pointee.options.maxBytes { return .tooLarge }
        var count = buffer.count
        let tail = repair == nil ? 0 : UTF8Repair.incompleteTail(buffer)
        count -= tail
        deliver(UnsafeBufferPointer(rebasing: buffer[..<count]), at: file.bufferOffset, session)
        file.bufferOffset += count
        if tail > 0 { file.buffer.copyMemory(from: file.buffer + count, byteCount: tail) }
        file.carry = tail
        return .fed
    }

    private mutating func deliver(
        _ chunk: UnsafeBufferPointer<UInt8>, at offset: Int, _ session: ParserSession
    ) {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
        guard repair != nil, repair!.repairs(chunk, at: offset) else {
            session.parse(base, chunk.count)
            return
        }
        reportReplacements(session)
        repair!.withRepaired { session.parse($0.baseAddress!, $0.count) }
    }

    /// One diagnostic for all replacements: placed at the first, its count kept current.
    private mutating func reportReplacements(_ session: ParserSession) {
        guard let repair, let first = repair.firstInvalidOffset else { return }
        let count = repair.replaced
        let (line, column) = position(of: first)
        let message =
            "\(count) invalid UTF-8 sequence\(count == 1 ? "" : "s") replaced with U+FFFD, the first at "
            + (line > 0 ? "\(line):\(column) " : "") + "(byte \(first))"
        if let index = repairDiagnostic {
            session.state.pointee.diagnostics[index].message = message
            return
        }
        repairDiagnostic = session.state.pointee.diagnostics.count
        session.state.pointee.report(
            .error, message, code: XMLReadDiagnostic.ReaderCode.invalidUTF8Replaced.rawValue, line: line,
            column: column)
    }

    private var cachedPosition: (offset: Int, line: Int, column: Int)?

    /// The line and column (characters, as libxml2 counts them) of an original byte offset;
    /// (0, 0) when the bytes cannot be read again.
    private mutating func position(of offset: Int) -> (Int, Int) {
        if let cachedPosition, cachedPosition.offset == offset {
            return (cachedPosition.line, cachedPosition.column)
        }
        var counter = LineCounter(skip: byteOrderMarkLength)
        let ok: Bool
        switch input {
        case .memory(let memory):
            memory.bytes.withUnsafeBufferPointer { counter.add(UnsafeBufferPointer(rebasing: $0[..<offset])) }
            ok = true
        case .file(let file):
            ok = file.rescan(upTo: offset) { counter.add($0) }
        }
        let result = ok ? (counter.line, counter.column) : (0, 0)
        cachedPosition = (offset, result.0, result.1)
        return result
    }
}

/// Counts lines and UTF-8 characters over bytes handed in pieces.
struct LineCounter {
    var line = 1
    var column = 1
    /// Leading bytes not counted (a byte order mark).
    var skip: Int

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            if skip > 0 {
                skip -= 1
            } else if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
    }
}
