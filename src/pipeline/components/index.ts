import type { Component } from '../component.js';
import type { LanguageIdentifier } from '../../lang/identify.js';
import { claimsComponent } from './claims.js';
import { entitiesComponent } from './entities.js';
import { framesComponent } from './frames.js';
import { genreComponent } from './genre.js';
import { languageComponent } from './language.js';
import { summaryComponent } from './summary.js';
import { techniquesComponent } from './techniques.js';

/**
 * The default pipeline, in order. Each detector is one component; the summary
 * comes last because it reads what the others found.
 */
export function defaultComponents(identifier: LanguageIdentifier): Component[] {
  return [
    languageComponent(identifier),
    techniquesComponent,
    genreComponent,
    framesComponent,
    claimsComponent,
    entitiesComponent,
    summaryComponent,
  ];
}
