import Foundation

extension AbbreviationList {
    /// The list shipped with ArgMap (`Resources/abbreviations.txt`), read once.
    ///
    /// When the resource bundle cannot be found (a binary copied away from its build directory), the list is
    /// empty and the segmenter falls back on its built-in shape rules (initials, "U.S."-style groups).
    public static var builtIn: AbbreviationList { bundled }

    private static let bundled: AbbreviationList = {
        guard let url = bundledFileURL(), let data = FileManager.default.contents(atPath: url.path) else {
            return AbbreviationList(entries: [])
        }
        return (try? AbbreviationList(parsing: String(decoding: data, as: UTF8.self), file: url.lastPathComponent))
            ?? AbbreviationList(entries: [])
    }()

    /// Finds `abbreviations.txt` next to the executable without `Bundle.module`, whose generated accessor
    /// stops the process when the bundle is missing.
    private static func bundledFileURL() -> URL? {
        var directories: [URL] = [Bundle.main.bundleURL]
        if let resources = Bundle.main.resourceURL { directories.append(resources) }
        if let executable = Bundle.main.executableURL?.deletingLastPathComponent() { directories.append(executable) }
        for directory in directories {
            for bundle in ["argmap_ArgMap.resources", "argmap_ArgMap.bundle"] {
                for file in ["abbreviations.txt", "Contents/Resources/abbreviations.txt"] {
                    let candidate = directory.appendingPathComponent(bundle).appendingPathComponent(file)
                    if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
                }
            }
        }
        return nil
    }

    /// Reads a list in the `abbreviations.txt` format from a file.
    ///
    /// - Parameter path: the file to read.
    /// - Throws: `ArgMapError.unreadable` when the file cannot be read, `ArgMapError.badDataFile` when a line
    ///   is malformed.
    public init(contentsOfFile path: String) throws(ArgMapError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(file: path, reason: "is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, reason: "permission denied or read error")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .badDataFile(file: path, line: 1, reason: "not UTF-8 text")
        }
        try self.init(parsing: text, file: path)
    }
}
