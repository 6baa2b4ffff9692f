/**
 * The dashboard's languages: German first, English as the second. Texts live
 * in one messages module per feature (namespace); `t('sla:status.new')` reads
 * them in the current language. Switching the language re-renders the whole
 * app (see `LanguageRoot`), so plain functions may call `t` as well as
 * components. Numbers and dates follow the language (`locale()`), times stay
 * in Europe/Berlin either way.
 */
import i18next from 'i18next'
import { resources } from './resources'

export const LANGUAGES = ['de', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** The query parameter that sets the language of one page view (shared links, the PDF print). */
export const LANGUAGE_PARAM = 'sprache'
const STORAGE_KEY = 'leitstand.sprache'

export function isLanguage(text: unknown): text is Language {
  return typeof text === 'string' && (LANGUAGES as readonly string[]).includes(text)
}

/** `?sprache=en` first, then the user's last choice in this browser, else German. */
function initialLanguage(): Language {
  if (typeof window === 'undefined') return 'de'
  const fromUrl = new URLSearchParams(window.location.search).get(LANGUAGE_PARAM)
  if (isLanguage(fromUrl)) return fromUrl
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    if (isLanguage(stored)) return stored
  } catch {
    // Storage may be blocked (private mode, policies): German it is.
  }
  return 'de'
}

i18next.init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'de',
  supportedLngs: LANGUAGES,
  defaultNS: 'common',
  ns: Object.keys(resources.de),
  // React escapes on its own.
  interpolation: { escapeValue: false },
  initAsync: false,
})

export const t = i18next.t.bind(i18next)
syncDocument()

export function language(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'de'
}

/** The Intl locale of the current language: German or British English (day before month, 24 h). */
export function locale(): 'de-DE' | 'en-GB' {
  return language() === 'en' ? 'en-GB' : 'de-DE'
}

/** Switch, remember the choice in this browser, and tell `LanguageRoot` to re-render. */
export function setLanguage(next: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, next)
  } catch {
    // Not remembered, still switched.
  }
  void i18next.changeLanguage(next)
  syncDocument()
}

export function onLanguageChange(listener: () => void): () => void {
  i18next.on('languageChanged', listener)
  return () => i18next.off('languageChanged', listener)
}

function syncDocument(): void {
  if (typeof document === 'undefined') return
  // en-GB, not en: the browser's own date fields then show day before month, like the rest of the page.
  document.documentElement.lang = language() === 'en' ? 'en-GB' : 'de'
  document.title = t('common:app.name')
}
