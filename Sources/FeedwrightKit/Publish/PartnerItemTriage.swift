import FeedAggregator
import FeedModel
import FeedValidator
import FeedWriter
import Foundation

/// Finds the partner items that make our validator reject a feed, so that one hostile item
/// costs that item, not the whole publish. Runs only when validation already failed, so
/// the normal path pays nothing: each partner item is rendered alone, in a feed with the
/// same header, and validated in every format.
struct PartnerItemTriage {
    var writer: OutputWriter

    struct Triaged {
        var feed: Feed
        var warnings: [BuildWarning]
    }

    /// `feed` without the partner items our validator rejects, with a warning for each;
    /// `nil` when the site's own part (header and local items) fails by itself or no partner
    /// item is at fault, for then there is nothing to leave out.
    func leaveOutRejected(_ feed: Feed) throws(FeedwrightError) -> Triaged? {
        guard feed.entries.contains(where: { $0.origin != nil }) else { return nil }
        var own = feed
        own.entries = feed.entries.filter { $0.origin == nil }
        guard try firstError(in: own) == nil else { return nil }
        var warnings: [BuildWarning] = []
        var kept: [Entry] = []
        for entry in feed.entries {
            guard let origin = entry.origin else {
                kept.append(entry)
                continue
            }
            var alone = feed
            alone.entries = [entry]
            if let finding = try firstError(in: alone) {
                warnings.append(warning(entry, source: origin.name, finding: finding))
            } else {
                kept.append(entry)
            }
        }
        guard !warnings.isEmpty else { return nil }
        var triaged = feed
        triaged.entries = kept
        triaged.updated = FeedAssembler.latestChange(kept) ?? feed.updated
        return Triaged(feed: triaged, warnings: warnings)
    }

    /// The first validation error of `feed` in any format, as a report line.
    private func firstError(in feed: Feed) throws(FeedwrightError) -> String? {
        for file in try writer.renderAll(feed) {
            if let error = writer.validationErrors(file.bytes, format: file.format).first {
                return "\(file.target.lastPathComponent): \(error.code.rawValue) \(error.message)"
            }
        }
        return nil
    }

    private func warning(_ entry: Entry, source: String, finding: String) -> BuildWarning {
        let title = TextCut.title(entry.title, limit: 80) ?? entry.title
        return BuildWarning(
            location: "source \(source)",
            message: "item \"\(title)\" (id \"\(entry.id)\") left out of the feeds: our validator "
                + "rejects it (\(finding))")
    }
}
