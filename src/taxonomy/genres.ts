import { GENRES } from './ids.js';
import type { GenreId } from './ids.js';

/** Human-readable texts for the 3 genres of subtask 1. Our own wording and invented examples. */

export interface GenreInfo {
  id: GenreId;
  name: string;
  definition: string;
  example: string;
}

const GENRE_TEXT: Record<GenreId, Omit<GenreInfo, 'id'>> = {
  opinion: {
    name: 'Opinion',
    definition: 'The text argues for a point of view: editorials, columns, commentaries and blog posts whose aim is to convince the reader rather than only to inform.',
    example: 'It is time we admitted that the stadium project was a mistake from the start.',
  },
  reporting: {
    name: 'Reporting',
    definition: 'The text informs about events and facts, attributes statements to sources and keeps the author\'s own judgement out, as in a news or wire report.',
    example: 'The city council approved the budget on Tuesday by 31 votes to 12, a spokesperson said.',
  },
  satire: {
    name: 'Satire',
    definition: 'The text uses irony, exaggeration or invented events to mock people, institutions or ideas, and is not meant to be read literally.',
    example: 'Ministry announces that traffic jams will henceforth be classified as public parks.',
  },
};

export const GENRE_INFO: readonly GenreInfo[] = GENRES.map((id) => ({ id, ...GENRE_TEXT[id] }));

export function genreInfo(id: GenreId): GenreInfo {
  return GENRE_INFO.find((g) => g.id === id)!;
}
