/// What each Corpus article was written to exercise, in terms of its argument graph.
/// Phrases are exact substrings of the article text (typographic quotes included); a node "containing"
/// a phrase is the first node, in text order, whose text contains it.
enum ShapeFeature: Sendable, Hashable {
    /// The thesis node contains one of the phrases: the standfirst (when the ingester keeps it in the body), the
    /// statement in the body, or its restatement in the conclusion.
    case thesis([String])
    /// The text argues for nothing: no thesis, no counterpoint, no rebuttal, no attack.
    case noArgument
    /// A numbered list whose members, in order, contain the phrases (positions 1...n, one list, no other
    /// member); each member supports the node containing `supports`, when given; a nested list's members
    /// name the node containing `parent` as their parent.
    case list(members: [String], supports: String?, parent: String?)
    /// The node containing `rebuttal` is a rebuttal that attacks a counterpoint containing one of `counter`.
    case attack(counter: [String], rebuttal: String)
    /// The node containing `from` supports the node containing `to` (a reason clause split from its claim).
    case support(from: String, to: String)
    /// The node containing `phrase` carries the marker (case-insensitive) read in this sense.
    case marker(phrase: String, marker: String, sense: String)
    /// No node containing `phrase` carries the marker in this sense ("Since 2023" is temporal, not a reason).
    case noMarker(phrase: String, marker: String, sense: String)
    /// Exactly one node contains the phrase, and it lists `count` occurrences (a repeated pull quote).
    case repeated(String, count: Int)
    /// The body text contains the phrase.
    case present(String)
    /// Neither the body text nor any node contains the phrase (boilerplate, captions, bios, comments).
    case absent(String)
    /// Metadata: the title contains the phrase.
    case title(String)
    /// Metadata: the byline contains the phrase.
    case byline(String)
    /// Metadata: the publication date starts with this ISO date (checked on the HTML page only: the pasted
    /// text has the date in words, when at all).
    case published(String)
    /// The body text has no U+FFFD and no C1 control characters (charset decoded correctly).
    case cleanDecoding
    /// A crosshead: a heading block of the body with exactly this text, and never a node.
    case crosshead(String)

    var summary: String {
        switch self {
        case .thesis(let p): "thesis: \(p[0])"
        case .noArgument: "no argument"
        case .list(let m, _, let parent): parent == nil ? "list: \(m[0]) (+\(m.count - 1))" : "nested list under: \(parent ?? "")"
        case .attack(_, let r): "rebuttal: \(r)"
        case .support(let f, let t): "support: \(f) -> \(t)"
        case .marker(let p, let m, let s): "marker \(m) (\(s)): \(p)"
        case .noMarker(let p, let m, let s): "no marker \(m) (\(s)): \(p)"
        case .repeated(let p, let c): "\(c) occurrences: \(p)"
        case .present(let p): "present: \(p)"
        case .absent(let p): "absent: \(p)"
        case .title(let p): "title: \(p)"
        case .byline(let p): "byline: \(p)"
        case .published(let p): "published: \(p)"
        case .cleanDecoding: "clean decoding"
        case .crosshead(let p): "crosshead: \(p)"
        }
    }

    /// The phrases that must occur in the article's text file (a typo guard for this table).
    var positivePhrases: [String] {
        switch self {
        case .thesis(let p): p
        case .list(let m, let s, let parent): m + [s, parent].compactMap { $0 }.filter { $0 != CorpusShapes.thesis }
        case .attack(let c, let r): c + [r]
        case .support(let f, let t): [f, t].filter { $0 != CorpusShapes.thesis }
        case .marker(let p, _, _), .noMarker(let p, _, _), .repeated(let p, _), .present(let p): [p]
        case .title(let p), .byline(let p), .crosshead(let p): [p]
        case .noArgument, .absent, .published, .cleanDecoding: []
        }
    }
}

enum CorpusShapes {
    /// In `list(supports:)` and `support(to:)`: the graph's thesis node, whichever statement of the thesis it is.
    static let thesis = "<thesis>"

    /// Boilerplate on every page: cookie banner, newsletter box, ads, footer, trending box, pasted furniture.
    static let boilerplate: [ShapeFeature] = [
        .absent("We use cookies"), .absent("Sign up for our free newsletter"), .absent("Advertisement"),
        .absent("All rights reserved"), .absent("Council approves budget after late-night session"),
        .absent("Trending now"), .absent("Privacy policy"), .cleanDecoding,
        // pasted page furniture
        .absent("Enable Read mode"), .absent("100% Font Size"), .absent("Published:"), .absent("Listen to this article"),
        .absent("A A A"), .absent("Tweet"),
    ]

    /// The date as the pages print it ("3 March 2025"), which must not reach the body either.
    static func printedDate(_ iso: String) -> String? {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return nil }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    /// The designed features of each article, by name.
    static let table: [String: [ShapeFeature]] = [
        "01-congestion-charge": [
            .thesis(["A modest congestion charge would clear the streets", "Riverton should introduce a congestion charge", "the council should vote for the charge"]),
            .list(members: ["a charge would cut traffic where it hurts most", "the money would pay for the alternative",
                            "cleaner air would save lives"], supports: "There are three good reasons to do it", parent: nil),
            .marker(phrase: "a charge would cut traffic where it hurts most", marker: "First", sense: "enumeration"),
            .attack(counter: ["a charge would punish low-paid workers"], rebuttal: "tells a different story"),
            .attack(counter: ["Shopkeepers fear that customers will stay away", "It is an understandable worry"],
                    rebuttal: "footfall in priced city centres has generally held up"),
            .support(from: "a small daily fee persuades the drivers", to: "have seen traffic fall"),
            .support(from: "the centre sits in a shallow valley", to: "exhaust fumes collect there"),
            .marker(phrase: "the council should vote for the charge", marker: "Therefore", sense: "result"),
            .absent("Morning traffic queues on the Stone Bridge"), .absent("is a transport planner who chaired"),
            .absent("do not necessarily reflect the position"), .absent("Bridge repairs to close two lanes"),
            .absent("Top Content Trending"),
            .crosshead("The objections"), .title("Riverton should charge drivers to enter its centre"), .byline("Helen Marsh"), .published("2025-03-14"),
        ],
        "02-four-day-school-week": [
            .thesis(["Eastbrook should keep the five-day week", "should not adopt a four-day school week", "deserve five full days of school"]),
            .list(members: ["longer days do not make up for a lost day", "the Friday gap lands on working parents",
                            "the plan would hurt the children who rely on school most"],
                  supports: CorpusShapes.thesis, parent: nil),
            .marker(phrase: "the Friday gap lands on working parents", marker: "Secondly", sense: "enumeration"),
            .attack(counter: ["a shorter week would trim the bus and heating bills"],
                    rebuttal: "the savings in districts that have tried it have been small"),
            .marker(phrase: "I will be at the board meeting", marker: "That is why", sense: "result"),
            .absent("Completely disagree"), .absent("my kids would love Fridays off"),
            .absent("The author ignores the rural districts"), .absent("Leave a Reply"), .absent("thoughts on"),
            .absent("has taught mathematics at Eastbrook High School"), .absent("not those of the Eastbrook Voice editorial board"),
            .absent("Pupils leave Eastbrook Middle School"), .absent("Teacher vacancies hit a ten-year high"), .absent("Share this:"),
            .crosshead("What the board should do instead"), .title("A four-day school week would shortchange"), .byline("Daniel Okafor"), .published("2025-03-03"),
        ],
        "03-heat-pump-grants": [
            .thesis(["it should go to heat pumps instead", "grant should be switched to heat pumps", "the grant should follow the technology"]),
            .list(members: ["One reason to back heat pumps is the running cost", "Another reason is that the boilers we subsidise",
                            "A third reason is local jobs"], supports: CorpusShapes.thesis, parent: nil),
            .attack(counter: ["a heat pump costs more to buy and install"], rebuttal: "that gap is exactly what a grant exists to close"),
            .support(from: "they are three times as efficient as the best boiler", to: "pays less over a year"),
            .marker(phrase: "the grant should follow the technology", marker: "Thus", sense: "result"),
            .present("€4,000"), .present("a well-insulated home pays less over a year — about €350 less"),
            .present("Café Lindström"), .present("this winter\u{2019}s prices"),
            .absent("An air-source heat pump outside a terraced house"), .absent("Lars Eng"),
            .absent("is an energy engineer and writes a monthly column"), .absent("not necessarily those of the Gazette"),
            .absent("Printer-friendly version"), .absent("Related stories"),
            .crosshead("The cost question"), .title("Subsidise heat pumps, not gas boilers"), .byline("Ingrid Solberg"), .published("2024-10-21"),
        ],
        "04-vacancy-tax": [
            .thesis(["A vacancy tax would put Valmorée", "should tax homes that are left empty for more than a year", "should adopt the vacancy tax"]),
            .list(members: ["a vacancy tax targets the problem directly", "the tax raises money where the pressure is greatest",
                            "the measure is fair"], supports: CorpusShapes.thesis, parent: nil),
            .marker(phrase: "the tax raises money where the pressure is greatest", marker: "Furthermore", sense: "addition"),
            .attack(counter: ["some homes are empty for good reasons"], rebuttal: "a well-written law can deal with them"),
            .attack(counter: ["tax would breach property rights"], rebuttal: "nobody is told what to do with their property"),
            .support(from: "the tax is proportional and can be avoided", to: "it is hard to call it confiscation"),
            .present("Rue Thérèse"), .present("façades"), .present("Saint-Médard"), .present("Valmorée"),
            .absent("Shuttered windows"), .absent("René Aubé"), .absent("is an urban economist at the Université de Valmorée"),
            .absent("Guest columns express the opinions"), .absent("Rents in the old quarter up 11%"), .absent("About the author"),
            .crosshead("The objections"), .title("Empty flats should pay their way"), .byline("Hélène Dufresne-Müller"), .published("2024-11-08"),
        ],
        "05-stadium-subsidy": [
            .thesis(["The city should walk away from a $310 million deal", "should refuse to put public money into the new stadium", "the council should vote down the subsidy"]),
            .list(members: ["Stadiums do not create new spending", "The jobs are few and seasonal",
                            "The risk falls on taxpayers while the profits go to the club"],
                  supports: "The case against the subsidy rests on three points", parent: nil),
            .attack(counter: ["a new ground would put Harbourside on the map", "Perhaps it would"],
                    rebuttal: "a city earns its reputation through good schools"),
            .marker(phrase: "the council should vote down the subsidy", marker: "Therefore", sense: "result"),
            .absent("impression of the proposed waterfront stadium"), .absent("is a sports economist and a lifelong season-ticket holder"),
            .absent("This is an opinion column"), .absent("Mariners unveil stadium design"), .absent("Share this:"),
            .crosshead("A better deal"), .title("Not one more public dollar for the Harbourside stadium"), .byline("Marcus Whitfield"), .published("2025-06-02"),
        ],
        "06-phones-in-schools": [
            .thesis(["Schools should ban smartphones from the first bell to the last", "should ban smartphones for the whole school day", "every school in the county should lock the phones away"]),
            .list(members: ["Phones wreck concentration", "Phones harm wellbeing", "A ban is fair to every child"],
                  supports: "The argument for a ban comes down to three things", parent: nil),
            .list(members: ["Bullying follows children from the playground", "Breaks without screens are louder"],
                  supports: nil, parent: "Phones harm wellbeing"),
            .attack(counter: ["many parents want to be able to reach their children"], rebuttal: "the school office has a telephone"),
            .marker(phrase: "many parents want to be able to reach their children", marker: "Granted", sense: "concession"),
            .support(from: "a phone is either in the locker or it is not", to: "A ban is also easier to enforce"),
            .marker(phrase: "every school in the county should lock the phones away", marker: "Therefore", sense: "result"),
            .absent("Phones in a locker at a school that already bans them"), .absent("is the head teacher of a secondary school"),
            .absent("The opinions in this article are"), .absent("Read also"),
            .absent("How one school went phone-free"),
            .crosshead("Starting in September"), .title("Phones should stay in the locker"), .byline("Ruth Adeyemi"), .published("2025-01-19"),
        ],
        "07-kings-road-bus-lane": [
            .thesis(["scrapping it would punish the people who use it most", "The Kings Road bus lane must stay", "the lane must stay"]),
            .repeated("A bus lane that saves 2,000 passengers ten minutes a day is worth more than forty parking spaces", count: 2),
            .support(from: "it does exactly what it was built to do", to: "The Kings Road bus lane must stay"),
            .support(from: "most of those drivers are making trips that the buses could carry", to: "the answer is better buses"),
            .attack(counter: ["the lane took away the parking outside their shops", "That is true"],
                    rebuttal: "the loss has to be weighed against the gain"),
            .marker(phrase: "the lane must stay", marker: "That is why", sense: "result"),
            .absent("A number 12 bus in the Kings Road lane"), .absent("drives the number 12 bus and is a branch secretary"),
            .absent("do not necessarily reflect the position"), .absent("Traders call for end to bus lane"),
            .crosshead("What should change"), .title("Keep the Kings Road bus lane"), .byline("Owen Bright"), .published("2025-05-09"),
        ],
        "08-library-opening-hours": [
            .noArgument,
            .present("Central Library will open on Sundays from 6 April"),
            .present("\u{201C}I work on Saturdays, so Sunday is my only full day to revise,\u{201D} she said."),
            .absent("The reading room of Central Library"), .absent("Sam Holt"), .absent("Most read"),
            .absent("More on this story"), .absent("Related topics"), .absent("Sign in"),
            .title("Central Library to open on Sundays from April"), .byline("Priya Natarajan"), .published("2025-02-26"),
        ],
        "09-sugar-tax": [
            .thesis(["so the government should make it bigger", "should now double the tax on sugary drinks", "the next budget should both double the rate"]),
            .list(members: ["the levy has done what it promised", "the problem it targets has not gone away", "the money is well spent"],
                  supports: CorpusShapes.thesis, parent: nil),
            .marker(phrase: "the problem it targets has not gone away", marker: "In addition", sense: "addition"),
            .attack(counter: ["the tax hits poorer households hardest"],
                    rebuttal: "poorer families also suffer most from diet-related illness"),
            .support(from: "they spend a bigger share of their income on food and drink", to: "the tax hits poorer households hardest"),
            .support(from: "it charged producers by the amount of sugar per litre", to: "it gave them a reason to reformulate"),
            .support(from: "the tax falls on products rather than people", to: "anyone can avoid it by choosing a different drink"),
            .marker(phrase: "the next budget should both double the rate", marker: "Thus", sense: "result"),
            .absent("Soft drinks on a supermarket shelf"), .absent("is a paediatrician at Westmarch General Hospital"),
            .absent("Views expressed in opinion articles"), .absent("Posted by"), .absent("You may also like"), .absent("0 comments"),
            .crosshead("The next step"), .title("Double the sugar tax"), .byline("Samuel Achterberg"), .published("2024-09-12"),
        ],
        "10-remote-work": [
            .thesis(["Blanket return-to-office orders cost firms their best people", "should stop forcing staff back to the office five days a week", "the blanket orders should be withdrawn"]),
            .list(members: ["The first reason is talent", "The second reason is that the productivity case", "The third reason is cost"],
                  supports: CorpusShapes.thesis, parent: nil),
            .attack(counter: ["junior staff learn less when their colleagues are at home"],
                    rebuttal: "the answer is to plan the days when teams gather"),
            .attack(counter: ["some jobs cannot be done remotely at all"], rebuttal: "nobody proposes that nurses or machinists work from home"),
            .marker(phrase: "some jobs cannot be done remotely at all", marker: "It is true that", sense: "concession"),
            .marker(phrase: "the blanket orders should be withdrawn", marker: "That is why", sense: "result"),
            .absent("Empty desks on a Friday"), .absent("advises companies on workplace policy"),
            .absent("publishes a range of views"), .absent("Bank orders staff back five days a week"),
            .crosshead("A simple rule"), .title("Stop forcing staff back to the office"), .byline("Lena Kowalczyk"), .published("2025-04-15"),
        ],
        "11-helmet-law": [
            .thesis(["Compulsory helmets put people off cycling", "A helmet law would do more harm than good", "should go into protected cycle lanes"]),
            .attack(counter: ["a helmet reduces the risk of a serious head injury"], rebuttal: "a law is not the same thing as a helmet"),
            .attack(counter: ["every head injury is a tragedy"], rebuttal: "the best protection is to separate bikes from heavy traffic"),
            .marker(phrase: "every head injury is a tragedy", marker: "Of course", sense: "concession"),
            .support(from: "casual riders and bike-share users simply stop", to: "the number of people cycling has fallen sharply"),
            .marker(phrase: "should go into protected cycle lanes", marker: "Therefore", sense: "result"),
            .absent("Commuters on the new seafront cycle track"), .absent("is a public health researcher who rides to work"),
            .absent("Opinions expressed are those of the author"), .absent("About the author"), .absent("More from Opinion"),
            .title("A helmet law would do more harm than good"), .byline("Tomás Riordan"), .published("2025-07-01"),
        ],
        "12-ai-in-classrooms": [
            .thesis(["Banning chatbots from schools will fail", "Schools should teach pupils to use AI tools well", "should replace their bans with a clear policy"]),
            .list(members: ["bans cannot be enforced", "pupils will need these skills", "using AI well is itself a lesson in thinking"],
                  supports: CorpusShapes.thesis, parent: nil),
            .support(from: "nobody can reliably tell whether a chatbot helped", to: "a ban mostly punishes the pupils who obey it"),
            .marker(phrase: "nobody can reliably tell whether a chatbot helped", marker: "Since", sense: "cause"),
            .noMarker(phrase: "AI chatbots have been able to write a passable school essay", marker: "Since", sense: "cause"),
            .attack(counter: ["pupils will stop learning to write", "That fear deserves respect"],
                    rebuttal: "it argues for changing how we assess writing"),
            .marker(phrase: "should replace their bans with a clear policy", marker: "That is why", sense: "result"),
            .absent("Pupils at Hollins Academy"), .absent("is professor of education at Northfield University"),
            .absent("not necessarily those of the Gazette"), .absent("Printer-friendly version"),
            .title("Teach pupils to use AI instead of pretending it does not exist"), .byline("Alan Mercer"), .published("2025-02-10"),
        ],
        "13-night-trains": [
            .thesis(["the state should help restart them", "governments should help to pay for it", "It is time to bring them back", "governments should do two things"]),
            .list(members: ["night trains compete with planes where planes do the most damage",
                            "sleepers are better value for travellers than they look", "the trains already exist, or nearly",
                            "demand is there"], supports: CorpusShapes.thesis, parent: nil),
            .marker(phrase: "demand is there", marker: "Lastly", sense: "enumeration"),
            .list(members: ["a night on the train replaces a night in a hotel", "the train arrives in the city centre in the morning"],
                  supports: nil, parent: "sleepers are better value for travellers than they look"),
            .attack(counter: ["sleeper trains are expensive to run"],
                    rebuttal: "the comparison is unfair while airlines pay no tax on their fuel"),
            .marker(phrase: "sleeper trains are expensive to run", marker: "Admittedly", sense: "concession"),
            .support(from: "Short flights burn a large share of their fuel", to: "produces several times the emissions"),
            .absent("A sleeper train waiting at the platform"), .absent("writes about travel and transport policy"),
            .absent("publishes opinions from a range of contributors"), .absent("Posted by"), .absent("You may also like"),
            .crosshead("The money problem"), .title("Bring back the night trains"), .byline("Clara Vogt"), .published("2024-12-04"),
        ],
        "14-municipal-broadband": [
            .thesis(["the town should connect itself", "should stop waiting and build a public fibre network", "the council should commission a full business plan"]),
            .support(from: "the market has decided not to provide it here", to: "the town must"),
            .support(from: "a fast connection is now basic infrastructure", to: CorpusShapes.thesis),
            .attack(counter: ["a small council cannot run a telecoms business"], rebuttal: "the council would not need to"),
            .marker(phrase: "a small council cannot run a telecoms business", marker: "Critics argue that", sense: "concession"),
            .marker(phrase: "the council should commission a full business plan", marker: "That is why", sense: "result"),
            .absent("A technician splicing fibre-optic cable"), .absent("runs a small software company in Hollowmere"),
            .absent("not those of the Eastbrook Voice editorial board"), .absent("Telecoms firm delays rural upgrade again"),
            .absent("Share this:"),
            .title("Hollowmere should build its own fibre network"), .byline("Greta Lindqvist"), .published("2025-08-20"),
        ],
        "15-ashford-water": [
            .thesis(["Fix the pipes, meter every home and store the winter rain", "Ashford must treat water as the scarce resource it has become",
                     "Ashford must fix its pipes, meter its homes and build its storage now"]),
            .list(members: ["Fix the pipes: cut leakage", "Meter every home: charge every household",
                            "Store the winter rain: build the Harrow valley reservoir"], supports: "it has three parts", parent: nil),
            .list(members: ["every litre saved from leakage is a litre", "leaks damage the city",
                            "fixing leaks is the fairest place to begin"],
                  supports: "There are several reasons to start with the pipes", parent: nil),
            .list(members: ["One reason to meter every home", "Another reason is fairness", "A third reason is information"],
                  supports: nil, parent: nil),
            .list(members: ["A free or very cheap allowance for essential use", "A social tariff that caps bills",
                            "A transition period of two years"], supports: "The plan I propose has three features", parent: nil),
            .list(members: ["The first is a city in southern Australia", "The second is a city in the Netherlands",
                            "The third example is closer to home"], supports: nil, parent: nil),
            .list(members: ["The first objection is that the water company", "The second objection is that the city",
                            "The third objection is that climate change", "The fourth objection is that the plan is too ambitious"],
                  supports: nil, parent: nil),
            .repeated("Households already pay for the leaking water", count: 2),
            .attack(counter: ["metering punishes large, low-income families"],
                    rebuttal: "the answer is not to keep an unfair system for everyone"),
            .attack(counter: ["that means higher bills in the short term"], rebuttal: "the increase would be modest"),
            .attack(counter: ["a smart meter records when water is used"], rebuttal: "the same is true of electricity and gas meters"),
            .attack(counter: ["a new reservoir will flood farmland"], rebuttal: "the alternative is worse"),
            .attack(counter: ["the forecasts are uncertain"], rebuttal: "uncertainty is an argument for resilience"),
            .support(from: "the problem is timing rather than quantity", to: "the solution is storage"),
            .marker(phrase: "Ashford must fix its pipes, meter its homes and build its storage now", marker: "Therefore", sense: "result"),
            .absent("The exposed bed of Cresswell Reservoir in August"), .absent("is a hydrologist who spent twelve years"),
            .absent("The Long Read publishes extended essays"), .absent("Hosepipe ban lifted after September rain"),
            .crosshead("Lessons from elsewhere"), .title("Ashford must stop wasting its water before the taps run dry"), .byline("Miriam Castellanos"),
            .published("2025-09-28"),
        ],
        "16-airport-tram": [
            .thesis(["The city and the airport should build a light-rail link", "should build a tram line from Central Station",
                     "the committee should refuse the car park"]),
            .list(members: ["A tram line is the better investment over any sensible period", "The tram would serve the airport",
                            "The tram is also the only option that fits the city"],
                  supports: "The case for the tram rests on three arguments", parent: nil),
            .attack(counter: ["the city cannot afford £190 million", "This is partly right"], rebuttal: "it does not have to"),
            .attack(counter: ["a tram takes too long to build"], rebuttal: "a car park built now will still be standing in 2080"),
            .support(from: "the airport cannot grow without those workers", to: "it cannot grow without better transport for them"),
            .marker(phrase: "the committee should refuse the car park", marker: "For these reasons", sense: "result"),
            .absent("Read also"), .absent("Airport passenger numbers reach record high"), .absent("Enjoyed this piece? Subscribe"),
            .absent("The site of the proposed multi-storey car park"), .absent("is a former airport operations manager"),
            .absent("publishes opinion from independent contributors"), .absent("5 min read"), .absent("You might also like"),
            .absent("Share on"),
            .crosshead("First: the money"), .title("Riverton needs a tram to the airport, not another car park"), .byline("Farid Haddad"), .published("2025-10-02"),
        ],
    ]
}
