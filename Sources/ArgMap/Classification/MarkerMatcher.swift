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
        var found: [FoundMarker] = []
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
            var matched: (entry: EntryRef, length: Int)?
            if let candidates = lexicon.candidates(for: token) {
                for index in candidates {
                    let entry = lexicon.refs[index]
                    if matches(entry.hashes, tokens, at: i) {
                        matched = (entry, entry.words.count)
                        break
                    }
                }
            }
            guard let (entry, length) = matched else {
                if !(initial && Grammar.openers.contains(token)) { initial = false }
                leadingWords += 1
                i += 1
                continue
            }
            let (breakBefore, start) = clauseOpening(tokens, at: i)
            let atClause = i == 0 || start == 0 || breakBefore
            let allowed: Bool
            switch entry.position {
            case .sentenceInitial: allowed = initial
            case .clauseInitial: allowed = initial || atClause
            case .anywhere: allowed = true
            }
            var sense: DiscourseSense? = allowed ? entry.sense : nil
            if sense != nil, let context = entry.context {
                sense = read(context, entry: entry, tokens, at: i, length: length, atClause: atClause,
                             breakBefore: breakBefore, isFirstWord: leadingWords == 0 || onlyOpeners(tokens, before: i))
            }
            if let sense {
                found.append(FoundMarker(
                    entry: entry.flags, tokens: i..<(i + length),
                    range: tokens[i].range.lowerBound..<tokens[i + length - 1].range.upperBound,
                    sense: sense, isInitial: initial, followsBreak: breakBefore, clauseStart: start))
            }
            if sense == nil || !initial { initial = initial && entry.position == .sentenceInitial && sense != nil }
            leadingWords += length
            i += length
        }
        return found
    }

    /// `true` when the words with these word hashes stand at token `i`.
    static func matches(_ hashes: [UInt64], _ tokens: UnsafeBufferPointer<Token>, at i: Int) -> Bool {
        guard i + hashes.count <= tokens.count else { return false }
        for (k, hash) in hashes.enumerated() {
            let token = tokens[i + k]
            guard token.isWord, token.hash == hash else { return false }
        }
        return true
    }

    /// Whether a clause break precedes token `i` (skipping coordinators), and the clause's first token.
    static func clauseOpening(_ tokens: UnsafeBufferPointer<Token>, at i: Int) -> (Bool, Int) {
        var j = i - 1
        while j >= 0 {
            if tokens[j].isWord, Grammar.coordinators.contains(tokens[j]) {
                j -= 1
            } else if tokens[j].mark == 0x2C, j > 0, tokens[j - 1].isWord, Grammar.coordinators.contains(tokens[j - 1]) {
                j -= 1  // ", and, moreover,"
            } else {
                break
            }
        }
        if j < 0 { return (false, 0) }
        return (tokens[j].isClauseBreak, j + 1)
    }

    static func onlyOpeners(_ tokens: UnsafeBufferPointer<Token>, before i: Int) -> Bool {
        for k in 0..<i where tokens[k].isWord && !Grammar.openers.contains(tokens[k]) { return false }
        return true
    }

    static func nextWord(_ tokens: UnsafeBufferPointer<Token>, after i: Int) -> Token? {
        i < tokens.count && tokens[i].isWord ? tokens[i] : nil
    }

    /// The sense of an ambiguous marker in context, or `nil` when it is not a connective here.
    static func read(
        _ context: String, entry: EntryRef, _ tokens: UnsafeBufferPointer<Token>, at i: Int, length: Int,
        atClause: Bool, breakBefore: Bool, isFirstWord: Bool
    ) -> DiscourseSense? {
        let after = i + length
        let next = nextWord(tokens, after: after)
        let nextIsComma = after < tokens.count && tokens[after].mark == 0x2C
        switch context {
        case "since":
            // temporal: "since 2010", "since then", "ever since", "since January"
            if let next, next.startsWithNumber || Grammar.timeWords.contains(next) { return nil }
            if i > 0, Grammar.everLong.contains(tokens[i - 1]) { return nil }
            return entry.sense
        case "as":
            if breakBefore && nextIsComma { return entry.sense }  // ", as, due to ..., many banks"
            guard atClause, let next, !Grammar.asNotCausal.contains(next) else { return nil }
            if after + 1 < tokens.count, tokens[after + 1].isWord, Grammar.asManner.contains(tokens[after + 1]) {
                return nil  // "as we know", "as it seen from Russia"
            }
            if !breakBefore && !Grammar.subjects.contains(next) { return nil }
            return entry.sense
        case "while":
            guard atClause else { return nil }
            if let next, next.hasSuffix("ing") { return nil }  // "while studying"
            return entry.sense
        case "so":
            guard atClause else { return nil }
            if let next, Grammar.soIntensified.contains(next) { return nil }
            return entry.sense
        case "for":
            guard atClause else { return nil }
            if nextIsComma { return entry.sense }
            guard let next, Grammar.subjects.contains(next) else { return nil }
            return entry.sense
        case "first":
            guard isFirstWord else { return nil }
            if nextIsComma { return entry.sense }
            guard let next else { return nil }
            if entry.words.first == "the" { return Grammar.listNouns.contains(next) || next.hash == Grammar.isHash ? entry.sense : nil }
            if Grammar.firstNotEnumeration.contains(next) { return nil }
            return next.isCapitalized || Grammar.subjects.contains(next) || Grammar.determiners.contains(next)
                ? entry.sense : nil
        default:
            return entry.sense
        }
    }
}

/// Small closed word classes the context rules need (grammar, not discourse markers).
enum Grammar {
    /// Words that may open a sentence without ending its "initial" stretch.
    static let openers: WordSet = ["and", "but", "or", "so", "yet", "well", "now", "no", "yes", "oh", "ok"]
    /// Coordinating conjunctions that may precede a clause-opening marker.
    static let coordinators: WordSet = ["and", "but", "or", "nor", "yet"]
    /// Subject words: a clause follows.
    static let subjects: WordSet = [
        "i", "we", "you", "he", "she", "it", "they", "there", "this", "that", "these", "those", "one", "no",
        "nobody", "everyone", "everybody", "people", "such", "it's", "they're", "we're", "there's", "i'm", "he's",
        "she's", "you're", "many", "most", "some", "all", "both", "each",
    ]
    /// Determiners that open a noun phrase subject.
    static let determiners: WordSet = ["the", "a", "an", "our", "their", "his", "her", "its", "my", "your", "any", "every"]
    /// Words after which "since" reads as time.
    static let timeWords: WordSet = [
        "then", "last", "early", "earlier", "childhood", "yesterday", "birth", "ever", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "decades", "years",
    ]
    /// Words after which "as" is not causal (comparison, role, manner).
    static let asNotCausal: WordSet = [
        "well", "long", "soon", "if", "though", "far", "much", "many", "such", "to", "of", "for", "in", "with", "part",
        "a", "an", "opposed", "usual", "always", "ever", "before", "per", "mentioned", "expected", "noted", "shown",
        "said", "seen", "described", "follows", "regards", "good", "bad", "little", "few", "large", "big", "high",
        "low", "important", "equal", "compared", "against", "its", "his", "her", "their", "our", "my",
    ]
    /// Second words after "as" + subject that make it a manner clause ("as we know").
    static let asManner: WordSet = [
        "seen", "known", "said", "know", "see", "noted", "mentioned", "shown", "expected", "stated", "reported",
        "say", "put", "argued", "suggested",
    ]
    /// Words after which "so" is an intensifier or part of another phrase.
    static let soIntensified: WordSet = [
        "much", "many", "few", "little", "far", "long", "often", "well", "called", "to", "as", "very", "too",
        "good", "bad", "important", "easy", "hard", "difficult", "great", "big", "small", "large", "high", "low",
        "strong", "weak", "sure", "massive", "simple", "serious",
    ]
    /// Words after which a sentence-initial "first" is an adjective or part of a phrase.
    static let firstNotEnumeration: WordSet = [
        "time", "thing", "things", "step", "steps", "place", "half", "world", "class", "lady", "minister", "and",
        "of", "one", "few", "two", "three", "day", "days", "year", "years", "week", "month", "person", "hand",
        "sight", "glance", "round", "quarter", "aid", "name", "impression", "impressions", "light",
    ]
    /// Nouns of list announcements ("several reasons") and of "the first reason".
    static let listNouns: WordSet = [
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
    static let everLong: WordSet = ["ever", "long"]
    /// Words before a focus word that make "not just X, but Y".
    static let notFocus: WordSet = ["not", "longer", "no"]
}
