import type { ProtocolMap } from '../protocol';

const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Fetches a product image in the background, where host permissions apply, so the poster canvas is not
 * tainted by a cross-origin image. https only, images only, no cookies, 5 MB at most.
 */
export async function fetchImage({ url }: ProtocolMap['fetchImage']['request']): Promise<ProtocolMap['fetchImage']['response']> {
  if (!/^https:\/\//.test(url)) return null;
  try {
    const res = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    const type = res.headers.get('Content-Type') ?? '';
    if (!res.ok || !type.startsWith('image/')) return null;
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > MAX_IMAGE_BYTES) return null;
    return `data:${type.split(';')[0]};base64,${toBase64(bytes)}`;
  } catch {
    return null;
  }
}
