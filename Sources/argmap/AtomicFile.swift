import Foundation

/// Why a step of a command failed (a file not written, `dot` missing), as a reason for a one-line error.
struct CLIError: Error {
    let reason: String
}

/// Whole-file writes that never leave a half-written file: a temporary file beside the target, then a rename.
enum AtomicFile {
    /// What the name of a temporary file holds after the target's name.
    static let temporaryMarker = ".argmap-tmp-"

    /// Removes the temporary files an interrupted run left under `directory`; returns how many.
    @discardableResult
    static func removeLeftovers(under directory: String) -> Int {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: directory) else { return 0 }
        var removed = 0
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard name.hasPrefix("."), name.contains(temporaryMarker) else { continue }
            if (try? fm.removeItem(atPath: (directory as NSString).appendingPathComponent(relative))) != nil { removed += 1 }
        }
        return removed
    }

    /// Writes `data` to `path` atomically, creating missing parent directories.
    static func write(_ data: Data, to path: String) throws(CLIError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent)\(temporaryMarker)\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError(reason: (error as NSError).localizedDescription)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError(reason: reason)
        }
    }
}
