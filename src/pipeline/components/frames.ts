import type { Component } from '../component.js';
import type { FrameResult } from '../analysis.js';
import { FRAMES, LANGUAGE, MODEL_VERSIONS } from '../keys.js';
import { frameParagraphs, frameProbabilities, frameThresholds, paragraphVectors } from '../../frames/model.js';
import { FRAMES_MODEL_FILE, FRAMES_MODEL_VERSION, readFrameModel } from '../../frames/train.js';
import { isTrainedLanguage } from '../../lang/codes.js';
import { FRAMES as FRAME_IDS } from '../../taxonomy/ids.js';

/**
 * Frames (multi-label): every frame whose probability reaches its threshold,
 * most probable first, each with the paragraphs that carry it most. The model
 * reads words only, so languages without training data get no frames.
 */
export const framesComponent: Component = {
  name: 'frames',
  requires: [LANGUAGE.name],
  provides: [FRAMES.name, MODEL_VERSIONS.name],
  run(doc, ctx) {
    if (!isTrainedLanguage(doc.lang)) return;
    if (!ctx.models.exists(FRAMES_MODEL_FILE)) {
      ctx.warn(`frame model ${FRAMES_MODEL_FILE} is missing; run "spinscope train --only frames"; no frames were predicted`);
      return;
    }
    if (doc.tokens.every((t) => !t.isWord)) return;
    const model = ctx.models.load(FRAMES_MODEL_FILE, readFrameModel);
    // paragraphs first: their counts add up to the document's, which the probabilities then reuse
    const vectors = paragraphVectors(model, doc);
    const probs = frameProbabilities(model, doc);
    const thresholds = frameThresholds(model, doc.lang);
    const found: FrameResult[] = FRAME_IDS.flatMap((frame, j) =>
      probs[j]! >= thresholds[j]! ? [{ frame, score: probs[j]!, paragraphs: frameParagraphs(model, doc, frame, 3, vectors) }] : [],
    ).sort((a, b) => b.score - a.score);
    doc.set(FRAMES, found);
    doc.set(MODEL_VERSIONS, { ...(doc.get(MODEL_VERSIONS) ?? {}), frames: FRAMES_MODEL_VERSION });
  },
};
