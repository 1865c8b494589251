"""Synthetic training text for the dark-pattern classifier (``manipulation_model.py``).

Everything here was written for Candor: templates and slot fillers in many phrasings for each
category, and a larger body of ordinary shop, UI, e-mail and support copy as negatives. No public
dark-pattern corpus was read or copied (those are kept apart to score the project).

``generate(seed)`` returns ``[(text, label)]`` where label is ``"none"`` or a manipulation
category. Shop kinds map onto categories as follows (docs/checks.md):

  urgency -> false_urgency        scarcity -> fake_scarcity      social proof -> fake_social_proof
  confirmshaming -> confirmshaming misdirection (pressured selling, trick questions) -> pressured_upsell
  obstruction -> hard_to_cancel   sneaking (hidden costs / subscriptions) -> hidden_subscription,
  sneaking (sneak into basket) -> pressured_upsell   forced action (forced enrolment) -> hidden_subscription
"""

from __future__ import annotations

import random
import re

PRODUCTS = ["jacket", "fleece", "boots", "sneakers", "dress", "sofa", "lamp", "blender", "headphones",
            "phone case", "backpack", "watch", "serum", "moisturizer", "coffee maker", "mattress",
            "rug", "tent", "yoga mat", "hoodie", "jeans", "candle set", "gift card", "laptop stand",
            "item", "product", "deal", "bundle", "set", "style", "size", "colour", "color", "ring",
            "necklace", "vitamins", "protein powder", "dog bed", "stroller", "desk chair", "kettle",
            "sunglasses", "perfume", "duvet", "plant pot", "bike helmet", "tablet", "earbuds", "tee"]
NAMES = ["Sarah", "Mike", "Jessica", "Tom", "Priya", "Ahmed", "Lena", "Carlos", "Emily", "Josh", "Kim",
         "Olivia", "Noah", "Fatima", "Daniel", "Chloe", "Liam", "Grace", "Mateo", "Yuki", "A customer",
         "Someone", "A shopper", "Anna K.", "John D.", "Rachel", "Ben", "Sophie", "Marcus", "Aisha"]
CITIES = ["Austin", "Denver", "London", "Chicago", "Toronto", "Seattle", "Miami", "Leeds", "Dublin",
          "Sydney", "Portland", "Boston", "Phoenix", "Atlanta", "Manchester", "Berlin", "Texas", "Ohio",
          "California", "New York", "Florida", "Bristol", "Melbourne", "Vancouver", "Paris"]
BENEFITS = ["saving money", "savings", "discounts", "free shipping", "a discount", "deals", "a free gift",
            "exclusive offers", "to save", "to save money", "great deals", "looking good", "free stuff",
            "rewards", "cash back", "better sleep", "clear skin", "to be healthy", "a bargain",
            "my 20% off", "15% off", "the best price", "to learn", "better results", "smart tips",
            "to be stylish", "to be safe", "to protect my data", "glowing skin", "a better home",
            "winning", "to get fit", "expert advice", "free delivery", "my reward", "the perks",
            "to stay informed", "happy customers", "more sales", "to grow my business"]
PCT = ["10", "15", "20", "25", "30", "40", "50", "60", "70"]
CLUBS = ["VIP Club", "Insider membership", "Premium Rewards", "Beauty Box", "Plus membership",
         "Style Club", "Gold plan", "Prime Pass", "Fitness Plus", "Wine Club", "Snack Box subscription"]
ITEMS_ADD = ["a protection plan", "gift wrapping", "a 2-year warranty", "shipping insurance",
             "a magazine subscription", "a donation to charity", "priority handling", "an extended warranty",
             "a care kit", "travel insurance", "a cleaning kit", "express shipping", "a premium bag",
             "order protection", "a carbon offset"]


def _num(rng: random.Random, lo: int = 2, hi: int = 15) -> str:
    return str(rng.randint(lo, hi))


def _countdown(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        f"{rng.randint(1, 23)}h {rng.randint(1, 59)}m {rng.randint(1, 59)}s",
        f"{rng.randint(1, 9)} hours {rng.randint(1, 59)} minutes",
        f"{rng.randint(1, 3)}d {rng.randint(1, 23)}h {rng.randint(1, 59)}m",
        f"{rng.randint(1, 59)} minutes", f"{rng.randint(1, 23)} hours",
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        f"{rng.randint(1, 9)} hrs {rng.randint(1, 59)} mins",
    ])


def _fill(template: str, rng: random.Random) -> str:
    def rep(m: re.Match[str]) -> str:
        key = m.group(1)
        if key == "n":
            return _num(rng)
        if key == "big":
            return rng.choice([str(rng.randint(12, 980)), f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
                               str(rng.randint(20, 300))])
        if key == "min":
            return str(rng.randint(1, 59))
        if key == "cd":
            return _countdown(rng)
        if key == "p":
            return rng.choice(PRODUCTS)
        if key == "name":
            return rng.choice(NAMES)
        if key == "city":
            return rng.choice(CITIES)
        if key == "ben":
            return rng.choice(BENEFITS)
        if key == "pct":
            return rng.choice(PCT)
        if key == "price":
            return rng.choice(["$", "£", "€", "$"]) + rng.choice(["4.99", "9.99", "14.95", "19", "29.99", "39.95", "2.50", "7", "59"])
        if key == "club":
            return rng.choice(CLUBS)
        if key == "add":
            return rng.choice(ITEMS_ADD)
        if key == "day":
            return rng.choice(["tonight", "today", "at midnight", "Sunday", "this weekend", "tomorrow",
                               "in 24 hours", "soon", "Friday"])
        return m.group(0)
    return re.sub(r"\{(\w+)\}", rep, template)


T: dict[str, list[str]] = {}

T["false_urgency"] = [
    "Hurry! Offer ends in {cd}", "Offer ends in {cd}", "Sale ends in {cd}", "Ends in {cd}",
    "Deal ends in {cd}", "This deal expires in {cd}", "Hurry, sale ends {day}!", "Limited time only!",
    "Limited-time offer: {pct}% off everything", "Today only: {pct}% off sitewide", "Flash sale! Ends in {cd}",
    "Deal of the day - ends in {cd}", "Last chance to get {pct}% off!", "Last chance!", "Don't miss out!",
    "Don't miss out on {pct}% off", "Prices go up {day}", "Offer expires soon", "This deal won't last",
    "Ending soon", "Ending soon!", "Sale ends {day}", "Time is running out!", "Act fast!", "Act now!",
    "Hurry up!", "Hurry, time is almost up", "Early bird pricing ends soon", "Just hours left to save",
    "Only a few hours left!", "Final hours!", "Final hours to save {pct}%", "Lightning deal: {pct}% claimed",
    "Your cart is reserved for {cd}", "Items in your cart are reserved for {min} minutes",
    "Your discount expires in {cd}", "Your {pct}% off code expires in {cd}", "Claim your discount before time runs out",
    "Offer valid for the next {min} minutes only", "Quick! This price ends {day}", "Grab it before it's gone",
    "Buy now before the price goes up", "Deal ends {day} - don't wait!", "Don't wait, order now",
    "Get it before midnight!", "Only {n} hours left!", "Only {n} hours left to claim your gift",
    "Time's almost up!", "The clock is ticking", "Now or never: {pct}% off", "Limited time: free shipping",
    "Doorbuster deals end {day}", "Hurry - this offer disappears {day}", "Sale ends soon!",
    "Black Friday deal ends in {cd}", "Cyber Monday pricing expires in {cd}", "Flash sale: {cd} left",
    "Expires in {cd}", "Offer ends at midnight", "{cd} left to claim {pct}% off", "Only today!",
    "24-hour sale - starts now, ends fast", "Hurry, limited time offer", "Act quickly, the offer ends {day}",
    "Reserve now, this price won't be available for long", "Last day! {pct}% off",
    "Your exclusive offer expires {day}", "Time-sensitive offer: respond within {n} hours",
    "Special price for the next {min} minutes", "This page's discount will disappear in {cd}",
    "Hurry! Deal ends soon", "Price increases in {cd}", "Tick tock, the sale is ending",
    "Last call: {pct}% off ends {day}", "Don't delay - offer ends {day}", "Going, going, almost gone!",
    "Renew now or lose your discount", "Sign up today, this offer won't come back",
    "Limited-time pricing - lock it in now", "Book now, prices rise {day}", "Checkout in {cd} to keep this price",
    "Complete your order within {min} minutes to secure this deal", "Timer: {cd}",
    "Hurry before this deal is gone forever", "One day only!", "48 hours only", "This weekend only",
    "It's now or never", "Order now before it's too late", "Don't wait until it's too late",
    "You have {min} minutes to complete your purchase", "Sale ending in {cd}", "Deal closes in {cd}",
    "Offer ends in {n} days", "Only {n} days left!", "Last few hours of our biggest sale",
    "Instant savings end {day}!", "Limited time deal", "Time-limited offer", "Hurry! Only {n} days left",
]
T["fake_scarcity"] = [
    "Only {n} left in stock", "Only {n} left in stock - order soon", "Hurry, only {n} left!", "{n} left",
    "Only {n} left!", "Low stock", "Low stock!", "Almost gone!", "Selling fast", "Selling fast!",
    "Limited quantities available", "Just {n} remaining in your size", "Last one!", "Only one left!",
    "Few left", "Only a few left", "Nearly sold out", "Almost sold out!", "Only a few left at this price",
    "In high demand", "High demand - only {n} left", "{pct}% claimed", "{pct}% sold", "Running low",
    "Stock is limited", "Popular item - low stock", "Back in stock but not for long",
    "Limited edition - once it's gone, it's gone", "Only {n} left in this colour",
    "Just {n} {p}s left at this price", "Only {n} items left", "Hurry! Just {n} units remaining",
    "Low in stock: {n} left", "Only {n} available", "Almost out of stock", "Stock running out",
    "Very limited stock", "Last {n} in stock", "Selling out fast", "Going fast!", "Sells out quickly",
    "Likely to sell out", "This item often sells out", "Few items left in your size",
    "Only {n} seats left at this price", "Only {n} rooms left", "Just {n} spots remaining",
    "Only {n} tickets left!", "While supplies last", "While stocks last!", "Limited supply",
    "Hurry, supplies are running low", "{n} people bought this, only {n} left", "Rare find",
    "Only {n} left - {n} people are looking at it", "Stock alert: almost gone", "Nearly gone",
    "Get yours before they're gone", "Before it sells out", "Don't let it sell out", "Last chance - low stock",
    "Order soon, only {n} left", "Only {n} left at this price!", "{n} left in stock - order soon",
    "Hot item! Only {n} remaining", "Selling quickly, don't miss yours", "Only {n} pieces left",
    "Limited stock remaining", "Just a handful left", "Our last {n} pairs", "Just {n} left - almost gone",
    "We're almost sold out", "Almost sold out in your size", "Only {n} left in size M",
    "Scarce item: order now", "Few remain", "Remaining stock: {n}", "Stock: {n} left",
    "This deal is {pct}% claimed", "{pct}% of stock sold", "Low inventory", "Inventory running low",
]
T["fake_social_proof"] = [
    "{big} people are viewing this right now", "{name} from {city} just bought this {p}",
    "{name} in {city} purchased this {min} minutes ago", "{name} from {city} purchased a {p}",
    "{big} people have this in their cart", "{big} sold in the last 24 hours", "Bought by {big}+ customers this week",
    "Trending: {big} people bought this today", "{big} others are looking at this", "Someone in {city} just ordered",
    "{big} shoppers added this to their wishlist", "Popular! {big} purchases in the last hour",
    "{big} people are looking at this item", "{big} people are watching this", "{big} people viewed this today",
    "{name} ({city}) bought this {min} minutes ago", "{name} just signed up", "{name} just claimed this offer",
    "{big} people just bought this", "{big} bought in the past hour", "In {big} carts right now",
    "This item is in {big} carts", "{big} customers have this in their basket", "{big} people booked this today",
    "Booked {big} times in the last 24 hours", "{name} from {city} just booked", "Recently purchased by {name}",
    "{name} in {city} added this to cart", "{big} visitors in the last hour", "{big} people are shopping now",
    "Join {big} happy customers who bought today", "{big} people purchased this week",
    "Someone just bought this!", "Someone from {city} bought {n} items", "A shopper in {city} just purchased",
    "{big} sold today", "Hot! {big} sold in {n} hours", "{big} people have purchased in the last {n} hours",
    "{big} people are also considering this", "{big} people are currently browsing this", "Just sold to {name}",
    "{name} from {city} just saved {pct}%", "{big} people redeemed this coupon today", "{big} views in the last hour",
    "Everyone is buying this", "Everyone's talking about this {p}", "{big} people signed up this week",
    "{big} people are checking out now", "{name} and {big} others bought this", "Last purchased {min} minutes ago",
    "Purchased {big} times today", "{big} orders in the last hour", "Frequently purchased: {big} today",
]
T["confirmshaming"] = [
    "No thanks, I'd rather pay full price", "No thanks, I don't like {ben}", "No, I don't want {ben}",
    "I'll pass on {ben}", "Nah, I hate {ben}", "No thanks, I like paying more", "No thanks, I prefer to pay full price",
    "I'm not interested in {ben}", "No, I prefer to miss out", "I don't need {ben}", "Continue without saving",
    "No thanks, I'm already an expert", "No thanks, I'll stay uninformed", "No thanks, I'd rather stay boring",
    "I'll risk it", "No thanks, I'll risk it", "Don't be a loser who misses out", "Only losers pay full price",
    "No thanks, I don't want to save", "No, I'd rather pay more", "No thanks, I'm fine paying full price",
    "No, I don't care about {ben}", "No thanks, I enjoy missing out", "I don't want {ben}, thanks",
    "No, I'll pay full price", "I'd rather not save money", "No thanks, I like being unprotected",
    "No, I don't want to look good", "No thanks, discounts aren't for me", "I'm good without {ben}",
    "No, I'm happy paying more", "Skip, I don't like deals", "No thanks, I'll keep my dull skin",
    "No thanks, I don't want to be healthy", "No thanks, I hate free stuff", "No, I'll miss out",
    "Nope, I don't like {ben}", "No thanks, I'd rather stay in the dark", "No thanks, I'll shop elsewhere and pay more",
    "Nah, I'll pay full price", "No thanks, I don't need to save money", "No thanks, I'm rich",
    "I'll stay broke, thanks", "No thanks, I prefer my old stuff", "No, I'm not into {ben}",
    "No thanks, I'll figure it out myself the hard way", "No thanks, I'd rather be unsafe",
    "No, I'd rather not protect my family", "No thanks, my data can be stolen", "I don't want {ben} today",
    "No thanks, I'd rather keep wasting money", "I'll skip the savings", "Decline and pay full price",
    "No thanks, I don't want my {pct}% off", "I'll pass, I don't like {ben}", "Maybe later, I don't care about {ben}",
    "No, I want to pay more", "No thanks, I'm okay with slow shipping", "No thanks, I'd rather pay for shipping",
    "No thanks, I don't deserve a treat", "No, I'm not smart enough for this", "Don't be a fool, sign up",
    "Don't be that person who misses out", "Only a fool would say no to this", "Real fans don't say no",
    "Are you sure? Only quitters leave now", "No thanks, I want to stay unfit", "No thanks, I don't want to grow",
    "No thanks, I'll pay more later", "I'd rather not get {ben}", "I prefer paying full price",
    "Nah, savings aren't my thing", "No thanks, I like my money gone", "Unsubscribe - I don't want {ben} anymore",
    "No thanks, I'm a terrible cook", "No, I don't want to be the best", "No, I'm fine being left behind",
]
T["pressured_upsell"] = [
    "Most customers also add {add}", "Add {add} for just {price} more (recommended)", "Yes, protect my order (recommended)",
    "Upgrade to Premium - recommended for you", "Are you sure you don't want {add}?", "Smart shoppers choose the Pro bundle",
    "You really need the premium plan", "Don't settle for less - upgrade now", "{add} has been added to your cart",
    "We've added {add} to your order", "{add} added", "Includes {add} ({price})", "{add} ({price}) added to your bag",
    "We added {add} for your peace of mind", "Your order includes {add} - remove at checkout",
    "Uncheck this box if you do not wish to receive offers", "Uncheck if you don't want {add}",
    "Keep this box checked to add {add}", "Leave checked to receive exclusive offers from our partners",
    "Tick this box if you don't want to not receive updates", "Protect your purchase - most people do",
    "Customers like you always upgrade", "Upgrade now or miss the best features", "Everyone picks the Deluxe option",
    "Continue without protection", "Continue without {add}", "Yes, add {add} (most popular)",
    "Are you sure you want to leave without {add}?", "You'll regret not upgrading", "Go Pro - you deserve it",
    "Recommended: add {add} to every order", "Don't forget {add} - 9 out of 10 buyers add it",
    "Upgrade to the bigger size for just {price} more", "Add {n} more items to unlock the deal - you know you want to",
    "Your basket includes {add} automatically", "Auto-added: {add}", "Pre-selected for you: {add}",
    "Add {add}? Yes, I'm smart / No, I like risk", "Only {price} more to get the better model - don't miss it",
    "Complete the look - you need these too", "Wait! Before you go, add {add}", "Most popular choice: Premium",
    "Secure your order for {price} - highly recommended", "I want {add} (recommended)",
]
T["hidden_subscription"] = [
    "By placing your order you will be enrolled in {club}, {price}/month after your free trial",
    "Your free trial automatically converts to a paid membership", "Free trial - just pay shipping",
    "Try it free for {n} days", "Start your free trial", "Get your first box free", "Claim your free sample - just pay shipping",
    "By checking out you join our {club}", "Includes a {n}-day trial of {club}", "You've been enrolled in {club}",
    "A {price} service fee will be added at checkout", "Handling fee applies", "Plus a small processing fee",
    "Service charge of {price} applies", "Taxes and fees calculated at checkout", "Booking fee: {price}",
    "Convenience fee added at payment", "A {price} membership fee applies after {n} days",
    "Your order includes a subscription to {club}", "You will be charged {price} monthly until you cancel",
    "Join {club} free for {n} days", "Free gift with membership", "Get {pct}% off when you join {club}",
    "Your trial renews automatically", "Trial converts to annual plan", "Membership starts after your trial",
    "Create an account to continue", "You must sign up to view prices", "Enter your email to see your discount",
    "Download our app to complete your purchase", "By continuing you agree to receive marketing emails",
    "Sign up to unlock the price", "Subscribe to our newsletter to check out", "Register to see the full details",
    "Log in to see the price", "You must create an account to checkout", "Sign in to continue shopping",
    "Enter your phone number to reveal your code", "Join now to access this deal", "Members only - join to buy",
    "You need an account to continue", "Sign up to read more", "Allow notifications to continue",
    "Enter your email to unlock {pct}% off", "Share your email to view this offer", "Provide your number to continue",
    "By creating an account you agree to receive promotional texts", "Registration required to view this item",
    "Sign up to see our prices", "Install the app to get this price", "Verify your email to continue browsing",
    "To proceed, subscribe to our mailing list", "You must accept marketing emails to continue",
]
T["hard_to_cancel"] = [
    "To cancel, please call our customer service line", "To cancel your membership, call 1-800-{n}{n}{n}-{n}{n}{n}{n}",
    "Membership can only be cancelled by phone", "Cancellations must be made in writing",
    "Cancellation requests must be made {n} days before renewal", "You cannot cancel online",
    "To cancel, send a letter to our head office", "Cancellations are only accepted by phone during business hours",
    "Subscriptions cannot be cancelled online", "To end your plan, contact our retention team",
    "Please call us to cancel your subscription", "Cancellation requires {n} days' written notice",
    "No cancellations after {n} days", "To cancel, visit one of our stores in person",
    "Contact support to cancel - online cancellation is not available", "To stop your subscription, mail the form below",
    "Cancel by calling between 9am and 11am, Monday to Friday", "Chat with an agent to cancel your plan",
    "Your plan can only be canceled by speaking with a representative", "Cancellation is possible by post only",
    "Cancelling requires a call to our loyalty department", "To unsubscribe, write to us at our postal address",
    "Are you sure you want to cancel? You'll lose all your benefits forever", "Before you cancel, talk to us first - call now",
    "To close your account, please call", "Cancel anytime by phone", "Cancellation available by phone only",
    "You must call to cancel", "Downgrades and cancellations are handled by phone", "Fax your cancellation request",
    "To opt out, send a written request by registered mail", "Cancelling? Speak to our team on the phone",
]
T["guilt_appeal"] = [
    "Don't let your family down", "Your kids deserve better - don't you care?", "After everything we've done for you",
    "We'll miss you... are you sure you want to leave us?", "How could you leave us now?", "We thought you cared",
    "You owe it to your family", "Good parents always buy the best", "Real friends share - don't be selfish",
    "Your pet is counting on you", "Think of the animals who will go without", "Don't abandon your goals now",
    "You're letting your team down", "We're so disappointed you're leaving", "Is saving a few dollars worth letting them down?",
    "A loving parent wouldn't wait", "Don't disappoint your family", "You should feel ashamed to waste this",
    "Without you, we can't continue our mission - please don't go", "You're abandoning the people who need you",
    "Your family is counting on you", "Don't you want the best for your kids?", "Caring owners never skip this",
    "We've been loyal to you - will you be loyal to us?", "Leaving now means giving up on yourself",
    "Don't you care about your health?", "It would break our hearts if you left", "Don't be selfish",
]
T["fear_appeal"] = [
    "Renew now or lose everything", "Don't risk losing your data", "Your data could be exposed if you don't upgrade",
    "Can you afford to be unprotected?", "Without this, your home is at risk", "You'll regret it",
    "Protect your family before it's too late", "Your account will be deleted unless you act now",
    "Don't risk it", "Hackers could steal your identity today", "Your photos will be lost forever",
    "Your files will be deleted in {n} days", "What if something happens to your family?", "Don't get caught unprepared",
    "Your family could be in danger", "Don't be left behind", "Lose your progress forever", "You will lose all your points",
    "Your skin is aging every day you wait", "Every day without it puts your health at risk",
    "Your car could break down at any moment", "Your device is infected - scan now", "Warning: your computer is at risk",
    "Don't risk your safety", "Before disaster strikes, get covered", "Can you really afford to lose it all?",
    "Your coverage ends soon - you could be left with nothing", "Don't let thieves win", "You could lose everything",
    "Act now or lose your benefits", "Upgrade or lose access forever", "Your subscription lapses and your data is gone",
    "Cancel and you'll lose everything", "You'll be sorry", "Don't wait until it's too late to protect them",
    "Imagine losing all your memories", "Your security is compromised", "Renew now or lose your number",
    "Without protection, anything could happen", "Are you willing to risk your family's safety?",
]

# --- ordinary copy: the negatives ------------------------------------------------------------
NEG = [
    "Add to cart", "Add to bag", "Buy now", "Checkout", "Proceed to checkout", "Continue shopping", "Sign in",
    "Create account", "Create an account", "Continue as guest", "Log in", "Log out", "My account", "Wishlist",
    "Size guide", "Find your size", "Free shipping on orders over {price}", "Free returns within {n}0 days",
    "Free delivery on all orders", "Subscribe to our newsletter", "Sign up for our newsletter", "Enter your email",
    "Track your order", "Write a review", "4.{n} out of 5 stars", "{big} reviews", "Read all reviews", "In stock",
    "In stock - ships tomorrow", "Out of stock", "Sold out", "Notify me when available", "Email me when it's back",
    "Sale", "New arrivals", "New in", "{pct}% off", "Was {price}, now {price}", "Compare at {price}", "Save {pct}%",
    "Clearance", "Shop now", "Shop the collection", "View details", "Quick view", "See more", "Show less", "Learn more",
    "Read more", "Close", "Dismiss", "No thanks", "Not now", "Maybe later", "Remind me later", "Skip", "Cancel",
    "Back", "Next", "Continue", "Submit", "Apply", "Apply coupon", "Enter promo code", "Gift card balance",
    "Order summary", "Subtotal", "Shipping", "Estimated tax", "Total", "Payment method", "Billing address",
    "Shipping address", "Same as billing address", "Save for later", "Remove", "Edit", "Update cart", "Quantity",
    "Select a size", "Select a colour", "Choose your color", "Only available online", "Available in store",
    "Pick up in store", "Find a store", "Store locator", "Contact us", "Customer service", "Help centre", "FAQ",
    "Shipping & returns", "Privacy policy", "Terms of service", "Cookie settings", "Accept all cookies",
    "Reject all", "Manage preferences", "We use cookies to improve your experience", "About us", "Careers",
    "Our story", "Sustainability", "Gift cards", "Refer a friend and you both get {price}", "Student discount",
    "Unsubscribe", "Manage your email preferences", "You have been unsubscribed", "You're all set",
    "Thanks for signing up!", "Thanks for your order", "Your order has shipped", "Your order is on its way",
    "Your order has been delivered", "Order confirmed", "We've received your return", "Your refund has been processed",
    "Payment successful", "Password reset email sent", "Check your inbox to confirm your email",
    "Made from 100% organic cotton", "Machine washable", "Dishwasher safe", "Fits true to size",
    "Model is 5'9\" and wears a size S", "Relaxed fit with a dropped shoulder", "Water-resistant up to 50 metres",
    "Handmade in Portugal", "Ethically sourced materials", "Vegan leather", "Recycled polyester shell",
    "Lifetime warranty", "{n}-year warranty included", "Free gift wrapping available", "Add a gift message",
    "Gift wrap for {price}", "Add gift wrapping?", "Protection plan available", "Add a protection plan for {price}",
    "Add {add}", "Would you like to add {add}?", "Extended warranty: {price} (optional)", "Frequently bought together",
    "Customers also viewed", "Customers also bought", "Customers who bought this also bought", "People also searched for", "You may also like", "Recommended for you", "Recently viewed", "Complete the look",
    "Best sellers", "Top rated", "Staff picks", "Editor's choice", "Trending now", "Back in stock",
    "Just dropped", "Coming soon", "Pre-order now", "Ships in {n} weeks", "Delivery in {n}-{n} business days",
    "Order by 2pm for same-day dispatch", "Estimated delivery: Thursday", "Free standard shipping",
    "Express shipping {price}", "Click and collect", "Buy now, pay later with Klarna", "Pay in 4 interest-free installments",
    "Secure checkout", "We accept Visa, Mastercard and PayPal", "Price match guarantee", "Need help? Chat with us",
    "Questions? Call us at 1-800-555-0199", "Live chat", "Rated excellent on Trustpilot", "As seen in Vogue",
    "Join our loyalty program and earn points on every purchase", "Earn {n} points with this purchase",
    "Members earn 1 point per dollar", "You have {big} points", "Redeem your points at checkout",
    "Your plan renews at {price}/month. Cancel anytime in Settings.",
    "Start your {n}-day free trial. After the trial it's {price}/month; cancel anytime online.",
    "Subscribe for {price} a month, billed monthly. Cancel online anytime.",
    "You can cancel your subscription at any time from your account page.",
    "Cancel anytime in two clicks", "No commitment, cancel anytime", "Manage or cancel your subscription in My Account",
    "Your subscription will renew on March 3 at {price}. You can turn off auto-renew in Settings.",
    "Skip a month or cancel whenever you like", "Pause your subscription", "Change plan", "Downgrade plan",
    "Cancel subscription", "Yes, cancel my subscription", "Keep my subscription", "Your subscription has been cancelled",
    "Our spring sale runs until March 31", "Sale prices valid while the promotion lasts", "Prices include VAT",
    "Prices shown exclude shipping", "Shipping costs are calculated at checkout based on your address",
    "Returns are free within 60 days", "Hello {name}, thanks for shopping with us", "Hi {name}!",
    "We hope you love your new {p}", "How did we do? Leave a review", "Tell us what you think",
    "We'd love your feedback", "Your opinion helps other shoppers", "Questions about sizing? We're here to help",
    "Stay dry on your next hike", "Meet the new {p}", "Introducing our lightest {p} yet",
    "Designed in Copenhagen, made to last", "Soft, breathable and easy to care for", "A wardrobe staple",
    "Perfect for everyday wear", "Crafted from sustainably grown wood", "Our most comfortable {p} ever",
    "The {p} you'll reach for every day", "New colours just landed", "Spring is here - see what's new",
    "Summer essentials", "Everything you need for the beach", "Gifts for her", "Gifts under {price}",
    "The holiday gift guide is here", "Find the perfect gift", "Treat yourself", "Because you deserve comfort",
    "Make your home cosy this winter", "Cook like a pro with our new {p}", "Sleep better on our {p}",
    "Take {pct}% off your first order when you sign up", "Get {pct}% off your first order",
    "Sign up and get {pct}% off", "Join our newsletter for news and offers", "Be the first to know about new drops",
    "No spam, unsubscribe anytime", "We respect your privacy", "We'll never share your email",
    "By signing up you agree to our Terms and Privacy Policy", "I agree to the terms and conditions",
    "Yes, send me emails about new products", "I'd like to receive offers by email (optional)",
    "Keep me signed in", "Remember me", "Forgot your password?", "Show password", "Verify your email address",
    "Enter the code we sent to your phone", "Two-factor authentication enabled", "Update your payment details",
    "Your card ending in 4242 expires soon. Update it to avoid interruption.", "Your payment was declined",
    "Please check your card details and try again", "Something went wrong. Please try again.",
    "Page not found", "Loading...", "Search products", "Filter", "Sort by: Featured", "Price: low to high",
    "Showing 24 of {big} results", "Load more", "Reset filters", "Clear all", "Apply filters",
    "Color: Navy", "Size: M", "Material: Cotton", "Dimensions: 40 x 30 x 15 cm", "Weight: 1.2 kg",
    "SKU: AB-{n}{n}{n}{n}", "Model number {n}{n}{n}", "Product details", "Specifications", "Care instructions",
    "Delivery & returns", "Ask a question", "{big} questions answered", "Was this review helpful?",
    "Verified purchase", "Great quality, fast delivery", "Runs a bit small, size up", "Love the colour!",
    "Exactly as described", "Comfortable and warm", "Would buy again", "Good value for the price",
    "Arrived on time and well packaged", "Not as pictured", "The strap broke after a month",
    "Thank you for contacting us. We'll reply within 24 hours.", "Your ticket number is {n}{n}{n}{n}",
    "An agent will be with you shortly", "We're sorry for the inconvenience", "Here's how to return an item",
    "Print your return label", "Drop it off at any post office", "Your refund will appear in 5-7 business days",
    "We've updated our privacy policy", "Read our accessibility statement", "Download our app",
    "Get the app for faster checkout", "Scan the QR code to download", "Follow us on Instagram",
    "Share on Facebook", "Copy link", "Email a friend", "Save to Pinterest", "Our stores are open 9am to 9pm",
    "Closed on public holidays", "Store hours may vary", "Book an appointment", "Book a free consultation",
    "Reserve a table", "Check availability", "Select dates", "{n} guests", "Free cancellation until 48 hours before check-in",
    "Non-refundable rate", "Breakfast included", "Pay at the property", "Room with a view", "Flexible booking",
    "Your booking is confirmed", "Add travel insurance (optional)", "Choose your seat", "Seat selection {price}",
    "Baggage allowance: 1 carry-on bag", "Economy", "Business class", "Nonstop", "1 stop",
    "Price per person", "Total includes taxes and fees", "All fees included in the price shown",
    "The price you see is the price you pay", "No hidden fees", "Delivery fee {price}, shown before you pay",
    "A {price} delivery fee applies to orders under {price}", "Standard shipping is {price}",
    "Our winter sale ends Sunday, November 30", "The sale runs through Monday", "Offer valid until 31 December",
    "Valid on full-price items only", "Cannot be combined with other offers", "Exclusions apply", "See terms",
    "While our summer collection is here, enjoy free shipping", "Members get early access to the sale",
    "Earn double points this weekend", "Happy birthday! Here's {pct}% off, valid for 30 days",
    "We miss you! Here's {pct}% off your next order", "It's been a while - see what's new",
    "Thanks for being a customer since 2019", "Your wishlist item is now on sale", "Price drop on an item you saved",
    "The {p} you viewed is back in stock", "Items in your cart", "You left something in your cart",
    "Your cart is waiting", "Still thinking it over? Your cart is saved", "Complete your purchase whenever you're ready",
    "Take your time - your cart will be here", "No pressure, just a friendly reminder", "Questions before you buy? Reply to this email",
    "Reply STOP to opt out", "Text HELP for help", "Msg & data rates may apply", "You're receiving this because you subscribed",
    "Update your preferences or unsubscribe", "View in browser", "Our address: 12 Market Street, Portland, OR",
    "Please do not reply to this email", "Sent with care from the team", "Best regards, The Team", "Cheers, the crew",
    "Free samples with every order", "Free gift with orders over {price}", "Buy one, get one 50% off",
    "Bundle and save {pct}%", "Save more when you buy {n}", "Volume discounts available", "Wholesale enquiries",
    "Trade customers: log in for trade prices", "Sign in to see your order history",
    "Create an account to track orders and save your details", "Checkout faster with an account",
    "Guest checkout available", "You don't need an account to order", "Already have an account? Sign in",
    "Don't have an account? Sign up", "Enter your postcode to check delivery", "Check stock in your local store",
    "{n} stores have this in stock", "Available at {n} stores near you", "Limited edition print, numbered and signed",
    "Hand-numbered edition of 500", "Seasonal flavour, available through December", "Made in small batches",
    "Our bestselling {p}, now in new colours", "Customer favourite", "Over 10,000 five-star reviews",
    "Loved by our customers since 1998", "Award-winning design", "Certified organic", "Cruelty-free",
    "Dermatologist tested", "Clinically proven to hydrate for 24 hours", "Suitable for sensitive skin",
    "Free from parabens", "Gluten-free", "Contains nuts", "Store in a cool, dry place", "Best before: see lid",
    "Recyclable packaging", "Plastic-free delivery", "Carbon-neutral shipping", "We plant a tree for every order",
    "Donate to our charity partner at checkout (optional)", "Round up your order for charity?",
    "Choose your delivery day", "Leave parcel in a safe place", "Delivery instructions", "Apartment, suite, etc.",
    "Phone number (for delivery updates)", "Email (for your receipt)", "Order notes", "Promo code applied: {pct}% off",
    "This code has expired", "Invalid code", "Code applied", "You saved {price}", "You're {price} away from free shipping",
    "Spend {price} more for free shipping", "Free shipping unlocked!", "Your order qualifies for free shipping",
    "Welcome back, {name}", "Good morning!", "Thanks for stopping by", "Enjoy your weekend",
    "Get ready for the holidays with our gift guide", "Stock up on essentials", "Back to school: shop supplies",
    "Our guide to choosing the right {p}", "How to care for your {p}", "5 ways to style a denim jacket",
    "Recipe: easy weeknight pasta", "Tips for a better night's sleep", "Behind the scenes at our workshop",
    "Meet the makers", "A note from our founder", "We're hiring!", "Visit our new store in {city}",
    "Join us for a launch party in {city}", "Event: free yoga class Saturday", "RSVP", "Learn how we source our cotton",
    "Your privacy matters to us", "You can change your cookie preferences at any time",
    "Data is processed in accordance with our privacy policy", "We never sell your data",
    "Protect your purchase with our optional {n}-year warranty", "Worried about damage? Add optional coverage",
    "Returns are easy: start one from your account", "Exchanges are free", "Need a different size? Exchange for free",
    "If it doesn't fit, send it back", "Satisfaction guaranteed", "Money-back guarantee within 30 days",
    "Limited stock of sale items; sizes may vary by store", "Some sizes are unavailable online",
    "This item is final sale", "Final sale - no returns", "Personalised items cannot be returned",
    "Online exclusive", "Exclusive to members", "Join for free to get member prices", "Membership is free",
    "Already a member? Sign in for your discount", "Rewards members save an extra {pct}%",
    "It's our anniversary! Enjoy {pct}% off all week", "Happy holidays from all of us",
    "Our hours over the holidays", "Order by December 18 for Christmas delivery", "Last order date for Christmas delivery: Dec 20",
    "Shipping deadlines for holiday delivery", "Cut-off for next-day delivery is 9pm",
]


def generate(seed: int = 7, per_template: int = 6) -> list[tuple[str, str]]:
    """Labelled training lines: every template filled ``per_template`` times, in a few surface forms."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []

    def forms(s: str) -> list[str]:
        variants = [s]
        variants.append(s.upper() if rng.random() < 0.1 else s.lower() if rng.random() < 0.3 else s)
        if not s.endswith(("!", ".", "?")):
            variants.append(s + rng.choice(["!", ".", "", " >", " →"]))
        return variants

    for label, templates in [*T.items(), ("none", NEG)]:
        for t in templates:
            seen = set()
            for _ in range(per_template):
                s = _fill(t, rng)
                if s in seen:
                    continue
                seen.add(s)
                for v in forms(s):
                    out.append((v, label))
    # combinations: a negative sentence followed by a positive one keeps the positive label
    pos = [(s, lab) for s, lab in out if lab != "none"]
    neg = [s for s, lab in out if lab == "none"]
    for _ in range(len(pos) // 3):
        s, lab = rng.choice(pos)
        out.append((rng.choice(neg) + " " + s, lab))
    for _ in range(len(neg) // 3):
        out.append((rng.choice(neg) + " " + rng.choice(neg), "none"))
    out.extend(_other_languages(seed))  # v12
    out.extend(_round12(seed))  # v13
    out.extend(_round13(seed))  # v14
    out.extend(_round14(seed))  # v15
    out.extend(_round20(seed))  # v18
    rng.shuffle(out)
    return out


# requests to the copywriter and house-style rules (the classifier also reads requests)
NEG_INSTRUCTIONS = [
    "Write a short win-back email for {name}, who bought a {p} last year",
    "Write a friendly product announcement for our new {p}", "Keep it under 120 words",
    "Use a warm, plain, confident voice", "Mention the free returns policy", "Do not invent deadlines or stock levels",
    "Never invent discounts, deadlines or stock levels that are not given to you", "Do not pressure the reader",
    "Avoid guilt trips, fear appeals and fake urgency", "Every message must make it easy to unsubscribe",
    "Sign off as The Team", "Write an SMS about our spring sale, which ends {day}", "Our sale ends Sunday at midnight",
    "We have {n} units left in the warehouse", "Stock check: {n} left in the Portland store",
    "Write a reminder that the event is on Saturday", "Draft a thank-you note for {name}'s order",
    "Summarise this customer review in one sentence", "Translate this product description into French",
    "Write three subject lines for the newsletter", "Make the tone more playful", "Rewrite this to be shorter",
    "Include the price and how to cancel", "State the renewal price clearly", "Explain how to cancel online",
    "The trial is {n} days, then {price} a month", "Write an apology for the late delivery",
    "Reply to a customer asking about sizes", "Write a welcome email for new members of our loyalty program",
    "Describe the {p} in two short paragraphs", "Mention at most one product", "Use the customer's first name once",
    "Write in US English", "Avoid exclamation marks", "Don't make claims we can't back up",
    "If the request conflicts with these rules, follow the rules", "The audience is busy parents",
    "Highlight the lifetime repair program", "Our brand voice is calm and honest", "No emojis please",
    "Give me a headline for the {p} page", "List three benefits of the {p}", "Write alt text for the product photo",
    "Write a post for Instagram about our new store in {city}", "Create a survey invitation email",
    "Write an order confirmation message", "Write a back-in-stock notification for the {p}",
    "Tell customers about the price increase from March 1 in a clear, respectful way",
    "Let subscribers know their plan renews next week at {price}", "Write copy for the unsubscribe confirmation page",
    "Write a decline button label that is neutral, like 'No thanks'", "Make the opt-out as easy as the opt-in",
]
NEG.extend(NEG_INSTRUCTIONS)

# more ordinary copy: opt-outs, help, editions, questions (calm wording that shares words with
# the pressure categories)
NEG.extend([
    "Not interested anymore? Unsubscribe here", "Prefer fewer emails? Update your preferences",
    "Don't want these texts? Reply STOP", "Prefer not to receive texts? Reply STOP to opt out",
    "Questions? Our team is here to help 7 days a week", "Need help? We're here for you",
    "Having trouble? Contact our support team", "Call us if you have any questions about your order",
    "Our phone line is open 9am to 5pm", "Speak to a stylist for free", "Chat with our experts",
    "Limited edition of {big} prints, signed by the artist", "Numbered limited edition", "Limited edition colourway",
    "A limited run of handmade mugs", "Small-batch roast, available while the season lasts",
    "Not sure which size? Try our fit finder", "Not ready to buy? Save it to your wishlist",
    "Don't forget your receipt", "Don't forget to water your new plant", "Don't miss our spring catalogue",
    "Missed a delivery? Reschedule online", "Lost your password? Reset it here", "Don't have a code? No problem",
    "We're sorry to see you go. Your subscription is cancelled.", "You've been unsubscribed and won't hear from us again",
    "You can resubscribe at any time", "Changed your mind? You can undo this", "Family-owned since 1972",
    "Perfect for the whole family", "Kids love it", "Safe for children over 3", "Keep out of reach of children",
    "Protect your skin with SPF 50", "Protect your floors with felt pads", "Keep your data safe with two-factor authentication",
    "Your account is secure", "Back up your photos automatically", "Your files are stored in the EU",
    "Your points never expire", "Points expire 12 months after they are earned", "Coupons expire on the date shown",
    "This gift card does not expire", "The event starts at 7pm", "Doors open at 6", "Tickets from {price}",
    "Seats are allocated on arrival", "Rooms from {price} per night", "Book direct for the best rate",
    "Stock levels are updated every hour", "Check stock before you travel", "Item is in stock at your local store",
    "Handling time: 1-2 days", "All prices include taxes and delivery", "Customs fees may apply to international orders",
    "Import duties are included in the price", "A small-order fee of {price} applies to orders under {price}, shown in your basket",
    "Payment processing is secure and encrypted", "Free trial details: {n} days free, then {price}/month, cancel anytime in Settings",
    "Create an account to save your wishlist (optional)", "Sign up to get early access to new products",
    "Enter your email to get our newsletter", "Download our app for exclusive offers", "Turn on notifications for order updates",
    "By placing your order you agree to our terms of sale", "We'll email your receipt", "We'll text you when it's out for delivery",
    "Thanks, {name}! We'll be in touch", "Happy shopping!", "See you soon", "Stay warm out there",
])
T["hidden_subscription"].extend([
    "Handling and processing fees apply at checkout", "Additional fees apply at checkout", "Service fees may apply",
    "Plus applicable fees", "Resort fee charged at the property", "Fees and taxes added at the final step",
    "Subscription auto-starts after your sample ships", "Your sample includes a monthly refill plan",
])

# longer ordinary sentences: e-mail bodies, product pages, briefs to a copywriter
NEG.extend([
    "You are the copywriter for {city} Outfitters, a family-run outdoor clothing shop",
    "You write product copy for an online furniture store in a calm, friendly voice",
    "Write in a warm, plain, confident voice and keep sentences short",
    "Brand facts: founded in 1998, lifetime repair program, free returns within 60 days",
    "Products: the trail jacket ($189), the fleece ($79) and the hiking pant ($95)",
    "Format: a subject line on the first line, a blank line, then two short paragraphs",
    "Use the customer's first name once in the greeting and mention at most one product",
    "Do not mention the customer's age, health, family situation, religion or finances",
    "If the request asks for something that conflicts with these rules, follow these rules and say what you changed",
    "It has been a while since your last order, and we wanted to say hello",
    "Your repaired jacket is ready for pickup at our {city} store",
    "Your new {p} is ready to collect from our {city} shop",
    "The {p} has been a favourite with customers this season: it is light, it packs small, and it lasts",
    "If you are planning a weekend away, take a look at the new colours online or drop by our store",
    "Returns are free within 60 days, and members earn one point per dollar",
    "We thought you might like to see what's new in our autumn collection",
    "Your order of the {p} left our warehouse this morning and should reach you on Thursday",
    "We've updated your delivery address as requested",
    "Here is your receipt for order 10{n}{n}{n}; keep it for your records",
    "Your account details were changed on Monday; if this wasn't you, let us know",
    "Thanks for your review of the {p}, we read every one",
    "Our team in {city} packs every order by hand",
    "We're closed on Monday for the bank holiday and back on Tuesday",
    "Your appointment with our stylist is confirmed for Saturday at 11am",
    "The {p} comes in three sizes and five colours, and ships free",
    "Your subscription box ships on the 15th of every month; you can skip or cancel in your account",
    "We noticed your card expires next month, so you may want to update it before your next order",
    "We're raising the price of the monthly plan to {price} from March 1; nothing changes before then",
    "We're sorry your parcel arrived damaged; a replacement is on its way at no cost",
    "Your loyalty balance is {big} points, which you can use on anything in store",
    "Here are three ideas for your next weekend hike, with maps and gear lists",
    "The workshop is free for members and costs {price} for everyone else",
    "Our winter catalogue is out now, with new boots, fleeces and gifts for the whole family",
    "Every purchase supports our repair program, which has fixed thousands of jackets since 1998",
    "You're receiving this email because you signed up at our store",
    "We hope the {p} is keeping you warm, and we'd love to hear how it's working for you",
    "Write a short win-back email for {name}, who bought a {p} 14 months ago and has not ordered since",
    "Write an SMS for members about the members' evening on Thursday, with the address and time",
    "Draft a product description for the {p}, about 80 words, highlighting that it is waterproof",
    "Write a polite reminder that the invoice for order 5{n}{n} is due on the 30th",
    "Create a newsletter intro about our new store opening in {city} next month",
    "Rewrite the following paragraph so it sounds friendlier and less formal",
    "Never invent discounts, deadlines or stock levels that are not given to you",
    "Every message must make it easy to unsubscribe and must not pressure the reader",
    "Keep it honest: no fake urgency, no guilt, no fear",
    "Avoid exclamation marks in more than one sentence",
])

NEG.extend([
    "Need to cancel?", "Want to cancel?", "Need to cancel? Visit your account page", "Thinking of cancelling? Here's how",
    "Need to cancel? Reply CANCEL or visit your account page", "Want to pause instead?", "Need to return something?",
    "Need help with your order?", "Moving house?", "Changed your mind?", "Questions?", "Still deciding?",
    "Customer {name} wrote: 'My {p} broke after two months, this is the second time, I am really annoyed'",
    "A customer wrote in: the zip on her {p} broke and she is upset; write a kind reply offering a repair",
    "Write a product recommendation email for {name}, who browsed {p}s last week",
    "Write a recommendation email for a customer who looked at rain jackets and hiking boots",
    "Reply to {name}, who says the {p} arrived late and wants a refund",
    "The customer is unhappy that the delivery was late; apologise and explain the refund",
    "Summarise this complaint for the support team: the {p} stopped working after a week",
])

NEG.extend([
    "If you decide it's not for you, returns are free for {n}0 days", "Not for you? Returns are free for 60 days",
    "Try it at home: free returns for {n}0 days", "Free exchanges for {n}0 days", "Wear it for 30 days; if you don't love it, send it back",
    "Order by December 18 to get your gifts before Christmas", "Order by Friday for delivery on Monday",
    "Order before 3pm for next-day delivery", "Place your order by the 20th for delivery before the holidays",
    "Cancel online in a minute, no calls needed", "Cancel online anytime, no phone call needed",
    "Decided it's not for you? Cancel online in a minute", "You can cancel in the app in a couple of taps",
    "Cancelling is easy: go to Account, then Subscription, then Cancel", "No calls, no forms: cancel online",
    "Cancel by replying CANCEL to any text", "Call us if you'd rather cancel by phone; online works too",
])

# --- round 2: broader ordinary copy from other shop types, and more ways to phrase the rarer kinds
NEG.extend([
    # travel, food, games, software, finance, tickets, beauty, pets, groceries
    "Your flight departs at 0{n}:{min} from Terminal {n}", "Check-in opens 24 hours before departure", "Gate closes 20 minutes before departure",
    "Seats in this row recline less", "Window seat", "Aisle seat", "Extra legroom seats cost {price}", "Hotel amenities: pool, gym, free Wi-Fi",
    "Your room is ready from 3pm", "Late checkout available on request", "Breakfast is served from 7 to 10", "City tax payable at the hotel",
    "This recipe serves {n} and takes {min} minutes", "Low-sugar recipe, high in fibre", "Contains gluten and milk", "Keep refrigerated",
    "Serve chilled", "Pairs well with grilled fish", "Roasted in small batches every Tuesday", "Tasting notes: cherry, cocoa, hazelnut",
    "Game update adds two new maps and a ranked mode", "In-game purchases optional", "Your streak: {n} days", "Level {n} unlocked",
    "Achievement unlocked: first win", "Your daily reward is ready", "Cloud saves are on", "Controller supported",
    "Your workspace has {n} members", "Invite your team", "Upgrade plan", "Compare plans", "See pricing", "Most popular",
    "Recommended", "Best value", "Billed annually", "Starter, Pro and Business plans", "Export to CSV", "Dark mode is here",
    "Your balance is {price}", "Transfer sent", "Your statement is ready", "Interest rate: 4.1% AER variable",
    "Your card has been frozen as requested", "Set up a savings goal", "Round-ups are on", "Tap to pay",
    "Your tickets have been emailed to you", "Doors open at 7pm, show starts at 8", "Seated and standing tickets available",
    "Tickets are non-transferable", "Show your e-ticket at the door", "Age 18+ only, ID required",
    "Dermatologist approved for daily use", "Apply to clean, dry skin", "Shade finder", "Free samples in every order",
    "Grain-free recipe for adult dogs", "Feeding guide on the back of the pack", "Vet-approved ingredients",
    "Fresh fruit and veg delivered weekly", "Substitutions: allow or decline", "Delivery slot booked for Saturday 9-10am",
    "Your basket is empty", "Your bag is empty", "Your wishlist is empty", "No results found", "Try a different search",
    "This item is currently unavailable", "Temporarily out of stock", "Discontinued", "Available in 3 colours",
    "Bestseller in Kitchen", "#1 Bestseller", "Top pick", "Highly rated", "Amazon's Choice", "Award winner 2024",
    "Need a hand? Call us on 0800 {n}{n}{n} {n}{n}{n} between 9 and 5", "Opening hours: Mon-Sat 9-6",
    "Your {n}-day trial ends on {n} June; after that it's {price}/month unless you cancel in Settings",
    "Sale: up to {pct}% off selected lines", "Up to {pct}% off", "Selected lines only", "Offer applies to full-price items",
    "The promo runs from 1 to 14 March", "Valid until 30 April", "Prices valid in store and online",
    "Tap to see nutritional info", "Tap to expand", "Swipe for more", "Scroll down for details", "Continue to payment",
    "Continue to delivery", "Review your order", "Place order", "Pay now", "Confirm and pay", "Go to checkout",
    "No thanks, just browsing", "Just looking, thanks", "I'll decide later", "Skip for now", "Not right now", "Ask me later",
    "We've emailed your tickets to you", "We've sent a confirmation to your inbox", "We'll let you know when it ships",
    "Your reservation is confirmed", "Your table for {n} is booked for Friday at 7pm", "Your parcel is with the courier",
    "Hand-thrown in our studio; each piece is slightly different", "Each candle burns for about 40 hours",
    "Our team tests every product before it goes on sale", "Designed for small spaces", "Assembly takes about 20 minutes",
    "Free assembly with delivery", "Old mattress removal available", "Delivery to your room of choice",
])
T["hard_to_cancel"].extend([
    "Cancelling? Please visit your nearest branch with photo ID", "Online cancellation isn't supported; email us and allow 10 business days",
    "You can't cancel from the app - call us during office hours", "To leave, speak with an advisor on our helpline",
    "Cancellations are handled by our member team only, by phone", "The app doesn't let you cancel; contact us instead",
    "Cancel by sending us a signed form by post", "To close your account, book a call with our team",
    "Cancellation requests by email take up to 30 days to process", "You'll need to call us to end your contract",
])
T["hidden_subscription"].extend([
    "A small eco fee of {price} has been included in your total", "A {price} packaging fee is included in your total",
    "You've also been signed up for our {club} - first box ships next week", "Congrats! You're now a member of {club}",
    "Your trial becomes an annual plan unless you opt out", "A tip of {pct}% has been added to your order",
    "Service and facility charges added at payment", "Convenience fee included", "Card surcharge applied",
    "We've enrolled you in auto-delivery every 30 days", "Your order is set to repeat monthly",
])
T["pressured_upsell"].extend([
    "Add accident cover - most owners do", "Keep my order protected ({price})", "Don't leave your {p} unprotected - add cover for {price}",
    "Protect it now - you'll thank yourself later", "Upgrade your seat? Almost everyone on this flight did",
    "Premium delivery ({price}) selected for you", "Yes, I want fast delivery (recommended)", "Add insurance? Most travellers do",
    "We recommend adding {add} - it's what most people choose", "Be safe: add {add}", "Tick here if you'd prefer not to miss out on offers",
])
T["fake_scarcity"].extend([
    "Stock is flying off the shelves", "Low availability for your dates", "Only a couple left", "Nearly out in Large",
    "Availability is limited for these dates", "Few rooms left for your dates", "Selling like hot cakes", "Disappearing fast",
])
T["confirmshaming"].extend([
    "Close and forfeit my welcome gift", "Close and lose my discount", "No, I'll give up my reward", "Decline my free gift",
    "I don't want my bonus", "Leave and lose my {pct}% off", "Exit and miss my exclusive deal",
])

# --- round 3: assistant and support replies (what a gateway mostly sees on output)
_REPLY_OPEN = ["Of course", "Sure", "Certainly", "Absolutely", "No problem", "Happy to help", "Thanks for asking",
               "Good question", "I understand", "Sorry about that", "Thanks for your patience", "Got it", "Great news"]
_REPLY_BODY = [
    "I can pass you to a colleague by email", "I can connect you with a colleague", "a member of our team will email you shortly",
    "I've forwarded your request to our support team", "you can reach us by email at any time", "I'll send you an email with the details",
    "I can help you with that", "here is what I found", "your order number is {n}{n}{n}{n}{n}", "your parcel is on its way",
    "the {p} should arrive within {n} working days", "I've updated your address", "your refund has been approved",
    "I've cancelled the order for you", "you won't be charged", "you can change this in your account settings",
    "the store in {city} opens at 9am", "we can repair it for free under warranty", "I've added a note to your account",
    "you'll get a confirmation email in a few minutes", "the tracking link is in your inbox", "let me check that for you",
    "I'll look into it right away", "please reply to this email with a photo", "could you share your order number",
    "here's a summary of your booking", "the reservation is for {n} people on Friday", "your appointment is confirmed",
    "our team is available by phone from 9 to 5", "you can also chat with us in the app", "I've sent the invoice to your email",
    "the item is back in stock", "this size runs small, so you may want to size up", "the {p} is machine washable",
    "I'm passing this to a colleague who will reply by email", "a person from our team will call you back tomorrow",
    "your subscription renews on the 3rd and you can cancel in Settings", "you can unsubscribe with one click",
    "you can pay by card or PayPal", "I can't see any charge on your account", "the discount code has been applied",
    "the event starts at 7pm", "there's free parking behind the store", "you can return it in any of our stores",
    "we'd be glad to exchange it", "you can keep the old one", "I've arranged a free collection",
    "the password reset link is valid for one hour", "your account is now verified", "I've merged your two accounts",
]
_REPLY_CLOSE = ["", " Let me know if there's anything else.", " Is there anything else I can help with?", " Have a great day!",
                " Thanks for your patience.", " Best wishes.", " I hope that helps."]
for _o in _REPLY_OPEN:
    for _b in _REPLY_BODY:
        NEG.append(_o + ", " + _b + "." + _REPLY_CLOSE[(len(_o) + len(_b)) % len(_REPLY_CLOSE)])
for _b in _REPLY_BODY:
    NEG.append(_b[0].upper() + _b[1:] + ".")

# numbers in ordinary text: specs, measurements, steps, versions, prices, dates
_SPEC = ["Step {n} of {n}", "Page {n} of {n}", "Version {n}.{n}.{n}", "Measured at {n}.{n} ms on {n} cores",
         "{n} x {n} x {n} cm", "Weight {n}.{n} kg", "Battery lasts up to {n} hours", "Charges in {min} minutes",
         "Serves {n}-{n}", "{n} items in your order", "{n} results for 'jacket'", "Showing {n}-{n} of {big}",
         "Order #{big}{n}", "Ref: {n}{n}{n}-{n}{n}{n}", "{pct}% cotton, {n}% elastane", "Water resistant to {n}0 m",
         "{n}GB storage, {n}GB RAM", "{n}-pack", "Pack of {n}", "{big} mAh battery", "Fits {n} to {n} year olds",
         "Ages {n}+", "Room {n}{n}{n}, floor {n}", "Platform {n}", "Seat {n}{n}A", "Flight {n}{n}{n}{n} to {city}",
         "Table for {n} at {n}pm", "{n} nights, {n} adults", "Opening hours {n}am to {n}pm", "Call 0{n}{n}{n} {n}{n}{n} {n}{n}{n}",
         "p50 {n}.{n} ms, p99 {n}.{n} ms", "{big} requests per second", "{n} threads, {big} per second",
         "Last updated {n} minutes ago", "Posted {n} hours ago", "Delivered {n} days ago", "Member since 20{n}{n}",
         "{n} of {n} people found this review helpful", "Rated {n}.{n} out of 5 by {big} customers", "{big} ratings",
         "{n} colours available", "{n} sizes in stock", "Available in {n} stores", "Ships from {city} in {n}-{n} days",
         "Total: {price} ({n} items)", "You saved {price} on {n} items", "{n} points added to your account",
]
for _t in _SPEC:
    NEG.append(_t)
    NEG.append(_t)
# headings and one-word labels
NEG.extend(["Input", "Output", "Speed", "Normalisation", "Overview", "Details", "Summary", "Notes", "Settings",
            "Profile", "Orders", "Returns", "Payments", "Security", "Notifications", "Language", "Help",
            "Description", "Reviews", "Shipping", "Ingredients", "How to use", "What's included", "Specifications"])

# neutral declines and plain offers, repeated: as common in real interfaces as their shaming cousins
for _t in ["No thanks", "No, thanks", "No thank you", "Not now, thanks", "No thanks, maybe later", "No thanks, close",
           "No thanks, continue", "No thanks, take me to checkout", "No thanks, I'm just browsing", "No thanks, continue shopping",
           "No thanks, skip", "No, continue without an account", "No thanks, I already have an account",
           "No thanks, I'll decide later", "No thanks, not right now", "No thanks, I'm all set", "Decline",
           "Get {pct}% off!", "{pct}% off!", "Save {pct}%!", "Get {pct}% off your order", "Take {pct}% off today's order",
           "Enjoy {pct}% off", "Get free shipping!", "Get a free tote with any order", "Treat yourself!"]:
    NEG.extend([_t] * 3)

# --- round 3: combinatorial phrasings of the rarer kinds ---------------------------------------
_GATES = ["Enable location", "Turn on notifications", "Finish the tutorial", "Sign up", "Log in", "Register",
          "Create an account", "Create your free profile", "Verify your phone", "Enter your email", "Share your contacts",
          "Connect your contacts", "Link your Facebook account", "Install the app", "Accept all cookies",
          "Complete your profile", "Invite {n} friends", "Watch an ad", "Rate us 5 stars", "Subscribe", "Join free",
          "Give us your number", "Allow tracking", "Download the app"]
_GATED = ["to see prices", "to see today's deals", "to see the price", "to see restaurants", "to unlock the shop",
          "to continue reading", "to read this article", "to view the full offer", "to reveal your discount",
          "to view fares", "to see the menu", "to see more results", "to keep browsing", "to claim your bonus",
          "to access this page", "to continue", "to unlock checkout", "before you can check out",
          "to view this item", "to get your reward", "to play on"]
_OWN = ["to see your order history", "to see your saved items", "to view your account details", "to check your points balance",
        "to manage your subscription", "to view your tickets", "to read your messages", "to track your parcel"]
_rng = random.Random(11)
for _g in _GATES:
    for _x in _rng.sample(_GATED, 6):
        T["hidden_subscription"].append(f"{_g} {_x}")
        T["hidden_subscription"].append(f"Please {_g[0].lower() + _g[1:]} {_x}.")
        T["hidden_subscription"].append(f"You must {_g[0].lower() + _g[1:]} {_x}")
for _g in ["Sign in", "Log in"]:
    for _x in _OWN:
        NEG.extend([f"{_g} {_x}"] * 2)

_ACTORS = ["{name} from {city}", "{name} in {city}", "Someone in {city}", "A player from {city}", "A customer near you",
           "Someone near you", "{name} ({city})", "A shopper from {city}", "{name}, {city},"]
_DID = ["just bought this", "just ordered", "donated {price}", "just unlocked the Golden Pack", "joined {min} minutes ago",
        "upgraded to Pro", "subscribed {min} minutes ago", "booked this {min} minutes ago", "just claimed this deal",
        "purchased {n} items", "added this to their cart", "left a 5-star review", "just signed up", "saved {pct}%",
        "grabbed the last one", "just reserved a table", "switched {min} minutes ago", "renewed today"]
for _a in _ACTORS:
    for _d in _rng.sample(_DID, 7):
        T["fake_social_proof"].append(f"{_a} {_d}")
_THINGS = ["This offer", "The promo code", "Promo code SAVE20", "Your discount", "The launch price", "The pre-order window",
           "This bundle", "Free delivery", "Your voucher", "The flash sale", "Early-bird pricing", "The member rate",
           "This fare", "Your free upgrade", "The bonus"]
_ENDS = ["stops working at 9pm", "expires at midnight", "closes in {n} days", "ends in {cd}", "shuts Friday",
         "disappears tonight", "vanishes in {min} minutes", "runs out at the end of the day", "is gone after today",
         "won't be back", "ends when the timer hits zero", "is only valid for {min} more minutes", "closes soon"]
for _t in _THINGS:
    for _e in _rng.sample(_ENDS, 6):
        T["false_urgency"].append(f"{_t} {_e}")
        T["false_urgency"].append(f"Hurry, {_t[0].lower() + _t[1:]} {_e}!")
T["false_urgency"].extend(["T-minus {n} days", "Get in quick!", "Only until the timer runs out", "Quick - before it ends",
                           "Tick-tock!", "Countdown: {cd}", "Last call!", "Final call for {pct}% off"])
T["fake_scarcity"].extend(["Rare drop: fewer than {n}0 pieces available worldwide", "Fewer than {n} left", "Under {n} remaining",
                           "Only a handful of units worldwide", "{n} of {n}0 remaining", "Limited run: almost gone",
                           "Only {n} slots remaining", "Only {n} seats left", "Just {n} spots left", "Last few available",
                           "Stock's running low", "Limited spots left", "Few units remain at the old price"])
_GOODS = ["a fast connection", "good health", "the planet", "local farmers", "my family's safety", "my money",
          "winning", "great skin", "the best deals", "free shipping", "my savings", "a tidy home", "my pet's health"]
for _g in _GOODS:
    T["confirmshaming"].extend([f"No thanks, I don't care about {_g}", f"No, I'm OK without {_g}", f"I'd rather not have {_g}",
                                f"Skip - who needs {_g} anyway", f"No, {_g} isn't important to me"])
T["confirmshaming"].extend(["No, I'm OK with a buffering connection", "No, I'm fine with slow internet", "No, I'm happy being unprotected",
                            "No thanks, I'll stay out of shape", "No, I'll keep losing", "Nah, I'll stay slow",
                            "Maybe I don't deserve nice things", "I'll pay more, thanks"])
T["pressured_upsell"].extend([
    "Keep the recommended protection selected", "Keep recommended cover selected", "Skip seat selection and risk being split from your group",
    "Continue with basic (not recommended)", "Continue without cover (not recommended)", "Basic plan (not recommended)",
    "Don't forget cover - nobody wants a broken screen", "Skip insurance and risk paying for repairs yourself",
    "Decline protection and risk it", "Most people choose Premium", "Recommended for you: the Pro plan (most popular)",
    "9 in 10 customers add this", "Add a tip? Most customers tip {pct}%", "Yes, add {add} (most customers choose this)"])
T["hard_to_cancel"].extend([
    "Cancelling online isn't possible. Ring us on {n}{n} {n}{n} {n}{n}", "Online cancellation isn't possible - call us",
    "Account deletion requires contacting support and verifying your identity by phone",
    "To delete your account, contact support and confirm by phone", "Deleting your account requires a call with our team",
    "To close your account, verify your identity in branch", "Cancellation must be requested by phone",
    "Visit your home club in person to cancel", "Cancellation only in person at your club"])
T["hidden_subscription"].extend([
    "Your meal kit will renew weekly unless paused", "Your box renews every month unless you skip it",
    "A small order surcharge has been applied", "A surcharge has been applied to your order", "Surcharge added",
    "You've been upgraded to annual billing", "Your plan has been switched to yearly billing",
    "We've popped a donation of {price} into your cart", "Priority packing ({price}) has been added"])

# numeric tables and lists, neutral app prompts
for _t in ["{big} | {n}.{n}{n}{n} | {n}.{n}{n}{n} | {n}.{n}{n}{n}", "{name} | {big} | {n}.{n} | {n}.{n}", "| {big} | {big} | {big} |",
           "Sizes: 8, 10, 12, 14, 16", "S / M / L / XL", "Mon-Fri 9-5, Sat 10-4", "{n}.{n} ms | {n}.{n} ms | {n} MB",
           "Total {big}, mean {n}.{n}, p99 {n}.{n}", "{big} rows, {n} columns", "Table {n}: results by type",
           "Download the app to track your order in real time", "Download the app to manage your bookings",
           "Get the app to scan your loyalty card", "Continue without signing in", "Continue without an account",
           "Rate your meal", "Rate your order", "Rate your driver", "Rate this article", "Price shown includes all taxes and fees",
           "Your refund of {price} has been issued", "Your refund of {price} is on its way", "Inventory full", "Storage full",
           "This deal is valid until the date shown", "Prices valid until stocks are replenished"]:
    NEG.extend([_t] * 2)

# --- round 4: fees, add-ons and steering in other shop types ------------------------------------
_PEOPLE = ["families", "owners", "travellers", "drivers", "players", "parents", "customers", "shoppers", "guests", "members"]
_COVER = ["the 3-year protection plan", "damage cover", "the full damage waiver", "accident cover", "the care plan",
          "the extended warranty", "premium support", "travel insurance", "screen protection", "the toy protection plan"]
for _p in _PEOPLE:
    for _c in _rng.sample(_COVER, 4):
        T["pressured_upsell"].extend([f"Most {_p} add {_c}", f"Add {_c} (recommended - protects you from a {{price}} excess)",
                                      f"Decline {_c} and accept full liability", f"Skip {_c}? Repairs can cost hundreds",
                                      f"Keep {_c} ticked for peace of mind", f"Are you sure? Most {_p} choose {_c}"])
_FEES = ["An admin fee", "A booking fee", "A service charge", "A handling fee", "A processing fee", "A platform fee",
         "A small-basket fee", "A sustainability contribution", "A card fee", "A convenience fee"]
for _f in _FEES:
    T["hidden_subscription"].extend([f"{_f} applies on all bookings", f"{_f} of {{price}} has been added to your order",
                                     f"{_f} will be added at the final step", f"Plus {_f[2:].lower()}"])
    NEG.extend([f"{_f} of {{price}} applies and is shown in the price", f"{_f} is included in the price shown",
                f"{_f} of {{price}} is shown before you pay"] * 2)
T["hidden_subscription"].extend([
    "Your rental includes a prepaid fuel option ({price})", "Your booking includes {add} ({price})",
    "Every order now comes with our {club} membership ({price}/month)", "Each order includes {club} ({price}/month)",
    "You're now enrolled in {club} at {price} a month", "Orders include a {club} trial that renews at {price}/month"])
T["false_urgency"].extend(["Rates jump after {n} pm - reserve now", "Prices jump after midnight", "Rates rise after today",
                           "Grab the intro rate while it lasts - it's leaving on Monday", "The deal is leaving on Sunday",
                           "Weekend flash: ends Monday 6am sharp", "Ends Sunday at 23:59 sharp", "Offer leaves soon"])
T["fake_social_proof"].extend(["{name} from {city} just grabbed {n} tickets", "{name} in {city} grabbed one {min} minutes ago",
                               "Currently viewed by {big} shoppers", "Being viewed by {big} people", "Viewed {big} times in the last hour"])
_BAD = ["a sore back", "dull skin", "slow wifi", "paying more", "a messy home", "cold dinners", "bad sleep", "boring meals",
        "being out of shape", "tired-looking skin", "high bills"]
for _b in _BAD:
    T["confirmshaming"].extend([f"I'm fine with {_b}, thanks", f"No thanks, I'll live with {_b}", f"No, I enjoy {_b}"])
T["confirmshaming"].extend(["No thanks, my skin can look tired", "No thanks, my dog can eat the cheap stuff",
                            "No, my kids can stay bored", "No thanks, my home can stay cold"])
T["hard_to_cancel"].extend(["Plans can only be cancelled via your account manager", "Cancellation only through your account manager",
                            "Our online portal doesn't support cancellations; email our team and allow {n}0 business days",
                            "Cancellations aren't supported online - email us and allow up to {n}0 days",
                            "Downgrades and cancellations must go through your account manager"])
NEG.extend(["Left-handed version available", "Vegan version available", "Large-print version available", "Wide fit available",
            "Please create an account to manage recurring prescriptions", "Create an account to manage your subscriptions",
            "Create an account to save your address", "Free trial: {n} days, no card needed", "No card needed for the trial",
            "Young driver surcharge applies to drivers under 25 and is shown in the price"] * 2)

# --- after the freeze: plain calls to action with a time word (false positives found by the
# shipped policy tests, not by the evaluation sets): "Try it today.", "Treat yourself this week."
_CTA = ["Try it today", "Try it now", "Try one today", "Give it a try", "Try it in store", "Try it on in store",
        "Try the new {p} today", "Treat yourself to something comforting this week", "Treat yourself this weekend",
        "Say hello to the whole team today", "Say hello to our new {p}", "Come and see us today", "Visit us today",
        "Drop by this week", "Take a look today", "See it in store this week", "Pop in this weekend",
        "Enjoy your new {p} today", "Start your week with something new", "Find yours today",
        "Spring is here, and so is our new {p}", "Meet the team today", "Say hi to {name}, our new store manager",
        "Catch up with us this week", "Discover the collection today", "Have a lovely week", "Enjoy the weekend"]
for _t in _CTA:
    NEG.extend([_t] * 3)


# --- round 5: misdirection by framing the choice (the option the shop wants is praised or
# pre-ticked, the other is described by what it loses) -------------------------------------------
_EXTRAS = ["priority boarding", "seat selection", "the insurance", "room insurance", "breakdown cover",
           "the premium plan", "express delivery", "the protection plan", "gift wrap", "extra legroom",
           "the data add-on", "the care package", "fast-track entry", "the damage waiver", "the Plus tier"]
_LOSSES = ["no refund if plans change", "no view guarantee", "no support", "pay in full if anything goes wrong",
           "no cover if it breaks", "you may be seated apart", "slower delivery, no tracking",
           "risk losing everything", "full price if you cancel", "no protection"]
for _e in _EXTRAS:
    _l = _rng.choice(_LOSSES)
    T["pressured_upsell"].extend([
        f"Keep {_e} selected - almost everyone does", f"Keep {_e} (chosen by {{pct}}% of customers)",
        f"{_e[0].upper() + _e[1:]} is already selected for you", f"We've pre-selected {_e} for you",
        f"Continue without {_e} ({_l})", f"Continue with the basic option ({_l})",
        f"Decline {_e} and {_l}", f"Remove {_e} and accept the risk", f"No {_e} - I accept {_l}",
        f"Yes, add {_e} (recommended)", f"Add {_e} - recommended for you", f"Upgrade to {_e} (best choice)",
        f"Stick with standard ({_l})", f"Go without {_e}? You'll have {_l}"])
    NEG.extend([f"Add {_e} for {{price}}", f"{_e[0].upper() + _e[1:]} is optional",
                f"Choose whether to add {_e}", f"{_e[0].upper() + _e[1:]}: {{price}} (optional)",
                f"You can add {_e} later", f"Continue without {_e}", f"No {_e}", f"Skip {_e}",
                f"{_e[0].upper() + _e[1:]} is not included"] * 2)
NEG.extend(["Continue to payment", "Continue with standard delivery", "Standard seats are free",
            "Choose your seat", "Compare plans", "Basic plan: {price}/month, Premium: {price}/month",
            "Review your basket", "Change your selection", "Select an option to continue"] * 3)
# neutral ways to decline and fees disclosed up front (false positives of the round-5 model on dev)
NEG.extend(["I'll think about it", "Let me think about it", "I'll decide later", "Not today",
            "No thanks, I'll decide later", "I'll come back later", "Decide later",
            "A {price} service fee supports the app; it's shown before you pay",
            "A {price} booking fee keeps the site running and is shown before you pay",
            "The {price} delivery fee is shown before you pay"] * 3)


# --- round 6: other sectors and voices (pharmacy, garden, bikes, courses, resale, energy, telecom,
# gyms, pets, travel, software, books, events, charities), UK and US spelling, short UI strings,
# button labels and decline links; and honest facts stated plainly (fees disclosed with their
# amount, opening hours and time ranges, sale periods with a date, trials with their terms, plain
# stock counts, metrics) as negatives. Written for Candor from scratch, like everything above.
_R6 = random.Random(61)
_SECTOR_ITEMS = ["e-bikes", "road bikes", "tomato plants", "rose bushes", "seed kits", "course seats", "workshop places",
                 "tickets", "gym passes", "puppy crates", "cat trees", "hearing aids", "contact lens boxes", "sofas",
                 "phones", "SIM-only deals", "hampers", "advent calendars", "signed copies", "vinyl pressings",
                 "tyres", "camping pitches", "cabins", "ski passes", "meal boxes", "laptops", "monitors", "prams"]
_SIZES = ["in Medium", "in size 10", "in UK 7", "in US 9", "in Large", "in the 54cm frame", "in oak", "in graphite",
          "at this price", "for Saturday", "in your area", "for the June intake", "for your dates"]
for _it in _R6.sample(_SECTOR_ITEMS, 20):
    for _sz in _R6.sample(_SIZES, 1):
        T["fake_scarcity"].extend([f"We're down to our final {{n}} {_it} {_sz}", f"Down to the last {{n}} {_it} {_sz}",
                                   f"Just {{n}} {_it} left {_sz} - they won't hang around",
                                   f"Our last few {_it} {_sz} are going quickly"])
    NEG.extend([f"{{n}}{{n}} {_it} in stock", f"{_it[0].upper() + _it[1:]}: {{n}} in stock, more arriving Tuesday",
                f"We have {_it} in stock in all sizes", f"Stock: {{n}}{{n}} {_it}", f"{_it[0].upper() + _it[1:]} are back in stock"])
T["fake_scarcity"].extend([
    "Nearly all gone - grab yours", "Once these go, they go", "Our final batch is nearly spoken for", "Get one while you still can",
    "Stock won't last the weekend", "Only a few bottles remain", "The last handful are going now", "Very few left in your size!",
    "Hardly any left", "Almost none left at this price", "Only {n} left at the old price - be quick", "Just {n} places left on this course",
    "Our allocation is almost used up", "Only {n} pitches left for the bank holiday", "{n} cabins left - book before they're taken"])

# urgency in other voices: relative horizons, replies against the clock, "gone for good"
_KEEP = ["your reserved rate", "your discount", "your basket price", "your place", "your booking", "your quote",
         "the intro price", "your loyalty rate", "your seat", "your welcome offer", "this price", "your held table"]
for _k in _KEEP:
    T["false_urgency"].extend([f"Reply within {{n}}h to keep {_k}", f"Respond within {{n}} hours or lose {_k}",
                               f"Confirm in the next {{min}} minutes to keep {_k}", f"Pay by tonight to keep {_k}",
                               f"{_k[0].upper() + _k[1:]} is held for {{min}} more minutes"])
T["false_urgency"].extend([
    "Quick - this listing could be gone any second", "This could be gone any minute", "Could sell any second now",
    "Gone any moment now", "This price is only around until Sunday, then it's gone for good",
    "Our anniversary pricing disappears for good on Sunday", "After Friday this deal is gone for good",
    "Once the timer ends, so does your price", "Prices rise at midnight - lock in today", "Don't sleep on this",
    "Be quick!", "Be quick - ends soon", "Quick, before everyone else gets it", "Blink and you'll miss it",
    "This won't be here tomorrow", "Tomorrow it's back to full price", "Last orders for this price",
    "Last orders: {pct}% off closes tonight", "Offer closes at 6pm today", "Ends at noon. No extensions.",
    "Just {n} hours to go!", "{n} hours to go - don't miss it", "Closing in {cd}", "Sale closes in {cd}",
    "Price locks in for the next {min} minutes only", "Get in before the price goes up on Monday",
    "Book in the next hour for this rate", "Act before it's too late", "Hurry, the timer's running",
    "The clock's ticking on your {pct}% off", "The window closes tonight", "Your offer vanishes at midnight"])
# the same calendar facts stated plainly (no horizon, no push): not urgency
_PERIODS = ["The sale runs until Sunday 7 July", "Offer ends 14 July; see terms", "This deal is valid until 30 November",
            "Our summer sale runs until September 15", "Sale period: 1 to 31 August", "The promotion runs from 3 to 16 May",
            "Prices valid until 2 March", "Offer valid 1-14 February while the promotion runs", "Winter sale: 26 December to 6 January",
            "The discount applies to orders placed by 30 September", "Valid on bookings made before 1 April",
            "Our spring offer ends on Friday 28 March", "Early-bird rate available until 15 January",
            "The voucher is valid until 31 December 2026", "Applications close on 12 May", "Enrolment closes on 1 September",
            "The clearance runs through Monday 4 March", "The offer ends on 30 November (terms apply)",
            "Black Friday prices apply from 24 to 27 November", "This code works until the end of June",
            "Membership prices are valid until 31 March", "Sale ends 30 June. Terms apply.", "Ends Sunday 30 June"]
for _p in _PERIODS:
    NEG.extend([_p] * 3)

# opening hours, timetables, time ranges
NEG.extend([
    "The workshop runs from 09:30 to 15:30", "The workshop runs from 10am to 4pm", "Open 8am-8pm, seven days a week",
    "Pharmacy hours: Mon-Fri 9:00-18:30, Sat 9:00-13:00", "Classes run from 6pm to 7pm on Tuesdays", "Lunch is served 12-2.30pm",
    "Box office open 10:00-20:00", "Check-in from 15:00, check-out by 11:00", "The garden centre is open 9 to 5 daily",
    "Our helpline is open 8am to 8pm on weekdays", "Opening times: Monday to Saturday, 9am-5.30pm; Sunday 10am-4pm",
    "The course runs for 6 weeks, Tuesday evenings 7-9pm", "The tour lasts 90 minutes", "Trains run every 15 minutes",
    "See the full bus timetable", "View the timetable", "Timetable", "Departures every hour from 06:00",
    "The pool is open from 7am until 10pm", "Collection points open until 8pm", "Delivery slots from 7am to 10pm",
    "The cafe closes at 5pm on Sundays", "Store hours: 10:00-18:00", "Support: weekdays 9-5 (UK time)",
    "Room only; breakfast can be bought at the hotel", "Room only", "Breakfast available at the hotel for {price}",
    "Parking is available on site for {price} a day", "The session lasts about 45 minutes", "Allow 2 hours for the visit"] * 2)

# fees, trials and renewals stated with their amount and terms
_FEE_NAMES = ["Delivery fee", "Booking fee", "Service fee", "Card fee", "Admin fee", "Postage", "Collection fee",
              "Installation", "Bag charge", "Cleaning fee", "Registration fee", "Delivery"]
for _f in _FEE_NAMES:
    NEG.extend([f"{_f}: {{price}}, shown at checkout", f"{_f}: {{price}}", f"{_f} {{price}} (shown in your total)",
                f"{_f} of {{price}} per order, included in the total", f"{_f}: {{price}} per ticket, included in the price shown",
                f"{_f}: free over {{price}}"] * 2)
NEG.extend([
    "Free trial: 14 days, no card needed", "Free trial: {n} days, no card required", "30-day free trial; we'll remind you before it ends",
    "Your trial ends on 12 May and you won't be charged unless you choose a plan", "Try it free for 14 days - no card, no automatic charge",
    "Trial: 7 days free, then {price}/month. Cancel online at any time.", "After the trial you pick a plan or it simply stops",
    "We'll email you 3 days before your trial ends", "No payment details needed for the trial",
    "Your plan renews on 3 March at {price}. Turn off renewal in Settings.", "Renews yearly at {price}; cancel online anytime",
    "Pay monthly, cancel online whenever you like", "Monthly plan: {price}, cancel anytime from your account",
    "Annual plan: {price}, billed once a year", "Price per month: {price}. Minimum term: none"] * 2)

# metrics, labels and short UI strings that share words with the categories
NEG.extend([
    "Email open rate: {n}{n}%", "Click rate: {n}.{n}%", "Conversion: {n}.{n}%", "Battery: {n}{n}%", "Progress: {n}0% complete",
    "Storage used: {n}{n}%", "Humidity {n}{n}%", "Completion rate {n}{n}%", "Attendance: {n}{n}%", "Score: {n}{n}/100",
    "Popular in your area", "Popular this season", "Popular categories", "Trending searches",
    "Most viewed this week", "New and popular", "Top sellers in Garden", "Customer favourites", "Our picks for you",
    "{big} reviews, average 4.{n}", "Rated 4.{n} by {big} customers", "Based on {big} reviews",
    "In stock", "{n} in stock", "In stock at {n} stores", "Low-fat", "Limited edition artwork by a local illustrator",
    "Watch the video", "Watchlist", "Add to watchlist", "Save search", "Follow this seller", "Message the seller",
    "Listed {n} days ago", "Posted {n} hours ago", "Updated {min} minutes ago", "Last updated today at 09:{min}",
    "Collection only", "Local pickup available", "Ships from Leeds", "Ships from Texas", "Item location: Bristol",
    "Condition: used, good", "Condition: like new", "Returns accepted", "No returns on this item"])

# logging in or signing up to see one's own things (not a gate on the shop)
_OWN6 = ["your course certificates", "your invoices", "your bookings", "your prescriptions", "your course progress",
         "your receipts", "your downloads", "your saved cards", "your delivery addresses", "your order history",
         "your tickets", "your reports", "your policy documents", "your meter readings", "your results", "your messages"]
for _o in _OWN6:
    NEG.extend([f"Sign in to see {_o}", f"Log in to view {_o}", f"Sign in to download {_o}", f"Log in to manage {_o}"])
# forced action: an account, newsletter, app or follow demanded before ordinary content
_GATE6 = ["Sign up for the newsletter", "Subscribe to our mailing list", "Follow us on Instagram", "Join the club",
          "Create a free account", "Give us your email", "Register", "Download the app", "Enable notifications",
          "Join our members' list", "Sign up for texts", "Share this page"]
_RES6 = ["to open the size chart", "to see the care instructions", "to view delivery times", "to open the returns form",
         "to read the full recipe", "to see the product specs", "to view the planting guide", "to read the reviews",
         "to use the store finder", "to see the timetable", "to download the manual", "to view the menu",
         "to see the price", "to read the rest", "to compare models", "to see stock levels", "to unlock the course outline"]
for _g in _GATE6:
    for _r in _R6.sample(_RES6, 3):
        T["hidden_subscription"].extend([f"{_g} {_r}", f"{_g} first {_r}", f"You'll need to {_g[0].lower() + _g[1:]} {_r}"])
T["hidden_subscription"].extend([
    "The size guide is for newsletter subscribers only", "Reviews are visible to members only - join now",
    "Prices are shown to registered users only", "Enter your email to see delivery options", "Recipes unlock once you subscribe",
    "To continue browsing, please create an account", "Allow cookies to see prices"])

# sneaking: a paid extra or subscription slipped into the order, told in passing
_ADDONS = ["a Pro community pass", "a premium support plan", "a plant-care club membership", "a pet insurance trial",
           "a recipe club subscription", "a cloud backup plan", "a rider protection plan", "a streaming add-on",
           "a magazine subscription", "a wine club membership", "an express pass", "a skincare refill plan"]
_BASES = ["Your course", "Your order", "Your new bike", "Your phone contract", "Your puppy starter kit", "Your booking",
          "Your laptop", "Your first box", "Your membership", "Your tyre fitting"]
for _b in _BASES:
    for _a in _R6.sample(_ADDONS, 3):
        T["hidden_subscription"].extend([f"{_b} comes with {_a} at {{price}}/month after the first month",
                                         f"{_b} includes {_a} - {{price}} a month from month two",
                                         f"{_b} includes {_a}, which continues at {{price}}/month unless you opt out",
                                         f"We've included {_a} with {_b[0].lower() + _b[1:]}; it renews at {{price}} monthly"])
        NEG.extend([f"{_b} can include {_a} for {{price}}/month if you want it (off by default)",
                    f"Optional: add {_a} to {_b[0].lower() + _b[1:]} for {{price}}/month"])

# obstruction: leaving is made hard (channel, hours, letters, branches)
_STOP = ["Prescription deliveries can be stopped", "Your plan can be cancelled", "Memberships can be ended",
         "Subscriptions can be paused or cancelled", "Your contract can be ended", "Auto-delivery can be switched off",
         "Your account can be closed", "The service can be cancelled", "Direct debits for this plan can be stopped"]
_ONLY = ["only by writing to our pharmacy team", "only by letter to our head office", "only by phone between 10 and 12",
         "only in branch", "only by visiting a store", "only through your account manager", "only by calling our retention team",
         "only with a signed form sent by post", "only during office hours by phone"]
for _s in _STOP:
    for _o in _R6.sample(_ONLY, 4):
        T["hard_to_cancel"].append(f"{_s} {_o}")
    NEG.extend([f"{_s} online at any time", f"{_s} in the app or online in a minute", f"{_s} from your account page"])
T["hard_to_cancel"].extend([
    "Cancellations can't be done online; please ring customer care between 2 and 4",
    "You can't cancel on the website; please visit a branch", "You can't cancel online - please visit your branch",
    "Cancelling isn't available in the app. Please call us.", "We can't cancel by email; please ring our team",
    "To stop your deliveries, write to us at our Leeds address", "To end your membership, visit reception in person",
    "Ending your plan needs a call with an advisor", "Leaving? You'll need to call our retention line",
    "Cancellation forms must be posted, not emailed", "To unsubscribe from the plan, send a written request",
    "Cancel in person at the desk only", "Closing your account requires a visit to a branch with ID"])

# misdirection: the wanted option praised, the other described by what it costs you
_BASIC = ["Standard", "Basic", "Economy", "Lite", "the free plan", "Saver", "Essential", "the slower option"]
_PERKS = ["free returns", "your warranty", "priority support", "price protection", "your loyalty points", "the free upgrade",
          "seat choice", "flexible changes", "your saved progress", "member prices"]
for _b in _BASIC:
    for _pk in _R6.sample(_PERKS, 3):
        T["pressured_upsell"].extend([f"Pick {_b} and give up {_pk}", f"Stay on {_b} and lose {_pk}",
                                      f"{_b[0].upper() + _b[1:]} (no {_pk} - not recommended)",
                                      f"Skip {_pk} and continue with {_b}"])
        NEG.extend([f"{_b[0].upper() + _b[1:]} does not include {_pk}", f"Compare: {_b} vs Plus - {_pk} is in Plus only"])
_RIDERS = ["riders", "cyclists", "gardeners", "pet owners", "drivers", "learners", "travellers", "gamers", "homeowners", "runners"]
_COVER6 = ["theft cover", "accident cover", "plant insurance", "vet cover", "breakdown cover", "the exam bundle",
           "cancellation cover", "the season pass", "boiler cover", "the care plan"]
for _r in _RIDERS:
    _c = _R6.choice(_COVER6)
    T["pressured_upsell"].extend([f"Most {_r} add {_c} for {{price}}/month", f"Nearly all {_r} choose {_c}",
                                  f"{_r[0].upper() + _r[1:]} like you usually add {_c}", f"Don't be the only one without {_c}"])
    NEG.extend([f"{_c[0].upper() + _c[1:]} is available for {{price}}/month", f"Add {_c} for {{price}}/month (optional)"])
T["pressured_upsell"].extend([
    "Skip the discount and continue", "Continue and give up my {pct}% off", "Continue at full price", "Pay more and continue",
    "Keep the extra cover - it's what we recommend", "Upgrade (you'll be glad you did)", "Best choice: Premium (selected)",
    "The smart choice is already ticked for you", "Leave this ticked - you'll need it"])

# social proof in other forms: watchers, baskets, millions of members, live counters
T["fake_social_proof"].extend([
    "This item has {big} watchers", "{big} watchers", "{big} people are watching this listing", "{big} watching now",
    "{big} people have this in their basket", "In {big} baskets", "{big} bids in the last hour",
    "Join over {n} million happy members", "Join {n} million happy customers", "Join {big},000 gardeners who switched",
    "{n} million people can't be wrong", "Over {n} million members and counting", "{big} people booked this course today",
    "{big} locals ordered this week", "{big} people in your area switched this month", "{name} from {city} just enrolled",
    "{name} in {city} just adopted a plan", "{big} riders bought this in the last 24 hours", "Booked {big} times today"])
NEG.extend(["Join the waiting list", "Join our community forum", "Join the conversation", "Join us on Saturday",
            "Watch this space", "Our customers' reviews are independent", "Reviews are from verified buyers",
            "{big} reviews from verified buyers", "Rated 4.{n} out of 5 on independent reviews"] * 2)

# confirmshaming decline links: the person declining is made to insult themselves
_MINE = [("roses", "droop"), ("hedges", "die back"), ("lawn", "go brown"), ("bike", "rust"), ("dog", "stay bored"),
         ("coffee", "stay stale"), ("skin", "dry out"), ("car", "break down"), ("kids", "go hungry"),
         ("CV", "stay boring"), ("house", "stay cold"), ("phone", "stay slow"), ("photos", "get lost"),
         ("cat", "go without"), ("playlist", "stay dull"), ("savings", "shrink")]
for _thing, _bad in _MINE:
    T["confirmshaming"].extend([f"No thanks, my {_thing} can {_bad}", f"No thanks - my {_thing} can {_bad}.",
                                f"Nah, my {_thing} can {_bad}", f"I'm fine, my {_thing} can {_bad}"])
_STATES = ["stale", "dull", "boring", "cold", "slow", "tired", "messy", "broke", "lost", "out of date", "overcharged", "unfit"]
for _s in _STATES:
    T["confirmshaming"].extend([f"Not today, I like my tea {_s}", f"Not today, I like being {_s}",
                                f"No, I prefer being {_s}", f"I'll stay {_s}, thanks", f"Leave me {_s}"])
T["confirmshaming"].extend([
    "No thanks, I enjoy overpaying", "No thanks, I like paying full whack", "No, I'll stick with paying more",
    "I'd rather keep paying too much", "No thanks, full price suits me", "No, money grows on trees for me",
    "Nope, I'm happy to waste money", "No thanks, I don't like free things", "I'm not interested in saving, thanks",
    "No, I'd rather my order arrived late", "I'd rather not know what's new", "No thanks, I'll stay out of the loop",
    "No, I'm OK being the last to know", "No thanks, I'll learn the hard way", "No, I don't care about my health",
    "No thanks, I'd rather my pet was unhappy", "Skip - I like boring dinners", "No, I'll risk losing it all",
    "No, I don't want to be a better gardener", "No thanks, I'm a lost cause", "No thanks, I give up on myself",
    "Decline and stay behind", "I'll pass and keep struggling", "No thanks, I'll keep doing it wrong"])
# neutral decline links and buttons
NEG.extend([
    "No thanks", "No, thanks", "No thank you", "Not now", "Not right now", "Maybe later", "Continue without signing up",
    "Decline offer", "Decline", "Remove cover", "I don't need this", "No thanks, continue to checkout",
    "No thanks, I'll pay by card", "No, keep my current plan", "Keep my plan", "No thanks, I'll collect in store",
    "I'll do it later", "No, skip this step", "Skip this offer", "Don't add cover", "Continue without adding",
    "No thanks, take me to my basket", "No thanks, just the item", "Close this window", "No thanks, I already have one",
    "No thanks, I'm just browsing", "Not interested", "Unsubscribe from these emails", "Opt out", "Turn off offers",
    "No thanks, maybe another time", "No, continue to payment", "Thanks, I'll pass", "I'll pass for now"] * 2)
# an account, the app or notifications offered for the customer's own benefit: not a gate
_FOR_YOU = ["to save your favourites", "to track your order", "to hear when your order ships", "to save your details for next time",
            "to get delivery updates", "to keep your basket across devices", "to earn points", "to reorder in one tap",
            "to see your order history", "to get a reminder before your trial ends", "to get back-in-stock alerts"]
for _g in ["Create a free account", "Enable notifications", "Download the app", "Sign up", "Turn on alerts", "Register"]:
    for _x in _R6.sample(_FOR_YOU, 4):
        NEG.extend([f"{_g} {_x} (optional)", f"{_g} {_x}", f"You can {_g[0].lower() + _g[1:]} {_x} if you like"])
NEG.extend([
    "Your box ships on the 10th each month; skip any month online", "Deliveries every 4 weeks; skip or cancel online",
    "Your refill ships monthly; pause or cancel in your account", "Billed each month on the 1st; cancel online any time"] * 2)
NEG.extend([
    "Last orders for the kitchen are at 21:30", "Last orders at 10.30pm", "Last entry 17:00", "Last admission is one hour before closing",
    "Last collection from this postbox: 5.30pm", "Last delivery slot of the day: 8-10pm", "Last train back leaves at 23:10",
    "Final boarding call is 15 minutes before departure", "Kitchen closes at 9pm", "Our bakery opens at 7:30",
    "Fresh bread daily from 8am", "The sourdough is baked every morning", "Four in stock", "12 in stock", "In stock: {n}{n}",
    "Available now: {n}{n} units", "We have plenty in stock"] * 2)
T["false_urgency"].extend([
    "Don't hang about - this ends tonight", "So don't hang about", "Early-bird tickets vanish at midnight", "Don't dawdle, it's going soon",
    "Get your skates on - offer ends in {cd}", "No time to lose!", "Chop chop - the deal is nearly over", "Move fast, this won't wait"])
# plain statements of price differences, holds while paying, extras bought on the spot
_PLANS6 = ["The upgrade", "Premium", "The family plan", "The Plus tier", "The bigger bundle", "The annual pass", "The pro version"]
_FEATS6 = ["offline playback", "two extra screens", "unlimited data", "priority support", "free delivery", "ad-free listening",
           "extra storage", "a second user"]
for _pl in _PLANS6:
    for _ft in _R6.sample(_FEATS6, 3):
        NEG.extend([f"{_pl} costs {{price}}/month more and includes {_ft}", f"{_pl} adds {_ft} for {{price}} more a month",
                    f"{_pl}: {{price}}/month, includes {_ft}"])
for _h in ["your seats", "your tickets", "your room", "your table", "your basket", "your slot"]:
    for _w in ["while you pay", "while you enter your details", "while you complete checkout", "so you can pay"]:
        NEG.append(f"We'll hold {_h} for {{min}} minutes {_w}")
NEG.extend(["Breakfast can be bought at the hotel", "Parking can be paid for on arrival", "Extras can be added at the desk",
            "Towels can be hired at reception", "Lunch can be added when you arrive", "Room only; meals can be added later",
            "Bike hire can be arranged at the shop", "Add-ons can be bought at the venue"] * 2)
NEG.extend(["Sizes {n}{n} to {n}{n} available", "Available in sizes 6 to 18", "Sizes S to XXL in stock", "Available in EU 36-46",
            "Widths: standard and wide", "Frame sizes 48 to 60 cm", "Available in 3 lengths"] * 2)
T["hard_to_cancel"].extend([
    "Cancellation of your plan must be requested in writing", "Cancellation must be requested in writing before the renewal date",
    "Requests to cancel must be made in writing, by post", "Your season pass can only be cancelled in writing",
    "Cancellation must be requested by letter at least {n}0 days ahead", "Notice to cancel must be given in writing"])
T["false_urgency"].extend(["Closes in a matter of hours!", "Only a matter of hours left", "Ends within hours",
                           "Offer withdrawn at close of business today", "Withdrawn at the end of the day - act now"])
for _f in ["Seat booking fee", "Reservation fee", "Packaging charge", "Priority handling fee", "Service charge", "Card handling fee",
           "Eco contribution", "Bag levy"]:
    T["hidden_subscription"].extend([f"{_f} added automatically", f"{_f} ({{price}}) added automatically at checkout",
                                     f"A {_f[0].lower() + _f[1:]} has been added automatically"])

# ---- round 7: misdirection, obstruction and sneaking in more sentence shapes, written for Candor
# after the blind round-6 set showed what the templates lacked (no line of that set is copied here)
_R7 = random.Random(71)

# misdirection (a): a headline promise taken back in the small print
_HEAD7 = ["Free returns*", "No hidden fees*", "Lifetime guarantee*",
          "Up to {pct}% off!*", "From just {price}*", "Free fitting*", "0% finance*", "Cancel any time*",
          "Money back if you're not happy*", "All-inclusive*", "Free installation!*",
          "Fastest speeds in town*", "Half price!*", "Free upgrade*", "Kids go free*", "Nothing to pay today*",
          "No contract*", "Best price guaranteed*", "Free gift with every order*"]
_SMALL7 = ["*selected lines in one branch only", "*after the first month at full price",
           "*when you sign a 36-month agreement", "*applies to display models only", "*members on the annual plan only", "*minimum spend {price}99", "*subject to a {n}00-mile daily cap",
           "*excludes drinks, transfers and most activities", "*for one child per {n} paying adults on Tuesdays",
           "*conditions apply, see page {n} of the terms", "*a {price} admin charge applies", "*valid on one item in {n}00",
           "*after a {price} set-up fee", "*on the floor model in grey only", "*return postage {price}, deducted from refund",
           "*fitting free, removal of old unit extra", "*credit agreement, {n}9.9% APR after 3 months",
           "*12-month minimum term applies", "*price matched only against our own website"]
for _h in _HEAD7:
    for _s in _R7.sample(_SMALL7, 2):
        T["pressured_upsell"].extend([f"{_h} {_s}", f"{_h.rstrip('*!')}! {_s}"])
# the honest versions: the condition in the main sentence, no asterisk walking it back
NEG.extend([
    "Returns are free for 30 days", "Up to {pct}% off selected lines; see the sale page",
    "From {price} for the smallest size", "0% finance for 12 months, then {n}9.9% APR", "Cancel any time in your account",
    "Prices start at {price}; larger sizes cost more", "Free standard delivery over {price}; express costs {price}",
    "Kids under 5 go free", "Installation costs {price} and is optional", "Streaming is unlimited; downloads are limited to {n}0 titles",
    "Half price on the second item of equal or lower value", "Mileage is unlimited within the UK",
    "Delivery is free for members; others pay {price}", "Minimum order {price}", "Drinks are not included in the room rate"] * 2)

# misdirection (b): interface described -- the seller's choice loud, the customer's faint or pre-chosen
_LOUD7 = ["'Accept all'", "The upgrade button", "'Yes, add protection'", "'Continue'", "The annual plan", "'Get Premium'",
          "The premium bundle", "'Keep my subscription'", "'Allow tracking'", "The paid seat option"]
_FAINT7 = ["'Reject all'", "the opt-out", "'No protection'", "'Skip'", "the monthly plan", "'Stay on free'",
           "the basic option", "'Cancel subscription'", "'Only necessary cookies'", "'Random seat'"]
_LOOK7 = [("is a big green button", "is a small grey link at the bottom"),
          ("is pre-selected", "has to be found under 'more options'"),
          ("fills the screen", "is hidden below the fold"),
          ("is the default", "appears only after you scroll past three offers"),
          ("flashes", "is styled as plain body text")]
for _l in _LOUD7:
    for _f in _R7.sample(_FAINT7, 3):
        _a, _b = _R7.choice(_LOOK7)
        T["pressured_upsell"].extend([f"{_l} {_a} while {_f} {_b}", f"{_l} {_a}; {_f} {_b}",
                                      f"On the offer screen {_l} {_a}, and {_f} {_b}"])
T["pressured_upsell"].extend([
    "The pricier plan is ticked for you and the cheaper one is collapsed", "We pre-selected the most expensive delivery option",
    "Premium cover is selected unless you spot the toggle",
    "The 'no' choice is tucked behind a tiny 'other options' link",
    "Reject is two screens deep; Accept is one tap", "The 'maybe later' link only appears after a ten-second wait",
    "There are two yes buttons and no way to say no", "The cross that closes the offer is the colour of the background", "The close button is almost invisible on the pop-up",
    "The cheaper fare is hidden behind 'show more fares'",
    "The default is the top tier; picking a lower one takes four taps", "Annual billing is switched on by default",
    "'Next' quietly opts you into the paid plan"])
NEG.extend([
    "Both options are shown side by side with their prices", "Choose monthly or annual billing; nothing is pre-selected",
    "Accept all or reject all, same size buttons", "Reject all", "Accept all", "Only necessary cookies", "Manage settings",
    "The recommended plan suits most households; compare all plans below", "No option is selected until you choose one",
    "Choose a seat or get one free at check-in"] * 2)

# misdirection (c): price framing that hides the real amount or invents a saving
_PERIOD7 = [("a day", "billed {price}99 once a year, in advance"), ("a week", "charged as one annual payment"),
            ("a month", "on a 24-month contract paid upfront"), ("a day", "taken as a single yearly payment today"),
            ("per lesson", "sold only as a block of {n}0 lessons"), ("a coffee a day", "paid yearly in one go")]
for _p, _b in _PERIOD7:
    T["pressured_upsell"].extend([f"Works out at {{price}} {_p}, {_b}", f"Think of it as {{price}} {_p}* *{_b}",
                                  f"Less than {{price}} {_p} - {_b}", f"For the price of {_p.replace('a ', 'one ')}: {_b}"])
T["pressured_upsell"].extend([
    "RRP {price}99 - our price {price}! (RRP set by us)",
    "Save {pct}% off a list price nobody has ever charged", "Our 'original' price was only used for a weekend in one shop",
    "Save up to {pct}%! Savings against a reference price we set", "Now {price} (was {price}99 for 2 days in March)",
    "Discount applied! (the same price as last month)", "Members save {price}! (the non-member price was raised by {price})",
    "Crossed-out price is an estimate, not a price we charged",
    "Free* *you pay {price} a month after the first month", "Sale price! Was {price}99 before we raised it last week"])
NEG.extend([
    "{price} a month, billed monthly", "{price} a year, or {price} a month", "Price per month: {price}; billed monthly",
    "Was {price}99 for the last 30 days, now {price}", "Reduced from {price}99, our price since January",
    "{pct}% off our usual price of {price}99", "Annual plan: {price}99 a year, paid once", "Lessons cost {price} each",
    "Save {price} compared with our price last month"] * 2)

# obstruction: leaving made slow, long, indirect or conditional
_LEAVE7 = ["cancel your membership", "close your account", "downgrade your plan", "turn off auto-renewal", "stop your deliveries",
           "unsubscribe from our emails", "delete your data", "end your contract", "switch off the add-on", "request a refund",
           "pause your plan", "remove your card"]
_HOW7 = ["you need to speak to a retention adviser first", "please visit a store with two forms of ID",
         "send us a signed letter and allow 28 days", "chat with a specialist, who will go through some offers with you first",
         "fill in the form we'll post to you", "call our team; waits are currently around {n}0 minutes",
         "you'll first need to update the app and verify your phone number", "you must give 90 days' notice in writing"]
for _l in _LEAVE7:
    for _h in _R7.sample(_HOW7, 4):
        _c = _l[0].upper() + _l[1:]
        T["hard_to_cancel"].extend([f"To {_l}, {_h}", f"Want to {_l}? {_h[0].upper() + _h[1:]}",
                                    f"{_c}: {_h}"])
    NEG.extend([f"To {_l}, go to your account and press the button", f"You can {_l} online in a couple of clicks",
                f"{_l[0].upper() + _l[1:]} any time in the app or on the website"])
T["hard_to_cancel"].extend([
    "Cancellation requests can take up to {n}0 working days",
    "Deleting your account takes up to 90 days and can't be started from the app", "The cancel option only appears after your third month", "There is no cancel button; please call us", "You can sign up online, but leaving needs a phone call",
    "Your refund will be reviewed after you complete a survey, a call and a form", "Cancellations are handled by a partner; we'll pass you on",
    "Before we let you go, you'll need to talk to us", "Account closure requires a visit to our office during weekday mornings", "Once you've watched the offers video, you can continue to cancel", "Cancel by phone only; lines open Tuesdays 10-12",
    "Ending a contract early needs an appointment with a retention specialist", "We'll call you back within 10 days to process your cancellation",
    "Cancelling your trial requires contacting support by email; replies take up to a week",
    "Opting out can only be done by ticking boxes on each of the {n} newsletters separately"])
NEG.extend([
    "You're about to cancel. You'll keep access until the end of your billing period", "Cancelled. You won't be charged again",
    "Your membership ends on {n} June; nothing more will be taken", "Refunds reach your card within 5 working days",
    "Cancel in Settings, then Subscription", "Unsubscribe link at the bottom of every email", "You've been unsubscribed",
    "To cancel, press Cancel plan on your account page", "Your plan is paused. Resume whenever you like",
    "Sorry to see you go. Your account is now closed", "Cancellation confirmed; a receipt is on its way",
    "You can cancel online, by phone or in store - whichever suits you", "Returns: print the label and drop the parcel off",
    "Refunds are issued once the return arrives, usually within a week", "We process data deletion requests within 30 days, as the law requires"] * 2)

# sneaking (a): costs that appear only later, with no amount up front
_FEES7 = ["Service and handling fees", "A venue levy", "Local taxes", "An admin charge",
          "A facility fee", "A card surcharge", "A fuel surcharge", "A delivery charge",
          "A small processing fee", "Destination charges", "A platform fee"]
_LATER7 = ["will be added at the final step", "is added after you enter your card",
           "is payable on arrival", "applies and appears on your statement", "is charged separately later",
           "is collected at the property", "appears on the last page", "is not included in the price shown",
           "will be calculated after payment details"]
for _f in _FEES7:
    for _l in _R7.sample(_LATER7, 4):
        T["hidden_subscription"].append(f"{_f} {_l}")
    T["hidden_subscription"].extend([f"Prices shown exclude {_f[0].lower() + _f[1:]}",
                                     f"Price excludes {_f.lower().removeprefix('a ').removeprefix('an ')}, added later"])
    NEG.extend([f"{_f} of {{price}} is included in the price shown", f"{_f}: {{price}}, included in the total",
                f"The total includes {_f.lower().removeprefix('a ').removeprefix('an ')} ({{price}})"])
T["hidden_subscription"].extend([
    "The headline price excludes mandatory extras",
    "Additional charges may apply at the venue", "Some fees are only known after booking",
    "Taxes and mandatory fees are added at the end",
    "Price shown before compulsory service charge"])
# sneaking (b): things put into the basket or order, or terms changed, for the customer to notice and undo
_PUT7 = ["A 2-year warranty", "A donation to our charity partner", "Gift wrap",
         "A magazine trial", "Travel insurance", "A cleaning kit", "Express dispatch", "A tip for your courier", "Premium packaging",
         "A second year of cover"]
for _p in _PUT7:
    _lp = _p[0].lower() + _p[1:]
    _sh = _R7.sample([f"{_p} was added to your order (+{{price}}). Remove it if you don't want it",
                      f"Your basket now includes {_lp}",
                      f"We've added {_lp} for you", f"{_p} (+{{price}}) has been included",
                      f"Heads up: {_lp} comes with your order unless you remove it", f"{_p} was put in your basket automatically",
                      f"Your order was updated to include {_lp}"], 5)
    T["pressured_upsell"].extend(_sh)  # sneaking into the basket maps onto pressured_upsell (module doc)
    NEG.extend([f"Add {_lp} for {{price}}?", f"{_p} is available for {{price}} if you want it", f"Would you like {_lp}? (optional)",
                f"You added {_lp} (+{{price}})"])
T["hidden_subscription"].extend([
    "Every order carries a {price} donation unless you opt out in your profile", "A {pct}% tip has been added to your bill", "A voluntary contribution of {price} has been added; you can remove it",
    "Your plan now renews at the new price automatically", "From your next renewal the price changes; no action is needed",
    "We've upgraded your plan; you'll see the new price next month", "Your order frequency has been increased",
    "Your box now includes a paid extra each month", "After the intro period you move to our standard rate automatically",
    "Your discount ends soon and your plan will continue at the full price", "Your free month rolls into a paid plan"])
NEG.extend([
    "Round up for charity? (optional)", "Add a tip? 0% / 5% / 10%", "Your deliveries stay monthly unless you change them",
    "We'll email you 14 days before your renewal with the price", "Renewal price: {price}, the same as today",
    "Your plan renews on {n} July at {price}; we'll remind you a week before", "No tip has been added",
    "Your basket: 1 item", "Nothing has been added to your order", "Your order contains only what you chose"] * 2)

# forced action: an account or social login made the price of something that needs neither
NEG.extend(["Sign in with your email or with Google", "Log in to see your order history", "Continue as a guest or sign in"] * 2)
T["hidden_subscription"].extend([
    "Connect your social account to download the receipt",
    "Sign in with Google to see opening hours", "Share your contacts to continue to checkout"])

# honest facts the round-6 blind set flagged: stock with alternatives, dates with a stock caveat, buttons,
# exit confirmations, free games with optional items, collection times, neutral declines, stated shares, limits, bundles
NEG.extend([
    "{n} seats left at this fare. Other fares are available", "{n} rooms left at this rate; other rates available",
    "This fare class has {n} seats left; flexible fares are also on sale", "Only {n} of this colour in stock; other colours available",
    "Prices valid until 30 April or while stock lasts", "Offer valid until 31 May or while stocks last", "While stocks last",
    "Book now", "Buy now", "Order now", "Reserve now", "Subscribe", "Join now",
    "Get started", "Book a table", "Check availability", "Shop the sale",
    "Cancelling now stops future payments; you can still use the service until {n} June",
    "Free to play. Optional items are sold in the store", "The app is free; optional extras cost {price}",
    "Collecting from a store costs nothing, and parcels are usually waiting within {n} hours", "Orders placed by 2pm are ready to collect the same day",
    "No thanks, I'll look around first", "I'd like to keep looking on my own", "No thanks, I'll decide later",
    "Most customers choose Standard: {n}{n}% last year", "Our most chosen plan is Basic, picked by {n}{n}% of members",
    "Limited to {n} per customer so everyone gets a chance", "Maximum {n} per order", "Limit {n} per household",
    "The frame is sold separately", "Batteries sold separately", "Print only; frame not included", "Charger sold separately"] * 2)

# round 7, second pass: the same three kinds in a wider vocabulary, built from parts so that no one
# phrasing dominates (words for "hard to see", for "chosen for you", for "the real price is elsewhere")
_SEE7 = ["barely visible", "in pale grey", "in very small type", "greyed out", "tucked away", "easy to miss", "hidden in a menu",
         "shown as faint text", "placed under the fold", "styled like a disabled button", "almost the same colour as the page",
         "a tiny text link", "behind an extra tap", "collapsed by default"]
_THEIRS7 = ["The upgrade", "The paid option", "The add-on", "The yearly plan", "Full cover", "The subscription", "The bundle",
            "The priciest tier", "Sharing your data", "The marketing opt-in", "Premium delivery", "The monthly donation"]
_YOURS7 = ["the way to decline", "the free choice", "the cheaper option", "the one-off payment", "the opt-out", "the no option",
           "the basic tier", "the way to skip it", "the choice to say no", "standard delivery"]
_PUSH7 = ["is bold and bright", "is selected for you", "sits at the top in colour", "is already ticked", "takes the main button",
          "is marked best value", "is the default"]
for _t in _THEIRS7:
    for _y in _R7.sample(_YOURS7, 3):
        _s, _p = _R7.choice(_SEE7), _R7.choice(_PUSH7)
        T["pressured_upsell"].extend([f"{_t} {_p}, and {_y} is {_s}", f"{_y[0].upper() + _y[1:]} is {_s} while {_t.lower()} {_p}"])
_CLAIM7 = ["Unlimited", "Free", "Save big", "No fees", "Lowest price", "All included", "Every room sea view", "Lifetime cover"]
_CATCH7 = ["(see the fine print for the limits)", "- the catch is in footnote 4", "(the conditions are on another page)",
           "(terms shrink this a lot)", "(only on the plan nobody picks)", "(limits buried in the terms)"]
for _c in _CLAIM7:
    for _k in _R7.sample(_CATCH7, 3):
        T["pressured_upsell"].append(f"{_c}! {_k}")
T["pressured_upsell"].extend([
    "The reference price was set high just so the discount looks bigger", "Our 'usual price' has never actually been charged",
    "The strike-through price is inflated", "That saving is measured against a price we invented",
    "The daily figure hides a large yearly charge", "Shown weekly, charged as one big lump sum",
    "The small monthly number is for the two-year contract only", "The low price is for a version that is never in stock",
    "The headline rate is for a room that doesn't exist most nights", "The 'from' price is for a size we rarely sell",
    "Headline savings compare against a price that ran for a single day", "The discount was already built into the normal price",
    "Yes is large and coloured, No is plain text", "Agree is a button; disagree is a sentence in the footer",
    "The opt-out toggle is off-screen", "The choice that costs more is ticked and highlighted"])
NEG.extend([
    "Both plans are listed with their full yearly cost", "Standard and express delivery are shown with their prices",
    "You choose: nothing is selected until you tap an option", "The total for the year is shown next to the monthly figure",
    "Our reference price is the price we charged for the last 28 days", "The price shown is the total you pay",
    "Yes and No are the same size", "All options are shown at the same size", "Select a plan to continue",
    "Compare plans side by side", "Prices shown are for the size selected"] * 2)

_EXIT7 = ["Closing your account", "Ending your subscription", "Leaving the club", "Switching off renewal", "Getting a refund",
          "Cancelling your policy", "Stopping the newsletter", "Removing your payment card", "Pausing deliveries"]
_HURDLE7 = ["involves a phone interview with our loyalty team", "is only handled by post", "needs an appointment",
            "takes several weeks and cannot be rushed", "is only available on one old version of the app",
            "has to be done at a branch, in person", "must be requested by a form we send you by post",
            "requires three separate confirmations", "is only possible after a call with an adviser",
            "can't be done by email, chat or online", "goes through a different department with its own queue",
            "means watching our offers first", "is possible only in the last week before renewal"]
for _e in _EXIT7:
    for _h in _R7.sample(_HURDLE7, 4):
        T["hard_to_cancel"].append(f"{_e} {_h}")
    NEG.extend([f"{_e} takes one click in your account", f"{_e} is instant online", f"{_e}: use the button on your account page"])
T["hard_to_cancel"].extend([
    "We don't offer online cancellation", "Sorry, we can't process cancellations here", "There's no way to leave from the app",
    "Our cancellation line is open one hour a day",
    "Tell us why you're leaving before we show the cancel button", "Three more steps until you can cancel",
    "First, let's see if we can change your mind", "Your cancellation will be processed after an exit interview",
    "Cancel via the link we'll send in 14 days", "We need a reason, a phone call and a signed letter to close the account"])

_VAGUE7 = ["Additional fees apply", "Extra charges apply on top", "Taxes and fees not included", "Surcharges will be added",
           "Other fees may apply", "Mandatory charges are added later", "A fee is added after you confirm",
           "Fees apply; you'll see them on the receipt", "Some charges are collected locally", "Price before fees"]
T["hidden_subscription"].extend(_VAGUE7 * 2)
T["hidden_subscription"].extend([
    "Your plan was moved to the higher tier automatically", "We'll now send your refills more often",
    "Next month's box will cost more; you don't need to do anything", "Your membership continues at the full rate after the offer",
    "You've been signed up for our paid newsletter along with your order",
    "Your trial turned into a yearly plan"])
NEG.extend([
    "All fees are included in the price shown", "The price you see is the price you pay", "No extra fees at checkout",
    "Taxes included", "Total: {price}, including all fees", "Your basket hasn't changed", "Your plan stays the same",
    "We'll ask before changing anything in your order", "Your delivery schedule is unchanged",
    "Local tourist tax of {price} per night is payable at the hotel and shown here"] * 2)

# round 7 negatives: ordinary UI strings and plain notices near the new positive words
NEG.extend([
    "See all reviews", "Read more", "Read the full description", "Read our guide", "Read the terms", "Read customer stories",
    "Save for later", "Add to wishlist", "Save this item to your list", "Find it later in your saved items", "Share this item",
    "Please read the terms before you buy", "Please read the instructions before use", "Please check your details before paying",
    "Read the safety information before first use", "Key information about this plan", "Product details and care",
    "This item ships from a separate warehouse", "Your order may arrive in two parcels", "Large items are delivered separately",
    "Free to download; in-app purchases are optional", "The basic app is free; extra packs cost {price} each",
    "Members can book {n} weeks ahead; guests {n} days ahead", "Bookings open {n} days in advance",
    "Only the main account holder can change the payment card", "Only account owners can add users",
    "Sign up for a back-in-stock alert", "Get an email when this is back in stock", "Out of stock online; check your local shop",
    "This plan is our most chosen: {n}{n}% of members picked it last year", "Limited to {n} per order to keep stock fair",
    "A {price} deposit is refundable on return", "Bottle deposit: {price}, refunded when returned",
    "No, continue to delivery options",
    "Every mattress comes with a {n}0-night home trial", "Includes a {n}0-day trial; returns are free", "Try it at home for {n}0 nights"] * 3)
# extras put into the basket or order (sneak into basket -> pressured_upsell, as the module doc maps it)
T["pressured_upsell"].extend([
    "We've made a change to your basket", "Your order has been topped up with a recommended extra",
    "Your cover now includes a paid extra, added by default", "We switched your delivery to the paid express option",
    "A charge for paper bills has been added", "Your quantity was increased to the value pack"])
for _p in _PUT7 + ["Order protection", "A care plan", "A gift box", "A phone case", "Express shipping"]:
    for _w in ["cart", "basket", "order", "bag"]:
        T["pressured_upsell"].append(f"{_p} has been added to your {_w}")
NEG.extend(["Unlimited calls and texts included", "Unlimited refills included with your meal", "Unlimited rides for a month: {price}",
            "Unlimited access to all classes", "Unlimited storage on the Plus plan"] * 2)

# --- round 8: the four kinds the round-7 blind set found weakest (misdirection, social proof,
# sneaking, forced action) in many more phrasings, and honest copy near each of them, in several
# voices (UK/US/AU/Indian English, app strings, e-mail, SMS, push notices, HTML fragments, caps).
# Built from parts written for Candor; no line of any evaluation set is copied or reworded here.
_R8 = random.Random(81)
_P8: dict[str, list[str]] = {"pressured_upsell": [], "hidden_subscription": [], "fake_social_proof": []}
_N8: list[str] = []

# misdirection 1: a paid or data-sharing option ticked before the customer gets there
_TICK8 = ["[x]", "[X]", "(x)", "☑", "☒", "●", "◉", "<input type=\"checkbox\" checked>", "✅", "[✓]", "(•)", "checked:"]
_UNTICK8 = ["[ ]", "( )", "☐", "○", "□", "<input type=\"checkbox\">", "(  )", "unchecked:"]
_OPT8 = ["Add {add} (+{price})", "Add travel cover for {price}", "Protect my order for {price}", "Yes, add a {price} tip",
         "Include a {price} donation to our charity partner", "Add premium packaging ({price})", "Add same-day courier for {price}",
         "Send me offers from carefully selected partners", "Share my details with our travel partners",
         "Sign me up for the weekly deals e-mail", "Keep me on the SMS offers list", "Enrol me in the rewards club ({price}/month)",
         "Make this a monthly order and save {pct}%", "Upgrade my room to sea view (+{price}/night)", "Add a second year of cover",
         "Add extended warranty - {n} years ({price})", "Add screen protection plan", "Add airport lounge pass ({price})",
         "Opt me in to personalised advertising", "Let partners contact me by phone", "Add rental excess cover ({price}/day)",
         "Round my total up for charity", "Add a bag of treats for {price}", "Include cutlery and napkins (+{price})"]
for _o in _OPT8:
    for _t in _R8.sample(_TICK8, 4):
        _P8["pressured_upsell"].append(f"{_t} {_o}")
    for _u in _R8.sample(_UNTICK8, 3):
        _N8.append(f"{_u} {_o}")
    _N8.extend([f"{_o}? Tick the box if you'd like it", f"Optional: {_o[0].lower() + _o[1:]} - leave unticked to skip"])

# misdirection 2: trick questions, double negatives and opt-outs worded as opt-ins
_TRICK8 = [
    "Remove the tick only if you'd rather we didn't keep you off the mailing list",
    "Tick here if you don't want us to not send you offers", "Leave unchecked to continue receiving partner messages",
    "Uncheck to opt out of not being contacted", "I do not wish to not receive news from the group",
    "Check this box to not be excluded from marketing", "Do not untick if you want to avoid missing our offers",
    "Tick to decline if you don't want to refuse the newsletter",
    "Don't uncheck this unless you don't want to keep getting deals", "Untick to not opt out of third-party sharing",
    "Select 'No' to confirm you don't want to stop sharing data",
    "Press OK to keep your subscription, or Cancel to go back to keeping it",
    "Would you not like to not miss our member offers? Yes / No",
    "Clicking 'Decline' means you agree to receive promotional calls",
    "To refuse cookies, click Accept, then untick each partner one by one",
    "If you don't want to not be opted in, do nothing",
    "Skip this step (you will be enrolled in the paid plan)",
    "Continue (this activates the premium trial)", "Close (keeps the add-on in your cart)",
    "The big green button adds the insurance; the way to decline is the small link underneath",
    "'Maybe later' turns on auto-renew", "Pressing X accepts the upgrade",
    "Not now means yes to the monthly plan until you change it in settings"]
_P8["pressured_upsell"].extend(_TRICK8)
_N8.extend(["Tick this box if you'd like our newsletter", "Leave this box empty if you don't want offers",
            "We'll only e-mail you offers if you tick the box below", "Marketing: [ ] Yes please  [ ] No thanks",
            "Would you like to hear about offers? Yes / No", "Decline means we won't contact you",
            "Cookie choices: allow, refuse or pick per purpose", "Reject all and Accept all are the same size",
            "Skip this step (nothing will be added)", "Close (nothing will be added)", "Maybe later (you can add it anytime)",
            "Not now", "No, thanks", "No thanks, continue", "Continue without cover", "Skip", "Not interested",
            "I'm not interested right now", "No, just the ticket please", "Carry on without the add-on"] * 2)

# misdirection 3: the pricier plan pushed as "recommended", the cheap one hidden or talked down
_HIGH8 = ["Premium", "Platinum", "Pro Max", "Ultimate", "Family Plus", "Gold", "Elite", "Complete", "Business Pro", "Deluxe"]
_LOW8 = ["Basic", "Starter", "Lite", "Essentials", "Standard", "Solo", "Free", "Economy", "Core", "Simple"]
_STEER8 = ["{hi} ★ RECOMMENDED {price}/mo   {lo} {price}/mo (tap to expand)",
           "{hi} (best for you) · {lo} (not recommended)", "{hi} is pre-selected as the smart choice; {lo} is under 'other options'",
           "See {lo}: tap 'show all plans', then 'more', then scroll", "{lo} is available on request only",
           "{hi} is highlighted; {lo} appears greyed out at the bottom", "Most people pick {hi}; {lo} is only for light users",
           "Why settle? {hi} is the one we recommend for everyone", "{hi} - the plan we picked for you (change)",
           "Switch to {lo}? You'll lose everything that makes the app worth it",
           "{lo}: limited, slow, no support. {hi}: everything. Choose wisely",
           "The plan we recommend for you: {hi}. Other plans are hidden by default",
           "{hi} shown first with a big badge; {lo} only appears after you decline twice"]
for _s in _STEER8:
    for _ in range(3):
        _hi, _lo = _R8.choice(_HIGH8), _R8.choice(_LOW8)
        _P8["pressured_upsell"].append(_s.replace("{hi}", _hi).replace("{lo}", _lo))
for _ in range(16):
    _hi, _lo = _R8.choice(_HIGH8), _R8.choice(_LOW8)
    _N8.extend([f"{_lo} {{price}}/mo · {_hi} {{price}}/mo - compare features below",
                f"Plans: {_lo}, Plus and {_hi}. All are shown with their full price",
                f"{_lo} suits light use; {_hi} adds offline downloads and 4K",
                f"You're on {_lo}. Upgrade to {_hi} any time from settings",
                f"Upgrade to {_hi}", f"Switch to {_lo} at any time; your data stays",
                f"{_hi} costs {{price}} more per month than {_lo}"])

# misdirection 4: a paid default chosen for the customer at checkout
_DEF8 = ["Next-day delivery", "Premium seat", "Flexible fare", "Priority boarding", "Full insurance",
         "Annual billing", "The large size", "Gift wrap", "Platinum support", "Extra legroom", "Fast-track security",
         "Super cover", "Premium delivery slot", "Paperless plus"]
_DEFT8 = ["{d} has been chosen for you ({price}). Change",
          "We picked {d} for you (+{price})", "{d} (+{price}) - selected by default", "Your order: {d} ✓ (+{price})",
          "Selected: {d} {price} · other options below", "{d} is pre-set on your booking; tap to change",
          "You're getting {d} (+{price}) unless you switch it off", "Default option: {d}, {price} extra"]
for _d in _DEF8:
    for _t in _R8.sample(_DEFT8, 3):
        _P8["pressured_upsell"].append(_t.replace("{d}", _d))
    _N8.extend([f"Choose delivery: Standard (free) or {_d} ({{price}})", f"{_d} is available for {{price}} if you need it",
                f"You chose {_d} ({{price}})", f"Standard delivery selected (free). {_d} available for {{price}}"])
_P8["pressured_upsell"].extend([
    "Tip: 10% · 15% · 25% (selected)",
    "Choose an amount: $5  $10  [$50 pre-selected]", "Give ₹{n}00 (recommended) or choose your own",
    "The largest donation is already filled in for you", "Our suggested tip of {pct}% is pre-filled",
    "Your gift: {price} monthly (the one-off option is under 'more')"])
_N8.extend(["Choose an amount: $5  $10  $25  Other", "Tip: none · 5% · 10% (nothing selected)",
            "Donate any amount you like", "One-off or regular gift: both options are shown equally", "No tip is selected"] * 2)

# social proof: viewers, buyers, live notices, peers, rankings and pushy testimonials
_WHO8 = ["people", "shoppers", "guests", "travellers", "customers", "parents", "students", "members", "buyers", "users"]
_SP8 = ["{big} {w} are looking at this right now", "👀 {big} {w} viewing this hotel", "Bought {big} times in the last hour",
        "{big} {w} booked this in the past 24 hours", "🔥 {big} sold today", "In {big} carts right now",
        "{name} from {city} just bought this - {min} min ago", "{name} in {city} just booked a room",
        "Someone in {city} purchased this {min} minutes ago", "{big} {w} near you ordered this today",
        "Recently bought by {name}, {name} and {big} others",
        "{name} and {big} others just signed up. Join them!", "{big} {w} in {city} switched this week",
        "Your team-mates have upgraded - don't get left behind",
        "{big} of your contacts use this app",
        "Trending: {big} {w} grabbed this deal", "Everyone in {city} is talking about it",
        "Top pick among {w} in {city} this month",
        "{pct}% of {w} choose the annual plan - join them", "{big},000+ happy {w} can't be wrong",
        "★★★★★ 'Changed my life!' - join {big},000 fans today", "⭐⭐⭐⭐⭐ Adored by {big},000 {w}. Don't miss out",
        "'I wish I'd bought it sooner' - {name}. Thousands already have", "{w} like you usually add this",
        "Popular! Booked {big} times today",
        "Hot right now: {big} {w} have this in their basket", "LIVE: {big} {w} are on this page",
        "{big} {w} are checking out right now", "Selling like hot cakes in {city}",
        "Our bestseller - {big} sold this week alone", "{name} just saved {price}. You could too",
        "Join {big},000 {w} who've already made the switch", "{big} {w} just joined. Be part of it",
        "Almost everyone who visits this page orders it", "Nine out of ten {w} upgrade - will you?",
        "Other {w} booked this while you were deciding",
        "Someone just booked your dates", "{n} other {w} are trying to book this slot"]
for _s in _SP8:
    for _ in range(3):
        _P8["fake_social_proof"].append(_s.replace("{w}", _R8.choice(_WHO8)))
_N8.extend(["Rated {n}.{n} from {big} verified reviews", "See what customers say", "Reviews are checked before they appear",
            "Write a review", "{big} people found this review helpful", "Be the first to review this product",
            "No reviews yet", "Customer rating: {n}.{n} out of 5", "Sort by: most popular", "Sorted by: price, low to high",
            "Bestsellers are ranked by last month's sales", "Reviews are from verified purchases only",
            "{name} left a review: 'Fits well, a bit long in the arm'", "Read {big} reviews",
            "Your friend {name} shared a wishlist with you", "{name} commented on your photo", "{name} sent you a message", "{name} started following you",
            "You have {n} new messages", "{name} replied to your question", "Your order was packed by {name}",
            "{big} people attended last year's event", "We have {big} members in {city}",
            "Photos from customers", "Questions and answers ({n})", "Show all {big} ratings",
            "This review was written by a verified buyer", "We don't edit or remove negative reviews",
            "Most customers on this route choose Standard", "Our most chosen plan last year was Basic"] * 2)

# sneaking: extras, fees and subscriptions slipped in, revealed late or renewed in small print
_ADD8 = ["an upgraded seat", "a protection plan", "premium handling", "a {price} donation",
         "travel insurance", "a courier tip", "a care package", "a service charge", "fast-track pickup",
         "a paper invoice fee", "screen insurance", "a digital magazine trial", "a recycling fee"]
_SNK8 = ["We've assigned you {a} (+{price})", "Your order now includes {a}",
         "Heads up - {a} was included (+{price})", "{A} is already in your basket", "Included for you: {a}",
         "Order summary: item {price}, {a} {price}", "Cart: {a} (added automatically)", "{A} added. Remove",
         "We went ahead and added {a}", "Note: {a} comes with this booking (+{price})"]
for _a in _ADD8:
    for _t in _R8.sample(_SNK8, 4):
        _P8["pressured_upsell"].append(_t.replace("{a}", _a).replace("{A}", _a[0].upper() + _a[1:]))
    _N8.extend([f"Want {_a}? Add it here", f"You added {_a}", f"{(_a[0].upper() + _a[1:])} is optional and not added"])
_P8["hidden_subscription"].extend([
    "Subtotal {price} · Total {price} (service, handling and platform fees)", "Fees are shown on the final step",
    "Headline rate excludes the compulsory local charges, which appear on the payment page",
    "Total revealed after you enter your card", "A booking fee of {price} is added at payment",
    "Plus a {price} service fee, added at checkout", "Delivery, packaging and small-order fees are added at the end",
    "Prices exclude the mandatory cleaning fee", "From {price}* (*plus fees, shown later)",
    "Your one-off purchase also starts a {price}/month membership", "Your complimentary shipping pass becomes paid ({price}/month) once it has been used",
    "By ordering you join our {price}/month plan after the trial", "This deal includes a membership that renews yearly at {price}",
    "Renews automatically at {price}/year - see clause 14.3", "Auto-renew is ON by default",
    "Low-balance reloads are enabled for you, {price} at a time, unless you opt out",
    "Your introductory price of {price} becomes {price}/month after 3 months; details in your welcome e-mail",
    "After the first box, deliveries continue monthly at the full price", "Continuing means you accept our recurring plan",
    "Your 'free' sample ships with a monthly refill plan", "Trial converts to paid automatically; no reminder is sent",
    "Cancel within 24 hours or you'll be charged for the year", "Small print: membership fee applies from month 2",
    "This one-time order is set to repeat every 4 weeks", "That model is unavailable; we've put the upgraded version in your basket instead",
    "The advertised price applies only with a 24-month contract shown on the next page",
    "Your price is locked... until renewal, when it moves to the standard rate",
    "Order now for {price} (billed monthly, 12-month minimum term)"])
_N8.extend([
    "Total: {price} including delivery and all fees", "Price per night includes all taxes and fees",
    "All mandatory fees are included in the price shown", "Booking fee: {price}, shown in the price above",
    "Service fee ({price}) is listed before you pay", "Subtotal {price} · Delivery {price} · Total {price}",
    "This is a one-off purchase: nothing renews", "No subscription: you pay once", "Auto-renew is off. Turn it on in settings if you like",
    "Auto top-up is off. You can switch it on any time", "Your plan renews on {n} March at {price}; we'll remind you {n} days before",
    "Your trial ends on {n} June. We'll ask before charging you", "The {n}-day trial asks for no card details, so nothing is billed afterwards",
    "You'll be charged {price} today and nothing after that", "Your card will be charged {price} when the order ships",
    "Payment of {price} received, thank you",
    "You'll pay {price} now and {price} on delivery",
    "Ending the plan: Account > Plan > End plan, effective immediately",
    "We'll e-mail you before your free trial ends", "Renewal reminders are on", "Your basket hasn't changed since you added the item",
    "Order confirmed: 1 × {p}, {price}. Nothing else was added", "Your order #{n}{n}{n}{n} is confirmed",
    "The item you chose is out of stock; we'll refund you in full", "This room is no longer available. Search other dates",
    "Taxes are included in the price", "A refundable deposit of {price} is taken at check-in and returned when you leave"] * 2)

# forced action: something unrelated demanded before an ordinary thing
_DEMAND8 = ["post about us on social media", "invite three friends", "give us your phone number", "upload your contacts",
            "turn on location sharing", "allow push notifications", "install our app", "save a card on file",
            "agree to marketing calls", "complete our survey", "follow us on TikTok",
            "tell us your salary", "connect your Instagram", "leave us a 5-star review",
            "opt in to partner offers", "subscribe to our newsletter", "accept promotional texts",
            "create an account", "sign up for the loyalty club", "enable tracking cookies", "rate the app"]
_GOAL8 = ["download your receipt", "see your ticket", "track your parcel", "read the article", "open your course notes",
          "print your voucher", "look at our menu", "see the opening times",
          "claim your refund", "finish checking out", "see your test results", "unsubscribe", "read the FAQ",
          "check the bus times", "see the price", "use the calculator", "download the manual", "get your boarding pass",
          "play the next level", "access your invoices"]
_FORCE8 = ["{D} to {g}", "To {g}, {d} first", "{G}? {D} first", "You must {d} before you can {g}",
           "{D} (required) to {g}", "You can't {g} until you {d}", "Please {d} to continue and {g}",
           "Step 1: {d}. Step 2: {g}", "{D} - it's the only way to {g}", "We need you to {d} so you can {g}",
           "Kindly {d} to {g}", "Oi, {d} first, then you can {g}", "Unlock: {d} to {g}"]
for _d in _DEMAND8:
    for _g in _R8.sample(_GOAL8, 4):
        _t = _R8.choice(_FORCE8)
        _P8["hidden_subscription"].append(_t.replace("{d}", _d).replace("{D}", _d[0].upper() + _d[1:])
                                          .replace("{g}", _g).replace("{G}", _g[0].upper() + _g[1:]))
_N8.extend([
    "Log in to view your order history", "Enter your postcode to see delivery options", "Verify your e-mail to finish signing up",
    "Add a phone number so the courier can reach you (optional)", "Allow location to find stores near you, or type a town",
    "Allow camera access to scan the barcode", "Add a payment method to complete your purchase", "Enter your card details to pay",
    "Enter your booking reference to see your ticket", "Enter your tracking number to track your parcel",
    "Download your receipt from the order page - no login needed", "Check out as a guest or create an account",
    "Turn on notifications if you want delivery updates (optional)", "Get the app for offline tickets, or use the website",
    "Unsubscribe with one click from any e-mail", "The timetable is on this page; no sign-up needed",
    "Your certificate is ready to download", "Your boarding pass is in the app and in your e-mail",
    "Proof of age is needed to buy alcohol", "Photo ID is required at collection", "Enter your date of birth to confirm you're over 18",
    "Your SIM activates within 24 hours of insertion", "Share your location with the driver for this trip only",
    "Follow us on Instagram for new arrivals", "Share this page with a friend", "Invite friends and you both get {price} off",
    "Rate the app if you enjoy it", "Leave a review if you have a moment", "Sign up to our newsletter for recipes (optional)",
    "Create an account to save your address for next time", "Watch the video to learn how to assemble it",
    "Complete the survey to help us improve (optional, 2 minutes)", "Log in to see your test results securely"] * 2)

# other honest copy the round-7 model mis-scored in kind: confirmations, delays, game and app strings,
# everyday prices, payment links, plain upgrade buttons, "are you sure" dialogs
_N8.extend([
    "Remove this item from your basket? [Remove] [Keep]", "Are you sure you want to log out?",
    "Delete this address from your account?", "Are you sure? Your changes will be lost", "Discard draft? [Discard] [Keep editing]",
    "Do you want to cancel your booking? [Yes, cancel] [No, keep it]", "Cancel order? You'll get a full refund",
    "Upgrade", "Upgrade plan", "Upgrade to Plus", "Go Premium", "See plans", "Try Pro", "Compare plans",
    "Yes, add it  |  No thanks", "Add gift wrap? Yes / No", "Keep shopping  |  Go to basket",
    "Same price all year round",
    "This verification code expires in 10 minutes",
    "Your reset link is valid for 1 hour",
    "Platform {n} for the 16:40 service", "Your flight is on time", "Gate changed to B{n}",
    "Your order ships within 2 working days", "Delivery in 3-5 working days",
    "Your prescription is ready to collect",
    "Daily limit reached. Come back tomorrow",
    "Tap to continue", "Level complete!",
    "Double-tap to like", "Press and hold to record", "Pull down to refresh",
    "Not for me", "No thanks", "Maybe later", "Remind me later", "Dismiss", "Close",
    "We never sell your data",
    "Marketing e-mails: off", "Your preferences have been saved", "You've been unsubscribed",
    "G'day! Your order's on its way", "Hi mate, your parcel will arrive Thursday arvo", "Dear Customer, your order has been dispatched",
    "Kindly note your refund will be processed in 5-7 working days", "Dear Sir/Madam, your complaint reference is C{n}{n}{n}",
    "Thanks for getting in touch. I've checked your account and the refund went out yesterday",
    "Sorry for the wait - your replacement ships today", "Your subscription is paused until {n} May",
    "In stock: {n}{n} units", "Restocked this morning", "{n} left in this size; other sizes in stock", "Usually ships in 24 hours",
    "Sale ends 31 May", "Price drops to {price} from 1 June", "Prices shown include VAT", "Prices in AUD incl. GST",
    "MRP ₹{n}99 inclusive of all taxes", "Free delivery on orders above ₹499", "EMI available on select cards",
    "Round up your donation? [ ] Yes"] * 2)

# round 8, second batch: the same kinds told in other words (peers and crowds, steering by layout,
# costs that surface late, unrelated demands), so that no one word carries a kind
_PEER8 = ["Everyone in your year group", "Half of your street", "Most families at your school",
          "People in your postcode", "Parents in your area", "Other owners of your car", "Drivers on your route",
          "Residents in your building", "Your fellow members", "Guests who stayed here before you", "Students on your course"]
_DONE8 = ["already use us", "have already made the move", "signed up last month", "are already on the family bundle",
          "upgraded this year", "switched and are saving", "have joined - have you?", "already pay for the premium tier",
          "went for the bigger package"]
for _p in _PEER8:
    for _d in _R8.sample(_DONE8, 3):
        _P8["fake_social_proof"].append(f"{_p} {_d}")
_P8["fake_social_proof"].extend([
    "Trusted by millions - it's time you joined them", "So many happy customers can't all be wrong - order yours",
    "A huge crowd has already grabbed theirs", "Everybody's getting one this season - don't be left out",
    "The go-to choice for smart shoppers everywhere", "Shoppers are flocking to this one",
    "Bestseller! Other people are snapping these up as we speak", "Demand is through the roof - {big} orders in an hour",
    "Customers keep coming back for this - see why {big} bought it today", "Don't be the only one still on the old plan",
    "Record numbers have upgraded this week", "Popular with people just like you: {big} joined today",
    "The crowd favourite - {pct}% picked it", "Tons of people in {city} love it. You will too",
    "{big} sign-ups since this morning", "Reviewers say it's a must-have - {big},000 of them", "Real-time: {name} just upgraded",
    "Activity: {big} bookings for your dates in the last day", "High interest: {big} people viewed this in the last hour",
    "Someone near you just upgraded to Gold", "{name} (verified) just renewed for another year", "Ping! {name} bought one too"])
_N8.extend(["{big} people live in the village", "The club has {big} members", "Our team of {n}0 staff is based in {city}",
            "We deliver to {big} towns", "{name} from our team will call you", "Many customers ask about sizing - see the guide",
            "Customers often ask: can I return it? Yes, within 30 days", "Popular questions", "People also searched for",
            "Customers also viewed", "Similar items", "New this week", "Staff pick: our buyer's favourite this season",
            "Editor's choice", "Award: Best Budget Kettle 2025 (Which?)", "{pct}% of survey respondents were satisfied (independent survey, {n}0 people)",
            "Our average rating is {n}.{n} from {big} reviews, including the bad ones", "Join {big} members at our next meet-up on Saturday"] * 2)

_LAYOUT8 = ["The free option only appears after scrolling past three paid ones", "The opt-out sits under 'Advanced settings'",
            "'Reject' is a text link in light grey; 'Accept' is a big blue button", "The cheaper tariff is shown only on request",
            "The basic plan is hidden behind a 'more plans' link", "Declining takes four taps; accepting takes one",
            "The close button is the same colour as the background", "The monthly option is tucked into a dropdown",
            "Only the premium price is shown in large type", "The X to close the pop-up is a tiny icon in the corner",
            "The paid add-on is the first and largest tile",
            "An ad that looks just like a news article",
            "The refund option is buried below the voucher offer", "The 'skip' link is styled to look disabled",
            "The priciest package is marked 'most popular' whatever people choose", "The price of the cheap plan is left out of the comparison"]
_P8["pressured_upsell"].extend(_LAYOUT8)
_P8["pressured_upsell"].extend([
    "Upgrade now for the full experience. Stay on Basic for the cut-down one",
    "Choose Family: complete protection. Choose Solo: you're on your own",
    "We recommend the {pct}%-more-expensive option for you",
    "Keep the upgraded seat (recommended)  ·  downgrade", "Your bundle: premium version selected for best results",
    "Skip insurance (not advised)", "No, I'll accept the risk of losing my deposit", "Proceed unprotected",
    "Continue with limited features", "Remove protection and continue at my own risk",
    "Keep me informed (uncheck to miss out on offers)", "Opt-out by unticking all {n} partner boxes individually",
    "Yes, send me news · No, don't stop the news", "Do you want to keep not receiving alerts? Yes/No"])
_N8.extend(["Choose Yearly ({price}) or Monthly ({price}); the yearly total is shown", "Both plans include the same features",
            "All tiers listed from cheapest to most expensive", "Reject all is as easy as accept all", "Close",
            "Skip insurance", "Continue without insurance", "No insurance, thanks", "Continue with the free version",
            "Free plan: up to 3 projects. Pro: unlimited projects", "Basic covers the essentials; Premium adds extras",
            "Ad", "Sponsored", "Sponsored listing", "Promoted - paid placement", "This article contains affiliate links"] * 2)

_LATE8 = ["A {price} convenience fee appears at the payment step", "The final price adds a compulsory service charge",
          "Fees: calculated after you confirm", "Surprise: a {price} packing charge on the last page",
          "Total due at payment is higher than the listed price", "Per-night price shown; cleaning and service fees come later",
          "The headline fare excludes seat, bag and booking charges added at the end", "Plus applicable charges (see final step)",
          "The order total includes a 'sustainability surcharge' you weren't shown earlier",
          "Ticket price {price} + 'facility fee' + 'order processing' at checkout", "Displayed price excludes the mandatory membership"]
_P8["hidden_subscription"].extend(_LATE8)
_P8["hidden_subscription"].extend([
    "Your purchase includes a free month of Plus, then {price}/month unless you cancel", "Buying this enrols you in our savers club ({price}/mo)",
    "Activating the warranty also starts a paid support plan", "Renewal is automatic and at the then-current price",
    "This gift subscription renews on the giver's card each year", "We keep your card on file and renew you every year",
    "Your account will be topped up automatically from your card", "Automatic reloads are on; you can change this in settings later",
    "The discount applies to the first box; every box after is full price and ships monthly",
    "Auto-renew enabled (find the toggle under Account > Billing > Advanced)"])
_N8.extend(["Automatic reloads are off", "Auto-renew: off. You'll get a reminder before your plan ends",
            "This is a single purchase; there's nothing to cancel", "Price includes cleaning and service fees",
            "Total price shown, no fees added later", "Fare includes one cabin bag; checked bags are {price} each, shown now",
            "We'll never add anything to your order without asking", "Your order total matches the price you saw"] * 2)

_UNREL8 = ["your employer's name", "your income", "access to your photos", "your contacts list", "your exact location",
           "marketing consent", "a social media login", "a subscription to our newsletter", "permission to track you across apps",
           "your partner's e-mail", "an app install", "a 5-star rating"]
_BASIC8 = ["to read our returns policy", "before you can see our prices", "to look at the size chart", "to use the store locator",
           "to see which flavours we sell", "to open your e-ticket", "to download your invoice", "to see the bus times",
           "before showing the menu", "to access the help page", "before you can cancel", "to claim your warranty"]
for _u in _UNREL8:
    for _b in _R8.sample(_BASIC8, 3):
        _P8["hidden_subscription"].append(_R8.choice(["We require {u} {b}", "{U} is needed {b}", "Please provide {u} {b}",
                                                       "Grant us {u} {b}"]).replace("{u}", _u).replace("{U}", _u[0].upper() + _u[1:]).replace("{b}", _b))
_N8.extend(["We need your address to deliver your order", "Your e-mail is needed to send your ticket",
            "Your date of birth is needed to check your age for this product", "A phone number helps the driver find you",
            "Location is used only while you track the delivery", "The returns policy is on this page", "Size chart: see below",
            "Our menu is below", "Your invoice is attached", "The help page is open to everyone"] * 2)

# round 8, third batch: honest copy in the families the new positives sit next to (ticked boxes that
# are the customer's own settings, trials and renewals told in full, plain cancel paths, game and
# app strings, charity match funding, travel allowances, pharmacy notes, assistants pointing to the
# cheaper plan), and more obstruction and confirmshaming in other shapes
_OWNTICK8 = ["Keep me signed in", "Billing address same as delivery address", "Use this as my default address",
             "I have read the terms and conditions", "I confirm I am over 18", "Show prices including VAT",
             "Hide out-of-stock items", "Email me my receipt", "Text me when my order is out for delivery",
             "Leave the parcel with a neighbour if I'm out", "This is a gift - hide the price on the packing slip",
             "Notify me about my own order only", "Dark mode", "Large text", "Show only vegetarian dishes",
             "Wheelchair-accessible rooms only", "Direct flights only", "Free cancellation only", "Sort newest first"]
for _o in _OWNTICK8:
    for _t in _R8.sample(_TICK8, 3):
        _N8.append(f"{_t} {_o}")
_N8.extend([
    "{n} months at no cost; from then on {price} a month, and a reminder e-mail goes out first",
    "Trial: {n} days free, then {price}/month; cancel before {n} June and you won't pay anything",
    "After your trial you'll be on the free tier unless you choose to pay", "When the trial ends your account simply stops; no charge",
    "Your plan ends on {n} May and won't renew", "Renews yearly at {price}. Turn off renewal in your account at any time",
    "Your fixed deal ends on {n} September. We'll write to you with your options a month before",
    "At the end of your contract your price stays the same and you can leave with 30 days' notice",
    "We're sorry to see you go. Your membership stays active until the end of this billing month",
    "Cancelled. You won't be charged again", "Your cancellation is confirmed. Reference: CX{n}{n}{n}",
    "To close your account: Settings > Account > Close account. It takes effect straight away",
    "Delete your account from the app: Profile > Settings > Delete account", "Stop the monthly gift any time from the link in your receipt",
    "Reply STOP to end these messages", "Unsubscribe: one click at the bottom of any e-mail",
    "You can cancel by phone, chat, e-mail or online", "Cancel online, no call needed",
    "Pause or cancel from your account whenever you like", "Notice period: 14 days, cancel in the app",
    "Chatbot: The Lite plan would cover what you need and costs less", "Based on what you told me, the cheapest plan is enough",
    "Honestly, you don't need the premium version for that", "You could save money by staying on your current plan",
    "Assistant: the basic tier is {price}/month and includes everything you listed", "The monthly option costs more over a year; the yearly one is cheaper overall",
    "This fare includes a cabin bag; a hold bag costs {price} if added now or {price} at the desk",
    "Seat selection is optional; a free seat is given at check-in", "Fare includes one {n}kg bag", "Hand luggage only fare",
    "Coins: {big}. Battle pass: {big} coins", "Daily reward collected! Come back tomorrow for the next one",
    "New season starts {n} October", "Your free article count resets monthly: {n} of 5 read", "{n} of {n} free lessons used",
    "Match funding: gifts made before 31 December are doubled by our partner, up to {price},000",
    "Our appeal has raised {price},{n}00 so far - thank you", "{big} supporters gave last year", "Your gift of {price} will buy {n} school books",
    "This medicine can only be supplied after a short chat with the pharmacist", "Pharmacy medicine: maximum {n} packs per order",
    "Prescription-only. We'll check with your GP", "Take {n} tablets a day with food",
    "Offer: first month {price} (normally {price}). Ends {n} March", "Joining fee waived this month, normally {price}",
    "Delivery within 24 hours in most areas", "Ships next working day", "Ready for collection within 2 hours",
    "Get your code by text in about a minute", "Your PAC code arrives by SMS", "Text JOIN to sign up for match alerts",
    "Tap the heart to save, the cross to skip", "Like or pass", "Swipe to see more photos",
    "Unlock new tracks by finishing the season", "Reach level 10 to unlock ranked matches",
    "Are you sure you want to clear your basket? [Clear] [Cancel]", "Are you sure you want to end your subscription? [End] [Keep]",
    "Delete this photo? [Delete] [Cancel]", "Leave this group? You can rejoin later", "Unsaved changes. Leave anyway?",
    "Yes, add cover | No thanks", "Add a warranty? [Add] [No thanks]", "Add a gift card? Yes / No", "Would you like a bag? Yes (5p) / No",
    "Every day prices - we don't run sales", "No sale, no pressure: this is our normal price", "Our prices don't change at the weekend"] * 2)

_EXIT8 = ["To delete your account", "To stop the direct debit", "To close your membership", "To claim a refund",
          "To turn off auto-renew", "To unsubscribe from texts", "To cancel your plan", "To get your deposit back"]
_MAZE8 = ["dig through five nested menus on the website, since the app has no option",
          "call the one number that is open on weekday mornings for an hour", "post a signed form with a copy of your passport",
          "write to a postal address we only give out on request", "chat with an agent, who must first offer you three deals",
          "visit the store where you signed up, and only that store", "send a fax", "e-mail us and wait up to 60 working days",
          "use the old version of the app, which we no longer update", "find the link on page 7 of the terms",
          "log in, then verify by phone, then by post, then log in again"]
for _e in _EXIT8:
    for _m in _R8.sample(_MAZE8, 3):
        T["hard_to_cancel"].append(f"{_e}, {_m}")
T["hard_to_cancel"].extend([
    "Opting out of e-mails means signing in first and switching off each list one by one", "Cancelling is possible, but only through live chat after a 20-minute queue",
    "There is no cancel button; ask your account manager",
    "Deleting your data requires ID, a notarised letter and 90 days", "Opting out takes you through five pages of offers",
    "Stop the plan? Only our retention team can do that, and they call you back when they can"])

T["confirmshaming"].extend([
    "Decline - my {thing} will be fine without protection, probably", "Skip and let my {thing} suffer", "No, let them manage without me",
    "Close - I'll just keep making the same mistakes", "I'll muddle through alone",
    "No, the animals can fend for themselves", "Nope, my family can cope without cover", "I'll pass on being organised",
    "Continue without help - I know I'll get it wrong", "Leave - falling behind everyone else suits me",
    "No, I'll keep overpaying", "I'd rather keep guessing", "No, I'll just hope nothing goes wrong",
    "Decline - my career can wait forever", "Skip - my garden doesn't deserve better"])
for _i, _t in enumerate(list(T["confirmshaming"][-15:])):
    if "{thing}" in _t:
        T["confirmshaming"][-15 + _i] = _t.replace("{thing}", _R8.choice(["data", "home", "health", "phone", "savings", "pet"]))
T["fake_scarcity"].extend([
    "Places are nearly all taken - grab one while you can", "Spaces on the Saturday workshop are almost gone",
    "We're down to the last couple of seats for these dates",
    "Only a sliver of stock remains", "The final few appointments are being snapped up", "Classes filling up fast - nearly full",
    "Last handful of tickets at this price", "Just a couple of rooms remain on your dates - best be quick"])
_N8.extend(["This class is full. Join the waitlist", "{n} places left on the course; the next one starts in May",
            "Fully booked on your dates. Try the following week", "Appointments available from Tuesday",
            "Sold out in this size", "Limited edition run of {n}00, numbered"] * 2)

# round 8, fourth batch: the loaded "no" of a yes/no pair, extras applied to a total, more crowd claims,
# more unrelated demands; each beside its plain counterpart
_WORSE8 = ["the basic version", "the limited plan", "the flimsy case", "the old model", "the unprotected booking",
           "the cheaper, riskier fare", "the inferior delivery", "the no-frills room", "my outdated setup", "the risky option"]
for _w in _WORSE8:
    _P8["pressured_upsell"].extend([f"Upgrade now   |   No, carry on with {_w}", f"No, I'll stay with {_w}", f"No, give me {_w}",
                                    f"Upgrade  ·  No, stick with {_w}"])
_N8.extend(["Move me up a tier  ·  Leave my plan as it is", "No, keep standard delivery", "No, keep the free version",
            "No, keep what I have", "Keep my current room", "No, stay on my plan", "Upgrade  ·  No thanks",
            "Change plan  ·  Keep plan", "Switch to yearly  ·  Stay monthly"] * 3)
_EXTRA8 = ["Priority handling", "Order protection", "Carbon offset", "Premium support", "A service tip", "Express packing",
           "Peak-time surcharge", "Insurance", "A platform contribution", "Fast-lane processing", "A gift receipt pouch"]
for _e in _EXTRA8:
    _le = _e[0].lower() + _e[1:]
    for _t in _R8.sample(["{E}: added (+{price})", "+ {e} {price} (auto)", "Updated total includes {e}", "{E} applied to your order",
                          "We've applied {e} to your total", "Your total now has {e} in it", "Total {price} incl. {e} (added for you)",
                          "New line on your bill: {e} {price}"], 4):
        _P8["pressured_upsell"].append(_t.replace("{E}", _e).replace("{e}", _le))
_N8.extend(["Discount applied", "Promo code applied: -{price}", "Gift card applied: -{price}", "Delivery: free (applied)",
            "Loyalty points applied", "Student discount applied to your order", "Voucher applied to your total",
            "Your total went down by {price} after the code", "Coupon removed", "Tax recalculated for your address"] * 3)
_P8["fake_social_proof"].extend([
    "{pct}% of {w} recommend us - see why", "Rated number one by {w} like you", "{W} like you love it", "Most of our {w} go for Gold",
    "Thousands of {w} rely on us - join them today", "The choice of smart {w} everywhere", "Loved by {pct}% of {w}",
    "Families like yours pick the bundle", "Teams like yours already moved to Pro", "Don't fall behind: your rivals already use it",
    "Everyone else has upgraded", "You're one of the few still on the old plan", "Your friends have all joined. Your turn",
    "Customers in your situation nearly always choose cover", "Members like you got {n}x more with Premium"])
for _i in range(1, 16):
    _t = _P8["fake_social_proof"][-_i]
    _w = _R8.choice(_WHO8)
    _P8["fake_social_proof"][-_i] = _t.replace("{W}", _w[0].upper() + _w[1:]).replace("{w}", _w)
_N8.extend(["{pct}% of customers rated delivery 4 or 5 stars in our {n}0-person survey", "We serve customers in {n} countries",
            "Customers who bought this also bought", "Founded in 19{n}{n}", "Our members voted for the new opening hours",
            "Your friend gave you {price} credit", "People who like jazz also listen to blues", "Most popular size: Medium",
            "Best-selling colour: navy"] * 2)
_DEM8 = ["accept marketing calls", "add a payment card", "enter your mobile number", "share your location", "post on social media",
         "allow contacts access", "agree to data sharing with partners", "turn on personalised ads", "take a 10-question survey",
         "register with your full address"]
_BAS8 = ["to see our store hours", "to read the help article", "to open the recipe", "to look at the size guide", "to reset your password",
         "to view your payslip", "to read your messages", "to print the voucher you already bought", "to open the free sample",
         "to see the delivery charge"]
for _d in _DEM8:
    for _b in _R8.sample(_BAS8, 3):
        _P8["hidden_subscription"].append(_R8.choice(["{D} {b}", "You'll have to {d} {b}", "First {d}, then you can continue {b}",
                                                       "{b_}: {d} required"]).replace("{d}", _d).replace("{D}", _d[0].upper() + _d[1:])
                                          .replace("{b_}", _b[3].upper() + _b[4:]).replace("{b}", _b))

# round 8, fifth batch: misdirection built from parts (double negatives, cookie walls, decoy
# buttons and adverts, the dearest amount put forward), and plain notices of the same shapes
_ASK8 = ["Do you want to", "Tick if you'd like to", "Choose Yes to", "Please confirm you wish to", "Select to"]
_NEGV8 = ["not opt out of", "not stop", "avoid not receiving", "not unsubscribe from", "not decline", "not refuse",
          "not withdraw from", "not say no to"]
_OBJ8 = ["personalised ads", "partner offers", "our newsletter", "promotional texts", "data sharing", "tracking", "sales calls",
         "member mailings"]
for _a in _ASK8:
    for _v in _R8.sample(_NEGV8, 3):
        _P8["pressured_upsell"].append(f"{_a} {_v} {_R8.choice(_OBJ8)}? Yes / No")
for _o in _OBJ8:
    _N8.extend([f"Would you like {_o}? Yes / No", f"Do you want to opt out of {_o}? Yes / No", f"Turn off {_o}", f"{_o[0].upper() + _o[1:]}: on / off"])
_DEEP8 = ["Settings > Privacy > Partners > Advanced", "More options > Vendors > Legitimate interest", "a link at the very bottom of page 3",
          "the small print under the banner", "a second screen that opens only after a delay", "Manage > Purposes > each vendor in turn"]
for _d in _DEEP8:
    _P8["pressured_upsell"].extend([f"Accept all to continue. To refuse, go to {_d}", f"One tap accepts everything; rejecting means {_d}",
                                    f"Agree and close  ·  (reject options under {_d})"])
_N8.extend(["Cookies: allow every purpose, refuse every purpose, or decide one by one", "Reject all is on the first screen, next to Accept all",
            "You can change your cookie choices at any time from the footer", "Only necessary cookies are used unless you agree"] * 3)
_BTN8 = ["Download", "Start", "Play", "Continue", "Get it free", "Install"]
for _b in _BTN8:
    _P8["pressured_upsell"].extend([f"The big '{_b}' button is an advert; the real one is a small link below it",
                                    f"Advert styled as a '{_b}' button above the genuine one",
                                    f"'{_b}' (sponsored, but looks like part of the page)"])
    _N8.append(f"{_b}")
_P8["pressured_upsell"].extend([
    "Paid listing shown as if it were the top organic result", "Ads in the results look exactly like the other results",
    "The sponsored pick has no label saying it's an ad", "This 'review' is a paid placement but isn't marked as one"])
_N8.extend(["Sponsored results are labelled 'Ad'", "Ad · {p} from our partner", "Results are sorted by relevance; ads are marked",
            "This article includes paid links, marked with *"] * 2)
_BIG8 = ["The largest amount", "The priciest package", "The highest tip", "The biggest donation", "The longest contract",
         "The most expensive bundle"]
_SHOWN8 = ["is highlighted for you", "is pre-filled", "is pre-selected", "is shown first in bold", "is already chosen",
           "is the default", "comes ticked"]
for _b in _BIG8:
    for _s in _R8.sample(_SHOWN8, 3):
        _P8["pressured_upsell"].append(f"{_b} {_s}")
_N8.extend(["No amount is pre-selected", "Enter any amount", "All amounts are shown the same way", "Choose a package to see its price"] * 2)
_N8.extend([
    "A {price} carrier bag charge applies", "Bags cost {n}p each", "This item ships separately", "Your order will arrive in two deliveries",
    "This seat has a restricted view", "Seats in row {n} don't recline", "Click & Collect is free and usually ready the same day",
    "Orders are ready to collect in {n} hours", "No, continue without a gift message", "No, continue without an extra",
    "Continue without adding anything", "Our most popular plan last year was Standard ({n}{n}% of members)",
    "Weekly plan: intro price {price} for the first {n} weeks, standard price {price} after; stop it online at any time",
    "Hold luggage: {price} online or {price} at the airport", "Prices are lower online than at the desk",
    "This device will be remembered for 30 days", "Trust this browser", "Stay logged in on this device",
    "Your free plays reset each day", "{n} of {n} daily hints used", "Streak: {n} days", "Come back tomorrow for more lives",
    "Add Gift Aid to your donation if you pay UK tax", "We'll send your receipt by e-mail", "Receipts are sent to the e-mail you give us",
    "Your plan changes to month-to-month at the end of the term, at the same price", "When your trial ends you move to the free tier"] * 2)

# round 8, sixth batch: leaving met by repeated "are you sure" screens and offers, exits tied to one
# place or time; add-ons folded into a plan's price; a free first thing that enrols you
_NAG8 = ["Are you sure?", "Really leave?", "Wait - one more offer first", "Last chance to stay", "Think of what you'll lose",
         "Before you go, how about 50% off?", "Still want to go?", "Please reconsider"]
for _ in range(12):
    _a, _b, _c = _R8.sample(_NAG8, 3)
    T["hard_to_cancel"].append(f"Cancel → {_a} → {_b} → {_c} → then the cancel button appears")
_PLACE8 = [("Phone contracts", "in the store where you bought the phone"),
           ("Paper subscriptions", "by calling the circulation desk on weekday mornings"), ("Club memberships", "at the annual meeting"),
           ("Storage units", "in person at the site office"), ("Dance classes", "by letter to the studio owner"),
           ("Car wash plans", "at the wash where you joined, on weekdays"), ("Meal kits", "by phone, never online")]
for _w, _p in _PLACE8:
    T["hard_to_cancel"].extend([f"{_w} can only be cancelled {_p}",
                                f"Sorry, {_w.lower()} can't be ended in the app; it's {_p}"])
    _N8.extend([f"{_w} can be cancelled online, in the app or {_p}", f"Cancel {_w.lower()} any way you like, including online"])
T["hidden_subscription"].extend([
    "A {price}/month cover add-on is bundled into the plan total", "Included in your monthly price: a paid insurance extra you didn't pick",
    "The quoted monthly price already contains a {price} add-on", "Your bill now includes a {price}/month accessory plan",
    "Your first coffee is free - and enrols you in the {price}/month club", "The free first box signs you up for weekly boxes at {price}",
    "Redeeming the free gift starts a {price}/month membership", "Your complimentary month rolls into {price}/month automatically"])
_N8.extend(["Your plan price: {price}/month, with no add-ons", "Your bill shows each add-on you chose, with its price",
            "Your first coffee is on us - no sign-up needed", "Free first box, no subscription", "The free gift comes with no strings"] * 2)

# voices: the same line as an SMS, push notice, e-mail line, HTML fragment, in capitals or with emoji,
# applied to both sides so a voice is never a cue on its own
_VOICE8 = [("", ""), ("", ""), ("", ""), ("SMS: ", ""), ("Push: ", ""), ("Email: ", ""), ("<p>", "</p>"),
           ("<button>", "</button>"), ("<span class=\"small\">", "</span>"), ("<li>", "</li>"), ("📣 ", ""),
           ("", " 🙂"), ("", " ✨"), ("Hi there! ", ""), ("Hey {name}, ", ""), ("Dear customer, ", ""), ("Update: ", ""),
           ("Reminder: ", ""), ("", " Reply STOP to opt out"), ("Notification: ", "")]


def _voice8(s: str) -> list[str]:
    a, b = _R8.choice(_VOICE8)
    out = [s, a + s + b]
    if _R8.random() < 0.15:
        out.append(s.upper())
    return out


for _lab, _lines in _P8.items():
    T[_lab].extend(v for s in _lines for v in _voice8(s))
NEG.extend(v for s in _N8 for v in _voice8(s))

# --- round 9 (classifier v10): misdirection, obstruction, sneaking, forced action and
# confirmshaming where the trick lies in a layout, a default or a flow (badges steering to the
# dearer plan, a paid extra or donation already chosen, small fees summed into a total, auto top-up
# left on, bait-and-switch prices, personal data demanded for ordinary information, leaving tied to
# one channel, device, condition or a long series of screens, prompts that never take no), each
# beside honest copy of the same shape (a badge on a plainly described plan, an unticked optional
# extra, a fee shown up front, a plain way out, a prompt with a real "no"). Built from parts
# written for Candor after the round-8 blind set was scored; no line of any evaluation set is
# copied or reworded here (tests/test_checks_quality.py checks it).
_R10 = random.Random(101)
_P10: dict[str, list[str]] = {"pressured_upsell": [], "hidden_subscription": [], "hard_to_cancel": [],
                              "confirmshaming": []}
_N10: list[str] = []


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _pick(parts: list[str], k: int) -> list[str]:
    return _R10.sample(parts, min(k, len(parts)))


# misdirection 1: a badge and a layout steering to the dearer plan; honest badges beside them
_BADGE10 = ["★ Most popular", "BEST VALUE", "Recommended", "Our pick", "⭐ Top choice", "Editor's choice", "Smart choice",
            "MOST CHOSEN", "👑 Best deal", "Staff favourite"]
_TIER_HI10 = ["the 24-month plan", "the family bundle", "the Max tier", "Gold cover", "the yearly pass", "the premium box",
              "the 3-year warranty", "Unlimited Plus", "the business plan", "the fully flexible fare"]
_TIER_LO10 = ["the monthly plan", "the single plan", "the Mini tier", "Bronze cover", "the weekly pass", "the small box",
              "no warranty", "the 5 GB plan", "the personal plan", "the saver fare"]
_STEER10 = ["{badge} sits on {hi}, which is opened and selected; {lo} is folded away under 'other plans'",
            "{hi} [{badge}] comes first and already chosen; to get {lo} you have to scroll past three panels",
            "{badge}: {hi}. {lo} is shown only as a grey line of text with no button",
            "The page opens with {hi} ticked and labelled {badge}; {lo} needs 'show more' twice",
            "{hi} gets the {badge} ribbon and a coloured button, {lo} a plain text link at the foot",
            "{badge} label on {hi}, whose price is shown per day; {lo} is priced per year so it looks dearer",
            "Only {hi} carries the '{badge}' tag and the 'Continue' button; {lo} has to be picked from a drop-down",
            "{hi} is marked {badge} and pre-chosen, though {lo} covers what most people need",
            "Compare plans: {hi} ({badge}, highlighted in green) | {lo} (collapsed, tap to view price)",
            "We put the '{badge}' badge on {hi} because it earns us the most"]
for _s in _STEER10:
    for _ in range(4):
        _b, _hi, _lo = _R10.choice(_BADGE10), _R10.choice(_TIER_HI10), _R10.choice(_TIER_LO10)
        _P10["pressured_upsell"].append(_cap(_s.replace("{badge}", _b).replace("{hi}", _hi).replace("{lo}", _lo)))
_HONEST_BADGE10 = ["{badge}: {lo}, the plan most members chose last year; every plan is shown with its full price",
                   "{lo} [{badge}] {price}/mo · {hi} {price}/mo · nothing is pre-selected",
                   "{badge} means the plan picked most often in the last 12 months; it is not chosen for you",
                   "{hi} ({badge}) {price} a year, billed once; {lo} {price} a month, billed monthly",
                   "All plans have the same button; {badge} marks {lo}, the one most people keep",
                   "{badge} - {hi}: costs more, includes more. Compare it line by line with {lo} below",
                   "Plans side by side, prices per month for each: {lo}, {hi}. Choose one to continue"]
for _s in _HONEST_BADGE10:
    for _ in range(5):
        _b, _hi, _lo = _R10.choice(_BADGE10), _R10.choice(_TIER_HI10), _R10.choice(_TIER_LO10)
        _N10.append(_cap(_s.replace("{badge}", _b).replace("{hi}", _hi).replace("{lo}", _lo)))
_N10.extend([f"{_b}" for _b in _BADGE10] * 2)

# misdirection 2: the button that goes on also buys something; the refusal is a faint link
_EXTRA10 = ["seat selection", "a cabin bag", "travel insurance", "the breakdown add-on", "a gift box", "the warranty",
            "priority pick-up", "extra data", "the premium checkout", "fast-track entry", "the carbon offset", "a lounge pass"]
_GO10 = ["CONTINUE", "Next", "Proceed", "Go to payment", "Confirm booking", "Checkout", "Done", "Book now", "Keep going",
         "Pay now"]
_GOSHAPE10 = ["{go} → (adds {x}, {price})  ·  or carry on with nothing added",
              "[{go}] includes {x} ({price}); the version without it is the small link below",
              "{go} (with {x}, {price})      continue without >",
              "Tap {go} to add {x} for {price}; to skip it, find 'basic' under the price breakdown",
              "The main '{go}' button buys {x} as well; 'no extras' is a text link in light type",
              "<button class=\"primary large\">{go} with {x}</button> <a class=\"muted tiny\">no thanks</a>",
              "<a class=\"btn btn-lg btn-success\">{go}</a> <span class=\"text-muted small\">decline {x}</span>"]
for _s in _GOSHAPE10:
    for _ in range(4):
        _P10["pressured_upsell"].append(_s.replace("{go}", _R10.choice(_GO10)).replace("{x}", _R10.choice(_EXTRA10)))
for _ in range(14):
    _g, _x = _R10.choice(_GO10), _R10.choice(_EXTRA10)
    _N10.extend([f"{_g}", f"{_g} (nothing else is added)", f"Continue with {_R10.choice(['Google', 'Apple', 'e-mail', 'Basic', 'your current plan', 'Standard delivery', 'the starter tier'])}", f"Add {_x} for {{price}}  |  {_g} without it",
                 f"<button class=\"primary\">{_g}</button> <button class=\"primary\">Add {_x}</button>",
                 f"{_cap(_x)} is optional; you can add it later from your booking"])

# misdirection 3: confusing or reversed wording of a choice, and a "no" hidden among other options
_FLIP10 = ["To stop {thing}, press 'Yes'. To keep {thing}, press 'No'",
           "Choose 'Agree' if you do not want {thing}",
           "Selecting 'Continue' confirms you want {thing}; 'Back' also keeps it",
           "End {thing}?   [End]   [Continue]   (Continue keeps paying)",
           "Stop {thing}?  [Stop]  [Cancel]  - Cancel means it carries on",
           "Untick nothing if you'd rather not avoid {thing}",
           "[ ] Please don't stop me getting {thing}",
           "☐ I would not like to not receive {thing}",
           "By leaving this ticked you don't decline {thing}",
           "Not opting out means you are opted in to {thing}",
           "Switching this off turns {thing} on",
           "Press 'Close' to accept {thing}; press 'X' to accept it too"]
_THINGS10 = ["partner mailings", "your subscription", "the monthly box", "data sharing", "promotional texts", "auto-renewal",
             "the paid plan", "tracking cookies", "the extended cover", "member offers"]
for _s in _FLIP10:
    for _t in _pick(_THINGS10, 4):
        _P10["pressured_upsell"].append(_s.replace("{thing}", _t))
for _t in _THINGS10:
    _N10.extend([f"Stop {_t}?  [Yes, stop it]  [No, keep it]", f"[ ] Send me {_t}", f"Turn {_t} on or off here",
                 f"Keep {_t}   |   End {_t}", f"You can end {_t} at any time in settings",
                 f"☐ Don't send me {_t}"])
_HIDE10 = ["Choose cover: Lisbon / Madrid / (no cover) / Paris / Rome - listed among the cities",
           "Country of residence ▾ ... Norway / No insurance thanks / Oman ...",
           "The 'no thanks' choice is the seventh item in a list of insurance levels",
           "Decline is listed alphabetically among the destinations",
           "To book without cover, pick 'Z - not required' at the bottom of the country list",
           "Skip protection is an entry in the drop-down of regions, between two place names",
           "Opt-out is inside the list of languages, after Welsh",
           "Select level ▾  Gold · Silver · Bronze · I accept the risk · Platinum"]
_P10["pressured_upsell"].extend(_HIDE10 * 2)
_N10.extend(["Choose cover: none, basic or full - none is the first option", "Country of residence ▾",
             "Select your country from the list", "Insurance: [ ] Add cover ({price})  [x] No cover",
             "Choose a level: Bronze, Silver or Gold, or skip", "Language ▾ English / Welsh / Gaelic"] * 2)

# misdirection 4: price framed per day or week, savings against a price nobody pays
_UNIT10 = ["{price}/day*", "{n}0p daily*", "{price} a week*", "from {price}/wk*", "less than a coffee a day*",
           "{price} per day (min. term applies)*", "only {price} weekly*"]
_FOOT10 = ["*one payment of {price}99 up front for the year", "*charged annually, non-refundable, taken today",
           "*24-month contract, paid in full at checkout", "*billed as a single yearly amount",
           "*the full year is charged when you click continue", "*quoted price assumes 2 years prepaid"]
for _u in _UNIT10:
    for _f in _pick(_FOOT10, 3):
        _P10["pressured_upsell"].append(f"Premium for {_u} {_f}")
_SAVE10 = ["Save {pct}%*", "Was {price}0, now {price}*", "{pct}% off the RRP*", "You save {price}0*"]
_VS10 = ["*against the price charged at a motorway kiosk", "*compared with the single-visit ticket at peak times",
         "*versus a list price we have never sold it at", "*against buying every item separately at full price",
         "*reference price from a one-day launch in 2019", "*compared with the highest price any retailer charged"]
for _s in _SAVE10:
    for _v in _pick(_VS10, 4):
        _P10["pressured_upsell"].append(f"{_s} {_v}")
_N10.extend(["{price} a month, billed monthly; or {price} a year, billed yearly (save {pct}%)",
             "Premium: {price} per month. You pay monthly and can stop any time",
             "Annual plan: {price}, paid once. That's about {price} a month",
             "Was {price}, now {price} - the price it sold at for the last 30 days",
             "{pct}% off: previously {price} in our shop from 1 to 30 June",
             "Price per day shown for comparison only; you pay {price} monthly",
             "Save {pct}% compared with paying monthly for the same year"] * 3)

# obstruction 1: leaving tied to one channel, device, place, person or time
_LEAVE10 = ["Cancelling", "Deleting your account", "Ending your membership", "Turning off auto-renew",
            "Closing your savings pot", "Unsubscribing from texts", "Downgrading your plan", "Stopping your standing order",
            "Removing your card", "Ending the contract"]
_ONLY10 = ["only works from the iPhone app", "can only be done on a desktop computer",
           "has to be done from the same device you signed up on", "is only possible through live chat, weekdays 10-4",
           "needs a call to your personal account manager", "is handled only by our team in branch",
           "requires a video call with a member of staff", "can only be requested by fax",
           "is only available in the app, not on the website", "is only accepted on the first day of the month",
           "can only be arranged by a phone call we book for you", "is only possible at the counter where you joined"]
for _l in _LEAVE10:
    for _o in _pick(_ONLY10, 4):
        _P10["hard_to_cancel"].append(f"{_l} {_o}")
_FREE10 = ["can be done online, in the app or by phone", "takes two taps in Settings, on any device",
           "is in Account > Plan, on the website and in the app", "works from any device you're signed in on",
           "can also be done by phone if you prefer"]
for _l in _LEAVE10:
    for _f in _pick(_FREE10, 2):
        _N10.append(f"{_l} {_f}")

# obstruction 2: leaving blocked by a condition, a failure, a long form or many screens
_BLOCK10 = ["{leave} is not possible while {cond}",
            "You can't {leave_l} until {cond2}",
            "{leave} failed. Please get in touch with {who} to finish it",
            "The {button} is unavailable right now; please try again in a few days",
            "We were unable to complete your request online; {who} will call you within 10 working days",
            "To {leave_l} please fill in form C-7, sign it and post it with a copy of your ID",
            "Step 1 of {n}: tell us why you want to {leave_l}",
            "You're nearly there - just {n} more pages to confirm you want to {leave_l}",
            "Before we can {leave_l}, answer this short survey (25 questions)",
            "Please allow up to 90 days for us to {leave_l}",
            "There is no single 'unsubscribe from everything' option; choose each of the {n}{n} lists one by one",
            "Requests to {leave_l} must come by e-mail with your full name, address, date of birth and account number"]
_COND10 = ["your balance is above zero", "a parcel is on its way", "you have an open support ticket", "you still have reward points",
           "a review is pending", "your last bill is unpaid"]
_COND2_10 = ["you've spent your remaining credit", "your points are used up", "the device is returned to a store",
             "our team has reviewed your reasons", "you've called to confirm"]
_WHO10 = ["your account manager", "our customer care line", "the retention desk", "a member of our team by phone",
          "our office during business hours"]
_BTN10 = ["cancel button", "'end membership' option", "delete account link", "unsubscribe page"]
_LEAVEV10 = ["cancel", "close your account", "end your plan", "unsubscribe", "delete your data", "stop your membership"]
for _s in _BLOCK10:
    for _ in range(5):
        _lv = _R10.choice(_LEAVEV10)
        _P10["hard_to_cancel"].append(_cap(_s.replace("{leave_l}", _lv).replace("{leave}", _cap(_R10.choice(_LEAVE10)))
                                           .replace("{cond2}", _R10.choice(_COND2_10)).replace("{cond}", _R10.choice(_COND10))
                                           .replace("{who}", _R10.choice(_WHO10)).replace("{button}", _R10.choice(_BTN10))))
_TO_DEEP10 = ["Settings", "Account", "Billing", "Plan", "Manage", "More", "Advanced", "Preferences", "Membership", "Options",
              "Other", "Renewal"]
for _ in range(20):
    _path = _R10.sample(_TO_DEEP10, _R10.randint(6, 9))
    _sep = _R10.choice([" › ", " > ", " → ", " / ", " » "])
    _P10["hard_to_cancel"].append(f"To {_R10.choice(_LEAVEV10)}, open {_sep.join(_path)}{_sep}{_R10.choice(['Stop', 'End', 'Turn off', 'Close'])}")
    _short = _R10.sample(_TO_DEEP10, _R10.randint(1, 2))
    _N10.append(f"To {_R10.choice(_LEAVEV10)}, open {_sep.join(_short)}{_sep}{_R10.choice(['Cancel', 'Close account', 'Unsubscribe'])}")
_N10.extend(["Any credit left on your account is refunded when you close it", "Your account closes straight away; we e-mail a receipt",
             "Unsubscribe from all e-mails with one click", "Cancel now - you'll get a confirmation on the next screen",
             "Your cancellation is confirmed. You have access until {n} June", "Tell us why you're leaving (optional) - or just cancel",
             "We'll process your request within 2 working days", "Opt out of personalised ads in Settings > Privacy",
             "Delete your data from Settings at any time", "You can unsubscribe from each list, or from all of them at once",
             "Your plan ends at the end of this billing period", "Changed your mind? Cancel within 14 days for a full refund",
             "Cancel online or call us, whichever you prefer", "Cancelling takes under a minute"] * 3)

# sneaking 1: small named fees that add up into the total, or a charge ticked inside it
_JUNK10 = ["Service fee", "Platform fee", "Small basket fee", "Packaging charge", "Convenience fee", "Peak-time surcharge",
           "Processing fee", "Order protection ✓", "Green delivery levy", "Handling", "Card verification fee",
           "Activation fee", "Dormancy fee", "Paper statement fee", "Booking protection ✓", "Resort fee"]
for _ in range(40):
    _fs = _R10.sample(_JUNK10, _R10.randint(3, 4))
    _sep = _R10.choice([" · ", " | ", "; ", ", ", "\t", " + "])
    _P10["hidden_subscription"].append("Subtotal {price}" + _sep + _sep.join(f"{f} {{price}}" for f in _fs)
                                       + _sep + "Total {price}")
    _P10["hidden_subscription"].append(_sep.join(f"{f} {{price}}" for f in _fs))
for _ in range(30):
    _sep = _R10.choice([" · ", " | ", "; ", ", ", " + "])
    _N10.append(_sep.join(["Subtotal {price}", _R10.choice(["Delivery {price}", "Shipping free", "VAT {price}",
                                                            "Delivery (shown on the product page) {price}", "Tax {price}"]),
                           "Total {price}"]))
    _N10.append(_sep.join(["Items {price}", "Discount -{price}", "Total {price}"]))
_N10.extend(["Delivery fee {price} · Service fee {price} - both shown on the menu before you order",
             "Fees: delivery {price}, service {price}; the same figures appear on the product page",
             "Booking fee {price} and card fee {price}, listed here before you pick seats",
             "This fare can be changed for a fee of {price}; it can't be refunded",
             "Delivery fee {price}, shown before you add anything to your basket",
             "Deposit {price} (refundable when you return the item)", "Booking fee {price} per order, included in the prices shown",
             "Tax is calculated from your address and shown before you pay"] * 3)

# sneaking 2: a membership, subscription or top-up switched on with something else
_GIFT10 = ["your free sample", "your order", "your free guide", "your welcome pack", "your discount code",
           "your cinema ticket", "your free trial box", "your download"]
_SNEAK10 = ["Thanks! Along with {g}, you're now a member of {club} ({price}/month)",
            "{G} is on its way, and your {club} subscription has started - first payment in {n} days",
            "Order confirmed. {club} membership activated: {price} every month",
            "We've included {club} with {g}; it renews at {price}/month",
            "Enjoy {g}! Your card will be charged {price} monthly for {club} from next week",
            "Receipt: {g} {price} · {club} {price}/mo (auto)",
            "Auto top-up is on: we'll charge {price} whenever your balance falls below {price}",
            "Your wallet refills itself with {price} each time it runs low (on by default)",
            "Auto-reload: ON ({price}). You can turn it off in settings later",
            "Your plan renewed automatically at the standard rate of {price}0 (your first-year price has ended)",
            "Since auto-renew was left on, we've charged {price}0 for another two years",
            "Your intro price is over, so this month you were billed {price}0 instead"]
for _s in _SNEAK10:
    for _ in range(4):
        _g = _R10.choice(_GIFT10)
        _P10["hidden_subscription"].append(_s.replace("{G}", _cap(_g)).replace("{g}", _g))
_N10.extend(["Thanks! {G} is on its way. Want to join {club} for {price}/month? [Join] [No thanks]",
             "Order confirmed. Nothing else has been added",
             "Turn on auto top-up? We'd add {price} when your balance drops below {price}. [Turn on] [Not now]",
             "Auto top-up: OFF. Turn it on if you'd like",
             "Your plan renews on {n} March at {price}; we'll remind you a week before, and you can switch off renewal in Settings",
             "Your intro price ends next month; from then it's {price}/month. Cancel before then if you'd rather not continue",
             "Receipt: {g} {price}. No subscription"] * 2)
_N10[:] = [s.replace("{G}", _cap(_R10.choice(_GIFT10))).replace("{g}", _R10.choice(_GIFT10)) for s in _N10]

# sneaking 3: the price that brought you in is not the one you pay (bait and switch)
_BAIT10 = ["The price you clicked was for {cond}; your price is {price}0",
           "That rate needs {cond}. Updated total: {price}0",
           "The advertised {price} applied to {cond}. For your booking it's {price}0",
           "Sorry, the {price} offer has gone - we've moved you to the nearest option at {price}0",
           "The deal you picked is no longer available, so your basket now has the next one up",
           "From {price}* (*for {cond}; most bookings cost {price}0)",
           "The sale price shows until checkout, where {cond} is required to keep it"]
_CONDS10 = ["members only", "groups of six", "app users", "a 3-year contract", "midweek stays of 7 nights", "students with ID",
            "new customers paying by direct debit", "the smallest room with no window"]
for _s in _BAIT10:
    for _c in _pick(_CONDS10, 4):
        _P10["hidden_subscription"].append(_s.replace("{cond}", _c))
_N10.extend(["Member price {price} · Non-member price {price}0 - both shown before you book",
             "Prices shown are per person, based on 2 sharing. For 1 person: {price}0",
             "This deal is sold out. Get an alert when it's back",
             "The price is the same in the app and on the website", "Price for your dates: {price}0, all in"] * 3)

# forced action 1: agreeing to extra uses of data, sharing or paying before ordinary things
_MUST10 = ["Agree to sharing your data with our ad partners", "Allow contact syncing", "Connect your Facebook account",
           "Add a payment card", "Give us your phone number and date of birth", "Accept marketing calls",
           "Post about us on Instagram", "Invite 3 friends", "Turn on location tracking", "Install our browser extension",
           "Subscribe to the paid newsletter", "Create an account with your home address"]
_ORD10 = ["to keep using the app", "to read the rest of this article", "to get the free checklist", "to open the timetable",
          "to see the ingredients", "to view the opening hours", "to claim the free e-book", "to see all photos",
          "to check delivery times", "to download your free template", "to read the full answer",
          "to continue with the free plan"]
for _m in _MUST10:
    for _o in _pick(_ORD10, 3):
        _P10["hidden_subscription"].append(_R10.choice(["{M} {o}", "You must {m} {o}", "{o_}, {m} first", "{M} required {o}",
                                                         "Sorry - {m} {o}"])
                                           .replace("{m}", _m[0].lower() + _m[1:]).replace("{M}", _m)
                                           .replace("{o_}", _cap(_o)).replace("{o}", _o))
_N10.extend(["Read the whole article - no account needed", "The free checklist downloads straight away, no sign-up",
             "Opening hours: Mon-Fri 9-5, Sat 10-4", "Ingredients: flour, water, salt, yeast",
             "Share this article (optional)", "Create an account to save articles for later (optional)",
             "Sign in to see your own orders", "We've updated our terms. You can read what changed; nothing else is needed",
             "Connect Facebook to find friends (optional, skip anytime)", "No card needed to download the free e-book",
             "Add a card now or at checkout - your choice", "Allow location to see the nearest shop, or type a postcode"] * 3)

# forced action 2: prompts that never take no for an answer (nagging)
_ASKS10 = ["Turn on notifications", "Rate us", "Enable location", "Upgrade to Premium", "Allow tracking", "Add your phone number",
           "Join our mailing list", "Try the new app"]
_NOTNO10 = ["[{a}] [Remind me later]", "[{a}] [Ask me tomorrow]", "[{a}]  [Not now - ask again next time]",
            "{a}? (this pops up every time you open the app)", "{a}? [Yes] [Later] - there's no 'never'",
            "{a} - we'll keep asking until you do", "We'll show this '{a}' screen again in 1 hour",
            "{a}?  OK  |  In 10 minutes"]
for _a in _ASKS10:
    for _s in _pick(_NOTNO10, 4):
        _P10["hidden_subscription"].append(_s.replace("{a}", _a))
    _N10.extend([f"[{_a}] [No thanks]", f"{_a}? [Yes] [No, don't ask again]", f"{_a}? You can change this later in Settings",
                 f"[{_a}] [Not now]"])

# confirmshaming: the refusal made sad, silly or selfish (emoji, mascots, causes, streaks, ignorance)
_MASCOT10 = ["our panda", "Bean the robot", "your little fox", "the team cat", "Mr Muffin", "your plant buddy"]
_CAUSE10 = ["the bees", "independent bookshops", "kids learning to read", "shelter dogs", "family-run farms", "clean rivers",
            "small makers"]
_CS10 = ["Go anyway (you'll make {m} cry 😭)", "Leave and lose everything you've built 💔",
         "Unsubscribe - {m} will be heartbroken", "Fine, I'll go. Bye {m} 😢",
         "Stop helping {c}?", "Are you really turning your back on {c}?", "Yes, cancel and let {c} down",
         "No thanks, I know it all already", "Nah, I'm happy staying clueless", "No ta, I'll stay behind everyone else",
         "Skip - I like wasting money", "Keep my slow, outdated setup", "Stay unprotected, I'll take my chances",
         "Delete my {n}-day streak and disappoint {m}", "Leave now and throw away all your hard work?",
         "I'd rather not know what I'm missing", "No, I enjoy paying too much", "Nope, my {thing} can stay a mess",
         "Unsubscribe and miss everything (we'll be sad 🥺)", "Close it. {m} will just sit here alone"]
_THING10 = ["kitchen", "garden", "inbox", "finances", "wardrobe", "skin"]
for _s in _CS10:
    for _ in range(3):
        _P10["confirmshaming"].append(_s.replace("{m}", _R10.choice(_MASCOT10)).replace("{c}", _R10.choice(_CAUSE10))
                                      .replace("{thing}", _R10.choice(_THING10)))
_N10.extend(["Leave anyway (your progress is saved)", "Unsubscribe", "Unsubscribe - you can rejoin any time",
             "Cancel and keep access until the end of the month", "No thanks", "Keep my current password",
             "Skip for now", "Stop my donations", "Stop my monthly gift to {c}", "Close and come back later",
             "Delete my account", "Your streak is paused while you're away", "Not right now, thanks", "Maybe another time",
             "Thanks, we'll miss you! You can come back whenever you like", "Bye for now 👋"] * 2)
_N10[:] = [s.replace("{c}", _R10.choice(_CAUSE10)) for s in _N10]

for _lab, _lines in _P10.items():
    T[_lab].extend(v for s in _lines for v in _voice8(s))
NEG.extend(v for s in _N10 for v in _voice8(s))

# round 9, second batch: the same kinds in shorter UI shapes (button pairs, decline labels,
# question + gate, receipts with a ticked line), each beside its plain version
_P10b: dict[str, list[str]] = {"pressured_upsell": [], "hidden_subscription": [], "hard_to_cancel": [],
                               "confirmshaming": []}
_N10b: list[str] = []
_BADSTATE10 = [("password", "weak, easy-to-guess"), ("browser", "slow, outdated"), ("settings", "risky"),
               ("photos", "unbacked-up"), ("phone", "unprotected"), ("wardrobe", "tired old"), ("routine", "lazy"),
               ("car", "uninsured"), ("skills", "rusty"), ("kitchen", "chaotic")]
for _t, _b in _BADSTATE10:
    _P10b["confirmshaming"].extend([f"Keep my {_b} {_t}", f"Stay with my {_b} {_t}", f"No, leave my {_t} {_b.split(',')[0]}",
                                    f"I'll stick with my {_b} {_t}"])
    _N10b.extend([f"Keep my current {_t}", f"Keep my {_t} as it is", f"Change my {_t} later", f"Review my {_t} settings"])
_BACKTO10 = ["being disorganised", "paying full price", "boring dinners", "wasting hours on admin", "a messy inbox",
             "guessing at my finances", "bad hair days", "being behind", "doing it the hard way", "feeling stuck"]
for _b in _BACKTO10:
    _P10b["confirmshaming"].extend([f"Go back to {_b}", f"Return to {_b}", f"No, I'll keep {_b}", f"Skip and carry on {_b}"])
_N10b.extend(["Go back", "Go back to the shop", "Return to your basket", "Back to results", "Return to the home page",
              "Go back to the previous step", "Back to my account"] * 3)
_KNOW10 = ["Nope, I'm already an expert", "No, I don't need to learn anything",
           "Skip it, I never make mistakes", "No thanks, my {thing} is already perfect", "Nah, I'm smart enough already",
           "I'll pass - I know better", "No, I don't need tips, I'm a pro"]
for _k in _KNOW10:
    for _ in range(2):
        _P10b["confirmshaming"].append(_k.replace("{thing}", _R10.choice(_THING10)))
_N10b.extend(["No thanks, I'm all set", "No thanks, I've read it", "Skip the tutorial", "I've done this before - skip",
              "Skip tips", "Hide tips", "No thanks, maybe later"] * 3)
_SADFACE10 = ["😢", "😭", "💔", "🥺", "☹️", "😿", "🙁"]
_LOSS10 = ["watch my hard work vanish", "lose my {n}{n}-day streak", "give up my badges", "lose my saved items",
           "throw away my points", "let my level drop"]
for _l in _LOSS10:
    for _f in _pick(_SADFACE10, 3):
        _P10b["confirmshaming"].append(_R10.choice(["Walk away and {l} {f}", "Quit and {l} {f}", "Yes, {l} {f}",
                                                    "Fine, {l} {f}"]).replace("{l}", _l).replace("{f}", _f))
_N10b.extend(["Leave anyway (your progress is kept) 👋", "Quit - your streak is saved for 7 days", "Leave (your points stay)",
              "Exit 👋", "See you soon 🙂", "Log out ✓", "Done ✅", "Thanks! 😊", "Saved ✓"] * 3)
_MASC10 = ["Your owl", "Our puppy", "The little robot", "Your cactus buddy", "Our sloth", "Your tamagotchi"]
for _m in _MASC10:
    _P10b["confirmshaming"].extend([f"Quit now? {_m} will be so sad", f"{_m} will cry if you leave 😢", f"Really go? {_m} is heartbroken",
                                    f"Unsubscribe ({_m.lower()} will miss you 🐾)"])
_ANIM10 = ["rescue cats", "the bees", "our shelter dogs", "the baby turtles", "our farm animals"]
for _a in _ANIM10:
    _P10b["confirmshaming"].extend([f"Unsubscribe (and let {_a} down)", f"Unsubscribe - {_a} will miss you too 🐶",
                                    f"Turning your back on {_a}, then?", f"Do you really want to abandon {_a}?",
                                    f"Stop my gift and leave {_a} without food"])
    _N10b.extend([f"Stop your monthly gift to {_a}?  [Stop it]  [Keep giving]", f"Update your gift to {_a}",
                  f"Thanks for helping {_a} this year"])

# forced action: a question, then a gate; a card for a free thing; prompts with no way to say no
_WANT10 = ["Want to read the rest?", "Want the full recipe?", "Curious about the ending?", "Want to see the answer?",
           "Like this guide?", "Need the full spec sheet?", "Want all 40 photos?"]
_GATE10 = ["Create an account or subscribe", "Sign up to keep reading", "Subscribe to unlock it", "Register to continue",
           "Log in with Google to see it", "Download the app to read on", "Join for free to continue - card required"]
for _w in _WANT10:
    for _g in _pick(_GATE10, 3):
        _P10b["hidden_subscription"].append(f"{_w} {_g}")
    _N10b.extend([f"{_w} Scroll down", f"{_w} It's all below, free", f"{_w} Save it to your account (optional)"])
_FREEBIE10 = ["the free e-book", "your free sample", "the free checklist", "the free wallpaper pack", "the free recipe card",
              "the free planner"]
for _f in _FREEBIE10:
    _P10b["hidden_subscription"].extend([f"Enter your card number to download {_f}", f"Add a payment method to get {_f}",
                                         f"Card details required for {_f} (you won't be charged... yet)"])
    _N10b.extend([f"Download {_f} - no card, no sign-up", f"Get {_f}: just press download", f"{_cap(_f)} is free; no card needed"])
_PROMPT10 = ["Rate us", "Allow notifications", "Share your location", "Go Premium", "Sync your contacts", "Enable tracking"]
_NAGS10 = ["[{p}] [Later]  (shown on every launch)", "{p}? [Allow] [Ask me again tomorrow]", "{p}! [Now] [Remind me in 1 hour]",
           "{p}? [OK] [Not yet]  - this comes back every day", "We'll ask you to {pl} again next time",
           "{p}? [Sure] [Maybe later] (there is no way to turn this reminder off)"]
for _p in _PROMPT10:
    for _n in _pick(_NAGS10, 4):
        _P10b["hidden_subscription"].append(_n.replace("{pl}", _p[0].lower() + _p[1:]).replace("{p}", _p))
    _N10b.extend([f"{_p}? [Yes] [No] - we won't ask again", f"{_p}? [OK] [Don't allow]", f"{_p} in Settings whenever you like"])

# obstruction in short shapes: online fails, more screens, temporarily off, blocked by credit, one device
_OBS10b = ["We couldn't {do} online. Please {contact}", "Unable to {do} right now. Please {contact}",
           "Almost done! Confirm on {n} more screens to {do}", "{n} more steps to {do}",
           "The option to {do} is down for maintenance. Please try again later",
           "Sorry, {do} is temporarily unavailable",
           "You can't {do} while you have credit left. Spend your balance first",
           "{Do} is only possible from the {dev}",
           "{Do} works only from the {dev}",
           "To {do}, reply STOP to another number (not this one)"]
_DO10 = ["cancel your plan", "close your account", "delete your profile", "end your membership", "stop your subscription",
         "unsubscribe"]
_CONTACT10 = ["contact your account manager", "call our loyalty team", "speak to an adviser in branch", "ring us Monday to Friday",
              "chat with a specialist"]
_DEV10 = ["desktop website", "Android app", "original device", "phone you signed up on", "website, not the app", "TV app"]
for _s in _OBS10b:
    for _ in range(4):
        _d = _R10.choice(_DO10)
        _P10b["hard_to_cancel"].append(_s.replace("{Do}", _cap(_d)).replace("{do}", _d).replace("{contact}", _R10.choice(_CONTACT10))
                                       .replace("{dev}", _R10.choice(_DEV10)))
for _d in _DO10:
    _N10b.extend([f"You can {_d} here, online, in one step", f"{_cap(_d)}: done. We've sent a confirmation",
                  f"{_cap(_d)} from any device: web, iOS or Android", f"Confirm you want to {_d} [Confirm] [Go back]"])

# misdirection in short shapes: reversed or vague buttons, double negatives, prices from a long contract
_Q10 = ["Stop receiving e-mails?", "Cancel your plan?", "End your trial?", "Turn off renewal?", "Leave the club?"]
for _q in _Q10:
    _P10b["pressured_upsell"].extend([f"{_q} [Cancel] [Continue]", f"{_q} Click 'Cancel' to go ahead, 'OK' to stay",
                                      f"{_q} [No] [Yes, keep it] - 'No' keeps it too", f"{_q} [Continue] [OK]"])
    _N10b.extend([f"{_q} [Yes, stop] [No, keep]", f"{_q} [Stop] [Keep]", f"{_q} Press Stop to stop; Keep to keep it"])
for _x in ["offers", "deals", "updates", "partner news", "member perks"]:
    _P10b["pressured_upsell"].extend([f"☐ Don't send me {_x} I wouldn't want to miss", f"☐ I don't not want {_x}",
                                      f"Unticking this does not opt you out of {_x}", f"By not ticking this you won't stop {_x}"])
    _N10b.extend([f"☐ Send me {_x}", f"☐ Yes, I'd like {_x}", f"Tick the box to get {_x}; leave it empty and you won't"])
_P10b["pressured_upsell"].extend([
    "Prices from {price}* (*36-month plan, paid in full up front)", "From {price}/month* *on a 4-year term, billed today",
    "Only {price}* - *price per month when you prepay three years", "From {price}* (*first month only; then double)"] * 2)
_N10b.extend(["From {price}/month on a 12-month plan, billed monthly", "Prices from {price} (one night, one guest)",
              "From {price}: the price of the smallest size", "{price}/month, no minimum term"] * 3)

for _lab, _lines in _P10b.items():
    T[_lab].extend(v for s in _lines for v in _voice8(s))
NEG.extend(v for s in _N10b for v in _voice8(s))

# round 9, third batch: ordinary scene-setting prose and "heads up" notices (long plain sentences
# full of "a", "the", "on", "in" must not read as a described layout)
_SCENE10 = ["a cold morning on the ridge with the kettle on", "the first warm evening of the year in the garden",
            "a long drive to the coast with the windows down", "a Sunday lunch on the terrace with the whole family",
            "being halfway up a hill when the sun comes out", "a quiet hour in the reading chair by the window",
            "a wet walk home in the dark with the dog", "the moment the tent is up and the stove is lit",
            "a picnic on the beach in the late afternoon", "a ride through the forest on a bright autumn day",
            "waking up in a cabin in the mountains", "the smell of bread in the kitchen on a slow morning"]
_NOTE10 = ["our Leeds store opens an hour later on Monday", "the new colours land in the shop on Thursday",
           "delivery to the islands takes a day longer this week", "the app is down for maintenance on Sunday at 2am",
           "the car park at the Bristol store is closed for resurfacing", "we've moved the returns desk to the ground floor",
           "prices on the website now include delivery to the door", "the summer menu starts on the first of the month",
           "the pool is closed on the 4th for cleaning", "your order is in two parcels on the same day"]
for _s in _SCENE10:
    NEG.extend([f"Imagine {_s}.", f"Picture {_s}.", f"Think of {_s}.", f"There's nothing like {_s}.", f"We made it for {_s}."])
for _n in _NOTE10:
    NEG.extend([f"Heads up: {_n}.", f"Quick heads up - {_n}.", f"Just so you know, {_n}.", f"Note: {_n}."])

# --- round 10 (classifier v11): the weak kinds of the round-9 blind set (misdirection first, then
# social proof, obstruction, sneaking, confirmshaming) in new shapes and sectors (travel, telecom,
# SaaS, games, food delivery, newsletters, cookie banners, checkout, app stores), each beside honest
# copy of the same topic. Written for Candor from parts after hard9 was scored; its misses were
# read by category only, no line of any evaluation set is copied or reworded here
# (tests/test_checks_quality.py checks hard6-hard9).
_R11 = random.Random(111)
_P11: dict[str, list[str]] = {"pressured_upsell": [], "hidden_subscription": [], "hard_to_cancel": [],
                              "confirmshaming": [], "fake_social_proof": [], "fake_scarcity": [], "false_urgency": []}
_N11: list[str] = []


def _pk(parts: list, k: int) -> list:
    return _R11.sample(parts, min(k, len(parts)))


def _sub(s: str, **kw: str) -> str:
    for k, v in kw.items():
        s = s.replace("{" + k + "}", v)
    return s


# misdirection 1: a consent banner whose go-on button is the yes (OK / Got it / Continue = accept)
_OKW11 = ["OK", "Got it", "Continue", "Sounds good", "Let's go", "Start browsing", "Close", "Next", "Done", "I understand",
          "Enter site", "Carry on"]
_TRACK11 = ["all cookies", "advertising cookies", "sharing your data with our 300 partners", "cross-site tracking",
            "personalised ads", "ad measurement", "selling your browsing data", "marketing profiles", "third-party trackers",
            "location-based ads"]
_BANNER11 = ["🍪 We care about your experience. Pressing '{ok}' switches on {t}",
             "[ {OKU} ]  ← also turns on {t}     settings",
             "By tapping {ok} you accept {t}; saying no is under 'more choices'",
             "{ok} (accepts {t})          customise",
             "Tapping anywhere outside this box counts as a yes to {t}",
             "Keep scrolling and we'll take it you agree to {t}",
             "{OKU} WITH ALL PARTNERS  ·  adjust",
             "<button class=\"btn-primary btn-xl\">{ok}</button> <a class=\"link-muted tiny\">refuse {t}</a>",
             "Thanks for visiting! '{ok}' also means yes to {t}",
             "Your privacy is important to us. {ok} ▸ (this enables {t})",
             "Closing this notice with the × also agrees to {t}",
             "{ok} and agree  ·  the reject option is two screens further in",
             "Only one big button here: {OKU}. It opts you in to {t}"]
for _s in _BANNER11:
    for _ in range(3):
        _o = _R11.choice(_OKW11)
        _P11["pressured_upsell"].append(_sub(_s, ok=_o, OKU=_o.upper(), t=_R11.choice(_TRACK11)))
for _t in _TRACK11:
    _o = _R11.choice(_OKW11)
    _N11.extend([f"Cookies: [Accept all] [Reject all] [Choose] - the three buttons look the same. {_t.capitalize()} stay off unless you accept",
                 f"We use essential cookies only, so there's nothing to accept. {_o}",
                 f"[Reject non-essential] [Accept all] - change your mind any time from the footer link",
                 f"Saved: {_t} off. You can switch them on in Privacy settings",
                 f"Allow {_t}?  [Allow]  [Don't allow]  (same size, same colour)",
                 f"{_o} - this only closes the message; {_t} stay off until you switch them on"])

# misdirection 2: markup that styles the cheaper or refusing choice as disabled, faint or small
_HIP11 = ["Premium", "Pro", "Family", "Ultimate", "Unlimited", "Business", "Plus", "Max"]
_LOP11 = ["Basic", "Free", "Lite", "Starter", "Solo", "Essentials", "Standard", "Mini"]
_HTML11 = ["<div class=\"plan featured glow\">{hi} {price}/mo</div> <div class=\"plan faded\">{lo} {price}/mo</div>",
           "<li class=\"highlight big\">{hi} - our recommendation</li><li class=\"greyed-out\">{lo}</li>",
           "<button class=\"primary pulse\">Upgrade to {hi}</button> <small class=\"muted\">stay on {lo}</small>",
           "<div class=\"card is-selected\">{hi}</div> <div class=\"card is-disabled\" aria-disabled=\"true\">{lo} {price}</div>",
           "<option selected>{hi} ({price}/mo)</option> <option disabled>{lo}</option>",
           "<span class=\"badge hot\">Recommended</span> {hi} {price} | <span class=\"text-grey-300\">{lo} {price}</span>",
           "<a class=\"cta cta--large\">Choose {hi}</a> <a class=\"cta--ghost small\">{lo}</a>",
           "{hi} is shown in a tall bright column; {lo} is a narrow grey column squeezed to the side",
           "{hi}: full colour with a glowing border. {lo}: 60% opacity, as if it were unavailable",
           "On the plans page {lo} is styled like a disabled button even though you can pick it"]
for _s in _HTML11:
    for _ in range(3):
        _P11["pressured_upsell"].append(_sub(_s, hi=_R11.choice(_HIP11), lo=_R11.choice(_LOP11)))
for _ in range(8):
    _h, _l = _R11.choice(_HIP11), _R11.choice(_LOP11)
    _N11.extend([f"<div class=\"plan\">{_h} {{price}}/mo</div> <div class=\"plan\">{_l} {{price}}/mo</div>",
                 f"<button class=\"secondary\">Stay on {_l}</button> <button class=\"secondary\">Upgrade to {_h}</button>",
                 f"<option>{_l} ({{price}}/mo)</option> <option>{_h} ({{price}}/mo)</option>",
                 f"<span class=\"badge\">New</span> {_h} {{price}} | {_l} {{price}}",
                 f"{_l} and {_h} are shown side by side in the same style; pick either",
                 f"<div class=\"card is-disabled\">{_h}</div> (not available in your country yet)"])

# misdirection 3: retention screens where the big button keeps you and leaving is a faint afterthought
_KEEPB11 = ["Keep my discount", "Stay a member", "Keep saving", "Keep my rewards", "Don't lose my perks", "Keep Premium",
            "Stay subscribed", "Keep my free delivery", "Keep my streak safe", "Keep my number"]
_LEAVEL11 = ["end it anyway", "I still want to cancel", "continue cancelling", "proceed with cancellation",
             "leave regardless", "cancel my plan", "I understand, leave"]
_RET11 = ["Big green button: {K}. Tiny grey text below it: {l}",
          "<button class=\"btn-success btn-lg\">{K}</button> <a class=\"footnote\">{l}</a>",
          "{KU} (highlighted)   -   {l} (plain text, bottom left)",
          "The screen's only button says '{K}'; '{l}' is underlined text you have to spot",
          "★ {K} ★        {l} ›",
          "Wait! {K}? [YES, {KU}]  {l}"]
for _s in _RET11:
    for _ in range(4):
        _k = _R11.choice(_KEEPB11)
        _P11["pressured_upsell"].append(_sub(_s, K=_k, KU=_k.upper(), l=_R11.choice(_LEAVEL11)))
for _k in _KEEPB11:
    _N11.extend([f"[{_k}]  [Cancel my plan] - both buttons the same size",
                 f"Cancel membership  |  Go back", f"{_k} or cancel: choose one, nothing changes until you confirm",
                 f"[Cancel subscription]   [Keep subscription]"])

# misdirection 4: double negatives and reversed questions with radio buttons, in new objects
_OBJ11 = ["loyalty mailings", "roaming alerts", "the partner newsletter", "SMS promotions", "app-store offers", "seat upsell e-mails",
          "data sharing with our airline partners", "weekly deals", "game news", "surveys from third parties"]
_DBL11 = ["Would you prefer not to be left off {o}? ( ) Yes ( ) No",
          "Do you wish to not stop receiving {o}? ○ Yes ○ No",
          "Tick here to avoid not getting {o}",
          "[ ] I do not wish to be excluded from {o}",
          "Leave unticked unless you don't want to keep not missing {o}",
          "Untick if you would rather not stop {o}",
          "Select 'No' to not decline {o}",
          "Choosing 'Don't remove' keeps you on {o}; choosing 'Remove' also asks again tomorrow",
          "Are you sure you don't want to not cancel {o}? [Yes] [No]"]
for _s in _DBL11:
    for _o in _pk(_OBJ11, 4):
        _P11["pressured_upsell"].append(_s.replace("{o}", _o))
for _o in _OBJ11:
    _N11.extend([f"Would you like {_o}? ( ) Yes ( ) No", f"Send me {_o}? ○ Yes ○ No", f"[ ] Send me {_o}",
                 f"Tick the box to receive {_o}. Leave it empty and we won't send any",
                 f"Stop {_o}? [Yes, stop] [No, keep them]"])

# misdirection 5: unsubscribe pages offering only pauses or fewer e-mails, no full stop
_FREQ11 = ["( ) pause for 30 days  ( ) pause for 90 days  ( ) fewer e-mails - there is no option to stop",
           "How often should we write? Daily / Twice a week / Weekly (unsubscribing isn't one of the choices)",
           "Choose what to turn off: [ ] tips only [ ] offers only - service news and partner mail stay on",
           "Manage e-mails: 'Less often' is preselected; 'none' is not offered",
           "Unsubscribe? Pick a shorter break instead: 1 week / 2 weeks / 1 month",
           "Stop: ( ) offers from us ( ) offers from partners  - both boxes must be found on separate pages"]
_P11["pressured_upsell"].extend(_FREQ11 * 3)
_N11.extend(["E-mail preferences: ( ) all e-mails ( ) fewer e-mails ( ) unsubscribe from everything",
             "Unsubscribe from all marketing e-mails [Unsubscribe]  - order and account e-mails still arrive",
             "How often should we write? Daily / Weekly / Never", "You're unsubscribed from every list. Changed your mind? Resubscribe",
             "Prefer a break instead? [Pause 30 days] [Unsubscribe now]"] * 3)

# misdirection 6: a decoy size or tier priced so the dearest one looks like the obvious pick
_DECOY11 = [("Regular", "Grande", "Jumbo"), ("1 GB", "10 GB", "Unlimited"), ("Single", "Double", "Family"),
            ("50 GB", "200 GB", "2 TB"), ("1 month", "6 months", "12 months"), ("Small bucket", "Medium bucket", "Large bucket"),
            ("Solo seat", "Team of 5", "Team of 25"), ("Standard room", "Superior room", "Suite")]
_BIGW11 = ["⭐ BEST VALUE", "👑 Most popular", "(smart choice!)", "🔥 best deal", "← everyone picks this", "RECOMMENDED"]
for _a, _b, _c in _DECOY11:
    for _ in range(3):
        _x = _R11.randint(2, 40)
        _y = _x * 3 + _R11.randint(1, 9)
        _z = _y + _R11.randint(1, 3)
        _w = _R11.choice(_BIGW11)
        _P11["pressured_upsell"].append(f"{_w} {_c} for £{_z} (vs {_b} at £{_y}, {_a} at £{_x})")
        _P11["pressured_upsell"].append(f"{_a} ${_x}.99 / {_b} ${_y}.99 / {_c} ${_z}.49 {_w} (the middle one is there to make this look cheap)")
        _N11.append(f"{_a} £{_x} · {_b} £{_y} · {_c} £{_y + _x * 2}")
        _N11.append(f"{_a} ${_x}.99, {_b} ${_y}.99, {_c} ${_y * 2}.99 - price per unit shown under each")

# misdirection 7: a headline promise taken back by a numbered or daggered footnote
_CLAIM11 = ["Every room has a sea view!", "No fees. Ever.", "Unlimited data for all!", "Every flight includes a bag!",
            "All games 70% off!", "Cancel any time, no charge!", "Free upgrades for life!", "Zero booking fees on every trip!"]
_FN11 = ["¹ from the top floor, on a clear day, leaning out", "† fair use cap of 5 GB, then slowed to 128 kbps",
         "² on selected routes on Tuesdays", "(1) a {price} exit fee applies in the first 24 months",
         "‡ only for titles released before 2019", "³ upgrades limited to one per account",
         "† applies to bookings made by phone only", "¹ except during peak weeks, school holidays and weekends"]
for _c in _CLAIM11:
    for _f in _pk(_FN11, 3):
        _P11["pressured_upsell"].append(f"{_c}¹ — {_f}" if _f.startswith("¹") else f"{_c} {_f}")
_N11.extend(["Delivery is free when you spend {price} or more (mainland)", "No booking fee when you book online",
             "Unlimited calls and texts; data is 20 GB a month", "Every fare includes one under-seat bag; cabin bags are {price}",
             "Selected games up to 70% off - see each price", "Cancel any time; after the first year there's no exit fee",
             "Delivery is free over {price}; below that it's {price}", "Fair use: 40 GB a month, stated on the plan card"] * 2)

# misdirection 8: "Continue" or "Next" that also starts a paid trial or plan; the free path a faint link
_TRIAL11 = ["Pro", "Premium", "Plus", "Gold", "Family", "Max", "VIP"]
_CONT11 = ["Next → (activates a 7-day {t} trial, {price}/mo after)   skip",
           "Get started (includes {t} - free for 14 days, then billed)   or stay basic",
           "[ LET'S GO ] - this button begins {t} at {price} a month after the trial; 'no thanks' is the grey text",
           "Finish setup (adds {t} on a free trial)        continue without",
           "Play now ▶ (subscribes you to {t} Pass after 3 days)",
           "Install → also enrols you in {t} with a card on file"]
for _s in _CONT11:
    for _t in _pk(_TRIAL11, 3):
        _P11["pressured_upsell"].append(_s.replace("{t}", _t))
for _t in _TRIAL11:
    _N11.extend([f"Start {_t} trial - {{price}}/mo after 14 days, cancel before then and pay nothing  |  Continue on Free",
                 f"[Continue on Free] [Try {_t}] - same size buttons", f"Continue (free version)", f"Try {_t} free for 7 days (card needed; we remind you 2 days before)"])

# misdirection 9: two-button dialogs whose labels don't say which way they go
_Q11 = [("Turn off auto-renew?", "Keep auto-renew"), ("Stop location sharing?", "Keep sharing"), ("Remove your card?", "Keep card"),
        ("Leave the beta?", "Stay in beta"), ("Delete your saved trips?", "Keep trips"), ("End roaming pack?", "Keep roaming")]
for _q, _k in _Q11:
    _P11["pressured_upsell"].extend([f"{_q}  [ {_k} ]  [ Next ]", f"{_q}  [ {_k.upper()} ]  [ OK ]",
                                     f"{_q} [Proceed] [{_k}] - 'Proceed' only proceeds to another offer",
                                     f"{_q} ({_k} is the blue button; the other one is unlabelled)"])
    _N11.extend([f"{_q}  [ {_k} ]  [ Yes, turn it off ]", f"{_q}  [Cancel]  [Yes]",
                 f"{_q} [No, go back] [Yes, do it]"])

# misdirection 10: the main button adds an upgrade to the total; paying the plain total is a footnote
_UPX11 = ["the Gold delivery pass", "priority boarding", "the premium seat", "express checkout", "the 2-year cover",
          "Unlimited Data Boost", "the VIP lane", "a rider tip"]
for _x in _UPX11:
    _P11["pressured_upsell"].extend([
        f"Subtotal {{price}}  <button class=\"btn-xxl\">Upgrade with {_x}</button>  <span class=\"tiny\">keep my order as is</span>",
        f"Basket {{price}} · [ ADD {_x.upper()} & PAY ] · or continue without, below the terms",
        f"Pay now with {_x} →      (pay without it)"])
    _N11.extend([f"Total {{price}}  [Pay now]  ·  Add {_x} for {{price}} (optional)",
                 f"Add {_x}? [Add for {{price}}] [No thanks] - then pay {{price}}"])

# misdirection 11: adverts and paid placements dressed as recommendations, results or buttons
_ADV11 = ["'Recommended for you' is filled by brands that pay for the slot; the label never says so",
          "Top pick for you: {brand} (paid placement, disclosed only in our terms)",
          "Best match ✓ {brand} - ranked first because they pay the highest commission",
          "Sorted by 'Relevance': hotels paying us more appear first",
          "Our experts recommend {brand}* *{brand} pays for this slot",
          "The big green DOWNLOAD button on this page is an advert; your file link is below it in small type",
          "'Staff pick' tags are sold to app developers each month",
          "Featured games are chosen by the publishers who pay for the banner, shown as 'Editor's choice'"]
_BRAND11 = ["VoltMobile", "SkyNest Hotels", "QuickBite", "CloudVault", "PixelForge", "RoamWise", "FreshCrate"]
for _s in _ADV11:
    for _b in _pk(_BRAND11, 3):
        _P11["pressured_upsell"].append(_s.replace("{brand}", _b))
for _b in _BRAND11:
    _N11.extend([f"Sponsored · {_b}", f"Ad: {_b} - paid placement", f"Results sorted by price, lowest first ({_b} included)",
                 f"Recommended for you, based on the items you viewed", f"Staff pick: {_b} (we're not paid for picks)",
                 f"Download your file ({{n}} MB) - this is the only download button on the page"])

# social proof 1: "people like you" steering, peers and neighbours as the reason to choose
_PEOPLE11 = ["members with your profile", "drivers your age", "travellers from your city", "shoppers with your taste", "players at your level",
             "parents in your area", "teams your size", "people in your building", "homeowners on your street",
             "renters near you", "gamers in your region"]
_CHOSE11 = ["went yearly", "went for the top tier", "added the insurance", "upgraded this month",
            "pay for the yearly plan", "bought the bundle", "switched to us", "kept the annual pass"]
for _p in _PEOPLE11:
    for _c in _pk(_CHOSE11, 3):
        _P11["fake_social_proof"].append(_R11.choice(["{pct}% of {p} {c}", "Most {p} {c}", "Nearly all {p} {c} - will you?",
                                                      "{p_} {c}. Don't be the odd one out", "{pct}% of {p} {c}. Join them"])
                                         .replace("{p_}", _cap(_p)).replace("{p}", _p).replace("{c}", _c))
# social proof 2: elites, celebrities and TV as the reason, crowds in slang, transformations as a dare
_ELITE11 = ["Guild leaders", "Pro streamers", "Elite riders", "The best chefs in town", "Top sellers", "Real gamers",
            "Serious runners", "The cool kids"]
_USEX11 = ["have the Obsidian armour set", "are all on the gold tier", "swear by this kit", "use nothing else",
           "have already claimed this skin", "won't play without this pack"]
for _e in _ELITE11:
    for _u in _pk(_USEX11, 2):
        _P11["fake_social_proof"].append(_R11.choice(["{e} {u}. Get yours", "{e} {u} - join the club", "{e} {u}. What are you waiting for?",
                                                      "{e} {u}. Level up with them"]).replace("{e}", _e).replace("{u}", _u))
_P11["fake_social_proof"].extend([
    "Our blender was on a breakfast show and now {big},000 kitchens have one", "As heard on the radio! Millions already use it",
    "TikTok's favourite - {big}k sold this week alone", "The serum the internet can't stop talking about",
    "{big}k beauty fans say this blush changed their life 💖", "Gym bros everywhere won't shut up about this shaker",
    "Viral on social - {big}k people bought it after one video", "Everyone on my feed has this bag 😍",
    "{name} ran her first 10k after our 12-week plan. Ready to be next? 🏃", "{name} paid off her credit card with our app. Now it's your go",
    "{name} booked this villa yesterday. Your turn ☀️", "{name} from {city} hit level 50 with this boost. Who's next?",
    "Trending near you: {big} people in {city} ordered this today",
    "Loved by {big},000 happy customers - don't miss out"] * 2)
for _p in ["customers", "guests", "players", "members"]:
    _N11.extend([f"4/5 stars from {{name}} (verified purchase): comfortable and quick to set up",
                 f"Rated 4.{{n}} from {{big}} verified reviews", f"Trialled in {{n}} clinics; full results in our report",
                 f"Bestseller in Lamps this month (ranked by units sold)", f"{{big}} {_p} have left a review; read them all, good and bad",
                 f"Most {_p} choose standard delivery; it's free over {{price}}",
                 f"Our most-bought size last month was Medium, if that helps"])
_N11.extend(["As seen in our spring catalogue", "Shown on TV: the set from our summer advert", "Now on TV: watch the advert",
             "{name} wrote: \"Arrived on time, fits well.\" (verified)",
             "We've sold {big},000 since 2015 and still make them in the same workshop", "Popular with cyclists for its wide grip"] * 2)

# obstruction 1: a pause offered in place of cancelling; leaving sent down a long help path
_PAUSE11 = ["Not ready to leave? Snooze your plan: [4 weeks] [8 weeks]. Ending it is in the help centre under 'account queries'",
            "Pause your box instead! [Skip a week] [Skip a month] - no cancel button on this screen",
            "Before you go: [Freeze membership] [Downgrade] - to end it, start a chat and ask",
            "Take a breather: [Snooze 30 days]  ·  to cancel, see FAQ 14 on the help site",
            "Options: Pause · Switch plan · Talk to us. (Cancel is not one of them here.)",
            "Hold your number for {price}/month instead? [Hold] [More options] - 'more options' leads back here"]
_P11["hard_to_cancel"].extend(_PAUSE11 * 3)
_N11.extend(["Need a break? [Pause 2 weeks] [Cancel subscription]", "Skip a week, pause or cancel - all three buttons are below",
             "Freeze your membership for {price}/month, or cancel it here: [Cancel]", "Cancel any time: Account > Subscription > Cancel"] * 3)
# obstruction 2: opting out made to go through every partner, a notarised letter or a special channel
_OPTHARD11 = ["Your consent can be withdrawn by writing separately to every company in our partner list ({n}{n} of them)",
              "Data deletion requests: print form D2, have it witnessed, and post it to head office",
              "Data deletion requests are only accepted on the printed form, posted with a certified copy of your passport",
              "Ending a contract is something only Member Care can do, and only over chat on weekday afternoons",
              "The Loyalty Desk is the one place that processes cancellations, and it takes calls only",
              "To close your trading account, book a call with your relationship manager (next slot in 3 weeks)",
              "Opt-outs must be renewed every 90 days or you are opted back in"]
_P11["hard_to_cancel"].extend(_OPTHARD11 * 3)
_N11.extend(["To stop targeted ads, switch off 'Personalised ads' in Settings > Privacy", "Ask us to delete your data with the form in your account; it takes a minute",
             "Cancel online, by live chat or by phone - whichever suits you", "Your opt-out stays in place until you change it",
             "Close your account from Settings; we e-mail you when it's done", "Delete my data [Request deletion] - we confirm within 30 days"] * 3)
# obstruction 3: a chain of screens between the customer and the exit
_STEPS11 = ["Are you sure?", "Really?", "Here's 40% off to stay", "Why are you leaving?", "Rate your experience", "Talk to an adviser?",
            "One last offer", "Confirm your password", "Final check"]
for _ in range(16):
    _ch = _R11.sample(_STEPS11, _R11.randint(4, 6))
    _P11["hard_to_cancel"].append("Cancel → " + " → ".join(_ch) + " → Cancelled")
    _P11["hard_to_cancel"].append("Unsubscribe > " + " > ".join(_ch[:4]) + " > done (after " + str(len(_ch) + 1) + " screens)")
_N11.extend(["Cancel → Confirm → Cancelled", "Unsubscribe > done", "Cancel subscription > Are you sure? [Yes, cancel] > Cancelled",
             "Step 1: Settings → Step 2: Cancel plan → confirmation e-mail", "Home › Account › Subscription"] * 4)

# sneaking 1: receipt lines where a paid extra appears already included or ticked
_INCL11 = ["Accidental damage cover", "Premium packaging", "Priority handling", "Trip protection", "Device insurance",
           "Express setup", "Gift messaging", "Carbon-neutral shipping", "Screen protector fitting", "Seat reservation"]
for _i in _INCL11:
    _P11["pressured_upsell"].extend([f"✓ {_i} · {{price}} · added for you", f"✔ {_i} ({{price}}) added", f"☑ {_i} {{price}}",
                                     f"{_i} .......... {{price}} ✓"])
    _N11.extend([f"☐ {_i} — {{price}} — optional", f"Add {_i}? {{price}}, not added", f"✓ Free returns — included",
                 f"✓ VAT — included", f"{_i}: not selected"])
# sneaking 2: the monthly price that rises by itself, said only in a footnote
_RISE11 = ["*goes up every year in line with inflation plus {n} points", "† yearly uplift from the second year, at a rate we set",
           "¹ goes up automatically each spring; see terms", "*increases by {price} each year of the contract",
           "(price reviewed and raised every March)", "*introductory price; it then moves to the standard rate without notice"]
for _r in _RISE11:
    for _ in range(3):
        _P11["hidden_subscription"].append(_R11.choice(["{price} a month{r}", "Just {price}/mo {r}", "Broadband {price} per month {r}",
                                                        "Your bill: {price}/mo {r}"]).replace("{r}", _r))
_N11.extend(["{price} a month, fixed for 24 months - no mid-contract rises", "Price guaranteed until your contract ends",
             "Your price goes up by {price} in April; we've written to tell you, and you can leave without a fee",
             "{price}/mo for 12 months, then {price}/mo - both shown before you sign"] * 3)
# sneaking 3: repeat orders, subscriptions and renewals switched on by themselves
_AUTO11 = ["Repeat delivery every 4 weeks has been switched on for your whole basket",
           "Auto-reorder is now on for all {n} items",
           "We've set each item to 'deliver monthly' to save you time",
           "Thanks for buying the Founder's Chest. A Battle Pass subscription ({n}00 coins weekly) is now active",
           "Welcome pack unlocked 🎉 VIP membership renews automatically each month ({price})",
           "Thanks for topping up - auto top-up of {price} is now active whenever your balance is low",
           "Your meal kit order also starts a weekly plan; the first box ships Monday",
           "Free sample sent! Full-size refills will follow every 30 days at {price}"]
_P11["hidden_subscription"].extend(_AUTO11 * 3)
_N11.extend(["One-time purchase is selected. Want it regularly? Switch to Subscribe & Save (optional)",
             "Bundle claimed! It's yours to keep - nothing renews", "Auto top-up is off. Turn it on in Wallet if you want it",
             "Free sample sent - no subscription, nothing else will follow", "Your meal kit is a single box; plans are optional"] * 3)

# forced action: an account demanded to read what other buyers said, see ratings or browse the menu
_READ11 = ["see customer photos", "see the ratings", "see what other buyers said", "browse the menu", "see the seat map",
           "look at room photos", "read the app's changelog", "compare plans"]
for _r in _READ11:
    _P11["hidden_subscription"].extend([f"Sign in to {_r}", f"Create an account to {_r}", f"Connect Facebook first, then you can {_r}",
                                        f"Download our app to {_r}"])
    _N11.extend([f"Sign in to write a review", f"Reviews ({{big}}) - no account needed to {_r}", f"Sign in to see your own reviews"])

# confirmshaming: self-insulting declines in other shapes ("let me ...", "maybe ... after all", joke refusals)
_LETME11 = ["keep overpaying", "stay unprotected", "pay full price forever", "waste my weekends", "fall behind my friends",
            "keep eating boring food", "lose my progress", "go without cover"]
for _l in _LETME11:
    _P11["confirmshaming"].extend([f"Let me {_l}", f"No, let me {_l}", f"Just let me {_l}"])
_MAYBE11 = ["my bike will be fine unlocked", "I don't need to save", "my phone can survive a drop", "I like slow internet",
            "my plants will water themselves", "my teeth can look after themselves"]
for _m in _MAYBE11:
    _P11["confirmshaming"].extend([f"Maybe {_m} after all", f"I guess {_m}", f"Nah, {_m}"])
_DECL11 = ["Refuse and let my league position slide", "Decline and let my team down", "Take me off the list - I enjoy being uninformed",
           "Unsubscribe - I'd rather hear bad news", "Skip it, I'm basically a genius already", "No tips for me, I was born knowing this",
           "Skip - who needs a discount anyway", "Close, I enjoy paying more", "I'll pass and stay average",
           "No thanks, being late is my thing", "No, keep my boring old routine", "Decline & lose my hard-earned level"]
_P11["confirmshaming"].extend(_DECL11 * 2)
_N11.extend(["Let me think about it", "Let me choose later", "Let me see the plans first", "Maybe later", "Decline", "Decline & continue",
             "Unsubscribe me from this list", "No need, thanks", "I'll pass for now", "Nope, not today", "Skip this step",
             "Let me pay by card instead", "Maybe another day"] * 3)

# scarcity and urgency in the blind set's weaker shapes (a final batch, a rate that ends with the session)
_P11["fake_scarcity"].extend(["This is the final run of our Autumn Blend; we won't make it again",
                              "Last ever batch of this flavour - after this, it's discontinued",
                              "This glaze is being discontinued; this week's kiln run is the final one, so grab a mug",
                              "Final production run: when this batch sells, the colour is retired forever"] * 2)
_N11.extend(["Seasonal blend: roasted from October to December each year", "This flavour is retired; the new one is in the shop",
             "Next batch roasts on Thursday; pre-orders ship Friday"] * 2)
_P11["false_urgency"].extend(["Close this tab and the discount on screen is withdrawn for good",
                              "This quote only lives as long as this browser window - book it now",
                              "Leave now and your quote is gone; it won't be offered again",
                              "The rate on screen expires the moment you navigate away"] * 2)
_N11.extend(["Your quote is saved for 30 days; come back any time", "This price is valid until 31 May (quote ref {n}{n}{n})"] * 2)

# honest copy near the round-9 false positives: notices, meters, trials with terms, service facts
_N11.extend([
    "Trial: free until 3 March, then {price} a month; a reminder e-mail goes out the day before",
    "When the trial is over you can still open and export everything; creating new boards needs a paid plan",
    "Cheaper than before: {price} for the tent you saved. Its price over the last six weeks was {price}",
    "New card on the way: the one ending 20{n}{n} stops working at the end of June",
    "Your railcard expires on 2 June. Renew it in the app when you're ready",
    "Outfits in the Classic tab never rotate out",
    "This skin stays in the shop permanently; no rush",
    "Bus 42 is 8 minutes behind schedule", "Delays over 30 minutes qualify for compensation: see the help page",
    "Flight BA{n}{n}{n} is delayed by 40 minutes. Compensation rules are on our help page",
    "Items in your basket: 1 lamp. Saved for whenever you come back",
    "Still thinking about the rug? It's saved in your basket whenever you're ready",
    "Replies come from the two people who run this shop, usually within 48 hours",
    "Support replies within 1 working day, Monday to Friday",
    "On the Free plan: 3 projects, no shared folders, community support",
    "What changes on Basic: reports cover 30 days; everything you've made stays",
    "Storage used: 41 GB of 50 GB. Extra storage is {price} per 10 GB",
    "Usage meter: 62% of your monthly calls used",
    "Data used: 7.2 GB of 10 GB. Renews on the 14th",
    "Prefer a walkthrough? Our team can show you around - or just sign up and explore",
    "This is your second free story this month. Subscriptions start at {price} a week",
    "Three free stories a month; after that a subscription is {price} a month",
    "Roof appeal: {pct}% of the way there. Thank you to all {big} donors",
    "Appeal total so far: {big} donors, £{big},400 raised",
    "The summer menu is back from 1 June until 31 August",
    "Leaving the leisure centre: one month's notice, by e-mail or at the desk",
    "Phone plan: {price}/month, 30 days' notice to cancel, done online",
    "Restocked: the wool scarf in green. This is the only message we'll send about it",
    "Sign-in code 4471 (valid for 10 minutes)",
])

# technical prose: documentation, headers, config and API sentences (none of it is shop copy)
_TECH11 = ["The worker retries the batch once before it fails the request with 503",
           "x-request-id: 7f3a9c", "Retry-After: 30", "x-quota-remaining: 12", "Content-Type: application/json",
           "Returns 429 when the key's limit is reached; the body says which limit",
           "The stage runs before the upstream call and can refuse the request",
           "Paste the id into the search box to open the record",
           "A child process that exits is restarted by the supervisor",
           "The cache is cleared when it holds more than 4,096 entries",
           "Every POST must carry the CSRF token from the session",
           "The signature covers the first 32 bytes of the payload",
           "The index is rebuilt in the background after an upgrade",
           "At p95 every page renders in under 300 ms on the test machine",
           "The budget is checked before the call; the cost is known only afterwards",
           "Set expires_in to 90d to make the key expire after three months",
           "A write that takes longer than the timeout is retried once",
           "The queue holds at most 1,000 items; older ones are dropped first",
           "Only the first 20,000 characters are scanned",
           "If the store is unavailable, the request fails with 503 audit_unavailable",
           "The limits stage reserves one request and the estimated tokens",
           "Sessions end when the key that created them is removed",
           "Only admins can create keys for another app",
           "Tokens are estimated from the prompt and replaced by the provider's usage",
           "The replica got half a core, so the numbers are a lower bound",
           "Run the migration once; it is idempotent",
           "Exit code 2 means the config did not validate",
           "10x the load fits on one machine with headroom; 100x needs a second node",
           "Headers: x-ratelimit-limit-requests and x-ratelimit-remaining-requests",
           "The review item expires after 72 hours and the app is notified",
           "Stream clients that disconnect early are charged for what was sent",
           "This page is generated from the code; if they drift, the tests fail"]
NEG.extend(_TECH11 * 2)

# round 10, second batch: the same kinds built from many small parts, so that no single phrase
# carries a kind (consent buttons, elite and media claims, dares, pause-only exits, ticked receipt
# lines, permissions demanded for ordinary features), with the honest shapes beside them
_ACC11 = ["Accept", "Agree", "Allow", "Consent", "Approve", "Yes"]
_ALL11 = ["all", "everything", "all cookies", "all partners", "all purposes", "the lot"]
_JOIN11 = ["&", "and", "+", "then"]
_GOON11 = ["continue", "proceed", "close", "browse", "enter", "go", "start shopping", "play"]
_SMALL11 = ["(settings)", "(preferences)", "(options)", "(customise)", "(more choices)", "(details)", "settings ›", "· manage"]
for _ in range(25):
    _a = f"{_R11.choice(_ACC11)} {_R11.choice(_ALL11)} {_R11.choice(_JOIN11)} {_R11.choice(_GOON11)}"
    _P11["pressured_upsell"].append(_R11.choice(["[ {A} ]   {s}", "{A}    {s}", "<button class=\"big\">{A}</button> <a>{s}</a>",
                                                 "► {A} ◄  {s}"]).replace("{A}", _a.upper() if _R11.random() < 0.5 else _cap(_a))
                                    .replace("{s}", _R11.choice(_SMALL11)))
for _ in range(30):
    _N11.append(_R11.choice(["[Accept all] [Reject all] {s}", "[Allow all] [Necessary only]", "[Agree] [Disagree] - either works",
                             "Reject all   Accept all   {s}", "[Save my choices]", "[Only essential cookies] [Accept all cookies]",
                             "Consent saved. Change it any time {s}"]).replace("{s}", _R11.choice(_SMALL11)))
_WARM11 = ["Cookies help us serve you better 🍪", "Your data keeps this app free 💜", "We like to personalise things ✨",
           "Good things happen with cookies 😊", "Help us improve 🌱", "A quick note about data 📝"]
_ONLYGO11 = ["Hitting '{ok}' means you're happy with that", "{ok} to carry on (this turns on {t})", "Just press {ok} and we'll set up {t}",
             "Press {ok}; by doing so you allow {t}", "Everything's ready - {ok} switches on {t}"]
for _w in _WARM11:
    for _g in _pk(_ONLYGO11, 3):
        _P11["pressured_upsell"].append(f"{_w} " + _sub(_g, ok=_R11.choice(_OKW11), t=_R11.choice(_TRACK11)))
    _N11.extend([f"{_w} Accept or reject below - both buttons work the same", f"{_w} Nothing is tracked until you choose",
                 f"{_w} [Allow] [Don't allow]"])
_PERK11 = ["discount", "free delivery", "saved playlists", "price lock", "member rate", "bonus data", "loyalty points", "cloud saves"]
_GOAWAY11 = ["cancel anyway", "end my plan", "continue to cancel", "no, cancel", "cancel regardless", "I still want to go", "leave"]
for _ in range(30):
    _pp, _g = _R11.choice(_PERK11), _R11.choice(_GOAWAY11)
    _P11["pressured_upsell"].append(_R11.choice(["[ Keep my {p} ]  ·  {g}", "KEEP MY {P}!   {g}", "<button>Keep my {p}</button> <small>{g}</small>",
                                                 "✓ Keep my {p} (recommended)     {g}", "[Stay and keep my {p}]   {g} ›"])
                                    .replace("{p}", _pp).replace("{P}", _pp.upper()).replace("{g}", _g))
for _pp in _PERK11:
    _N11.extend([f"[Keep my {_pp}]  [Cancel my plan]", f"If you cancel you lose your {_pp} at the end of the month. [Cancel] [Go back]"])

_ELITEB11 = ["Ranked veterans", "The pros", "Champions", "Creators with big followings", "Athletes", "Real chefs", "Streamers",
             "Season-one veterans", "Speedrunners", "The best climbers on the server", "Tastemakers"]
_HAS11 = ["are already using the {item}", "already have the {item}", "all run the {item}", "have moved to the {item}",
          "won't touch anything but the {item}", "equipped the {item} on day one"]
_ITEM11 = ["Void Reaper skin", "Gold Pass", "Turbo controller", "Aurora skin pack", "chef's knife set", "Pro racket", "Legend bundle"]
_DARE11 = ["Join them", "Be one of them", "Don't get left behind", "Get in on it", "Gear up", "Why not you?", "Your move"]
for _ in range(25):
    _P11["fake_social_proof"].append(f"{_R11.choice(_ELITEB11)} " + _R11.choice(_HAS11).replace("{item}", _R11.choice(_ITEM11))
                                     + f". {_R11.choice(_DARE11)}")
_MEDIA11 = ["As featured on", "Seen on", "As heard on", "Spotted in", "Straight from", "Famous from"]
_OUTLET11 = ["TV", "the morning show", "Dragons' Den", "Shark Tank", "the evening news", "YouTube", "national radio"]
_SOLD11 = [" - {big}k sold", " - over a million customers", "! Selling like crazy", " - everyone's buying it", "! {big},000 sold already",
           " — the whole country wants one"]
for _ in range(40):
    _P11["fake_social_proof"].append(f"{_R11.choice(_MEDIA11)} {_R11.choice(_OUTLET11)}{_R11.choice(_SOLD11)}")
_N11.extend(["Featured in our TV advert this spring", "As seen in the spring catalogue, page 12", "Watch our founder on the morning show (video)",
             "Sold in {n} countries since 2011", "Our story was on local radio last week; listen here"] * 3)
_RESULT11 = ["lost 5 kg", "saved £300 on bills", "learned 500 Spanish words", "ran her first marathon", "doubled his shop's sales",
             "cleared her debt", "got promoted", "finally slept through the night"]
_DARE2_11 = ["Your turn", "You could be next", "What's stopping you?", "Now it's you", "Join {name}", "Why wait?", "You're up"]
for _ in range(25):
    _P11["fake_social_proof"].append(f"{{name}} {_R11.choice(_RESULT11)} with our plan! {_R11.choice(_DARE2_11)} {_R11.choice(['💪', '🔥', '🎉', '', '👏'])}".strip())
_N11.extend(["{name} wrote a review of the plan: 3 stars, \"good recipes, hard to keep up\"", "Results vary; most people lose 0-3 kg in a month",
             "Read stories from members, including the ones who stopped", "{name} asked a question about sizing; see the answer below"] * 3)
_CROWD11 = ["girlies", "besties", "beauty lovers", "gym rats", "gamers", "mums", "plant people", "coffee snobs", "skaters"]
_CANT11 = ["can't get enough of the {p}", "are obsessed with our {p}", "won't shut up about the {p}", "have bought the {p} twice",
           "are losing it over our {p}", "swear the {p} changed everything"]
for _ in range(25):
    _P11["fake_social_proof"].append(f"{{big}},000 {_R11.choice(_CROWD11)} " + _R11.choice(_CANT11).replace("{p}", _R11.choice(PRODUCTS))
                                     + _R11.choice([" 💋", " 😍", "", " ✨", "!", " 🔥"]))

_PAUSEO11 = ["[Pause 1 month] [Pause 3 months]", "[Skip next box] [Skip two boxes]", "[Freeze for 30 days] [Freeze for 60 days]",
             "[Take a break] [Switch to cheaper plan]", "[Snooze] [Downgrade]"]
_HIDDENC11 = ["(to cancel, see Help › Account › More)", "- cancelling is in the FAQ", "(cancellation: contact us)",
              "- need something else? Chat with us", "(other requests: support form)", "· to end it, e-mail the billing team"]
for _ in range(30):
    _P11["hard_to_cancel"].append(f"{_R11.choice(['Want a break?', 'Before you go...', 'Leaving?', 'Pause instead?', 'Not ready to quit?'])} "
                                  f"{_R11.choice(_PAUSEO11)}  {_R11.choice(_HIDDENC11)}")
for _po in _PAUSEO11:
    _N11.extend([f"Leaving? {_po} [Cancel now]", f"Pause or cancel: {_po} [Cancel subscription]"])
_ONLYVIA11 = ["via live chat only", "by phone only, weekdays", "through our Member Happiness team, by chat", "by post only",
              "in person at the branch where you joined", "only through a call we book for you"]
_WHAT11 = ["Memberships are cancelled", "Subscriptions end", "Accounts are closed", "Contracts are terminated", "Auto-renewal is switched off",
           "Marketing consent is withdrawn"]
for _ in range(30):
    _P11["hard_to_cancel"].append(f"{_R11.choice(['No cancel button?', 'Looking to leave?', 'Want out?', ''])} {_R11.choice(_WHAT11)} "
                                  f"{_R11.choice(_ONLYVIA11)}".strip())
for _w in _WHAT11:
    _N11.extend([f"{_w} online in a few taps, or by chat or phone if you prefer", f"{_w} from your account page at any time"])
_PAPER11 = ["a notarised form", "a signed letter with a copy of your ID", "a witnessed declaration", "a paper form sent by recorded delivery",
            "a fax", "a form collected in person"]
_WANT11 = ["To opt out of the sale of your data", "To delete your account", "To withdraw marketing consent", "To close your wallet",
           "To stop data sharing", "To remove your details"]
for _ in range(30):
    _P11["hard_to_cancel"].append(f"{_R11.choice(_WANT11)}, send us {_R11.choice(_PAPER11)}")
    _P11["hard_to_cancel"].append(f"{_R11.choice(_WANT11)}, visit each of our {{n}}{{n}} partners' sites and opt out with every one of them")
for _w in _WANT11:
    _N11.extend([f"{_w}, use the switch in Privacy settings", f"{_w}, click the link in any e-mail or use your account page"])
_P11["hard_to_cancel"].extend([f"A letter with a PIN goes to your postal address; {_x} waits until you type it in" for _x in
                               ["closing your account", "cancelling", "deleting your data", "ending your membership"]] * 3)
_N11.extend(["We've e-mailed a confirmation link; click it to finish closing your account",
             "Enter the code we texted you to confirm the change"] * 3)

_TICKED11 = ["Extended warranty", "Screen cover", "Priority dispatch", "Cancellation cover", "Gift box", "Premium support", "Cleaning kit",
             "Loyalty club", "Travel adaptor", "Install service"]
for _t in _TICKED11:
    _P11["pressured_upsell"].extend([f"✓ {_t} · {{price}} · in your order", f"[✓] {_t} +{{price}} (added)", f"✅ {_t} — {{price}}",
                                     f"{_t} ({{price}}) ✓ included in total"])
    _N11.extend([f"[ ] {_t} +{{price}} (optional)", f"{_t}: not added - add for {{price}}", f"✅ Order placed",
                 f"✓ Free delivery · ✓ 30-day returns"])
_N11.extend(["Day {n} of 30 ✅ Well done. Next: a 15-minute stretch", "✅ Step {n} complete", "Streak: {n} days ✅", "✓ Saved", "✓ Paid",
             "Basic {price} · Standard {price} · Premium {price} — see what each includes",
             "<small>Prices include VAT. Postage is worked out at checkout from your address.</small>",
             "<small>All prices in GBP.</small>", "<small>Terms apply; see the full terms below.</small>"] * 3)
_SUBSEL11 = ["Subscribe & Save", "Repeat delivery", "Auto-ship", "Monthly refill", "Smart reorder"]
for _ss in _SUBSEL11:
    _P11["hidden_subscription"].extend([f"{_ss} is on for every item in your basket", f"{_ss} has been selected for all items",
                                        f"We've applied {_ss} to your whole order", f"{_ss}: ON (applies to all {{n}} items)"])
    _N11.extend([f"{_ss} is available on this item (optional)", f"{_ss}: off. One-time purchase selected", f"Add {_ss} if you like; it's off by default"])
_PASS11 = ["Premium Pass", "Battle Pass", "VIP Pass", "Season Pass", "Club Pass"]
_CUR11 = ["gems", "coins", "crystals", "credits", "gold"]
for _pa in _PASS11:
    _P11["hidden_subscription"].extend([f"Pack bought! Your {_pa} now renews every week for {{n}}99 {_R11.choice(_CUR11)}",
                                        f"🎉 Purchase complete. {_pa} auto-renews weekly ({{n}}00 {_R11.choice(_CUR11)})",
                                        f"Thanks! We've also started your {_pa}, renewing each week"])
    _N11.extend([f"Pack bought! It's yours; the {_pa} is a separate purchase", f"{_pa} ends on Sunday and does not renew",
                 f"{_pa}: one season, paid once ({{n}}00 {_R11.choice(_CUR11)})"])
_RISEB11 = ["rises each spring by inflation plus {n}%", "goes up every year by CPI + {n}%", "increases annually; see terms",
            "is reviewed and raised each year", "moves to the standard rate after 3 months"]
for _ in range(25):
    _P11["hidden_subscription"].append(f"{{price}} a month* — *price {_R11.choice(_RISEB11)}")
_PERM11 = ["motion data and precise location", "your contacts", "background location", "microphone access", "access to all photos",
           "notifications and location"]
_BASIC11 = ["to log a walk", "to read the menu", "to see the timetable", "to use the calculator", "to open the map",
            "to view your receipt"]
for _pe in _PERM11:
    for _b in _pk(_BASIC11, 3):
        _P11["hidden_subscription"].append(f"{_R11.choice(['Turn on', 'Allow', 'Enable', 'Grant'])} {_pe} {_b}")
    _N11.extend([f"Allow {_pe}? You can still use the app without it", f"{_pe.capitalize()}: off (optional)"])
_CLOSE11 = ["Doors close in {cd}", "Enrolment closes in {cd}", "Registration shuts in {cd}", "Sign-ups end in {cd}"]
for _c in _CLOSE11:
    _P11["false_urgency"].extend([f"{_c} - join now before the price rises", f"{_c}. Enrol today or wait a year", f"{_c}! Grab your place"])
_N11.extend(["Enrolment for the spring course closes on 14 March", "Registration is open until 30 April"] * 2)
_MYX11 = [("wifi", "a password"), ("car", "a service"), ("skin", "sunscreen"), ("bike", "a lock"), ("laptop", "a backup"),
          ("pension", "topping up"), ("dog", "a walk")]
for _x, _y in _MYX11:
    _P11["confirmshaming"].extend([f"Nope, my {_x} doesn't need {_y}", f"Nah, my {_x} can do without {_y}", f"My {_x} doesn't need {_y}, thanks"])
_GOODN11 = ["bargains", "free stuff", "saving money", "staying informed", "new features", "being on time"]
for _g in _GOODN11:
    _P11["confirmshaming"].extend([f"Unsubscribe. I can't stand {_g}", f"No thanks - {_g} isn't for me, I prefer losing out",
                                   f"Remove me, I'm allergic to {_g}"])

# round 10, third batch: everyday service notices in many sectors (deliveries, bookings, boarding,
# doors and start times, data storage, donations and appeals, renewals told in full, balances and
# interest, price lists, retention offers with a real "cancel") -- the plain copy the new positives
# sit next to, so that their nouns and numbers do not turn into cues
_HELLO11 = ["", "Hi {name}, ", "Hello! ", "G'day! ", "Good news: ", "Update: ", "Dear customer, ", "Thanks! "]
_NOTICE11 = [
    "your order of {n} items has been packed and goes to the courier today",
    "your parcel was left with your neighbour at number {n}", "your parcel is in your safe place by the back door",
    "your delivery is booked for Thursday between {n}:00 and {n}:30", "your driver is {n} stops away",
    "your table for {n} is booked for 7:30pm; we hold tables for 15 minutes", "your booking code is QF{n}{n}Z; show it at check-in",
    "your room is ready from 3pm; late check-out can be arranged at reception", "boarding at gate {n}2 starts at 10:40, gate closes 11:05",
    "doors open at 7pm and the first act is on at 8", "the match kicks off at 3pm; turnstiles open at 1:30",
    "your data is kept on servers in the UK and is not sold", "we store card details with our payment provider, not on our servers",
    "thank you for your donation of {price}; your receipt is attached", "thank you for giving {price} to the shelter appeal",
    "together, supporters raised £{big},000 this year for the hospice", "the appeal has reached {pct}% of its £{big},000 goal",
    "gifts made during match week are doubled by a local trust, up to £{big},000 in total",
    "your monthly gift of {price} helps fund the food bank; you can change it any time",
    "your insurance renews on 1 May at {price} (last year {price}); you can compare quotes or cancel before then",
    "your savings account earned {price} interest this month", "your balance is {price}; the next statement is on the 1st",
    "your points balance is {big}; points don't expire while your account is active",
    "coin packs: 100 for {price}, 500 for {price}, 1,000 for {price}. No timers, no bonuses",
    "order summary: {n} items, delivery {price}, total {price} including VAT. Nothing else is added",
    "optional extras (not added): gift wrap {price}, engraving {price}",
    "we're sorry to see you go; your plan stays active until the end of the billing period",
    "your account closes at the end of this month; you can download your data until then",
    "this fare includes one checked bag and one small cabin bag", "every e-bike comes with a two-year warranty",
    "would you like 2 months at half price instead? [Take the offer] [No thanks, cancel]",
    "before you go, you can pause for a month instead. [Pause] [Cancel membership]",
    "the intro rate lasts 8 weeks; after that the weekly price is {price}, and you can stop whenever you like",
    "your card ending {n}{n}{n}{n} expires soon; update it in Wallet", "your passport photo was accepted",
    "the pharmacy will text you when your prescription is ready", "your repair is booked for Monday at 9am",
    "your car is due its MOT on 14 June", "your phone contract ends in June; you can keep it, upgrade or leave",
    "your broadband engineer visit is confirmed for Tuesday morning", "your tickets are in the app under 'My tickets'",
    "your refund of {price} has been sent and should arrive in 3-5 working days", "we've received your return",
    "this product isn't sold in your country yet", "this item ships from our Leeds warehouse",
    "trusted by {big} local councils since 2012", "used in {n} schools across the county",
]
for _t in _NOTICE11:
    for _h in _pk(_HELLO11, 2):
        _N11.append(_h + (_t if _h and not _h.endswith(": ") else _cap(_t)))

# round 10, fourth batch: urgency, scarcity, forced action and social proof kept in view (the
# service notices above share their clock times and nouns), told with other verbs and horizons
_HORIZ11 = ["before midnight", "by 6pm today", "in the next hour", "before the weekend is out", "by close of play tonight",
            "before this page closes", "before the timer hits zero", "by Friday noon"]
_PUSHU11 = ["Prices like this vanish fast - book {h}", "This rate times out {h}, so move quickly", "Lock it in {h} or pay more",
            "Act {h}: the price jumps back after that", "Give {h} and your gift is doubled - no extensions, ever",
            "Sign up {h} or lose your bonus for good", "The discount self-destructs {h} ⏳", "Miss it {h} and it's gone forever"]
for _u in _PUSHU11:
    for _h in _pk(_HORIZ11, 3):
        _P11["false_urgency"].append(_u.replace("{h}", _h))
_SCARCE11 = ["Just a single {x} remains at this price", "Very few {x}s left for your date 🔥", "A handful of {x}s remain - then that's it",
             "Only one {x} like this exists; when it's sold, no more", "Scarce: the last {x}s are going now",
             "Down to the final {x} for Saturday"]
_XS11 = ["table", "seat", "room", "slot", "ticket", "pitch", "cabin", "print"]
for _s in _SCARCE11:
    for _x in _pk(_XS11, 3):
        _P11["fake_scarcity"].append(_s.replace("{x}", _x))
_GATEB11 = ["please log in or register", "sign up first", "create a free account", "share this page on Facebook",
            "tag three friends", "connect your Google account", "install our app"]
_PLAIN11 = ["To check your train times", "To see the bus timetable", "To download your free certificate", "To see the opening hours",
            "To read the FAQ", "To see today's specials", "To track your delivery"]
for _pl in _PLAIN11:
    for _g in _pk(_GATEB11, 3):
        _P11["hidden_subscription"].append(f"{_pl}, {_g}")
_P11["fake_social_proof"].extend([f"{_w} {_d}. You're next!" for _w in
                                  ["Your neighbours on Oak Road", "Three families on your street", "Your colleagues in Finance",
                                   "Most of your gym class"]
                                  for _d in ["have already switched to GreenGrid", "all moved to our fibre plan",
                                             "signed up for the meal box"]])
_P11["fake_social_proof"].extend(["{pct}% of buyers of this also added the care kit - the smart ones, anyway",
                                  "{name} in {city} grabbed the bundle · seconds ago", "{name} ({city}) just bought this · 1 min ago"] * 3)

for _lab, _lines in _P11.items():
    T[_lab].extend(v for s in _lines for v in _voice8(s))
NEG.extend(v for s in _N11 for v in _voice8(s))

# --- round 11 (classifier v12): shop copy in German, French, Spanish, Dutch, Italian and Portuguese,
# every kind with honest copy of the same topics beside it (manipulation_corpus_langs.py). Written
# for Candor after round 10's blind set, where copy in these languages was almost never caught; no
# line of any evaluation set is copied or reworded (tests/test_checks_quality.py checks it). Added
# by generate() after the English lines and their pairings, with its own random stream, so the
# English part of the corpus stays exactly v11's.
from gateway.checks.manipulation_corpus_langs import lines as _lang_lines  # noqa: E402


def _other_languages(seed: int) -> list[tuple[str, str]]:
    # as for English: an honest sentence before a pressure line keeps the pressure label
    return _later_round(random.Random(seed * 1000 + 12), *_lang_lines(), 1)


def _later_round(rng: random.Random, pos_lines: dict[str, list[str]], neg_lines: list[str],
                 repeat: int) -> list[tuple[str, str]]:
    """A later round's lines, each ``repeat`` times, with case variants, an end mark, and pairings
    of honest lines with each other and with pressure lines (as in the older rounds)."""
    out: list[tuple[str, str]] = []
    for label, items in [*pos_lines.items(), ("none", neg_lines)]:
        for s in items:
            out.extend([(s, label)] * repeat)
            r = rng.random()
            if r < 0.1:
                out.append((s.upper(), label))
            elif r < 0.4:
                out.append((s.lower(), label))
            if not s.endswith(("!", ".", "?")) and rng.random() < 0.5:
                out.append((s + rng.choice(["!", ".", " >", " →"]), label))
    pos = [(s, lab) for s, lab in out if lab != "none"]
    neg = [s for s, lab in out if lab == "none"]
    for _ in range(len(pos) // 3):
        s, lab = rng.choice(pos)
        out.append((rng.choice(neg) + " " + s, lab))
    for _ in range(len(neg) // 3):
        out.append((rng.choice(neg) + " " + rng.choice(neg), "none"))
    return out


# --- round 12 (classifier v13): honest copy of the topics the seen blind sets flagged (renewals and
# trials stated with date and amount, cut-offs and schedules, time-outs, consent notices, price
# history, optional add-ons, plain exits and meters), and sneaking, misdirection and obstruction in
# more shapes, in English and the six other languages (manipulation_corpus_v13.py). Its own random
# stream: the lines of the v12 corpus are unchanged (only their shuffled order moves).
from gateway.checks.manipulation_corpus_v13 import lines as _v13_lines  # noqa: E402

V13_REPEAT = 3  # each v13 line counts three times: a few hundred templates against ~180k older lines


def _round12(seed: int) -> list[tuple[str, str]]:
    return _later_round(random.Random(seed * 1000 + 13), *_v13_lines(), V13_REPEAT)


# --- round 13 (classifier v14): misdirection in many shapes and sectors -- the costly option chosen
# in advance, "recommended" on the dearest plan with no reason, toggles and tick boxes whose wording
# reverses, adverts dressed as results or buttons, reference prices nobody paid, "free" with its
# condition in an asterisk, the way out described by its look -- with the honest copy beside each
# (labelled ads, dated was-prices, neutral toggles, reasoned recommendations, equal buttons), in
# English and the six other languages (manipulation_corpus_v14.py). Its own random stream: the
# lines of the v13 corpus are unchanged (only their shuffled order moves).
from gateway.checks.manipulation_corpus_v14 import lines as _v14_lines  # noqa: E402

V14_REPEAT = 3


def _round13(seed: int) -> list[tuple[str, str]]:
    return _later_round(random.Random(seed * 1000 + 14), *_v14_lines(), V14_REPEAT)


# --- round 14 (classifier v15): disguise (adverts dressed as notifications, menu items, categories,
# rankings and buttons; marketing sent as account or security notices; was-prices nobody paid and
# sales that never end; switches whose wording or look reverses the choice), crowds and colleagues
# as social proof, "almost full" scarcity, exits narrowed to a phone line or a chain of steps,
# renewals switched on out of sight and fees that join the total at the end, prices that "may rise"
# and offers kept only while the page is open -- with the honest copy beside each (trial-end notices
# that state the charge, fees with their threshold, reasoned recommendations, the cheapest option
# chosen in advance, paywalls, Gift Aid, charity impact lines and receipts, BNPL with its APR, real
# security notices), in English and the six other languages (manipulation_corpus_v15.py). Its own
# random stream: the lines of the v14 corpus are unchanged (only their shuffled order moves).
from gateway.checks.manipulation_corpus_v15 import lines as _v15_lines  # noqa: E402

V15_REPEAT = 3


def _round14(seed: int) -> list[tuple[str, str]]:
    return _later_round(random.Random(seed * 1000 + 15), *_v15_lines(), V15_REPEAT)


# --- round 20 (classifier v18): shop copy in Swedish, Danish, Norwegian, Finnish, Polish, Turkish and
# Japanese, every kind with honest copy of the same topics beside it (manipulation_corpus_langs2.py),
# written after round 20's blind set, whose misses were mostly short lines in these languages. No
# evaluation line is copied (tests/test_checks_quality.py). Its own random stream: the lines of the
# v15 corpus are unchanged (only their shuffled order moves).
from gateway.checks.manipulation_corpus_langs2 import lines as _langs2_lines  # noqa: E402


def _round20(seed: int) -> list[tuple[str, str]]:
    return _later_round(random.Random(seed * 1000 + 20), *_langs2_lines(), 1)
