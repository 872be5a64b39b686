#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{d as w,e as y,f as b,h as u,j as x,l as E,m,n as O,o as $,p as S,q as g,r as F}from"./chunks/chunk-342ZOU7P.js";import"./chunks/chunk-K6VZPPAH.js";import{k as v}from"./chunks/chunk-AMCDTOMU.js";import"./chunks/chunk-TZN7URKK.js";function A(i){process.exitCode=i,process.stdout.write("",()=>process.stderr.write("",()=>process.exit(i)))}import{stat as q,writeFile as U}from"node:fs/promises";import{parseArgs as _}from"node:util";var R=["mismatch","review","never"],a=class extends Error{},k=`Usage: backend-fit [path] [options]
       backend-fit history [path] [options]   fit over time (see history --help)

Scans a repository and tells whether its Node.js or Python backend still fits,
scored on the criteria of the "Node.js vs Python" guide.

Options:
  -f, --format <fmt>     text (default), json, markdown or sarif
  -o, --output <file>    write the report to a file instead of stdout
  -c, --config <file>    config file, relative to path and inside it (links out of the
                         scanned folder are refused); default: ${u}
                         under path, used when present
      --fail-on <when>   mismatch, review or never; exit 1 when it fails. The CLI's default
                         is never (report only); the GitHub Action's default is mismatch
      --base <ref>       also analyse a git ref and report what changed since it
  -q, --quiet            no progress, no warnings on stderr
      --color/--no-color force colours on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 passed, 1 policy failed, 2 usage or config error.`;function H(i){let o;try{o=_({args:i,allowPositionals:!0,options:{format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},"fail-on":{type:"string"},base:{type:"string"},quiet:{type:"boolean",short:"q"},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}}})}catch(f){throw new a(`${f.message.split(`
`)[0]} (see --help)`)}let{values:r,positionals:e}=o;if(e.length>1)throw new a(`expected one path, got ${e.length}: ${e.join(" ")} (see --help)`);let t=C("--format",r.format??"text",x),s=r["fail-on"]===void 0?void 0:C("--fail-on",r["fail-on"],R);for(let f of["output","config","base"])if(r[f]==="")throw new a(`--${f} needs a value`);return{root:e[0]??".",format:t,output:r.output,config:r.config??u,configExplicit:r.config!==void 0,failOn:s,base:r.base,quiet:r.quiet??!1,color:r["no-color"]?!1:r.color,help:r.help??!1,version:r.version??!1}}function C(i,o,r){if(r.includes(o))return o;throw new a(`${i} must be one of ${r.join(", ")} (got "${o}")`)}function T(i,o,r=400){let e=Date.now(),t=!1,s=0;return{update(f,p){if(!o)return;let n=Date.now();n-e<r||n-s<80||(s=n,t=!0,i.write(`\r\x1B[2Kbackend-fit: reading files ${f}/${p}`))},done(){t&&i.write("\r\x1B[2K")}}}import{stat as j,writeFile as W}from"node:fs/promises";import{parseArgs as L}from"node:util";var D=`Usage: backend-fit history [path] [options]

Follows each service's verdict, fit and both scores over the current branch's
first-parent commits, read from git objects (nothing is checked out), and names
the commit after which each service now in review or mismatch has been drifting.

Options:
      --since <when>     a date (2026-01-31) or a span back from now (90d, 12w, 6m, 1y);
                         default 1y
      --points <n>       commits to sample, spread evenly in time, HEAD always one (default 12)
      --every <span>     or: one point every span back from HEAD (30d, 2w, 1m)
  -f, --format <fmt>     text (default), json or markdown (Mermaid charts)
  -o, --output <file>    write the history to a file instead of stdout
  -c, --config <file>    config file, as for a scan (default ${u})
  -h, --help             show this help

A shallow clone sees only the commits it has: fetch the full history first
(actions/checkout with fetch-depth: 0).`;function N(i,o){let r;try{r=L({args:i,allowPositionals:!0,options:{since:{type:"string"},points:{type:"string"},every:{type:"string"},format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},help:{type:"boolean",short:"h"}}})}catch(n){throw new a(`${n.message.split(`
`)[0]} (see history --help)`)}let{values:e,positionals:t}=r;if(t.length>1)throw new a(`history: expected one path, got ${t.join(" ")}`);let s=e.format??"text";if(!g.includes(s))throw new a(`--format must be one of ${g.join(", ")} for history (got "${s}")`);if(e.points!==void 0&&e.every!==void 0)throw new a("give --points or --every, not both");let f={points:12};if(e.points!==void 0){let n=Number(e.points);if(!Number.isInteger(n)||n<1||n>1e3)throw new a(`--points must be a whole number from 1 to 1000 (got "${e.points}")`);f={points:n}}if(e.every!==void 0){let n=O(e.every);if(n===void 0)throw new a(`--every must be a span such as 30d, 2w or 1m (got "${e.every}")`);f={every:n}}let p;if(e.since!==void 0&&(p=$(e.since,o),!p))throw new a(`--since must be a date (2026-01-31) or a span (90d, 6m, 1y) (got "${e.since}")`);for(let n of["output","config"])if(e[n]==="")throw new a(`--${n} needs a value`);return{root:t[0]??".",format:s,output:e.output,config:e.config??u,configExplicit:e.config!==void 0,...p?{since:p}:{},sampling:f,help:e.help??!1}}async function P(i,o,r={}){let e=r.now??new Date,t=N(i,e);if(t.help)return o.stdout.write(D+`
`),0;let s=c=>(o.stderr.write(`backend-fit: ${c}
`),2);if(!(await j(t.root).catch(()=>{}))?.isDirectory())return s(`${t.root}: not a folder (give the path of a repository)`);let p=await m({root:t.root,configFile:t.config,explicit:t.configExplicit,overrides:{},defaultFailOn:"never"}),n;try{n=await S({root:t.root,settings:p,sampling:t.sampling,now:e,...t.since?{since:t.since}:{},...r.readWorker?{readWorker:r.readWorker}:{}})}catch(c){if(c instanceof y)return s(`${t.root}: ${c.message} (history needs a git repository)`);throw c}let d=F(n,t.format);if(t.output){let c=await W(t.output,d).catch(l=>l);if(c instanceof Error)return s(`cannot write ${t.output}: ${c.code??c.message}`)}else o.stdout.write(d);return 0}async function I(i,o,r={}){let e=(t,s=2)=>(o.stderr.write(`backend-fit: ${t}
`),s);try{if(i[0]==="history")return await P(i.slice(1),o,r);let t=H(i);if(t.help)return o.stdout.write(k+`
`),0;if(t.version)return o.stdout.write(w+`
`),0;if(!(await q(t.root).catch(()=>{}))?.isDirectory())return e(`${t.root}: not a folder (give the path of a repository)`);let f=await m({root:t.root,configFile:t.config,explicit:t.configExplicit,overrides:{failOn:t.failOn},defaultFailOn:"never"}),p=T(o.stderr,!t.quiet&&o.stderr.isTTY===!0),n=await b({root:t.root,settings:f,baseRef:t.base,onProgress:(l,h)=>p.update(l,h),...r});p.done();let d=t.format==="text"&&!t.output&&G(t.color,o),c=E(n,t.format,{color:d});if(t.output){let l=await U(t.output,c).catch(h=>h);if(l instanceof Error)return e(`cannot write ${t.output}: ${l.code??l.message}`)}else o.stdout.write(c);if(!t.quiet&&t.format!=="text")for(let l of n.warnings)o.stderr.write(`warning: ${l.file?`${l.file}: `:""}${l.message}
`);return n.policy.failed?1:0}catch(t){if(t instanceof a||t instanceof v)return e(t.message);let s=t instanceof Error?t.message:String(t);return o.env.BACKEND_FIT_DEBUG&&t instanceof Error&&o.stderr.write(`${t.stack}
`),e(`unexpected error: ${s.split(`
`)[0]} (set BACKEND_FIT_DEBUG=1 for details)`)}}function G(i,o){return i!==void 0?i:o.env.NO_COLOR?!1:o.env.FORCE_COLOR&&o.env.FORCE_COLOR!=="0"?!0:o.stdout.isTTY===!0}var J=new URL("./read-worker.js",import.meta.url);A(await I(process.argv.slice(2),process,{readWorker:J}));
