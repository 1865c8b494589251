"""Round 11 (classifier v12): shop copy in German, French, Spanish, Dutch, Italian and Portuguese.

Written for Candor after round 10's blind set showed that copy in these languages was almost never
caught. For every shop kind (scarcity, urgency, misdirection, social proof, obstruction, sneaking,
forced action, confirmshaming) there are pressure lines, and beside them honest copy of the same
topics in the same language: plain stock counts, dated sale ends, delivery cut-offs, neutral
declines, clear cancellation, fees stated up front, unticked optional extras, guest checkout,
labelled ads, rating aggregates. No line of any evaluation set is copied or reworded here
(tests/test_checks_quality.py checks it); no public corpus was read.

Templates use ``[[a|b|c]]`` for alternatives and ``{slot}`` for numbers, prices, countdowns,
names, cities, dates and weekdays written the way each language writes them.
``lines()`` returns ``({label: [line, ...]}, [honest line, ...])``, deterministic.
"""

from __future__ import annotations

import random
import re

# kind -> classifier label (docs/checks.md): sneaking into the basket is pressured_upsell, hidden
# costs and subscriptions hidden_subscription, forced enrolment hidden_subscription
_LABEL = {"scarcity": "fake_scarcity", "urgency": "false_urgency", "misdirection": "pressured_upsell",
          "social": "fake_social_proof", "obstruction": "hard_to_cancel", "sneak_basket": "pressured_upsell",
          "sneak_cost": "hidden_subscription", "forced": "hidden_subscription", "shame": "confirmshaming"}

_SLOTS = {
    "de": {"name": ["Lena", "Jonas", "Mia", "Paul", "Hannah", "Lukas", "Sophie", "Felix", "Emma", "Ben"],
           "city": ["Köln", "Hamburg", "Leipzig", "Graz", "Zürich", "Bremen", "Dresden", "Wien", "Mainz", "Kiel"],
           "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
           "month": ["Januar", "März", "April", "Mai", "Juni", "Juli", "August", "Oktober", "November"],
           "date": "{d}. {month}"},
    "fr": {"name": ["Camille", "Louis", "Chloé", "Hugo", "Manon", "Théo", "Léa", "Nathan", "Inès", "Jules"],
           "city": ["Lyon", "Nantes", "Lille", "Bordeaux", "Rennes", "Toulouse", "Genève", "Liège", "Metz", "Dijon"],
           "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
           "month": ["janvier", "mars", "avril", "mai", "juin", "juillet", "août", "octobre", "novembre"],
           "date": "{d} {month}"},
    "es": {"name": ["Lucía", "Mateo", "Sofía", "Hugo", "Martina", "Pablo", "Valeria", "Diego", "Carmen", "Álvaro"],
           "city": ["Sevilla", "Valencia", "Bilbao", "Zaragoza", "Málaga", "Granada", "Murcia", "Vigo", "Córdoba", "Gijón"],
           "day": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
           "month": ["enero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "octubre", "noviembre"],
           "date": "{d} de {month}"},
    "nl": {"name": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Ruben", "Noor", "Thijs", "Eva", "Sem"],
           "city": ["Utrecht", "Gent", "Groningen", "Eindhoven", "Leiden", "Antwerpen", "Zwolle", "Haarlem", "Breda", "Delft"],
           "day": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
           "month": ["januari", "maart", "april", "mei", "juni", "juli", "augustus", "oktober", "november"],
           "date": "{d} {month}"},
    "it": {"name": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo", "Elena", "Davide", "Alice", "Pietro"],
           "city": ["Torino", "Bologna", "Napoli", "Firenze", "Verona", "Bari", "Padova", "Genova", "Trieste", "Parma"],
           "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
           "month": ["gennaio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "ottobre", "novembre"],
           "date": "{d} {month}"},
    "pt": {"name": ["Beatriz", "Tiago", "Inês", "Rafael", "Mariana", "Gonçalo", "Ana", "João", "Carolina", "Pedro"],
           "city": ["Porto", "Braga", "Coimbra", "Faro", "Lisboa", "Aveiro", "Campinas", "Recife", "Curitiba", "Évora"],
           "day": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
           "month": ["janeiro", "março", "abril", "maio", "junho", "julho", "agosto", "outubro", "novembro"],
           "date": "{d} de {month}"},
}


def _eur(rng: random.Random, lang: str) -> str:
    whole = rng.choice([2, 3, 4, 5, 7, 9, 12, 14, 19, 24, 29, 39, 49, 59, 89, 129])
    cents = rng.choice(["99", "95", "50", "90", "00", "49"])
    if lang == "pt" and rng.random() < 0.3:
        return f"R$ {whole},{cents}"
    if lang == "nl" and rng.random() < 0.5:
        return f"€ {whole},{cents}"
    if lang == "de" and rng.random() < 0.2:
        return f"{whole},- €"
    if rng.random() < 0.15:
        return f"{whole} €"
    return f"{whole},{cents} €" if rng.random() < 0.8 else f"{whole},{cents}€"


def _countdown(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                       f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                       f"{rng.randint(1, 23)} h {rng.randint(1, 59)} min",
                       f"{rng.randint(1, 9)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"])


def _fill(t: str, lang: str, rng: random.Random, slots: dict[str, dict] | None = None) -> str:
    t = re.sub(r"\[\[([^\]]*)\]\]", lambda m: rng.choice(m.group(1).split("|")), t)
    s = (slots or _SLOTS)[lang]

    def rep(m: re.Match[str]) -> str:
        k = m.group(1)
        if k == "n":
            return str(rng.randint(2, 9))
        if k == "nn":
            return str(rng.randint(11, 95))
        if k == "big":
            sep = " " if lang == "fr" else "."
            return rng.choice([f"{rng.randint(1, 48)}{sep}{rng.randint(100, 999)}", str(rng.randint(120, 980))])
        if k == "min":
            return str(rng.randint(2, 45))
        if k == "pct":
            return rng.choice(["10", "15", "20", "25", "30", "40", "50", "60", "70"])
        if k == "h":
            return str(rng.randint(8, 22))
        if k == "eur":
            return _eur(rng, lang)
        if k == "cd":
            return _countdown(rng)
        if k == "date":
            return s["date"].replace("{d}", str(rng.randint(1, 28))).replace("{month}", rng.choice(s["month"]))
        if k in s:
            return rng.choice(s[k])
        return m.group(0)

    return re.sub(r"\{(\w+)\}", rep, t)


# --------------------------------------------------------------------------------------- German
DE = {
    "scarcity": [
        "[[Nur noch|Lediglich noch|Bloß noch]] {n} [[Stück|Exemplare|Paare|Zimmer|Plätze|Tickets]] [[übrig|verfügbar|zu haben]] – [[greifen Sie schnell zu|schnell sein lohnt sich|wer zögert, geht leer aus]]!",
        "[[Fast|Beinahe]] ausverkauft! [[Die Nachfrage ist riesig|Alle wollen diesen Artikel|Das geht gerade weg wie warme Semmeln]].",
        "[[Achtung|Vorsicht|Hinweis]]: [[Sehr|Extrem|Äußerst]] gefragt – [[nur wenige|kaum noch|die letzten]] [[Artikel|Größen|Exemplare]] [[auf Lager|vorrätig|da]].",
        "Nur noch {n} Zimmer zu diesem Preis – [[danach ist Schluss|dann ist es weg|dann wird es teurer]]!",
        "[[Letzte Chance|Letztes Exemplar|Restposten]]: [[wenn es weg ist, ist es weg|kein Nachschub geplant|wird nicht nachproduziert]]!",
        "[[Beliebt|Heiß begehrt|Bestseller]]: {n} Personen haben diesen Artikel im Warenkorb – [[nur noch|bloß]] {n} auf Lager.",
        "[[Limitierte Auflage|Streng limitiert]]: nur noch {n} von {nn} [[übrig|verfügbar]] – [[jetzt sichern|schnell zugreifen|sicher dir deins]]!",
        "[[Sitzplätze|Plätze|Tickets]] werden knapp! [[Nur noch|Noch]] {n} zum [[Sparpreis|Frühbucherpreis|Aktionspreis]].",
        "Ihre Größe ist [[fast weg|beinahe vergriffen|gleich ausverkauft]] – [[nur noch|noch]] {n} [[übrig|da]]!",
    ],
    "urgency": [
        "[[Nur heute|Nur noch heute|Heute letzter Tag]]: {pct} % auf alles – [[danach ist der Rabatt weg|morgen ist alles vorbei|schnell sein]]!",
        "Nur solange der Countdown läuft ({cd}): [[Sonderpreis|Extra-Rabatt|Gratiszugabe]] – [[danach regulärer Preis|dann ist Schluss]]!",
        "[[Beeilen Sie sich|Beeil dich|Schnell]]! [[Der Preis steigt|Die Aktion läuft ab|Der Gutschein verfällt]] in {cd}.",
        "Ihr Warenkorb ist nur noch {min} Minuten reserviert – [[danach verlieren Sie Ihren Rabatt|danach geben wir die Artikel frei]]!",
        "[[Letzte Chance|Allerletzte Gelegenheit]]! [[Dieses Angebot|Der Sonderpreis]] gilt nur [[noch kurze Zeit|für wenige Stunden|bis Mitternacht]].",
        "[[Blitzangebot|Flash-Sale|Tagesdeal]]: {pct} % Rabatt – [[nur solange der Timer läuft|endet in {cd}|gleich vorbei]]!",
        "[[Zögern Sie nicht|Nicht lange überlegen|Warte nicht]] – [[dieser Preis gilt nur jetzt|morgen zahlst du mehr|der Preis kann jederzeit steigen]].",
        "Ihr Gutscheincode [[verfällt|läuft ab|wird ungültig]] in {min} Minuten – [[jetzt einlösen|schnell bestellen]]!",
        "⏰ [[Noch|Nur noch]] {min} Minuten: [[Gratisversand|Extra-Rabatt|Geschenk]] nur für [[Schnellentschlossene|die Ersten]]!",
    ],
    "misdirection": [
        "[[Ja, ich will|Ja, bitte]] [[den Rundum-Schutz|die Garantieverlängerung|das Premium-Paket]] (empfohlen)   [[kleiner grauer Link|winzig darunter]]: ohne Schutz weiter",
        "<button class=\"big green\">[[Jetzt Premium sichern|Upgrade starten|Schutz buchen]]</button> <a class=\"tiny grey\">Basis behalten</a>",
        "Häkchen entfernen, falls Sie nicht auf [[Werbepost|unsere Partnerangebote|den Newsletter]] verzichten wollen. ☑",
        "[[Abbrechen|Zurück]] bedeutet, dass [[die Versicherung|das Upgrade|der Schutz]] trotzdem gebucht wird. [[Weiter|OK]]",
        "[[Empfohlen|Beste Wahl|Am beliebtesten]]: [[Premium|Pro|Familie]] für {eur}/Monat – die günstige Variante finden Sie [[ganz unten|unter Weitere Optionen|nach dem Scrollen]].",
        "Statt {eur} nur {eur}! [[Unverbindliche Preisempfehlung|Früherer Preis]] [[frei erfunden|nie verlangt]]? [[Egal|Jetzt zugreifen]]!",
        "Der Button „Weiter“ bucht [[den Schutzbrief|die Reiseversicherung|das Zubehörpaket]] mit; ohne geht es nur über [[„Andere Optionen“ im Menü|den Link im Impressum]].",
        "[[Anzeige-frei|Redaktioneller Tipp]]: Unser Testsieger ist zufällig [[unser eigenes Produkt|das Produkt mit der höchsten Provision]] – jetzt kaufen!",
        "Die meisten Kunden wählen [[das Jahrespaket|den Premium-Tarif]] (vorausgewählt). [[Andere Tarife anzeigen|Sparversion]] ▸ (klein, grau)",
    ],
    "social": [
        "{n}{n} Personen sehen sich [[diesen Artikel|dieses Hotel|dieses Angebot]] gerade an!",
        "{name} aus {city} hat [[gerade|vor {min} Minuten|soeben]] [[zugeschlagen|bestellt|dieses Produkt gekauft]] – [[und du?|worauf wartest du?|sei auch dabei!]]",
        "Schon über {big} [[zufriedene Kunden|Menschen|Familien]] [[haben gewechselt|sind dabei|lieben es]] – [[nur du fehlst noch|worauf wartest du noch?|mach mit!]]",
        "[[Heute|In den letzten 24 Stunden]] {big}-mal gekauft! [[Der Hype ist echt|Alle reden darüber|Das Internet ist begeistert]].",
        "[[Alle|Jeder|Ganz Deutschland]] [[spricht darüber|kauft es gerade|hat es schon]] – [[verpasse nicht den Trend|sei kein Außenseiter]]!",
        "{pct} % Ihrer Nachbarn in {city} [[haben bereits gebucht|nutzen schon unseren Tarif|sind schon umgestiegen]].",
        "🔥 Gerade [[angesagt|im Trend]]: {big} Leute [[haben das in ihrer Wunschliste|schauen gerade zu]].",
        "[[Von Experten empfohlen|Bekannt aus dem TV|Influencer lieben es]] – {big} [[Bestellungen|Verkäufe]] diese Woche!",
    ],
    "obstruction": [
        "Kündigen? Das geht bei uns [[nur per Fax|ausschließlich mit Einschreiben|nur mit einem Brief an die Geschäftsleitung]] – [[E-Mails bearbeiten wir nicht|ein Online-Formular gibt es nicht]].",
        "[[Zum Kündigen|Um zu kündigen|Für eine Kündigung]] rufen Sie [[unsere Hotline|den Kundendienst]] an – [[werktags von 9 bis 9:30 Uhr|nur dienstags zwischen 8 und 9 Uhr|Mo–Fr 10 bis 10:15 Uhr]].",
        "Online kündigen ist leider nicht möglich. Bitte [[besuchen Sie eine Filiale|kommen Sie persönlich vorbei|senden Sie uns einen Brief]] mit [[Ausweiskopie|Ihrer Unterschrift|Kundennummer und Personalausweis]].",
        "Bevor Sie kündigen, [[müssen Sie ein Gespräch mit unserem Team führen|beantworten Sie bitte 12 Fragen|warten Sie bitte auf unseren Rückruf]].",
        "Ihr Konto können Sie nur löschen, [[indem Sie eine E-Mail an den Support schreiben und auf Bestätigung warten|nachdem alle Punkte verbraucht sind|wenn Sie die App installieren]].",
        "Kündigung: Schritt {n} von 9 – [[Sind Sie sicher?|Wirklich?|Bitte bestätigen Sie nochmals]] [[Weiter zum nächsten Schritt|Zurück zum Angebot]]",
        "Statt zu kündigen, können Sie nur [[pausieren|Ihr Abo ruhen lassen|in einen günstigeren Tarif wechseln]]. [[Pausieren|Tarif wechseln]]",
        "[[Die Kündigungsfrist|Die Frist]] beträgt {n} Monate zum Quartalsende; [[eine Kündigung per E-Mail wird nicht akzeptiert|mündliche Kündigungen gelten nicht]].",
    ],
    "sneak_basket": [
        "☑ [[Paketversicherung|Geschenkverpackung|Garantieverlängerung|Reiserücktrittsversicherung]] {eur} [[(vorausgewählt)|– haben wir schon für Sie angekreuzt|– Standard]]",
        "Automatisch dabei: [[Garantieverlängerung|Pflegeset|Spende|Rücksendeschutz]] für {eur} – [[entfernen Sie es im letzten Schritt, falls nicht gewünscht|steht schon auf der Rechnung]].",
        "[x] Ja, [[ich möchte|bitte]] [[das Zubehörpaket|die Sitzplatzreservierung|den Premium-Versand]] für {eur} [[hinzufügen|dazubuchen]]",
        "[[Gratis dazu|Geschenkt]]: ein Probeabo unserer Zeitschrift – [[ab dem zweiten Heft|nach 4 Wochen]] {eur} pro Ausgabe.",
    ],
    "sneak_cost": [
        "[[Zzgl.|Plus|Zuzüglich]] [[Servicegebühr|Bearbeitungsgebühr|Plattformgebühr|Buchungsgebühr]] von {eur}, die erst [[im letzten Schritt|an der Kasse|nach der Zahlung]] angezeigt wird.",
        "Endreinigung, Bettwäsche und Servicepauschale ({eur}) [[sehen Sie erst nach Eingabe Ihrer Kartendaten|kommen im letzten Schritt dazu]].",
        "Gratis testen! [[Danach|Nach 7 Tagen|Nach dem Testmonat]] verlängert sich das Abo automatisch für {eur}/Monat (steht [[im Kleingedruckten|in den AGB|in Fußnote 3]]).",
        "Ab {eur}*   *[[zzgl. Gebühren|Preis nur bei Abschluss eines Jahresabos|nur für Neukunden mit App]]",
        "Ihr [[Probeabo|Gratismonat]] geht [[ohne Erinnerung|stillschweigend|automatisch]] in ein kostenpflichtiges Jahresabo über ({eur}).",
    ],
    "forced": [
        "Weiter geht es nur mit [[Kundenkonto|Facebook-Login|unserer App]] – [[ohne Anmeldung keine Preise|Gastbestellung nicht möglich|sonst bleibt der Warenkorb gesperrt]].",
        "[[Gutschein|Rabattcode|Gratisversand]] nur, wenn Sie [[den Newsletter abonnieren|{n} Freunde einladen|uns Zugriff auf Ihre Kontakte geben|Benachrichtigungen erlauben]].",
        "Zum [[Lesen des Artikels|Herunterladen der Rechnung|Ansehen der Öffnungszeiten]] [[registrieren Sie sich bitte|ist ein Konto erforderlich|brauchen Sie unsere App]].",
        "[[Teilen Sie dieses Angebot|Bewerten Sie uns mit 5 Sternen|Folgen Sie uns]], um [[Ihren Code|das nächste Level|die Vorschau]] freizuschalten.",
        "Ohne [[Zustimmung zu allen Cookies|Standortfreigabe|Telefonnummer]] können Sie [[diese Seite|den Shop|die Preise]] leider nicht [[nutzen|sehen]].",
    ],
    "shame": [
        "Nein danke, [[Geld spielt bei mir keine Rolle|Rabatte sind was für andere|ich verzichte auf Geschenke|ich mag überteuerte Preise]].",
        "Nein, [[ich will|mir ist es egal,|ich möchte]] [[weiter zu viel bezahlen|lieber unsicher surfen|meine Geräte ungeschützt lassen|nichts Neues lernen]].",
        "[[Lieber nicht|Nee]] – [[ich mag es, den Trend zu verpassen|ich bleibe lieber uninformiert|Gesundheit ist mir nicht wichtig]].",
        "Nein, [[ich verzichte auf meinen Vorteil|ich verpasse gern die besten Angebote|Qualität interessiert mich nicht]].",
        "Ich [[lasse|verschenke]] [[meinen Rabatt|{pct} % Ersparnis|mein Gratisgeschenk]] [[lieber verfallen|einfach so]].",
        "Schade. [[Sie wollen also wirklich auf alles verzichten?|Dann eben ohne Schutz.]] [[Ja, ich bin mir sicher|Trotzdem abbrechen]] 😢",
    ],
    "none": [
        "{n} Stück auf Lager.", "Verfügbar: {n} [[Stück|Paar|Plätze]].", "[x] Angemeldet bleiben", "☑ Rechnungsadresse wie Lieferadresse", "[x] Ich habe die AGB gelesen und akzeptiere sie.", "Danke für Ihre Bestellung! 🎉 Sie erhalten gleich eine Bestätigung per E-Mail.", "Frohe Feiertage! Vom {date} bis {date} ist unser Kundenservice nicht erreichbar.", "Geschafft! Ihr Konto ist eingerichtet.", "Heute im Angebot: Äpfel aus der Region, {eur} pro Kilo.", "Noch Fragen? Schreiben Sie uns – wir antworten innerhalb von 24 Stunden.",
        "Lagerbestand: {n} [[Stück|Paar]].", "[[Auf Lager|Sofort lieferbar]]. Lieferung in 2–4 Werktagen.",
        "Derzeit nicht vorrätig – [[wir benachrichtigen Sie per E-Mail|Sie können sich benachrichtigen lassen]], sobald der Artikel wieder da ist.",
        "Sommerschlussverkauf bis einschließlich {date}.", "[[Die Aktion|Das Angebot]] gilt vom {date} bis {date}.",
        "Versand am selben Werktag bei Zahlungseingang vor {h}:00.",
        "Nein danke", "Nicht jetzt", "Später erinnern", "Überspringen", "Nein, danke", "Weiter ohne Versicherung",
        "Kündigen geht [[mit zwei Klicks|in der App und im Web|ohne Frist]] unter Einstellungen; wir bestätigen per E-Mail.",
        "Kündigung: Unter Mein Konto > Abo > [[Kündigen|Abo beenden]]. Die Kündigung gilt zum Ende des Abrechnungszeitraums.",
        "Versandkosten: {eur}. Ab {eur} Bestellwert versandkostenfrei.", "Preise inklusive Mehrwertsteuer; Versand {eur}.",
        "Servicegebühr: {eur} pro Ticket, im angezeigten Preis bereits enthalten.",
        "☐ [[Geschenkverpackung|Garantieverlängerung|Versandversicherung]] hinzufügen (+{eur}) – optional",
        "[[Möchten Sie|Wollen Sie]] [[eine Reiseversicherung|Zubehör|eine Garantieverlängerung]] hinzufügen? [Ja, {eur}] [Nein]",
        "Probemonat kostenlos; ab dem zweiten Monat {eur}. Vor der ersten Abbuchung bekommen Sie eine Nachricht.",
        "Als Gast bestellen oder ein Kundenkonto anlegen – beides ist möglich.",
        "Newsletter abonnieren (optional): ☐ Ja, ich möchte Angebote per E-Mail erhalten.",
        "Bewertung: 4,{n} von 5 Sternen ({big} Bewertungen).", "[[Anzeige|Gesponsert]] · Ergebnis eines bezahlten Eintrags",
        "Ihre Bestellung ist unterwegs. [[Sendungsnummer|Trackingnummer]]: {nn}{nn}{nn}{nn}.",
        "Rückgabe innerhalb von 30 Tagen kostenlos.", "Haben Sie Fragen? Unser Kundenservice ist Mo–Fr von {h} bis 18 Uhr erreichbar.",
        "Unverbindliche Preisempfehlung des Herstellers: {eur}. Unser Preis: {eur}.",
        "Ihre Zahlung wurde erfolgreich verarbeitet. Vielen Dank für Ihren Einkauf!",
        "Der Zimmerpreis beträgt {eur} pro Nacht, Kurtaxe ({eur}) ist bereits enthalten.",
        "Ihr Passwort wurde geändert. Falls Sie das nicht waren, kontaktieren Sie uns.",
        "Die Frühbucherpreise gelten bis {date}; danach kostet das Ticket {eur}.",
        "Mit Klick auf „Kaufen“ bestellen Sie zahlungspflichtig.", "Zur Kasse", "In den Warenkorb", "Jetzt kaufen",
        "Vielen Dank! Wir haben Ihre Kündigung erhalten; Ihr Abo endet am {date}.",
        "Wir haben unsere Öffnungszeiten geändert: ab {date} samstags bis {h} Uhr.",
    ],
}

# --------------------------------------------------------------------------------------- French
FR = {
    "scarcity": [
        "[[Plus que|Reste|Seulement]] {n} [[articles|exemplaires|chambres|places|billets]] [[disponibles|en stock]] – [[ne traînez pas|faites vite|dépêchez-vous]] !",
        "[[Bientôt|Presque]] en rupture ! [[La demande explose|Tout le monde le veut|Ça part très vite]].",
        "[[Attention|Vite]] : [[très|extrêmement]] demandé, [[quelques|les toutes dernières]] [[tailles|pièces|places]] restantes.",
        "Plus que {n} chambres à ce prix – [[après, c'est fini|ensuite le tarif augmente|ne laissez pas passer ça]] !",
        "[[Dernière pièce|Fin de série|Stock limité]] : [[une fois parti, il ne reviendra pas|aucun réassort prévu|jamais réédité]] !",
        "{n} personnes ont cet article dans leur panier – [[seulement|plus que]] {n} en stock !",
        "[[Édition limitée|Série ultra limitée]] : plus que {n} sur {nn} – [[réservez le vôtre|foncez|ne le ratez pas]] !",
        "Votre taille est [[presque épuisée|bientôt introuvable|en train de partir]] – [[plus que|encore]] {n} !",
    ],
    "urgency": [
        "[[Aujourd'hui seulement|Dernier jour|Uniquement aujourd'hui]] : -{pct} % sur tout – [[demain ce sera trop tard|après, c'est fini|foncez]] !",
        "[[L'offre|La promo|Cette remise]] se termine dans {cd} ! [[Commandez maintenant|Profitez-en vite|Ne ratez pas ça]] !",
        "[[Dépêchez-vous|Vite|Faites vite]] ! [[Le prix augmente|Votre code expire|La vente flash se termine]] dans {cd}.",
        "Votre panier est réservé pendant {min} minutes seulement – [[ensuite votre remise sera perdue|passé ce délai, les articles seront libérés]] !",
        "[[Dernière chance|Ultime occasion]] ! Ce prix n'est valable que [[quelques heures|jusqu'à minuit|pour un temps très limité]].",
        "[[Vente flash|Offre éclair|Bon plan du jour]] : -{pct} % [[tant que le chrono tourne|jusqu'à la fin du compte à rebours|pendant {cd}]] !",
        "[[N'attendez pas|Ne réfléchissez pas trop|Ne tardez pas]] – [[demain vous paierez plus cher|le prix peut remonter à tout moment|cette offre ne reviendra pas]].",
        "⏰ Plus que {min} minutes pour [[profiter de la livraison offerte|obtenir votre cadeau|garder votre réduction]] !",
    ],
    "misdirection": [
        "<button class=\"big green\">[[Passer à Premium|Ajouter la garantie|Activer la protection]]</button> <a class=\"tiny grey\">garder la formule simple</a>",
        "Laissez cette case vide pour ne pas renoncer à [[nos offres partenaires|la newsletter|nos SMS promo]]. ☑",
        "[[Recommandé|Meilleur choix|Le plus populaire]] : l'offre [[Premium|Famille|Pro]] à {eur}/mois – l'offre de base se trouve [[tout en bas de la page|sous « autres options »|après trois écrans]].",
        "Le bouton « Suivant » réserve aussi [[l'assurance annulation|la protection écran|le pack accessoires]] ; sans, passez par [[« Autres options » dans le menu|le lien des mentions légales]].",
        "Au lieu de {eur}, seulement {eur} ! (prix de référence [[jamais pratiqué|inventé|jamais appliqué]])",
        "La plupart des clients choisissent [[l'abonnement annuel|la formule Premium]] (présélectionné). [[Voir les autres formules|Version simple]] ▸ (petit, gris)",
        "[[Annuler|Fermer]] ajoute quand même [[l'assurance|l'option|la protection]] à votre commande. [[Continuer|OK]]",
    ],
    "social": [
        "En direct : {nn} visiteurs ont [[cet article|cette location|ce séjour]] sous les yeux !",
        "{name} de {city} [[vient de l'acheter|a commandé il y a {min} minutes|vient de réserver]] – [[et vous ?|pourquoi pas vous ?|rejoignez-la !]]",
        "Déjà plus de {big} [[clients conquis|familles|personnes]] [[ont adopté notre offre|nous ont rejoints]] – [[il ne manque que vous|qu'attendez-vous ?|à votre tour !]]",
        "Acheté {big} fois [[aujourd'hui|ces dernières 24 heures]] ! [[Tout le monde l'adore|Le buzz est réel|Tout le monde en parle]].",
        "{pct} % de vos voisins à {city} [[ont déjà souscrit|sont déjà passés chez nous|utilisent déjà notre box]].",
        "🔥 [[Tendance|Ça cartonne]] : {big} personnes [[l'ont ajouté à leurs favoris|consultent cette page]] en ce moment.",
        "[[Vu à la télé|Adoré des influenceurs|Recommandé par les experts]] – {big} ventes cette semaine !",
    ],
    "obstruction": [
        "Aucune résiliation par e-mail : [[un recommandé papier|un fax signé|un passage en agence]] est exigé.",
        "Seule notre ligne téléphonique accepte les résiliations, [[un mardi sur deux|le premier lundi du mois|pendant 20 minutes le matin]].",
        "La résiliation en ligne n'est pas disponible. Merci de [[vous rendre en agence|nous envoyer un courrier signé|passer en boutique]] avec [[une pièce d'identité|votre RIB et une copie de votre carte d'identité]].",
        "Avant de résilier, [[vous devez échanger avec un conseiller|merci de répondre à 15 questions|attendez l'appel de notre équipe]].",
        "Résiliation : étape {n} sur 9 – [[Êtes-vous vraiment sûr ?|Vraiment ?|Confirmez encore une fois]] [[Étape suivante|Revenir à l'offre]]",
        "Au lieu de résilier, vous pouvez seulement [[mettre votre abonnement en pause|passer à une formule moins chère]]. [[Mettre en pause|Changer de formule]]",
        "Pour supprimer votre compte, [[envoyez un e-mail au support et attendez leur confirmation|installez d'abord notre application|utilisez d'abord tous vos points]].",
    ],
    "sneak_basket": [
        "☑ [[Assurance annulation|Emballage cadeau|Extension de garantie|Protection livraison]] (+{eur}) – [[déjà sélectionné|ajouté automatiquement|coché par défaut]]",
        "Inclus d'office : [[garantie prolongée|kit d'entretien|don solidaire|assurance retour]] à {eur} – [[à retirer au récapitulatif si vous n'en voulez pas|déjà sur la facture]].",
        "[x] Oui, j'ajoute [[le pack accessoires|le choix du siège|la livraison express]] pour {eur}",
        "Cadeau : un abonnement découverte à notre magazine – [[payant dès le deuxième numéro|{eur} par numéro après 4 semaines]].",
    ],
    "sneak_cost": [
        "[[Frais de service|Frais de dossier|Frais de plateforme|Frais de réservation]] de {eur} en sus, affichés [[à la dernière étape|au moment du paiement|après paiement]].",
        "Ménage, draps et frais de plateforme ({eur}) [[apparaissent une fois la carte saisie|s'affichent au tout dernier écran]].",
        "Essai gratuit ! [[Ensuite|Après 7 jours|À la fin du mois offert]], l'abonnement se renouvelle automatiquement à {eur}/mois (voir [[les petites lignes|les CGV|la note 4]]).",
        "À partir de {eur}*   *[[hors frais|avec engagement 24 mois|réservé aux nouveaux clients de l'appli]]",
        "Votre mois gratuit devient [[sans rappel|tacitement|automatiquement]] un abonnement annuel payant ({eur}).",
    ],
    "forced": [
        "[[Pour continuer|Pour voir le prix|Pour poursuivre]], [[créez un compte|connectez-vous avec Facebook|téléchargez notre application]].",
        "[[Votre code promo|La livraison offerte|Votre cadeau]] uniquement si vous [[vous inscrivez à la newsletter|invitez {n} amis|nous donnez accès à vos contacts|activez les notifications]].",
        "Pour [[lire cet article|télécharger votre facture|voir nos horaires]], [[inscrivez-vous|un compte est obligatoire|l'application est nécessaire]].",
        "Code promo disponible après [[un partage sur Facebook|une note 5 étoiles|un abonnement à notre compte Instagram]].",
        "Sans [[accepter tous les cookies|activer la localisation|votre numéro de téléphone]], vous ne pouvez pas [[utiliser ce site|voir les prix|accéder à la boutique]].",
    ],
    "shame": [
        "Non merci, [[l'argent ne compte pas pour moi|les promos, c'est pour les autres|je refuse les cadeaux|j'adore les prix gonflés]].",
        "Non, [[je veux continuer à trop payer|je préfère surfer sans protection|tant pis pour mes appareils|je n'ai pas envie de progresser]].",
        "[[Sans façon|Bof]] – [[j'aime rater les bonnes affaires|je préfère rester mal informé|ma santé, je m'en fiche]].",
        "Je [[laisse filer|renonce à]] [[ma remise|{pct} % d'économie|mon cadeau]] [[sans regret|tant pis]].",
        "Dommage… [[Vous renoncez vraiment à tous vos avantages ?|Tant pis pour la protection.]] [[Oui, j'abandonne|Quitter quand même]] 😢",
    ],
    "none": [
        "{n} en stock.", "Disponible : {n} [[pièces|paires|places]].", "[x] Rester connecté", "☑ Adresse de facturation identique à l'adresse de livraison", "[x] J'ai lu et j'accepte les CGV.", "Merci pour votre commande ! 🎉 Vous allez recevoir une confirmation par e-mail.", "Joyeuses fêtes ! Notre service client est fermé du {date} au {date}.", "C'est fait ! Votre compte est créé.", "Aujourd'hui au marché : pommes de la région, {eur} le kilo.", "Une question ? Écrivez-nous, nous répondons sous 24 heures.",
        "[[Plus que|Encore]] {n} en stock.", "En stock. Livraison sous 2 à 4 jours ouvrés.",
        "Article momentanément indisponible – [[nous vous prévenons par e-mail|vous pouvez être alerté]] dès son retour.",
        "Les soldes se terminent le {date} au soir.", "Offre valable du {date} au {date}.",
        "Expédition le jour ouvré même si le paiement arrive avant {h} h.",
        "Non merci", "Pas maintenant", "Me le rappeler plus tard", "Ignorer", "Non, merci", "Continuer sans assurance",
        "La résiliation se fait [[en deux clics|sans préavis|dans l'appli comme sur le site]] dans Réglages ; un e-mail la confirme.",
        "Résiliation : Mon compte > Abonnement > Résilier. La résiliation prend effet à la fin de la période en cours.",
        "Livraison : {eur}, gratuite au-delà de {eur}.", "Tous les prix sont TTC, hors frais de port ({eur}).",
        "Frais de service : {eur} par billet, déjà inclus dans le prix affiché.",
        "☐ Ajouter [[un emballage cadeau|une extension de garantie|une assurance livraison]] (+{eur}) – facultatif",
        "Souhaitez-vous ajouter [[une assurance voyage|des accessoires|une garantie prolongée]] ? [Oui, {eur}] [Non]",
        "Premier mois offert ; ensuite {eur}. Un message vous prévient avant le premier prélèvement.",
        "Commander en tant qu'invité ou créer un compte : c'est vous qui choisissez.",
        "Newsletter (facultatif) : ☐ Oui, je souhaite recevoir les offres par e-mail.",
        "Note : 4,{n}/5 ({big} avis).", "[[Sponsorisé|Annonce]] · résultat payant",
        "Votre colis est en route. Numéro de suivi : {nn}{nn}{nn}{nn}.",
        "Retour possible pendant 30 jours, étiquette prépayée fournie.", "Une question ? Notre service client répond du lundi au vendredi de {h} h à 18 h.",
        "Prix conseillé par le fabricant : {eur}. Notre prix : {eur}.", "Paiement accepté. Merci pour votre commande !",
        "La chambre coûte {eur} par nuit, taxe de séjour ({eur}) comprise.",
        "Tarif early bird jusqu'au {date} ; ensuite le billet coûte {eur}.", "Passer la commande", "Ajouter au panier",
        "Merci ! Nous avons bien reçu votre demande de résiliation ; votre abonnement se termine le {date}.",
        "Nouveaux horaires à partir du {date} : ouvert le samedi jusqu'à {h} h.",
    ],
}

# -------------------------------------------------------------------------------------- Spanish
ES = {
    "scarcity": [
        "¡[[Solo quedan|Quedan solo|Apenas quedan]] {n} [[unidades|plazas|habitaciones|entradas|pares]]! [[No te quedes sin el tuyo|Date prisa|Corre]].",
        "¡[[Casi agotado|A punto de agotarse]]! [[Todo el mundo lo quiere|Se está vendiendo rapidísimo|La demanda no para]].",
        "[[Atención|Ojo]]: [[muy|súper]] demandado, [[quedan muy pocas|últimas]] [[tallas|unidades|plazas]].",
        "Solo {n} habitaciones a este precio – [[después se acaba|luego sube la tarifa|no lo dejes escapar]].",
        "[[Última unidad|Fin de existencias|Edición limitada]]: [[cuando se acabe, no volverá|no habrá reposición|no se volverá a fabricar]].",
        "{n} personas tienen este artículo en la cesta – ¡[[solo quedan|quedan]] {n}!",
        "Tu talla [[casi se ha agotado|vuela|está a punto de acabarse]] – ¡[[solo quedan|quedan]] {n}!",
        "¡[[Plazas limitadas|Aforo casi completo]]! Solo {n} a precio [[de lanzamiento|reducido|de oferta]].",
    ],
    "urgency": [
        "¡[[Solo hoy|Último día|Hoy y nada más]]: -{pct} % en todo! [[Mañana será tarde|Después se acaba|Aprovecha ya]].",
        "¡[[La oferta|La promoción|El descuento]] termina en {cd}! [[Compra ya|No lo dejes pasar|Aprovéchalo]].",
        "¡[[Date prisa|Corre|Rápido]]! [[El precio sube|Tu cupón caduca|La oferta flash acaba]] en {cd}.",
        "Tu cesta está reservada solo {min} minutos – [[después perderás el descuento|luego liberamos los artículos]].",
        "¡[[Última oportunidad|Ocasión única]]! Este precio solo es válido [[unas horas|hasta medianoche|durante muy poco tiempo]].",
        "[[Oferta flash|Chollo del día|Oferta relámpago]]: -{pct} % [[mientras corra el reloj|hasta que acabe la cuenta atrás|durante {cd}]].",
        "[[No lo pienses más|No esperes|No dudes]] – [[mañana pagarás más|el precio puede subir en cualquier momento|esta oferta no volverá]].",
        "⏰ Solo {min} minutos para [[conseguir el envío gratis|llevarte tu regalo|mantener tu descuento]].",
    ],
    "misdirection": [
        "<button class=\"big green\">[[Mejorar a Premium|Añadir garantía|Activar protección]]</button> <a class=\"tiny grey\">mantener plan básico</a>",
        "Deja la casilla vacía para no renunciar a [[los mensajes de socios|la newsletter|los SMS promocionales]]. ☑",
        "[[Recomendado|Mejor opción|El más elegido]]: plan [[Premium|Familiar|Pro]] por {eur}/mes – el plan básico está [[al final de la página|en «más opciones»|tras tres pantallas]].",
        "El botón «Siguiente» contrata también [[el seguro de cancelación|la protección de pantalla|el pack de accesorios]]; sin él, entra en [[«Otras opciones» del menú|el enlace del aviso legal]].",
        "¡Antes {eur}, ahora solo {eur}! (precio anterior [[nunca aplicado|inventado|ficticio]])",
        "La mayoría elige [[el plan anual|la tarifa Premium]] (preseleccionado). [[Ver otros planes|Versión sencilla]] ▸ (pequeño, gris)",
        "[[Cancelar|Cerrar]] también añade [[el seguro|la opción|la protección]] a tu pedido. [[Continuar|Aceptar]]",
    ],
    "social": [
        "¡{nn} personas están viendo [[este artículo|este hotel|esta oferta]] ahora mismo!",
        "{name} ({city}) [[acaba de comprarlo|lo pidió hace {min} minutos|acaba de reservar]] – [[¿y tú?|¡no te lo pierdas!]]",
        "{big} [[clientes|familias|hogares]] ya confían en nosotros – [[solo faltas tú|te toca a ti|no te quedes fuera]].",
        "¡Comprado {big} veces [[hoy|en las últimas 24 horas]]! [[Todo el mundo habla de ello|Está arrasando|Es viral]].",
        "El {pct} % de tus vecinos de {city} [[ya se ha cambiado|ya tiene nuestra tarifa|ya ha reservado]].",
        "🔥 [[Tendencia|Lo más buscado]]: {big} personas [[lo tienen en favoritos|están mirando esta página]].",
        "[[Visto en TV|Favorito de los influencers|Recomendado por expertos]] – ¡{big} ventas esta semana!",
    ],
    "obstruction": [
        "No aceptamos bajas por correo electrónico: [[hace falta una carta certificada|solo vale un fax firmado|tienes que venir a la oficina]].",
        "Las bajas solo se atienden por teléfono, [[un martes de cada dos|el primer lunes del mes|20 minutos al día]].",
        "No es posible cancelar en línea. [[Acude a una tienda|Envíanos una carta firmada|Ven en persona]] con [[tu DNI|una copia de tu documento de identidad]].",
        "Antes de cancelar, [[debes hablar con un asesor|responde a 15 preguntas|espera la llamada de nuestro equipo]].",
        "Cancelación: paso {n} de 9 – [[¿Seguro?|¿De verdad?|Confírmalo otra vez]] [[Siguiente paso|Volver a la oferta]]",
        "En lugar de cancelar, solo puedes [[pausar tu suscripción|cambiar a un plan más barato]]. [[Pausar|Cambiar de plan]]",
        "Para eliminar tu cuenta, [[escribe al soporte y espera su confirmación|instala primero nuestra app|gasta antes todos tus puntos]].",
    ],
    "sneak_basket": [
        "☑ [[Seguro de cancelación|Envoltorio de regalo|Garantía ampliada|Protección de envío]] (+{eur}) – [[ya seleccionado|añadido automáticamente|marcado por defecto]]",
        "Incluido de serie: [[garantía ampliada|kit de limpieza|donación solidaria|seguro de envío]] por {eur} – [[quítalo en el resumen si no lo quieres|ya figura en la factura]].",
        "[x] Sí, añadir [[el pack de accesorios|la selección de asiento|el envío urgente]] por {eur}",
        "Regalo: suscripción de prueba a nuestra revista – [[de pago desde el segundo número|{eur} por número tras 4 semanas]].",
    ],
    "sneak_cost": [
        "[[Gastos de gestión|Tasa de servicio|Comisión de plataforma|Gastos de reserva]] de {eur} no incluidos, se muestran [[en el último paso|al pagar|después del pago]].",
        "Limpieza, sábanas y comisión ({eur}) [[aparecen cuando ya has metido la tarjeta|se ven en la última pantalla]].",
        "¡Prueba gratis! [[Después|A los 7 días|Al terminar el mes gratis]] se renueva automáticamente a {eur}/mes (ver [[la letra pequeña|las condiciones|la nota 3]]).",
        "Desde {eur}*   *[[más gastos|con permanencia de 24 meses|solo para nuevos clientes de la app]]",
        "Tu mes gratis pasa [[sin aviso|automáticamente|sin recordatorio]] a una suscripción anual de pago ({eur}).",
    ],
    "forced": [
        "Sin [[cuenta|app|acceso con Google]] no hay precios: [[la compra como invitado está desactivada|regístrate para seguir navegando]].",
        "[[Tu cupón|El envío gratis|Tu regalo]] solo si [[te suscribes a la newsletter|invitas a {n} amigos|nos das acceso a tus contactos|activas las notificaciones]].",
        "Para [[leer el artículo|descargar tu factura|ver el horario]], [[regístrate|necesitas una cuenta|tienes que usar la app]].",
        "[[Comparte esta oferta|Danos 5 estrellas|Síguenos]] para desbloquear [[tu código|el siguiente nivel|la vista previa]].",
        "Sin [[aceptar todas las cookies|activar la ubicación|tu número de teléfono]] no puedes [[usar la web|ver los precios|entrar en la tienda]].",
    ],
    "shame": [
        "No, gracias, [[el dinero me sobra|los descuentos son para otros|paso de regalos|me chiflan los precios inflados]].",
        "No, [[pagar el doble me parece estupendo|prefiero navegar sin protección|mis dispositivos me dan igual|no quiero mejorar]].",
        "[[Paso|Qué va]] – [[me gusta perderme las mejores ofertas|prefiero no estar informado|mi salud no me importa]].",
        "[[Renuncio a|Dejo pasar]] [[mi descuento|un {pct} % de ahorro|mi regalo]] [[sin más|qué más da]].",
        "Qué pena… [[¿De verdad renuncias a todas tus ventajas?|Pues nada, sin protección.]] [[Sí, me rindo|Salir igualmente]] 😢",
    ],
    "none": [
        "Hay {n} unidades en stock.", "Disponibles: {n} [[pares|plazas|unidades]].", "[x] Mantener la sesión iniciada", "☑ Usar la misma dirección para la factura", "[x] He leído y acepto las condiciones.", "¡Gracias por tu pedido! 🎉 En breve recibirás un correo de confirmación.", "¡Felices fiestas! Atención al cliente estará cerrada del {date} al {date}.", "¡Listo! Tu cuenta está creada.", "Hoy en la frutería: naranjas de temporada a {eur} el kilo.", "¿Alguna pregunta? Escríbenos y te respondemos en 24 horas.",
        "Disponibles: {n} unidades.", "En stock. Entrega en 2–4 días laborables.",
        "Agotado temporalmente – [[te avisamos por correo|puedes activar un aviso]] cuando vuelva.",
        "Las rebajas terminan el {date} por la noche.", "Oferta válida del {date} al {date}.",
        "Enviamos el mismo día laborable si el pago llega antes de las {h}:00.",
        "No, gracias", "Ahora no", "Recordármelo más tarde", "Omitir", "No gracias", "Continuar sin seguro",
        "La baja se hace [[con dos clics|sin preaviso|en la app o en la web]] en Ajustes; te llega un correo de confirmación.",
        "Cancelación: Mi cuenta > Suscripción > Cancelar. La baja es efectiva al final del periodo actual.",
        "Gastos de envío: {eur}. Envío gratis a partir de {eur}.", "Todos los precios incluyen IVA; envío aparte ({eur}).",
        "Gastos de gestión: {eur} por entrada, ya incluidos en el precio mostrado.",
        "☐ Añadir [[envoltorio de regalo|garantía ampliada|seguro de envío]] (+{eur}) – opcional",
        "¿Quieres añadir [[un seguro de viaje|accesorios|una garantía ampliada]]? [Sí, {eur}] [No]",
        "Primer mes gratis; después {eur}. Recibirás un aviso antes del primer cobro.",
        "Compra como invitado o crea una cuenta, como prefieras.",
        "Newsletter (opcional): ☐ Sí, quiero recibir ofertas por correo.",
        "Valoración: 4,{n} de 5 ({big} opiniones).", "[[Patrocinado|Anuncio]] · resultado de pago",
        "Tu pedido está en camino. Número de seguimiento: {nn}{nn}{nn}{nn}.",
        "Devoluciones gratuitas en 30 días.", "¿Dudas? Atención al cliente de lunes a viernes de {h}:00 a 18:00.",
        "Precio recomendado por el fabricante: {eur}. Nuestro precio: {eur}.", "Pago completado. ¡Gracias por tu compra!",
        "La habitación cuesta {eur} por noche, tasa turística ({eur}) incluida.",
        "Precio de preventa hasta el {date}; después la entrada cuesta {eur}.", "Tramitar pedido", "Añadir a la cesta",
        "¡Gracias! Hemos recibido tu solicitud de baja; tu suscripción termina el {date}.",
        "Nuevo horario desde el {date}: abrimos los sábados hasta las {h}:00.",
    ],
}

# ---------------------------------------------------------------------------------------- Dutch
NL = {
    "scarcity": [
        "[[Slechts|Nog]] {n} [[kamers|plaatsen|tickets|exemplaren]] [[beschikbaar|over]] – [[twijfel niet|op is op|straks grijp je mis]]!",
        "Bijna op! [[Iedereen wil deze|Dit gaat hard|De vraag is enorm]].",
        "[[Let op|Pas op]]: [[erg|super]] populair, [[nog maar een paar|de allerlaatste]] [[maten|stuks|plekken]].",
        "Nog maar {n} kamers voor deze prijs – [[daarna is het voorbij|daarna wordt het duurder|laat dit niet lopen]]!",
        "[[Laatste exemplaar|Uitlopend model|Beperkte oplage]]: [[op = op|wordt niet meer bijgevuld|komt nooit meer terug]]!",
        "{n} mensen hebben dit in hun winkelwagen – [[nog maar|slechts]] {n} op voorraad!",
        "Jouw maat is [[bijna op|bijna uitverkocht|snel aan het verdwijnen]] – [[nog maar|slechts]] {n}!",
    ],
    "urgency": [
        "[[Alleen vandaag|Laatste dag|Vandaag nog]]: {pct}% korting op alles – [[morgen is het te laat|daarna is het voorbij|snel zijn]]!",
        "[[De aanbieding|De actie|Deze korting]] eindigt over {cd}! [[Bestel nu|Profiteer snel|Mis het niet]]!",
        "[[Schiet op|Snel|Haast je]]! [[De prijs stijgt|Je kortingscode verloopt|De flash sale stopt]] over {cd}.",
        "We houden je winkelwagen {min} minuten vast – [[wie te laat is, betaalt de volle prijs|daarna gaan je artikelen naar iemand anders]]!",
        "[[Laatste kans|Allerlaatste kans]]! Deze prijs geldt [[nog maar een paar uur|tot middernacht|heel even]].",
        "[[Flash sale|Dagdeal|Bliksemactie]]: {pct}% korting [[zolang de klok loopt|tot de teller op nul staat|nog {cd}]]!",
        "[[Wacht niet|Twijfel niet langer|Niet te lang nadenken]] – [[morgen betaal je meer|de prijs kan elk moment omhoog|deze deal komt niet terug]].",
        "⏰ Nog {min} minuten voor [[gratis verzending|je cadeau|je extra korting]]!",
    ],
    "misdirection": [
        "<button class=\"big green\">[[Upgrade naar Premium|Garantie toevoegen|Bescherming aanzetten]]</button> <a class=\"tiny grey\">basis houden</a>",
        "Laat dit vakje leeg om niet af te zien van [[partneraanbiedingen|de nieuwsbrief|sms-acties]]. ☑",
        "[[Aanbevolen|Beste keuze|Populairst]]: [[Premium|Gezin|Pro]] voor {eur}/maand – het basisabonnement staat [[helemaal onderaan|onder 'meer opties'|drie schermen verder]].",
        "De knop 'Volgende' boekt ook [[de annuleringsverzekering|de schermbescherming|het accessoirepakket]]; zonder kan alleen via [['Meer opties' in het menu|de link bij de algemene voorwaarden]].",
        "Van {eur} voor {eur}! (van-prijs [[nooit gevraagd|verzonnen|nooit gehanteerd]])",
        "De meeste klanten kiezen [[het jaarabonnement|Premium]] (vooraf geselecteerd). [[Andere abonnementen|Simpele versie]] ▸ (klein, grijs)",
        "[[Annuleren|Sluiten]] voegt [[de verzekering|de optie|de bescherming]] toch toe aan je bestelling. [[Doorgaan|Oké]]",
    ],
    "social": [
        "{nn} mensen bekijken [[dit product|dit hotel|deze aanbieding]] op dit moment!",
        "{name} uit {city} [[heeft dit net gekocht|bestelde {min} minuten geleden|heeft net geboekt]] – [[en jij?|waar wacht je op?|doe ook mee!]]",
        "Al meer dan {big} [[tevreden klanten|gezinnen|mensen]] [[gingen je voor|zijn overgestapt]] – [[alleen jij nog|waar wacht je nog op?|nu jij!]]",
        "Vandaag al {big} keer verkocht! [[Iedereen heeft het erover|Het is een hype|Heel Nederland wil dit]].",
        "{pct}% van je buren in {city} [[is al overgestapt|heeft al geboekt|gebruikt ons abonnement al]].",
        "🔥 [[Trending|Populair]]: {big} mensen [[hebben dit bewaard|kijken nu mee]].",
        "[[Bekend van tv|Geliefd bij influencers|Door experts aanbevolen]] – {big} verkocht deze week!",
    ],
    "obstruction": [
        "Geen opzeggingen per e-mail: [[stuur een aangetekende brief|alleen een getekende fax telt|kom naar ons kantoor]].",
        "Opzeggingen nemen we alleen telefonisch aan, [[om de week op dinsdag|de eerste maandag van de maand|20 minuten per dag]].",
        "Online opzeggen is niet mogelijk. [[Kom langs in een winkel|Stuur ons een ondertekende brief|Kom persoonlijk]] met [[een kopie van je ID|je klantnummer en paspoort]].",
        "Voordat je opzegt, [[moet je een gesprek voeren met een adviseur|beantwoord je 15 vragen|wacht je op een belletje van ons]].",
        "Opzeggen: stap {n} van 9 – [[Weet je het zeker?|Echt?|Bevestig nog een keer]] [[Volgende stap|Terug naar de aanbieding]]",
        "In plaats van opzeggen kun je alleen [[pauzeren|overstappen naar een goedkoper abonnement]]. [[Pauzeren|Wijzigen]]",
        "Je account verwijderen kan alleen [[door de support te mailen en te wachten op bevestiging|via de app|als je punten op zijn]].",
    ],
    "sneak_basket": [
        "☑ [[Annuleringsverzekering|Cadeauverpakking|Extra garantie|Pakketverzekering]] {eur} [[(vooraf aangevinkt)|– hebben we al voor je aangezet|– standaard]]",
        "Standaard erbij: [[garantieverlenging|onderhoudsset|donatie|retourverzekering]] voor {eur} – [[haal het weg in het overzicht als je het niet wilt|staat al op je factuur]].",
        "[x] Extra: [[accessoirepakket|stoelreservering|expreslevering]] (+{eur})",
        "Cadeau: proefabonnement op ons tijdschrift – [[betaald vanaf het tweede nummer|{eur} per nummer na 4 weken]].",
    ],
    "sneak_cost": [
        "[[Servicekosten|Administratiekosten|Platformkosten|Boekingskosten]] van {eur} komen erbij en zie je pas [[bij de laatste stap|bij het afrekenen|na betaling]].",
        "Schoonmaak, beddengoed en platformkosten ({eur}) [[zie je pas na het invullen van je kaart|verschijnen op het allerlaatste scherm]].",
        "Gratis proberen! [[Daarna|Na 7 dagen|Na de gratis maand]] wordt je abonnement automatisch verlengd voor {eur}/maand (zie [[de kleine lettertjes|de voorwaarden|voetnoot 3]]).",
        "Vanaf {eur}*   *[[excl. kosten|bij een contract van 24 maanden|alleen voor nieuwe klanten via de app]]",
        "Je gratis maand gaat [[zonder herinnering|stilzwijgend|automatisch]] over in een betaald jaarabonnement ({eur}).",
    ],
    "forced": [
        "Zonder [[account|app|Google-login]] geen prijzen: [[bestellen als gast staat uit|registreer je om verder te kijken]].",
        "[[Je kortingscode|Gratis verzending|Je cadeau]] krijg je pas na [[aanmelding voor de nieuwsbrief|het uitnodigen van {n} vrienden|het koppelen van je adresboek|het aanzetten van pushberichten]].",
        "Om [[het artikel te lezen|je factuur te downloaden|de openingstijden te zien]] [[moet je je registreren|heb je een account nodig|heb je de app nodig]].",
        "[[Deel deze actie|Geef ons 5 sterren|Volg ons]] om [[je code|het volgende level|de preview]] te ontgrendelen.",
        "Zonder [[alle cookies te accepteren|je locatie te delen|je telefoonnummer]] kun je [[deze site niet gebruiken|de prijzen niet zien|de winkel niet in]].",
    ],
    "shame": [
        "Nee, bedankt, [[geld speelt voor mij geen rol|korting is voor anderen|ik hou niet van cadeaus|ik betaal graag de hoofdprijs]].",
        "Nee, [[ik blijf liever te veel betalen|ik surf liever onbeschermd|mijn apparaten kunnen me niets schelen|ik wil niets bijleren]].",
        "[[Laat maar|Nee joh]] – [[ik sta graag achteraan|ik blijf liever dom|mijn gezondheid boeit me niet]].",
        "Ik [[laat|geef]] [[mijn korting|{pct}% besparing|mijn cadeau]] [[gewoon schieten|zomaar op]].",
        "Jammer… [[Wil je echt al je voordelen opgeven?|Dan maar zonder bescherming.]] [[Ja, ik geef op|Toch stoppen]] 😢",
    ],
    "none": [
        "{n} op voorraad.", "Beschikbaar: {n} [[stuks|paar|plaatsen]].", "[x] Ingelogd blijven", "☑ Factuuradres is hetzelfde als bezorgadres", "[x] Ik heb de voorwaarden gelezen en ga akkoord.", "Bedankt voor je bestelling! 🎉 Je krijgt zo een bevestiging per mail.", "Fijne feestdagen! Onze klantenservice is gesloten van {date} tot {date}.", "Gelukt! Je account is aangemaakt.", "Vandaag in de aanbieding: appels uit de regio, {eur} per kilo.", "Nog vragen? Mail ons, we antwoorden binnen 24 uur.",
        "Nog {n} op voorraad.", "Op voorraad. Levering in 2–4 werkdagen.",
        "Tijdelijk uitverkocht – [[we mailen je|je kunt een melding instellen]] zodra het terug is.",
        "Uitverkoop tot en met {date}.", "Actie geldig van {date} tot en met {date}.",
        "Betaling binnen vóór {h}:00? Dan verzenden we dezelfde werkdag.",
        "Nee, bedankt", "Niet nu", "Herinner me later", "Overslaan", "Nee bedankt", "Verder zonder verzekering",
        "Opzeggen gaat [[met twee klikken|zonder opzegtermijn|in de app en op de site]] onder Instellingen; je krijgt een bevestiging per mail.",
        "Opzeggen: Mijn account > Abonnement > Opzeggen. Je abonnement stopt aan het einde van de huidige periode.",
        "Verzendkosten: {eur}. Gratis verzending vanaf {eur}.", "Alle prijzen zijn inclusief btw; verzending apart ({eur}).",
        "Servicekosten: {eur} per ticket, al inbegrepen in de getoonde prijs.",
        "☐ [[Cadeauverpakking|Garantieverlenging|Verzendverzekering]] toevoegen (+{eur}) – optioneel",
        "Wil je [[een reisverzekering|accessoires|een garantieverlenging]] toevoegen? [Ja, {eur}] [Nee]",
        "Eerste maand gratis; daarna {eur}. Je krijgt bericht voor de eerste afschrijving.",
        "Bestel als gast of maak een account aan – wat jij wilt.",
        "Nieuwsbrief (optioneel): ☐ Ja, stuur mij aanbiedingen per e-mail.",
        "Beoordeling: 4,{n} van 5 ({big} reviews).", "[[Gesponsord|Advertentie]] · betaald resultaat",
        "Je pakket is onderweg. Track & trace: {nn}{nn}{nn}{nn}.",
        "Gratis retourneren binnen 30 dagen.", "Vragen? Onze klantenservice is bereikbaar op werkdagen van {h}.00 tot 18.00 uur.",
        "Adviesprijs van de fabrikant: {eur}. Onze prijs: {eur}.", "Betaling gelukt. Bedankt voor je bestelling!",
        "De kamer kost {eur} per nacht, inclusief toeristenbelasting ({eur}).",
        "Early-birdprijs tot {date}; daarna kost een ticket {eur}.", "Afrekenen", "In winkelwagen",
        "Bedankt! We hebben je opzegging ontvangen; je abonnement eindigt op {date}.",
        "Nieuwe openingstijden vanaf {date}: zaterdag open tot {h}.00 uur.",
    ],
}

# -------------------------------------------------------------------------------------- Italian
IT = {
    "scarcity": [
        "[[Solo|Ne restano solo|Ultimi]] {n} [[pezzi|articoli|posti|biglietti|camere]] [[disponibili|rimasti]] – [[affrettati|non perdere tempo|chi tardi arriva...]]!",
        "[[Quasi|Praticamente]] esaurito! [[Lo vogliono tutti|Sta andando a ruba|La richiesta è altissima]].",
        "[[Attenzione|Occhio]]: [[molto|super]] richiesto, [[restano poche|ultime]] [[taglie|disponibilità|unità]].",
        "Solo {n} camere a questo prezzo – [[poi è finita|dopo la tariffa sale|non fartele scappare]]!",
        "[[Ultimo pezzo|Fine serie|Edizione limitata]]: [[finito questo, non tornerà|nessun riassortimento|non verrà più prodotto]]!",
        "{n} persone hanno questo articolo nel carrello – [[solo|ne restano]] {n} disponibili!",
        "La tua taglia sta [[per finire|andando a ruba|quasi esaurendosi]] – [[solo|ancora]] {n}!",
    ],
    "urgency": [
        "[[Solo oggi|Ultimo giorno|Oggi e basta]]: -{pct}% su tutto – [[domani sarà tardi|poi finisce|approfittane subito]]!",
        "[[L'offerta|La promo|Lo sconto]] scade tra {cd}! [[Acquista ora|Non lasciartela scappare|Approfittane]]!",
        "[[Sbrigati|Presto|Fai in fretta]]! [[Il prezzo sale|Il tuo coupon scade|La vendita lampo finisce]] tra {cd}.",
        "Il tuo carrello è riservato solo per {min} minuti – [[poi perderai lo sconto|dopo gli articoli tornano disponibili per altri]]!",
        "[[Ultima occasione|Ultimissima possibilità]]! Questo prezzo vale [[solo poche ore|fino a mezzanotte|per pochissimo]].",
        "[[Offerta lampo|Affare del giorno|Flash sale]]: -{pct}% [[finché corre il timer|fino allo zero del conto alla rovescia|per {cd}]]!",
        "[[Non aspettare|Non pensarci troppo|Decidi ora]] – [[domani pagherai di più|il prezzo può salire in qualsiasi momento|questa offerta non tornerà]].",
        "⏰ Ancora {min} minuti per [[la spedizione gratuita|il tuo regalo|mantenere lo sconto]]!",
    ],
    "misdirection": [
        "<button class=\"big green\">[[Passa a Premium|Aggiungi la garanzia|Attiva la protezione]]</button> <a class=\"tiny grey\">tieni il piano base</a>",
        "Lascia vuota la casella per non rinunciare a [[le offerte dei partner|la newsletter|gli SMS promozionali]]. ☑",
        "[[Consigliato|Scelta migliore|Il più scelto]]: piano [[Premium|Famiglia|Pro]] a {eur}/mese – il piano base è [[in fondo alla pagina|sotto «altre opzioni»|tre schermate più avanti]].",
        "Il tasto «Avanti» prenota anche [[l'assicurazione annullamento|la protezione schermo|il kit accessori]]; senza, si passa da [[«Altre opzioni» nel menu|il link delle note legali]].",
        "Da {eur} a soli {eur}! (prezzo di listino [[mai praticato|inventato|mai applicato]])",
        "La maggior parte dei clienti sceglie [[l'abbonamento annuale|il piano Premium]] (preselezionato). [[Altri piani|Versione semplice]] ▸ (piccolo, grigio)",
        "[[Annulla|Chiudi]] aggiunge comunque [[l'assicurazione|l'opzione|la protezione]] all'ordine. [[Continua|OK]]",
    ],
    "social": [
        "{nn} persone stanno guardando [[questo articolo|questo hotel|questa offerta]] proprio ora!",
        "{name} da {city} [[l'ha appena comprato|ha ordinato {min} minuti fa|ha appena prenotato]] – [[e tu?|cosa aspetti?|unisciti anche tu!]]",
        "Già oltre {big} [[clienti soddisfatti|famiglie|persone]] [[ci hanno scelto|sono passati a noi]] – [[manchi solo tu|cosa aspetti?|tocca a te!]]",
        "Acquistato {big} volte oggi! [[Ne parlano tutti|È un successo|È virale]].",
        "Il {pct}% dei tuoi vicini a {city} [[è già passato a noi|ha già prenotato|usa già la nostra tariffa]].",
        "🔥 [[Di tendenza|Il più cercato]]: {big} persone [[l'hanno nei preferiti|stanno guardando questa pagina]].",
        "[[Visto in TV|Amato dagli influencer|Consigliato dagli esperti]] – {big} vendite questa settimana!",
    ],
    "obstruction": [
        "Niente disdette via e-mail: [[serve una lettera cartacea|vale solo un fax firmato|devi passare in ufficio]].",
        "Le disdette si accettano solo al telefono, [[un martedì sì e uno no|il primo lunedì del mese|20 minuti al giorno]].",
        "Non è possibile disdire online. [[Recati in negozio|Inviaci una lettera firmata|Vieni di persona]] con [[copia del documento d'identità|il codice cliente e un documento]].",
        "Prima di disdire [[devi parlare con un consulente|rispondi a 15 domande|attendi la chiamata del nostro team]].",
        "Disdetta: passo {n} di 9 – [[Sei sicuro?|Davvero?|Conferma di nuovo]] [[Passo successivo|Torna all'offerta]]",
        "Invece di disdire puoi solo [[mettere in pausa l'abbonamento|passare a un piano più economico]]. [[Metti in pausa|Cambia piano]]",
        "Per eliminare l'account [[scrivi all'assistenza e attendi conferma|installa prima la nostra app|usa prima tutti i punti]].",
    ],
    "sneak_basket": [
        "☑ [[Assicurazione annullamento|Confezione regalo|Garanzia estesa|Protezione spedizione]] (+{eur}) – [[già selezionata|aggiunta automaticamente|spuntata di default]]",
        "Incluso d'ufficio: [[garanzia estesa|kit di pulizia|donazione solidale|assicurazione reso]] a {eur} – [[toglilo nel riepilogo se non lo vuoi|è già in fattura]].",
        "[x] Sì, aggiungi [[il kit accessori|la scelta del posto|la consegna express]] per {eur}",
        "In regalo: abbonamento di prova alla nostra rivista – [[a pagamento dal secondo numero|{eur} a numero dopo 4 settimane]].",
    ],
    "sneak_cost": [
        "[[Costi di gestione|Commissione di servizio|Costi della piattaforma|Diritti di prenotazione]] di {eur} esclusi, mostrati [[all'ultimo passaggio|al pagamento|dopo il pagamento]].",
        "Pulizie, biancheria e commissioni ({eur}) [[compaiono dopo aver inserito la carta|si vedono solo nell'ultima schermata]].",
        "Prova gratis! [[Poi|Dopo 7 giorni|Finito il mese gratuito]] l'abbonamento si rinnova automaticamente a {eur}/mese (vedi [[le note in piccolo|le condizioni|la nota 3]]).",
        "Da {eur}*   *[[costi esclusi|con vincolo di 24 mesi|solo per nuovi clienti da app]]",
        "Il tuo mese gratuito diventa [[senza preavviso|in automatico|tacitamente]] un abbonamento annuale a pagamento ({eur}).",
    ],
    "forced": [
        "Senza [[account|app|accesso Google]] niente prezzi: [[l'acquisto come ospite è disattivato|registrati per continuare a guardare]].",
        "[[Il tuo coupon|La spedizione gratuita|Il tuo regalo]] solo se [[ti iscrivi alla newsletter|inviti {n} amici|ci dai accesso ai contatti|attivi le notifiche]].",
        "Per [[leggere l'articolo|scaricare la fattura|vedere gli orari]] [[registrati|serve un account|devi usare l'app]].",
        "[[Condividi questa offerta|Lasciaci 5 stelle|Seguici]] per sbloccare [[il tuo codice|il livello successivo|l'anteprima]].",
        "Senza [[accettare tutti i cookie|attivare la posizione|il tuo numero di telefono]] non puoi [[usare il sito|vedere i prezzi|entrare nel negozio]].",
    ],
    "shame": [
        "No grazie, [[i soldi per me non sono un problema|gli sconti sono per gli altri|i regali non mi interessano|adoro i prezzi gonfiati]].",
        "No, [[voglio continuare a pagare troppo|preferisco navigare senza protezione|dei miei dispositivi non m'importa|non voglio migliorare]].",
        "[[Lascia stare|Macché]] – [[adoro perdermi le offerte migliori|preferisco restare disinformato|la mia salute non mi interessa]].",
        "[[Rinuncio a|Lascio perdere]] [[il mio sconto|un risparmio del {pct}%|il mio regalo]] [[così|senza pensarci]].",
        "Peccato… [[Vuoi davvero rinunciare a tutti i vantaggi?|Allora niente protezione.]] [[Sì, rinuncio|Esci comunque]] 😢",
    ],
    "none": [
        "{n} disponibili.", "Disponibilità: {n} [[pezzi|paia|posti]].", "[x] Resta connesso", "☑ Indirizzo di fatturazione uguale a quello di spedizione", "[x] Ho letto e accetto le condizioni di vendita.", "Grazie per il tuo ordine! 🎉 Riceverai a breve una conferma via e-mail.", "Buone feste! Il servizio clienti è chiuso dal {date} al {date}.", "Fatto! Il tuo account è stato creato.", "Oggi al mercato: mele del territorio a {eur} al chilo.", "Hai domande? Scrivici, rispondiamo entro 24 ore.",
        "Ancora {n} disponibili in magazzino.", "Disponibile. Consegna in 2–4 giorni lavorativi.",
        "Momentaneamente esaurito – [[ti avvisiamo via e-mail|puoi attivare un avviso]] quando torna disponibile.",
        "I saldi si chiudono il {date}.", "Offerta valida dal {date} al {date}.",
        "Spediamo nello stesso giorno lavorativo se il pagamento arriva prima delle {h}:00.",
        "No, grazie", "Non ora", "Ricordamelo più tardi", "Salta", "No grazie", "Continua senza assicurazione",
        "La disdetta si fa [[con due clic|senza preavviso|in app o sul sito]] in Impostazioni; ricevi una conferma via e-mail.",
        "Disdetta: Il mio account > Abbonamento > Disdici. La disdetta vale dalla fine del periodo in corso.",
        "Spese di spedizione: {eur}. Spedizione gratuita da {eur}.", "Tutti i prezzi sono IVA inclusa; spedizione esclusa ({eur}).",
        "Costi di servizio: {eur} a biglietto, già inclusi nel prezzo mostrato.",
        "☐ Aggiungi [[confezione regalo|garanzia estesa|assicurazione spedizione]] (+{eur}) – facoltativo",
        "Vuoi aggiungere [[un'assicurazione viaggio|accessori|una garanzia estesa]]? [Sì, {eur}] [No]",
        "Primo mese gratis; poi {eur}. Ti scriviamo prima del primo addebito.",
        "Acquista come ospite o crea un account, come preferisci.",
        "Newsletter (facoltativa): ☐ Sì, voglio ricevere offerte via e-mail.",
        "Valutazione: 4,{n} su 5 ({big} recensioni).", "[[Sponsorizzato|Annuncio]] · risultato a pagamento",
        "Il tuo pacco è in viaggio. Numero di tracciamento: {nn}{nn}{nn}{nn}.",
        "Reso gratuito entro 30 giorni.", "Domande? Il servizio clienti risponde dal lunedì al venerdì, {h}:00–18:00.",
        "Prezzo consigliato dal produttore: {eur}. Il nostro prezzo: {eur}.", "Pagamento riuscito. Grazie per il tuo ordine!",
        "La camera costa {eur} a notte, tassa di soggiorno ({eur}) inclusa.",
        "Prezzo early bird fino al {date}; poi il biglietto costa {eur}.", "Vai alla cassa", "Aggiungi al carrello",
        "Grazie! Abbiamo ricevuto la tua disdetta; l'abbonamento termina il {date}.",
        "Nuovi orari dal {date}: il sabato siamo aperti fino alle {h}:00.",
    ],
}

# ----------------------------------------------------------------------------------- Portuguese
PT = {
    "scarcity": [
        "[[Restam apenas|Só restam|Últimas]] {n} [[unidades|vagas|entradas|quartos]] – [[corra|não fique sem a sua|garanta já]]!",
        "[[Quase|Praticamente]] esgotado! [[Todos querem|Está a voar|A procura é enorme]].",
        "Só {n} quartos a este preço – [[depois acabou|depois o preço sobe|não deixe escapar]]!",
        "[[Última unidade|Fim de stock|Edição limitada]]: [[quando acabar, não volta|sem reposição|não será reproduzido]]!",
        "{n} pessoas têm este artigo no carrinho – [[só restam|apenas]] {n}!",
    ],
    "urgency": [
        "[[Só hoje|Último dia|Hoje apenas]]: -{pct}% em tudo – [[amanhã é tarde|depois acaba|aproveite já]]!",
        "[[A oferta|A promoção|O desconto]] termina em {cd}! [[Compre agora|Não perca|Aproveite]]!",
        "[[Despache-se|Rápido|Corra]]! [[O preço sobe|O seu cupão expira|A venda relâmpago acaba]] em {cd}.",
        "O seu carrinho fica reservado só {min} minutos – [[depois perde o desconto|depois libertamos os artigos]]!",
        "[[Não espere|Não pense duas vezes|Decida já]] – [[amanhã vai pagar mais|o preço pode subir a qualquer momento|esta oferta não volta]].",
    ],
    "misdirection": [
        "<button class=\"big green\">[[Mudar para Premium|Adicionar garantia|Ativar proteção]]</button> <a class=\"tiny grey\">manter o básico</a>",
        "Deixe a caixa vazia para não abdicar [[das ofertas de parceiros|da newsletter|dos SMS promocionais]]. ☑",
        "[[Recomendado|Melhor escolha|O mais escolhido]]: plano [[Premium|Família|Pro]] por {eur}/mês – o plano básico está [[no fundo da página|em «mais opções»]].",
        "De {eur} por apenas {eur}! (preço anterior [[nunca praticado|inventado]])",
        "[[Cancelar|Fechar]] também adiciona [[o seguro|a opção|a proteção]] à sua encomenda. [[Continuar|OK]]",
    ],
    "social": [
        "{nn} pessoas estão a ver [[este artigo|este hotel|esta oferta]] agora mesmo!",
        "{name} de {city} [[acabou de comprar|encomendou há {min} minutos|acabou de reservar]] – [[e você?|de que está à espera?|junte-se!]]",
        "Já somos mais de {big} [[clientes felizes|famílias|pessoas]] – [[só falta você|de que está à espera?]]",
        "Comprado {big} vezes hoje! [[Toda a gente fala disto|Está a bombar|É viral]].",
        "🔥 [[Em alta|Tendência]]: {big} pessoas [[têm isto nos favoritos|estão a ver esta página]].",
    ],
    "obstruction": [
        "Não aceitamos cancelamentos por e-mail: [[é preciso carta registada|só conta um fax assinado|tem de vir ao escritório]].",
        "Cancelamentos só por telefone, [[numa terça sim, outra não|na primeira segunda-feira do mês|20 minutos por dia]].",
        "Não é possível cancelar online. [[Dirija-se a uma loja|Envie-nos uma carta assinada]] com [[cópia do documento de identificação|o seu número de cliente]].",
        "Cancelamento: passo {n} de 9 – [[Tem a certeza?|A sério?|Confirme novamente]] [[Passo seguinte|Voltar à oferta]]",
        "Em vez de cancelar, só pode [[pausar a assinatura|mudar para um plano mais barato]]. [[Pausar|Mudar]]",
    ],
    "sneak_basket": [
        "☑ [[Seguro de cancelamento|Embrulho para oferta|Garantia alargada]] (+{eur}) – [[já selecionado|adicionado automaticamente|marcado por defeito]]",
        "Incluído de origem: [[garantia alargada|kit de limpeza|donativo solidário]] por {eur} – [[retire no resumo se não quiser|já consta da fatura]].",
    ],
    "sneak_cost": [
        "[[Taxa de serviço|Taxa de gestão|Taxa de reserva]] de {eur} não incluída, mostrada [[no último passo|no pagamento|após o pagamento]].",
        "Experimente grátis! [[Depois|Após 7 dias]] a assinatura renova automaticamente por {eur}/mês (ver [[as letras pequenas|os termos]]).",
        "O seu mês grátis passa [[sem aviso|automaticamente]] a uma assinatura anual paga ({eur}).",
    ],
    "forced": [
        "Sem [[conta|app|login Google]] não há preços: [[a compra como convidado está desativada|registe-se para continuar]].",
        "[[O seu cupão|Portes grátis|A sua oferta]] só se [[subscrever a newsletter|convidar {n} amigos|nos der acesso aos contactos|ativar as notificações]].",
        "[[Partilhe esta oferta|Dê-nos 5 estrelas|Siga-nos]] para desbloquear [[o seu código|o próximo nível]].",
    ],
    "shame": [
        "Não, obrigado, [[dinheiro não é problema para mim|descontos são para os outros|dispenso ofertas|adoro preços inflacionados]].",
        "Não, [[quero continuar a pagar demais|prefiro navegar desprotegido|os meus dispositivos não me importam]].",
        "[[Deixa estar|Nem pensar]] – [[gosto de perder as melhores promoções|prefiro ficar desinformado|a minha saúde não me interessa]].",
        "[[Abdico do|Deixo passar o]] [[meu desconto|meu presente|{pct}% de poupança]] [[sem mais|tanto faz]].",
    ],
    "none": [
        "{n} em stock.", "[x] Manter sessão iniciada", "☑ Morada de faturação igual à de entrega", "[x] Li e aceito os termos e condições.", "Obrigado pela sua encomenda! 🎉 Vai receber uma confirmação por e-mail.", "Boas festas! O apoio ao cliente está fechado de {date} a {date}.", "Pronto! A sua conta foi criada.", "Tem dúvidas? Escreva-nos, respondemos em 24 horas.",
        "Restam {n} unidades em stock.", "Em stock. Entrega em 2–4 dias úteis.",
        "Saldos até {date}, inclusive.", "Encomendas até às {h}h são enviadas no mesmo dia útil.",
        "Não, obrigado", "Agora não", "Lembrar mais tarde", "Saltar", "Continuar sem seguro",
        "O cancelamento faz-se [[em dois cliques|sem pré-aviso|na app ou no site]] em Definições; enviamos confirmação por e-mail.",
        "Portes: {eur}. Portes grátis a partir de {eur}.", "Todos os preços incluem IVA; portes à parte ({eur}).",
        "☐ Adicionar [[embrulho para oferta|garantia alargada]] (+{eur}) – opcional",
        "Quer adicionar [[um seguro de viagem|acessórios]]? [Sim, {eur}] [Não]",
        "Primeiro mês grátis; depois {eur}. Avisamos antes da primeira cobrança.",
        "Compre como convidado ou crie uma conta, como preferir.", "Avaliação: 4,{n} de 5 ({big} opiniões).",
        "[[Patrocinado|Anúncio]] · resultado pago", "A sua encomenda está a caminho.", "Devoluções grátis em 30 dias.",
        "Obrigado! Recebemos o seu pedido de cancelamento; a assinatura termina a {date}.", "Finalizar compra",
        "Adicionar ao carrinho",
    ],
}

LANGS = {"de": DE, "fr": FR, "es": ES, "nl": NL, "it": IT, "pt": PT}


def lines(seed: int = 121, fills: int = 5) -> tuple[dict[str, list[str]], list[str]]:
    """Filled lines per classifier label, and the honest lines; ``fills`` tries per template."""
    return filled(LANGS, _SLOTS, seed, fills)


def filled(langs: dict[str, dict[str, list[str]]], slots: dict[str, dict], seed: int,
           fills: int) -> tuple[dict[str, list[str]], list[str]]:
    """Every template of ``langs`` filled from ``slots``: lines per label, and the honest lines."""
    rng = random.Random(seed)
    pos: dict[str, list[str]] = {}
    neg: list[str] = []
    for lang, kinds in langs.items():
        for kind, templates in kinds.items():
            for t in templates:
                tries = 2 if "{" not in t and "[[" not in t else fills + 3 * (kind == "none")
                seen: set[str] = set()
                for _ in range(tries):
                    s = _fill(t, lang, rng, slots)
                    if s in seen:
                        continue
                    seen.add(s)
                    if kind == "none":
                        # a bare decline label ("Nee, bedankt", "Non merci") is most often honest; it
                        # counts five times against the confirmshaming lines that open with it
                        # (Japanese has no spaces: a short label there is a few characters)
                        short = len(s) <= 8 if lang == "ja" else len(s.split()) <= 3
                        neg.extend([s] * (5 if short else 1))
                    else:
                        pos.setdefault(_LABEL[kind], []).append(s)
    return pos, neg
