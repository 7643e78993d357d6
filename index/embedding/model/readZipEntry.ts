import { inflateRawSync } from 'node:zlib';

// Offsets and signatures from the ZIP File Format Specification (APPNOTE.TXT §4.3).
const END_OF_CENTRAL_DIR = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** Reads one stored or deflated entry from a ZIP/JAR archive held in memory; undefined when absent. */
export function readZipEntry(zip: Buffer, entryName: string): Buffer | undefined {
  let entry = centralDirectoryStart(zip);
  while (zip.readUInt32LE(entry) === CENTRAL_FILE_HEADER) {
    const method = zip.readUInt16LE(entry + 10);
    const compressedSize = zip.readUInt32LE(entry + 20);
    const nameLength = zip.readUInt16LE(entry + 28);
    const extraLength = zip.readUInt16LE(entry + 30);
    const commentLength = zip.readUInt16LE(entry + 32);
    const localOffset = zip.readUInt32LE(entry + 42);
    const name = zip.toString('utf8', entry + 46, entry + 46 + nameLength);
    if (name === entryName) return readLocalData(zip, localOffset, method, compressedSize);
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

function centralDirectoryStart(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIR) return zip.readUInt32LE(at + 16);
  }
  throw new Error('not a ZIP archive: no end-of-central-directory record');
}

function readLocalData(zip: Buffer, offset: number, method: number, size: number): Buffer {
  if (zip.readUInt32LE(offset) !== LOCAL_FILE_HEADER) throw new Error('corrupt ZIP archive: bad local header');
  const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
  const data = zip.subarray(start, start + size);
  if (method === 0) return Buffer.from(data);
  if (method === 8) return inflateRawSync(data);
  throw new Error(`unsupported ZIP compression method ${method}`);
}
