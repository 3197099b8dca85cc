import type { OrderLine } from '../../../shared/schemas/orders';

/** cyrb53: a fast 53-bit string hash; collisions only matter between two reports of the same line. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * What a report says about a line, apart from which line it is and when it was reported: two reports
 * with the same fingerprint are the same news, so re-importing one changes nothing; a different one is
 * a correction. Leaving the line's identity out makes the tie-break between two contradictory rows the
 * same for every line.
 */
export function lineFingerprint(line: OrderLine): string {
  const { sourceUpdatedAt: _time, network: _network, lineId: _lineId, orderNo: _orderNo, ...content } = line;
  return cyrb53(JSON.stringify(content, Object.keys(content).sort()));
}
