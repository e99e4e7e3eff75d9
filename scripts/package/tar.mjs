// A deterministic .tar.gz writer (POSIX ustar): the same entries give the same bytes on every run,
// which the system tar cannot promise everywhere (file order, owners and mtimes come from the disk).
// Entries are given in memory; every one gets the same mtime and owner 0:0.
import { gzipSync } from 'node:zlib';

const BLOCK = 512;

/**
 * @typedef {{ path: string, mode: number, content?: Buffer }} TarEntry
 *   path ends with '/' for a directory; content is required for a file.
 */

/** @param {readonly TarEntry[]} entries @param {{ mtimeSeconds: number }} options @returns {Buffer} */
export function tarGz(entries, options) {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const blocks = [];
  for (const entry of sorted) {
    const isDir = entry.path.endsWith('/');
    const content = isDir ? Buffer.alloc(0) : entry.content;
    if (!content) throw new Error(`tar entry '${entry.path}' is a file without content`);
    blocks.push(header(entry.path, entry.mode, content.length, options.mtimeSeconds, isDir ? '5' : '0'));
    if (content.length > 0) {
      blocks.push(content);
      const padding = (BLOCK - (content.length % BLOCK)) % BLOCK;
      if (padding > 0) blocks.push(Buffer.alloc(padding));
    }
  }
  blocks.push(Buffer.alloc(2 * BLOCK)); // end-of-archive marker
  // gzip's own header gets mtime 0 from zlib, so the compressed bytes are as stable as the tar.
  return gzipSync(Buffer.concat(blocks), { level: 9 });
}

function header(path, mode, size, mtimeSeconds, type) {
  const h = Buffer.alloc(BLOCK);
  const { name, prefix } = splitPath(path);
  h.write(name, 0, 100, 'utf8');
  octal(h, 100, 8, mode);
  octal(h, 108, 8, 0); // uid
  octal(h, 116, 8, 0); // gid
  octal(h, 124, 12, size);
  octal(h, 136, 12, mtimeSeconds);
  h.fill(' ', 148, 156); // the checksum counts its own field as spaces
  h.write(type, 156, 1, 'ascii');
  h.write('ustar\0', 257, 6, 'ascii');
  h.write('00', 263, 2, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return h;
}

function octal(buffer, offset, width, value) {
  const text = value.toString(8).padStart(width - 1, '0');
  if (text.length > width - 1) throw new Error(`${value} does not fit a ${width}-byte tar header field`);
  buffer.write(`${text}\0`, offset, width, 'ascii');
}

/** ustar keeps up to 100 bytes of name plus a 155-byte prefix, split at a '/'. */
function splitPath(path) {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '') return { name, prefix };
  }
  throw new Error(`tar entry path '${path}' is too long for ustar (name 100 + prefix 155 bytes)`);
}
