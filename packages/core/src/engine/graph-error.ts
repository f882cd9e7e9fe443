import { UNSAFE_CHARACTERS } from '../validation/text';
import { PORTAL_CODE_PREFIX, PORTAL_REFUSAL_CODES } from './live';

/** Meta's error as the guide acts on it: the code to look up first, and what to show for support. */
export interface GraphError {
  /**
   * The code to act on: `error_subcode` when Meta gave one (the migration codes 2388xxx arrive under
   * `code: 100`), else `code`. Digits exactly as reported; any other text, cleaned; `?` when there is none.
   */
  readonly code: string;
  /** Meta's top-level `code` when a subcode was given (`100`). */
  readonly parentCode?: string;
  /** `error_user_title`: the only thing that tells the nine causes of 2388103 apart (a hint, M3). */
  readonly userTitle?: string;
  readonly userMessage?: string;
  /** `error_data.details`: what Meta advises acting on, with the code. */
  readonly details?: string;
  /** `fbtrace_id`, for the provider's or Meta's support. */
  readonly traceId?: string;
}

const MAX_CODE_LENGTH = 40;
const MAX_TEXT_LENGTH = 500;
const UNSAFE_GLOBAL = new RegExp(UNSAFE_CHARACTERS.source, 'gu');
/**
 * A code as people and logs write it: `133016`, `#133016`, `(#2388103) Unable to …`, full width. The digits
 * must end there: `1e21`, `133016.5` and `133016abc` are not 1 or 133016.
 */
const LEADING_CODE = /^\(?\s*#?\s*(\d+)(?![\p{L}\p{N}_]|[.,]\d)/u;

type Bag = Readonly<Record<string, unknown>>;
const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Text from a host or from Meta, without control or direction-override characters, cut to a sane length. */
export function cleanText(value: unknown, max = MAX_TEXT_LENGTH): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(UNSAFE_GLOBAL, ' ').trim().slice(0, max);
  return text === '' ? undefined : text;
}

/** The code in a number or a string, as written; undefined when there is none. */
function codeOf(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFKC').replace(UNSAFE_GLOBAL, '').trim();
  const digits = LEADING_CODE.exec(text)?.[1];
  if (digits !== undefined && digits.length <= MAX_CODE_LENGTH) return digits;
  if (text === '') return undefined;
  // Cut, a long text is marked as cut, so it can never read as a shorter code (or as another one).
  return text.length <= MAX_CODE_LENGTH ? text : `${text.slice(0, MAX_CODE_LENGTH - 1)}…`;
}

/** A Graph body pasted as text (a log line, a support ticket) is read as the body it is. */
function parsedJson(text: string): unknown {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads an error in whatever form it reaches the guide: Meta's Graph body (`{ error: { code, error_subcode,
 * error_user_title, error_user_msg, error_data: { details }, fbtrace_id, message } }`), its inner object, the
 * body as JSON text, or a bare code (`133016`, `'#133016'`, `'(#2388103) Unable to migrate …'`, full-width
 * digits). Never throws: anything else gives the code `?`.
 */
export function parseGraphError(input: unknown): GraphError {
  const json = typeof input === 'string' ? parsedJson(input) : undefined;
  const body = json ?? input;
  const inner = isBag(body) && isBag(body.error) ? body.error : isBag(body) ? body : undefined;
  if (!inner) return { code: codeOf(input) ?? '?' };
  const sub = codeOf(inner.error_subcode);
  // A code may sit only in Meta's message: "(#131031) Business Account locked".
  const top = codeOf(inner.code) ?? (typeof inner.message === 'string' ? codeOfMessage(inner.message) : undefined);
  const data = isBag(inner.error_data) ? inner.error_data : undefined;
  const traceId = cleanText(inner.fbtrace_id, 64);
  const fields = {
    ...(sub !== undefined && top !== undefined && top !== sub ? { parentCode: top } : {}),
    ...optional('userTitle', cleanText(inner.error_user_title)),
    ...optional('userMessage', cleanText(inner.error_user_msg)),
    ...optional('details', cleanText(data?.details) ?? cleanText(inner.error_data)),
    ...optional('traceId', traceId && /^[\w-]+$/u.test(traceId) ? traceId : undefined),
  };
  // The portal's server refuses in Meta's shape with a code of its own and no Meta code. Its mark on what
  // Meta answered (or did not: a timeout) is not a refusal of its own, and reads as Meta's or the network's.
  const portal = (PORTAL_REFUSAL_CODES as readonly unknown[]).includes(inner.wamigrate_code)
    ? `${PORTAL_CODE_PREFIX}${inner.wamigrate_code as string}`
    : undefined;
  return { code: sub ?? top ?? portal ?? '?', ...fields };
}

function codeOfMessage(message: string): string | undefined {
  const digits = /\(#(\d+)\)/u.exec(message.normalize('NFKC'))?.[1];
  return digits !== undefined && digits.length <= MAX_CODE_LENGTH ? digits : undefined;
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

/** Meta's user titles compare loosely: width, case, quotes and spacing do not matter. */
export const normaliseTitle = (title: string) =>
  title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’'"“”]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
