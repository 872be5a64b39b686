#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{c as b,f as v,g as O,h as x,i as E,k as d,m as S,o as k,p as g,q as A,r as F,s as C,t as y,u as P}from"./chunks/chunk-NKK7XNJV.js";import"./chunks/chunk-K6VZPPAH.js";import{h,k as $}from"./chunks/chunk-AMCDTOMU.js";import"./chunks/chunk-TZN7URKK.js";function R(n){process.exitCode=n,process.stdout.write("",()=>process.stderr.write("",()=>process.exit(n)))}import{stat as K,writeFile as z}from"node:fs/promises";import{parseArgs as G}from"node:util";function N(n,o,r){let e=n.code,t=n instanceof Error?n.message.split(`
`)[0]:String(n),s=t.match(/^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/);if(s)return`${s[1]} needs a value (see --help)`;if(e!=="ERR_PARSE_ARGS_UNKNOWN_OPTION")return`${t.replace(/\.$/,"")} (see --help)`;let a=q(o,r)??t.match(/'([^']+)'/)?.[1]??"",c=a.replace(/^-+/,""),i=Object.keys(r),p=a.startsWith("--")||c.length>1?h(c,i):void 0;return`unknown option ${a}${p?`; did you mean --${p}?`:""} (see --help)`}function q(n,o){let r=new Set(Object.values(o).flatMap(e=>e.short?[e.short]:[]));for(let e of n){if(e==="--")return;if(e.startsWith("--")){let t=e.slice(2).split("=")[0];if(!(t in o))return`--${t}`}else if(e.startsWith("-")&&e.length>1){let t=[...e.slice(1)].find(s=>!r.has(s));if(t)return`-${t}`}}}var Y=["mismatch","review","never"],f=class extends Error{},_=`Usage: backend-fit [path] [options]
       backend-fit history [path] [options]   fit over time (see history --help)

Scans a repository and tells whether its Node.js or Python backend still fits,
scored on the criteria of the "Node.js vs Python" guide.

Options:
  -f, --format <fmt>     text (default), json, markdown or sarif
  -o, --output <file>    write the report to a file instead of stdout
  -c, --config <file>    config file, relative to path and inside it (links out of the
                         scanned folder are refused); default: ${d}
                         under path, used when present
      --fail-on <when>   mismatch, review or never; exit 1 when it fails. The CLI's default
                         is never (report only); the GitHub Action's default is mismatch
      --base <ref>       also analyse a git ref and report what changed since it
  -q, --quiet            no progress, no warnings on stderr
      --color/--no-color force colours on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 passed, 1 policy failed, 2 usage or config error.

Each "guide L\u2026" in a reason names a sentence of the guide: ${b}`,H={format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},"fail-on":{type:"string"},base:{type:"string"},quiet:{type:"boolean",short:"q"},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}};function D(n){let o;try{o=G({args:n,allowPositionals:!0,options:H})}catch(a){throw new f(N(a,n,H))}let{values:r,positionals:e}=o;if(e.length>1)throw new f(`expected one path, got ${e.length}: ${e.join(" ")} (see --help)`);let t=T("--format",r.format??"text",S),s=r["fail-on"]===void 0?void 0:T("--fail-on",r["fail-on"],Y);for(let a of["output","config","base"])if(r[a]==="")throw new f(`--${a} needs a value`);return{root:e[0]??".",format:t,output:r.output,config:r.config??d,configExplicit:r.config!==void 0,failOn:s,base:r.base,quiet:r.quiet??!1,color:r["no-color"]?!1:r.color,help:r.help??!1,version:r.version??!1}}function T(n,o,r){if(r.includes(o))return o;let e=h(o,r);throw new f(`${n} must be one of ${r.join(", ")} (got "${o}"${e?`; did you mean ${e}?`:""})`)}function I(n,o,r=400){let e=Date.now(),t=!1,s=0;return{update(a,c){if(!o)return;let i=Date.now();i-e<r||i-s<80||(s=i,t=!0,n.write(`\r\x1B[2Kbackend-fit: reading files ${a}/${c}`))},done(){t&&n.write("\r\x1B[2K")}}}import{stat as J,writeFile as M}from"node:fs/promises";import{parseArgs as B}from"node:util";var L=`Usage: backend-fit history [path] [options]

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
  -c, --config <file>    config file, as for a scan (default ${d})
  -h, --help             show this help

A shallow clone sees only the commits it has: fetch the full history first
(actions/checkout with fetch-depth: 0).`;function j(n,o){let r;try{r=B({args:n,allowPositionals:!0,options:{since:{type:"string"},points:{type:"string"},every:{type:"string"},format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},help:{type:"boolean",short:"h"}}})}catch(i){throw new f(`${i.message.split(`
`)[0]} (see history --help)`)}let{values:e,positionals:t}=r;if(t.length>1)throw new f(`history: expected one path, got ${t.join(" ")}`);let s=e.format??"text";if(!y.includes(s))throw new f(`--format must be one of ${y.join(", ")} for history (got "${s}")`);if(e.points!==void 0&&e.every!==void 0)throw new f("give --points or --every, not both");let a={points:12};if(e.points!==void 0){let i=Number(e.points);if(!Number.isInteger(i)||i<1||i>1e3)throw new f(`--points must be a whole number from 1 to 1000 (got "${e.points}")`);a={points:i}}if(e.every!==void 0){let i=A(e.every);if(i===void 0)throw new f(`--every must be a span such as 30d, 2w or 1m (got "${e.every}")`);a={every:i}}let c;if(e.since!==void 0&&(c=F(e.since,o),!c))throw new f(`--since must be a date (2026-01-31) or a span (90d, 6m, 1y) (got "${e.since}")`);for(let i of["output","config"])if(e[i]==="")throw new f(`--${i} needs a value`);return{root:t[0]??".",format:s,output:e.output,config:e.config??d,configExplicit:e.config!==void 0,...c?{since:c}:{},sampling:a,help:e.help??!1}}async function W(n,o,r={}){let e=r.now??new Date,t=j(n,e);if(t.help)return o.stdout.write(L+`
`),0;let s=l=>(o.stderr.write(`backend-fit: ${l}
`),2);if(!(await J(t.root).catch(()=>{}))?.isDirectory())return s(`${t.root}: not a folder (give the path of a repository)`);let c=await g({root:t.root,configFile:t.config,explicit:t.configExplicit,overrides:{},defaultFailOn:"never"}),i;try{i=await C({root:t.root,settings:c,sampling:t.sampling,now:e,...t.since?{since:t.since}:{},...r.readWorker?{readWorker:r.readWorker}:{}})}catch(l){if(l instanceof O)return s(`${t.root}: ${l.message} (history needs a git repository)`);throw l}let p=P(i,t.format);if(t.output){let l=await M(t.output,p).catch(m=>m);if(l instanceof Error)return s(`cannot write ${t.output}: ${l.code??l.message}`)}else o.stdout.write(p);return 0}async function U(n,o,r={}){let e=(t,s=2)=>(o.stderr.write(`backend-fit: ${t}
`),s);try{if(n[0]==="history")return await W(n.slice(1),o,r);let t=D(n);if(t.help)return o.stdout.write(_+`
`),0;if(t.version)return o.stdout.write(v+`
`),0;if(!(await K(t.root).catch(()=>{}))?.isDirectory())return e(`${t.root}: not a folder (give the path of a repository)`);let a=t.base===void 0?void 0:await x(t.root,t.base);if(a)return e(a);let c=await g({root:t.root,configFile:t.config,explicit:t.configExplicit,overrides:{failOn:t.failOn},defaultFailOn:"never"}),i=I(o.stderr,!t.quiet&&o.stderr.isTTY===!0),p=await E({root:t.root,settings:c,baseRef:t.base,onProgress:(u,w)=>i.update(u,w),...r});i.done();let l=t.format==="text"&&!t.output&&V(t.color,o),m=k(p,t.format,{color:l});if(t.output){let u=await z(t.output,m).catch(w=>w);if(u instanceof Error)return e(`cannot write ${t.output}: ${u.code??u.message}`)}else o.stdout.write(m);if(!t.quiet&&t.format!=="text")for(let u of p.warnings)o.stderr.write(`warning: ${u.file?`${u.file}: `:""}${u.message}
`);return p.policy.failed?1:0}catch(t){if(t instanceof f||t instanceof $)return e(t.message);let s=t instanceof Error?t.message:String(t);return o.env.BACKEND_FIT_DEBUG&&t instanceof Error&&o.stderr.write(`${t.stack}
`),e(`unexpected error: ${s.split(`
`)[0]} (set BACKEND_FIT_DEBUG=1 for details)`)}}function V(n,o){return n!==void 0?n:o.env.NO_COLOR?!1:o.env.FORCE_COLOR&&o.env.FORCE_COLOR!=="0"?!0:o.stdout.isTTY===!0}var Q=new URL("./read-worker.js",import.meta.url);R(await U(process.argv.slice(2),process,{readWorker:Q}));
