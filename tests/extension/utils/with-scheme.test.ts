import { describe, expect, it } from 'vitest';
import { withScheme } from '../../../extension/utils/with-scheme';

describe('withScheme', () => {
  it.each([
    ['dh.example.com', 'https://dh.example.com'],
    ['daihuo.team-a.workers.dev/', 'https://daihuo.team-a.workers.dev/'],
    ['127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['localhost', 'http://localhost'],
    ['[::1]:8787', 'http://[::1]:8787'],
    ['192.168.1.20:8787', 'http://192.168.1.20:8787'],
    // A name that only starts like a loopback host is a real one.
    ['localhost.example.com', 'https://localhost.example.com'],
    ['127.0.0.1.nip.io', 'https://127.0.0.1.nip.io'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['HTTPS://dh.example.com', 'HTTPS://dh.example.com'],
    ['ftp://example.com', 'ftp://example.com'],
    ['', ''],
    // Typos stay as typed, for the address check to refuse.
    ['http//127.0.0.1:8787', 'http//127.0.0.1:8787'],
    ['https:/dh.example.com', 'https:/dh.example.com'],
    ['dh example com', 'dh example com'],
  ])('%j → %j', (typed, full) => {
    expect(withScheme(typed)).toBe(full);
  });
});
