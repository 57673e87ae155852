/// Pure edits of a crontab's text, so that what `install` and `remove` do is testable
/// without a cron daemon.
public enum CrontabEdit {
    /// The managed block for `configPath` in `crontab`, if installed.
    public static func installed(for configPath: String, in crontab: String) -> CrontabBlock? {
        let lines = split(crontab)
        guard let index = lines.firstIndex(of: CrontabBlock.marker(for: configPath)), index + 1 < lines.count
        else { return nil }
        var block = CrontabBlock(configPath: configPath, jobLine: lines[index + 1])
        block.configPath = configPath
        return block
    }

    /// `crontab` with `block` in place of any earlier block for the same config, or
    /// appended at the end; every other line stays as it was.
    public static func installing(_ block: CrontabBlock, into crontab: String) -> String {
        let marker = block.markerLine
        var lines = split(crontab)
        if let index = lines.firstIndex(of: marker) {
            let end = min(index + 2, lines.count)
            lines.replaceSubrange(index..<end, with: block.lines)
        } else {
            lines += block.lines
        }
        return join(lines)
    }

    /// `crontab` without the block for `configPath`, or `nil` when there is none.
    public static func removing(configPath: String, from crontab: String) -> String? {
        var lines = split(crontab)
        guard let index = lines.firstIndex(of: CrontabBlock.marker(for: configPath)) else { return nil }
        lines.removeSubrange(index..<min(index + 2, lines.count))
        return join(lines)
    }

    /// Lines without their terminators; a missing final newline is not an extra line.
    /// Split on scalars, not characters: cron ends lines at LF only, and a line ending in
    /// CR would otherwise fuse with the LF we append into one "\r\n" character.
    private static func split(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Cron requires the last line to end with a newline.
    private static func join(_ lines: [String]) -> String {
        lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}

extension CrontabBlock {
    init(configPath: String, jobLine: String) {
        self.configPath = configPath
        self.jobLine = jobLine
    }
}
