// Serves a folder (default www/) on 127.0.0.1 with a strict Content-Security-Policy and
// gzip for text and wasm. No dependencies.
//   node scripts/serve.mjs [port] [root]      (port 8080 by default; PORT env also works)
// Tests import { start } and pass port 0 for a free port.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json", ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".ts": "text/plain; charset=utf-8", ".ico": "image/x-icon",
};
const COMPRESS = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".txt", ".svg", ".ts"]);
const defaultRoot = fileURLToPath(new URL("../www/", import.meta.url));

/** Starts a static server on 127.0.0.1; resolves to { server, port, url }. */
export function start({ port = 8080, root = defaultRoot } = {}) {
  root = resolve(root);
  const gz = new Map(); // path -> { mtime, body }: each file is compressed once
  const server = createServer(async (req, res) => {
    const headers = {
      "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
      "Cross-Origin-Opener-Policy": "same-origin", "Cache-Control": "no-cache",
    };
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { ...headers, Allow: "GET, HEAD", "Content-Type": "text/plain" });
        return res.end("method not allowed\n");
      }
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error("outside"), { code: "ENOENT" });
      let st = await stat(file);
      if (st.isDirectory()) {
        file = join(file, "index.html");
        st = await stat(file);
      }
      const ext = extname(file);
      let body = await readFile(file);
      const h = { ...headers, "Content-Type": TYPES[ext] || "application/octet-stream", Vary: "Accept-Encoding" };
      if (COMPRESS.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
        let c = gz.get(file);
        if (!c || c.mtime !== st.mtimeMs) gz.set(file, (c = { mtime: st.mtimeMs, body: gzipSync(body, { level: 9 }) }));
        body = c.body;
        h["Content-Encoding"] = "gzip";
      }
      h["Content-Length"] = body.length;
      res.writeHead(200, h);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (e) {
      const missing = e.code === "ENOENT" || e.code === "EISDIR" || e.code === "ENOTDIR" || e instanceof URIError;
      res.writeHead(missing ? 404 : 500, { ...headers, "Content-Type": "text/plain" });
      res.end(missing ? "not found\n" : "error\n");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const p = server.address().port;
      ok({ server, port: p, url: `http://127.0.0.1:${p}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] || process.env.PORT || 8080);
  const root = process.argv[3] || defaultRoot;
  const { url } = await start({ port, root });
  console.log(`zhextract page on ${url}  (serving ${resolve(root)})`);
}
