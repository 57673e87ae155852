import FeedModel
import FeedValidator
import FeedWriter

extension OutputWriter {
    /// The items of `leaving` (the feed's header with the items pushed out of it) that may
    /// be archived: all of them unless our validator rejects them, in which case the
    /// partner items at fault are left out, with a warning each, and tried again on the
    /// next build. An archive page is never rewritten, so nothing invalid may enter one.
    func archivable(_ leaving: Feed) throws(FeedwrightError) -> (entries: [Entry], warnings: [BuildWarning]) {
        guard !leaving.entries.isEmpty else { return ([], []) }
        let files = try renderAll(leaving)
        let failing = files.first { !validationErrors($0.bytes, format: $0.format).isEmpty }
        guard let failing else { return (leaving.entries, []) }
        if let triaged = try PartnerItemTriage(writer: self).leaveOutRejected(leaving) {
            return (triaged.feed.entries, triaged.warnings)
        }
        let errors = validationErrors(failing.bytes, format: failing.format)
        let path = PathDisplay.relative(failing.target)
        throw .invalidOutput(
            path: path, findings: errors.prefix(10).map { ValidationRenderer.line($0, path: path) },
            total: errors.count)
    }
}
