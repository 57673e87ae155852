import FeedModel
public import FeedParser
public import FeedWriter
import FeedXML
public import Foundation

/// `feedwright convert`: read any feed, write it as JSON Feed, RSS or Atom, entry by
/// entry, so a large feed is converted in near-constant memory.
public struct Converter: Sendable {
    /// How the input is read: its zone, limits and base URL, and whether HTML is sanitised.
    public var parseOptions: ParseOptions
    /// The format written.
    public var format: FeedFormat
    /// The zone instants are written in (feeds keep instants, not their original offsets).
    public var outputTimeZone: TimeZone
    /// When the input was read: the date Atom's required `updated` takes when the document
    /// has none at all (see `AtomStandInDate`).
    public var readAt: Date?

    /// A converter writing `format` with instants in `outputTimeZone`.
    public init(parseOptions: ParseOptions, format: FeedFormat, outputTimeZone: TimeZone, readAt: Date? = nil)
    {
        self.parseOptions = parseOptions
        self.format = format
        self.outputTimeZone = outputTimeZone
        self.readAt = readAt
    }

    /// Converts `input`, handing the output to `sink` in chunks, and returns what the
    /// parser reported and what the writer chose. Nothing reaches `sink` when the input
    /// cannot be read at all.
    public func convert(
        _ input: FeedInput, inputName: String, sink: @escaping StreamingFeedWriter.Sink
    ) throws(ConvertError) -> Conversion {
        let context = WriteContext(
            timeZone: outputTimeZone, selfURL: nil, documentURL: parseOptions.documentURL, readAt: readAt)
        do {
            let writer = try StreamingFeedWriter(format: format, context: context, sink: sink)
            var writeError: (any Error)?
            let write = { (entry: Entry, header: () -> Feed) in
                guard writeError == nil else { return }
                do { try writer.write(entry, header: header) } catch { writeError = error }
            }
            let parsed =
                try parseOptions.sanitizeHTML && Self.isLarge(input)
                ? EntryPipeline.stream(input, options: parseOptions, onEntry: write)
                : Parser.stream(input, options: parseOptions, onEntry: write)
            if let writeError { throw writeError }
            try writer.finish(parsed.feed)
            return Conversion(parsed: parsed, notes: writer.notes)
        } catch let error as FeedParseError {
            throw ConvertError(input: inputName, parseError: error)
        } catch {
            let reason = (error as? XMLWriterError)?.reason ?? FileProblem(error).description
            throw ConvertError(input: inputName, message: "cannot write \(format.rawValue): \(reason)")
        }
    }
}

extension Converter {
    /// Files from this size up are parsed on a thread of their own when HTML is sanitised
    /// (see ``EntryPipeline``); below it a thread costs more than it saves. Without
    /// sanitising, reading is the slowest stage already, and a third thread only competes
    /// with it for the two cores (measured: 1.36× → 1.73× the C walk).
    static let pipelineThreshold = 1 << 20

    private static func isLarge(_ input: FeedInput) -> Bool {
        guard case .file(let path) = input,
            let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        else { return false }
        return size >= pipelineThreshold
    }
}

/// What a conversion reports: the parser's diagnostics and the writer's notes.
public struct Conversion: Sendable {
    /// The parser's result: the source format, its diagnostics and the feed's header; its
    /// feed holds no entries, since they were streamed out.
    public var parsed: ParsedFeed
    /// What the writer chose on the reader's behalf, such as stand-in dates for Atom.
    public var notes: [WriteNote]
}

/// An input that could not be converted at all.
public struct ConvertError: Error, Sendable, CustomStringConvertible {
    /// The input as the user typed it, so the message names it the same way.
    public var input: String
    /// The 1-based line the parser stopped at, when it knows.
    public var line: Int?
    /// The 1-based column the parser stopped at, when it knows.
    public var column: Int?
    /// What went wrong, without the input's name or position.
    public var message: String

    init(input: String, parseError: FeedParseError) {
        self.input = input
        line = parseError.line
        column = parseError.column
        message = parseError.message
    }

    /// A failure with no position in the input, such as an output that cannot be written.
    public init(input: String, message: String) {
        self.input = input
        self.message = message
    }

    /// An input that could not be read or an output that could not be written, in the
    /// same one line as any other conversion failure.
    public init(_ failure: CommandFailure) {
        self.init(input: failure.name, message: failure.message)
    }

    /// `input[:line[:column]]: message`, in one line.
    public var description: String {
        let position = [line, column].compactMap { $0 }.map { ":\($0)" }.joined()
        return "\(input)\(position): \(message)"
    }
}
