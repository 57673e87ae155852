/// Coordinates as GeoRSS and GML write them: decimal degrees separated by white space,
/// latitude first. A comma between a latitude and its longitude is common enough to be
/// read (the rules warn about it).
enum GeoCoordinates {
    typealias Pair = (latitude: Double, longitude: Double)

    /// The shapes a list of points draws, and what each needs.
    enum Shape {
        case line, polygon, box

        /// What is wrong with `pairs` for this shape, or `nil`.
        func problem(_ pairs: [Pair]) -> String? {
            switch self {
            case .line:
                pairs.count >= 2 ? nil : "a line needs at least two points"
            case .polygon:
                pairs.count >= 4 && pairs[0] == pairs[pairs.count - 1]
                    ? nil : "a polygon needs at least four points, the last the same as the first"
            case .box:
                pairs.count == 2 ? nil : "a box is two points, its lower and its upper corner"
            }
        }
    }

    /// A signed decimal number without exponent (`-12.5`, `+3`, `7.`), as GML writes one.
    static func decimal(_ text: some StringProtocol) -> Double? {
        let utf8 = text.utf8
        var digits = utf8[...]
        if let first = digits.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            digits = digits.dropFirst()
        }
        let whole = digits.prefix(while: ASCIIClass.isDigit)
        let rest = digits.dropFirst(whole.count)
        guard !whole.isEmpty,
            rest.isEmpty || rest.first == UInt8(ascii: ".") && rest.dropFirst().allSatisfy(ASCIIClass.isDigit)
        else { return nil }
        return Double(String(text))
    }

    /// The numbers of a coordinate list, or `nil` when one is no decimal number.
    static func numbers(_ text: String) -> [Double]? {
        let tokens = text.split { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "," }
        var numbers: [Double] = []
        numbers.reserveCapacity(tokens.count)
        for token in tokens {
            guard let number = decimal(token) else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    /// Latitude-longitude pairs, or `nil` when the list is empty, odd or not numeric.
    static func pairs(_ text: String) -> [Pair]? {
        guard let numbers = numbers(text), !numbers.isEmpty, numbers.count % 2 == 0 else { return nil }
        return stride(from: 0, to: numbers.count, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
    }
}
