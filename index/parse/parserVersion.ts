/**
 * Version of the cleaning and chunking rules. Bump it whenever they change what passages are made:
 * `npm run index` then re-parses every report from its stored text (vectors of unchanged passages are reused).
 * 4: metadata read as a person reads it (issue 8); 5: clauses of an overlong sentence are cut between
 * characters, never inside a surrogate pair.
 */
export const PARSER_VERSION = '5';
