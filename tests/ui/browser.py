"""Headless Debian Chromium through Playwright, with every request that leaves localhost recorded
and blocked, and every JavaScript dialog recorded (shared by the browser test and bench/bench_app.py)."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlparse

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


@dataclass
class Watch:
    external: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def is_local(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "about", "javascript"):
        return True
    return parsed.hostname in LOCAL_HOSTS


@contextmanager
def browser_page(width: int = 1400, height: int = 1000):
    """``(page, watch)``: a fresh page whose non-local requests are aborted and listed in ``watch``."""
    from playwright.sync_api import sync_playwright

    watch = Watch()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": height})

            def route(r):
                if is_local(r.request.url):
                    r.continue_()
                else:
                    watch.external.append(r.request.url)
                    r.abort()

            context.route("**/*", route)
            page = context.new_page()

            def on_dialog(dialog):
                watch.dialogs.append(f"{dialog.type}: {dialog.message}")
                dialog.dismiss()

            page.on("dialog", on_dialog)
            # requests made by frames (the network drawing) are caught by the context route too
            yield page, watch
        finally:
            browser.close()


def network_frame(page, timeout_ms: int = 60_000):
    """The drawing's iframe, once vis-network has painted its canvas."""
    page.wait_for_selector("iframe[data-testid=stIFrame]", timeout=timeout_ms)
    frame = page.frame_locator("iframe[data-testid=stIFrame]").first
    frame.locator("body[data-drawn=true] #network canvas").wait_for(timeout=timeout_ms)
    return frame
