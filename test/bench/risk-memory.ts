/**
 * Run by risk.ts in a child process of its own, so that the peak resident memory it reports is
 * this analysis's alone: risk of 1,000 runs × 6,000 months, with the range set named by the
 * argument. Prints one JSON line: the median time of three analyses, the resident memory before
 * them and the peak (maxRSS) during them.
 */
import { resourceUsage } from 'node:process';
import { risk } from '../../src/engine/index';
import { RANGE_SETS, benchScenario } from './risk-scenarios';
import { medians } from './timing';

const MB = 2 ** 20;
const set = RANGE_SETS.find((name) => name === process.argv[2]) ?? RANGE_SETS[0];
const s = benchScenario(6000, 1000, set);
// Warm up on a small analysis of the same scenario: compiled code, not this one's memory.
risk({ ...s, uncertainty: { ...s.uncertainty, runs: 20 } });
const before = process.memoryUsage().rss / MB;
const { wall: ms, cpu: cpuMs } = medians(() => risk(s), 0, 3);
// maxRSS is in kilobytes (Node docs): the high-water mark of the process so far.
const peak = (resourceUsage().maxRSS * 1024) / MB;
console.log(JSON.stringify({ ms, cpuMs, beforeMb: before, peakMb: peak }));
