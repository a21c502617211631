import { Doc } from '../../src/doc/doc.js';
import type { GenreId } from '../../src/taxonomy/ids.js';

/**
 * Small invented training sets, generated from templates, so that the model
 * code can be trained and checked without the corpus.
 */
const CITIES = ['NORTHFIELD', 'LAKEMOOR', 'ASHFORD', 'REDCLIFF', 'DUNMORE', 'ELMSTEAD', 'WESTBROOK', 'HOLLOWAY'];
const TOPICS = ['bridge repairs', 'school budget', 'water tariffs', 'rail timetable', 'hospital wing', 'bus fares', 'harbour fees', 'road tolls'];

export function reportText(i: number): string {
  const city = CITIES[i % CITIES.length]!;
  const topic = TOPICS[(i * 3) % TOPICS.length]!;
  return [
    `${city}, June ${i + 2} (Reuters) - The council on Wednesday approved new ${topic} worth ${12 + i} million euros, a spokesman said.`,
    `The measure passed by ${20 + i} votes to ${5 + (i % 4)}, according to a statement released after the session.`,
    `"We expect work to begin in ${2020 + (i % 6)}," the deputy mayor told reporters on Thursday.`,
    `Officials said the figures would be published in October.`,
  ].join('\n');
}

export function opinionText(i: number): string {
  const topic = TOPICS[(i * 5) % TOPICS.length]!;
  return [
    `I have had enough of the ${topic} nonsense. Have you?`,
    `We are told, again and again, that this is for our own good. What a joke! They must think we are truly stupid.`,
    `Frankly, I believe our leaders should be ashamed. We deserve better, and you know it!`,
    `Perhaps one day they will listen. I really doubt it.`,
  ].join('\n');
}

export function satireText(i: number): string {
  const topic = TOPICS[(i * 7) % TOPICS.length]!;
  return [
    `Local man declares himself emperor of ${topic} after winning argument with pigeon`,
    `The self-crowned monarch, wearing a traffic cone as a crown, promised free pudding for every citizen and a moat around the bakery.`,
    `Pigeons across the region have reportedly demanded a recount, insisting the vote was rigged by breadcrumbs.`,
  ].join('\n');
}

export function syntheticGenreExamples(perClass: number): Array<{ key: string; doc: Doc; genre: GenreId }> {
  const out: Array<{ key: string; doc: Doc; genre: GenreId }> = [];
  for (let i = 0; i < perClass; i++) {
    out.push({ key: `en/r${i}`, doc: new Doc(reportText(i), { lang: 'en' }), genre: 'reporting' });
    out.push({ key: `en/o${i}`, doc: new Doc(opinionText(i), { lang: 'en' }), genre: 'opinion' });
    out.push({ key: `en/s${i}`, doc: new Doc(satireText(i), { lang: 'en' }), genre: 'satire' });
  }
  return out;
}
