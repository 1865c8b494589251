"""Round 13 (classifier v14): misdirection in many shapes and sectors, with honest look-alikes.

Written for Candor after the seen blind sets of rounds 7-12 were read by category (not line by
line). Misdirection was the weakest kind on every one of them (hard12 0.69, hard7 0.68, hard9
0.77): what the sets call misdirection is steering done by the layout or the wording rather than by
a pressure phrase -- a costly option chosen in advance, a "recommended" badge on the dearest plan,
a toggle or tick box whose wording turns yes into no, an advert dressed as a result or a download
button, a reference price nobody ever charged, "free" with its condition in an asterisk, and the
way out described by its look ("[big button] ... / [small grey link] ..."). Beside each shape there
is the honest copy it is easily confused with: a labelled sponsored result, a was-price with the
dates it applied, a neutral toggle, a recommendation that gives its reason, two equal buttons, a
choice with nothing selected or with the free option chosen, a functional box ticked ("Keep me
signed in") beside a paid extra ticked in advance (sneaking). A few sneaking, gate, decline and
obstruction lines per other language keep those kinds' share of the non-English text where v13 left it.

Sectors: airlines, rail, hotels, car hire, telecoms, broadband, streaming, news, software, games,
app stores, charities, groceries, food delivery, insurance, banking, fitness, ticketing, energy,
marketplaces. English and the six other languages of v12/v13 (German, French, Spanish, Dutch,
Italian, Portuguese). No line of any evaluation set is copied or reworded
(tests/test_checks_quality.py checks it); no public corpus was read.

Templates use ``[[a|b|c]]`` for alternatives and ``{slot}`` for numbers, prices, dates and names,
as in ``manipulation_corpus_v13``. ``lines()`` returns ``({label: [line, ...]}, [honest line, ...])``,
deterministic with its own random stream (the v13 corpus is unchanged).
"""

from __future__ import annotations

import random

from gateway.checks.manipulation_corpus_v13 import fill_templates

_LABEL = {"misdirection": "pressured_upsell", "sneak_basket": "pressured_upsell", "shame": "confirmshaming", "sneak_cost": "hidden_subscription", "forced": "hidden_subscription",
          "urgency": "false_urgency", "scarcity": "fake_scarcity", "social": "fake_social_proof",
          "obstruction": "hard_to_cancel"}

# ----------------------------------------------------------------------------------- English
EN = {
    "misdirection": [
        # the layout described in brackets: the costly path loud, the way out faint
        "[[[Large green button]|[Wide orange button]|[Bold blue button]|[Full-width button]]] [[Protect my phone|Add Care+ for {small}/month|Yes, insure my parcel|Upgrade my seat]] / [[[faint link below]|[tiny text underneath]|[grey link, bottom of page]|[small print link]]] [[continue without|skip this|no protection|keep standard seat]]",
        "[[[Primary button, flashing]|[Big pulsing button]|[Huge yellow button]]] [[CLAIM MY UPGRADE|ADD EVERYTHING|GET THE BUNDLE]] — [[[plain text, light grey]|[small unstyled link]|[link the same colour as the background]]] [[just the basics|single item only|skip]]",
        "[[[Highlighted card, centre, enlarged]|[Raised card with glow]]] [[Ultimate|Platinum|Everything]] {price}/[[month|mo]]  [[[side cards, smaller, greyed]|[narrow cards at the edges]]] [[Basic|Lite|Starter]] {small}/[[month|mo]]",
        "[[Checkout|Payment|Booking]] page: the [[add-ons|extras|upgrades]] panel is open and [[coloured|bold|framed in green]]; the option to [[decline them|go without|pay for the fare only]] is [[collapsed|in a dropdown|below the footer]].",
        "[[[Button] Yes, round up my donation to {price}|[Button] Give {price} monthly]] [[[underneath, 10px text]|[link under the fold]]] [[give once|one-off gift|a smaller amount]]",
        "[[Sign me up|Count me in|Activate rewards]] (big, bold, [[pre-focused|already highlighted|animated]]) · [[no, thanks|not now]] ([[hidden behind 'More options'|grey on grey|same colour as the page]])",
        # pre-selected costly option between plans, amounts, durations
        "Plan: (●) [[Premium Family|Max Ultra|Pro Annual]] {price}  ( ) [[Standard|Basic|Monthly]] {small} — [[the top option is selected when the page opens|we've chosen the best one for you]]",
        "[[Tip|Gratuity|Driver tip]]: [ {pct}% ✓ ] [ 10% ] [ 5% ] [ [[custom|other]] ] — [[the highest is selected by default|preset to the top amount]]",
        "[[Donation amount|Your gift|Monthly support]]: {price} [[(pre-selected)|(selected for you)|✓]] · {small} · [[other amount|choose your own]]",
        "[[Contract length|Term|Commitment]]: [[24 months|36 months|2 years]] (selected) — [[the rolling monthly option|30-day plan|no-contract SIM]] is [[on another page|under 'More deals'|not shown unless you ask]].",
        "[[Bag size|Pack|Portion]]: [[Jumbo|XL|Family pack]] is ticked [[by default|already]]; [[regular|single|small]] sizes [[need a tap to reveal|sit in a collapsed list]].",
        "Your seat: [[Extra legroom|Premium window|Front row]] {price} [[(auto-selected)|✓ chosen for you]]. [[Change to a free seat|Random free seat]] [[from the seat map|in step {n}]].",
        "Coverage level: [[Comprehensive Plus|Gold|Full Protection]] [[already selected|ticked for you]] · [[Third party|Basic|Essential]] [[in small print|collapsed]] below",
        # "recommended" badges on the dearest plan, with no reason
        "[[⭐ Recommended|✓ Best choice|★ Our pick|👍 Recommended for you]] — [[Unlimited Max|Premium 4K|Business Pro|Family XL]] {price}/month. [[Standard|Basic|Essentials]] {small}/month.",
        "[[RECOMMENDED|MOST POPULAR|BEST VALUE]] ribbon on [[the most expensive|the priciest|the top]] [[tier|package|broadband speed|room type]] [[for every visitor|whatever you searched for|regardless of usage]].",
        "[[Recommended for you|Suggested plan|Perfect for you]]: [[Premium|Ultra|the 1 Gbps package]] — [[chosen for everyone|shown to all new customers|the same pick for every account]].",
        "[[Our experts recommend|Most customers choose|Popular choice]]: [[the 3-year warranty|the full service bundle|the top protection level]] (our [[highest-margin|most expensive|dearest]] option).",
        # double negatives and toggles whose wording reverses
        "☐ [[Don't|Do not]] [[stop sending me|unsubscribe me from|exclude me from]] [[partner offers|promotional texts|member news]]",
        "[[Toggle ON|Switch on|Tick]] to [[not opt out of|avoid missing|keep not blocking]] [[personalised ads|third-party sharing|offer emails]].",
        "[[Clearing|Emptying|Leaving blank]] the square [[means we won't exclude you from|keeps you off the do-not-mail list for|won't take you out of]] [[partner mailings|promo texts|member offers]].",
        "[[Marketing preferences|Privacy settings|Contact options]]: [[Opt out of not receiving offers|Don't disable partner sharing|Keep suppression off]] [[ON|✓|Yes]]",
        "Confirm we should [[not stop|keep not pausing|avoid cancelling]] your [[newsletter|offer texts|partner mailings]]? [[Yes / No|[Yes] [No]|Confirm / Back]]",
        "[[To stay unsubscribed|To keep ads off|To refuse tracking]], press [[Accept|OK|Continue]]. To [[allow it|turn it on|agree]], press [[Decline|Cancel|Back]].",
        "[[Switch|Slider|Toggle]] labelled '[[Less relevant ads|Fewer offers|Limited sharing]]' — [[turning it off|sliding it left|unticking it]] [[stops all emails including receipts|also deletes your saved items|logs you out of every device]].",
        # disguised ads
        "[[Sponsored|Paid]] [[listing|result|app]] [[looks exactly like|is styled as|uses the same card as]] [[the top search result|an organic listing|a normal product]]; the [[tiny 'Ad'|'promoted'|'partner']] tag [[appears only on hover|is in the footer|shows after you click]].",
        "[[[An ad with its own 'Download now' arrow]|[A banner ad drawn as a 'Get file' button]|[Advert shaped like a 'Continue' button]]] sits [[on top of|before|beside]] the [[genuine file link|actual next step|true install link]]",
        "[[Editor's choice|Our independent review|Best of {nn}]]: the [[NovaBrush|CoolAir 5|StreamBox|GlowLamp]] [[wins again|is the clear winner|beats every rival]] — [[paid placement, mentioned only at the end|the brand paid for this article, disclosed nowhere above the fold]].",
        "[[Top deals|Best matches|Featured for you]] [[carousel|row|section]] [[is filled entirely by|holds only]] [[advertisers|paying hotels|sponsored sellers]], [[with no label|not marked as ads|labelled only in the page source]].",
        "[[Result #1|First result|Top pick]] ⭐ {n}.{n} — [[promoted by the seller|an advert]], [[though nothing on the card|though no label on the listing|but the card]] says so.",
        "[[News-style article|'Breaking' story|Advertorial]] [[about a miracle supplement|comparing energy tariffs|on the best savings account]] [[with the word 'advertisement' in 8px grey|with 'partner content' at the very bottom|with no sign it is an advert]].",
        # reference prices nobody paid, free with a condition in an asterisk
        "[[RRP|Originally|List price]] {price} [[— now|· Our price|→ Today]] {small} ([[the RRP was never charged here|invented reference price|a price it was never sold at]])",
        "[[Save|You save]] {pct}%! [[Compare at|Elsewhere|Market value|Valued at]] {price}, [[ours|here|you pay]] {small}.",
        "[[Compare at|Compare with|High-street price]] {price} · [[Our price|Members pay|Today with us]] {small}",
        "[[Market value|Typical retail|Worth]] {price} — [[you pay|yours for|our deal]] {small}",
        "[[Strikethrough|Crossed-out]] price {price} [[next to|above|beside]] {small}, [[though the item has always sold for|while the product has never been sold above|even though the usual price is]] {small}.",
        "[[Value|Worth|Valued at]] {price}! [[Yours for|Only|Get it for]] {small} ([[value set by us|based on our own estimate|not a price anyone paid]])",
        "[[FREE|Free]]** [[returns|installation|shipping|delivery]] — **[[minimum basket|only above|on orders of]] {price}[[ and over| or more]], [[excluding sale items|selected postcodes only|not on bulky goods]].",
        "[[Zero fees*|No hidden charges*|0% interest*]] — *[[for the first month|if repaid within {n} weeks|on selected items only]], [[then|after that]] {pct}%[[ APR| a year]].",
        "[[Unlimited|All-you-can-use|Endless]] [[data|storage|streaming]]¹ — ¹ [[slowed to 1 Mbps after|fair use cap of|throttled beyond]] {nn} GB.",
        "[[From|Starting at]] {small}[[*|†]] [[per month|per night|per person]] — [[*for the smallest room in low season|†with a 36-month contract and paperless billing|*once every available discount is applied]].",
        # trick wording: the button that also buys, the list that hides 'no'
        "[[[ Continue ]|[ Next ]|[ Proceed to payment ]]] [[(this adds|(includes|(also selects]] [[travel cover|a premium bag|a rewards membership]] {small}) — [[to go without, scroll to the bottom|to skip it, open 'other options'|'no' is under the terms]]",
        "[[Select your country|Choose your province|Pick a destination]] ▾ [[Spain / Sweden / No insurance needed / Switzerland|Alberta / British Columbia / No cover needed / Manitoba|France / Germany / Travel without protection / Greece]]",
        "[[Stay protected|Protect my files|Guard my identity]] [[(adds|(= subscribe to|(starts]] [[Identity Guard|Secure+|Cloud Backup]] [[{small}/month)|at {small} a month)]]",
        "Yes, [[move me to|switch me to|give me]] [[Fibre 900|Unlimited Max|the Gold plan|Business Class Flex]] [[(recommended)|— recommended]]",
        "[[Yes, speed up my delivery|Yes, make it faster|Yes, premium handling]] ([[most people pick this|recommended|chosen by 8 in 10]])  |  [[No, I'll wait longer|No, leave it slow|No, standard]]",
        "[[Accept|Agree]] & [[continue|close]] [[[blue, full width]|[huge]]] · [[Settings|Options]] [[[greyed out, opens {nn} pages of toggles]|[small link, every partner switched on]]]",
    ],
    # a paid extra ticked in advance (the honest functional ticks are under "none")
    "sneak_basket": [
        "[x] [[Add|Include]] [[parcel insurance|gift wrapping|priority handling|a spare charger|carbon offsetting]] (+{small})",
        "☑ [[Seat reservation|Travel cover|Extended warranty|Express packing]] — {small} [[added|included]]",
    ],
    # a few more sneaking costs in shapes the seen sets missed, in English
    "sneak_cost": [
        "[[Year-one|Launch|Promo]] pricing is a [[special|discounted]] rate; from [[year two|month {nn}|the second term]] you move to list price, [[which this page does not state|amount published elsewhere|set at our discretion]].",
        "[[Grand total|Amount due|To pay]]: {price} [[incl. a {small} 'service fee' first shown here|— a {small} handling fee appears for the first time on this screen]].",
    ],
    "none": [
        # bracketed layouts with equal weight, or a loud button for what the customer came to do
        "[[[Matching buttons]|[Equal-weight buttons]|[Identical outline buttons]]] [[Allow cookies|Allow tracking|Yes, allow]] · [[Refuse cookies|Don't allow|No, refuse]]",
        "[[[Primary button]|[Large button]|[Blue button]]] [[Pay {price}|Place order|Book now for {price}|Confirm booking]] / [[[secondary link]|[text link]]] [[Back to basket|Edit details|Change dates]]",
        "[[[Button] Continue without cover|[Button] Skip extras]]  [[[Button, same style] Add cover ({small})|[Button, same style] Add extras]]",
        "[[[Same-size buttons]|[Two equal tiles]]] [[Monthly {small}|Pay as you go]] · [[Annual {price}|Yearly {price}]] — [[neither is selected|pick one to continue|nothing chosen yet]]",
        # choices with nothing selected, or with the cheapest / what the customer chose
        "Pick a tier — [[Lite|Starter]] {small} | [[Plus|Family]] {price} | [[Max|Pro]] {price}. [[No tier is marked until you tap one|All three start unmarked]].",
        "[[Tip|Gratuity]]: [ [[No tip|0%]] ✓ ] [ 5% ] [ 10% ] [ [[custom|other]] ] — [[tips go to the driver in full|you can add one after delivery]].",
        "[[Donation|Gift]] amount: [[enter any amount|choose an amount]] ([[nothing pre-filled|no amount chosen|minimum {small}]]).",
        "Seat: [[free, assigned at check-in|standard seat (no charge)|random seat at no cost]]. [[Choose a seat for {small}|Seat selection from {small}]] if you [[prefer|want to sit together]].",
        "[[Contract length|Term]]: [[rolling monthly|30-day|no minimum term]] (selected). [[12- and 24-month|Longer]] plans are [[cheaper per month|listed below]] if you want them.",
        "[[Coverage|Cover level]]: [[Third party|Basic|Essential]] (your current cover). [[Compare|See]] [[Gold and Comprehensive|other levels]] [[side by side|in the table below]].",
        "You chose [[Basic|Standard|the 100 Mbps plan|the small box]] — [[change plan|compare plans|see other options]]",
        # recommendations that state their reason
        "[[Recommended for you|Suggested|Best fit]]: [[Standard|the 50 GB plan|Basic|the 2-person box]], because you [[used {n} GB a month on average|stream on one screen|cook for two|used {nn} minutes last month]]. [[Other plans|Cheaper and bigger plans]] [[below|are listed underneath]].",
        "[[Our pick for light users|Good for most households|Best for students]]: [[Lite|Standard|Basic]] {small}/month — [[based on the usage you entered|from your answers above|you can change it any time]].",
        "[[We suggest|Try]] the [[free|basic]] plan first; [[upgrade later|move up]] only if you [[run out of space|need more seats|hit the limit]].",
        # plain toggles and tick boxes
        "☐ [[Send me offers by email|Email me about new products|Text me about deals]] ([[unticked|off]] unless you tick it)",
        "[[Marketing emails|Partner offers|Personalised ads]]: [[Off|On]] [[[toggle]|[switch]]] — [[change this any time|you can switch it in Settings|receipts are sent either way]].",
        "[[Receive our newsletter?|Hear about offers?|Get order news by text?]] [[[ ] Yes   [ ] No|( ) Yes ( ) No]] — [[nothing is ticked in advance|you must choose one]]",
        "[[Unsubscribe from marketing|Stop promotional emails]]: [[one click|tap once]]. [[Order and account emails|Receipts and delivery updates]] [[still arrive|are not affected]].",
        "[[To turn off personalised ads|To stop partner sharing]], [[switch this off|untick this box]]. [[That's all|Nothing else changes|Your account stays as it is]].",
        # labelled ads and sponsored results
        "[[Sponsored|Ad|Advertisement]] · [[{name}'s Kitchen Shop|TravelSaver|BrightHome Energy]] — [[paid placement above the results|this listing is an advert]]",
        "Listings ordered by [[price (cheapest at the top)|distance from you|guest score]]; [[any paid placement carries an 'Ad' label|adverts are boxed and marked 'Ad'|ads sit in their own labelled row]].",
        "[[Paid partnership|Sponsored post|Advertisement feature]] with [[{name} Outdoors|NordPeak|Casa Verde]] — [[shown at the top of this article|disclosed before the first paragraph]].",
        "[[Download (real link)|Install from the official store|Get the app]] — [[adverts on this page are labelled 'Ad' and never look like buttons|ads appear in a grey box marked 'Advertisement']].",
        # real was-prices with their dates, plain free-delivery thresholds
        "Before the sale we charged {price} [[from {date} to {date}|throughout {month}]]; sale price {small}.",
        "[[Lowest price in the last 30 days|Lowest price in the 30 days before this offer|30-day low]]: {price}. [[Today|Now]]: {small}.",
        "[[Price history|Previous price]]: {price} until {date}; {small} [[since|from]] {date}.",
        "Delivery costs {small}, [[or nothing once your basket reaches|dropping to zero when your basket passes]] {price}.",
        "[[Zero-interest|0% APR]] for {nn} months, then {pct}% [[APR|a year]] on any balance left. [[Representative example below|See the repayment table]].",
        "[[Unlimited data|Unlimited calls and texts]], [[no speed cap|fair use {nn} GB in the EU]], {price}/month, [[12-month|24-month|rolling]] contract.",
        "[[From|Prices from]] {small} per night [[for a standard double|in a twin room]], [[taxes included|all fees included]]; [[other rooms|suites]] from {price}.",
        # a choice made in advance for the cheaper, free or functional option
        "[[Delivery|Shipping]]: (●) [[Standard (free)|Standard, no charge|Click & collect (free)]]  ( ) [[Express {small}|Next day {small}|Nominated day {small}]]",
        "[[Billing|Plan]]: (●) [[Monthly|Free]] — [[you can switch to annual later|upgrade whenever you like]]  ( ) [[Annual {price}|Pro {price}/month]]",
        "[x] [[Trust this browser for {nn} days|Keep me signed in|Stay logged in on this browser|Remember my username|Save my login email]]",
        "[x] [[I agree to the terms of sale|I have read the booking conditions|Text me delivery updates (needed for the courier)]]",
        "[x] [[Use my delivery address for billing|Same as delivery address|Save this card for faster checkout next time (you can remove it in Wallet)]]",
        "A {n}-year [[guarantee|warranty]] is part of the price of every [[laptop|kettle|washing machine|sofa|bike]] we sell.",
        "[[Note|Good to know]]: your [[rug|mattress|bookcase]] travels in its own parcel, with a separate tracking number.",
        "[[Was|Previously]] {price}, now {small}.",
        "[[Price drop|Reduced|New lower price]]: [[was|before]] {price}, now {small}.",
        # buttons that do what they say
        "[[[ Next ]|[ Go on ]]] — your [[basket|trip]] holds only the [[fare|room]] you picked; [[bags and seats|breakfast and parking]] are optional and [[can be bought afterwards|are offered separately]].",
        "[[Country of residence|Your province]] ▾ — [[travel insurance is offered on the next screen, unticked|insurance is a separate question after this]].",
        "[[Add trip cover for {small}|Cover my parcel ({small})]]  |  [[Travel without cover|Send it uncovered]] — [[shown as two equal buttons|same size, same colour]]",
    ],
}

# --------------------------------------------------------------------------------- other languages
DE = {
    'sneak_basket': [
        '☑ [[Geschenkverpackung|Paketversicherung|Expressbearbeitung]] (+{eur})',
        '[x] [[Garantieverlängerung|Sitzplatzreservierung]] für {eur} hinzugefügt',
    ],
    'sneak_cost': [
        'Die [[Bearbeitungsgebühr|Servicepauschale]] von {eur} [[erscheint erst|wird erst]] auf der [[Zahlungsseite|letzten Seite]] [[|berechnet]].',
    ],
    'forced': [
        '[[Laden Sie unsere App|Registrieren Sie sich]], um [[den Rabatt zu nutzen|Ihre Bestellung abzuschließen|die Preise zu sehen]].',
    ],
    'shame': [
        'Nein danke, [[ich bezahle gern zu viel|Geld sparen interessiert mich nicht|ich verzichte auf Vorteile]].',
    ],
    'obstruction': [
        '[[Kündigungen|Eine Kündigung]] [[nehmen wir nur per Post entgegen|ist nur telefonisch möglich]], [[spätestens|mindestens]] {n} Monate vor Vertragsende.',
    ],
    "misdirection": [
        '[[[Knallroter Button, riesig]|[Hervorgehobene Schaltfläche]|[Fetter Button, animiert]]] [[Ja, Versicherung buchen|Komfort-Paket dazu|Jetzt Plus holen]] [[[darunter, winzig und kontrastarm]|[als blasser Text]|[kaum sichtbarer Link]]] [[ohne weiter|nein danke|nur Grundtarif]]',
        '☐ Ich verzichte [[nicht|keinesfalls]] auf [[Partnerwerbung|Angebote per SMS|personalisierte Werbung]]',
        '[[Vergleichspreis|Marktwert|Anderswo]] {eur} · [[bei uns|Ihr Preis|heute]] {eur}',
        "[[[Leuchtend orange Schaltfläche, bildschirmbreit]|[Riesiger pulsierender Knopf]]] [[Rundum-Sorglos-Paket sichern|Premium freischalten]] — [[[winziger Textlink, hellgrau]|[unauffälliger Link am Seitenende]]] [[weiter mit Basis|nein]]",
        "Tarif: (●) [[Premium Familie|Max Jahresabo]] {eur}  ( ) [[Basis|Monatlich]] {eur} — [[der teuerste Tarif ist beim Öffnen bereits ausgewählt|wir haben schon für Sie gewählt]]",
        "[[⭐ Empfohlen|Unsere Empfehlung|Beste Wahl]]: [[Gigabit Max|Ultra 4K|Komplett-Schutz]] {eur} im Monat — [[für jeden Besucher gleich angezeigt|ganz gleich, was Sie nutzen]].",
        "☐ Ich möchte [[keine Angebote nicht|nicht auf Werbung verzichten|den Newsletter nicht abbestellen]] [[erhalten|]]",
        "[[Gesponsertes Ergebnis|Bezahlter Eintrag]] sieht aus wie der erste Suchtreffer; das Wort „Anzeige“ erscheint [[erst beim Darüberfahren|nur in der Fußzeile]].",
        "[[UVP|Statt]] {eur} – [[jetzt nur|heute]] {eur} ([[diesen Preis hat nie jemand bezahlt|Vergleichspreis von uns festgelegt]])",
        "[[[ Weiter ]|[ Zur Kasse ]]] ([[fügt eine Reiserücktrittsversicherung hinzu|bucht Sitzplatz Plus mit]], {eur}) – [[ohne geht es nur über „Weitere Optionen“|wer nicht will, scrollt ganz nach unten]].",
        "Spendenbetrag: {eur} [[(vorausgewählt)|✓]] · {eur} · [[anderer Betrag|frei wählen]]",
        "[[Zum Abmelden|Um Werbung abzulehnen]] tippen Sie auf „[[Zustimmen|Akzeptieren]]“; [[zum Erlauben|um einzuwilligen]] auf „[[Ablehnen|Abbrechen]]“.",
    ],
    "none": [
        'Versand: (●) Standard (kostenlos)  ( ) Express {eur}',
        '[x] Angemeldet bleiben',
        'Vorher {eur}, jetzt {eur}.',
        'Versandkostenfrei ab {eur} Einkaufswert.',
        'Jedes [[E-Bike|Notebook|Sofa]] hat {n} Jahre Garantie ohne Aufpreis.',
        "[[[Zwei gleich große Buttons]|[Zwei gleiche Schaltflächen]]] [[Alle akzeptieren|Ja]] / [[Alle ablehnen|Nein]]",
        "Tarif: ( ) Basis {eur}  ( ) Standard {eur}  ( ) Premium {eur} – [[noch nichts ausgewählt|bitte einen wählen]]",
        "[[Empfohlen für Sie|Passend für Sie]]: [[Standard|der 50-GB-Tarif]], weil Sie [[im Schnitt {n} GB im Monat nutzen|auf einem Bildschirm schauen]].",
        "☐ [[Angebote per E-Mail erhalten|Newsletter abonnieren]] (nicht angekreuzt)",
        "[[Anzeige|Gesponsert]] · [[bezahlte Platzierung über den Suchergebnissen|dieser Eintrag ist Werbung]]",
        "Vorher {eur} (vom {date} bis {date}), jetzt {eur}.",
        "[[Niedrigster Preis der letzten 30 Tage|30-Tage-Tiefstpreis]]: {eur}.",
        "Versand kostet {eur}; liegt der Warenkorb über {eur}, entfällt er.",
        "[[Ja, Versicherung hinzufügen ({eur})|Schutz für {eur} hinzufügen]] | [[Nein, ohne Versicherung|Nein, danke]] – beide gleich groß",
        "Werbe-E-Mails: Aus [Schalter] – [[jederzeit änderbar|Rechnungen kommen trotzdem]].",
    ],
}

FR = {
    'sneak_basket': [
        '☑ [[Emballage cadeau|Assurance colis|Traitement express]] (+{eur})',
        '[x] [[Extension de garantie|Siège réservé]] ajoutée pour {eur}',
    ],
    'sneak_cost': [
        "Les [[frais de service|frais de gestion]] de {eur} [[n'apparaissent qu'à|ne sont ajoutés qu'à]] [[la page de paiement|la dernière étape]].",
    ],
    'forced': [
        '[[Invitez|Parrainez]] {n} amis pour [[obtenir votre réduction|voir votre résultat|accéder au code]].',
    ],
    'shame': [
        "Non merci, [[payer plus cher me convient très bien|les bonnes affaires, très peu pour moi|gaspiller mon argent ne me dérange pas]].",
    ],
    'obstruction': [
        "La résiliation [[se fait uniquement|n'est possible que]] [[par lettre recommandée|par téléphone]], [[au moins|minimum]] {n} mois avant l'échéance.",
    ],
    "misdirection": [
        '[[[Bouton rouge vif, énorme]|[Bouton mis en avant]|[Bouton animé en gras]]] [[Oui, assurer mon voyage|Ajouter le pack confort|Je prends Plus]] [[[en dessous, minuscule et peu contrasté]|[en texte pâle]|[lien presque invisible]]] [[continuer sans|non|formule simple]]',
        '☐ Je ne refuse pas [[les offres partenaires|la publicité ciblée|les SMS promotionnels]]',
        "[[Prix comparé|Valeur marchande|Ailleurs]] {eur} · [[chez nous|votre prix|aujourd'hui]] {eur}",
        "[[[Grand bouton vert]|[Bouton orange pleine largeur]]] [[Oui, protéger mon achat|Passer à Premium]] / [[[petit lien gris en dessous]|[texte pâle tout en bas]]] [[continuer sans|rester en formule de base]]",
        "Formule : (●) [[Premium Famille|Intégrale annuelle]] {eur}  ( ) [[Essentiel|Mensuelle]] {eur} — [[l'option la plus chère est cochée à l'ouverture|nous avons choisi pour vous]]",
        "[[⭐ Recommandé|Notre choix|Le meilleur choix]] : [[Fibre Max|Ultra 4K|Protection totale]] à {eur}/mois — [[affiché à tous les visiteurs|quel que soit votre usage]].",
        "☐ Je ne souhaite pas [[ne plus recevoir|renoncer aux|arrêter de recevoir]] les offres [[partenaires|promotionnelles]]",
        "[[Résultat sponsorisé|Annonce payante]] présenté comme le premier résultat ; la mention « Annonce » n'apparaît [[qu'au survol|qu'en bas de page]].",
        "[[Prix conseillé|Au lieu de]] {eur} — [[aujourd'hui|seulement]] {eur} ([[prix de référence fixé par nous|prix jamais pratiqué]])",
        "[[[ Continuer ]|[ Suivant ]]] ([[ajoute une assurance annulation|inclut l'option bagage]], {eur}) — pour [[refuser|s'en passer]], [[faites défiler jusqu'en bas|ouvrez « autres options »]].",
        "Montant du don : {eur} [[(présélectionné)|✓]] · {eur} · [[autre montant|montant libre]]",
    ],
    "none": [
        'Livraison : (●) Standard (gratuite)  ( ) Express {eur}',
        '[x] Rester connecté',
        'Avant {eur}, maintenant {eur}.',
        'Frais de port offerts pour toute commande de plus de {eur}.',
        'Chaque [[vélo électrique|ordinateur|canapé]] est garanti {n} ans sans supplément.',
        "[[[Deux boutons identiques]|[Deux boutons de même taille]]] [[Tout accepter|Oui]] / [[Tout refuser|Non]]",
        "Formule : ( ) Essentiel {eur}  ( ) Standard {eur}  ( ) Premium {eur} — [[aucune sélectionnée|choisissez-en une]]",
        "[[Recommandé pour vous|Conseillé]] : [[Standard|le forfait 50 Go]], car vous [[utilisez {n} Go par mois en moyenne|regardez sur un seul écran]].",
        "☐ [[Recevoir les offres par e-mail|M'inscrire à la newsletter]] (non cochée)",
        "[[Annonce|Sponsorisé]] · [[emplacement payant au-dessus des résultats|cette fiche est une publicité]]",
        "Ancien prix {eur} (du {date} au {date}), maintenant {eur}.",
        "[[Prix le plus bas des 30 derniers jours|Plus bas prix sur 30 jours]] : {eur}.",
        "Frais de port : {eur}, ramenés à zéro quand le panier dépasse {eur}.",
        "[[Oui, ajouter l'assurance ({eur})|Ajouter la protection]] | [[Non, sans assurance|Non merci]] — deux boutons de même taille",
    ],
}

ES = {
    'sneak_basket': [
        '☑ [[Envoltorio de regalo|Seguro del paquete|Gestión urgente]] (+{eur})',
        '[x] [[Garantía ampliada|Asiento reservado]] añadido por {eur}',
    ],
    'sneak_cost': [
        'La [[tarifa de servicio|comisión de gestión]] de {eur} [[solo aparece|se suma]] en [[la página de pago|el último paso]].',
    ],
    'forced': [
        '[[Descarga nuestra app|Regístrate]] para [[usar el descuento|terminar tu pedido|ver los precios]].',
    ],
    'shame': [
        'No, gracias, [[me encanta pagar de más|no me interesa ahorrar|prefiero tirar el dinero]].',
    ],
    'obstruction': [
        'La baja [[solo se tramita|únicamente es posible]] [[por carta certificada|por teléfono]], con {n} meses de antelación.',
    ],
    "misdirection": [
        '[[[Botón rojo intenso, enorme]|[Botón destacado en negrita]|[Botón animado]]] [[Sí, asegurar mi viaje|Añadir pack confort|Quiero Plus]] [[[debajo, diminuto y con poco contraste]|[en texto pálido]|[enlace casi invisible]]] [[seguir sin él|no|solo lo básico]]',
        '☐ No rechazo [[las ofertas de socios|la publicidad personalizada|los SMS promocionales]]',
        '[[Precio de referencia|Valor de mercado|En otras tiendas]] {eur} · [[aquí|tu precio|hoy]] {eur}',
        "[[[Botón grande y verde]|[Botón naranja a todo lo ancho]]] [[Sí, proteger mi compra|Cambiar a Premium]] / [[[enlace gris diminuto debajo]|[texto pálido al final]]] [[seguir sin protección|quedarme con el básico]]",
        "Plan: (●) [[Premium Familiar|Máximo anual]] {eur}  ( ) [[Básico|Mensual]] {eur} — [[el más caro ya viene marcado|lo hemos elegido por ti]]",
        "[[⭐ Recomendado|Nuestra elección|La mejor opción]]: [[Fibra Max|Ultra 4K|Seguro Total]] por {eur} al mes — [[igual para todos los visitantes|sin importar tu consumo]].",
        "☐ No quiero [[dejar de recibir|renunciar a]] [[ofertas de socios|comunicaciones comerciales|promociones]]",
        "[[Resultado patrocinado|Anuncio pagado]] con el mismo aspecto que el primer resultado; la etiqueta «Anuncio» solo [[aparece al pasar el ratón|está en el pie de página]].",
        "[[PVP recomendado|Antes]] {eur} — [[ahora|hoy]] {eur} ([[precio de referencia que nunca se cobró|precio inventado por la tienda]])",
        "[[[ Continuar ]|[ Siguiente ]]] ([[añade un seguro de cancelación|incluye equipaje prioritario]], {eur}) — para [[rechazarlo|no llevarlo]], [[baja hasta el final|abre «más opciones»]].",
        "Importe de la donación: {eur} [[(preseleccionado)|✓]] · {eur} · [[otro importe|elige tú]]",
    ],
    "none": [
        'Envío: (●) Estándar (gratis)  ( ) Exprés {eur}',
        '[x] Mantener la sesión iniciada',
        'Antes {eur}, ahora {eur}.',
        'No cobramos envío en compras de más de {eur}.',
        'Todas las [[bicis eléctricas|portátiles|sofás]] tienen {n} años de garantía sin coste extra.',
        "[[[Dos botones iguales]|[Dos botones del mismo tamaño]]] [[Aceptar todo|Sí]] / [[Rechazar todo|No]]",
        "Plan: ( ) Básico {eur}  ( ) Estándar {eur}  ( ) Premium {eur} — [[ninguno seleccionado|elige uno]]",
        "[[Recomendado para ti|Te sugerimos]]: [[Estándar|la tarifa de 50 GB]], porque [[usas {n} GB al mes de media|ves la tele en una sola pantalla]].",
        "☐ [[Recibir ofertas por correo|Suscribirme al boletín]] (sin marcar)",
        "[[Anuncio|Patrocinado]] · [[posición pagada encima de los resultados|este resultado es publicidad]]",
        "Antes {eur} (del {date} al {date}), ahora {eur}.",
        "[[Precio más bajo de los últimos 30 días|Mínimo de 30 días]]: {eur}.",
        "Los gastos de envío son {eur}; con un carrito de más de {eur} no se cobran.",
        "[[Sí, añadir seguro ({eur})|Añadir protección]] | [[No, sin seguro|No, gracias]] — ambos botones iguales",
    ],
}

NL = {
    'sneak_basket': [
        '☑ [[Cadeauverpakking|Pakketverzekering|Spoedverwerking]] (+{eur})',
        '[x] [[Garantieverlenging|Stoelreservering]] toegevoegd voor {eur}',
    ],
    'sneak_cost': [
        'De [[servicekosten|administratiekosten]] van {eur} [[verschijnen pas|worden pas toegevoegd]] [[op de betaalpagina|bij de laatste stap]].',
    ],
    'forced': [
        'Zonder account [[kun je niet afrekenen|zie je geen prijzen|geldt de korting niet]] — [[download eerst onze app|maak er nu een aan]].',
    ],
    'shame': [
        'Nee, bedankt, [[ik betaal graag te veel|besparen interesseert me niet|ik gooi liever geld weg]].',
    ],
    'obstruction': [
        'Opzeggen [[gaat uitsluitend|is alleen mogelijk]] [[per aangetekende brief|telefonisch]], uiterlijk {n} maanden voor de einddatum.',
    ],
    "misdirection": [
        '[[[Felrode knop, enorm]|[Opvallende vetgedrukte knop]|[Bewegende knop]]] [[Ja, verzeker mijn reis|Comfortpakket erbij|Ik wil Plus]] [[[eronder, piepklein en met weinig contrast]|[in vage tekst]|[bijna onzichtbare link]]] [[verder zonder|nee|alleen basis]]',
        '☐ Ik zie [[niet af van|geen afstand van]] [[partnerreclame|gepersonaliseerde advertenties|sms-acties]]',
        '[[Vergelijkprijs|Marktwaarde|Elders]] {eur} · [[bij ons|jouw prijs|vandaag]] {eur}',
        "[[[Grote groene knop]|[Brede oranje knop]]] [[Ja, bescherm mijn aankoop|Overstappen naar Premium]] / [[[klein grijs linkje eronder]|[vage tekst helemaal onderaan]]] [[verder zonder|bij Basis blijven]]",
        "Abonnement: (●) [[Premium Gezin|Max jaarabonnement]] {eur}  ( ) [[Basis|Maandelijks]] {eur} — [[het duurste staat al aangevinkt|wij hebben al voor je gekozen]]",
        "[[⭐ Aanbevolen|Onze keuze|Beste keus]]: [[Glasvezel Max|Ultra 4K|Allrisk Plus]] voor {eur} per maand — [[aan iedere bezoeker getoond|wat je ook gebruikt]].",
        "☐ Ik wil [[niet stoppen met|geen afstand doen van]] [[partneraanbiedingen|reclamemails|acties]]",
        "[[Gesponsord resultaat|Betaalde vermelding]] ziet eruit als het eerste zoekresultaat; ‘Advertentie’ staat er [[pas bij aanwijzen|alleen onderaan de pagina]].",
        "[[Adviesprijs|Van]] {eur} [[voor|nu]] {eur} ([[een prijs die nooit is gevraagd|door ons bedachte vergelijkingsprijs]])",
        "[[[ Doorgaan ]|[ Volgende ]]] ([[voegt een annuleringsverzekering toe|boekt voorrang aan boord mee]], {eur}) — [[zonder? scroll naar beneden|weigeren kan via ‘meer opties’]].",
        "Donatiebedrag: {eur} [[(vooraf geselecteerd)|✓]] · {eur} · [[ander bedrag|zelf kiezen]]",
    ],
    "none": [
        'Bezorging: (●) Standaard (gratis)  ( ) Express {eur}',
        '[x] Ingelogd blijven',
        'Was {eur}, nu {eur}.',
        'Geen verzendkosten bij bestellingen boven {eur}.',
        'Elke [[e-bike|laptop|bank]] heeft {n} jaar garantie zonder meerprijs.',
        "[[[Twee even grote knoppen]|[Twee gelijke knoppen]]] [[Alles accepteren|Ja]] / [[Alles weigeren|Nee]]",
        "Abonnement: ( ) Basis {eur}  ( ) Standaard {eur}  ( ) Premium {eur} — [[nog niets gekozen|kies er een]]",
        "[[Aanbevolen voor jou|Ons advies]]: [[Standaard|de 50 GB-bundel]], omdat je [[gemiddeld {n} GB per maand gebruikt|op één scherm kijkt]].",
        "☐ [[Aanbiedingen per e-mail ontvangen|Aanmelden voor de nieuwsbrief]] (niet aangevinkt)",
        "[[Advertentie|Gesponsord]] · [[betaalde plaats boven de resultaten|deze vermelding is reclame]]",
        "Eerst {eur} (van {date} tot {date}), nu {eur}.",
        "[[Laagste prijs van de afgelopen 30 dagen|30-dagen-laagste prijs]]: {eur}.",
        "Verzendkosten {eur}; boven een winkelmand van {eur} vervallen ze.",
        "[[Ja, verzekering toevoegen ({eur})|Bescherming toevoegen]] | [[Nee, zonder verzekering|Nee, bedankt]] — twee even grote knoppen",
    ],
}

IT = {
    'sneak_basket': [
        '☑ [[Confezione regalo|Assicurazione pacco|Lavorazione rapida]] (+{eur})',
        '[x] [[Estensione di garanzia|Posto prenotato]] aggiunto per {eur}',
    ],
    'sneak_cost': [
        "La [[commissione di servizio|tariffa di gestione]] di {eur} [[compare solo|viene aggiunta solo]] [[nella pagina di pagamento|all'ultimo passo]].",
    ],
    'forced': [
        '[[Invita|Porta]] {n} amici per [[sbloccare lo sconto|vedere il risultato|ricevere il codice]].',
    ],
    'shame': [
        'No grazie, [[adoro pagare di più|risparmiare non fa per me|preferisco sprecare soldi]].',
    ],
    'obstruction': [
        'La disdetta [[si accetta solo|è possibile solo]] [[per raccomandata|al telefono]], almeno {n} mesi prima della scadenza.',
    ],
    "misdirection": [
        '[[[Pulsante rosso acceso, enorme]|[Pulsante in evidenza]|[Pulsante animato in grassetto]]] [[Sì, assicura il viaggio|Aggiungi pacchetto comfort|Voglio Plus]] [[[sotto, minuscolo e poco contrastato]|[in testo sbiadito]|[link quasi invisibile]]] [[prosegui senza|no|solo base]]',
        '☐ Non [[rinuncio a|desidero essere escluso da]] [[offerte dei partner|pubblicità personalizzata|SMS promozionali]]',
        "Deseleziona per [[non annullare|evitare di disattivare]] [[l'iscrizione|le offerte|gli avvisi promozionali]]",
        '[[Prezzo di confronto|Valore di mercato|Altrove]] {eur} · [[da noi|il tuo prezzo|oggi]] {eur}',
        "[[[Pulsante grande e verde]|[Pulsante arancione a tutta larghezza]]] [[Sì, proteggi il mio acquisto|Passa a Premium]] / [[[link grigio minuscolo sotto]|[testo sbiadito in fondo]]] [[continua senza|resta sul piano base]]",
        "Piano: (●) [[Premium Famiglia|Max annuale]] {eur}  ( ) [[Base|Mensile]] {eur} — [[il più caro è già selezionato|abbiamo scelto noi per te]]",
        "[[⭐ Consigliato|La nostra scelta|Scelta migliore]]: [[Fibra Max|Ultra 4K|Protezione totale]] a {eur} al mese — [[mostrato a tutti i visitatori|qualunque sia il tuo consumo]].",
        "☐ Non voglio [[smettere di ricevere|rinunciare a]] [[offerte dei partner|promozioni|newsletter commerciali]]",
        "[[Risultato sponsorizzato|Inserzione a pagamento]] identico al primo risultato; la scritta «Annuncio» compare [[solo passandoci sopra|solo a fondo pagina]].",
        "[[Prezzo consigliato|Invece di]] {eur} — [[oggi|ora]] {eur} ([[prezzo di riferimento mai applicato|prezzo inventato dal negozio]])",
        "[[[ Continua ]|[ Avanti ]]] ([[aggiunge l'assicurazione annullamento|include il bagaglio prioritario]], {eur}) — per [[rinunciare|farne a meno]], [[apri «altre opzioni»|vai in fondo alla pagina]].",
    ],
    "none": [
        'Consegna: (●) Standard (gratuita)  ( ) Express {eur}',
        '[x] Resta connesso',
        'Prima {eur}, ora {eur}.',
        'Niente spese di spedizione sugli ordini oltre {eur}.',
        'Ogni [[e-bike|portatile|divano]] ha {n} anni di garanzia senza costi aggiuntivi.',
        "[[[Due pulsanti uguali]|[Due pulsanti della stessa misura]]] [[Accetta tutto|Sì]] / [[Rifiuta tutto|No]]",
        "Piano: ( ) Base {eur}  ( ) Standard {eur}  ( ) Premium {eur} — [[nessuno selezionato|scegline uno]]",
        "[[Consigliato per te|Ti suggeriamo]]: [[Standard|l'offerta da 50 GB]], perché [[usi in media {n} GB al mese|guardi su un solo schermo]].",
        "☐ [[Ricevere offerte via e-mail|Iscrivermi alla newsletter]] (non selezionata)",
        "[[Annuncio|Sponsorizzato]] · [[posizione a pagamento sopra i risultati|questa scheda è pubblicità]]",
        "Prima {eur} (dal {date} al {date}), ora {eur}.",
        "[[Prezzo più basso degli ultimi 30 giorni|Minimo a 30 giorni]]: {eur}.",
        "Costo di spedizione {eur}; se il carrello supera {eur} non si paga.",
        "[[Sì, aggiungi l'assicurazione ({eur})|Aggiungi protezione]] | [[No, senza assicurazione|No, grazie]] — pulsanti della stessa misura",
    ],
}

PT = {
    'sneak_basket': [
        '☑ [[Embrulho para presente|Seguro da encomenda|Processamento rápido]] (+{eur})',
        '[x] [[Extensão de garantia|Lugar reservado]] adicionado por {eur}',
    ],
    'sneak_cost': [
        'A [[taxa de serviço|taxa de gestão]] de {eur} [[só aparece|só é somada]] [[na página de pagamento|no último passo]].',
    ],
    'forced': [
        '[[Instale a nossa app|Crie uma conta]] para [[usar o desconto|concluir a encomenda|ver os preços]].',
    ],
    'shame': [
        'Não, obrigado, [[gosto de pagar a mais|poupar não me interessa|prefiro deitar dinheiro fora]].',
    ],
    'obstruction': [
        'O cancelamento [[só é aceite|apenas é possível]] [[por carta registada|por telefone]], com {n} meses de antecedência.',
    ],
    "misdirection": [
        '[[[Botão vermelho vivo, enorme]|[Botão em destaque, a negrito]|[Botão chamativo e animado]]] [[Sim, segurar a viagem|Juntar pack conforto|Quero o Plus]] [[[por baixo, minúsculo e de baixo contraste]|[em texto claro, quase invisível]|[ligação discreta]]] [[continuar sem|não|só o básico]]',
        '☐ Não recuso [[ofertas de parceiros|publicidade personalizada|SMS promocionais]]',
        '[[Preço de comparação|Valor de mercado|Noutras lojas]] {eur} · [[aqui|o seu preço|hoje]] {eur}',
        "[[[Botão grande e verde]|[Botão laranja a toda a largura]]] [[Sim, proteger a compra|Mudar para Premium]] / [[[link cinzento minúsculo por baixo]|[texto desbotado no fundo]]] [[continuar sem|ficar no básico]]",
        "Plano: (●) [[Premium Família|Máximo anual]] {eur}  ( ) [[Básico|Mensal]] {eur} — [[o mais caro já vem selecionado|escolhemos por si]]",
        "[[⭐ Recomendado|A nossa escolha|Melhor opção]]: [[Fibra Max|Ultra 4K|Seguro Total]] por {eur} por mês — [[mostrado a todos os visitantes|seja qual for o seu uso]].",
        "☐ Não quero [[deixar de receber|abdicar de]] [[ofertas de parceiros|comunicações comerciais|promoções]]",
        "[[Resultado patrocinado|Anúncio pago]] igual ao primeiro resultado; a palavra «Anúncio» só [[aparece ao passar o rato|está no rodapé]].",
        "[[PVP recomendado|Antes]] {eur} — [[agora|hoje]] {eur} ([[preço de referência nunca praticado|preço inventado pela loja]])",
        "[[[ Continuar ]|[ Seguinte ]]] ([[acrescenta um seguro de cancelamento|inclui embarque prioritário]], {eur}) — para [[recusar|não levar]], [[desça até ao fim|abra «mais opções»]].",
    ],
    "none": [
        'Entrega: (●) Normal (grátis)  ( ) Expresso {eur}',
        '[x] Manter sessão iniciada',
        'Antes {eur}, agora {eur}.',
        'Não cobramos portes em compras acima de {eur}.',
        'Todas as [[bicicletas elétricas|portáteis|sofás]] têm {n} anos de garantia sem custo extra.',
        "[[[Dois botões iguais]|[Dois botões do mesmo tamanho]]] [[Aceitar tudo|Sim]] / [[Rejeitar tudo|Não]]",
        "Plano: ( ) Básico {eur}  ( ) Standard {eur}  ( ) Premium {eur} — [[nenhum selecionado|escolha um]]",
        "[[Recomendado para si|Sugerimos]]: [[Standard|o tarifário de 50 GB]], porque [[usa em média {n} GB por mês|vê num só ecrã]].",
        "☐ [[Receber ofertas por e-mail|Subscrever a newsletter]] (não assinalada)",
        "[[Anúncio|Patrocinado]] · [[posição paga acima dos resultados|este resultado é publicidade]]",
        "Antes {eur} (de {date} a {date}), agora {eur}.",
        "[[Preço mais baixo dos últimos 30 dias|Mínimo de 30 dias]]: {eur}.",
        "Os portes custam {eur}; deixam de se pagar com um carrinho acima de {eur}.",
        "[[Sim, adicionar seguro ({eur})|Adicionar proteção]] | [[Não, sem seguro|Não, obrigado]] — botões do mesmo tamanho",
    ],
}

LANGS = {"de": DE, "fr": FR, "es": ES, "nl": NL, "it": IT, "pt": PT}


def lines(seed: int = 1414, fills: int = 6) -> tuple[dict[str, list[str]], list[str]]:
    """Filled lines per classifier label, and the honest lines; ``fills`` tries per template."""
    return fill_templates(EN, LANGS, _LABEL, random.Random(seed), fills)
