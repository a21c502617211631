/**
 * The detector's multiply-add over int16 weights in WebAssembly SIMD, two
 * techniques per instruction. For every feature k with counts[k] > 0, in order:
 *
 *   z[c] += Math.fround(q[j·W + c] · scale[c]) · x[k]      (j = features[k], every c)
 *
 * in the same IEEE double operations as the JavaScript loop (int16 → double is
 * exact, `f32x4.demote_f64x2_zero` then `f64x2.promote_low_f32x4` is
 * Math.fround, no fused multiply-add), so the same bits; only the lanes run
 * side by side. test/techniques/weight-matrix.test.ts holds the two paths
 * together. The module is assembled here from its opcodes (a few hundred
 * bytes: no toolchain, nothing to build); where WebAssembly SIMD is missing,
 * `simdKernel` answers undefined and the caller keeps its JavaScript loop.
 *
 * Memory layout (one memory per weight matrix): the matrix at 0, W = 2·G int16
 * per row (G lane pairs; the padding columns have scale 0), then G·16 bytes of
 * scales, G·16 bytes of z, 16 bytes of slack (a row's last 8-byte load may
 * reach past it), then the per-call work area: features (i32), counts (i32),
 * values (f64), for up to WORK_CAPACITY features.
 */

const SIMD = 0xfd;
const op = {
  block: 0x02, loop: 0x03, end: 0x0b, br: 0x0c, brIf: 0x0d,
  localGet: 0x20, localSet: 0x21,
  i32Load: 0x28, f64Load: 0x2b, i32Const: 0x41,
  i32GeU: 0x4f, i32LeS: 0x4c, i32Add: 0x6a, i32Mul: 0x6c, i32Shl: 0x74,
};
const simd = {
  load: [SIMD, 0x00], load16x4s: [SIMD, 0x03], store: [SIMD, 0x0b], f64x2Splat: [SIMD, 0x14],
  demote: [SIMD, 0x5e], promote: [SIMD, 0x5f], f64x2Add: [SIMD, 0xf0, 0x01], f64x2Mul: [SIMD, 0xf2, 0x01],
  convertLow: [SIMD, 0xfe, 0x01],
};

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
}

const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => vec([...s].map((c) => [c.charCodeAt(0)]));
/** memarg: alignment exponent and offset. */
const mem = (align: number, offset: number): number[] => [...uleb(align), ...uleb(offset)];

/** The module for G lane pairs (2·G techniques, padded). */
export function kernelBytes(G: number): Uint8Array {
  // params 0..6: nd, features, values, counts, matrix, scales, z; locals: k, row, x, z_g…, s_g…
  const [ND, F, V, C, M, S, Z] = [0, 1, 2, 3, 4, 5, 6];
  const K = 7;
  const ROW = 8;
  const X = 9;
  const zAt = (g: number): number => 10 + g;
  const sAt = (g: number): number => 10 + G + g;
  const get = (i: number): number[] => [op.localGet, ...uleb(i)];
  const set = (i: number): number[] => [op.localSet, ...uleb(i)];
  const at = (base: number, shift: number): number[] => [...get(base), ...get(K), op.i32Const, ...sleb(shift), op.i32Shl, op.i32Add];
  const code: number[] = [];
  for (let g = 0; g < G; g++) code.push(...get(Z), ...simd.load, ...mem(3, 16 * g), ...set(zAt(g)));
  for (let g = 0; g < G; g++) code.push(...get(S), ...simd.load, ...mem(3, 16 * g), ...set(sAt(g)));
  code.push(op.block, 0x40, op.loop, 0x40);
  code.push(...get(K), ...get(ND), op.i32GeU, op.brIf, 1);
  code.push(op.block, 0x40);
  code.push(...at(C, 2), op.i32Load, ...mem(2, 0), op.i32Const, 0, op.i32LeS, op.brIf, 0);
  code.push(...get(M), ...at(F, 2), op.i32Load, ...mem(2, 0), op.i32Const, ...sleb(4 * G), op.i32Mul, op.i32Add, ...set(ROW));
  code.push(...at(V, 3), op.f64Load, ...mem(3, 0), ...simd.f64x2Splat, ...set(X));
  for (let g = 0; g < G; g++) {
    code.push(...get(zAt(g)));
    code.push(...get(ROW), ...simd.load16x4s, ...mem(1, 4 * g), ...simd.convertLow);
    code.push(...get(sAt(g)), ...simd.f64x2Mul, ...simd.demote, ...simd.promote);
    code.push(...get(X), ...simd.f64x2Mul, ...simd.f64x2Add, ...set(zAt(g)));
  }
  code.push(op.end);
  code.push(...get(K), op.i32Const, 1, op.i32Add, ...set(K), op.br, 0);
  code.push(op.end, op.end);
  for (let g = 0; g < G; g++) code.push(...get(Z), ...get(zAt(g)), ...simd.store, ...mem(3, 16 * g));
  code.push(op.end);
  const I32 = 0x7f;
  const V128 = 0x7b;
  const locals = vec([[...uleb(2), I32], [...uleb(1 + 2 * G), V128]]);
  const body = [...locals, ...code];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, ...vec(Array.from({ length: 7 }, () => [I32])), 0x00]])),
    ...section(2, vec([[...name('m'), ...name('memory'), 0x02, 0x00, ...uleb(1)]])),
    ...section(3, vec([[0x00]])),
    ...section(7, vec([[...name('accumulate'), 0x00, 0x00]])),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ]);
}

/** The part of the WebAssembly API used here (the project's TypeScript libs do not declare it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmInstance {
  readonly exports: Record<string, unknown>;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => WasmInstance;
  Memory: new (descriptor: { initial: number }) => WasmMemory;
}
const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

type Accumulate = (nd: number, features: number, values: number, counts: number, matrix: number, scales: number, z: number) => void;

const modules = new Map<number, object | null>();
function moduleFor(G: number): object | undefined {
  if (!modules.has(G)) {
    const bytes = kernelBytes(G);
    modules.set(G, wasm && wasm.validate(bytes) ? new wasm.Module(bytes) : null);
  }
  return modules.get(G) ?? undefined;
}

const PAGE = 65536;
/** Distinct features of one paragraph the work area holds (16 bytes each); a longer paragraph runs the JavaScript loop. */
const WORK_CAPACITY = 32_768;

/** An int16 weight matrix living in a wasm memory, with the kernel that multiplies it. */
export class SimdKernel {
  /** The weights, W per row (read them as the matrix). */
  readonly ints: Int16Array;
  private readonly run: Accumulate;
  private readonly scalesAt: number;
  private readonly zAt: number;
  private readonly workAt: number;
  private readonly i32: Int32Array;
  private readonly f64: Float64Array;

  private constructor(
    private readonly memory: WasmMemory,
    instance: WasmInstance,
    readonly width: number,
    rows: number,
    private readonly lanePairs: number,
  ) {
    this.run = instance.exports.accumulate as Accumulate;
    const matrixBytes = rows * width * 2;
    this.scalesAt = Math.ceil(matrixBytes / 16) * 16;
    this.zAt = this.scalesAt + 16 * lanePairs;
    this.workAt = this.zAt + 16 * lanePairs + 16;
    this.ints = new Int16Array(memory.buffer, 0, rows * width);
    this.i32 = new Int32Array(memory.buffer);
    this.f64 = new Float64Array(memory.buffer);
  }

  /** A kernel for `rows` rows of T techniques (undefined without WebAssembly SIMD). */
  static create(rows: number, T: number, scales: Float64Array): SimdKernel | undefined {
    const G = Math.ceil(T / 2);
    const module = moduleFor(G);
    if (!module) return undefined;
    const width = 2 * G;
    const bytes = Math.ceil((rows * width * 2) / 16) * 16 + 32 * G + 16 + 16 * WORK_CAPACITY;
    const memory = new wasm!.Memory({ initial: Math.ceil(bytes / PAGE) });
    const instance = new wasm!.Instance(module, { m: { memory } });
    const kernel = new SimdKernel(memory, instance, width, rows, G);
    new Float64Array(memory.buffer, kernel.scalesAt, width).set(scales);
    return kernel;
  }

  /**
   * See the module comment; z holds T values (T ≤ width). False when the
   * paragraph has more distinct features than the work area holds (the
   * caller then runs its own loop): the memory never grows, so the views on
   * it, `ints` among them, stay valid.
   */
  accumulate(features: ArrayLike<number> & { length: number }, values: Float64Array, counts: Int32Array, z: Float64Array): boolean {
    const nd = features.length;
    if (nd > WORK_CAPACITY) return false;
    const { i32, f64 } = this;
    i32.set(features as Int32Array, this.workAt >> 2);
    i32.set(counts.subarray(0, nd), (this.workAt >> 2) + nd);
    const valuesAt = this.workAt + 8 * nd;
    f64.set(values.subarray(0, nd), valuesAt >> 3);
    const zAt = this.zAt >> 3;
    f64.set(z, zAt);
    this.run(nd, this.workAt, valuesAt, this.workAt + 4 * nd, 0, this.scalesAt, this.zAt);
    for (let c = 0; c < z.length; c++) z[c] = f64[zAt + c]!;
    return true;
  }
}
