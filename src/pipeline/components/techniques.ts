import type { Component } from '../component.js';
import { LANGUAGE, MODEL_VERSIONS, PARAGRAPH_TECHNIQUES, TECHNIQUES } from '../keys.js';
import { isTrainedLanguage, TASK_CODE } from '../../lang/codes.js';
import { detectTechniques } from '../../techniques/detector.js';
import { modelFileName, readTechniqueModel, SHARED_PART } from '../../techniques/modelio.js';
import { readLocator, spanModelFileName } from '../../techniques/locator-train.js';

/**
 * The technique detector as a pipeline component: paragraph-level techniques
 * (PARAGRAPH_TECHNIQUES) and spans with cues (TECHNIQUES). The model part of
 * the Doc's language is loaded on first use; a language without training data
 * gets the shared part (a model over the language-agnostic features only).
 */
export const techniquesComponent: Component = {
  name: 'techniques',
  requires: [LANGUAGE.name],
  provides: [TECHNIQUES.name, PARAGRAPH_TECHNIQUES.name, MODEL_VERSIONS.name],
  run(doc, ctx) {
    const lang = doc.lang;
    const trained = isTrainedLanguage(lang);
    const part = isTrainedLanguage(lang) ? TASK_CODE[lang] : SHARED_PART;
    const name = modelFileName(part);
    if (!ctx.models.exists(name)) {
      ctx.warn(`technique model ${name} is missing; run "spinscope train --only techniques"; no techniques were detected`);
      doc.set(PARAGRAPH_TECHNIQUES, doc.paragraphs.map((p) => ({ id: p.id, start: p.start, end: p.end, techniques: [] })));
      doc.set(TECHNIQUES, []);
      return;
    }
    const model = ctx.models.load(name, readTechniqueModel);
    // features of an untrained language carry its own prefix, which no weight knows: only shared features fire
    const spanName = spanModelFileName(part);
    const locator = trained && ctx.models.exists(spanName) ? ctx.models.load(spanName, readLocator) : undefined;
    const found = detectTechniques(doc, model, trained ? part : doc.lang, { locator, ...(ctx.minScore !== undefined ? { minScore: ctx.minScore } : {}) });
    doc.set(PARAGRAPH_TECHNIQUES, found.paragraphs);
    doc.set(TECHNIQUES, found.spans);
    doc.set(MODEL_VERSIONS, { ...(doc.get(MODEL_VERSIONS) ?? {}), techniques: `${model.header.version}/${part}` });
  },
};
