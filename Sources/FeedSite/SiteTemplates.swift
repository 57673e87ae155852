import Foundation
import Mustache

/// Builds the template library: the defaults, then every `<name>.mustache` file of the
/// override directory in its place (or beside them, as a partial the others may include).
enum SiteTemplates {
    static let fileExtension = "mustache"

    static func library(overrides directory: URL?) throws(SiteError) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in DefaultTemplates.all.sorted(by: { $0.key < $1.key }) {
            library.register(try parse(text, file: "default:\(name).\(fileExtension)"), named: name)
        }
        guard let directory else { return library }
        for file in try overrideFiles(in: directory) {
            let name = file.deletingPathExtension().lastPathComponent
            library.register(try parse(try read(file), file: file.path), named: name)
        }
        return library
    }

    /// The directory's `.mustache` files, sorted by name so that loading order never
    /// depends on the file system.
    static func overrideFiles(in directory: URL) throws(SiteError) -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw SiteError(
                file: directory.path, message: "cannot read the templates directory: \(reason(error))")
        }
        return names.filter { $0.hasSuffix(".\(fileExtension)") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    static func read(_ file: URL) throws(SiteError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw SiteError(file: file.path, message: "cannot read the template: \(reason(error))")
        }
        guard let text = String(bytes: data, encoding: .utf8) else {
            throw SiteError(file: file.path, message: "the template is not valid UTF-8")
        }
        return text
    }

    static func parse(_ text: String, file: String) throws(SiteError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw SiteError(
                file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                message: describe(error.error))
        } catch {
            throw SiteError(file: file, message: "invalid template: \(error)")
        }
    }

    /// The parser's complaint in words; its error cases are terse identifiers.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "invalid template: \(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "the closing tag does not match the open section"
        case .unfinishedName: return "a tag is not closed with the end delimiter"
        case .expectedSectionEnd: return "a section is never closed before the end of the file"
        case .invalidSetDelimiter: return "the set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection:
            return "a tag inside a partial's inherit section is not allowed"
        case .textInsideInheritSection: return "text inside a partial's inherit section is not allowed"
        case .invalidConfigVariableSyntax: return "a configuration tag is malformed"
        case .unrecognisedConfigVariable: return "unknown configuration tag"
        @unknown default: return "invalid template: \(error)"
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
