import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Timed {
  ok: boolean;
  /** Wall-clock seconds. */
  seconds: number;
  /** Peak resident memory of the process tree's largest process, MiB (from GNU time), or undefined. */
  peakMiB?: number;
  /** Last lines of output when it failed. */
  error?: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Run a command, measuring wall time and (with GNU time installed) peak RSS. `reportedPeak` reads a peak in MiB
 * that the command prints for a process GNU time cannot see (one it detaches, e.g. Pagefind's binary under its
 * Node API). The two run at the same time, so the step's peak is given as their sum (an upper bound of what they
 * held together; the larger of the two, reported before, hid about 0.47 GiB of the 1000x index step).
 */
export function timedRun(cmd: string, args: string[], cwd: string, timeoutMs: number, reportedPeak?: RegExp): Timed {
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const report = join(dir, 'time.txt');
  const useTime = existsSync(GNU_TIME);
  const start = process.hrtime.bigint();
  const r = useTime
    ? spawnSync(GNU_TIME, ['-f', '%e %M', '-o', report, cmd, ...args], { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 28, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 28, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let peakMiB: number | undefined;
  if (useTime && existsSync(report)) {
    const last = readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
    const kb = Number(last.split(' ')[1]);
    if (Number.isFinite(kb)) peakMiB = Math.round(kb / 1024);
  }
  rmSync(dir, { recursive: true, force: true });
  const ok = r.status === 0;
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const reported = reportedPeak ? Number(reportedPeak.exec(output)?.[1]) : NaN;
  if (Number.isFinite(reported)) peakMiB = (peakMiB ?? 0) + reported;
  const error = ok ? undefined : r.error?.message.includes('ETIMEDOUT') || r.signal ? `stopped after ${Math.round(timeoutMs / 1000)} s (${r.signal ?? 'timeout'})` : lastError(output);
  return { ok, seconds, peakMiB, error };
}

/** The most telling line of a failed build's output. */
function lastError(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /error|exceeds|invalid|Cannot|heap/i.test(l)) ?? lines.at(-1) ?? 'failed').slice(0, 200);
}
