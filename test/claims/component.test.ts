import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/index.js';
import { claimsComponent } from '../../src/pipeline/components/claims.js';
import { entitiesComponent } from '../../src/pipeline/components/entities.js';
import { CLAIMS, ENTITIES, MODEL_VERSIONS } from '../../src/pipeline/keys.js';
import { ModelStore } from '../../src/pipeline/models.js';

const ctx = { models: new ModelStore(), warn: () => {} };

describe('claims and entities components', () => {
  it('annotate a document with claims and entities', () => {
    const doc = new Doc('😀 According to our sources, around 20% of the staff of Norvik Steel quit. Norvik Steel denied it.', { lang: 'en' });
    doc.set(MODEL_VERSIONS, {});
    claimsComponent.run(doc, ctx);
    entitiesComponent.run(doc, ctx);
    const claims = doc.get(CLAIMS)!;
    expect(claims[0]!.sourcing.kind).toBe('anonymous');
    expect(doc.get(ENTITIES)!.some((e) => e.name === 'Norvik Steel' && e.mentions.length === 2)).toBe(true);
    expect(Object.keys(doc.get(MODEL_VERSIONS)!)).toEqual(['claims', 'entities']);
  });

  it('give empty lists for a language without cue files', () => {
    const doc = new Doc('Kala on hyvää.', { lang: 'fi' });
    claimsComponent.run(doc, ctx);
    entitiesComponent.run(doc, ctx);
    expect(doc.get(CLAIMS)).toEqual([]);
    expect(doc.get(ENTITIES)).toEqual([]);
  });
});
