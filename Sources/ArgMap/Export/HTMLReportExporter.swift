/// Writes a self-contained HTML report of an ``ArgumentGraph``: one file that opens offline and
/// makes no network request (no external style sheet, script, font or image; a
/// Content-Security-Policy of `default-src 'none'` enforces it).
///
/// The page holds:
/// - a header with the title, byline, date and source, and a summary (statements, relations,
///   the thesis);
/// - a legend: a colour per node kind, the two relations;
/// - the map as inline SVG (the Graphviz rendering of ``DOTExporter``'s output), or a note when
///   none was given; clicking a box jumps to the statement in the text;
/// - the article text, every argumentative unit highlighted by kind (`<mark class="unit
///   kind-reason" id="text_n3">`), with a badge linking to its box in the map, and the words
///   that decided its kind (its markers) underlined; hovering a unit or marker shows the
///   decision, rule, confidence and relations;
/// - an outline of the statements and their relations, linked both ways.
///
/// All document text is escaped; control characters are dropped. Output is deterministic.
public struct HTMLReportExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// The report: the article with highlighted units and the map as inline SVG.
    /// - Parameters:
    ///   - graph: the map.
    ///   - svg: the map rendered by Graphviz from ``DOTExporter``'s output, inlined into the
    ///     page (anything before `<svg` is dropped), or `nil` to show a note instead.
    /// - Returns: the HTML document, ending in a newline.
    public func export(_ graph: ArgumentGraph, svg: String?) -> String {
        let page = Page(graph: graph)
        var out = "<!DOCTYPE html>\n"
        out += "<html" + (page.language.map { " lang=\"\(ExportText.markup($0))\"" } ?? "") + ">\n<head>\n"
        out += "<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        out += "<meta name=\"generator\" content=\"ArgMap (\(GraphJSONExporter.version))\">\n"
        out += "<title>\(ExportText.markup(page.title)) \u{2014} argument map</title>\n"
        out += "<style>\n\(Self.styleSheet)</style>\n</head>\n<body>\n"
        out += page.header()
        out += page.legend()
        out += page.mapSection(svg: svg)
        out += "<div class=\"columns\">\n"
        out += page.article(linksToMap: svg != nil)
        out += page.outline()
        out += "</div>\n"
        out += "<footer>Made by ArgMap from <code>\(ExportText.markup(graph.document.source))</code>. "
        out += "This page is self-contained: it loads nothing from the network.</footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    /// The style sheet: kind colours come from the same table as the DOT map's.
    static let styleSheet: String = {
        var css = """
            :root { --ink: #1f2937; --muted: #6b7280; --rule: #e5e7eb; --paper: #ffffff; --wash: #f9fafb; }
            * { box-sizing: border-box; }
            html { scroll-behavior: smooth; }
            body { margin: 0; color: var(--ink); background: var(--wash);
              font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header.masthead { background: var(--paper); border-bottom: 1px solid var(--rule); padding: 1.5rem max(1.5rem, calc(50% - 38rem)) 1rem; }
            .kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--muted); font-weight: 600; }
            h1 { overflow-wrap: anywhere; margin: .2rem 0 .4rem; font: 700 1.9rem/1.2 Georgia, "Times New Roman", serif; }
            .meta { margin: 0; color: var(--muted); font-size: .92rem; }
            .meta span + span::before { content: "\\00b7"; margin: 0 .5em; }
            .summary { margin: .6rem 0 0; font-size: .92rem; }
            .summary a { color: inherit; }
            nav.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; align-items: center; font-size: .85rem;
              padding: .6rem max(1.5rem, calc(50% - 38rem)); background: var(--paper); border-bottom: 1px solid var(--rule); }
            nav.legend strong { margin-right: .2rem; }
            .swatch { display: inline-block; padding: 0 .45em; border-radius: .3em; }
            .rel-supports { color: #15803d; font-weight: 600; }
            .rel-attacks { color: #b91c1c; font-weight: 600; }
            section.map { margin: 1.2rem auto; max-width: 80rem; padding: 0 1.5rem; }
            section.map h2, aside.outline h2 { font-size: 1rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 .5rem; }
            .map-canvas { background: var(--paper); border: 1px solid var(--rule); border-radius: .6rem; padding: .8rem; overflow: auto; max-height: 85vh; }
            .map-canvas svg { display: block; margin: 0 auto; height: auto; max-width: 100%; }
            input.zoom { margin: 0 .4rem .5rem 0; }
            input.zoom + label { font-size: .85rem; color: var(--muted); cursor: pointer; }
            input.zoom:checked ~ .map-canvas svg { max-width: none; }
            .map-canvas g.node:target path, .map-canvas g.node:target polygon { stroke-width: 5px; }
            .map-canvas a:hover path { filter: brightness(.95); }
            .note { background: #fffbeb; border: 1px solid #fcd34d; border-radius: .5rem; padding: .7rem 1rem; margin: 0; }
            .columns { display: grid; grid-template-columns: minmax(0, 42rem) minmax(16rem, 26rem); gap: 2rem;
              justify-content: center; padding: 0 1.5rem 2rem; align-items: start; }
            @media (max-width: 62rem) { .columns { grid-template-columns: minmax(0, 1fr); } }
            article.text { background: var(--paper); border: 1px solid var(--rule); border-radius: .6rem; padding: 1.5rem 2rem;
              font: 1.08rem/1.75 Georgia, "Times New Roman", serif; overflow-wrap: anywhere; }
            article.text h2 { font: 700 1.2rem/1.3 system-ui, sans-serif; margin: 1.6rem 0 .4rem; }
            article.text blockquote { margin: 1rem 0; padding: .2rem 1rem; border-left: 4px solid var(--rule); font-style: italic; }
            article.text p { margin: 0 0 1rem; }
            mark.unit { color: inherit; border-radius: .25em; padding: .05em .1em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
            mark.unit:hover { filter: saturate(1.6) brightness(.97); }
            mark.unit:target { outline: 3px solid #f59e0b; outline-offset: 2px; }
            a.badge { display: inline-block; font: 600 .66rem/1.5 system-ui, sans-serif; color: #fff; text-decoration: none;
              border-radius: .7em; padding: 0 .45em; margin-right: .3em; vertical-align: .15em; }
            .marker { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: .18em; font-weight: 600; cursor: help; }
            aside.outline { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; font-size: .88rem; }
            aside.outline ol { list-style: none; padding: 0; margin: 0; }
            aside.outline li { overflow-wrap: anywhere; background: var(--paper); border: 1px solid var(--rule); border-left-width: 5px; border-radius: .4rem; padding: .4rem .6rem; margin-bottom: .4rem; }
            aside.outline li:target { outline: 3px solid #f59e0b; }
            aside.outline .kind { color: var(--muted); font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; }
            aside.outline .relations { display: block; color: var(--muted); font-size: .8rem; }
            aside.outline a { color: inherit; }
            aside.outline a.badge { color: #fff; }
            footer { text-align: center; color: var(--muted); font-size: .8rem; padding: 0 1rem 2rem; }
            @media print { body { background: #fff; } input.zoom, input.zoom + label { display: none; }
              .map-canvas { max-height: none; overflow: visible; border: 0; } aside.outline { position: static; max-height: none; }
              .columns { grid-template-columns: minmax(0, 1fr); } a.badge { color: #000; background: none; border: 1px solid; } }

            """
        for kind in NodeKind.allCases {
            let name = kind.rawValue, fill = KindStyle.fill(kind), accent = KindStyle.accent(kind)
            css += ".kind-\(name) { background: \(fill); box-shadow: inset 0 -2px 0 \(accent); }\n"
            css += "a.badge.kind-\(name) { background: \(accent); box-shadow: none; }\n"
            css += ".kind-\(name) .marker { text-decoration-color: \(accent); }\n"
            css += "aside.outline li.kind-\(name) { border-left-color: \(accent); box-shadow: none; background: var(--paper); }\n"
            css += ".swatch.kind-\(name) { border: 1px solid \(accent); box-shadow: none; }\n"
        }
        return css
    }()
}

/// The pieces of one report.
private struct Page {
    let graph: ArgumentGraph
    let title: String
    let language: String?
    let nodeIndex: [String: Int]
    /// The edges leaving and entering each node id, in graph order (edges to unknown nodes left out).
    let outgoing: [String: [ArgumentEdge]]
    let incoming: [String: [ArgumentEdge]]

    init(graph: ArgumentGraph) {
        self.graph = graph
        let title = graph.document.title.map(ExportText.cleaned) ?? ""
        self.title = title.isEmpty ? ExportText.cleaned(graph.document.source) : title
        let language = graph.document.language.map(ExportText.cleaned) ?? ""
        let isTag = !language.isEmpty && language.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
        self.language = isTag ? language : nil
        var index: [String: Int] = [:]
        for (position, node) in graph.nodes.enumerated() where index[node.id] == nil { index[node.id] = position }
        nodeIndex = index
        var outgoing: [String: [ArgumentEdge]] = [:], incoming: [String: [ArgumentEdge]] = [:]
        for edge in graph.edges where index[edge.from] != nil && index[edge.to] != nil {
            outgoing[edge.from, default: []].append(edge)
            incoming[edge.to, default: []].append(edge)
        }
        self.outgoing = outgoing
        self.incoming = incoming
    }

    /// A short quote of a node's text for summaries and tooltips.
    func snippet(_ id: String, limit: Int = 60) -> String {
        guard let index = nodeIndex[id] else { return id }
        let text = ExportText.cleaned(graph.slice(graph.nodes[index].range))
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "\u{2026}"
    }

    func header() -> String {
        let doc = graph.document
        var out = "<header class=\"masthead\">\n<p class=\"kicker\">Argument map</p>\n"
        out += "<h1>\(ExportText.markup(title))</h1>\n"
        var meta: [String] = []
        if let byline = doc.byline.map(ExportText.cleaned), !byline.isEmpty { meta.append("<span class=\"byline\">\(ExportText.escapeMarkup(byline))</span>") }
        if let date = doc.published.map(ExportText.cleaned), !date.isEmpty {
            meta.append("<span><time datetime=\"\(ExportText.escapeMarkup(date))\">\(ExportText.escapeMarkup(date))</time></span>")
        }
        meta.append("<span class=\"source\">\(ExportText.markup(doc.source))</span>")
        out += "<p class=\"meta\">" + meta.joined() + "</p>\n"
        let supports = graph.edges.filter { $0.relation == .supports }.count
        var summary = "\(graph.nodes.count) statement\(graph.nodes.count == 1 ? "" : "s"), "
        summary += "\(supports) support\(supports == 1 ? "" : "s"), \(graph.edges.count - supports) attack\(graph.edges.count - supports == 1 ? "" : "s")"
        if let thesis = graph.thesis, nodeIndex[thesis] != nil {
            summary += ". Thesis: <a href=\"#text_\(ExportText.escapeMarkup(thesis))\">\u{201C}\(ExportText.escapeMarkup(snippet(thesis, limit: 140)))\u{201D}</a>"
        } else {
            summary += ". No thesis was found."
        }
        out += "<p class=\"summary\">\(summary)</p>\n</header>\n"
        return out
    }

    func legend() -> String {
        var out = "<nav class=\"legend\" aria-label=\"Legend\"><strong>Legend</strong>"
        for kind in NodeKind.allCases {
            out += "<span class=\"swatch kind-\(kind.rawValue)\" title=\"\(ExportText.escapeMarkup(KindStyle.meaning(kind)))\">\(kind.rawValue)</span>"
        }
        out += "<span class=\"rel-supports\" title=\"the statement backs the one it points to\">\u{2192} supports</span>"
        out += "<span class=\"rel-attacks\" title=\"the statement argues against the one it points to\">\u{22A3} attacks</span>"
        out += "<span class=\"marker\" title=\"the words that decided a statement's kind\">marker</span>"
        out += "</nav>\n"
        return out
    }

    func mapSection(svg: String?) -> String {
        var out = "<section class=\"map\" id=\"map\" aria-label=\"Argument map\">\n<h2>Map</h2>\n"
        if let svg, let start = svg.range(of: "<svg") {
            let body = String(svg[start.lowerBound...]).trimmingTrailingWhitespace()
            if !Self.fits(body) {
                // A wide drawing is shrunk to the page; a CSS-only switch shows it at full size.
                out += "<input type=\"checkbox\" id=\"map-zoom\" class=\"zoom\"><label for=\"map-zoom\">Show the map at full size</label>\n"
            }
            out += "<div class=\"map-canvas\">\n\(body)\n</div>\n"
        } else {
            out += "<p class=\"note\">The map drawing is not included: it needs Graphviz (<code>dot</code>), which was not available. "
            out += "The statements and their relations are listed beside the text.</p>\n"
        }
        return out + "</section>\n"
    }

    /// Whether a drawing is narrow enough to stay legible when shrunk to the page width.
    static func fits(_ svg: String) -> Bool {
        guard let range = svg.range(of: "width=\"") else { return true }
        let digits = svg[range.upperBound...].prefix { $0.isNumber }
        guard let width = Int(digits) else { return true }
        return width <= 1200
    }

    // MARK: Article

    /// One highlighted stretch of text: a node occurrence, clipped to a block.
    struct Unit {
        var range: Range<Int>
        var node: Int
        var anchor: String?
    }

    func article(linksToMap: Bool) -> String {
        let units = highlightUnits()
        let markers = markerRanges()
        let blocks = graph.document.blocks
        let kinds: [TextBlock.Kind] = blocks.count == graph.paragraphs.count ? blocks.map(\.kind) : graph.paragraphs.map { _ in .paragraph }
        var out = "<article class=\"text\" aria-label=\"Article text\">\n"
        var inList = false
        var unitCursor = 0
        var markerCursor = 0
        for (index, paragraph) in graph.paragraphs.enumerated() {
            let kind = kinds[index]
            if kind == .listItem, !inList { out += "<ul>\n"; inList = true }
            if kind != .listItem, inList { out += "</ul>\n"; inList = false }
            let (open, close) = switch kind {
            case .heading: ("<h2>", "</h2>")
            case .quote: ("<blockquote><p>", "</p></blockquote>")
            case .listItem: ("<li>", "</li>")
            case .paragraph: ("<p>", "</p>")
            }
            while unitCursor < units.count, units[unitCursor].range.upperBound <= paragraph.lowerBound { unitCursor += 1 }
            while markerCursor < markers.count, markers[markerCursor].range.upperBound <= paragraph.lowerBound { markerCursor += 1 }
            var blockMarkers: [(range: Range<Int>, title: String)] = []
            var cursor = markerCursor
            while cursor < markers.count, markers[cursor].range.lowerBound < paragraph.upperBound {
                if markers[cursor].range.overlaps(paragraph) { blockMarkers.append(markers[cursor]) }
                cursor += 1
            }
            out += open
            out += render(paragraph, units: units, from: unitCursor, markers: blockMarkers, linksToMap: linksToMap)
            out += close + "\n"
        }
        if inList { out += "</ul>\n" }
        return out + "</article>\n"
    }

    /// Every occurrence of every node, in text order, overlaps dropped (the earlier unit wins).
    /// The first kept occurrence of a node carries the `text_<id>` anchor.
    func highlightUnits() -> [Unit] {
        var candidates: [Unit] = []
        let length = graph.text.utf8.count
        for (index, node) in graph.nodes.enumerated() {
            for occurrence in node.occurrences.isEmpty ? [node.range] : node.occurrences {
                let range = max(0, occurrence.lowerBound)..<min(length, max(occurrence.upperBound, occurrence.lowerBound))
                if !range.isEmpty { candidates.append(Unit(range: range, node: index, anchor: nil)) }
            }
        }
        candidates.sort { ($0.range.lowerBound, $0.node) < ($1.range.lowerBound, $1.node) }
        var kept: [Unit] = []
        var seen: [Int: Int] = [:]
        for var unit in candidates {
            if let last = kept.last, unit.range.lowerBound < last.range.upperBound { continue }
            let count = (seen[unit.node] ?? 0) + 1
            seen[unit.node] = count
            let id = graph.nodes[unit.node].id
            unit.anchor = count == 1 ? "text_\(id)" : "text_\(id)_\(count)"
            kept.append(unit)
        }
        return kept
    }

    /// Marker ranges with their explanation, shifted into every occurrence of their node.
    func markerRanges() -> [(range: Range<Int>, title: String)] {
        var result: [(range: Range<Int>, title: String)] = []
        for node in graph.nodes {
            for marker in node.markers {
                let title = "\u{201C}\(marker.text)\u{201D}: \(marker.sense.rawValue) marker, decided this \(node.kind.rawValue)"
                for occurrence in node.occurrences.isEmpty ? [node.range] : node.occurrences {
                    let shift = occurrence.lowerBound - node.range.lowerBound
                    let range = (marker.range.lowerBound + shift)..<(marker.range.upperBound + shift)
                    if !range.isEmpty { result.append((range, title)) }
                }
            }
        }
        result.sort { ($0.range.lowerBound, $0.range.upperBound, $0.title) < ($1.range.lowerBound, $1.range.upperBound, $1.title) }
        return result
    }

    /// One block's text, cut at every unit and marker boundary so tags nest properly.
    func render(
        _ block: Range<Int>, units: [Unit], from firstUnit: Int, markers: [(range: Range<Int>, title: String)],
        linksToMap: Bool
    ) -> String {
        var cuts: [Int] = [block.lowerBound, block.upperBound]
        var unitIndex = firstUnit
        var blockUnits: [Unit] = []
        while unitIndex < units.count, units[unitIndex].range.lowerBound < block.upperBound {
            let unit = units[unitIndex]
            if unit.range.upperBound > block.lowerBound { blockUnits.append(unit) }
            unitIndex += 1
        }
        for unit in blockUnits { cuts += [unit.range.lowerBound, unit.range.upperBound] }
        let blockMarkers = markers
        for marker in blockMarkers { cuts += [marker.range.lowerBound, marker.range.upperBound] }
        cuts = Array(Set(cuts.filter { $0 >= block.lowerBound && $0 <= block.upperBound })).sorted()

        var out = ""
        var openUnit: Int? = nil  // index into blockUnits
        var openMarker: Int? = nil
        for (start, end) in zip(cuts, cuts.dropFirst()) where start < end {
            let unit = blockUnits.firstIndex { $0.range.lowerBound <= start && end <= $0.range.upperBound }
            let marker = blockMarkers.firstIndex { $0.range.lowerBound <= start && end <= $0.range.upperBound }
            if openMarker != nil, openMarker != marker || openUnit != unit { out += "</span>"; openMarker = nil }
            if openUnit != nil, openUnit != unit { out += "</mark>"; openUnit = nil }
            if let unit, openUnit != unit {
                out += openMark(blockUnits[unit], isContinuation: blockUnits[unit].range.lowerBound < block.lowerBound,
                                linksToMap: linksToMap)
                openUnit = unit
            }
            if let marker, openMarker != marker {
                out += "<span class=\"marker\" title=\"\(ExportText.markup(blockMarkers[marker].title))\">"
                openMarker = marker
            }
            out += ExportText.escapeMarkup(Self.visible(graph.slice(start..<end)))
        }
        if openMarker != nil { out += "</span>" }
        if openUnit != nil { out += "</mark>" }
        return out
    }

    func openMark(_ unit: Unit, isContinuation: Bool, linksToMap: Bool) -> String {
        let node = graph.nodes[unit.node]
        let kind = node.kind.rawValue
        var out = "<mark class=\"unit kind-\(kind)\""
        if !isContinuation, let anchor = unit.anchor { out += " id=\"\(ExportText.markup(anchor))\"" }
        out += " data-node=\"\(ExportText.markup(node.id))\" title=\"\(ExportText.markup(tooltip(node)))\">"
        if !isContinuation {
            let target = linksToMap ? "#map_\(node.id)" : "#outline_\(node.id)"
            var badge = node.id
            if let ordinal = node.ordinal { badge += " \u{00B7} #\(ordinal.position)" }
            out += "<a class=\"badge kind-\(kind)\" href=\"\(ExportText.markup(target))\" title=\"Show \(ExportText.markup(node.id)) in the map\">\(ExportText.markup(badge))</a>"
        }
        return out
    }

    /// The hover text of a unit: its decision, then its relations.
    func tooltip(_ node: ArgumentNode) -> String {
        var lines = [node.explanation]
        for edge in outgoing[node.id] ?? [] {
            lines.append("\(edge.relation.rawValue) \(edge.to): \u{201C}\(snippet(edge.to))\u{201D}")
        }
        for edge in incoming[node.id] ?? [] {
            lines.append("\(edge.relation == .supports ? "supported" : "attacked") by \(edge.from)")
        }
        return lines.joined(separator: " \u{2014} ")
    }

    /// Text with control characters dropped, except that tab, line feed, carriage return,
    /// vertical tab and form feed (white space) become spaces or stay (the rest is escaped).
    static func visible(_ s: String) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
        }
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var view = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if !isControl(scalar) { view.append(scalar) } else if (0x0B...0x0D).contains(scalar.value) { view.append(" ") }
        }
        return String(view)
    }

    // MARK: Outline

    func outline() -> String {
        var out = "<aside class=\"outline\" aria-label=\"Statements\">\n<h2>Statements</h2>\n"
        if graph.nodes.isEmpty {
            return out + "<p class=\"note\">No argument was found in this text.</p>\n</aside>\n"
        }
        out += "<ol>\n"
        for node in graph.nodes {
            let id = ExportText.markup(node.id)
            out += "<li id=\"outline_\(id)\" class=\"kind-\(node.kind.rawValue)\">"
            out += "<a class=\"badge kind-\(node.kind.rawValue)\" href=\"#text_\(id)\">\(id)</a> "
            var kind = node.kind.rawValue
            if let caption = node.ordinalCaption { kind += " \u{00B7} " + caption }
            out += "<span class=\"kind\">\(ExportText.markup(kind))</span><br>"
            out += ExportText.markup(graph.slice(node.range))
            var relations: [String] = []
            for edge in outgoing[node.id] ?? [] {
                let target = ExportText.markup(edge.to)
                relations.append("<span class=\"rel-\(edge.relation.rawValue)\">\(edge.relation.rawValue)</span> <a href=\"#outline_\(target)\">\(target)</a>")
            }
            if !relations.isEmpty { out += "<span class=\"relations\">" + relations.joined(separator: ", ") + "</span>" }
            out += "</li>\n"
        }
        return out + "</ol>\n</aside>\n"
    }
}

private extension String {
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last.isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}
