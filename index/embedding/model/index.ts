export { ensureModel, isModelInstalled, modelFolder } from './ensureModel.js';
export type { EnsureModelOptions } from './ensureModel.js';
export { huggingFaceSource, localFolderSource, mavenSource, modelSources } from './modelSources.js';
export type { ModelPayload, ModelSource, ModelSourceSettings } from './modelSources.js';
export { MODEL_DIM, MODEL_ID, ONNX_SHA256 } from './modelFiles.js';
