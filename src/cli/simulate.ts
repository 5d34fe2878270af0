/**
 * Command-line simulator: `npm run --silent simulate -- FILE...` (run with tsx). See USAGE in
 * run-simulate.ts and the README. This file only connects the logic to the real process.
 */
import { main } from './main';
import { runSimulate } from './run-simulate';

main('simulate', runSimulate);
