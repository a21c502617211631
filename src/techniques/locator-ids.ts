import type { Token } from '../doc/segment.js';
import { emitLocatorFeatures, FORM_FAMILIES } from './locator.js';
import type { FormRoles, SpanLocator } from './locator.js';

/**
 * The span locator's features as ids, for detection: a paragraph's features
 * are looked up once, not once per accepted technique, by (family, value)
 * without building each key string, and a token's form once for the five
 * families keyed by forms. Same features in the same order as
 * `locatorFeatures` (features no technique weighs are left out: they weigh 0),
 * so the same scores as `tokenScores` over the strings.
 */
interface LocatorById {
  /** family → value → id, for keys `family:value`. */
  byFamily: Map<string, Map<string, number>>;
  /** Keys without a value ('q', 'caps', …) → id. */
  plain: Map<string, number>;
  /** technique → weight by id. */
  weights: Map<string, Float32Array | Float64Array>;
  /** form → its id in each of FORM_FAMILIES (-1: unknown); bounded. */
  formIds: Map<string, readonly number[]>;
}
const FORM_ID_LIMIT = 20_000;
const byIdCache = new WeakMap<SpanLocator, LocatorById>();

function locatorById(locator: SpanLocator): LocatorById {
  let c = byIdCache.get(locator);
  if (c) return c;
  // every (technique, key, weight) in the locator's own order: the file's arrays when it was read
  // from one (its `weights` Maps are then never built), else the Maps
  const eachWeight = (visit: (technique: string, key: string, value: number) => void): void => {
    if (locator.stored) {
      for (const [t, { keys, values }] of locator.stored) keys.forEach((k, i) => visit(t, k, values[i]!));
    } else {
      for (const [t, w] of locator.weights) for (const [k, v] of w) visit(t, k, v);
    }
  };
  const ids = new Map<string, number>();
  // a loaded locator's weights are float32 values (so a Float32Array holds them exactly, in half the
  // memory); one fitted in memory may hold any double
  let float32 = true;
  eachWeight((_, k, v) => {
    if (!ids.has(k)) ids.set(k, ids.size);
    if (Math.fround(v) !== v) float32 = false;
  });
  const byFamily = new Map<string, Map<string, number>>();
  const plain = new Map<string, number>();
  for (const [k, id] of ids) {
    const colon = k.indexOf(':');
    if (colon < 0) plain.set(k, id);
    else {
      const family = k.slice(0, colon);
      let values = byFamily.get(family);
      if (!values) byFamily.set(family, (values = new Map()));
      values.set(k.slice(colon + 1), id);
    }
  }
  const weights = new Map<string, Float32Array | Float64Array>();
  eachWeight((technique, k, v) => {
    let arr = weights.get(technique);
    if (!arr) weights.set(technique, (arr = float32 ? new Float32Array(ids.size) : new Float64Array(ids.size)));
    arr[ids.get(k)!] = v;
  });
  byIdCache.set(locator, (c = { byFamily, plain, weights, formIds: new Map() }));
  return c;
}

/** A small plain array per form (a typed array per form would weigh several times more). */
function formIdsOf(c: LocatorById, form: string): readonly number[] {
  let ids = c.formIds.get(form);
  if (!ids) {
    ids = FORM_FAMILIES.map((family) => c.byFamily.get(family)?.get(form) ?? -1);
    if (c.formIds.size >= FORM_ID_LIMIT) c.formIds.clear();
    c.formIds.set(form, ids);
  }
  return ids;
}

/** Each token's locator feature ids, in the order of `locatorFeatures`. */
export function locatorFeatureIds(tokens: readonly Token[], locator: SpanLocator, repeated: ReadonlySet<string> = new Set(), roles: FormRoles = {}): Int32Array[] {
  const c = locatorById(locator);
  const out: Int32Array[] = [];
  const ids: number[] = [];
  // by token index + 1 (0: the sentence edge): the ids of that token's form
  const slots = new Array<readonly number[] | undefined>(tokens.length + 1);
  emitLocatorFeatures(tokens, locator.lang, repeated, {
    feature(family, value) {
      const id = value === undefined ? c.plain.get(family) : c.byFamily.get(family)?.get(value);
      if (id !== undefined) ids.push(id);
    },
    formFeature(slot, _family, token, form) {
      const id = (slots[token + 1] ??= formIdsOf(c, form))[slot]!;
      if (id >= 0) ids.push(id);
    },
    endToken() {
      out.push(Int32Array.from(ids));
      ids.length = 0;
    },
  }, roles);
  return out;
}

/** `tokenScores(features, locator.weights.get(technique))` from the ids of `locatorFeatureIds`. */
export function tokenScoresById(features: readonly Int32Array[], locator: SpanLocator, technique: string): number[] {
  const weights = locatorById(locator).weights.get(technique);
  if (!weights) return features.map(() => 0);
  return features.map((ids) => {
    let s = 0;
    for (let k = 0; k < ids.length; k++) s += weights[ids[k]!]!;
    return s;
  });
}
