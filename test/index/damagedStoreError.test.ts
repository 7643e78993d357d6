import Database from 'better-sqlite3';
import { mkdtempSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { damagedStoreError } from '../../index/index.js';

describe('damagedStoreError', () => {
  it('turns SQLite finding pages damaged in the middle of the file into INDEX_CORRUPT with the fix', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'damaged-')), 'index.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 5000; i++) insert.run(`第${i}段：全面推行行政执法公示制度、执法全过程记录制度。`);
    db.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 20, 0xa5), 0, 4096 * 20, 4096 * 10); // pages 10–29 overwritten
    closeSync(fd);
    const damaged = new Database(file); // opening still succeeds: the header is intact
    let thrown: unknown;
    try {
      damaged.prepare('SELECT count(*) FROM t WHERE x LIKE ?').get('%公示%');
    } catch (error) {
      thrown = error;
    }
    damaged.close();
    const mapped = damagedStoreError(thrown);
    expect(mapped?.code).toBe('INDEX_CORRUPT');
    expect(mapped?.message).toContain('npm run index');
    expect(damagedStoreError(new Error('something else'))).toBeUndefined();
  });
});
