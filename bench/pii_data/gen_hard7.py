# -*- coding: utf-8 -*-
"""gen_hard7.py: deterministic blind PII eval set generator (hard7). No Faker; all lists hand-written.
Run: python3 gen_hard7.py  -> writes hard7.jsonl next to this file and validates every span."""
# Hand-written lists for gen_hard7.py (no Faker). Underscore = space inside a name.

def _w(s):
    return [x.replace("_", " ") for x in s.split()]

FIRST = {
 "en": _w("Tobias Harriet Declan Imogen Rowan Felicity Gareth Bronwyn Callum Philippa Desmond Lorna Nigel Tamsin "
          "Wesley Priscilla Darnell Shanice Tyrone Keisha Brody Kaylee Garrett Whitney Colby Marisa Everett Lachlan "
          "Maeve Ciaran Siobhan Eamon Kirsty Alistair Morag Fergus Delroy Marcia Jolene Travis Bethany Quentin"),
 "de": _w("Anneliese Jörg Wiebke Lutz Henrike Torsten Gesine Malte Frauke Detlef Sünje Ingo Ulrike Björn Katrin "
          "Volker Dörte Hauke Silke Ekkehard Hans-Peter Annegret"),
 "fr": _w("Gaëlle Timothée Solène Baptiste Maëlys Corentin Clémence Aurélien Ségolène Yannick Éloïse Gwenaël "
          "Bérénice Florian Apolline Mathis Capucine Thibault Océane Loïc Jean-Baptiste Marie-Hélène"),
 "es": _w("Ximena Joaquín Itziar Rodrigo Nerea Iñaki Guadalupe Santiago Marisol Esteban Araceli Gonzalo Yolanda "
          "Fermín Lucía Álvaro Maite Emiliano Rocío Hernán José_Luis María_José"),
 "it": _w("Ludovica Tommaso Beatrice Gianluca Ottavia Raffaele Chiara Filippo Benedetta Leonardo Ilaria Matteo "
          "Serena Corrado Azzurra Vittorio Gianmarco"),
 "nl": _w("Sanne Joost Femke Bram Lieke Thijs Marloes Sjoerd Anouk Wouter Ilse Maarten Noor Gijs Jan-Willem"),
 "pt": _w("Thiago Mariana Gonçalo Inês Leandro Beatriz Rui Letícia Caio Yasmin Duarte Raquel Vinícius Luana "
          "João_Pedro"),
 "pl": _w("Zofia Bartosz Agnieszka Krzysztof Małgorzata Wojciech Joanna Grzegorz Katarzyna Przemysław Ewelina "
          "Jakub Dorota Łukasz"),
 "nordic": _w("Linnea Oskar Ebba Viggo Astrid Emil Freja Gustav Sigrid Mads Ingrid Rasmus Tove Anders Kirsten "
              "Søren Maja Henrik Åsa Bodil"),
 "tr": _w("Elif Burak Zeynep Emre Ayşe Mehmet Selin Kerem Deniz Oğuz Ebru Cem Gülşen Tolga İrem"),
 "cz": _w("Tereza Vojtěch Kateřina Jiří Markéta Ondřej Lenka Radek Zuzana Tomáš Hana Miroslav"),
 "in": _w("Aditi Rohan Priyanka Vikram Anjali Siddharth Kavya Arjun Meenakshi Nikhil Ishaan Lakshmi Farhan "
          "Nadia Imran Ayesha"),
 "ea": _w("Haruto Yui Kenji Sakura Takumi Aoi Wei Mei Jun Xiaoling Zhihao Minji Seo-yeon Jae-won Hyun-woo Thanh "
          "Linh Quang"),
 "af": _w("Chidinma Oluwaseun Kwame Abena Tendai Nomvula Thabo Amara Kofi Wanjiru Babajide Zanele Yaw Nkechi "
          "Sipho Folasade"),
 "misc": _w("Eleni Dimitris Ioana Bogdan Réka Zsolt Noa Eitan Aroha Tane Oksana Taras Aino Eero Marikit Jomar"),
 "ar": _w("Karim Leila Tariq Samira Omar Rania Youssef Dalia Hamza Nour Khalid Yara"),
}
LAST = {
 "en": _w("Ashworth Pemberton Holloway Whitlock Cartwright Braithwaite Dunmore Kettering Harlow Prescott Radcliffe "
          "Standish Tolliver Underhill Wexford Yardley Gillespie McAllister Donnelly Fitzgerald O'Sullivan McCready "
          "Thornbury Calloway Pennington Rutherford Merriweather Abernathy MacLeod Kavanagh"),
 "de": _w("Brinkmann Oberländer Kästner Zimmermann Rößler Hartung Vogelsang Lindemann Böttcher Scholz-Reiter Wendt "
          "Kühne Pfeiffer Eichhorn von_Hagen Strübing Große Tiedemann Hohenadel Lütjens"),
 "fr": _w("Lefèvre Garnier Rousseau Chevalier Delacroix Faure Guillot Perrin Boucher Lemaire Duval Mercier Rocher "
          "Vasseur Le_Goff Carpentier Pelletier Joubert Dumas-Roche d'Aubigny"),
 "es": _w("Etxeberria Quintana Villanueva Robledo Cárdenas Sepúlveda Aranda de_la_Fuente Olmedo Barrientos Zamora "
          "Ibarra Mejía Gallardo Lozano Echeverría Paredes Salazar Montoya García_Prieto"),
 "it": _w("Bellandi Fontana Mancuso Lombardi Esposito Rinaldi Cattaneo Santoro Caruso Bianchi Donati Ferraro "
          "Marchesi De_Luca Pellegrini Vitale"),
 "nl": _w("van_der_Meulen de_Graaf Visser Bakker Smit Mulder Hendriks van_Dijk Verhoeven Kuipers van_den_Broek "
          "de_Wit Postma Dekker"),
 "pt": _w("Figueiredo Carvalho Azevedo Nogueira Moreira Teixeira Sampaio Cardoso Pinto Vasconcelos Rebelo "
          "Magalhães Brandão Tavares dos_Santos"),
 "pl": _w("Wiśniewska Kowalczyk Zieliński Szymańska Woźniak Dąbrowski Lewandowska Kamiński Grabowski Pawlak "
          "Michalska Jankowski Wróbel Sikora Nowak-Kowalska"),
 "nordic": _w("Lindqvist Bergström Sandberg Holmgren Ekström Nyberg Sjöberg Dahl Jørgensen Kristensen Møller "
              "Rasmussen Østergaard Thorsen Lund Halvorsen"),
 "tr": _w("Yılmaz Öztürk Demir Şahin Çelik Aydın Arslan Kaya Koç Erdem Kurt Özdemir Aksoy Polat"),
 "cz": _w("Dvořák Novotná Procházka Černý Svobodová Kučera Veselý Horáková Němec Pokorný Hájek Benešová"),
 "in": _w("Raghunathan Chatterjee Deshpande Iyer Banerjee Kulkarni Malhotra Venkatesan Siddiqui Qureshi "
          "Bhattacharya Pillai Nair Chaudhry"),
 "ea": _w("Takahashi Nakamura Yamamoto Kobayashi Zhang Liu Huang Chen Park Kim Choi Nguyen Tran Pham Watanabe Lim "
          "Tan Ong"),
 "af": _w("Okonkwo Adeyemi Mensah Boateng Ndlovu Dlamini Mwangi Otieno Balogun Nwosu Asante Kamau Oyelaran Mokoena"),
 "misc": _w("Papadopoulou Konstantinou Georgiou Kovács Szabó Ben-David Mizrahi Dela_Cruz Bautista Macaraeg "
            "Popescu Ionescu Shevchenko Bondarenko Virtanen Korhonen Te_Rangi Parata Tuilagi Nakashima-Reyes"),
 "ar": _w("Haddad Khoury El-Amin Mansour Nassar Al-Farsi Saleh Aziz Farouk Bitar"),
}
# given names / surnames that are also ordinary English words
WORD_FIRST = _w("Joy Hope Sunny Rain Summer Will Bill Grace Faith Dawn Crystal Amber Rose Ivy Daisy Pearl Ruby "
                "Destiny Honey Sky Storm Autumn April May June Iris Hazel Jade Olive Violet Rich Mark Frank Chase "
                "Hunter Miles Grant Drew Pat Sandy Cliff Glen Dale Rob Art Ray Gene Patience Precious Blessing "
                "Happy Sterling Robin Heather Holly Brook")
WORD_LAST = _w("Baker Young King Fox Snow Rice Long Black White Brown Green Hill Wood Stone Rivers Bird Little Short "
               "Price Best Love Strong Sharp Mills Bell Cook Page Lamb Wolf Hunt Bush Moon Frost Winter Field Marsh "
               "Church Gold Sweet Hart Swift Knight Banks Day Gay Wise")

BRANDS = _w("Rosewood Halcyon_&_Vale Northmoor Lumen_Botanics Fernhollow Kestrel_Outdoor Maison_Aubade Corvid_Coffee "
            "Brightwell Saltmarsh_Supply_Co. Tidewater Oakhaven Velura Nimbus_Labs Quillon Bramblebury Solenne "
            "Atelier_Noor Juniper_&_Co Moss_&_Mortar Thistle_Home Larkspur Palomino Aurelia_Skin Copperleaf "
            "Hearthstone Wren_&_Willow Sable_Studio Marigold_Market Fjordline Citrine Cobalt_Cycles Ivory_Lane Luma "
            "Driftless Pinecrest Zephyr_Goods Harper_&_Finch Casa_Ombra Grünwerk Bodega_Sol Vindur")
PRODUCTS = _w("Matilda_dress Beatrix_bag Harper_boot Eloise_coat Margot_cardigan Theo_backpack Winston_armchair "
              "Penelope_lamp Audrey_sunglasses Clara_mug Oscar_sofa Hugo_candle Greta_blazer Frida_earrings "
              "Nina_sneaker Luca_chino Isla_swimsuit Ada_desk Mabel_throw Ingrid_boot Otto_stool Elsa_parka Jules_tee "
              "Rosa_vase Felix_hoodie Amber_Glow_serum Velvet_Moss_candle Dune_trench Harbour_knit Sage_linen_shirt "
              "Driftwood_side_table Solstice_eau_de_parfum Nightingale_pyjamas Cobalt_bottle Wren_tote "
              "Kestrel_rain_shell Larkspur_scarf Juniper_body_oil Thistle_throw Pebble_mug Atlas_backpack "
              "Orion_desk_lamp Luna_slippers Cleo_clutch Iris_bodysuit Bianca_bralette Sofia_wrap_dress "
              "Marlowe_loafers Hazel_cardigan Grace_tote Joy_mini_bag Dawn_trainer")
COLLS = _w("Ember Sage Dune Harbour Solstice Midnight_Garden Wildflower Golden_Hour Coastline Terracotta Nordic_Frost "
           "Velvet_Moss Joy_Edition Hope_Capsule Summer_Rain Grace_Notes Faith_&_Fable Amber_Nights Crystal_Bay "
           "Dawn_Chorus Storm_Season Honey_Bee Willow_Row Autumn_Ritual Salt_&_Stone Rosehip First_Light "
           "Slow_Sunday Wander Heirloom Meridian Tempest Bloom Fable Origin Haven Nomad Everyday_Essentials "
           "Studio_Edit Evergreen")
COLOURS = _w("Ember Sage Amber Ruby Pearl Ivory Slate Fog Clay Rust Ochre Teal Plum Heather Hazel Olive Jade Coral "
             "Sand Crystal_Blue Dawn_Pink Storm_Grey Honey Moss Indigo Saffron Rose_Quartz Midnight Cloud Sienna")
EVENTS = ["Autumn Open House", "Spring Sample Sale", "Black Friday Early Access", "Loyalty Lounge Live",
          "Summer Solstice Pop-Up", "Cyber Week", "Founders' Day", "Winter Warm-Up", "Mother's Day Brunch",
          "Insider Night", "Green Week", "Back to School Drop", "Singles' Day", "the Spring Showcase",
          "Design Week Pop-Up", "Joy of Giving", "Hope Walk 10K"]
HEADS = ["The Sunday Edit", "FRESH DROPS", "Inside the Studio", "Members' Corner", "Last Call",
         "Notes from the Workshop", "The Weekly Bloom", "WHAT'S NEW", "Behind the Seams", "Good Things Friday",
         "Dear Insider", "The Golden Hour Letter"]
JOBS = ["Head of Growth", "CRM Manager", "Senior Brand Designer", "Customer Experience Lead", "VP Marketing",
        "Retention Specialist", "Community Manager", "Chief Customer Officer", "Lifecycle Marketing Lead",
        "Store Manager", "Visual Merchandiser", "Social Media Executive", "Brand Partnerships Director",
        "Head of Customer Care", "Junior Copywriter", "Creative Director"]
TEAMS = ["Customer Care", "the Growth squad", "CX Ops", "Brand Studio", "Team Lifecycle", "Retail Ops",
         "the Social team", "Partnerships", "Insights & Analytics", "Loyalty Desk"]
TIERS = ["Gold", "Platinum", "Insider", "Silver", "Black Card", "Founding Member", "Circle+"]
CODES = ["JOY20", "HOPE15", "GRACE10", "SUMMER25", "AMBER30", "DAWN5", "WELCOME10", "FAITH2024", "EMBER15",
         "SAGE-20", "SUNNY15", "RUBY-VIP", "WINTER40", "FRIENDS10"]
GREETS = ["Hello", "Hallo", "Bonjour", "Hola", "Ciao", "Hej", "Olá", "Cześć", "Merhaba", "Ahoj", "Goedendag",
          "Moin", "Salut", "Buongiorno", "Dzień dobry", "Dobrý den", "Hoi", "Oi"]
PETS = ["Biscuit", "Oliver", "Luna", "Pepper", "Toffee", "Milo", "Bella", "Winston"]
FICTION = ["Sherlock", "Cinderella", "Peter Rabbit", "Paddington", "Gatsby", "Miss Marple", "Pippi Longstocking",
           "Moomin"]

# ---- addresses: country -> (streets, cities, formatter key) ----
ADDR = {
 "US": (["Larkspur Lane", "Old Mill Road", "Chestnut Street", "Willow Creek Drive", "Harbor View Blvd",
         "Magnolia Ave"], [("Portland", "OR 97214"), ("Austin", "TX 78704"), ("Columbus", "OH 43215"),
         ("Raleigh", "NC 27601"), ("Boise", "ID 83702")], "USA"),
 "UK": (["Marlborough Road", "Cedar Close", "Queen's Crescent", "Fenwick Lane", "Abbey Mews"],
        [("Leeds", "LS6 2AB"), ("Bristol", "BS8 4QT"), ("Norwich", "NR2 3HJ"), ("Cardiff", "CF10 1FS"),
         ("Edinburgh", "EH7 5QR")], "United Kingdom"),
 "DE": (["Lindenstraße", "Am Kirchberg", "Schillerweg", "Hauptstraße", "Kastanienallee", "Bergmannstr."],
        [("Berlin", "10437"), ("München", "80331"), ("Köln", "50667"), ("Hamburg", "20095"), ("Leipzig", "04109")],
        "Deutschland"),
 "AT": (["Mariahilfer Straße", "Gartengasse", "Lerchenfelder Gürtel"], [("Wien", "1060"), ("Graz", "8010"),
        ("Salzburg", "5020")], "Österreich"),
 "CH": (["Bahnhofstrasse", "Seefeldstrasse", "Rue du Marché"], [("Zürich", "8001"), ("Bern", "3011"),
        ("Genève", "1204")], "Schweiz"),
 "FR": (["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
         "impasse des Tilleuls", "chemin du Moulin"], [("Paris", "75011"), ("Lyon", "69003"), ("Bordeaux", "33000"),
        ("Toulouse", "31000"), ("Nantes", "44000")], "France"),
 "BE": (["Rue Royale", "Meir", "Kortrijksesteenweg"], [("Bruxelles", "1000"), ("Antwerpen", "2000"),
        ("Gent", "9000")], "Belgique"),
 "ES": (["Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia"],
        [("Madrid", "28014"), ("Barcelona", "08013"), ("Sevilla", "41001"), ("Valencia", "46002"),
         ("Bilbao", "48001")], "España"),
 "MX": (["Avenida Álvaro Obregón", "Calle Durango", "Calle Colima"], [("Ciudad de México", "06700"),
        ("Guadalajara", "44160")], "México"),
 "IT": (["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza", "Via della Spiga"],
        [("Milano", "20121"), ("Roma", "00184"), ("Firenze", "50122"), ("Torino", "10123"), ("Napoli", "80134")],
        "Italia"),
 "NL": (["Prinsengracht", "Kerkstraat", "Oudegracht", "Witte de Withstraat", "Lange Voorhout"],
        [("Amsterdam", "1015 DZ"), ("Utrecht", "3511 AL"), ("Rotterdam", "3014 BN"), ("Den Haag", "2514 ED")],
        "Nederland"),
 "PT": (["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"],
        [("Lisboa", "1100-053"), ("Porto", "4000-442"), ("Coimbra", "3000-150")], "Portugal"),
 "BR": (["Rua Oscar Freire", "Avenida Paulista", "Rua das Laranjeiras"], [("São Paulo", "01426-001"),
        ("Rio de Janeiro", "22240-003")], "Brasil"),
 "PL": (["ul. Marszałkowska", "ul. Floriańska", "al. Niepodległości", "ul. Piotrkowska", "ul. Długa"],
        [("Warszawa", "00-624"), ("Kraków", "31-019"), ("Łódź", "90-101"), ("Gdańsk", "80-831")], "Polska"),
 "SE": (["Drottninggatan", "Storgatan", "Kungsgatan", "Linnégatan"], [("Stockholm", "111 51"),
        ("Göteborg", "411 07"), ("Malmö", "211 22"), ("Uppsala", "753 20")], "Sverige"),
 "DK": (["Nørrebrogade", "Vesterbrogade", "Jægergårdsgade", "Sankt Hans Gade"], [("København N", "2200"),
        ("København V", "1620"), ("Aarhus C", "8000"), ("Odense C", "5000")], "Danmark"),
 "NO": (["Karl Johans gate", "Bogstadveien", "Thorvald Meyers gate"], [("Oslo", "0162"), ("Bergen", "5003")],
        "Norge"),
 "TR": (["Bağdat Caddesi", "İstiklal Caddesi", "Atatürk Bulvarı", "Kordon Boyu"], [("Kadıköy/İstanbul", "34728"),
        ("Beyoğlu/İstanbul", "34433"), ("Çankaya/Ankara", "06420"), ("Konak/İzmir", "35210")], "Türkiye"),
 "CZ": (["Vinohradská", "Národní", "Masarykova", "Husova"], [("Praha 2", "120 00"), ("Praha 1", "110 00"),
        ("Brno", "602 00"), ("Plzeň", "301 00")], "Česká republika"),
 "IE": (["Grafton Street", "Patrick Street", "Shop Street"], [("Dublin 2", "D02 XY45"), ("Cork", "T12 R2NC"),
        ("Galway", "H91 E2K3")], "Ireland"),
 "AU": (["Brunswick Street", "George Street", "Oxford Street"], [("Fitzroy", "VIC 3065"), ("Sydney", "NSW 2000"),
        ("Paddington", "NSW 2021")], "Australia"),
 "CA": (["Rue Saint-Denis", "Queen Street West", "Granville Street"], [("Montréal", "QC H2X 3K8"),
        ("Toronto", "ON M5V 2A1"), ("Vancouver", "BC V6Z 1L2")], "Canada"),
 "IN": (["MG Road", "Linking Road", "Anna Salai"], [("Bengaluru", "560001"), ("Mumbai", "400050"),
        ("Chennai", "600002")], "India"),
 "SG": (["Orchard Road", "Tanjong Pagar Road", "Joo Chiat Place"], [("Singapore", "238839"),
        ("Singapore", "088462")], "Singapore"),
 "ZA": (["Long Street", "Jan Smuts Avenue", "Kloof Street"], [("Cape Town", "8001"), ("Johannesburg", "2196")],
        "South Africa"),
}
COUNTRY_EN = {"US": "the US", "UK": "the UK", "DE": "Germany", "AT": "Austria", "CH": "Switzerland",
              "FR": "France", "BE": "Belgium", "ES": "Spain", "MX": "Mexico", "IT": "Italy",
              "NL": "the Netherlands", "PT": "Portugal", "BR": "Brazil", "PL": "Poland", "SE": "Sweden",
              "DK": "Denmark", "NO": "Norway", "TR": "Turkey", "CZ": "Czechia", "IE": "Ireland",
              "AU": "Australia", "CA": "Canada", "IN": "India", "SG": "Singapore", "ZA": "South Africa"}

# phone patterns, D = random digit
PHONES = {
 "US": ["(212) 4DD-DDDD", "+1 646 DDD DDDD", "503-DDD-DDDD", "+1 (512) DDD-DDDD", "1-800-DDD-DDDD"],
 "CA": ["+1 604 DDD DDDD", "(416) DDD-DDDD"],
 "UK": ["+44 7700 9DDDDD", "07911 DDDDDD", "020 7946 0DDD", "+44 (0)113 DDD DDDD", "0161 DDD DDDD"],
 "IE": ["+353 87 DDD DDDD", "087 DDD DDDD"],
 "DE": ["+49 30 DDDDDDDD", "0151 DDDDDDDD", "+49 (0)171 DDDDDDD", "030/DDDDDDD", "+49 89 DDDD DDDD",
        "0176-DDDD DDDD"],
 "AT": ["+43 664 DDDDDDD", "0699 DDD DD DD"],
 "CH": ["+41 79 DDD DD DD", "044 DDD DD DD"],
 "FR": ["+33 6 DD DD DD DD", "06 DD DD DD DD", "01.DD.DD.DD.DD", "+33 (0)7 DD DD DD DD"],
 "BE": ["+32 470 DD DD DD", "0475/DD.DD.DD"],
 "ES": ["+34 612 DDD DDD", "6DD DDD DDD", "91 DDD DD DD"],
 "MX": ["+52 55 DDDD DDDD", "55 DDDD DDDD"],
 "IT": ["+39 347 DDD DDDD", "333 DDDDDDD", "02 DDDD DDDD"],
 "NL": ["+31 6 DDDDDDDD", "06-DDDDDDDD", "020 DDD DDDD"],
 "PT": ["+351 912 DDD DDD", "21 DDD DDDD"],
 "BR": ["+55 11 9DDDD-DDDD", "(21) 9DDDD-DDDD"],
 "PL": ["+48 512 DDD DDD", "601-DDD-DDD", "22 DDD DD DD"],
 "SE": ["+46 70 DDD DD DD", "070-DDD DD DD", "08-DDD DD DD"],
 "DK": ["+45 20 DD DD DD", "31 DD DD DD"],
 "NO": ["+47 4DD DD DDD"],
 "TR": ["+90 532 DDD DD DD", "0532 DDD DD DD", "0 (212) DDD DD DD"],
 "CZ": ["+420 601 DDD DDD", "777 DDD DDD"],
 "AU": ["+61 412 DDD DDD", "0412 DDD DDD", "(02) DDDD DDDD"],
 "IN": ["+91 98DDD DDDDD", "098DDDDDDDD"],
 "SG": ["+65 9DDD DDDD"],
 "ZA": ["+27 82 DDD DDDD", "082 DDD DDDD"],
 "JP": ["+81 90-DDDD-DDDD", "090-DDDD-DDDD"],
}
LANG_CC = {"en": ["US", "UK", "IE", "AU", "CA", "IN", "SG", "ZA", "US", "UK"], "de": ["DE", "DE", "AT", "CH"],
           "fr": ["FR", "FR", "BE", "CH"], "es": ["ES", "ES", "MX"], "it": ["IT"], "nl": ["NL", "NL", "BE"],
           "pt": ["PT", "BR"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "tr": ["TR"], "cs": ["CZ"]}
LANG_CULT = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "pl": "pl", "sv": "nordic",
             "da": "nordic", "tr": "tr", "cs": "cz"}
MAILDOM = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "proton.me", "btinternet.com"],
           "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
           "es": ["gmail.com", "hotmail.es", "telefonica.net"], "it": ["libero.it", "virgilio.it", "gmail.com"],
           "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "pt": ["sapo.pt", "gmail.com", "uol.com.br"],
           "pl": ["wp.pl", "o2.pl", "onet.pl", "gmail.com"], "sv": ["telia.com", "gmail.com", "bredband.net"],
           "da": ["hotmail.dk", "gmail.com", "mail.dk"], "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"],
           "cs": ["seznam.cz", "email.cz", "gmail.com"]}
TLD = {"en": ["com", "co.uk", "com"], "de": ["de"], "fr": ["fr"], "es": ["es"], "it": ["it"], "nl": ["nl"],
       "pt": ["pt", "com.br"], "pl": ["pl"], "sv": ["se"], "da": ["dk"], "tr": ["com.tr"], "cs": ["cz"]}
IBAN_CC = {"en": ["GB", "IE", "GB", "DE", "NL"], "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "BE"], "es": ["ES"],
           "it": ["IT"], "nl": ["NL", "BE"], "pt": ["PT"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "tr": ["TR"],
           "cs": ["CZ"]}
# BBAN layout: n=digit, a=upper letter, c=alnum
IBAN_SPEC = {"DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "PT": "21n",
             "PL": "24n", "SE": "20n", "DK": "14n", "TR": "5n1n16n", "CZ": "20n", "BE": "12n", "GB": "4a14n",
             "CH": "5n12c", "AT": "16n", "IE": "4a14n"}

# ============================ generator ============================
import json, random, re, unicodedata, ipaddress, sys, os
from collections import Counter

SEED = 7_2026_09
N_SAMPLES = 700
LANGS_NON_EN = ["de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "tr", "cs"]


def ascii_slug(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    s = s.replace("æ", "ae").replace("ı", "i").replace("İ", "I").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9\-]", "", s.lower().replace(" ", ""))


def digits(rng, pat):
    return "".join(str(rng.randint(0, 9)) if ch == "D" else ch for ch in pat)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + "".join(str(rng.randint(0, 9)) for _ in range(5)), 16
    elif kind == "mc":
        body, n = str(rng.randint(51, 55)) + "".join(str(rng.randint(0, 9)) for _ in range(4)), 16
    elif kind == "mc2":
        body, n = str(rng.randint(2221, 2720)) + "".join(str(rng.randint(0, 9)) for _ in range(2)), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + "".join(str(rng.randint(0, 9)) for _ in range(4)), 15
    else:
        body, n = "6011" + "".join(str(rng.randint(0, 9)) for _ in range(2)), 16
    while len(body) < n - 1:
        body += str(rng.randint(0, 9))
    for c in range(10):
        if luhn_ok(body + str(c)):
            num = body + str(c)
            break
    sep = rng.choice([" ", " ", "-", "", " "])
    if n == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def iban_check(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def make_iban(rng, cc):
    spec = IBAN_SPEC[cc]
    bban = ""
    for cnt, t in re.findall(r"(\d+)([nac])", spec):
        for _ in range(int(cnt)):
            if t == "n":
                bban += str(rng.randint(0, 9))
            elif t == "a":
                bban += rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
            else:
                bban += rng.choice("0123456789" * 3 + "ABCDEFGHKLMNPRSTXZ")
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in r)) % 97
    iban = f"{cc}{chk:02d}{bban}"
    assert iban_check(iban)
    if rng.random() < 0.6:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " "])
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def make_ip4(rng):
    r = rng.random()
    if r < 0.15:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if r < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.choice([31, 46, 62, 77, 81, 85, 91, 95, 109, 145, 176, 178, 185, 188, 203, 212, 217])}." \
           f"{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def make_ip6(rng):
    h = lambda: format(rng.randint(0, 0xFFFF), "x")
    if rng.random() < 0.5:
        return ":".join([rng.choice(["2a02", "2001", "2a01", "2603", "2c0f"]), h(), h(), h(), h(), h(), h(), h()])
    return f"{rng.choice(['2001:db8', '2a00:1450', 'fe80'])}::{h()}:{h()}"


class Person:
    def __init__(self, rng, lang, force=None):
        if lang in LANG_CULT and rng.random() < 0.65:
            cult = LANG_CULT[lang]
        else:
            cult = rng.choice(list(FIRST) + ["en", "en"])
        first = rng.choice(FIRST[cult])
        last = rng.choice(LAST[cult])
        p_wf = 0.28 if lang == "en" else 0.08
        if force == "W" or (force is None and rng.random() < p_wf):
            first = rng.choice(WORD_FIRST)
        if force == "S" or (force is None and lang == "en" and rng.random() < 0.2):
            last = rng.choice(WORD_LAST)
        if " " not in last and "-" not in last and rng.random() < 0.06:
            l2 = rng.choice(LAST[cult] + WORD_LAST)
            if " " not in l2 and l2 != last:
                last = f"{last}-{l2}"
        self.first, self.last, self.lang = first, last, lang
        dom = rng.choice(MAILDOM[lang])
        f, l = ascii_slug(first), ascii_slug(last)
        self.email = rng.choice([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}_{l}{rng.randint(1, 99)}@{dom}",
                                 f"{f}{l[:1]}{rng.randint(70, 99)}@{dom}", f"{l}.{f}@{dom}", f"{f}@{l}.{rng.choice(['net', 'me', 'io'])}"])

    def render(self, attr):
        f, l = self.first, self.last
        core = l.split(" ")[-1]
        return {
            "full": f"{f} {l}", "first": f, "last": l, "init": f"{f[0]}. {l}",
            "initials": f"{f[0]}.{core[0].upper()}.", "lower": f"{f} {l}".lower(), "firstlower": f.lower(),
            "lastlower": l.lower(), "caps": f"{f} {l}".upper(), "lastcaps": l.upper(), "firstcaps": f.upper(),
            "lastfirst": f"{l}, {f}",
        }[attr]


def make_addr(rng, cc, oneline=True, caps=False, with_country=None):
    streets, cities, cname = ADDR[cc]
    st = rng.choice(streets)
    city, pc = rng.choice(cities)
    n = rng.randint(1, 240)
    if with_country is None:
        with_country = rng.random() < 0.3
    if cc in ("US",):
        unit = rng.choice(["", "", f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}"])
        lines = [f"{n} {st}{unit}", f"{city}, {pc}"]
    elif cc == "CA":
        lines = [f"{n} {st}", f"{city} {pc}"]
    elif cc == "AU":
        lines = [rng.choice(["", f"Unit {rng.randint(1, 20)}, "]) + f"{n} {st}", f"{city} {pc}"]
    elif cc in ("UK", "IE"):
        lines = [rng.choice(["", f"Flat {rng.randint(1, 12)}, "]) + f"{n} {st}", city, pc] if cc == "UK" else [f"{n} {st}", f"{city}, {pc}"]
    elif cc == "FR":
        lines = [f"{n}{rng.choice(['', '', ' bis'])} {st}", f"{pc} {city}"]
    elif cc == "BE" and st.startswith("Rue"):
        lines = [f"{st} {n}", f"{pc} {city}"]
    elif cc == "ES":
        lines = [f"{st} {n}, {rng.randint(1, 6)}º {rng.choice('ABCD')}" if rng.random() < 0.6 else f"{st}, {n}", f"{pc} {city}"]
    elif cc == "MX":
        lines = [f"{st} {n}, Col. Roma Norte" if "Ciudad" in city else f"{st} {n}", f"{pc} {city}"]
    elif cc == "IT":
        lines = [f"{st}, {n}" if rng.random() < 0.5 else f"{st} {n}", f"{pc} {city}"]
    elif cc == "PT":
        lines = [f"{st} {n}, {rng.randint(1, 5)}º {rng.choice(['Esq.', 'Dto.'])}", f"{pc} {city}"]
    elif cc == "BR":
        lines = [f"{st}, {n}, apto {rng.randint(11, 99)}", f"{city} - {rng.choice(['SP', 'RJ'])}", f"CEP {pc}"]
    elif cc == "PL":
        lines = [f"{st} {n}/{rng.randint(1, 60)}", f"{pc} {city}"]
    elif cc == "DK":
        lines = [f"{st} {n}, {rng.randint(1, 5)}. {rng.choice(['tv.', 'th.', 'mf.'])}", f"{pc} {city}"]
    elif cc == "TR":
        lines = [f"{st} No: {n} D: {rng.randint(1, 20)}", f"{pc} {city}"]
    elif cc == "CZ":
        lines = [f"{st} {rng.randint(100, 2500)}/{n}", f"{pc} {city}"]
    elif cc == "IN":
        lines = [f"Flat {rng.randint(101, 904)}, {rng.choice(['Sai Residency', 'Lotus Towers', 'Green Acres'])}", f"{n} {st}", f"{city} {pc}"]
    elif cc == "SG":
        lines = [f"{n} {st}, #{rng.randint(2, 20):02d}-{rng.randint(1, 40):02d}", f"{city} {pc}"]
    elif cc == "ZA":
        lines = [f"{n} {st}", f"{city}, {pc}"]
    elif cc == "SE":
        lines = [f"{st} {n}{rng.choice(['', '', 'B', 'A'])}", f"{pc} {city}"]
    else:  # DE AT CH NL NO BE(nl)
        lines = [f"{st} {n}", f"{pc} {city}"]
    if with_country:
        lines.append(cname)
    txt = (", " if oneline else "\n").join(lines)
    return txt.upper() if caps else txt


DATE_FMT = {"en": ["{d} {M} {y}", "{M} {d}", "{m:02d}/{d:02d}/{y}", "{y}-{m:02d}-{d:02d}", "{d:02d}/{m:02d}/{y}"],
            "de": ["{d:02d}.{m:02d}.{y}", "{d}. {MD}"], "cs": ["{d}. {m}. {y}"], "pl": ["{d:02d}.{m:02d}.{y}"],
            "tr": ["{d:02d}.{m:02d}.{y}"], "da": ["{d}/{m}-{y}", "{d:02d}.{m:02d}.{y}"], "sv": ["{y}-{m:02d}-{d:02d}"],
            "nl": ["{d}-{m}-{y}"], "fr": ["{d:02d}/{m:02d}/{y}"], "es": ["{d:02d}/{m:02d}/{y}"],
            "it": ["{d:02d}/{m:02d}/{y}"], "pt": ["{d:02d}/{m:02d}/{y}"]}
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
CUR = {"en": ["£{a}.{c:02d}", "${a}.{c:02d}", "€{a}", "USD {a}"], "de": ["{a},{c:02d} €", "CHF {a}.–", "€ {a},{c:02d}"],
       "fr": ["{a},{c:02d} €"], "es": ["{a},{c:02d} €", "${a} MXN"], "it": ["€ {a},{c:02d}"], "nl": ["€ {a},{c:02d}"],
       "pt": ["{a},{c:02d} €", "R$ {a},{c:02d}"], "pl": ["{a},{c:02d} zł"], "sv": ["{a} kr"], "da": ["{a},{c:02d} kr."],
       "tr": ["{a},{c:02d} TL", "₺{a}"], "cs": ["{a} Kč"]}
SIGNOFF = {"en": ["The {B} Team", "{B} Customer Care", "Love, the {B} crew", "Team {B}", "— The {B} Studio"],
           "de": ["Ihr {B}-Team", "Dein {B} Kundenservice"], "fr": ["L'équipe {B}", "Le service client {B}"],
           "es": ["El equipo de {B}", "Atención al cliente {B}"], "it": ["Il team {B}", "Servizio Clienti {B}"],
           "nl": ["Team {B}", "De klantenservice van {B}"], "pt": ["A equipa {B}", "Equipe {B}"],
           "pl": ["Zespół {B}", "Obsługa klienta {B}"], "sv": ["{B}-teamet", "Kundtjänst, {B}"],
           "da": ["Holdet hos {B}", "{B} Kundeservice"], "tr": ["{B} Ekibi", "{B} Müşteri Hizmetleri"],
           "cs": ["Tým {B}", "Zákaznický servis {B}"]}


class Ctx:
    def __init__(self, rng, lang):
        self.rng, self.lang, self.cache = rng, lang, {}
        self.cc = rng.choice(LANG_CC[lang])

    def brand(self):
        if "BRAND" not in self.cache:
            self.cache["BRAND"] = self.rng.choice(BRANDS)
        return self.cache["BRAND"]

    def gen(self, base, attr, idx=""):
        rng, lang = self.rng, self.lang
        cc = attr if attr and attr.isupper() else None
        L = None  # label
        if base == "EMAIL":
            v, L = Person(rng, lang).email, "EMAIL_ADDRESS"
        elif base == "REMAIL":
            slug = ascii_slug(self.brand().split(" ")[0])
            v = f"{rng.choice(['care', 'hello', 'service', 'kontakt', 'support', 'info', 'press', 'returns'])}@{slug}.{rng.choice(TLD[lang])}"
            L = "EMAIL_ADDRESS"
        elif base == "PHONE":
            c = cc or (self.cc if rng.random() < 0.8 else rng.choice(list(PHONES)))
            if c not in PHONES:
                c = "US"
            v, L = digits(rng, rng.choice(PHONES[c])), "PHONE_NUMBER"
        elif base == "CARD":
            v, L = make_card(rng), "CREDIT_CARD"
        elif base == "IBAN":
            v, L = make_iban(rng, rng.choice(IBAN_CC[lang])), "IBAN_CODE"
        elif base == "SSN":
            v, L = make_ssn(rng), "US_SSN"
        elif base == "IP":
            v, L = make_ip4(rng), "IP_ADDRESS"
        elif base == "IPV":
            v, L = make_ip6(rng), "IP_ADDRESS"
        elif base in ("ADDR", "ADDRB", "ADDRC"):
            c = cc or (self.cc if rng.random() < 0.85 else rng.choice(list(ADDR)))
            v = make_addr(rng, c, oneline=(base != "ADDRB"), caps=(base == "ADDRC"))
            L = "STREET_ADDRESS"
        elif base == "CITY":
            c = cc or (self.cc if rng.random() < 0.7 else rng.choice(list(ADDR)))
            v, L = rng.choice(ADDR[c][1])[0], "LOCATION"
        elif base == "COUNTRY":
            v, L = COUNTRY_EN[rng.choice(list(COUNTRY_EN))], "LOCATION"
        elif base == "BRAND":
            v = rng.choice(BRANDS)
        elif base == "COLLAB":
            a, b = rng.sample(BRANDS, 2)
            v = f"{a} {rng.choice(['x', '×', 'X'])} {b}"
        elif base == "PNAME":
            v = rng.choice(PRODUCTS)
        elif base == "COLL":
            v = rng.choice(COLLS)
        elif base == "COLOUR":
            v = rng.choice(COLOURS)
        elif base == "EVENT":
            v = rng.choice(EVENTS)
        elif base == "HEAD":
            v = rng.choice(HEADS)
        elif base == "JOB":
            v = rng.choice(JOBS)
        elif base == "TEAM":
            v = rng.choice(TEAMS)
        elif base == "TIER":
            v = rng.choice(TIERS)
        elif base == "CODE":
            v = rng.choice(CODES)
        elif base == "GREET":
            v = rng.choice(GREETS)
        elif base == "GREETS":
            v = ", ".join(rng.sample(GREETS, 5)) + "!"
        elif base == "PET":
            v = rng.choice(PETS)
        elif base == "FICTION":
            v = rng.choice(FICTION)
        elif base == "SIGNOFF":
            v = rng.choice(SIGNOFF[lang]).replace("{B}", self.brand())
        elif base == "ORDER":
            v = digits(rng, rng.choice(["#DDDDDD", "ORD-2024-DDDDDD", "DDDDDDDDDD", "A-DDDD-DDDD", "WEB-DDDDDDD",
                                        "DDD-DDDDDDD-DDDDDDD", "#RW DDDDD"]))
        elif base == "CID":
            v = digits(rng, rng.choice(["DDDDDDD", "CUST-DDDDD", "c_DDDDDDDD"]))
        elif base == "SKU":
            v = digits(rng, rng.choice(["RW-EMB-DDDD-M", "DDD-DDDD-DD", "SKU DDDDDDDD", "NM/DDDD/XL", "DD-DDDDD-DDD"]))
        elif base == "TRACK":
            v = digits(rng, rng.choice(["1Z999AA1DDDDDDDDDD", "JJD00DDDDDDDDDDDDDDDD", "LX DDD DDD DDD DE",
                                        "DDDD DDDD DDDD", "RR DDDDDDDDD GB", "00DDDDDDDDDDDDDDDDDD"]))
        elif base == "AMOUNT":
            v = rng.choice(CUR[lang]).format(a=rng.choice([19, 29, 45, 89, 120, 249, 1249, 2499, 74]), c=rng.choice([0, 99, 95, 50]))
        elif base == "DATE":
            d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025])
            v = rng.choice(DATE_FMT[lang]).format(d=d, m=m, y=y, M=MONTHS[m - 1], MD=MONTHS_DE[m - 1])
        elif base == "TIME":
            if "t0" not in self.cache:
                self.cache["t0"] = rng.randint(7, 15)
                self.cache["t24"] = lang != "en" or rng.random() < 0.6
            h = self.cache["t0"] + (int(idx) - 1 if idx else 0) // 2
            mi = min(59, (int(idx) if idx else 1) * 11 + rng.randint(0, 9))
            v = f"{h:02d}:{mi:02d}" if self.cache["t24"] else f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}"
        elif base == "INV":
            v = digits(rng, rng.choice(["INV-2024-00DDDD", "RE-DDDDDD", "FV/DDDD/2024", "F-DDDDDDDD", "DDDD/DD/2025"]))
        elif base == "VER":
            v = digits(rng, rng.choice(["vD.DD.D", "build 2024.DD.D", "release D.D.DD", "vDD.D"]))
        elif base == "TICKET":
            v = digits(rng, rng.choice(["#DDDDDD", "CS-DDDDDDD", "ZD-DDDDD", "INC00DDDDD"]))
        elif base == "PCT":
            v = f"{rng.choice([5, 10, 12, 15, 20, 25, 30, 40])}%"
        elif base == "N":
            v = str(rng.choice([2, 3, 4, 5, 7, 12, 48, 250, 1200]))
        elif base == "PC":
            c = self.cc
            v = rng.choice(ADDR[c][1])[1]
        elif base == "EXP":
            v = f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"
        elif base == "LOYAL":
            v = digits(rng, rng.choice(["LN-DDDDDDDDD", "DDDD DDDD DDDD DDDD D", "MBR DDDDDDDD"]))
        elif base == "BIC":
            v = rng.choice(["ROSWGB2L", "NRTHDEFFXXX", "BKAUFRPP", "TDWTESMM", "VLRAITMM"])
        elif base == "HANDLE":
            v = "@" + ascii_slug(self.brand().split(" ")[0]) + rng.choice(["_care", "help", "official", "_de", ""])
        else:
            raise KeyError(base)
        return v, L


TAG = re.compile(r"\{([A-Z]+)(\d*)(?:\.([A-Za-z]+))?\}")


def render(tpl, lang, rng):
    # "first last" of the same person written next to each other is one PERSON span
    tpl = re.sub(r"\{(P[WS]?\d*)\.first\} \{\1\.last\}", r"{\1.full}", tpl)
    ctx = Ctx(rng, lang)
    out, spans, pos, last = [], [], 0, 0
    for m in TAG.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        base, idx, attr = m.group(1), m.group(2), m.group(3)
        if base == "BRAND" and not idx:
            val, lab = ctx.brand(), None
        elif base in ("P", "PW", "PS"):
            key = base + idx
            if key not in ctx.cache:
                ctx.cache[key] = Person(rng, lang, {"P": None, "PW": "W", "PS": "S"}[base])
            p = ctx.cache[key]
            if attr == "email":
                val, lab = p.email, "EMAIL_ADDRESS"
            else:
                val, lab = p.render(attr or "full"), "PERSON"
        else:
            key = base + idx + "." + (attr or "")
            if key not in ctx.cache:
                ctx.cache[key] = ctx.gen(base, attr, idx)
            val, lab = ctx.cache[key]
        out.append(val)
        if lab:
            spans.append({"type": lab, "start": pos, "end": pos + len(val), "_v": val})
        pos += len(val)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), spans

# ============================ templates ============================
# (lang, kind, template). Tags: {P1.full|first|last|init|initials|lower|firstlower|lastlower|caps|lastcaps|lastfirst|email}
# PW = person with word-like given name, PS = person with word-like surname. Unlabelled tags: BRAND, PNAME, COLL, ...
T = []
def t(lang, kind, text):
    T.append((lang, kind, text))

# ---------------- English ----------------
t("en", "crm_csv", "customer_id,first_name,last_name,email,phone,city,ltv\n{CID},{P1.first},{P1.last},{P1.email},{PHONE},{CITY},{AMOUNT}\n{CID2},{P2.first},{P2.last},{P2.email},{PHONE2},{CITY2},{AMOUNT2}\n{CID3},{PW3.first},{PW3.last},{PW3.email},{PHONE3},{CITY3},{AMOUNT3}")
t("en", "crm_json", '{"contact": {"name": "{P1.full}", "email": "{P1.email}", "mobile": "{PHONE}", "segment": "{COLL} lovers", "last_order": "{ORDER}", "shipping": "{ADDR}", "tier": "{TIER}"}}')
t("en", "ticket", "Ticket {TICKET} | Priority: High\nCustomer: {P1.full} <{P1.email}>\nIssue: Ordered the {PNAME} in {COLOUR} ({SKU}) on {DATE}, received {COLOUR2} instead. Tracking {TRACK} shows delivered to {ADDR} but nothing arrived.\nAgent notes: called back on {PHONE} at {TIME}, no answer. — {P2.first} ({TEAM})")
t("en", "email_thread", "From: {P1.full} <{P1.email}>\nTo: {REMAIL}\nSubject: Re: Your {BRAND} order {ORDER}\n\nHi {P2.first},\n\nThanks for getting back to me. Could you send the replacement {PNAME} to my work address instead?\n\n{ADDRB}\n\nBest,\n{P1.first}\n\n> On {DATE}, {P2.full} wrote:\n> Hi {P1.first}, so sorry to hear the {COLL} candle arrived cracked.")
t("en", "chat_log", "[{TIME}] {P1.firstlower}: hey is the {COLOUR} {PNAME} back in stock??\n[{TIME2}] Agent {P2.first}: Hi {P1.firstlower}! It's back on {DATE}. Want me to reserve one?\n[{TIME3}] {P1.firstlower}: yes pls, my number is {PHONE}\n[{TIME4}] Agent {P2.first}: Done, code {CODE} gives you 10% off.")
t("en", "sms", "{BRAND}: Hi {P1.first}, your order {ORDER} is out for delivery today between {TIME} and {TIME2}. Questions? Call {PHONE}. Reply STOP to opt out.")
t("en", "campaign_brief", "CAMPAIGN BRIEF: {EVENT}\nOwner: {P1.full}, {JOB}\nCollections: {COLL}, {COLL2} ({COLOUR} / {COLOUR2} colourways)\nCollab: {COLLAB}\nAudience: {BRAND} Insiders, lapsed 90d+\nKPI: {PCT} uplift on {AMOUNT} AOV\nApprovals: {P2.first} (legal), {P3.first} ({TEAM})\nSign-off: {SIGNOFF}")
t("en", "review", "★★★★☆ Bought the {PNAME} for my sister {P1.first} and she loves it. Colour ({COLOUR}) is a bit darker than on screen. Shipping to {CITY} took {N} days.")
t("en", "survey", "Q7: Anything else you'd like to tell us?\nA: \"{PW1.first} at the {CITY} store was amazing, she found the last {PNAME} in {COLOUR} for me. Please thank her!!\"")
t("en", "slack", "@{P1.full} can you pull the {COLL} list for {EVENT}? {P2.first} from {TEAM} needs it by {TIME}. Exclude anyone like {P3.email} who unsubscribed.")
t("en", "meeting_notes", "Notes: {TEAM} sync {DATE}\n• {P1.first}: {COLL} creative v2 ready, {VER} of the landing page deployed\n• {P2.first} {P2.last}: influencer shortlist incl. {P3.full} (agent: {P4.email})\n• Budget {AMOUNT}; next sync {DATE2} {TIME}\n• Action: {P1.initials} to confirm {PNAME} shoot location in {CITY}")
t("en", "payment", "Customer {P1.full} disputes charge {AMOUNT} on card {CARD} (exp {EXP}). Order {ORDER}, billing address {ADDR}. Please refund to original payment method.")
t("en", "payment", "Hi team, {P1.first} {P1.last} asked for the refund by bank transfer instead. IBAN: {IBAN}, account holder {P1.caps}. Amount {AMOUNT}, ref {INV}.")
t("en", "form", "Loyalty card application\nName: {P1.full}\nDOB: {DATE}\nSSN: {SSN}\nAddress:\n{ADDRB.US}\nPhone: {PHONE.US}\nPreferred store: {CITY.US}")
t("en", "fraud_flag", "Fraud flag: {N} login attempts on the account of {P1.email} from {IP} and {IP2} within 3 minutes; last successful login from {IPV}. Order {ORDER} ({AMOUNT}) on hold until {P2.first} reviews.")
t("en", "web_log", "{DATE} {TIME} POST /newsletter/signup first={P1.firstlower}&last={P1.lastlower}&email={P1.email}&ip={IP}&utm_campaign={COLL}_launch&v={VER}")
t("en", "ocr_scan", "RETURN FORM  {BRAND}\nNarne: {P1.caps}\nAdress:\n{ADDRB}\nTel.: {PHONE}\nItem: {PNAME} / {COLOUR} / {SKU}\nReason: too srnall, pls exchange\nSignature: {P1.init}")
t("en", "store_note", "Note from the store: {PW1.first} came in again asking for the {COLOUR} version. {PW1.first}'s size is M. She said {PW2.first} (her daughter) might pick it up: {PW2.first} {PW2.last}, {PHONE}.")
t("en", "email", "Hope you're well, {PW1.first}! Your stylist {PS1.full} will call you on {PHONE} before {EVENT} to go through the {COLL} looks. See you soon, {SIGNOFF}")
t("en", "shoot_plan", "Shortlist for the {COLL} shoot: {P1.full} (model), {P2.full} (photographer). Props: the {PNAME}, the {PNAME2}, {COLOUR} throws. Venue TBC, probably {CITY}.")
t("en", "chat", "hi, I moved last month so please send the {PNAME} to {ADDR} instead of the old place, thx  {P1.firstlower}")
t("en", "email", "You can reach {P1.first} on {PHONE} or her assistant {PW2.first} at {PHONE2}. Both prefer WhatsApp after {TIME}.")
t("en", "chat", "lol {P1.firstlower} said the {COLOUR} one is sold out in {CITY} too. try {PW2.firstlower}? she's at {PW2.email}")
t("en", "caps_note", "URGENT!!! CUSTOMER {P1.caps} CALLED 3 TIMES ABOUT ORDER {ORDER}. CALL BACK ON {PHONE} BEFORE {TIME}. SHIP TO {ADDRC}.")
t("en", "giveaway", "Winners of the {EVENT} giveaway: {P1.full}, {P2.full}, {P3.first} {P3.last} and {PW4.full}. Each wins a {PNAME} in {COLOUR}. {SIGNOFF}")
t("en", "signature", "Kind regards,\n\n{P1.full}\n{JOB} | {BRAND}\nM: {PHONE}\nE: {P1.email}\n{ADDRB}")
t("en", "outreach", "Hey {P1.first}! Loved your {COLL} haul 😍 We'd like to send you the {PNAME} in {COLOUR}. What's the best address? Also cc'ing my colleague {P2.full} ({P2.email}).")
t("en", "complaint", "My husband {P1.first}'s card ({CARD}) was charged twice for {ORDER}. We live at {ADDR}. Not happy at all.\n{P2.full}")
t("en", "courier", "Courier note: parcel {TRACK} for {P1.init},\n{ADDRB}\nattempted {DATE} {TIME}. Left card. Contact {PHONE}.")
t("en", "tsv_export", "Name\tEmail\tPhone\tTier\n{P1.lastfirst}\t{P1.email}\t{PHONE}\t{TIER}\n{PS2.lastfirst}\t{PS2.email}\t{PHONE2}\t{TIER2}\n{P3.lastfirst}\t{P3.email}\t{PHONE3}\t{TIER3}")
t("en", "short", "{P1.first} from {CITY} says hi 👋")
t("en", "short", "pls call {PHONE} re {ORDER}")
t("en", "short", "card on file: {CARD}")
t("en", "short", "ship to {ADDR} asap")
t("en", "gift", "Gift message: \"Happy birthday {PW1.first}! Love, {P2.first} & {P3.first}\"\nShip to:\n{ADDRB}")
t("en", "rsvp_table", "| Guest | Email | +1 |\n|---|---|---|\n| {P1.full} | {P1.email} | {PW2.first} |\n| {P3.full} | {P3.email} | none |\n| {PS4.full} | {PS4.email} | {P5.first} {P5.last} |")
t("en", "call_transcript", "Agent: Can I take your full name please?\nCaller: yeah it's {P1.first}... {P1.first} {P1.last}.\nAgent: Thanks {P1.first}. And a phone number?\nCaller: {PHONE}.\nAgent: And your postcode?\nCaller: {PC}. It's about the {PNAME}, order {ORDER}.")
t("en", "server_log", '{IP} - - [{DATE} {TIME}] "GET /account/orders?email={P1.email} HTTP/1.1" 200 {N} "{VER}"\n{IPV} - - [{DATE} {TIME2}] "POST /cart/add?sku={SKU} HTTP/1.1" 302 0')
t("en", "dedupe", "Possible duplicate: {P1.full} ({P1.email}) vs {P1.caps} ({EMAIL}). Same phone {PHONE}. Merge? {P2.first} says yes.")
t("en", "review_reply", "Hi {P1.first}, thanks for the 5 stars! {PW2.first} and the whole {TEAM} crew are thrilled you liked the {PNAME}. {SIGNOFF}")
t("en", "pet_note", "Customer {P1.first} {P1.last} says her dog {PET} chewed the {PNAME} strap 🙈 Sending a replacement to {ADDR}, no charge.")
t("en", "social_dm", "{HANDLE} hi! DM'd you my order number ({ORDER}). It's under my mum's name, {P1.full}, and her number is {PHONE}.")
t("en", "return_label", "RETURN TO:\n{BRAND} Returns Centre\n{ADDRB}\n\nFROM: {P1.full}, {ADDR2}")
t("en", "lead_json", '{"lead_id": "{CID}", "full_name": "{P1.full}", "email": "{P1.email}", "ip": "{IP}", "consent": true, "source": "{COLL} quiz", "created": "{DATE}"}')
t("en", "loyalty", "{TIER} member {P1.full} ({P1.email}) redeemed {N} points on {DATE}. Birthday treat ({PNAME}, {COLOUR}) sent to:\n{ADDRB}")
t("en", "handoff", "Handing over to {P2.first}. Context: {P1.first} {P1.last} (ph {PHONE}) wants to swap the {PNAME} for a 40. Ignore the number on the form, that's her loyalty no. {LOYAL}, not a phone.")
t("en", "escalation", "Escalation: caller {P1.full} typed their SSN ({SSN}) into the chat even though we never ask for it. Please redact. Account email {P1.email}, IP {IP}.")
t("en", "ops_note", "Order {ORDER} ({N} items, {AMOUNT}): customer asked us to ring {PHONE} rather than the number on file. Invoice {INV}, tracking {TRACK}.")
t("en", "quote_request", "{PW1.first} wrote: 'Pure joy to wear, I'd buy it again!' We'd love to use {PW1.first}'s quote in the {HEAD} issue. OK to credit as {PW1.init}?")
t("en", "chat", "will {PW1.firstlower} be at {EVENT}? {P2.firstlower} said {PW1.firstlower} might fly to {CITY} instead lol")
t("en", "supplier_invoice", "Supplier invoice {INV} from {BRAND2}: please pay {AMOUNT} to IBAN {IBAN} (BIC {BIC}) by {DATE}. Contact: {P1.full}, {PHONE}.")
t("en", "panel", "Reminder: {P1.first} {P1.last} from {BRAND2} (the actual person, not the {PNAME}!) joins the {EVENT} panel. Bio: {JOB} at {BRAND2}, based in {CITY}.")
t("en", "email", "Dear Ms {PS1.last},\n\nThank you for contacting {BRAND}. We have issued a refund of {AMOUNT} to the card ending {N}. It may take 3-5 working days.\n\nWarm wishes,\n{P2.first}\n{TEAM}")
t("en", "email", "Hi {PW1.first} and {PW2.first},\n\nGreat news, your {TIER} upgrade is live. Your concierge is {P3.full} ({P3.email}, {PHONE}).\n\n{SIGNOFF}")
t("en", "teams_chat", "{P1.full}  {TIME}\n@{PW2.full} did the {COLL} segment export include {P3.lower}? she complained she never got the {CODE} code\n{PW2.full}  {TIME2}\nchecking now, her email is {P3.email} right?")
t("en", "crm_note", "Spoke w/ {P1.first} ({P1.last}) today. Moving to {COUNTRY} in {DATE}, new address will be {ADDR}. Keep on {COLL} list. Mobile unchanged: {PHONE}.")
t("en", "address_inline", "Could you update my details? I'm now at {ADDR} and my number changed to {PHONE}. Cheers, {P1.first}")
t("en", "phone_inline", "my new number is {PHONE} (old one {PHONE2} is dead) and pls stop sending to {P1.email}, use {EMAIL2} instead lol")
t("en", "ip_report", "Bot traffic on {EVENT} landing page: {IP}, {IP2}, {IP3} and {IPV} hit /signup {N} times. Blocklist updated in {VER}.")
t("en", "vip_list", "VIP preview list ({COLL}):\n1. {P1.full}, {CITY}\n2. {PS2.full}, {CITY2}\n3. {PW3.full}, {CITY3}\n4. {P4.caps}, {CITY4}\nHost: {P5.first} ({JOB})")
t("en", "card_form", "Name on card: {P1.caps}\nCard number: {CARD}\nExpiry: {EXP}\nBilling:\n{ADDRB}\nOrder total: {AMOUNT}")
t("en", "kyc_note", "B2B account for {BRAND2}: director {P1.full}, SSN {SSN}, office {ADDRB}\nPhone {PHONE.US}")
t("en", "intl_call_list", "Call list for {EVENT} RSVPs: {P1.full} {PHONE.DE}; {P2.full} {PHONE.FR}; {P3.full} {PHONE.JP}; {PW4.full} {PHONE.AU}; {P5.full} {PHONE.BR}")
t("en", "fiction_note", "Window display idea: {FICTION} meets {COLL}. Mannequins in the {PNAME} and {COLOUR} scarves. {P1.first} will source props by {DATE}.")
t("en", "w9_note", "W-9 on file for affiliate {P1.full}: SSN {SSN}, payouts to {ADDR.US}. Questions go to {P1.email}.")
t("en", "chat", "[{TIME}] {P1.firstlower}: do u need my social for the store card? it's {SSN}\n[{TIME2}] Agent {PW2.first}: Please don't share that here, {P1.first}! I've masked it. ({TEAM})")
t("en", "affiliate_csv", "affiliate_id,name,ssn,state_city\n{CID},{P1.full},{SSN},{CITY.US}\n{CID2},{PW2.full},{SSN2},{CITY2.US}")
t("en", "saved_card", "Saved payment method for {PW1.first}: {CARD} (exp {EXP}). Second card {CARD2} declined on {DATE}, order {ORDER}.")
t("en", "ocr_scan", "ST0RE CARD APPLlCATION\nApplicant: {P1.caps}\nSoc. Sec. No: {SSN}\nHome: {ADDRC}\nPh: {PHONE.US}   Date: {DATE}")
t("en", "long_email_thread", "Subject: FW: {EVENT} guest list + a favour\n\nHi {PW1.first},\n\nForwarding below. Quick summary before you dive in: {P2.full} from {BRAND2} confirmed they can host the {COLL} table, and {PS3.full} will bring the {PNAME} samples in {COLOUR} and {COLOUR2}. We still need someone to collect the hampers from the florist, so if the Joy Rewards desk can't do it (Grace period paperwork, long story) could you ask {P4.first}? Her mobile is {PHONE}.\n\nAlso: the printer needs the delivery address by {DATE}. It's {ADDR}. Invoice {INV} goes to {REMAIL}, not to me.\n\nLast thing, {P2.first}'s assistant asked whether plus-ones are OK. I said yes, max {N}.\n\nThanks a million,\n{P5.first}\n{JOB}, {BRAND}\n\n-----Original message-----\nFrom: {P2.full} <{P2.email}>\nSent: {DATE2} {TIME}\nSubject: {EVENT} guest list\n\nHi {P5.first}, attached is the list. Note {P6.full} is vegan and {PW7.full} arrives late from {CITY}.")
t("en", "long_brief", "Q3 RETENTION BRIEF ({COLL} / {COLL2})\n\nBackground: {BRAND} saw a {PCT} dip in repeat purchase among {TIER} members after the {EVENT} promo. The {HEAD} newsletter still performs, but the {COLLAB} capsule under-indexed.\n\nAsk: a 3-touch win-back flow. Touch 1: '{GREET}, we saved you something' + the {PNAME} in {COLOUR}. Touch 2: UGC from real customers; {P1.full} and {PW2.full} have already agreed to be quoted (consent forms with {P3.first} in Legal). Touch 3: {CODE}, {PCT} off, ends {DATE}.\n\nSeed list test: send proofs only to {P4.email} and {EMAIL}. Do NOT send to the full segment until {P3.first} signs off.\n\nTone: warm, never pushy. Avoid the words 'last chance'. Colour story: {COLOUR}, {COLOUR2}, Storm Grey.\n\nOwner: {P5.full}, {JOB}. Backup: {JOB2}.\nDeadline: {DATE2}, {TIME}.")
t("de", "long_email", "Betreff: Reklamation Bestellung {ORDER}\n\nSehr geehrte Damen und Herren,\n\nam {DATE} habe ich bei {BRAND} die {PNAME} in der Farbe {COLOUR} bestellt (Rechnung {INV}, {AMOUNT}). Geliefert wurde leider die Variante {COLOUR2}, außerdem war der Karton beschädigt. Ich habe bereits zweimal bei Ihrer Hotline angerufen; Ihre Kollegin {P2.first} hat mir eine Rückmeldung innerhalb von 48 Stunden versprochen, die aber nie kam.\n\nBitte holen Sie die Ware an meiner neuen Adresse ab:\n{ADDRB}\n\nTagsüber bin ich unter {PHONE} erreichbar, abends bitte per Mail an {P1.email}. Die Erstattung bitte auf mein Konto {IBAN}.\n\nMit freundlichen Grüßen\n{P1.full}")
t("fr", "long_email", "Objet : partenariat {COLLAB}\n\nBonjour {P1.first},\n\nSuite à notre échange au {EVENT}, je vous confirme notre intérêt pour une collection capsule autour de {COLL}. Côté {BRAND}, l'équipe sera composée de moi-même, de {P2.full} ({JOB}) et de {P3.first} {P3.last} pour la partie créa. Nous imaginons trois pièces : la {PNAME}, un foulard {COLOUR} et une bougie {COLOUR2}.\n\nPourriez-vous m'envoyer le kit presse avant le {DATE} ? Vous pouvez le faire parvenir à notre bureau :\n{ADDRB}\n\nOu me joindre directement au {PHONE}.\n\nTrès cordialement,\n{P4.full}\n{SIGNOFF}")
# English no-PII (hard negatives)
t("en", "marketing_copy", "Meet {COLL}: our warmest edit yet. Think {COLOUR} knits, {COLOUR2} linen and the return of the {PNAME}. Available {DATE} at {BRAND} stores and online. Use {CODE} for early access.\n{SIGNOFF}")
t("en", "newsletter", "{HEAD}\n\n{GREETS}\n\nThis week: {COLL} lands, the {PNAME} restocks in {COLOUR}, and tickets for {EVENT} are live. Members get {PCT} off with {CODE}.\n\nWith love,\n{SIGNOFF}")
t("en", "ops_note", "Restock ETA for {SKU} ({PNAME}, {COLOUR}) moved to {DATE}. PO {INV}, {N} units, landed cost {AMOUNT}. {TEAM} to update the PDP by {TIME}.")
t("en", "moodboard", "Moodboard: {COLOUR}, {COLOUR2}, {COLOUR3}. Hero product: {PNAME}. Tagline options: \"Find your {COLL}\" / \"{COLLAB}: made for slow mornings\". Owner: {JOB}. Channel: IG + {HEAD} newsletter.")
t("en", "ab_test", "Subject line test ({DATE}): A \"{HEAD}\" vs B \"{GREET}! {COLL} is here\". B won with a {PCT} open-rate lift. Template {VER}. Next up: {EVENT}.")
t("en", "marketing_copy", "Hope you love the {COLL} drop! Our Summer Sale starts {DATE}: {PCT} off Amber, Crystal and Ivy colourways. Will it sell out? Probably.\n{SIGNOFF}")
t("en", "ops_note", "Grace period for {TIER} renewals ends {DATE}. Dawn Delivery slots in {COLL} launch week are full; Joy Rewards points double on orders over {AMOUNT}.")
t("en", "press_release", "PRESS RELEASE: {COLLAB} capsule drops {DATE}. Pieces: the {PNAME}, the {PNAME2} and a {COLOUR} tote. Prices from {AMOUNT}. Media enquiries via the {TEAM} desk.")
t("en", "job_post", "We're hiring! {BRAND} is looking for a {JOB} and a {JOB2} to join {TEAM}. Hybrid, {N} days in the studio. Apply by {DATE}.")
t("en", "brief", "Brief: {EVENT} / {COLL}\n- Hero: {PNAME} in {COLOUR}\n- Secondary: {PNAME2}\n- Copy tone: warm, a little cheeky\n- Sign-off: \"{SIGNOFF}\"\n- Promo: {CODE} ({PCT})\n- Owner: {JOB}")

# ---------------- German ----------------
t("de", "email", "Hallo {P1.first},\n\nvielen Dank für Ihre Bestellung {ORDER}! Die {PNAME} in {COLOUR} wird an folgende Adresse geliefert:\n\n{ADDRB}\n\nBei Fragen erreichen Sie uns unter {PHONE}.\n\nHerzliche Grüße\n{SIGNOFF}")
t("de", "ticket", "Kundin {P1.full} ({P1.email}) meldet: Paket {TRACK} nie angekommen. Wohnt {ADDR}. Rückruf unter {PHONE} erwünscht, am besten nach {TIME} Uhr.")
t("de", "chat", "[{TIME}] {P1.firstlower}: hab die {COLL}-Jacke in {COLOUR} bestellt aber die falsche größe bekommen\n[{TIME2}] {P2.first} (Kundenservice): Oh nein! Schick mir kurz deine Bestellnummer?\n[{TIME3}] {P1.firstlower}: {ORDER}")
t("de", "payment", "Bitte erstatten Sie {AMOUNT} auf mein Konto: {IBAN}, Kontoinhaber {P1.full}. Rechnungsnr. {INV}. Danke, {P1.init}")
t("de", "crm", "Kontakt: {P1.lastfirst} | Tel. {PHONE} | {ADDR} | Newsletter: ja | Segment: {COLL}")
t("de", "notes", "Protokoll {TEAM}, {DATE}\n- {P1.first} {P1.last}: Kampagne {EVENT} steht\n- Influencerin {P2.full} ({P2.email}) anfragen\n- Shooting in {CITY}, Budget {AMOUNT}")
t("de", "payment", "Zahlung mit Karte {CARD} fehlgeschlagen, Kunde {P1.full}, Bestellung {ORDER}, IP {IP}. Bitte {P2.first} informieren.")
t("de", "newsletter", "Liebe Community,\n\ndie neue {COLL}-Kollektion ist da: {COLOUR}, {COLOUR2} und Nachtblau. Zum {EVENT} gibt es {PCT} Rabatt mit dem Code {CODE}.\n\n{SIGNOFF}")

# ---------------- French ----------------
t("fr", "email", "Bonjour {P1.first},\n\nMerci pour votre commande n° {ORDER}. Votre {PNAME} coloris {COLOUR} sera livré au {ADDR} d'ici le {DATE}.\n\nPour toute question : {PHONE} ou {REMAIL}.\n\nBien à vous,\n{SIGNOFF}")
t("fr", "ticket", "Cliente : Mme {P1.full}\nTél : {PHONE}\nAdresse :\n{ADDRB}\nProblème : carte bancaire {CARD} débitée deux fois ({AMOUNT}).")
t("fr", "chat", "{P1.firstlower}: bonjour, je voulais savoir si la collection {COLL} arrive à {CITY} ?\n{P2.first} ({TEAM}): Bonjour {P1.firstlower} ! Oui, dès le {DATE} en boutique 😊")
t("fr", "payment", "Remboursement demandé par {P1.full} sur le compte {IBAN}. Réf. {INV}. Merci {P2.first} de valider avant {TIME}.")
t("fr", "crm", "Nom : {P1.lastcaps}\nPrénom : {P1.first}\nE-mail : {P1.email}\nPortable : {PHONE}\nVille : {CITY}")
t("fr", "newsletter", "Chère communauté,\n{HEAD} : découvrez {COLL}, nos nouveaux coloris {COLOUR} et {COLOUR2}, et la collab {COLLAB}. Offre {PCT} avec le code {CODE} jusqu'au {DATE}.\n{SIGNOFF}")

# ---------------- Spanish ----------------
t("es", "email", "Hola {P1.first}:\n\nTu pedido {ORDER} ya está en camino a {ADDR}. Número de seguimiento: {TRACK}.\n\nSi tienes dudas, llámanos al {PHONE}.\n\nUn saludo,\n{SIGNOFF}")
t("es", "whatsapp", "{P1.firstlower}: holaa, me llegó la {PNAME} en {COLOUR} pero pedí {COLOUR2} 😩\n{BRAND}: ¡Hola {P1.firstlower}! Lo sentimos. ¿Nos confirmas tu dirección?\n{P1.firstlower}: {ADDR}")
t("es", "ticket", "Reclamación {TICKET}: el cliente {P1.full} ({P1.email}, tel. {PHONE}) indica que el cargo de {AMOUNT} en su tarjeta {CARD} no corresponde.")
t("es", "crm_csv", "nombre;apellidos;email;teléfono;ciudad\n{P1.first};{P1.last};{P1.email};{PHONE};{CITY}\n{P2.first};{P2.last};{P2.email};{PHONE2};{CITY2}")
t("es", "notes", "Reunión con {P1.full} de {BRAND2}: quieren una colab para {EVENT}. Su asistente {P2.first} enviará el brief a {P2.email}.")
t("es", "newsletter", "¡Hola, comunidad! Llega {COLL}: tonos {COLOUR}, {COLOUR2} y Arena. Del {DATE} al {DATE2}, {PCT} de descuento con el código {CODE}. ¡Nos vemos en {EVENT}!\n{SIGNOFF}")

# ---------------- Italian ----------------
t("it", "email", "Gentile {P1.full},\n\nla informiamo che il suo ordine {ORDER} è stato spedito a:\n{ADDRB}\n\nPer assistenza: {PHONE}.\n\nCordiali saluti,\n{SIGNOFF}")
t("it", "chat", "[{TIME}] {P1.first}: ciao! il codice {CODE} non funziona sulla {PNAME}\n[{TIME2}] Operatore {P2.first}: Ciao {P1.first}, ti mando un nuovo codice via mail a {P1.email} 👍")
t("it", "ticket", "Reso richiesto da {P1.full}, tel. {PHONE}, IBAN per il rimborso {IBAN}. Articolo {SKU} ({COLOUR}).")
t("it", "notes", "Riunione {TEAM}, {DATE}\n- {P1.first} {P1.last}: brief {EVENT} pronto\n- contattare {P2.full} ({P2.email}) per lo shooting a {CITY}")
t("it", "address_inline", "Buongiorno, vorrei cambiare l'indirizzo di consegna in {ADDR}. Il mio cellulare è {PHONE}. Grazie, {P1.first} {P1.last}")
t("it", "payment", "Addebito contestato: carta {CARD}, titolare {P1.caps}, importo {AMOUNT}. Indirizzo di fatturazione {ADDR}.")
t("it", "newsletter", "Novità {COLL}! Scopri i colori {COLOUR} e {COLOUR2}, e la capsule {COLLAB}. Solo per gli iscritti a {HEAD}: {PCT} di sconto fino al {DATE}.\n{SIGNOFF}")

# ---------------- Dutch ----------------
t("nl", "email", "Beste {P1.first},\n\nBedankt voor je bestelling {ORDER}. We bezorgen je {PNAME} op {ADDR}. Vragen? Bel {PHONE}.\n\nGroetjes,\n{SIGNOFF}")
t("nl", "ticket", "Klant {P1.full} ({P1.email}) wil terugbetaling op {IBAN}. Bedrag {AMOUNT}, factuur {INV}.")
t("nl", "chat", "{P1.firstlower}: hoi! kan ik de {COLOUR} {PNAME} nog ruilen?\nmedewerker {P2.first}: Hoi {P1.firstlower}, zeker! Stuur hem naar {ADDR2} o.v.v. {ORDER}.")
t("nl", "crm", "{P1.full}; {PHONE}; {ADDR}; klant sinds {DATE}; {TIER}")
t("nl", "notes", "Actiepunten {EVENT}:\n* {P1.first} regelt de fotograaf ({P2.full}, {PHONE})\n* {P3.first} {P3.last} checkt de {COLL}-voorraad in {CITY}")
t("nl", "newsletter", "Hallo allemaal! {COLL} is binnen: {COLOUR}, {COLOUR2} en Zeegroen. Alleen deze week {PCT} korting met {CODE}. Tot snel op {EVENT}!\n{SIGNOFF}")

# ---------------- Portuguese ----------------
t("pt", "email", "Olá {P1.first},\n\nA sua encomenda {ORDER} foi enviada para:\n{ADDRB}\n\nQualquer dúvida, ligue {PHONE}.\n\nCumprimentos,\n{SIGNOFF}")
t("pt", "whatsapp", "{P1.firstlower}: oi! meu pedido {ORDER} ainda não chegou 😢\n{P2.first} ({BRAND}): Oi {P1.firstlower}! Vou verificar. Pode confirmar seu telefone?\n{P1.firstlower}: {PHONE}")
t("pt", "ticket", "Cliente {P1.full} pediu reembolso de {AMOUNT} para o IBAN {IBAN}. Contacto: {P1.email}.")
t("pt", "payment", "Pagamento recusado para {P1.full}: cartão {CARD}, morada de faturação {ADDR}.")
t("pt", "crm", "Nome: {P1.full} | E-mail: {P1.email} | Tel: {PHONE} | Cidade: {CITY} | Nível: {TIER}")
t("pt", "newsletter", "Chegou a coleção {COLL}! Cores {COLOUR} e {COLOUR2}, e a parceria {COLLAB}. Use o código {CODE} até {DATE}.\n{SIGNOFF}")

# ---------------- Polish ----------------
t("pl", "email", "Dzień dobry,\n\ndziękujemy za zamówienie nr {ORDER}. Paczka zostanie dostarczona na adres {ADDR}. W razie pytań prosimy o kontakt pod numerem {PHONE}.\n\nPozdrawiamy,\n{P1.full}\n{SIGNOFF}")
t("pl", "ticket", "Klientka {P1.full} ({P1.email}) prosi o zwrot {AMOUNT} na konto {IBAN}. Numer faktury: {INV}.")
t("pl", "chat", "{P1.firstlower}: cześć, czy {PNAME} w kolorze {COLOUR} wróci do sprzedaży?\n{P2.first} ({TEAM}): Cześć {P1.firstlower}! Tak, od {DATE} 🙂")
t("pl", "crm", "Imię i nazwisko: {P1.full}\nTelefon: {PHONE}\nAdres:\n{ADDRB}\nUwagi: VIP, {TIER}")
t("pl", "payment", "Płatność kartą {CARD} odrzucona. Klient: {P1.full}, e-mail {P1.email}, IP {IP}.")
t("pl", "newsletter", "Cześć! Nowa kolekcja {COLL} już jest: {COLOUR}, {COLOUR2} i Grafit. Z kodem {CODE} rabat {PCT} do {DATE}.\n{SIGNOFF}")

# ---------------- Swedish ----------------
t("sv", "email", "Hej {P1.first}!\n\nTack för din beställning {ORDER}. Vi skickar din {PNAME} till {ADDR}. Frågor? Ring oss på {PHONE}.\n\nMed vänliga hälsningar,\n{SIGNOFF}")
t("sv", "ticket", "Kund: {P1.full}, {P1.email}, tel {PHONE}. Vill byta {PNAME} ({COLOUR}) mot storlek L. Order {ORDER}.")
t("sv", "chat", "{P1.firstlower}: hej! koden {CODE} funkar inte\n{P2.first}: Hej {P1.firstlower}! Jag fixar det, vilket ordernummer?\n{P1.firstlower}: {ORDER}")
t("sv", "address_block", "Leveransadress:\n{ADDRB}\nMottagare: {P1.full}, {PHONE}")
t("sv", "payment", "Återbetalning {AMOUNT} till {P1.full}, IBAN {IBAN}. Godkänd av {P2.first}.")
t("sv", "newsletter", "Hej alla! {COLL} är här, i {COLOUR}, {COLOUR2} och Lingon. {PCT} rabatt till {DATE} med koden {CODE}.\n{SIGNOFF}")

# ---------------- Danish ----------------
t("da", "email", "Hej {P1.first},\n\nTak for din ordre {ORDER}. Din {PNAME} sendes til {ADDR}. Har du spørgsmål, så ring på {PHONE}.\n\nVenlig hilsen\n{SIGNOFF}")
t("da", "ticket", "Kunde {P1.full} ({P1.email}) ønsker refusion til {IBAN}. Beløb: {AMOUNT}.")
t("da", "chat", "{P1.firstlower}: hej, er {COLOUR} {PNAME} udsolgt i {CITY}?\n{P2.first}: Hej {P1.firstlower}! Vi har den i {CITY2}, skal jeg reservere?")
t("da", "crm", "Navn: {P1.full}\nTlf.: {PHONE}\nAdresse:\n{ADDRB}\nNoter: {P2.first} fra {TEAM} har ringet {DATE}")
t("da", "notes", "Husk: {P1.first} {P1.last} vinder {EVENT}-konkurrencen. Præmie ({PNAME}) sendes til {ADDRB}")
t("da", "newsletter", "Kære kunde! {COLL}-kollektionen er landet med farverne {COLOUR} og {COLOUR2}. Brug koden {CODE} og få {PCT} rabat frem til {DATE}.\n{SIGNOFF}")

# ---------------- Turkish ----------------
t("tr", "email", "Sayın {P1.full},\n\n{ORDER} numaralı siparişiniz kargoya verildi. Teslimat adresi: {ADDR}. Sorularınız için {PHONE} numaralı hattımızı arayabilirsiniz.\n\nSaygılarımızla,\n{SIGNOFF}")
t("tr", "ticket", "Müşteri {P1.full} ({P1.email}) {AMOUNT} tutarındaki iadenin {IBAN} hesabına yapılmasını istiyor.")
t("tr", "chat", "{P1.firstlower}: merhaba, {PNAME} {COLOUR} renk ne zaman gelir?\n{P2.first}: Merhaba {P1.firstlower}! {DATE} itibarıyla stoklarda olacak 😊")
t("tr", "crm", "Ad Soyad: {P1.full}\nTel: {PHONE}\nAdres:\n{ADDRB}\nNot: {TIER} üye")
t("tr", "payment", "Kart {CARD} ile ödeme başarısız. Müşteri {P1.full}, IP {IP}, sipariş {ORDER}.")
t("tr", "newsletter", "Merhaba! Yeni {COLL} koleksiyonu {COLOUR} ve {COLOUR2} renkleriyle mağazalarda. {CODE} koduyla {PCT} indirim, {DATE} tarihine kadar.\n{SIGNOFF}")

# ---------------- Czech ----------------
t("cs", "email", "Dobrý den,\n\nděkujeme za objednávku č. {ORDER}. Zásilku doručíme na adresu {ADDR}. V případě dotazů volejte {PHONE}.\n\nS pozdravem\n{P1.full}\n{SIGNOFF}")
t("cs", "ticket", "Zákaznice {P1.full} ({P1.email}) žádá vrácení {AMOUNT} na účet {IBAN}.")
t("cs", "chat", "{P1.firstlower}: ahoj, máte {PNAME} v barvě {COLOUR}?\n{P2.first}: Ahoj {P1.firstlower}, ano, prodejna {CITY} ho má skladem!")
t("cs", "crm", "Jméno: {P1.full}\nTelefon: {PHONE}\nAdresa:\n{ADDRB}")
t("cs", "notes", "Porada {DATE}: {P1.first} {P1.last} připraví kampaň {EVENT}, {P2.full} ({P2.email}) dodá fotky.")
t("cs", "newsletter", "Ahoj! Nová kolekce {COLL} je tady, barvy {COLOUR} a {COLOUR2}. Se slevovým kódem {CODE} ušetříte {PCT} do {DATE}.\n{SIGNOFF}")

# ============================ main + validator ============================
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS",
         "STREET_ADDRESS", "LOCATION"}
LABELLED_BASES = {"P", "PW", "PS", "EMAIL", "REMAIL", "PHONE", "CARD", "IBAN", "SSN", "IP", "IPV", "ADDR", "ADDRB",
                  "ADDRC", "CITY", "COUNTRY"}


def has_pii(tpl):
    return any(m.group(1) in LABELLED_BASES for m in TAG.finditer(tpl))


def validate(rec):
    text, spans = rec["text"], rec["spans"]
    prev_end = -1
    for sp in sorted(spans, key=lambda s: s["start"]):
        st, en, ty = sp["start"], sp["end"], sp["type"]
        assert ty in TYPES, ty
        assert 0 <= st < en <= len(text), sp
        val = text[st:en]
        assert val == sp["_v"], (val, sp)
        assert val == val.strip() and "  " not in val.replace("\n", " "), repr(val)
        assert st >= prev_end, ("overlap", rec["id"], sp)
        prev_end = en
        if ty == "CREDIT_CARD":
            assert luhn_ok(val) and re.fullmatch(r"[\d \-]{15,19}", val), val
        elif ty == "IBAN_CODE":
            assert iban_check(val) and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", val), val
        elif ty == "US_SSN":
            assert re.fullmatch(r"(?!000|666|9)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}", val), val
        elif ty == "IP_ADDRESS":
            ipaddress.ip_address(val)
        elif ty == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", val), val
        elif ty == "PHONE_NUMBER":
            assert 7 <= sum(c.isdigit() for c in val) <= 15, val
        elif ty == "PERSON":
            assert not re.match(r"(Mr|Mrs|Ms|Dr|Mme|Herr|Frau)\b", val), val
            assert not val.endswith("'s"), val
            assert "@" not in val, val
        # boundaries: a span must not cut a word in half
        if st > 0 and ty != "EMAIL_ADDRESS":
            assert not (text[st - 1].isalnum() and val[0].isalnum()), ("cut-left", rec["id"], val)
        if en < len(text):
            assert not (text[en].isalnum() and val[-1].isalnum()), ("cut-right", rec["id"], val, text[en:en+5])


def main():
    rng = random.Random(SEED)
    en_pii = [x for x in T if x[0] == "en" and has_pii(x[2])]
    en_nopii = [x for x in T if x[0] == "en" and not has_pii(x[2])]
    by_lang = {l: ([x for x in T if x[0] == l and has_pii(x[2])], [x for x in T if x[0] == l and not has_pii(x[2])])
               for l in LANGS_NON_EN}
    recs, seen = [], set()
    while len(recs) < N_SAMPLES:
        i = len(recs)
        non_en = (i % 10) in (2, 5, 8)          # exactly 30 % non-English
        no_pii = (i % 10) == 7  # ~10 % without PII (plus a few non-English)
        if non_en:
            lang = LANGS_NON_EN[(i // 10 * 3 + (i % 10) // 3) % len(LANGS_NON_EN)]
            pool = by_lang[lang][1] if (no_pii or i % 10 == 8 and rng.random() < 0.12) else by_lang[lang][0]
        else:
            lang = "en"
            pool = en_nopii if no_pii else en_pii
        l, kind, tpl = rng.choice(pool)
        text, spans = render(tpl, l, rng)
        if text in seen:
            continue
        seen.add(text)
        kind_tag = kind if l == "en" else f"{kind}_{l}"
        rec = {"id": f"hard7-{len(recs) + 1}", "kind": kind_tag, "text": text, "spans": spans}
        validate(rec)
        recs.append(rec)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard7.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in recs:
            r["spans"] = [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in r["spans"]]
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # independent re-validation from the written file
    tc, kc, lang_c, nopii = Counter(), Counter(), Counter(), 0
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            ends = -1
            for s in sorted(r["spans"], key=lambda s: s["start"]):
                v = r["text"][s["start"]:s["end"]]
                assert v and v == v.strip() and s["start"] >= ends
                ends = s["end"]
                if s["type"] == "CREDIT_CARD":
                    assert luhn_ok(v)
                if s["type"] == "IBAN_CODE":
                    assert iban_check(v)
                tc[s["type"]] += 1
            kc[r["kind"]] += 1
            lang_c[r["kind"].rsplit("_", 1)[-1] if r["kind"].rsplit("_", 1)[-1] in LANGS_NON_EN else "en"] += 1
            nopii += not r["spans"]
    print("samples", len(recs), "no-PII", nopii)
    print("types", dict(tc.most_common()))
    print("langs", dict(lang_c.most_common()))
    print("kinds", len(kc), dict(kc.most_common()))


if __name__ == "__main__":
    main()
