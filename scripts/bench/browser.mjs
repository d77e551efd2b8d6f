// Shared by the Chromium benchmarks (chromium.mjs, cold.mjs): a local static server for a
// page build and Playwright's Chromium launched as the machine allows (Debian's
// /usr/bin/chromium, no sandbox as root).
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { join, dirname, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".html": "text/html", ".json": "application/json" };
// Cross-origin isolation: performance.now() then has microsecond resolution (100 µs without).
const ISOLATE = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };

/**
 * Serves an empty page at /, the build `pkg` under /pkg/, and `routes`: a path to a file
 * name, or to a function giving [content type, body]. Resolves to { server, base }.
 */
export async function serve(pkg, routes = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x").pathname;
    for (const [k, v] of Object.entries(ISOLATE)) res.setHeader(k, v);
    if (url === "/") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end("<!doctype html><meta charset=utf-8><title>bench</title>");
    }
    const route = routes[url];
    if (typeof route === "function") {
      const [type, body] = route();
      res.writeHead(200, { "content-type": type });
      return res.end(body);
    }
    const file = route || (url.startsWith("/pkg/") ? join(pkg, normalize(url.slice(5))) : null);
    if (!file || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/** Chromium through playwright-core (tests/e2e), with `extra` flags after the usual ones. */
export async function launch(extra = []) {
  // playwright-core is the end-to-end tests' (tests/e2e, installed by scripts/setup.sh).
  const { chromium } = await import(join(root, "tests", "e2e", "node_modules", "playwright-core", "index.mjs")).catch(() => {
    console.error("playwright-core missing: run bash scripts/setup.sh (npm ci in tests/e2e)");
    process.exit(2);
  });
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run", ...extra],
  });
}
