import type { Component } from '../component.js';
import type { LanguageIdentifier } from '../../lang/identify.js';
import { isTrainedLanguage } from '../../lang/codes.js';
import { LANGUAGE } from '../keys.js';

/**
 * Sets doc.lang: the language the caller forced, else the identifier's guess.
 * `supported` says whether trained models exist for it; other components fall
 * back to their language-agnostic part when it is false.
 */
export function languageComponent(identifier: LanguageIdentifier): Component {
  return {
    name: 'language',
    requires: [],
    provides: [LANGUAGE.name],
    run(doc, ctx) {
      const forced = doc.lang !== 'und' ? doc.lang : undefined;
      const guess = forced ? { language: forced, probability: 1, reliable: true } : identifier.identify(doc.text);
      doc.lang = guess.language;
      const supported = isTrainedLanguage(guess.language);
      doc.set(LANGUAGE, { ...guess, supported });
      if (!supported) {
        ctx.warn(
          guess.language === 'und'
            ? 'language could not be identified; only language-agnostic detectors ran'
            : `language "${guess.language}" has no trained model; only language-agnostic detectors ran`,
        );
      }
    },
  };
}
