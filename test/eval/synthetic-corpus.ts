import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A tiny corpus in the SemEval-2023 folder layout, written from invented
 * sentences, so that the harness and the semeval command are tested without ../shared.
 */
const PARAGRAPHS = [
  'The council 🏛 met on Monday to discuss the new bridge.',
  'Critics called the plan a disgraceful waste of money 😀 and a betrayal.',
  'Officials said the work would start in spring.',
  'Every true citizen must stand up now, before it is too late!',
];

export interface SyntheticCorpus {
  dir: string;
  langs: string[];
  articlesPerLang: number;
}

export function writeSyntheticCorpus(langs = ['en', 'fr'], articlesPerLang = 10): SyntheticCorpus {
  const dir = mkdtempSync(join(tmpdir(), 'spinscope-corpus-'));
  for (const lang of langs) {
    const root = join(dir, lang);
    for (const sub of ['train-articles-subtask-1', 'train-articles-subtask-2', 'train-articles-subtask-3', 'train-labels-subtask-3-spans']) {
      mkdirSync(join(root, sub), { recursive: true });
    }
    const genres: string[] = [];
    const frames: string[] = [];
    const labels: string[] = [];
    const template: string[] = [];
    for (let a = 0; a < articlesPerLang; a++) {
      const id = String(1000 + a);
      const body = [0, 1, 2, 3].map((i) => PARAGRAPHS[(a + i) % PARAGRAPHS.length]!);
      // title, empty line, then one paragraph a line: paragraph ids 1, 3, 4, 5, 6
      const text = [`Title of article ${id}`, '', ...body].join('\n') + '\n';
      for (const sub of ['train-articles-subtask-1', 'train-articles-subtask-2', 'train-articles-subtask-3']) {
        writeFileSync(join(root, sub, `article${id}.txt`), text);
      }
      genres.push(`${id}\t${a % 3 === 0 ? 'reporting' : 'opinion'}`);
      frames.push(`${id}\t${a % 2 === 0 ? 'Economic,Political' : 'Political'}`);
      const spans: string[] = [];
      let offset = [...`Title of article ${id}\n\n`].length;
      const lines: Array<[number, string]> = [[1, `Title of article ${id}`], ...body.map((b, i) => [i + 3, b] as [number, string])];
      for (const [line, para] of lines) {
        template.push(`${id}\t${line}\t${para}`);
        const techniques = para.includes('disgraceful') ? ['Loaded_Language', 'Name_Calling-Labeling'] : para.includes('citizen') ? ['Flag_Waving', 'Appeal_to_Time'] : [];
        labels.push(`${id}\t${line}\t${techniques.join(',')}`);
        if (line === 1) continue;
        const word = para.indexOf('disgraceful');
        if (word >= 0) {
          // code points: the emoji after the word must not shift it
          const start = offset + [...para.slice(0, word)].length;
          spans.push(`${id}\tLoaded_Language\t${start}\t${start + 'disgraceful'.length}`);
        }
        offset += [...para].length + 1;
      }
      writeFileSync(join(root, 'train-labels-subtask-3-spans', `article${id}-labels-subtask-3.txt`), spans.map((s) => `${s}\n`).join(''));
    }
    writeFileSync(join(root, 'train-labels-subtask-1.txt'), genres.join('\n') + '\n');
    writeFileSync(join(root, 'train-labels-subtask-2.txt'), frames.join('\n') + '\n');
    writeFileSync(join(root, 'train-labels-subtask-3.txt'), labels.join('\n') + '\n');
    writeFileSync(join(root, 'train-labels-subtask-3.template'), template.join('\n') + '\n');
  }
  return { dir, langs, articlesPerLang };
}
