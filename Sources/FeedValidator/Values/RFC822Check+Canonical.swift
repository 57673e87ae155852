/// The fields of an RFC 822 date, and the one shape nearly every feed writes them in
/// (`Mon, 12 May 2025 16:45:00 +0300`), read straight from the bytes.
///
/// A value in exactly that shape (day name and month as ``RFC822Check`` spells them, one
/// space between fields, a numeric zone with minutes below 60 or a named zone in capitals)
/// has no defect the general check could name, so the general check would read the same
/// fields; anything else goes to the general check.
struct CanonicalRFC822 {
    var dayName: String?
    var day: Int
    var monthIndex: Int
    var year: Int
    var hour: Int
    var minute: Int
    var second: Int
    var offset: Int
}

extension CanonicalRFC822 {
    init?(_ text: String) {
        var text = text
        guard let fields = text.withUTF8({ Self.read($0) }) else { return nil }
        self = fields
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> CanonicalRFC822? {
        var index = 0
        var dayName: String?
        if bytes.count > 4, ASCIIClass.isLetter(bytes[0]) {
            guard bytes[3] == UInt8(ascii: ","), bytes[4] == 0x20,
                let name = RFC822Check.dayNames.first(where: { matches(bytes, 0, $0) })
            else { return nil }
            dayName = name
            index = 5
        }
        guard let day = number(bytes, &index, digits: 1...2), space(bytes, &index),
            index + 3 <= bytes.count,
            let monthIndex = RFC822Check.monthNames.firstIndex(where: { matches(bytes, index, $0) })
        else { return nil }
        index += 3
        guard space(bytes, &index), let year = number(bytes, &index, digits: 4...4), space(bytes, &index),
            let hour = number(bytes, &index, digits: 2...2), colon(bytes, &index),
            let minute = number(bytes, &index, digits: 2...2)
        else { return nil }
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            index += 1
            guard let value = number(bytes, &index, digits: 2...2) else { return nil }
            second = value
        }
        guard space(bytes, &index), let offset = zone(UnsafeBufferPointer(rebasing: bytes[index...])) else {
            return nil
        }
        return CanonicalRFC822(
            dayName: dayName, day: day, monthIndex: monthIndex, year: year, hour: hour, minute: minute,
            second: second, offset: offset)
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ name: String) -> Bool {
        at + name.utf8.count <= bytes.count && bytes[at..<at + name.utf8.count].elementsEqual(name.utf8)
    }

    private static func number(
        _ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, digits: ClosedRange<Int>
    )
        -> Int?
    {
        let start = index
        var value = 0
        while index < bytes.count, index - start < digits.upperBound, ASCIIClass.isDigit(bytes[index]) {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        // A digit right after the widest field is a longer number: the general check reads it.
        if index < bytes.count, ASCIIClass.isDigit(bytes[index]) { return nil }
        return digits.contains(index - start) ? value : nil
    }

    private static func space(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Bool {
        guard index < bytes.count, bytes[index] == 0x20 else { return false }
        index += 1
        return true
    }

    private static func colon(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
        index += 1
        return true
    }

    /// `+HHMM`/`-HHMM` with minutes below 60, or a zone name as the general check lists it.
    private static func zone(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes.count == 5, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            bytes[1...].allSatisfy(ASCIIClass.isDigit)
        {
            let digits = bytes[1...].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            guard digits % 100 < 60 else { return nil }
            return (bytes[0] == UInt8(ascii: "-") ? -1 : 1) * (digits / 100 * 60 + digits % 100)
        }
        return RFC822Check.zones.first { $0.key.utf8.elementsEqual(bytes) }?.value
    }
}
