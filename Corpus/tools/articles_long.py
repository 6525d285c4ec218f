# The long piece of the ArgMap corpus (article 15, over 4,000 words). Original text, free to use.
# Body markup: see articles_a.py.

ARTICLES = [
    dict(
        number=15, slug="ashford-water", template="sections", text_style=1,
        title="Ashford must stop wasting its water before the taps run dry",
        standfirst="Fix the pipes, meter every home and store the winter rain, or face rationing within a decade",
        author="Dr Miriam Castellanos", date="2025-09-28T06:00:00+01:00", section="Long read",
        outlet="The Ashford Chronicle", domain="ashfordchronicle.example",
        caption="The exposed bed of Cresswell Reservoir in August, when it fell to 31 per cent of capacity.",
        credit="Photo: Jonah Pike / Chronicle",
        alt="A cracked reservoir bed with a distant waterline",
        bio="Dr Miriam Castellanos is a hydrologist who spent twelve years at the regional water authority and now teaches at Ashford Polytechnic.",
        disclaimer="The Long Read publishes extended essays by outside contributors. The views expressed are the author's own.",
        related=["Hosepipe ban lifted after September rain", "Water company fined over Millbrook leak",
                 "In pictures: Cresswell Reservoir at its lowest"],
        body="""
In the second week of August, the waterline at Cresswell Reservoir fell to 31 per cent of capacity, the lowest level since the reservoir was filled in 1964. For five weeks a hosepipe ban covered the whole of Ashford and its surrounding villages. Allotment holders carried buckets from their baths, the council let the parks turn brown, and the water company ran advertisements asking people to take shorter showers. Then the September rain came, the ban was lifted, and the city went back to behaving as if water were limitless.

It is not. The summer was a warning, and it will not be the last. Ashford's population has grown by a quarter in thirty years and is expected to grow by another fifth by 2045. Summers are getting hotter and drier, while winter rain arrives in heavier bursts that run off the hills before it can be stored. The city draws more water from the River Ash and the chalk beneath it than nature can reliably replace.

My argument in this essay is simple. Ashford must treat water as the scarce resource it has become: it should fix its leaking network, charge every household for the water it uses, and build the storage it has put off for forty years. None of these steps is glamorous. All of them are overdue, and together they would secure the city's supply for half a century.

I spent twelve years working for the regional water authority before I began teaching, and I have sat in many of the meetings where these decisions were postponed. I do not think the people in those meetings were foolish or lazy. They faced real pressures: bills that households could not easily afford, a regulator that rewarded short-term savings, and a public that only thinks about water when it stops coming out of the tap. But the result of all those reasonable postponements is a system that is now close to its limits.

## How we got here

Most of Ashford's water mains were laid in three great waves: the Victorian network of the 1880s and 1890s, which still serves the old town; a large expansion between the wars; and the post-war estates of the 1950s and 1960s. Cast iron from the first wave and asbestos cement from the last are both well past their design lives. Some of the pipes under the market square were put in the ground before anyone in the city had a telephone.

For most of the twentieth century this did not matter much, because the city had more water than it needed. Cresswell Reservoir was built in anticipation of industrial demand that never came, as the mills and the brewery closed one by one. For three decades the supply was so comfortable that leaks were treated as a nuisance rather than a loss. It was cheaper to pump more water into the network than to dig up the streets to find where it was escaping.

That calculation has changed, but the habits it created have not. The water company still repairs leaks mainly when they become visible, when water bubbles up through the tarmac or floods a cellar. Yet most leaks never reach the surface. They seep into the chalk and the gravel beneath the city, invisible, for years.

The second habit is the absence of meters. Only 38 per cent of Ashford households pay for water by volume. The rest pay a flat charge based on the old rateable value of their home, a figure set in 1990 and never revised. A pensioner living alone in a large Victorian house can pay twice as much as a family of six in a modern flat, and neither of them has any idea how much water they actually use.

The third habit is the refusal to build. Plans for a second reservoir in the Harrow valley were first drawn up in 1979. They were revived in 1994, in 2006 and again in 2017, and each time they were shelved because the cost seemed high and the need seemed distant. The need is no longer distant.

## Where the water goes

To understand what must be done, it helps to follow a litre of water from the river to the tap. The water company abstracts about 142 million litres a day from the River Ash, from the chalk aquifer and from Cresswell. Of that amount, the company's own returns to the regulator show the following losses and uses:

- About 46 million litres a day, nearly a third of the total, leak from the company's mains and from the pipes that connect each property to the network.
- About 9 million litres a day are lost inside homes and businesses, through dripping taps, running toilets and leaking pipes that nobody has noticed.
- About 61 million litres a day reach households and are used for drinking, cooking, washing, cleaning and gardens.
- About 26 million litres a day go to businesses, hospitals, schools and the council's own buildings and parks.

Put plainly, for every three litres that the company takes out of the environment, one litre is wasted before anyone has a chance to use it. No other utility would be allowed to operate like this. An electricity network that lost a third of its power in the wires would be a national scandal.

The leakage figure is not unusual for an old British city, and it has fallen slowly over the past decade, from about 38 per cent to 32 per cent. But the rate of improvement is far too slow. At the current pace, Ashford will still be losing a quarter of its water in 2040, by which time demand will have risen by at least 15 million litres a day.

Household use is also high. The average Ashford resident uses 151 litres a day, compared with about 120 litres in metered towns of similar size nearby. Some of that difference is explained by larger gardens and older homes, but most of it is explained by the simple fact that unmetered households have no reason to notice what they use.

## Three things the city must do

There is no single solution to a problem that has built up over a century. But there is a clear plan, and it has three parts. Each of them is necessary, and none is enough on its own.

1. Fix the pipes: cut leakage from a third of the supply to a tenth within fifteen years.
2. Meter every home: charge every household by the litre, with a social tariff for those who cannot pay.
3. Store the winter rain: build the Harrow valley reservoir and a network of smaller storage schemes.

The rest of this essay explains why each part matters, what it would cost, and what the objections are. I will take them in turn.

## Fixing the pipes

There are several reasons to start with the pipes. For a start, every litre saved from leakage is a litre that does not have to be abstracted, treated, pumped and paid for. Treating and pumping water uses a great deal of energy: the company spends about £11 million a year on electricity, and roughly a third of that is spent on water that later leaks away.

On top of that, leaks damage the city. Water escaping from old mains washes away the soil around them, which is why Ashford's streets suffer so many sinkholes and collapsed pavements. Last winter a main under Millbrook Road burst and flooded twenty homes; the pipe had been leaking, unnoticed, for months.

Above all, fixing leaks is the fairest place to begin. It asks nothing of households except patience with roadworks. It would be hard to ask families to cut their water use while the company wastes more water than the whole of the city's businesses use.

> Households already pay for the leaking water; they simply do not see it on their bills.

How should it be done? The technology has improved enormously. Acoustic loggers can now listen for the sound of escaping water along a main and locate a leak to within a metre. Pressure management can reduce the force that pushes water out of cracks at night, when demand is low. Satellite surveys can spot the tell-tale signs of treated water in the soil. In the city of Valencia, to take one example, the water utility cut its losses by more than half in a decade by combining all three methods and by replacing the worst mains first.

The harder question is money. Replacing a kilometre of main in a city street costs between £800,000 and £1.2 million once the road has been dug up, the traffic diverted and the surface restored. Ashford has about 1,400 kilometres of mains, and roughly 300 kilometres of them are in poor condition. Replacing them all would cost something like £300 million over fifteen years.

That is a large sum, but it is not an impossible one. The company's investment plan for the next five years already includes £90 million for mains renewal. Doubling that figure, and keeping it at that level for three five-year periods, would do the job. The regulator must allow the company to recover the cost through bills, spread over the forty or fifty years that the new pipes will last.

Admittedly, that means higher bills in the short term. But the increase would be modest, about £24 a year for the average household at today's prices, and it would fall as the savings in treatment and pumping costs grew. Households already pay for the leaking water; they simply do not see it on their bills.

## Metering every home

The second part of the plan is the most controversial, and I want to make the case for it carefully.

One reason to meter every home is that people use less water when they pay for what they use. This is not a theory; it is one of the most consistent findings in the study of water demand. When households switch from a flat charge to a meter, their use typically falls by between 12 and 17 per cent, and it stays lower. They fix the dripping tap, they take shorter showers, and they stop watering the lawn at noon in July.

Another reason is fairness. The current flat charges are based on house values from 1990, and they bear no relation to how much water people use. Metering would mean that the pensioner in the large house pays for her own modest use rather than for the imagined needs of the house, while the household that fills a hot tub every week pays for that too.

A third reason is information. Without meters, the water company cannot see where demand is rising or falling, and neither can households. Modern smart meters report usage every hour, which lets the company detect leaks on customers' own pipes, such as a pipe that runs continuously through the night, and warn the customer before the bill arrives.

There is a serious objection to all this, and it deserves a serious answer. Critics argue that metering punishes large, low-income families, who need a lot of water and have little money to pay for it. However, the answer is not to keep an unfair system for everyone; it is to design the tariff properly. The plan I propose has three features that protect those who need protection:

1. A free or very cheap allowance for essential use, set at about 50 litres per person per day, enough for drinking, cooking and basic washing.
2. A social tariff that caps bills for households on low incomes at a fixed share of their income, paid for by a small charge on all other bills.
3. A transition period of two years, during which no household pays more on a meter than it did on the flat charge, so that families can learn their usage and adjust.

Under this design, most low-income households would pay less than they do now, not more. The families who would pay more are those with large gardens, swimming pools and high discretionary use, who currently pay the same as their neighbours. That seems to me exactly right.

Others object that meters are intrusive. It is true that a smart meter records when water is used, and that such data must be protected. Yet the same is true of electricity and gas meters, which most households accepted years ago. The rules should be clear: the data is used to bill and to find leaks, it is kept for a limited period, and it is never sold.

## Storing the winter rain

The third part of the plan is the most expensive, and it is the one that previous generations have most often postponed. Even with leakage cut and every home metered, Ashford will need more storage. The reason is the changing pattern of rainfall.

The total amount of rain that falls on the Ash catchment each year has not changed much in the last fifty years. What has changed is when it falls and how. Winters are wetter and summers are drier, and more of the winter rain arrives in intense storms. Water that falls in a storm runs quickly off the hills and into the river, and from the river to the sea, before it can soak into the chalk or be pumped into the reservoir.

Since the problem is timing rather than quantity, the solution is storage. A reservoir is simply a way of moving water from the season when there is too much of it to the season when there is too little. Cresswell, built for a smaller city and a different climate, is no longer large enough to do that job alone.

The Harrow valley scheme would hold about 18 billion litres, roughly two-thirds as much as Cresswell. It would be filled by pumping water from the River Ash during winter high flows, when taking water does the river no harm, and it would release water to the treatment works in dry summers. The current estimate of its cost is £410 million, and it would take about ten years to plan and build.

Large reservoirs are not the only kind of storage. Alongside Harrow, the city should invest in several smaller measures:

- Recharging the chalk aquifer by pumping clean winter water back into it through boreholes, so that it can be drawn out again in summer.
- Requiring rainwater harvesting tanks on all new housing, schools and commercial buildings, for toilet flushing and watering.
- Restoring wetlands and water meadows in the upper valley, which slow the flow of storm water and let more of it soak into the ground.

Each of these measures stores water in a different place and at a different cost. Together they make the city's supply more resilient, because no single failure, whether a burst dam, a polluted borehole or a dry spring, could leave the city without water.

Of course, a new reservoir will flood farmland and change a valley that many people love, but the alternative is worse. Without new storage, Ashford faces the prospect of emergency restrictions in one summer out of three by the 2040s. The valley would not be lost entirely: the scheme includes a nature reserve, footpaths and a sailing club, as Cresswell does today, and Cresswell is now one of the most visited places in the county.

## The river pays the price

It is easy to talk about water supply as if the only people affected were the customers of the water company. But the first victim of Ashford's thirst is the River Ash itself. In the dry weeks of August, the flow past the old mill at Kemble fell to less than a third of its long-term average, and the Environment Agency recorded the lowest summer levels in the upper river since measurements began.

A chalk stream is a rare and fragile thing. There are only about two hundred of them in the world, and most are in the south of England. Their clear, cold water, fed from springs in the chalk, supports trout, water voles and a particular community of plants and insects that cannot survive in warmer, slower rivers. When too much water is drawn from the aquifer, the springs fail, the upper reaches dry out, and that community collapses.

This is not a distant risk. Anglers who have fished the Ash for decades describe a river that is shallower, weedier and warmer than it was in their youth. Stretches above Kemble that once flowed all year now dry out in most summers. The water company has been warned twice by the regulator that its abstraction licences may be cut if the river continues to decline.

That warning changes the arithmetic of everything I have described. If the company loses the right to take as much water from the Ash and the chalk as it does today, the gap between supply and demand will open much sooner than its plans assume. The city could face restrictions not in the 2040s but in the early 2030s. Fixing the pipes and reducing demand are therefore not only ways of saving money; they are the only way to keep taking water from the river without destroying it.

## Why households matter too

Much of this essay has been about what the water company and the council should do, and rightly so, because they control the largest levers. But it would be dishonest to pretend that households have no part to play. The average Ashford home uses about 350 litres a day, and a surprising share of that goes on things that nobody would miss.

A toilet installed before 2001 uses up to 13 litres a flush; a modern dual-flush model uses four or six. A shower that runs for ten minutes with a power pump can use more water than a bath. A sprinkler left on in the garden for an hour uses as much water as a family of four needs for a whole day. None of these is a moral failing. They are simply the habits of a city that has never been asked to think about water.

The council and the company can make better habits easy. They can offer free water-saving kits, as several companies already do, and rebates on efficient toilets and washing machines. They can publish, on every bill, a simple comparison of a household's use with that of similar homes nearby, which studies have shown to reduce use by a few per cent at almost no cost. And they can help the schools teach children where their water comes from, so that the next generation does not take it for granted.

## What it will cost, and who pays

The three parts of the plan together would cost about £850 million over twenty years. That figure needs to be put in context, because large numbers tend to end arguments rather than inform them.

- Mains renewal: about £300 million over fifteen years, added to the company's existing programme.
- Metering: about £45 million to fit meters to the remaining 62 per cent of homes, most of it in the first five years.
- The Harrow valley reservoir: about £410 million, spread over ten years of planning and construction.
- Aquifer recharge, rainwater harvesting and wetland restoration: about £95 million over twenty years.

Spread across the 190,000 households that the company serves, and across the decades for which these assets will last, the plan would add about £60 a year to the average bill by the mid-2030s, before the savings from lower leakage and lower demand are counted. Once those savings are included, the net increase falls to about £35 a year.

That is not nothing. For a household that is already struggling, £35 a year matters, which is why the social tariff described above is an essential part of the plan rather than an optional extra. But for most households the increase is smaller than the annual rise in a mobile phone contract, and it buys something far more important.

It is also worth asking what the alternative would cost. A single summer of emergency restrictions, with standpipes in the streets and factories forced to close, would cost the local economy far more than the whole plan. The drought of 1976, the last time such measures were used in the region, is still remembered by businesses that never reopened.

## Lessons from elsewhere

Ashford is not the first city to face this problem, and we can learn from others. Three examples are particularly instructive.

The first is a city in southern Australia that went through a decade-long drought at the start of this century. Its residents cut their water use from about 250 litres a day to under 160, through a combination of restrictions, metering, public campaigns and rebates for water-saving appliances. Crucially, much of that reduction has lasted, even after the drought ended, because the habits and the appliances stayed.

The second is a city in the Netherlands that manages its water not only as a supply to be delivered but as a landscape to be designed. Its parks, squares and even car parks are built to store rainwater during storms and release it slowly. The result is fewer floods in winter and more water in the ground in summer.

The third example is closer to home. A water company in the east of England, facing some of the lowest rainfall in the country, fitted meters to almost every home more than a decade ago. Its customers now use less water per person than almost anyone else in Britain, and its bills are not unusually high.

None of these places is identical to Ashford. But all of them show that a city can change the way it uses water within a decade, if it decides to.

## The objections, answered

Before I conclude, I want to deal with four objections that I have heard many times, in public meetings and in the pages of this newspaper.

The first objection is that the water company, not the public, should pay for fixing its own leaks. There is a good deal of force in this. The company has paid generous dividends to its shareholders in years when it missed its leakage targets, and the regulator should stop that. But in the end, every pound the company spends comes from its customers or from its investors, who expect a return. The question is not whether we pay but how, and the best answer is a strict regulator that ties the company's returns to its performance.

The second objection is that the city's population growth is the real problem, and that we should simply build fewer houses. Yet people who are not housed in Ashford do not stop using water; they use it somewhere else, often in places with even less of it. And most of the growth in demand comes not from new homes, which are built to high efficiency standards, but from the old homes and old pipes of the existing city.

The third objection is that climate change makes all this planning pointless, because nobody knows what the weather will be in 2050. It is true that the forecasts are uncertain. But uncertainty is an argument for resilience, not for inaction. A city with less leakage, lower demand and more storage is better prepared for every plausible future, whether it is wetter or drier than we expect.

The fourth objection is that the plan is too ambitious, and that the city should start with something smaller. I understand the instinct. But the history of water planning in Ashford is a history of starting small and then stopping. A plan that fixes the pipes but does not build storage, or builds storage but does not meter, would leave the city exposed. The three parts work together, because each one makes the others cheaper.

## What the council must decide

The council does not own the water company, and it cannot order it to do anything. But it has more influence than it sometimes admits. It decides where new homes are built and to what standard. It owns the parks, the schools and the office buildings that are among the largest users of water in the city. It will be consulted on the Harrow valley scheme and on the company's next investment plan. And it speaks for the city to the regulator and to the government.

This autumn, the council should use that influence in three concrete ways. It should formally support the Harrow valley reservoir in its response to the company's consultation, ending forty years of ambivalence. It should adopt a planning rule that requires rainwater harvesting and water-efficient fittings in every new building. And it should fit meters and leak detectors in all of its own buildings within two years, to show that it is willing to do what it asks of residents.

The summer of the hosepipe ban was a rehearsal. Next time the reservoir falls, it may fall further, and the rain may come later. We know what the problems are, we know what the solutions cost, and we know that every year of delay makes them more expensive. Therefore Ashford must fix its pipes, meter its homes and build its storage now, while it still has the water to choose.
""",
    ),
]
