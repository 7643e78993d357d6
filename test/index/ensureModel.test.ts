import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/index.js';
import { ensureModel, huggingFaceSource, localFolderSource, modelFolder } from '../../index/embedding/model/index.js';
import type { ModelSource } from '../../index/embedding/model/index.js';

const fakeOnnx = new Uint8Array([1, 2, 3, 4]);
const fakeSha = createHash('sha256').update(fakeOnnx).digest('hex');
const payload = { onnx: fakeOnnx, tokenizer: new TextEncoder().encode('{}') };
const scratch = () => mkdtempSync(join(tmpdir(), 'model-test-'));
const failing = (name: string, message: string): ModelSource => ({ name, fetch: async () => { throw new Error(message); } });

describe('ensureModel', () => {
  it('installs from the first source that delivers the expected file, with config files beside it', async () => {
    const dir = scratch();
    const used = await ensureModel(dir, [failing('down', 'no route'), { name: 'good', fetch: async () => payload }], { sha256: fakeSha });
    expect(used).toBe('good');
    const folder = modelFolder(dir);
    expect(readFileSync(join(folder, 'onnx/model_quantized.onnx'))).toEqual(Buffer.from(fakeOnnx));
    expect(JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8')).model_type).toBe('bert');
    expect(JSON.parse(readFileSync(join(folder, 'tokenizer_config.json'), 'utf8')).tokenizer_class).toBe('BertTokenizer');
  });

  it('refuses a file whose hash is wrong and installs nothing', async () => {
    const dir = scratch();
    const error = await ensureModel(dir, [{ name: 'tampered', fetch: async () => payload }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('MODEL_FETCH_FAILED');
    expect((error as AppError).message).toMatch(/tampered: the ONNX file's sha256 is [0-9a-f]{64}, expected 15b717c3/);
    expect(existsSync(modelFolder(dir))).toBe(false);
  });

  it('names every failed source and what to do when none works', async () => {
    const error = (await ensureModel(scratch(), [failing('hub', 'ENOTFOUND'), failing('maven', 'mvn: not found')]).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('MODEL_FETCH_FAILED');
    expect(error.message).toContain('- hub: ENOTFOUND');
    expect(error.message).toContain('- maven: mvn: not found');
    expect(error.message).toContain('HF_ENDPOINT');
    expect(error.message).toContain('MODEL_DIR');
  });

  it('reads a local folder in the Maven file names', async () => {
    const source = scratch();
    writeFileSync(join(source, 'bge-small-zh-v1.5-q.onnx'), fakeOnnx);
    writeFileSync(join(source, 'bge-small-zh-v1.5-q-tokenizer.json'), '{}');
    const dir = scratch();
    expect(await ensureModel(dir, [localFolderSource(source)], { sha256: fakeSha })).toContain('local folder');
    expect(existsSync(join(modelFolder(dir), 'tokenizer.json'))).toBe(true);
  });

  it('reports an unreachable Hugging Face endpoint as a failed source', async () => {
    const dir = scratch();
    mkdirSync(dir, { recursive: true });
    const error = (await ensureModel(dir, [huggingFaceSource('http://127.0.0.1:9', 2000)]).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('MODEL_FETCH_FAILED');
    expect(error.message).toContain('Hugging Face (http://127.0.0.1:9)');
  });
});
