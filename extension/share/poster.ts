import { formatFen } from '@@/shared/money';
import type { QrMatrix } from './qr';
import { wrapText } from './wrap-text';

export interface PosterInput {
  title: string | null;
  priceFen: number | null;
  /** A data: URL (fetched by the background, so the canvas stays exportable), or null. */
  imageDataUrl: string | null;
  qr: QrMatrix;
  shortUrl: string;
  scanHint: string;
}

export const POSTER_WIDTH = 750;
export const POSTER_HEIGHT = 1180;
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image failed to load'));
    img.src = src;
  });
}

/** Draws image (cover-cropped square), title, price and QR code; the layout WeChat posters use. */
export async function renderPoster(input: PosterInput): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = POSTER_WIDTH;
  canvas.height = POSTER_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT);

  if (input.imageDataUrl) {
    const img = await loadImage(input.imageDataUrl).catch(() => null);
    if (img) {
      const side = Math.min(img.naturalWidth, img.naturalHeight);
      ctx.drawImage(img, (img.naturalWidth - side) / 2, (img.naturalHeight - side) / 2, side, side, 0, 0, POSTER_WIDTH, POSTER_WIDTH);
    }
  } else {
    ctx.fillStyle = '#fff0f0';
    ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_WIDTH);
  }

  ctx.fillStyle = '#222222';
  ctx.font = `600 34px ${FONT}`;
  for (const [i, line] of wrapText(input.title ?? '', 430, 3, (s) => ctx.measureText(s).width).entries()) ctx.fillText(line, 36, 810 + i * 48);
  if (input.priceFen !== null) {
    ctx.fillStyle = '#e4393c';
    ctx.font = `700 56px ${FONT}`;
    ctx.fillText(`¥${formatFen(input.priceFen)}`, 36, 1010);
  }

  const cell = Math.floor(230 / input.qr.size);
  const qrSide = cell * input.qr.size;
  const qrX = POSTER_WIDTH - 36 - qrSide;
  ctx.fillStyle = '#000000';
  for (const [y, row] of input.qr.data.entries()) {
    for (const [x, dark] of row.entries()) if (dark) ctx.fillRect(qrX + x * cell, 780 + y * cell, cell, cell);
  }
  ctx.fillStyle = '#666666';
  ctx.font = `24px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(input.scanHint, qrX + qrSide / 2, 780 + qrSide + 36);

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('poster export failed'))), 'image/png'));
}
