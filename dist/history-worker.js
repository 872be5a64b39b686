import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
<<<<<<< HEAD
import{F as n,u as t}from"./chunks/chunk-AO3PQVXE.js";import"./chunks/chunk-6AVOTJRF.js";import"./chunks/chunk-ICLBDCYJ.js";import"./chunks/chunk-TZN7URKK.js";import{parentPort as a,workerData as k}from"node:worker_threads";var s=a;if(s){let{options:i,readWorker:o}=k,e=r=>s.postMessage(r);n({...i,...o?{readWorker:new URL(o)}:{}}).then(r=>e({result:r}),r=>e({error:r instanceof Error?r.message:String(r),git:r instanceof t}))}
=======
import{F as n,u as t}from"./chunks/chunk-3NDYQ5XE.js";import"./chunks/chunk-Y4FPK562.js";import"./chunks/chunk-ICLBDCYJ.js";import"./chunks/chunk-TZN7URKK.js";import{parentPort as a,workerData as k}from"node:worker_threads";var s=a;if(s){let{options:i,readWorker:o}=k,e=r=>s.postMessage(r);n({...i,...o?{readWorker:new URL(o)}:{}}).then(r=>e({result:r}),r=>e({error:r instanceof Error?r.message:String(r),git:r instanceof t}))}
>>>>>>> trap31
