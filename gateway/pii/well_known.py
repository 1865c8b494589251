"""Well-known names that are not people in marketing text: eponymous brands, dishes, drinks,
apple and rose varieties, children's characters.

Marketing copy is full of them ("a Tom Ford lipstick", "Eggs Benedict", "Uncle Ben's", "the
Winnie the Pooh blanket"), and every one reads as a person to a name model and a name list.
A policy's ``pii.allow_list`` covers the company's own brands; this list covers the world's
famous ones, matched as whole phrases (case-insensitive), so "Calvin" alone is still a name and
"Calvin Klein" is a label. A customer who really is called Tom Ford is the price: such a pair
is rare, and masking the brand would cost every fashion brief its subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

WELL_KNOWN = """
# fashion, beauty, jewellery
Tom Ford|Ted Baker|Kate Spade|Calvin Klein|Ralph Lauren|Polo Ralph Lauren|Tommy Hilfiger|Hugo Boss
Stella McCartney|Paul Smith|Dr. Martens|Dr Martens|Doc Martens|Christian Dior|Yves Saint Laurent
Saint Laurent|Coco Chanel|Louis Vuitton|Giorgio Armani|Emporio Armani|Michael Kors|Vera Wang
Marc Jacobs|Jimmy Choo|Christian Louboutin|Alexander McQueen|Vivienne Westwood|Karl Lagerfeld
Tory Burch|Ben Sherman|Fred Perry|Jean Paul Gaultier|Oscar de la Renta|Carolina Herrera
Dolce & Gabbana|Dolce and Gabbana|Salvatore Ferragamo|Miu Miu|Estée Lauder|Estee Lauder
Elizabeth Arden|Helena Rubinstein|Bobbi Brown|Charlotte Tilbury|Laura Mercier|Jo Malone
Jo Malone London|Anastasia Beverly Hills|Paco Rabanne|Nina Ricci|Jean Patou|Issey Miyake
Yohji Yamamoto|Kenzo Takada|Diane von Furstenberg|Betsey Johnson|Anne Klein|Donna Karan
Kenneth Cole|Steve Madden|Sam Edelman|Stuart Weitzman|Manolo Blahnik|Harry Winston|Jack Wills
Joe Browns|Laura Ashley|Cath Kidston|Orla Kiely|Ted Lapidus|Guy Laroche|Pierre Cardin
Levi Strauss|Tiffany & Co|Marks & Spencer|Marks and Spencer|John Lewis|Harvey Nichols
Victoria's Secret|Abercrombie & Fitch|Ann Taylor|Eddie Bauer|L.L.Bean|Tommy Bahama|Kiehl's
Burt's Bees|Johnson & Johnson|Mrs Meyer's|Dr. Hauschka|Dr Hauschka|Paula's Choice|Ole Henriksen
# food, drink, restaurants, retail
McDonald's|Wendy's|Sainsbury's|Ben & Jerry's|Ben and Jerry's|Uncle Ben's|Betty Crocker|Sara Lee
Aunt Jemima|Chef Boyardee|Mrs Fields|Mrs. Fields|Papa John's|Dunkin' Donuts|Tim Hortons
Carl's Jr|Arby's|Domino's|Jack Daniel's|Johnnie Walker|Jim Beam|Captain Morgan|Dom Pérignon
Dom Perignon|Veuve Clicquot|Moët & Chandon|Laurent-Perrier|Ben's Cookies
Colonel Sanders|Baskin-Robbins
Ronald McDonald|Disney|Porsche|Mercedes-Benz|Ford Motor|Rolls-Royce
Aston Martin|Harley-Davidson|Tesla|Chrysler|Lamborghini|Bugatti|Ferrero Rocher|Kellogg's
Cadbury|Nestlé|Hershey's|Mars|Ghirardelli|Marie Callender's|Little Debbie
Duncan Hines|Orville Redenbacher|Newman's Own|Bob's Red Mill|Trader Joe's|Kohl's|Macy's
Dillard's|Lidl|Aldi|Morrisons|Waitrose|Selfridges|Harrods|Fortnum & Mason
# dishes, drinks, varieties
Eggs Benedict|Beef Wellington|Peach Melba|Tarte Tatin|Caesar salad
Pizza Margherita|Victoria sponge|Bloody Mary|Tom Collins|Shirley Temple|Arnold Palmer|Earl Grey
Lady Grey|Granny Smith|Pink Lady|Jazz apple|Cox's Orange Pippin|Chicken Kiev
Beef Stroganoff|Oysters Rockefeller|Crêpes Suzette|Crepes Suzette|Bananas Foster|Sachertorte
Apple Charlotte|Charlotte russe|Beef Carpaccio|Carpaccio|Eggs Florentine
Nachos Bellgrande|Reuben sandwich|Cobb salad|Waldorf salad|Lord Woolsey|Pimm's
Baileys|Tia Maria|Jägermeister|Mimosa|Negroni|Manhattan
Sally Lunn|Bath Oliver|Jaffa Cakes|Chelsea bun|Battenberg|Dundee cake
Graham cracker|Salisbury steak|Chateaubriand|Pommes Anna|Peach Bellini
# characters
Winnie the Pooh|Winnie-the-Pooh|Peter Rabbit|Paddington|Paddington Bear|Mr Men|Mr. Men
Little Miss|Pippi Longstocking|Pippi Långstrump|Harry Potter|Hermione Granger|Mickey Mouse
Minnie Mouse|Donald Duck|Peppa Pig|George Pig|Bob the Builder|Thomas the Tank Engine
Postman Pat|Fireman Sam|Hello Kitty|Barbie|Ken doll|Raggedy Ann|Cabbage Patch|Frau Holle
Sherlock Holmes|James Bond|Mary Poppins|Willy Wonka|Charlie Brown|Snoopy|Tintin
Asterix|Obelix|Mafalda|Moomin|Alfie Atkins|Emil i Lönneberga|Maya the Bee|Pinocchio
Cinderella|Snow White|Rapunzel|Sleeping Beauty|Peter Pan|Tinker Bell|Captain Hook|Santa Claus
Father Christmas|Saint Nicholas|Sinterklaas|Jack Frost|Jack-o'-lantern|Big Ben|Uncle Sam
Lady Liberty|Mona Lisa|Venus de Milo
# banks, firms and makers named for their founders, cocktails and dishes named for someone, prizes
Morgan Stanley|Goldman Sachs|Merrill Lynch|J.P. Morgan|JP Morgan|Charles Schwab|Raymond James|Piper Sandler
Lazard Frères|Rothschild & Co|Kirkland & Ellis|Baker McKenzie|Clifford Chance|Allen & Overy|Slaughter and May
Herbert Smith Freehills|Sullivan & Cromwell|Skadden Arps|Ernst & Young|Arthur Andersen|Booz Allen Hamilton
Procter & Gamble|Hewlett-Packard|Hewlett Packard|Dell Technologies|Walt Disney|Walt Disney Co|Moët Hennessy
Louis Vuitton Moët Hennessy|Russell Hobbs|Morphy Richards|Philips Sonicare|Ford Motor Company|Ford Cortina
Ford Fiesta|Ford Focus|Ford Transit|Ford Mustang|Mercedes Benz|Alfa Romeo|Aston Martin|Rolls Royce|Tony's Chocolonely
Jacob's Creek|Jack Daniels|Johnnie Walker|Jim Beam|Pedro Ximénez|Pedro Ximenez|Vega Sicilia|Martín Códax
Ramón Bilbao|Marqués de Riscal|Marques de Riscal|Don Julio|José Cuervo|Jose Cuervo|Captain Morgan
Rob Roy|John Collins|Harvey Wallbanger|Charlie Chaplin|Mary Pickford|Hemingway Daiquiri|Tom & Jerry
Tom and Jerry|Whiskey Sour|Tournedos Rossini|Bloody Maria|Hachis Parmentier|Saint-Honoré|Pavlova|Eggs Benedict
Torta Margherita|Pizza Margherita|Fettuccine Alfredo|Caffè Alfredo|Peach Melba|Melba toast|Earl Grey
Booker Prize|Man Booker|Nobel Prize|Nobel Peace Prize|Pulitzer Prize|Turner Prize|Costa Book Award
Emmy Award|Emmy Awards|Grammy Award|Grammy Awards|Tony Award|Tony Awards|Peabody Award|Peabody Awards
Morningstar Rating|Michelin star|Michelin Guide|Guinness Storehouse|Guinness World Records
# voice assistants as they are addressed ("Ask Alexa to reorder"; a customer called Alexa stays one)
Ask Alexa|Hey Alexa|Ask Siri|Hey Siri|Ask Cortana|Hey Cortana|Hey Bixby|Ask Bixby
"""


# makers and firms written with one word that is a surname too ("Gijs Philips", "Carmen Dell"): a
# guess that is that word alone names the firm ("a product manager at Dell", "sponsored by
# Philips"), unless the same text names a person with it as a surname
BRAND_WORDS = frozenset("""Dell Philips Heineken Carlsberg Peroni Guinness Barilla Ferrero Campari Galliano Siemens
Bosch Miele Kenwood Breville Gucci Prada Versace Fendi Cartier Hermès Lancôme Guerlain Givenchy Balenciaga
Lamborghini Maserati Peugeot Renault Citroën Toyota Deloitte McKinsey Accenture Bloomberg Reuters Nestlé Danone
Boeing Airbus Schindler Kärcher Rolex Swarovski Lego Ikea Morningstar Barclays Lloyds Smirnoff Bacardi
Glenfiddich Tanqueray Beefeater Aperol Cinzano Disaronno Penfolds Electrolux Smeg Gaggenau Krups Nespresso
Moulinex Tefal Rowenta Zanussi Hotpoint Indesit Beko Sonicare Arnotts Iberdrola Kofola Sammontana Ferrarelle
Perrier Evian Évian Bulgari Bvlgari Chopard Piaget Longines Tissot Breitling Hublot""".split())


def lone_brand(span: str) -> bool:
    """The guess is one of BRAND_WORDS alone, as written or in capitals."""
    return span in BRAND_WORDS or (span.isupper() and span.title() in BRAND_WORDS)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    phrases = sorted({p.strip() for line in WELL_KNOWN.splitlines() if line and not line.startswith("#")
                      for p in line.split("|") if p.strip()}, key=len, reverse=True)
    alt = "|".join(re.escape(p).replace("'", "['’]") for p in phrases)
    return re.compile(rf"(?i)(?<![\w])(?:{alt})(?![\w])")


def well_known_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) of every well-known phrase in text."""
    return list(_spans(text))


# (the resolver and the final PERSON pass both ask of one text; one scan of the long
# alternation costs about a third of a millisecond on a 100-word prompt)
@lru_cache(maxsize=4)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _pattern().finditer(text))

