/**
 * Command-line risk analysis: `npm run --silent risk -- FILE...` (run with tsx). See RISK_USAGE
 * in run-risk.ts and the README. This file only connects the logic to the real process.
 */
import { main } from './main';
import { runRisk } from './run-risk';

main('risk', runRisk);
