import { closeSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/** What is checked before hnswlib reads a graph file: its size and CRC-32 as saved. */
export interface GraphFileCheck {
  bytes: number;
  crc32: number;
}

const HEADER_BYTES = 96; // hnswlib 0.8 saveIndex: 6 size_t, int maxlevel, uint32 entry point, 3 size_t, double, size_t
const CHUNK = 16 * 1024 * 1024;

/** CRC-32 (zlib) and size of a file, read in chunks. */
export function fileCheck(file: string): GraphFileCheck {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let crc = 0;
    let bytes = 0;
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, bytes)) > 0; bytes += n) crc = crc32(buffer.subarray(0, n), crc);
    return { bytes, crc32: crc };
  } finally {
    closeSync(fd);
  }
}

/**
 * Why a graph file must not be given to hnswlib (which trusts its bytes and may crash on a damaged one):
 * a size or checksum other than saved, or header fields out of bounds for `dim`; undefined when it is sound.
 */
export function graphFileProblem(file: string, saved: GraphFileCheck, dim: number): string | undefined {
  let header: Buffer;
  try {
    const fd = openSync(file, 'r');
    try {
      header = Buffer.alloc(HEADER_BYTES);
      if (readSync(fd, header, 0, HEADER_BYTES, 0) < HEADER_BYTES) return 'shorter than its header';
    } finally {
      closeSync(fd);
    }
  } catch {
    return 'missing';
  }
  const size = (offset: number) => Number(header.readBigUInt64LE(offset));
  const [maxElements, count, perElement, labelOffset, dataOffset] = [size(8), size(16), size(24), size(32), size(40)];
  const [maxLevel, entryPoint, maxM, maxM0, m] = [header.readInt32LE(48), header.readUInt32LE(52), size(56), size(64), size(72)];
  const links0 = maxM0 * 4 + 4;
  const bounds =
    size(0) === 0 && m >= 2 && m <= 256 && maxM === m && maxM0 === 2 * m && count <= maxElements &&
    dataOffset === links0 && labelOffset === links0 + dim * 4 && perElement === labelOffset + 8 &&
    maxLevel >= 0 && maxLevel < 64 && (count === 0 || entryPoint < count) && HEADER_BYTES + count * perElement <= saved.bytes;
  if (!bounds) return 'header fields out of bounds';
  const actual = fileCheck(file);
  if (actual.bytes !== saved.bytes) return `${actual.bytes} bytes, saved with ${saved.bytes}`;
  if (actual.crc32 !== saved.crc32) return 'checksum differs from the one saved';
  return undefined;
}
