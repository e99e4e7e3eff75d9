// Accept negotiation as libprocess's Request::acceptsMediaType: a missing Accept allows everything;
// otherwise the most specific matching range (type/subtype > type/* > */*) decides, q=0 refuses.

interface Range {
  type: string;
  subtype: string;
  q: number;
}

function parse(header: string): Range[] {
  const out: Range[] = [];
  for (const part of header.split(',')) {
    const [media = '', ...params] = part.split(';').map((s) => s.trim());
    const [type, subtype] = media.toLowerCase().split('/');
    if (!type || !subtype) continue;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split('=').map((s) => s.trim());
      if (k === 'q' && v !== undefined) q = Number(v);
    }
    out.push({ type, subtype, q: Number.isFinite(q) ? q : 0 });
  }
  return out;
}

export function acceptsMediaType(header: string | undefined, mediaType: string): boolean {
  if (header === undefined || header.trim() === '') return true;
  const [type = '', subtype = ''] = mediaType.toLowerCase().split('/');
  const ranges = parse(header);
  const exact = ranges.find((r) => r.type === type && r.subtype === subtype);
  const typeWildcard = ranges.find((r) => r.type === type && r.subtype === '*');
  const any = ranges.find((r) => r.type === '*' && r.subtype === '*');
  const match = exact ?? typeWildcard ?? any;
  return match !== undefined && match.q > 0;
}
