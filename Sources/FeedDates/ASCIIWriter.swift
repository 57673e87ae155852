/// Builds short ASCII strings byte by byte, avoiding `String(format:)` and interpolation
/// costs when a feed with thousands of items formats a date for each.
struct ASCIIWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Zero-pads to `width`; wider values keep all their digits and negatives get a leading
    /// `-`, so out-of-range years stay readable instead of being truncated.
    mutating func append(_ value: Int, width: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        var digitCount = 1
        while magnitude / divisor >= 10 {
            divisor *= 10
            digitCount += 1
        }
        if digitCount < width {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digitCount))
        }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }

    /// `YYYY-MM-DDTHH:MM:SS`, shared by `CivilDateTime.description` and RFC 3339 output.
    mutating func appendDateTime(_ time: CivilDateTime) {
        append(time.year, width: 4)
        append(byte: UInt8(ascii: "-"))
        append(time.month, width: 2)
        append(byte: UInt8(ascii: "-"))
        append(time.day, width: 2)
        append(byte: UInt8(ascii: "T"))
        appendClock(time)
    }

    /// `HH:MM:SS`.
    mutating func appendClock(_ time: CivilDateTime) {
        append(time.hour, width: 2)
        append(byte: UInt8(ascii: ":"))
        append(time.minute, width: 2)
        append(byte: UInt8(ascii: ":"))
        append(time.second, width: 2)
    }

    /// `+hh:mm` (`separator` ":") or `+hhmm` (no separator); `+` for zero, as both RFCs want.
    mutating func appendOffset(seconds: Int, separator: UInt8?) {
        append(byte: seconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let minutes = abs(seconds) / 60
        append(minutes / 60, width: 2)
        if let separator { append(byte: separator) }
        append(minutes % 60, width: 2)
    }
}
