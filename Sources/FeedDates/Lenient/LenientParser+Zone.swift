/// Which spellings of a zone count as standard, for ``LenientDate/Repair/nonStandardOffset``
/// and ``LenientDate/Repair/nonStandardZoneName``.
enum ZoneContext {
    /// `+hhmm` and RFC 822's names.
    case rfc822
    /// `Z`, `+hh:mm`, `+hhmm`, `+hh`; no names at all.
    case iso8601
    /// The free-text forms: any offset spelling ISO 8601 allows, and RFC 822's names.
    case other
}

extension LenientParser {
    /// A zone after optional whitespace, if one comes next; otherwise nothing is consumed.
    mutating func optionalZone(context: ZoneContext) {
        var probe = self
        _ = probe.space()
        if probe.zone(context: context) { self = probe }
    }

    /// `Z`, a numeric offset, `GMT+3`, a known name, a military letter, or two to five
    /// unknown capitals read as UTC.
    mutating func zone(context: ZoneContext) -> Bool {
        if nextIs("+") || nextIs("-") {
            guard numericOffset(context: context) else { return false }
            skipNameAfterOffset()
            return true
        }
        var probe = scanner
        guard var word = probe.word() else { return false }
        if word.key == Self.etcKey, probe.consume(UInt8(ascii: "/")), let name = probe.word() {
            // The tz database's `Etc/GMT`, `Etc/UTC`: the area is dropped, the name read. Its
            // `Etc/GMT+5` means UTC-5, a sign no reader expects: not guessed.
            guard probe.next != UInt8(ascii: "+"), probe.next != UInt8(ascii: "-") else { return false }
            word = name
            reading.repairs.insert(.nonStandardZoneName)
            isRFC3339 = false
        }
        switch LenientWord.lookUp(word) {
        case .zone(let name)?:
            scanner = probe
            return named(name, context: context)
        case .some:
            return false  // a month, day name or AM/PM is no zone, even in capitals
        case nil:
            break
        }
        let repair: LenientDate.Repair?
        switch (word.length, word.isUppercaseASCII) {
        case (1, _) where word.key == LenientWord.letterZ: repair = nil
        case (1, true): repair = word.key == LenientWord.letterJ ? .unknownZoneName : .militaryZone
        case (2...5, true): repair = .unknownZoneName
        default: return false
        }
        scanner = probe
        reading.zone = .fixed(seconds: 0)
        if let repair {
            reading.repairs.insert(repair)
            isRFC3339 = false
        }
        return true
    }

    private static let etcKey = LenientWord.key("Etc")

    private mutating func named(_ name: LenientZoneName, context: ZoneContext) -> Bool {
        isRFC3339 = false
        if name.isUniversal, nextIs("+") || nextIs("-"),
            let digit = scanner.peek(1), ASCIIScanner.isDigit(digit)
        {
            guard numericOffset(context: context) else { return false }
            reading.repairs.insert(.nonStandardOffset)
            return true
        }
        reading.zone = name.offset
        switch name.standing {
        case .rfc822:
            if context == .iso8601 { reading.repairs.insert(.nonStandardZoneName) }
        case .common:
            reading.repairs.insert(.nonStandardZoneName)
        case .ambiguous:
            reading.repairs.insert(.nonStandardZoneName)
            reading.repairs.insert(.ambiguousZoneName)
        }
        return true
    }

    /// `+hhmm`, `+hh:mm`, `+hh`, or the odd `+h`, `+hmm`, `+h:mm`; up to 23:59 either way.
    private mutating func numericOffset(context: ZoneContext) -> Bool {
        let sign = nextIs("-") ? -1 : 1
        scanner.advance()
        guard let digits = scanner.number(upTo: 4) else { return false }
        var hours = digits.value
        var minutes = 0
        let isStandard: Bool
        if digits.digits >= 3 {
            hours = digits.value / 100
            minutes = digits.value % 100
            isStandard = digits.digits == 4
            isRFC3339 = false
        } else if consume(":") {
            guard let value = scanner.number(digits: 2) else { return false }
            minutes = value
            isStandard = digits.digits == 2 && context != .rfc822
            if digits.digits == 1 { isRFC3339 = false }
        } else {
            isStandard = digits.digits == 2 && context != .rfc822
            isRFC3339 = false
        }
        guard hours <= 23, minutes <= 59 else { return false }
        if !isStandard { reading.repairs.insert(.nonStandardOffset) }
        reading.zone = .fixed(seconds: sign * (hours * 3600 + minutes * 60))
        return true
    }

    /// `+0300 MSK`: a zone name after the offset repeats (or contradicts) it; the offset wins.
    private mutating func skipNameAfterOffset() {
        var probe = scanner
        guard probe.skipWhitespace() > 0, let word = probe.word() else { return }
        let isZoneName: Bool = if case .zone? = LenientWord.lookUp(word) { true } else { false }
        guard isZoneName || word.isUppercaseASCII && (2...5).contains(word.length) else { return }
        scanner = probe
        reading.repairs.insert(.trailingComment)
        isRFC3339 = false
    }
}
