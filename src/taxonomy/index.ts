/** The taxonomy: ids, human texts and the SemEval-2020 mapping. */
export * from './ids.js';
export { CATEGORY_INFO, TECHNIQUE_INFO, techniqueInfo, categoryInfo, findTechnique } from './techniques.js';
export type { CategoryInfo, TechniqueInfo } from './techniques.js';
export { FRAME_INFO, frameInfo } from './frames.js';
export type { FrameInfo } from './frames.js';
export { GENRE_INFO, genreInfo } from './genres.js';
export type { GenreInfo } from './genres.js';
export { SEMEVAL2020_TECHNIQUES, SEMEVAL2020_TO_2023, SEMEVAL2023_TO_2020, isSemeval2020Technique } from './semeval2020.js';
export type { Semeval2020Technique } from './semeval2020.js';
