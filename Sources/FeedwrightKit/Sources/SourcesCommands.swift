import FeedFormats
import FeedJSON
import FeedParser
public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `feedwright sources export` and `sources import`: the work, without argv or printing.
public enum SourcesCommands {
    /// The config's sources as OPML bytes: every source, disabled ones too (a list to move
    /// between tools, not what is published), with `url` as written; `htmlUrl` where the
    /// last build's JSON Feed credits the source's site, and that feed's title when the
    /// config has no `feed.title` (see ``PublishedSites``).
    public static func export(configFile: URL) throws(SourcesError) -> [UInt8] {
        let text = try ConfigText.read(configFile)
        let published = PublishedSites(text.config)
        let document = SourcesOPML.document(
            title: text.config.feed.title ?? published.title, sources: text.sources, siteURLs: published.sites
        )
        return try SourcesOPML.bytes(document)
    }

    /// Reads `opmlPath`, plans the import into `configFile`, and unless `dryRun` writes the
    /// config with the additions (replacing the file atomically, keeping its permissions).
    /// Returns the plan, which says what was (or would be) added and skipped.
    public static func importSources(
        opmlPath: String, configFile: URL, dryRun: Bool
    ) throws(SourcesError) -> SourcesImportPlan {
        let text = try ConfigText.read(configFile)
        let document: OPMLDocument
        do {
            document = try OPMLReader.read(path: opmlPath)
        } catch {
            throw .opml(error)
        }
        let plan = SourcesImportPlan(
            document, existing: text.sources, configDirectory: configFile.deletingLastPathComponent())
        guard !dryRun, !plan.additions.isEmpty else { return plan }
        let updated = try spliced(text, plan)
        try replace(configFile, with: updated)
        return plan
    }

    /// The config's new bytes, checked by loading them as the next build will.
    private static func spliced(_ text: ConfigText, _ plan: SourcesImportPlan) throws(SourcesError) -> [UInt8]
    {
        let name = ConfigLoader.displayName(of: text.file)
        let updated: [UInt8]
        do {
            updated = try ConfigSourcesSplice(text.bytes).adding(plan.additions.map { ($0.name, $0.url) })
        } catch {
            throw .config(ConfigError(file: name, message: "cannot edit sources: \(error.message)"))
        }
        do throws(ConfigError) {
            let reloaded = try ConfigLoader.decode(Data(updated), file: text.file)
            guard reloaded.sources.count == text.sources.count + plan.additions.count else {
                throw ConfigError(file: name, message: "the edited config lost sources")
            }
        } catch {
            throw .config(
                ConfigError(
                    file: name, keyPath: error.keyPath,
                    message: "nothing was written: the config with the new sources would not load: "
                        + error.message))
        }
        return updated
    }

    /// Replaces the file a symlink points to, not the link, with its mode unchanged.
    private static func replace(_ configFile: URL, with bytes: [UInt8]) throws(SourcesError) {
        let target = configFile.resolvingSymlinksInPath()
        let mode = (try? FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions]) as? Int
        let name = ConfigLoader.displayName(of: configFile)
        do throws(AtomicFile.Failure) {
            let replacement = try AtomicFile.Replacement(replacing: target)
            do throws(AtomicFile.Failure) {
                try replacement.write(bytes)
                if let mode { chmod(replacement.temporary.path, mode_t(mode)) }
                try replacement.commit()
            } catch {
                replacement.discard()
                throw error
            }
        } catch {
            let action = error.step == .replace ? "cannot replace" : "cannot write"
            throw .file(CommandFailure(name: name, message: "\(action): \(error.problem)"))
        }
    }
}
