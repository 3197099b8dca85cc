import type { DealPrice } from '@@/shared/deal-price';
import { formatFen } from '@@/shared/money';
import type { QrMatrix } from './qr';
import { formatSalesCount } from '@@/shared/sales-count';
import { WORD_JOINER, wrapText } from './wrap-text';

export type PosterLayout = 'tall' | 'square';

export interface PosterInput {
  layout: PosterLayout;
  title: string | null;
  /** The one price (shared/deal-price.ts): 到手价 big, with a coupon the price before it struck through as 原价. */
  deal: DealPrice;
  /** The shop's name (天猫, 京东, 拼多多…), drawn as a badge before the title. */
  shopBadge: string | null;
  shopName: string | null;
  sales: number | null;
  /** A data: URL (fetched by the background, so the canvas stays exportable), or null. */
  imageDataUrl: string | null;
  qr: QrMatrix;
  /** Words drawn on the poster, in the user's language. */
  words: { scan: string; afterCoupon: string; coupon: string; listPrice: string; sales: string; noImage: string };
}

export const POSTER_WIDTH = { tall: 750, square: 1080 } as const;
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif';
const RED = '#e4393c';
const PAD = 36;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image failed to load'));
    img.src = src;
  });
}

/** The photo, cover-cropped into the box; or — no photo, or one that fails — a designed stand-in. */
async function drawPhoto(ctx: CanvasRenderingContext2D, input: PosterInput, x: number, y: number, w: number, h: number): Promise<boolean> {
  const img = input.imageDataUrl ? await loadImage(input.imageDataUrl).catch(() => null) : null;
  if (img) {
    const scale = Math.max(w / img.naturalWidth, h / img.naturalHeight);
    const sw = w / scale;
    const sh = h / scale;
    ctx.drawImage(img, (img.naturalWidth - sw) / 2, (img.naturalHeight - sh) / 2, sw, sh, x, y, w, h);
    return true;
  }
  const gradient = ctx.createLinearGradient(x, y, x + w, y + h);
  gradient.addColorStop(0, '#ff6a3d');
  gradient.addColorStop(1, RED);
  ctx.fillStyle = gradient;
  ctx.fillRect(x, y, w, h);
  // A shopping bag of white lines, and the title (or a word) under it.
  const cx = x + w / 2;
  const cy = y + h * 0.42;
  const s = Math.min(w, h) * 0.16;
  ctx.strokeStyle = 'rgba(255,255,255,0.95)';
  ctx.lineWidth = Math.max(4, s * 0.08);
  ctx.lineJoin = 'round';
  ctx.strokeRect(cx - s, cy - s * 0.6, s * 2, s * 1.7);
  ctx.beginPath();
  ctx.arc(cx, cy - s * 0.6, s * 0.55, Math.PI, 0);
  ctx.stroke();
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.font = `600 ${Math.round(s * 0.42)}px ${FONT}`;
  const caption = wrapText(input.title ?? input.words.noImage, w * 0.8, 2, (t) => ctx.measureText(t).width);
  for (const [i, line] of caption.entries()) ctx.fillText(line, cx, cy + s * 1.7 + (i + 1) * s * 0.6);
  ctx.textAlign = 'left';
  return false;
}

/**
 * Price row: the big price (after coupon when there is one), the shop price struck through, a coupon
 * badge — shrunk together until the row fits `maxWidth`.
 */
function drawPrice(ctx: CanvasRenderingContext2D, input: PosterInput, x: number, baseline: number, scale: number, maxWidth: number): void {
  const { finalFen: big, listFen, couponFen } = input.deal;
  if (big === null) return;
  const withCoupon = couponFen !== null;
  const was = withCoupon && listFen !== null && listFen !== big ? `${input.words.listPrice}¥${formatFen(listFen)}` : null;
  const badge = couponFen ? `${input.words.coupon} ¥${formatFen(couponFen)}` : null;
  const row = (k: number, draw: boolean): number => {
    let cursor = x;
    const text = (t: string, font: string, color: string) => {
      ctx.font = font;
      ctx.fillStyle = color;
      if (draw) ctx.fillText(t, cursor, baseline);
      const w = ctx.measureText(t).width;
      cursor += w;
      return w;
    };
    if (withCoupon) {
      text(input.words.afterCoupon, `600 ${Math.round(24 * k)}px ${FONT}`, RED);
      cursor += 8 * k;
    }
    text(`¥${formatFen(big)}`, `700 ${Math.round(60 * k)}px ${FONT}`, RED);
    cursor += 16 * k;
    if (was) {
      const start = cursor;
      const w = text(was, `${Math.round(26 * k)}px ${FONT}`, '#999999');
      if (draw) ctx.fillRect(start, baseline - 9 * k, w, 2 * k);
      cursor += 16 * k;
    }
    if (badge) {
      ctx.font = `600 ${Math.round(24 * k)}px ${FONT}`;
      const w = ctx.measureText(badge).width + 24 * k;
      const h = 38 * k;
      if (draw) {
        ctx.fillStyle = '#fff0e6';
        ctx.strokeStyle = RED;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.roundRect(cursor, baseline - h + 8 * k, w, h, 8 * k);
        ctx.fill();
        ctx.stroke();
        ctx.fillStyle = RED;
        ctx.fillText(badge, cursor + 12 * k, baseline - 4 * k);
      }
      cursor += w;
    }
    return cursor - x;
  };
  const natural = row(scale, false);
  row(natural > maxWidth ? (scale * maxWidth) / natural : scale, true);
}

/** The shop's name on a red tag in the photo's top-left corner, so a friend sees at once where it sells. */
function drawShopBadge(ctx: CanvasRenderingContext2D, text: string | null, scale: number): void {
  if (!text) return;
  ctx.font = `700 ${Math.round(28 * scale)}px ${FONT}`;
  const w = ctx.measureText(text).width + 28 * scale;
  const h = 48 * scale;
  ctx.fillStyle = RED;
  ctx.beginPath();
  ctx.roundRect(PAD * scale * 0.6, PAD * scale * 0.6, w, h, 10 * scale);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.fillText(text, PAD * scale * 0.6 + 14 * scale, PAD * scale * 0.6 + h - 14 * scale);
}

function drawQr(ctx: CanvasRenderingContext2D, qr: QrMatrix, x: number, y: number, side: number, hint: string, scale: number): number {
  const cell = Math.floor(side / qr.size);
  const qrSide = cell * qr.size;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x, y, qrSide, qrSide);
  ctx.fillStyle = '#000000';
  for (const [row, cells] of qr.data.entries()) for (const [col, dark] of cells.entries()) if (dark) ctx.fillRect(x + col * cell, y + row * cell, cell, cell);
  ctx.fillStyle = '#666666';
  ctx.font = `${Math.round(22 * scale)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(hint, x + qrSide / 2, y + qrSide + 32 * scale);
  ctx.textAlign = 'left';
  return qrSide;
}

function meta(input: PosterInput): string {
  // The word joiner keeps 已售 and its number on one line; a Latin label keeps its space before the number.
  const label = input.words.sales + (/\p{Script=Han}$/u.test(input.words.sales) ? '' : ' ');
  return [input.shopName, input.sales !== null ? `${label}${WORD_JOINER}${formatSalesCount(input.sales)}` : null].filter(Boolean).join(' · ');
}

type Measure = (font: string) => (text: string) => number;

/** 750 px wide for WeChat chats: photo; title and price across the full width; then shop, sales and the QR code side by side. */
async function drawTall(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, input: PosterInput, measureWith: Measure) {
  const width = POSTER_WIDTH.tall;
  const titleFont = `600 34px ${FONT}`;
  const qrSide = 200;
  const fullWidth = width - PAD * 2;
  const titleLines = wrapText(input.title ?? '', fullWidth, 2, measureWith(titleFont));
  const hasPrice = input.deal.finalFen !== null;
  const info = meta(input);
  const footerTop = width + PAD + titleLines.length * 48 + (hasPrice ? 88 : 0) + 16;
  const height = footerTop + qrSide + 44 + PAD;
  canvas.width = width;
  canvas.height = height;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  await drawPhoto(ctx, input, 0, 0, width, width);
  drawShopBadge(ctx, input.shopBadge, 1);
  let y = width + PAD;
  ctx.fillStyle = '#222222';
  ctx.font = titleFont;
  for (const line of titleLines) {
    y += 40;
    ctx.fillText(line, PAD, y);
    y += 8;
  }
  if (hasPrice) drawPrice(ctx, input, PAD, y + 72, 1, fullWidth);
  ctx.fillStyle = '#eeeeee';
  ctx.fillRect(PAD, footerTop - 8, fullWidth, 2);
  const footerText = fullWidth - qrSide - PAD;
  if (info) {
    ctx.fillStyle = '#666666';
    ctx.font = `26px ${FONT}`;
    for (const [i, line] of wrapText(info, footerText, 2, measureWith(`26px ${FONT}`)).entries()) ctx.fillText(line, PAD, footerTop + 60 + i * 38);
  }
  drawQr(ctx, input.qr, width - PAD - qrSide, footerTop + 12, qrSide, input.words.scan, 1);
}

/** 1080 × 1080 for 朋友圈: the text and QR code on a band over the photo's lower part. */
async function drawSquare(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, input: PosterInput, measureWith: Measure) {
  const width = POSTER_WIDTH.square;
  canvas.width = width;
  canvas.height = width;
  const band = 330;
  await drawPhoto(ctx, input, 0, 0, width, width - band);
  drawShopBadge(ctx, input.shopBadge, 1.2);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, width - band, width, band);
  const scale = 1.2;
  const qrSide = 240;
  const textWidth = width - PAD * 3 - qrSide;
  const titleFont = `600 ${Math.round(34 * scale)}px ${FONT}`;
  let y = width - band + PAD;
  ctx.fillStyle = '#222222';
  ctx.font = titleFont;
  for (const line of wrapText(input.title ?? '', textWidth, 2, measureWith(titleFont))) {
    y += 46;
    ctx.fillText(line, PAD, y);
    y += 8;
  }
  drawPrice(ctx, input, PAD, y + 84, scale, textWidth);
  const info = meta(input);
  if (info) {
    ctx.fillStyle = '#888888';
    ctx.font = `28px ${FONT}`;
    ctx.fillText(wrapText(info, textWidth, 1, measureWith(`28px ${FONT}`))[0] ?? '', PAD, width - PAD);
  }
  drawQr(ctx, input.qr, width - PAD - qrSide, width - band + 24, qrSide, input.words.scan, scale);
}

/**
 * Draws the poster: `tall` (750 px wide, WeChat chats) puts the photo on top, title and price below it and
 * shop, sales and QR code at the foot, the canvas exactly as tall as its content; `square` (1080 × 1080, 朋友圈) puts the text
 * and QR code on a band over the photo's lower part.
 */
export async function renderPoster(input: PosterInput): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  const measureWith: Measure = (font) => (t) => {
    ctx.font = font;
    return ctx.measureText(t).width;
  };
  await (input.layout === 'tall' ? drawTall : drawSquare)(canvas, ctx, input, measureWith);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('poster export failed'))), 'image/png'));
}
