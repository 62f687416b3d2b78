import type { LoadIssue } from '@datacites/core';
import type { FeatureCollection, Position } from 'geojson';
import type { CatchmentReply, CatchmentRequest } from './catchment-messages.js';

/** A computed area and the issues of the points left out of it. */
export interface CatchmentArea {
  /** One (Multi)Polygon feature, or none when there was no point. */
  readonly area: FeatureCollection;
  /** `invalid_point` issues (points without a valid position, hence without a circle). */
  readonly issues: readonly LoadIssue[];
}

/** Computes catchment areas in a module Web Worker, one request at a time. */
export interface CatchmentWorker {
  /**
   * The area within `radius` metres of `points`. A later call supersedes this one: the worker
   * computing it is stopped, and this promise resolves to `'superseded'` instead of an area.
   * Rejects when the worker fails: the error's message says why, or is empty when the browser
   * gives no reason (a worker script that could not be loaded).
   */
  compute(points: readonly Position[], radius: number): Promise<CatchmentArea | 'superseded'>;
}

/** What is waiting for the worker's answer. */
interface Pending {
  readonly id: number;
  readonly resolve: (result: CatchmentArea | 'superseded') => void;
  readonly reject: (error: Error) => void;
}

/**
 * Starts the area computations off the main thread (`catchment-worker.ts`). Only the latest
 * request counts: starting one while another is computing terminates the busy worker (its work
 * is no longer wanted) and starts a fresh one, so a stale area never comes back. No points gives
 * an empty area at once, without the worker.
 *
 * @example
 * ```ts
 * const areas = catchmentWorker();
 * const result = await areas.compute(day.frequentPoints, 400);
 * if (result !== 'superseded') show(result.area);
 * ```
 */
export function catchmentWorker(): CatchmentWorker {
  let worker: Worker | undefined;
  let pending: Pending | undefined;
  let lastId = 0;

  const stop = () => {
    worker?.terminate();
    worker = undefined;
  };
  const fail = (message: string) => {
    const waiting = pending;
    pending = undefined;
    stop();
    waiting?.reject(new Error(message));
  };
  const start = () => {
    const started = new Worker(new URL('./catchment-worker.ts', import.meta.url), {
      type: 'module',
    });
    started.onmessage = (event: MessageEvent<CatchmentReply>) => {
      const reply = event.data;
      const waiting = pending;
      if (!waiting || reply.id !== waiting.id) return;
      pending = undefined;
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve({ area: reply.area, issues: reply.issues });
    };
    // A worker that cannot load or throws outside `catchmentReply`: reported as a failed request,
    // not as an uncaught error.
    started.onerror = (event) => {
      event.preventDefault();
      fail(event.message ?? '');
    };
    started.onmessageerror = () => fail('');
    return started;
  };

  return {
    compute(points, radius) {
      if (pending) {
        const superseded = pending;
        pending = undefined;
        stop();
        superseded.resolve('superseded');
      }
      if (points.length === 0)
        return Promise.resolve({ area: { type: 'FeatureCollection', features: [] }, issues: [] });
      const id = ++lastId;
      const target = worker ?? start();
      worker = target;
      return new Promise((resolve, reject) => {
        pending = { id, resolve, reject };
        target.postMessage({ id, points, radius } satisfies CatchmentRequest);
      });
    },
  };
}
