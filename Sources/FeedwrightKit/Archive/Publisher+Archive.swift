import FeedAggregator
import FeedModel

extension Publisher {
    /// Archives the `candidates` that `feed` (the feed as published) leaves out, and gives
    /// `writer` the pages to write; returns the warnings about items left out.
    ///
    /// The leaving items are prepared exactly as the feed's own (sanitised, forbidden
    /// characters dropped, linked to their pages) and checked by our validator before they
    /// enter the archive, since a closed page is never rewritten.
    func archiveLeaving(
        _ candidates: [Entry], of feed: Feed, into archive: FeedArchive, harvest: Harvest?,
        forbidden: inout ForbiddenCharacters, writer: inout OutputWriter
    ) throws(FeedwrightError) -> [BuildWarning] {
        var archive = archive
        var leaving = feed
        let pushedOut = Array(FeedAssembler.newestFirst(candidates).dropFirst(config.feed.maxItems))
        leaving.entries = forbidden.clean(harvest?.sanitizedForPublishing(pushedOut) ?? pushedOut)
        let admitted = try writer.archivable(writer.site.linking(leaving))
        archive.admit(admitted.entries)
        writer.archive = ArchivePages(
            settings: config.output, timeZone: config.feed.timeZone, archive: archive)
        return admitted.warnings
    }

    /// The warning of a build that read the archive back from the published pages.
    func recoveryWarning(_ archive: FeedArchive) -> BuildWarning? {
        guard archive.countBefore > archive.stored else { return nil }
        return BuildWarning(
            location: PathDisplay.relative(config.state.path),
            message: "the state database had no archive: read \(archive.countBefore) archived items "
                + "back from the published JSON Feed archive pages, so that closed pages keep their items")
    }
}
