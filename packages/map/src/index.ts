export { type OfflineStyleOptions, offlineStyle } from './offline-style.js';
