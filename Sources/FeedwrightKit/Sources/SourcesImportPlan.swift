public import FeedFormats
public import Foundation

/// What `sources import` adds to a config and what it leaves out, decided before anything
/// is written (and all that `--dry-run` does).
public struct SourcesImportPlan: Sendable, Equatable {
    /// A source to add.
    public struct Addition: Sendable, Equatable {
        /// Its name in the config, unique among old and new names.
        public var name: String
        /// Its `url`.
        public var url: String
    }

    /// An outline not added, and why.
    public struct Skip: Sendable, Equatable {
        /// Why an outline was not added.
        public enum Reason: Sendable, Equatable {
            /// The config already has the URL, under this source name.
            case alreadyConfigured(String)
            /// An earlier outline of the same file has the URL (a feed in two folders).
            case repeated(String)
            /// The `xmlUrl` is neither an http(s) URL nor a relative path inside the config's
            /// folder.
            case unusableURL
        }

        /// The outline's name (title, text or host).
        public var name: String
        /// The outline's `xmlUrl` as written.
        public var url: String
        /// Why.
        public var reason: Reason
        /// The outline's line in the OPML file.
        public var line: Int
    }

    /// The sources to add, in the file's order.
    public var additions: [Addition] = []
    /// The outlines left out, in the file's order.
    public var skips: [Skip] = []

    /// Plans the import of `document`'s subscriptions (folders flattened) into a config
    /// that has `existing` sources and lives in `configDirectory`.
    public init(_ document: OPMLDocument, existing: [ConfiguredSource], configDirectory: URL) {
        var known: [String: String] = [:]  // URL key → the name holding it
        for source in existing {
            known[SourceURLKey.key(source.url, base: configDirectory)] = source.name
        }
        var names = SourceNames(existing.map(\.name))
        let configured = Set(known.keys)
        for outline in document.subscriptions {
            let written = outline.feedURL ?? ""
            let name = Self.name(of: outline, url: written)
            guard let url = SourceURLKey.configURL(fromOPML: written) else {
                skips.append(Skip(name: name, url: written, reason: .unusableURL, line: outline.line))
                continue
            }
            let key = SourceURLKey.key(url, base: configDirectory)
            if let holder = known[key] {
                let reason: Skip.Reason =
                    configured.contains(key) ? .alreadyConfigured(holder) : .repeated(holder)
                skips.append(Skip(name: name, url: written, reason: reason, line: outline.line))
                continue
            }
            let unique = names.claim(name)
            known[key] = unique
            additions.append(Addition(name: unique, url: url))
        }
    }

    /// Title, else text, else the URL's host, else the URL; on one line.
    private static func name(of outline: OPMLOutline, url: String) -> String {
        let name =
            outline.displayName ?? SourceURLKey.host(SourceURLKey.configURL(fromOPML: url) ?? url) ?? url
        return name.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// `added N sources, skipped M already configured`, and the count of unusable URLs
    /// when there are any.
    public var summary: String {
        let duplicates = skips.count { $0.reason != .unusableURL }
        let unusable = skips.count - duplicates
        let added = "added \(additions.count) source\(additions.count == 1 ? "" : "s")"
        let skipped = "skipped \(duplicates) already configured"
        return unusable == 0
            ? "\(added), \(skipped)" : "\(added), \(skipped), \(unusable) without a usable URL"
    }

    /// One line per outline: `add NAME: URL`, `skip NAME: URL (why)`; `would add` for a dry run.
    public func lines(dryRun: Bool) -> [String] {
        let add = dryRun ? "would add" : "add"
        return additions.map { "\(add) \($0.name): \($0.url)" }
            + skips.map { skip in
                let why =
                    switch skip.reason {
                    case .alreadyConfigured(let holder): "already configured as \"\(holder)\""
                    case .repeated(let holder): "already in this file as \"\(holder)\""
                    case .unusableURL: "not an http(s) URL or a relative path inside the config's folder"
                    }
                return "skip \(skip.name): \(skip.url) (line \(skip.line): \(why))"
            }
    }
}

/// Source names compared as the config compares them (without case), each made unique with
/// a ` (2)`, ` (3)` … suffix.
struct SourceNames {
    private var taken: Set<String>

    init(_ names: [String]) {
        taken = Set(names.map { $0.lowercased() })
    }

    /// `name`, or the first `name (N)` not yet taken; taken from now on.
    mutating func claim(_ name: String) -> String {
        var candidate = name
        var number = 2
        while taken.contains(candidate.lowercased()) {
            candidate = "\(name) (\(number))"
            number += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }
}
