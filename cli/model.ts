// `npm run model`: fetch the embedding model once into MODELS_DIR.
import { ensureModel, modelFolder, modelSources } from '../index/index.js';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

runCli(async () => {
  const env = readCliEnv();
  const used = await ensureModel(env.modelsDir, modelSources(env), { log: (line) => console.log(line) });
  console.log(used === 'present' ? `model already in ${modelFolder(env.modelsDir)}` : 'model ready');
});
