"""Ordinary sentences that are not shop copy, for the semantic head (``manipulation_semantic.py``).

The head learned from the shop-copy corpus that imperatives and "everyone" press (a recipe step
read 0.94 manipulative, a line about a healthy breakfast 1.00; those probe sentences are kept out
of these templates, so they still test what the head learned). Generated output is often no shop copy at
all: recipes, articles, how-tos, facts, replies. These templates, written for Candor, give it
such text labelled "none". Only the head trains on them; the n-gram model's corpus is unchanged.
"""

from __future__ import annotations

import random

_FOODS = ["oats", "berries", "nuts", "lentils", "rice", "spinach", "salmon", "eggs", "yoghurt", "apples",
          "beans", "tomatoes", "bread", "porridge", "soup", "pasta", "carrots", "honey", "cheese", "tea"]
_STEPS = ["Sift the sugar into the bowl and beat until pale", "Preheat the oven to 180 degrees",
          "Chop the onions finely and fry them in a little oil", "Whisk the eggs with a pinch of salt",
          "Let the dough rest for twenty minutes", "Simmer gently for ten minutes, then season to taste",
          "Rinse the {food} under cold water", "Serve the {food} warm with a spoon of yoghurt",
          "Store the {food} in an airtight jar", "Bake for 25 minutes until golden",
          "Fold in the {food} and pour the mixture into the tin", "Slice the {food} thinly before grilling",
          "Mix the {food} with the dressing just before serving", "Leave the {food} to cool on a rack"]
_FACTS = ["{Food} are a good source of fibre", "{Food} keep for about a week in the fridge",
          "{Food} with a little {food} make a filling lunch for the whole family",
          "Stretching after a run eases stiff muscles", "Drinking water helps you stay focused",
          "A short walk after lunch aids digestion", "Most adults need seven to nine hours of sleep",
          "Ice melts faster in salty water", "The gallery is free on the first Sunday of the month",
          "The library is closed on public holidays", "The river flows north into the lake",
          "Spring is a good time to plant {food} in a sunny spot", "Most people enjoy a slow Sunday lunch",
          "Many families eat {food} at least once a week", "{Food} grow best in well-drained soil",
          "The festival takes place every August in the old town", "The bridge was built in 1887",
          "The trail is about six kilometres long and mostly flat", "Children under five travel free on the ferry"]
_HOWTO = ["Open the settings menu and choose Display", "Charge the battery fully before first use",
          "Wash the jacket at 30 degrees and hang it to dry", "Press and hold the button for three seconds",
          "Update the app to the latest version", "Check the tyre pressure once a month",
          "Write down your questions before the appointment", "Turn the valve clockwise to close it",
          "Keep the receipt with the warranty card", "Water the plant once the top soil feels dry",
          "Plug the charger into a wall socket, not a laptop", "Remove the filter and rinse it every two weeks"]
_DESCRIBE = ["The shirt is cut from organic cotton", "The lamp has a linen shade and a brass base",
             "The backpack holds a 15-inch laptop", "The sofa comes in grey, green and rust",
             "The mug holds 350 ml and is dishwasher safe", "The boots have a rubber sole and a leather upper",
             "The blender has three speeds and a pulse setting", "The tent sleeps two and weighs 1.9 kg",
             "Our {food} come from farms within fifty miles", "The candle burns for about forty hours",
             "The scarf is woven from merino wool", "The table seats six and extends to seat eight"]
_REPLIES = ["Thanks for your question about the {food}", "Here is a short summary of the article",
            "The report covers sales from January to March", "Below are three ideas for the newsletter",
            "The meeting notes are attached", "I have shortened the paragraph as you asked",
            "This version uses a friendlier tone", "The second option is more formal",
            "We read every message and answer in the order they arrive",
            "The guide explains how to care for linen", "Here are the opening hours for the holidays"]


def generate(seed: int = 16, n: int = 6000) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    families = [_STEPS, _FACTS, _HOWTO, _DESCRIBE, _REPLIES]
    out = []
    for _ in range(n):
        t = rng.choice(rng.choice(families))
        food = rng.choice(_FOODS)
        t = t.replace("{Food}", food.capitalize()).replace("{food}", food)
        out.append((t + rng.choice([".", ".", ".", "", "!"]), "none"))
    return out
