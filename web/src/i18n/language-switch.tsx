/** Deutsch | English, in the header of every page and on the sign-in page. */
import { useSyncExternalStore } from 'react'
import { LANGUAGES, language, onLanguageChange, setLanguage, t } from '.'

/** The current language; a component using it re-renders when it changes. */
export function useLanguage() {
  return useSyncExternalStore(onLanguageChange, language)
}

export function LanguageSwitch() {
  const current = useLanguage()
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset
    <div className="language-switch no-print" role="group" aria-label={t('common:language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="button button-header language-option"
          aria-pressed={option === current}
          onClick={() => setLanguage(option)}
        >
          {t(`common:language.${option}`)}
        </button>
      ))}
    </div>
  )
}
