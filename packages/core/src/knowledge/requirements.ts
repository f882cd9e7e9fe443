import { defineRequirement as requirement } from './define';
import type { Requirement } from './types';

const attest = { kind: 'attestation' } as const;

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
  requirement('receive-verification-code', 'number', attest, ['Z1', 'M1', 'M5']),
  requirement('international-reception', 'number', attest, ['Z1', 'M5']),
  requirement('ivr-disabled', 'number', attest, ['Z1', 'M5', 'T1']),
  // Access (R5, R6)
  requirement('provider-admin', 'access', { kind: 'host-check' }, ['Z1']),
  requirement('meta-business-admin', 'access', { kind: 'host-check' }, ['Z1', 'D3', 'BL1']),
  // Meta's preconditions (R7-R12, R19-R21)
  requirement('two-step-verification-off', 'meta-rules', attest, ['M1', 'M2', 'M6', 'Z1']),
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
  requirement('display-name-approved', 'meta-rules', attest, ['M1', 'M2', 'M3']),
  requirement('not-on-whatsapp-app', 'meta-rules', attest, ['M1', 'M5', 'M14']),
  requirement('not-test-number', 'meta-rules', attest, ['M1', 'M2']),
  requirement('not-banned', 'meta-rules', attest, ['Z1', 'M5', 'M10']),
];
