import Foundation

extension AbbreviationList {
    /// The list shipped with ArgMap (`Resources/abbreviations.txt`, compiled into the library), parsed once.
    public static var builtIn: AbbreviationList { bundled }

    private static let bundled: AbbreviationList = {
        let text = String(decoding: PackageResources.abbreviations_txt, as: UTF8.self)
        // The shipped file is checked by the tests; should it ever fail to parse, the shape rules still work.
        return (try? AbbreviationList(parsing: text, file: "abbreviations.txt")) ?? AbbreviationList(entries: [])
    }()

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
