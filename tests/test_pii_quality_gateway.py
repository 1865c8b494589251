"""Issue 14's miss patterns, end to end: a real gateway process with the default policy and a real
llmock upstream that records what it received.

For every case the planted values must not reach the upstream (not even partly: house numbers,
postcodes and city lines of an address are checked one by one), and an answer that repeats the
pseudonymised prompt must come back with every original restored, whole ("O'Connor", not
"<PERSON_1>'Connor"). Words that are not personal data ("NOW", "London" in "our London store")
must reach the upstream unchanged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import openai
import pytest

from gateway.marking import strip_marks
from tests.conftest import PROVIDER_KEY
from tests.harness import Gateway, Llmock, mock_models, start_gateway

# (id, prompt, values that must not reach the upstream, words that must reach it unchanged)
CASES = [
    ("multiline_us_address",
     "Ship the kit to:\nDana Kowalczyk\n6750 Bayview Terrace, Apt 12\nSpringfield, IL 62704\nUSA",
     ["Kowalczyk", "6750", "Bayview", "Apt 12", "Springfield", "62704"], ["Ship the kit to"]),
    ("italian_address", "Indirizzo: Via Giuseppe Verdi 21, 20121 Milano (MI), Italia.",
     ["Verdi 21", "20121", "Milano"], ["Indirizzo"]),
    ("nordic_address", "New address: Hindsholmvej 75, 2. tv, 5300 Kerteminde, Denmark",
     ["Hindsholmvej", "75", "5300", "Kerteminde"], ["New address"]),
    ("swedish_address", "Skicka till Storgatan 12 B, 114 55 Stockholm tack",
     ["Storgatan", "114 55", "Stockholm"], ["Skicka till"]),
    ("polish_address", "Please deliver to ul. Siostrzana 48/3, 00-697 Warszawa before Friday.",
     ["Siostrzana", "48/3", "00-697", "Warszawa"], ["before Friday"]),
    ("czech_address", "Adresa: Grammova 1281/8, 777 63 Městec Králové",
     ["Grammova", "1281/8", "777 63", "Městec"], ["Adresa"]),
    ("lowercase_name_list", "they had 6: leonti, terrence, pamela, misty, ragnhild and bryan.",
     ["leonti", "terrence", "pamela", "misty", "ragnhild", "bryan"], ["they had 6"]),
    ("possessive", "Misty's daughter loved the Spring Glow Serum, thank her from us.",
     ["Misty"], ["daughter loved the Spring Glow Serum"]),
    ("surname_after_title", "Write to Mrs. Nyström about her refund.", ["Nyström"], ["refund"]),
    ("apostrophe_name", "Draft a thank-you for Siobhan O'Connor and Jean-Luc Dubois-Martin.",
     ["O'Connor", "Connor", "Siobhan", "Dubois-Martin", "Jean-Luc"], ["thank-you"]),
    ("non_english_names", "Customers of the week: Chukwuemeka Okafor and Guðrún Sigurðardóttir.",
     ["Okafor", "Chukwuemeka", "Guðrún", "Sigurðardóttir"], ["Customers of the week"]),
    ("caps_and_false_hits", "CALL ANDREA RICHARDSON NOW about our London store opening.",
     ["ANDREA", "RICHARDSON"], ["NOW"]),
    ("phone_8_digits", "Her mobile: 9472 7916.", ["9472 7916"], ["Her mobile"]),
    ("phone_spanish", "Llamar al 699 956 915 mañana.", ["699 956 915"], ["mañana"]),
    ("phone_area_code", "tel. (37) 788-063 for the store manager", ["(37) 788-063", "788-063"],
     ["store manager"]),
    ("phone_local_office", "ring him on 781 1704 office hours only", ["781 1704"], ["office hours"]),
    ("obfuscated_email", "reach oscar.wilde [at] example [dot] com for the quote",
     ["oscar.wilde", "example [dot] com"], ["for the quote"]),
    ("lowercase_iban", "refund to iban de89 3704 0044 0532 0130 00 please",
     ["de89", "3704 0044 0532 0130 00"], ["please"]),
    ("ssn_without_dashes", "SSN 078051120 on file", ["078051120"], ["on file"]),
    # the shipped policy leaves a lone city alone; the city line of an address goes with it
    ("lone_city_kept", "Tell Misty Ferreira about our Denver store and the Lyon pop-up.",
     ["Misty", "Ferreira"], ["our Denver store", "the Lyon pop-up"]),
    ("address_city_line_vs_lone_city",
     "Deliver to Calle Mayor 5, 3ºB, 28013 Madrid; our Madrid store has the stock.",
     ["Calle Mayor", "3ºB", "28013", "Madrid;"], ["our Madrid store"]),
    ("address_unit_after_street",
     "Send it to 2284 N Johnson Squares Floor 2, Freemanton, CO 60862 by Friday.", ["2284", "Johnson Squares", "Floor 2", "Freemanton", "60862"],
     ["by Friday"]),
    ("lowercase_postcode_city", "Deliver to ul. makuszyńskiego 159/59, 15-530 krosno. Thanks!",
     ["makuszyńskiego", "159/59", "15-530", "krosno"], ["Thanks!"]),
    ("phone_slash", "Rückruf bitte unter 0151/23428519 am Vormittag.",
     ["0151/23428519", "23428519"], ["am Vormittag"]),
    # round 5: patterns the blind hard4/hard5 sets showed (cases written here, not copied)
    ("address_slash_parts", "LABEL: Ingrid Solberg / Akersgata 12 / 0158 Oslo / Norway / fragile",
     ["Solberg", "Akersgata", "0158", "Oslo", "Norway"], ["fragile"]),
    ("address_no_comma_postcode", "Please post it to Lindenstrasse 14 3012 Bern today.",
     ["Lindenstrasse", "3012", "Bern"], ["today"]),
    ("address_in_long_sentence",
     "The replacement should go out this week and be sent to 212 Harbour Road Cobh P24 X2Y8 and then we close the ticket.",
     ["212", "Harbour Road", "P24 X2Y8", "Cobh"], ["close the ticket"]),
    ("address_po_box", "Mail the cheque to Postbus 4410, 3006 AK Rotterdam.",
     ["4410", "3006 AK", "Rotterdam"], ["Mail the cheque"]),
    ("address_json_escaped", 'Fix this JSON: {"addr": "Vesterbrogade 61, 2. th.\\n1620 København V"}',
     ["Vesterbrogade", "1620", "København"], ["Fix this JSON"]),
    ("address_sentence_after", "Neue Adresse: Bahnhofstraße 12, 8001 Zürich. Bitte im CRM ändern.",
     ["Bahnhofstraße", "8001", "Zürich"], ["Bitte im CRM"]),
    ("german_function_words", "Sehr geehrte Frau Albrecht, vielen Dank für Ihre Bestellung. Bei Rückfragen erreichen Sie uns jederzeit.",
     ["Albrecht"], ["Ihre Bestellung", "Bei Rückfragen erreichen Sie uns"]),
    ("products_not_people", "Write a promo for the Victoria sofa and our Harper lamp for Agnieszka Nowak.",
     ["Agnieszka", "Nowak"], ["Victoria sofa", "Harper lamp"]),
    ("ssn_in_sentence", "the form wants my ssn, is 412 55 7809 ok?", ["412 55 7809"], ["the form wants"]),
    ("surname_first_row", "Kowalczyk, Agnieszka | agnieszka.k@example.pl | gold tier",
     ["Kowalczyk", "Agnieszka"], ["gold tier"]),
    ("greeting_single_name", "Cheers Tomasz! Your order ships today.", ["Tomasz"], ["Your order ships today"]),
    ("year_range_not_phone", "Marketing lead (2011-2025): Ruth Okonkwo, references on request.",
     ["Okonkwo"], ["(2011-2025)"]),
    # round 6: the name verifier and the trimming of over-long model spans
    ("foreign_nouns_not_people",
     "Unser Geschirrspüler ist da! Lieferung an Henrike Vogelsang, Abholung im Ladengeschäft möglich.",
     ["Henrike", "Vogelsang"], ["Geschirrspüler", "Abholung im Ladengeschäft"]),
    ("team_signature_not_person", "Obrigado pela sua compra, Marta.\n\nCumprimentos,\nEquipa Corvalho",
     ["Marta"], ["Cumprimentos", "Equipa Corvalho"]),
    ("name_inside_praise", "Tolles Gespräch mit Wiebke in der Filiale Bremen, danke!",
     ["Wiebke"], ["Tolles Gespräch mit", "in der Filiale"]),
    # round 7: fields, roles, chat exports, order ids in other languages
    ("form_fields", "SCAN p.1\nNACHNAME: ZIEGLER   VORNAME: HANNELORE\nTEL 0151 2345678",
     ["ZIEGLER", "HANNELORE", "0151 2345678"], ["SCAN p.1"]),
    ("chat_export", "02/05/2025, 09:14 - Torvald: is my parcel lost?\n"
     "02/05/2025, 09:16 - Agent: checking now\n02/05/2025, 09:20 - Torvald: thanks",
     ["Torvald"], ["is my parcel lost", "Agent: checking now"]),
    ("role_in_brackets", "Attendees: Ngozi (Legal), Radomir (CRM). Agenda: the spring launch.",
     ["Ngozi", "Radomir"], ["the spring launch"]),
    ("order_id_not_phone", "Je bestelling 2214-8876-301 is verzonden. Vragen? Bel 020 794 1123.",
     ["020 794 1123"], ["bestelling 2214-8876-301"]),
    ("famous_brand_not_person", "Caption for Priyanka Raman's Calvin Klein try-on haul, please.",
     ["Priyanka", "Raman"], ["Calvin Klein try-on haul"]),
    ("email_in_url_log", '10.4.2.9 - - [02/03/2025 10:01] "GET /orders?email=ines.moura@proton.me HTTP/1.1" 200',
     ["ines.moura@proton.me", "ines.moura"], ["GET /orders?email="]),
    ("lowercase_greeting_and_speaker", "tomasz: is the Basalt kettle back?\nagent Ola: Hej tomasz! Yes, since Monday.",
     ["tomasz"], ["Basalt kettle back"]),
    ("cue_name_that_is_a_word", "Hi Joy,\n\nyour fitting is booked. Love, the Wren Street team",
     ["Joy"], ["your fitting is booked"]),
    # no rule for these: the trained per-word proposer reads the surroundings
    ("word_names_in_an_approval_line", "Approvals: Storm (legal) and Destiny (CRM)",
     ["Storm", "Destiny"], ["Approvals"]),
    ("lowercase_surname_after_cue", "spoke to customer anna kowalski about her order today",
     ["anna", "kowalski"], ["about her order today"]),
    ("phone_as_chat_speaker", "[09:12] 415 555 0134: running late, leave it at the door\n[09:13] Shop: ok!",
     ["415 555 0134"], ["running late"]),
    ("phone_read_out_digit_by_digit",
     "caller asked for a callback on seven one eight five five five zero one nine two after six",
     ["seven one eight five five five zero one nine two"], ["after six"]),
    ("house_name_before_street", "Send the hamper to:\nIvy Cottage\n12 Church Lane\nLedbury\nHR8 1DW",
     ["Ivy Cottage", "12 Church Lane", "Ledbury", "HR8 1DW"], ["Send the hamper to"]),
    ("address_in_html", '<p class="addr">81 Lygon Street, Brunswick VIC 3056</p><p>Gold tier</p>',
     ["81 Lygon Street", "Brunswick", "3056"], ["Gold tier"]),
    ("address_read_out_lower_case", "cliente dice che abita in via roma 12 20121 milano e chiede un reso",
     ["via roma 12", "20121", "milano"], ["chiede un reso"]),
    ("ssn_column_with_quoted_cells", 'name,ssn,address\n"Ann Lee",219 09 9999,"12 Oak Ave, Dayton, OH 45402"',
     ["219 09 9999", "12 Oak Ave", "45402"], ["name,ssn,address"]),
    ("caps_surname_before_first_name",
     "VIP check-in\n15:03  OKONKWO Chiamaka  ✔  wristband A\n15:22  SALMINEN Aino  ✔  wristband B",
     ["OKONKWO", "Chiamaka", "SALMINEN", "Aino"], ["wristband A"]),
    ("lowercase_name_in_a_german_call", "guten tag jonas weber hier, ich rufe wegen meiner bestellung an",
     ["jonas", "weber"], ["ich rufe wegen meiner bestellung an"]),
    ("tsv_row_address_and_phone",
     "company\tcontact\temail\tphone\taddress\nAtelier Blanc\tValentina Rossi\tvr@atelier.example\t"
     "+39 350 912 4958\tVia Garibaldi 189, 20132 Milano, Italia",
     ["Valentina", "Rossi", "350 912 4958", "Garibaldi 189", "20132", "Milano"], ["company\tcontact"]),
    ("csv_row_international_phone", "Lena Vogt,lena.vogt@gmx.de,+49 151 2345 6789,VIP",
     ["+49 151 2345 6789", "+49"], [",VIP"]),
    ("lowercase_chat_speaker_with_time", "[14:13] faith: do u need my social for the store card?",
     ["faith"], ["do u need my social"]),
    # the header says which cells hold no person: a company and a job title stay readable
    ("table_company_and_role_columns",
     "| Company | Contact | Role | HQ |\n|---|---|---|---|\n| Sakura Trading KK | Ashley Kowalczyk | CMO | Charlotte |",
     ["Ashley Kowalczyk", "Kowalczyk"], ["Sakura Trading KK", "CMO"]),
    # roles and greetings of a call transcript are no names; the people in it are
    ("transcript_roles_and_greetings",
     "Konsultant (Zofia): Dzień dobry, biuro obsługi klienta.\n"
     "Klient: Dzień dobry, Piotr Nowak, mam problem z zamówieniem.\nKonsultant (Zofia): Rozumiem.",
     ["Piotr Nowak", "Zofia"], ["Konsultant (", "Dzień dobry, "]),
    # a sign-off makes even a word-name a name; the team after it stays readable
    ("sign_off_name_before_team", "Your parcel is on its way.\n\nKind regards,\nVikram | Customer Care",
     ["Vikram"], ["Customer Care"]),
    ("agent_name_in_brackets",
     "Agent (Rose): Good afternoon, Rose speaking.\nCaller: Hi, it's Chloe Ellis.\nAgent (Rose): Thanks.",
     ["Rose", "Chloe Ellis"], ["Agent (", "Caller: "]),
    # a date closing one CSV row is no house number for the next row's name
    ("csv_rows_ending_in_dates",
     "customer_id;first_name;last_name;city;tier;last_order\n"
     "C501659;Hope;Ellis;Fortitude Valley;vip;2025-11-04\nC064695;Mei;Zhang;Brisbane;bronze;2026-07-28",
     ["Mei", "Zhang", "Ellis"], ["2025-11-04", ";vip;"]),
    # round 9's first run on hard11 (patterns, not its lines): a number right after a vCard
    # label's colon, a phone key of a JSON payload, digits read out in Dutch, an IPv6 cut short
    # in a log, an address that runs into a phone
    ("vcard_tel_after_colon", "BEGIN:VCARD\nFN:Ola N.\nTEL;TYPE=CELL:+47 412 55 873\nEND:VCARD",
     ["412 55 873", "+47"], ["TEL;TYPE=CELL:"]),
    ("json_phone_key", '{"name": "Lis", "phone": "36118057", "tier": "gold"}', ["36118057"], ['"tier"']),
    ("dutch_digits_read_out", "Bel me terug op nul zes een twee drie vier vijf zes zeven acht, dank je",
     ["nul zes een twee drie vier vijf zes zeven acht"], ["Bel me terug op"]),
    ("short_ipv6_in_a_log", "403 from 2a02:8108:a28:f107:5205 at 12:30:45", ["2a02:8108:a28:f107:5205"],
     ["12:30:45"]),
    ("address_then_phone", "Send to 14 Awolowo Road, Ikoyi, Lagos State, 0803 716 1101",
     ["14 Awolowo Road", "0803 716 1101", "716 1101"], ["Send to"]),
    # address shapes of round 9: a calendar invite's escaped commas, a Romanian unit, a Dutch
    # "-hs" house number, a Nigerian state line, a floor abbreviation before a line break
    ("calendar_invite_escaped_commas", "LOCATION:Flat 6\\, 126 Bramble Way\\, Norwich NR1 6LG",
     ["126 Bramble Way", "NR1 6LG", "Flat 6"], ["LOCATION:"]),
    ("romanian_unit", "Adresa: Str. Lipscani nr. 19, ap. 8, 030033 București", ["ap. 8", "030033"], ["Adresa:"]),
    ("dutch_hs_number", "Stuur naar Keizersgracht 87-hs, 1015 CJ Amsterdam", ["87-hs", "Keizersgracht"],
     ["Stuur naar"]),
    ("nigerian_state_line", "Deliver to 34 Ogui Road, Lekki Phase 1, Lagos, Lagos State.", ["Lagos State"],
     ["Deliver to"]),
    ("floor_abbreviation_then_postcode", "Morada: Rua Augusta, 44, 5.º Esq.\n1100-053 Lisboa",
     ["1100-053", "Rua Augusta"], ["Morada:"]),
    ("province_in_brackets", "Enviar a Camino Viejo, 141, bajo B\n36987 Vigo (Pontevedra) gracias",
     ["Camino Viejo", "36987", "Pontevedra"], ["Enviar a", "gracias"]),
    # round 9, after hard12's first run: a name badge's stacked lines, an OCR'd form's spaced-out
    # label and its signature line, a JSON last_name that is an ordinary word
    ("name_badge_lines", "=== CX DAY ===\n\nMARTA\nKOVAČ\nHead of CRM\nNorthwind · Split",
     ["MARTA", "KOVAČ"], ["Head of CRM"]),
    ("ocr_spaced_label_and_signature", "N A M E :  GRETA VOSS\nSIGNATURE: ____VOSS____  DATE: 12/01/2025",
     ["GRETA", "VOSS"], ["SIGNATURE:", "DATE:"]),
    ("json_last_name_ordinary_word", '{"first_name":"Madison","last_name":"Long","tier":"gold"}',
     ['"Madison"', '"Long"'], ['"first_name"', '"last_name"']),
    # a tab separates a pasted row's cells: a name never runs into the next cell, and "first" /
    # "last" headers type their columns
    ("tsv_first_last_columns", "reg_id\tfirst\tlast\temail\n5000\tFunmilayo\tOkonkwo-Bello\tf92@t-online.de",
     ["Funmilayo", "Okonkwo-Bello"], ["reg_id"]),
    ("latvian_street_type_after_name", "Adrese: Tērbatas iela 91-12, Rīga, LV-1050", ["Tērbatas", "LV-1050"],
     ["Adrese:"]),
    ("romanian_floor_and_county", "Adresa: Str. Victoriei nr. 14, bl. A4, sc. 1, et. 7, ap. 19, Cluj-Napoca 400001, jud. Cluj",
     ["et. 7", "Victoriei", "400001", "jud. Cluj"], ["Adresa:"]),
    ("hungarian_postcode_first_with_floor", "Cím: 6720 Szeged, Váci út 83. fsz. 2.\nMobil 06-20-593-3377",
     ["Váci út 83", "6720 Szeged", "06-20-593-3377"], ["Cím:", "Mobil"]),
    ("indian_ordinal_cross_and_landmark",
     "Deliver to H.No. 8-90\n5th Cross, Indiranagar\nBehind Ganesh Temple\nHyderabad, Telangana 500064",
     ["5th Cross", "Indiranagar", "500064", "8-90"], ["Deliver to"]),
    ("lowercase_dutch_postcode", "stuur maar naar lijnbaansgracht 149, 9794bk groningen", ["9794bk", "lijnbaansgracht"],
     ["stuur maar naar"]),
    # round 11 (hard14): a role or a relative before the name, double given names, romaji and
    # Kenyan addresses with their postcodes
    ("role_and_kin_before_names", "Driver Miles was lovely. Landlord C Page says ask for my husband frank.",
     ["Miles", "C Page", "frank"], ["Driver", "was lovely"]),
    ("double_given_name", "hey it's Mary-Kate! my new place is up the road", ["Mary-Kate"], ["my new place"]),
    ("romaji_address_with_postcode", "Send it to 7-chome-17-25 Umeda, Chuo-ku, Fukuoka 585-4940 instead.",
     ["7-chome-17-25", "Umeda", "585-4940"], ["instead"]),
    ("kenyan_box_address", "Cardholder address: P.O. Box 24584-00100, Nairobi, Kenya.", ["24584-00100", "Nairobi"],
     ["Cardholder address"]),
    # round 12 (hard15): booking names, display names, extensions in words, vanity numbers, a
    # street with no number beside its postcode, c/o an organisation
    ("booking_and_display_names", "PNR 7XQ2LM\n 1.1 OKONJO/CHIDI MR\nOrganizer: Hope Carver <hc@lumen.example>",
     ["OKONJO", "CHIDI", "Hope Carver", "hc@lumen.example"], ["PNR", "Organizer"]),
    ("extension_and_vanity_number", "Call +44 20 7946 0321 extension 214 or 1-800-FLY-HOME for the order.",
     ["7946 0321", "214", "FLY-HOME"], ["Call", "for the order"]),
    ("street_without_number_and_care_of",
     "Addr: Carrowmore Road, Ballina, Co. Mayo, F26 X2Y3\nShip to = c/o Harbourside Hotel, 41 Quay Street, "
     "Galway H91 K2T8", ["Carrowmore Road", "F26 X2Y3", "Harbourside Hotel", "Quay Street", "H91 K2T8"],
     ["Addr", "Ship to"]),
    # round 13 (hard18): names between found names in a list, a "Name / Phone" column, a chat
    # mention in lower case, a district and then its town
    ("list_mates_and_joined_header",
     "Table 1: Will Brown & Ana Ruiz, Zhang Wei & Peter Okafor\nName / Phone\tArea\tLast order\n"
     "KAHU Tipene 082 736 6514\tOtago\tboots\nRegina Fischer 07587 781583\tTirol\tlinen shirt",
     ["Will Brown", "Zhang Wei", "KAHU", "Tipene", "736 6514"], ["Table 1", "Area", "Otago"]),
    ("district_then_town", "[10:02] Amy: the pickup is 8 Awolowo Road, Ikoyi, Lagos.\n[10:05] Bartek: omw",
     ["Awolowo", "Lagos", "Bartek"], ["pickup", "omw"]),
    # round 14 (hard19/20): a lower-case full name, an initial and surname, a corrected name, a
    # name cell before a street cell, a booking name beyond ASCII
    ("name_shapes_and_row_cells",
     "Lot 4 to paddle 12 – anjali krishnan. Rota: doors – K. Oyelaran. Er heißt Brandauer, nicht Tobias.\n"
     "Nr;Name;Straße;Ort\n55120931;Lindqvist, Maja;Karl-Liebknecht-Str. 12;04107 Leipzig\nGuest: MÜLLER/JÖRG MR",
     ["anjali", "krishnan", "Oyelaran", "Brandauer", "Tobias", "Lindqvist", "Maja", "Liebknecht", "04107",
      "MÜLLER", "JÖRG"], ["Lot 4 to paddle", "Rota: doors", "Guest:"]),
    # round 15 (hard22): word-name speakers taking turns, a repeated name the model found once,
    # Korean and Japanese names, a Korean address's district and postcode, a lower-case UK address
    ("speakers_cjk_and_tails",
     "grace: is the blue one back?\nbill: tomorrow\ngrace: thanks\nbill: np\n"
     "Booked with our stylist Marisol at 3pm. Marisol will call.\n"
     "메모: 한서윤 (공동 소유자)\n★★☆☆☆  中村 結衣 · 2024/3/2\n"
     "주소: 부산광역시 해운대구 해운대로 77, 8층, (우동) 48094\n"
     "pls send it to flat 3, 42 mill lane, headingley, leeds, ls6 2aa cheers",
     ["grace", "bill", "Marisol", "한서윤", "中村 結衣", "해운대로 77", "48094", "mill lane", "headingley", "ls6 2aa"],
     ["is the blue one back", "Booked with our stylist", "pls send it to"]),
    # round 16 (hard23/hard24): a labelled address's whole value (its wrapped tail), a spoken phone
    # with figures among the words, a fixed-width row's name cells, a street column of an export,
    # an inverted name with its initial, a desk's holder in brackets, a company that is no person
    ("fields_spoken_columns",
     "Nombre: Lupita Zamora\nDomicilio: Privada de los Pinos 92, Col. Del Valle, C.P. 03940, Benito\n"
     "Juárez, Ciudad de México\nTeléfono: 33 6779 4651\n"
     "voice note: ring me on oh eight six, oh nine oh 2 four oh oh yeah\n"
     "21.03.2024 NL75RABO4024835128                 SMITS, ILSE                   -2740,57  Miete\n"
     "SENDUNG|EMPFAENGER|STRASSE|PLZ|ORT\nRR314469607DE|Joaquín Montero|ALCALÁ 194, BAJO|46002|VALENCIA\n"
     "07:40 NGÔ, M. — 0463250117 — devis optique\nFront desk (Joy): of course till 1pm.\n"
     "Vendor: Vela Verde S.L. (approved)",
     ["Lupita", "Privada de los Pinos", "Juárez, Ciudad de México", "oh eight six", "SMITS", "ILSE",
      "Joaquín Montero", "ALCALÁ 194", "NGÔ", "Joy"],
     ["Domicilio:", "ring me on", "Miete", "STRASSE", "devis optique", "Front desk (", "Vela Verde S.L."]),
    # round 17 (hard27/hard28): addresses and names in other scripts, a JSON payload's escaped
    # letters, an IBAN a fixed-width file wrapped, a word-name in person context, a Greek address
    # to its code and town, a Unix time that is no phone
    ("scripts_payloads_word_names",
     "ที่อยู่ 45/7 หมู่ 2 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมือง จังหวัดเชียงใหม่ 50200\n"
     "नाम: सुनील यादव\nФИО: Смирнова Ольга Петровна\n"
     '{"customer":"Let\\u00edcia Melo","iat": 1714000000}\n'
     "PAYEE                 ACCOUNT\nMARTA SILVA           PT50000201231234567890\n                      154     72.49\n"
     "if you are stuck, ring Mercy on 07700 900123\n"
     "Αποστολή: Τσιμισκή 40, 2ος όροφος, ΤΚ 546 22 Θεσσαλονίκη",
     ["ถนนนิมมานเหมินท์", "50200", "सुनील यादव", "Смирнова", "Let\\u00edcia Melo", "PT50000201231234567890",
      "Mercy", "Τσιμισκή 40", "546 22", "MARTA SILVA", "Ольга Петровна"],
     ["ที่อยู่", "नाम:", "ФИО:", "1714000000", "PAYEE", "ring", "Αποστολή:"]),
    # round 18 (hard28 seen, blind hard29/hard30): JSON lines, a script sign-off, a Korean form
    # label, a Python dict, a unit before a numberless street, a flat's position, a corner, a
    # number said in pieces; and firms, streets and agenda items named for people stay as written
    ("records_signoffs_plots_pieces",
     '  {"event":"open","unique_args":{"first_name":"Lina","crm_id":"55120033"}},\n'
     '  {"event":"click","sg_message_id":"ab12.filter9","timestamp":1710000000}\n'
     "कृपया जल्दी भेजें।\nधन्यवाद\nराहुल वर्मा\n"
     "  성명: 선우진아\n"
     "    row = {'name': 'יעל כהן', 'email': 'yael.k@example.co.il'}\n"
     "Delivery point: Plot 22, Ozumba Mbadiwe Way, Victoria Island, Lagos. Call first.\n"
     "we are at 3/2 14 Byres Road Glasgow G12 8QQ since May; clinic at Cnr Flinders & Elizabeth Sts, "
     "Melbourne VIC 3000.\n"
     "can you call me back on 071 442, uh, 9031, that's my mobile\n"
     "She joined Kirkland & Ellis; viewing stands on Parnell Street. 09:30  Keynote: loyalty\n"
     "10:15  Panel: retail",
     ["Lina", "राहुल वर्मा", "선우진아", "יעל כהן", "yael.k@example.co.il", "Plot 22", "Ozumba Mbadiwe Way",
      "3/2 14 Byres Road", "G12 8QQ", "Cnr Flinders & Elizabeth Sts", "071 442", "9031"],
     ['"event":"click"', "धन्यवाद", "성명:", "Delivery point:", "Parnell Street", "Keynote", "Panel"]),
    # round 19 (blind hard31/hard32): an MSISDN, a number wrapped onto the next line, Brazil's 0xx,
    # an Arabic greeting and courier, a Hindi label, a Malay connector and a suffix, a Nigerian
    # address with its landmark; and a prize, a hall, a brand a prompt writes for stay as written
    ("msisdns_scripts_connectors_landmarks",
     "You are a friendly customer-care writing assistant for Takealot.\n"
     "2025-03-02 10:11|233241234567|cash-out confirmed\n"
     "Patient: Thandi Mokoena\nCell: 082-555-\n0143\n"
     "> Meu whats é 0xx11 98765-4321 se precisar.\n"
     "السلام عليكم سلمى، شحنتكم في الطريق. الموزع كريم سيتصل بكم\n"
     "टिकट #55 | ग्राहक: नेहा गुप्ता | मोबाइल: +91-98100-00000\n"
     "<td>Kavitha a/p Subramaniam</td><td>Eduardo Santos III</td>\n"
     'addr="No. 8, Bode Thomas Street, off Adeniran Ogunsanya, by Shoprite Mall, Surulere, Lagos"\n'
     "Keynote in the Amartya Sen Auditorium before the Walter Scott Prize.",
     ["233241234567", "Thandi Mokoena", "082-555-", "0143", "0xx11 98765-4321", "سلمى", "كريم",
      "नेहा गुप्ता", "Kavitha a/p Subramaniam", "Eduardo Santos III", "Bode Thomas Street", "Shoprite Mall"],
     ["Takealot", "Amartya Sen Auditorium", "Walter Scott Prize", "ग्राहक:"]),
    # round 20 (blind hard33/hard34): names in their cases (a Turkish suffix, a Polish vocative, Greek
    # genitives), a nickname in quotes, the Hungarian order; and a product named like a person, a
    # room named for one and a label before a name stay as written
    ("cases_nicknames_things_labels",
     "Merhaba Umut, Umut'a özel indirim için Can Arslan'ın onayı gerekli ve bu kampanya bir hafta sürer.\n"
     "Drogi Panie Tomaszu, dziękujemy za zamówienie i przypominamy o punktach, które są na koncie.\n"
     "Οι φωτογραφίες είναι της Κατερίνας Δημητρίου και το styling της Ειρήνης Παπαδοπούλου.\n"
     'Pinterest board owner: Elizabeth "Libby" Byrne\n'
     "Modell: Nagy Bence (modellszerződés külön)\n"
     "Questions & answers – The Greta midi dress. Does the Greta come up small?\n"
     "11:00 · Goodall Room · Panel\n      Moderatör: Kerem Demir\n",
     ["Umut'a", "Arslan'ın", "Tomaszu", "Κατερίνας", "Παπαδοπούλου", "Libby", "Byrne", "Nagy", "Bence",
      "Kerem Demir"],
     ["Greta", "Goodall Room", "Moderatör:", "Panie"]),
    # round 21 (blind hard35/hard36): a reply signed with a dash, a focus group's respondent, names
    # said with respect, a German genitive, a Chinese attendee list; and a handle, a shop named for
    # someone, a product named like a person and a hall stay as written
    ("signatures_respondents_honorifics_lists",
     "Owner reply: So sorry, glad it arrived in the end – Madison\n"
     "R2: Autumn, 49, Cardiff\n"
     "o Seu Zé do correio disse que só entrega amanhã; text mi tía Cuca al telefone\n"
     "Emre: Das mit Sabines Paket ist mir auch passiert.\n"
     "参会人：黄子涵（华东区总监）、陈浩然、刘美玲\n"
     "giveaway winner: @xoxo.priya (Priya Nair)\n"
     "Plzeň – Knihkupectví U Sovy otevírá; demo of Marvin Kiosk in the Ada Lovelace Hall\n",
     ["Madison", "Autumn", "Zé", "Cuca", "Sabines", "黄子涵", "陈浩然", "刘美玲", "Priya Nair"],
     ["@xoxo.priya", "U Sovy", "Marvin Kiosk", "Ada Lovelace Hall"]),
    # round 22 (blind hard37/hard38): e-mails percent-encoded in a log and rejected by a validator,
    # staff on a salon's book in three scripts, a friend in Korean; and a firm named for its founder,
    # a grammar note's forms of a name and a racecard's runner stay as written
    ("encoded_emails_staff_in_scripts_firms",
     'GET /px/sync?pid=765&em=tamika_washington61%40btinternet.com&ct=x HTTP/1.1\n'
     "Row 851: email 'wei32@163..com' is not a valid address\n"
     "11:00 – प्रिया शर्मा – फेशियल – स्टाफ सुरेश\n"
     "15:00 鈴木 様　縮毛矯正　担当：ミキ\n"
     "[카카오톡] 최유진: 혹시 친구 오세훈, 같이 가능할까요?\n"
     "Hedlund Energi AB utser Annika Sjöberg till ny vd.\n"
     "Notatka: skrypt na podstawie kolumny imie (Anna → Anno, Tomasz → Tomaszu).\n"
     "1  Uncle Bertie  8yo  10-4  SP 14/1\n",
     ["tamika_washington61", "wei32@163", "प्रिया शर्मा", "सुरेश", "ミキ", "오세훈", "Annika Sjöberg"],
     ["Hedlund Energi AB", "Anna → Anno, Tomasz → Tomaszu", "Uncle Bertie"]),
]


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock) -> Iterator[Gateway]:
    g = start_gateway(tmp_path_factory.mktemp("gw-pii-quality"), mock_models(llmock),
                      env={"MOCK_PROVIDER_KEY": PROVIDER_KEY})
    yield g
    g.stop()


def _ask(gw: Gateway, prompt: str) -> str:
    client = openai.OpenAI(base_url=gw.v1, api_key=gw.keys["app"], max_retries=0)
    resp = client.chat.completions.create(model="mock", messages=[{"role": "user", "content": prompt}])
    return strip_marks(resp.choices[0].message.content or "")


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_miss_pattern_never_reaches_upstream_and_is_restored(
        gw: Gateway, mock: Llmock, case: tuple[str, str, list[str], list[str]]) -> None:
    _, prompt, planted, kept = case
    mock.reset()
    mock.scenario({"type": "reply", "text": "ok"})
    _ask(gw, prompt)
    sent = mock.requests()[0]["body"]["messages"][-1]["content"]
    # the bodies only: the journal's timings may hold any short number ("75")
    raw = json.dumps([r["body"] for r in mock.requests()], ensure_ascii=False)
    for value in planted:
        assert value not in sent and value not in raw, f"{value!r} reached the upstream: {sent!r}"
    for word in kept:
        assert word in sent, f"{word!r} was masked: {sent!r}"
    assert re.search(r"<[A-Z_]+_\d+>", sent), sent
    # (a form's blank line "____" around a placeholder is no word)
    assert not re.search(r"<[A-Z_]+_\d+>(?!['’]s\b)(?:[^\W_]|['’-](?=[^\W_]))|(?:[^\W_]|(?<=[^\W_])['’-])<[A-Z_]+_\d+>", sent), \
        f"a placeholder replaced part of a word: {sent!r}"
    # The same prompt gets the same placeholders: an answer that repeats it is restored whole.
    mock.reset()
    mock.scenario({"type": "reply", "text": f"Repeating: {sent}"})
    answer = _ask(gw, prompt)
    assert mock.requests()[0]["body"]["messages"][-1]["content"] == sent
    assert answer == f"Repeating: {prompt}"
    # (values with letters: a bare number such as "36987" also turns up in the shared gateway log
    # as a port, a pid or a timing by chance, which made this check flaky)
    assert not any(v in gw.logs() for v in planted if len(v) > 4 and any(c.isalpha() for c in v))


def test_shouted_words_and_cities_are_not_people(gw: Gateway, mock: Llmock) -> None:
    """"NOW" and "London" were PERSON false hits; the city is never a person (and the shipped
    policy does not mask a lone city at all)."""
    mock.reset()
    mock.scenario({"type": "reply", "text": "ok"})
    client = openai.OpenAI(base_url=gw.v1, api_key=gw.keys["app"], max_retries=0)
    raw = client.chat.completions.with_raw_response.create(model="mock", messages=[
        {"role": "user", "content": "SALE ENDS NOW! Visit our London store, says Misty Ferreira."}])
    sent = mock.requests()[0]["body"]["messages"][-1]["content"]
    assert "SALE ENDS NOW!" in sent and "Misty" not in sent and "Ferreira" not in sent
    counts = dict(kv.split("=") for kv in raw.headers["x-candor-pii"].split(","))
    assert counts["PERSON"] == "1", (sent, counts)
