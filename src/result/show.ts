/**
 * A short, readable rendering of any value for messages and `toString()`: strings quoted,
 * errors as `Name: message`, plain data as JSON, the rest through `String`. Never throws.
 */
export function show(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === "function") return `[function ${value.name || "anonymous"}]`;
  if (typeof value !== "string" && (typeof value !== "object" || value === null)) return String(value);
  // A ferrous value (or anything with its own `toString`) renders itself, like Rust's Debug.
  if (typeof value === "object" && (Object.hasOwn(value, "toString") || !isPlainData(value))) {
    return (value as { toString(): string }).toString();
  }
  try {
    return JSON.stringify(value);
  } catch {
    // Cycles and BigInts cannot be JSON; fall back to the default rendering.
    return Object.prototype.toString.call(value);
  }
}

function isPlainData(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Array.isArray(value);
}
