"""Round 12 (classifier v13): honest shop copy of the topics that were flagged, and sneaking,
misdirection and obstruction in more shapes; English and the six other languages of v12.

Written for Candor after the seen blind sets of rounds 9-11 were read by category (not line by
line): their false positives were mostly honest notices on the topics the pressure lines talk about
-- renewals stated with date and amount, trials that end into a free plan, delivery cut-offs and
event times, security time-outs, quotes and fares with their validity, cookie and privacy notices,
price history stated with its period, a basket holding only what was chosen, optional add-ons with
a plain "no", plain rating quotes and usage meters, closed accounts and plain exit dialogs -- and
their misses were sneaking (a fee left out of the shown total, an extra placed in the order, a trial
that turns into a paid plan, renewal accepted by continuing), misdirection (a "Continue" that also
buys, a default plan described by its layout, adverts under a recommendation heading, a progress
prompt whose only "no" destroys the work) and obstruction (a survey, a review or a partner-by-partner
route before leaving, a call so that someone can talk the customer round, a notice period through
an office), plus a few gates, crowds and decline lines in the other languages.

The sentences here are written in other sectors and wordings than any evaluation line; no line of
any evaluation set is copied or reworded (tests/test_checks_quality.py checks it). No public corpus
was read.

Templates use ``[[a|b|c]]`` for alternatives and ``{slot}`` for numbers, prices, dates, times,
names and cities. ``lines()`` returns ``({label: [line, ...]}, [honest line, ...])``, deterministic
with its own random stream (the v12 corpus is unchanged).
"""

from __future__ import annotations

import random
import re

from gateway.checks.manipulation_corpus_langs import _fill as _fill_lang

# kind -> classifier label, as in manipulation_corpus_langs
_LABEL = {"scarcity": "fake_scarcity", "urgency": "false_urgency", "misdirection": "pressured_upsell",
          "social": "fake_social_proof", "obstruction": "hard_to_cancel", "sneak_basket": "pressured_upsell",
          "sneak_cost": "hidden_subscription", "forced": "hidden_subscription", "shame": "confirmshaming"}

_EN = {
    "name": ["Maya", "Owen", "Ruth", "Kofi", "Ines", "Dev", "Hana", "Callum", "Zoe", "Ravi", "Nadia", "Finn"],
    "city": ["Norwich", "Galway", "Tacoma", "Halifax", "Perth", "Dundee", "Boise", "Cardiff", "Albany", "Exeter"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "March", "April", "May", "June", "July", "August", "October", "November"],
    "cur": ["£", "$", "€", "£", "$"],
}


def _alts(t: str, rng: random.Random) -> str:
    """Pick one of ``[[a|b|c]]``; an alternative may hold single brackets ("[[[Yes] [No]|Yes / No]]")."""
    out: list[str] = []
    i = 0
    while True:
        j = t.find("[[", i)
        if j < 0:
            out.append(t[i:])
            return "".join(out)
        out.append(t[i:j])
        k, depth, opts, cur = j + 2, 0, [], []
        while k < len(t):
            c = t[k]
            if c == "[":
                depth += 1
            elif c == "]":
                if depth:
                    depth -= 1
                elif t.startswith("]]", k):
                    break
            elif c == "|" and not depth:
                opts.append("".join(cur))
                cur = []
                k += 1
                continue
            cur.append(c)
            k += 1
        opts.append("".join(cur))
        out.append(rng.choice(opts))
        i = k + 2


def _fill_en(t: str, rng: random.Random) -> str:
    t = _alts(t, rng)
    cur = rng.choice(_EN["cur"])  # one currency per line

    def rep(m: re.Match[str]) -> str:
        k = m.group(1)
        if k == "n":
            return str(rng.randint(2, 9))
        if k == "nn":
            return str(rng.randint(11, 90))
        if k == "big":
            return rng.choice([f"{rng.randint(1, 90)},{rng.randint(100, 999)}", str(rng.randint(120, 980))])
        if k == "pct":
            return rng.choice(["10", "15", "20", "25", "30", "40", "50"])
        if k == "price":
            return cur + rng.choice(["3.49", "4.99", "6", "8.50", "11.99", "14", "19.99", "24", "39", "79.95", "129"])
        if k == "small":
            return cur + rng.choice(["0.99", "1.49", "1.95", "2.50", "2.99", "3.75", "4.20"])
        if k == "h":
            return str(rng.randint(7, 21))
        if k == "mm":
            return f"{rng.randint(0, 59):02d}"
        if k == "date":
            d = rng.randint(1, 28)
            mo = rng.choice(_EN["month"])
            return rng.choice([f"{d} {mo}", f"{mo} {d}", f"{rng.choice(_EN['day'])} {d} {mo}"])
        if k in _EN:
            return rng.choice(_EN[k])
        return m.group(0)

    return re.sub(r"\{(\w+)\}", rep, t)


# ----------------------------------------------------------------------------------- English
EN = {
    # sneaking: a cost left out of the shown price, revealed late or only in the terms
    "sneak_cost": [
        "[[Nightly rates|Prices per cabin|Pitch prices|Room rates]] shown [[exclude|do not include]] the [[cleaning charge|resort levy|service fee|linen fee]] and local taxes, [[which appear|added]] [[on the payment page|at the final step|after you enter your card]].",
        "The [[fare|ticket price|rate]] you see is per [[person|adult|leg]]; [[booking|admin|handling]] and [[seat|luggage|card]] fees come on top at the end.",
        "[[Service and handling charges|Processing and platform fees|Venue and facility fees]] [[are worked out|are calculated|get added]] [[in the last step|on the confirmation screen|once you pay]].",
        "Free [[fitting|installation|assembly|setup]]* [[|on every order]] — *[[a call-out charge|a travel fee|a handling charge]] applies [[outside town|under {price}|on weekends]], [[shown at payment|added at checkout|see terms]].",
        "[[Price excludes|Not included in the price:]] the [[mandatory|compulsory|required]] [[admin fee|registration charge|key deposit|onboarding fee]].",
        "Your [[trial|free month|intro period]] [[turns into|rolls straight into|becomes]] a [[paid|full-price]] [[annual|yearly|monthly]] plan [[automatically|without a reminder]] at {price}.",
        "By [[tapping|pressing|clicking]] [[Continue|Next|Start]], you agree to [[automatic renewal|recurring payments|ongoing billing]] at the [[standard|full|regular]] price ([[see terms|details in the T&Cs|terms apply]]).",
        "[[Welcome offer|Intro price|Starter deal]] {small} for the first [[month|box|issue]]; [[after that|thereafter|then]] the [[full|regular]] price [[is charged|applies]] [[every month|each quarter]] (see small print).",
        "[[Your|This]] [[purchase|order|kit]] [[includes|comes with|starts]] a [[monthly|quarterly|bi-monthly]] [[refill|restock|replacement]] [[plan|subscription]] — details on page {n} of the terms.",
        "[[Membership|Access|Coverage]] [[continues|carries on|renews itself]] [[each year|every month]] until you [[tell us|write to us]] otherwise.",
        "{price} [[per night|per day|a month]]*  *[[plus|excluding]] [[taxes, fees and a service charge|a {small} platform fee per booking|city tax and energy surcharge]]",
        "[[Subtotal|Items]] {price} · [[Order care|Parcel guard|Delivery cover|Green shipping]] {small} (included) · Total {price}",
        "[[Tickets|Seats|Passes]] from {price}, [[fees|charges]] [[extra|not shown|added later]].",
        "[[Low monthly price|Only]] {small} a [[week|day]]! [[Billed|Charged]] as one [[annual|yearly]] payment [[up front|in advance]].",
        "[[Course fee|Entry|Class price]]: {price}. [[Amount due|Final amount|You pay]] at [[checkout|the till|payment]]: {price} [[after compulsory charges|once required fees are added|including non-optional extras]].",
        "[[Rates|Prices]] are [[per guest|per person|per seat]] and [[leave out|don't include]] [[VAT, tourist levy and booking charges|the platform fee and taxes|surcharges]].",
        "[[Free|Zero]] [[postage|shipping]]!* *[[A packaging surcharge|A remote-area charge|A small-order fee]] of {small} [[applies|is added]] [[at payment|on the last page]].",
    ],
    # sneaking into the basket or the booking
    "sneak_basket": [
        "Your [[booking|ticket|reservation|fare]] [[comes with|includes|already has]] [[FlexiCover|Priority Boarding|Peace-of-Mind Plus|Fast Track]] ({price}). [[Remove|Untick]] it [[on the last page|later|in step {n}]] if you don't need it.",
        "We've [[put|popped|placed]] [[a care kit|a spare filter|a cleaning set|a phone stand|a bag of treats]] ({small}) [[in your basket|in your order|in your cart]] [[for you|to save you time|so you don't forget]].",
        "Your bill now [[includes|carries]] a {pct}% [[service charge|tip|contribution]]; [[adjust|remove]] it on the next screen.",
        "[[Extended warranty|Accidental damage cover|Theft protection]] ({price}) has been [[included|added]] [[for your peace of mind|to protect your purchase|as standard]].",
        "Your [[room|cabin|rental]] now [[includes|has]] [[breakfast|late checkout|a parking space]] for {price} per night — [[already in the total|we added it for you]].",
        "[[Express|Priority|Tracked]] [[delivery|shipping]] ({small}) [[is selected|is on|comes]] [[unless you switch it off|by default]].",
        "[[A donation|A round-up|A carbon top-up]] of {small} [[sits|is]] in your basket — [[remove it|untick it]] if you'd rather not.",
    ],
    # misdirection: the way to buy made the obvious path, the way out hidden in the layout or wording
    "misdirection": [
        "[ [[Continue|Next|Proceed|Go on]] ] ([[adds|includes|turns on]] [[Screen Guard|Pet Cover|Home Assist|Device Shield]] for {small}/month)   [[skip without cover|carry on without it]] ([[plain link|small text|below]])",
        "Two [[buttons|choices|options]]: [[a big orange|a wide green|a bold blue]] \"[[Yes, cover my trip|Protect my order|Add the plan]]\" and, [[much smaller|in pale grey|underneath]], \"[[no cover|continue unprotected|no plan]]\".",
        "[[Pro|Max|Gold|Plus]] is [[already chosen|selected for you|set as your plan]]; the [[basic|standard|lite]] [[option|plan|tier]] is [[further down|at the bottom|behind 'other plans']].",
        "[[Paid listings|Promoted hotels|Advertised apps|Sponsored products]] are shown first under the heading '[[Best for you|Our top picks|Recommended for you|Most relevant]]'.",
        "Keep your [[saved designs|playlist|streak|drafts|photos]]? [ [[Go Premium|Upgrade|Subscribe]] for {small}/[[week|month]] ]  [ [[Delete them|Lose everything|Throw it away]] ]",
        "Just {small} more for [[Family|Duo|Premium|the large]]! ([[pre-selected|highlighted as default|ticked for you]]; [[Single|Basic|small]] shown [[faded|in fine print|further down]])",
        "Not ticking this means you won't be taken off our [[offers|partner|promotions]] list, unless you untick the one below.",
        "Don't [[stop|pause|block]] [[sharing|marketing|partner emails]]? [[Yes / No|[Yes] [No]|OK / Cancel]]",
        "[[Recommended|Best value|Most popular]] badge on the [[dearest|priciest|top]] [[plan|bundle|package]], which is also [[pre-selected|ticked already|the default]].",
        "\"[[Our honest verdict|Independent pick|Expert's choice]]\": the [[AeroMax|QuietPro|Zenith]] is the only [[kettle|vacuum|mattress|router]] you need ([[sponsored|paid partnership]], [[disclosed in the footer|noted at the very end]]).",
        "Tick here to [[not|never]] [[miss out on|lose]] [[savings|member prices|partner offers]] (ticking [[signs you up|subscribes you|adds the newsletter]]).",
        "[[Accept and continue|Agree and play|Allow and go]] (large) · [[Reject|Decline|Manage]] ([[tiny|hidden|low-contrast]] link [[after the terms|at the end|under the fold]])",
        "[[Ads|Paid placements|Sponsored stays]] are [[labelled|listed|shown]] as \"[[Picked for you|Great matches|Top results|Handpicked]]\" [[at the top of the list|first in your results|above the rest]].",
        "[ [[Start my trial|Keep going|Next]] ▶ ] ([[begins|starts]] a paid [[trial|plan]])        [[use the free version|stay on Free|no thanks]]",
        "[[Regular|Standard]] {price} · [[Large|Family size|Bundle]] {price} ⭐ [[BEST VALUE|SMART CHOICE|TOP PICK]] ([[barely|only]] {small} [[more|extra]])",
        "[[Tap|Press]] \"[[OK|Got it|Sounds good]]\" to [[continue|carry on]] ([[this turns on|which means yes to|and you accept]] [[ad tracking|data sharing|personalised ads]]).",
        "Want [[fewer emails|to pause ads|less tracking]]?  [ [[Keep everything on|Stay subscribed|Keep my settings]] ]  [ [[Continue|Next|OK]] ]",
    ],
    # obstruction: leaving made slow, conditional or routed through a sales talk
    "obstruction": [
        "[[Leaving|Closing your account|Ending your plan]]? First we need your answers to {nn} questions about your experience; the [[cancel|close|confirm]] button [[appears|unlocks]] after the last one.",
        "[[Deletion|Closure|Cancellation]] requests are [[checked|reviewed|assessed]] by [[our team|an agent|the accounts desk]] and [[can|may]] be [[refused|turned down|rejected]] while [[any credit|a balance|an open order|a voucher]] remains.",
        "To [[opt out of|refuse|stop]] [[data sharing|targeted ads|profiling]], [[contact|visit|write to]] each of our {nn} partners [[one by one|individually|separately]].",
        "[[Plan changes|Downgrades|Cancellations|Pausing]] [[need|require|are only possible with]] [[a call to our office|written notice to head office|a visit to a branch]] at least {nn} days before [[renewal|your billing date|the term ends]].",
        "[[Cancelling|Closing your account|Ending your plan]] is [[done|handled]] by phone, so [[an adviser|our loyalty team|a specialist]] can [[walk you through your options|find you a better offer|talk it over with you]].",
        "Send your [[termination|cancellation|notice]] by [[registered|recorded|signed-for]] [[letter|post]], [[with a wet signature|with a copy of your ID|signed by the account holder]], to our [[head office|registered address]].",
        "Step {n} of {nn}: [[confirm|tell us again|re-enter your password to confirm]] that you still want to [[leave|cancel|go]].",
        "[[Unsubscribing|Cancelling]] is [[only|just]] [[available|possible]] [[in our desktop app|from the account owner's phone|at our service desk]] [[during office hours|on weekdays]].",
        "[[Our cancellation line|The termination hotline]] is open [[Tuesdays|Wednesdays]] from {h}:00 to {h}:15.",
        "We can't [[close|remove]] your [[account|profile]] until you [[confirm by post|spend your remaining points|download and sign a form]].",
        "[[Certified e-mail|A notarised form|A signed letter]] is [[required|needed]] to [[terminate|end]] the [[contract|plan]]; [[allow|expect]] up to {nn} days for [[our reply|confirmation]].",
    ],
    "forced": [
        "To [[see|view|check|read]] [[the menu|the store map|your voucher|the timetable|the size chart]], [[install our app|sync your address book|join our mailing list|link your social account]].",
        "[[Continue|Checkout|Your download]] [[requires|needs]] [[access to your address book|your phone contacts|notifications turned on|a follow on our page]].",
        "[[Send this link to|Invite]] {n} [[friends|contacts]] [[and we'll unlock|before we reveal]] [[your result|the recipe|your ticket]].",
        "[[Watch a short video|Rate the app|Follow us]] to [[see|open|access]] your [[receipts|past orders|saved items]].",
        "[[Reviews|The FAQ|Opening hours|The size guide]] [[are|is]] [[for members only|only visible after you register|locked until you log in]].",
        "[[You must|Please]] [[agree to marketing emails|accept partner offers|sign up for texts]] to [[finish your order|complete the booking|get your receipt]].",
    ],
    "scarcity": [
        "[[Stocks|Quantities|Batches]] are [[very|extremely|seriously]] [[thin|limited|small]] and we'll never [[restock|make more|bring it back]]. [[Secure yours|Get yours|Grab one]] [[now|today|while you can]].",
        "Demand is [[huge|through the roof|off the charts]] right now — [[close this page|leave|wait]] and [[your size|this room|your seat|this slot]] [[may be gone|could be taken|might not be here]].",
        "[[Exclusive|One-off|Limited]] [[release|batch|run]]: [[tiny|very few|barely any]] [[units|pieces|pairs]], and [[if you hesitate|blink|think it over]] [[you'll miss it|it's gone|someone else gets it]].",
        "[[Between us|Honestly|To be fair]], there are just [[two|three|four]] [[tables|camper vans|cabins|seats]] left for [[Saturday|that week|those nights]], so I'd [[book soon|not hang about|move quickly]].",
        "[[Only|Just]] [[a couple of|two or three|a handful of]] [[slots|spots|rooms]] [[remain|are still open]] and they [[go quickly|won't be there tomorrow|are being snapped up]].",
    ],
    "urgency": [
        "[[Claim|Grab|Redeem|Unlock]] [[my|your]] [[offer|discount|reward|bonus]] before it [[vanishes|expires|disappears|runs out]]",
        "[[A {pct}% code|Your bonus]] is [[yours|waiting]] if you [[register|book|join]] before the next {nn} [[seconds|minutes]] [[run out|are up]].",
        "[[Coupon|Code|Bonus]] {nn}OFF [[lives|exists]] only in this [[tab|session]]: [[refresh|reload]] and [[it's history|it vanishes]].",
        "[[Prices|The offer|Discounts]] could [[end|reset|change]] any [[minute|moment]] [[without notice|without warning]] — [[decide now|don't wait|be quick]].",
        "[[Leave now|Close this tab|Walk away]] and [[this voucher|the bonus|your welcome discount]] is [[gone for good|lost forever|deleted]].",
        "[[Navigate away|Switch tabs|Close the app]] and [[the member rate|this deal|the bonus]] [[dies with it|is void|won't come back]].",
    ],
    "social": [
        "[[Shoppers|Members|Readers|Drivers]] [[with your taste|in your age group|with a similar basket]] [[mostly|usually]] [[went for|ended up on|picked]] [[Premium|the bundle|the annual plan]].",
        "[[Over|More than]] {big} [[dog owners|cyclists|new parents|teachers|gardeners]] [[trust|rely on|swear by]] us. [[Shouldn't you?|Why don't you?|What are you waiting for?]]",
        "Everyone [[in your team|on your floor|in your building|on your street]] has already [[enabled|switched on|signed up for]] [[auto-pay|the premium plan|paperless billing|the loyalty card]].",
        "[[Most|Nearly all]] [[households|drivers|shoppers]] [[near you|in your area|on your road]] [[picked|went for|chose]] [[express delivery|the bigger plan|fibre]].",
        "[[The best players|Pro riders|Top creators]] [[already have|are all using|swear by]] the [[Crimson|Onyx|Aurora]] [[pack|kit|skin]]. [[Join them|Be one of them|Don't be left out]].",
    ],
    "shame": [
        "[[Nope|Nah]], I'll [[wing it|guess|muddle through]] [[without help|solo]] — [[what could go wrong|mistakes are fun|who needs experts]].",
        "[[True fans|Real runners|Serious players|Proper cooks]] never [[cancel|skip|quit|downgrade]] [[their membership|the season pass|Pro]].",
        "[[No thanks|Skip]], I [[prefer|like]] [[wasting|losing|throwing away]] [[money|my savings|time]].",
        "[[Let me|I'd happily]] [[overpay|pay double]] [[for postage|on fees]].",
        "[[No need|Not for me]], I [[already know it all|never make mistakes|know better than the experts]].",
    ],
    # honest copy of the topics that get flagged
    "none": [
        # security, logistics, schedules
        "For [[safety|security]] reasons, [[the app|your banking session|the kiosk|the portal]] [[locks|logs you out|signs you out]] after {n} minutes without activity.",
        "[[Gate|Check-in|Bag drop]] [[closes|shuts]] {nn} minutes before [[departure|the ferry leaves|the coach leaves]].",
        "The [[webinar|broadcast|match stream|concert stream]] [[starts|begins]] in 00:{nn}:{mm}.",
        "[[Quote|Estimate]] no. {nn}{nn}: prices held for {nn} days.",
        "Your [[bus|tram|ferry|flight|coach]] is running {nn} minutes late. [[Sorry for the wait.|We'll update this page.|Check the board for changes.]]",
        "Order before {h}:00 [[for next-day delivery|and it ships today|for same-day dispatch]].",
        "[[Pop-up market|Sample sale|Open studio|Repair café]]: [[Saturday|Friday|Sunday]] {h}:00–{h}:30, [[entry free|all welcome|no booking needed]].",
        "[[Spring sale|Summer offer|Weekend deal]]: {pct}% off [[garden tools|rain jackets|board games]], {date} to {date}.",
        "Your [[parcel|order|delivery]] [[arrives|is due|should arrive]] on {date} between {h}:00 and {h}:00.",
        # renewals and trials stated with date and amount
        "[[Next renewal|Renewal date]]: {date}, {price}. [[A reminder email goes out|We'll write to you]] {n} days [[ahead|beforehand]].",
        "[[Heads-up|Reminder|Just so you know]]: [[your plan|your membership|your box]] renews on {date} at {price}. [[Cancel or change it|Change it]] in [[Settings|your account]] if you'd like.",
        "Pay {small} today. From {date}, {price} a month [[unless you cancel|until you cancel]] [[before then|in your account]].",
        "When your trial ends you'll [[move to|stay on|drop back to]] the free plan; [[nothing is charged|you won't be charged|no payment is taken]] unless you pick a paid plan.",
        "Monthly {price} or yearly {price} ([[about|roughly]] {small} a [[month|week]]). [[Pick whichever suits you|Either can be cancelled online|Switch any time]].",
        "You can [[pause|change|stop]] your [[donation|gift|box|standing order]] [[any time|whenever you like]] [[online|in your account|with one email]].",
        "Free for {nn} days, [[no card needed|no payment details asked|nothing to pay]]. [[We'll only ask for a card if you stay|You choose a plan afterwards, if you want one]].",
        "[[Annual|Yearly]] plan: {price}, billed once a year ([[about|roughly]] {small} a [[day|week]]).",
        "Your trial [[ends|finishes]] on {date}. [[After that|Then]] [[your files stay|your notes stay|your data stays]] [[readable|yours]]; [[editing|syncing|exports]] [[needs|need]] a paid plan.",
        "[[Three|Five|Two]] [[stories|episodes|levels]] a month are on us; [[membership|a subscription]] costs {small} weekly.",
        "Downgrading to Free keeps your [[projects|files|boards]]; you [[lose|give up]] [[team seats|priority support|version history]].",
        # consent, privacy, leaving the site
        "Cookies: only the ones needed to run the [[shop|site|booking system]] are on. [[[Allow analytics] [Keep them off]|Allow statistics? Yes / No|[Allow all] [Only necessary]]]",
        "We set [[analytics|statistics|preference]] cookies only if you [[agree|say yes|allow them]]; [[change your mind|switch them off]] [[any time|whenever you like]] in [[Privacy settings|the footer]].",
        "Our privacy notice changed on {date}: we now keep [[invoices|chat logs|delivery records]] for {n} years. [[No action is needed|Nothing changes for you|You don't have to do anything]].",
        "[[Allow location|Use my location]] to find the nearest [[branch|pharmacy|charging point|library]], or type a [[town|postcode|ZIP code]] [[instead|yourself]].",
        "You're leaving [[our site|the app|this page]] for [[an external|a partner's|another company's]] website.",
        # price history with its period
        "Now {price}, [[was|previously]] {price} [[for the past|over the last|for the previous]] {nn} days.",
        "Price cut: {price}, [[down from|was]] {price} [[last month|until Monday|since {date}]].",
        "[[Lowest price in the last 30 days|Previous lowest price|30-day low]]: {price}. [[Today|Now]]: {price}.",
        # basket and add-ons
        "Your [[basket|bag|cart]]: {n} items, {price}. [[We haven't added anything else|Nothing else is in it|Only what you chose]].",
        "[[Items in your cart|Your picks|Your basket]] [[are saved|stay here|are kept]] [[for when you come back|until you return|whenever you're ready]].",
        "[[Warranty|Insurance|Gift wrap|Cover]] is optional: [[[Add for {price}] [No thanks]|Add ({small}) / Skip|[Yes, add it] [No, continue]]]",
        "If you only [[cook for two|need a small car|use it at weekends|print a few pages]], the [[smaller|basic|standard]] [[model|plan|size]] is [[probably|likely]] [[plenty|enough]].",
        "[[Most|Many]] [[people|buyers]] [[pick|go for]] [[the regular size|size 40|the 1-litre version]]; [[see the fit guide|check the measurements|read the sizing notes]] if you're [[unsure|between two]].",
        "[[Ad|Sponsored|Advert|Promoted]] · [[paid placement|promoted listing|partner content|this seller paid to appear here]]",
        # stock and sales stated plainly
        "This [[model|colour|edition|flavour]] is being [[discontinued|retired|replaced]]; [[remaining|the last]] units are {pct}% off.",
        "Sold out. [[Restock expected|Back|More arriving]] in about {n} weeks — [[thanks for your patience|join the waiting list if you like]].",
        "Availability for your dates: {n} [[rooms|cabins|pitches|apartments]].",
        "[[Max|Limit of]] {n} per [[customer|order|household]] [[while we restock|due to a shortage|for now]].",
        # accounts, exits, cancellation
        "[[Account closed|Membership ended]] on {date}. [[Personal records|Your details]] are [[wiped|erased]] after {nn} days; [[thanks for shopping with us|goodbye for now]].",
        "Cancel your [[membership|plan|subscription]]? [[[Yes, cancel] [Keep it]|[Cancel plan] [Go back]|Yes / No]]",
        "Discard changes? [[Unsaved edits|Your edits|This draft]] will be lost. [[[Save] [Discard]|[Keep editing] [Discard]]]",
        "[[Unsubscribe|Opt out]] with the link [[in the footer|at the end|at the bottom]] of [[every|any]] email; it [[works at once|is immediate|takes effect straight away]].",
        "[[Saver|Advance|Basic]] fare: {price}. [[It can't be changed or refunded|Changes and refunds aren't possible on this fare]].",
        "Replies from our [[two-person|tiny|volunteer]] support desk [[usually|normally]] come within {n} working days.",
        "[[Cancel|End your plan]] [[any time|whenever you like]] in [[Settings > Billing|your account page|the app]], [[in two clicks|with one button|no call needed]].",
        # plain ratings, counts and meters
        "[[★★★★★|★★★★☆]] \"[[Great fit|Lovely colour|Sturdy and light|Does the job]]\" — {name}, {city} (verified [[buyer|purchase|guest]])",
        "[[Used|Trialled]] by {n} [[clinics|libraries|cafés|schools]] [[in our pilot|so far|this year]]. [[Case notes on request|Report available]].",
        "[[Appeal|Fundraiser]] progress: {price} [[collected|given]] towards {price} for the [[roof repair|new van|playground|kitchen]].",
        "[[Storage|Usage|Data]]: {big} of {big} [[MB|credits|minutes]] used this month. [[Extra|Overage]] is {small} per [[GB|100 credits|hour]].",
        "Rated {n}.{n} out of 10 by {big} [[guests|customers|reviewers]].",
        # plain CTAs
        "[[Start your order|Book a table|Choose a plan|See the menu|Check availability|Compare plans|Get a quote]]",
        "No thanks, I'll [[pick a seat myself|pay at the desk|collect it in store|sort it out later|decide another day]].",
        "Our [[podcast|magazine|digest|channel]] now has {big} [[listeners|readers|subscribers|followers]]. [[Thanks for being one of them|Thank you]]!",
        "Your [[laptop|account|tablet]] session [[ends|times out]] after {nn} minutes idle, [[to protect your data|for your security|as a safety measure]].",
        "We [[keep|hold]] your [[cart|basket|bag]] for {n} days; [[prices|stock]] [[can|may]] change [[in that time|meanwhile]].",
        "Sorry, we [[can't ship|don't deliver]] to [[parcel lockers|islands|military addresses]] [[yet|at the moment]].",
        "[[Paid partnership|Sponsored article|Advertorial]]: this [[post|page|review]] was [[paid for|funded]] by [[Brightline|NorthFarm|Kettleworks]].",
        "[[Happy hour|Lunch deal|Late-night menu]]: {pct}% off [[mains|drinks|pizzas]], [[Mondays|weekdays]] {h}:00–{h}:00.",
        "[[Your renewal|Next payment]]: {price} on {date}. [[You can cancel before then in Settings|Cancel any time before that date]].",
        "[[Boarding|The tour|Doors]] [[starts|open|begin]] in {nn} minutes at [[gate|door|stand]] {n}.",
        "Your [[card|passport|licence]] expires [[next month|on {date}]]; [[we'll send a replacement|renew it online|a new one is on its way]].",
        "[[Week pass|Day ticket|Credit packs]]: {small} · {price} · {price}. [[No extras, no timers|Prices include VAT|Nothing renews]].",
        "[[The total|Every rate|The fare shown|The price on this page]] [[already includes|covers]] [[taxes, cleaning and service|all fees and VAT|booking charges and tax]]; [[nothing is added later|no surprises at checkout]].",
        "[[Rates|Prices]] [[per guest|per room|per seat]] [[include|are shown with]] VAT and [[the local levy|the tourist tax|all charges]].",
        "Every order [[ships|goes back]] free, [[no minimum spend|no catch]].",
        "[[Sorry about|Apologies for]] the [[mix-up|delay|wrong colour]]! I've [[sent|emailed]] [[a prepaid label|a refund note|a new tracking link]] to [[your inbox|your email]].",
        "[[Tap|Click]] the [[heart|star]] to [[save|like]] it, or [[swipe|scroll]] on to [[skip|see the next one]].",
    ],
}

# ----------------------------------------------------------------------------- other languages
DE = {
    "sneak_cost": [
        "Die angezeigten [[Übernachtungspreise|Mietpreise|Ticketpreise]] enthalten [[keine|nicht die]] [[Reinigungsgebühr|Servicepauschale|Bearbeitungsgebühr]]; sie [[kommt|wird]] [[erst im letzten Schritt|bei der Zahlung]] dazu.",
        "Mit Klick auf „Weiter“ [[stimmen Sie|stimmst du]] der [[automatischen Verlängerung|jährlichen Verlängerung]] zum [[vollen|regulären]] Preis zu.",
        "Ihr [[Probemonat|Testzeitraum]] [[geht automatisch|wandelt sich automatisch]] in ein [[kostenpflichtiges|bezahltes]] [[Jahresabo|Abo]] für {eur} über.",
    ],
    "sneak_basket": [
        "Wir haben [[eine Geräteversicherung|ein Pflegeset|eine Spende]] ({eur}) [[zu Ihrer Bestellung|in Ihren Warenkorb]] hinzugefügt.",
        "Ihre Buchung enthält [[bereits|automatisch]] [[eine Reiserücktrittsversicherung|ein Komfortpaket]] ({eur}).",
    ],
    "misdirection": [
        "[[Großer grüner Knopf|Riesiger Button]]: „[[Ja, Gerät schützen|Premium wählen]]“ – darunter [[klein und grau|winzig]]: „[[ohne Schutz weiter|nein]]“",
        "[[Premium|Das teuerste Paket]] ist [[vorausgewählt|schon angehakt]]; [[Basis|die günstige Variante]] steht [[weiter unten|ganz unten]].",
        "[[Alles erlauben|Zustimmen]] ([[groß und blau|farbig hervorgehoben]]) – [[Ablehnen|Nur notwendige]] ([[winziger Text|blasser Link]] [[am Seitenende|ganz unten]])",
    ],
    "obstruction": [
        "Eine Kündigung ist nur [[per Einschreiben|schriftlich mit Unterschrift]] [[an unsere Zentrale|per Post]] möglich.",
        "Kündigungen [[nehmen wir|werden]] nur telefonisch [[dienstags|mittwochs]] von {h} bis {h}:30 Uhr [[entgegen|angenommen]].",
        "Bevor Sie kündigen können, [[füllen Sie bitte|beantworten Sie bitte]] unseren Fragebogen mit {nn} Fragen aus.",
    ],
    "forced": [
        "[[Um weiterzumachen|Um den Gutschein zu nutzen|Zum Fortfahren]], [[installieren Sie bitte unsere App|geben Sie Zugriff auf Ihre Kontakte|melden Sie sich für den Newsletter an]].",
        "Ihren [[Rabattcode|Bonus|Coupon]] [[erhalten|bekommen]] Sie [[nur in unserer App|erst nach dem App-Download]].",
    ],
    "social": [
        "[[Soeben|Vor 2 Minuten]]: {name} aus {city} hat [[dieses Produkt|das Angebot]] [[gekauft|gebucht]]!",
        "{nn} Personen sehen sich das [[gerade|im Moment]] an – [[sehr gefragt|total beliebt]]!",
    ],
    "shame": ["Nein danke, [[Geld spielt für mich keine Rolle|Sparen ist nichts für mich|ich verschwende gern Geld]]."],
    "scarcity": ["[[Kaum noch|Nur wenige]] [[Paare|Stück|Plätze]] da – [[greif zu, bevor alles weg ist|bald ist nichts mehr übrig|wer wartet, verpasst es]]!"],
    "urgency": ["Wenn Sie [[die Seite schließen|jetzt gehen]], [[verfällt Ihr Rabatt|ist der Gutschein weg]] [[sofort|für immer]]."],
    "none": [
        "Bei Bestellung bis {h}:00 Uhr [[Lieferung am nächsten Tag|Versand noch heute]].",
        "Ihr Abo verlängert sich am {date} für {eur}. Wir erinnern Sie {n} Tage vorher [[per E-Mail|]].",
        "[[Geräteschutz|Versicherung|Geschenkverpackung]] ist optional: [[[Hinzufügen ({eur})] [Nein danke]|Hinzufügen / Weiter ohne]]",
        "Ihr Konto wurde [[geschlossen|gelöscht]]. Ihre Daten werden innerhalb von {nn} Tagen [[entfernt|gelöscht]].",
        "Kündigen Sie [[jederzeit|bequem]] online [[in Ihrem Konto|unter Einstellungen]].",
        "Lagerbestand: {n} Stück.",
        "Wir verwenden [[Statistik-Cookies|Analyse-Cookies]] nur mit Ihrer Zustimmung. [[[Zulassen] [Ablehnen]|Ja / Nein]]",
        "Jetzt {eur}, [[vorher|zuvor]] {eur} in den letzten 30 Tagen.",
        "[[Anzeige|Gesponsert]] · [[bezahlte Platzierung|Werbung]]",
        "Ihr Angebot ist {nn} Tage gültig.",
        "Wir haben unsere Datenschutzerklärung [[aktualisiert|geändert]]. Sie müssen nichts tun.",
        "Sie verlassen [[unsere Website|die App]] und wechseln zu [[einem Partner|einer externen Seite]].",
        "Nein danke, [[ich bezahle im Laden|ich hole es selbst ab|später]].",
        "Ihre Sitzung endet nach {nn} Minuten ohne Aktivität.",
    ],
}

FR = {
    "sneak_cost": [
        "Les [[frais de dossier|frais de service|frais de ménage]] ne sont pas inclus dans le prix affiché ; ils [[s'ajoutent|apparaissent]] à [[la dernière étape|l'étape du paiement]].",
        "Après la période d'essai, [[l'abonnement payant|la formule annuelle]] ({eur}) démarre [[tout seul|sans prévenir]].",
        "En cliquant sur « Continuer », vous acceptez le [[renouvellement automatique|prélèvement mensuel]] au [[plein tarif|tarif normal]].",
    ],
    "sneak_basket": [
        "Nous avons ajouté [[une assurance casse|une extension de garantie|un don]] ({eur}) à votre [[panier|commande]].",
        "Votre réservation [[inclut|comprend]] [[d'office|déjà]] [[l'option flexibilité|une assurance annulation]] ({eur}).",
    ],
    "misdirection": [
        "[[Gros bouton orange|Bouton géant]] « [[Oui, je m'abonne|Je protège mon achat]] » ; [[en tout petit|en gris pâle]] en dessous : « [[non merci|continuer sans]] »",
        "La formule [[Premium|la plus chère]] est [[présélectionnée|cochée d'avance]] ; la formule [[simple|de base]] est [[tout en bas|plus bas]].",
    ],
    "obstruction": [
        "La résiliation se fait uniquement par [[lettre recommandée|courrier signé]] à notre siège.",
        "Pour résilier, appelez-nous le [[mardi|mercredi]] entre {h} h et {h} h 15.",
        "Avant de supprimer votre compte, [[répondez à|remplissez]] notre questionnaire de {nn} questions.",
    ],
    "forced": ["Pour [[continuer|voir le menu|utiliser le bon]], [[téléchargez notre application|autorisez l'accès à vos contacts|inscrivez-vous à la newsletter]]."],
    "social": ["[[À l'instant|Il y a 3 min]] : {name} de {city} a acheté cet article !"],
    "shame": ["Non merci, je préfère [[payer plus cher|perdre de l'argent|rater les bons plans]]."],
    "none": [
        "Commandé avant {h} h, livré [[demain|le lendemain]].",
        "Votre abonnement sera renouvelé le {date} pour {eur}. Nous vous préviendrons {n} jours avant.",
        "L'assurance est facultative : [[[Ajouter ({eur})] [Non merci]|Ajouter / Continuer sans]]",
        "Votre compte a été fermé. Vos données seront supprimées sous {nn} jours.",
        "La résiliation se fait [[en deux clics|en ligne]], [[quand vous voulez|sans frais]], dans « Mon compte ».",
        "Stock actuel : {n} exemplaires.",
        "Nous utilisons des cookies de mesure d'audience seulement avec votre accord. [[[Accepter] [Refuser]|Oui / Non]]",
        "Publicité · emplacement payant",
        "Ce devis est valable {nn} jours.",
        "Nous avons mis à jour notre politique de confidentialité. Vous n'avez rien à faire.", "Non merci, [[je paie en magasin|continuer sans assurance|plus tard]].",
        "Vous quittez notre site pour [[celui d'un partenaire|une page externe]].",
    ],
}

ES = {
    "sneak_cost": [
        "[[Tasa de servicio|Cargo de limpieza]] aparte: [[lo verás|aparece]] [[al pagar|justo antes de confirmar]].",
        "La prueba gratuita se [[convierte|transforma]] automáticamente en una suscripción [[anual|de pago]] de {eur}.",
        "Al pulsar «Continuar», aceptas la renovación automática al precio [[completo|normal]].",
    ],
    "sneak_basket": [
        "Hemos añadido [[un seguro de viaje|una garantía extendida|una donación]] ({eur}) a tu [[carrito|pedido]].",
    ],
    "misdirection": [
        "[[Botón grande y verde|Botón enorme]]: «[[Sí, proteger mi móvil|Quiero Premium]]»; debajo, en [[letra pequeña|gris claro]]: «[[seguir sin protección|no]]».",
        "El plan [[Premium|más caro]] ya está [[seleccionado|marcado]]; el [[básico|sencillo]] aparece más abajo.",
        "Desmarca esta casilla si no quieres dejar de recibir [[novedades|promociones]].",
    ],
    "obstruction": [
        "Para darte de baja, llama [[los martes|los miércoles]] de {h}:00 a {h}:30.",
        "La baja solo se puede tramitar por [[burofax|carta certificada]] con [[firma|copia del DNI]].",
    ],
    "forced": ["Para [[continuar|ver la carta|usar el cupón]], [[descarga nuestra app|permite el acceso a tus contactos|suscríbete al boletín]]."],
    "shame": ["No, gracias, [[me gusta tirar el dinero|el ahorro no es lo mío|los descuentos son para otros]]."],
    "scarcity": ["¡[[Últimas unidades|Casi agotado]]! [[Vuelan|Se acaban]], no lo pienses más."],
    "social": ["{name} de {city} acaba de [[comprar|reservar]] esto. ¡[[No te quedes sin el tuyo|Tú también]]!"],
    "urgency": ["¡Date prisa! El [[contador|reloj]] [[sigue corriendo|no para]] y la oferta [[desaparece|termina]] [[en breve|en {cd}]]."],
    "none": [
        "Pide antes de las {h}:00 y lo recibes mañana.",
        "Tu suscripción se renueva el {date} por {eur}. Te avisaremos {n} días antes.",
        "El seguro es opcional: [[[Añadir ({eur})] [No, gracias]|Añadir / Continuar sin seguro]]",
        "Tu cuenta se ha cerrado. Borraremos tus datos en {nn} días.",
        "Cancela cuando quieras desde tu cuenta, en línea.",
        "Quedan {n} en el almacén de {city}.",
        "Anuncio · contenido patrocinado",
        "Este presupuesto es válido durante {nn} días.",
        "Sales de nuestra web para ir a [[la tienda de un socio|una página externa]].", "No, gracias, [[seguir sin seguro|pago en tienda|más tarde]].",
        "Hemos actualizado la política de privacidad. No tienes que hacer nada.",
    ],
}

NL = {
    "sneak_cost": [
        "[[Servicekosten|Schoonmaakkosten|Administratiekosten]] zitten niet in de getoonde prijs en komen er [[pas bij de laatste stap|bij het afrekenen]] bij.",
        "Je proefperiode gaat automatisch over in een [[betaald jaarabonnement|betaald abonnement]] van {eur}.",
    ],
    "sneak_basket": [
        "We hebben [[een annuleringsverzekering|een beschermhoes|een donatie]] ({eur}) [[aan je bestelling|in je winkelmandje]] toegevoegd.",
    ],
    "misdirection": [
        "Grote groene knop „[[Ja, bescherm mijn toestel|Kies Premium]]” – eronder in kleine grijze letters: „[[zonder bescherming verder|nee]]”",
    ],
    "obstruction": [
        "Je abonnement beëindigen? [[Stuur een aangetekende brief|Bel ons, uitsluitend op woensdag van {h}:00 tot {h}:30]].",
        "Voordat je kunt opzeggen, vul je eerst onze vragenlijst met {nn} vragen in.",
    ],
    "forced": ["Zonder [[toegang tot je adresboek|onze app|inschrijving op de nieuwsbrief]] kun je [[niet verder|je bon niet gebruiken|het menu niet zien]]."],
    "scarcity": ["[[Bijna op|Zo goed als uitverkocht]]! [[Wacht niet te lang|Wie aarzelt, is te laat|Snel zijn]]."],
    "shame": ["Nee, bedankt, ik [[betaal liever te veel|gooi graag geld weg|hoef geen korting]]."],
    "social": ["{name} uit {city} [[kocht dit net|heeft dit zojuist geboekt]] – [[jij ook?|wees er snel bij]]"],
    "none": [
        "[[Vóór|Voor]] {h}:00 besteld, [[morgen bezorgd|vandaag verzonden]].",
        "Je abonnement wordt op {date} verlengd voor {eur}. We sturen je {n} dagen vooraf een herinnering.",
        "Verzekering is optioneel: [[[Toevoegen ({eur})] [Nee, bedankt]|Toevoegen / Verder zonder]]",
        "Je account is gesloten. Je gegevens worden binnen {nn} dagen verwijderd.",
        "Opzeggen kan altijd online in je account.",
        "Voorraad: {n} stuks.",
        "Advertentie · betaalde plaatsing",
        "Deze offerte is {nn} dagen geldig.",
        "We hebben ons privacybeleid aangepast. Je hoeft niets te doen.", "Nee, bedankt, [[verder zonder verzekering|later]].",
        "Je wordt na {nn} minuten zonder activiteit uitgelogd.",
    ],
}

IT = {
    "sneak_cost": [
        "I [[costi di gestione|costi di servizio|costi di pulizia]] non sono inclusi nel prezzo mostrato e [[vengono aggiunti|compaiono]] solo all'ultimo passaggio.",
        "La prova gratuita si trasforma automaticamente in un abbonamento [[annuale|a pagamento]] da {eur}.",
    ],
    "sneak_basket": [
        "[[Abbiamo aggiunto|È stata aggiunta]] [[una polizza furto|un'estensione di garanzia|una donazione]] ({eur}) al tuo [[carrello|ordine]].",
    ],
    "misdirection": [
        "Pulsante grande e verde «[[Sì, proteggi il mio acquisto|Scegli Premium]]»; sotto, [[in piccolo|in grigio chiaro]]: «[[prosegui senza|no]]».",
    ],
    "obstruction": [
        "La disdetta va inviata [[tramite PEC|con raccomandata]] [[e firmata|con copia del documento]], con {nn} giorni di preavviso.",
        "Per disdire, chiama il [[martedì|mercoledì]] dalle {h}:00 alle {h}:30.",
    ],
    "forced": ["Per [[continuare|vedere il menù|usare il buono]], [[scarica la nostra app|consenti l'accesso ai contatti|iscriviti alla newsletter]]."],
    "shame": ["No grazie, preferisco [[pagare di più|buttare i soldi|perdere gli sconti]]."],
    "social": ["[[Proprio ora|Un minuto fa]]: {name} da {city} ha [[acquistato|prenotato]] questo [[articolo|pacchetto]]!"],
    "urgency": ["[[Affrettati|Sbrigati]]: [[il coupon|lo sconto]] [[sparisce|scade]] [[appena chiudi la pagina|tra {min} minuti]]!"],
    "scarcity": ["[[Ultime scorte|Quasi esaurito]]: [[vanno via in un attimo|tutti lo vogliono]], [[non aspettare|sbrigati]]!"],
    "none": [
        "Ordina entro le {h}:00, consegna domani.",
        "Il tuo abbonamento si rinnova il {date} a {eur}. Ti avviseremo {n} giorni prima.",
        "L'assicurazione è facoltativa: [[[Aggiungi ({eur})] [No, grazie]|Aggiungi / Continua senza]]",
        "Il tuo account è stato chiuso. I dati saranno cancellati entro {nn} giorni.",
        "Puoi disdire online quando vuoi dal tuo profilo.",
        "Disponibili {n} pezzi in magazzino.",
        "Annuncio · posizionamento a pagamento",
        "Il preventivo è valido {nn} giorni.",
        "Ordine ricevuto. Ti avviseremo quando parte.", "Abbiamo aggiornato l'informativa privacy: non devi fare nulla.",
        "No grazie, [[pago alla consegna|continuo senza|ritiro in negozio]].",
    ],
}

PT = {
    "sneak_cost": [
        "As [[taxas de serviço|taxas de limpeza|taxas de gestão]] não estão incluídas no preço apresentado; são [[somadas|acrescentadas]] no último passo.",
        "Ao continuar, aceita a renovação automática [[anual|mensal]] pelo preço [[total|normal]].",
    ],
    "sneak_basket": [
        "Adicionámos [[um seguro de viagem|uma garantia alargada|um donativo]] ({eur}) à sua encomenda.",
    ],
    "misdirection": [
        "Botão grande e verde «[[Sim, proteger|Quero Premium]]»; por baixo, em letra pequena: «[[continuar sem proteção|não]]».",
    ],
    "obstruction": [
        "O cancelamento só é aceite por [[carta registada|correio com assinatura]] para a nossa sede.",
        "Para cancelar, ligue [[à terça-feira|à quarta-feira]] entre as {h}:00 e as {h}:30.",
    ],
    "forced": ["Para [[continuar|ver o menu|usar o cupão]], [[descarregue a nossa app|permita o acesso aos contactos|subscreva a newsletter]]."],
    "shame": ["Não, obrigado, prefiro [[pagar mais|perder dinheiro|ficar sem desconto]]."],
    "urgency": ["[[Despache-se|Rápido]]! O [[desconto|cupão]] [[desaparece|acaba]] [[assim que sair da página|em {min} minutos]]."],
    "none": [
        "Encomende até às {h}:00 e receba amanhã.",
        "A sua assinatura renova a {date} por {eur}. Avisamos {n} dias antes.",
        "O seguro é opcional: [[[Adicionar ({eur})] [Não, obrigado]|Adicionar / Continuar sem]]",
        "A sua conta foi encerrada. Os dados serão apagados em {nn} dias.",
        "Cancele quando quiser, online, na sua conta.",
        "Em stock: {n} unidades.",
        "Anúncio · conteúdo pago",
        "Atualizámos a política de privacidade. Não precisa de fazer nada.", "Não, obrigado, [[continuar sem seguro|mais tarde]].",
    ],
}

LANGS = {"de": DE, "fr": FR, "es": ES, "nl": NL, "it": IT, "pt": PT}


def lines(seed: int = 1313, fills: int = 6) -> tuple[dict[str, list[str]], list[str]]:
    """Filled lines per classifier label, and the honest lines; ``fills`` tries per template."""
    return fill_templates(EN, LANGS, _LABEL, random.Random(seed), fills)


def fill_templates(en: dict[str, list[str]], langs: dict[str, dict[str, list[str]]],
                   labels: dict[str, str], rng: random.Random, fills: int
                   ) -> tuple[dict[str, list[str]], list[str]]:
    """Every template of every language filled up to ``fills`` times (distinct results only);
    ``labels`` maps a template kind to the classifier's label."""
    pos: dict[str, list[str]] = {}
    neg: list[str] = []
    for lang, kinds in [("en", en), *langs.items()]:
        for kind, templates in kinds.items():
            for t in templates:
                tries = 2 if "{" not in t and "[[" not in t else fills + 2 * (kind == "none") + 2 * (lang == "en")
                seen: set[str] = set()
                for _ in range(tries):
                    s = _fill_en(t, rng) if lang == "en" else _fill_lang(_alts(t, rng), lang, rng)
                    if s in seen:
                        continue
                    seen.add(s)
                    if kind == "none":
                        neg.append(s)
                    else:
                        pos.setdefault(labels[kind], []).append(s)
    return pos, neg
