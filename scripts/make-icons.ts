// Draws the extension's icon at every size the stores ask for and writes extension/public/icon/<size>.png
// (WXT lists them in the manifest). The design is geometry, not a font, so every size is crisp and the
// files are reproducible: a red rounded square with the white "share" mark — three dots and two links.
// Run: node scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { ROOT } from './lib/processes.ts';

const SIZES = [16, 32, 48, 96, 128];
const RED = [228, 57, 60];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function png(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

// Shapes in a unit square; a point is "in" the background or the mark.
const roundedSquare = (x: number, y: number) => {
  const r = 0.22;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const DOTS: Array<[number, number]> = [
  [0.68, 0.28],
  [0.32, 0.5],
  [0.68, 0.72],
];
const segmentDistance = (x: number, y: number, [ax, ay]: [number, number], [bx, by]: [number, number]) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};
const mark = (x: number, y: number) =>
  DOTS.some(([cx, cy]) => Math.hypot(x - cx, y - cy) <= 0.12) ||
  segmentDistance(x, y, DOTS[0]!, DOTS[1]!) <= 0.045 ||
  segmentDistance(x, y, DOTS[1]!, DOTS[2]!) <= 0.045;

function draw(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const S = 4; // 4×4 samples a pixel: smooth edges at 16 px
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let white = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (!roundedSquare(x, y)) continue;
          bg++;
          if (mark(x, y)) white++;
        }
      const i = (py * size + px) * 4;
      const w = bg ? white / bg : 0;
      out.set([...RED.map((c) => Math.round(c + (255 - c) * w)), Math.round((bg / (S * S)) * 255)], i);
    }
  return out;
}

const dir = join(ROOT, 'extension/public/icon');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(join(dir, `${size}.png`), png(size, draw(size)));
console.log(`icons written to ${dir}: ${SIZES.join(', ')} px`);
