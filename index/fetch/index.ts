// Public surface of index/fetch/: reports fetched from the web within limits.
export { fetchResource } from './fetchResource.js';
export type { FetchLimits, FetchedResource } from './fetchResource.js';
export { isPublicAddress } from './publicAddress.js';
export { readWebReport } from './readWebReport.js';
export type { WebReport } from './readWebReport.js';
