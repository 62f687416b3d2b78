// Module Web Worker: computes the area within the radius of the frequent stops, which takes
// seconds on a city's network, so that the page keeps drawing meanwhile (see catchment-client.ts).
import { type CatchmentRequest, catchmentReply } from './catchment-messages.js';

/** The part of the worker's global scope this script uses (the project's types are the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CatchmentRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(catchmentReply(event.data));
