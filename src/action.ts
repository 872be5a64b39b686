import './heap.js';
import { run } from './github/run.js';

await run();
