import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../corpus/location.js';

/**
 * Where trained models live and a per-process cache of what was loaded, so
 * each model (and each language's part of it) is read once, lazily, on first use.
 */
export class ModelStore {
  private readonly cache = new Map<string, unknown>();

  constructor(readonly dir: string = process.env.SPINSCOPE_MODELS ?? join(PROJECT_ROOT, 'models')) {}

  path(name: string): string {
    return join(this.dir, name);
  }

  /**
   * Whether the model file is there. A model already loaded is (it stays in use), without asking
   * the file system: the components ask once per document, and the stat calls were about 1% of the
   * whole analysis.
   */
  exists(name: string): boolean {
    return this.cache.has(name) || existsSync(this.path(name));
  }

  /** Loads `name` with `loader` once; later calls return the cached value. */
  load<T>(name: string, loader: (path: string) => T): T {
    if (this.cache.has(name)) return this.cache.get(name) as T;
    const value = loader(this.path(name));
    this.cache.set(name, value);
    return value;
  }
}
