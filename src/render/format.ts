import type { Analysis } from '../pipeline/analysis.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderSemeval } from './semeval.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'jsonl', 'html', 'md', 'semeval', 'labelstudio'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

export interface RenderOptions {
  /** ANSI colours in the text view. */
  color?: boolean;
  /** Columns for the text view. */
  width?: number;
}

/** The file extension a rendered analysis is saved under in a batch output folder. */
export const FORMAT_EXTENSION: Record<Format, string> = {
  text: 'txt', json: 'json', jsonl: 'jsonl', html: 'html', md: 'md', semeval: 'tsv', labelstudio: 'json',
};

/**
 * The default when --format is not given: the readable view for a person at a
 * terminal, the lossless JSON for a pipe or a file (what a script wants).
 */
export function defaultFormat(stdoutIsTty: boolean): Format {
  return stdoutIsTty ? 'text' : 'json';
}

/** One analysis in one format, as the text to print or save (always ending with a newline). */
export async function renderAnalysis(a: Analysis, format: Format, options: RenderOptions = {}): Promise<string> {
  switch (format) {
    case 'text':
      return renderText(a, { color: options.color ?? false, width: options.width ?? 80 });
    case 'json':
      return `${JSON.stringify(a, null, 2)}\n`;
    case 'jsonl':
      return `${JSON.stringify(a)}\n`;
    case 'html':
      return renderHtml(a);
    case 'md':
      return renderMarkdown(a);
    case 'semeval':
      return renderSemeval(a);
    case 'labelstudio': {
      // loaded on demand: the Label Studio export lives with the corpus formats
      const { renderLabelStudio } = await import('./labelstudio.js');
      return renderLabelStudio([a]);
    }
  }
}
