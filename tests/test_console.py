"""The web console in a real browser: Debian's chromium driven by Playwright, against a real
gateway process (offline ``echo`` model: its answer is the prompt it was sent, so untrusted
text reaches both the prompt and the output of the record).

A screenshot of each page is kept under tests/artifacts/console/ (git-ignored).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml

from gateway.keys import create_key
from tests.harness import ROOT, Gateway, start_gateway

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "console"
PAYLOAD = 'Offer <script>window.__pwned=1;alert(1)</script> "><img src=x onerror="alert(2)"> <b>bold</b>'
KEYS = {
    "app": ("marketing-app", ["generate"], "default"),
    "holder": ("ceo-letters", ["generate"], "hold"),  # every answer held for review
    "auditor": ("audit-team", ["audit"], "default"),
    "reviewer": ("brand-review", ["review"], "default"),
    "admin": ("ops", ["admin", "generate", "audit"], "default"),
}


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    home = tmp_path_factory.mktemp("console")
    policies = home / "policies"
    policies.mkdir()
    (policies / "default.yaml").write_text((ROOT / "policies" / "default.yaml").read_text())
    (policies / "hold.yaml").write_text(yaml.safe_dump(
        {"policy": "hold", "disclosure": {"invisible": "compact"}, "review": {"always": True}}))
    gateway = start_gateway(home, {"echo": {"model": "candor/echo"}}, keys=KEYS,
                            settings={"policies_dir": str(policies)})
    gateway.keys["sam"] = create_key(gateway.home / "keys.yaml", "sam-desk", ["review"],
                                     principal="Sam Ortiz")
    yield gateway
    gateway.stop()


def generate(gw: Gateway, text: str, **headers: str) -> httpx.Response:
    r = httpx.post(f"{gw.v1}/chat/completions", timeout=60,
                   headers={"Authorization": f"Bearer {gw.keys['app']}", **headers},
                   json={"model": "echo", "messages": [{"role": "user", "content": text}]})
    assert r.status_code == 200, r.text
    return r


@pytest.fixture(scope="module")
def generations(gw: Gateway) -> dict[str, Any]:
    """A small log: a hostile prompt, campaigns and channels, one in a principal's name."""
    out: dict[str, Any] = {}
    out["hostile"] = generate(gw, PAYLOAD, **{"X-Candor-Campaign": "xss-week"})
    for i in range(3):
        # (personal data in each, so the charts have a "Personal data" bar: an e-mail, not a word
        # the detector once took for a name)
        generate(gw, f"Spring sale teaser number {i} for loyal customers; copy maria.keller{i}@example.com.",
                 **{"X-Candor-Campaign": "spring-sale", "X-Candor-Channel": "email"})
    out["sam"] = generate(gw, "Thank our partners for a great quarter.",
                          **{"X-Candor-On-Behalf-Of": "Sam Ortiz", "X-Candor-Channel": "linkedin"})
    out["marked"] = generate(gw, "Write a short welcome line for new subscribers.",
                             **{"X-Candor-Campaign": "welcome"})
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (.ci/run installs it)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Dialogs:
    """Every JavaScript dialog a page opens (an injected alert() would land here)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, dialog: Any) -> None:
        self.seen.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def page_for(browser: Any, gw: Gateway) -> Iterator[Any]:
    contexts: list[Any] = []

    def open_as(who: str | None) -> Any:
        context = browser.new_context(base_url=gw.base_url, viewport={"width": 1400, "height": 900})
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.dialogs = Dialogs()
        page.on("dialog", page.dialogs)
        page.errors = []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        if who is not None:
            sign_in(page, gw.keys[who])
        return page

    yield open_as
    for context in contexts:
        context.close()


def sign_in(page: Any, key: str, expect_ok: bool = True) -> None:
    page.goto("/console/login")
    page.fill("#key", key)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    if expect_ok:
        assert "/console/login" not in page.url, page.content()


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


# -- sign-in, sessions, roles ------------------------------------------------------------------

def test_sign_in_lands_on_the_log_and_sign_out_ends_the_session(page_for: Any, gw: Gateway,
                                                               generations: Any) -> None:
    page = page_for(None)
    page.goto("/console/log")
    assert "/console/login" in page.url  # no session: to the sign-in page, then back
    shot(page, "01-sign-in")
    page.fill("#key", gw.keys["auditor"])
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/console/log$"))
    assert page.locator("h1").inner_text() == "Generation log"
    cookie = next(c for c in page.context.cookies() if c["name"] == "candor_console")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    secret = gw.keys["auditor"].split("_", 2)[2]  # the secret itself may hold "_"
    assert secret not in cookie["value"]  # never the key itself
    page.click("text=Sign out")
    page.wait_for_url(re.compile(r".*/console/login$"))
    page.goto("/console/log")
    assert "/console/login" in page.url


def test_wrong_keys_are_refused_with_a_reason(page_for: Any, gw: Gateway) -> None:
    page = page_for(None)
    sign_in(page, "ck_nope_nope", expect_ok=False)
    assert "not valid" in page.locator(".error").inner_text()
    sign_in(page, gw.keys["app"], expect_ok=False)  # generate only
    assert "none of the roles" in page.locator(".error").inner_text()


def test_roles_decide_what_each_page_shows(page_for: Any, gw: Gateway, generations: Any) -> None:
    reviewer = page_for("reviewer")
    nav = reviewer.locator("header nav").inner_text()
    assert "Generation log" not in nav and "Charts" not in nav and "Verify a text" in nav
    response = reviewer.goto("/console/log")
    assert response.status == 403 and "Not allowed" in reviewer.content()
    shot(reviewer, "12-not-allowed")
    assert reviewer.goto("/console/charts").status == 403
    gid = generations["hostile"].headers["x-candor-generation-id"]
    assert reviewer.goto(f"/console/generations/{gid}").status == 403
    assert reviewer.goto("/console/people/Sam%20Ortiz").status == 403  # not their name

    sam = page_for("sam")  # a reviewer acting for a registered principal: their own feed only
    assert "My feed" in sam.locator("header nav").inner_text()
    sam.goto("/console/people")
    assert sam.url.endswith("/console/people/Sam%20Ortiz")
    assert "Thank our partners" in sam.locator("table.list").inner_text()
    shot(sam, "08-my-feed")
    assert sam.goto("/console/people/Dana%20Whitfield").status == 403

    admin = page_for("admin")
    nav = admin.locator("header nav").inner_text()
    assert "Generation log" in nav and "Charts" in nav and "Usage" in nav
    # usage against limits (issue 18): the same counters GET /admin/v1/usage reports
    assert admin.goto("/console/usage").status == 200
    table = admin.locator("table#usage").inner_text()
    assert "marketing-app" in table and "requests today" in table.lower()
    shot(admin, "13-usage")
    assert "Usage" not in reviewer.locator("header nav").inner_text()
    assert reviewer.goto("/console/usage").status == 403


# -- the log, a generation, its proof ----------------------------------------------------------

def test_search_the_log_and_open_a_generation_with_its_proof_verified(
        page_for: Any, gw: Gateway, generations: Any) -> None:
    page = page_for("auditor")
    page.goto("/console/log")
    assert page.locator("table.list tbody tr").count() >= 6
    shot(page, "02-log")
    page.fill("input[name=campaign]", "spring-sale")
    page.select_option("select[name=status]", "ok")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    rows = page.locator("table.list tbody tr")
    assert rows.count() == 3
    assert all("spring-sale" in rows.nth(i).inner_text() for i in range(3))
    assert "campaign=spring-sale" in page.url and "status=ok" in page.url

    page.fill("input[name=campaign]", "no-such-campaign")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    assert "No generations match" in page.content()

    page.goto("/console/log?channel=linkedin")
    page.locator("table.list tbody tr a").first.click()
    page.wait_for_url(re.compile(r".*/console/generations/.+"))
    verdict = page.locator("#proof-verdict").inner_text()
    assert verdict.startswith("\u2714 Verified") and "signature OK" in verdict
    assert page.locator("#sig").inner_text() == "OK"
    assert "Sam Ortiz" in page.locator("dl.facts").first.inner_text()
    shot(page, "03-generation")
    page.click("#policy-link")  # the policy text in force for this record
    page.wait_for_url(re.compile(r".*/console/policies/[0-9a-f]{64}$"))
    assert "ghostwriting" in page.locator("pre.block").inner_text()
    shot(page, "04-policy")

    # a generation id in the search box opens it
    gid = generations["marked"].headers["x-candor-generation-id"]
    page.goto("/console/log")
    page.fill("input[name=q]", gid)
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(rf".*/console/generations/{gid}$"))


def test_keyset_pages_walk_the_whole_log(gw: Gateway, generations: Any) -> None:
    client = session_client(gw, "auditor")
    seen: list[str] = []
    url = "/console/log"
    # 50 a page: make enough records for a second page
    for i in range(50):
        generate(gw, f"Filler line {i}.", **{"X-Candor-Campaign": "filler"})
    while url:
        r = client.get(url)
        assert r.status_code == 200
        seen += re.findall(r'href="/console/generations/([^"]+)"', r.text)
        nxt = re.search(r'class="next" href="\?([^"]+)"', r.text)
        url = f"/console/log?{nxt.group(1).replace('&amp;', '&')}" if nxt else ""
    assert len(seen) == len(set(seen)) >= 56


def test_untrusted_prompt_and_output_render_as_text(page_for: Any, generations: Any) -> None:
    page = page_for("auditor")
    gid = generations["hostile"].headers["x-candor-generation-id"]
    page.goto(f"/console/generations/{gid}")
    main = page.locator("main")
    assert main.locator("img").count() == 0 and main.locator("script").count() == 0
    assert main.locator("b").count() == 0
    assert "<script>window.__pwned=1;alert(1)</script>" in page.locator("pre.prompt").first.inner_text()
    assert '"><img src=x onerror="alert(2)">' in page.locator("pre.output").first.inner_text()
    assert page.evaluate("window.__pwned") is None
    shot(page, "05-escaped")
    page.goto("/console/log?campaign=xss-week")  # the list's excerpt column too
    assert page.locator("main img").count() == 0
    assert "<script>" in page.locator("td.excerpt").first.inner_text()
    assert page.dialogs.seen == [] and page.errors == []


# -- people, charts, verify --------------------------------------------------------------------

def test_people_feed_and_charts(page_for: Any, generations: Any) -> None:
    page = page_for("auditor")
    page.goto("/console/people")
    table = page.locator("table.list").inner_text()
    assert "Sam Ortiz" in table and "Dana Whitfield" in table  # registered, even with 0 yet
    shot(page, "07-people")
    page.click("text=Sam Ortiz")
    page.wait_for_url(re.compile(r".*/console/people/Sam%20Ortiz$"))
    assert page.locator("table.list tbody tr").count() == 1
    shot(page, "07-person-feed")

    page.goto("/console/charts")
    figures = page.locator("figure")
    assert figures.count() >= 6
    assert page.locator("figure svg.chart").count() >= 4
    day_chart = page.locator("figure").first
    assert day_chart.locator("rect").count() >= 2  # legend + at least one column
    apps = page.locator("figure", has_text="Top apps").inner_text()
    assert "marketing-app" in apps
    campaigns = page.locator("figure", has_text="Top campaigns").inner_text()
    assert "spring-sale" in campaigns
    pii = page.locator("figure", has_text="Personal data").first
    assert pii.count() == 1
    shot(page, "06-charts")


def test_verify_a_text(page_for: Any, generations: Any) -> None:
    r = generations["marked"]
    text = r.json()["choices"][0]["message"]["content"]
    gid = r.headers["x-candor-generation-id"]
    page = page_for("auditor")
    page.goto("/console/verify")
    page.fill("textarea[name=text]", text)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("#verdict").inner_text() == "verified"
    assert page.locator("#mark-found").inner_text() == "yes"
    assert page.locator("#signature").inner_text() == "valid"
    assert page.locator("#generation").inner_text() == gid
    assert page.locator("#changed").inner_text() == "no"
    shot(page, "09-verify")
    page.fill("textarea[name=text]", text.replace("welcome", "WELCOME", 1).replace(
        "Welcome", "WELCOME", 1))
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("#verdict").inner_text() == "modified"
    assert page.locator("#changed").inner_text() == "yes"


# -- CSRF, headers -----------------------------------------------------------------------------

def session_client(gw: Gateway, who: str) -> httpx.Client:
    client = httpx.Client(base_url=gw.base_url, follow_redirects=False, timeout=30)
    form = client.get("/console/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    r = client.post("/console/login", data={"csrf": token, "key": gw.keys[who]})
    assert r.status_code == 303 and "candor_console" in client.cookies
    return client


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_a_post_without_a_valid_csrf_token_is_refused(gw: Gateway) -> None:
    client = session_client(gw, "auditor")
    page = client.get("/console/verify")
    token = csrf_of(page.text)
    assert client.post("/console/verify", data={"text": "hello"}).status_code == 403
    assert client.post("/console/verify", data={"text": "x", "csrf": "0" * 64}).status_code == 403
    assert client.post("/console/logout", data={}).status_code == 403
    ok = client.post("/console/verify", data={"text": "hello", "csrf": token})
    assert ok.status_code == 200 and 'id="verdict">unmarked' in ok.text
    # another session's token does not work in this one
    other = session_client(gw, "admin")
    other_token = csrf_of(other.get("/console/verify").text)
    assert client.post("/console/verify", data={"text": "x", "csrf": other_token}).status_code \
        == 403
    # sign-in itself: a form posted from elsewhere (no sign-in cookie) is refused
    bare = httpx.post(f"{gw.base_url}/console/login",
                      data={"csrf": token, "key": gw.keys["auditor"]})
    assert bare.status_code == 403 and "candor_console=" not in bare.headers.get("set-cookie", "")


def test_security_headers_and_tampered_cookies(gw: Gateway) -> None:
    client = session_client(gw, "auditor")
    r = client.get("/console/log")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert client.get("/console/static/console.css").headers["x-frame-options"] == "DENY"
    value = client.cookies["candor_console"]
    payload, mac = value.split(".")
    forged = httpx.get(f"{gw.base_url}/console/log",
                       cookies={"candor_console": payload + "." + "0" * len(mac)})
    assert forged.status_code == 303 and "/console/login" in forged.headers["location"]
    missing = client.get("/console/no-such-page")
    assert missing.status_code == 404 and "no console page" in missing.text
    assert missing.headers["x-frame-options"] == "DENY"
    # an open redirect through ?next= goes nowhere but the console
    form = client.get("/console/login?next=https://evil.example/")
    assert 'value="/console/"' in form.text


# -- the review queue --------------------------------------------------------------------------

def hold(gw: Gateway, text: str) -> str:
    """A generation the ``hold`` policy keeps for review; the app gets a review id."""
    client = openai.OpenAI(base_url=gw.v1, api_key=gw.keys["holder"], max_retries=0)
    raw = client.chat.completions.with_raw_response.create(
        model="echo", messages=[{"role": "user", "content": text}],
        extra_headers={"X-Candor-Channel": "email"})
    assert raw.headers["x-candor-review"] == "pending"
    done = raw.parse()
    assert done.choices[0].finish_reason == "content_filter"
    assert text not in (done.choices[0].message.content or "")  # nothing released yet
    return done.model_extra["candor_review"]["id"]


def poll(gw: Gateway, review_id: str) -> dict[str, Any]:
    r = httpx.get(f"{gw.v1}/reviews/{review_id}", timeout=30,
                  headers={"Authorization": f"Bearer {gw.keys['holder']}"})
    assert r.status_code == 200, r.text
    return r.json()


def open_item(page: Any, review_id: str) -> None:
    page.goto("/console/reviews")
    page.click(f"a[href='/console/reviews/{review_id}']")
    page.wait_for_url(re.compile(rf".*/console/reviews/{review_id}$"))


def test_a_reviewer_approves_and_the_app_poll_returns_the_text(page_for: Any,
                                                               gw: Gateway) -> None:
    review_id = hold(gw, "Draft the CEO letter to Jane Doe about our autumn roadmap.")
    assert poll(gw, review_id)["status"] == "pending"
    page = page_for("reviewer")
    assert page.url.endswith("/console/reviews")  # a reviewer lands on the queue
    assert review_id in page.locator("#review-items").inner_html()
    shot(page, "10-review-queue")
    open_item(page, review_id)
    draft = page.locator("#draft").inner_text()
    assert "autumn roadmap" in draft and "<PERSON_1>" in draft and "Jane" not in draft
    assert page.locator("#rules").inner_text() == "review.always"
    assert "autumn roadmap" in page.locator("pre.prompt").first.inner_text()
    shot(page, "11-review-item")
    page.fill("div.decision input[name=reason] >> nth=0", "Checked with the CEO's office")
    page.click("#approve")
    page.wait_for_load_state()
    assert page.locator("#review-status").inner_text() == "approved"
    assert "Checked with the CEO" in page.locator("#decided").inner_text()
    assert page.locator("#approve").count() == 0  # decided: no more forms
    done = poll(gw, review_id)
    assert done["status"] == "approved" and "autumn roadmap" in done["text"]
    assert "Jane Doe" in done["text"]  # the app's poll gets the recipient's name back


def test_edit_then_approve_and_reject_with_a_reason(page_for: Any, gw: Gateway) -> None:
    edited_id = hold(gw, "Announce the price change for the premium plan.")
    rejected_id = hold(gw, "Tell customers in arrears to pay today or lose everything.")
    page = page_for("reviewer")
    open_item(page, edited_id)
    page.fill("#edit-text", "Our premium plan changes price on 1 March; nothing changes "
                            "for you before then.")
    page.click("#edit-approve")
    page.wait_for_load_state()
    assert page.locator("#review-status").inner_text() == "approved"
    assert "1 March" in page.locator("#final").inner_text()
    done = poll(gw, edited_id)
    assert done["status"] == "approved" and "premium plan changes price on 1 March" in done["text"]

    open_item(page, rejected_id)
    page.fill("#reject-reason", "Pressure on people in financial hardship")
    page.click("#reject")
    page.wait_for_load_state()
    assert page.locator("#review-status").inner_text() == "rejected"
    done = poll(gw, rejected_id)
    assert done["status"] == "rejected" and "financial hardship" in done["reason"]
    assert not done.get("text")
    page.goto("/console/reviews?status=rejected")
    assert rejected_id in page.locator("#review-items").inner_html()

    # the decisions are on the generations' audit trail, and in the turnaround chart
    auditor = page_for("auditor")
    auditor.goto("/console/log?status=held")
    assert auditor.locator("table.list tbody tr").count() >= 2
    auditor.goto("/console/charts")
    assert "Review turnaround" in auditor.locator("main").inner_text()
    assert "under 1 h" in auditor.locator("figure", has_text="Review turnaround").inner_text()


def test_review_forms_need_the_csrf_token_and_the_role(page_for: Any, gw: Gateway) -> None:
    review_id = hold(gw, "A note for the partners.")
    reviewer = session_client(gw, "reviewer")
    refused = reviewer.post(f"/console/reviews/{review_id}/decide", data={"decision": "approve"})
    assert refused.status_code == 403
    assert poll(gw, review_id)["status"] == "pending"
    auditor = session_client(gw, "auditor")  # audit only: no queue
    assert auditor.get("/console/reviews").status_code == 403
    token = csrf_of(auditor.get("/console/verify").text)
    assert auditor.post(f"/console/reviews/{review_id}/decide",
                        data={"decision": "approve", "csrf": token}).status_code == 403
    sam = session_client(gw, "sam")  # a principal's reviewer: not their item
    token = csrf_of(sam.get("/console/reviews").text)
    assert review_id not in sam.get("/console/reviews").text
    assert sam.get(f"/console/reviews/{review_id}").status_code == 403
    assert sam.post(f"/console/reviews/{review_id}/decide",
                    data={"decision": "approve", "csrf": token}).status_code == 403
    assert poll(gw, review_id)["status"] == "pending"


def test_per_day_counts_match_the_live_aggregates(gw: Gateway, generations: Any) -> None:
    """The charts' incremental per-day counts give the same figures as grouping the window
    live, before and after more records arrive."""
    from gateway.audit.entries import Filters
    from gateway.audit.store import AuditStore
    from gateway.console.charts import chart_data
    from gateway.console.rollup import DailyCounts

    async def compare(daily: DailyCounts) -> dict[str, Any]:
        store = AuditStore(f"sqlite+aiosqlite:///{gw.home / 'data' / 'audit.db'}",
                           sqlite_wal_prealloc_mb=0)
        try:
            since = time.time() - 30 * 86400
            for f in (Filters(since=since), Filters(since=since, app="marketing-app")):
                fast, live = await chart_data(store, f, daily), await chart_data(store, f, None)
                assert fast == live, f
        finally:
            await store.close()
        return fast

    def run(coro: Any) -> Any:  # Playwright's sync API keeps a loop on this thread
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, coro).result()

    daily = DailyCounts()
    before = run(compare(daily))
    assert before["total"] >= 6 and before["apps"] and before["pii"]
    generate(gw, "One more for Jane Doe at jane@example.com.", **{"X-Candor-Campaign": "late"})
    after = run(compare(daily))  # the same counter, brought up to date
    assert after["total"] == before["total"] + 1
    assert any(b.label == "late" for b in after["campaigns"])
