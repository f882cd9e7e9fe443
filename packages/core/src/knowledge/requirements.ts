import { defineRequirement as requirement } from './define';
import type { Requirement } from './types';

const attest = { kind: 'attestation' } as const;
/** The sentence beside the checkbox says it all: no description repeats it. */
const said = { described: false } as const;

/**
 * The seed's five requirements (Z1) and Meta's preconditions for a move between providers (DOMAIN.md
 * §6.1). What no browser can see (IVR, bans, two-step verification) is attested by the user; what the
 * user types is validated; admin rights are asked of the host when it can answer.
 */
export const REQUIREMENTS: readonly Requirement[] = [
  // The number (R1-R3)
  requirement('phone-number', 'number', { kind: 'input', fields: ['phoneNumber'], rule: 'phone-number' }, [
    'Z1',
    'M1',
    'T6',
  ]),
  requirement('receive-verification-code', 'number', attest, ['Z1', 'M1', 'M5'], said),
  requirement('international-reception', 'number', attest, ['Z1', 'M5']),
  requirement('ivr-disabled', 'number', attest, ['Z1', 'M5', 'T1']),
  // Access (R5, R6)
  requirement('provider-admin', 'access', { kind: 'host-check' }, ['Z1']),
  requirement('meta-business-admin', 'access', { kind: 'host-check' }, ['Z1', 'D3', 'BL1']),
  // Meta's preconditions (R7-R12, R19-R21)
  // The step that asks for it says who turns it off and that the new side cannot.
  requirement('two-step-verification-off', 'meta-rules', attest, ['M1', 'M2', 'M6', 'Z1'], said),
  requirement(
    'same-business-manager',
    'meta-rules',
    { kind: 'input', fields: ['currentBusinessManagerId', 'newBusinessManagerId'], rule: 'same-business-manager' },
    ['Z1', 'M3', 'B1', 'D2'],
  ),
  requirement(
    'same-display-name',
    'meta-rules',
    { kind: 'input', fields: ['currentDisplayName', 'newDisplayName'], rule: 'same-display-name' },
    ['Z1', 'M2', 'BR1'],
  ),
  requirement('display-name-approved', 'meta-rules', attest, ['M1', 'M2', 'M3'], said),
  requirement('not-on-whatsapp-app', 'meta-rules', attest, ['M1', 'M5', 'M14']),
  requirement('not-test-number', 'meta-rules', attest, ['M1', 'M2'], said),
  requirement('not-banned', 'meta-rules', attest, ['Z1', 'M5', 'M10']),
  // Meta's other paths (DOMAIN.md §1.3, §8.3)
  requirement('business-verified', 'meta-rules', attest, ['M1', 'M2', 'BR1'], said),
  requirement('owns-waba', 'meta-rules', attest, ['M13', 'M18']),
  requirement('destination-waba-ready', 'meta-rules', { kind: 'host-check' }, ['M1', 'M2', 'M3']),
  requirement('business-app-version', 'number', attest, ['TX1'], said),
  requirement('app-payment-methods-removed', 'number', attest, ['GS3'], said),
  // Leaving a provider (D5, K1, M13)
  requirement('old-provider-invoices-settled', 'billing', attest, ['D5', 'K1', 'K4']),
  // The credit line is the new provider's: the portal can answer; else the user confirms what it was told.
  requirement('credit-line-currency-matches', 'billing', { kind: 'host-check' }, ['M13']),
];
