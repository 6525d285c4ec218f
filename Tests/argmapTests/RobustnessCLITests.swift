import Foundation
import Testing

/// An adversarial sweep of the built `argmap` binary: inputs a demanding user will feed it. Bad input
/// gets a one-line error naming the file and the reason (exit 1), never a crash, a hang, or lost
/// output for the other inputs; odd but readable input is mapped, deterministically, with offsets that
/// slice `document.text`.
@Suite struct RobustnessCLITests {
    /// How a run ended.
    struct Outcome {
        let status: Int32
        let signalled: Bool
        let timedOut: Bool
        let stdout: Data
        let stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
        /// The lines of standard error.
        var errorLines: [Substring] { stderr.split(separator: "\n") }
    }

    /// Runs `argmap` with a time limit, standard input from `stdinPath` (or empty) and standard output to
    /// `stdoutPath` (or captured); reports a crash (signal) or a timeout instead of hanging the test.
    static func run(
        _ arguments: [String], in directory: URL? = nil, stdinPath: String? = nil, stdoutPath: String? = nil,
        seconds: Double = 20
    ) throws -> Outcome {
        let executable = try #require(CLIRunner.executable, "the argmap binary is built by `swift build`")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardInput = try stdinPath.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
        process.standardOutput = try stdoutPath.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? outPipe
        process.standardError = errPipe
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data(), err = Data()
        if stdoutPath == nil {
            DispatchQueue.global().async(group: group) { out = outPipe.fileHandleForReading.readDataToEndOfFile() }
        }
        DispatchQueue.global().async(group: group) { err = errPipe.fileHandleForReading.readDataToEndOfFile() }
        var timedOut = false
        if done.wait(timeout: .now() + seconds) == .timedOut {
            timedOut = true
            // SIGKILL, not terminate(): a child spawned from a test thread inherits that thread's blocked
            // SIGTERM, so SIGTERM would leave it running.
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        if stdoutPath == nil { try? outPipe.fileHandleForWriting.close() }
        group.wait()
        return Outcome(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut,
            stdout: out, stderr: String(decoding: err, as: UTF8.self))
    }

    /// The text of an article that maps to a small graph with lists, concessions and reasons.
    static let article = """
        Cities should build more housing near transit.

        First of all, rents have doubled in a decade. Secondly, long commutes waste time and fuel.

        Surely, some residents fear change. But the new buildings can be designed to fit the street.
        """

    static var graphvizInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/dot")
        }
    }

    // MARK: Inputs that must fail cleanly

    /// Bad inputs: each must give exit 1 and one line naming the file and the reason.
    enum BadFile: String, CaseIterable, CustomTestStringConvertible {
        case whitespaceOnly, elfBinary, pngImage, gzipArchive, randomBytes, markupOnly, boilerplateOnly, devNull
        var testDescription: String { rawValue }

        /// Writes the input into `dir`; returns its path and a word its error must hold.
        func make(in dir: TemporaryDirectory) throws -> (path: String, reason: String) {
            var rng = SystemRandomNumberGenerator()
            switch self {
            case .whitespaceOnly: return (try dir.write("blank.txt", " \n\t\n  \r\n\u{0B}\n").path, "empty")
            case .elfBinary:
                let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 56) + Array("GLIBC_2.2.5".utf8)
                return (try dir.write("tool.txt", Data(elf)).path, "binary")
            case .pngImage:
                let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]
                return (try dir.write("photo.html", Data(png)).path, "binary")
            case .gzipArchive:
                let gz: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03] + (0..<200).map { _ in UInt8.random(in: 0...255, using: &rng) }
                return (try dir.write("page.html.gz", Data(gz)).path, "binary")
            case .randomBytes:
                var bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }
                bytes[100] = 0  // random data holds NULs; make sure of one
                return (try dir.write("noise.bin", Data(bytes)).path, "binary")
            case .markupOnly:
                return (try dir.write("markup.html", "<html><head><title></title></head><body><div><p></p><ul><li></li></ul><span> </span></div></body></html>").path, "empty")
            case .boilerplateOnly:
                let page = """
                    <html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><header>The Daily Site</header>
                    <div class="cookie-banner">We use cookies</div><aside>Read also: other news</aside>
                    <footer>Copyright 2024. All rights reserved.</footer></body></html>
                    """
                return (try dir.write("chrome.html", page).path, "empty")
            case .devNull: return ("/dev/null", "/dev/null")
            }
        }
    }

    @Test(arguments: ["ingest", "segment", "extract", "explain"], BadFile.allCases)
    func badFileFailsWithOneLineNamingIt(command: String, bad: BadFile) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (path, reason) = try bad.make(in: dir)
        let outcome = try Self.run([command, path], seconds: 10)
        #expect(!outcome.signalled && !outcome.timedOut, "\(outcome.stderr)")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("argmap: \(path): "), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(reason), "\(outcome.stderr)")
    }

    @Test func endlessDeviceAsFileDoesNotHang() throws {
        // /dev/zero is endless: the reader must stop (an error), not read forever.
        let outcome = try Self.run(["ingest", "/dev/zero"], seconds: 15)
        #expect(!outcome.timedOut && !outcome.signalled)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("argmap: /dev/zero: "))
    }

    @Test func unreadableFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("locked.txt", Self.article)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        let outcome = try Self.run(["extract", file.path])
        #expect(!outcome.signalled)
        if getuid() == 0 {
            // root reads the file whatever its mode (CI runs as root): it must simply be mapped.
            #expect(outcome.status == 0)
        } else {
            #expect(outcome.status == 1)
            #expect(outcome.stderr.hasPrefix("argmap: \(file.path): cannot read"))
        }
    }

    // MARK: Odd inputs that must be mapped

    /// Readable inputs in awkward shapes: each must be mapped, and the listed text must survive.
    enum OddFile: String, CaseIterable, CustomTestStringConvertible {
        case truncatedHTML, invalidUTF8HTML, invalidUTF8Text, lateNULInHTML, utf16LEWithBOM, utf16BEWithBOMHTML
        case crlfText, loneCRText, loneCRHTML, utf8LabelledLatin1, cp1252LabelledUTF8, everyPlane, deepNesting
        var testDescription: String { rawValue }

        static let planes = "Plane 0: é ñ 中文 Ελληνικά. Plane 1: 𝔘𝔫𝔦 😀 𐍈. Plane 2: 𠀀𪛖. Plane 15: \u{F0000} \u{10FFFD}. "
            + "RTL: שלום עולם. مرحبا بالعالم. Combining: e\u{301}\u{302} a\u{308}\u{20DD}. ZWJ: 👨\u{200D}👩\u{200D}👧. "
            + "Because it matters, we should care. However, not everyone agrees."

        /// The file name, its bytes, and a piece of text the ingested body must hold.
        var input: (name: String, bytes: [UInt8], mustHold: String) {
            let good = "Because rents rose, we should build more homes."
            func page(_ body: String) -> String { "<html><body>\(body)</body></html>" }
            switch self {
            case .truncatedHTML:
                return ("cut.html", Array("<html><head><title>T</title></head><body><article><p>\(good)</p><p>However, some say wait. But waiting is".utf8), "But waiting is")
            case .invalidUTF8HTML:
                let bytes = Array("<html><body><p>Caf".utf8) + [0xC3, 0x20, 0xFF, 0xFE, 0xED, 0xA0, 0x80, 0xC0, 0xAF] + Array(". \(good)</p><p>Tail paragraph survives.</p></body></html>".utf8)
                return ("bad.html", bytes, "Tail paragraph survives.")
            case .invalidUTF8Text:
                return ("bad.txt", Array("Caf".utf8) + [0xC3, 0x20, 0xFF, 0xF5] + Array(" here. \(good)\n\nTail paragraph survives.".utf8), "Tail paragraph survives.")
            case .lateNULInHTML:
                let pad = String(repeating: "<p>Padding text that says nothing at all, at some length.</p>", count: 160)
                return ("nul.html", Array(page("<p>\(good)</p>\(pad)<p>Before").utf8) + [0] + Array("after the NUL byte.</p>".utf8), good)
            case .utf16LEWithBOM:
                let text = "Café prices rose.\n\n\(good)"
                return ("wide.txt", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "Café prices rose.")
            case .utf16BEWithBOMHTML:
                let text = page("<p>Café prices rose.</p><p>\(good)</p>")
                return ("wide.html", [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "Café prices rose.")
            case .crlfText:
                return ("crlf.txt", Array("We should build housing.\r\n\r\nFirst of all, rents rose.\r\nSecondly, commutes are long.\r\n".utf8), "First of all, rents rose. Secondly, commutes are long.")
            case .loneCRText:
                return ("cr.txt", Array("We should build housing.\r\rFirst of all, rents rose.\rSecondly, commutes are long.\r".utf8), "First of all, rents rose. Secondly, commutes are long.")
            case .loneCRHTML:
                return ("cr.html", Array("<html>\r<body>\r<p>We should build housing.\rBecause rents rose.</p>\r</body></html>".utf8), "We should build housing. Because rents rose.")
            case .utf8LabelledLatin1:
                return ("liar.html", Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>“Café” costs €5. \(good)</p></body></html>".utf8), "“Café” costs €5.")
            case .cp1252LabelledUTF8:
                let bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>".utf8) + [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94]
                    + Array(" costs 5 euros. \(good)</p></body></html>".utf8)
                return ("liar2.html", bytes, "Caf")
            case .everyPlane:
                return ("planes.txt", Array("\(Self.planes)\n\n\(Self.planes)".utf8), "שלום עולם")
            case .deepNesting:
                let depth = 20_000
                return ("deep.html", Array(page(String(repeating: "<div>", count: depth) + "<p>\(good)</p>" + String(repeating: "</div>", count: depth)
                    + "<p>After the nest, the text goes on. However, some disagree.</p>").utf8), "After the nest, the text goes on.")
            }
        }
    }

    @Test(arguments: OddFile.allCases)
    func oddFileIsMappedWithSoundOffsets(odd: OddFile) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (name, bytes, mustHold) = odd.input
        let path = try dir.write(name, Data(bytes)).path
        let ingest = try Self.run(["ingest", path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.text.contains(mustHold), "\(ingest.text.prefix(300))")
        let first = try Self.run(["extract", path, "--format", "json"])
        #expect(first.status == 0 && !first.signalled, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(GraphJSONCheck.problems(first.stdout).isEmpty, "\(GraphJSONCheck.problems(first.stdout).prefix(5))")
        let second = try Self.run(["extract", path, "--format", "json"])
        #expect(first.stdout == second.stdout, "Graph JSON differs between two runs")
    }

    @Test func everyFormatIsDeterministic() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("planes.txt", Self.article + "\n\n" + OddFile.planes).path
        var formats = ["json", "dot", "aif", "argdown"]
        if Self.graphvizInstalled { formats += ["svg", "html"] }
        for format in formats {
            let a = try Self.run(["extract", path, "--format", format]), b = try Self.run(["extract", path, "--format", format])
            #expect(a.status == 0 && !a.stdout.isEmpty, "\(format): \(a.stderr)")
            #expect(a.stdout == b.stdout, "\(format) output differs between two runs")
        }
        for command in [["ingest", "--format", "json"], ["segment", "--format", "json"], ["explain", "--color", "never"]] {
            let a = try Self.run(command + [path]), b = try Self.run(command + [path])
            #expect(a.status == 0 && a.stdout == b.stdout, "\(command)")
        }
    }

    @Test(.enabled(if: graphvizInstalled))
    func dotAcceptsHostileText() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let hostile = #"He said "stop" \ and {braces} <angle> & | [x] \n \"q\". Controls: \#u{0B} \#u{0C} \#u{1B} \#u{7F} \#u{85} \#u{2028} \#u{202E} \#u{FEFF}. "#
            + #"Because <tags> & "quotes" matter, we should care. However, a trailing backslash \"#
        let path = try dir.write("hostile.txt", hostile + "\n\n" + OddFile.planes + "\n\nSurely, {x}. But \"y\" \\ z.").path
        let dot = try Self.run(["extract", path, "--format", "dot"])
        #expect(dot.status == 0)
        let dotFile = dir.url.appendingPathComponent("g.dot")
        try dot.stdout.write(to: dotFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg", "-o", "/dev/null", dotFile.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(warnings.isEmpty, "dot said: \(warnings)")
    }

    @Test func longUnpunctuatedParagraphAndRunsOfDots() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let words = ["the", "city", "should", "build", "because", "rents", "rose", "however", "some", "fear"]
        var text = ""
        text.reserveCapacity(400_000)
        for i in 0..<60_000 { text += words[i % words.count] + " " }
        let dots = "Word" + String(repeating: ".", count: 200_000) + "\n\n" + String(repeating: ". ", count: 50_000)
        for (name, body) in [("long.txt", text), ("dots.txt", dots)] {
            let path = try dir.write(name, body).path
            let outcome = try Self.run(["extract", path], seconds: 30)
            #expect(outcome.status == 0 && !outcome.timedOut, "\(name): \(outcome.stderr)")
            #expect(GraphJSONCheck.problems(outcome.stdout).isEmpty, "\(name)")
        }
    }

    @Test func manySiblingParagraphs() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let count = 5_000
        var page = "<html><body><article>"
        for i in 0..<count { page += "<p>Paragraph \(i) says we should act. Because of reason \(i), it matters.</p>" }
        let path = try dir.write("siblings.html", page + "</article></body></html>").path
        let outcome = try Self.run(["ingest", path], seconds: 30)
        #expect(outcome.status == 0)
        let blocks = outcome.text.components(separatedBy: "\n\n")
        #expect(blocks.count == count)
        #expect(blocks.last?.hasPrefix("Paragraph \(count - 1) ") == true)
    }

    // MARK: Batch and stream keep going

    @Test func batchMapsTheGoodInputsAndListsEveryInput() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("in/a-good.txt", Self.article)
        try dir.write("in/b-empty.txt", "")
        try dir.write("in/c-binary.html", Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]))
        try dir.write("in/d-markup.html", "<html><body><div></div></body></html>")
        try dir.write("in/e-truncated.html", "<html><body><p>We should act. Because the climate changes, delay costs more.</p><p>However, some")
        try dir.write("in/f-records.jsonl", "{\"id\":\"r1\",\"text\":\"Taxes should rise. However, some disagree.\"}\nnot json\n{\"id\":\"r3\"}\n")
        let inputs = ["in", "missing.txt"]
        let one = try Self.run(["batch"] + inputs + ["--out", "one", "--format", "json,dot,aif,argdown,text", "--jobs", "1", "--quiet"], in: dir.url)
        let three = try Self.run(["batch"] + inputs + ["--out", "three", "--format", "json,dot,aif,argdown,text", "--jobs", "3", "--quiet"], in: dir.url)
        #expect(one.status == 1 && three.status == 1 && !one.signalled)
        let manifest = try dir.read("one/manifest.jsonl").split(separator: "\n")
        let lines = try manifest.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let expected = [("in/a-good.txt", true), ("in/b-empty.txt", false), ("in/c-binary.html", false), ("in/d-markup.html", false),
                        ("in/e-truncated.html", true), ("in/f-records.jsonl:1", true), ("in/f-records.jsonl:2", false),
                        ("in/f-records.jsonl:3", false), ("missing.txt", false)]
        #expect(lines.map { $0["input"] as? String ?? "" } == expected.map(\.0))
        #expect(lines.map { $0["ok"] as? Bool ?? false } == expected.map(\.1))
        for line in lines where line["ok"] as? Bool == false {
            let error = try #require(line["error"] as? String)
            let input = try #require(line["input"] as? String)
            #expect(error.hasPrefix(input + ": "), "\(error)")
            #expect(one.stderr.contains(error))
            #expect((line["outputs"] as? [Any])?.isEmpty == true)
        }
        // The good inputs were fully written, identically whatever --jobs.
        for file in ["a-good.json", "a-good.dot", "a-good.aif.json", "a-good.argdown", "a-good.txt", "e-truncated.json", "f-records/r1.json"] {
            let a = try Data(contentsOf: dir.url.appendingPathComponent("one/\(file)"))
            let b = try Data(contentsOf: dir.url.appendingPathComponent("three/\(file)"))
            #expect(!a.isEmpty && a == b, "\(file)")
        }
        #expect(try dir.read("one/manifest.jsonl") == dir.read("three/manifest.jsonl"))
        #expect(GraphJSONCheck.problems(try Data(contentsOf: dir.url.appendingPathComponent("one/a-good.json"))).isEmpty)
    }

    @Test func streamAnswersEveryLineInOrder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let lines: [String] = [
            #"{"id":1,"text":"We should act. Because rents rose, people suffer."}"#,
            "not json at all",
            "[1,2,3]",
            #"{"id":"no-content"}"#,
            #"{"id":{"k":[1,2]},"html":"<p>Taxes should rise. However, some disagree.</p>"}"#,
            #"{"id":3,"html":""}"#,
            #"{"id":4,"text":12}"#,
            #"{"id":5,"text":"truncated"#,
            deep,
            #"{"id":6,"html":"<p>"# + String(repeating: "<div>", count: 3000) + #"Deep. Because x, we act.</p>"}"#,
            #"{"id":7,"text":"Planes 😀 𠀀 שלום e\u0301. Because it matters, we care."}"#,
            #"{"id":8,"text":"CRLF line. Because reasons, we act."}"# + "\r",
            #"{"id":9,"text":"No newline at the end. Because reasons, we act."}"#,
        ]
        var data = Data(lines.joined(separator: "\n").utf8)
        data.insert(contentsOf: [0xFF, 0xFE, 0x0A], at: 0)  // a first line of invalid UTF-8
        let input = try dir.write("in.jsonl", data).path
        let outcome = try Self.run(["stream", "--jobs", "3"], stdinPath: input)
        #expect(outcome.status == 0 && !outcome.signalled, "\(outcome.stderr)")
        let out = outcome.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(out.count == lines.count + 1)
        let objects = try out.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let ok = objects.map { $0["ok"] as? Bool }
        #expect(ok == [false, true, false, false, false, true, false, false, false, false, true, true, true, true])
        let ids = objects.map { $0["id"].map { "\($0)" } ?? "?" }
        #expect(ids[1] == "1" && ids[2] == "<null>" && ids[4] == "no-content" && ids[13] == "9", "\(ids)")
        for object in objects where object["ok"] as? Bool == false {
            let error = try #require(object["error"] as? String)
            #expect(error.hasPrefix("line ") && !error.contains("\n"))
        }
        for object in objects where object["ok"] as? Bool == true {
            let graph = try JSONSerialization.data(withJSONObject: try #require(object["graph"]))
            #expect(GraphJSONCheck.problems(graph).isEmpty)
        }
        #expect(outcome.stderr.contains("14 records, 8 failures"), "\(outcome.stderr)")
        let again = try Self.run(["stream", "--jobs", "1"], stdinPath: input)
        #expect(again.stdout == outcome.stdout)
    }

    // MARK: Bugs found by the robustness sweep, now fixed

    @Test
    func fullDiskIsAnErrorNotACrash() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("a.txt", Self.article).path
        for command in [["extract", path], ["ingest", path]] {
            let outcome = try Self.run(command, stdoutPath: "/dev/full")
            #expect(!outcome.signalled, "\(command) crashed")
            #expect(outcome.status == 1)
            #expect(outcome.errorLines.count == 1 && outcome.stderr.contains("cannot write"), "\(outcome.stderr)")
        }
    }

    @Test
    func fifoInputIsRead() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let fifo = dir.url.appendingPathComponent("pipe.txt").path
        let source = try dir.write("source.txt", Self.article).path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The writer is a child process, so a reader that never comes or leaves early cannot hurt the tests.
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "cat \"$0\" > \"$1\"", source, fifo]
        try writer.run()
        defer { if writer.isRunning { kill(writer.processIdentifier, SIGKILL) } }
        let outcome = try Self.run(["ingest", fifo], seconds: 10)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.hasPrefix("Cities should build more housing"))
    }

    @Test
    func standardInputIsBounded() throws {
        // A sparse file one MB over the 256 MB limit, fed as standard input.
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let big = try dir.write("big.txt", Data())
        #expect(truncate(big.path, 257 << 20) == 0)
        let outcome = try Self.run(["ingest", "-"], stdinPath: big.path, seconds: 20)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("too large"), "\(outcome.stderr)")
    }

    /// `/dev/zero` is one endless line: it is answered with ok:false once it passes the line limit, and the
    /// stream reads on through it (one chunk in memory) until the input ends, which here it never does.
    @Test
    func streamAnswersAnEndlessLine() throws {
        let outcome = try Self.run(["stream"], stdinPath: "/dev/zero", seconds: 10)
        #expect(!outcome.signalled || outcome.timedOut, "crashed")
        #expect(outcome.text.contains("\"ok\":false"))
        #expect(outcome.text.contains("longer than the limit"))
    }

    @Test
    func unknownEncodingIsAUsageError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("a.txt", Self.article).path
        for command in ["ingest", "extract"] {
            let outcome = try Self.run([command, path, "--encoding", "no-such-charset"])
            #expect(outcome.status == 2, "\(command): exit \(outcome.status)")
            #expect(outcome.stderr.contains("no-such-charset"))
        }
    }

    @Test
    func forcedUTF16WithoutBOM() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bytes = Self.article.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try dir.write("wide.txt", Data(bytes)).path
        let outcome = try Self.run(["ingest", path, "--encoding", "utf-16le"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.hasPrefix("Cities should build more housing"))
    }

    @Test
    func strayNULInHTML() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bytes = Array("<html><body><p>We should build housing.".utf8) + [0] + Array(" Because rents rose.</p></body></html>".utf8)
        let path = try dir.write("nul.html", Data(bytes)).path
        let outcome = try Self.run(["ingest", path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.contains("Because rents rose."))
    }

    /// A re-run must not read its own manifest.jsonl as input.
    @Test
    func batchSkipsItsOwnOutputDirectory() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("a.txt", Self.article)
        let first = try Self.run(["batch", ".", "--out", "maps", "--format", "json,text", "--quiet"], in: dir.url)
        let second = try Self.run(["batch", ".", "--out", "maps", "--format", "json,text", "--quiet"], in: dir.url)
        #expect(first.status == 0 && second.status == 0, "\(second.stderr)")
        #expect(try dir.read("maps/manifest.jsonl").split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("maps/maps").path))
    }

    @Test(.enabled(if: graphvizInstalled))
    func drawingAHugeGraphDoesNotHang() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var page = "<html><body><article>"
        for i in 0..<8_000 { page += "<p>Paragraph \(i) says we should act. Because of reason \(i), it matters.</p>" }
        let path = try dir.write("huge.html", page + "</article></body></html>").path
        let outcome = try Self.run(["extract", path, "--format", "svg"], seconds: 30)
        #expect(!outcome.timedOut, "still drawing after 30 s")
        #expect(outcome.status == 0 || (outcome.status == 1 && outcome.errorLines.count == 1))
    }

    @Test
    func streamAnswersBlankLines() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = try dir.write("in.jsonl", "{\"id\":1,\"text\":\"We act. Because x, y.\"}\n\n   \n{\"id\":2,\"text\":\"We act. Because x, y.\"}\n").path
        let outcome = try Self.run(["stream"], stdinPath: input)
        #expect(outcome.text.split(separator: "\n").count == 4)
    }
}

/// Checks Graph JSON the way a Python consumer reads it: node and sentence offsets are Unicode scalar
/// offsets into `document.text`, in range and in order, and a node's `text` is exactly its slice.
enum GraphJSONCheck {
    private struct Graph: Decodable {
        struct Document: Decodable { let text: String }
        struct Span: Decodable {
            let id: String
            let start: Int
            let end: Int
            let text: String?
        }
        let document: Document
        let sentences: [Span]
        let nodes: [Span]
    }

    /// What is wrong with `json`, empty when nothing. (`JSONDecoder`: Linux `JSONSerialization` drops a leading U+FEFF.)
    static func problems(_ json: Data) -> [String] {
        guard let graph = try? JSONDecoder().decode(Graph.self, from: json) else { return ["not Graph JSON"] }
        let scalars = Array(graph.document.text.unicodeScalars)
        var found: [String] = []
        var previousEnd = 0
        for sentence in graph.sentences {
            if sentence.start < previousEnd || sentence.start >= sentence.end || sentence.end > scalars.count {
                found.append("\(sentence.id) \(sentence.start)..<\(sentence.end) out of order or range")
            }
            previousEnd = max(previousEnd, sentence.end)
        }
        for node in graph.nodes {
            guard 0 <= node.start, node.start < node.end, node.end <= scalars.count else {
                found.append("\(node.id) \(node.start)..<\(node.end) outside 0..<\(scalars.count)")
                continue
            }
            let slice = scalars[node.start..<node.end]
            if let text = node.text, !slice.elementsEqual(text.unicodeScalars) { found.append("\(node.id) text is not its slice") }
        }
        return found
    }
}
