// Embedding: the <zh-extract> element and a plain <script type="module"> (www/embed.html,
// under the strict CSP), and the npm package that scripts/pack.mjs builds.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { ARTIFACTS, ROOT, launch, openPage, outside, requireBuild, start } from "./harness.mjs";

let server, browser, o;

before(async () => {
  requireBuild();
  server = await start({ port: 0 });
  browser = await launch();
  o = await openPage(browser, server.url + "embed.html");
  await o.page.waitForFunction(() => document.getElementById("demo")?.result && document.getElementById("out").dataset.done);
});

after(async () => {
  await o?.context.close();
  await browser?.close();
  server?.server.close();
});

const problems = async () => [...o.rec.problems, ...(await o.page.evaluate(() => window.__csp)).map((c) => `CSP violation: ${c}`)];

describe("<zh-extract>", () => {
  test("renders the highlighted view of its text content in its shadow root", async () => {
    const r = await o.page.evaluate(() => {
      const el = document.getElementById("demo");
      const marks = [...el.shadowRoot.querySelectorAll("mark")].map((m) => [m.getAttribute("part"), m.textContent]);
      return { marks, text: el.shadowRoot.textContent, light: el.textContent, money: el.result.money.map((m) => m.amount) };
    });
    assert.ok(r.marks.some(([p, t]) => p === "mark money" && t === "1830万元"), JSON.stringify(r.marks));
    assert.ok(r.marks.some(([p, t]) => p === "mark money" && t === "2779万元"));
    assert.deepEqual(r.money, [18_300_000, 27_790_000]);
    assert.equal(r.text.replace(/\s+/g, ""), r.light.replace(/\s+/g, ""));
    await o.page.screenshot({ path: `${ARTIFACTS}embed.png`, fullPage: true });
  });

  test("is styled through custom properties and ::part", async () => {
    const s = await o.page.evaluate(() => {
      const m = document.getElementById("demo").shadowRoot.querySelector('mark[part~="money"]');
      const cs = getComputedStyle(m);
      return { bg: cs.backgroundColor, shadow: cs.boxShadow, radius: cs.borderTopLeftRadius };
    });
    assert.equal(s.bg, "rgb(255, 213, 79)"); // --zh-money: #ffd54f in embed.css
    assert.match(s.shadow, /inset/); // zh-extract::part(money) in embed.css
    assert.equal(s.radius, "4px"); // --zh-mark-radius
  });

  test("re-renders when its text or attributes change, fires zh-extract, shows markup as text", async () => {
    const r = await o.page.evaluate(async () => {
      const el = document.getElementById("demo");
      const fired = new Promise((ok) => el.addEventListener("zh-extract", (e) => ok(e.detail.money.length), { once: true }));
      el.textContent = `<img src=x onerror="window.__xss=1">投资500万元`;
      const n = await fired;
      const again = new Promise((ok) => el.addEventListener("zh-extract", () => ok(), { once: true }));
      el.setAttribute("kinds", "dates");
      await again;
      return {
        n,
        shadow: el.shadowRoot.textContent,
        imgs: el.shadowRoot.querySelectorAll("img").length,
        money: el.shadowRoot.querySelectorAll('mark[part~="money"]').length,
        xss: window.__xss,
      };
    });
    assert.equal(r.n, 1);
    assert.ok(r.shadow.includes(`<img src=x onerror="window.__xss=1">`));
    assert.equal(r.imgs, 0);
    assert.equal(r.money, 0, "kinds=dates hides money");
    assert.equal(r.xss, undefined);
  });

  test("a created element with convert=simplified shows simplified text", async () => {
    const r = await o.page.evaluate(async () => {
      const el = document.createElement("zh-extract");
      el.setAttribute("convert", "simplified");
      el.textContent = "投入1830萬(wàn)元";
      const done = new Promise((ok) => el.addEventListener("zh-extract", (e) => ok(e.detail), { once: true }));
      document.body.append(el);
      const x = await done;
      return { money: [...el.shadowRoot.querySelectorAll('mark[part~="money"]')].map((m) => m.textContent), want: x.money.map((m) => m.text) };
    });
    assert.deepEqual(r.money, r.want);
    assert.equal(r.money.length, 1);
  });
});

describe("a plain <script type=\"module\">", () => {
  test("imports the module, calls init() and extract()", async () => {
    assert.equal(await o.page.textContent("#out"), "1830萬(wàn)元 → 18300000 CNY\n2779萬元 → 27790000 CNY");
    await o.page.fill("#in", "收入5億美元");
    assert.match(await o.page.textContent("#out"), /5億美元 → 500000000 USD/);
  });

  test("runs under the strict CSP with no violation and no request off 127.0.0.1", async () => {
    assert.match(o.response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
    assert.deepEqual(await problems(), []);
    assert.deepEqual(outside(o.rec, server.url), []);
  });
});

describe("the npm package", () => {
  let tgz, manifest, files;
  before(() => {
    const out = execFileSync("node", [ROOT + "scripts/pack.mjs"], { encoding: "utf8" }).trim().split("\n");
    tgz = out[out.length - 1];
    assert.ok(existsSync(tgz), tgz);
    files = execFileSync("tar", ["tzf", tgz], { encoding: "utf8" }).trim().split("\n").sort();
    manifest = JSON.parse(execFileSync("tar", ["xzOf", tgz, "package/package.json"], { encoding: "utf8" }));
  });

  test("has a name, an ESM entry, types, exports and files", () => {
    assert.equal(manifest.name, "zhextract");
    assert.equal(manifest.type, "module");
    assert.equal(manifest.exports["."].default, "./zhextract.js");
    assert.equal(manifest.types, "./zhextract.d.ts");
    assert.equal(manifest.exports["./element"].default, "./element.js");
    assert.equal(manifest.exports["./auto"].default, "./auto.js");
    for (const f of manifest.files) assert.ok(files.includes(`package/${f}`), `${f} is packed`);
    assert.ok(files.includes("package/zhextract_bg.wasm"));
  });

  test("its element imports the glue beside it, and the types describe extract()", () => {
    const element = execFileSync("tar", ["xzOf", tgz, "package/element.js"], { encoding: "utf8" });
    assert.match(element, /from "\.\/zhextract\.js"/);
    assert.doesNotMatch(element, /\.\/pkg\//);
    const dts = execFileSync("tar", ["xzOf", tgz, "package/zhextract.d.ts"], { encoding: "utf8" });
    assert.match(dts, /export function extract\(text: string, options\?: Options\): Extraction;/);
    assert.equal(readFileSync(ROOT + "www/pkg/zhextract_bg.wasm").length,
      Number(execFileSync("sh", ["-c", `tar xzOf '${tgz}' package/zhextract_bg.wasm | wc -c`], { encoding: "utf8" })));
  });
});
