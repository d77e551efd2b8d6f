// The package through a bundler: tests/vite-app installs the packed tarball (npm pack via
// scripts/pack.mjs), `vite build`s, and the built app runs in Chromium under the strict CSP.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { ROOT, launch, openPage, outside, requireBuild, start } from "./harness.mjs";

const APP = ROOT + "tests/vite-app/";
let server, browser, o;

function sh(cmd, args) {
  return execFileSync(cmd, args, { cwd: APP, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

before(async () => {
  requireBuild();
  const out = execFileSync("node", [ROOT + "scripts/pack.mjs"], { encoding: "utf8" }).trim().split("\n");
  const tgz = out[out.length - 1];
  if (!existsSync(APP + "node_modules/vite")) sh("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
  // --no-save: the tarball changes with every build, the lockfile pins only vite.
  sh("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", tgz]);
  sh(APP + "node_modules/.bin/vite", ["build", "--logLevel", "warn"]);
  server = await start({ port: 0, root: APP + "dist" });
  browser = await launch();
});

after(async () => {
  await o?.context.close();
  await browser?.close();
  server?.server.close();
});

test("vite build bundles the module and emits the wasm file", () => {
  const assets = readdirSync(APP + "dist/assets");
  assert.ok(assets.some((f) => /^zhextract_bg-.*\.wasm$/.test(f)), assets.join(" "));
  assert.ok(assets.some((f) => f.endsWith(".js")));
});

test("the built app extracts in Chromium, and its <zh-extract> renders", async () => {
  o = await openPage(browser, server.url);
  await o.page.waitForFunction(() => document.body.dataset.done === "1", null, { timeout: 20_000 });
  const out = JSON.parse(await o.page.textContent("#out"));
  assert.match(out.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(out.money, [{ pasted: "1830萬(wàn)元", amount: 18_300_000, currency: "CNY" }]);
  assert.equal(out.autoSame, true, "zhextract/auto gives the same result");
  await o.page.waitForFunction(() => document.getElementById("el").result);
  const marks = await o.page.evaluate(() =>
    [...document.getElementById("el").shadowRoot.querySelectorAll('mark[part~="money"]')].map((m) => m.textContent));
  assert.deepEqual(marks, ["2779萬元", "569萬元"]);
  const csp = await o.page.evaluate(() => window.__csp);
  assert.deepEqual([...o.rec.problems, ...csp], []);
  assert.deepEqual(outside(o.rec, server.url), []);
});
