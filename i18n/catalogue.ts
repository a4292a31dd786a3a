import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The message catalogues: messages/<locale>/<namespace>.json, one file per area of the site.
// Every file in the folder is a namespace (no fixed list, so a new area's file is picked up
// as it is added). Read from disk once per process.

export type Messages = { [key: string]: string | Messages };

const loaded = new Map<string, Messages>();

/** Every namespace of `locale`, keyed by file name: { common: {...}, timeline: {...} }. */
export function loadCatalogue(locale: string): Messages {
  const hit = loaded.get(locale);
  if (hit) return hit;
  const messages: Messages = {};
  // Paths written out in full so the build traces messages/ only (not the whole project).
  for (const file of readdirSync(path.join(process.cwd(), 'messages', locale)).sort()) {
    if (!file.endsWith('.json')) continue;
    const text = readFileSync(path.join(process.cwd(), 'messages', locale, file), 'utf8');
    messages[file.slice(0, -'.json'.length)] = JSON.parse(text) as Messages;
  }
  loaded.set(locale, messages);
  return messages;
}
