import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MAVEN_ARTIFACT, MODEL_FILES, MODEL_ID } from './modelFiles.js';
import { readZipEntry } from './readZipEntry.js';

/** The bytes a source delivers; config files are optional (defaults are written when absent). */
export interface ModelPayload {
  onnx: Uint8Array;
  tokenizer: Uint8Array;
  tokenizerConfig?: Uint8Array;
  config?: Uint8Array;
}

/** One place the model can come from, tried in order by ensureModel(). */
export interface ModelSource {
  /** Short name for messages, e.g. "Hugging Face (https://…)". */
  name: string;
  fetch(): Promise<ModelPayload>;
}

/** A folder the user already has: Xenova's layout (onnx/model_quantized.onnx) or the Maven file names. */
export function localFolderSource(dir: string): ModelSource {
  return {
    name: `local folder ${dir} (MODEL_DIR)`,
    async fetch() {
      const first = async (...names: string[]) => {
        for (const name of names) {
          const bytes = await readFile(join(dir, name)).catch(() => undefined);
          if (bytes) return bytes;
        }
        return undefined;
      };
      const onnx = await first(MODEL_FILES.onnx, 'model_quantized.onnx', MAVEN_ARTIFACT.onnxEntry);
      const tokenizer = await first(MODEL_FILES.tokenizer, MAVEN_ARTIFACT.tokenizerEntry);
      if (!onnx || !tokenizer) throw new Error(`${dir} has no ${MODEL_FILES.onnx} and ${MODEL_FILES.tokenizer}`);
      return {
        onnx,
        tokenizer,
        tokenizerConfig: await first(MODEL_FILES.tokenizerConfig),
        config: await first(MODEL_FILES.config),
      };
    },
  };
}

/** Hugging Face or a mirror of it (HF_ENDPOINT), with the URL layout transformers.js uses. */
export function huggingFaceSource(endpoint: string, timeoutMs = 120_000): ModelSource {
  const base = `${endpoint.replace(/\/+$/, '')}/${MODEL_ID}/resolve/main`;
  const get = async (file: string) => {
    const response = await fetch(`${base}/${file}`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  return {
    name: `Hugging Face (${endpoint})`,
    async fetch() {
      const [onnx, tokenizer, tokenizerConfig, config] = await Promise.all(
        [MODEL_FILES.onnx, MODEL_FILES.tokenizer, MODEL_FILES.tokenizerConfig, MODEL_FILES.config].map(get),
      );
      return { onnx: onnx!, tokenizer: tokenizer!, tokenizerConfig, config };
    },
  };
}

/** Maven Central through the `mvn` client: the langchain4j artifact carries Xenova's ONNX file and tokenizer. */
export function mavenSource(mvn = 'mvn', timeoutMs = 300_000): ModelSource {
  return {
    name: `Maven (${MAVEN_ARTIFACT.coordinates})`,
    async fetch() {
      const dir = await mkdtemp(join(tmpdir(), 'bge-maven-'));
      try {
        // A pinned plugin version: the super-POM default (2.8) has no standalone `copy` goal.
        const args = ['-q', '-B', 'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy', `-Dartifact=${MAVEN_ARTIFACT.coordinates}`, `-DoutputDirectory=${dir}`];
        await promisify(execFile)(mvn, args, { cwd: dir, timeout: timeoutMs, maxBuffer: 16 << 20 });
        const jarName = (await readdir(dir)).find((name) => name.endsWith('.jar'));
        if (!jarName) throw new Error('mvn finished but left no jar');
        const jar = await readFile(join(dir, jarName));
        const onnx = readZipEntry(jar, MAVEN_ARTIFACT.onnxEntry);
        const tokenizer = readZipEntry(jar, MAVEN_ARTIFACT.tokenizerEntry);
        if (!onnx || !tokenizer) throw new Error(`${jarName} lacks ${MAVEN_ARTIFACT.onnxEntry} or its tokenizer`);
        return { onnx, tokenizer };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Where the model may come from, as configured (MODEL_DIR, HF_ENDPOINT, MVN). */
export interface ModelSourceSettings {
  modelSourceDir?: string | undefined;
  hfEndpoint: string;
  mvn: string;
}

/** The sources in the order `npm run model` tries them: a local folder if named, Hugging Face (or a mirror), Maven. */
export function modelSources(settings: ModelSourceSettings): ModelSource[] {
  return [
    ...(settings.modelSourceDir ? [localFolderSource(settings.modelSourceDir)] : []),
    huggingFaceSource(settings.hfEndpoint),
    mavenSource(settings.mvn),
  ];
}
