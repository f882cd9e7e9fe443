import fc from 'fast-check';

// Property tests run on a fixed seed so CI is repeatable; FC_SEED=<n> explores other inputs, and a failure
// prints the seed and path that reproduce it.
const seed = process.env.FC_SEED === undefined ? 20261124 : Number(process.env.FC_SEED);
fc.configureGlobal({ seed, numRuns: 300 });
