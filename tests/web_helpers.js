// Helpers for tests/web.rs: call a function the way page code would, catching errors.
export function callExtract(f, text, options) {
  try {
    return f(text, options);
  } catch (e) {
    return { error: String(e && e.message), name: e && e.name };
  }
}
export function parse(s) {
  return JSON.parse(s);
}
