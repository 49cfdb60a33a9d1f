/**
 * Draws Dalil's toolbar icon (our own design: a page of text lines with one name highlighted) at
 * 16, 32, 48 and 128 px, as PNGs in assets/public/icon/. No image library: a tiny PNG encoder.
 * Usage: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of a rounded rectangle at a sample point (unit square coordinates). */
function inRoundRect(u: number, v: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (u < x0 || u > x1 || v < y0 || v > y1) return false;
  const cx = Math.min(Math.max(u, x0 + r), x1 - r);
  const cy = Math.min(Math.max(v, y0 + r), y1 - r);
  return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
}

const TEAL: RGBA = [15, 118, 110, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const AMBER: RGBA = [255, 183, 3, 255];

function shade(u: number, v: number): RGBA | null {
  if (!inRoundRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  // Right-aligned lines, as Arabic text sits; the middle one carries a highlighted name.
  if (inRoundRect(u, v, 0.3, 0.22, 0.82, 0.32, 0.05)) return WHITE;
  if (inRoundRect(u, v, 0.16, 0.42, 0.82, 0.58, 0.06)) {
    if (u > 0.46) return AMBER;
    return WHITE;
  }
  if (inRoundRect(u, v, 0.22, 0.68, 0.82, 0.78, 0.05)) return WHITE;
  return TEAL;
}

mkdirSync('assets/public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const S = 4; // supersampling for smooth edges
  const buf = png(size, (x, y) => {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let i = 0; i < S; i++)
      for (let j = 0; j < S; j++) {
        const c = shade((x + (i + 0.5) / S) / size, (y + (j + 0.5) / S) / size);
        if (c) {
          r += c[0];
          g += c[1];
          b += c[2];
          a += 255;
        }
      }
    const n = S * S;
    return a ? [Math.round(r / (a / 255)), Math.round(g / (a / 255)), Math.round(b / (a / 255)), Math.round(a / n)] : [0, 0, 0, 0];
  });
  writeFileSync(`assets/public/icon/${size}.png`, buf);
}
console.log('icons written to assets/public/icon/');
