import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bytes of a file in test/fixtures/formats/. */
export function fixture(name: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/formats/${name}`, import.meta.url)));
}

/** `length` bytes from a fixed-seed xorshift generator: binary garbage that is the same on every run. */
export function randomBytes(length: number, seed = 0x2545f491): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}
