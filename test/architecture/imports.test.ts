import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The house rule: a folder is imported by others only through its index.ts, and shipped code never imports test/.
const SOURCE_FOLDERS = ['bench', 'bot', 'cli', 'config', 'errors', 'export', 'index', 'prompts', 'retrieval'];
const SHIPPED = ['bot', 'cli', 'config', 'errors', 'export', 'index', 'prompts', 'retrieval'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of the source folders: the importing file and the target, both relative to the root. */
function imports(): Array<{ from: string; to: string }> {
  const root = process.cwd();
  return SOURCE_FOLDERS.flatMap((folder) =>
    files(resolve(root, folder)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => ({
        from: relative(root, file),
        to: relative(root, resolve(dirname(file), m[1]!)),
      })),
    ),
  );
}

const top = (path: string) => path.split('/')[0]!;

describe('the folders', () => {
  it('import other folders only through their index.ts', () => {
    const inner = imports().filter(({ from, to }) => top(to) !== top(from) && top(to) !== 'test' && to !== `${top(to)}/index.js`);
    expect(inner).toEqual([]);
  });

  it('ship no code that imports the test suite', () => {
    expect(imports().filter(({ from, to }) => SHIPPED.includes(top(from)) && top(to) === 'test')).toEqual([]);
  });
});
