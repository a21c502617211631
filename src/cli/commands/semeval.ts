import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError, UsageError } from '../../errors.js';
import { corpusDir } from '../../corpus/location.js';
import { formatFrameLabels, formatGenreLabels, formatParagraphLabels, parseTemplate, readArticles, readLanguageSplit } from '../../corpus/semeval2023.js';
import type { ParagraphLabels } from '../../corpus/semeval2023.js';
import { decodeInput } from '../../doc/decode.js';
import { BUILTIN_BASELINE, corpusBaseline } from '../../eval/baselines.js';
import type { ConstantBaseline } from '../../eval/baselines.js';
import { isTrainedLanguage, normalizeLanguageCode, TASK_CODE } from '../../lang/codes.js';
import type { Analysis } from '../../pipeline/analysis.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { genreComponentWith } from '../../pipeline/components/genre.js';
import type { Analyzer } from '../../pipeline/analyze.js';
import { FRAMES, GENRE, PARAGRAPH_TECHNIQUES } from '../../pipeline/keys.js';
import type { FrameId, GenreId } from '../../taxonomy/ids.js';

/**
 * `spinscope semeval`: predictions in the official SemEval-2023 Task 3 format
 * for every article of a folder. Where the pipeline has no model for the
 * subtask yet, the trivial baseline stands in, and stderr says so.
 */

type Task = '1' | '2' | '3';

interface SemevalOptions {
  subtask: string;
  lang: string;
  articles: string;
  template?: string;
  out?: string;
  corpus?: string;
}

function baselineFor(lang: string, corpus?: string): ConstantBaseline {
  const dir = corpusDir(corpus);
  if (!dir || !isTrainedLanguage(lang)) return BUILTIN_BASELINE;
  return corpusBaseline(readLanguageSplit(dir, TASK_CODE[lang]));
}

/** True when some component of the pipeline produces the annotation the subtask reads. */
function hasModel(analyzer: Analyzer, subtask: Task): boolean {
  const key = subtask === '1' ? GENRE.name : subtask === '2' ? FRAMES.name : PARAGRAPH_TECHNIQUES.name;
  return analyzer.pipeline.components.some((c) => c.provides.includes(key));
}

export function registerSemeval(program: Command): void {
  program
    .command('semeval')
    .description('write predictions in the official SemEval-2023 Task 3 format for a folder of article*.txt files')
    .requiredOption('--subtask <n>', 'subtask: 1 (genre), 2 (frames) or 3 (techniques per paragraph)')
    .requiredOption('--lang <code>', 'language of the articles (ISO or corpus code)')
    .requiredOption('--articles <dir>', 'folder of article<ID>.txt files')
    .option('--template <file>', 'subtask 3: the paragraphs to predict (<id>\\t<paragraph>\\t<text>)')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--corpus <dir>', 'training corpus for the fallback baseline')
    .action(async (opts: SemevalOptions) => {
      if (!['1', '2', '3'].includes(opts.subtask)) throw new UsageError(`--subtask must be 1, 2 or 3, not "${opts.subtask}"`);
      const subtask = opts.subtask as Task;
      const lang = normalizeLanguageCode(opts.lang);
      if (opts.template && subtask !== '3') throw new UsageError('--template only applies to --subtask 3');
      const articles = readArticles(opts.articles);
      if (articles.length === 0) throw new InputError(`${opts.articles}: no article*.txt files`, opts.articles);
      let template: ReturnType<typeof parseTemplate> | undefined;
      if (opts.template) {
        if (!existsSync(opts.template)) throw new InputError(`${opts.template}: no such file`, opts.template);
        template = parseTemplate(decodeInput(readFileSync(opts.template), opts.template).text, opts.template);
      }
      // the official files need a genre for every article: a short one gets the model's guess (its analysis says it is one)
      const analyzer = await createAnalyzer({ components: (defaults) => defaults.map((c) => (c.name === 'genre' ? genreComponentWith({ minWords: 1 }) : c)) });
      const modelled = hasModel(analyzer, subtask);
      let baseline: ConstantBaseline | undefined;
      const fallback = () => (baseline ??= baselineFor(lang, opts.corpus));
      let fallbacks = 0;
      const analyses = new Map<string, Analysis>();
      for (const a of articles) analyses.set(a.id, analyzer.analyze(a.text, { lang, id: a.id }));

      let output: string;
      if (subtask === '1') {
        const rows: Array<[string, GenreId]> = articles.map((a) => {
          const genre = modelled ? analyses.get(a.id)!.genre?.label : undefined;
          if (genre) return [a.id, genre];
          fallbacks++;
          return [a.id, fallback().genre];
        });
        output = formatGenreLabels(rows);
      } else if (subtask === '2') {
        const rows: Array<[string, FrameId[]]> = articles.map((a) => {
          if (modelled && analyses.get(a.id)!.supported) return [a.id, analyses.get(a.id)!.frames.map((f) => f.frame)];
          fallbacks++;
          return [a.id, fallback().frames];
        });
        output = formatFrameLabels(rows);
      } else {
        const wanted = template ?? articles.flatMap((a) => analyses.get(a.id)!.paragraphs.map((p) => ({ id: a.id, paragraph: p.id })));
        const rows: ParagraphLabels[] = wanted.map((t) => {
          const analysis = analyses.get(t.id);
          if (!analysis) throw new InputError(`${opts.template}: article ${t.id} is not in ${opts.articles}`, opts.template);
          if (!modelled || !analysis.supported) {
            fallbacks++;
            return { id: t.id, paragraph: t.paragraph, techniques: fallback().techniques };
          }
          const p = analysis.paragraphs.find((x) => x.id === t.paragraph);
          return { id: t.id, paragraph: t.paragraph, techniques: p ? p.techniques.map((x) => x.technique) : [] };
        });
        output = formatParagraphLabels(rows);
      }
      if (fallbacks > 0) {
        process.stderr.write(
          `spinscope: no subtask-${subtask} model for "${lang}" yet: ${fallbacks} prediction(s) use the trivial baseline from ${fallback().source}\n`,
        );
      }
      if (opts.out) writeFileSync(opts.out, output);
      else process.stdout.write(output);
    });
}
