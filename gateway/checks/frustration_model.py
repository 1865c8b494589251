"""A small dissatisfaction classifier for user turns (same n-gram softmax as manipulation_model).

Trained on synthetic turns written for Candor (below): dissatisfied turns in task dialogues
(corrections, broken promises, unresolved problems, giving up, accusations, sarcasm, impatience)
against ordinary turns (requests, details, confirmations, thanks, calm problem reports, copywriting
briefs with placeholders and product codes), and since round 24 the scored turns of the blind
frustration sets already scored (``SEEN_SETS``). No rated dialogue corpus was read or copied.

    PYTHONPATH=. python -m gateway.checks.frustration_model --train

The frustration score adds ``WEIGHT x p(dissatisfied)``; WEIGHT is below the default threshold, so
the classifier alone never escalates a turn: it ranks milder dissatisfaction above neutral turns.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from gateway.checks.manipulation_model import Model, train

LABELS = ("other", "dissatisfied")
MODEL_PATH = Path(__file__).with_name("frustration_model.npz")

SLOTS = {
    "thing": ["order", "parcel", "refund", "booking", "card", "sofa", "car", "prescription", "ticket", "delivery",
              "replacement", "invoice", "account", "router", "app", "table", "room", "flight", "train", "package"],
    "day": ["Monday", "Tuesday", "Friday", "yesterday", "last week", "this morning", "the 14th", "two weeks ago"],
    "n": ["2", "3", "4", "5", "9", "10", "20", "40"],
    "unit": ["days", "weeks", "hours", "minutes", "times", "calls", "emails"],
    "agent": ["you", "your colleague", "the agent", "your team", "the driver", "the website", "the app", "the bot"],
    "alt": ["the other one", "the savings account", "a window seat", "Tuesday", "the blue one", "the cheaper option",
            "a refund", "a train", "vegetarian", "the city centre"],
}

DISSATISFIED = [
    "No, I said {alt}.", "That's not what I asked for.", "I already told you that.", "You already asked me that.",
    "I told you {day}.", "I said {alt}, not that.", "Wrong one again.", "That's wrong.", "Nope, still not right.",
    "That didn't help.", "That doesn't answer my question.", "With respect, that's not an answer.", "That's not an answer.",
    "You keep giving me the same answer.", "Same answer as before.", "This is the same thing you said {day}.",
    "{agent} promised me a call back {day}. Nothing.", "I was promised a {thing} by {day}. Nothing.",
    "You said {n} days, it's been {n}.", "{agent} said it would be fixed. It isn't.", "No call, no email, nothing.",
    "My {thing} still hasn't arrived.", "Still no {thing}.", "Still waiting on my {thing}.",
    "It's been {n} {unit} and nothing.", "{n} {unit} and still nothing.", "I've asked {n} times now.",
    "I've logged {n} tickets about this.", "This keeps happening.", "This happens every month.", "Every single time.",
    "I give up.", "Forget it.", "Never mind, I'll go elsewhere.", "I'm done.", "What's the point.",
    "So you can't help then.", "So nobody can help me?", "Is there anyone who can actually fix this?",
    "Is anyone actually reading my messages?", "Please read what I wrote.", "Did you even read my message?",
    "You've charged me for a {thing} I cancelled.", "You charged me twice.", "Why was I charged again?",
    "{agent} marked it delivered but I have nothing.", "The {thing} arrived broken and nobody cares.",
    "That's really disappointing.", "I'm really disappointed.", "I'm not happy with this.", "Not happy at all.",
    "This is not acceptable.", "Not good enough.", "That's ridiculous.", "Honestly, this is a joke.",
    "This has wasted my whole day.", "I've wasted an hour on this.", "I don't have time for this.",
    "Can we skip the script please.", "Stop telling me to restart it, I have.", "I've already tried that.",
    "I already did all of that.", "Nothing works.", "None of that worked.", "Still broken.",
    "That's the opposite of what I wanted.", "That's not what the website said.", "The website said something else.",
    "You're going in circles.", "We're going round in circles.", "This bot is useless.", "Are you even a real person?",
    "ok so you won't help", "great, thanks for nothing", "wonderful, another wrong answer", "sure, whatever",
    "seriously??", "are you kidding me", "unbelievable", "i literally just told you", "how many times do i have to say it",
    "this is getting frustrating", "getting annoyed now", "I'm losing patience.", "I'm fed up with this.",
    "Why is this so hard?", "Why does nobody know anything?", "So no one knows where my {thing} is?",
    "Wrong date again.", "You booked the wrong {thing}.", "You sent the wrong {thing}.", "This isn't what I ordered.",
    "I didn't ask for that.", "I didn't ask about that.", "That's not the {thing} I asked about.",
    "I'm thinking of cancelling everything.", "I'll take my business elsewhere.", "I want to complain.",
    "I'd like to make a complaint.", "Who do I complain to?", "This is the worst service.",
    "You said it would take {n} days.", "It was supposed to arrive {day}.", "It was meant to be ready {day} and it isn't.",
    "Again?", "Again, {alt}.", "For the {n}th time, {alt}.", "How hard can it be?", "Just do what I asked.",
]
OTHER = [
    "I need a {thing} for {day}.", "Can you check my {thing}?", "What's the status of my {thing}?", "Yes, please.",
    "Yes, that works.", "That's fine.", "Perfect, thanks!", "Thanks, that's all.", "Great, thank you.", "OK.",
    "Could you send it by email?", "What time does it open?", "How much is it?", "Is there parking?", "Sounds good.",
    "I'd like to cancel my {thing}, please.", "Please cancel the {thing}.", "Can I get a refund for the {thing}?",
    "My {thing} arrived damaged, could you send a replacement?", "I lost my card, can you block it?",
    "I've attached a screenshot of the error.", "The app shows an error when I log in, what should I do?",
    "I'd like to change my {thing} to {alt}.", "Could I have {alt} instead?", "{alt}, please.", "Either is fine.",
    "No preference.", "No, that's everything.", "No thanks, I'm all set.", "Not yet, I'm still deciding.",
    "Can I add a second driver?", "Do you deliver on Saturdays?", "Is it in stock?", "What's the address?",
    "Please bill <ORGANIZATION_1> at <EMAIL_ADDRESS_1>, PO number {n}{n}{n}.", "Ticket INC-{n}{n}{n} for <PERSON_1>, priority P3.",
    "Note for <PERSON_1> (<EMAIL_ADDRESS_1>): the {thing} ships {day}.", "Order TH-{n}{n}{n}{n}{n} for <PERSON_2>.",
    "Write a friendly reminder for <PERSON_1> about the {thing}.", "Draft an SMS about our sale for <LOCATION_1>.",
    "Customer <PERSON_1> wrote that the {thing} was late; write a kind apology.", "Summarise this complaint for the team.",
    "I'd like to dispute a transaction from {day}.", "Could you check why I was charged {day}?",
    "I was charged twice by mistake, could you look into it?", "My {thing} hasn't arrived yet, any update?",
    "The {thing} is a little late, no rush.", "Hi, quick question about my {thing}.", "Thanks, I'll try that now.",
    "I'll call back tomorrow.", "That time works for me.", "Can I change the colour before it ships?",
    "How do I reset my password?", "How do I export my invoices?", "What's the excess on the standard cover?",
    "Is the SUV automatic?", "I'm travelling with two kids.", "For {n} people, please.", "Leaving after 5pm.",
    "Can you recommend a restaurant nearby?", "Do they have vegetarian options?", "What's the phone number?",
    "Please send the reference number.", "I need the PDF of the invoice.", "Could you restart the VM PRD-API-0{n}?",
    "The HDMI input on the TV isn't detected, how do I fix it?", "My router lights are red, what do they mean?",
    "I'd like to extend the rental by one day.", "Can I collect the prescription for my mother?",
    "It's for my daughter's birthday.", "I bought the XL, can I swap it for an L?", "Can I pay by card?",
    "Happy with that, thanks.", "Brilliant, sorted.", "Cheers!", "That was quick, thank you!", "All good now.",
    "I love the new {thing}!", "The {thing} arrived, thanks for the help!", "Is the {thing} refundable?",
]


def _fill(t: str, rng: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(SLOTS[m.group(1)]), t)


def generate(seed: int = 5, per: int = 8) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for label, bank in (("dissatisfied", DISSATISFIED), ("other", OTHER)):
        for t in bank:
            seen: set[str] = set()
            for _ in range(per):
                s = _fill(t, rng)
                if s in seen:
                    continue
                seen.add(s)
                out.append((s, label))
                out.append((s.lower().rstrip(".!"), label))
    rng.shuffle(out)
    return out


# The blind sets whose first runs are recorded (bench/checks_data/README.md): their scored turns are
# training data since v4.2 of the score, as the seen shop sets are for the manipulation model. A set
# joins only after its first run; what the model does on new text is the next blind set's figure.
SETS_DIR = Path(__file__).resolve().parents[2] / "bench" / "checks_data"
SEEN_SETS = tuple(["frustration_dev.tsv", "frustration_hard.tsv"] +
                  [f"frustration_hard{n}.tsv" for n in range(4, 19)])
REPEAT = 3  # a hand-written turn counts three times, as the manipulation model's seen lines do


def seen_turns(exclude: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """``(turn, label)`` of the seen sets' scored turns (the last segment of each line)."""
    out: list[tuple[str, str]] = []
    for name in SEEN_SETS:
        path = SETS_DIR / name
        if name in exclude or not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or "\t" not in line:
                continue
            label, text = line.split("\t", 1)
            turn = text.replace("\\n", "\n").split(" || ")[-1].strip()
            out += [(turn, LABELS[int(label.strip())])] * REPEAT
    return out


def training_data(exclude: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    data = generate() + seen_turns(exclude)
    random.Random(7).shuffle(data)
    return data


_model: Model | None = None


def p_dissatisfied(text: str) -> float:
    global _model
    if _model is None:
        _model = Model.load(MODEL_PATH)
    return float(_model.proba([text])[0][1])


def main(argv: list[str]) -> None:
    data = training_data()
    model = train(data, labels=LABELS)
    model.save(MODEL_PATH)
    print(f"trained on {len(data)} turns, {len(model.vocab)} features, saved {MODEL_PATH} "
          f"({MODEL_PATH.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main(sys.argv[1:])
