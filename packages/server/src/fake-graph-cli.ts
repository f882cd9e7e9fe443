import { parseArgs } from 'node:util';
import { startFakeGraph } from './fake-graph';

/**
 * `wamigrate-fake-graph`: the local stand-in for Meta's Graph API, for trying live mode on one's machine.
 * It is not Meta; it answers as Meta documents and misbehaves when told to.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4100' },
    host: { type: 'string', default: '127.0.0.1' },
    'access-token': { type: 'string', default: 'fake-token' },
    'two-step-on': { type: 'boolean', default: false },
    code: { type: 'string', default: '123456' },
    'pin-mismatch': { type: 'boolean', default: false },
    'registrations-before': { type: 'string', default: '0' },
    'slow-ms': { type: 'string', default: '0' },
    'verified-name': { type: 'string', default: 'Acme Coffee' },
  },
});

const graph = await startFakeGraph(
  {
    accessToken: values['access-token'],
    twoStepOn: values['two-step-on'],
    code: values.code,
    pinMismatch: values['pin-mismatch'],
    registrationsBefore: Number(values['registrations-before']),
    slowMs: Number(values['slow-ms']),
    verifiedName: values['verified-name'],
  },
  { port: Number(values.port), host: values.host },
);
// The default token is the stand-in's own; one given on the command line is not echoed back.
const token = values['access-token'] === 'fake-token' ? 'the token "fake-token"' : 'the token you gave';
console.log(`A stand-in for Meta's Graph API (not Meta) at ${graph.url}; it accepts ${token}.`);
const stop = () => {
  void graph.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
