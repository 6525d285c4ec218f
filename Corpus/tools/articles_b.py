# Original articles written for the ArgMap corpus (08-14). Free to use.
# Body markup: see articles_a.py.

ARTICLES = [
    dict(
        number=8, slug="library-opening-hours", template="news", text_style=2, ld_type="NewsArticle",
        title="Central Library to open on Sundays from April",
        standfirst="The city's main library will open seven days a week for the first time since 2011",
        author="Priya Natarajan", date="2025-02-26T14:20:00Z", section="City",
        outlet="Riverton Today", domain="rivertontoday.example",
        caption="The reading room of Central Library on Abbey Street.", credit="Riverton Today / Sam Holt",
        alt="Readers at long wooden tables",
        bio="", disclaimer="",
        related=["Libraries: the full list of branch opening times", "New children's wing opens in Westfield",
                 "Council budget: what changes in April"],
        text_tail="More on this story\nRelated topics\nCity council\nLibraries",
        body="""
Riverton's Central Library will open on Sundays from 6 April, the city council announced on Wednesday.

The library on Abbey Street will open from 11am to 4pm on Sundays, and its weekday closing time will move from 7pm to 8pm. It will be the first time the building has opened seven days a week since 2011, when Sunday opening was cut.

The council said the longer hours would be paid for by a £420,000 grant from the regional arts fund and by moving two administrative posts to the front desk. No new staff will be hired.

Councillor Anita Rowe, who is responsible for culture, said: "Sunday is the day many families have free, and we want the library to be open when they are."

The library had 612,000 visits last year, up from 540,000 the year before, according to council figures. The children's floor and the study rooms on the second floor were the busiest areas.

Grace Tilley, a student who uses the study rooms most days, said she had been waiting for the change. "I work on Saturdays, so Sunday is my only full day to revise," she said.

The union representing library staff said it had been consulted and would monitor the new rota. A spokesperson said staff would work no more than two Sundays a month.

Branch libraries in Westfield, Northgate and Mill End will keep their current hours. The council will publish the new timetable on its website in March.
""",
    ),
    dict(
        number=9, slug="sugar-tax", template="br", text_style=1,
        title="Double the sugar tax",
        standfirst="The levy on sugary drinks has worked, so the government should make it bigger",
        author="Dr Samuel Achterberg", date="2024-09-12T05:00:00Z", section="Health",
        outlet="The Westmarch Herald", domain="westmarchherald.example",
        caption="Soft drinks on a supermarket shelf.", credit="Photo: Herald archive",
        alt="Bottles of fizzy drinks",
        bio="Dr Samuel Achterberg is a paediatrician at Westmarch General Hospital and chairs the county's child obesity taskforce.",
        disclaimer="Views expressed in opinion articles are those of the author and not of The Westmarch Herald.",
        related=["Child obesity rate falls for second year", "Drinks makers cut sugar in best-sellers",
                 "Budget preview: what to expect on Wednesday"],
        body="""
Six years ago the government put a levy on sugary soft drinks. The industry warned that it would cost jobs and change nothing. Instead, manufacturers took sugar out of their recipes, and the amount of sugar sold in soft drinks fell by more than a third. The government should now double the tax on sugary drinks and extend it to milkshakes and sweetened coffees.

To begin with, the levy has done what it promised. Because it charged producers by the amount of sugar per litre, it gave them a reason to reformulate rather than simply to raise prices. Most of the drinks on the shelves today fall below the lower threshold, and children are drinking less sugar as a result.

In addition, the problem it targets has not gone away. One child in five is overweight when they start school, and one in three when they leave primary school. Tooth decay is still the most common reason for a child to be admitted to hospital in this county, and I see those children on my ward every week.

Finally, the money is well spent. The levy raises about £300 million a year, which has paid for school sports halls and breakfast clubs. Since the tax falls on products rather than people, anyone can avoid it by choosing a different drink.

## The objections

Critics argue that the tax hits poorer households hardest, because they spend a bigger share of their income on food and drink. However, poorer families also suffer most from diet-related illness, and they gain most from the sports halls and breakfast clubs the levy pays for.

Others say that adults should be free to drink what they like. They are, and they would remain so. The tax does not ban anything; it simply stops the price of a drink from ignoring the cost it imposes on the health service.

## The next step

Milkshakes and sweetened coffees were left out of the original levy because they contain milk. That exemption made sense to nobody but the companies that sell them. Thus the next budget should both double the rate and close the milk loophole.
""",
    ),
    dict(
        number=10, slug="remote-work", template="divsoup", text_style=0,
        title="Stop forcing staff back to the office five days a week",
        standfirst="Blanket return-to-office orders cost firms their best people and buy them very little",
        author="Lena Kowalczyk", date="2025-04-15T10:00:00Z", section="Business",
        outlet="The Commerce Review", domain="commercereview.example",
        caption="Empty desks on a Friday in a Docklands office tower.", credit="Photo: Commerce Review",
        alt="Rows of empty office desks",
        bio="Lena Kowalczyk advises companies on workplace policy and is the author of a book on hybrid teams.",
        disclaimer="The Commerce Review publishes a range of views. This article reflects the author's opinion.",
        related=["Bank orders staff back five days a week", "Office rents fall for sixth quarter",
                 "Survey: managers and staff disagree on productivity"],
        body="""
This spring, three of the country's largest employers told their staff to be at their desks five days a week. The announcements were framed as a return to normal. They are a mistake. Companies should stop forcing staff back to the office five days a week and let teams agree how often they meet in person.

The first reason is talent. When firms impose full-time office attendance, the people who leave are disproportionately the experienced staff with other options. Surveys of job-seekers show that flexibility now ranks just behind pay when people choose an employer, so a rigid policy is a cut in pay that the firm does not even save on.

The second reason is that the productivity case for the office is weak. Careful studies of hybrid work have found that two or three days at home leave output unchanged, while cutting resignations by about a third. The office is good for training, planning and building trust; it is not a magic ingredient for every task.

The third reason is cost. Firms that bring everyone back every day need desks for everyone every day, in buildings they could otherwise shrink. Commuting costs workers time and money too, and much of that cost eventually returns to the employer as pressure on wages.

## Where critics have a point

Critics argue that junior staff learn less when their colleagues are at home. However, the answer is to plan the days when teams gather, not to fill the building on Fridays. A new graduate gains little from sitting beside an empty desk whose owner has a call with a client.

It is true that some jobs cannot be done remotely at all. Yet nobody proposes that nurses or machinists work from home; the argument is about office work, where the evidence is clear.

## A simple rule

Managers should set a minimum of office days for their own team and make those days count. That is why the blanket orders should be withdrawn: they treat a question that each team can answer as one that only the chief executive can.
""",
    ),
    dict(
        number=11, slug="helmet-law", template="sections", text_style=2,
        title="A helmet law would do more harm than good",
        standfirst="Compulsory helmets put people off cycling, and fewer cyclists make the roads more dangerous",
        author="Tomás Riordan", date="2025-07-01T07:00:00+01:00", section="Opinion",
        outlet="The Coastal Standard", domain="coastalstandard.example",
        caption="Commuters on the new seafront cycle track.", credit="Photo: Niamh Foley",
        alt="People riding bicycles on a cycle path",
        bio="Tomás Riordan is a public health researcher who rides to work every day, with a helmet.",
        disclaimer="Opinions expressed are those of the author.",
        related=["Cycle track opens on the seafront", "Road deaths at lowest level since records began",
                 "Should cyclists pay road tax? Readers respond"],
        body="""
A private member's bill before parliament would make helmets compulsory for every cyclist. It is well meant, and it is wrong. A helmet law would do more harm than good, and parliament should reject it.

It is true that a helmet reduces the risk of a serious head injury in a crash. Yet a law is not the same thing as a helmet. Where helmet laws have been introduced, the number of people cycling has fallen sharply, in some places by a third, because casual riders and bike-share users simply stop.

That matters for two reasons. Cycling is good for health, and the years of life gained from regular exercise far outweigh the risks of the road. And cyclists are safer in numbers: drivers who expect to see bikes look out for them.

Of course, every head injury is a tragedy, but the best protection is to separate bikes from heavy traffic. Therefore the money and the political energy should go into protected cycle lanes, not into fines for people who ride to the shops without a helmet.
""",
    ),
    dict(
        number=12, slug="ai-in-classrooms", template="legacy", text_style=1,
        title="Teach pupils to use AI instead of pretending it does not exist",
        standfirst="Banning chatbots from schools will fail; teaching children to use them well will not",
        author="Prof. Alan Mercer", date="2025-02-10T08:00:00Z", section="Technology",
        outlet="The Northfield Gazette", domain="northfieldgazette.example",
        caption="Pupils at Hollins Academy during a computing lesson.", credit="Photo: Lars Eng / Gazette",
        alt="Teenagers at computers in a classroom",
        bio="Alan Mercer is professor of education at Northfield University and a former secondary school teacher.",
        disclaimer="The views expressed are the author's own and not necessarily those of the Gazette.",
        related=["Exam board tightens rules on coursework", "Chatbot homework: a parent's guide",
                 "University to use oral exams to combat cheating"],
        body="""
Since 2023, AI chatbots have been able to write a passable school essay in a few seconds. Many schools have responded by banning them, blocking the websites and warning pupils of dire penalties. The bans will not work. Schools should teach pupils to use AI tools well, openly and honestly, instead of pretending that the tools do not exist.

First, bans cannot be enforced. The same tools are on every pupil's phone and home computer, and detection software is unreliable: it wrongly accuses honest pupils, especially those writing in a second language. Since nobody can reliably tell whether a chatbot helped with homework, a ban mostly punishes the pupils who obey it.

Second, pupils will need these skills. Employers already expect new staff to use AI tools for drafting, searching and summarising. A school that refuses to teach them leaves that teaching to chance, and chance favours the children whose parents already know how.

Finally, using AI well is itself a lesson in thinking. A pupil who asks a chatbot about the causes of the First World War and then checks its answer against the textbook learns more about evidence than one who copies a paragraph from either.

Some teachers fear that pupils will stop learning to write. That fear deserves respect, but it argues for changing how we assess writing, not for a ban. More writing can be done in class, by hand or on locked-down machines, and coursework can include the drafts and the prompts that produced them.

That is why the county's schools should replace their bans with a clear policy: when AI may be used, how its use must be declared, and what pupils must always do for themselves.
""",
    ),
    dict(
        number=13, slug="night-trains", template="br", text_style=2,
        title="Bring back the night trains",
        standfirst="Sleeper services are the best way to cut short-haul flights, and the state should help restart them",
        author="Clara Vogt", date="2024-12-04T18:00:00+01:00", section="Travel",
        outlet="The Continental Letter", domain="continentalletter.example",
        caption="A sleeper train waiting at the platform before its overnight journey.", credit="Photo: Continental Letter",
        alt="A blue sleeper train at a station",
        bio="Clara Vogt writes about travel and transport policy. She has crossed the continent by rail more than forty times.",
        disclaimer="The Continental Letter publishes opinions from a range of contributors; they do not necessarily reflect our own.",
        related=["Rail operator cancels winter sleeper route", "Airlines add new city routes for spring",
                 "The ten most beautiful railway stations"],
        body="""
Twenty years ago you could board a sleeper train in the evening in most big cities on the continent and wake up in another country. Most of those services have gone, cut as budget airlines took their passengers. It is time to bring them back, and governments should help to pay for it.

Firstly, night trains compete with planes where planes do the most damage. Short flights burn a large share of their fuel on take-off and climbing, so a journey of 800 kilometres by air produces several times the emissions of the same journey by rail.

Secondly, sleepers are better value for travellers than they look, for two reasons. First, a night on the train replaces a night in a hotel, so a couchette ticket should be compared with a flight plus a room. Second, the train arrives in the city centre in the morning, with no early start, no airport transfer and no security queue.

Thirdly, the trains already exist, or nearly. Many of the routes still have tracks and stations in good condition; what is missing is rolling stock and the willingness to run trains through the night.

Lastly, demand is there. The services that have been revived in recent years are often full weeks in advance, and operators say they could sell many more berths if they had the carriages.

## The money problem

Admittedly, sleeper trains are expensive to run: each carriage carries few passengers and spends the day standing idle. But the comparison is unfair while airlines pay no tax on their fuel and rail operators pay full track charges through every country they cross.

So governments should do two things: cut track charges for night services and jointly buy a fleet of modern sleeping cars that operators can lease. That would cost less than many motorway bypasses, and it would take thousands of flights off the departure boards.
""",
    ),
    dict(
        number=14, slug="municipal-broadband", template="wordpress", text_style=0,
        title="Hollowmere should build its own fibre network",
        standfirst="When private firms will not connect the town, the town should connect itself",
        author="Greta Lindqvist", date="2025-08-20T09:00:00Z", section="Technology",
        outlet="Eastbrook Voice", domain="eastbrookvoice.example",
        caption="A technician splicing fibre-optic cable in a street cabinet.", credit="Eastbrook Voice/Ana Lutz",
        alt="A worker handling coloured cables",
        bio="Greta Lindqvist runs a small software company in Hollowmere and sits on the town's digital committee.",
        disclaimer="Opinion pieces reflect the views of their authors, not those of the Eastbrook Voice editorial board.",
        related=["Broadband speeds: how does your street compare?", "Telecoms firm delays rural upgrade again",
                 "Town council to publish budget next week"],
        body="""
Hollowmere has been promised fast broadband four times in ten years. Each time, the national providers drew up plans, surveyed the streets and then decided the town was not worth the investment. Our average download speed is still a fifth of the national figure. Hollowmere should stop waiting and build a public fibre network of its own.

The reason is simple: a fast connection is now basic infrastructure, like water or roads. Children need it for homework, patients for video appointments with their doctors, and businesses for almost everything they do. Since the market has decided not to provide it here, the town must.

A public network is not a leap in the dark. Dozens of towns of our size have built one, usually by borrowing against the fees that customers will pay over twenty or thirty years. Most now charge less than private providers elsewhere and still cover their debts.

Critics argue that a small council cannot run a telecoms business. However, the council would not need to. It can own the fibre and lease it to private internet providers, who would compete to sell services over it, just as the council owns the roads and lets anyone drive on them.

Some worry that a national provider will finally arrive the moment the town has spent its money. If so, it will find a town that already has a better network, and it will have to compete on price. That is a risk worth taking.

That is why the council should commission a full business plan this autumn and put the decision to a public vote next spring.
""",
    ),
    dict(
        number=16, slug="airport-tram", template="blog", text_style=1,
        title="Riverton needs a tram to the airport, not another car park",
        standfirst="The city and the airport should build a light-rail link and drop the plan for a new multi-storey",
        author="Farid Haddad", date="2025-10-02T07:30:00+01:00", section="Opinion",
        outlet="Riverside Review", domain="riversidereview.example",
        caption="The site of the proposed multi-storey car park beside Terminal 1.", credit="Photo: Riverside Review",
        alt="An empty plot of land next to an airport terminal",
        bio="Farid Haddad is a former airport operations manager who now consults on transport projects across the region.",
        disclaimer="Riverside Review publishes opinion from independent contributors. Their views are not ours.",
        related=["Airport passenger numbers reach record high", "Tram extension to Westfield opens in May",
                 "Council leader: no new money for transport this year"],
        body="""
Riverton Airport wants to build a seven-storey car park with 2,400 spaces beside Terminal 1, at a cost of £68 million. It says the car park is needed because passenger numbers have grown by a third in five years and the existing car parks are full on most summer mornings. The growth is real. The answer is wrong. The city and the airport should build a tram line from Central Station to the terminal, and they should drop the car park plan.

The case for the tram rests on three arguments, and each of them is stronger than the case for more concrete.

## First: the money

A tram line is the better investment over any sensible period. The 6-kilometre link would cost around £190 million, nearly three times as much as the car park. But a car park earns its money from parking fees that will fall as more passengers travel by train, taxi and ride-share, while a tram line carries passengers for sixty years and attracts homes, offices and hotels to every stop along its route.

The tram extension to Westfield, opened last year, shows what happens. Within twelve months, planning applications for 1,100 homes were submitted within walking distance of its stops, and the council expects business rates along the route to rise by £3 million a year. An airport line running through the old goods yard at Millfield would open up land on a similar scale.

## Second: the workers

The tram would serve the airport's own workers far better than a car park. The airport is the largest single employer in Riverton, with 9,000 staff, and many of them start work before 5am, when the first bus has not yet left the depot, and most of them earn too little for a daily car park charge to be trivial. A tram that runs from 4am would give them a reliable way to work, and it would widen the pool of people the airport can recruit from.

Read also: Airport passenger numbers reach record high

This is not a small matter. The airport's own staff survey found that one in four cleaners, security officers and baggage handlers had turned down shifts because they could not get to work on time. Since the airport cannot grow without those workers, it cannot grow without better transport for them.

## Third: the climate

The tram is also the only option that fits the city's climate targets. Surface access, the trips to and from the terminal, produces more emissions than many people realise. For a short-haul flight, the car journey to the airport and back can add a fifth to a passenger's footprint. A car park with 2,400 spaces is an invitation to drive; a tram every ten minutes is an invitation not to.

## What about the cost?

Opponents claim that the city cannot afford £190 million at a time when budgets are tight. This is partly right: the council cannot pay for the tram on its own. But it does not have to. The airport, which has offered £68 million for its car park, could put the same money into the tram; the regional transport fund has £60 million set aside for projects that cut car traffic; and a levy on the land whose value the line would raise could cover the rest.

Others argue that a tram takes too long to build, while a car park could open in two years. Even so, a car park built now will still be standing in 2080, shaping how people travel long after the queues of this summer are forgotten. Choosing the quick option today means living with it for half a century.

## The decision

The airport's planning application goes to the council's committee next month. For these reasons, the committee should refuse the car park, and the council and the airport should commission a joint business case for the tram before the end of the year.
""",
    ),

]
