import ArgMap
import Testing
@testable import ArgMapHTML

/// Every charset case of STYLE.md section 3, through the whole ingester.
@Suite struct CharsetDecoderTests {
    /// `“Café” €5 naïve` in the body of a page, with `head` markup before it.
    static func page(head: String = "", body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)<title>t</title></head><body><article><p>".utf8) + body
            + Array(" is written in a long enough paragraph to be kept as article text.</p></article></body></html>".utf8)
    }
    static let expected = "“Café” €5 naïve is written in a long enough paragraph to be kept as article text."
    static let utf8Body = Array("“Café” €5 naïve".utf8)
    static let cp1252Body: [UInt8] = [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80, 0x35, 0x20, 0x6E, 0x61, 0xEF, 0x76, 0x65]

    func body(_ bytes: [UInt8], encoding: String? = nil) throws -> String {
        try HTMLIngester().ingest(bytes, source: "c.html", encoding: encoding).text
    }

    @Test func undeclaredUTF8() throws {
        #expect(try body(Self.page(body: Self.utf8Body)) == Self.expected)
    }

    @Test func utf8WithBOMBeatsAWindows1252Meta() throws {
        let page = [0xEF, 0xBB, 0xBF] + Self.page(head: "<meta charset=windows-1252>", body: Self.utf8Body)
        #expect(try body(page) == Self.expected)
    }

    @Test func undeclaredWindows1252() throws {
        #expect(try body(Self.page(body: Self.cp1252Body)) == Self.expected)
    }

    @Test(arguments: [
        "<meta charset=\"windows-1252\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
        "<meta charset=iso-8859-1>", "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=latin1'>",
    ])
    func declaredWindows1252(head: String) throws {
        #expect(try body(Self.page(head: head, body: Self.cp1252Body)) == Self.expected)
    }

    @Test func pageThatLiesIsReadAsUTF8() throws {
        let page = Self.page(head: "<meta charset=iso-8859-1>", body: Self.utf8Body)
        #expect(try body(page) == Self.expected)
    }

    @Test func undefinedWindows1252BytesKeepTheRestOfThePage() throws {
        let page = Self.page(head: "<meta charset=windows-1252>", body: Self.cp1252Body + [0x81, 0x8D, 0x8F, 0x90, 0x9D])
        let text = try body(page)
        #expect(text.hasSuffix("is written in a long enough paragraph to be kept as article text."))
        #expect(text.hasPrefix("“Café” €5 naïve"))
    }

    @Test func iso8859_2() throws {
        // "Łódź żółw" in ISO-8859-2.
        let bytes: [UInt8] = [0xA3, 0xF3, 0x64, 0xBC, 0x20, 0xBF, 0xF3, 0xB3, 0x77]
        let text = try body(Self.page(head: "<meta charset=iso-8859-2>", body: bytes))
        #expect(text.hasPrefix("Łódź żółw is written"))
    }

    @Test func iso8859_15EuroSign() throws {
        let text = try body(Self.page(head: "<meta charset=ISO-8859-15>", body: [0xA4, 0x35]))
        #expect(text.hasPrefix("€5 is written"))
    }

    @Test func xmlDeclaration() throws {
        let page = Array("<?xml version=\"1.0\" encoding=\"windows-1252\"?>".utf8) + Self.page(body: Self.cp1252Body)
        #expect(try body(page) == Self.expected)
    }

    @Test func utf16WithBOM() throws {
        let html = String(decoding: Self.page(body: Self.utf8Body), as: UTF8.self)
        var le: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { le.append(UInt8(unit & 0xFF)); le.append(UInt8(unit >> 8)) }
        #expect(try body(le) == Self.expected)
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in html.utf16 { be.append(UInt8(unit >> 8)); be.append(UInt8(unit & 0xFF)) }
        #expect(try body(be) == Self.expected)
    }

    @Test func encodingOverrideWins() throws {
        // Bytes valid as UTF-8, forced to windows-1252: read as two Latin characters.
        let text = try body(Self.page(body: Array("é".utf8)), encoding: "windows-1252")
        #expect(text.hasPrefix("Ã©"))
        #expect(try body(Self.page(head: "<meta charset=utf-8>", body: Self.cp1252Body), encoding: "cp1252") == Self.expected)
    }

    @Test func invalidUTF8InADeclaredUTF8PageBecomesReplacementCharacters() throws {
        let page = Self.page(head: "<meta charset=utf-8>", body: Self.utf8Body + [0xFF, 0xC3])
        let text = try body(page)
        #expect(text.hasPrefix("“Café” €5 naïve\u{FFFD}\u{FFFD} is written"))
    }

    @Test func commentedOutMetaIsIgnored() {
        #expect(CharsetDecoder.declaredCharset(Array("<!-- <meta charset=koi8-r> --><meta charset=\"utf-8\">".utf8)) == "utf-8")
    }

    @Test func labels() {
        #expect(CharsetDecoder.canonicalName("ISO_8859-1") == "windows-1252")
        #expect(CharsetDecoder.canonicalName("Latin2") == "iso-8859-2")
        #expect(CharsetDecoder.canonicalName("UTF8") == "utf-8")
        #expect(CharsetDecoder.canonicalName("iso8859-15") == "iso-8859-15")
    }

    @Test func plainTextInWindows1252() throws {
        let bytes: [UInt8] = Array("Title\n\n".utf8) + Self.cp1252Body + Array(" is a sentence long enough to be a paragraph of text.\n".utf8)
        let doc = try DocumentReader(kind: .text).ingest(bytes, source: "t.txt")
        #expect(doc.text == "“Café” €5 naïve is a sentence long enough to be a paragraph of text.")
    }
}
