import type { z } from 'zod';
import { AppError } from '../../errors';

const encoder = new TextEncoder();

async function keyFrom(secret: string | undefined): Promise<CryptoKey> {
  if (!secret || secret.length < 16)
    throw new AppError('NOT_CONFIGURED', 'CREDENTIALS_KEY is not set (a long random secret): network credentials cannot be stored.');
  // A fixed purpose prefix: the same secret never keys anything else.
  const raw = await crypto.subtle.digest('SHA-256', encoder.encode(`daihuo-credentials|${secret}`));
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Encrypts a network's credentials (or another secret); `network` — what it belongs to — is bound in as associated data. */
export async function sealCredentials(secret: string | undefined, network: string, value: unknown): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(network) }, await keyFrom(secret), encoder.encode(JSON.stringify(value))),
  );
  return toBase64(new Uint8Array([...iv, ...data]));
}

/** Decrypts a network's credentials and reads them through the network's connection schema. */
export async function openCredentials<S extends z.ZodType>(secret: string | undefined, network: string, sealed: string, schema: S): Promise<z.output<S>> {
  const bytes = fromBase64(sealed);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, 12), additionalData: encoder.encode(network) },
      await keyFrom(secret),
      bytes.subarray(12),
    );
    return schema.parse(JSON.parse(new TextDecoder().decode(plain)));
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('NOT_CONFIGURED', `The ${network} credentials cannot be read with this CREDENTIALS_KEY; connect the network again.`);
  }
}

/** `sim-***-app`: enough of a key to recognise it, never enough to use it. */
export function maskKey(key: string): string {
  return key.length <= 6 ? '***' : `${key.slice(0, 4)}***${key.slice(-3)}`;
}
