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
// Hostile arguments for the boundary tests (tests/web.rs).
export function hostile(kind) {
  switch (kind) {
    case "throwingGetter":
      return { get offsets() { throw new Error("getter says no"); } };
    case "throwingProxy":
      return new Proxy({}, { ownKeys() { throw new Error("proxy says no"); } });
    case "symbolKey":
      return { [Symbol("x")]: "char" };
    case "stringObject":
      return new String("1830万元");
    case "bigint":
      return 10n;
    case "symbol":
      return Symbol("text");
    case "function":
      return () => "1830万元";
    case "date":
      return new Date(0);
    case "nestedOptions":
      return { offsets: { toString() { return "char"; } } };
    case "inherited":
      return Object.create({ offsets: "bogus" });
    case "loneSurrogates":
      return "\uD800投入\uDC005万元\uDBFF";
    case "hugeString":
      return "a".repeat(33 * 1024 * 1024);
    default:
      throw new Error("unknown hostile kind " + kind);
  }
}
