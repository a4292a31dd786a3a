import { LRUCache } from 'lru-cache';
import en from '../../messages/en/api.json' with { type: 'json' };

// The API's field messages, written once in messages/en/api.json (Korean beside it in
// messages/ko/api.json, same keys). Schemas build their messages here, in English, as zod
// needs a string; each rendered message remembers its key and parameters, so the HTTP layer
// can say it again in the language the client asked for (lib/i18n/api-locale.ts).

export type ApiMessageKey = keyof typeof en.messages;
export type ApiMessageParams = Record<string, string | number>;
export interface ApiMessageOf {
  key: ApiMessageKey;
  params: ApiMessageParams;
}

/** Fills `{name}` placeholders (the ICU subset the catalogues use). */
export function fillTemplate(template: string, params: ApiMessageParams): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in params ? String(params[name]) : all,
  );
}

// Messages built with the schemas (a few hundred, fixed), and those built while parsing
// (they may name what the client sent, so only the most recent are kept).
const built = new Map<string, ApiMessageOf>();
const parsed = new LRUCache<string, ApiMessageOf>({ max: 2_000 });

/** The English message for `key`; use in schema definitions (built once, at module load). */
export function msg(key: ApiMessageKey, params: ApiMessageParams = {}): string {
  const text = fillTemplate(en.messages[key], params);
  built.set(text, { key, params });
  return text;
}

/** The same for a message made while parsing (it may carry the client's values). */
export function parseMsg(key: ApiMessageKey, params: ApiMessageParams = {}): string {
  const text = fillTemplate(en.messages[key], params);
  parsed.set(text, { key, params });
  return text;
}

/** The key and parameters an English message was built from; null when it was not. */
export function apiMessageOf(text: string): ApiMessageOf | null {
  return built.get(text) ?? parsed.get(text) ?? null;
}
