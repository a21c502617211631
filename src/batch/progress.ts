import cliProgress from 'cli-progress';

export interface Progress {
  tick(failed: boolean): void;
  stop(): void;
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/**
 * A bar with count, rate and ETA on a terminal; on a pipe or a log file,
 * one plain line every few seconds (and at the end), since redrawn bars are noise there.
 */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr, intervalMs = 5000): Progress {
  let done = 0;
  let failed = 0;
  const started = Date.now();
  const rate = () => done / Math.max(0.001, (Date.now() - started) / 1000);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream,
      format: '{bar} {value}/{total} · {rate}/s · ETA {eta_formatted} · {failed} failed',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    });
    bar.start(total, 0, { rate: '0.0', failed: 0 });
    return {
      tick(f) {
        done++;
        if (f) failed++;
        bar.update(done, { rate: rate().toFixed(1), failed });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  const line = () => {
    const r = rate();
    stream.write(`spinscope: ${done}/${total} done, ${failed} failed, ${r.toFixed(1)}/s, ETA ${formatSeconds((total - done) / r)}\n`);
  };
  return {
    tick(f) {
      done++;
      if (f) failed++;
      if (Date.now() - last >= intervalMs || done === total) {
        last = Date.now();
        line();
      }
    },
    stop: () => undefined,
  };
}

export { formatSeconds };
