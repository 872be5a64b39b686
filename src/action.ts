import { run } from './github/run.js';

await run();
