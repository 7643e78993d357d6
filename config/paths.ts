import { resolve } from 'node:path';
import { z } from 'zod';
import { parseEnv } from './parseEnv.js';

/** Where the index and the model live, and where the model may be fetched from. */
export interface Paths {
  /** The built index and bot.sqlite; DATA_DIR, default ./data. */
  dataDir: string;
  /** The installed embedding model; MODELS_DIR, default ./models. */
  modelsDir: string;
  /** A folder that already holds the model's files, tried first by `npm run model`; MODEL_DIR. */
  modelSourceDir: string | undefined;
  /** Hugging Face or a mirror of it; HF_ENDPOINT, default https://huggingface.co. */
  hfEndpoint: string;
  /** The Maven client to run; MVN, default mvn. */
  mvn: string;
}

const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().optional());

const schema = z.object({
  DATA_DIR: optionalText,
  MODELS_DIR: optionalText,
  MODEL_DIR: optionalText,
  HF_ENDPOINT: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/, error: 'expected the http(s) URL of Hugging Face or a mirror of it' }).optional()),
  MVN: optionalText,
});

/** Parses the paths from the environment (every command reads them the same way); CONFIG_INVALID names a bad one. */
export function loadPaths(env: Record<string, string | undefined>): Paths {
  const e = parseEnv(schema, env);
  return {
    dataDir: resolve(e.DATA_DIR ?? 'data'),
    modelsDir: resolve(e.MODELS_DIR ?? 'models'),
    modelSourceDir: e.MODEL_DIR === undefined ? undefined : resolve(e.MODEL_DIR),
    hfEndpoint: (e.HF_ENDPOINT ?? 'https://huggingface.co').replace(/\/+$/, ''),
    mvn: e.MVN ?? 'mvn',
  };
}
