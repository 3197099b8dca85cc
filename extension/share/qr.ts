import { encode } from 'uqr';

export interface QrMatrix {
  size: number;
  /** Row-major; true is a dark module. Includes the quiet-zone border. */
  data: boolean[][];
}

/** The QR modules for `text` (error correction M: survives a small logo or a crease on a printed poster). */
export function qrMatrix(text: string): QrMatrix {
  const { size, data } = encode(text, { ecc: 'M', border: 2 });
  return { size, data };
}

/** One SVG path drawing every dark module as a unit square. */
export function qrPath({ data }: QrMatrix): string {
  let path = '';
  for (const [y, row] of data.entries()) {
    for (const [x, dark] of row.entries()) if (dark) path += `M${x} ${y}h1v1h-1z`;
  }
  return path;
}
