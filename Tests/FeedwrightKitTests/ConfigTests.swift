import FeedAggregator
import FeedModel
import FeedwrightKit
import Foundation
import Testing

/// The config fixtures: `config/valid/*.json` and `config/invalid/*.json`, each beside an
/// `X.expected` whose first line is `# covers: …` and whose other lines are the expected
/// outcome (the exact error line, or a dump of the decoded config for valid files).
enum ConfigFixtures {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("config", isDirectory: true)

    static func folder(_ name: String) -> URL {
        root.appendingPathComponent(name, isDirectory: true)
    }

    /// The fixture names (without `.json`) in `folder`, sorted.
    static func names(in folder: String, extension ext: String = "json") -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: self.folder(folder).path)) ?? []
        return files.filter { $0.hasSuffix("." + ext) }.map { String($0.dropLast(ext.count + 1)) }.sorted()
    }

    /// The config file as a path relative to its folder, as a user would type it.
    static func file(_ name: String, in folder: String) -> URL {
        URL(fileURLWithPath: name + ".json", relativeTo: self.folder(folder))
    }

    /// The `# covers:` statement and the expected lines of fixture `name`.
    static func expectation(_ name: String, in folder: String) throws -> (covers: String, lines: [String]) {
        let url = self.folder(folder).appendingPathComponent(name + ".expected")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        return (lines.first ?? "", Array(lines.dropFirst()))
    }

    /// One `key = value` line per setting, with paths under the fixture folder as `$DIR`.
    static func dump(_ config: FeedwrightConfig, folder: String) -> [String] {
        let feed = config.feed
        var lines = [
            "feed.title = \(show(feed.title))", "feed.description = \(show(feed.description))",
            "feed.link = \(feed.link)", "feed.language = \(show(feed.language))",
            "feed.tagAuthority = \(feed.tagAuthority)",
        ]
        if let author = feed.author {
            lines += [
                "feed.author.name = \(author.name)", "feed.author.email = \(show(author.email))",
                "feed.author.uri = \(show(author.uri))",
            ]
        } else {
            lines.append("feed.author = nil")
        }
        let offset = feed.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: 1_747_058_400))
        lines += ["feed.timeZone = \(feed.timeZone.identifier) (\(offset >= 0 ? "+" : "")\(offset) s)"]
        lines += ["feed.maxItems = \(feed.maxItems)"]
        lines += [config.seeds.map { "seeds.directory = \(path($0.directory, folder))" } ?? "seeds = nil"]
        return lines + dumpOutput(config, folder: folder)
    }

    private static func dumpOutput(_ config: FeedwrightConfig, folder: String) -> [String] {
        let output = config.output
        var lines = [
            "output.directory = \(path(output.directory, folder))",
            "output.baseURL = \(show(output.baseURL))",
            "output.rss = \(output.rssFileName)", "output.atom = \(output.atomFileName)",
            "output.json = \(output.jsonFileName)",
        ]
        let dates = config.pinnedDates.sorted { $0.key < $1.key }
        lines += dates.map { "pinnedDates[\"\($0.key)\"] = \($0.value.formatted(.iso8601))" }
        if dates.isEmpty { lines.append("pinnedDates = none") }
        return lines + ["state.path = \(path(config.state.path, folder))"] + dumpMerge(config, folder: folder)
    }

    /// Sources always; `dedup` and `fetch` only when they differ from the defaults.
    private static func dumpMerge(_ config: FeedwrightConfig, folder: String) -> [String] {
        var lines: [String] = []
        for (index, source) in config.sources.enumerated() {
            let location: String
            switch source.location {
            case .http(let url): location = url.absoluteString
            case .file(let url): location = "file " + path(url, folder)
            }
            lines.append(
                "sources[\(index)] = \(source.name) <\(location)> zone=\(source.timeZone?.identifier ?? "nil") "
                    + "enabled=\(source.enabled) maxItems=\(source.maxItems) "
                    + "maxAge=\(source.maxAge.map { "\(Int($0)) s" } ?? "nil")")
        }
        if let schedule = config.schedule {
            lines.append(
                "schedule = \(schedule.expression) zone=\(schedule.timeZone?.identifier ?? "nil") "
                    + "log=\(path(schedule.log, folder))")
        }
        if config.dedup != DedupSettings() { lines.append("dedup.window = \(Int(config.dedup.window)) s") }
        let fetch = config.fetch
        if fetch != FetchSettings() {
            lines.append(
                "fetch = timeout \(fetch.timeout) s, connect \(fetch.connectTimeout) s, \(fetch.maxBytes) bytes, "
                    + "perHost \(fetch.perHost), parallel \(fetch.parallel), allow \(fetch.allowAddresses)")
        }
        let limits = config.limits
        if limits != ItemLimits() {
            lines.append(
                "limits = futureDates \(Int(limits.futureAllowance)) s, "
                    + "earliestDate \(limits.earliestDate.formatted(.iso8601)), titleLength \(limits.titleLength), "
                    + "summaryLength \(limits.summaryLength), contentLength \(limits.contentLength)")
        }
        if !config.websub.hubs.isEmpty { lines.append("websub.hubs = \(config.websub.hubs)") }
        if let archive = config.output.archive {
            lines.append("output.archive.pageSize = \(archive.pageSize)")
        }
        return lines
    }

    private static func show(_ value: String?) -> String {
        value ?? "nil"
    }

    private static func path(_ url: URL, _ folder: String) -> String {
        let dir = self.folder(folder).standardizedFileURL.path
        let parent = root.standardizedFileURL.path
        if url.path.hasPrefix(dir + "/") { return "$DIR" + url.path.dropFirst(dir.count) }
        if url.path.hasPrefix(parent + "/") { return "$DIR/.." + url.path.dropFirst(parent.count) }
        return url.path
    }
}

/// `config.json` loading; every nested suite's ID contains `ConfigTests`.
@Suite("Config loader")
struct ConfigTests {}

extension ConfigTests {
    @Suite("fixtures")
    struct FixtureTests {
        @Test(
            "invalid config gives exactly the expected one-line error",
            arguments: ConfigFixtures.names(in: "invalid"))
        func invalid(name: String) throws {
            let expected = try ConfigFixtures.expectation(name, in: "invalid")
            let error = try #require(throws: ConfigError.self) {
                try ConfigLoader.load(from: ConfigFixtures.file(name, in: "invalid"))
            }
            #expect(expected.lines.count == 1)
            #expect(error.description == expected.lines.first)
            #expect(error.file == name + ".json")
            #expect(!error.description.contains("\n"))
        }

        @Test("valid config decodes to the expected settings", arguments: ConfigFixtures.names(in: "valid"))
        func valid(name: String) throws {
            let expected = try ConfigFixtures.expectation(name, in: "valid")
            let file = ConfigFixtures.file(name, in: "valid")
            let config = try ConfigLoader.load(from: file)
            #expect(ConfigFixtures.dump(config, folder: "valid") == expected.lines)
            #expect(config.file == file)
        }

        @Test("every fixture says what it covers and has an expectation", arguments: ["valid", "invalid"])
        func everyFixtureIsDescribed(folder: String) throws {
            let configs = ConfigFixtures.names(in: folder)
            #expect(configs == ConfigFixtures.names(in: folder, extension: "expected"))
            #expect(configs.count >= (folder == "valid" ? 5 : 40))
            for name in configs {
                let expected = try ConfigFixtures.expectation(name, in: folder)
                #expect(expected.covers.hasPrefix("# covers: "), "\(folder)/\(name).expected")
                #expect(expected.covers.count > "# covers: ".count + 10, "\(folder)/\(name).expected")
                #expect(!expected.lines.isEmpty, "\(folder)/\(name).expected")
            }
        }
    }
}

extension ConfigTests {
    @Suite("settings and defaults")
    struct SettingsTests {
        @Test("minimal config takes every default")
        func minimalDefaults() throws {
            let config = try ConfigLoader.load(from: ConfigFixtures.file("minimal", in: "valid"))
            let dir = ConfigFixtures.folder("valid").standardizedFileURL.path
            #expect(config.feed.title == nil)
            #expect(config.feed.description == nil)
            #expect(config.feed.link == "https://news.example.ru/")
            #expect(config.feed.language == nil)
            #expect(config.feed.tagAuthority == "news.example.ru,2025")
            #expect(config.feed.author == nil)
            #expect(config.feed.timeZone == TimeZone(identifier: "UTC"))
            #expect(config.feed.timeZone.secondsFromGMT() == 0)
            #expect(config.feed.maxItems == 50)
            #expect(config.seeds == nil)
            #expect(config.output.directory.path == dir + "/feeds")
            #expect(config.output.baseURL == nil)
            #expect(config.output.rssFileName == "rss.xml")
            #expect(config.output.atomFileName == "atom.xml")
            #expect(config.output.jsonFileName == "feed.json")
            #expect(config.output.categories == false)
            #expect(config.pinnedDates.isEmpty)
            #expect(config.state.path.path == dir + "/.feedwright/state.sqlite")
            #expect(config.limits.futureAllowance == 86_400)
            #expect(config.limits.earliestDate.formatted(.iso8601) == "1995-01-01T00:00:00Z")
            #expect(config.limits.titleLength == 1_000)
            #expect(config.limits.summaryLength == 20_000)
            #expect(config.limits.contentLength == 500_000)
        }

        @Test("full config sets every field")
        func fullConfig() throws {
            let config = try ConfigLoader.load(from: ConfigFixtures.file("full", in: "valid"))
            let root = ConfigFixtures.root.standardizedFileURL.path
            let feed = config.feed
            #expect(feed.title == "Последние новости")
            #expect(feed.description == "Главные события дня")
            #expect(feed.link == "https://News.Example.ru/")
            #expect(feed.language == "ru-RU")
            #expect(feed.tagAuthority == "editor@news.example.ru,2025-05-12")
            #expect(
                feed.author
                    == Person(
                        name: "Редакция", email: "editor@news.example.ru",
                        uri: "https://news.example.ru/about"))
            #expect(feed.timeZone.identifier == "Europe/Moscow")
            #expect(feed.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: 1_300_000_000)) == 3 * 3600)
            #expect(feed.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: 1_400_000_000)) == 4 * 3600)
            #expect(feed.maxItems == 20)
            #expect(config.seeds?.directory.path == root + "/shared/seeds")
            #expect(config.output.directory.path == root + "/valid/out/feeds")
            #expect(config.output.baseURL == "https://news.example.ru/feeds/")
            #expect(
                [config.output.rssFileName, config.output.atomFileName, config.output.jsonFileName]
                    == ["news.rss", "news.atom", "news.json"])
            #expect(
                config.pinnedDates
                    == [
                        "Открытие фестиваля": Date(timeIntervalSince1970: 1_747_058_400),
                        "Breaking: market update": Date(timeIntervalSince1970: 1_747_060_200),
                    ])
            #expect(config.state.path.path == "/var/lib/feedwright/state.sqlite")
        }

        @Test("benchmark-shaped config: title, link and language")
        func benchmarkShape() throws {
            let config = try ConfigLoader.load(from: ConfigFixtures.file("benchmark", in: "valid"))
            #expect(config.feed.title == "Новости")
            #expect(config.feed.link == "https://news.example.ru/")
            #expect(config.feed.language == "ru")
            #expect(config.feed.maxItems == 50)
            #expect(config.output.directory.lastPathComponent == "feeds")
        }

        @Test("relative paths resolve against the config's directory, not the working directory")
        func pathsResolveAgainstConfigDirectory() throws {
            let json = """
                {"feed": {"link": "https://news.example.ru/"}, "seeds": {"directory": "../shared/seeds"},
                 "output": {"directory": "public/feeds/"}, "state": {"path": "var/state.sqlite"}}
                """
            let config = try ConfigLoader.decode(
                Data(json.utf8), file: URL(fileURLWithPath: "/srv/site/config.json"))
            #expect(config.seeds?.directory.path == "/srv/shared/seeds")
            #expect(config.output.directory.path == "/srv/site/public/feeds")
            #expect(config.state.path.path == "/srv/site/var/state.sqlite")
            #expect(config.file.path == "/srv/site/config.json")
        }

        @Test("decode and load agree")
        func decodeMatchesLoad() throws {
            let file = ConfigFixtures.file("full", in: "valid")
            let data = try Data(contentsOf: file)
            #expect(try ConfigLoader.decode(data, file: file) == ConfigLoader.load(from: file))
        }
    }
}

extension ConfigTests {
    @Suite("errors")
    struct ErrorTests {
        static let inline = URL(fileURLWithPath: "inline.json")

        static func error(_ json: String, file: URL = inline) throws -> ConfigError {
            try #require(throws: ConfigError.self) { try ConfigLoader.decode(Data(json.utf8), file: file) }
        }

        static func feed(_ members: String) -> String {
            #"{"feed": {"link": "https://news.example.ru/", \#(members)}, "output": {"directory": "feeds"}}"#
        }

        @Test(
            "booleans and numbers are told apart",
            arguments: [
                ("1", 1, nil), ("100", 100, nil), ("2.0", 2, nil),
                ("true", nil, "expected an integer, found a boolean"),
                ("false", nil, "expected an integer, found a boolean"),
                ("0", nil, "must be at least 1, found 0"),
                ("1.5", nil, "expected an integer, found a fractional number"),
                ("10000000000000000000", nil, "expected an integer, found a number out of range"),
            ] as [(String, Int?, String?)])
        func booleanVersusNumber(literal: String, value: Int?, message: String?) throws {
            let data = Data(Self.feed(#""maxItems": \#(literal)"#).utf8)
            if let value {
                #expect(try ConfigLoader.decode(data, file: Self.inline).feed.maxItems == value)
            } else {
                let error = try #require(throws: ConfigError.self) {
                    try ConfigLoader.decode(data, file: Self.inline)
                }
                #expect(
                    error == ConfigError(file: "inline.json", keyPath: "feed.maxItems", message: message!))
            }
        }

        @Test(
            "a string field names the JSON kind it found",
            arguments: [
                ("1", "an integer"), ("true", "a boolean"), ("null", "null"), ("[]", "an array"),
                ("{}", "an object"),
            ])
        func foundKind(literal: String, kind: String) throws {
            let error = try Self.error(Self.feed(#""title": \#(literal)"#))
            #expect(error.description == "inline.json: feed.title: expected a string, found \(kind)")
        }

        @Test("syntax errors carry line and column as fields")
        func syntaxErrorFields() throws {
            let error = try Self.error("{\n  \"feed\" 1}")
            #expect(error.line == 2)
            #expect(error.column == 10)
            #expect(error.keyPath == nil)
            #expect(error.message == "invalid JSON: expected ':' after the key, found '1'")
            #expect(
                error.description == "inline.json:2:10: invalid JSON: expected ':' after the key, found '1'")
        }

        @Test("of several unknown keys the alphabetically first is reported")
        func unknownKeysAreReportedDeterministically() throws {
            let json = #"{"zeta": 1, "alpha": 2, "feed": {}, "output": {}}"#
            #expect(try Self.error(json).keyPath == "alpha")
        }

        @Test("an absolute config path is reported absolute")
        func absoluteFileName() throws {
            let error = try Self.error("{}", file: URL(fileURLWithPath: "/srv/site/config.json"))
            #expect(error.description == "/srv/site/config.json: feed: required key is missing")
        }

        @Test("a missing file is reported with the path as given")
        func missingFile() throws {
            let error = try #require(throws: ConfigError.self) {
                try ConfigLoader.load(from: URL(fileURLWithPath: "no-such-dir/config.json"))
            }
            #expect(
                error == ConfigError(file: "no-such-dir/config.json", message: "cannot read: no such file"))
            #expect(error.description == "no-such-dir/config.json: cannot read: no such file")
        }

        @Test("a directory is not a config file")
        func directory() throws {
            let error = try #require(throws: ConfigError.self) {
                try ConfigLoader.load(from: ConfigFixtures.root)
            }
            #expect(error.description == ConfigFixtures.root.path + ": cannot read: it is a directory")
        }

        @Test("description joins the parts that are present")
        func descriptionFormat() {
            #expect(
                ConfigError(
                    file: "config.json", keyPath: "feed.maxItems",
                    message: "expected an integer, found a string"
                )
                .description == "config.json: feed.maxItems: expected an integer, found a string")
            #expect(
                ConfigError(file: "config.json", line: 4, column: 12, message: "invalid JSON: x").description
                    == "config.json:4:12: invalid JSON: x")
            #expect(
                ConfigError(file: "c.json", message: "cannot read: no such file").description
                    == "c.json: cannot read: no such file")
        }

        @Test(
            "tagAuthority follows RFC 4151",
            arguments: [
                ("news.example.ru,2025", true), ("editor@news.example.ru,2025-05-12", true),
                ("a-b.example,2024-02-29", true), ("example.ru,2023-02-29", false),
                ("news.example.ru", false),
                ("-bad.example.ru,2025", false), ("news.example.ru,25", false),
                ("news..example.ru,2025", false),
                ("news.example.ru,2025,01", false), ("news.example.ru,+025", false),
            ])
        func tagAuthority(value: String, isValid: Bool) throws {
            let data = Data(Self.feed(#""tagAuthority": "\#(value)""#).utf8)
            let result = Result { () throws(ConfigError) in try ConfigLoader.decode(data, file: Self.inline) }
            #expect((try? result.get().feed.tagAuthority) == (isValid ? value : nil))
        }

        @Test(
            "language tags are checked for shape",
            arguments: [
                ("ru", true), ("en-US", true), ("zh-Hant-TW", true), ("x-private", true), ("ru_RU", false),
                ("r", false), ("en-", false), ("en--US", false), ("русский", false),
                ("en-toolongsubtag", false),
            ])
        func languageTag(value: String, isValid: Bool) throws {
            let data = Data(Self.feed(#""language": "\#(value)""#).utf8)
            let result = Result { () throws(ConfigError) in try ConfigLoader.decode(data, file: Self.inline) }
            #expect((try? result.get().feed.language) == (isValid ? value : nil))
        }
    }
}
