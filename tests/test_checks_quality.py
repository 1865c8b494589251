"""Detection quality (issue 15) and bounded cost (issue 13 item 1) of the checks, offline.

Each example quoted in the issues is a regression test here; the gateway-level ones are in
tests/test_checks_gateway.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.checks_shop import auc, frustration_report, load_tsv, manipulation_report
from gateway.checks import common, frustration, sensitive
from gateway.checks.base import CheckInput
from gateway.checks.common import standalone_context
from gateway.checks.frustration import CHECK as FRUSTRATION, score
from gateway.checks.manipulation import CHECK as MANIP, ManipulationConfig
from gateway.checks.manipulation_model import LABELS, MODEL_PATH, Model, features
from gateway.checks.sensitive import CHECK as SENSITIVE, SensitiveTopicsConfig

ASK = "only 2 left! renew now or lose everything, don't be a loser who misses out"


def _manip(text: str, where: str = "output", request: str | None = None, config=None):
    req = {"messages": [{"role": "user", "content": request}]} if request is not None else None
    return MANIP.scan(CheckInput(text, where, standalone_context(), request=req), config)


# --- manipulation ---------------------------------------------------------------------------

def test_request_with_a_stated_number_still_gets_its_pressure_wording_flagged():
    found = _manip(ASK, "input", request=ASK)
    assert {f.category for f in found} == {"confirmshaming", "fear_appeal"}
    assert all(f.action == "block" and f.rule_id.endswith(".in_request") for f in found)
    # the stated number itself stays a fact: no scarcity finding on the request
    assert "fake_scarcity" not in {f.category for f in found}


@pytest.mark.parametrize("text,category", [
    ("Don't be a loser who misses out.", "confirmshaming"),
    ("Renew now or lose everything.", "fear_appeal"),
])
def test_issue_outputs_are_caught_even_when_the_request_states_the_number(text, category):
    found = _manip(text, request=ASK)
    assert category in {f.category for f in found}, [f.message for f in found]


def test_stated_facts_stay_exempt_but_not_the_pressure_around_them():
    request = "Only 2 Ridgeline jackets left in stock. Write an SMS."
    assert _manip("Only 2 Ridgeline jackets left in stock.", request=request) == []
    found = _manip("Only 2 Ridgeline jackets left! Renew now or lose everything.", request=request)
    assert {f.category for f in found} == {"fear_appeal"}
    # without the fact in the request, the same count is an invented scarcity claim
    assert {f.category for f in _manip("Only 2 Ridgeline jackets left in stock.")} == {"fake_scarcity"}


def test_house_rules_in_a_request_are_not_pressure():
    system = ("Never use guilt or fear. Do not write lines like 'don't let your family down'. "
              "Every message must make it easy to unsubscribe and must not pressure the reader.")
    assert _manip(system, "input", request=system) == []


@pytest.mark.parametrize("kind,text,category", [
    ("urgency", "Deal of the Day: ends in 9h 21m", "false_urgency"),
    ("scarcity", "Only 3 left in stock - order soon.", "fake_scarcity"),
    ("social proof", "Jenna from Portland just bought a Cashmere Scarf", "fake_social_proof"),
    ("confirmshaming", "No thanks, I'd rather pay full price", "confirmshaming"),
    ("misdirection", "Yes, protect my purchase (recommended)", "pressured_upsell"),
    ("obstruction", "Memberships can only be cancelled over the phone.", "hard_to_cancel"),
    ("sneaking", "Shipping protection has been added to your cart.", "pressured_upsell"),
    ("forced action", "Create an account to continue.", "hidden_subscription"),
])
def test_each_shop_kind_maps_onto_a_category(kind, text, category):
    found = _manip(text)
    assert category in {f.category for f in found}, (kind, [f.message for f in found])
    f = next(f for f in found if f.category == category)
    assert f.span is not None and text[f.span[0]:f.span[1]].strip()


@pytest.mark.parametrize("text", [
    "No thanks", "Add to cart", "Create an account", "Free returns within 30 days.",
    "Subscribe for $8/month. Cancel anytime in Settings.", "In stock and ready to ship",
    "Hi Maria, it has been a while since your last trip with us.",
])
def test_ordinary_shop_copy_passes(text):
    assert _manip(text) == []


def test_classifier_can_be_switched_off_and_thresholded():
    text = "Jenna from Portland just bought a Cashmere Scarf"
    assert _manip(text, config=ManipulationConfig(classifier=False)) == []
    assert _manip(text, config=ManipulationConfig(classifier_threshold=1.0)) == []
    assert _manip(text) and _manip(text)[0].rule_id == "manipulation.fake_social_proof.classifier"


def test_shipped_model_is_small_and_consistent():
    # the budget: 1.3 MB from v10 to v16 (v9 ~1.0 MB, v10 ~1.2 MB, v11 ~0.8 MB int8); 2.0 MB since v17,
    # which reads the seen shop sets' wordings too (fifteen sets 1.66 MB, seventeen 1.78 MB); 2.5 MB since
    # v18, which adds seven languages' corpus (nineteen sets 2.01 MB). Loaded once per process, it is a
    # fraction of the spaCy model's memory; the lookup is a dict, so its size does not slow a check.
    assert MODEL_PATH.stat().st_size < 2_500_000
    model = Model.load()
    assert model.W.shape == (len(model.vocab), len(LABELS))
    p = model.proba(["Only 3 left in stock!", "Add to cart"])
    assert p.shape == (2, len(LABELS)) and abs(float(p.sum()) - 2.0) < 1e-4
    assert LABELS[int(p[0].argmax())] == "fake_scarcity" and LABELS[int(p[1].argmax())] == "none"
    assert features("") == [] and model.proba([""]).argmax() == 0


def test_evaluation_sets_are_not_in_the_training_corpus():
    from gateway.checks.manipulation_corpus import generate

    corpus = {t.lower().strip(" .!") for t, _ in generate()}
    # generic lines that were in the corpus before round 5 was written (not copied from it)
    # (and "Free returns within {n}0 days", a template older than round 5 that can fill in as 30)
    common = {"prices include vat", "sign in to see your order history", "free returns within 30 days"}
    # round 6 (manip_hard6.tsv, another author) shares these stock UI strings and stock lines with
    # the v7 corpus, which was written before round 6 existed
    common |= {"no, i don't want to save money", "no thanks, i don't like free stuff", "try it today", "add to cart",
               "continue to payment", "i'll decide later", "keep my plan", "skip for now", "continue as guest",
               "by placing your order you agree to our terms of sale", "only 3 left in stock"}
    # round 7 (manip_hard7.tsv, a second author) shares these with the v8 corpus, written before it
    common |= {"no thanks, i don't deserve a treat", "back in stock", "log in to see your order history"}
    # round 8 (manip_hard8.tsv, a third author) shares these with the v9 corpus, written before it
    common |= {"no thanks, i'll learn the hard way", "remind me later", "no thanks, i'll risk it", "no thanks, i hate free stuff",
               "sign up to see prices", "points expire 12 months after they are earned", "no thanks, take me to checkout",
               "no thanks, i don't like saving money"}
    # round 9 (manip_hard9.tsv, a fourth author) shares these with the v10 corpus, written before it
    common |= {"download the app to continue reading", "create an account to see prices"}
    # round 10 (manip_hard10.tsv, a fifth author) shares these with the v11 corpus, written before it
    common |= {"free cancellation until 48 hours before check-in", "create an account to see the price",
               "continue without adding"}
    # round 11 (manip_hard11.tsv, a seventh author) shares these with the v12 corpus, written before it
    common |= {"go to checkout", "keep my subscription", "restam 3 unidades em stock", "nog 2 op voorraad"}
    # round 12 (manip_hard12.tsv, an eighth author) shares these with the v13 corpus, written before it
    common |= {"hurry! deal ends soon", "continue without insurance", "delete my account", "continuar sin seguro",
               "nein danke, sparen ist nichts für mich", "no, i don't care about my health", "selling out fast",
               "ajouter au panier", "add to bag", "connect your contacts to continue", "aggiungi al carrello"}
    # round 13 (manip_hard13.tsv, a ninth author) shares these with the v14 corpus, written beside it unseen
    common |= {"try it today", "prices include vat", "only available online", "shop the sale"}
    # round 15 (manip_hard14.tsv, an eleventh author) shares this with the v15 corpus, written beside it unseen
    common |= {"continue without an account", "ad · promoted listing", "reserve a table", "shop the collection"}
    # round 16 (manip_hard15.tsv, a twelfth author) shares these with the v15 corpus, written before it
    # unseen (v16 adds no corpus line)
    common |= {"allow notifications to continue", "check-in opens 24 hours before departure", "continue as guest",
               "continue without adding", "create an account to see prices", "customers who bought this also bought",
               "no thanks, i'd rather pay full price", "no thanks, i'll collect it in store", "remind me later",
               "sign in to see your order history", "something went wrong. please try again"}
    # round 17 (manip_hard16.tsv, a thirteenth author) shares these with the v16 corpus, written before it
    common |= {"continue as guest", "free returns within 30 days", "nee, bedankt, ik betaal liever te veel",
               "no thanks, i'd rather pay full price", "no thanks, i'll stay out of shape",
               "não, obrigado, prefiro perder dinheiro", "only available online", "out of stock",
               "prices shown include vat", "proceed to checkout", "sale ends 31 may",
               "something went wrong. please try again"}
    # round 18 (manip_hard17.tsv, a fourteenth author) shares these with the v16 corpus, written before it
    common |= {"are you sure you want to log out?", "continue as guest", "customers also viewed",
               "hurry, only 6 left", "level 12 unlocked", "non merci, je préfère rater les bons plans",
               "out of stock", "rate your order", "sale ends 31 may", "save for later",
               "something went wrong. please try again", "your basket is empty"}
    # round 19 (manip_hard18.tsv, a fifteenth author) shares these with the v16 corpus, written before it
    common |= {"continue as guest", "continue to payment", "continue without an account",
               "create an account to see prices", "no thanks, i'd rather pay full price", "out of stock",
               "sale ends 31 may", "something went wrong. please try again"}
    # round 20 (manip_hard19.tsv, a sixteenth author) shares these with the v17 corpus, written before it,
    # and the Polish decline with the round-20 corpus of seven languages, written after its first run by
    # a helper who never read it (the stock translation of "No thanks, I don't like saving money")
    common |= {"create an account to see prices", "nie, dziękuję, nie lubię oszczędzać", "continue as guest",
               "customers who bought this also bought", "save for later", "your basket is empty",
               "order by 2pm for same-day dispatch", "level 12 unlocked", "i'll decide later",
               "no, keep my current plan", "yes, cancel my subscription", "sign in to see your order history",
               "back in stock", "pay at the property", "two-factor authentication enabled",
               "continue without an account"}
    # round 21 (manip_hard20.tsv, a seventeenth author) shares these with the v18 corpus, written before it
    common |= {"free returns within 30 days", "continue without insurance", "your basket is empty", "save for later",
               "continue to payment", "something went wrong. please try again", "customers who bought this also bought",
               "forgot your password?", "remind me later", "no thanks, i don't care about my pet's health",
               "gratis retourneren binnen 30 dagen", "back in stock"}
    common |= {"hayır teşekkürler, tam fiyat ödemeyi tercih ederim"}  # manip_hard16.tsv and the round-20 corpus
    # round 22 (manip_hard21.tsv, an eighteenth author) shares these with the v18 corpus, written before it
    common |= {"almost sold out", "connect your contacts to continue", "no thanks, i don't care about my pet's health",
               "no grazie, preferisco pagare di più", "continue as guest", "proceed to checkout",
               "free returns within 30 days", "back in stock", "customers who bought this also bought", "write a review",
               "check-in opens 24 hours before departure", "skip for now", "rate your order", "no hidden fees",
               "something went wrong. please try again", "keep my subscription"}
    # round 23 (manip_hard22.tsv, a nineteenth author) shares these with the v18 corpus, written before it
    common |= {"back in stock", "free returns within 30 days", "hurry! deal ends soon",
               "last updated 3 minutes ago", "non merci, je préfère payer plus cher", "remind me later",
               "sign up to continue reading", "this code has expired", "this item is currently unavailable"}
    # round 24 (manip_hard23.tsv, a twentieth author) shares these with the v18 corpus, written before it
    common |= {"best before: see lid", "continue as guest", "create an account to see prices",
               "customers also bought", "free returns within 30 days", "guest checkout available",
               "level 12 unlocked", "log in to see your order history", "out of stock",
               "price per night includes all taxes and fees", "prices include vat",
               "sign up to continue reading", "subscribe to our newsletter", "this code has expired",
               "you may also like", "your order has shipped"}
    for name in ("manip_dev.tsv", "manip_hard.tsv", "manip_hard5.tsv", "manip_probe6.tsv", "manip_hard6.tsv",
                 "manip_hard7.tsv", "manip_hard8.tsv", "manip_hard9.tsv", "manip_hard10.tsv", "manip_hard11.tsv",
                 "manip_hard12.tsv", "manip_hard13.tsv", "manip_hard14.tsv", "manip_hard15.tsv", "manip_hard16.tsv",
                 "manip_hard17.tsv", "manip_hard18.tsv", "manip_hard19.tsv", "manip_hard20.tsv",
                 "manip_hard21.tsv", "manip_hard22.tsv", "manip_hard23.tsv"):
        path = Path(__file__).resolve().parent.parent / "bench" / "checks_data" / name
        if not path.exists():
            continue
        lines = [t for _, t in load_tsv(name)]
        if name != "manip_dev.tsv":  # tuned on since, but never copied into the corpus
            # one- and two-word UI labels ("No thanks", "Skip") are in every interface, and in both
            overlap = [t for t in lines if t.lower().strip(" .!") in corpus and len(t.split()) > 2
                       and t.lower().strip(" .!") not in common]
            assert overlap == []


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z]+", text.lower())
    return set(zip(words, words[1:], words[2:]))


# Blind-set lines that already matched the corpus before that set was written (stock UI lines and
# the long-standing "No thanks, I don't ..." decline templates): round 6 against v7, round 7 against v8.
_BEFORE_ROUND7 = {"Rate us 5 stars to unlock the next level!", "No thanks, I prefer paying full price.",
                  "No, I don't want to save money.", "No thanks, I don't care about my health.",
                  "No thanks, I don't deserve a treat.", "Order by 2pm for next-day delivery.",
                  "Booking fee: €2.50 per ticket, included in the prices shown.", "Log in to see your order history.",
                  "Yes, upgrade   |   No, keep my current plan", "Start free trial - 14 days, no card required.",
                  "Not sure? Compare plans side by side."}
# v9: the corpus joins random pairs of ordinary lines; one pair of two v7 templates written before
# round 6 ("The {price} delivery fee is shown before you pay" + "Booking fee: {price} per ticket,
# included in the price shown") happens to cover this round-6 line's trigrams
_BEFORE_ROUND7 |= {"Booking fee: £1.50 per ticket, shown before you pay."}
# likewise a v9 fill of the original decline template "I don't want {ben}, thanks" (BENEFITS has
# "to get fit" since round 1) shares four of this round-7 line's six trigrams
_BEFORE_ROUND7 |= {"Skip - I don't want to get fitter."}
# round 8 (manip_hard8.tsv, a third author) against the v9 corpus, written before it: stock decline
# templates ("No thanks, I don't ..."), added-to-basket notices, viewer counts, double negatives
_BEFORE_ROUND9 = {
    "23 people are looking at this right now", "A 3-month magazine subscription has been added to your basket.",
    "Create an account to continue to checkout.", "Gift wrap (£3.50) has been added to your order 🎁",
    "Hurry, your cart is reserved for 10:00 minutes!", "I don't care about my account security.", "NO, I DON'T WANT TO WIN",
    "No thanks, I don't like saving money.", "No thanks, I don't want to save on my EMIs.",
    "No thanks, I enjoy missing out on deals.", "No thanks, I prefer paying full price", "No thanks, I'll keep looking tired.",
    "No thanks, I'll learn the hard way.", "No, I don't want to be healthier.", "No, I'd rather pay more for delivery.",
    "Online check-in opens 24 hours before departure.", "Points expire 12 months after they are earned.",
    "Subject: Your order is on its way 📦", "Uncheck this box if you do not wish to not receive our newsletter.",
    "Would you like to add travel insurance? ○ Yes (£14.00) ○ No", "Your 50% welcome offer ends in 23h 59m 12s",
    "Your card will be charged when the order ships."}
# a v10 pairing of two ordinary lines covers this one's trigrams through the round-7 template "Local
# tourist tax of {price} per night is payable at the hotel and shown here" (older than round 8)
_BEFORE_ROUND9 |= {"City tax of €3.50 per person per night is payable at the hotel and shown in your total."}
# round 9 (manip_hard9.tsv, a fourth author) against the v10 corpus, written before it: the stock
# "No thanks, I don't ..." decline templates, "Rate us 5 stars to unlock", a bank-holiday closure
# v11's corpus fills the round-8 template "{name} from {city} just bought this - {min} min ago"
# (older than round 8's set) with this hard8 line's name and city by chance
_BEFORE_ROUND9 |= {"Sarah from Manchester just bought this 4 minutes ago"}
_BEFORE_ROUND10 = {"Rate us 5 stars to unlock dark mode ⭐", "No, I don't care about my skin.",
                   "No thanks, I prefer paying full price.", "I'll pass — I don't like saving money.",
                   "No thanks, I don't want to support local farmers.", "No thanks, I'm already a millionaire.",
                   "I don't want to get fit.", "WE'RE CLOSED ON MONDAY 31 MAY FOR THE BANK HOLIDAY."}

# round 10 (manip_hard10.tsv, a fifth author) against the v11 corpus, written before it (the same
# twelve lines match with the v11 corpus alone; v12 adds no English text): stock declines, viewer
# and buyer counts, double negatives, gates, an added donation, pairings of ordinary lines
_BEFORE_ROUND11 = {
    'Sale: up to 40% off selected furniture, 1–14 February.',
    'Uncheck this box if you do not wish to not receive our offers.',
    '14 people are looking at this right now.',
    '🔥 1,284 people bought this in the last 24 hours!',
    'A €1 donation to our partner charity has been added to your order.',
    "No, I don't want to protect my family.",
    "No thanks, I'd rather stay uninformed.",
    "I'll pass — I don't care about my health.",
    'Free cancellation until 48 hours before check-in.',
    'Create an account to see the price.',
    'Live: 58 people are checking out right now.',
    'Download our app to complete your order.'}


# round 11 (manip_hard11.tsv, a seventh author) against the v12 corpus, written before it (the same
# ten lines match the v12 corpus alone; the v13 text was checked against every blind set at 40%):
# viewer counts, stock decline templates, "rate us 5 stars to unlock", pairings of older lines
_BEFORE_ROUND12 = {
    "Trending! 312 people viewed this in the last hour.", "No, I don't like free stuff.",
    "Rate us 5 stars to unlock the next level.", "14 people are looking at this right now.",
    "I don't care about my family's safety.", "Nah, I'm fine with being uninformed.",
    "12 mensen bekijken dit product op dit moment.", "No, I don't want to be healthier.",
    "¡32 personas están viendo este hotel ahora mismo!"}


# round 12 (manip_hard12.tsv, an eighth author) against the v13 corpus, written before it: scored
# once on v13 with these lines in (docs/checks.md gives the figure without them too)
_BEFORE_ROUND13 = {
    "Insurance is optional. You can add it later in Manage booking.", "Nein danke, Sparen ist nichts für mich.",
    "Sale ends Sunday at midnight (UK time).", "⏰ Flash sale ends in 02h 14m 37s", "Create an account to see the price.",
    "Deal of the day – ends 23:59 GMT tonight.", "No, I don't care about my health.",
    "No thanks, I don't want to be a better leader.", "No thanks, I don't like saving money.",
    "Non merci, je préfère rater les bonnes affaires.", "Small order fee of £2 applies to orders under £15.",
    "Allow access to your photos to continue.", "Download our app to complete your booking.",
    "Accept all cookies to access this site. [Accept]",
    "Die Kündigung ist nur schriftlich per Einschreiben an unsere Zentrale möglich.",
    "Rate us 5 stars to unlock the next level!", "Trending: 2,310 people bought this in the last 24 hours",
    "Invite 5 friends to claim your free spins 🎰", "LIVE: 184 shoppers are checking out right now",
    "Sorted by price: lowest first. Change sorting"}
# round 13 (manip_hard13.tsv, a ninth author) against the v14 corpus, both written without sight
# of the other: scored once on v14 with these lines in
_BEFORE_ROUND14 = {
    "Allow location to find stores near you — or enter a postcode instead.", "No thanks, I don't like saving money.",
    "Non merci, je préfère rester mal informé.", "Download our app to complete your order.",
    "Turn on location sharing to unlock checkout.", "Hemos añadido un seguro de viaje (19,99 €) a tu reserva.",
    "Follow us on Instagram for new arrivals 📸", "Free cancellation until 48 hours before check-in.",
    "👀 43 people added this to their wishlist today", "You can cancel within 14 days for a full refund.",
    "You're all set! Your table for 4 is booked for Saturday at 19:30.", "Connect your Facebook account to check out."}


# round 15 (manip_hard14.tsv, an eleventh author) and the v15 corpus were written in the same hours,
# neither seeing the other: lines that came out alike anyway (decline templates, stock UI copy;
# docs/checks.md gives hard14's first-run figure without them too)
_BEFORE_ROUND15 = {
    "Close — I'll figure it out myself the hard way",
    "Allow notifications? You can change this later in Settings. [Allow] [Don't allow]",
    "Limited stock — once it's gone, it's gone",
    "I don't want a printed receipt",
    "No thanks, I don't want to help the planet",
    "No, I don't want to be a better runner",
    "Nah, I don't care about my health",
    'Taxes and mandatory cleaning fee will be added at the final step.',
    "Reminder: your free trial ends on 12 May. You won't be charged unless you choose a plan.",
    'Kündigen Sie jederzeit online unter Konto > Abonnement > Kündigen.',
    'Add a tip for your rider: 5% · 10% · [15% ✓] · Other',
    'Popular choice! Booked 48 times in the last 24 hours',
    "We've included a magazine subscription with your order. Cancel anytime.",
    "Per continuare, consenti l'accesso ai tuoi contatti.",
    'Nur noch 2 Zimmer zu diesem Preis verfügbar!',
    "I'm fine with slow internet, thanks",
    'No thanks, I prefer paying full price',
    "No thanks, I'd rather stay uninformed",
    "No, I don't deserve a treat"}


# round 16 (manip_hard15.tsv, a twelfth author, written blind after v15): lines that came out near
# corpus lines anyway (stock UI copy, decline templates, plain fee and refund notices); docs/checks.md
# gives hard15's first-run figure without them too
_BEFORE_ROUND16 = {
    'Plus que 3 exemplaires en stock — commandez vite',
    'Nur noch 1 Zimmer zu diesem Preis verfügbar!',
    'Flash deal: ends in 2h 13m 07s',
    'Hemos añadido una garantía extendida (19,99 €) a tu cesta.',
    'Rate us 5 stars to unlock the next level.',
    "No thanks, I'd rather pay full price.",
    "No, I don't want to look good this summer.",
    "No thanks, I'll keep my boring inbox.",
    "No, I don't want to sleep better.",
    "No thanks, I don't want to grow my business.",
    'Order by 2pm for next-day delivery.',
    'Total price including all taxes and fees: €184.60',
    'No reviews yet. Be the first to review this product.',
    "No thanks, I don't need insurance",
    "No thanks, I'll collect it in store",
    'You can cancel online, by chat or by phone — whichever suits you.',
    'Changed your mind? You can cancel within 14 days for a full refund.',
    'Summer sale: up to 50% off selected swimwear.',
    'Get 10% off your first order when you sign up to our newsletter.',
    'Spring is here, and so is our new garden range.',
    'Daily reward collected. Come back tomorrow for the next one.',
    'Sign in to see your order history.',
    'City tax of €3.50 per person per night is payable at the hotel.',
    'You can downgrade to Free at any time; your data stays put.',
    'A small order fee of £1.50 applies to orders under £12.',
}


# round 17 (manip_hard16.tsv, a thirteenth author, written blind after v16): lines that came out near
# corpus lines written before it (stock decline templates, fee and booking notices)
_BEFORE_ROUND17 = {
    'Service fee (£4.75) and booking fee (£2.20) will be added at the final step.',
    'Your table for 2 is booked for Friday at 7:30pm. We hold tables for 15 minutes.',
    "No, I don't want to protect my family.",
    "No thanks, I don't care about my health.",
    'Connect your Facebook account to continue playing.',
    "No thanks, I'll stay out of shape.",
    "No, I don't want to be a better parent.",
    "No thanks, I'll keep my boring inbox.",
    "No thanks, I don't want my business to grow.",
    'Please log in to see your order history.',
    'A delivery fee of £3.49 applies to orders under £25.',
    "No thanks, I'd rather pay full price.",
    'Non merci, je préfère rater les bonnes affaires.',
    "No thanks, I don't like saving money.",
    'Der Endpreis enthält eine Servicegebühr von 4,90 €, die erst im letzten Schritt angezeigt wird.',
    'Register to read the rest of this review.',
    '23 people are looking at this right now.',
    'Daily reward collected. Come back tomorrow for another.',
    'Les soldes se terminent le 6 février.',
    'To unsubscribe, click the link at the bottom of any email.',
    '12 other people have this in their basket.',
    'Nee, bedankt, ik betaal liever te veel.',
}

# round 18 (manip_hard17.tsv, a fourteenth author, written blind after v17): lines that came out near
# corpus lines written before it (decline templates, fees, stock UI lines)
_BEFORE_ROUND18 = {
    "No, I don't want to find love.",
    "No thanks, I'd rather stay single.",
    'Sign up to read the rest of this article.',
    "No, I don't care about my credit score.",
    "No thanks, I'm okay with slow internet.",
    "No thanks, I don't like free money.",
    'A £1 donation to our charity partner has been added to your order. Remove at checkout.',
    'Are you sure you want to log out?',
    'Les soldes se terminent le 7 février.',
    "No, I don't want to protect my pet.",
    'Create an account to see ticket prices.',
    'Gastos de envío: 3,90 €. Gratis a partir de 35 €.',
    "Don't want to be a smarter investor?",
    "I'll take my chances without insurance.",
    'Daily reward collected! Come back tomorrow for another.',
    "No thanks, I'll pay full price.",
    '12 personnes consultent cette annonce en ce moment.',
    'Non merci, je préfère rater les bons plans.',
    "Nah, I don't care about the planet.",
}

# round 19 (manip_hard18.tsv, a fifteenth author, written blind after v17): lines that came out near
# corpus lines written before it (decline templates, fees, stated deadlines)
_BEFORE_ROUND19 = {
    'A promoção termina em 30 de junho.',
    'Booking fee: £1.50 per ticket (included in prices shown).',
    'Young driver surcharge applies to drivers under 25 and is included in the price shown.',
    "No thanks, I don't like saving money.",
    "No thanks, I don't care about my child's education.",
    'De uitverkoop loopt tot en met 31 januari.',
    "Want to tell us why you're leaving? (optional) Skip",
    'Zzgl. Servicegebühr von 4,90 €, die erst im letzten Schritt angezeigt wird.',
    "We'll remind you 3 days before your trial ends.",
    'Les soldes se terminent le 6 février.',
    'Online check-in opens 24 hours before departure.',
    'Anna aus Hamburg hat gerade dieses Produkt gekauft.',
    "Allow notifications? You can change this later in Settings. Allow / Don't allow",
    'Non merci, je préfère rater les bonnes affaires.',
    "No thanks, I don't want to look my best.",
    "No, I don't want to be the first to know.",
    'Rate us 5 stars to unlock the next chapter!',
    "No thanks, I'd rather pay full price.",
    "Your free trial ends on 12 March. You won't be charged unless you choose a plan.",
}

# round 20 (manip_hard19.tsv, a sixteenth author, written blind after v17.0 was retrained with hard18): lines
# that came out near corpus lines written before it (decline templates, fees, stated deadlines)
_BEFORE_ROUND20 = {
    "Limited edition: once it's gone, it's gone forever.",
    '23 Personen sehen sich dieses Angebot gerade an.',
    "Don't opt out of partner offers? [Yes] [No]",
    'Die Kündigung ist nur schriftlich per Post möglich.',
    "No, I'd rather pay full price.",
    "I don't care about my health.",
    'No thanks, I prefer to stay uninformed.',
    "No thanks, I don't need to look good.",
    'Select "No" to not decline the upgrade.',
    'Your order now includes a €2.99 "packaging fee".',
    "No thanks, I'd rather miss out.",
    "I don't want to be a better parent.",
    "Skip, I don't care about the planet.",
    'Não, obrigado, prefiro pagar mais caro.',
    "No thanks, I'd rather stay stressed.",
    'Order by 2pm for same-day dispatch.',
    'Kündigen Sie jederzeit online unter Konto > Abo verwalten.',
    'Shipping calculated at checkout based on your address.',
    'Create an account to save your favourites (optional).',
    'Payment declined. Please check your card details.',
    'Create a password to save your details for next time (optional).',
}

# round 21 (manip_hard20.tsv, a seventeenth author, written blind while v18 was built): the same
_BEFORE_ROUND21 = {
    "No, I'd rather pay full price",
    'Delivery fee £2.99 — shown before you add items to your basket.',
    'Booking fee: €2.50 per ticket (included in the price shown).',
    'Uncheck this box if you do not wish to not receive offers.',
    'Rate us 5 stars to unlock your reward.',
    'Nee bedankt, ik betaal liever te veel',
    "Skip — I don't care about the planet",
    "No thanks, I don't like saving money",
    "No thanks, I don't care about my pet's health",
    '🔥 143 people bought this in the last 24 hours',
    'Thank you! Your donation of £20 has been received.',
    'Need help? Chat with us 24/7 or call 0800 555 0199.',
    'No thanks, I enjoy overpaying for electricity',
    'Die Kündigung ist nur schriftlich per Post möglich.',
    "No thanks, I don't want to support local farmers",
    '12 other shoppers have this in their basket',
    'Der Sale endet am 31. August um 23:59 Uhr.',
    'Non merci, je préfère rater les bonnes affaires',
    "Limited edition — once it's gone, it's gone forever",
    'Sign up to continue reading this article.',
}

# round 22 (manip_hard21.tsv, an eighteenth author, written blind after v18.1): lines that came out near
# corpus lines written before it (stock counts, countdowns, decline templates; the Swedish, Turkish and
# Polish ones near the round-20 corpus, written by a session of the same model)
_BEFORE_ROUND22 = {
    '1,482 people bought this in the last 24 hours.',
    '🔥 Trending: 57 people have this in their basket.',
    '17 personer tittar på den här resan just nu.',
    'Şu anda 40 kişi bu ürünü inceliyor.',
    'Oferta kończy się za 05:00! Nie przegap.',
    'Skynda! Erbjudandet går ut om 20 minuter.',
    'Please accept all cookies to access this site. [Accept all]',
    'Subscribe to our newsletter to see the recipe.',
    'No, I prefer to pay full price.',
    "No thanks, I don't care about my pet's health.",
    "I don't want to learn new skills.",
    "Skip — I don't need to get fit.",
    "No thanks, I'll keep my boring profile.",
    "Turn on notifications? You can change this later in Settings. [Allow] [Don't allow]",
    'Opzeggen kan altijd online via Mijn account.',
    "No thanks, I'd rather my plants die.",
    'Unsubscribe with one click — no login required.',
}

# round 23 (manip_hard22.tsv, a nineteenth author, written blind after v18.1 while v19 was trained on
# manip_hard21): stock lines that came out near lines of the corpus, which this round did not change
# (its first run without these and the exact matches: 0.968 / 0.907 instead of 0.967 / 0.912)
_BEFORE_ROUND23 = {
    '⏰ 3 hours left to claim your free month',
    'Deal of the Day — ends in 6h 12m',
    'Uncheck this box if you do not wish to not receive offers',
    'Do you want to opt out of not receiving our newsletter? Yes / No',
    'Download our app to complete your order',
    'You must agree to marketing emails to create an account',
    'Enter your email to see your quiz results',
    'Post about us on Instagram to claim your free drink',
    'Condividi con 3 amici per sbloccare lo sconto',
    'No thanks, I prefer paying full price',
    "No, I don't want to save money",
    "No thanks, I don't care about my skin",
    "No thanks, I'm not interested in learning new skills",
    "No, I don't want to protect my family",
    "Nope, I'll keep wasting hours on spreadsheets",
    "No, I don't want to look my best",
    'Non merci, je préfère payer plus cher',
    'Last order date for Christmas delivery: 18 December',
    'Summer sale: up to 40% off selected swimwear.',
    'Free cancellation until 48 hours before pick-up',
    'Thank you for your donation of £20. Your receipt is on its way.',
    'Enter your postcode to check delivery options',
    'Cooling-off period: cancel within 14 days for a full refund.',
    'Online check-in closes 45 minutes before departure.',
    'City tax of €2.50 per person per night is payable at the hotel.',
    "Please enter your date of birth to confirm you're over 18.",
    'Horario: de lunes a viernes, de 9:00 a 20:00',
}

# round 24 (manip_hard23.tsv, a twentieth author, written blind while v19 was finished): the same
# (its first run without these and the exact matches: 0.951 / 0.907 instead of 0.951 / 0.912;
# "Emma from Leeds bought this …" is the example its brief gave)
_BEFORE_ROUND24 = {
    "Leave — and lose everything you've worked for",
    'Die Kündigung ist nur schriftlich per Post möglich.',
    '🔥 High demand — 14 people have this in their basket',
    'Se ha añadido un seguro de viaje a tu reserva (19,99 €)',
    'Order by 2pm for next-day delivery',
    "We'll email you 7 days before your annual renewal.",
    'No thanks, I prefer paying full price',
    'Descarga la app para terminar tu pedido',
    'Price per night includes all taxes and fees.',
    'By placing your order you agree to our Terms of Sale and Privacy Notice.',
    'Download our app to complete your order',
    '47 people added this to their cart today',
    'Uncheck this box if you do not wish to not receive updates',
    'Não, obrigado, prefiro pagar mais caro',
    'Summer sale: up to 40% off selected lines',
    'Non, je préfère rater les promos',
    "We've added a magazine subscription to your order as a thank-you!",
    'Install the app to track your delivery',
    'Last order date for Christmas delivery: 18 December',
    'No thanks, I enjoy overpaying for electricity',
    "No, I don't want free shipping",
    'Log in to see your order history',
    'Emma from Leeds bought this 4 minutes ago',
    'Deal of the day - ends in 3h 12m',
    "No, I don't want to save money",
}

# round 20's corpus of seven languages (manipulation_corpus_langs2.py, written by a helper who read no
# evaluation set) came out near these blind lines: stock phrasings ("28 people are viewing this
# product", "download our app to continue", "your order has shipped") that short copy in these
# languages shares; the later blind set manip_hard20.tsv shares four of them (its first run without
# them: 0.917 / 0.926 instead of 0.918 / 0.927)
_CLOSE_TO_ROUND20_CORPUS = {
    'Şu anda 28 kişi bu ürünü inceliyor', 'Twoje zamówienie zostało wysłane.',
    'Hayır teşekkürler, tam fiyat ödemeyi tercih ederim.',
    'Siparişiniz kargoya verildi. Takip numarası: TR48213390.',
    'Devam etmek için uygulamamızı indirmeniz gerekiyor.', 'Şu anda 41 kişi bu ürünü inceliyor!',
    '15 osób ogląda teraz ten produkt.', 'För att fortsätta måste du skapa ett konto.',
    'Devam etmek için uygulamamızı indirin.', 'Nie, dziękuję, nie lubię oszczędzać.',
    'Tilbuddet gælder til og med 31. januar.', 'Skynda! Erbjudandet går ut om 12 minuter.',
    'Şu anda 32 kişi bu ürünü inceliyor!', '14 personer tittar på den här resan just nu',
    'Devam etmek için bildirimlere izin verin.',
}


@pytest.mark.parametrize("name", ["manip_hard6.tsv", "manip_hard7.tsv", "manip_hard8.tsv", "manip_hard9.tsv",
                                  "manip_hard10.tsv", "manip_hard11.tsv", "manip_hard12.tsv",
                                  "manip_hard13.tsv", "manip_hard14.tsv", "manip_hard15.tsv", "manip_hard16.tsv",
                                  "manip_hard17.tsv", "manip_hard18.tsv", "manip_hard19.tsv",
                                  "manip_hard20.tsv", "manip_hard21.tsv", "manip_hard22.tsv",
                                  "manip_hard23.tsv"])
def test_blind_lines_are_not_reworded_into_the_corpus(name):
    # rounds 6, 7, 8, 9 and 10 were written blind by other authors and studied after their first run; the
    # training text may cover their kinds but not their sentences: no corpus line shares 60% or more
    # of the word trigrams of a blind line of 5+ trigrams (a light rewording keeps most of them).
    before = _BEFORE_ROUND7 | _BEFORE_ROUND9 | _BEFORE_ROUND10 | _BEFORE_ROUND11 | _BEFORE_ROUND12 | \
        _BEFORE_ROUND13 | _BEFORE_ROUND14 | _BEFORE_ROUND15 | _BEFORE_ROUND16 | _BEFORE_ROUND17 | _BEFORE_ROUND18 | _BEFORE_ROUND19 | \
        _BEFORE_ROUND20 | _BEFORE_ROUND21 | _BEFORE_ROUND22 | _BEFORE_ROUND23 | _BEFORE_ROUND24 | \
        _CLOSE_TO_ROUND20_CORPUS | {"By placing your order you agree to our Terms of Sale.", "Create an account to view the price.",
              "I'm not interested in being healthier.", "Nah, I don't care about my skin.",
              "No thanks, I don't like free stuff.", "No thanks, I don't want to look my best.",
              "No thanks, I prefer paying full price.", "No thanks, I'd rather stay uninformed.",
              "No thanks, I'll keep my boring wardrobe.", "No, I don't want to save money.",
              "Prices include VAT. Delivery costs are calculated at checkout based on your address.",
              "Try 1 month free, then £10.99/month. Cancel anytime.",
              "Your parcel is with the courier. Tracking number: 8841 2290 1173.",
              "No thanks, I'm fine with being unprotected."}
    from gateway.checks.manipulation_corpus import generate

    path = Path(__file__).resolve().parent.parent / "bench" / "checks_data" / name
    if not path.exists():
        return
    index: dict[tuple[str, ...], set[int]] = {}
    corpus = sorted({t for t, _ in generate()})
    for i, t in enumerate(corpus):
        for g in _trigrams(t):
            index.setdefault(g, set()).add(i)
    close = []
    for _, line in load_tsv(name):
        grams = _trigrams(line)
        if len(grams) < 5 or line in before:
            continue
        shared: dict[int, int] = {}
        for g in grams:
            for i in index.get(g, ()):
                shared[i] = shared.get(i, 0) + 1
        best = max(shared.items(), key=lambda kv: kv[1], default=(None, 0))
        if best[1] >= 0.6 * len(grams):
            close.append((line, corpus[best[0]]))
    assert close == []


def test_dev_set_figures_do_not_regress():
    r = manipulation_report("manip_dev.tsv")
    assert r["precision"] >= 0.95 and r["recall"] >= 0.95, r
    assert all(v[0] >= 0.85 for v in r["kinds"].values()), r["kinds"]
    assert r["confirmshaming_f1"] >= 0.95


# --- frustration ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Note for <PERSON_1> (<EMAIL_ADDRESS_1>)",
    "Note for <PERSON_1> (<EMAIL_ADDRESS_1>): the SKU RX-2231-BLK ships Monday.",
    "Please send the invoice for order TH-30246633 to <EMAIL_ADDRESS_1>.",
    "Is the USB-C cable included with the ASUS ROG laptop?",
    "Write a short note to <PERSON_1> about the NASA poster, SKU AB-1203, for <LOCATION_2>.",
    "Customer <PERSON_2> wrote: 'My fleece zipper broke after two months, this is the second time, "
    "I am really annoyed.' Write a kind reply offering a free repair.",
])
def test_placeholders_codes_acronyms_and_quotes_do_not_escalate(text):
    s, cues = score(text)
    assert s < 0.4, (s, cues)
    assert "shouting" not in cues


def test_real_shouting_and_complaints_still_escalate():
    assert score("WHERE IS MY ORDER? I PAID TWO WEEKS AGO")[0] >= 0.4
    assert "shouting" in score("Cancel it NOW, I am SICK of this")[1]
    assert score("That's the third time you've booked the wrong thing. Useless.")[0] >= 0.4


def test_corrections_rank_above_neutral_turns_without_escalating_alone():
    s_corr, cues = score("That's not what I asked for.")
    s_neutral, _ = score("What's the address?")
    assert s_neutral < s_corr < 0.4 and "correction" in cues
    r = frustration_report("frustration_dev.tsv")
    assert r["auc"] >= 0.9  # development set (tuned on); the hard set is in bench/checks_shop.py
    assert auc([0.9, 0.1], [1, 0]) == 1.0 and auc([0.5, 0.5], [1, 0]) == 0.5


def test_frustration_cost_is_bounded_on_a_400_kb_turn(monkeypatch):
    seen: list[int] = []
    analyzer = frustration._vader()
    real = analyzer.polarity_scores
    monkeypatch.setattr(analyzer, "polarity_scores", lambda t: seen.append(len(t)) or real(t))
    big = "The quick brown fox jumps over the lazy dog. " * (400 * 1024 // 45)
    request = {"messages": [{"role": "user", "content": big}, {"role": "assistant", "content": "ok"},
                            {"role": "user", "content": big + " I am SO angry!!!"}]}
    found = FRUSTRATION.scan(CheckInput(big, "input", standalone_context(), request=request), None)
    # VADER (quadratic) only ever sees a bounded window of each turn
    assert seen and max(seen) <= frustration.TAIL
    assert len(frustration.window(big)) <= frustration.HEAD + frustration.TAIL + 3
    assert found and "anger words" in found[0].message  # the end of the turn is what is scored


def test_all_detectors_finish_a_400_kb_input_quickly():
    import time

    texts = [
        "The quick brown fox jumps over the lazy dog. " * (400 * 1024 // 45),
        "she is pregnant and her debt and your diabetes hurry only 3 left no thanks I don't want "
        "to save " * (400 * 1024 // 100),  # many hits and no sentence end
        "a" * 400_000 + "!",
    ]
    for text in texts:
        req = {"messages": [{"role": "user", "content": text}]}
        for check in (SENSITIVE, MANIP, FRUSTRATION):
            for where in ("input", "output"):
                t0 = time.perf_counter()
                check.scan(CheckInput(text, where, standalone_context(), request=req), None)
                # a sanity bound only (shared CI boxes); before the fix this took minutes
                assert time.perf_counter() - t0 < 5, (check.name, where)


def test_sentence_lookup_is_bounded():
    text = "x " * 200_000
    s, e = common.sentence_at(text, 200_000)
    assert e - s <= 2 * common.SENTENCE_REACH
    assert common.sentence_at("One. Two three. Four", 7) == (4, 14)


# --- sensitive topics: self-disclosure ---------------------------------------------------------

def _sens(text: str, where: str = "input", config=None):
    return SENSITIVE.scan(CheckInput(text, where, standalone_context()), config)


@pytest.mark.parametrize("text,category", [
    ("My religion does not allow speaking to bots.", "religion"),
    ("I'm pregnant, is this lotion safe?", "pregnancy"),
    ("As a diabetic, I need sugar-free options.", "health"),
    ("My wife is pregnant and we need a stroller.", "pregnancy"),
    ("Since my husband passed away I can't manage the account.", "bereavement"),
])
def test_customers_own_statement_is_a_self_disclosure(text, category):
    found = _sens(text)
    assert [(f.category, f.rule_id, f.action) for f in found] == [
        (category, f"sensitive.{category}.self_disclosure", "flag")]


@pytest.mark.parametrize("text,category", [
    ("Write an email to Maria, who is pregnant, about our baby range.", "pregnancy"),
    ("My customer is pregnant; write her an offer.", "pregnancy"),
    ("Target <PERSON_1>, a devout Muslim, with our Ramadan range.", "religion"),
    ("Her religion is Catholic; mention Easter.", "religion"),
])
def test_marketer_targeting_is_still_blocked(text, category):
    found = _sens(text)
    assert [(f.category, f.rule_id, f.action) for f in found] == [
        (category, f"sensitive.{category}.recipient", "block")]


def test_self_disclosure_action_is_configurable_and_not_for_company_voice():
    cfg = SensitiveTopicsConfig.model_validate({"religion": {"action": "block", "self_disclosure": "review"}})
    found = _sens("My religion does not allow speaking to bots.", config=cfg)
    assert [(f.rule_id, f.action) for f in found] == [("sensitive.religion.self_disclosure", "review")]
    assert _sens("Emma wrote a review praising our pregnancy pillow; thank her.") == []
    # on output, the copy telling the reader about their own trait is still reader attribution
    found = _sens("As a devout Muslim, you will love this.", where="output")
    assert [f.rule_id for f in found] == ["sensitive.religion.reader"]


def test_sensitive_cost_is_bounded_in_hits():
    assert sensitive.MAX_HITS >= 100


@pytest.mark.parametrize("text", [
    "The sale runs until Sunday 7 July.", "Offer ends 14 July; see terms.", "Delivery fee: £3.49, shown at checkout.",
    "The workshop runs from 09:30 to 15:30.", "Free trial: 14 days, no card needed.", "Opening hours: Mon-Sat 9-6",
])
def test_honest_facts_stated_plainly_pass(text):
    # scanned on its own (a shop's own copy): a plainly stated date, fee or time range is a fact
    assert _manip(text) == [], [f.message for f in _manip(text)]


@pytest.mark.parametrize("text", [
    "Free trial for 30 days. You won't be charged until you pick a plan.",
    "Start a free trial; we ask for card details only when you decide to stay.",
    "Free trial ends 3 March, then £6.99/month. We'll email you a week before.",
])
def test_trial_terms_stated_plainly_clear_the_trial_rule(text):
    # v13: when and whether money is taken, stated in the copy ("won't be charged until", "card
    # details only when", a £/€ amount per month) clears the free-trial rule, as "$7.99/month" did
    assert "hidden_subscription" not in {f.category for f in _manip(text)}, [f.message for f in _manip(text)]


def test_a_trial_without_its_terms_is_still_flagged():
    assert "hidden_subscription" in {f.category for f in _manip("Start your free trial today!")}


@pytest.mark.parametrize("text", [
    "Your login code expires in 10 minutes.", "This verification link expires in 24 hours. Ask for a new one any time.",
    "Your session expires in 5 minutes of inactivity.",
])
def test_security_items_running_out_are_not_sales_urgency(text):
    assert "false_urgency" not in {f.category for f in _manip(text)}, [f.message for f in _manip(text)]
    assert "false_urgency" not in {f.category for f in _manip(text, request="Write the sign-in e-mail.")}


def test_an_offer_running_out_is_still_urgency_when_a_code_is_named():
    for text in ("Promo code SAVE20 expires in 2 hours!", "Your discount code expires in 30 minutes."):
        assert "false_urgency" in {f.category for f in _manip(text)}, text


def test_a_stated_deadline_with_pressure_or_a_near_horizon_is_still_urgency():
    for text in ("The sale runs until Sunday 7 July - shop now!", "Sale ends tonight.", "Hurry, the offer ends 14 July."):
        assert "false_urgency" in {f.category for f in _manip(text)}, text
    # with a request that never stated it, a dated deadline is still an invented one
    found = _manip("Our fleece sale ends Friday 12 July.", request="Write a line about our fleece.")
    assert "false_urgency" in {f.category for f in found}


def test_a_plain_stock_count_is_a_fact_and_an_alarm_is_not():
    # scanned on its own, a product page's count is what the page shows
    for text in ("2 left in stock.", "Size M: 40 in stock."):
        assert "fake_scarcity" not in {f.category for f in _manip(text)}, text
    for text in ("Only 2 left!", "⚠️ Low stock: 1 remaining in your size", "Nearly sold out: 5 left",
                 "1 left at this price. The next one costs £14 more."):
        assert "fake_scarcity" in {f.category for f in _manip(text)}, text
    # with a request that never stated the number, it is an invented one
    assert "fake_scarcity" in {f.category for f in _manip("2 left in stock.", request="Write a product blurb.")}


def test_gated_set_finds_what_a_plain_scan_finds():
    # the gate (word-prefix masks, boundary patterns tried only where an opening word starts) is a
    # speed-up: on real copy it must return what running every pattern over the whole text returns
    from gateway.checks.common import lower_same_length
    from gateway.checks.manipulation import _INPUT, _OUTPUT
    from gateway.checks.sensitive import _TERMS

    texts = [t for name in ("manip_dev.tsv", "manip_hard.tsv", "manip_hard5.tsv", "manip_hard8.tsv")
             if (Path(__file__).resolve().parent.parent / "bench" / "checks_data" / name).exists()
             for _, t in load_tsv(name)]
    texts.append(" ".join(texts[:200]))
    # words inside other words, underscores, non-ASCII letters and digits around an opening word
    texts += ["London only 3 left", "x_only 3 left", "naïve hurry", "e\u0301hurry now", "İstanbul: hurry, only 2 left",
              "٣only ٣ left", "hurryhurry hurry", "a-only 2 left", ""]
    for gated in (_OUTPUT, _INPUT, _TERMS):
        for text in texts:
            low = lower_same_length(text)
            plain = [(g.label, m.span()) for g in gated.items for m in g.finditer(low)]
            assert sorted(plain) == sorted((label, m.span()) for label, m in gated.finditer(low)), text



def test_v14_concrete_facts_stated_plainly_are_not_pressure():
    # scanned on its own: a deadline pinned to a day / a clock time with its zone, the stock of a
    # size said flatly, offer terms beside a calendar period, a trial label, notice given online
    for text in ("Sale ends Sunday at midnight.", "Deal closes 23:59 CET on Friday 3 May.",
                 "Only 3 left in stock.", "Low stock: 4 remaining.", "Offer valid while stocks last.",
                 "Limited time: 20% off until 30 June.", "Hurry-free returns: 60 days.", "Start free trial",
                 "30 days' notice to cancel online.", "Prices go up on 1 April."):
        assert not {f.category for f in _manip(text)} & {"false_urgency", "fake_scarcity", "hidden_subscription",
                                                        "hard_to_cancel"}, text
    # pressure, alarms, vague or running horizons, shouting, price/size framing stay claims
    for text, cat in (("Sale ends tonight.", "false_urgency"), ("Sale ends in 3 hours (Sunday 23:59).", "false_urgency"),
                      ("🚨 Sale ends Sunday 23:59", "false_urgency"), ("Limited time offer!", "false_urgency"),
                      ("Prices go up on 1 April - lock in now!", "false_urgency"),
                      ("ONLY 3 LEFT IN STOCK", "fake_scarcity"), ("Only 2 left in your size.", "fake_scarcity"),
                      ("Low stock alert: 3 left", "fake_scarcity"), ("Grab yours while stocks last!", "fake_scarcity"),
                      ("30 days' notice to cancel by post.", "hard_to_cancel"),
                      ("Start your free trial today!", "hidden_subscription")):
        assert cat in {f.category for f in _manip(text)}, text
    # with a request that never stated it, a plain count or date is still invented
    assert "fake_scarcity" in {f.category for f in _manip("Only 3 left in stock.", request="Write a product blurb.")}
    assert "false_urgency" in {f.category for f in _manip("Sale ends Sunday at midnight.", request="Write a banner.")}


def test_classifier_cache_clearing_keeps_the_pieces_of_the_text_being_scored(monkeypatch):
    # a text with one piece already cached and one new piece, scanned when the cache is full: the
    # cache is cleared and both pieces must be scored again (this used to raise KeyError)
    import gateway.checks.manipulation as manip

    monkeypatch.setattr(manip, "_CACHE_SIZE", 2)
    manip._CACHE.clear()
    _manip("Hurry, only 2 left!")
    _manip("Our shop opens at nine.")
    found = _manip("Hurry, only 2 left! Our shop opens at nine. Add to basket.")
    assert found
    manip._CACHE.clear()
