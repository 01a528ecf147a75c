// Draws the toolbar icon (lines of text, one of them highlighted) at every size the
// manifest names and writes PNGs to public/icons. Run once after changing the design:
//   node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];
const SAMPLES = 4; // supersampling per axis, for smooth edges

// Shapes in a 0..1 box, painted in order: [test(x, y), rgba].
const inRoundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const shapes = [
  [inRoundRect(0.02, 0.02, 0.98, 0.98, 0.2), [28, 37, 54, 255]],
  [inRoundRect(0.18, 0.2, 0.82, 0.3, 0.05), [214, 222, 235, 255]],
  [inRoundRect(0.14, 0.41, 0.86, 0.59, 0.06), [255, 196, 0, 255]],
  [inRoundRect(0.22, 0.45, 0.78, 0.55, 0.04), [28, 37, 54, 255]],
  [inRoundRect(0.18, 0.7, 0.66, 0.8, 0.05), [214, 222, 235, 255]],
];

function pixel(px, py, size) {
  const acc = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      let c = [0, 0, 0, 0];
      for (const [test, rgba] of shapes) if (test(x, y)) c = rgba;
      for (let i = 0; i < 4; i++) acc[i] += c[i];
    }
  }
  return acc.map((v) => Math.round(v / (SAMPLES * SAMPLES)));
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      Buffer.from(pixel(x, y, size)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icons/${size}.png`, png(size));
console.log(`wrote ${SIZES.map((s) => `public/icons/${s}.png`).join(', ')}`);
