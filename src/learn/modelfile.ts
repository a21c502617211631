import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ModelError } from '../errors.js';

/**
 * On-disk model format: the magic "SPSC", a uint32 header length, a UTF-8 JSON
 * header (format version, kind, labels, feature names, training data, metrics…)
 * and named binary arrays whose layout the header lists. Arrays are stored as
 * float32, float16-like int16 quantised with a per-array scale, or int8 with a
 * scale — the caller picks, to fit the 30 MiB model budget.
 */
export const MODEL_FORMAT_VERSION = 1;
const MAGIC = 0x53505343; // "SPSC"

export type ArrayEncoding = 'f32' | 'q16' | 'q8';

export interface ModelArrayInfo {
  name: string;
  length: number;
  encoding: ArrayEncoding;
  scale: number;
  offset: number;
}

export interface ModelFile<H> {
  header: H & { format: number; kind: string };
  arrays: Map<string, Float32Array>;
}

function quantize(a: Float32Array, encoding: ArrayEncoding): { bytes: Uint8Array; scale: number } {
  if (encoding === 'f32') return { bytes: new Uint8Array(a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength)), scale: 1 };
  let max = 0;
  for (const v of a) if (Math.abs(v) > max) max = Math.abs(v);
  const levels = encoding === 'q16' ? 32767 : 127;
  const scale = max === 0 ? 1 : max / levels;
  if (encoding === 'q16') {
    const q = new Int16Array(a.length);
    for (let i = 0; i < a.length; i++) q[i] = Math.round(a[i]! / scale);
    return { bytes: new Uint8Array(q.buffer), scale };
  }
  const q = new Int8Array(a.length);
  for (let i = 0; i < a.length; i++) q[i] = Math.round(a[i]! / scale);
  return { bytes: new Uint8Array(q.buffer), scale };
}

export function writeModelFile<H extends object>(
  path: string,
  kind: string,
  header: H,
  arrays: Record<string, { data: Float32Array; encoding?: ArrayEncoding }>,
): void {
  const infos: ModelArrayInfo[] = [];
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const [name, { data, encoding = 'f32' }] of Object.entries(arrays)) {
    const { bytes, scale } = quantize(data, encoding);
    const pad = (4 - (offset % 4)) % 4;
    if (pad) {
      chunks.push(new Uint8Array(pad));
      offset += pad;
    }
    infos.push({ name, length: data.length, encoding, scale, offset });
    chunks.push(bytes);
    offset += bytes.length;
  }
  const json = Buffer.from(JSON.stringify({ ...header, format: MODEL_FORMAT_VERSION, kind, arrays: infos }), 'utf8');
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(json.length, 4);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.concat([head, json, ...chunks]));
}

/** One stored array as it lies in the file: its layout and its bytes (a view of the file's buffer). */
export interface RawModelArray extends ModelArrayInfo {
  bytes: Uint8Array;
}

export interface RawModelFile<H> {
  header: H & { format: number; kind: string };
  arrays: Map<string, RawModelArray>;
}

/**
 * A model file's header and its arrays undecoded, for a loader that lays the
 * values out its own way (the technique models keep their int16 weights as
 * they are): no float copy of each array on the way.
 */
export function readRawModelFile<H>(path: string, kind: string): RawModelFile<H> {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    throw new ModelError(`model file ${path} is missing; run "spinscope train" or reinstall`);
  }
  if (buf.length < 8 || buf.readUInt32LE(0) !== MAGIC) throw new ModelError(`${path}: not a spinscope model file`);
  const len = buf.readUInt32LE(4);
  const header = JSON.parse(buf.subarray(8, 8 + len).toString('utf8')) as H & { format: number; kind: string; arrays: ModelArrayInfo[] };
  if (header.format !== MODEL_FORMAT_VERSION) throw new ModelError(`${path}: model format ${header.format}, expected ${MODEL_FORMAT_VERSION}`);
  if (header.kind !== kind) throw new ModelError(`${path}: holds a "${header.kind}" model, expected "${kind}"`);
  const base = 8 + len;
  const arrays = new Map<string, RawModelArray>();
  for (const info of header.arrays) {
    const width = info.encoding === 'f32' ? 4 : info.encoding === 'q16' ? 2 : 1;
    const start = base + info.offset;
    if (start + info.length * width > buf.length) throw new ModelError(`${path}: truncated (array ${info.name})`);
    arrays.set(info.name, { ...info, bytes: buf.subarray(start, start + info.length * width) });
  }
  return { header, arrays };
}

/** The bytes in a fresh buffer of their own (a Buffer's `slice` would share the file's). */
function alignedCopy(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

/** The stored integers of a q16 array (a view when the bytes are aligned, else a copy). */
export function int16Values(raw: RawModelArray): Int16Array {
  const { bytes } = raw;
  if (bytes.byteOffset % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, raw.length);
  return new Int16Array(alignedCopy(bytes), 0, raw.length);
}

/** The stored integers of a q8 array. */
export function int8Values(raw: RawModelArray): Int8Array {
  return new Int8Array(raw.bytes.buffer, raw.bytes.byteOffset, raw.length);
}

/** An array's values as float32 (quantised ones times their scale, rounded to float32 as stored). */
export function decodeArray(raw: RawModelArray): Float32Array {
  const out = new Float32Array(raw.length);
  if (raw.encoding === 'f32') {
    const { bytes } = raw;
    out.set(new Float32Array(bytes.byteOffset % 4 === 0 ? bytes.buffer : alignedCopy(bytes), bytes.byteOffset % 4 === 0 ? bytes.byteOffset : 0, raw.length));
  } else {
    const q = raw.encoding === 'q16' ? int16Values(raw) : int8Values(raw);
    for (let i = 0; i < q.length; i++) out[i] = q[i]! * raw.scale;
  }
  return out;
}

export function readModelFile<H>(path: string, kind: string): ModelFile<H> {
  const raw = readRawModelFile<H>(path, kind);
  const arrays = new Map<string, Float32Array>();
  for (const [name, array] of raw.arrays) arrays.set(name, decodeArray(array));
  return { header: raw.header, arrays };
}
