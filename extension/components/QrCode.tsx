import { useMemo } from 'preact/hooks';
import { qrMatrix, qrPath } from '../share/qr';

/** The QR code of `text` as crisp SVG at any size. */
export function QrCode({ text, size = 132, label }: { text: string; size?: number; label: string }) {
  const matrix = useMemo(() => qrMatrix(text), [text]);
  return (
    <svg
      class="dh-qr"
      data-testid="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${matrix.size} ${matrix.size}`}
      shape-rendering="crispEdges"
    >
      <rect width={matrix.size} height={matrix.size} fill="#fff" />
      <path d={qrPath(matrix)} fill="#000" />
    </svg>
  );
}
