// Shared by the e2e tests: the static server, Chromium through playwright-core, and a
// recorder of every request, console error, page error and CSP violation of a page.
import { chromium } from "playwright-core";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { start } from "../../scripts/serve.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const WWW = fileURLToPath(new URL("../../www/", import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url));
export const SEED = readFileSync(new URL("../../www/examples/seed.txt", import.meta.url), "utf8");
mkdirSync(ARTIFACTS, { recursive: true });

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--no-first-run", "--disable-component-update", "--disable-sync"];

export function requireBuild() {
  if (!existsSync(new URL("../../www/pkg/zhextract_bg.wasm", import.meta.url))) {
    throw new Error("www/pkg is missing: run `make build` first");
  }
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export { start };

/**
 * Opens a page that records what it does. `rec.requests` holds every URL the page (and
 * its workers) asked for; `rec.problems` every console error, uncaught error, CSP
 * violation and dialog.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, colorScheme = "light" } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, acceptDownloads: true });
  const rec = { requests: [], problems: [], responses: [] };
  context.on("request", (r) => rec.requests.push(r.url()));
  context.on("response", (r) => rec.responses.push(r));
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") rec.problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => rec.problems.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    rec.problems.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on("worker", (w) => w.on("console", (m) => m.type() === "error" && rec.problems.push(`worker console.error: ${m.text()}`)));
  // CSP violations, recorded by the page itself before any of its scripts run.
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(url);
  return { context, page, rec, response };
}

/** Every recorded URL that is not on the given origin nor a blob:/data: URL of the page. */
export function outside(rec, origin) {
  return rec.requests.filter((u) => !u.startsWith(origin) && !u.startsWith("blob:" + origin) && !u.startsWith("data:"));
}

/** Pastes text into the page's textarea the way a user does (one input event). */
export async function paste(page, text) {
  await page.evaluate((t) => {
    const ta = document.getElementById("text");
    ta.focus();
    ta.value = t;
    ta.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
}

/** Waits until the page shows the result of its latest request. */
export async function settled(page, timeout = 30_000) {
  await page.waitForFunction(() => {
    const b = document.body.dataset;
    return !b.debouncing && b.requested && b.rendered === b.requested;
  }, null, { timeout });
}

export function saveMetric(name, value) {
  const file = ARTIFACTS + "metrics.json";
  let m = {};
  try {
    m = JSON.parse(readFileSync(file, "utf8"));
  } catch {}
  m[name] = value;
  writeFileSync(file, JSON.stringify(m, null, 2) + "\n");
}
