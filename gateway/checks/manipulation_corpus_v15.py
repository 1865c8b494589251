"""Round 14 (classifier v15): disguise, reversed consent, buried renewals and narrow exits, with
honest look-alikes; English and the six other languages of v12-v14.

Written for Candor after the seen blind sets of rounds 9-13 (manip_hard10..13 above all) were read
by category, not line by line. What v14 still missed falls into a few families:

* misdirection by disguise -- an advert dressed as the site's own content, a menu tab, a category
  tile, a notification badge, a message in the inbox, a download or play button, a ranking called
  "Recommended"; marketing sent as an account or security notice; a was-price nobody paid or a sale
  that never ends, told in a bracket describing the page; a switch whose wording or look reverses
  the choice ("switch off to stop blocking ...", a grey slider that is really on);
* crowds in the other languages (so many people viewing or booking "right now", "in the last
  hour") and colleagues as social proof ("{name} and 8 others at your company use Pro");
* "almost full" / "selling out" scarcity in the other languages;
* exits narrowed to a telephone line and office hours, a donation stopped only by phone, an
  unsubscribe that runs through log-in, password reset and more steps;
* renewals switched on deep in the settings, fees shown only at the last step, a higher renewal
  price first mentioned after the charge, trial terms only in the conditions;
* prices that "may rise at any time" and offers kept only "while this page stays open".

Beside each shape is the honest copy it is easily confused with, which the seen sets flagged in
error: a trial-end notice that states the charge and date (or says nothing is charged), a fee with
the threshold that avoids it, a recommendation that gives the customer's own reason, the cheapest
postage chosen in advance, a per-month equivalent next to the annual price, a paywall that offers
sign-in or a plainly priced subscription, Gift Aid boxes, charity impact lines, donation receipts,
buy-now-pay-later with its APR, a basket reminder without pressure, a real security notice, a
labelled advert, a plain stock count, and cancellation that is online with the phone as an extra.

The sentences are written for Candor in other sectors and wordings than any evaluation line; no
line of any evaluation set is copied or reworded (tests/test_checks_quality.py checks it), and no
public corpus was read. Templates use ``[[a|b|c]]`` for alternatives and ``{slot}`` for numbers,
prices, dates, names and cities, as in ``manipulation_corpus_v13``. ``lines()`` returns
``({label: [line, ...]}, [honest line, ...])``, deterministic with its own random stream (the v14
corpus is unchanged).
"""

from __future__ import annotations

import random

from gateway.checks.manipulation_corpus_v13 import fill_templates

_LABEL = {"misdirection": "pressured_upsell", "sneak_basket": "pressured_upsell", "shame": "confirmshaming",
          "sneak_cost": "hidden_subscription", "forced": "hidden_subscription", "urgency": "false_urgency",
          "scarcity": "fake_scarcity", "social": "fake_social_proof", "obstruction": "hard_to_cancel"}

# ----------------------------------------------------------------------------------- English
EN = {
    "misdirection": [
        # adverts dressed as notifications, messages, menu items, content and buttons
        "[[🔔|🔴|(1)|(3)]] [[Your account team wrote to you|Delivery update waiting|A notice is waiting for you|Reminder from your bank]] [[[tapping the badge shows a loan advert]|[the alert leads to a partner's card promotion]|[it is a promotion, not a message]|[the dot opens a paid promotion]]]",
        "[[Inbox|Messages|Alerts]] ({n} unread) — [[the top item is a sponsored offer drawn like a note from support|one alert is an advert for extra storage, laid out as a system notice|the newest entry is a paid promotion in the same layout as your receipts]].",
        "[[Main menu|Top navigation|Side menu]]: [[Home · Orders · Partner Deals · Help|Shop · Offers · Editor's Corner · Account|Browse · Top Brands · Returns]] [[[one tab is an advertiser's shop with no label]|[the 'Partner Deals' tab is bought space laid out like the site's own sections]|[one item is a paid slot that passes for a normal link]]]",
        "[[Shop by department|Browse aisles|Departments]]: [[Fresh|Bakery|Garden|Audio|Baby]] · [[Brand Spotlight|Season picks|Hot right now]] · [[Pets|Toys|Drinks]] [[[the second tile is a brand's bought placement drawn as a department]|[an advertiser bought one tile; nothing sets it apart from the shop's own]]]",
        "[[Listings|Hotels|Results]] appear in '[[Recommended|Best match|Top picks|Featured]]' order by default; [[that order is set by the fees sellers pay, which nothing explains|the partners paying us most come first, with no note saying so|paid positions head the list unmarked]].",
        "[[Our team's verdict|Staff favourite|Independent group test]]: [[the Vela air fryer|the Kestrel e-scooter|this VPN|the Nimbus pillow]] [[wins our group test|gets five stars from our reviewers|comes out on top again]] [[[the brand commissioned and paid for this text, which is not marked]|[sponsored piece with no sign it is an advert]|[affiliate content presented as a test]]]",
        "[[A paid banner|An advertiser's box|A sponsored graphic]] [[sits where the real button should be and copies its colour and arrow|imitates the install button, right above the genuine one|looks like the player's own start button]]: [[Get it now|Start|Continue|▶]]",
        "[[Feed|Timeline|Home feed]] [[post|story|card]] from '[[Smart money tips|Holiday inspiration|Healthy habits]]' [[[a paid ad formatted like the posts of people you follow, label hidden]|[promoted content with no visible mark]]]",
        "[[More stories|Recommended reading|Around the web]]: {n} headlines [[[every link goes to an advertiser; 'promoted' is written in tiny grey type]|[all are paid placements shown as articles]]]",
        "[[Search results|Your matches]] begin with [[two|three|four]] [[hotels|sellers|apps|listings]] [[that paid to be there, marked only by a faint dot|placed by advertisers, with nothing to tell them from the rest]].",
        # marketing disguised as account or security notices
        "An email titled '[[Your account: please read|We noticed something on your profile|Urgent account information|Confirm your details]]' [[turns out to be|is really]] [[an advert for our autumn offers|a push for the premium tier|a voucher promotion]].",
        "[[⚠ Security alert|Warning|Device at risk]]: [[your phone may be infected|your protection has lapsed|unusual activity detected]] — [[buy Shield Pro now|upgrade to Total Guard|get Secure+ today]] [[[a marketing pop-up styled like a system warning]|[no scan was run; it is an advert]]]",
        "[[Service update|Policy reminder|Profile check]]: [[please review your settings|complete your profile|verify your preferences]] [[[the link opens a page selling an upgrade]|[the 'reminder' is a promotion for the gold card]]]",
        "[[Order update|Delivery notification|Booking information]] — [[{pct}% off your next order!|Upgrade your room for {small}!|Add a second item for half price!]] [[[sent as a service message so it reaches people who opted out of marketing]|[nothing about the order in it]]]",
        # reference prices nobody paid and sales that never end
        "Now {small} (save {pct}%) — [[the reference price of {price} was set by us and never charged|nobody has ever paid the crossed-out {price}|the {price} 'usual price' only existed on paper]].",
        "Every day is '{pct}% off' [[here|in this shop|on this site]]: [[the discount banner never comes down|the sale price is the normal price|the countdown starts again each morning]].",
        "[[Clearance|Summer sale|Winter deal|Flash sale]] price {small}, [[usually|normally]] {price} [[[the higher price applied for one afternoon]|[listed at the higher price for a few hours before the sale]|[the item went on sale the day it was listed]]]",
        "[[Special price|Member price]] {small} [[instead of|down from]] {price} [[[the item has never had any other price]|[every customer pays this every day]]]",
        # switches and boxes whose wording or look reverses the choice
        "[[Untick|Turn this off]] if you [[don't want|no longer want]] us to [[keep hiding|keep filtering out|go on suppressing]] [[sponsored offers|partner ads|promotional calls]].",
        "To [[avoid|escape]] [[tailored ads|profiling|marketing calls]], [[switch off|disable]] the option '[[Block profiling|Refuse tracking|No partner calls]]'.",
        "[[Ad tracking|Location history|Data sharing]] [[[the control is drawn in the disabled colour although it is active]|[shown faded, as if off, yet it is on]]]",
        "Do you want to switch off the '[[Block partner emails|Limit ad tracking|Hide my activity]]' setting? [[[Confirm] [Back]|OK / Keep|[Continue] [Go back]]]",
        "[[Leave this on|Keep this enabled|Keep ticked]] to [[avoid being left out of|not be removed from|keep not opting out of]] [[partner offers|sponsored mailings|data sharing]].",
        "[[Deactivate|Switch off]] '[[Opt out of offers|Refuse marketing|Decline sharing]]' [[to stay in the loop|for a better experience|to keep your perks]].",
        "Leaving the mailing list? [[( ) Yes, carry on emailing me ( ) No|[Carry on emailing me] [No]]]",
    ],
    "social": [
        "[[{n} people in your organisation|Your manager and {n} teammates|{nn} of your colleagues]] [[upgraded this month|now work in Premium|have switched]] — [[why not you?|catch up with them|don't be left on the free plan]]",
        "[[Your whole team|Most of your department|{nn} people at your workplace]] [[is on|already pays for]] [[Plus|Business|the full version]]. [[You're one of the last on Free|Join them today]].",
        "[[Shoppers like you|Customers with your profile|Members your age]] [[also took the bigger plan|added the protection pack|went for Premium]].",
        "[[This is sitting in {nn} other baskets|{nn} visitors added this to their bags|{n} other carts hold this item]] [[as you read this|this very minute]].",
        "[[Booked {nn} times|Reserved by {nn} guests|Bought {nn} times]] [[today|since this morning|in the past {n} hours]] — [[it's in demand|people are snapping it up]].",
        "[[A moment ago|{n} minutes ago|Moments ago]], {name} [[in|from]] {city} [[took|chose|ordered]] [[this|the same]] [[plan|room|bundle]].",
    ],
    "scarcity": [
        "[[Tonight's show|The 8 pm sitting|Saturday's class|The coach to the coast]] is [[filling up|nearly taken|close to capacity]] — [[grab a place before it's gone|decide now|don't miss out]].",
        "[[This colour|The large size|That model]] is [[flying off the shelves|vanishing|in huge demand]]: [[hardly any left|a handful remain|next to none left]] — [[be quick|move fast|hurry]]!",
    ],
    "urgency": [
        "[[We review|We update]] [[our fares|room rates|prices]] [[constantly|several times a day]] and [[can't say how long|can't promise]] this one [[will last|stays]] — [[grab it while you see it|buy before it changes]].",
        "[[Close this window|Navigate away|Refresh]] and [[this rate|the discount|your special price]] [[is gone for good|can't be recovered|won't be offered again]].",
        "[[We're keeping these seats|Your room is on hold|Tickets reserved]] [[⏱ {n}:{mm}|for {n}:{mm} more]]. [[When the clock hits zero they go back on sale to everyone|Once the timer ends, someone else may take them]].",
        "[[Tomorrow|Next week|Later today]] this [[could|may]] cost {price} more. [[Decide now|Buy today|Don't risk it]].",
    ],
    "obstruction": [
        "[[Want to leave?|Ending your plan?|Leaving us?]] [[Only our retention line can do that|Our phone team handles all cancellations]], [[open Tuesdays and Thursdays {h}:00–{h}:30|staffed on weekday mornings|during office hours]]; [[there is no button for it in the app|emails and web forms are not accepted]].",
        "To end your regular [[donation|gift|sponsorship]], [[ring|speak to]] [[a member of our fundraising team|our donor line]] — [[it can't be ended online or by email|your online account only lets you increase it]].",
        "[[Manage emails|Stop emails|Opt out]] → [[sign in|log in]] → [[two-factor code|verify it's you|enter the code we texted]] → [[Account › Communication|Profile › Privacy]] → [[only 'pause for 3 months' is offered|a survey opens before anything changes]]",
        "[[These emails|Our newsletters]] [[have no unsubscribe link|can't be stopped from the email itself]]; [[sign in to your profile|log in first]], and if you've lost the password, [[request a reset and wait for it|reset it and start again]].",
        "[[Ending your contract|Cancelling the plan|Closing the account]] is possible [[by phone only|only in the branch where you signed up|only by post]], [[Monday to Friday, {h}:00–{h}:00|within office hours|with {n} weeks' notice]].",
    ],
    "sneak_cost": [
        "[[Renew automatically|Automatic renewal|Rolling renewal]] [[is active|was turned on for you]] — [[the switch lives four menus deep in Privacy & Terms|you'll find it under Help › Documents › Billing|it is not shown on the plan page]].",
        "The advertised [[price|fare|rate]] [[leaves out|doesn't include]] the {small} [[booking|cleaning|handling|platform]] fee, [[which only joins the total on the payment page|added when you enter your card]].",
        "We've taken {price} for another year of [[Premium|your membership|the pro plan]] — [[the new rate replaced your {small} intro price; we hadn't mentioned it before|the rise from {small} was not announced before payment]].",
        "Start your free {nn} days — [[the yearly charge of {price} that follows is on page {n} of the terms|what happens after the trial is explained only in the conditions]].",
    ],
    "forced": [
        "The checkout button [[unlocks|becomes active]] [[once you join the mailing list|after you sign up for offers by text|when you create a loyalty account]].",
    ],
    "none": [
        # trial-end and renewal notices that state the charge and the date
        "Reminder: on {date} your [[{nn}-day|free]] trial [[converts to|becomes]] [[a paid plan|Premium]] at {price}/month. [[To avoid the charge, cancel before then in Settings|Cancel before that date and you pay nothing]].",
        "{n} days of [[Premium|Pro|Plus]] left. [[If you want to keep it, pick a plan|Keep it for {price} a month]]; [[if not, you simply go back to the free version|you won't be charged unless you choose to]].",
        "Your [[annual|yearly]] plan renews on {date} at {price}, [[the same as last year|up from {small}, as we wrote in {month}]]. [[Turn off renewal in one tap|Change or cancel online]].",
        "First {nn} weeks at {small} each, after which the normal {price} weekly price applies — [[stop online whenever you want|cancel online at any point]].",
        # fees with their threshold, all-in prices, honest BNPL
        "Baskets below {price} carry a {small} [[picking|packing]] charge; [[you're {small} short|spend {small} more and it's dropped]].",
        "[[Total|Price]] {price} including [[all taxes and fees|the booking fee|VAT and delivery]] — [[the same amount you'll see at payment|nothing is added later]].",
        "Spread the cost: {n} monthly payments of {small}, {pct}% APR representative, credit subject to status.",
        # reasoned recommendations, cheap defaults, per-month equivalents
        "We'd suggest [[Business|Team|Family]] [[because|since]] [[your answers mention {nn} staff|you need {n} logins|you asked for shared calendars]]; [[Starter covers up to {n} people|the cheaper plan doesn't have that]].",
        "Delivery options — ● [[Economy|Standard|Parcel locker]] {small} (cheapest, preselected) ○ [[Tracked|Express]] {price} ○ [[Next day|Courier]] {price}",
        "Pay yearly ({price}, about {small} per month) or monthly ({price} per month) — [[your choice|switch whenever you like]].",
        # paywalls with a plain way in
        "Already a subscriber? Log in. [[New here? Plans start at {small} a month|Otherwise, digital access is {small} a month]].",
        "This [[story|report|guide]] is for [[subscribers|members]]; [[{n} free articles a month are open to everyone with an account|registered readers get {n} free pieces a month]].",
        # charity: Gift Aid, impact lines, receipts
        "☐ I'd like [[the charity|Hope Street|the Trust]] to reclaim tax on this and every gift I make (Gift Aid). I understand I must pay enough UK tax to cover it.",
        "Every {price} you give [[pays for|covers]] [[a night in a shelter|two vaccinations|a month of after-school tutoring|a tree and its care]].",
        "Receipt: {price} to [[Hope Street|the appeal|our winter fund]] on {date}. [[Thanks for your support|We're grateful]]; [[your regular gift settings are in My account|manage or stop it from your profile]].",
        "Our [[appeal|roof fund|library drive]] has reached {price} so far — [[thanks to all our donors|we're grateful to every supporter]].",
        # basket reminders, exit dialogs, account deletion
        "Still thinking about the [[{name} lamp|walking boots|blue kettle]]? [[It's in your basket|We kept it in your bag]] for whenever you want it.",
        "[[Delete your account?|Close your account?]] [[Your data is erased within {nn} days|We delete your files after {nn} days]]. [[[Delete] [Keep my account]|Delete / Cancel]]",
        # genuine notices, labelled ads and honest rankings
        "[[New sign-in|New login]] to your account from [[Chrome on Windows|Safari on iPhone|an Android phone]] in {city}. [[If this wasn't you, change your password|Not you? Secure your account]].",
        "[[Your password was changed|Your email address was updated]] on {date}. [[If you didn't do this, contact us|No action needed if this was you]].",
        "[[Ad|Sponsored|Advertisement]] · [[{name}'s Garden Centre|Brightway Energy|Harbour Hotels]] — [[this listing is paid for|paid placement]]",
        "[[How we rank|About this order]]: [[results are sorted by price and rating; partners that pay us are marked 'Sponsored'|we earn commission on some links, marked with an asterisk]].",
        # honest stock, reviews and cancellation
        "[[{n} in stock|In stock: {n}|{n} left in this size]].",
        "[[{pct}% of|{n} in 10]] [[reviewers|verified buyers]] [[would buy it again|rate it 4 stars or more]] ({big} reviews).",
        "[[Cancel online in Account › Subscription|Cancel any time in the app]] — [[phone support is there too if you'd rather talk|or ring us if you prefer]].",
        "[[Unsubscribe|Stop these emails]] with one click — [[no login needed|you don't have to sign in]].",
        "Auto-renew: [[ON|OFF]] — [[we'll email you {nn} days before it renews|switch it here at any time]]; [[you can turn it off in one tap|change it on this page]].",
        "[[We've reserved your tickets|Your seats are kept]] for {nn} minutes while you pay; [[if time runs out you can simply choose again|the payment page times out for security]].",
        "[[Prices change on|New prices from]] {date}; [[your current price stays until your next renewal|we'll write to you {nn} days before]].",
    ],
}

# --------------------------------------------------------------------------------- other languages
DE = {
    "social": [
        "Gerade [[haben {nn} Reisende|haben {nn} Leute|haben {n} Familien]] [[diese Unterkunft|diese Reise|dieses Angebot]] [[auf dem Merkzettel|geöffnet|im Blick]] – [[wer zögert, verliert|bald ist es weg]].",
        "[[Heute schon {nn}-mal gebucht|Seit heute Morgen {nn}-mal verkauft|In den letzten {n} Stunden {nn}-mal reserviert]] – [[sehr gefragt|die Nachfrage ist riesig]].",
        "[[Ihr ganzes Team|Fast Ihre gesamte Abteilung|{nn} Kolleginnen und Kollegen]] [[arbeitet schon mit|zahlt bereits für]] [[Premium|die Vollversion]] – [[nur Sie nicht|ziehen Sie nach]].",
    ],
    "scarcity": [
        "[[Die Vorstellung heute Abend|Der Kurs am Samstag|Der Bus um 8 Uhr]] [[füllt sich rasant|ist gleich voll]] – [[sichern Sie sich schnell einen Platz|jetzt oder nie]]!",
        "[[Diese Farbe|Die Größe L|Das Modell]] ist [[heiß begehrt|fast weg|ständig vergriffen]]: [[kaum noch etwas da|nur noch eine Handvoll]] – [[beeilen Sie sich|schnell zugreifen]]!",
    ],
    "urgency": [
        "Wir passen [[unsere Tarife|die Zimmerpreise|die Preise]] mehrmals täglich an und [[können nicht sagen|garantieren nicht]], wie lange dieser [[bleibt|hält]] – [[besser gleich zuschlagen|jetzt buchen]].",
        "[[Verlassen Sie die Seite|Laden Sie neu|Schließen Sie das Fenster]], ist [[der Sonderpreis|Ihr Rabatt]] [[für immer weg|nicht mehr abrufbar]].",
    ],
    "obstruction": [
        "Kündigen? [[Das übernimmt nur unsere Hotline|Nur telefonisch bei unserem Kundenteam]], [[dienstags und donnerstags von {h} bis {h} Uhr erreichbar|werktags vormittags besetzt]]; [[in der App fehlt die Funktion|E-Mails werden nicht bearbeitet]].",
        "Ihre regelmäßige [[Spende|Patenschaft]] beenden Sie, indem Sie [[unser Spendertelefon anrufen|mit unserem Team telefonieren]] – [[online lässt sie sich nur erhöhen|per E-Mail geht es nicht]].",
        "E-Mails abbestellen → anmelden → [[Bestätigungscode|Identität prüfen]] → [[Profil › Datenschutz|Konto › Kommunikation]] → [[angeboten wird nur „3 Monate pausieren“|erst eine Umfrage, dann weiter]]",
    ],
    "sneak_cost": [
        "Die automatische Verlängerung [[ist aktiv|wurde für Sie eingeschaltet]] – [[den Schalter finden Sie tief in Hilfe › Dokumente|auf der Tarifseite steht davon nichts]].",
        "Im beworbenen Preis [[fehlt|steckt nicht]] die {eur} [[Reinigungspauschale|Plattformgebühr]], [[die erst auf der Zahlungsseite dazukommt|die beim Bezahlen hinzugerechnet wird]].",
        "Wir haben {eur} für ein weiteres Jahr abgebucht – [[der Einführungspreis ist ausgelaufen, angekündigt hatten wir das nicht|die Erhöhung wurde vorher nicht mitgeteilt]].",
    ],
    "misdirection": [
        "Jetzt {eur} (Sie sparen {pct} %) – [[den Vergleichspreis von {eur} haben wir festgelegt, verlangt wurde er nie|den durchgestrichenen Preis hat nie jemand gezahlt]].",
        "Hier ist jeden Tag „{pct} % Rabatt“: [[das Sale-Banner verschwindet nie|der Aktionspreis ist der Normalpreis]].",
        "Wer [[keine personalisierte Werbung|kein Profiling]] will, muss die Option „[[Profiling blockieren|Tracking ablehnen]]“ ausschalten.",
        "Mail mit dem Betreff „[[Ihr Kundenkonto wurde geändert|Bitte bestätigen Sie Ihre Daten]]“ – [[drinnen steht nur ein Gutschein-Angebot|es geht nur um ein Upgrade]].",
        "Standardmäßig sortiert nach „[[Beliebt|Empfehlung]]“ – [[wer die höchste Provision zahlt, steht oben|die Reihenfolge kaufen sich die Anbieter]], [[ein Hinweis fehlt|ohne dass es dasteht]].",
        "[[Posteingang|Mitteilungen]] ({n}) – [[der oberste Eintrag ist eine Anzeige für einen Ratenkredit|eine „Mitteilung“ ist Werbung für Cloud-Speicher]], gestaltet wie eine Servicenachricht.",
    ],
    "forced": ["Die Kasse [[öffnet sich erst|wird erst freigeschaltet]], [[wenn Sie den Newsletter bestellen|nachdem Sie Clubmitglied geworden sind]]."],
    "shame": ["Nein, [[Pflege ist mir egal|meine Wohnung darf ruhig weiter muffeln|meine Pflanzen schaffen das schon allein]]."],
    "none": [
        "Erinnerung: Am {date} wird Ihr Test zum Bezahl-Abo für {eur} im Monat. [[Kündigen Sie vorher, zahlen Sie nichts|Kündbar bis dahin in den Einstellungen]].",
        "Noch {n} Tage Premium. [[Behalten für {eur} im Monat|Wählen Sie einen Tarif, wenn Sie bleiben möchten]] – [[sonst geht es einfach kostenlos weiter|ohne Ihre Zustimmung wird nichts berechnet]].",
        "Warenkörbe unter {eur} kosten {eur} Verpackungszuschlag; [[noch {eur} mehr, dann entfällt er|ab {eur} fällt er weg]].",
        "Versandoptionen – ● Paketshop {eur} (günstigste, vorausgewählt) ○ Express {eur}",
        "Jährlich zahlen ({eur}, rund {eur} pro Monat) oder monatlich ({eur}) – wie Sie möchten.",
        "Schon Abonnent? Anmelden. Neu hier? Digital ab {eur} im Monat.",
        "Quittung: {eur} an [[unseren Winterfonds|die Nothilfe]] am {date}. Danke! Ihre Daueraufträge verwalten Sie im Spenderkonto.",
        "Jede Spende von {eur} [[bezahlt|deckt]] [[eine Nacht in einer Notunterkunft|zwei Impfungen|einen Monat Nachhilfe]].",
        "Neue Anmeldung bei Ihrem Konto [[von einem Android-Gerät|mit Firefox unter Windows]] in {city}. Waren Sie das nicht? Ändern Sie Ihr Passwort.",
        "Kündigen Sie jederzeit online unter Konto › Abo – telefonisch geht es auch, wenn Ihnen das lieber ist.",
        "Noch an die [[Wanderschuhe|Lampe|Teekanne]] gedacht? Sie liegen weiter in Ihrem Warenkorb.",
        "In {n} Monatsraten zu {eur}, effektiver Jahreszins {pct} %, Bonität vorausgesetzt.",
        "Unser Vorschlag: der Familientarif, weil Sie {n} Personen im Haushalt angegeben haben; Single reicht nur für eine.",
    ],
}

FR = {
    "social": [
        "En ce moment, {nn} [[voyageurs|internautes]] [[ont ouvert cette annonce|ont ce séjour dans leurs favoris|consultent cette chambre]] – [[ne traînez pas|elle ne restera pas libre longtemps]].",
        "[[Réservé {nn} fois aujourd'hui|Vendu {nn} fois depuis ce matin|{nn} réservations ces {n} dernières heures]] – [[c'est la ruée|tout le monde le veut]].",
        "[[Toute votre équipe|Presque tout votre service|{nn} de vos collègues]] [[travaille déjà sur|paie déjà]] [[Premium|la version complète]] – [[et vous ?|rejoignez-les]]",
    ],
    "scarcity": [
        "[[La séance de ce soir|Le cours du samedi|La navette de 8 h]] [[se remplit à vue d'œil|sera bientôt pleine]] – [[prenez votre place vite|c'est maintenant ou jamais]] !",
        "[[Ce coloris|La taille M|Ce modèle]] [[s'arrache|part comme des petits pains]] : [[il n'en reste presque plus|plus qu'une poignée]] – [[dépêchez-vous|foncez]] !",
    ],
    "urgency": [
        "Nos [[tarifs|prix]] bougent plusieurs fois par jour et [[rien ne garantit|on ne sait pas]] combien de temps celui-ci [[tiendra|durera]] – [[réservez sans attendre|foncez]].",
        "[[Quittez la page|Rechargez|Fermez la fenêtre]] et [[ce prix spécial|votre remise]] [[disparaît pour de bon|ne sera plus proposé]].",
    ],
    "obstruction": [
        "Vous voulez arrêter ? [[Seul notre standard peut clôturer l'abonnement|Les résiliations passent uniquement par notre hotline]], [[joignable le mardi et le jeudi matin|ouverte de {h} h à {h} h en semaine]] ; [[aucun formulaire en ligne|les courriels ne sont pas traités]].",
        "Pour mettre fin à votre [[don régulier|parrainage]], [[appelez notre ligne donateurs|téléphonez à notre équipe]] – [[en ligne, on ne peut que l'augmenter|impossible par e-mail]].",
        "Gérer mes e-mails → connexion → [[code de vérification|confirmer votre identité]] → [[Profil › Confidentialité|Compte › Communication]] → [[seule option : « pause de 3 mois »|un questionnaire s'ouvre d'abord]]",
    ],
    "sneak_cost": [
        "Le renouvellement automatique [[est actif|a été activé pour vous]] – [[l'interrupteur se trouve tout au fond de Aide › Documents|la page de l'offre n'en parle pas]].",
        "Le prix affiché ne comprend pas les {eur} de [[frais de ménage|frais de plateforme]], [[ajoutés seulement sur la page de paiement|qui apparaissent quand vous saisissez votre carte]].",
        "Nous avons prélevé {eur} pour une année de plus – [[le tarif de lancement a pris fin sans que nous l'ayons annoncé|la hausse n'a pas été signalée avant le paiement]].",
    ],
    "misdirection": [
        "Maintenant {eur} (– {pct} %) – [[le prix de référence de {eur} a été fixé par nous et jamais appliqué|personne n'a jamais payé le prix barré]].",
        "Ici, c'est « – {pct} % » tous les jours : [[la bannière soldes ne disparaît jamais|le prix promo est le prix normal]].",
        "Pour [[ne plus voir de publicité ciblée|éviter le profilage]], désactivez l'option « [[Bloquer le profilage|Refuser le suivi]] ».",
        "Un e-mail intitulé « [[Votre compte : à lire|Confirmez vos informations]] » [[n'est en fait qu'une offre promotionnelle|vante seulement l'abonnement supérieur]].",
        "Tri par défaut : « [[Populaires|Nos suggestions]] » – [[les vendeurs qui versent la plus forte commission passent devant|l'ordre est acheté par les annonceurs]], [[sans que rien ne le dise|sans mention]].",
        "[[Boîte de réception|Notifications]] ({n}) – [[la première « notification » est une pub pour un crédit|un message est en fait une publicité pour du stockage]], présentée comme un avis du service client.",
    ],
    "forced": ["Le bouton de paiement [[ne s'active qu'après|reste grisé jusqu'à]] votre inscription [[à la newsletter|au club fidélité]]."],
    "shame": ["Non, [[mon jardin peut bien rester en friche|le confort, très peu pour moi|tant pis pour mes plantes]]."],
    "none": [
        "Rappel : le {date}, votre essai devient un abonnement à {eur} par mois. [[Résiliez avant cette date et vous ne payez rien|Vous pouvez l'annuler d'ici là dans les réglages]].",
        "Encore {n} jours de Premium. [[Pour le garder, choisissez une formule|Gardez-le pour {eur} par mois]] – [[sinon, vous repassez simplement en gratuit|rien n'est prélevé sans votre accord]].",
        "Les paniers de moins de {eur} ont {eur} de frais de préparation ; [[encore {eur} et ils disparaissent|dès {eur}, c'est gratuit]].",
        "Options de livraison – ● Point relais {eur} (la moins chère, présélectionnée) ○ Express {eur}",
        "Payez à l'année ({eur}, environ {eur} par mois) ou au mois ({eur}) – à vous de voir.",
        "Déjà abonné ? Connectez-vous. Nouveau ? L'accès numérique commence à {eur} par mois.",
        "Reçu : {eur} versés à [[notre fonds d'hiver|l'appel d'urgence]] le {date}. Merci ! Vos dons réguliers se gèrent dans votre espace donateur.",
        "Chaque don de {eur} [[finance|couvre]] [[une nuit en centre d'hébergement|deux vaccins|un mois de soutien scolaire]].",
        "Nouvelle connexion à votre compte [[depuis un iPhone|depuis Chrome sous Windows]] à {city}. Si ce n'était pas vous, changez votre mot de passe.",
        "Résiliez en ligne à tout moment dans Mon compte – le téléphone reste possible si vous préférez.",
        "Vous pensez encore à la [[lampe|bouilloire]] ? Elle vous attend dans votre panier.",
        "En {n} mensualités de {eur}, TAEG {pct} %, sous réserve d'acceptation.",
        "Notre conseil : la formule Famille, puisque vous avez indiqué {n} personnes au foyer ; la formule Solo n'en couvre qu'une.",
    ],
}

ES = {
    "social": [
        "Ahora mismo {nn} [[viajeros|usuarios]] [[tienen abierta esta oferta|han guardado este alojamiento|miran esta habitación]] – [[no dura libre mucho|no te quedes sin ella]].",
        "[[Reservado {nn} veces hoy|Vendido {nn} veces desde esta mañana|{nn} reservas en las últimas {n} horas]] – [[todo el mundo lo quiere|está volando]].",
        "[[Todo tu equipo|Casi todo tu departamento|{nn} compañeros tuyos]] [[trabaja ya con|paga ya]] [[Premium|la versión completa]] – [[¿y tú?|únete a ellos]]",
    ],
    "scarcity": [
        "[[La sesión de esta noche|La clase del sábado|El autobús de las 8]] [[se llena a toda velocidad|está a punto de completarse]] – [[coge tu plaza ya|ahora o nunca]].",
        "[[Este color|La talla M|Este modelo]] [[vuela|se lo quitan de las manos]]: [[casi no queda|solo hay un puñado]] – [[decide ya|no lo pienses]].",
    ],
    "urgency": [
        "Nuestras [[tarifas|precios]] cambian varias veces al día y [[no sabemos|no garantizamos]] cuánto [[durará|aguantará]] esta – [[resérvala ya|no esperes]].",
        "[[Sal de la página|Recarga|Cierra la ventana]] y [[este precio especial|tu descuento]] [[desaparece para siempre|no volverá a ofrecerse]].",
    ],
    "obstruction": [
        "¿Quieres irte? [[Solo nuestra centralita puede cerrar la suscripción|Las bajas se gestionan solo en la línea de atención]], [[abierta martes y jueves por la mañana|de {h}:00 a {h}:00 entre semana]]; [[no hay formulario en la web|los correos no se atienden]].",
        "Para terminar tu [[aportación periódica|apadrinamiento]], [[llama a la línea de socios|habla por teléfono con nuestro equipo]] – [[en la web solo puedes aumentarla|por correo no es posible]].",
        "Gestionar correos → iniciar sesión → [[código de verificación|confirmar identidad]] → [[Perfil › Privacidad|Cuenta › Comunicaciones]] → [[solo se ofrece «pausar 3 meses»|primero se abre una encuesta]]",
    ],
    "sneak_cost": [
        "La renovación automática [[está activa|se activó por ti]] – [[el interruptor está escondido en Ayuda › Documentos|la página del plan no lo menciona]].",
        "El precio anunciado no incluye los {eur} de [[limpieza|gastos de plataforma]], [[que se suman solo en la página de pago|que aparecen al meter la tarjeta]].",
        "Te hemos cobrado {eur} por otro año – [[el precio de lanzamiento terminó sin que lo avisáramos|la subida no se comunicó antes del cargo]].",
    ],
    "misdirection": [
        "Ahora {eur} (ahorras un {pct} %) – [[el precio de referencia de {eur} lo pusimos nosotros y nunca se cobró|nadie ha pagado nunca el precio tachado]].",
        "Aquí todos los días hay «{pct} % de descuento»: [[el cartel de rebajas nunca se quita|el precio de oferta es el precio normal]].",
        "Para [[no ver anuncios personalizados|evitar el perfilado]], desactiva la opción «[[Bloquear perfilado|Rechazar seguimiento]]».",
        "Un correo titulado «[[Tu cuenta: léelo|Confirma tus datos]]» [[resulta ser solo una promoción|solo anuncia el plan superior]].",
        "Orden predeterminado: «[[Populares|Sugeridos]]» – [[los vendedores que pagan más comisión salen delante|el orden lo compran los anunciantes]], [[sin indicarlo|sin ninguna nota]].",
        "[[Bandeja de entrada|Avisos]] ({n}) – [[el primer «aviso» es publicidad de un préstamo|un mensaje es un anuncio de almacenamiento]], con el diseño de una nota de atención al cliente.",
    ],
    "forced": ["El botón de pago [[no se activa hasta que|sigue gris hasta que]] te apuntas [[al boletín|al club de fidelidad]]."],
    "shame": ["No gracias, [[lo de cuidarme no va conmigo|que mi casa siga oliendo a cerrado|mis plantas sobrevivirán solas]]."],
    "none": [
        "Recordatorio: el {date} tu prueba pasa a ser una suscripción de {eur} al mes. [[Si cancelas antes, no pagas nada|Puedes cancelarla hasta entonces en Ajustes]].",
        "Te quedan {n} días de Premium. [[Si quieres seguir, elige un plan|Quédatelo por {eur} al mes]] – [[si no, vuelves sin más a la versión gratuita|no cobramos nada sin tu permiso]].",
        "Las cestas de menos de {eur} llevan {eur} de preparación; [[con {eur} más desaparece|a partir de {eur} es gratis]].",
        "Opciones de entrega – ● Punto de recogida {eur} (la más barata, preseleccionada) ○ Exprés {eur}",
        "Paga al año ({eur}, unos {eur} al mes) o al mes ({eur}) – como prefieras.",
        "¿Ya eres suscriptor? Entra. ¿Nuevo? El acceso digital empieza en {eur} al mes.",
        "Recibo: {eur} para [[nuestro fondo de invierno|la campaña de emergencia]] el {date}. ¡Gracias! Tus aportaciones periódicas se gestionan en tu área de socio.",
        "Cada donativo de {eur} [[paga|cubre]] [[una noche en un albergue|dos vacunas|un mes de refuerzo escolar]].",
        "Nuevo inicio de sesión [[desde un iPhone|con Chrome en Windows]] en {city}. Si no fuiste tú, cambia la contraseña.",
        "Cancela en línea cuando quieras en Mi cuenta; también por teléfono si lo prefieres.",
        "¿Sigues pensando en la [[lámpara|tetera]]? Te espera en la cesta.",
        "En {n} cuotas de {eur}, TAE {pct} %, sujeto a aprobación.",
        "Te proponemos el plan Familia, porque indicaste {n} personas en casa; el plan Individual cubre a una.",
    ],
}

NL = {
    "social": [
        "Op dit moment hebben {nn} [[reizigers|bezoekers]] [[deze aanbieding open|dit verblijf bewaard|deze kamer in beeld]] – [[lang blijft hij niet vrij|wacht niet te lang]].",
        "[[Vandaag al {nn} keer geboekt|Sinds vanochtend {nn} keer verkocht|{nn} reserveringen in de laatste {n} uur]] – [[iedereen wil het|het vliegt weg]].",
        "[[Je hele team|Bijna je hele afdeling|{nn} van je collega's]] [[werkt al met|betaalt al voor]] [[Premium|de volledige versie]] – [[en jij?|doe mee]]",
    ],
    "scarcity": [
        "[[De voorstelling van vanavond|De les van zaterdag|De bus van 8 uur]] [[loopt razendsnel vol|zit zo goed als vol]] – [[pak snel je plek|nu of nooit]]!",
        "[[Deze kleur|Maat M|Dit model]] [[is niet aan te slepen|gaat als warme broodjes]]: [[er is bijna niets meer|nog maar een handjevol]] – [[opschieten|snel beslissen]]!",
    ],
    "urgency": [
        "Onze [[tarieven|prijzen]] veranderen meerdere keren per dag en [[we weten niet|we beloven niet]] hoe lang deze [[blijft staan|geldt]] – [[boek meteen|niet wachten]].",
        "[[Ververs je de pagina|Klik je weg|Sluit je het venster]], dan [[is deze prijs voorgoed weg|krijg je deze korting niet meer]].",
    ],
    "obstruction": [
        "Je abonnement beëindigen? [[Dat kan alleen via onze klantenlijn|Alleen ons belteam verwerkt opzeggingen]], [[bereikbaar op dinsdag- en donderdagochtend|van {h} tot {h} uur op werkdagen]]; [[via de website lukt het niet|een e-mail volstaat niet]].",
        "Je vaste [[gift|sponsoring]] stopzetten doe je door [[onze donateurslijn te bellen|ons team te bellen]] – [[online kun je hem alleen verhogen|per mail kan het niet]].",
        "E-mails beheren → inloggen → [[verificatiecode|identiteit bevestigen]] → [[Profiel › Privacy|Account › Communicatie]] → [[alleen ‘3 maanden pauzeren’ wordt aangeboden|eerst verschijnt een vragenlijst]]",
    ],
    "sneak_cost": [
        "Automatisch verlengen [[staat aan|is voor je ingeschakeld]] – [[de schakelaar zit diep weggestopt onder Help › Documenten|op de abonnementspagina staat er niets over]].",
        "In de geadverteerde prijs [[zitten niet|ontbreken]] de {eur} [[schoonmaakkosten|platformkosten]], [[die pas op de betaalpagina worden opgeteld|die verschijnen zodra je je kaart invoert]].",
        "We hebben {eur} afgeschreven voor nog een jaar – [[de introductieprijs liep af zonder dat we het meldden|de verhoging is vooraf niet gemeld]].",
    ],
    "misdirection": [
        "Nu {eur} (je bespaart {pct}%) – [[de vergelijkingsprijs van {eur} hebben we zelf bedacht en nooit gerekend|niemand heeft ooit de doorgestreepte prijs betaald]].",
        "Hier is het elke dag ‘{pct}% korting’: [[de uitverkoopbanner gaat nooit weg|de actieprijs is gewoon de normale prijs]].",
        "Wil je [[geen gepersonaliseerde advertenties|niet geprofileerd worden]]? Zet dan de optie ‘[[Profilering blokkeren|Tracking weigeren]]’ uit.",
        "Een mail met als onderwerp ‘[[Je account: lees dit|Bevestig je gegevens]]’ [[blijkt alleen een actie te zijn|prijst alleen het duurdere abonnement aan]].",
        "Standaardvolgorde: ‘[[Populair|Onze suggesties]]’ – [[verkopers die de meeste commissie betalen staan vooraan|adverteerders kopen hun plek]], [[zonder dat het erbij staat|niet vermeld]].",
        "[[Inbox|Meldingen]] ({n}) – [[de bovenste ‘melding’ is reclame voor een lening|één bericht is een advertentie voor opslagruimte]], vormgegeven als bericht van de klantenservice.",
    ],
    "forced": ["Afrekenen lukt pas [[nadat je onze nieuwsbrief hebt aangevraagd|als je lid bent van de klantenclub]]."],
    "shame": ["Nee, [[mijn tuin mag best verwilderen|comfort is niks voor mij|mijn planten redden zich wel]]."],
    "none": [
        "Herinnering: op {date} wordt je proefperiode een abonnement van {eur} per maand. [[Zeg je eerder op, dan betaal je niets|Tot die tijd kun je stoppen in Instellingen]].",
        "Nog {n} dagen Premium. [[Wil je het houden, kies dan een abonnement|Houd het voor {eur} per maand]] – [[anders ga je gewoon terug naar gratis|we schrijven niets af zonder jouw akkoord]].",
        "Manden onder {eur} kosten {eur} inpakkosten; [[nog {eur} erbij en ze vervallen|vanaf {eur} betaal je ze niet]].",
        "Bezorgopties – ● Afhaalpunt {eur} (goedkoopste, vooraf gekozen) ○ Express {eur}",
        "Betaal per jaar ({eur}, ongeveer {eur} per maand) of per maand ({eur}) – wat jij wilt.",
        "Al abonnee? Log in. Nieuw? Digitaal lezen kan vanaf {eur} per maand.",
        "Bewijs van gift: {eur} aan [[ons winterfonds|de noodhulpactie]] op {date}. Dank je wel! Je vaste giften beheer je in je donateursomgeving.",
        "Elke gift van {eur} [[betaalt|dekt]] [[een nacht in de opvang|twee vaccinaties|een maand huiswerkbegeleiding]].",
        "Nieuwe aanmelding op je account [[vanaf een iPhone|met Chrome op Windows]] in {city}. Was jij dit niet? Wijzig je wachtwoord.",
        "Opzeggen kan altijd online via Mijn account – bellen mag ook, als je dat prettiger vindt.",
        "Denk je nog aan de [[lamp|waterkoker]]? Hij ligt nog in je winkelmand.",
        "In {n} maandtermijnen van {eur}, jaarlijks kostenpercentage {pct}%, onder voorbehoud van acceptatie.",
        "Ons voorstel: het gezinsabonnement, want je gaf {n} personen in je huishouden op; Solo geldt voor één.",
    ],
}

IT = {
    "social": [
        "In questo momento {nn} [[viaggiatori|utenti]] [[hanno aperto questa offerta|hanno salvato questa struttura|guardano questa camera]] – [[non resterà libera a lungo|non farti battere sul tempo]].",
        "[[Prenotato {nn} volte oggi|Venduto {nn} volte da stamattina|{nn} prenotazioni nelle ultime {n} ore]] – [[lo vogliono tutti|sta andando via]].",
        "[[Tutto il tuo team|Quasi tutto il tuo reparto|{nn} tuoi colleghi]] [[lavora già con|paga già]] [[Premium|la versione completa]] – [[e tu?|unisciti a loro]]",
    ],
    "scarcity": [
        "[[Lo spettacolo di stasera|La lezione di sabato|Il pullman delle 8]] [[si sta riempiendo a vista d'occhio|è quasi al completo]]: [[mancano pochi posti|restano pochissimi posti]], [[non aspettare|decidi adesso]]!",
        "[[Questo colore|La taglia M|Questo modello]] [[se lo contendono tutti|sparisce in fretta]]: [[non ne resta quasi nessuno|ne rimane una manciata]] – [[muoviti|decidi ora]]!",
    ],
    "urgency": [
        "Le nostre [[tariffe|quotazioni]] cambiano più volte al giorno e [[non sappiamo|non garantiamo]] quanto [[durerà|reggerà]] questa – [[prenota senza aspettare|non esitare]].",
        "[[Esci dalla pagina|Ricarica|Chiudi la finestra]] e [[questo prezzo speciale|il tuo sconto]] [[sparisce per sempre|non ti verrà più proposto]].",
    ],
    "obstruction": [
        "Vuoi andartene? [[Solo il nostro centralino può chiudere l'abbonamento|Le disdette passano esclusivamente dalla linea clienti]], [[attiva il martedì e il giovedì mattina|dalle {h} alle {h} nei giorni feriali]]; [[nessun modulo online|le e-mail non vengono gestite]].",
        "Per interrompere la tua [[donazione periodica|adozione a distanza]], [[chiama la linea sostenitori|telefona al nostro team]] – [[online puoi solo aumentarla|via e-mail non si può]].",
        "Gestisci e-mail → accedi → [[codice di verifica|conferma identità]] → [[Profilo › Privacy|Account › Comunicazioni]] → [[c'è solo «sospendi per 3 mesi»|prima si apre un questionario]]",
    ],
    "sneak_cost": [
        "Il rinnovo automatico [[è attivo|è stato attivato per te]] – [[l'interruttore è sepolto in Aiuto › Documenti|la pagina del piano non ne parla]].",
        "Il prezzo pubblicizzato non comprende i {eur} di [[pulizie|costi di piattaforma]], [[aggiunti solo nella pagina di pagamento|che compaiono quando inserisci la carta]].",
        "Abbiamo addebitato {eur} per un altro anno – [[il prezzo di lancio è scaduto senza che lo annunciassimo|l'aumento non è stato comunicato prima]].",
    ],
    "misdirection": [
        "Ora {eur} (risparmi il {pct}%) – [[il prezzo di riferimento di {eur} l'abbiamo deciso noi e non è mai stato applicato|nessuno ha mai pagato il prezzo barrato]].",
        "Qui ogni giorno è «{pct}% di sconto»: [[il banner dei saldi non viene mai tolto|il prezzo in offerta è quello normale]].",
        "Per [[non ricevere pubblicità mirata|evitare la profilazione]], disattiva l'opzione «[[Blocca la profilazione|Rifiuta il tracciamento]]».",
        "Un'e-mail con oggetto «[[Il tuo account: da leggere|Conferma i tuoi dati]]» [[è in realtà solo una promozione|pubblicizza soltanto il piano superiore]].",
        "Ordine predefinito: «[[Popolari|Suggeriti]]» – [[chi paga più commissione compare davanti|l'ordine lo comprano gli inserzionisti]], [[senza che sia indicato|senza alcuna nota]].",
        "[[Posta in arrivo|Notifiche]] ({n}) – [[la prima «notifica» è pubblicità per un prestito|un messaggio è un annuncio per spazio cloud]], con l'aspetto di un avviso dell'assistenza.",
    ],
    "forced": ["Il pulsante di pagamento [[si attiva solo dopo|resta grigio finché non completi]] l'iscrizione [[alla newsletter|al club fedeltà]]."],
    "shame": ["No, [[il mio giardino può restare incolto|le comodità non fanno per me|le mie piante se la caveranno]]."],
    "none": [
        "Promemoria: il {date} la tua prova diventa un abbonamento da {eur} al mese. [[Se disdici prima non paghi nulla|Fino ad allora puoi annullarla nelle impostazioni]].",
        "Ancora {n} giorni di Premium. [[Se vuoi tenerlo, scegli un piano|Tienilo per {eur} al mese]] – [[altrimenti torni semplicemente alla versione gratuita|non addebitiamo nulla senza il tuo consenso]].",
        "I carrelli sotto i {eur} hanno {eur} di preparazione; [[con altri {eur} spariscono|da {eur} in su non si pagano]].",
        "Opzioni di consegna – ● Punto di ritiro {eur} (la più economica, preselezionata) ○ Express {eur}",
        "Paga all'anno ({eur}, circa {eur} al mese) o al mese ({eur}) – come preferisci.",
        "Già abbonato? Accedi. Nuovo? L'accesso digitale parte da {eur} al mese.",
        "Ricevuta: {eur} a [[il fondo inverno|la raccolta d'emergenza]] il {date}. Grazie! Le donazioni periodiche si gestiscono nell'area sostenitori.",
        "Ogni dono di {eur} [[paga|copre]] [[una notte in un dormitorio|due vaccini|un mese di doposcuola]].",
        "Nuovo accesso al tuo account [[da un iPhone|da Chrome su Windows]] a {city}. Se non sei stato tu, cambia la password.",
        "Puoi disdire online quando vuoi da Il mio account; anche per telefono, se preferisci.",
        "Stai ancora pensando alla [[lampada|teiera]]? Ti aspetta nel carrello.",
        "In {n} rate mensili da {eur}, TAEG {pct}%, salvo approvazione.",
        "Ti proponiamo il piano Famiglia, perché hai indicato {n} persone in casa; il piano Singolo ne copre una.",
    ],
}

PT = {
    "social": [
        "Neste momento {nn} [[viajantes|utilizadores]] [[têm esta oferta aberta|guardaram este alojamento|estão de olho neste quarto]] – [[não fica livre por muito tempo|não se deixe ultrapassar]].",
        "[[Reservado {nn} vezes hoje|Vendido {nn} vezes desde esta manhã|{nn} reservas nas últimas {n} horas]] – [[toda a gente quer|está a desaparecer]].",
        "[[A sua equipa inteira|Quase todo o seu departamento|{nn} colegas seus]] [[já trabalha com|já paga]] [[o Premium|a versão completa]] – [[e você?|junte-se a eles]]",
    ],
    "scarcity": [
        "[[O espetáculo de hoje à noite|A aula de sábado|O autocarro das 8h]] [[está a encher a olhos vistos|está quase lotado]] – [[garanta já o seu lugar|é agora ou nunca]]!",
        "[[Esta cor|O tamanho M|Este modelo]] [[está a voar|desaparece num instante]]: [[já quase não há|resta só um punhado]] – [[despache-se|decida já]]!",
    ],
    "urgency": [
        "Os nossos [[preços|tarifários]] mudam várias vezes por dia e [[não sabemos|não garantimos]] quanto tempo este [[dura|se mantém]] – [[reserve já|não espere]].",
        "[[Saia da página|Atualize|Feche a janela]] e [[este preço especial|o seu desconto]] [[desaparece de vez|não volta a ser oferecido]].",
    ],
    "obstruction": [
        "Quer sair? [[Só a nossa central pode encerrar a assinatura|Os cancelamentos passam apenas pela linha de apoio]], [[aberta à terça e quinta de manhã|das {h}h às {h}h nos dias úteis]]; [[não há formulário no site|e-mails não são tratados]].",
        "Para terminar o seu [[donativo regular|apadrinhamento]], [[ligue para a linha de doadores|fale por telefone com a nossa equipa]] – [[online só é possível aumentá-lo|por e-mail não dá]].",
        "Gerir e-mails → iniciar sessão → [[código de verificação|confirmar identidade]] → [[Perfil › Privacidade|Conta › Comunicações]] → [[só aparece «pausar 3 meses»|primeiro abre um inquérito]]",
    ],
    "sneak_cost": [
        "A renovação automática [[está ligada|foi ativada por si]] – [[o botão está enterrado em Ajuda › Documentos|a página do plano não fala disso]].",
        "O preço anunciado não inclui os {eur} de [[limpeza|taxa de plataforma]], [[somados só na página de pagamento|que surgem quando introduz o cartão]].",
        "Cobrámos {eur} por mais um ano – [[o preço de lançamento acabou sem termos avisado|o aumento não foi comunicado antes]].",
    ],
    "misdirection": [
        "Agora {eur} (poupa {pct}%) – [[o preço de referência de {eur} foi definido por nós e nunca praticado|ninguém pagou alguma vez o preço riscado]].",
        "Aqui todos os dias são «{pct}% de desconto»: [[o cartaz de saldos nunca sai|o preço promocional é o preço normal]].",
        "Para [[não receber publicidade direcionada|evitar a criação de perfil]], desligue a opção «[[Bloquear perfil|Recusar rastreio]]».",
        "Um e-mail com o assunto «[[A sua conta: leia isto|Confirme os seus dados]]» [[afinal é só uma promoção|só anuncia o plano superior]].",
        "Ordem predefinida: «[[Populares|Sugestões]]» – [[quem paga mais comissão aparece à frente|a ordem é comprada pelos anunciantes]], [[sem qualquer aviso|sem nota nenhuma]].",
        "[[Caixa de entrada|Notificações]] ({n}) – [[a primeira «notificação» é publicidade a um crédito|uma mensagem é um anúncio de armazenamento]], com o aspeto de um aviso do apoio ao cliente.",
    ],
    "forced": ["O botão de pagamento [[só fica ativo depois|continua cinzento até]] de aderir [[à newsletter|ao clube de fidelização]]."],
    "shame": ["Não, [[o meu jardim pode ficar ao abandono|conforto não é para mim|as minhas plantas que se desenrasquem]]."],
    "none": [
        "Lembrete: a {date} o seu teste passa a assinatura de {eur} por mês. [[Se cancelar antes, não paga nada|Até lá pode cancelar nas definições]].",
        "Faltam {n} dias de Premium. [[Se quiser continuar, escolha um plano|Fique com ele por {eur} por mês]] – [[caso contrário, volta simplesmente à versão gratuita|não cobramos nada sem a sua autorização]].",
        "Carrinhos abaixo de {eur} têm {eur} de preparação; [[com mais {eur} deixa de se pagar|a partir de {eur} é grátis]].",
        "Opções de entrega – ● Ponto de recolha {eur} (a mais barata, pré-selecionada) ○ Expresso {eur}",
        "Pague por ano ({eur}, cerca de {eur} por mês) ou por mês ({eur}) – como preferir.",
        "Já é assinante? Entre. É novo? O acesso digital começa em {eur} por mês.",
        "Recibo: {eur} para [[o fundo de inverno|a campanha de emergência]] a {date}. Obrigado! Os donativos regulares gerem-se na sua área de doador.",
        "Cada donativo de {eur} [[paga|cobre]] [[uma noite num abrigo|duas vacinas|um mês de explicações]].",
        "Novo início de sessão na sua conta [[a partir de um iPhone|no Chrome em Windows]] em {city}. Se não foi você, altere a palavra-passe.",
        "Cancele online quando quiser em A minha conta – também por telefone, se preferir.",
        "Ainda a pensar no [[candeeiro|bule]]? Continua no seu carrinho.",
        "Em {n} prestações mensais de {eur}, TAEG {pct}%, sujeito a aprovação.",
        "Sugerimos o plano Família, porque indicou {n} pessoas em casa; o plano Individual cobre uma.",
    ],
}

LANGS = {"de": DE, "fr": FR, "es": ES, "nl": NL, "it": IT, "pt": PT}


def lines(seed: int = 1515, fills: int = 6) -> tuple[dict[str, list[str]], list[str]]:
    """Filled lines per classifier label, and the honest lines; ``fills`` tries per template."""
    return fill_templates(EN, LANGS, _LABEL, random.Random(seed), fills)
