import type { Analysis, Claim, EntityFraming, SourcingKind, TechniqueSpan } from '../pipeline/analysis.js';
import type { CategoryId, FrameId, GenreId, TechniqueId } from '../taxonomy/ids.js';
import { categoryInfo, techniqueInfo } from '../taxonomy/techniques.js';
import { frameInfo } from '../taxonomy/frames.js';
import { genreInfo } from '../taxonomy/genres.js';

/** Words shared by every human-facing renderer (text, html, md), so they say the same thing. */

export const techniqueName = (id: TechniqueId): string => techniqueInfo(id)?.name ?? id.replace(/_/g, ' ');
export const techniqueDefinition = (id: TechniqueId): string => techniqueInfo(id)?.definition ?? '';
export const categoryName = (id: CategoryId): string => categoryInfo(id)?.name ?? id.replace(/_/g, ' ');
export const categoryDescription = (id: CategoryId): string => categoryInfo(id)?.description ?? '';
export const frameName = (id: FrameId): string => frameInfo(id)?.name ?? id.replace(/_/g, ' ');
export const genreName = (id: GenreId): string => genreInfo(id)?.name ?? id;

/** Technique spans in reading order (start, then longer first), numbered from 1 by position in this list. */
export function orderedSpans(a: Analysis): TechniqueSpan[] {
  return [...a.techniques].sort((x, y) => x.start - y.start || y.end - x.end || x.technique.localeCompare(y.technique));
}

/** Scores as whole percentages: two decimals suggest a precision the models do not have. */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

export const SOURCING_LABEL: Record<SourcingKind, string> = {
  named: 'named source',
  document: 'document',
  anonymous: 'anonymous source',
  'vague-authority': 'vague authority',
  unsourced: 'no source given',
};

export function describeSourcing(claim: Claim): string {
  const label = SOURCING_LABEL[claim.sourcing.kind];
  return claim.sourcing.source ? `${label}: “${claim.sourcing.source.text}”` : label;
}

export function describeTone(e: EntityFraming): string {
  const sign = e.toneScore > 0 ? '+' : '';
  return `${e.tone} (${sign}${e.toneScore.toFixed(2)})`;
}

/** The languages with trained models, said plainly when an analysis is partial. */
export function supportNote(a: Analysis): string | undefined {
  return a.supported ? undefined : `language "${a.language}" has no trained model: only language-independent parts ran`;
}

/** Says so when the caller's threshold, not the model's, decided which techniques are shown. */
export function minScoreNote(a: Analysis): string | undefined {
  return a.minScore === undefined ? undefined : `techniques shown from score ${a.minScore} on, a threshold chosen for this analysis instead of the model's own`;
}

/** The paragraph (1-based line id) a code-point offset falls in, if any. */
export function paragraphAt(a: Analysis, offset: number): number | undefined {
  return a.paragraphs.find((p) => offset >= p.start && offset < p.end)?.id;
}
