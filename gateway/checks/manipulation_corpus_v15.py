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
  hour") and colleagues as social proof (people "at your company" already on the paid plan);
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
prices, dates, names and cities, as in ``manipulation_corpus_v13``; there are two sets per language
(``EN``/``LANGS`` and ``EN_B``/``LANGS_B``, the second in plainer and more varied wordings, with
notes in brackets), each template tried four times (``fill_templates`` adds two tries for English
and two for honest templates; duplicates are dropped). ``lines()`` returns
``({label: [line, ...]}, [honest line, ...])``, deterministic with its own random stream (the v14
corpus is unchanged).
"""

from __future__ import annotations

import random
import re

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
        "[[Your whole team|Most of your department|Everyone else in your office]] [[is on|already pays for]] [[Plus|Business|the full version]]. [[You're one of the last on Free|Join them today]].",
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

# ------------------------------------------------------------- more wordings of the same families
# A second set per language: the families above in the plainer wordings copy most often uses, with a
# wider vocabulary (the classifier only knows words it has seen in a family), and notes in brackets
# of the kind people write when they describe a page ("[sponsored tile styled as ...]"); a note
# after a full stop is scored as a sentence of its own, so ``lines()`` also keeps each long note of
# a pressure line as a line by itself.
EN_B = {
    "misdirection": [
        "⟦[[sponsored tile|paid listing|advert|partner banner|promoted card]] [[made to look like|dressed up as|disguised as|styled as|passed off as]] [[one of the shop's own categories|an ordinary search result|an editorial article|a system notification|a message from customer service|the real download button|a normal menu entry|a news story]]⟧",
        "⟦[[switch|toggle|checkbox|slider]] [[appears|looks|is drawn]] [[off|unticked|disabled|inactive]] [[but|while|although]] [[tracking|data sharing|marketing|ad personalisation]] is [[actually on|in fact enabled|running|active]]⟧",
        "⟦[[the 'was' price|the reference price|the crossed-out price|the 'RRP']] [[was never charged|has never applied|is invented|never existed in this shop|was used for a single day]]⟧",
        "⟦[[the same|this]] [[sale|discount|'half price' deal|countdown|'final days' banner]] [[has been running|has run|comes back|restarts]] [[for months|every week|all year|every Monday|since last spring]]⟧",
        "⟦[[subject line|push notification|pop-up|banner]] [[of a marketing email|for a sales campaign|advertising a promotion|for a newsletter offer]], [[written as|disguised as|worded like]] [[an account alert|a security warning|a service message|a delivery update]]⟧",
        "⟦[[the ranking|the order|the 'recommended' sort]] [[is bought by|is decided by payments from|follows the fees of]] [[sellers|hotels|advertisers]], [[not explained anywhere|with no notice to shoppers|undisclosed]]⟧",
        "⟦[[badge|red dot|bell icon]] [[that opens|leading to|linking to]] [[an advert|a sales page|a promotion|a partner's offer]] [[instead of a message|rather than a notification|not an update]]⟧",
        "[[Was|Previously|Before|Normally]] {price}, [[now|today]] {small} [[[that earlier price was never actually charged]|[it has been 'reduced' for a year]|[same 'limited' offer every week]]]",
        "[[Our price|Today|Deal price]]: {small} · [[Elsewhere|High-street price|Worth|Compare at]] {price} [[[a figure the shop picked itself]|[no seller charges that]]]",
        "[[Exclusive|Members'|Insider]] [[deals|picks|offers]] [[[a row of adverts placed as the top results]|[every item in it is a paid placement, unlabelled]]]",
        "[[Top rated|Bestseller|Most loved]] ⭐ [[[the badge is sold to sellers]|[the 'bestseller' badge is an advert]|[paid badge, no note]]]",
        "[[Important|Urgent|Action needed|Last reminder]]: [[your account|your membership|your profile|your subscription]] [[[promotional email about a sale, not an account matter]|[marketing message dressed as a service notice]|[it advertises an upgrade]]]",
        "[[Switch off|Untick|Disable|Turn off]] [[so we no longer filter out|and we'll let through|to lift the block on]] [[cookies from partners|tailored offers|marketing texts|third-party tracking|promotional calls]]",
        "[[Don't want|Not interested in]] [[personalised ads|partner offers|tracking]]? [[Switch on|Tick|Leave on]] '[[Show me fewer relevant offers|Allow limited sharing|Keep basic tracking]]'.",
        "[[Opt out|Unsubscribe]] ( ) [[yes, keep me on the list|yes, carry on sending]] ( ) [[no|no thanks]]",
        "[[Keep|Leave]] '[[Pause sharing|Stop tracking]]' [[off|unticked]] [[if you do not want|to avoid]] [[being tracked|sharing your data]]",
        "[[[big bright button]|[large coloured button]|[glowing button]]] [[Accept|Agree|Yes, continue]] [[[small faint link]|[grey link underneath]|[tiny text link]]] [[Reject|More choices|Settings]]",
        "[[Next|Continue|OK]] ([[also signs you up for|adds]] [[Premium|insurance|a membership]] at {small}/month) — [[no way to skip it on this screen|the free route is a grey link further down]]",
    ],
    "social": [
        "{name} and {n} [[colleagues|teammates|coworkers]] [[in|at]] [[your organisation|your workspace|your office]] [[have joined|are using|signed up for]] [[Premium|Teams|the paid tier]].",
        "[[{n} people|{nn} people|{nn} employees]] [[from|at]] [[your company|your firm|your employer]] [[are on|upgraded to|bought]] [[Pro|Business|Premium]] [[this month|already|last week]].",
        "[[Your colleagues|People at your company|Your coworkers]] [[are using|already chose|have upgraded to]] [[Pro|Premium|Plus]] — [[join them|catch up|be part of it]].",
        "[[Friends of yours|{n} of your friends|{name} and {nn} friends]] [[just subscribed|have joined|are already members]]. [[Don't miss out|Join them|What are you waiting for?]]",
        "[[Someone|A customer|A guest]] [[in|from]] {city} [[just|has just]] [[booked|bought|subscribed to|reserved]] [[this|the same]] [[room|plan|jacket|tour]].",
        "[[Over|More than]] {big} [[people|customers|members|users]] [[have already joined|already signed up|switched to us]]. [[What are you waiting for?|Why not you?|Don't be left out.]]",
    ],
    "scarcity": [
        "[[This flight|This train|This fare|Economy on this route|This ferry]] is [[almost full|nearly full|filling fast|close to full]] — [[book now|reserve now|secure your seat]] [[before it's gone|while you can|]]",
        "[[Only a few|Just a handful of|Very few]] [[seats|rooms|spaces|tickets|units]] [[remain|left|still available]] [[at this price|for these dates|in this class]] — [[hurry|don't wait|act fast]]!",
        "[[Selling fast|Going fast|Almost gone|Low availability]]: [[this item|this size|this dress|these boots|this edition]] [[is running out|will sell out soon|won't last]].",
        "[[Last rooms|Last seats|Final places|Last tables]] [[available|left]] [[for tonight|on this date|this weekend]] — [[book before someone else does|don't lose out]].",
    ],
    "urgency": [
        "[[Prices|Rates|Fares]] [[are going up|will rise|could increase|change]] [[soon|any day now|without notice|at any moment]]. [[Lock in|Secure|Grab]] [[your price|this rate|today's fare]] [[now|today|before it's too late]].",
        "This [[offer|price|deal|rate]] [[is withdrawn|lapses|won't be held]] [[the moment you close|once you navigate away from|if you reload]] [[this screen|the tab|this window]].",
        "[[Only valid|Valid only|Available only]] [[during this visit|in this session|on this screen|for the next few minutes]].",
        "[[We may pull this discount|The promotion can be switched off|This deal may vanish]] [[without warning|whenever we decide|any minute now]] — [[don't wait|buy now|act now]].",
        "[[Your basket|Your booking|Your cart]] [[expires|will be released|is held]] in {n}:{mm}. [[Complete your purchase now|Pay now or lose it|Hurry]]!",
    ],
    "obstruction": [
        "[[Cancellations|Cancelling|To cancel]] [[only by phone|by telephone only|only through our call centre]] — [[weekdays|Monday to Friday|Tuesdays and Thursdays]] [[{h}:00 to {h}:00|{h}am to {h}:30am|during limited hours]].",
        "[[There's no online option|You can't do it online]]: [[memberships|monthly donations|plans|direct debits]] end [[only with a phone call|only by letter|only in person at a branch]].",
        "[[Unsubscribe|Cancel|Opt out|Delete account]] → [[log in|sign in]] → [[reset password|verify email|confirm identity]] → [[wait for the email|enter a code|answer questions]] → [[then try again|confirm by phone|contact support]]",
        "[[To opt out|To unsubscribe|To stop these messages]], [[log in to your account|call our helpline|write to our head office]] — [[the link in this email doesn't work for this list|one-click unsubscribe isn't available|there is no link]].",
        "[[To refuse cookies|To withdraw consent|To reject tracking]], [[untick each|switch off every one of the]] {nn} [[partners|vendors|purposes]] [[one by one|individually|separately]].",
    ],
    "sneak_cost": [
        "[[Booking fee|Service fee|Admin fee|Handling charge|Convenience fee|Card fee]]: {small} [[[only shown at the last step]|[added at the final screen]|[not shown on the product page]|[appears only at payment]]]",
        "[[Final total|Order total|Grand total|Amount to pay]]: {price} [[+|including]] {small} [[service charge|booking fee|processing fee]] [[(first shown at payment)|(not mentioned earlier)|(added at checkout)]]",
        "[[Auto-renew|Automatic renewal|Auto-renewal]]: [[ON|on]] [[[buried in settings]|[set by default, hidden under Account › Other]|[not mentioned at sign-up]|[found only in the small print]]]",
        "[[Free trial|{nn}-day free trial|Try it free]] [[[after that it renews automatically at {price}/year, written only in the terms]|[auto-renews at {price}, mentioned nowhere on this page]|[converts to a paid plan in grey small print]]]",
        "[[Introductory|Launch|First-year]] price {small}. [[After that|Thereafter|From year two]] [[our standard rate applies|billed at the full price|you pay the normal rate]], [[which isn't shown here|amount not stated|see terms]].",
        "[[Your subscription|Your plan|Your membership]] [[renewed|has renewed]] [[at a higher price|at {price} (was {small})]] — [[we didn't warn you beforehand|this is the first we've said about it|no notice was sent]].",
    ],
    "forced": [
        "[[We need|The app needs]] [[your contact list|your location at all times|your photo library]] [[before this feature works|to unlock the discount|or you can't go on]].",
    ],
    "shame": [
        "No thanks, [[the shelter dogs can wait|the kids will manage without me|the planet isn't my problem]].",
        "[[I'll pass on|Skip]] [[the discount|the deal|cover]] — [[wasting money is my hobby|who needs savings anyway|I like living dangerously]]",
    ],
    "none": [
        "[[You've left|There's still|You left]] [[an item|a few things|{n} items]] in your [[bag|cart|basket]]. [[Finish your order whenever you like|They're saved for you]].",
        "[[We sent a code to your email|Enter the 6-digit code we emailed you]] [[to confirm it's you|to finish signing in]]; [[it expires in {nn} minutes|request a new one if it doesn't arrive]].",
        "[[Please confirm your email address|Check your inbox and confirm your address]] so [[we can send order updates|your new account is activated]].",
        "[[Price drop|Reduced|Now cheaper]]: [[now|today]] {small}, [[down from|was]] {price} [[last week|until {date}|in {month}]].",
        "[[Starter|Welcome|Intro]] price: {small} for your first [[box|delivery|month]], {price} [[after that|for later ones]] — [[pause, skip or stop online|change or stop online]].",
        "The free tier covers [[up to {n} people|{n} seats]]; [[after that|beyond that]] it's {small} per [[user|seat]] a month — [[no card needed to begin|you can start without a card]].",
        "[[Over|More than]] {big} [[downloads|installs]] [[since {month}|on the App Store|to date]].",
        "[[Heads up|Note|Please note]]: [[this item ships separately|this arrives in a separate parcel|delivery may take {n} days]].",
        "[[Cover|Plan|Room]] options (none selected yet): [[Basic|Standard|Third-party]] · [[Standard|Comfort|Plus]] · [[Premium|Comprehensive|Suite]]",
        "[[Optional|If you have a moment]]: [[what made you cancel|why are you leaving]]? [[[Skip] [Send]|Skip · Send]] — [[your cancellation is already done|this doesn't affect your cancellation]].",
        "[[Dear|Hi]] {name}, thank you for your [[gift|donation]] of {price} to [[the appeal|our hospice|the shelter]]. [[If you'd prefer not to hear from us, reply and we'll update your preferences|You can change how we contact you at any time]].",
        "[[Gift Aid|Boost your gift]]: [[tick if you're a UK taxpayer|as a UK taxpayer, you can]] [[and we'll claim|to let us claim]] 25p for every £1 [[at no extra cost to you|from the government]]. ☐ [[I am a UK taxpayer|Yes, add Gift Aid]]",
        "[[Just|Only]] {price} [[could|can]] [[provide|pay for|give]] [[clean water for a family|a school uniform|a hot meal for {n} children|a vet check for a rescue dog]].",
        "[[Your donation|Your gift]] of {price} [[has been received|was received|is confirmed]]. [[Thank you!|Thanks for your support.]] [[Manage your giving online at any time|Your receipt is attached]].",
        "[[Klarna|Clearpay|PayPal Pay in 3]] available: {n} interest-free instalments of {small}. [[Missed payments may incur a fee|A late fee may be charged if a payment fails]].",
        "[[Recommended|Suggested]] for you: [[Team|Business|Family]] — [[because you have|you said you need|based on your]] [[{nn} users|single sign-on|{n} accounts|shared storage]].",
        "[[Postage|Shipping|Delivery]]: [[Second class|Economy|Standard]] {small} (cheapest, selected) · [[First class|Tracked|Express]] {price}",
        "[[Annual|Yearly]] {price} [[(= {small}/month)|— {small} a month equivalent|, or {small}/month paid monthly]]. [[Monthly|Pay monthly]] {price}.",
        "[[Log in|Sign in]] to [[keep reading|read this article|continue]], or [[subscribe|become a member|join]] from {small} a [[month|week]].",
        "[[Seats|Rooms]] [[held|reserved]] for {nn} minutes while you [[pay|complete your booking]]. [[After that they're released|If time runs out, search again]].",
        "[[Prices|Fares]] [[are updated|change]] [[regularly|with demand]]; [[the price you see is the price you pay|the price is fixed once you book]].",
        "[[Cancel|End your plan]] [[online|in the app|in your account]] [[in two clicks|at any time|whenever you want]], [[or call us on weekdays|or phone us if you prefer]].",
        "[[Unsubscribe|Manage preferences]] [[at the bottom of any email|in one click|via the link below]].",
        "[[Sponsored|Ad]] — [[{name}'s Bikes|Brightway Energy|Harbour Hotels|NordPeak]] [[paid to appear here|paid for this spot|bought this position]].",
        "[[Cancelling means|If you cancel,]] [[your plan stops on {date}|you keep everything until {date}]]. [[[Cancel plan] [Back]|[Confirm cancellation] [Not now]|Confirm / Back]]",
        "[[Only available|Sold only|Available exclusively]] [[online|in our app|in store|at our {city} shop]].",
        "[[Skip|No]] [[gift wrapping|the card message]] — [[you can add it later|free either way]]",
        "[[Shipping|Delivery]] [[is added|is priced]] at checkout [[once we know your address|based on weight and destination]]; [[no other fees|nothing else is added]].",
        "[[Ad|Sponsored|Advertisement]] · [[paid placement|a paid result|sponsored listing]] [[from {name}'s Bikes|by Brightway Energy|for Harbour Hotels]]",
        "[[Cancel subscription?|Cancel your membership?|End your plan?]] [[It ends on {date}|Access stops on {date}]]. [[[Cancel subscription] [Keep subscription]|[Yes, cancel] [No, keep it]|[End plan] [Back]]]",
        "[[Only available|Ships only|Sold only]] [[in the UK|in the EU|to selected countries|in mainland France|in Australia and New Zealand]].",
        "[[Not available|Unavailable]] in [[your size|this colour|this finish]] right now — [[we can notify you on restock|similar styles are below|try another size]].",
        "[[No thanks, continue without|Continue without|No, carry on without]] [[travel insurance|the warranty|seat selection|extra legroom|a protection plan]]",
        "[[Sales tax|Import duty|VAT]] depends on [[your state|your country|where we ship]] and [[appears|is itemised]] [[in the order summary|before you pay]].",
        "[[This is an ad|Advertisement]]: [[{name}'s Bikes paid for this placement|a paid placement by Brightway Energy|Harbour Hotels paid to be listed here]].",
        "[[Paid placement|Sponsored result|Promoted]] — [[clearly labelled as an ad|marked 'Ad' at the top|shown in a box marked 'Sponsored']]",
        "[[{pct}% of members|Most customers]] [[chose|picked]] [[Standard|the monthly plan|the basic box]] [[last year|in {month}]].",
        "[[Limit|Maximum]] {n} per [[customer|order]] [[so more people can get one|to keep it fair]].",
        "[[To keep your account safe|For your account's safety]], [[we sign you out after {nn} minutes without activity|we ask for a code on new devices]].",
        "[[Your account is closed|We've closed your account]] [[as you asked|at your request]]; [[your data is deleted after {nn} days|you can reopen it within {nn} days]].",
        "[[Verify|Confirm]] [[your new phone number|the sign-in from a new device|your recovery email]] to [[keep your account secure|secure your account|keep two-step login working]].",
        "[[Your account is now more secure|Account secured]]: [[two-step verification is on|we've added your passkey|your new password is saved]].",
        "[[Add a gift message|Include a gift receipt|Gift wrap]] ([[free|optional|{small}]]) — [[leave it blank if you like|you can skip this]].",
        "[[Sending this as a gift|Is this a gift]]? [[We'll leave the prices off the packing slip|Add a note on the next step, or don't]].",
        "[[Get {pct}% off|Save {pct}%]] [[when you join our mailing list|with our newsletter]]. [[[Join] [No thanks]|Join · No thanks|Subscribe / Not now]]",
        "[[Security check|Account check]]: [[confirm the email address on your account|make sure your recovery email is up to date]] [[in Settings|under Profile]].",
    ],
}

DE_B = {
    "sneak_basket": ["Ihre Bestellung enthält jetzt auch [[die Diebstahlversicherung|den Montageservice|eine Spende]] ({eur}), bereits ausgewählt."],
    "social": [
        "{nn} [[Personen|Gäste|Reisende|Nutzer]] [[sehen sich|betrachten]] [[diese Unterkunft|dieses Zimmer|diesen Flug|dieses Ferienhaus|dieses Angebot]] [[gerade an|im Moment an|jetzt an]].",
        "{nn} [[Personen|Gäste]] haben [[dieses Hotel|diese Unterkunft|diesen Flug]] [[in der letzten Stunde|seit Mitternacht|heute]] gebucht.",
        "[[Gerade eben|Vor {n} Minuten]]: [[jemand|{name}]] aus {city} hat [[dieses Zimmer gebucht|diesen Artikel gekauft|dieses Abo abgeschlossen]].",
        "{name} und {n} [[Kollegen|Teammitglieder]] aus Ihrer Firma [[nutzen schon|haben gewechselt zu]] [[Pro|Premium]].",
    ],
    "scarcity": [
        "[[Dieser Flug|Diese Verbindung|Dieser Zug]] ist [[fast ausgebucht|nahezu voll]] – [[jetzt buchen|sichern Sie sich Ihren Platz]]!",
        "[[Nur noch wenige|Kaum noch]] [[Plätze|Zimmer|Tickets|Stück]] [[frei|verfügbar]] – [[schnell sein|nicht zu lange warten]]!",
        "[[Fast ausverkauft|Geht schnell weg|Wird knapp]]: [[dieser Artikel|diese Größe|diese Edition]] [[ist bald weg|verkauft sich rasant]].",
    ],
    "urgency": [
        "[[Die Preise|Die Tarife]] [[können jederzeit steigen|steigen bald|ändern sich ohne Vorwarnung]]. [[Jetzt buchen|Sichern Sie sich]] [[den heutigen Preis|diesen Tarif]]!",
        "Dieses Angebot [[verfällt|endet]], [[sobald Sie die Seite verlassen|wenn Ihre Sitzung endet]].",
        "[[Die Aktion|Der Rabatt]] kann [[jeden Moment|jederzeit]] enden – [[nicht warten|jetzt zugreifen]]!",
    ],
    "obstruction": [
        "[[Kündigung|Abmeldung]] [[nur telefonisch|ausschließlich per Telefon]], [[Mo–Fr {h}–{h} Uhr|werktags zu begrenzten Zeiten]].",
        "[[Ihre Spende|Ihr Abo|Ihre Mitgliedschaft]] kann nur [[telefonisch|per Post|persönlich]] [[beendet|gekündigt]] werden.",
        "Abmelden → Anmelden → [[Passwort zurücksetzen|E-Mail bestätigen]] → [[Code eingeben|auf E-Mail warten]] → [[erneut versuchen|Support kontaktieren]]",
    ],
    "sneak_cost": [
        "[[Servicegebühr|Buchungsgebühr|Bearbeitungsgebühr]]: {eur} [[[erst im letzten Schritt angezeigt]|[nicht auf der Produktseite]|[erscheint erst beim Bezahlen]]]",
        "Automatische Verlängerung: AN [[[in den Einstellungen versteckt]|[standardmäßig aktiv]|[bei der Anmeldung nicht erwähnt]]]",
        "[[Kostenloser Test|Gratis-Monat]] [[[verlängert sich danach für {eur}/Jahr, steht nur in den AGB]|[danach kostenpflichtig, nur im Kleingedruckten]]]",
    ],
    "misdirection": [
        "[[Vorher|Statt|Früher]] {eur}, jetzt {eur} [[[diesen Preis gab es nie]|[seit einem Jahr „reduziert“]|[jede Woche dasselbe Angebot]]]",
        "[[Ausschalten|Deaktivieren|Häkchen entfernen]], um [[Werbung nicht mehr zu blockieren|Tracking nicht länger zu verhindern]]",
        "⟦[[gesponserte Kachel|Anzeige|bezahlter Eintrag]] [[getarnt als|gestaltet wie]] [[normales Suchergebnis|eigene Kategorie des Shops|Systemmeldung|Nachricht vom Kundenservice]]⟧",
        "[[Wichtig|Dringend]]: [[Ihr Konto|Ihr Profil]] [[[Werbe-Mail, kein Kontohinweis]|[Newsletter, getarnt als Servicemeldung]]]",
    ],
    "forced": ["Ohne [[Kundenkonto|unsere App|Newsletter-Anmeldung]] [[keine Preise|keine Bestellung|kein Zugang zur Kasse]] – [[registrieren Sie sich zuerst|holen Sie das zuerst nach]]."],
    "shame": ["Nein danke, [[mehr zu zahlen stört mich nicht|sollen doch andere helfen|Geld ist mir egal]]."],
    "none": [
        "Kündigung per Klick unter Konto › Verträge, auch kurz vor Laufzeitende.",
        "Die Aktion endet am {date} um {h} Uhr.",
        "Sie haben noch [[einen Artikel|etwas]] im Warenkorb. [[Bestellung abschließen, wann Sie möchten|Er bleibt gespeichert]].",
        "Ihr Probeabo endet am {date}. Danach {eur}/Monat, [[sofern Sie nicht vorher kündigen|jederzeit kündbar]].",
        "Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto zu aktivieren.",
        "Preissenkung: jetzt {eur}, [[vorher|bis {date}]] {eur}.",
        "Gratis für bis zu {n} Nutzer. Bezahltarife ab {eur} pro Nutzer und Monat.",
        "Danke für Ihre Spende von {eur}! [[Die Quittung ist angehängt|Ihre Spenden verwalten Sie online]].",
        "{eur} können [[sauberes Wasser für eine Familie|ein warmes Essen für {n} Kinder]] finanzieren.",
        "Jetzt kaufen, später zahlen: effektiver Jahreszins {pct} %. Bei verspäteter Zahlung können Gebühren anfallen.",
        "Lagerbestand: {n} Stück.",
        "{pct} % der Bewertenden empfehlen dieses Produkt ({big} Bewertungen).",
    ],
}

FR_B = {
    "sneak_basket": ["Votre commande comprend désormais [[l'assurance vol|le montage|un don]] ({eur}), déjà sélectionné."],
    "social": [
        "{nn} [[personnes|voyageurs|internautes]] [[consultent|regardent]] [[cet appartement|ce logement|cette chambre|ce vol|cette annonce]] [[en ce moment|actuellement]].",
        "{nn} [[personnes|clients]] ont réservé [[ce logement|ce vol|cet hébergement]] [[dans la dernière heure|depuis minuit|aujourd'hui]].",
        "[[À l'instant|Il y a {n} minutes]] : [[quelqu'un|{name}]] de {city} a [[réservé cette chambre|acheté cet article|souscrit cet abonnement]].",
        "{name} et {n} [[collègues|membres de votre équipe]] de votre entreprise [[utilisent déjà|sont passés à]] [[Pro|Premium]].",
    ],
    "scarcity": [
        "[[Ce vol|Ce train|Cette liaison]] est [[presque complet|quasiment plein]] – [[réservez maintenant|sécurisez votre place]] !",
        "[[Plus que quelques|Très peu de]] [[places|chambres|billets|pièces]] [[disponibles|restantes]] – [[faites vite|ne tardez pas]] !",
        "[[Presque épuisé|Ça part vite|Stock limité]] : [[cet article|cette taille|cette édition]] [[sera bientôt épuisé|se vend très vite]].",
    ],
    "urgency": [
        "Les [[prix|tarifs]] [[peuvent augmenter à tout moment|vont bientôt augmenter|changent sans préavis]]. [[Réservez maintenant|Bloquez]] [[le prix du jour|ce tarif]] !",
        "Cette offre [[expire|prend fin]] [[dès que vous quittez la page|à la fin de votre session]].",
        "[[Les soldes|La remise]] peuvent s'arrêter à tout moment – [[n'attendez pas|foncez]] !",
    ],
    "obstruction": [
        "[[Résiliation|Désinscription]] [[uniquement par téléphone|par téléphone seulement]], [[du lundi au vendredi de {h} h à {h} h|en semaine à horaires restreints]].",
        "[[Votre don|Votre abonnement|Votre adhésion]] ne peut être [[arrêté|résilié]] que [[par téléphone|par courrier|en agence]].",
        "Se désabonner → se connecter → [[réinitialiser le mot de passe|confirmer l'e-mail]] → [[saisir un code|attendre l'e-mail]] → [[réessayer|contacter le support]]",
    ],
    "sneak_cost": [
        "[[Frais de service|Frais de dossier|Frais de réservation]] : {eur} [[[affichés seulement à la dernière étape]|[absents de la page produit]|[apparaissent au paiement]]]",
        "Renouvellement automatique : ACTIVÉ [[[caché dans les réglages]|[activé par défaut]|[non mentionné à l'inscription]]]",
        "[[Essai gratuit|Un mois offert]] [[[puis renouvelé à {eur}/an, écrit uniquement dans les CGV]|[devient payant, en petits caractères]]]",
    ],
    "misdirection": [
        "[[Avant|Au lieu de|Prix barré]] {eur}, maintenant {eur} [[[ce prix n'a jamais existé]|[« soldé » depuis un an]|[la même offre chaque semaine]]]",
        "[[Désactivez|Décochez]] pour [[ne plus bloquer la publicité|cesser de limiter le suivi]]",
        "⟦[[tuile sponsorisée|publicité|annonce payante]] [[déguisée en|présentée comme]] [[résultat normal|catégorie du site|notification système|message du service client]]⟧",
        "[[Important|Urgent]] : [[votre compte|votre profil]] [[[e-mail publicitaire, rien à voir avec le compte]|[newsletter déguisée en message de service]]]",
    ],
    "forced": ["Sans [[compte client|notre application|inscription à la newsletter]], [[pas de prix affichés|impossible de commander|pas d'accès au panier]] – [[inscrivez-vous d'abord|faites-le d'abord]]."],
    "shame": ["Non merci, [[payer plus cher me va très bien|que d'autres aident|l'argent ne compte pas pour moi]]."],
    "none": [
        "Un clic dans Mon compte suffit pour arrêter l'abonnement, quand vous le souhaitez.",
        "L'offre se termine le {date} à {h} h.",
        "Il vous reste [[un article|quelque chose]] dans votre panier. [[Finalisez quand vous voulez|Nous l'avons gardé]].",
        "Votre essai se termine le {date}. Ensuite {eur}/mois, [[sauf résiliation avant|résiliable à tout moment]].",
        "Merci de confirmer votre adresse e-mail pour activer votre compte.",
        "Baisse de prix : maintenant {eur}, [[avant|jusqu'au {date}]] {eur}.",
        "Gratuit jusqu'à {n} utilisateurs. Offres payantes dès {eur} par utilisateur et par mois.",
        "Merci pour votre don de {eur} ! [[Votre reçu est joint|Gérez vos dons en ligne]].",
        "{eur} peuvent [[offrir de l'eau potable à une famille|payer un repas chaud à {n} enfants]].",
        "Achetez maintenant, payez plus tard : TAEG {pct} %. Des frais de retard peuvent s'appliquer.",
        "Plus que {n} en stock.",
        "{pct} % des clients recommandent ce produit ({big} avis).",
    ],
}

ES_B = {
    "sneak_basket": ["Tu pedido incluye ahora [[el seguro antirrobo|el montaje|un donativo]] ({eur}), ya seleccionado."],
    "social": [
        "{nn} [[personas|viajeros|usuarios]] [[miran|consultan|tienen abierto]] [[este apartamento|este alojamiento|esta habitación|este anuncio]] [[ahora|en este momento]].",
        "Se han hecho {nn} reservas de [[este alojamiento|esta habitación|este hotel]] [[desde medianoche|hoy|en las últimas {n} horas]].",
        "[[Hace un momento|Hace {n} minutos]]: [[alguien|{name}]] de {city} ha [[reservado esta habitación|comprado este artículo|contratado este plan]].",
        "{name} y {n} [[compañeros|personas de tu equipo]] de tu empresa [[ya usan|se han pasado a]] [[Pro|Premium]].",
        "Ya somos {big} [[clientes|suscriptores]] – [[súmate tú también|solo faltas tú]].",
    ],
    "scarcity": [
        "[[Este vuelo|Este tren|Esta ruta]] está [[casi lleno|prácticamente completo]] – [[reserva ahora|asegura tu plaza]].",
        "[[Quedan muy pocas|Solo quedan unas pocas]] [[plazas|habitaciones|entradas|unidades]] – [[date prisa|no esperes]].",
        "[[Casi agotado|Se vende rápido|Últimas unidades]]: [[este artículo|esta talla|esta edición]] [[se agotará pronto|vuela]].",
    ],
    "urgency": [
        "Los [[precios|importes]] [[pueden subir en cualquier momento|subirán pronto|cambian sin aviso]]. [[Reserva ahora|Asegura]] [[el precio de hoy|esta tarifa]].",
        "Esta oferta [[caduca|termina]] [[en cuanto salgas de la página|al terminar tu sesión]].",
        "[[Las rebajas|El descuento]] pueden acabar en cualquier momento – [[no esperes|compra ya]].",
    ],
    "obstruction": [
        "[[Baja|Cancelación]] [[solo por teléfono|únicamente por teléfono]], [[de lunes a viernes de {h} a {h} h|en horario reducido]].",
        "[[Tu donativo|Tu suscripción|Tu cuota]] solo puede [[cancelarse|anularse]] [[por teléfono|por carta|en persona]].",
        "Darse de baja → iniciar sesión → [[restablecer contraseña|verificar correo]] → [[introducir código|esperar el correo]] → [[volver a intentar|contactar con soporte]]",
    ],
    "sneak_cost": [
        "[[Gastos de gestión|Cargo por servicio|Tasa de reserva]]: {eur} [[[solo en el último paso]|[no aparece en la ficha]|[se muestra al pagar]]]",
        "Renovación automática: ACTIVADA [[[oculta en los ajustes]|[activada por defecto]|[no se menciona al registrarse]]]",
        "[[Prueba gratis|Un mes gratis]] [[[luego se renueva a {eur}/año, solo en las condiciones]|[después es de pago, en letra pequeña]]]",
    ],
    "misdirection": [
        "[[Antes|En lugar de|Precio tachado]] {eur}, ahora {eur} [[[ese precio nunca existió]|[«rebajado» desde hace un año]|[la misma oferta cada semana]]]",
        "[[Desactiva|Desmarca]] para [[dejar de bloquear anuncios|no limitar más el seguimiento]]",
        "⟦[[mosaico patrocinado|anuncio|ficha pagada]] [[disfrazado de|presentado como]] [[resultado normal|categoría de la tienda|notificación del sistema|mensaje de atención al cliente]]⟧",
        "[[Importante|Urgente]]: [[tu cuenta|tu perfil]] [[[correo publicitario, nada que ver con la cuenta]|[boletín disfrazado de aviso de servicio]]]",
    ],
    "forced": ["Sin [[cuenta de cliente|nuestra app|suscripción al boletín]] [[no verás los precios|no puedes comprar|no hay acceso a la cesta]] – [[regístrate primero|hazlo antes]]."],
    "shame": ["No, [[pagar de más me da igual|que ayuden otros|el dinero no me importa]]."],
    "none": [
        "Puedes cancelar en cualquier momento desde tu perfil, sin llamadas.",
        "La oferta termina el {date} a las {h}:00.",
        "Tienes [[un artículo|algo]] en la cesta. [[Termina cuando quieras|Te lo guardamos]].",
        "Tu prueba termina el {date}. Después {eur}/mes, [[salvo que canceles antes|cancelable cuando quieras]].",
        "Confirma tu correo electrónico para activar tu cuenta.",
        "Bajada de precio: ahora {eur}, [[antes|hasta el {date}]] {eur}.",
        "Gratis hasta {n} usuarios. Planes de pago desde {eur} por usuario al mes.",
        "¡Gracias por tu donativo de {eur}! [[Adjuntamos el recibo|Gestiona tus donativos en línea]].",
        "Con {eur} [[se puede dar agua potable a una familia|se paga una comida caliente para {n} niños]].",
        "Compra ahora y paga después: TAE {pct} %. Pueden aplicarse cargos por retraso.",
        "Quedan {n} en stock.",
        "El {pct} % de los clientes recomienda este producto ({big} opiniones).",
    ],
}

NL_B = {
    "sneak_basket": ["Je bestelling bevat nu ook [[de diefstalverzekering|montage|een donatie]] ({eur}), al aangevinkt."],
    "social": [
        "{nn} [[mensen|anderen|reizigers|bezoekers]] [[bekijken|kijken naar]] [[dit appartement|deze accommodatie|deze kamer|deze vlucht|dit vakantiehuis]] [[nu|op dit moment|momenteel]].",
        "{nn} [[mensen|gasten]] hebben [[dit hotel|deze accommodatie|deze vlucht]] [[het afgelopen uur|sinds middernacht|vandaag]] geboekt.",
        "[[Zojuist|{n} minuten geleden]]: [[iemand|{name}]] uit {city} heeft [[deze kamer geboekt|dit artikel gekocht|dit abonnement genomen]].",
        "{name} en {n} [[collega's|teamgenoten]] van je bedrijf [[gebruiken al|zijn overgestapt op]] [[Pro|Premium]].",
    ],
    "scarcity": [
        "[[Deze vlucht|Deze trein|Deze verbinding]] is [[bijna vol|vrijwel volgeboekt]] – [[boek nu|reserveer je plek]]!",
        "[[Nog maar een paar|Heel weinig]] [[plaatsen|kamers|kaarten|stuks]] [[beschikbaar|over]] – [[wees snel|wacht niet]]!",
        "[[Bijna uitverkocht|Gaat snel|Beperkte voorraad]]: [[dit artikel|deze maat|deze editie]] [[is bijna op|verkoopt razendsnel]].",
    ],
    "urgency": [
        "De [[prijzen|tarieven]] [[kunnen elk moment stijgen|gaan binnenkort omhoog|veranderen zonder aankondiging]]. [[Boek nu|Zet vast]]: [[de prijs van vandaag|dit tarief]].",
        "Deze aanbieding [[verloopt|eindigt]] [[zodra je de pagina sluit|aan het eind van je sessie]].",
        "[[De actie|De korting]] kan elk moment stoppen – [[wacht niet|sla nu toe]]!",
    ],
    "obstruction": [
        "[[Opzeggen|Afmelden]] [[alleen telefonisch|uitsluitend per telefoon]], [[ma–vr van {h} tot {h} uur|op beperkte tijden]].",
        "[[Je donatie|Je abonnement|Je lidmaatschap]] kan alleen [[telefonisch|per post|persoonlijk]] worden [[stopgezet|opgezegd]].",
        "Afmelden → inloggen → [[wachtwoord resetten|e-mail bevestigen]] → [[code invoeren|wachten op mail]] → [[opnieuw proberen|contact opnemen]]",
    ],
    "sneak_cost": [
        "[[Servicekosten|Reserveringskosten|Administratiekosten]]: {eur} [[[pas bij de laatste stap getoond]|[niet op de productpagina]|[verschijnt bij betalen]]]",
        "Automatisch verlengen: AAN [[[verstopt in de instellingen]|[standaard ingeschakeld]|[niet genoemd bij aanmelden]]]",
        "[[Gratis proberen|Eerste maand gratis]] [[[daarna verlengd voor {eur}/jaar, alleen in de voorwaarden]|[wordt daarna betaald, in kleine letters]]]",
    ],
    "misdirection": [
        "[[Van|Eerst|Normaal]] {eur}, nu {eur} [[[die prijs heeft nooit bestaan]|[al een jaar ‘afgeprijsd’]|[elke week dezelfde actie]]]",
        "[[Zet uit|Vink uit]] om [[advertenties niet meer te blokkeren|tracking niet langer te beperken]]",
        "⟦[[gesponsorde tegel|advertentie|betaalde vermelding]] [[vermomd als|gepresenteerd als]] [[gewoon zoekresultaat|categorie van de winkel|systeemmelding|bericht van de klantenservice]]⟧",
        "[[Belangrijk|Dringend]]: [[je account|je profiel]] [[[reclamemail, niets met je account te maken]|[nieuwsbrief vermomd als servicebericht]]]",
    ],
    "forced": ["Zonder [[klantaccount|onze app|aanmelding voor de nieuwsbrief]] [[geen prijzen|geen bestelling|geen toegang tot de kassa]] – [[registreer je eerst|regel dat eerst]]."],
    "shame": ["Nee, [[ik betaal liever meer|laat anderen maar helpen|geld maakt mij niet uit]]."],
    "none": [
        "Je kunt op elk moment opzeggen via je account.",
        "De actie loopt tot en met {date}.",
        "Er ligt nog [[een artikel|iets]] in je winkelmand. [[Rond af wanneer je wilt|We bewaren het voor je]].",
        "Je proefperiode eindigt op {date}. Daarna {eur}/maand, [[tenzij je eerder opzegt|altijd opzegbaar]].",
        "Bevestig je e-mailadres om je account te activeren.",
        "Prijsverlaging: nu {eur}, [[eerst|tot {date}]] {eur}.",
        "Gratis voor maximaal {n} gebruikers. Betaalde abonnementen vanaf {eur} per gebruiker per maand.",
        "Bedankt voor je gift van {eur}! [[Het betalingsbewijs zit in de bijlage|Beheer je giften online]].",
        "Met {eur} [[krijgt een gezin schoon drinkwater|eten {n} kinderen een warme maaltijd]].",
        "Nu kopen, later betalen: jaarlijks kostenpercentage {pct}%. Bij te laat betalen kunnen kosten gelden.",
        "Nog {n} op voorraad.",
        "{pct}% van de klanten raadt dit product aan ({big} reviews).",
    ],
}

IT_B = {
    "sneak_basket": ["Il tuo ordine ora comprende anche [[la polizza furto|il servizio montaggio|una donazione]] ({eur}), già selezionata."],
    "social": [
        "{nn} [[persone|viaggiatori|utenti]] [[stanno guardando|stanno visualizzando]] [[questo appartamento|questa struttura|questa camera|questo volo|questo annuncio]] [[ora|in questo momento]].",
        "{nn} [[persone|clienti]] hanno prenotato [[questa struttura|questa camera|questo hotel]] [[nell'ultima ora|da mezzanotte|oggi]].",
        "[[Proprio ora|{n} minuti fa]]: [[qualcuno|{name}]] da {city} ha [[prenotato questa camera|acquistato questo articolo|attivato questo piano]].",
        "{name} e altri {n} [[colleghi|membri del tuo team]] della tua azienda [[usano già|sono passati a]] [[Pro|Premium]].",
    ],
    "scarcity": [
        "[[Questo treno|Questa tratta|Il traghetto delle 9]] è [[quasi pieno|praticamente al completo]] – [[prenota ora|assicurati il posto]]!",
        "[[Restano pochissimi|Solo pochi]] [[posti|biglietti|pezzi|camere]] [[disponibili|rimasti]] – [[fai presto|non aspettare]]!",
        "[[Quasi esaurito|Va a ruba|Scorte limitate]]: [[questo articolo|questa taglia|questa edizione]] [[sta per finire|si vende in fretta]].",
    ],
    "urgency": [
        "I [[prezzi|costi]] [[possono salire da un momento all'altro|aumenteranno presto|cambiano senza preavviso]]. [[Prenota ora|Blocca]] [[il prezzo di oggi|questa tariffa]]!",
        "Questa offerta [[scade|termina]] [[appena lasci la pagina|alla fine della sessione]].",
        "[[I saldi|Lo sconto]] possono finire in qualsiasi momento – [[non aspettare|approfittane ora]]!",
    ],
    "obstruction": [
        "[[Disdetta|Cancellazione]] [[solo per telefono|esclusivamente telefonica]], [[dal lunedì al venerdì dalle {h} alle {h}|in orari ridotti]].",
        "[[La tua donazione|Il tuo abbonamento|La tua iscrizione]] si può [[interrompere|disdire]] solo [[per telefono|per posta|di persona]].",
        "Annulla iscrizione → accedi → [[reimposta password|verifica e-mail]] → [[inserisci codice|attendi l'e-mail]] → [[riprova|contatta l'assistenza]]",
    ],
    "sneak_cost": [
        "[[Costi di servizio|Diritti di prenotazione|Spese di gestione]]: {eur} [[[mostrati solo all'ultimo passaggio]|[assenti dalla scheda prodotto]|[compaiono al pagamento]]]",
        "Rinnovo automatico: ATTIVO [[[nascosto nelle impostazioni]|[attivo di default]|[non indicato all'iscrizione]]]",
        "[[Prova gratuita|Un mese gratis]] [[[poi rinnovo a {eur}/anno, scritto solo nelle condizioni]|[poi a pagamento, in caratteri piccoli]]]",
    ],
    "misdirection": [
        "[[Prima|Invece di|Prezzo barrato]] {eur}, ora {eur} [[[quel prezzo non è mai esistito]|[«scontato» da un anno]|[la stessa offerta ogni settimana]]]",
        "[[Disattiva|Togli la spunta]] per [[non bloccare più la pubblicità|smettere di limitare il tracciamento]]",
        "⟦[[riquadro sponsorizzato|pubblicità|inserzione a pagamento]] [[travestita da|presentata come]] [[risultato normale|categoria del negozio|notifica di sistema|messaggio dell'assistenza]]⟧",
        "[[Importante|Urgente]]: [[il tuo account|il tuo profilo]] [[[e-mail promozionale, niente a che fare con l'account]|[newsletter travestita da avviso di servizio]]]",
    ],
    "forced": ["Senza [[account cliente|la nostra app|iscrizione alla newsletter]] [[niente prezzi|niente ordini|niente accesso alla cassa]] – [[registrati prima|fallo prima]]."],
    "shame": ["No, [[preferisco pagare di più|aiuteranno altri|i soldi non contano per me]]."],
    "none": [
        "Modifica o disdici il piano in qualsiasi momento, online o in app.",
        "L'offerta termina il {date} alle {h}:00.",
        "Hai ancora [[un articolo|qualcosa]] nel carrello. [[Completa quando vuoi|Lo teniamo da parte]].",
        "La tua prova termina il {date}. Poi {eur}/mese, [[salvo disdetta prima|disdici quando vuoi]].",
        "Conferma il tuo indirizzo e-mail per attivare l'account.",
        "Ribasso: ora {eur}, [[prima|fino al {date}]] {eur}.",
        "Gratis fino a {n} utenti. Piani a pagamento da {eur} per utente al mese.",
        "Grazie per la tua donazione di {eur}! [[In allegato la ricevuta|Gestisci le donazioni online]].",
        "Con {eur} [[si dà acqua pulita a una famiglia|si offre un pasto caldo a {n} bambini]].",
        "Compra ora, paga dopo: TAEG {pct}%. In caso di ritardo possono essere applicate penali.",
        "Ne restano {n} in magazzino.",
        "Il {pct}% dei clienti consiglia questo prodotto ({big} recensioni).",
    ],
}

PT_B = {
    "sneak_basket": ["A sua encomenda inclui agora [[o seguro contra roubo|a montagem|um donativo]] ({eur}), já selecionado."],
    "social": [
        "{nn} [[pessoas|viajantes|usuários]] [[estão a consultar|têm aberto|estão de olho em]] [[este apartamento|esta casa de férias|este quarto|este anúncio]] [[agora|neste momento]].",
        "{nn} [[pessoas|clientes]] reservaram [[esta hospedagem|este quarto|este hotel]] [[na última hora|desde a meia-noite|hoje]].",
        "[[Agora mesmo|Há {n} minutos]]: [[alguém|{name}]] de {city} [[reservou este quarto|comprou este item|assinou este plano]].",
        "{name} e mais {n} [[colegas|pessoas da sua equipa]] da sua empresa [[já usam|mudaram para]] [[o Pro|o Premium]].",
    ],
    "scarcity": [
        "[[Este voo|Este comboio|Esta rota]] está [[quase cheio|praticamente lotado]] – [[reserve agora|garanta o seu lugar]]!",
        "[[Restam pouquíssimos|Só restam alguns]] [[lugares|quartos|bilhetes|itens]] – [[seja rápido|não espere]]!",
        "[[Quase esgotado|Está a acabar|Estoque limitado]]: [[este artigo|este tamanho|esta edição]] [[vai esgotar em breve|vende-se depressa]].",
    ],
    "urgency": [
        "Os [[preços|valores]] [[podem subir a qualquer momento|vão subir em breve|mudam sem aviso]]. [[Reserve agora|Garanta]] [[o preço de hoje|esta tarifa]]!",
        "Esta oferta [[expira|termina]] [[assim que sair da página|no fim da sua sessão]].",
        "[[A promoção|O desconto]] pode acabar a qualquer momento – [[não espere|aproveite já]]!",
    ],
    "obstruction": [
        "[[Cancelamento|Anulação]] [[só por telefone|apenas por telefone]], [[de segunda a sexta das {h}h às {h}h|em horário reduzido]].",
        "[[O seu donativo|A sua assinatura|A sua adesão]] só pode ser [[cancelado|interrompido]] [[por telefone|por carta|presencialmente]].",
        "Cancelar subscrição → iniciar sessão → [[repor palavra-passe|verificar e-mail]] → [[inserir código|esperar pelo e-mail]] → [[tentar de novo|contactar o apoio]]",
    ],
    "sneak_cost": [
        "[[Taxa de serviço|Taxa de reserva|Taxa de gestão]]: {eur} [[[mostrada só no último passo]|[não aparece na página do produto]|[surge no pagamento]]]",
        "Renovação automática: ATIVADA [[[escondida nas definições]|[ativada por defeito]|[não referida na inscrição]]]",
        "[[Teste grátis|Um mês grátis]] [[[depois renova a {eur}/ano, escrito só nos termos]|[depois é pago, em letra pequena]]]",
    ],
    "misdirection": [
        "[[Antes|Em vez de|Preço riscado]] {eur}, agora {eur} [[[esse preço nunca existiu]|[«em saldo» há um ano]|[a mesma oferta todas as semanas]]]",
        "[[Desligue|Desmarque]] para [[deixar de bloquear anúncios|parar de limitar o rastreio]]",
        "⟦[[mosaico patrocinado|anúncio|listagem paga]] [[disfarçado de|apresentado como]] [[resultado normal|categoria da loja|notificação do sistema|mensagem do apoio ao cliente]]⟧",
        "[[Importante|Urgente]]: [[a sua conta|o seu perfil]] [[[e-mail publicitário, nada a ver com a conta]|[newsletter disfarçada de aviso de serviço]]]",
    ],
    "forced": ["Sem [[conta de cliente|a nossa app|inscrição na newsletter]] [[não há preços|não há encomendas|não há acesso ao carrinho]] – [[registe-se primeiro|faça isso antes]]."],
    "shame": ["Não, [[prefiro pagar mais|outros que ajudem|dinheiro não me importa]]."],
    "none": [
        "Para cancelar basta um clique na sua área de cliente, quando quiser.",
        "A promoção termina a {date} às {h}h.",
        "Ainda tem [[um artigo|algo]] no carrinho. [[Conclua quando quiser|Guardámos para si]].",
        "O seu teste termina a {date}. Depois {eur}/mês, [[salvo cancelamento antes|cancelável a qualquer momento]].",
        "Confirme o seu endereço de e-mail para ativar a conta.",
        "Baixa de preço: agora {eur}, [[antes|até {date}]] {eur}.",
        "Grátis até {n} utilizadores. Planos pagos desde {eur} por utilizador por mês.",
        "Obrigado pelo seu donativo de {eur}! [[O recibo segue em anexo|Gira os seus donativos online]].",
        "Com {eur} [[dá-se água potável a uma família|paga-se uma refeição quente a {n} crianças]].",
        "Compre agora, pague depois: TAEG {pct}%. Podem aplicar-se taxas por atraso.",
        "Restam {n} em stock.",
        "{pct}% dos clientes recomendam este produto ({big} avaliações).",
    ],
}

LANGS_B = {"de": DE_B, "fr": FR_B, "es": ES_B, "nl": NL_B, "it": IT_B, "pt": PT_B}


# a note in square brackets of four words or more ("[the toggle looks off while tracking is on]")
_NOTE = re.compile(r"\[([^\[\]]+)\]")


def lines(seed: int = 1515, fills: int = 4) -> tuple[dict[str, list[str]], list[str]]:
    """Filled lines per classifier label, and the honest lines; ``fills`` tries per template.
    The second set writes a note's own brackets as ``⟦ ⟧`` (``[[`` opens alternatives)."""
    rng = random.Random(seed)
    pos, neg = fill_templates(EN, LANGS, _LABEL, rng, fills)
    pos_b, neg_b = fill_templates(EN_B, LANGS_B, _LABEL, rng, fills)

    def fix(t: str) -> str:
        return t.replace("⟦", "[").replace("⟧", "]")

    for label, items in pos_b.items():
        pos.setdefault(label, []).extend(map(fix, items))
    neg.extend(map(fix, neg_b))
    for label, items in pos.items():
        have = set(items)
        notes = [m.group(0) for t in items for m in _NOTE.finditer(t) if len(m.group(1).split()) >= 4]
        items.extend(n for n in dict.fromkeys(notes) if n not in have)
    return pos, neg
