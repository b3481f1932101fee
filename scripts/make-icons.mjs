// Draws the toolbar icon (a page with three text lines, in the reader's
// green) at each size and writes PNGs to public/icons. Run once: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const green = [58, 90, 64, 255], paper = [250, 248, 240, 255], clear = [0, 0, 0, 0];
function icon(u, v) {
  const r = 0.18, inside = (a, b) => {
    const dx = Math.max(r - a, 0, a - (1 - r)), dy = Math.max(r - b, 0, b - (1 - r));
    return dx * dx + dy * dy <= r * r;
  };
  if (!inside(u, v)) return clear;
  const line = (y0, x1) => v >= y0 && v < y0 + 0.1 && u >= 0.22 && u < x1;
  if (line(0.26, 0.78) || line(0.45, 0.78) || line(0.64, 0.6)) return paper;
  return green;
}
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size, icon));
