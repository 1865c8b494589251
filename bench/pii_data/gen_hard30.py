#!/usr/bin/env python3
"""Generator for the `hard30` PII evaluation set (author B).

Long, dense documents (minutes, resolutions, contracts, notices, transcripts, programmes, credits ...)
where people appear among many capitalised non-person words.  All name/street/town lists are hand
written below; no external data set or template is used.  Deterministic (fixed seed).

Conventions decided here (see also the final report):
  * Inflected names are labelled as written.  Fused inflection is part of the span
    ("Tomasza Kowalskiego", "Mikko Virtasen", "Kovács Péternek", "Frau Schmidts" -> "Schmidts").
    Suffixes split off by an apostrophe (English 's, Turkish 'ın/'a/'nin) are NOT in the span,
    exactly like the English possessive rule.
  * Hungarian "-né" married names ("Szabó Gáborné") are labelled whole.  Turkish "Bey"/"Hanım"
    after a given name are titles and stay outside the span.
  * A street that is named after a person is part of a STREET_ADDRESS when a postal address is
    written; a bare street/shop/branch name without a number ("the Karl-Marx-Allee branch") is
    not labelled at all.  Companies, awards, products, buildings, ships, funds, rooms and streets
    named after people are never PERSON.
  * Signature blocks: name line = PERSON, each phone/e-mail separate, postal address lines joined
    into one STREET_ADDRESS span.
  * LOCATION is labelled for towns/regions/countries in running text, also in the *_nopii kinds
    (those contain no personal data, but a city mention is still a LOCATION).
"""
import json
import os
import random
import re
import unicodedata
from collections import Counter

SEED = 30_2024_11
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
SET = "hard30"

TYPES = {'P': 'PERSON', 'A': 'STREET_ADDRESS', 'T': 'PHONE_NUMBER', 'E': 'EMAIL_ADDRESS',
         'C': 'CREDIT_CARD', 'I': 'IBAN_CODE', 'S': 'US_SSN', 'IP': 'IP_ADDRESS', 'L': 'LOCATION'}
TOKEN = re.compile(r'\{(?:([A-Z]{1,2}):)?([a-zA-Z_0-9]+)\}')


# ----------------------------------------------------------------------------- text builder
class Doc:
    """Text assembled piece by piece; labelled pieces record their offsets as they are appended."""

    def __init__(self):
        self.buf, self.n, self.spans = [], 0, []

    def raw(self, x):
        self.buf.append(x)
        self.n += len(x)
        return self

    def lab(self, typ, x):
        st = self.n
        self.raw(x)
        self.spans.append({'type': typ, 'start': st, 'end': self.n, 'value': x})
        return self

    def merge(self, d):
        off = self.n
        self.raw(d.text())
        for sp in d.spans:
            self.spans.append({'type': sp['type'], 'start': sp['start'] + off,
                               'end': sp['end'] + off, 'value': sp['value']})
        return self

    def add(self, tpl, **v):
        """Template: {P:key} labelled PERSON, {A:key} address, ... ; {key} plain; Doc values merged."""
        pos = 0
        for m in TOKEN.finditer(tpl):
            self.raw(tpl[pos:m.start()])
            val = v[m.group(2)]
            if isinstance(val, Doc):
                self.merge(val)
            elif m.group(1):
                self.lab(TYPES[m.group(1)], str(val))
            else:
                self.raw(str(val))
            pos = m.end()
        self.raw(tpl[pos:])
        return self

    def text(self):
        return ''.join(self.buf)


def D(tpl='', **v):
    return Doc().add(tpl, **v)


def plist(items, sep=', ', last=' and ', typ='PERSON', wrap=None):
    """items: strings (labelled with typ) or Doc objects.  wrap: function(str)->Doc for decorations."""
    d = Doc()
    for i, it in enumerate(items):
        if i:
            d.raw(last if (i == len(items) - 1 and last is not None) else sep)
        if isinstance(it, Doc):
            d.merge(it)
        elif wrap:
            d.merge(wrap(it))
        else:
            d.lab(typ, it)
    return d


def pick(seq, r=None):
    return (r or R).choice(seq)


def sample(seq, k, r=None):
    return (r or R).sample(list(seq), k)


def chance(p):
    return R.random() < p


def ascii_fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae')
    s = s.replace('Æ', 'Ae').replace('ß', 'ss').replace('ı', 'i').replace('İ', 'I').replace('đ', 'd')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def slug(s):
    s = ascii_fold(s).lower()
    return re.sub(r'[^a-z]', '', s)


# ----------------------------------------------------------------------------- checksums
def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(R.randint(0, 9))
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    digits.append((10 - s % 10) % 10)
    return ''.join(map(str, digits))


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card(style=None):
    kind = pick(['visa', 'visa', 'mc', 'amex'])
    if kind == 'amex':
        n = luhn_complete(pick(['34', '37']), 15)
        return n if style == 'plain' else f"{n[:4]} {n[4:10]} {n[10:]}"
    n = luhn_complete('4' if kind == 'visa' else str(R.randint(51, 55)), 16)
    sep = pick([' ', ' ', '-', '']) if style is None else ''
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


IBAN_FMT = {  # country: list of (kind, length) ; n digits, a upper letters, c alnum
    'GB': [('a', 4), ('n', 14)], 'IE': [('a', 4), ('n', 14)], 'DE': [('n', 18)],
    'FR': [('n', 10), ('c', 11), ('n', 2)], 'ES': [('n', 20)], 'IT': [('a', 1), ('n', 10), ('c', 12)],
    'PT': [('n', 21)], 'NL': [('a', 4), ('n', 10)], 'PL': [('n', 24)], 'SE': [('n', 20)],
    'DK': [('n', 14)], 'NO': [('n', 11)], 'FI': [('n', 14)], 'CZ': [('n', 20)],
    'RO': [('a', 4), ('c', 16)], 'HU': [('n', 24)], 'TR': [('n', 5), ('n', 1), ('c', 16)],
    'BR': [('n', 23), ('a', 1), ('c', 1)], 'AT': [('n', 16)],
}
BANKCODES = {'GB': ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'], 'IE': ['AIBK', 'BOFI'], 'NL': ['ABNA', 'INGB', 'RABO'],
             'RO': ['RNCB', 'BTRL', 'BRDE'], 'IT': ['X', 'A', 'K']}


def iban(cc, grouped=None):
    parts = []
    for i, (k, ln) in enumerate(IBAN_FMT[cc]):
        if k == 'a' and i == 0 and cc in BANKCODES:
            parts.append(pick(BANKCODES[cc]))
        elif k == 'n':
            parts.append(''.join(str(R.randint(0, 9)) for _ in range(ln)))
        elif k == 'a':
            parts.append(''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(ln)))
        else:
            parts.append(''.join(R.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(ln)))
    bban = ''.join(parts)
    if cc == 'TR':
        bban = bban[:5] + '0' + bban[6:]
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    cd = 98 - int(num) % 97
    s = f"{cc}{cd:02d}{bban}"
    if grouped is None:
        grouped = chance(0.7)
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban_ok(s):
    s = s.replace(' ', '')
    num = ''.join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def ssn():
    while True:
        a = R.randint(1, 772)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def ipv4(private=None):
    if private is None:
        private = chance(0.4)
    if private:
        return pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                     f"192.168.{R.randint(0, 40)}.{R.randint(2, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"])
    return f"{pick([81, 89, 94, 145, 185, 203, 51, 62, 212])}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    return f"2001:db8:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xfff):x}"


def dig(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


# ----------------------------------------------------------------------------- people
class Person:
    def __init__(self, first, last, g, lang, forms=None, family_first=False):
        self.first, self.last, self.g, self.lang = first, last, g, lang
        self.forms = forms or {}
        self.family_first = family_first

    @property
    def full(self):
        return f"{self.last} {self.first}" if self.family_first else f"{self.first} {self.last}"

    @property
    def sur(self):  # surname used alone (first surname for Iberian double surnames)
        return self.last.split(' ')[0] if self.lang in ('es',) and ' ' in self.last and not self.last.startswith(('de ', 'del ')) else self.last

    def init(self):  # "J. K. Rowling" style
        fs = re.split(r'([ -])', self.first)
        ini = ''.join((p[0] + '.') if p not in (' ', '-') else ('-' if p == '-' else ' ') for p in fs)
        return f"{ini} {self.last}"

    def initials(self):
        return ''.join(p[0] + '.' for p in re.split(r'[ -]', self.first)) + ''.join(
            p[0] + '.' for p in re.split(r'[ -]', self.last) if p[:1].isupper())

    def caps(self):
        return self.full.upper()

    def rev(self):
        return f"{self.last}, {self.first}"

    def any(self):
        return pick([self.full, self.full, self.full, self.init(), self.first])

    def form(self, case):
        return self.forms.get(case, self.full)

    def email(self, domain, style=None):
        f, l = slug(self.first.split(' ')[0].split('-')[0]), slug(self.last.split(' ')[-1] if self.lang != 'hu' else self.last)
        if self.lang == 'es' or self.lang.startswith('pt'):
            l = slug(self.last.split(' ')[0]) if not self.last.startswith(('de ', 'da ', 'dos ', 'del ')) else slug(self.last.split(' ')[-1])
        style = style or pick(['f.l', 'f.l', 'fl', 'f', 'il', 'l'])
        local = {'f.l': f"{f}.{l}", 'fl': f"{f}{l}", 'f': f, 'il': f"{f[0]}{l}", 'l': l}[style]
        return f"{local}@{domain}"


N = {}  # lang -> (male firsts, female firsts, surnames)
N['en'] = (
    ['James', 'Oliver', 'Callum', 'Declan', 'Rhys', 'Hamish', 'Tom', 'Gareth', 'Nigel', 'Marcus', 'Tyrone',
     'Kieran', 'Desmond', 'Barnaby', 'Ravi', 'Jonty', 'Hugh', 'Winston', 'Alastair', 'Seamus'],
    ['Charlotte', 'Siobhan', 'Priya', 'Imogen', 'Bethany', 'Niamh', 'Harriet', 'Chloe', 'Fiona', 'Gemma',
     'Rosalind', 'Aoife', 'Jasmine', 'Philippa', 'Yolanda', 'Keisha', 'Margaret', 'Tamsin', 'Eleanor', 'Zara'],
    ['Ford', 'Whitfield', 'Okonkwo', 'Harrington', 'Pemberton', 'Ashworth', 'McAllister', 'Fairbairn', 'Nwosu',
     'Sinclair', 'Kaur', 'Redmond', 'Lindqvist-Hale', 'Boots', 'Spencer', 'Marks', 'Cadbury', 'Dunmore',
     'Thistlewood', 'Abernethy', 'Oduya', 'Castellano', 'Prendergast', 'Whitlock', 'Bamford', 'Gillespie'])
N['en-US'] = (
    ['Tyler', 'Brandon', 'DeShawn', 'Hunter', 'Marcus', 'Chad', 'Luis', 'Kevin', 'Cody', 'Dwayne', 'Garrett',
     'Jamal', 'Trevor', 'Mitchell', 'Ethan', 'Dmitri'],
    ['Ashley', 'Brittany', 'Kayla', 'Latoya', 'Madison', 'Jennifer', 'Megan', 'Carmen', 'Haley', 'Tiffany',
     'Shonda', 'Courtney', 'Ming', 'Rebecca', 'Dakota', 'Alexis'],
    ['Ford', 'Hernandez', 'McCoy', 'Washington', 'Kowalczyk', 'Nguyen', 'Steinberg', 'Delgado', 'Jefferson',
     'Hartley', 'Okafor', 'Lincoln', 'Brandt', 'Patel', 'Goldberg', 'Morgan', 'Dell', 'Sachs', 'Bloomfield',
     'Reyes', 'Thibodeaux', 'Kimura'])
N['en-IE'] = (
    ['Ciarán', 'Pádraig', 'Eoin', 'Darragh', 'Oisín', 'Cathal', 'Donal', 'Fergal', 'Colm', 'Tadhg'],
    ['Aoife', 'Gráinne', 'Siobhán', 'Caoimhe', 'Róisín', 'Sinéad', 'Úna', 'Orla', 'Clodagh', 'Máire'],
    ["O'Sullivan", 'Ó Briain', 'Mac Giolla Phádraig', "O'Connell", 'Ní Dhonnchadha', 'Fitzgerald', 'Guinness',
     'Brennan', "D'Arcy", 'McGrath', 'Kavanagh', 'Nic Aodha', 'Lynch', 'Whelan', 'Moriarty'])
N['en-AU'] = (
    ['Bruce', 'Lachlan', 'Hamish', 'Jarrah', 'Kane', 'Dean', 'Mitch', 'Angus', 'Nathan', 'Tran'],
    ['Kylie', 'Shaz', 'Bronwyn', 'Tahlia', 'Sheree', 'Mei', 'Jacinta', 'Narelle', 'Skye', 'Leanne'],
    ['Holden', 'McKenzie', 'Papadopoulos', 'Nguyen', 'Fitzsimons', 'Rossi', 'Walker', 'Kowalski', 'Blackburn',
     'Tran', 'Henderson', 'Arnott', 'Gilchrist'])
N['en-IN'] = (
    ['Venkatesh', 'Arjun', 'Rohit', 'Sandeep', 'Karthik', 'Imran', 'Harpreet', 'Nikhil', 'Suresh', 'Abhishek'],
    ['Priya', 'Ananya', 'Deepika', 'Lakshmi', 'Sneha', 'Farah', 'Kavitha', 'Meenakshi', 'Pooja', 'Ritu'],
    ['Iyer', 'Raghunathan', 'Bhattacharya', 'Kulkarni', 'Sharma', 'Tata', 'Mahindra', 'Reddy', 'Menon', 'Siddiqui',
     'Chatterjee', 'Pillai', 'Deshpande', 'Gill', 'Nair'])
N['en-ZA'] = (
    ['Sipho', 'Thabo', 'Pieter', 'Johan', 'Mandla', 'Riaan', 'Kagiso', 'Ashwin', 'Themba', 'Francois'],
    ['Thandiwe', 'Nomvula', 'Annelie', 'Lerato', 'Zanele', 'Charmaine', 'Refilwe', 'Marike', 'Naledi', 'Fatima'],
    ['Dlamini', 'van der Merwe', 'Mokoena', 'Botha', 'Naidoo', 'Nkosi', 'du Plessis', 'Pretorius', 'Khumalo',
     'Ndlovu', 'Steyn', 'Moosa', 'Mahlangu', 'Joubert'])
N['de'] = (
    ['Jörg', 'Matthias', 'Klaus-Dieter', 'Florian', 'Lukas', 'Tobias', 'Hans-Peter', 'Björn', 'Uwe', 'Maximilian',
     'Ralf', 'Stefan'],
    ['Anke', 'Sabine', 'Ursula', 'Katharina', 'Lena', 'Birgit', 'Annegret', 'Jana', 'Marie-Luise', 'Svenja',
     'Heike', 'Franziska'],
    ['Müller-Lüdenscheidt', 'Schmidt', 'Bosch', 'Siemens', 'von Arnim', 'Krüger', 'Weiß', 'Hoffmann', 'Porsche',
     'Schäfer', 'Zimmermann', 'Brandt', 'Oetker', 'Wagner', 'Großmann', 'Kühne', 'Baum', 'Lehmann'])
N['fr'] = (
    ['Jean-Baptiste', 'Thierry', 'Grégoire', 'Loïc', 'Benoît', 'Yannick', 'Hervé', 'Mathieu', 'Pierre-Henri', 'Karim'],
    ['Marie-Claire', 'Sandrine', 'Élodie', 'Anne-Sophie', 'Nathalie', 'Gaëlle', 'Inès', 'Brigitte', 'Solène', 'Camille'],
    ['de La Fontaine', 'Lefèvre', 'Michelin', 'Renault', 'Dubois', 'Le Goff', 'Moreau', 'Peugeot', 'Fournier',
     'du Chastel', 'Benali', 'Rousseau', 'Girard', "d'Aubigny", 'Chevalier'])
N['es'] = (
    ['Javier', 'José Luis', 'Iñaki', 'Álvaro', 'Jordi', 'Rubén', 'Francisco Javier', 'Sergio', 'Íñigo', 'Pablo'],
    ['María José', 'Lucía', 'Nerea', 'Ainhoa', 'Carmen', 'Montserrat', 'Pilar', 'Begoña', 'Rocío', 'Itziar'],
    ['Fernández de la Torre', 'García Márquez', 'Ruiz-Gallardón', 'López Etxeberria', 'Martínez Soler',
     'Sánchez Vidal', 'Domecq Osborne', 'Puig i Ferrer', 'Romero Zapata', 'Ortega Lanza', 'Gil de Biedma',
     'Herrero Casas'])
N['it'] = (
    ['Giancarlo', 'Alessandro', 'Matteo', 'Gianluca', 'Pierluigi', 'Salvatore', 'Lorenzo', 'Davide', 'Enzo', 'Carlo Alberto'],
    ['Giulia', 'Francesca', 'Maria Grazia', 'Chiara', 'Annalisa', 'Federica', 'Rosaria', 'Ilaria', 'Beatrice', 'Loredana'],
    ['De Luca', 'Di Stefano', 'Lo Russo', 'Ferrari', 'Barilla', 'Esposito', 'Colombo', 'Dalla Valle', 'Benetton',
     'Mancini', 'Russo', 'Agnelli', 'Ferrero', 'Bianchi'])
N['pt'] = (
    ['João Pedro', 'Rui', 'Tiago', 'Nuno', 'Duarte', 'Miguel', 'Gonçalo', 'Vasco', 'Henrique', 'Afonso'],
    ['Maria da Conceição', 'Inês', 'Beatriz', 'Filipa', 'Leonor', 'Catarina', 'Joana', 'Marta', 'Sofia', 'Teresa'],
    ['Pereira dos Santos', 'Vasconcelos', 'Sousa e Melo', 'Carvalho', 'Ferreira da Silva', 'Magalhães', 'Pinto Bastos',
     'Azevedo', 'Queirós', 'Nogueira', 'Mota Amaral'])
N['pt-BR'] = (
    ['João Paulo', 'Thiago', 'Rodrigo', 'Felipe', 'Luiz Carlos', 'Washington', 'Gabriel', 'Wellington', 'Caio', 'Marcelo'],
    ['Ana Paula', 'Juliana', 'Fernanda', 'Luciana', 'Maria Eduarda', 'Gabriela', 'Patrícia', 'Renata', 'Thaís', 'Daniela'],
    ['Oliveira', 'dos Santos', 'Souza Lima', 'Nascimento', 'Albuquerque', 'Cavalcanti', 'Ribeiro', 'Gonçalves',
     'Moreira Salles', 'Barbosa', 'Bragança', 'Teixeira'])
N['nl'] = (
    ['Jeroen', 'Sjoerd', 'Pieter-Jan', 'Bram', 'Joost', 'Maarten', 'Wouter', 'Thijs', 'Gijs', 'Ruud'],
    ['Marieke', 'Femke', 'Anouk', 'Ilse', 'Sanne', 'Esther', 'Lieke', 'Willemijn', 'Floor', 'Marloes'],
    ['van der Berg', 'de Jong', 'Philips', 'Bakker', 'van Dijk', 'Visser', 'Heineken', 'de Vries', 'Smits',
     'van Leeuwen', 'Janssen', 'ter Horst', "van 't Hek"])
for lg in ('sv', 'da', 'no'):
    pass
N['sv'] = (['Anders', 'Björn', 'Mattias', 'Per-Olof', 'Johan', 'Erik', 'Lars'],
           ['Ingrid', 'Karin', 'Maja', 'Ebba', 'Annika', 'Linnéa', 'Sofia'],
           ['Lindqvist', 'Karlsson', 'Bergström', 'Nobel', 'Wallenberg', 'Öberg', 'Sjöberg', 'Hedlund', 'Ek', 'Nyström'])
N['da'] = (['Søren', 'Rasmus', 'Mads', 'Jens', 'Henrik', 'Kasper', 'Niels'],
           ['Mette', 'Sidsel', 'Line', 'Pernille', 'Camilla', 'Birgitte', 'Ida'],
           ['Kierkegaard', 'Jørgensen', 'Nielsen', 'Carlsberg', 'Mærsk', 'Østergaard', 'Holm', 'Bech', 'Lund', 'Kjær'])
N['no'] = (['Ole Gunnar', 'Håkon', 'Sindre', 'Eirik', 'Knut', 'Torbjørn', 'Magnus'],
           ['Ingvild', 'Solveig', 'Kari', 'Astrid', 'Ragnhild', 'Silje', 'Tuva'],
           ['Hansen', 'Bakke', 'Nordahl', 'Amundsen', 'Haugen', 'Solberg', 'Grieg', 'Løkke', 'Strand', 'Dahl'])
PL = [
    Person('Tomasz', 'Kowalski', 'm', 'pl', dict(gen='Tomasza Kowalskiego', dat='Tomaszowi Kowalskiemu', ins='Tomaszem Kowalskim', sgen='Kowalskiego', sins='Kowalskim')),
    Person('Piotr', 'Wiśniewski', 'm', 'pl', dict(gen='Piotra Wiśniewskiego', dat='Piotrowi Wiśniewskiemu', ins='Piotrem Wiśniewskim', sgen='Wiśniewskiego', sins='Wiśniewskim')),
    Person('Krzysztof', 'Zieliński', 'm', 'pl', dict(gen='Krzysztofa Zielińskiego', dat='Krzysztofowi Zielińskiemu', ins='Krzysztofem Zielińskim', sgen='Zielińskiego', sins='Zielińskim')),
    Person('Marek', 'Wójcik', 'm', 'pl', dict(gen='Marka Wójcika', dat='Markowi Wójcikowi', ins='Markiem Wójcikiem', sgen='Wójcika', sins='Wójcikiem')),
    Person('Paweł', 'Lewandowski', 'm', 'pl', dict(gen='Pawła Lewandowskiego', dat='Pawłowi Lewandowskiemu', ins='Pawłem Lewandowskim', sgen='Lewandowskiego', sins='Lewandowskim')),
    Person('Grzegorz', 'Dąbrowski', 'm', 'pl', dict(gen='Grzegorza Dąbrowskiego', dat='Grzegorzowi Dąbrowskiemu', ins='Grzegorzem Dąbrowskim', sgen='Dąbrowskiego', sins='Dąbrowskim')),
    Person('Anna', 'Nowakowska', 'f', 'pl', dict(gen='Anny Nowakowskiej', dat='Annie Nowakowskiej', ins='Anną Nowakowską', sgen='Nowakowskiej', sins='Nowakowską')),
    Person('Katarzyna', 'Wójcik', 'f', 'pl', dict(gen='Katarzyny Wójcik', dat='Katarzynie Wójcik', ins='Katarzyną Wójcik', sgen='Wójcik', sins='Wójcik')),
    Person('Magdalena', 'Kamińska', 'f', 'pl', dict(gen='Magdaleny Kamińskiej', dat='Magdalenie Kamińskiej', ins='Magdaleną Kamińską', sgen='Kamińskiej', sins='Kamińską')),
    Person('Agnieszka', 'Szymańska', 'f', 'pl', dict(gen='Agnieszki Szymańskiej', dat='Agnieszce Szymańskiej', ins='Agnieszką Szymańską', sgen='Szymańskiej', sins='Szymańską')),
    Person('Joanna', 'Mazur', 'f', 'pl', dict(gen='Joanny Mazur', dat='Joannie Mazur', ins='Joanną Mazur', sgen='Mazur', sins='Mazur')),
    Person('Ewa', 'Krawczyk-Nowak', 'f', 'pl', dict(gen='Ewy Krawczyk-Nowak', dat='Ewie Krawczyk-Nowak', ins='Ewą Krawczyk-Nowak', sgen='Krawczyk-Nowak', sins='Krawczyk-Nowak')),
]
CS = [
    Person('Jan', 'Novák', 'm', 'cs', dict(gen='Jana Nováka', dat='Janu Novákovi', ins='Janem Novákem', sdat='Novákovi')),
    Person('Petr', 'Dvořák', 'm', 'cs', dict(gen='Petra Dvořáka', dat='Petru Dvořákovi', ins='Petrem Dvořákem', sdat='Dvořákovi')),
    Person('Tomáš', 'Černý', 'm', 'cs', dict(gen='Tomáše Černého', dat='Tomáši Černému', ins='Tomášem Černým', sdat='Černému')),
    Person('Martin', 'Procházka', 'm', 'cs', dict(gen='Martina Procházky', dat='Martinu Procházkovi', ins='Martinem Procházkou', sdat='Procházkovi')),
    Person('Jiří', 'Kučera', 'm', 'cs', dict(gen='Jiřího Kučery', dat='Jiřímu Kučerovi', ins='Jiřím Kučerou', sdat='Kučerovi')),
    Person('Petra', 'Svobodová', 'f', 'cs', dict(gen='Petry Svobodové', dat='Petře Svobodové', ins='Petrou Svobodovou', sdat='Svobodové')),
    Person('Lucie', 'Veselá', 'f', 'cs', dict(gen='Lucie Veselé', dat='Lucii Veselé', ins='Lucií Veselou', sdat='Veselé')),
    Person('Jana', 'Horáková', 'f', 'cs', dict(gen='Jany Horákové', dat='Janě Horákové', ins='Janou Horákovou', sdat='Horákové')),
    Person('Eva', 'Marková', 'f', 'cs', dict(gen='Evy Markové', dat='Evě Markové', ins='Evou Markovou', sdat='Markové')),
]
FI = [Person(f, l, g, 'fi', dict(gen=f"{f} {lg}", all=f"{f} {la}", sgen=lg, sall=la)) for f, l, g, lg, la in [
    ('Mikko', 'Virtanen', 'm', 'Virtasen', 'Virtaselle'), ('Anna', 'Korhonen', 'f', 'Korhosen', 'Korhoselle'),
    ('Juha', 'Mäkinen', 'm', 'Mäkisen', 'Mäkiselle'), ('Laura', 'Nieminen', 'f', 'Niemisen', 'Niemiselle'),
    ('Timo', 'Heikkinen', 'm', 'Heikkisen', 'Heikkiselle'), ('Sanna', 'Laine', 'f', 'Laineen', 'Laineelle'),
    ('Pekka', 'Koskinen', 'm', 'Koskisen', 'Koskiselle'), ('Riikka', 'Järvinen', 'f', 'Järvisen', 'Järviselle'),
    ('Aki', 'Kaurismäki-Lehto', 'm', 'Kaurismäki-Lehdon', 'Kaurismäki-Lehdolle')]]
HU = [Person(f, l, g, 'hu', dict(dat=f"{l} {d}", sdat=d), family_first=True) for l, f, g, d in [
    ('Kovács', 'Péter', 'm', 'Péternek'), ('Nagy', 'Anna', 'f', 'Annának'), ('Szabó', 'Gábor', 'm', 'Gábornak'),
    ('Tóth', 'Eszter', 'f', 'Eszternek'), ('Horváth', 'Zoltán', 'm', 'Zoltánnak'), ('Varga', 'Krisztina', 'f', 'Krisztinának'),
    ('Kiss-Molnár', 'Judit', 'f', 'Juditnak'), ('Farkas', 'László', 'm', 'Lászlónak'), ('Balogh', 'Réka', 'f', 'Rékának')]]
TR = [Person(f, l, g, 'tr') for f, l, g in [
    ('Ahmet', 'Yılmaz', 'm'), ('Ayşe', 'Demir', 'f'), ('Mehmet', 'Kaya', 'm'), ('Elif', 'Şahin', 'f'),
    ('Mustafa', 'Çelik', 'm'), ('Zeynep', 'Arslan', 'f'), ('Emre', 'Öztürk', 'm'), ('Selin', 'Aydın', 'f'),
    ('Burak', 'Koç', 'm'), ('Gülşen', 'Ertuğrul', 'f'), ('Hakan', 'Sabancı', 'm')]]
RO = [Person(f, l, g, 'ro', dict(dat=dt)) for f, l, g, dt in [
    ('Ion', 'Popescu', 'm', 'Ion Popescu'), ('Andrei', 'Ionescu', 'm', 'Andrei Ionescu'),
    ('Mihai', 'Dumitrescu', 'm', 'Mihai Dumitrescu'), ('Elena', 'Stan', 'f', 'Elenei Stan'),
    ('Ioana', 'Constantinescu', 'f', 'Ioanei Constantinescu'), ('Cristina', 'Munteanu-Radu', 'f', 'Cristinei Munteanu-Radu'),
    ('Radu', 'Georgescu', 'm', 'Radu Georgescu'), ('Maria', 'Enescu', 'f', 'Mariei Enescu'), ('Dan', 'Brâncuși', 'm', 'Dan Brâncuși')]]
ICE = [Person('Guðrún', 'Jónsdóttir', 'f', 'is'), Person('Sigurður', 'Ólafsson', 'm', 'is'), Person('Ásta', 'Sigurðardóttir', 'f', 'is')]


def person(lang, g=None, used=None):
    used = used if used is not None else set()
    for _ in range(200):
        if lang == 'pl':
            p = pick(PL)
        elif lang == 'cs':
            p = pick(CS)
        elif lang == 'fi':
            p = pick(FI)
        elif lang == 'hu':
            p = pick(HU)
        elif lang == 'tr':
            p = pick(TR)
        elif lang == 'ro':
            p = pick(RO)
        else:
            key = lang if lang in N else ('en' if lang.startswith('en') else lang)
            m, f, s = N[key]
            gg = g or pick('mf')
            p = Person(pick(m if gg == 'm' else f), pick(s), gg, lang)
        if g and p.g != g:
            continue
        if p.last not in used and p.first not in used:
            used.add(p.last)
            used.add(p.first)
            return p
    return p


def people(lang, k, used=None):
    used = used if used is not None else set()
    return [person(lang, used=used) for _ in range(k)]


# ----------------------------------------------------------------------------- places, phones
def r2(a, b):
    return str(R.randint(a, b))


def upl(n):
    return ''.join(R.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(n))


GEO = {
    'GB': dict(
        streets=['Harcourt Road', 'Millbrook Lane', "St Aldate's", 'Cheyne Walk', 'Wellington Street', 'Nelson Square',
                 'Victoria Parade', 'Gladstone Terrace', 'Albert Embankment', 'Churchill Way', 'Shakespeare Road',
                 'Darwin Close', 'Brunel Quay', 'Queen Anne Street'],
        towns=[('Leeds', 'LS6'), ('Bristol', 'BS8'), ('Norwich', 'NR2'), ('Oxford', 'OX1'), ('Manchester', 'M20'),
               ('Cardiff', 'CF10'), ('Edinburgh', 'EH7'), ('Sheffield', 'S11'), ('York', 'YO31'), ('Brighton', 'BN1'),
               ('Harrogate', 'HG1'), ('Stockport', 'SK4')],
        units=['Flat 3', 'Flat 12B', 'Unit 7', 'Suite 4.02', '2nd Floor', 'The Old Rectory']),
    'US': dict(
        streets=['Elm Street', 'Lincoln Avenue', 'Martin Luther King Jr Blvd', 'Washington St', 'Maple Drive',
                 'Jefferson Pkwy', 'Oak Ridge Rd', 'Franklin Avenue', 'Grant Street', 'Sycamore Ln', 'Madison Ave'],
        towns=[('Columbus', 'OH', '43215'), ('Portland', 'OR', '97205'), ('Austin', 'TX', '78704'),
               ('Raleigh', 'NC', '27601'), ('Madison', 'WI', '53703'), ('Albany', 'NY', '12207'),
               ('Tucson', 'AZ', '85701'), ('Dearborn', 'MI', '48126'), ('Savannah', 'GA', '31401'),
               ('Boise', 'ID', '83702'), ('Lincoln', 'NE', '68508')],
        units=['Suite 400', 'Apt 3B', 'Unit 12', 'Floor 9', 'Ste. 210']),
    'IE': dict(
        streets=['Harcourt Street', 'Leeson Street Upper', "O'Connell Street", 'Pearse Street', 'Grattan Crescent',
                 'Parnell Square', 'Emmet Road', 'Shop Street', 'Sráid an Mhuilinn', 'Davitt Road'],
        towns=[('Dublin 2', 'D02'), ('Dublin 8', 'D08'), ('Cork', 'T12'), ('Galway', 'H91'), ('Limerick', 'V94'),
               ('Ennis, Co. Clare', 'V95'), ('Tralee, Co. Kerry', 'V92'), ('Navan, Co. Meath', 'C15')],
        units=['Unit 4', 'Apt 12', 'Floor 3', 'Block C']),
    'AU': dict(
        streets=['Pitt Street', 'Wattle Avenue', 'Flinders Lane', 'Macquarie Street', 'Banksia Cres',
                 'Lonsdale St', 'Hay Street', 'Bourke Street', 'Gilchrist Drive', 'Anzac Parade'],
        towns=[('Sydney', 'NSW', '2000'), ('Brunswick', 'VIC', '3056'), ('Fremantle', 'WA', '6160'),
               ('Fortitude Valley', 'QLD', '4006'), ('Glenelg', 'SA', '5045'), ('Hobart', 'TAS', '7000'),
               ('Parramatta', 'NSW', '2150'), ('Newtown', 'NSW', '2042')],
        units=['Level 12', 'Unit 5', 'Suite 3', 'Level 2']),
    'IN': dict(
        streets=['5th Cross, Indiranagar', 'Linking Road, Bandra West', 'MG Road', 'Nehru Place', 'Anna Salai',
                 'Sardar Patel Marg', 'Gandhi Nagar Main Road', '80 Feet Road, Koramangala', 'Park Street'],
        towns=[('Bengaluru', 'Karnataka', '560038'), ('Mumbai', 'Maharashtra', '400050'),
               ('Chennai', 'Tamil Nadu', '600002'), ('New Delhi', 'Delhi', '110019'), ('Kolkata', 'West Bengal', '700016'),
               ('Pune', 'Maharashtra', '411004'), ('Hyderabad', 'Telangana', '500034')],
        units=['Flat 402, Sai Krupa Apartments', '3rd Floor, Prestige Tower', 'No. 17/2', 'Plot 44', 'Office 9B, Trade Centre']),
    'ZA': dict(
        streets=['Kloof Street', 'Jan Smuts Avenue', 'Nelson Mandela Boulevard', 'Long Street', 'Rivonia Road',
                 'Florida Road', 'Bree Street', 'Oxford Road', 'Church Street'],
        towns=[('Gardens, Cape Town', '8001'), ('Rosebank, Johannesburg', '2196'), ('Morningside, Durban', '4001'),
               ('Sandton', '2196'), ('Hatfield, Pretoria', '0083'), ('Stellenbosch', '7600'), ('Gqeberha', '6001')],
        units=['Unit 12, The Pavilion', '3rd Floor, Tower B', 'Shop 4', 'Suite 201']),
    'DE': dict(
        streets=['Karl-Marx-Allee', 'Goethestraße', 'Schillerplatz', 'Bismarckstraße', 'Friedrich-Ebert-Anlage',
                 'Hauptstraße', 'Lindenweg', 'Konrad-Adenauer-Ufer', 'Sophie-Scholl-Straße', 'Am Kupfergraben',
                 'Werner-von-Siemens-Ring', 'Rosa-Luxemburg-Platz'],
        towns=[('Berlin', '10243'), ('München', '80331'), ('Köln', '50667'), ('Hamburg', '20095'),
               ('Frankfurt am Main', '60311'), ('Leipzig', '04109'), ('Stuttgart', '70173'), ('Erlangen', '91052'),
               ('Bielefeld', '33602'), ('Freiburg im Breisgau', '79098')],
        units=['Aufgang B', '3. OG', 'Hinterhaus', 'c/o Coworking Süd']),
    'FR': dict(
        streets=['rue Victor-Hugo', 'avenue Jean-Jaurès', 'boulevard Haussmann', 'allée des Tilleuls', 'rue de la République',
                 'place Charles-de-Gaulle', 'quai Voltaire', 'rue Émile-Zola', 'impasse des Lilas', 'cours Mirabeau'],
        towns=[('Lyon', '69002'), ('Toulouse', '31000'), ('Paris', '75009'), ('Nantes', '44000'), ('Lille', '59800'),
               ('Bordeaux', '33000'), ('Aix-en-Provence', '13100'), ('Rennes', '35000'), ('Clermont-Ferrand', '63000')],
        units=['Bât. B', 'Esc. 2, 4e étage', 'Résidence Les Érables', 'BP 412']),
    'ES': dict(
        streets=['C/ Goya', 'Avda. de Blasco Ibáñez', 'Calle Mayor', 'Paseo de la Castellana', 'C/ de Pau Claris',
                 'Plaza de Cervantes', 'C/ Doctor Fleming', 'Rambla de Catalunya', 'Avda. Miguel de Unamuno', 'C/ Alcalá'],
        towns=[('Madrid', '28001'), ('Valencia', '46010'), ('Barcelona', '08009'), ('Sevilla', '41004'),
               ('Bilbao', '48009'), ('Zaragoza', '50001'), ('Málaga', '29015'), ('Salamanca', '37002')],
        units=['3.º izda.', '1.º B', 'bajo', 'esc. 2, 4.º 1.ª', 'local 3']),
    'IT': dict(
        streets=['Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Via Dante Alighieri', 'Piazza Cavour',
                 'Viale Giacomo Matteotti', 'Via dei Mille', 'Via Roma', 'Largo Leopardi', 'Via Alessandro Manzoni'],
        towns=[('Milano', '20121', 'MI'), ('Torino', '10121', 'TO'), ('Bologna', '40126', 'BO'), ('Firenze', '50123', 'FI'),
               ('Napoli', '80134', 'NA'), ('Bari', '70122', 'BA'), ('Verona', '37121', 'VR'), ('Padova', '35122', 'PD')],
        units=['scala B', 'int. 7', 'piano 2', 'c/o Studio Associato']),
    'PT': dict(
        streets=['Rua Augusta', 'Av. da Boavista', 'Rua Garrett', 'Av. Almirante Reis', 'Rua de Santa Catarina',
                 'Praça Marquês de Pombal', 'Rua Miguel Bombarda', 'Av. Fontes Pereira de Melo'],
        towns=[('Lisboa', '1100'), ('Porto', '4100'), ('Coimbra', '3000'), ('Braga', '4710'), ('Faro', '8000'),
               ('Setúbal', '2900'), ('Aveiro', '3810')],
        units=['2.º Esq.', '1.º Dto.', 'R/C', '4.º andar, sala 12']),
    'BR': dict(
        streets=['Rua Oscar Freire', 'Av. Rio Branco', 'Rua Voluntários da Pátria', 'Av. Getúlio Vargas',
                 'Rua Tiradentes', 'Av. Paulista', 'Rua Marechal Deodoro', 'Alameda Santos', 'Rua Padre Chagas'],
        towns=[('São Paulo', 'SP', 'Jardins'), ('Rio de Janeiro', 'RJ', 'Centro'), ('Belo Horizonte', 'MG', 'Savassi'),
               ('Porto Alegre', 'RS', 'Moinhos de Vento'), ('Recife', 'PE', 'Boa Viagem'), ('Curitiba', 'PR', 'Batel'),
               ('Salvador', 'BA', 'Barra')],
        units=['apto 54', 'sala 1204', 'conj. 81', 'casa 2', 'bloco B, apto 302']),
    'NL': dict(
        streets=['Keizersgracht', 'Willemsplein', 'Johan de Wittlaan', 'Oudegracht', 'Van Goghstraat',
                 'Stationsplein', 'Prinses Beatrixlaan', 'Marktstraat', 'Rembrandtplein', 'Hoofdweg'],
        towns=[('Amsterdam', '1015'), ('Rotterdam', '3016'), ('Utrecht', '3511'), ('Den Haag', '2517'),
               ('Eindhoven', '5611'), ('Groningen', '9711'), ('Zwolle', '8011'), ('Haarlem', '2011')],
        units=['-II', ' A', '-3hg', ' bis']),
    'PL': dict(
        streets=['ul. Marszałkowska', 'al. Jana Pawła II', 'ul. Mikołaja Kopernika', 'ul. Piotrkowska', 'os. Tysiąclecia',
                 'ul. Marii Skłodowskiej-Curie', 'ul. Długa', 'pl. Grunwaldzki', 'ul. Józefa Piłsudskiego'],
        towns=[('Warszawa', '00-514'), ('Kraków', '31-154'), ('Łódź', '90-001'), ('Wrocław', '50-368'),
               ('Gdańsk', '80-831'), ('Poznań', '61-806'), ('Lublin', '20-400'), ('Katowice', '40-005')],
        units=['m. 15', 'lok. 3', '/12', 'II piętro']),
    'SE': dict(
        streets=['Drottninggatan', 'Kungsportsavenyen', 'Strindbergsgatan', 'Storgatan', 'Linnégatan',
                 'Sveavägen', 'Vasagatan', 'Nobelvägen', 'Birger Jarlsgatan'],
        towns=[('Stockholm', '111 21'), ('Göteborg', '411 36'), ('Malmö', '211 22'), ('Uppsala', '753 20'),
               ('Umeå', '903 26'), ('Lund', '222 21'), ('Västerås', '722 15')],
        units=['lgh 1102', '3 tr', 'c/o Lindholm', 'Box 1187']),
    'DK': dict(
        streets=['Nørrebrogade', 'H.C. Andersens Boulevard', 'Vesterbrogade', 'Strøget', 'Niels Juels Gade',
                 'Søndergade', 'Jægersborggade', 'Kongens Nytorv', 'Bredgade'],
        towns=[('København N', '2200'), ('København V', '1553'), ('Aarhus C', '8000'), ('Odense C', '5000'),
               ('Aalborg', '9000'), ('Roskilde', '4000'), ('Vejle', '7100')],
        units=['2. th.', '1. tv.', 'st.', '4. sal']),
    'NO': dict(
        streets=['Karl Johans gate', 'Bryggen', 'Thorvald Meyers gate', 'Storgata', 'Kongens gate',
                 'Henrik Ibsens gate', 'Olav Tryggvasons gate', 'Markveien'],
        towns=[('Oslo', '0159'), ('Bergen', '5003'), ('Trondheim', '7011'), ('Stavanger', '4006'), ('Tromsø', '9008'),
               ('Drammen', '3015'), ('Kristiansand', '4611')],
        units=['H0201', '3. etg.', 'leil. 12']),
    'FI': dict(
        streets=['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Runebergintie', 'Itäinen Pitkäkatu',
                 'Sibeliuksenkatu', 'Kauppakatu', 'Kalevankatu'],
        towns=[('Helsinki', '00100'), ('Tampere', '33100'), ('Turku', '20100'), ('Oulu', '90100'), ('Espoo', '02150'),
               ('Jyväskylä', '40100'), ('Kuopio', '70100')],
        units=['B 22', 'A 4', 'C 31', 'as. 7']),
    'CZ': dict(
        streets=['Václavské náměstí', 'Masarykova', 'Karlovo náměstí', 'Vinohradská', 'Palackého',
                 'Husova', 'nábřeží Edvarda Beneše', 'Komenského', 'Národní třída'],
        towns=[('Praha 1', '110 00'), ('Brno', '602 00'), ('Ostrava', '702 00'), ('Plzeň', '301 00'),
               ('Olomouc', '779 00'), ('Praha 2', '120 00'), ('Liberec', '460 01')],
        units=['3. patro', 'byt č. 12', 'vchod B']),
    'RO': dict(
        streets=['Str. Mihai Eminescu', 'Bd. Eroilor', 'Calea Victoriei', 'Str. Avram Iancu', 'Bd. Unirii',
                 'Str. Nicolae Bălcescu', 'Șos. Kiseleff', 'Str. Ion Creangă'],
        towns=[('București', '020071', 'sector 2'), ('Cluj-Napoca', '400129', 'jud. Cluj'), ('Iași', '700259', 'jud. Iași'),
               ('Timișoara', '300011', 'jud. Timiș'), ('Brașov', '500030', 'jud. Brașov'), ('Constanța', '900178', 'jud. Constanța')],
        units=['bl. A2, sc. 1, ap. 7', 'et. 3, ap. 12', 'ap. 4']),
    'HU': dict(
        streets=['Petőfi Sándor utca', 'Andrássy út', 'Kossuth Lajos tér', 'Kárász utca', 'Rákóczi út',
                 'Váci utca', 'Bartók Béla út', 'Deák Ferenc utca', 'Széchenyi István tér'],
        towns=[('Budapest', '1052'), ('Szeged', '6720'), ('Debrecen', '4024'), ('Pécs', '7621'), ('Győr', '9021'),
               ('Budapest', '1114'), ('Miskolc', '3525')],
        units=['II. em. 4.', 'fszt. 2.', '3. em. 11.', 'IV/2.']),
    'TR': dict(
        streets=['Bağdat Cad.', 'Atatürk Bulvarı', 'İstiklal Cad.', 'Cumhuriyet Mah. Gazi Sk.', 'Kordon Boyu',
                 'Barbaros Bulvarı', 'Fevzi Çakmak Cad.', 'Halaskargazi Cad.'],
        towns=[('Kadıköy/İstanbul', '34710'), ('Çankaya/Ankara', '06420'), ('Konak/İzmir', '35250'),
               ('Şişli/İstanbul', '34363'), ('Nilüfer/Bursa', '16110'), ('Muratpaşa/Antalya', '07040'),
               ('Beşiktaş/İstanbul', '34353')],
        units=['D: 6', 'Kat: 3 D: 12', 'D: 2', 'Kat: 5']),
}
GEO['AT'] = dict(streets=['Mariahilfer Straße', 'Johann-Strauß-Gasse', 'Herrengasse', 'Landstraßer Hauptstraße'],
                 towns=[('Wien', '1070'), ('Graz', '8010'), ('Linz', '4020'), ('Salzburg', '5020')],
                 units=['Top 7', 'Stiege 2/Top 14'])

LANG_CC = {'en-GB': 'GB', 'en-US': 'US', 'en-IE': 'IE', 'en-AU': 'AU', 'en-IN': 'IN', 'en-ZA': 'ZA', 'de': 'DE',
           'fr': 'FR', 'es': 'ES', 'it': 'IT', 'pt': 'PT', 'pt-BR': 'BR', 'nl': 'NL', 'pl': 'PL', 'sv': 'SE',
           'da': 'DK', 'no': 'NO', 'fi': 'FI', 'cs': 'CZ', 'ro': 'RO', 'hu': 'HU', 'tr': 'TR'}


def town(cc):
    t = pick(GEO[cc]['towns'])
    name = t[0]
    if cc in ('IE',):
        name = name.split(',')[0]
    if cc == 'ZA':
        name = name.split(', ')[-1]
    if cc == 'TR':
        name = name.split('/')[-1]
    if cc in ('DK',):
        name = name.replace(' N', '').replace(' V', '').replace(' C', '')
    if cc in ('CZ',):
        name = name.split(' ')[0]
    return name


def addr(cc, block=False, unit=None, country=False):
    g = GEO[cc]
    st = pick(g['streets'])
    t = pick(g['towns'])
    nl = '\n' if block else ', '
    u = pick(g['units']) if (unit if unit is not None else chance(0.35)) else None
    n = r2(1, 180)
    if cc == 'GB':
        pc = f"{t[1]} {R.randint(1, 9)}{upl(2)}"
        lines = ([u] if u else []) + [f"{n} {st}", t[0], pc] if block else ([u] if u else []) + [f"{n} {st}", f"{t[0]} {pc}"]
        if country:
            lines.append(pick(['United Kingdom', 'UK']))
    elif cc == 'US':
        first = f"{R.randint(100, 9899)} {st}" + (f", {u}" if u else '')
        lines = [first, f"{t[0]}, {t[1]} {t[2]}"]
        if country:
            lines.append('USA')
    elif cc == 'IE':
        ek = f"{t[1]} {upl(1)}{R.randint(1, 9)}{upl(1)}{R.randint(1, 9)}"
        lines = ([u] if u else []) + [f"{n} {st}", t[0], ek]
        if country:
            lines.append('Ireland')
    elif cc == 'AU':
        first = (f"{u}, " if u else '') + f"{n} {st}"
        lines = [first, f"{t[0]} {t[1]} {t[2]}"]
        if country:
            lines.append('Australia')
    elif cc == 'IN':
        lines = [pick(g['units']), st, f"{t[0]} {t[2]}", t[1]]
        if country:
            lines.append('India')
    elif cc == 'ZA':
        lines = ([u] if u else []) + [f"{n} {st}", t[0], t[1]]
        if country:
            lines.append('South Africa')
    elif cc in ('DE', 'AT'):
        lines = ([u] if u and block else []) + [f"{st} {n}" + (pick(['', 'a', 'b']) if chance(0.2) else ''), f"{t[1]} {t[0]}"]
        if country:
            lines.append('Deutschland' if cc == 'DE' else 'Österreich')
    elif cc == 'FR':
        lines = ([u] if u else []) + [f"{n}{pick(['', ',', ' bis'])} {st}", f"{t[1]} {t[0]}"]
        if country:
            lines.append('France')
    elif cc == 'ES':
        lines = [f"{st}, {n}" + (f", {u}" if u else ''), f"{t[1]} {t[0]}"]
        if country:
            lines.append('España')
    elif cc == 'IT':
        lines = [f"{st} {n}" if chance(0.6) else f"{st}, {n}", f"{t[1]} {t[0]} ({t[2]})"]
        if u and chance(0.5):
            lines[0] += f", {u}"
        if country:
            lines.append('Italia')
    elif cc == 'PT':
        lines = [f"{st}, {n}" + (f", {u}" if u else ''), f"{t[1]}-{R.randint(0, 999):03d} {t[0]}"]
        if country:
            lines.append('Portugal')
    elif cc == 'BR':
        lines = [f"{st}, {R.randint(10, 3200)}" + (f", {u}" if u else ''), f"{t[2]}, {t[0]} - {t[1]}",
                 f"CEP {R.randint(10000, 99999)}-{R.randint(0, 999):03d}"]
        if not block and chance(0.5):
            lines = [lines[0] + ' - ' + t[2], f"{t[0]}/{t[1]}", lines[2]]
        if country:
            lines.append('Brasil')
    elif cc == 'NL':
        lines = [f"{st} {n}" + (pick(g['units']) if u else ''), f"{t[1]} {upl(2)} {t[0]}"]
        if country:
            lines.append('Nederland')
    elif cc == 'PL':
        lines = [f"{st} {n}" + ((' ' + u if not u.startswith('/') else u) if u else ''), f"{t[1]} {t[0]}"]
        if country:
            lines.append('Polska')
    elif cc == 'SE':
        lines = ([u] if u and block else []) + [f"{st} {n}", f"{t[1]} {t[0]}"]
        if country:
            lines.append('Sverige')
    elif cc == 'DK':
        lines = [f"{st} {n}" + (f", {u}" if u else ''), f"{t[1]} {t[0]}"]
        if country:
            lines.append('Danmark')
    elif cc == 'NO':
        lines = [f"{st} {n}" + (f", {u}" if u else ''), f"{t[1]} {t[0]}"]
        if country:
            lines.append('Norge')
    elif cc == 'FI':
        lines = [f"{st} {n}" + (f" {u}" if u else ''), f"{t[1]} {t[0].upper() if block and chance(0.5) else t[0]}"]
        if country:
            lines.append('Suomi')
    elif cc == 'CZ':
        lines = [f"{st} {R.randint(100, 2999)}/{n}", f"{t[1]} {t[0]}"]
        if country:
            lines.append('Česká republika')
    elif cc == 'RO':
        lines = [f"{st} nr. {n}" + (f", {u}" if u else ''), f"{t[2]}, {t[1]} {t[0]}" if cc == 'RO' and t[2].startswith('sector') else f"{t[1]} {t[0]}, {t[2]}"]
        if country:
            lines.append('România')
    elif cc == 'HU':
        lines = [f"{t[1]} {t[0]}", f"{st} {n}." + (f" {u}" if u else '')]
        if country:
            lines.append('Magyarország')
    elif cc == 'TR':
        lines = [f"{st} No: {n}" + (f" {u}" if u else ''), f"{t[1]} {t[0]}"]
        if country:
            lines.append('Türkiye')
    return nl.join(lines)


def phone(cc, mobile=None):
    m = chance(0.5) if mobile is None else mobile
    intl = chance(0.4)
    if cc == 'GB':
        if m:
            return pick([f"07700 900{dig(3)}", f"+44 7700 900{dig(3)}", f"07700 900 {dig(3)}"])
        return pick([f"0113 496 0{dig(3)}", f"020 7946 0{dig(3)}", f"+44 (0)20 7946 0{dig(3)}", f"0161 496 0{dig(3)}",
                     f"+44 117 496 0{dig(3)}"])
    if cc == 'US':
        a = pick(['212', '503', '512', '919', '608', '518', '520', '313', '912'])
        return pick([f"({a}) 555-01{dig(2)}", f"{a}-555-01{dig(2)}", f"+1 {a} 555 01{dig(2)}", f"{a}.555.01{dig(2)}"])
    if cc == 'IE':
        return pick([f"01 {dig(3)} {dig(4)}", f"+353 1 {dig(3)} {dig(4)}", f"087 {dig(3)} {dig(4)}",
                     f"+353 86 {dig(3)} {dig(4)}", f"(091) {dig(6)}"])
    if cc == 'AU':
        return pick([f"(02) 9{dig(3)} {dig(4)}", f"04{dig(2)} {dig(3)} {dig(3)}", f"+61 3 9{dig(3)} {dig(4)}",
                     f"+61 4{dig(2)} {dig(3)} {dig(3)}", f"1300 {dig(3)} {dig(3)}"])
    if cc == 'IN':
        return pick([f"+91 98{dig(3)} {dig(5)}", f"080-{dig(4)} {dig(4)}", f"+91-22-{dig(8)}", f"0{R.randint(70, 99)}{dig(3)} {dig(5)}"])
    if cc == 'ZA':
        return pick([f"+27 21 {dig(3)} {dig(4)}", f"082 {dig(3)} {dig(4)}", f"(011) {dig(3)}-{dig(4)}", f"+27 (0)83 {dig(3)} {dig(4)}"])
    if cc in ('DE', 'AT'):
        if cc == 'AT':
            return pick([f"+43 1 {dig(3)} {dig(2)} {dig(2)}", f"0664 {dig(7)}"])
        return pick([f"+49 30 {dig(7)}-{dig(2)}", f"030 / {dig(4)} {dig(3)}", f"0171 {dig(7)}", f"+49 (0)89 {dig(8)}",
                     f"0221 {dig(6)}-0", f"+49 151 {dig(4)} {dig(4)}"])
    if cc == 'FR':
        return pick([f"0{R.randint(1, 5)} {dig(2)} {dig(2)} {dig(2)} {dig(2)}", f"+33 6 {dig(2)} {dig(2)} {dig(2)} {dig(2)}",
                     f"06.{dig(2)}.{dig(2)}.{dig(2)}.{dig(2)}", f"+33 (0)1 {dig(2)} {dig(2)} {dig(2)} {dig(2)}"])
    if cc == 'ES':
        return pick([f"+34 91{dig(1)} {dig(3)} {dig(3)}", f"6{dig(2)} {dig(2)} {dig(2)} {dig(2)}", f"93 {dig(3)} {dig(2)} {dig(2)}",
                     f"+34 6{dig(2)} {dig(3)} {dig(3)}"])
    if cc == 'IT':
        return pick([f"+39 02 {dig(4)} {dig(4)}", f"347 {dig(3)} {dig(4)}", f"06 {dig(8)}", f"+39 333 {dig(7)}", f"011.{dig(7)}"])
    if cc == 'PT':
        return pick([f"+351 21 {dig(3)} {dig(4)}", f"91{dig(1)} {dig(3)} {dig(3)}", f"22 {dig(3)} {dig(4)}", f"+351 96{dig(1)} {dig(3)} {dig(3)}"])
    if cc == 'BR':
        return pick([f"(11) 9{dig(4)}-{dig(4)}", f"+55 21 {dig(4)}-{dig(4)}", f"(31) 3{dig(3)}-{dig(4)}", f"+55 (51) 9 {dig(4)}-{dig(4)}",
                     f"11 9{dig(4)}-{dig(4)}"])
    if cc == 'NL':
        return pick([f"020-{dig(7)}", f"+31 6 {dig(8)}", f"06-{dig(8)}", f"+31 (0)10 {dig(3)} {dig(4)}", f"030 {dig(3)} {dig(2)} {dig(2)}"])
    if cc == 'PL':
        return pick([f"+48 22 {dig(3)} {dig(2)} {dig(2)}", f"{R.randint(500, 799)} {dig(3)} {dig(3)}", f"+48 {R.randint(500, 799)} {dig(3)} {dig(3)}",
                     f"(12) {dig(3)} {dig(2)} {dig(2)}"])
    if cc == 'SE':
        return pick([f"08-{dig(3)} {dig(3)} {dig(2)}", f"070-{dig(3)} {dig(2)} {dig(2)}", f"+46 70 {dig(3)} {dig(2)} {dig(2)}",
                     f"031-{dig(2)} {dig(2)} {dig(2)}"])
    if cc == 'DK':
        return pick([f"+45 33 {dig(2)} {dig(2)} {dig(2)}", f"{R.randint(20, 61)} {dig(2)} {dig(2)} {dig(2)}", f"+45 {dig(4)} {dig(4)}"])
    if cc == 'NO':
        return pick([f"+47 22 {dig(2)} {dig(2)} {dig(2)}", f"9{dig(2)} {dig(2)} {dig(3)}", f"+47 4{dig(2)} {dig(2)} {dig(3)}"])
    if cc == 'FI':
        return pick([f"+358 9 {dig(4)} {dig(4)}", f"040 {dig(3)} {dig(4)}", f"050-{dig(7)}", f"+358 40 {dig(3)} {dig(4)}"])
    if cc == 'CZ':
        return pick([f"+420 224 {dig(3)} {dig(3)}", f"602 {dig(3)} {dig(3)}", f"+420 777 {dig(3)} {dig(3)}", f"541 {dig(3)} {dig(3)}"])
    if cc == 'RO':
        return pick([f"+40 21 {dig(3)} {dig(4)}", f"07{R.randint(20, 79)} {dig(3)} {dig(3)}", f"+40 7{R.randint(20, 79)} {dig(3)} {dig(3)}",
                     f"0264 {dig(3)} {dig(3)}"])
    if cc == 'HU':
        return pick([f"+36 1 {dig(3)} {dig(4)}", f"06 30 {dig(3)} {dig(4)}", f"+36 20 {dig(3)} {dig(4)}", f"06-1-{dig(3)}-{dig(4)}"])
    if cc == 'TR':
        return pick([f"+90 212 {dig(3)} {dig(2)} {dig(2)}", f"0532 {dig(3)} {dig(2)} {dig(2)}", f"0 (312) {dig(3)} {dig(2)} {dig(2)}",
                     f"+90 5{dig(2)} {dig(3)} {dig(2)} {dig(2)}"])
    raise KeyError(cc)


DOMAINS = {'GB': ['co.uk', 'org.uk', 'uk'], 'US': ['com', 'org', 'us'], 'IE': ['ie'], 'AU': ['com.au', 'org.au'],
           'IN': ['in', 'co.in'], 'ZA': ['co.za', 'org.za'], 'DE': ['de'], 'AT': ['at'], 'FR': ['fr'], 'ES': ['es'],
           'IT': ['it'], 'PT': ['pt'], 'BR': ['com.br'], 'NL': ['nl'], 'PL': ['pl', 'com.pl'], 'SE': ['se'],
           'DK': ['dk'], 'NO': ['no'], 'FI': ['fi'], 'CZ': ['cz'], 'RO': ['ro'], 'HU': ['hu'], 'TR': ['com.tr']}


def dom(org, cc):
    return f"{slug(org)[:14]}.{DOMAINS[cc][len(org) % len(DOMAINS[cc])]}"


def free_mail(p, cc):
    prov = {'GB': ['btinternet.com', 'gmail.com', 'outlook.com'], 'US': ['gmail.com', 'yahoo.com', 'icloud.com'],
            'DE': ['gmx.de', 'web.de', 't-online.de'], 'FR': ['orange.fr', 'free.fr', 'laposte.net'],
            'IT': ['libero.it', 'alice.it'], 'ES': ['telefonica.net', 'gmail.com'], 'PL': ['wp.pl', 'o2.pl', 'onet.pl'],
            'CZ': ['seznam.cz', 'centrum.cz'], 'BR': ['uol.com.br', 'bol.com.br', 'gmail.com'], 'NL': ['ziggo.nl', 'kpnmail.nl'],
            'SE': ['telia.com', 'gmail.com'], 'DK': ['mail.dk', 'gmail.com'], 'NO': ['online.no', 'gmail.com'],
            'FI': ['kolumbus.fi', 'gmail.com'], 'HU': ['freemail.hu', 'citromail.hu'], 'TR': ['hotmail.com', 'gmail.com'],
            'RO': ['yahoo.ro', 'gmail.com'], 'IE': ['eircom.net', 'gmail.com'], 'AU': ['bigpond.com', 'gmail.com'],
            'IN': ['rediffmail.com', 'gmail.com'], 'ZA': ['mweb.co.za', 'gmail.com'], 'PT': ['sapo.pt', 'gmail.com']}
    local = p.email('x').split('@')[0]
    if chance(0.4):
        local += str(R.randint(1, 99))
    return f"{local}@{pick(prov.get(cc, ['gmail.com']))}"


# ----------------------------------------------------------------------------- misc pools
MONTHS = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    'da': ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    'no': ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    'cs': ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
    'ro': ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
    'hu': ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
    'tr': ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
    'fi': ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
}


def dt(lang, year=None):
    d, m, y = R.randint(1, 28), R.randint(1, 12), year or pick([2024, 2025, 2025])
    base = lang.split('-')[0]
    if lang == 'en-US':
        return pick([f"{MONTHS['en'][m - 1]} {d}, {y}", f"{m}/{d}/{y}"])
    if base == 'en':
        return pick([f"{d} {MONTHS['en'][m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"])
    if base in ('de', 'da', 'no'):
        return pick([f"{d}. {MONTHS[base][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    if base == 'fi':
        return pick([f"{d}. {MONTHS['fi'][m - 1]} {y}", f"{d}.{m}.{y}"])
    if base == 'hu':
        return pick([f"{y}. {MONTHS['hu'][m - 1]} {d}.", f"{y}.{m:02d}.{d:02d}."])
    if base == 'sv':
        return pick([f"{d} {MONTHS['sv'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"])
    if base == 'tr':
        return pick([f"{d} {MONTHS['tr'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    if base in ('es', 'pt'):
        return pick([f"{d} de {MONTHS[base][m - 1]} de {y}", f"{d:02d}/{m:02d}/{y}"])
    if base in MONTHS:
        return pick([f"{d} {MONTHS[base][m - 1]} {y}", f"{d:02d}/{m:02d}/{y}" if base != 'cs' else f"{d}. {m}. {y}"])
    return f"{d:02d}.{m:02d}.{y}"


def money(cur='£'):
    return f"{cur}{R.randint(1, 999):,}{pick([',000', ',500', ',250', '.00', ''])}"


def hhmm():
    return f"{R.randint(8, 20):02d}:{pick(['00', '15', '30', '45'])}"


COS = {
    'en': ['Whitfield & Marks Holdings Ltd', 'Ford Street Developments Ltd', 'Cadbury Lane Properties Limited',
           'Harrington Dunmore LLP', 'Spencer Thistlewood Logistics Ltd', 'Bamford Gillespie Engineering plc',
           'Nelson Square Capital Ltd', 'Abernethy Whisky Company Ltd', 'Redmond & Sinclair Interiors Ltd'],
    'en-US': ['Hartley Steinberg Capital LLC', 'Lincoln Avenue Partners, Inc.', 'Dell & Sachs Analytics Corp.',
              'Jefferson Brandt Foods, Inc.', 'McCoy Bloomfield Therapeutics, Inc.', 'Washington Grant Realty LLC',
              'Kimura Reyes Robotics, Inc.'],
    'en-IE': ['Moriarty Kavanagh Solicitors', 'Grattan Bridge Software DAC', 'Lynch & Whelan Builders Ltd',
              "D'Arcy Brennan Foods Unlimited Company", 'Parnell Square Analytics Ltd'],
    'en-AU': ['Henderson Blackburn Pty Ltd', 'Arnott Gilchrist Legal', 'Wattle & Banksia Homes Pty Ltd',
              'Flinders Lane Media Pty Ltd', 'Rossi Walker Constructions Pty Ltd'],
    'en-IN': ['Raghunathan Iyer Infotech Private Limited', 'Kulkarni Deshpande Pharma Ltd', 'Menon Pillai Textiles Ltd',
              'Bhattacharya Chatterjee Logistics Pvt. Ltd.', 'Nair Agro Foods Limited'],
    'en-ZA': ['Botha du Plessis Attorneys Inc.', 'Mokoena Naidoo Holdings (Pty) Ltd', 'Steyn Joubert Wines (Pty) Ltd',
              'Khumalo Ndlovu Engineering CC', 'Kloof Street Capital (Pty) Ltd'],
}


# ============================================================================= ENGLISH KINDS
def sig_block(d, p, role, org, cc, email_dom, phones=1, address=True, name_fmt=None, label_nl='\n'):
    d.add("{P:n}\n", n=name_fmt or p.full)
    d.raw(f"{role}\n{org}\n")
    if address:
        d.add("{A:a}\n", a=addr(cc, block=True))
    for i in range(phones):
        lab = pick(['T: ', 'Tel: ', 'Direct: ', 'M: ', 'Mob: ', '']) if i == 0 else pick(['M: ', 'Mobile: ', 'Cell: '])
        d.add(lab + "{T:t}\n", t=phone(cc, mobile=i > 0))
    d.add(pick(['E: ', 'Email: ', '']) + "{E:e}", e=p.email(email_dom))
    return d


def k_board_written_resolution_uk():
    lang, cc = 'en-GB', 'GB'
    used = set()
    co = pick(COS['en'])
    dirs = people('en', R.randint(3, 4), used)
    new, sec = person('en', used=used), person('en', used=used)
    d = Doc()
    d.raw(f"Company number: {dig(8)}\n\nTHE COMPANIES ACT 2006\nPRIVATE COMPANY LIMITED BY SHARES\n\n{co.upper()}\n(the \"Company\")\n\n"
          f"WRITTEN RESOLUTIONS OF THE BOARD OF DIRECTORS\nCirculated on {dt(lang)}\n\n"
          "We, the undersigned, being all of the directors of the Company for the time being entitled to receive notice of "
          "and to vote at board meetings, HEREBY RESOLVE as follows:\n\n")
    d.add("1. APPOINTMENT OF DIRECTOR\nTHAT {P:a} be and is hereby appointed as a director of the Company with effect from "
          + dt(lang) + ", having consented to act.\n\n", a=new.full)
    d.add("2. RESIGNATION\nTHAT the resignation of {P:b} as a director and as company secretary of the Company be accepted, and that "
          "{P:c} be appointed company secretary in " + ('his' if dirs[-1].g == 'm' else 'her') + " place.\n\n", b=dirs[-1].full, c=sec.full)
    if chance(0.8):
        d.add("3. REGISTERED OFFICE\nTHAT the registered office of the Company be changed to {A:a} with immediate effect and that "
              "{P:c} be instructed to file form AD01 at Companies House.\n\n", a=addr(cc), c=sec.last)
    d.add("4. BANK MANDATE\nTHAT the mandate held with " + pick(['Coutts & Co', 'Barclays Bank UK PLC', 'C. Hoare & Co.', 'Lloyds Bank plc']) +
          " be amended so that any two of {l} may sign on behalf of the Company, and that {P:o} be removed as a signatory.\n\n",
          l=plist([p.full for p in dirs[:-1]] + [new.full]), o=dirs[-1].sur)
    d.raw("5. THAT the Company's purchase of a Ford Transit Custom (reg. " + upl(2) + dig(2) + ' ' + upl(3) +
          ") for the Nelson Square site be approved.\n\nSigned by the directors:\n\n")
    for p in dirs[:-1] + [new]:
        d.add("..............................................\n{P:n}" + pick(['', ' (Director)', ', Director']) + "\nDate: " + dt(lang) + "\n\n",
              n=pick([p.full, p.caps(), p.init()]))
    d.raw("NOTE: a resolution in writing signed by all the directors is as valid as if passed at a meeting (article 9.3).")
    return lang, d


def k_residents_association_agm_record():
    lang, cc = 'en-GB', 'GB'
    used = set()
    chair, sec, tres = person('en', used=used), person('en', used=used), person('en', used=used)
    present = people('en', R.randint(4, 7), used)
    apols = people('en', R.randint(1, 3), used)
    cllr = person('en', used=used)
    street = pick(GEO['GB']['streets'])
    d = Doc()
    d.raw(f"{street.upper()} & DISTRICT RESIDENTS' ASSOCIATION\nRecord of the Annual General Meeting held {dt(lang)}, 7.30pm, "
          f"in the Ford Room, St Aldate's Community Hall\n\n")
    d.add("Present: {c} (Chair), {s} (Secretary), {t} (Treasurer), {o}; Cllr {P:k} (ward councillor, part)\n",
          c=D("{P:x}", x=chair.full), s=D("{P:x}", x=sec.full), t=D("{P:x}", x=tres.full),
          o=plist([pick([p.full, p.init(), p.full]) for p in present], sep=pick(['; ', ', ']), last=pick([' and ', ', ', '; '])),
          k=cllr.full)
    d.add("Apologies: {a}\n\n", a=plist([pick([p.full, p.init()]) for p in apols], sep=', ', last=' & '))
    d.add("1. Minutes of last AGM agreed as a true record (prop. {P:a}, sec. {P:b}).\n", a=present[0].sur, b=present[1].first)
    d.add("2. Chair's report. {P:a} thanked everyone who helped with the Marks & Spencer food bank collection and the Jubilee "
          "street party. The Darwin Close play area is now open. " + pick(["Thanks also to ", "Special thanks to "]) +
          "{P:b} for running the WhatsApp group single-handed.\n", a=chair.sur if chance(0.5) else chair.first, b=present[2].first)
    d.add("3. Treasurer's report. Balance £" + f"{R.randint(800, 6000):,}.{dig(2)}" + "; subs unchanged at £12. {P:a}'s accounts "
          "were examined by {P:b}. Members asked that the Cadbury Lane Properties grant (£500) is shown separately.\n",
          a=tres.sur, b=pick(present[3:] or present).full)
    d.add("4. Planning. Cllr {P:k} reported that the application for 14 flats on the former Boots depot is due at committee. "
          "{P:m} (no. " + r2(2, 90) + ") objected strongly to the loss of parking; Mr {P:f} said the new Ford garage on Churchill Way "
          "already causes queues.\n", k=cllr.sur, m=present[-1].full, f=pick(present).sur)
    d.add("5. Election of officers. {P:a} stood down as Secretary after six years; {P:b} was elected unopposed. "
          "Correspondence should now go to {A:ad} or {E:e}.\n", a=sec.first, b=apols[0].full if chance(0.3) else present[-2].full,
          ad=addr(cc), e=f"secretary.{slug(street)[:10]}ra@{pick(['gmail.com', 'outlook.com'])}")
    d.raw("6. AOB. Street lights on Wellington Street; dog fouling near the Victoria Parade shops. Next meeting: " + dt(lang) + ".")
    return lang, d


def k_spa_signature_page():
    lang, cc = 'en-US', 'US'
    used = set()
    buyer_co = pick(COS['en-US'])
    signer = person('en-US', used=used)
    sellers = people('en-US', R.randint(2, 3), used)
    counsel = person('en-US', used=used)
    counsel2 = person('en-US', used=used)
    firm = pick(['Steinberg Hartley LLP', 'Goldberg, Delgado & Reyes LLP', 'Bloomfield Kimura PC', 'McCoy & Washington LLP'])
    d = Doc()
    d.raw("[Signature Page to Stock Purchase Agreement]\n\nIN WITNESS WHEREOF, the parties hereto have caused this Agreement to be "
          "executed as of the date first written above.\n\n")
    d.add("BUYER:\n\n" + buyer_co.upper() + "\n\nBy: /s/ {P:a}\nName: {P:b}\nTitle: " + pick(['Chief Executive Officer', 'President', 'Authorized Signatory']) + "\n\n",
          a=signer.full, b=signer.full)
    d.raw("SELLERS:\n\n")
    for s in sellers:
        d.add("/s/ {P:a}\n{P:b}, individually\n", a=s.full, b=s.caps() if chance(0.4) else s.full)
    d.raw("\nNotice addresses (Section 11.2):\n")
    for s in sellers:
        d.add("If to {P:a}: {A:ad}; email: {E:e}\n", a=s.full, ad=addr(cc), e=free_mail(s, cc))
    d.add("\nwith a copy (which shall not constitute notice) to:\n" + firm + "\n{A:ad}\nAttention: {P:c}; {P:c2}\nEmail: {E:e1}; {E:e2}\n"
          "Telephone: {T:t}\n\n", ad=addr(cc, block=True), c=counsel.full, c2=counsel2.init(), e1=counsel.email(dom(firm.split()[0], cc), 'il'),
          e2=counsel2.email(dom(firm.split()[0], cc), 'il'), t=phone(cc, False))
    d.raw("SPOUSAL CONSENT: The undersigned spouse of a Seller acknowledges having read the Agreement.\n")
    sp = person('en-US', used=used)
    d.add("/s/ {P:a}\nSpouse of {P:b}", a=sp.full, b=sellers[0].full)
    return lang, d


def k_contract_notices_clause():
    lang = pick(['en-IE', 'en-GB', 'en-IE'])
    cc = LANG_CC[lang]
    used = set()
    sup = pick(COS['en-IE'] if cc == 'IE' else COS['en'])
    cust = pick(['Bord na Gaeilge Teoranta', 'Grattan Bridge Software DAC', 'Nelson Square Capital Ltd', 'The Guinness Storehouse Trust'])
    a1, a2, a3 = person(lang, used=used), person(lang, used=used), person(lang, used=used)
    d = Doc()
    d.raw(f"{R.randint(18, 27)}. NOTICES\n\n{R.randint(18, 27)}.1 Any notice given under this Agreement shall be in writing and shall be "
          "delivered by hand, by pre-paid registered post or by email to the address of the relevant party set out below "
          "(or such other address as that party may notify in accordance with this clause):\n\n")
    d.add("(a) the Supplier: " + sup + ", {A:ad}, marked for the attention of {P:a}, " + pick(['Managing Director', 'Company Secretary', 'Head of Legal']) +
          " (email: {E:e});\n\n", ad=addr(cc), a=a1.full, e=a1.email(dom(sup.split()[0], cc)))
    d.add("(b) the Customer: " + cust + ", {A:ad}, marked for the attention of {P:a} (email: {E:e}), with a copy to {P:b} at {E:e2}.\n\n",
          ad=addr(cc), a=a2.full, e=a2.email(dom(cust.split()[0], cc)), b=a3.init(), e2=a3.email(dom(cust.split()[0], cc)))
    d.raw("A notice shall be deemed received: if delivered by hand, at the time the notice is left at the address; if sent by registered "
          "post, at 9.00 am on the second Business Day after posting; if sent by email, at the time of transmission. This clause does not "
          "apply to the service of any proceedings, which shall be served on the Customer's solicitors, ")
    sol = pick(['Moriarty Kavanagh Solicitors', 'Arthur Cox LLP', 'A&L Goodbody', 'Harrington Dunmore LLP'])
    a4 = person(lang, used=used)
    d.add(sol + " (ref. {x}/" + upl(3) + dig(4) + "), {A:ad}.\n\nSigned for and on behalf of the Supplier: __________________ {P:s}",
          x=a4.initials().replace('.', ''), ad=addr(cc), s=a1.full)
    return lang, d


def k_funding_round_announcement():
    lang, cc = 'en-US', 'US'
    used = set()
    ceo, cto, vc, angel, media = [person('en-US', used=used) for _ in range(5)]
    co = pick(['Lumenfold', 'Tessellate Health', 'Brightwater Labs', 'Copperline AI', 'Harvestly'])
    lead = pick(['Sequoia Heights Partners', 'Bloomfield Ventures', 'Lincoln Park Capital', 'Kleiner & Sachs Growth'])
    city = town('US')
    d = Doc()
    d.add(co + " Raises $" + str(R.randint(8, 90)) + "M Series " + pick('ABC') + " to Bring " + pick(['Grid-Scale Batteries', 'Clinical AI Scribes', 'Warehouse Robotics', 'Crop Forecasting']) +
          " to Mid-Sized Operators\n\n{L:c}, " + dt(lang) + " /PRNewswire/ -- " + co + ", the " + pick(['Ford- and Siemens-backed', 'Y Combinator alum', 'Stanford spin-out']) +
          " startup, today announced a Series round led by " + lead + ", with participation from Goldman Sachs Alternatives, "
          "Johnson & Johnson Innovation and angel investors including {P:an}, former CTO of Dell Technologies.\n\n",
          c=city, an=angel.full)
    d.add("\"Operators in {L:s} and across the Midwest told us they were drowning in spreadsheets,\" said {P:ceo}, co-founder and CEO of " + co +
          ". \"This round lets us triple the team in {L:c2} and open our first European office in {L:eu}.\"\n\n",
          s=pick(['Ohio', 'Texas', 'Oregon', 'Wisconsin']), ceo=ceo.full, c2=city, eu=pick(['Dublin', 'Amsterdam', 'Berlin', 'Lisbon']))
    d.add("{P:v}, partner at " + lead + ", will join the board. \"" + pick(["We've watched", "I've followed"]) + " {P:ceo1} and {P:cto} since the Mayo Clinic pilot,\" " +
          pick(["she", "he"]) + " said. \"Their retention numbers are the best we have seen this cycle.\"\n\n",
          v=vc.full, ceo1=ceo.first, cto=cto.first)
    d.add("The company, founded in 2021 by {P:a} and {P:b}, counts Ford Pro, Marriott and the Carnegie Mellon Robotics Institute among "
          "its customers. It recently moved into a new headquarters at {A:ad}.\n\nAbout " + co + "\n" + co + " builds software for ... (boilerplate omitted)\n\n"
          "Media contact\n{P:m}\n{E:e}\n{T:t}", a=ceo.full, b=cto.full, ad=addr(cc), m=media.full,
          e=media.email(slug(co) + '.com', 'f') if chance(0.5) else f"press@{slug(co)}.com", t=phone(cc))
    return lang, d


def k_conference_programme_day_schedule():
    lang, cc = 'en-IN', 'IN'
    used = set()
    sp = people('en-IN', 7, used)
    intl = person('en', used=used)
    d = Doc()
    d.raw(f"NATIONAL SUMMIT ON {pick(['DIGITAL PUBLIC INFRASTRUCTURE', 'GREEN HYDROGEN', 'MSME FINANCE', 'HEALTHCARE AI'])} 2025\n"
          f"Day 2 Programme — {dt(lang)}\nVenue: Homi Bhabha Auditorium, Tata Institute campus\n\n")
    slots = [("09:30", "Inaugural address", 0, "Secretary, Ministry of Electronics & IT"),
             ("10:00", "Keynote: Lessons from the Mahindra supply-chain rollout", 1, "Chief Digital Officer, Mahindra Group"),
             ("10:45", "Tea break — sponsored by Taj Mahal Tea", None, None),
             ("11:15", "Panel: Can co-operative banks go cloud-native?", 2, "Moderator"),
             ("12:30", "Fireside chat", 3, "Founder, Raghunathan Iyer Infotech"),
             ("14:00", "Workshop: Building on UPI", 4, "Principal Engineer"),
             ("15:30", "Valedictory & C. V. Raman Young Innovator Award", 5, "Jury Chair")]
    for t, title, i, role in slots:
        if i is None:
            d.raw(f"{t}  {title}\n")
            continue
        p = sp[i]
        nm = pick([('Dr. ', p.full), ('Shri ', p.full), ('Ms. ' if p.g == 'f' else 'Mr. ', p.full), ('', p.init()), ('Prof. ', p.full)])
        d.add(t + "  " + title + "\n       " + nm[0] + "{P:n}, " + role + "\n", n=nm[1])
        if i == 2:
            d.add("       Panellists: {l}\n", l=plist([sp[6].full, intl.full + '', sp[1].sur], sep=', ', last=' and '))
    d.add("\nHelp desk: {P:h} ({T:t}) | Accommodation queries: {E:e}\nAll sessions at the Bhabha Auditorium except the workshop (Seminar Hall 2, "
          "{A:ad}).", h=sp[4].first, t=phone(cc, True), e=f"summit-desk@{pick(['nasscom-events.in', 'cii-summit.in'])}", ad=addr(cc))
    return lang, d


def k_webinar_transcript_speaker_turns():
    lang, cc = 'en-AU', 'AU'
    used = set()
    host, g1, g2 = person('en-AU', used=used), person('en-AU', used=used), person('en-AU', used=used)
    asker = person('en-AU', used=used)
    d = Doc()
    d.raw(f"Transcript — \"{pick(['Strata levies in 2025', 'Getting your SMSF audit-ready', 'Bushfire recovery grants explained'])}\" webinar, recorded {dt(lang)}\n"
          "[auto-generated, lightly edited]\n\n")
    H, G1, G2 = host.caps(), g1.full.upper() if chance(0.5) else g1.full, g2.first.upper()
    d.add("{P:h}: G'day everyone and welcome. I'm {P:h2}, and I'm joined by {P:a} from Arnott Gilchrist Legal and {P:b}, who runs the "
          "Henderson Blackburn advisory team in {L:c}. Quick housekeeping — questions go in the Q&A box, not the chat.\n\n",
          h=H, h2=host.first, a=g1.full, b=g2.full, c=town('AU'))
    d.add("{P:a}: Thanks {P:h}. So, the short version is the rules changed on 1 July. If you're a member of a scheme like the one at "
          "Wattle Avenue, your levy notice should now show the sinking fund separately.\n\n", a=G1, h=host.first)
    d.add("{P:h}: And {P:b}, you've seen a few of these come through?\n\n", h=H, b=g2.first)
    d.add("{P:b}: Heaps. Honestly the big one is people paying the old BSB. I had a client — won't say who, and no, not the Holden dealership — "
          "who sent eleven grand to a closed account.\n\n", b=G2)
    d.add("{P:h}: Ouch. Okay, first question from {P:q}: \"Does this apply to company title buildings?\"\n\n", h=H, q=asker.full if chance(0.5) else asker.first)
    d.add("{P:a}: Good question, {P:q}. Generally no, but check your constitution.\n\n", a=G1, q=asker.first)
    d.add("{P:h}: We'll send slides to everyone registered. If you need us directly it's {T:t}, or email {E:e}. Thanks {P:a} and {P:b}!", h=H,
          t=phone(cc), e=pick([host.email('strataconnect.com.au'), 'events@strataconnect.com.au']), a=g1.first, b=g2.first)
    return lang, d


def k_earnings_call_transcript_excerpt():
    lang, cc = 'en-US', 'US'
    used = set()
    ceo, cfo, ir = person('en-US', used=used), person('en-US', used=used), person('en-US', used=used)
    an = people('en-US', 3, used)
    banks = sample(['Morgan Stanley', 'Goldman Sachs', 'JPMorgan', 'Wells Fargo', 'Raymond James', 'Piper Sandler', 'Evercore ISI',
                    'Stifel', 'Jefferies', 'Bernstein', 'Cowen'], 3)
    co = pick(['Jefferson Brandt Foods', 'McCoy Bloomfield Therapeutics', 'Kimura Reyes Robotics', 'Dell & Sachs Analytics'])
    d = Doc()
    d.raw(f"{co} (NASDAQ: {upl(4)}) Q{R.randint(1, 4)} {pick([2024, 2025])} Earnings Call — Prepared Remarks and Q&A (excerpt)\n\n")
    d.add("Operator: Good afternoon and welcome. I would now like to turn the conference over to {P:ir}, Vice President of Investor Relations.\n\n", ir=ir.full)
    d.add("{P:ir}: Thank you, operator. Joining me today are {P:ceo}, our Chief Executive Officer, and {P:cfo}, our CFO. ... With that, I'll hand it to {P:c2}.\n\n",
          ir=ir.full, ceo=ceo.full, cfo=cfo.full, c2=ceo.first)
    d.add("{P:ceo}: Thanks, {P:ir}. Revenue grew " + str(R.randint(4, 31)) + "% and we closed the Lincoln, Nebraska facility on schedule...\n\n", ceo=ceo.full, ir=ir.first)
    for i, a in enumerate(an):
        d.add("Operator: " + pick(["Our next question comes from the line of ", "We'll take our next question from ", "Your next question is from "]) +
              "{P:a} with " + banks[i] + ". Your line is open.\n\n", a=a.full)
        d.add("{P:a}: " + ["Hi, thanks for taking my question. {P:c}, on gross margin — how much of the step-up was the Ford fleet contract versus pricing?",
                           "Great, thanks. {P:c}, can you unpack the guide for the back half — is the Lincoln closure fully in the numbers?",
                           "Thanks for squeezing me in. {P:c}, on buybacks, should we think about the pace as similar to what Goldman Sachs ran for you last year?"][i] + "\n\n",
              a=a.full, c=pick([cfo.first, ceo.first]))
        d.add("{P:c}: Great question, {P:a}. Roughly two thirds was mix. " + pick(["I'd point you to slide 14.", "We'll give more color at the Morgan Stanley conference.", "Goldman Sachs asked the same thing last quarter, so no change there."]) + "\n\n",
              c=cfo.full, a=a.first)
    d.raw("Operator: That concludes today's call. You may now disconnect.")
    return lang, d


def k_deceased_estate_notice():
    lang = pick(['en-GB', 'en-GB', 'en-AU'])
    cc = LANG_CC[lang]
    used = set()
    d = Doc()
    if cc == 'GB':
        d.raw("DECEASED ESTATES\nNotice is hereby given pursuant to s.27 of the TRUSTEE ACT 1925 that any person having a claim against or an interest "
              "in the estate of any of the deceased persons whose names and addresses are set out below is required to send particulars "
              "in writing of his claim or interest to the person or persons named in relation to the deceased person concerned before the date "
              "specified; after which date the estate will be distributed.\n\n")
    else:
        d.raw("NOTICE TO CREDITORS — DECEASED ESTATES\nCreditors, next of kin and others having claims in respect of the estates of the undermentioned "
              "deceased persons are required to send particulars of their claims to the executors care of the undermentioned solicitors by the date shown.\n\n")
    for _ in range(R.randint(2, 3)):
        dec = person(lang, used=used)
        ex1, ex2 = person(lang, used=used), person(lang, used=used)
        sol = pick(['Harrington Dunmore LLP', 'Pemberton Ashworth Law', 'Arnott Gilchrist Legal', 'Whitlock & Bamford Solicitors', 'Sinclair Redmond LLP'])
        mid = pick(['Anne', 'Joseph', 'May', 'Elizabeth', 'Arthur', 'Louise', 'Patrick'])
        d.add("{P:n} (" + pick(['Retired Schoolteacher', 'Widow', 'Retired Engineer', 'Publican', 'Former Nurse', 'Company Director']) + ")\n"
              "Late of: {A:a}\nDate of death: " + dt(lang) + "\n", n=f"{dec.last.upper()}, {dec.first} {mid}", a=addr(cc))
        if chance(0.5):
            d.add("Also known as: {P:n}\n", n=f"{mid} {dec.last}")
        d.add("Names, addresses and descriptions of persons to whom notices of claims are to be given: {P:a} and {P:b} (Executors), c/o "
              + sol + ", {A:ad} (Ref: " + upl(3) + "/" + dig(5) + "). Tel {T:t}\nClaims by: " + dt(lang) + "\n\n",
              a=ex1.full, b=ex2.init(), ad=addr(cc), t=phone(cc, False))
    return lang, d


def k_wedding_announcement_newspaper():
    lang, cc = 'en-US', 'US'
    used = set()
    b, g = person('en-US', 'f', used), person('en-US', 'm', used)
    bp1, bp2, gp1, gp2 = person('en-US', 'f', used), person('en-US', 'm', used), person('en-US', 'f', used), person('en-US', 'm', used)
    off = person('en-US', used=used)
    venue = pick(["St. Patrick's Cathedral in Manhattan", 'the Lincoln Park Conservatory in Chicago', 'Ford Orchards in Hood River, Oregon',
                  'the Carnegie Library in Pittsburgh'])
    d = Doc()
    d.add("{P:b} and {P:g}\n\n", b=b.full, g=g.full)
    d.add("{P:b} and {P:g} were married " + pick(['Saturday', 'Oct. 12', 'June 7', 'Sunday']) + " at " + venue + ". " + pick(['The Rev. ', 'Rabbi ', 'Judge ', '']) +
          "{P:o} " + pick(['officiated', 'performed the ceremony', 'led the ceremony']) + ".\n\n", b=b.full, g=g.full, o=off.full)
    bsur = b.sur
    d.add("The bride, " + str(R.randint(27, 39)) + ", is keeping her name. She is a senior associate at Kirkland & Ellis in {L:c1}, "
          "and graduated from Duke. She is the daughter of {P:m} and {P:f} of {L:c2}. Her father is a retired Ford Motor Company engineer; "
          "her mother taught at the Thomas Jefferson School.\n\n", c1=pick(['Chicago', 'Boston', 'New York']), m=f"{bp1.first} {bsur}", f=bp2.first + ' ' + bsur,
          c2=pick(['Savannah, Ga.', 'Dearborn, Mich.', 'Boise, Idaho', 'Tucson, Ariz.']))
    d.add("The groom, " + str(R.randint(28, 41)) + ", is a product manager at Dell in {L:c}. He graduated from the University of Texas. He is the son of "
          "{P:m} and {P:f} of {L:c2}.\n\n", c=pick(['Austin', 'Round Rock, Tex.']), m=gp1.full, f=f"{gp2.first} {gp1.last}", c2=pick(['Columbus, Ohio', 'Madison, Wis.', 'Albany, N.Y.']))
    d.add("The couple met in 2019 at a Morgan Stanley holiday party, where {P:g} mistook {P:b} for the caterer.", g=g.first, b=b.first)
    return lang, d


def k_conveyancing_completion_statement():
    lang, cc = 'en-GB', 'GB'
    used = set()
    s1, s2, b1 = person('en', used=used), person('en', used=used), person('en', used=used)
    fe = person('en', used=used)
    price = R.randint(180, 900) * 1000
    dep = price // 10
    d = Doc()
    firm = pick(['Harrington Dunmore LLP', 'Bamford & Gillespie Solicitors', 'Pemberton Ashworth Law'])
    d.add(firm + "\nCOMPLETION STATEMENT\n\nProperty: {A:p}\nSeller(s): {P:a} and {P:b}\nBuyer: {P:c}" + pick(['', ' (trading as Thistlewood Lettings)']) +
          "\nCompletion date: " + dt(lang) + "\nOur ref: " + upl(3) + "/" + dig(6) + "\nFee earner: {P:f}\n\n",
          p=addr(cc), a=s1.full, b=s2.full, c=b1.full, f=pick([fe.full, fe.init()]))
    d.raw(f"Purchase price                               £{price:,}.00\nLess deposit paid on exchange              (£{dep:,}.00)\n"
          f"Balance due on completion                    £{price - dep:,}.00\nApportioned service charge (Victoria Parade)  £{R.randint(100, 900)}.{dig(2)}\n"
          f"Less redemption — Nationwide (a/c {dig(8)})   (£{R.randint(50, 150) * 1000:,}.00)\nOur fees inc. VAT                            (£{R.randint(1200, 3800):,}.00)\n\n")
    if chance(0.6):
        d.add("Net proceeds to be sent to the sellers' account held with Santander UK, IBAN {I:i} (confirmed by telephone with {P:a} on {T:t} — "
              "NEVER act on emailed changes of bank details).\n\n", i=iban('GB'), a=s1.first, t=phone(cc, True))
    else:
        d.add("Sellers are overseas: proceeds to IBAN {I:i} (account name {P:a}), as verified in person at our Leeds office.\n\n",
              i=iban(pick(['IE', 'ES', 'PT', 'FR'])), a=s2.full)
    d.add("Keys to be released to {P:c} by the agent, Spencer & Marks Estates, Wellington Street branch, once funds are received.\n"
          "Queries: {P:f}, {T:t} / {E:e}", c=b1.first if chance(0.5) else b1.full, f=fe.first, t=phone(cc, False), e=fe.email(dom(firm.split()[0], cc)))
    return lang, d


def k_job_offer_letter():
    lang = pick(['en-ZA', 'en-ZA', 'en-IN'])
    cc = LANG_CC[lang]
    used = set()
    cand, mgr, hr = person(lang, used=used), person(lang, used=used), person(lang, used=used)
    co = pick(COS[lang])
    role = pick(['Senior Data Analyst', 'Site Engineer', 'Regional Sales Manager', 'Payroll Administrator', 'Legal Adviser'])
    cur = 'R' if cc == 'ZA' else '₹'
    d = Doc()
    d.add(co + "\n{A:co}\nTel {T:t}\n\n" + dt(lang) + "\n\nPRIVATE AND CONFIDENTIAL\n{P:c}\n{A:ca}\n\nDear {P:c1},\n\n", co=addr(cc), t=phone(cc, False),
          c=cand.full, ca=addr(cc, block=True), c1=cand.first)
    d.add("OFFER OF EMPLOYMENT — " + role.upper() + "\n\nFurther to your interviews with {P:m} and the panel on " + dt(lang) + ", we are delighted to offer you the position of "
          + role + ", reporting to {P:m2}, " + pick(['Head of Finance', 'Operations Director', 'Chief Commercial Officer']) + ".\n\n", m=mgr.full, m2=mgr.sur)
    d.raw(f"1. Remuneration: a total cost-to-company package of {cur}{R.randint(300, 1800) * 1000:,} per annum, paid monthly.\n"
          "2. Start date: " + dt(lang) + ", subject to satisfactory reference, credit and criminal record checks.\n")
    d.add("3. Place of work: our offices at {A:w}. " + pick(["Parking is available in the Sandton City basement.", "You will be based in the Nelson Mandela Boulevard building for your first three months.",
                                                          "Hybrid working (two days from home) applies after probation."]) + "\n", w=addr(cc))
    d.raw("4. Probation: three (3) months. 5. Leave: 18 working days plus public holidays.\n\n")
    d.add("Please sign and return the attached copy to {P:h} in People & Culture ({E:e}, {T:t}) by " + dt(lang) + ". "
          "We look forward to welcoming you to the team.\n\nYours sincerely\n\n{P:h2}\n" + pick(['HR Business Partner', 'Talent Acquisition Lead']) + "\n\n"
          "Accepted: ____________________ ({P:c})", h=hr.full, e=hr.email(dom(co.split()[0], cc)), t=phone(cc, True), h2=hr.full, c=cand.full)
    return lang, d


def k_redundancy_consultation_letter():
    lang = pick(['en-GB', 'en-IE'])
    cc = LANG_CC[lang]
    used = set()
    emp, mgr, hrp, rep = [person(lang, used=used) for _ in range(4)]
    co = pick(COS['en'] if cc == 'GB' else COS['en-IE'])
    tt = 'Mr' if emp.g == 'm' else pick(['Ms', 'Mrs'])
    d = Doc()
    d.add("STRICTLY PRIVATE & CONFIDENTIAL — ADDRESSEE ONLY\n\n" + tt + " {P:e}\n{A:a}\n\n" + dt(lang) + "\n\nDear " + tt + " {P:e2}\n\n"
          "Proposed restructure of the Distribution function — invitation to individual consultation meeting\n\n", e=emp.full,
          a=addr(cc, block=True), e2=emp.sur)
    d.add("As explained at the group briefing led by {P:m}, the company is proposing to close the Brunel Quay warehouse and consolidate operations at "
          "{A:new} from " + dt(lang) + ". Your role of " + pick(['Shift Supervisor', 'Stock Controller', 'Transport Planner']) + " has been provisionally identified as at risk.\n\n",
          m=mgr.full, new=addr(cc))
    d.add("I would like to invite you to a consultation meeting on " + dt(lang) + " at 10:30 in the Cadbury Room (ground floor). The meeting will be held by {P:m} "
          "and {P:h} (HR Business Partner). You have the right to be accompanied by a work colleague or trade union representative; "
          + pick(["I understand you may wish to bring ", "you mentioned you would like "]) + "{P:r} from Unite.\n\n", m=mgr.sur, h=hrp.full, r=rep.full)
    d.add("Nothing has been decided. If you have any questions before the meeting please contact {P:h} on {T:t} or at {E:e}. The Employee Assistance "
          "Programme (Spencer Health) is available 24/7.\n\nYours sincerely\n\n{P:m}\nHead of Operations", h=hrp.first, t=phone(cc), e=hrp.email(dom(co.split()[0], cc)),
          m=mgr.full)
    return lang, d


def k_insolvency_gazette_notice():
    lang = pick(['en-GB', 'en-GB', 'en-IE'])
    cc = LANG_CC[lang]
    used = set()
    ip1, ip2, cont = [person(lang, used=used) for _ in range(3)]
    co = pick(['BAMFORD GILLESPIE ENGINEERING', 'SPENCER THISTLEWOOD LOGISTICS', 'THE EARL GREY TEA ROOMS', 'CADBURY LANE PROPERTIES',
               'FORD & FAIRBAIRN JOINERY', 'NELSON SQUARE CAPITAL'])
    firm = pick(['Begbies Harrington LLP', 'Dunmore Whitlock Recovery', 'Kroll Ashworth Advisory', 'Sinclair Redmond Insolvency'])
    d = Doc()
    d.raw(f"{co} LIMITED\n(Company Number {dig(8)})\n")
    d.add("Registered office: {A:r}\nPrincipal trading address: {A:t}\n\n", r=addr(cc), t=addr(cc))
    kind = pick(['Resolutions for Winding-up', 'Appointment of Liquidators', 'Notice of Intended Dividends'])
    d.raw(f"{kind.upper()}\n\n")
    d.add("At a general meeting of the above-named company, duly convened and held on " + dt(lang) + ", the following resolutions were passed: that the company be "
          "wound up voluntarily and that {P:a} and {P:b} of " + firm + ", {A:f}, be appointed as Joint Liquidators for the purposes of such winding up.\n\n"
          "Office Holder Details: {P:a2} (IP number " + dig(4) + ") and {P:b2} (IP number " + dig(5) + ")\nDate of Appointment: " + dt(lang) + "\n"
          "Further information about this case is available from {P:c} at the offices of " + firm + " on {T:t} or at {E:e}.\n\n",
          a=ip1.full, b=ip2.full, f=addr(cc), a2=ip1.full, b2=ip2.full, c=cont.full, t=phone(cc, False), e=cont.email(dom(firm.split()[0], cc)))
    d.add("{P:d}, Director (" + dt(lang) + ")\nAg. " + dig(5), d=person(lang, used=used).full)
    return lang, d


def k_court_daily_cause_list():
    lang = pick(['en-AU', 'en-AU', 'en-GB'])
    cc = LANG_CC[lang]
    used = set()
    judge = person(lang, used=used)
    d = Doc()
    if cc == 'AU':
        d.add("FEDERAL COURT OF AUSTRALIA — NEW SOUTH WALES REGISTRY\nDaily Court List for " + dt(lang) + "\n\nJUSTICE {P:j}\nCourt 18B, Law Courts Building, "
              "{A:a}\n\n", j=judge.sur.upper(), a=pick(["184 Phillip Street, Sydney NSW 2000", "Queens Square, 184 Phillip St, Sydney NSW 2000"]))
    else:
        d.add("IN THE COUNTY COURT AT " + town('GB').upper() + "\nDaily Cause List — " + dt(lang) + "\n\nBefore HHJ {P:j}\nCourt 4\n\n", j=judge.sur)
    times = sorted(f"{h:02d}:{m}" for h, m in ((R.randint(9, 15), pick(['00', '15', '30', '45'])) for _ in range(6)))
    for t in times[:R.randint(4, 6)]:
        a, b = person(lang, used=used), person(lang, used=used)
        form = R.randint(0, 4)
        ref = f"{pick(['NSD', 'VID', 'QUD'])}{R.randint(100, 2999)}/{pick([2023, 2024, 2025])}" if cc == 'AU' else f"K{dig(2)}{upl(2)}{dig(3)}"
        if form == 0:
            d.add(t + "  " + ref + "  {P:a} v FORD MOTOR COMPANY OF AUSTRALIA PTY LTD  — Directions\n" if cc == 'AU' else
                  t + "  " + ref + "  {P:a} v Ford Credit Europe Bank GmbH — Small claims hearing\n", a=a.sur.upper() if cc == 'AU' else a.full)
        elif form == 1:
            d.add(t + "  " + ref + "  {P:a} & ANOR v {P:b}  — Interlocutory application\n", a=a.sur.upper(), b=b.sur.upper())
        elif form == 2:
            d.add(t + "  " + ref + "  In the matter of " + pick(COS['en-AU'] + COS['en']) + " — Winding up application (Applicant: Deputy Commissioner of Taxation)\n")
        elif form == 3:
            d.add(t + "  " + ref + "  {P:a} v {P:b} (trading as Holden Street Smash Repairs)  — Hearing, est. 2 days\n", a=a.full.upper(), b=b.full)
        else:
            d.add(t + "  " + ref + "  Re: Estate of the late {P:a}; Application by {P:b} — Probate (by consent)\n", a=a.full, b=b.full)
    d.add("\nPractitioners appearing remotely must email the Associate, {P:x}, at {E:e} by 4pm the day prior. Enquiries: {T:t}.",
          x=person(lang, used=used).full, e=f"associate.{slug(judge.sur)}j@{'fedcourt.gov.au' if cc == 'AU' else 'justice.gov.uk'}", t=phone(cc, False))
    return lang, d


def k_speech_day_prize_list():
    lang = pick(['en-IN', 'en-GB', 'en-ZA'])
    cc = LANG_CC[lang]
    used = set()
    head, guest = person(lang, used=used), person(lang, used=used)
    school = pick(["St Aldate's School", 'Bishop Cotton Boys\' School', 'Sir John Cass Academy', 'Lady Shri Ram Public School', 'Rustenburg Girls\' High'])
    d = Doc()
    d.add(school.upper() + "\nSPEECH DAY & PRIZE GIVING — " + dt(lang) + "\nChief Guest: {P:g}, " + pick(['Managing Director, Tata Steel', 'Vice-Chancellor', 'Olympic rower', 'Judge of the High Court']) +
          "\nWelcome: {P:h}, Principal\n\nPRIZE LIST\n", g=guest.full, h=head.full)
    prizes = ['The Ratan Tata Medal for Mathematics', 'The Isaac Newton Prize for Physics', 'The Florence Nightingale Award for Service',
              'The Shakespeare Cup (Senior Drama)', 'The Nelson Mandela Prize for Leadership', 'The Marie Curie Chemistry Prize',
              'The Whitfield Memorial Trophy (Cricket)', 'The Darwin Prize for Biology', 'The Jane Austen Essay Prize', 'The Gandhi Peace Award']
    for pr in sample(prizes, R.randint(5, 8)):
        ws = [person(lang, used=used) for _ in range(pick([1, 1, 1, 2]))]
        d.add(pr + " — {l}" + pick(['', ' (Class XII-B)', ' (Year 11)', ' (Grade 12)']) + "\n",
              l=plist([pick([w.full, w.full, w.init(), w.caps()]) for w in ws], last=' and '))
    d.raw("\nThe House Cup was retained by Raman House. ")
    d.add("Vote of thanks: {P:v}, Head Girl.", v=person(lang, 'f', used).full)
    return lang, d


def k_call_sheet_video_shoot():
    lang, cc = 'en-US', 'US'
    used = set()
    crew = {r: person('en-US', used=used) for r in ['Director', 'Producer', 'DP', '1st AD', 'Gaffer', 'Key Grip', 'HMU', 'PA']}
    cast = [(pick(['"Grandma Rose"', 'MOM', 'DAD', '"Coach Ford"', 'BARISTA', 'Mr. Whiskers (voice)']), person('en-US', used=used)) for _ in range(3)]
    brand = pick(['Dell', 'Ben & Jerry\'s', 'Wendy\'s', 'Ford F-150', 'Dr Pepper', 'Hilton'])
    d = Doc()
    d.raw(f"CALL SHEET — {brand} :30 spot \"{pick(['Sunday Best', 'Road Trip', 'Snow Day', 'First Shift'])}\"   DAY {R.randint(1, 3)} OF 3\n{dt(lang)}   General crew call: 6:30 AM   Sunrise 6:52 / Sunset 19:41\n\n")
    d.add("LOCATION: {A:l}\nParking: crew lot behind the Lincoln Ave Walgreens, shuttle every 10 min\nNearest hospital: St. Joseph Mercy, {A:h}\n\n", l=addr(cc), h=addr(cc))
    d.raw("CREW\n")
    for role, p in crew.items():
        d.add(f"{role:<10} " + "{P:n}   {T:t}" + ("   {E:e}" if role in ('Producer', 'Director') else '') + "\n", n=p.full, t=phone(cc, True),
              e=p.email(pick(['hartleyfilms.com', 'redbarnpictures.tv'])))
    d.raw("\nTALENT\n")
    for ch, p in cast:
        d.add(f"{ch:<22} " + "{P:n}   call 7:15   (rep: " + pick(['CAA', 'Wilhelmina', 'Ford Models', 'Paradigm']) + ")\n", n=p.full)
    d.add("\nNO DRONES without {P:p}'s sign-off. Walkies: ch. 1 production, ch. 2 grip/electric. Safety meeting at call.", p=crew['Producer'].first)
    return lang, d


def k_end_credits_crawl():
    lang = pick(['en-GB', 'en-IE', 'en-US'])
    cc = LANG_CC[lang]
    used = set()
    d = Doc()
    d.add("DIRECTED BY\n{P:a}\n\nWRITTEN BY\n{P:b} & {P:c}\n\nPRODUCED BY\n{P:d}\n\n", a=person(lang, used=used).full.upper(),
          b=person(lang, used=used).full, c=person(lang, used=used).full, d=person(lang, used=used).full)
    d.raw("CAST\n(in order of appearance)\n")
    for ch in sample(['Young Arthur', 'Mrs Hudson', 'Father Ted', 'The Postman', 'DI Morse', 'Nurse Ratched', 'Santa', 'Lady Grey', 'Uncle Ford'], R.randint(4, 6)):
        d.add(ch + " . . . . . . {P:n}\n", n=person(lang, used=used).full)
    d.raw("\nFilmed on location in ")
    d.add("{L:a}, {L:b} and at Ardmore Studios\n\n", a=pick(['Dublin', 'Wicklow', 'Belfast', 'Liverpool', 'Glasgow']), b=pick(['Connemara', 'the Isle of Skye', 'Cornwall']))
    d.add("\"Earl Grey Blues\"\nWritten by {P:a}\nPerformed by The Cadbury Sisters\nCourtesy of Decca Records\n\nSPECIAL THANKS\n{l}\nthe Guinness Storehouse\nFord Ireland\n"
          "and everyone on Parnell Square who put up with us\n\nIn loving memory of {P:m} (1951–2024)",
          a=person(lang, used=used).full, l=plist([person(lang, used=used).full for _ in range(3)], sep='\n', last='\n'),
          m=person(lang, used=used).full)
    return lang, d


def k_shareholder_letter_ceo():
    lang, cc = 'en-US', 'US'
    used = set()
    ceo, cfo, newcfo, chair, retiring = [person('en-US', used=used) for _ in range(5)]
    co = pick(COS['en-US'])
    d = Doc()
    d.raw("To Our Fellow Shareholders,\n\n")
    d.add(pick(["It has been a year of hard choices.", "This was a record year, and not an easy one."]) + " We exited the Lincoln Avenue retail format, signed the Ford Pro fleet partnership, "
          "and opened our distribution hub in {L:c}.\n\n", c=pick(['Boise', 'Savannah', 'Raleigh', 'Tucson']))
    d.add("After eleven years, {P:r} will not stand for re-election to the Board at our annual meeting. {P:nick} — as everyone here calls " + ("him" if retiring.g == 'm' else 'her') +
          " — chaired the audit committee through two acquisitions. We also said goodbye to {P:cfo}, our CFO since 2016; {P:n} joined from Goldman Sachs in March and has already "
          "rebuilt our capital allocation framework. {P:cf}'s first investor day is scheduled for the fall.\n\n",
          r=retiring.full, cfo=cfo.full, n=newcfo.full, cf=newcfo.sur,
          nick=pick(['Bud', 'Chip', 'Red'] if retiring.g == 'm' else ['Kit', 'Bunny', 'Dee']))
    d.raw("A few numbers: revenue up " + str(R.randint(3, 22)) + "%, free cash flow of $" + str(R.randint(40, 900)) + " million, and net promoter score up 9 points.\n\n")
    d.add("Our headquarters will move to {A:a} this summer; the Washington Street office remains open for the customer care team. Shareholders who wish to attend "
          "the meeting in person should contact our Corporate Secretary, {P:s}, at {E:e} or {T:t}.\n\nWith gratitude,\n\n{P:ceo}\nChief Executive Officer\n\n{P:ch}\nChair of the Board",
          a=addr(cc), s=person('en-US', used=used).full, e=f"corporatesecretary@{slug(co.split()[0])}.com", t=phone(cc, False), ceo=ceo.full, ch=chair.full)
    return lang, d


def k_golf_club_captains_report():
    lang = pick(['en-GB', 'en-IE', 'en-ZA'])
    cc = LANG_CC[lang]
    used = set()
    capt, lcapt, pro, sec = [person(lang, used=used) for _ in range(4)]
    w = [person(lang, used=used) for _ in range(6)]
    d = Doc()
    d.add("CAPTAIN'S REPORT — " + pick(['Spring', 'Autumn', 'Season']) + " Newsletter\n\nWhat a season. Thanks first to Lady Captain {P:l} and to our pro, {P:p}, "
          "whose Tuesday clinics were fully booked from April.\n\n", l=lcapt.full, p=pro.full)
    d.add("Results: the Harrington Salver went to {P:a} (41 pts), with {P:b} runner-up on countback. The Dunmore Trophy (mixed foursomes) was won by "
          "{P:c} and {P:d}. Well done also to {P:e}, who finally beat {P:f} in the final of the Ryder Cup-style matchplay — {P:f2} tells me it was the wind.\n\n",
          a=w[0].full, b=w[1].init(), c=w[2].full, d=w[3].full, e=w[4].first, f=w[5].full, f2=w[5].first)
    if chance(0.5):
        pm = person(lang, used=used)
        d.add("Apologies to {P:p}: your locker renewal was charged twice to card {C:c}; the duplicate has been refunded.\n\n",
              p=pm.full, c=card())
    d.add("The new buggy shed next to the Victoria Parade gate is finished; many thanks to {P:a} of Thistlewood Joinery for doing it at cost. "
          "Members with outstanding locker fees please contact the Secretary, {P:s}, on {T:t} or {E:e}. Post for the club should go to {A:ad}.\n\n"
          "Fairways and greens,\n{P:c}\nCaptain", a=person(lang, used=used).full, s=sec.full, t=phone(cc, False),
          e=pick([sec.email('golfclub.' + pick(DOMAINS[cc])), 'secretary@' + pick(['harcourtgolf', 'dunmoregc']) + '.' + pick(DOMAINS[cc])]),
          ad=addr(cc), c=capt.full)
    return lang, d


def k_award_shortlist_announcement():
    lang = pick(['en-GB', 'en-IE'])
    cc = LANG_CC[lang]
    used = set()
    prize = pick(['the Kavanagh Prize for Short Fiction', 'the Whitlock Award for Nature Writing', 'the Ashworth First Novel Award'])
    d = Doc()
    d.add("Shortlist announced for " + prize + " " + str(pick([2025, 2026])) + "\n\nSix writers — including a former Booker Prize winner and a debut poet from {L:t} — are in the running "
          "for this year's £" + f"{R.randint(5, 30)},000" + " prize, named after the Ulster-born publisher who founded it in 1987.\n\nThe shortlist:\n", t=pick(['Galway', 'Cork', 'Leeds', 'Belfast', 'Cardiff']))
    titles = ['Small Mercies', 'The Earl Grey Hours', 'Salt Road', 'A Map of Wellington Street', 'Guinness Weather', 'The Nobel Widow', 'Low Tide at Bray', 'Ford Cortina, 1979']
    for t in sample(titles, 6):
        a = person(lang, used=used)
        d.add("• " + t + " by {P:a} (" + pick(['Faber', 'Penguin', 'Lilliput Press', 'Tramp Press', 'Canongate', 'Salt']) + ")\n", a=pick([a.full, a.full, a.init()]))
    ch, j1, j2 = [person(lang, used=used) for _ in range(3)]
    d.add("\nThe judges, chaired by novelist {P:c}, are {P:a} and {P:b}. \"Every one of these books made an argument with me,\" said {P:c2}. "
          "The winner will be announced on " + dt(lang) + " at a ceremony at the Shelbourne, hosted by RTÉ's {P:h}.\n\nPress: {P:p}, {T:t}, {E:e}",
          c=ch.full, a=j1.full, b=j2.full, c2=ch.sur, h=person(lang, used=used).full, p=(pp := person(lang, used=used)).full, t=phone(cc, True),
          e=pp.email('kavanaghprize.' + pick(DOMAINS[cc])))
    return lang, d


def k_gala_dinner_run_of_show():
    lang = pick(['en-ZA', 'en-ZA', 'en-AU'])
    cc = LANG_CC[lang]
    used = set()
    mc, sm, ch, kn, auc = [person(lang, used=used) for _ in range(5)]
    d = Doc()
    d.add(pick(['RUN OF SHOW', 'FINAL RUNSHEET v7']) + " — " + pick(['Annual Fundraising Gala', 'Chamber of Commerce Business Awards', 'Alumni Dinner']) + "\n" + dt(lang) +
          " | Venue: {A:v}\nStage manager: {P:s} — cell {T:t}\n\n", v=addr(cc), s=sm.full, t=phone(cc, True))
    rows = [("18:00", "Guests arrive; welcome drinks on the Nelson Mandela terrace (Pieter's Craft Gin bar)", None),
            ("18:45", "Doors to ballroom; MC {P:x} opens", mc), ("19:00", "Welcome address — {P:x}, Chairperson", ch),
            ("19:15", "Starter served. AV: sponsor loop (Mokoena Naidoo, Steyn Joubert Wines)", None),
            ("19:45", "Keynote — {P:x}, " + pick(['Springbok', 'Comrades Marathon winner', 'CEO of Old Mutual']) + " (12 min, lapel mic 2)", kn),
            ("20:30", "Live auction with {P:x} — Lot 3: weekend at the Cecil John Rhodes Suite (yes, really)", auc),
            ("21:15", "Auction settlement desk opens (card machine + manual imprints as backup)", None),
            ("21:30", "Awards: the Albertina Sisulu Award for Community Service; the Steve Biko Young Leader Award", None),
            ("22:00", "Band: The Ford Fiesta Five. Bar closes 23:30", None)]
    for t, txt, p in rows:
        if p is None:
            d.raw(f"{t}  {txt}\n")
        else:
            d.add(f"{t}  " + txt + "\n", x=p.full)
    d.add("\nTable hosts: T1 {P:a}; T2 {P:b}; T3 {P:c}. Dietary list with {P:s2}. Emergency: venue security desk {T:t}.", a=person(lang, used=used).full,
          b=person(lang, used=used).init(), c=person(lang, used=used).full, s2=sm.first, t=phone(cc, False))
    if chance(0.7):
        bid = person(lang, used=used)
        d.add("\n\nAUCTION SETTLEMENT (back office only): Lot 3 — {P:b}, paddle " + r2(10, 99) + ", " + ('R' if cc == 'ZA' else 'A$') + f"{R.randint(12, 95)},000" + " — card {C:c} exp " +
              f"{R.randint(1, 12):02d}/{R.randint(26, 30)}" + ", contact {T:t}.", b=bid.full, c=card(), t=phone(cc, True))
    return lang, d


def k_planning_weekly_list():
    lang, cc = 'en-IE', 'IE'
    used = set()
    coun = pick(['Dublin City Council', 'Galway County Council', 'Cork City Council', 'Clare County Council'])
    d = Doc()
    d.raw(f"{coun.upper()}\nPLANNING APPLICATIONS RECEIVED — WEEK {R.randint(1, 52)}, {pick([2024, 2025])}\n\n")
    props = ["Permission for single-storey extension to rear and attic conversion with dormer window to rear",
             "RETENTION of change of use from retail (former Boots pharmacy) to café with ancillary takeaway",
             "Permission for demolition of existing garage and construction of 2-storey, 3-bed dwelling",
             "Permission for signage for Ford dealership and EV charging bays",
             "Permission to install 3 no. rooflights and solar PV panels to front roof slope"]
    for _ in range(R.randint(3, 5)):
        a = person(lang, used=used)
        ap = pick([D("{P:a}", a=a.full), D("{P:a} & {P:b}", a=a.full, b=person(lang, used=used).full), D(pick(COS['en-IE']))])
        d.add("Reg. Ref.: " + f"{R.randint(1000, 5999)}/{pick([24, 25])}" + "\nApplicant: {ap}\nLocation: {A:l}\nProposal: " + pick(props) + "\nReceived: " + dt(lang) + "\n\n",
              ap=ap, l=addr(cc).replace(', D0', ', D0'))
    d.add("Submissions or observations may be made in writing on payment of €20 to the Planning Department, {A:a}, within five weeks. "
          "Queries to the case officer, {P:o}, {T:t}.", a=addr(cc), o=person(lang, used=used).full, t=phone(cc, False))
    return lang, d


def k_charity_report_reference_details():
    lang, cc = 'en-GB', 'GB'
    used = set()
    trustees = [person('en', used=used) for _ in range(R.randint(5, 7))]
    d = Doc()
    ch = pick(['The Thistlewood Trust', 'Friends of Darwin Close Park', 'The Ashworth Hospice at Home', 'Harcourt Road Community Kitchen'])
    d.raw(f"{ch.upper()}\nTRUSTEES' ANNUAL REPORT FOR THE YEAR ENDED 31 MARCH {pick([2024, 2025])}\n\nREFERENCE AND ADMINISTRATIVE DETAILS\n\n"
          f"Charity registration number  {R.randint(1000000, 1199999)}\nCompany registration number  {dig(8)}\n\n")
    d.add("Patron            Dame {P:pa}\nPresident         {P:p}" + pick(['', ' OBE', ' MBE', ' CBE']) + "\n\nTrustees\n", p=person('en', used=used).full, pa=person('en', 'f', used).full)
    for i, t in enumerate(trustees):
        extra = pick(['', '', ' (Chair)', ' (Treasurer)', f' (resigned {dt(lang)})', f' (appointed {dt(lang)})'])
        d.add("                  {P:n}" + extra + "\n", n=pick([t.full, t.init(), t.full]))
    ceo = person('en', used=used)
    d.add("\nChief Executive   {P:c}\nRegistered office {A:r}\n", c=ceo.full, r=addr(cc))
    d.add("Bankers           Coutts & Co, {A:b}\nAuditors          Harrington Dunmore LLP, Chartered Accountants, {A:au}\nSolicitors        Bamford Gillespie, {L:t}\n\n",
          b=pick(["440 Strand, London WC2R 0QS", addr(cc)]), au=addr(cc), t=town('GB'))
    d.add("The trustees thank the Ford Britain Trust, the Rothschild Foundation and Marks & Spencer for grants received, and {P:v}, who retired after 22 years as "
          "volunteer co-ordinator.", v=person('en', used=used).full)
    return lang, d


def k_tax_engagement_letter():
    lang, cc = 'en-US', 'US'
    used = set()
    c1, c2, cpa, mgr = [person('en-US', used=used) for _ in range(4)]
    firm = pick(['Goldberg Hartley CPAs, PLLC', 'Reyes & Kimura Tax Advisors', 'Jefferson Brandt & Co. CPAs'])
    d = Doc()
    d.add(firm + "\n{A:f}\n{T:t}\n\n" + dt(lang) + "\n\n{P:a} and {P:b}\n{A:ca}\n\nRe: 2024 Individual Income Tax Engagement\n\nDear {P:a1} and {P:b1}:\n\n",
          f=addr(cc), t=phone(cc, False), a=c1.full, b=c2.full, ca=addr(cc, block=True), a1=c1.first, b1=c2.first)
    d.raw("This letter confirms the terms of our engagement to prepare your 2024 federal Form 1040 and the state returns listed on Schedule A. "
          "We will not audit or otherwise verify the information you provide...\n\n")
    d.add("Taxpayer: {P:a}   SSN {S:s1}\nSpouse: {P:b}   SSN {S:s2}\nDependents: {l}\n\n", a=c1.full, b=c2.full, s1=ssn(), s2=ssn(),
          l=plist([f"{pick(N['en-US'][0] + N['en-US'][1])} {c1.last}" for _ in range(R.randint(1, 2))]))
    d.add("Our fee will be based on time, estimated at $" + f"{R.randint(9, 35) * 100:,}" + ". Payment by card on file ({C:card}) unless you instruct otherwise. "
          "Your return will be prepared by {P:p}, CPA, and reviewed by {P:m}. We will e-file Form 8879 once signed.\n\n"
          "If this letter correctly expresses your understanding, please sign below.\n\n___________________ {P:a}    ___________________ {P:b}",
          p=cpa.full, m=mgr.init(), a=c1.full, b=c2.full, card=card())
    return lang, d


def k_hoa_board_meeting_recap():
    lang, cc = 'en-US', 'US'
    used = set()
    brd = [person('en-US', used=used) for _ in range(4)]
    mgr = person('en-US', used=used)
    hom = [person('en-US', used=used) for _ in range(2)]
    d = Doc()
    d.raw(f"{pick(['Sycamore Ridge', 'Lincoln Commons', 'Maple Hollow', 'Jefferson Park'])} HOA — Board Meeting Recap ({dt(lang)})\n\n")
    d.add("Board present: {l}. Management: {P:m} (Bloomfield Community Management).\nQuorum confirmed at 7:04 p.m. via Zoom and in the clubhouse.\n\n",
          l=plist([f"{b.full}" for b in brd], sep=', ', last=', and '), m=mgr.full)
    d.add("Homeowner forum: {P:h} (Lot " + r2(1, 140) + ", {A:a}) asked again about the retention pond. {P:h2} ({A:b}) complained about a Ford F-250 parked on Maple Drive "
          "for three weeks — management will send a courtesy letter.\n\n", h=hom[0].full, a=addr(cc, unit=False).split(',')[0], h2=hom[1].full, b=addr(cc, unit=False).split(',')[0])
    d.add("Motions: (1) Approve Washington Grant Realty as new landscaper — moved {P:a}, seconded {P:b}, passed 4-0. (2) Raise assessment to $" + str(R.randint(90, 400)) +
          "/quarter — tabled.\nTreasurer {P:t} reported $" + f"{R.randint(20, 300)},{dig(3)}" + " in reserves.\n\nNext meeting: " + dt(lang) +
          ". Questions: {P:m} at {E:e} or {T:ph}.", a=brd[1].sur, b=brd[2].sur, t=brd[3].full, m=mgr.first, e=mgr.email('bloomfieldcm.com'), ph=phone(cc, False))
    return lang, d


def k_agm_notice_listed_company_in():
    lang, cc = 'en-IN', 'IN'
    used = set()
    co = pick(COS['en-IN'])
    rot, ind, cs = person('en-IN', used=used), person('en-IN', used=used), person('en-IN', used=used)
    scrut = person('en-IN', used=used)
    d = Doc()
    d.add(co.upper() + "\nCIN: L" + dig(5) + pick(['KA', 'MH', 'TN']) + dig(4) + "PLC" + dig(6) + "\nRegd. Office: {A:r}\nTel: {T:t} | Email: {E:e} | Website: www." + slug(co.split()[0]) + ".in\n\n",
          r=addr(cc), t=phone(cc, False), e=f"investors@{slug(co.split()[0])}.in")
    d.raw(f"NOTICE OF THE {pick(['14TH', '27TH', '32ND', '9TH'])} ANNUAL GENERAL MEETING\n\nNOTICE is hereby given that the Annual General Meeting of the Members of the Company will be held on "
          f"{dt(lang)} at 11:00 a.m. (IST) through Video Conferencing (\"VC\") / Other Audio Visual Means (\"OAVM\") to transact the following business:\n\nORDINARY BUSINESS\n"
          "1. To receive, consider and adopt the audited financial statements for the financial year ended 31st March, together with the Reports of the Board of Directors and Auditors thereon.\n")
    d.add("2. To appoint a Director in place of {P:a} (DIN: " + dig(8) + "), who retires by rotation and, being eligible, offers " + ('himself' if rot.g == 'm' else 'herself') + " for re-appointment.\n\n"
          "SPECIAL BUSINESS\n3. To appoint {P:b} (DIN: " + dig(8) + ") as an Independent Director for a term of five consecutive years.\n\n", a=pick([rot.full, 'Mr. ' + rot.full if rot.g == 'm' else 'Ms. ' + rot.full]).split('. ', 1)[-1], b=ind.full)
    d.add("The Board has appointed {P:s}, Practising Company Secretary (FCS " + dig(4) + "), as Scrutinizer for the e-voting process. Members holding shares in physical form may "
          "register their e-mail with the RTA, Link Intime (India) Pvt. Ltd.\n\nBy order of the Board\nFor " + co + "\n\n{P:c}\nCompany Secretary & Compliance Officer\nMembership No. A" + dig(5) +
          "\nPlace: {L:pl}\nDate: " + dt(lang), s=scrut.full, c=cs.full, pl=town('IN'))
    return lang, d


def k_incident_postmortem_timeline():
    lang, cc = 'en-US', 'US'
    used = set()
    ic, oncall, sre, comms, vp = [person('en-US', used=used) for _ in range(5)]
    d = Doc()
    d.raw(f"Post-incident review: INC-{R.randint(1000, 9999)} — elevated 5xx on checkout API\nSeverity: SEV-{R.randint(1, 2)} | Date: {dt(lang)} | Status: Final\n\n")
    d.add("Incident commander: {P:a}\nResponders: {l}\nComms lead: {P:c}\n\nTIMELINE (UTC)\n", a=ic.full, l=plist([oncall.full, sre.full], last=', '), c=comms.full)
    ip1, ip2, ip3 = ipv4(True), ipv4(False), pick([ipv4(False), ipv6()])
    d.add("14:02  Alert: p99 latency > 2s on lb-prod-ford-2 (the Ford cluster, named after the street, not the car) — pages {P:o}\n"
          "14:09  {P:o2} sees connection resets from {IP:i1}; suspects the Redis primary\n"
          "14:17  {P:s} blocks {IP:i2} at the WAF after 40k req/min from a single ASN\n"
          "14:31  Traffic from {IP:i3} also throttled; error rate falls to 0.4%\n"
          "14:50  {P:a} declares mitigated; {P:c} posts status page update\n\n",
          o=oncall.full, o2=oncall.first, i1=ip1, s=sre.first, i2=ip2, i3=ip3, a=ic.sur, c=comms.first)
    d.add("ROOT CAUSE\nA Terraform change merged by {P:x} raised the keep-alive timeout on the Tesla-branded nodes... (see PR #" + dig(4) + ").\n\n"
          "ACTION ITEMS\n- [{P:s}] add per-ASN rate limiting to the Lincoln edge config\n- [{P:o}] runbook for Redis failover\n- [{P:v}] decide on vendor review with Dell\n",
          x=pick([oncall.full, person('en-US', used=used).full]), s=sre.full, o=oncall.first, v=vp.init())
    return lang, d


def k_book_launch_event_invite():
    lang = pick(['en-AU', 'en-AU', 'en-GB'])
    cc = LANG_CC[lang]
    used = set()
    au, conv, host = [person(lang, used=used) for _ in range(3)]
    shop = pick(['Readings Carlton', 'Gleebooks', 'Avid Reader', 'The Hemingway Bookshop', 'Dymocks Collins St'])
    book = pick(['The Holden Years', 'Banksia Crescent', 'Salt & Wattle', 'A Short History of the Arnott Family Biscuit', 'Lonsdale Street Blues'])
    d = Doc()
    d.add(shop + " & " + pick(['Text Publishing', 'Allen & Unwin', 'Penguin Random House']) + "\ninvite you to the launch of\n\n" + book.upper() + "\nby {P:a}\n\n"
          "in conversation with {P:c}\n" + pick(['Thursday', 'Wednesday', 'Friday']) + " " + dt(lang) + ", 6.30pm for 7pm\n{A:v}\n\n", a=au.full, c=conv.full, v=addr(cc))
    d.add("Shortlisted for the Miles Franklin Award and the Stella Prize, {P:a}'s " + pick(['second', 'debut', 'third']) + " novel follows three generations of a {L:t} family "
          "through the rise and fall of the Holden factory.\n\n{P:c} is a broadcaster and the author of " + pick(['Dry Season', 'The Gilchrist Letters']) + ".\n\n",
          a=au.sur, t=pick(['Elizabeth', 'Geelong', 'Adelaide', 'Ballarat']), c=conv.sur)
    d.add("Free, but bookings essential: {P:h} on {T:t} or {E:e}. Wheelchair access via the Flinders Lane entrance. Drinks courtesy of Penfolds.",
          h=host.first, t=phone(cc), e=host.email(slug(shop.split()[0]) + '.' + pick(DOMAINS[cc])))
    return lang, d


def k_staff_directory_intranet_page():
    lang = pick(['en-ZA', 'en-IN', 'en-GB'])
    cc = LANG_CC[lang]
    used = set()
    dept = pick(['Finance & Treasury', 'Legal & Compliance', 'Facilities', 'Customer Operations'])
    co = pick(COS.get(lang, COS['en']))
    d = Doc()
    d.raw(f"Intranet › People › {dept}\nLast updated {dt(lang)} by the Comms team\n\n")
    d.add("Office: {A:a}\nReception: {T:t}\n\nName | Role | Ext | Mobile | Email\n", a=addr(cc), t=phone(cc, False))
    for _ in range(R.randint(5, 8)):
        p = person(lang, used=used)
        role = pick(['Head of ' + dept.split()[0], 'Senior Accountant', 'Paralegal', 'Team Lead', 'Analyst', 'PA to the CFO', 'Graduate Trainee'])
        if chance(0.75):
            d.add("{P:n} | " + role + " | x" + dig(4) + " | {T:m} | {E:e}\n", n=pick([p.full, p.rev()]), m=phone(cc, True), e=p.email(dom(co.split()[0], cc)))
        else:
            d.add("{P:n} | " + role + " | x" + dig(4) + " | — | {E:e}\n", n=p.full, e=p.email(dom(co.split()[0], cc)))
    d.add("\nThe Mandela Room (4th floor) and the Tata Boardroom can be booked via Outlook. Fire marshal this quarter: {P:f}.", f=person(lang, used=used).full)
    return lang, d


def k_gp_practice_partnership_change_letter():
    lang = pick(['en-GB', 'en-IE'])
    cc = LANG_CC[lang]
    used = set()
    ret, newp, pm = person(lang, used=used), person(lang, used=used), person(lang, used=used)
    d = Doc()
    prac = pick(['Harcourt Road Surgery', 'The Darwin Medical Practice', 'Wellington Street Health Centre', 'Grattan Family Practice'])
    d.add(prac + "\n{A:a}\n\nDear Patient,\n\nChanges to the partnership and a new home for the practice\n\n", a=addr(cc))
    d.add("After 31 years, Dr {P:r} will retire on " + dt(lang) + ". Many of you will have been looked after by Dr {P:r2} since the surgery was above the old Boots on the high street, "
          "and we know " + ('he' if ret.g == 'm' else 'she') + " will be missed. Dr {P:n} joins the partnership from the Ashworth Medical Centre and will take over Dr {P:r3}'s list.\n\n",
          r=ret.full, r2=ret.sur, n=newp.full, r3=ret.sur)
    d.add("From Monday " + dt(lang) + " the practice moves to {A:b}, next to the Nelson Square pharmacy. Our phone number ({T:t}) stays the same; repeat prescriptions can still be "
          "ordered via the NHS App.\n\nIf you have any questions, please speak to our Practice Manager, {P:m}, or email {E:e}.\n\nWith best wishes,\nThe Partners",
          b=addr(cc), t=phone(cc, False), m=pm.full, e=f"{slug(prac.split()[0])}.practice@nhs.net" if cc == 'GB' else f"reception@{slug(prac.split()[0])}.ie")
    return lang, d


def k_conferring_ceremony_graduand_list():
    lang = pick(['en-IE', 'en-IE', 'en-ZA', 'en-IN'])
    cc = LANG_CC[lang]
    used = set()
    d = Doc()
    d.raw("CONFERRING OF DEGREES\n" + pick(['Aula Maxima', 'O\'Reilly Hall', 'Jameson Hall', 'Great Hall']) + " · " + dt(lang) + " · 10.30 a.m.\n\n")
    d.add("Presiding: {P:p}, " + pick(['President', 'Vice-Chancellor', 'Deputy Registrar']) + "\nPublic Orator: {P:o}\n\n", p=person(lang, used=used).full, o=person(lang, used=used).full)
    for deg in sample(['Bachelor of Commerce (Honours)', 'Bachelor of Civil Law', 'Master of Science (Data Analytics)', 'Bachelor of Arts (International)', 'Higher Diploma in Business'], 2):
        d.raw(deg + "\n")
        ps = [person(lang, used=used) for _ in range(R.randint(4, 7))]
        for p in ps:
            d.add("  {P:n}" + pick(['', '', ' (First Class Honours)', ' *', ' — in absentia']) + "\n", n=pick([p.full, p.caps(), p.full]))
    d.add("\n* Winner of the Cadbury Schweppes Prize. The Guinness Medal for highest aggregate goes to {P:w}.\nPlease note that photography is by Lafayette Photography only.",
          w=person(lang, used=used).full)
    return lang, d


# ----------------------------------------------------------------------------- English, no personal data
def k_tea_room_menu_nopii():
    lang = 'en-GB'
    d = Doc()
    items = [('Earl Grey', 'loose leaf, bergamot'), ('Lady Grey', 'with cornflower'), ('Darjeeling First Flush', ''), ('Eggs Benedict', 'Wiltshire ham, hollandaise'),
             ('Eggs Florentine', ''), ('Beef Wellington slice', 'served cold, Thursdays only'), ('Victoria sponge', 'jam & buttercream'), ('Battenberg', ''),
             ('Peach Melba', ''), ('Eton Mess', 'seasonal berries'), ('Bakewell tart', ''), ('Chelsea bun', ''), ('Welsh rarebit', 'Worcestershire sauce'),
             ('Caesar salad', 'anchovy optional'), ('Waldorf salad', ''), ('Pavlova', 'passion fruit'), ('Garibaldi biscuits', '3 for £1.20'), ('Arnold Bennett omelette', 'smoked haddock')]
    d.raw(pick(['THE NELSON SQUARE TEA ROOMS', 'Spencer & Marks Café', 'The Old Rectory Tea Garden']) + "\n" + pick(['Spring menu', 'Afternoon menu', 'All-day menu']) + "\n\n")
    for name, desc in sample(items, R.randint(9, 13)):
        d.raw(f"{name}{' — ' + desc if desc else ''}  ...  £{R.randint(2, 14)}.{pick(['00', '50', '25', '95'])}\n")
    d.raw("\nAfternoon tea for two (The Duchess) £" + str(R.randint(38, 65)) + " — includes Earl Grey or Lady Grey, finger sandwiches, scones with Cornish clotted cream.\n"
          "Allergens: ask staff. Table 12 is reserved for the Cadbury tasting on Saturdays. Card only; Apple Pay welcome.")
    return lang, d


def k_appliance_range_brochure_nopii():
    lang = pick(['en-AU', 'en-ZA', 'en-GB'])
    d = Doc()
    d.raw("SPRING TRADE PRICE LIST — KITCHEN & LAUNDRY (excl. GST)\n\n")
    for _ in range(R.randint(9, 13)):
        br = pick(['Philips', 'Siemens', 'Bosch', 'Miele', 'Dyson', 'Breville', 'Kenwood', 'Smeg', 'De\'Longhi', 'Russell Hobbs', 'Morphy Richards', 'Fisher & Paykel', 'Electrolux'])
        prod = pick(['Series 8 oven', 'airfryer XXL', 'iQ700 dishwasher', 'V15 Detect', 'Barista Express', 'Chef Titan', 'kettle', 'front-loader 9kg', 'induction cooktop', 'toaster'])
        d.raw(f"{br} {prod}  {upl(2)}{dig(4)}{upl(1)}  ${R.randint(49, 3999)}.{pick(['00', '95', '99'])}  {pick(['in stock', 'ETA wk ' + str(R.randint(1, 52)), 'discontinued', 'display model'])}\n")
    d.raw("\nPromo: buy any Siemens iQ700 before 30 June, get a Philips Sonicare free. Fleet buyers: ask about the Ford Ranger tradie bundle. "
          "Prices valid at the Wattle Avenue and Pitt Street showrooms only. E&OE.")
    return lang, d


def k_award_categories_call_for_entries_nopii():
    lang = 'en-US'
    d = Doc()
    d.raw("CALL FOR ENTRIES — " + pick(['Regional Journalism Awards', 'Independent Short Film Festival', 'Campus Media Awards']) + " " + str(pick([2025, 2026])) + "\n\n"
          "Entries open " + dt(lang) + " and close at 11:59 p.m. ET on " + dt(lang) + ". Entry fee $" + str(R.randint(25, 150)) + " per category.\n\nCATEGORIES\n")
    cats = ['The Pulitzer-style Investigative Prize', 'Best Documentary (the "Ken Burns" award)', 'The Nellie Bly Prize for Undercover Reporting', 'Best Local Newsletter',
            'The Edward R. Murrow Award for Audio', 'The Walt Disney Award for Animation', 'The Jefferson Medal for Civic Coverage', 'Best Use of Data (sponsored by Dell)',
            'The Oscar Wilde Prize for Satire', 'Rookie of the Year']
    for c in sample(cats, R.randint(6, 9)):
        d.raw(f"• {c}\n")
    d.raw("\nPrevious winners have gone on to Emmy, Peabody and Nobel Peace Prize–recognised work. Entries must have been published between January 1 and December 31. "
          "Winners receive the Lincoln Trophy and a Tiffany crystal plaque. Questions? See the FAQ on the website — we do not accept entries by email.")
    return lang, d


def k_street_festival_road_closures_nopii():
    lang = pick(['en-IE', 'en-GB'])
    d = Doc()
    d.raw(pick(['ST PATRICK\'S FESTIVAL', 'BLOOMSDAY', 'HALF MARATHON', 'CHRISTMAS LIGHTS SWITCH-ON']) + " — TRAFFIC & TRANSPORT ARRANGEMENTS\n\n")
    d.raw("The following roads will be closed from 06:00 until approximately 18:00:\n")
    sts = ["O'Connell Street (both sides)", 'Parnell Square East', 'Pearse Street', 'Westmoreland Street', 'Dame Street', 'Grattan Bridge',
           'Victoria Street', 'Nelson Street', 'Wellington Quay', 'Gandon Close', 'Henry Street', 'Clarendon Row', 'Wolfe Tone Quay']
    for s_ in sample(sts, R.randint(6, 9)):
        d.raw(f"  – {s_}\n")
    d.raw("\nLuas Green Line services will terminate at St Stephen's Green; the Red Line runs as normal to The Point. Dublin Bus routes 16, 46A and 145 diverted via "
          "Parnell Street. Car parks at Jervis, Arnotts and the Ilac Centre open from 07:00. The Guinness Storehouse and the James Joyce Centre open at normal times. "
          "Accessible viewing stands on Cathal Brugha Street.")
    if chance(0.5):
        d.raw(" Visitors from outside ")
        d.add("{L:a} are advised to use Heuston or Connolly stations.", a=pick(['Dublin', 'the city', 'Leinster']))
    return lang, d


def k_fund_factsheet_top_holdings_nopii():
    lang = pick(['en-GB', 'en-US'])
    d = Doc()
    fund = pick(['Baillie Gifford Global Discovery', 'Fidelity Special Situations', 'Schroder Income Maximiser', 'Rathbone Ethical Bond', 'Hargreaves Lansdown Multi-Manager'])
    d.raw(f"{fund} Fund — Factsheet, {pick(['Q1', 'Q2', 'Q3', 'Q4'])} {pick([2024, 2025])}\nShare class: Acc. | ISIN GB00{dig(8)} | OCF {R.randint(40, 99) / 100:.2f}%\n\nTOP 10 HOLDINGS\n")
    hold = ['Ferrari NV', 'Hermès International', 'Louis Vuitton Moët Hennessy', 'Tesla Inc', 'Walt Disney Co', "McDonald's Corp", 'Johnson & Johnson', 'Procter & Gamble',
            'Dell Technologies', 'Ford Motor Co', 'Philips NV', 'Siemens AG', 'Porsche AG', 'Heineken NV', 'Carlsberg A/S', 'A.P. Møller-Mærsk', 'Ferrero (private credit)',
            'Marks & Spencer Group', 'J Sainsbury plc', 'Rolls-Royce Holdings']
    for h in sample(hold, 10):
        d.raw(f"{h:<32}{R.randint(15, 60) / 10:.1f}%\n")
    d.raw("\nPerformance (%): 1y " + f"{R.randint(-80, 250) / 10:.1f}" + " | 3y " + f"{R.randint(-80, 400) / 10:.1f}" + " | 5y " + f"{R.randint(-50, 700) / 10:.1f}" +
          "\nPast performance is not a guide to future returns. Issued by the authorised corporate director. Morningstar Rating™ ★★★★.")
    return lang, d


def k_cocktail_menu_nopii():
    lang = pick(['en-US', 'en-AU', 'en-GB'])
    d = Doc()
    d.raw(pick(['HAPPY HOUR 4–7PM', 'CLASSICS', 'THE BACK BAR']) + "\n\n")
    drinks = [('Tom Collins', 'gin, lemon, soda'), ('John Collins', 'bourbon, lemon, soda'), ('Bloody Mary', 'vodka, tomato, Worcestershire'),
              ('Shirley Temple', 'grenadine, ginger ale (0%)'), ('Arnold Palmer', 'iced tea, lemonade (0%)'), ('Rob Roy', 'Scotch, sweet vermouth'),
              ('Bellini', 'prosecco, white peach'), ('Harvey Wallbanger', 'vodka, OJ, Galliano'), ('Tom & Jerry', 'seasonal'), ('Mary Pickford', 'rum, pineapple, maraschino'),
              ('Hemingway Daiquiri', 'rum, grapefruit, maraschino'), ('Rossini', 'prosecco, strawberry'), ('Negroni', 'gin, Campari, vermouth'), ('Charlie Chaplin', 'sloe gin, apricot brandy, lime')]
    for n, desc in sample(drinks, R.randint(8, 11)):
        d.raw(f"{n.upper()}  {desc}  ${R.randint(9, 22)}\n")
    d.raw("\nBeer: Coopers Pale, Heineken, Peroni. Wine by the glass from Penfolds and Jacob's Creek. Ask about the Don Julio flight. Please drink responsibly.")
    return lang, d


# ============================================================================= OTHER LANGUAGES
def hr_de(p):
    return ('Herr ' if p.g == 'm' else 'Frau ')


def k_gesellschafterbeschluss_gmbh():
    lang, cc = 'de', pick(['DE', 'DE', 'AT'])
    used = set()
    g1, g2, gf, new = [person('de', used=used) for _ in range(4)]
    firma = pick(['Bosch & Krüger Haustechnik GmbH', 'Siemens-Lehmann Immobilien GmbH', 'Porsche Zimmermann Logistik GmbH', 'Goethestraße 12 Verwaltungs GmbH'])
    d = Doc()
    d.add("Gesellschafterbeschluss\nder " + firma + "\nmit Sitz in {L:s}, eingetragen im Handelsregister des Amtsgerichts " + pick(['Charlottenburg', 'München', 'Köln', 'Hamburg']) +
          " unter HRB " + dig(6) + "\n\nUnter Verzicht auf alle Form- und Fristvorschriften für die Einberufung und Abhaltung einer Gesellschafterversammlung treten die "
          "Gesellschafter\n\n1. {P:a}, geb. " + f"{R.randint(1, 28):02d}.{R.randint(1, 12):02d}.{R.randint(1950, 1990)}" + ", wohnhaft {A:aa},\n2. {P:b}, wohnhaft {A:ba},\n\n"
          "zu einer Gesellschafterversammlung zusammen und beschließen einstimmig:\n\n", s=town(cc), a=g1.full, aa=addr(cc), b=g2.full, ba=addr(cc))
    d.add("1. {P:gf} wird mit sofortiger Wirkung als Geschäftsführer" + ('in' if gf.g == 'f' else '') + " abberufen. Ihm/Ihr wird für die Geschäftsjahre bis einschließlich " + str(R.randint(2021, 2024)) +
          " Entlastung erteilt.\n2. Zum neuen Geschäftsführer wird {P:n}, " + pick(['Diplom-Kaufmann', 'Wirtschaftsingenieurin', 'Rechtsanwalt']) + ", geschäftsansässig {A:na}, bestellt. "
          "Er/Sie ist stets einzelvertretungsberechtigt und von den Beschränkungen des § 181 BGB befreit.\n"
          "3. Der Sitz der Verwaltung wird von der Werner-von-Siemens-Straße in das Gebäude {A:sitz} verlegt.\n\n",
          gf=gf.full, n=new.full, na=addr(cc), sitz=addr(cc))
    d.add("{L:o}, den " + dt('de') + "\n\n______________________\n{P:a}\n\n______________________\n{P:b}\n\nNotarielle Beglaubigung durch Notar" + pick(['', 'in']) + " {P:no} — Urkundenrolle Nr. " + dig(4) + "/" + str(pick([2024, 2025])),
          o=town(cc), a=g1.full, b=g2.full, no=person('de', used=used).full)
    return lang, d


def k_betriebsratssitzung_niederschrift():
    lang, cc = 'de', 'DE'
    used = set()
    vors, stv, schr = [person('de', used=used) for _ in range(3)]
    mitgl = [person('de', used=used) for _ in range(R.randint(3, 5))]
    gast = person('de', used=used)
    d = Doc()
    d.add("Niederschrift über die " + str(R.randint(3, 41)) + ". ordentliche Sitzung des Betriebsrats\n" + pick(['Werk Erlangen', 'Standort Bielefeld', 'Niederlassung Leipzig']) +
          " — " + dt('de') + ", 13:30–16:10 Uhr, Raum „Konrad Zuse“\n\nAnwesend: {P:v} (Vorsitz), {P:s} (stellv. Vorsitz), {l}\nEntschuldigt: {P:e}\nGast (TOP 3): {P:g}, Personalleitung\n"
          "Protokoll: {P:p}\n\n", v=vors.full, s=stv.full, l=plist([m.full for m in mitgl[:-1]], last=' und '), e=mitgl[-1].full, g=gast.full, p=schr.full)
    d.add("TOP 1 – Genehmigung der Tagesordnung: einstimmig.\nTOP 2 – Anhörung nach § 99 BetrVG: Einstellung von {P:n} als Sachbearbeiter" + pick(['', 'in']) + " Lohnbuchhaltung. "
          "Der Betriebsrat stimmt zu (7 ja, 0 nein, 1 Enthaltung).\nTOP 3 – Schichtmodell Halle 4: {P:g} erläutert den Entwurf. Kollege {P:k} kritisiert, dass die Frühschicht "
          "wegen der Baustelle am Werner-von-Siemens-Ring schon um 5:15 Uhr beginnen soll. Frau {P:g2}s Vorschlag, den Werksbus ab der Haltestelle Goethestraße früher fahren zu lassen, "
          "wird angenommen.\n", n=person('de', used=used).full, g=gast.sur, k=mitgl[0].sur, g2=gast.sur if gast.g == 'f' else stv.sur)
    d.add("TOP 4 – Verschiedenes: Betriebsversammlung am " + dt('de') + " in der Kantine. Rückfragen an {P:v} (Durchwahl -" + dig(3) + ", mobil {T:t}, {E:e}).\n\n"
          "gez. {P:v2}            gez. {P:p}", v=vors.sur, t=phone('DE', True), e=vors.email('br-' + pick(['erlangen', 'bielefeld', 'leipzig']) + '.de'), v2=vors.full, p=schr.full)
    return lang, d


def k_handelsregister_bekanntmachung():
    lang, cc = 'de', 'DE'
    used = set()
    d = Doc()
    gericht = pick(['Amtsgericht Charlottenburg (Berlin)', 'Amtsgericht München', 'Amtsgericht Köln', 'Amtsgericht Hamburg', 'Amtsgericht Fürth'])
    d.raw(f"Handelsregister Veränderungen — {gericht}\nBekanntmachung vom {dt('de')}\n\n")
    for _ in range(R.randint(2, 3)):
        a, b = person('de', used=used), person('de', used=used)
        firma = pick(['Krüger & Söhne Bedachungen GmbH', 'Bosch Brandt Software UG (haftungsbeschränkt)', 'Oetker Wagner Consulting GmbH', 'Schillerplatz Wohnbau GmbH & Co. KG',
                      'Müller-Lüdenscheidt Medien GmbH', 'Porsche & Hoffmann Autohaus GmbH'])
        d.add("HRB " + dig(6) + ": " + firma + ", {L:s}, {A:ad}. Nicht mehr Geschäftsführer: {P:a}. Bestellt als Geschäftsführer: {P:b}, {L:w}, *" +
              f"{R.randint(1, 28):02d}.{R.randint(1, 12):02d}.{R.randint(1955, 1995)}" + ", mit der Befugnis, die Gesellschaft allein zu vertreten. " +
              pick(['Geschäftsanschrift geändert.', 'Prokura erloschen: ' , 'Einzelprokura: ']), s=town(cc), ad=addr(cc), a=f"{a.last}, {a.first}", b=f"{b.last}, {b.first}",
              w=town(cc))
        last = d.text()
        if last.endswith(': '):
            c = person('de', used=used)
            d.add("{P:c}, {L:w}.", c=f"{c.last}, {c.first}", w=town(cc))
        d.raw("\n\n")
    d.raw("Die Eintragungen sind im gemeinsamen Registerportal der Länder abrufbar.")
    return lang, d


def k_einladung_festakt_programm():
    lang = 'de'
    cc = pick(['DE', 'DE', 'AT'])
    used = set()
    ob, vor, fest, mod, musik = [person('de', used=used) for _ in range(5)]
    d = Doc()
    anlass = pick(['125 Jahre Freiwillige Feuerwehr', '50 Jahre Städtepartnerschaft', 'Verabschiedung unseres Schulleiters', '100 Jahre Sparkassenstiftung'])
    d.add("EINLADUNG\n\nZum Festakt anlässlich „" + anlass + "“ laden wir Sie und Ihre Begleitung herzlich ein.\n\n" + dt('de') + ", 18:00 Uhr\nFestsaal im Goethe-Haus, {A:a}\n\n"
          "PROGRAMM\n\nMusikalischer Auftakt — Bläserquintett der Musikschule, Leitung: {P:m}\nBegrüßung — {P:v}, Vorsitzende" + ('r' if vor.g == 'm' else '') + " des Fördervereins\n"
          "Grußwort — Oberbürgermeister" + ('in' if ob.g == 'f' else '') + " {P:o}\nFestvortrag: „Von der Handdruckspritze zum Drehleiterfahrzeug“ — " + pick(['Dr. ', 'Prof. Dr. ', 'Kreisbrandmeister ', '']) + "{P:f}\n"
          "Ehrungen — Verleihung der Carl-Metz-Medaille und des Florian-Ehrenzeichens\nMusik: Beethoven, „Ode an die Freude“ (Arr. {P:m2})\nEmpfang mit Imbiss\n\n",
          a=addr(cc), m=musik.full, v=vor.full, o=ob.full, f=fest.full, m2=musik.sur)
    d.add("Durch den Abend führt {P:mo}.\n\nUm Antwort wird gebeten bis " + dt('de') + " bei {P:r}, Tel. {T:t}, oder per E-Mail an {E:e}. "
          "Parkmöglichkeiten: Tiefgarage Schillerplatz.", mo=mod.full, r=vor.full, t=phone(cc), e=vor.email(pick(['foerderverein-ffw.de', 'gmx.de', 'web.de'])))
    return lang, d


def k_konditorei_sortiment_nopii():
    lang = 'de'
    d = Doc()
    d.raw(pick(['Konditorei & Café am Schillerplatz', 'Café Goethe', 'Backstube Bismarck']) + " — Unser Sortiment (Preise pro Stück)\n\n")
    items = ['Sachertorte', 'Prinzregententorte', 'Fürst-Pückler-Schnitte', 'Mozartkugeln (6er-Box)', 'Bismarckhering-Brötchen', 'Kaiserschmarrn', 'Leibniz-Butterkeks-Torte',
             'Schwarzwälder Kirschtorte', 'Linzer Torte', 'Berliner (Pfannkuchen)', 'Frankfurter Kranz', 'Esterházy-Schnitte', 'Dominosteine', 'Aachener Printen', 'Nürnberger Lebkuchen',
             'Käsekuchen nach Omas Rezept']
    for it in sample(items, R.randint(9, 12)):
        d.raw(f"{it} ........ {R.randint(1, 6)},{pick(['20', '50', '80', '95'])} €\n")
    d.raw("\nKaffee von Dallmayr, Tee von Teekanne (Earl Grey, Darjeeling). Torten auf Bestellung bis Donnerstag 12 Uhr. Kartenzahlung ab 5 €. "
          "Montag Ruhetag. Unsere Filiale Karl-Marx-Allee bleibt wegen Umbau bis Ende Mai geschlossen.")
    return lang, d


def civ(p):
    return 'M. ' if p.g == 'm' else pick(['Mme ', 'Mme '])


def k_pv_assemblee_generale_copropriete():
    lang, cc = 'fr', 'FR'
    used = set()
    pres, secr, scr, syn = [person('fr', used=used) for _ in range(4)]
    coprop = [person('fr', used=used) for _ in range(R.randint(3, 5))]
    imm = addr(cc)
    d = Doc()
    d.add("PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE\nSyndicat des copropriétaires de l'immeuble sis {A:i}\n\nLe " + dt('fr') + " à 18h30, les copropriétaires se sont réunis "
          "en assemblée générale dans la salle Jean-Moulin de la mairie annexe, sur convocation du syndic, Cabinet Fournier & Renault Immobilier.\n\n", i=imm)
    d.add("Bureau : président de séance {c1}{P:p} ; scrutateur {c2}{P:s} ; secrétaire : le syndic, représenté par {c3}{P:y}.\nPrésents ou représentés : " + str(R.randint(8, 30)) +
          " copropriétaires totalisant " + str(R.randint(4000, 9000)) + "/10 000es. Absents : {l}.\n\n", c1=civ(pres), p=pres.full, c2=civ(scr), s=scr.full, c3=civ(syn), y=syn.full,
          l=plist([c.full for c in coprop], sep=', ', last=' et '))
    d.add("Résolution n° 4 — Ravalement de la façade côté rue Victor-Hugo : devis de l'entreprise Peugeot Frères Bâtiment retenu (" + str(R.randint(40, 180)) + " 000 € TTC). "
          "Adoptée à la majorité de l'article 25. {c}{P:o} (lot 12) a voté contre et demande que son opposition soit consignée.\n\n"
          "Résolution n° 7 — Autorisation donnée à {c2}{P:m} d'installer une borne de recharge Renault au parking. Adoptée.\n\n",
          c=civ(coprop[0]), o=coprop[0].sur, c2=civ(coprop[1]), m=coprop[1].full)
    d.add("Questions diverses : {P:q} signale des infiltrations au 3e étage, bâtiment B. Le syndic rappelle que les sinistres se déclarent au {T:t} ou à {E:e}.\n\n"
          "L'ordre du jour étant épuisé, la séance est levée à 20h45.\nLe président : {P:p}      Le scrutateur : {P:s}      Le secrétaire : {P:y}",
          q=coprop[-1].first + ' ' + coprop[-1].last, t=phone(cc, False), e=syn.email('fournier-renault-immo.fr'), p=pres.full, s=scr.full, y=syn.full)
    return lang, d


def k_communique_nomination_direction():
    lang, cc = 'fr', pick(['FR', 'FR'])
    used = set()
    new, old, pdg, press = [person('fr', used=used) for _ in range(4)]
    grp = pick(['Groupe Michelin-Lefèvre', 'Dubois Peugeot Mobilités', 'Girard & Chevalier Assurances', 'Maison Moreau Cosmétiques'])
    d = Doc()
    d.add("COMMUNIQUÉ DE PRESSE\n{L:v}, le " + dt('fr') + "\n\n" + grp + " annonce la nomination de {P:n} au poste de directeur" + ('trice' if new.g == 'f' else '') + " général" + ('e' if new.g == 'f' else '') + " délégué" + ('e' if new.g == 'f' else '') + "\n\n",
          v=pick(['Clermont-Ferrand', 'Lyon', 'Paris', 'Nantes']), n=new.full)
    d.add("{P:n}, " + str(R.randint(41, 58)) + " ans, succède à {P:o}, qui fait valoir ses droits à la retraite après vingt-deux ans au sein du groupe. Diplômé" + ('e' if new.g == 'f' else '') +
          " de Sciences Po et de l'INSEAD, " + ('elle' if new.g == 'f' else 'il') + " était depuis 2019 directeur" + ('trice' if new.g == 'f' else '') + " des opérations chez Renault Trucks à {L:c}.\n\n",
          n=new.full, o=old.full, c=pick(['Vénissieux', 'Lyon', 'Blainville-sur-Orne']))
    d.add("« Je remercie chaleureusement {P:o} pour son engagement, notamment lors du lancement du site de Toulouse », déclare {P:p}, président-directeur général. "
          "« L'expérience industrielle de {P:n} sera décisive pour notre plan Horizon 2028. »\n\n" + ('Elle' if new.g == 'f' else 'Il') +
          " prendra ses fonctions le 1er " + pick(MONTHS['fr']) + " au siège, {A:a}.\n\nContact presse : {P:c} — {T:t} — {E:e}",
          o=old.first + ' ' + old.last if chance(0.5) else old.sur, p=pdg.full, n=new.sur, a=addr(cc), c=press.full, t=phone(cc, True), e=press.email(dom(grp.split()[1], cc)))
    return lang, d


def k_faire_part_mariage_annonce():
    lang, cc = 'fr', 'FR'
    used = set()
    gp = [person('fr', used=used) for _ in range(2)]
    p1 = [person('fr', 'f', used), person('fr', 'm', used)]
    p2 = [person('fr', 'f', used), person('fr', 'm', used)]
    mar, mari = person('fr', 'f', used), person('fr', 'm', used)
    mar_l, mari_l = p1[1].last, p2[1].last
    d = Doc()
    d.add("Madame {P:gm}\n" + pick(['', 'Monsieur et ']) + "Madame {P:g2}\nont la joie de vous faire part du mariage de leurs petits-enfants\n\n", gm=gp[0].full, g2=gp[1].full)
    d.add("Monsieur et Madame {P:a} — Monsieur et Madame {P:b}\nsont heureux de vous annoncer le mariage de leurs enfants\n\n{P:x}\net\n{P:y}\n\n",
          a=f"{p1[1].first} {mar_l}", b=f"{p2[1].first} {mari_l}", x=f"{mar.first}", y=f"{mari.first}")
    d.add("La cérémonie religieuse sera célébrée le samedi " + dt('fr') + " à 15 heures en l'église Saint-Vincent-de-Paul de {L:v}, par le Père {P:pr}.\n"
          "À l'issue de la cérémonie, un cocktail sera servi au Domaine de La Fontaine, {A:a}.\n\nRéponse souhaitée avant le " + dt('fr') + "\n{P:r}\n{A:ra}\n{T:t} · {E:e}",
          v=town('FR'), pr=person('fr', 'm', used).last, a=addr(cc), r=f"{mar.first} {mar_l}", ra=addr(cc, block=True), t=phone(cc, True), e=f"{slug(mar.first)}.et.{slug(mari.first)}@" + pick(['gmail.com', 'orange.fr']))
    return lang, d


def k_carte_brasserie_nopii():
    lang = 'fr'
    d = Doc()
    d.raw(pick(['Brasserie Le Voltaire', 'Café de la République', 'Bistrot Jean-Jaurès']) + " — La carte\n\n")
    items = ['Croque-monsieur', 'Croque-madame', 'Hachis Parmentier', 'Sole meunière', 'Chateaubriand sauce béarnaise', 'Tournedos Rossini', 'Crêpe Suzette', 'Pêche Melba',
             'Tarte Tatin', 'Poire Belle-Hélène', 'Madeleines de Commercy', 'Salade niçoise', 'Bœuf Stroganoff', 'Pommes Anna', 'Café liégeois', 'Saint-Honoré']
    for it in sample(items, R.randint(9, 12)):
        d.raw(f"{it} ........ {R.randint(6, 34)},{pick(['00', '50', '90'])} €\n")
    d.raw("\nVins au verre : Château Margaux (second vin), Moët & Chandon, Veuve Clicquot. Eaux : Évian, Perrier. Formule midi 19,50 €. "
          "Service compris. Terrasse côté place Charles-de-Gaulle ouverte dès 11h.")
    return lang, d


def k_acta_junta_accionistas_sl():
    lang, cc = 'es', 'ES'
    used = set()
    pres, sec, adm = [person('es', used=used) for _ in range(3)]
    socios = [person('es', used=used) for _ in range(R.randint(2, 4))]
    soc = pick(['Domecq Osborne Vinícola, S.L.', 'Puig i Ferrer Arquitectes, S.L.P.', 'Transportes García Márquez, S.L.', 'Cervantes Hostelería, S.A.'])
    d = Doc()
    d.add("ACTA DE LA JUNTA GENERAL EXTRAORDINARIA Y UNIVERSAL DE SOCIOS DE " + soc.upper() + "\n\nEn {L:c}, en el domicilio social sito en {A:a}, siendo las " + hhmm() +
          " horas del día " + dt('es') + ", se reúnen los socios que a continuación se relacionan, presentes o representados, titulares del 100 % del capital social:\n\n",
          c=town('ES'), a=addr(cc))
    for s_ in socios:
        d.add("— D" + ('.ª' if s_.g == 'f' else '.') + " {P:n}, con DNI " + dig(8) + upl(1) + ", titular de " + str(R.randint(100, 3000)) + " participaciones.\n", n=s_.full)
    d.add("\nActúa como Presidente D. {P:p} y como Secretaria D.ª {P:s}. Por unanimidad se adoptan los siguientes ACUERDOS:\n\n"
          "PRIMERO.— Cesar a D. {P:o} en su cargo de administrador único, agradeciéndole los servicios prestados.\n"
          "SEGUNDO.— Nombrar administrador único a D.ª {P:n}, mayor de edad, con domicilio a estos efectos en {A:na}, quien acepta el cargo.\n"
          "TERCERO.— Trasladar el domicilio social a {A:nd}.\n\n", p=pres.full, s=sec.full, o=adm.full, n=socios[0].full, na=addr(cc), nd=addr(cc))
    d.add("Y no habiendo más asuntos que tratar, se levanta la sesión, extendiéndose la presente acta que firman el Presidente y la Secretaria.\n\nV.º B.º EL PRESIDENTE\t\tLA SECRETARIA\n"
          "Fdo.: {P:p}\t\tFdo.: {P:s}", p=pres.sur, s=sec.full)
    return lang, d


def k_programa_jornada_ponentes():
    lang, cc = 'es', 'ES'
    used = set()
    ps = [person('es', used=used) for _ in range(6)]
    d = Doc()
    d.add("JORNADA TÉCNICA «" + pick(['Hidrógeno verde en el puerto', 'Inteligencia artificial en la sanidad pública', 'Rehabilitación energética de edificios']) + "»\n" + dt('es') +
          " · Auditorio Severo Ochoa · {A:a}\n\nPROGRAMA\n", a=addr(cc))
    rows = [("09:00", "Acreditación y café (patrocina Cafés Marcilla)", None), ("09:30", "Inauguración institucional", 0), ("10:00", "Ponencia marco", 1),
            ("11:00", "Mesa redonda: «¿Quién paga la transición?» — modera", 2), ("12:30", "Caso práctico: la planta de Iberdrola en Puertollano", 3),
            ("13:30", "Entrega del Premio Leonardo Torres Quevedo a la innovación", 4), ("14:00", "Clausura", 5)]
    for t, txt, i in rows:
        if i is None:
            d.raw(f"{t}  {txt}\n")
        else:
            p = ps[i]
            tit = pick(['D. ' if p.g == 'm' else 'D.ª ', 'Dr. ' if p.g == 'm' else 'Dra. ', ''])
            d.add(t + "  " + txt + " — " + tit + "{P:n}, " + pick(['Universidad de Salamanca', 'Iberdrola', 'Ayuntamiento de Valencia', 'CSIC', 'Repsol', 'Colegio de Arquitectos']) + "\n", n=p.full)
    d.add("\nIntervienen en la mesa: {l}.\nInscripción gratuita hasta completar aforo. Secretaría técnica: {P:s} · {T:t} · {E:e}", l=plist([ps[3].sur, ps[1].full, ps[5].full], last=' y '),
          s=ps[2].first, t=phone(cc), e=f"jornadas@{pick(['coaval.es', 'aedhe.es', 'fundacionsevero.org'])}")
    return lang, d


def k_carta_vinos_nopii():
    lang = 'es'
    d = Doc()
    d.raw(pick(['Taberna La Goya', 'Casa Cervantes', 'Bodega Calle Mayor']) + " — Carta de vinos\n\nTINTOS\n")
    for w in sample(['Marqués de Riscal Reserva', 'Vega Sicilia Valbuena 5.º', 'Faustino I Gran Reserva', 'Marqués de Cáceres Crianza', 'Pago de Carraovejas', 'Conde de Valdemar', 'Ramón Bilbao Crianza', 'Viña Pomal'], 5):
        d.raw(f"  {w} ........ {R.randint(18, 180)} €\n")
    d.raw("BLANCOS Y GENEROSOS\n")
    for w in sample(['Martín Códax Albariño', 'Tío Pepe Fino', 'Pedro Ximénez Noé', 'José Pariente Verdejo', 'Don Simón (sangría de la casa)', 'Juvé & Camps Brut'], 4):
        d.raw(f"  {w} ........ {R.randint(3, 45)} €\n")
    d.raw("\nVermú de grifo (Miró). Tapas del día: croquetas de la abuela, pimientos de Padrón, jamón Cinco Jotas. IVA incluido. Reservas de grupos en barra.")
    return lang, d


def k_verbale_assemblea_condominiale():
    lang, cc = 'it', 'IT'
    used = set()
    pres, segr, amm = [person('it', used=used) for _ in range(3)]
    cond = [person('it', used=used) for _ in range(R.randint(4, 6))]
    d = Doc()
    d.add("VERBALE DI ASSEMBLEA ORDINARIA\nCondominio «" + pick(['Residenza Garibaldi', 'Palazzo Manzoni', 'Villa Ferrari', 'Condominio Dante']) + "», {A:a}\n\n"
          "L'anno " + str(pick([2024, 2025])) + ", il giorno " + dt('it') + ", alle ore 21:00, presso la sala riunioni dello Studio " + amm.sur + " & Associati, si è riunita in seconda convocazione "
          "l'assemblea dei condomini.\n\nSono presenti, in proprio o per delega: {l}, per complessivi " + str(R.randint(500, 900)) + " millesimi.\n\n",
          a=addr(cc), l=plist([pick([c.full, c.full, f"{c.last} {c.first}"]) for c in cond], sep=', ', last=' e '))
    d.add("Viene nominato presidente il sig. {P:p} e segretario l'amministratore, rag. {P:s}.\n\n1) Approvazione consuntivo: approvato all'unanimità.\n"
          "2) Lavori di rifacimento del tetto: la sig.ra {P:c} chiede di confrontare il preventivo della ditta Benetton Edilizia con quello di Ferrari Coperture S.r.l. "
          "Il sig. {P:d} (interno 7) si dichiara contrario. Approvato a maggioranza.\n3) Varie ed eventuali: il portiere {P:po} andrà in pensione il " + dt('it') + ".\n\n",
          p=pres.full, s=amm.full, c=cond[0].sur, d=cond[1].full, po=person('it', 'm', used).first)
    d.add("Per comunicazioni: amministrazione {T:t}, PEC {E:e}.\nLa seduta è tolta alle ore 23:10.\n\nIl Presidente {P:p}\t\tIl Segretario {P:s}",
          t=phone(cc, False), e=f"{slug(amm.sur)}.amministrazioni@pec.it", p=pres.full, s=amm.full)
    return lang, d


def k_programma_convegno_relatori():
    lang, cc = 'it', 'IT'
    used = set()
    ps = [person('it', used=used) for _ in range(6)]
    d = Doc()
    d.add("CONVEGNO NAZIONALE\n«" + pick(['La Riforma Cartabia un anno dopo', 'Made in Italy e filiere agroalimentari', 'Medicina di genere: stato dell\'arte']) + "»\n\n" +
          dt('it') + " — Aula Magna «Alessandro Volta», {A:a}\n\n", a=addr(cc))
    d.add("Ore 9:00 Saluti istituzionali\n  On. {P:a}, Sindaco\n  Prof.ssa {P:b}, Rettrice\nOre 9:45 Relazione introduttiva — Avv. {P:c}\n"
          "Ore 10:30 Tavola rotonda, modera la giornalista {P:d} (Il Sole 24 Ore)\n  Intervengono: {l}\nOre 12:30 Consegna del Premio Enzo Ferrari per l'innovazione\n"
          "Ore 13:00 Conclusioni — Dott. {P:f}\n\n", a=ps[0].full, b=ps[1].full, c=ps[2].full, d=ps[3].full,
          l=plist([person('it', used=used).full, ps[4].full, ps[5].sur], sep=', ', last=' e '), f=ps[4].full)
    d.add("Evento accreditato presso l'Ordine degli Avvocati (3 crediti). Segreteria organizzativa: {P:s}, tel. {T:t}, {E:e}. Light lunch offerto da Barilla.",
          s=person('it', used=used).full, t=phone(cc, True), e=f"segreteria@{pick(['convegnovolta.it', 'ordineavvocati-bo.it'])}")
    return lang, d


def k_listino_bar_pasticceria_nopii():
    lang = 'it'
    d = Doc()
    d.raw(pick(['Bar Pasticceria Garibaldi', 'Caffè Cavour', 'Pasticceria Manzoni']) + " — Listino prezzi al banco\n\n")
    items = ['Caffè espresso', 'Marocchino', 'Cappuccino', 'Bicerin', 'Biscotti Garibaldi', 'Torta Margherita', 'Pizza Margherita (al taglio)', 'Panino Caprese', 'Tramezzino',
             'Babà', 'Sfogliatella', 'Spritz Aperol', 'Americano (cocktail)', 'Negroni Sbagliato', 'Bellini', 'Carpaccio', 'Fettuccine Alfredo', 'Tiramisù']
    for it in sample(items, R.randint(9, 12)):
        d.raw(f"{it} ........ € {R.randint(1, 12)},{pick(['00', '20', '50', '80'])}\n")
    d.raw("\nSi accettano buoni pasto. Gelati Sammontana, acqua San Pellegrino e Ferrarelle. Servizio al tavolo + € 0,50. Chiuso il martedì.")
    return lang, d


def k_procuracao_notarial_pt():
    lang, cc = 'pt', 'PT'
    used = set()
    out, proc, nota = [person('pt', used=used) for _ in range(3)]
    d = Doc()
    d.add("PROCURAÇÃO\n\nNo dia " + dt('pt') + ", no Cartório Notarial de {L:c}, perante mim, {P:n}, respetiva notária, compareceu como outorgante:\n\n"
          "{P:o}, " + pick(['casada', 'solteira', 'divorciada']) + ", natural da freguesia de Cedofeita, concelho do Porto, residente na {A:oa}, titular do cartão de cidadão n.º " + dig(8) + " " + dig(1) + upl(2) + dig(1) +
          ", contribuinte fiscal n.º " + dig(9) + ".\n\n", c=pick(['Lisboa', 'Porto', 'Braga', 'Coimbra']), n=nota.full, o=out.full, oa=addr(cc))
    d.add("E DISSE: Que constitui seu bastante procurador {P:p}, residente na {A:pa}, a quem confere os poderes necessários para, em nome dela, vender pelo preço e condições "
          "que entender convenientes a fração autónoma designada pela letra «C», correspondente ao segundo andar esquerdo do prédio urbano sito na Rua Miguel Bombarda, "
          "assinar a respetiva escritura e receber o preço, podendo movimentar para o efeito a conta com o IBAN {I:i}.\n\n", p=proc.full, pa=addr(cc), i=iban('PT'))
    d.add("Verifiquei a identidade da outorgante pela exibição do documento acima referido. Esta procuração foi lida e explicada à outorgante em voz alta.\n\n"
          "A Outorgante: {P:o}\nA Notária: {P:n}\nConta registada sob o n.º " + dig(4) + "/" + str(pick([2024, 2025])) + ". Contacto do cartório: {T:t}.", o=out.full, n=nota.full, t=phone(cc, False))
    return lang, d


def k_convocatoria_assembleia_associacao_pt():
    lang, cc = 'pt', 'PT'
    used = set()
    pres, sec = [person('pt', used=used) for _ in range(2)]
    cand = [person('pt', used=used) for _ in range(4)]
    assoc = pick(['Associação de Pais da Escola Básica Eça de Queirós', 'Grupo Desportivo Vasco da Gama', 'Associação de Moradores da Rua Garrett', 'Sociedade Filarmónica Luís de Camões'])
    d = Doc()
    d.add(assoc.upper() + "\n\nCONVOCATÓRIA\n\nNos termos dos Estatutos, convoco os associados para a Assembleia Geral Ordinária a realizar no dia " + dt('pt') +
          ", pelas 21h00, na sede, sita na {A:a}, com a seguinte ordem de trabalhos:\n\n1. Apreciação e votação do relatório e contas;\n"
          "2. Eleição dos órgãos sociais para o biénio;\n3. Outros assuntos.\n\n", a=addr(cc))
    d.add("À data foi recebida uma única lista (Lista A), encabeçada por {P:a}, com {l} para a Direção.\n\nSe à hora marcada não estiver presente a maioria dos associados, "
          "a Assembleia reunirá meia hora depois com qualquer número.\n\n{L:c}, " + dt('pt') + "\nO Presidente da Mesa da Assembleia Geral\n{P:p}\n\n"
          "Informações: {P:s} — {T:t} — {E:e}", a=cand[0].full, l=plist([c.full for c in cand[1:]], last=' e '), c=town('PT'), p=pres.full, s=sec.first,
          t=phone(cc, True), e=f"{slug(assoc.split()[-1])}.{pick(['direcao', 'geral'])}@{pick(['gmail.com', 'sapo.pt'])}")
    return lang, d


def k_contrato_locacao_qualificacao_partes_br():
    lang, cc = 'pt-BR', 'BR'
    used = set()
    loc = person('pt-BR', 'm', used)
    loc2 = person('pt-BR', 'f', used)
    lat, fia, test1, test2 = [person('pt-BR', used=used) for _ in range(4)]
    d = Doc()
    d.add("CONTRATO DE LOCAÇÃO DE IMÓVEL NÃO RESIDENCIAL\n\nPelo presente instrumento particular, de um lado:\n\nLOCADORES: {P:a}, brasileiro(a), " + pick(['empresário', 'médica', 'aposentado']) +
          ", CPF nº " + f"{dig(3)}.{dig(3)}.{dig(3)}-{dig(2)}" + ", e sua cônjuge {P:b}, residentes e domiciliados na {A:aa};\n\n", a=loc.full, b=loc2.full, aa=addr(cc))
    d.add("LOCATÁRIA: " + pick(['Padaria Tiradentes Ltda.', 'Cavalcanti & Albuquerque Advogados Associados', 'Drogaria São João EIRELI']) + ", CNPJ " +
          f"{dig(2)}.{dig(3)}.{dig(3)}/0001-{dig(2)}" + ", com sede na {A:la}, neste ato representada por seu sócio-administrador {P:l};\n\n"
          "FIADOR: {P:f}, CPF " + f"{dig(3)}.{dig(3)}.{dig(3)}-{dig(2)}" + ", residente na {A:fa}, telefone {T:t}, e-mail {E:e};\n\n",
          la=addr(cc), l=lat.full, f=fia.full, fa=addr(cc), t=phone(cc, True), e=free_mail(fia, cc))
    d.add("têm entre si justo e contratado o seguinte: CLÁUSULA PRIMEIRA — O objeto é a loja térrea situada na Av. Getúlio Vargas, esquina com a Rua Marechal Deodoro, "
          "pelo prazo de 60 (sessenta) meses. CLÁUSULA SEGUNDA — O aluguel mensal de R$ " + f"{R.randint(3, 25)}.{dig(3)}" + ",00 será pago mediante Pix ou depósito.\n\n"
          "{L:c}, " + dt('pt') + ".\n\n_____________________ {P:a}\n_____________________ {P:l}\nTestemunhas: 1) {P:t1}  2) {P:t2}", c=town('BR'), a=loc.full, l=lat.full,
          t1=test1.full, t2=test2.init())
    return lang, d


def k_convite_colacao_grau_br():
    lang, cc = 'pt-BR', 'BR'
    used = set()
    d = Doc()
    curso = pick(['Direito', 'Medicina', 'Engenharia Civil', 'Administração', 'Odontologia'])
    d.add("Os formandos do Curso de " + curso + " da " + pick(['Universidade Federal de Pernambuco', 'PUC Minas', 'Universidade Presbiteriana Mackenzie', 'UFRGS']) +
          " têm a honra de convidar V.Sa. e família para a Solenidade de Colação de Grau\n\n" + dt('pt') + " às 19h30\nTeatro Castro Alves — {A:a}\n\n", a=addr(cc))
    d.add("Patrono: Prof. Dr. {P:p}\nParaninfa: Profa. Dra. {P:pa}\nNome de Turma: «Ruy Barbosa»\nHomenageados: {l}\n\nFORMANDOS\n", p=person('pt-BR', 'm', used).full,
          pa=person('pt-BR', 'f', used).full, l=plist([person('pt-BR', used=used).full for _ in range(2)], last=' e '))
    for _ in range(R.randint(6, 10)):
        d.add("{P:n}\n", n=person('pt-BR', used=used).full)
    d.add("\nComissão de formatura: {P:c} — WhatsApp {T:t}", c=person('pt-BR', used=used).first, t=phone(cc, True))
    return lang, d


def k_notulen_alv_vve():
    lang, cc = 'nl', 'NL'
    used = set()
    vz, secr, pen = [person('nl', used=used) for _ in range(3)]
    leden = [person('nl', used=used) for _ in range(R.randint(4, 6))]
    d = Doc()
    d.add("Notulen Algemene Ledenvergadering VvE " + pick(['Johan de Wittlaan 2–48', 'Van Goghstraat', 'Oudegracht-Zuid', 'Rembrandtplein']) + "\nDatum: " + dt('nl') +
          ", 19.30 uur, buurthuis De Philips (Willemsplein)\n\nAanwezig: {l}\nAfwezig met kennisgeving: {P:af}\nVoorzitter: {P:v}; notulist: {P:s}\n\n",
          l=plist([pick([m.full, m.init()]) for m in leden[:-1]], sep=', ', last=' en '), af=leden[-1].full, v=vz.full, s=secr.full)
    d.add("1. Opening. {P:v} heet iedereen welkom, in het bijzonder de nieuwe eigenaren van nr. 36, {P:a} en {P:b}.\n"
          "2. Jaarrekening. Kascommissie ({P:k1} en {P:k2}) heeft geen bijzonderheden. Penningmeester {P:p} wordt gedechargeerd.\n"
          "3. Onderhoud. De offerte van Heineken & Visser Schilderwerken wordt aangenomen. Mevrouw {P:c} vraagt of de lift (Kone) eerst kan; dit wordt in juni besproken.\n"
          "4. Rondvraag. {P:d} meldt overlast van fietsen bij de ingang Van Goghstraat.\n\n",
          v=vz.sur, a=person('nl', used=used).full, b=person('nl', used=used).full, k1=leden[0].sur, k2=leden[1].first, p=pen.full, c=leden[2].sur, d=leden[3].full)
    d.add("Volgende vergadering: " + dt('nl') + ". Post voor de VvE: {A:a}. Beheerder: Smits Vastgoedbeheer, {T:t}, {E:e}.", a=addr(cc), t=phone(cc, False), e='vve@' + pick(['smitsbeheer.nl', 'vvebeheerdevries.nl']))
    return lang, d


def k_uitnodiging_afscheidsreceptie():
    lang, cc = 'nl', pick(['NL', 'NL'])
    used = set()
    vert, dir_, opv = [person('nl', used=used) for _ in range(3)]
    d = Doc()
    d.add("Na " + str(R.randint(12, 41)) + " jaar neemt {P:v} afscheid van " + pick(['Gemeente Zwolle', 'het Van Leeuwen College', 'Philips Healthcare Best', 'Stichting Rembrandthuis']) +
          ". Graag nodigen wij u uit voor de afscheidsreceptie op " + dt('nl') + " van 16.00 tot 18.30 uur in de Van Goghzaal, {A:a}.\n\n"
          "Programma\n16.15 Welkom door {P:d}, directeur\n16.30 Toespraak door oud-collega {P:o}\n16.45 Lied door het personeelskoor o.l.v. {P:k}\n17.00 Woord van {P:v2}\n\n",
          v=vert.full, a=addr(cc), d=dir_.full, o=opv.full, k=person('nl', used=used).full, v2=vert.first)
    d.add("In plaats van een cadeau stelt {P:v} een bijdrage aan KWF Kankerbestrijding op prijs (NL-rekening {I:i} t.n.v. Stichting Vriendenfonds o.v.v. ‘afscheid {P:v3}’).\n\n"
          "Aanmelden bij {P:s}: {E:e} of {T:t}.", v=vert.first, i=iban('NL'), v3=vert.sur, s=person('nl', used=used).full, e=f"secretariaat@{pick(['vanleeuwencollege.nl', 'zwolle.nl'])}", t=phone(cc))
    return lang, d


def k_kaas_delicatessen_folder_nopii():
    lang = 'nl'
    d = Doc()
    d.raw(pick(['Kaashuis De Jong', 'Delicatessen Van Dijk', 'Kaasmarkt Alkmaar-stand 14']) + " — aanbiedingen deze week\n\n")
    items = ['Old Amsterdam 48+ (per 500 g)', 'Beemster Royaal', 'Boerenkaas Leyden', 'Rembrandt-kaas extra belegen', 'Frico Maasdammer', 'Parrano', 'Brie de Meaux',
             'Verkade chocolade', 'Droste pastilles', 'Hopjes (Haagsche)', 'Tony\'s Chocolonely reep', 'Van Nelle koffie', 'Douwe Egberts Aroma Rood', 'Jodenkoeken', 'Bossche bollen (2 st.)']
    for it in sample(items, R.randint(8, 11)):
        d.raw(f"{it} .... € {R.randint(1, 19)},{pick(['49', '95', '99', '25'])}\n")
    d.raw("\nPin en contactloos betalen. Zaterdag proeverij met Heineken 0.0. Gratis bezorging boven € 40 binnen de ring.")
    return lang, d


def k_ogloszenia_duszpasterskie_pl():
    lang, cc = 'pl', 'PL'
    used = set()
    prob = pick([p for p in PL if p.g == 'm'])
    wik = pick([p for p in PL if p.g == 'm' and p is not prob])
    zm = [pick(PL) for _ in range(2)]
    d = Doc()
    d.add("OGŁOSZENIA DUSZPASTERSKIE — " + pick(['XXIII', 'XXVI', 'III', 'V']) + " Niedziela Zwykła, " + dt('pl') + "\nParafia pw. św. Jana Pawła II, {A:a}\n\n", a=addr(cc))
    d.add("1. W środę o godz. 18:00 Msza św. w intencji śp. {P:z1}, zamówiona przez rodzinę. W piątek pogrzeb śp. {P:z2} — różaniec o 17:30.\n", z1=zm[0].form('gen'), z2=zm[1].form('gen'))
    d.add("2. Składamy serdeczne podziękowania {P:a} za nowe obrusy ołtarzowe oraz firmie Kowalski i Synowie za bezpłatny remont dzwonnicy.\n", a=pick(PL).form('dat'))
    d.add("3. Zapowiedzi przedślubne: {P:b}, kawaler z parafii tutejszej, i {P:c}, panna z parafii św. Mikołaja Kopernika w Toruniu — zapowiedź I.\n",
          b=pick([p for p in PL if p.g == 'm']).full, c=pick([p for p in PL if p.g == 'f']).full)
    d.add("4. Pielgrzymka do Częstochowy — zapisy u pana {P:d} (tel. {T:t}) do końca miesiąca. Koszt 120 zł.\n5. Kancelaria parafialna czynna we wtorki i czwartki; "
          "sprawy pilne: ks. {P:w}, {T:t2}, {E:e}.\n\nKs. proboszcz {P:p}", d=pick([p for p in PL if p.g == 'm']).form('sgen'), t=phone(cc, True), w=wik.full,
          t2=phone(cc, True), e=f"parafia.jp2.{slug(town('PL'))}@{pick(['wp.pl', 'onet.pl'])}", p=prob.full)
    return lang, d


def k_uchwala_zarzadu_spolki_pl():
    lang, cc = 'pl', 'PL'
    z = sample(PL, 4)
    d = Doc()
    sp = pick(['Wiśniewski & Mazur Logistyka sp. z o.o.', 'Kopernik Software S.A.', 'Piekarnia Dąbrowski sp. j.', 'Zieliński Development sp. z o.o.'])
    d.add("UCHWAŁA NR " + str(R.randint(1, 30)) + "/" + str(pick([2024, 2025])) + "\nZARZĄDU SPÓŁKI " + sp.upper() + "\nz dnia " + dt('pl') + "\nw sprawie udzielenia prokury\n\n"
          "Zarząd spółki z siedzibą w {L:s}, pod adresem {A:a}, wpisanej do rejestru przedsiębiorców KRS pod numerem " + dig(10) + ", działając na podstawie art. 208 § 6 KSH, uchwala, co następuje:\n\n",
          s=town('PL'), a=addr(cc))
    d.add("§ 1. Udziela się prokury samoistnej {P:a}, zamieszkałej/zamieszkałemu w {L:m}.\n§ 2. Odwołuje się prokurę łączną udzieloną {P:b} uchwałą z dnia " + dt('pl') + ".\n"
          "§ 3. Wykonanie uchwały powierza się {P:c}, Prezesowi Zarządu.\n§ 4. Uchwała wchodzi w życie z dniem podjęcia.\n\nGłosowano: za — 3, przeciw — 0. "
          "Uchwała została podjęta jednogłośnie w obecności {P:d}.\n\nPodpisy członków Zarządu:\n{P:e}\n{P:f}\n\nKontakt: biuro zarządu {T:t}, {E:e2}",
          a=z[0].form('dat'), m=town('PL'), b=z[1].form('dat'), c=z[2].form('dat'), d=z[3].form('gen'), e=z[2].full, f=z[3].full, t=phone(cc, False),
          e2=z[2].email(dom(sp.split()[0], cc)))
    return lang, d


def k_cennik_cukierni_nopii():
    lang = 'pl'
    d = Doc()
    d.raw(pick(['Cukiernia „Pod Kopernikiem”', 'Pracownia Cukiernicza Chopin', 'Kawiarnia Marszałkowska']) + " — cennik\n\n")
    items = ['Napoleonka', 'Wuzetka', 'Sernik krakowski', 'Pierniki toruńskie Kopernik', 'Torcik Wedlowski', 'Michałki (100 g)', 'Kremówka papieska', 'Pączek z różą',
             'Szarlotka', 'Makowiec', 'Ptasie mleczko', 'Rogal świętomarciński', 'Karpatka', 'Kawa Chopin Blend']
    for it in sample(items, R.randint(8, 11)):
        d.raw(f"{it} ........ {R.randint(4, 39)},{pick(['00', '50', '90'])} zł\n")
    d.raw("\nZamówienia okolicznościowe przyjmujemy do czwartku. Płatność kartą i BLIK. Lokal przy al. Jana Pawła II nieczynny w poniedziałki.")
    return lang, d


def k_styrelseprotokoll_brf():
    lang, cc = 'sv', 'SE'
    used = set()
    ordf, sekr, kass, led = [person('sv', used=used) for _ in range(4)]
    isl = pick(ICE)
    d = Doc()
    d.add("Protokoll fört vid styrelsemöte i Brf " + pick(['Strindbergsgården', 'Linnéhusen 3', 'Nobelparken', 'Drottninghuset']) + "\nTid: " + dt('sv') + " kl. 18.30   Plats: föreningslokalen, {A:a}\n\n"
          "Närvarande: {P:o} (ordf.), {P:s} (sekr.), {P:k}, {P:l}\nAdjungerad: {P:i} (förvaltare, Wallenberg Fastighetsförvaltning AB)\n\n",
          a=addr(cc), o=ordf.full, s=sekr.full, k=kass.full, l=led.full, i=isl.full)
    d.add("§ 1 Mötets öppnande. Ordföranden förklarade mötet öppnat.\n§ 2 Val av justerare: {P:l}.\n§ 3 Ekonomi. {P:k} redogjorde för likviditeten. Avgiftshöjning om 3 % från 1 januari föreslås.\n"
          "§ 4 Andrahandsuthyrning. Medlemmen i lgh 1102, {P:m}, har ansökt om att hyra ut i andra hand under ett år. Beviljas.\n"
          "§ 5 Övrigt. {P:i}s förslag om nya IKEA-tvättstugebokningar antogs. Klagomål på Volvo-bilar som parkerar vid Strindbergsgatan hänvisas till P-bolaget.\n\n",
          l=led.first + ' ' + led.last, k=kass.sur, m=person('sv', used=used).full, i=isl.full)
    d.add("Vid protokollet: {P:s}\nJusteras: {P:o}   {P:l}\n\nKontakt styrelsen: {E:e}, jourtelefon {T:t}", s=sekr.full, o=ordf.full, l=led.full,
          e=f"styrelsen@brf{slug(pick(['strindberg', 'linne', 'nobel']))}.se", t=phone(cc))
    return lang, d


def k_vd_utnamning_pressinfo_sv():
    lang, cc = 'sv', 'SE'
    used = set()
    ny = person('sv', 'f', used)
    avg, ordf, pr = [person('sv', used=used) for _ in range(3)]
    bol = pick(['Bergström & Ek AB', 'Nyström Fastigheter AB (publ)', 'Öberg Livsmedel AB', 'Hedlund Energi AB'])
    d = Doc()
    d.add("PRESSMEDDELANDE\n{L:c}, " + dt('sv') + "\n\n" + bol + " utser {P:n} till ny vd\n\nStyrelsen i " + bol + " har utsett {P:n2} till verkställande direktör. "
          + "Hon" + " tillträder senast den 1 " + pick(MONTHS['sv']) + " och efterträder {P:a}, som efter elva år lämnar bolaget för att bli styrelseordförande i Sjöberg Invest.\n\n",
          c=pick(['Stockholm', 'Göteborg', 'Malmö']), n=ny.full, n2=ny.full, a=avg.full)
    d.add("– Vi är mycket glada att {P:n} har tackat ja. Hennes erfarenhet från Volvo Cars och Ericsson blir avgörande, säger {P:o}, styrelseordförande.\n\n"
          "{P:n2} kommer närmast från tjänsten som COO på Nobel Biocare i {L:s}.\n\nFör mer information, kontakta:\n{P:p}, kommunikationschef, {T:t}, {E:e}\n\n"
          "Denna information är sådan som bolaget är skyldigt att offentliggöra enligt EU:s marknadsmissbruksförordning.",
          n=ny.first, o=ordf.full, n2=ny.sur, s=pick(['Zürich', 'Göteborg', 'Kloten']), p=pr.full, t=phone(cc, True), e=pr.email(dom(bol.split()[0], cc)))
    return lang, d


def k_julbord_meny_nopii():
    lang = 'sv'
    d = Doc()
    d.raw(pick(['Restaurang Nobelvägen', 'Gästgiveriet på Drottninggatan', 'Café Strindberg']) + " — Julbord 2025\n\n")
    items = ['Janssons frestelse', 'Prinsesstårta', 'Oscarsbiff', 'Biff Rydberg', 'Kalles kaviar-ägg', 'Gravad lax', 'Skagenröra', 'Pytt i panna', 'Risalamalta',
             'Lussekatter', 'Dammsugare', 'Kanelbullar', 'Sill i tre smaker', 'Köttbullar', 'Revbensspjäll']
    for it in sample(items, R.randint(8, 11)):
        d.raw(f"• {it}\n")
    d.raw("\nVarmrätter serveras från kl. 18. Dessertbordet fylls på till kl. 22, och vår kallskänk lägger upp Janssons och Oscarsbiff i omgångar så att allt är varmt.\n"
          "Glöggen är hemgjord efter husets recept (med och utan alkohol), och till kaffet bjuder vi på pepparkakor från Anna's och Marabou-choklad.")
    d.raw(f"\nPris {R.randint(495, 895)} kr/person, barn 6–12 år halva priset. Julmust från Apotekarnes, öl från Pripps och Carlsberg. "
          "Boka via hemsidan. Vi har glutenfria alternativ.")
    return lang, d


def k_referat_generalforsamling_andelsboligforening():
    lang, cc = 'da', 'DK'
    used = set()
    dir_, ref, form, kas = [person('da', used=used) for _ in range(4)]
    isl = pick(ICE)
    d = Doc()
    d.add("Referat af ordinær generalforsamling i A/B " + pick(['Kierkegaardsgården', 'H.C. Andersens Hus', 'Carlsberg Byen 4', 'Nørrebro Port']) + "\nAfholdt " + dt('da') +
          " kl. 19.00 i fælleslokalet, {A:a}\n\n", a=addr(cc))
    d.add("1. Valg af dirigent og referent. Advokat {P:d} (Mærsk & Holm Advokatfirma) blev valgt som dirigent og konstaterede, at generalforsamlingen var lovligt indkaldt. "
          "{P:r} blev valgt som referent.\n2. Bestyrelsens beretning. Formand {P:f} gennemgik årets arbejde: ny vaskekælder, faldstammer i opgang 3 og aftalen med Carlsberg Byens "
          "grundejerforening om cykelparkering.\n3. Årsregnskab. Kasserer {P:k} fremlagde regnskabet, som blev godkendt. Andelskronen fastsættes til " + str(R.randint(1, 4)) + "." + dig(3) + " kr./m².\n"
          "4. Valg. {P:i} og {P:n} blev valgt til bestyrelsen; {P:o} udtrådte.\n5. Eventuelt. {P:e} efterlyste bedre belysning ved cykelkælderen.\n\n",
          d=dir_.full, r=ref.full, f=form.full, k=kas.sur, i=isl.full, n=person('da', used=used).full, o=person('da', used=used).full, e=person('da', used=used).first)
    d.add("Dirigent: {P:d}    Referent: {P:r}\n\nHenvendelser til bestyrelsen: {E:e} · administrator {T:t}", d=dir_.full, r=ref.full,
          e=f"bestyrelsen@ab-{pick(['kierkegaard', 'nørrebroport', 'andersenshus']).replace('ø', 'oe')}.dk", t=phone(cc, False))
    return lang, d


def k_innkalling_arsmote_idrettslag():
    lang, cc = 'no', 'NO'
    used = set()
    leder, sekr = [person('no', used=used) for _ in range(2)]
    kand = [person('no', used=used) for _ in range(4)]
    d = Doc()
    lag = pick(['Grieg IL', 'Amundsen Skiklubb', 'Bryggen Roklubb', 'Haugen Turn & IF'])
    d.add("INNKALLING TIL ÅRSMØTE I " + lag.upper() + "\n\nStyret innkaller med dette til årsmøte " + dt('no') + " kl. 19.00 i klubbhuset, {A:a}.\n\n"
          "Saksliste:\n1. Godkjenne de stemmeberettigede\n2. Velge dirigent, referent og to til å underskrive protokollen\n3. Årsberetning og regnskap\n"
          "4. Innkomne forslag: forslag fra {P:f} om å gi Henrik Ibsens gate-banen kunstgress\n5. Valg\n\n", a=addr(cc), f=kand[0].full)
    d.add("Valgkomiteens innstilling:\nLeder: {P:a} (gjenvalg)\nNestleder: {P:b} (ny)\nStyremedlem: {P:c}\nVaramedlem: {P:e}\n\n"
          "Dokumentene legges ut på Spond én uke før møtet. Spørsmål rettes til {P:s}, tlf. {T:t}, {E:e2}. Kontingent betales til konto / IBAN {I:i}.\n\n"
          "Med idrettslig hilsen\n{P:l}, leder", a=leder.full, b=kand[1].full, c=kand[2].full, e=kand[3].init(), s=sekr.full, t=phone(cc, True), e2=sekr.email(slug(lag.split()[0]) + 'il.no'),
          i=iban('NO'), l=leder.full)
    return lang, d


def k_yhtiokokous_poytakirja_fi():
    lang, cc = 'fi', 'FI'
    pj, sih, tark1, tark2, kpj = sample(FI, 5)
    d = Doc()
    yh = pick(['Asunto Oy Hämeenkatu 5', 'Kiinteistö Oy Sibeliuksenkatu', 'Virtanen & Laine Oy', 'Asunto Oy Mannerheimintie 14'])
    d.add("VARSINAISEN YHTIÖKOKOUKSEN PÖYTÄKIRJA\n" + yh + "\n\nAika: " + dt('fi') + " klo 18.00\nPaikka: kerhohuone, {A:a}\n\n", a=addr(cc))
    d.add("1 § Kokouksen avaus\nHallituksen puheenjohtaja {P:a} avasi kokouksen.\n2 § Järjestäytyminen\nKokouksen puheenjohtajaksi valittiin {P:b} ja sihteeriksi {P:c}. "
          "Pöytäkirjantarkastajiksi valittiin {P:d} ja {P:e}.\n3 § Tilinpäätös\nIsännöitsijä esitteli tilinpäätöksen. Kokous vahvisti tilinpäätöksen ja myönsi vastuuvapauden.\n"
          "4 § Hallituksen valinta\nHallitukseen valittiin {P:f} sekä {P:g}. {P:h} ehdotus putkiremontin aikaistamisesta hyväksyttiin. Kokous esitti kiitokset {P:i} hyvästä työstä.\n\n",
          a=pj.full, b=kpj.full, c=sih.full, d=tark1.full, e=tark2.full, f=pj.full, g=tark1.full, h=tark2.form('gen'), i=pj.form('all'))
    d.raw("5 § Muut asiat: Sibelius-talon pihakonsertti kesäkuussa; Fazerin ja Marimekon mainosbanderollit poistetaan julkisivusta.\n\n")
    d.add("Puheenjohtaja {P:a}    Sihteeri {P:b}\nPöytäkirja tarkastettu: {P:c}  {P:d}\n\nIsännöinti: {T:t}, {E:e}", a=kpj.full, b=sih.full, c=tark1.full, d=tark2.full,
          t=phone(cc, False), e=f"isannointi@{pick(['kiinteistopalvelu', 'isannointikoskinen'])}.fi")
    return lang, d


def k_zapis_shromazdeni_svj():
    lang, cc = 'cs', 'CZ'
    pr, zap, ov1, ov2 = sample(CS, 4)
    d = Doc()
    d.add("ZÁPIS ZE SHROMÁŽDĚNÍ SPOLEČENSTVÍ VLASTNÍKŮ JEDNOTEK\nSVJ " + pick(['Masarykova 27', 'Vinohradská 112', 'Husova 5', 'Palackého 14']) + ", IČO " + dig(8) +
          "\nDatum a místo: " + dt('cs') + ", 18:00, společenská místnost, {A:a}\n\n", a=addr(cc))
    d.add("Přítomno: vlastníci s " + str(R.randint(51, 90)) + " % hlasů — shromáždění je usnášeníschopné.\nPředsedající: {P:p}\nZapisovatelka: {P:z}\nOvěřovatelé zápisu: {P:o1}, {P:o2}\n\n"
          "1. Volba orgánů: schváleno.\n2. Zpráva o hospodaření: předseda výboru poděkoval {P:d} za vedení účetnictví a panu {P:s} za opravu výtahu Schindler.\n"
          "3. Oprava fasády: nabídka firmy Baťa Stavby s.r.o. přijata. Proti hlasoval pan {P:x}.\n4. Různé: {P:y} upozornila na parkování aut Škoda servisu před vjezdem.\n\n",
          p=pr.full, z=zap.full, o1=ov1.full, o2=ov2.full, d=zap.form('dat'), s=ov1.form('sdat'), x=ov2.last, y=pick([c for c in CS if c.g == 'f']).full)
    d.add("Zapsala: {P:z}\nOvěřili: {P:o1}, {P:o2}\n\nKontakt na výbor: {E:e}, tel. {T:t}", z=zap.full, o1=ov1.full, o2=ov2.full, e=f"vybor.svj{dig(3)}@{pick(['seznam.cz', 'centrum.cz'])}", t=phone(cc))
    return lang, d


def k_pozvanka_konference_program_cs():
    lang, cc = 'cs', 'CZ'
    ps = sample(CS, 5)
    d = Doc()
    d.add("POZVÁNKA\n\nSrdečně Vás zveme na konferenci „" + pick(['Energetika 2030', 'Digitalizace veřejné správy', 'Česká literatura po Havlovi']) + "“, která se koná " + dt('cs') +
          " v Sále Bohumila Hrabala, {A:a}.\n\nPROGRAM\n09:00 Zahájení — {P:a}, rektor\n09:30 Úvodní přednáška — doc. {P:b}\n10:30 Panelová diskuse, moderuje {P:c}\n"
          "12:00 Předání Ceny Václava Havla\n13:00 Oběd (Pilsner Urquell, Kofola)\n\n", a=ps[0].full, b=ps[1].full, c=ps[2].full)
    d.add("Děkujeme {P:d} za pomoc s organizací. Registrace u {P:e}: {E:m}, {T:t}.", d=ps[3].form('dat'), e=ps[4].form('gen'), m=ps[4].email('konference-' + pick(['brno', 'praha']) + '.cz'), t=phone(cc))
    return lang, d


def k_hotarare_aga_srl():
    lang, cc = 'ro', 'RO'
    a1, adm = sample([x for x in RO if x.g == 'm'], 2)
    a2 = pick([x for x in RO if x.g == 'f'])
    d = Doc()
    soc = pick(['Popescu & Enescu Construct S.R.L.', 'Brâncuși Design S.R.L.', 'Dacia Auto Service Ionescu S.R.L.', 'Eminescu Books S.R.L.'])
    d.add("HOTĂRÂREA NR. " + str(R.randint(1, 12)) + "/" + dt('ro') + "\na Adunării Generale a Asociaților " + soc + "\ncu sediul în {A:sed}, J40/" + dig(4) + "/" + str(R.randint(2005, 2022)) + ", CUI RO" + dig(8) + "\n\n"
          "Asociații societății:\n1. {P:a}, cetățean român, domiciliat în {A:aa}, deținând " + str(R.randint(10, 90)) + "% din capitalul social;\n2. {P:b}, domiciliată în {A:ba};\n\n",
          sed=addr(cc), a=a1.full, aa=addr(cc), b=a2.full, ba=addr(cc))
    d.add("în unanimitate HOTĂRĂSC:\nArt. 1. Se revocă din funcția de administrator domnul {P:x} și i se acordă descărcare de gestiune.\n"
          "Art. 2. Se numește administrator doamna {P:y}, pe o durată nelimitată. Se acordă mandat {P:z} să îndeplinească formalitățile la Oficiul Registrului Comerțului.\n"
          "Art. 3. Se aprobă deschiderea unui cont la Banca Transilvania, IBAN {I:i}.\n\nAsociați: {P:s1} ______   {P:s2} ______\nContact: {T:t}, {E:e}",
          x=adm.full, y=a2.full, z=a2.form('dat'), i=iban('RO'), s1=a1.full, s2=a2.full, t=phone(cc), e=a1.email(dom(soc.split()[0], cc)))
    return lang, d


def k_tarsashazi_kozgyules_jegyzokonyv():
    lang, cc = 'hu', 'HU'
    lev, kk, hit1, hit2, kep = sample(HU, 5)
    d = Doc()
    d.add("JEGYZŐKÖNYV\n\nKészült a " + pick(['Petőfi Sándor utca 12.', 'Bartók Béla út 40.', 'Andrássy út 88.']) + " szám alatti társasház közgyűlésén, " + dt('hu') + " 18 órakor, "
          "a ház közös helyiségében ({A:a}).\n\nJelen vannak: a mellékelt jelenléti ív szerint " + str(R.randint(51, 85)) + "% tulajdoni hányad.\n\n", a=addr(cc))
    d.add("A közgyűlés levezető elnöke: {P:l}, jegyzőkönyvvezető: {P:j}, hitelesítők: {P:h1} és {P:h2}.\n\n1. napirendi pont: A közös képviselő beszámolója. {P:k} közös képviselő ismerteti az elmúlt év "
          "gazdálkodását. A közgyűlés köszönetet mond {P:kd} a Zsolnay-kerámia díszek felújításának megszervezéséért.\n2. napirendi pont: Tetőfelújítás. {P:m} javaslatára a Rubik Építő Kft. "
          "ajánlatát fogadják el (igen: 62%, nem: 11%).\n3. Egyebek: {P:n} jelzi, hogy a Széchenyi István tér felőli kapu zárja hibás.\n\n",
          l=lev.full, j=kk.full, h1=hit1.full, h2=hit2.full, k=kep.full, kd=kep.form('dat'), m=pick([hit1.full, hit2.full]), n=(pick([h for h in HU if h.g == 'm']).last + 'né ' + pick([h for h in HU if h.g == 'f']).full) if chance(0.4) else lev.full)
    d.add("k.m.f.\n\n{P:l} levezető elnök     {P:j} jegyzőkönyvvezető\n\nKözös képviselet: {T:t}, {E:e}", l=lev.full, j=kk.full, t=phone(cc), e=f"kozoskepviselo@{pick(['hazkezelo', 'tarsashaz-iroda'])}.hu")
    return lang, d


def tr_suf(name, case):
    """Turkish case suffix (after apostrophe) with vowel harmony; the suffix is never part of a span."""
    vowels = [c for c in name.lower() if c in 'aeıioöuü']
    v = vowels[-1] if vowels else 'e'
    ends_vowel = name[-1].lower() in 'aeıioöuü'
    if case == 'gen':
        h = {'a': 'ı', 'ı': 'ı', 'e': 'i', 'i': 'i', 'o': 'u', 'u': 'u', 'ö': 'ü', 'ü': 'ü'}[v]
        return ('n' if ends_vowel else '') + h + 'n'
    if case == 'dat':
        h = 'a' if v in 'aıou' else 'e'
        return ('y' if ends_vowel else '') + h
    raise KeyError(case)


def k_genel_kurul_toplanti_tutanagi():
    lang, cc = 'tr', 'TR'
    bsk, kat, oy, tem, ort2 = sample(TR, 5)
    d = Doc()
    sir = pick(['Sabancı Koç Tekstil A.Ş.', 'Yılmaz Demir İnşaat Ltd. Şti.', 'Atatürk Bulvarı Gayrimenkul A.Ş.', 'Öztürk Gıda San. ve Tic. A.Ş.'])
    d.add(sir.upper() + "\n" + str(pick([2024, 2025])) + " YILINA AİT OLAĞAN GENEL KURUL TOPLANTI TUTANAĞI\n\nŞirketin olağan genel kurul toplantısı " + dt('tr') +
          " tarihinde saat 10:00'da şirket merkezi olan {A:a} adresinde, Ticaret Bakanlığı temsilcisi {P:t}'" + tr_suf(tem.full, 'gen') + " gözetiminde yapılmıştır.\n\n", a=addr(cc), t=tem.full)
    d.add("1. Açılış ve toplantı başkanlığının oluşturulması: Toplantı Başkanlığına {P:b}, tutanak yazmanlığına {P:k}, oy toplama memurluğuna {P:o} seçildi.\n"
          "2. Yönetim kurulu faaliyet raporu okundu. Pay sahibi {P:p} Bey, Bağdat Caddesi şubesinin kapatılmasına ilişkin soru sordu; Yönetim Kurulu Başkanı {P:y} Hanım cevapladı.\n"
          "3. Yönetim kurulu üyelerinin ibrası: {P:b2}'" + tr_suf(bsk.full, 'gen') + " ve {P:k2}'" + tr_suf(kat.sur, 'gen') + " ibraları oy birliği ile kabul edildi.\n4. Kâr dağıtımı yapılmamasına karar verildi.\n\n",
          b=bsk.full, k=kat.full, o=oy.full, p=ort2.first, y=pick([x for x in TR if x.g == 'f']).first, b2=bsk.full, k2=kat.sur)
    d.add("İşbu tutanak toplantı yerinde düzenlenerek okunmuş ve imza altına alınmıştır.\n\nBakanlık Temsilcisi: {P:t}   Toplantı Başkanı: {P:b}   Yazman: {P:k}\n\n"
          "İletişim: {T:p}, {E:e}", t=tem.full, b=bsk.full, k=kat.full, p=phone(cc, False), e=f"yatirimci@{slug(sir.split()[0])}.com.tr")
    return lang, d


def k_is_teklif_mektubu_tr():
    lang, cc = 'tr', 'TR'
    ad, yon, ik = sample(TR, 3)
    d = Doc()
    sir = pick(['Koç Sabancı Lojistik A.Ş.', 'Arslan Yazılım Teknolojileri A.Ş.', 'Çelik Kaya Enerji Ltd. Şti.'])
    d.add(sir + "\n{A:s}\n\n" + dt('tr') + "\n\nSayın {P:a},\n\n" + pick(['Kıdemli Yazılım Mühendisi', 'Satın Alma Uzmanı', 'Bölge Satış Müdürü']) + " pozisyonu için gerçekleştirdiğimiz görüşmeler "
          "sonucunda size iş teklifimizi sunmaktan mutluluk duyarız. Pozisyonunuz, {P:y}'" + tr_suf(yon.full, 'dat') + " bağlı olarak Atatürk Bulvarı ofisimizde konumlanacaktır.\n\n",
          s=addr(cc), a=ad.full, y=yon.full)
    d.raw(f"Brüt aylık ücret: {R.randint(60, 250)}.{dig(3)} TL\nİşe başlama tarihi: {dt('tr')}\nDeneme süresi: 2 ay\nYan haklar: özel sağlık sigortası, yemek kartı (Multinet), Koç Üniversitesi eğitim bursu programı\n\n")
    d.add("Teklifimizi kabul etmeniz halinde, imzalı bir kopyasını {P:i} Hanım'a ({E:e}, {T:t}) en geç " + dt('tr') + " tarihine kadar iletmenizi rica ederiz. Ayrıca maaş ödemesi için "
          "IBAN bilginizi ({I:iban}) teyit ediniz.\n\nSaygılarımızla,\n{P:i2}\nİnsan Kaynakları Müdürü",
          i=ik.first, e=ik.email(dom(sir.split()[0], cc)), t=phone(cc, True), iban=iban('TR'), i2=ik.full)
    return lang, d


# ============================================================================= schedule & output
EN_PII = [k_board_written_resolution_uk, k_residents_association_agm_record, k_spa_signature_page, k_contract_notices_clause,
          k_funding_round_announcement, k_conference_programme_day_schedule, k_webinar_transcript_speaker_turns,
          k_earnings_call_transcript_excerpt, k_deceased_estate_notice, k_wedding_announcement_newspaper,
          k_conveyancing_completion_statement, k_job_offer_letter, k_redundancy_consultation_letter, k_insolvency_gazette_notice,
          k_court_daily_cause_list, k_speech_day_prize_list, k_call_sheet_video_shoot, k_end_credits_crawl,
          k_shareholder_letter_ceo, k_golf_club_captains_report, k_award_shortlist_announcement, k_gala_dinner_run_of_show,
          k_planning_weekly_list, k_charity_report_reference_details, k_tax_engagement_letter, k_hoa_board_meeting_recap,
          k_agm_notice_listed_company_in, k_incident_postmortem_timeline, k_book_launch_event_invite,
          k_staff_directory_intranet_page, k_gp_practice_partnership_change_letter, k_conferring_ceremony_graduand_list]
EN_NOPII = [k_tea_room_menu_nopii, k_appliance_range_brochure_nopii, k_award_categories_call_for_entries_nopii,
            k_street_festival_road_closures_nopii, k_fund_factsheet_top_holdings_nopii, k_cocktail_menu_nopii]
OTHER = [  # (function, count)
    (k_gesellschafterbeschluss_gmbh, 3), (k_betriebsratssitzung_niederschrift, 3), (k_handelsregister_bekanntmachung, 3),
    (k_einladung_festakt_programm, 3), (k_konditorei_sortiment_nopii, 3),
    (k_pv_assemblee_generale_copropriete, 4), (k_communique_nomination_direction, 4), (k_faire_part_mariage_annonce, 4),
    (k_carte_brasserie_nopii, 3),
    (k_acta_junta_accionistas_sl, 5), (k_programa_jornada_ponentes, 5), (k_carta_vinos_nopii, 3),
    (k_verbale_assemblea_condominiale, 5), (k_programma_convegno_relatori, 5), (k_listino_bar_pasticceria_nopii, 3),
    (k_procuracao_notarial_pt, 5), (k_convocatoria_assembleia_associacao_pt, 5),
    (k_contrato_locacao_qualificacao_partes_br, 5), (k_convite_colacao_grau_br, 5),
    (k_notulen_alv_vve, 5), (k_uitnodiging_afscheidsreceptie, 5), (k_kaas_delicatessen_folder_nopii, 3),
    (k_ogloszenia_duszpasterskie_pl, 5), (k_uchwala_zarzadu_spolki_pl, 5), (k_cennik_cukierni_nopii, 3),
    (k_styrelseprotokoll_brf, 5), (k_vd_utnamning_pressinfo_sv, 5), (k_julbord_meny_nopii, 3),
    (k_referat_generalforsamling_andelsboligforening, 9), (k_innkalling_arsmote_idrettslag, 9), (k_yhtiokokous_poytakirja_fi, 9),
    (k_zapis_shromazdeni_svj, 5), (k_pozvanka_konference_program_cs, 5), (k_hotarare_aga_srl, 9),
    (k_tarsashazi_kozgyules_jegyzokonyv, 9), (k_genel_kurul_toplanti_tutanagi, 5), (k_is_teklif_mektubu_tr, 5),
]


def build_schedule():
    sched = []
    for i, f in enumerate(EN_PII):
        sched += [f] * (6 if i < 18 else 5)
    for f in EN_NOPII:
        sched += [f] * 7
    for f, n in OTHER:
        sched += [f] * n
    return sched


PUNCT_EDGE = set(' \t\n\r.,;:!?()[]{}"\'«»„“”‘’')


def check(rec):
    text = rec['text']
    prev_end = -1
    for sp in sorted(rec['spans'], key=lambda s: s['start']):
        assert sp['type'] in TYPES.values(), sp
        seg = text[sp['start']:sp['end']]
        assert sp['end'] > sp['start'], (rec['id'], sp)
        assert seg == sp['value'], (rec['id'], seg, sp)
        first_ok = seg[0] not in PUNCT_EDGE or (seg[0] == '(' and sp['type'] == 'PHONE_NUMBER')
        last_ok = seg[-1] not in PUNCT_EDGE or (seg[-1] == '.' and sp['type'] in ('PERSON', 'STREET_ADDRESS', 'LOCATION')
                                                 and re.search(r'(\b\w{1,4}\.|\d\.)$', seg)) or (seg[-1] == ')' and '(' in seg)
        assert first_ok and last_ok, (rec['id'], repr(seg))
        assert sp['start'] >= prev_end, (rec['id'], 'overlap', sp)
        prev_end = sp['end']
        if sp['type'] == 'CREDIT_CARD':
            assert luhn_ok(seg), seg
        if sp['type'] == 'IBAN_CODE':
            assert iban_ok(seg), seg


def main():
    sched = build_schedule()
    R.shuffle(sched)
    out, kinds, types, langs = [], Counter(), Counter(), Counter()
    for n, f in enumerate(sched, 1):
        lang, d = f()
        kind = f.__name__[2:]
        text = d.text()
        spans = sorted(d.spans, key=lambda s: s['start'])
        rec = {'id': f"{SET}-{n}", 'kind': kind, 'lang': lang, 'text': text,
               'spans': [{'type': s['type'], 'start': s['start'], 'end': s['end'], 'value': s['value']} for s in spans]}
        check(rec)
        for s in rec['spans']:
            del s['value']
            types[s['type']] += 1
        kinds[kind] += 1
        langs[lang] += 1
        out.append(rec)
    path = os.path.join(HERE, f"{SET}.jsonl")
    with open(path, 'w', encoding='utf-8') as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    # re-read and re-verify from disk
    words = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            rec = json.loads(line)
            for s in rec['spans']:
                seg = rec['text'][s['start']:s['end']]
                assert seg and seg == seg.strip(), (rec['id'], seg)
            words.append(len(rec['text'].split()))
    print(f"wrote {len(out)} samples to {path}")
    print("words per sample: min %d, median %d, max %d" % (min(words), sorted(words)[len(words) // 2], max(words)))
    print("no-span samples:", sum(1 for r in out if not r['spans']), "| samples without PERSON:", sum(1 for r in out if not any(s['type'] == 'PERSON' for s in r['spans'])))
    print("\nper type:")
    for t, c in types.most_common():
        print(f"  {t:<16}{c}")
    print("\nper lang:", dict(langs.most_common()))
    print(f"\nper kind ({len(kinds)} kinds):")
    for k, c in sorted(kinds.items()):
        print(f"  {k:<50}{c}")


if __name__ == '__main__':
    main()
