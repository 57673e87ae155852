public import Foundation

/// Runs a target over files and directories of inputs, outside libFuzzer.
public enum FuzzReplay {
    /// Every regular file under `path`, sorted, or `path` itself when it is a file.
    public static func inputs(under path: URL) -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let walker = FileManager.default.enumerator(at: path, includingPropertiesForKeys: [.isRegularFileKey])
        let files = (walker?.allObjects as? [URL] ?? []).filter {
            (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        }
        return files.sorted { $0.path < $1.path }
    }

    /// `feedwright-fuzz TARGET PATH...`: the exit status is 0 when every input ran, 64 on
    /// a usage error; a crash stops the process where it happens.
    public static func main(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: feedwright-fuzz \(names) FILE|DIR...\n".utf8))
            return 64
        }
        var count = 0
        for path in arguments.dropFirst() {
            for input in inputs(under: URL(fileURLWithPath: path)) {
                guard let data = try? Data(contentsOf: input) else { continue }
                target.run(data)
                count += 1
            }
        }
        print("\(name): \(count) inputs ran")
        return 0
    }
}
