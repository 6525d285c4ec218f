# Original op-eds written for the ArgMap corpus (articles 01-07). Free to use.
# Body markup: blank line between blocks; "## " crosshead; "> " pull quote;
# "1. " / "- " list items, indented items form a sub-list.

ARTICLES = [
    dict(
        number=1, slug="congestion-charge", template="classic", text_style=0,
        title="Riverton should charge drivers to enter its centre",
        standfirst="A modest congestion charge would clear the streets, fund the buses and clean the air",
        author="Helen Marsh", date="2025-03-14T08:00:00Z", section="Opinion",
        outlet="The Riverton Courier", domain="rivertoncourier.example",
        caption="Morning traffic queues on the Stone Bridge approach.", credit="Photo: Tom Reyes / Courier",
        alt="Cars queuing on a bridge",
        bio="Helen Marsh is a transport planner who chaired the Riverton Cycle Forum from 2016 to 2021. She writes a fortnightly column on how the city moves.",
        disclaimer="Disclaimer: The views expressed in this column are the author's own and do not necessarily reflect the position of The Riverton Courier.",
        related=["Bridge repairs to close two lanes until June", "Letters: the ring road is full too",
                 "Bus operator promises new fleet by 2026"],
        body="""
Every weekday morning, roughly 41,000 cars squeeze across the four bridges into the centre of Riverton. The average trip from the ring road to the market square now takes 27 minutes at rush hour, twice as long as it did a decade ago. Buses crawl in the same queues as everyone else.

The council has tried almost everything except the one measure that works. Riverton should introduce a congestion charge for private cars entering the centre on weekdays. There are three good reasons to do it.

First, a charge would cut traffic where it hurts most. Cities that have priced their centres have seen traffic fall by between a fifth and a third within a year, because a small daily fee persuades the drivers with the most flexible trips to travel earlier, share a car or leave it at home.

Second, the money would pay for the alternative. A daily fee of £5 would raise around £40 million a year, and the law would require every penny to be spent on transport. That is enough to run buses every five minutes on the six busiest routes and to rebuild the crumbling cycle bridge at Mill Lane.

Third, cleaner air would save lives. Since the centre sits in a shallow valley, exhaust fumes collect there on still days. The monitoring station on Quay Street has breached the legal limit for nitrogen dioxide in each of the last four winters.

## The objections

Critics argue that a charge would punish low-paid workers who have no choice but to drive. However, the council's own travel survey tells a different story: fewer than one in ten of the lowest-paid commuters drive into the centre, and most of them already depend on the buses that the charge would improve.

Shopkeepers fear that customers will stay away. It is an understandable worry. Yet footfall in priced city centres has generally held up, because people who arrive on foot or by bus visit more often and linger longer than drivers hunting for a parking space.

## A fair design

The scheme should exempt blue-badge holders, residents of the zone for their first car, and delivery vans before 7am. It should run only on weekdays between 7am and 7pm, so that evening and weekend visits stay free.

Congestion is not a law of nature; it is the price of a road that is given away for nothing. Therefore the council should vote for the charge this spring, and start collecting it before the next winter smog arrives.
""",
    ),
    dict(
        number=2, slug="four-day-school-week", template="wordpress", text_style=1,
        title="A four-day school week would shortchange Eastbrook's children",
        standfirst="Eastbrook should keep the five-day week: the board's plan saves little money and hands the bill to working parents",
        author="Daniel Okafor", date="2025-03-03T17:30:00Z", section="Opinion",
        outlet="Eastbrook Voice", domain="eastbrookvoice.example",
        caption="Pupils leave Eastbrook Middle School at the end of the day.", credit="Eastbrook Voice/Ana Lutz",
        alt="Children walking out of a school gate",
        bio="Daniel Okafor has taught mathematics at Eastbrook High School for nineteen years and is a member of the district's curriculum committee.",
        disclaimer="Opinion pieces reflect the views of their authors, not those of the Eastbrook Voice editorial board.",
        related=["School board to vote on calendar changes", "Teacher vacancies hit a ten-year high",
                 "Parents launch petition over bus routes"],
        comments=[
            ("Mark T.", "March 3, 2025 at 9:12 pm",
             "Completely disagree. Firstly, teachers deserve a better work-life balance, and secondly the four-day week is the only perk this district can afford. The board should adopt it immediately."),
            ("Priya S.", "March 3, 2025 at 10:40 pm",
             "Admittedly the savings are small. But my kids would love Fridays off, and family time matters more than test scores."),
            ("J. Alvarez", "March 4, 2025 at 7:05 am",
             "The author ignores the rural districts where the shorter week kept small schools open. Therefore the plan deserves at least a one-year trial."),
        ],
        body="""
When the Eastbrook school board meets next Tuesday, it will vote on a plan to squeeze the school week into four longer days, with Fridays off for every pupil in the district. The proposal has been sold as a way to save money and to attract teachers. It is neither. Our district should not adopt a four-day school week, and the board should say so clearly.

I have taught maths in Eastbrook for nineteen years, and I understand why the idea is tempting. Admittedly, a shorter week would trim the bus and heating bills. But the savings in districts that have tried it have been small, usually around two per cent of the budget, and they have come at a price that families end up paying.

Firstly, longer days do not make up for a lost day. Young children tire long before the final bell, and an extra seventy minutes tacked onto each afternoon is the worst time of day to teach anything new. Studies of districts that switched have found that achievement in maths slipped, and it slipped most for the pupils who were already behind.

Secondly, the Friday gap lands on working parents. Most parents in Eastbrook cannot take every Friday off, so they will have to find and pay for childcare. For a family on the minimum wage, a day of care each week can cost more than the district would save per pupil.

Finally, the plan would hurt the children who rely on school most. For hundreds of our pupils, school is where they get a hot lunch, a quiet place to read and an adult who notices when something is wrong. A long weekend is a luxury for some families and a hardship for others.

## What the board should do instead

If the board wants to recruit teachers, it should pay them better and cut the paperwork that drives them out of the profession. If it wants to save money, it should look first at the consultancy contracts that have grown every year since 2019.

That is why I will be at the board meeting on Tuesday, and why I hope many parents will join me. A four-day week is a false economy, and Eastbrook's children deserve five full days of school.
""",
    ),
    dict(
        number=3, slug="heat-pump-grants", template="legacy", encoding="windows-1252", text_style=2,
        title="Subsidise heat pumps, not gas boilers",
        standfirst="The €4,000 boiler grant is money spent on the past — it should go to heat pumps instead",
        author="Ingrid Solberg", date="2024-10-21T06:00:00+02:00", section="Comment",
        outlet="The Northfield Gazette", domain="northfieldgazette.example",
        caption="An air-source heat pump outside a terraced house in Northfield's Old Town.", credit="Photo: Lars Eng / Gazette",
        alt="A heat pump fixed to a brick wall",
        bio="Ingrid Solberg is an energy engineer and writes a monthly column on climate and the home for the Gazette.",
        disclaimer="The views expressed are the author's own and not necessarily those of the Gazette.",
        related=["Energy prices: what the new tariff means for you", "Old Town residents fight solar panel ban",
                 "Region's grant scheme 'oversubscribed', says minister"],
        body="""
Next month the regional government will renew its home-heating grant, which pays up to €4,000 towards a new gas boiler. It is a generous scheme, and it is aimed at the wrong machine. The grant should be switched to heat pumps, and the boiler subsidy should end this year.

A heat pump moves warmth from the outside air or the ground into the house, using electricity to do so. A good one delivers three units of heat for every unit of power it draws. That simple fact is why the case for them is so strong.

One reason to back heat pumps is the running cost. Because they are three times as efficient as the best boiler, a household in a well-insulated home pays less over a year — about €350 less at this winter's prices, according to the regional energy agency's own figures. The owner of the Café Lindström on Harbour Street told me her bills fell by a third after she replaced her boiler.

Another reason is that the boilers we subsidise today will still be burning gas in 2040. A boiler lasts fifteen to twenty years; every one we pay for now locks a family into a fuel whose price we cannot control and whose emissions we have promised to cut.

A third reason is local jobs. Fitting heat pumps is skilled work, and the installers' association says it could train 600 new fitters in the region within two years if demand were steady. A stop-and-start grant makes that impossible.

## The cost question

It is true that a heat pump costs more to buy and install than a boiler — often €9,000 against €3,000. Yet that gap is exactly what a grant exists to close. Moving the €4,000 from boilers to pumps would bring the two options within reach of each other for most households.

Some homeowners worry that heat pumps are noisy or that they do not work in cold weather. Modern units are quieter than a fridge, and they are the most common form of heating in Norway, where winters are far harsher than ours.

## What the region should do

The "boiler bonus" made sense when there was no alternative. There is one now. Thus the grant should follow the technology that will still make sense in twenty years' time — and the region should make the switch before the new heating season begins.
""",
    ),
    dict(
        number=4, slug="vacancy-tax", template="sections", encoding="iso-8859-1", smart=False, text_style=0,
        title="Empty flats should pay their way",
        standfirst="A vacancy tax would put Valmorée's thousands of empty homes back on the market",
        author="Hélène Dufresne-Müller", date="2024-11-08T07:15:00+01:00", section="Opinion",
        outlet="The Valmorée Observer", domain="valmoree-observer.example",
        caption="Shuttered windows on the Rue Thérèse in the old quarter.", credit="Photo: René Aubé",
        alt="A street of old houses with closed shutters",
        bio="Hélène Dufresne-Müller is an urban economist at the Université de Valmorée and a former adviser to the city's housing office.",
        disclaimer="Guest columns express the opinions of their authors. They are not the position of The Valmorée Observer.",
        related=["Rents in the old quarter up 11% in a year", "Mayor promises 2,000 new social homes",
                 "Opinion: let the city build again"],
        body="""
Walk down the Rue Thérèse in the old quarter of Valmorée after dark and count the lit windows. On some stretches, one flat in four stays dark all year. The city's own survey found 3,800 homes that had stood empty for more than twelve months, in a city where 9,000 families are on the waiting list for social housing. Valmorée should tax homes that are left empty for more than a year.

First of all, a vacancy tax targets the problem directly. Building new homes takes a decade; a tax changes owners' behaviour within a budget year. When owners must pay 2 per cent of a flat's value for every year it stays empty, the cheapest option becomes renting it out or selling it to someone who will.

Furthermore, the tax raises money where the pressure is greatest. The revenue, which the council estimates at between 6 and 9 million a year, should go straight into renovating the municipal housing in Saint-Médard, where many façades have not been touched since the 1970s.

Moreover, the measure is fair. An empty flat in a crowded city is not a private matter: it pushes up rents for everyone else and leaves whole streets without the cafés, bakeries and neighbours that make a quarter feel alive.

## The objections

Of course, some homes are empty for good reasons, but a well-written law can deal with them. Flats under renovation, homes whose owners are in hospital or in care, and properties caught in an inheritance dispute can all be exempted for a fixed period.

Landlords' groups say the tax would breach property rights. Yet nobody is told what to do with their property; owners are simply asked to pay for the cost that an empty home imposes on the rest of the city. Since the tax is proportional and can be avoided by letting the flat, it is hard to call it confiscation.

## Time to act

Valmorée has tried persuasion for ten years, and the number of empty homes has gone up, not down. It is time to try a price. The council should adopt the vacancy tax in its autumn budget.
""",
    ),
    dict(
        number=5, slug="stadium-subsidy", template="wordpress", text_style=1,
        title="Not one more public dollar for the Harbourside stadium",
        standfirst="The city should walk away from a $310 million deal that asks taxpayers to carry the risk while the club keeps the rewards",
        author="Marcus Whitfield", date="2025-06-02T12:00:00-04:00", section="Sport",
        outlet="Harbourside Daily", domain="harboursidedaily.example",
        caption="An artist's impression of the proposed waterfront stadium.", credit="Image: Harbourside Mariners FC",
        alt="A rendering of a stadium by the water",
        bio="Marcus Whitfield is a sports economist and a lifelong season-ticket holder at the old Ferry Lane ground.",
        disclaimer="This is an opinion column. The views are the writer's own.",
        related=["Mariners unveil stadium design", "City council delays stadium vote to July",
                 "Fans split over move from Ferry Lane"],
        body="""
The Harbourside Mariners want a new stadium on the waterfront, and they want the city to pay $310 million towards it. The council votes on the deal next month. Harbourside should refuse to put public money into the new stadium, however much many of us love the club.

The case against the subsidy rests on three points:

1. Stadiums do not create new spending. Fans who buy tickets and beer at a stadium spend less on restaurants, cinemas and bowling alleys elsewhere in the city, so the money mostly moves around rather than grows.
2. The jobs are few and seasonal. A stadium that hosts twenty-five matches a year employs most of its staff for twenty-five evenings, and economists who have studied subsidised venues have rarely found lasting gains in local employment.
3. The risk falls on taxpayers while the profits go to the club. If the costs overrun, the city pays; if the team is sold, the owners keep the gain.

Supporters of the deal say a new ground would put Harbourside on the map. Perhaps it would, for a season. But a city earns its reputation through good schools, safe streets and working buses, and $310 million would buy a great deal of all three.

The club also warns that it might leave for another city if it does not get its way. That threat deserves to be taken calmly. Moving a club with a hundred years of history is expensive and unpopular, and the league has blocked such moves twice in the last decade.

## A better deal

If the Mariners want to build on the waterfront, the city can help in ways that cost little: faster planning decisions, a long lease on the land at a fair rent, and a new tram stop paid for jointly. The club would then carry the risk of its own project, which is how private investment is supposed to work.

Therefore the council should vote down the subsidy and offer the club a deal in which the public does not pay for the private gain.
""",
    ),
    dict(
        number=6, slug="phones-in-schools", template="divsoup", text_style=2,
        title="Phones should stay in the locker",
        standfirst="Schools should ban smartphones from the first bell to the last",
        author="Ruth Adeyemi", date="2025-01-19T09:45:00Z", section="Education",
        outlet="Midland Evening Post", domain="midlandpost.example",
        caption="Phones in a locker at a school that already bans them.", credit="Credit: Midland Evening Post",
        alt="Smartphones stacked in a locker",
        bio="Ruth Adeyemi is the head teacher of a secondary school in Kettleby and a mother of three.",
        disclaimer="The opinions in this article are the author's own.",
        related=["Minister considers national phone ban", "How one school went phone-free",
                 "Teenagers and screens: what the research says"],
        body="""
Walk into any secondary school at lunchtime and you will see the same scene: pupils sitting side by side, each looking at a separate screen. The question is no longer whether phones distract children; it is what schools should do about it. Our schools should ban smartphones for the whole school day, including breaks.

The argument for a ban comes down to three things:

1. Phones wreck concentration. A phone on the desk, even switched off, draws a pupil's attention, and the teachers in our staff survey said they lose several minutes of every lesson to checking, hiding and confiscating devices.
2. Phones harm wellbeing in more than one way:
    - Bullying follows children from the playground into their pockets, and a ban gives them seven hours a day out of its reach.
    - Breaks without screens are louder, more physical and more sociable, as schools that have banned phones report.
3. A ban is fair to every child. When every pupil leaves the phone in a locker, nobody is singled out for having an old model or none at all.

Granted, many parents want to be able to reach their children during the day. However, the school office has a telephone, and it has handled family emergencies for decades without anyone carrying a computer in a blazer pocket.

A ban is also easier to enforce than a rule about "sensible use", because a phone is either in the locker or it is not. Teachers should not have to judge, lesson by lesson, whether a pupil is looking up a word or scrolling a feed.

## Starting in September

Schools that have tried it report that the first weeks are hard and the rest is easy. The pupils complain, then they adapt, and then many of them say they prefer it. Therefore every school in the county should lock the phones away from September.
""",
    ),
    dict(
        number=7, slug="kings-road-bus-lane", template="classic", text_style=0,
        title="Keep the Kings Road bus lane",
        standfirst="The lane works, and scrapping it would punish the people who use it most",
        author="Owen Bright", date="2025-05-09T06:30:00+01:00", section="Opinion",
        outlet="The Riverton Courier", domain="rivertoncourier.example",
        caption="A number 12 bus in the Kings Road lane at evening rush hour.", credit="Photo: Tom Reyes / Courier",
        alt="A bus driving in a red bus lane",
        bio="Owen Bright drives the number 12 bus and is a branch secretary of the transport workers' union.",
        disclaimer="Disclaimer: The views expressed in this column are the author's own and do not necessarily reflect the position of The Riverton Courier.",
        related=["Traders call for end to bus lane", "Kings Road: a street in numbers",
                 "Council to review all bus lanes"],
        body="""
Eighteen months ago the council painted a bus lane along Kings Road, and the complaints began the next morning. Now a petition signed by 3,000 people asks for it to be removed. The council should say no. The Kings Road bus lane must stay, because it does exactly what it was built to do.

Before the lane, the number 12 took up to 25 minutes to crawl the mile from the station to the hospital. Today it takes nine. Around 2,000 passengers make that journey on a weekday, many of them nurses, patients and pupils who do not own a car.

> A bus lane that saves 2,000 passengers ten minutes a day is worth more than forty parking spaces.

The traders who organised the petition say the lane took away the parking outside their shops. That is true, and they were right to ask for something in return. But the loss has to be weighed against the gain. A bus lane that saves 2,000 passengers ten minutes a day is worth more than forty parking spaces. The council's own count found that fewer than one shopper in eight on Kings Road arrives by car.

Drivers also complain that the general lane is slower. It is, by about two minutes at the evening peak. Since most of those drivers are making trips that the buses could carry, the answer is better buses, not a wider road.

## What should change

The council can meet the traders halfway. It should allow loading in the lane between 10am and noon, and it should open a short-stay car park on the old depot site behind the parade. Neither would slow the buses.

A city that wants people to leave the car at home has to make the bus the quicker choice. Kings Road is the one street where we have done that. That is why the lane must stay.
""",
    ),
]
