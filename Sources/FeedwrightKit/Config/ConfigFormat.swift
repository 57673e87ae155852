import FeedDates
import FeedJSON
internal import Foundation

/// Shape checks for the config's string values.
enum ConfigFormat {
    /// Whether `text` is an absolute `http` or `https` URL with a host.
    static func isHTTPURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https"
        else { return false }
        return !(components.host ?? "").isEmpty
    }

    /// Whether `text` is an absolute `http(s)` URL with no query or fragment.
    static func isBaseURL(_ text: String) -> Bool {
        guard isHTTPURL(text), let components = URLComponents(string: text) else { return false }
        return components.query == nil && components.fragment == nil
    }

    /// The lowercased host of an `http(s)` URL already checked by ``isHTTPURL(_:)``.
    static func host(of url: String) -> String {
        URLComponents(string: url)?.host?.lowercased() ?? ""
    }

    /// Whether `text` has the shape of a BCP 47 tag: a primary subtag of 2–8 letters (or
    /// the `x`/`i` singletons), then `-`-separated subtags of 1–8 letters or digits.
    static func isLanguageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, primary.utf8.allSatisfy(JSONText.isASCIILetter),
            (2...8).contains(primary.utf8.count) || ["x", "i"].contains(primary.lowercased())
        else { return false }
        return subtags.dropFirst().allSatisfy {
            (1...8).contains($0.utf8.count) && $0.utf8.allSatisfy(JSONText.isASCIILetterOrDigit)
        }
    }

    /// Whether `text` is an RFC 4151 `taggingEntity`: `authorityName "," date`, where the
    /// authority is a DNS name or an email address and the date is `YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`.
    static func isTagAuthority(_ text: String) -> Bool {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return isTagAuthorityName(parts[0]) && isTagDate(parts[1])
    }

    private static func isTagAuthorityName(_ name: Substring) -> Bool {
        let pieces = name.split(separator: "@", omittingEmptySubsequences: false)
        switch pieces.count {
        case 1: return isDNSName(pieces[0])
        case 2:
            let local = pieces[0].utf8
            return !local.isEmpty
                && local.allSatisfy { JSONText.isASCIILetterOrDigit($0) || "-._".utf8.contains($0) }
                && isDNSName(pieces[1])
        default: return false
        }
    }

    private static func isDNSName(_ name: Substring) -> Bool {
        name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { component in
            let bytes = Array(component.utf8)
            guard let first = bytes.first, let last = bytes.last else { return false }
            return JSONText.isASCIILetterOrDigit(first) && JSONText.isASCIILetterOrDigit(last)
                && bytes.allSatisfy { JSONText.isASCIILetterOrDigit($0) || $0 == UInt8(ascii: "-") }
        }
    }

    private static func isTagDate(_ date: Substring) -> Bool {
        let fields = date.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(fields.count),
            zip(fields, widths).allSatisfy({ $0.utf8.count == $1 && $0.utf8.allSatisfy(isASCIIDigit) })
        else { return false }
        let numbers = fields.compactMap { Int($0) }
        guard numbers.count < 2 || (1...12).contains(numbers[1]) else { return false }
        return numbers.count < 3
            || (1...CivilCalendar.daysInMonth(year: numbers[0], month: numbers[1])).contains(numbers[2])
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Whether `text` looks like `local@domain`: one `@`, both sides non-empty, no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty } && !text.contains(where: \.isWhitespace)
    }

    /// Whether `text` is a plain file name: no `/`, no NUL, not `.` or `..`.
    static func isFileName(_ text: String) -> Bool {
        !text.contains("/") && !text.contains("\0") && text != "." && text != ".."
    }
}
