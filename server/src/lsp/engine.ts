// The engine's API as the language server uses it (one import site).
export * from '../index.js';
export { toLocale as toLocaleString } from '../i18n/messages.js';
