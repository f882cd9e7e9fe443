import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type FakeGraph, type FakeGraphBehaviour, startFakeGraph } from '../src/fake-graph';

/**
 * The stand-in for Meta, one per test file: started before the file, closed after it, and set back to
 * `behaviour` with no calls recorded before each test. The object answers for it once the file runs.
 */
export function useFakeGraph(behaviour: FakeGraphBehaviour = {}): FakeGraph {
  let graph: FakeGraph | undefined;
  beforeAll(async () => {
    graph = await startFakeGraph(behaviour);
  });
  afterAll(async () => {
    await graph?.close();
  });
  beforeEach(() => {
    graph?.configure(behaviour);
    graph?.calls.splice(0);
  });
  const started = () => {
    if (!graph) throw new Error('the stand-in starts before the tests run');
    return graph;
  };
  return {
    get url() {
      return started().url;
    },
    get calls() {
      return started().calls;
    },
    configure: (next) => started().configure(next),
    close: () => started().close(),
  };
}
