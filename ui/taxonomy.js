// Names and definitions of techniques, categories, frames and genres, from
// GET /v1/taxonomy; ids stand in for names until (or if) it loads.

export const CATEGORIES = [
  'attack_on_reputation', 'justification', 'simplification', 'distraction', 'call', 'manipulative_wording',
];

const humanize = (id) => String(id).replace(/[_-]+/g, ' ');

export class Taxonomy {
  constructor(data) {
    this.techniques = new Map((data?.techniques ?? []).map((t) => [t.id, t]));
    this.categories = new Map((data?.categories ?? []).map((c) => [c.id, c]));
    this.frames = new Map((data?.frames ?? []).map((f) => [f.id, f]));
    this.genres = new Map((data?.genres ?? []).map((g) => [g.id, g]));
  }

  techniqueName(id) {
    return this.techniques.get(id)?.name ?? humanize(id);
  }

  techniqueDefinition(id) {
    return this.techniques.get(id)?.definition ?? '';
  }

  categoryName(id) {
    return this.categories.get(id)?.name ?? humanize(id);
  }

  frameName(id) {
    return this.frames.get(id)?.name ?? humanize(id);
  }

  genreName(id) {
    return this.genres.get(id)?.name ?? humanize(id);
  }
}

/** A category id safe to put in a class name (only the six known ones). */
export function categoryClass(id) {
  return CATEGORIES.includes(id) ? `cat-${id}` : 'cat-unknown';
}
