internal import CLibXML2

/// Resolves the references libxml2 leaves in an attribute value when it does not
/// substitute entities: `&#38;` (a literal `&`), `&name;` for an entity declared in the
/// internal subset, and whatever those entities' replacement text contains, recursively,
/// with whitespace in replacement text normalised to spaces (XML 1.0 §3.3.3). References
/// it cannot resolve stay as written.
///
/// Each entity is expanded once per value and reused. Every byte written on an entity's
/// behalf (into the value or into an enclosing entity's expansion) counts against
/// `budget`, plus one per reference so that empty entities cannot nest for free; past it,
/// decoding stops. So the work is bounded by the budget, and nested "billion laughs"
/// definitions cost at most that.
struct AttributeValueDecoder {
    let document: xmlDocPtr?
    let budget: Int
    /// Bytes (and references) produced by entity replacement text so far.
    private(set) var expanded = 0
    private var expansions: [UnsafeMutableRawPointer: [UInt8]] = [:]

    init(document: xmlDocPtr?, budget: Int) {
        self.document = document
        self.budget = budget
    }

    var isOverBudget: Bool { expanded > budget }

    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        append(bytes, to: &output, depth: 0)
        return output
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], depth: Int) {
        var i = 0
        let charged = depth > 0 ? 1 : 0
        while i < bytes.count, !isOverBudget {
            let b = bytes[i]
            guard b == UInt8(ascii: "&"), let end = Self.referenceEnd(bytes, from: i) else {
                output.append(depth > 0 && (b == 0x09 || b == 0x0A || b == 0x0D) ? 0x20 : b)
                expanded += charged
                i += 1
                continue
            }
            let name = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end])
            let before = output.count
            if !resolve(name, into: &output, depth: depth) {
                output.append(contentsOf: bytes[i...end])
                expanded += charged * (output.count - before)
            }
            i = end + 1
        }
    }

    /// The index of the `;` closing a reference that starts at `start`, looking a short way.
    private static func referenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var j = start + 1
        let limit = Swift.min(bytes.count, start + 66)
        while j < limit {
            if bytes[j] == UInt8(ascii: ";") { return j > start + 1 ? j : nil }
            j += 1
        }
        return nil
    }

    private mutating func resolve(_ name: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], depth: Int)
        -> Bool
    {
        if name[0] == UInt8(ascii: "#") {
            guard let scalar = Self.characterReference(UnsafeBufferPointer(rebasing: name.dropFirst())) else {
                return false
            }
            let before = output.count
            output.append(contentsOf: String(Character(scalar)).utf8)
            if depth > 0 { expanded += output.count - before }
            return true
        }
        if let predefined = Self.predefined(name) {
            output.append(predefined)
            if depth > 0 { expanded += 1 }
            return true
        }
        guard depth < 16, let entity = lookUp(name) else { return false }
        expanded += 1
        let key = UnsafeMutableRawPointer(entity)
        if let known = expansions[key] {
            expanded += known.count
            if !isOverBudget { output.append(contentsOf: known) }
            return true
        }
        var replacement: [UInt8] = []
        let content = UnsafeBufferPointer(start: entity.pointee.content, count: Int(entity.pointee.length))
        append(content, to: &replacement, depth: depth + 1)
        expansions[key] = replacement
        expanded += replacement.count
        if !isOverBudget { output.append(contentsOf: replacement) }
        return true
    }

    /// An internal general entity declared in the document, or `nil`.
    private func lookUp(_ name: UnsafeBufferPointer<UInt8>) -> UnsafeMutablePointer<xmlEntity>? {
        var cName = [UInt8](name)
        cName.append(0)
        guard let entity = cName.withUnsafeBufferPointer({ xmlGetDocEntity(document, $0.baseAddress) }),
            entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, entity.pointee.content != nil
        else { return nil }
        return entity
    }

    static func characterReference(_ digits: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var body = digits[...]
        let radix: UInt32 = body.first == UInt8(ascii: "x") ? 16 : 10
        if radix == 16 { body = body.dropFirst() }
        guard !body.isEmpty, body.count <= 8 else { return nil }
        var value: UInt32 = 0
        for d in body {
            guard let digit = hexValue(d), digit < radix else { return nil }
            value = value * radix + digit
        }
        return Unicode.Scalar(value)
    }

    private static func hexValue(_ d: UInt8) -> UInt32? {
        switch d {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(d - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(d - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(d - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static func predefined(_ name: UnsafeBufferPointer<UInt8>) -> UInt8? {
        switch (name.count, name[0]) {
        case (3, UInt8(ascii: "a")) where name.elementsEqual("amp".utf8): UInt8(ascii: "&")
        case (2, UInt8(ascii: "l")) where name.elementsEqual("lt".utf8): UInt8(ascii: "<")
        case (2, UInt8(ascii: "g")) where name.elementsEqual("gt".utf8): UInt8(ascii: ">")
        case (4, UInt8(ascii: "q")) where name.elementsEqual("quot".utf8): UInt8(ascii: "\"")
        case (4, UInt8(ascii: "a")) where name.elementsEqual("apos".utf8): UInt8(ascii: "'")
        default: nil
        }
    }
}
