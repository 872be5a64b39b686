#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import"./chunks/chunk-PPNRJ3QA.js";import{b as e}from"./chunks/chunk-JUKQKVKT.js";import"./chunks/chunk-JAH4GLUG.js";import"./chunks/chunk-TZN7URKK.js";function t(r){process.exitCode=r,process.stdout.write("",()=>process.stderr.write("",()=>process.exit(r)))}var o=new URL("./read-worker.js",import.meta.url);e(o);var{runCli:s}=await import("./chunks/run-NWHPDKJH.js");t(await s(process.argv.slice(2),process,{readWorker:o}));
