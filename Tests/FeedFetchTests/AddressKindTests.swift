import FeedFetch
import FeedTestSupport
import Foundation
import Testing

@Suite("Address kinds and ranges")
struct AddressKindTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var address: String
        var kind: String
        var file: String
        var testDescription: String { "\(address) is \(kind) (\(file))" }
    }

    /// Every row of every table in `Fixtures/addresses`.
    static let rows: [Row] = {
        let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/addresses")
        return Fixtures.files(in: directory, withExtension: "txt").flatMap { file -> [Row] in
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line -> Row? in
                let fields = line.split(whereSeparator: \.isWhitespace)
                guard fields.count == 2 else { return nil }
                return Row(address: String(fields[0]), kind: String(fields[1]), file: file.lastPathComponent)
            }
        }
    }()

    @Test func theTablesHaveEnoughRows() {
        #expect(Self.rows.count >= 30)
    }

    @Test(arguments: rows)
    func kind(of row: Row) throws {
        let address = try #require(IPAddress(row.address))
        let expected = try #require(AddressKind(rawValue: row.kind))
        #expect(AddressKind(address) == expected)
    }

    @Test(arguments: [
        ("10.0.0.0/8", "10.200.1.1", true), ("10.0.0.0/8", "11.0.0.1", false),
        ("127.0.0.1", "127.0.0.1", true),
        ("127.0.0.1", "127.0.0.2", false), ("::1", "::1", true), ("::1", "127.0.0.1", false),
        ("fd00::/8", "fd12::1", true), ("0.0.0.0/0", "::1", false), ("::/0", "192.168.1.1", true),
        ("10.1.2.3/8", "10.9.9.9", true), ("192.168.0.0/16", "::ffff:192.168.4.4", true),
    ])
    func rangeMembership(range: String, address: String, expected: Bool) throws {
        let parsed = try #require(AddressRange(range))
        #expect(parsed.contains(try #require(IPAddress(address))) == expected)
    }

    @Test(arguments: ["", "10.0.0.0/33", "::/129", "10.0.0/8", "example.com", "10.0.0.0/x", "1.2.3.4/-1"])
    func malformedRangesAreRejected(text: String) {
        #expect(AddressRange(text) == nil)
    }

    @Test func rangesPrintAsWritten() {
        #expect(AddressRange("10.1.2.3/8")?.description == "10.0.0.0/8")
        #expect(AddressRange("::1")?.description == "::1")
        #expect(AddressRange("[fe80::1]")?.description == "fe80::1")
        #expect(AddressRange("::ffff:0:0/96")?.description == "::ffff:0.0.0.0/96")
    }

    @Test func thePolicyAllowsPublicAddressesAndListedOnes() throws {
        let policy = FetchPolicy(allowedAddresses: [try #require(AddressRange("10.0.0.0/8"))])
        #expect(policy.allows(try #require(IPAddress("8.8.8.8"))))
        #expect(policy.allows(try #require(IPAddress("10.1.1.1"))))
        #expect(!policy.allows(try #require(IPAddress("192.168.1.1"))))
        #expect(!policy.allows(try #require(IPAddress("::ffff:192.168.1.1"))))
    }
}
