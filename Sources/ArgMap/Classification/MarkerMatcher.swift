/// A lexicon marker found in a run of tokens, read in context.
struct FoundMarker: Sendable, Equatable {
    /// What the rules read of the lexicon entry (a plain value: marker arrays cost no reference counting).
    let entry: EntryFlags
    /// Token indices of the marker's words.
    let tokens: Range<Int>
    /// UTF-8 byte offsets in the document text.
    let range: Range<Int>
    /// The sense it was read in here (`nil`: no argumentative sense in this context).
    let sense: DiscourseSense?
    /// `true` when it stands among the opening words of the run (sentence or unit).
    let isInitial: Bool
    /// `true` when a clause break (`,` `;` `:` dash) comes right before it or before the
    /// coordinators ("and", "but") that precede it.
    let followsBreak: Bool
    /// The token index where the clause it opens starts (its leading coordinators included).
    let clauseStart: Int
}

/// Finds lexicon markers in tokens: longest match first, position constraints, context rules
/// for the ambiguous words ("since", "as", "while", "so", "first", "for").
enum MarkerMatcher {
    /// The markers of `tokens`, in text order; connectives with no sense here are left out.
    static func markers(in tokens: [Token], lexicon: Lexicon) -> [FoundMarker] {
        tokens.withUnsafeBufferPointer { markers(in: $0, lexicon: lexicon) }
    }

    /// The markers of a run of tokens, in text order; connectives with no sense here are left out.
    static func markers(in tokens: UnsafeBufferPointer<Token>, lexicon: Lexicon) -> [FoundMarker] {
        let table = lexicon.matcher
        return withExtendedLifetime(table) { markers(in: tokens, table: table) }
    }

    /// The markers of a run of tokens, written to an arena (no array per run): valid while the arena lives.
    static func markers(
        in tokens: UnsafeBufferPointer<Token>, lexicon: Lexicon, into arena: Arena<FoundMarker>
    ) -> UnsafeBufferPointer<FoundMarker> {
        let table = lexicon.matcher
        return withExtendedLifetime(table) {
            // a marker takes one token at least
            arena.run(capacity: tokens.count) { start in
                var count = 0
                scan(tokens, table: table) { marker in
                    (start + count).initialize(to: marker)
                    count += 1
                }
                return count
            }
        }
    }

    private static func markers(in tokens: UnsafeBufferPointer<Token>, table: MatcherTable) -> [FoundMarker] {
        var found: [FoundMarker] = []
        scan(tokens, table: table) { found.append($0) }
        return found
    }

    /// Calls `emit` with each marker of a run of tokens, in text order.
    @inline(__always)
    private static func scan(_ tokens: UnsafeBufferPointer<Token>, table: MatcherTable, emit: (FoundMarker) -> Void) {
        var initial = true
        var leadingWords = 0  // words before this one that are only openers ("and", "but")
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard token.isWord else {
                let mark = token.mark
                if mark != 0x2C && mark != 0x2D && mark != 0x28 && mark != 0x29 && mark != 0x22 {
                    initial = false
                }
                i += 1
                continue
            }
            // one probe gives both the entries this word opens and its grammar classes
            let slot = table.slot(for: token.hash)
            let index = table.firstMatch(of: slot, in: tokens, at: i)
            guard index >= 0 else {
                if !(initial && slot.classes & WordClass.opener.rawValue != 0) { initial = false }
                leadingWords += 1
                i += 1
                continue
            }
            let entry = table.candidates[index]
            let length = Int(entry.wordCount)
            let flags = table.flags[index]
            let (breakBefore, start) = clauseOpening(tokens, at: i, table: table)
            let atClause = i == 0 || start == 0 || breakBefore
            let allowed: Bool
            switch flags.position {
            case .sentenceInitial: allowed = initial
            case .clauseInitial: allowed = initial || atClause
            case .anywhere: allowed = true
            }
            var sense: DiscourseSense? = allowed ? flags.sense : nil
            if sense != nil, entry.context != .none {
                sense = read(entry.context, sense: flags.sense, tokens, at: i, length: length, table: table, atClause: atClause,
                             breakBefore: breakBefore, leadingWords: leadingWords)
            }
            if let sense {
                emit(FoundMarker(
                    entry: flags, tokens: i..<(i + length),
                    range: tokens[i].range.lowerBound..<tokens[i + length - 1].range.upperBound,
                    sense: sense, isInitial: initial, followsBreak: breakBefore, clauseStart: start))
            }
            if sense == nil || !initial { initial = initial && flags.position == .sentenceInitial && sense != nil }
            leadingWords += length
            i += length
        }
    }

    /// Whether a clause break precedes token `i` (skipping coordinators), and the clause's first token.
    /// (Not inlined: it runs once per found marker, and keeps the per-token loop small.)
    @inline(never) static func clauseOpening(_ tokens: UnsafeBufferPointer<Token>, at i: Int, table: MatcherTable) -> (Bool, Int) {
        var j = i - 1
        while j >= 0 {
            if table.classes(of: tokens[j]).contains(.coordinator) {
                j -= 1
            } else if tokens[j].mark == 0x2C, j > 0, table.classes(of: tokens[j - 1]).contains(.coordinator) {
                j -= 1  // ", and, moreover,"
            } else {
                break
            }
        }
        if j < 0 { return (false, 0) }
        return (tokens[j].isClauseBreak, j + 1)
    }

    static func onlyOpeners(_ tokens: UnsafeBufferPointer<Token>, before i: Int, table: MatcherTable) -> Bool {
        for k in 0..<i where tokens[k].isWord && !table.classes(of: tokens[k]).contains(.opener) { return false }
        return true
    }

    static func nextWord(_ tokens: UnsafeBufferPointer<Token>, after i: Int) -> Token? {
        i < tokens.count && tokens[i].isWord ? tokens[i] : nil
    }

    /// The sense of an ambiguous marker in context (`sense`, its default one, or `nil` when it is
    /// not a connective here). (Not inlined: it runs once per ambiguous marker, and keeps the per-token loop small.)
    @inline(never) static func read(
        _ rule: ContextRule, sense: DiscourseSense?, _ tokens: UnsafeBufferPointer<Token>, at i: Int, length: Int,
        table: MatcherTable, atClause: Bool, breakBefore: Bool, leadingWords: Int
    ) -> DiscourseSense? {
        let after = i + length
        let next = nextWord(tokens, after: after)
        // the classes of the next word (none when no word follows)
        let nextClasses = next.map { table.contextClasses(of: $0) } ?? []
        let nextIsComma = after < tokens.count && tokens[after].mark == 0x2C
        switch rule {
        case .since:
            // temporal: "since 2010", "since then", "ever since", "since January"
            if let next, next.startsWithNumber || nextClasses.contains(.timeWord) { return nil }
            if i > 0, table.contextClasses(of: tokens[i - 1]).contains(.everLong) { return nil }
            return sense
        case .asClause:
            if breakBefore && nextIsComma { return sense }  // ", as, due to ..., many banks"
            guard atClause, next != nil, !nextClasses.contains(.asNotCausal) else { return nil }
            if after + 1 < tokens.count, table.contextClasses(of: tokens[after + 1]).contains(.asManner) {
                return nil  // "as we know", "as it seen from Russia"
            }
            if !breakBefore && !nextClasses.contains(.subject) { return nil }
            return sense
        case .whileClause:
            guard atClause else { return nil }
            if let next, next.hasSuffix("ing") { return nil }  // "while studying"
            return sense
        case .soClause:
            guard atClause else { return nil }
            if nextClasses.contains(.soIntensified) { return nil }
            return sense
        case .forClause:
            guard atClause else { return nil }
            if nextIsComma { return sense }
            guard nextClasses.contains(.subject) else { return nil }
            return sense
        case .first, .theFirst:
            guard leadingWords == 0 || onlyOpeners(tokens, before: i, table: table) else { return nil }
            if nextIsComma { return sense }
            guard let next else { return nil }
            if rule == .theFirst { return nextClasses.contains(.listNoun) || next.hash == Grammar.isHash ? sense : nil }
            if nextClasses.contains(.firstNotEnumeration) { return nil }
            return next.isCapitalized || !nextClasses.isDisjoint(with: [.subject, .determiner]) ? sense : nil
        case .none:
            return sense
        }
    }
}

/// The grammar word classes the marker matcher reads: openers and coordinators in the lexicon's
/// first-word table (``MatcherTable/classes(of:)``, the probe that finds a word's entries), the
/// others, which only the context rules read, in a table of their own (``MatcherTable/contextClasses(of:)``).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16
    /// ``Grammar/openers``.
    static let opener = WordClass(rawValue: 1 << 0)
    /// Coordinating conjunctions that may precede a clause-opening marker.
    static let coordinator = WordClass(rawValue: 1 << 1)
    /// ``Grammar/subjects``.
    static let subject = WordClass(rawValue: 1 << 2)
    /// ``Grammar/determiners``.
    static let determiner = WordClass(rawValue: 1 << 3)
    /// Words after which "since" reads as time.
    static let timeWord = WordClass(rawValue: 1 << 4)
    /// Words after which "as" is not causal.
    static let asNotCausal = WordClass(rawValue: 1 << 5)
    /// Second words after "as" + subject that make it a manner clause.
    static let asManner = WordClass(rawValue: 1 << 6)
    /// Words after which "so" is an intensifier.
    static let soIntensified = WordClass(rawValue: 1 << 7)
    /// Words after which a sentence-initial "first" is an adjective.
    static let firstNotEnumeration = WordClass(rawValue: 1 << 8)
    /// ``Grammar/listNouns``.
    static let listNoun = WordClass(rawValue: 1 << 9)
    /// Words before "since" that make it temporal ("ever", "long").
    static let everLong = WordClass(rawValue: 1 << 10)
}

/// Small closed word classes the context rules need (grammar, not discourse markers).
enum Grammar {
    /// The word classes the marker matcher reads on every word, with their words (kept in the
    /// lexicon's first-word table).
    static let matcherClasses: [(WordClass, [String])] = [(.opener, openersList), (.coordinator, coordinatorsList)]

    /// The word classes only the context rules read, with their words (kept in a table of their own).
    static let contextClasses: [(WordClass, [String])] = [
        (.subject, subjectsList),
        (.determiner, determinersList),
        (.timeWord, timeWordsList),
        (.asNotCausal, asNotCausalList),
        (.asManner, asMannerList),
        (.soIntensified, soIntensifiedList),
        (.firstNotEnumeration, firstNotEnumerationList),
        (.listNoun, listNounsList),
        (.everLong, everLongList),
    ]

    /// The word set of these words.
    private static func set(_ words: [String]) -> WordSet { WordSet(hashes: words.map { Tokenizer.wordHash($0.utf8) }) }
    /// Words that may open a sentence without ending its "initial" stretch.
    static let openers = set(openersList)
    private static let openersList: [String] = ["and", "but", "or", "so", "yet", "well", "now", "no", "yes", "oh", "ok"]
    /// Coordinating conjunctions that may precede a clause-opening marker.
    private static let coordinatorsList: [String] = ["and", "but", "or", "nor", "yet"]
    /// Subject words: a clause follows.
    static let subjects = set(subjectsList)
    private static let subjectsList: [String] = [
        "i", "we", "you", "he", "she", "it", "they", "there", "this", "that", "these", "those", "one", "no",
        "nobody", "everyone", "everybody", "people", "such", "it's", "they're", "we're", "there's", "i'm", "he's",
        "she's", "you're", "many", "most", "some", "all", "both", "each",
    ]
    /// Determiners that open a noun phrase subject.
    static let determiners = set(determinersList)
    private static let determinersList: [String] = ["the", "a", "an", "our", "their", "his", "her", "its", "my", "your", "any", "every"]
    /// Words after which "since" reads as time.
    private static let timeWordsList: [String] = [
        "then", "last", "early", "earlier", "childhood", "yesterday", "birth", "ever", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "decades", "years",
    ]
    /// Words after which "as" is not causal (comparison, role, manner).
    private static let asNotCausalList: [String] = [
        "well", "long", "soon", "if", "though", "far", "much", "many", "such", "to", "of", "for", "in", "with", "part",
        "a", "an", "opposed", "usual", "always", "ever", "before", "per", "mentioned", "expected", "noted", "shown",
        "said", "seen", "described", "follows", "regards", "good", "bad", "little", "few", "large", "big", "high",
        "low", "important", "equal", "compared", "against", "its", "his", "her", "their", "our", "my",
    ]
    /// Second words after "as" + subject that make it a manner clause ("as we know").
    private static let asMannerList: [String] = [
        "seen", "known", "said", "know", "see", "noted", "mentioned", "shown", "expected", "stated", "reported",
        "say", "put", "argued", "suggested",
    ]
    /// Words after which "so" is an intensifier or part of another phrase.
    private static let soIntensifiedList: [String] = [
        "much", "many", "few", "little", "far", "long", "often", "well", "called", "to", "as", "very", "too",
        "good", "bad", "important", "easy", "hard", "difficult", "great", "big", "small", "large", "high", "low",
        "strong", "weak", "sure", "massive", "simple", "serious",
    ]
    /// Words after which a sentence-initial "first" is an adjective or part of a phrase.
    private static let firstNotEnumerationList: [String] = [
        "time", "thing", "things", "step", "steps", "place", "half", "world", "class", "lady", "minister", "and",
        "of", "one", "few", "two", "three", "day", "days", "year", "years", "week", "month", "person", "hand",
        "sight", "glance", "round", "quarter", "aid", "name", "impression", "impressions", "light",
    ]
    /// Nouns of list announcements ("several reasons") and of "the first reason".
    static let listNouns = set(listNounsList)
    private static let listNounsList: [String] = [
        "reason", "reasons", "explanation", "explanations", "argument", "arguments", "factor", "factors", "way",
        "ways", "point", "points", "problem", "problems", "cause", "causes", "ground", "grounds", "question",
        "questions", "issue", "issues", "aspect", "aspects", "benefit", "benefits", "advantage", "advantages",
        "disadvantage", "disadvantages", "objection", "objections", "step", "steps", "lesson", "lessons",
        "consideration", "considerations", "concern", "concerns", "things", "thing", "motives", "motive", "parts",
        "features", "elements", "measures", "components", "principles", "proposals", "changes", "pillars", "options",
        "example", "examples", "lesson", "danger", "dangers", "risk", "risks", "mistake", "mistakes", "myth", "myths",
    ]
    /// Quantity words of list announcements ("several", "three").
    static let listQuantities: WordSet = [
        "several", "many", "number", "few", "two", "three", "four", "five", "six", "various", "some", "following",
        "multiple", "numerous", "key", "main", "couple",
    ]
    /// Words that open a coordinated clause after ", and" besides subjects (questions, "others").
    static let clauseOpeners: WordSet = ["how", "what", "who", "why", "where", "others"]
    /// Subjects of a reported view ("Some say", "Many people think").
    static let othersSubjects: WordSet = ["some", "many", "others", "critics", "opponents", "proponents", "most"]
    /// Verbs of thinking and saying.
    static let viewVerbs: WordSet = [
        "think", "believe", "assume", "argue", "claim", "say", "find", "see", "worry", "fear", "feel", "consider",
        "regard", "point", "object", "insist", "suggest", "maintain", "hold", "contend", "complain", "suspect",
    ]
    /// Third-person forms of the verbs of thinking and saying.
    static let viewVerbForms: WordSet = [
        "thinks", "believes", "assumes", "argues", "claims", "says", "finds", "sees", "worries", "fears", "feels",
        "considers", "insists", "suggests", "maintains", "contends", "complains", "warns", "warn", "object", "objects",
        "thought", "believed", "assumed", "argued", "claimed", "found", "worried", "feared", "felt", "considered",
        "insisted", "suggested", "maintained", "contended", "complained", "warned", "objected", "predicted",
    ]
    /// Verbs that report speech in news ("the council said"): a statement carrying one is reported, not argued.
    static let reportingVerbs: WordSet = [
        "said", "says", "announced", "told", "added", "stated", "reported", "according", "confirmed", "explained",
    ]
    /// Pronouns of the author and the reader.
    static let firstAndSecondPerson: WordSet = ["i", "we", "you", "my", "our", "your", "me", "us"]
    /// Words after "but" that continue a phrase rather than open a clause ("but rather", "not X but only").
    static let butPhrase: WordSet = ["rather", "not", "only", "merely", "simply", "instead", "constant"]
    /// Words that open a phrase appended to a clause, not a main clause ("..., according to").
    static let appendedPhrase: WordSet = [
        "according", "particularly", "especially", "including", "which", "who", "whose", "etc", "such", "for",
        "e.g", "i.e", "however", "though", "too", "not", "in", "at", "on", "with", "by", "from", "of",
    ]
    /// Focus words of "not just X but Y".
    static let focusWords: WordSet = ["just", "only", "merely", "simply", "solely"]
    /// Modal verbs that hedge a statement (a hedged statement before a contrast is a concession).
    static let hedges: WordSet = ["may", "might", "perhaps", "possibly", "potentially"]
    /// Forms of an emphatic "do" ("patients do often report").
    static let emphaticDo: WordSet = ["do", "does", "did"]
    /// "and" and "or", which join a parallel clause.
    static let andOr: WordSet = ["and", "or"]
    /// The hash of "not".
    static let notHash = Tokenizer.wordHash("not".utf8)
    /// The hash of "is".
    static let isHash = Tokenizer.wordHash("is".utf8)
    /// The hash of "and".
    static let andHash = Tokenizer.wordHash("and".utf8)
    /// The hash of "but".
    static let butHash = Tokenizer.wordHash("but".utf8)
    /// Words before "since" that make it temporal ("ever since", "long since").
    private static let everLongList: [String] = ["ever", "long"]
    /// Words before a focus word that make "not just X, but Y".
    static let notFocus: WordSet = ["not", "longer", "no"]
}
