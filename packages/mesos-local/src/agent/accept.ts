// Content negotiation of the SUBSCRIBE response, as Mesos does it: JSON when the Accept header is missing
// or allows JSON, protobuf when it allows only protobuf, otherwise 406.
import type { Codec } from '@cassandra-mesos/mesos';
import { CONTENT_TYPE_JSON, CONTENT_TYPE_PROTOBUF, jsonCodec, protobufCodec } from '@cassandra-mesos/mesos';

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of header.split(',')) {
    const [range, ...params] = part.split(';').map((s) => s.trim());
    if (!range) continue;
    const [type, subtype] = range.toLowerCase().split('/');
    if (!type || !subtype) continue;
    let q = 1;
    for (const p of params) {
      const m = /^q\s*=\s*([0-9.]+)$/i.exec(p);
      if (m) q = Number(m[1]);
    }
    ranges.push({ type, subtype, q: Number.isFinite(q) ? q : 0 });
  }
  return ranges;
}

/** Quality the header gives a media type: the most specific matching range wins; 0 = not acceptable. */
function quality(ranges: MediaRange[], mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  let best: { specificity: number; q: number } | undefined;
  for (const r of ranges) {
    let specificity: number;
    if (r.type === type && r.subtype === subtype) specificity = 2;
    else if (r.type === type && r.subtype === '*') specificity = 1;
    else if (r.type === '*' && r.subtype === '*') specificity = 0;
    else continue;
    if (!best || specificity > best.specificity) best = { specificity, q: r.q };
  }
  return best?.q ?? 0;
}

export function negotiateEventCodec(accept: string | undefined): Codec | undefined {
  if (accept === undefined || accept.trim() === '') return jsonCodec;
  const ranges = parseAccept(accept);
  if (quality(ranges, CONTENT_TYPE_JSON) > 0) return jsonCodec;
  if (quality(ranges, CONTENT_TYPE_PROTOBUF) > 0) return protobufCodec;
  return undefined;
}
