// A stable string for protobuf-shaped values: sorted keys, unset/empty fields dropped, so two equal
// messages built differently (decoded, parsed from JSON, written in code) compare equal.

export function canonical(value: unknown): string {
  return JSON.stringify(strip(value)) ?? '';
}

function strip(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) {
    const items = value.map(strip).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (key.startsWith('$')) continue;
      const v = strip((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return value;
}
