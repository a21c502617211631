import type { Doc } from '../doc/doc.js';
import type { Component, ComponentContext } from './component.js';

export class Pipeline {
  readonly components: readonly Component[];

  constructor(components: readonly Component[], initiallyProvided: readonly string[] = []) {
    const provided = new Set(initiallyProvided);
    for (const c of components) {
      for (const r of c.requires) {
        if (!provided.has(r)) throw new Error(`pipeline: component "${c.name}" requires "${r}", which no earlier component provides`);
      }
      for (const p of c.provides) provided.add(p);
    }
    this.components = components;
  }

  get names(): string[] {
    return this.components.map((c) => c.name);
  }

  run(doc: Doc, context: ComponentContext): Doc {
    for (const c of this.components) c.run(doc, context);
    return doc;
  }
}
