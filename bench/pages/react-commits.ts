/**
 * Which React components render in each commit, read the way React DevTools reads it: a
 * `__REACT_DEVTOOLS_GLOBAL_HOOK__` that React finds when it loads, so this runs as its own classic script
 * before the page's. React's production build still injects itself into the hook and calls onCommitFiberRoot
 * (that is how DevTools inspects production sites) and still marks the fibers that rendered, so the page keeps
 * the production build the other pages measure.
 */

/** The fiber fields read here; React's internals, stable since React 16 and read by DevTools the same way. */
interface Fiber {
  readonly tag: number;
  readonly type: unknown;
  readonly elementType: unknown;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
  readonly return: Fiber | null;
  readonly alternate: Fiber | null;
  readonly flags: number;
  /** The DOM node, on host fibers. */
  readonly stateNode: unknown;
}

interface FiberRoot {
  readonly current: Fiber;
}

/** What rendered since the last reset. */
export interface CommitReading {
  readonly commits: number;
  /** Component renders, a component that rendered in two commits counting twice. */
  readonly renders: number;
  /** The name of each distinct component that rendered, once per component instance. */
  readonly rendered: readonly string[];
  /** Component instances in the tree as last committed. */
  readonly mounted: number;
  /** Of the rendered instances, those whose DOM lies inside the element asked about (none asked: 0). */
  readonly renderedWithin: number;
  /** Anything that went wrong in the hook; React swallows what the hook throws. */
  readonly errors: readonly string[];
}

export interface CommitCounter {
  /** Commits since the page loaded, to tell when React has gone quiet. */
  readonly total: number;
  reset(): void;
  /** `within`: a selector for the element whose own components are counted apart, e.g. one field. */
  read(within?: string): CommitReading;
}

declare global {
  interface Window {
    benchCommits: CommitCounter;
  }
}

// React's work tags (ReactWorkTags.js). MemoComponent (14) is left out: the component it wraps is its child
// fiber and is counted there, so counting the wrapper too would count one component twice.
const COMPONENT_TAGS: ReadonlySet<number> = new Set([
  0, // FunctionComponent
  1, // ClassComponent
  11, // ForwardRef
  15, // SimpleMemoComponent: memo() around a plain function, one fiber
]);
/** ReactFiberFlags.PerformedWork: set on a fiber whose component ran in this render, cleared when it is cloned. */
const PERFORMED_WORK = 1;

const described = (type: unknown): string | undefined => {
  if ((typeof type !== 'object' && typeof type !== 'function') || type === null) return undefined;
  const t = type as { displayName?: unknown; name?: unknown; render?: unknown };
  if (typeof t.displayName === 'string' && t.displayName) return t.displayName;
  if (typeof t.name === 'string' && t.name) return t.name;
  return described(t.render);
};

const nameOf = (fiber: Fiber) =>
  described(fiber.elementType) ?? described(fiber.type) ?? `anonymous (tag ${fiber.tag})`;

/**
 * Calls `use` for every component fiber React worked on in the commit whose tree starts at `fiber`. A fiber
 * was worked on if it is new, or if its parent was worked on and gave it a fresh child list; a subtree React
 * bailed out of keeps the previous commit's child list (`child === alternate.child`) and is skipped whole,
 * as DevTools does, since its flags are stale.
 */
function walkWorked(fiber: Fiber, mounting: boolean, use: (fiber: Fiber) => void): void {
  for (let node: Fiber | null = fiber; node !== null; node = node.sibling) {
    const mounted = mounting || node.alternate === null;
    if (COMPONENT_TAGS.has(node.tag) && (mounted || (node.flags & PERFORMED_WORK) !== 0)) use(node);
    if (node.child !== null && (mounted || node.child !== node.alternate?.child)) {
      walkWorked(node.child, mounted, use);
    }
  }
}

function countComponents(fiber: Fiber | null): number {
  let count = 0;
  for (let node = fiber; node !== null; node = node.sibling) {
    if (COMPONENT_TAGS.has(node.tag)) count++;
    count += countComponents(node.child);
  }
  return count;
}

/** The DOM a component stands for: its first element, or for one that renders nothing, where it sits. */
function anchorOf(fiber: Fiber): Node | null {
  const below = (node: Fiber | null): Node | null => {
    for (let f = node; f !== null; f = f.sibling) {
      if (f.stateNode instanceof Node) return f.stateNode;
      const found = below(f.child);
      if (found) return found;
    }
    return null;
  };
  const own = below(fiber.child);
  if (own) return own;
  for (let f = fiber.return; f !== null; f = f.return) if (f.stateNode instanceof Node) return f.stateNode;
  return null;
}

function install(): CommitCounter {
  let total = 0;
  let commits = 0;
  let renders = 0;
  let lastRoot: FiberRoot | null = null;
  let errors: string[] = [];
  // A component is two fibers that take turns (current and alternate); both map to one instance.
  let instances = new WeakSet<Fiber>();
  let rendered: Fiber[] = [];

  const onCommit = (root: FiberRoot) => {
    total++;
    commits++;
    lastRoot = root;
    // The HostRoot is always worked on; from there only what React rendered.
    walkWorked(root.current, false, (fiber) => {
      renders++;
      if (instances.has(fiber) || (fiber.alternate && instances.has(fiber.alternate))) return;
      instances.add(fiber);
      if (fiber.alternate) instances.add(fiber.alternate);
      rendered.push(fiber);
    });
  };

  let renderers = 0;
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    configurable: true,
    value: {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject: () => ++renderers,
      checkDCE: () => undefined,
      onScheduleFiberRoot: () => undefined,
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
      onCommitFiberRoot(_renderer: number, root: FiberRoot) {
        try {
          onCommit(root);
        } catch (error) {
          errors.push(String(error));
        }
      },
    },
  });

  return {
    get total() {
      return total;
    },
    reset() {
      commits = 0;
      renders = 0;
      errors = [];
      instances = new WeakSet();
      rendered = [];
    },
    read(within) {
      if (renderers === 0) errors.push('React never injected itself into the hook (loaded before it?)');
      const element = within === undefined ? null : document.querySelector(within);
      if (within !== undefined && !element) errors.push(`nothing matches ${within}`);
      return {
        commits,
        renders,
        rendered: rendered.map(nameOf),
        mounted: countComponents(lastRoot?.current ?? null),
        renderedWithin: element ? rendered.filter((fiber) => element.contains(anchorOf(fiber))).length : 0,
        errors: [...errors],
      };
    },
  };
}

window.benchCommits = install();
