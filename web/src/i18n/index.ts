import { en, type MessageKey } from './en.js';
import { fr } from './fr.js';

export type Lang = 'en' | 'fr';
const tables: Record<Lang, Record<MessageKey, string>> = { en, fr };
let current: Lang = 'en';
const listeners: (() => void)[] = [];

/** The interface text for a key, with `{name}` placeholders filled in (values are plain text, never markup). */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[current][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A key built from data (`type.take-control`): the raw value when the table does not know it. */
export function tOr(key: string, fallback: string): string {
  return key in en ? t(key as MessageKey) : fallback;
}

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem('sitrep.lang', next);
  } catch {
    // private mode: the choice lasts the session
  }
  for (const l of listeners) l();
}

export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem('sitrep.lang');
    if (saved === 'en' || saved === 'fr') return saved;
  } catch {
    // ignore
  }
  return navigator.language.startsWith('fr') ? 'fr' : 'en';
}

export function onLangChange(fn: () => void): void {
  listeners.push(fn);
}

/** Fills every `[data-i18n]` element's text (and `[data-i18n-title]` titles) under root. */
export function translateStatic(root: ParentNode = document): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(node.dataset.i18n as MessageKey);
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle as MessageKey);
}
