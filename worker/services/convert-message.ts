import { findShareSpans, replaceSpans, type ShareSpan } from '../../shared/find-share-spans';
import type { ConvertItem, ConvertResponse } from '../../shared/schemas/convert';
import type { ResolveResponse } from '../../shared/schemas';
import type { Bindings, Db } from '../env';
import { AppError } from '../errors';
import { createShareCode } from './create-share-code';
import { identifyThroughNetwork } from './networks/identify-through-network';
import { resolveShareText } from './resolve-share-text';

/** Links one message may carry: a 线报 has a handful; a wall of links is not a message. */
export const MAX_MESSAGE_LINKS = 50;
/** Spans resolved and products minted at once: in parallel, but within what a network and the quota take. */
const AT_ONCE = 5;

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

/** Why /api/resolve found no product, as what the span became. */
const STATUS_OF_REASON: Partial<Record<NonNullable<ResolveResponse['reason']>, ConvertItem['status']>> = {
  'needs-network': 'needs-network',
  unsupported: 'unsupported',
  'network-refused': 'refused',
};

type Resolved = { span: ShareSpan; url: string | null; item: Omit<ConvertItem, 'code' | 'replacement'> };

/** What one span stands for: a product page URL to mint, or why it does not convert. */
async function resolveSpan(db: Db, env: Bindings, span: ShareSpan, ownOrigin: string): Promise<Resolved> {
  try {
    // A 淘口令 in any wrapping is read as the classic ￥token￥ the network's 转链 takes.
    const material = span.kind === 'taobao-password' ? `￥${span.token}￥` : span.text;
    const found = await resolveShareText(db, material, ownOrigin, { fetch, identify: (network, text) => identifyThroughNetwork(db, env, network, text) });
    if (found.url) return { span, url: found.url, item: { source: span.text, platform: found.platform, productId: found.productId, status: 'converted' } };
    const status = (found.reason && STATUS_OF_REASON[found.reason]) ?? 'not-a-product';
    return { span, url: null, item: { source: span.text, platform: found.platform, productId: null, status, reason: found.note ?? found.reason ?? null } };
  } catch (err) {
    if (!(err instanceof AppError)) console.error('convert: a span failed', err);
    return { span, url: null, item: { source: span.text, status: 'not-a-product', reason: err instanceof AppError ? err.message : 'could not be read' } };
  }
}

/** The affiliate's own for one span: our short link, or — for a 淘口令, when they prefer 口令 — the network's token in the span's own style. */
function replacementFor(span: ShareSpan, code: { shortUrl: string; networkPassword: string | null }, prefer: 'link' | 'password'): string {
  if (span.kind === 'taobao-password' && prefer === 'password' && code.networkPassword) {
    const token = /[A-Za-z0-9]{8,13}/.exec(code.networkPassword)?.[0];
    if (token) return span.style.replace('{token}', token);
  }
  return code.shortUrl;
}

/**
 * 文案转链: every product link, shop short link and 口令 of a message (a 线报) replaced in place by the
 * affiliate's own, every other character kept, with what each became and why any did not. The same product
 * twice gets one code; spans resolve and mint a few at a time. Refusals of one span never fail the message.
 */
export async function convertMessage(
  db: Db,
  env: Bindings,
  affiliateId: string,
  input: { text: string; prefer: 'link' | 'password' },
  context: { baseUrl: string; ownOrigin: string },
): Promise<ConvertResponse> {
  const spans = findShareSpans(input.text, context.ownOrigin);
  if (spans.length > MAX_MESSAGE_LINKS)
    throw new AppError(
      'VALIDATION_FAILED',
      `text: at most ${MAX_MESSAGE_LINKS} links in one message (this one has ${spans.length}); split it and convert each part.`,
    );
  const resolved = await inBatches(spans, AT_ONCE, (span) => resolveSpan(db, env, span, context.ownOrigin));
  const urls = [...new Set(resolved.flatMap((r) => (r.url ? [r.url] : [])))];
  type Mint = { ok: true; shareCode: { code: string; shortUrl: string; networkPassword: string | null } } | { ok: false; reason: string };
  const minted = new Map<string, Mint>(
    await inBatches(urls, AT_ONCE, async (url): Promise<[string, Mint]> => {
      try {
        const { shareCode } = await createShareCode(db, env, affiliateId, { url }, context.baseUrl);
        return [url, { ok: true, shareCode }];
      } catch (err) {
        if (!(err instanceof AppError)) console.error('convert: a mint failed', err);
        return [url, { ok: false, reason: err instanceof AppError ? err.message : 'could not be minted' }];
      }
    }),
  );
  const replacements: Array<{ start: number; end: number; with: string }> = [];
  const items: ConvertItem[] = resolved.map(({ span, url, item }) => {
    const mint = url ? minted.get(url) : undefined;
    if (!mint) return item;
    if (!mint.ok) return { ...item, status: 'refused', reason: mint.reason };
    const replacement = replacementFor(span, mint.shareCode, input.prefer);
    replacements.push({ start: span.start, end: span.end, with: replacement });
    return { ...item, code: mint.shareCode.code, replacement };
  });
  return { text: replaceSpans(input.text, replacements), items };
}
