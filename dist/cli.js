#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{A as V,C as q,F as O,H as W,I as z,M as N,N as Y,O as X,P as Z,Q,R as C,S as ee,e as G,g as A,h as _,k as x,l as M,s as K,t as B,w as v,x as P,y as b}from"./chunks/chunk-IBZB7NQV.js";import"./chunks/chunk-DHMCQXGN.js";import{h as k,k as J}from"./chunks/chunk-JTJNGFWS.js";import"./chunks/chunk-TZN7URKK.js";function te(t){process.exitCode=t,process.stdout.write("",()=>process.stderr.write("",()=>process.exit(t)))}import{stat as Ct,writeFile as It}from"node:fs/promises";import{parseArgs as Ue}from"node:util";function $(t,e,o,r="--help"){let n=t.code,i=t instanceof Error?t.message.split(`
`)[0]:String(t),c=i.match(/^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/);if(c)return`${c[1]} needs a value (see ${r})`;if(n!=="ERR_PARSE_ARGS_UNKNOWN_OPTION")return`${i.replace(/\.$/,"")} (see ${r})`;let s=He(e,o)??i.match(/'([^']+)'/)?.[1]??"",a=s.replace(/^-+/,""),m=Object.keys(o),u=s.startsWith("--")||a.length>1?k(a,m):void 0;return`unknown option ${s}${u?`; did you mean --${u}?`:""} (see ${r})`}function He(t,e){let o=new Set(Object.values(e).flatMap(r=>r.short?[r.short]:[]));for(let r of t){if(r==="--")return;if(r.startsWith("--")){let n=r.slice(2).split("=")[0];if(!(n in e))return`--${n}`}else if(r.startsWith("-")&&r.length>1){let n=[...r.slice(1)].find(i=>!o.has(i));if(n)return`-${n}`}}}var De=["mismatch","review","never"],d=class extends Error{},oe=`Usage: backend-fit [path] [options]
       backend-fit history [path] [options]   fit over time (see history --help)
       backend-fit fleet <reports...> [options]   many repositories' reports as one page (see fleet --help)

Scans a repository and tells whether its Node.js or Python backend still fits,
scored on the criteria of the "Node.js vs Python" guide.

Options:
  -f, --format <fmt>     text (default), json, markdown or sarif
  -o, --output <file>    write the report to a file instead of stdout
  -c, --config <file>    config file, relative to path and inside it (links out of the
                         scanned folder are refused); default: ${v}
                         under path, used when present
      --fail-on <when>   mismatch, review or never; exit 1 when it fails. The CLI's default
                         is never (report only); the GitHub Action's default is mismatch
      --base <ref>       also analyse a git ref and report what changed since it
      --repository <owner/name>  record which repository this is (for backend-fit fleet)
  -q, --quiet            no progress, no warnings on stderr
      --color/--no-color force colours on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 passed, 1 policy failed, 2 usage or config error.

Each "guide L\u2026" in a reason names a sentence of the guide: ${G}`,re={format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},"fail-on":{type:"string"},base:{type:"string"},repository:{type:"string"},quiet:{type:"boolean",short:"q"},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}};function ie(t){let e;try{e=Ue({args:t,allowPositionals:!0,options:re})}catch(s){throw new d($(s,t,re))}let{values:o,positionals:r}=e;if(r.length>1)throw new d(`expected one path, got ${r.length}: ${r.join(" ")} (see --help)`);let n=ne("--format",o.format??"text",V),i=o["fail-on"]===void 0?void 0:ne("--fail-on",o["fail-on"],De);for(let s of["output","config","base","repository"])if(o[s]==="")throw new d(`--${s} needs a value`);let c=o.repository===void 0?void 0:W(o.repository);if(c)throw new d(`--repository: ${c}`);return{root:r[0]??".",format:n,output:o.output,config:o.config??v,configExplicit:o.config!==void 0,failOn:i,base:o.base,repository:o.repository,quiet:o.quiet??!1,color:o["no-color"]?!1:o.color,help:o.help??!1,version:o.version??!1}}function ne(t,e,o){if(o.includes(e))return e;let r=k(e,o);throw new d(`${t} must be one of ${o.join(", ")} (got "${e}"${r?`; did you mean ${r}?`:""})`)}function se(t,e,o=400){let r=Date.now(),n=!1,i=0;return{update(c,s){if(!e)return;let a=Date.now();a-r<o||a-i<80||(i=a,n=!0,t.write(`\r\x1B[2Kbackend-fit: reading files ${c}/${s}`))},done(){n&&t.write("\r\x1B[2K")}}}import{appendFile as kt,mkdir as _t,writeFile as xt}from"node:fs/promises";import{mkdir as ft,readFile as dt,writeFile as mt}from"node:fs/promises";import R from"node:path";import{readdir as Ge,readFile as Me,stat as Ke}from"node:fs/promises";import S from"node:path";var ae=1;async function ce(t,e={}){let o=[],r=[];for(let n of t){let i=await Ke(n).catch(()=>{});if(!i){r.push({source:n,kind:"missing",message:`${n}: no such file or folder`});continue}let c=i.isDirectory()?await Ve(n):[n];for(let s of c){if(e.skip?.has(S.resolve(s)))continue;let a=await Be(s);a&&"kind"in a?r.push(a):a&&o.push(a)}}return{loaded:o,problems:r}}async function Be(t){let e=(c,s,a)=>({source:t,kind:c,message:`${t}: ${s}`,...a?{repository:a}:{}}),o;try{o=await Me(t,"utf8")}catch(c){return e("missing",`cannot read (${c.code??"error"})`)}let r=I(t);if(o.trim()==="")return e("truncated","empty file",r);let n;try{n=JSON.parse(o)}catch{let c=o.trim();return c.startsWith("{")&&!c.endsWith("}")?e("truncated","ends before its JSON does (truncated)",r):e("invalid","not JSON",r)}if(!F(n))return e("invalid","not a backend-fit report",r);if(qe(n))return e("failed",`scan failed: ${We(n.failure.message)}`,n.failure.repository);if(!("schemaVersion"in n)||!("verdict"in n))return null;if(n.schemaVersion!==ae)return e("schema",`schemaVersion ${String(n.schemaVersion)}; this backend-fit reads ${ae}`,r);let i=Je(n);return i?e("invalid",i,r):{source:t,report:n}}function Je(t){if(typeof t.verdict!="string")return"no verdict";if(!Array.isArray(t.services))return"no services list";for(let[o,r]of t.services.entries())if(!F(r)||typeof r.path!="string"||typeof r.verdict!="string"||!F(r.scores))return`services[${o}] lacks path, verdict or scores`;if(!F(t.policy))return"no policy";let e=t.repository;if(e!==void 0&&(!F(e)||typeof e.name!="string"))return"repository.name is not a string"}function I(t){let e=S.basename(t,".json");return(e==="report"?S.basename(S.dirname(S.resolve(t))):e).replace("__","/")}async function Ve(t){return(await Ge(t,{recursive:!0,withFileTypes:!0})).filter(o=>o.isFile()&&o.name.endsWith(".json")).map(o=>S.join(o.parentPath,o.name)).sort()}function F(t){return typeof t=="object"&&t!==null&&!Array.isArray(t)}function qe(t){let e=t.failure;return F(e)&&typeof e.repository=="string"&&typeof e.message=="string"}function We(t){return t.split(`
`)[0].slice(0,300)}var E=new Set(["review","mismatch"]);function y(t){return`${t.repository}:${t.path}`}var ze=26,Ye=5,Xe=["fits","review","mismatch","unknown"],Ze=["node","python","both","none"];function pe(t,e,o={}){let r=(o.serverUrl??"https://github.com").replace(/\/+$/,""),n=(o.now??new Date).toISOString(),i=[...e],c=new Map((o.previous?.services??[]).map(l=>[y(l),l])),s=new Map;for(let l of t){let p=l.report.repository?.name??I(l.source),f=s.get(p);if(!f){s.set(p,l);continue}let[g,h]=ot(l,f)?[l,f]:[f,l];s.set(p,g),i.push({source:h.source,repository:p,kind:"duplicate",message:`${h.source}: a second report of ${p}; ${g.source} is the newer and is used`})}let a=[],m=[];for(let[l,{report:p}]of[...s].sort(([f],[g])=>f.localeCompare(g))){let f=p.repository,g=`${r}/${l}/tree/${f?.commit??"HEAD"}`;a.push({name:l,...f?.commit?{commit:f.commit}:{},...f?.date?{date:f.date}:{},url:`${r}/${l}`,...f?.run?{runUrl:f.run}:{},verdict:p.verdict,services:p.services.length,policy:{failOn:p.policy.failOn,failed:p.policy.failed,reasons:p.policy.reasons??[],...p.policy.sources?{sources:p.policy.sources}:{}},waivers:p.services.flatMap(h=>h.waiver?[{service:h.path,...h.waiver}]:[]),warnings:p.warnings?.length??0});for(let h of p.services){let w=Qe(l,h,p,g),U=c.get(y(w)),Le=U?.trend??et(p,h.path).filter(je=>!f?.date||je.date<f.date);w.trend=tt(w,n,Le);let D=rt(w,U,o.previous!==void 0);D&&(w.change=D),m.push(w)}}let u=nt(m,o.previous,new Set(s.keys()));return{schemaVersion:1,tool:{name:"backend-fit",version:x},generatedAt:n,...o.previous?{previous:{generatedAt:o.previous.generatedAt,services:o.previous.services.length}}:{},counts:{repositories:a.length,services:m.length,byVerdict:le(m,l=>l.verdict,Xe),byBackend:le(m,l=>l.current,Ze)},repositories:a,services:m,changes:u,problems:i.sort((l,p)=>l.source.localeCompare(p.source))}}function Qe(t,e,o,r){let n={kind:e.kind,name:e.name,owner:e.owner,system:e.system,lifecycle:e.lifecycle,plan:e.plan?it(e.plan.suggestion):void 0,expected:e.expected,waiver:e.waiver,runUrl:o.repository?.run};return{repository:t,path:e.path,...Object.fromEntries(Object.entries(n).filter(([,i])=>i!==void 0&&i!=="")),current:e.current,frameworks:e.frameworks??[],verdict:e.verdict,fitScore:e.fitScore,scores:{node:e.scores.node,python:e.scores.python},recommended:e.recommended,url:e.path==="."?r:`${r}/${e.path.split("/").map(encodeURIComponent).join("/")}`,trend:[]}}function et(t,e){let o=t.history?.points;return Array.isArray(o)?o.flatMap(r=>{let n=r?.services?.[e];return n&&typeof r.commit?.date=="string"&&typeof n.fitScore=="number"?[{date:r.commit.date,verdict:n.verdict,fitScore:n.fitScore}]:[]}):[]}function tt(t,e,o){let r={date:e,verdict:t.verdict,fitScore:t.fitScore};return[...o.filter(i=>i.date<e),r].slice(-ze)}function rt(t,e,o){let r=e?e.trend.at(-1):o?void 0:t.trend.at(-2);if(!r)return o?{kind:"new"}:void 0;let n={from:r.verdict,fromFit:r.fitScore},i=E.has(r.verdict),c=E.has(t.verdict);if(!i&&c)return{kind:"new-drift",...n};if(i&&!c&&t.verdict==="fits")return{kind:"fixed",...n};if(r.verdict!==t.verdict||Math.abs(r.fitScore-t.fitScore)>=Ye)return{kind:"changed",...n}}function nt(t,e,o){let r=i=>t.filter(c=>c.change?.kind===i).map(y).sort(),n=new Set(t.map(y));return{newDrifts:r("new-drift"),fixed:r("fixed"),newServices:r("new"),gone:(e?.services??[]).filter(i=>o.has(i.repository)&&!n.has(y(i))).map(y).sort()}}function ot(t,e){return(t.report.repository?.date??"")>(e.report.repository?.date??"")}function le(t,e,o){let r=Object.fromEntries(o.map(n=>[n,0]));for(let n of t)r[e(n)]=(r[e(n)]??0)+1;return r}function it(t){let e=/^.*?[.!?](?=\s|$)/s.exec(t.trim());return(e?e[0]:t.trim()).replace(/\s+/g," ")}import{createHash as st}from"node:crypto";function de(t){let e='"use strict";(()=>{var k=new Set(["review","mismatch"]);function r(e,t={},...s){let n=document.createElement(e);for(let[o,i]of Object.entries(t))i===void 0||i===!1||n.setAttribute(o,i===!0?"":String(i));return D(n,s),n}function D(e,t){for(let s of t)s==null||s===!1||e.appendChild(typeof s=="object"?s:document.createTextNode(String(s)))}function f(e,t){return!e||!/^https?:\\/\\//i.test(e)?r("span",{},t):r("a",{href:e,rel:"noopener noreferrer"},t)}var w="http://www.w3.org/2000/svg";function F(e){let n=document.createElementNS(w,"svg");n.setAttribute("class","spark"),n.setAttribute("width",String(72)),n.setAttribute("height",String(18)),n.setAttribute("viewBox","0 0 72 18"),n.setAttribute("role","img");let o=e.length>1?`fit ${e.map(u=>u.fitScore).join(", ")} over ${e.length} runs`:`fit ${e[0]?.fitScore??"?"}, one run`;n.setAttribute("aria-label",o);let i=document.createElementNS(w,"title");i.textContent=o,n.appendChild(i);let c=document.createElementNS(w,"polyline"),d=e.length>1?68/(e.length-1):0;c.setAttribute("points",e.map((u,B)=>`${(2+B*d).toFixed(1)},${(16-14*u.fitScore/100).toFixed(1)}`).join(" ")),n.appendChild(c);let a=e.at(-1);if(a){let u=document.createElementNS(w,"circle");u.setAttribute("cx",(2+(e.length-1)*d).toFixed(1)),u.setAttribute("cy",(16-14*a.fitScore/100).toFixed(1)),u.setAttribute("r","2"),n.appendChild(u)}return n}var j={mismatch:0,review:1,unknown:2,fits:3},I={"new-drift":0,new:1,changed:2,fixed:3},C=new WeakMap;function P(e){let t=C.get(e);return t===void 0&&(t=[e.repository,e.path,e.name,e.owner,e.system,e.lifecycle,e.kind,e.plan,...e.frameworks].filter(Boolean).join(`\n`).toLowerCase(),C.set(e,t)),t}function L(e,t){let s=t.text.toLowerCase().split(/\\s+/).filter(Boolean);return e.filter(n=>(!t.verdict||n.verdict===t.verdict)&&(!t.owner||n.owner===t.owner)&&(!t.system||n.system===t.system)&&(!t.backend||n.current===t.backend)&&(!t.change||n.change?.kind===t.change)&&s.every(o=>P(n).includes(o)))}function T(e,t){switch(t){case"verdict":return j[e.verdict]??9;case"fitScore":return e.fitScore;case"node":return e.scores.node;case"python":return e.scores.python;case"change":return e.change?I[e.change.kind]??9:9;default:return e[t]??""}}var E=new Intl.Collator("en",{numeric:!0,sensitivity:"base"});function A(e,t,s){return[...e].sort((n,o)=>{let i=T(n,t),c=T(o,t);return(typeof i=="number"&&typeof c=="number"?i-c:E.compare(String(i),String(c)))*s||E.compare(n.repository,o.repository)||E.compare(n.path,o.path)})}var x=36,R=12,V=["mismatch","review","fits","unknown"],h={node:"Node.js",python:"Python",both:"both",none:"none"},H={"new-drift":"new drift",fixed:"fixed",new:"new",changed:"changed"},l=JSON.parse(document.getElementById("fleet-data").textContent),p={text:"",verdict:"",owner:"",system:"",backend:"",change:""},g={key:"verdict",dir:1},m="services",v=[],K=document.getElementById("app");K.replaceChildren();K.append(U(),q(),G(),W(),r("div",{id:"view"}));$("services");function U(){let{counts:e}=l,t=V.map(n=>r("button",{type:"button",class:"card","data-verdict":n,"aria-pressed":"false",title:`Show ${n} services`},r("strong",{},e.byVerdict[n]),r("span",{class:`v v-${n}`},n)));for(let n of t)n.addEventListener("click",()=>{let o=n.dataset.verdict;S("verdict",p.verdict===o?"":o)});let s=Object.keys(h).filter(n=>e.byBackend[n]>0).map(n=>r("button",{type:"button",class:"card","data-backend":n,"aria-pressed":"false",title:`Show ${h[n]} services`},r("strong",{},e.byBackend[n]),h[n]));for(let n of s)n.addEventListener("click",()=>{let o=n.dataset.backend;S("backend",p.backend===o?"":o)});return r("section",{"aria-labelledby":"title"},r("h1",{id:"title"},`${e.services} services in ${e.repositories} repositories`),r("p",{class:"muted"},`backend-fit, built ${l.generatedAt.slice(0,16).replace("T"," ")} UTC`,l.previous?`; compared with the run of ${l.previous.generatedAt.slice(0,10)}`:""),r("div",{class:"counts"},r("div",{},r("h2",{id:"by-verdict"},"Services by verdict"),r("div",{class:"cards",role:"group","aria-labelledby":"by-verdict"},...t)),r("div",{},r("h2",{id:"by-backend"},"Services by backend"),r("div",{class:"cards",role:"group","aria-labelledby":"by-backend"},...s))))}function q(){let{changes:e}=l,t=e.newDrifts.length+e.fixed.length+e.newServices.length+e.gone.length;if(!l.previous&&t===0)return"";let s=(n,o,i)=>{let c=r("ul",{},...i.slice(0,20).map(a=>r("li",{},r("code",{},a)))),d=n==="gone"?r("strong",{},`${i.length} ${o}`):r("button",{type:"button",class:"card","data-change":n},r("strong",{},i.length),o);return n!=="gone"&&d.addEventListener("click",()=>S("change",n)),r("div",{id:`changes-${n}`},d,i.length>0?c:"",i.length>20?`\\u2026 and ${i.length-20} more`:"")};return r("section",{id:"changes","aria-labelledby":"changes-title"},r("h2",{id:"changes-title"},"Since the last run"),r("div",{class:"cards"},s("new-drift","new drifts",e.newDrifts),s("fixed","fixed",e.fixed),s("new","new services",e.newServices),s("gone","gone",e.gone)))}function G(){return l.problems.length===0?"":r("section",{id:"problems","aria-labelledby":"problems-title"},r("h2",{id:"problems-title"},`Reports not used: ${l.problems.length}`),r("ul",{class:"problems"},...l.problems.map(e=>r("li",{"data-kind":e.kind},r("strong",{},e.kind),": ",e.message))))}function W(){let e=[["services","Services"],["owners","Owners"],["repositories","Repositories and policy"]],t=r("div",{class:"tabs",role:"tablist","aria-label":"Views"});for(let[s,n]of e){let o=r("button",{type:"button",role:"tab",id:`tab-${s}`,"aria-selected":"false","aria-controls":"view"},n);o.addEventListener("click",()=>$(s)),t.append(o)}return t}function $(e){m=e;for(let s of document.querySelectorAll(".tabs button"))s.setAttribute("aria-selected",String(s.id===`tab-${m}`));let t=document.getElementById("view");t.setAttribute("role","tabpanel"),t.setAttribute("aria-labelledby",`tab-${m}`),m==="services"?t.replaceChildren(_()):m==="owners"?t.replaceChildren(J()):t.replaceChildren(Q()),m==="services"&&y()}function S(e,t){p[e]=t,m!=="services"&&$("services");let s=document.getElementById(`filter-${e}`);s&&(s.value=t),y()}function M(e){return[...new Set(l.services.map(e).filter(t=>!!t))].sort((t,s)=>t.localeCompare(s))}function b(e,t,s){let n=r("select",{id:`filter-${e}`},r("option",{value:""},"all"),...s.map(([o,i])=>r("option",{value:o},i)));return n.value=p[e],n.addEventListener("change",()=>{p[e]=n.value,y()}),r("label",{for:`filter-${e}`},t,n)}function _(){let e=r("input",{id:"filter-text",type:"search",placeholder:"repository, path, owner, framework\\u2026",autocomplete:"off"});e.value=p.text,e.addEventListener("input",()=>{p.text=e.value,y()});let s=r("tr",{},...[["repository","Repository"],["path","Service"],["verdict","Verdict"],["fitScore","Fit","num"],["node","Node.js","num"],["python","Python","num"],["current","Backend"],["change","Change"],[null,"Trend"],["owner","Owner"],["system","System"],["lifecycle","Lifecycle"],["kind","Kind"],[null,"Plan"],[null,"Latest run"]].map(([i,c,d])=>{if(!i)return r("th",{scope:"col"},c);let a=r("button",{type:"button"},c);return a.addEventListener("click",()=>{g={key:i,dir:g.key===i?-g.dir:1},y()}),r("th",{scope:"col",class:d,"data-sort":i,"aria-sort":"none"},a)})),n=r("div",{class:"scroller",id:"scroller",tabindex:0,role:"region","aria-label":"Services table, scrollable"},r("table",{id:"services-table"},r("caption",{class:"skip"},"Every service"),r("thead",{},s),r("tbody"))),o=!1;return n.addEventListener("scroll",()=>{o||(o=!0,requestAnimationFrame(()=>{o=!1,O()}))}),r("section",{id:"services","aria-label":"Services"},r("div",{class:"filters",role:"search"},r("label",{for:"filter-text"},"Search",e),b("verdict","Verdict",V.map(i=>[i,i])),b("owner","Owner",M(i=>i.owner).map(i=>[i,i])),b("system","System",M(i=>i.system).map(i=>[i,i])),b("backend","Backend",Object.keys(h).map(i=>[i,h[i]])),b("change","Since the last run",Object.entries(H))),r("p",{id:"shown-count","aria-live":"polite",class:"muted"}),n)}function y(){for(let t of document.querySelectorAll("[data-verdict]"))t.setAttribute("aria-pressed",String(t.dataset.verdict===p.verdict));for(let t of document.querySelectorAll("[data-backend]"))t.setAttribute("aria-pressed",String(t.dataset.backend===p.backend));if(m!=="services")return;v=A(L(l.services,p),g.key,g.dir);for(let t of document.querySelectorAll("#services-table th[data-sort]"))t.setAttribute("aria-sort",t.dataset.sort===g.key?g.dir===1?"ascending":"descending":"none");document.getElementById("shown-count").textContent=`Showing ${v.length} of ${l.services.length} services`;let e=document.getElementById("scroller");e.scrollTop=0,O()}function O(){let e=document.getElementById("scroller"),t=document.querySelector("#services-table tbody");if(!e||!t)return;let s=Math.max(0,Math.floor(e.scrollTop/x)-R),n=Math.min(v.length,Math.ceil((e.scrollTop+e.clientHeight)/x)+R),o=i=>{let c=r("tr",{class:"spacer","aria-hidden":"true"},r("td",{colspan:15}));return c.style.height=`${i*x}px`,c};t.replaceChildren(...s>0?[o(s)]:[],...v.slice(s,n).map(z),...n<v.length?[o(v.length-n)]:[])}function z(e){let t=(s,n)=>r("td",n?{class:n}:{},s);return r("tr",{"data-key":`${e.repository}:${e.path}`},t(f(e.url?.replace(/\\/tree\\/.*$/,""),e.repository)),t(f(e.url,`${e.path==="."?"(root)":e.path}${e.name?` (${e.name})`:""}`)),t(r("span",{class:`v v-${e.verdict}`},e.verdict)),t(e.fitScore,"num"),t(e.scores.node,"num"),t(e.scores.python,"num"),t(h[e.current]),t(e.change?r("span",{class:`change change-${e.change.kind}`,title:e.change.from?`was ${e.change.from}, fit ${e.change.fromFit}`:"not in the last run"},H[e.change.kind]):""),t(F(e.trend)),t(e.owner??""),t(e.system??""),t(e.lifecycle??""),t(e.kind??""),r("td",{class:"plan",title:e.plan??""},e.plan??(e.waiver?`waived until ${e.waiver.expires}: ${e.waiver.reason}`:"")),t(f(e.runUrl,e.runUrl?"run":"")))}function J(){let e=new Map;for(let n of l.services){let o=n.owner||"(no owner)",i=e.get(o);i?i.push(n):e.set(o,[n])}let t=n=>n.filter(o=>k.has(o.verdict)).length,s=[...e].sort(([n,o],[i,c])=>t(c)-t(o)||c.length-o.length||n.localeCompare(i)).map(([n,o])=>{let i=a=>o.filter(u=>u.verdict===a).length,c=r("button",{type:"button",class:"owner-link","data-owner":n},n);c.addEventListener("click",()=>S("owner",n==="(no owner)"?"":n));let d=o.filter(a=>k.has(a.verdict)).slice(0,3).map(a=>`${a.repository} ${a.path}`).join(", ");return r("tr",{"data-owner-row":n},r("td",{},c),r("td",{class:"num"},o.length),r("td",{class:"num"},i("mismatch")),r("td",{class:"num"},i("review")),r("td",{class:"num"},i("fits")),r("td",{class:"num"},i("unknown")),r("td",{class:"num"},new Set(o.map(a=>a.repository)).size),r("td",{},d))});return r("section",{id:"owners","aria-label":"Owners"},r("p",{class:"muted"},"Owners from Backstage descriptors or CODEOWNERS; those with drifting services first. Choose an owner to see their services."),N("owners-table",["Owner","Services","Mismatch","Review","Fits","Unknown","Repositories","Drifting"],s))}function N(e,t,s){return r("table",{class:"plain",id:e},r("thead",{},r("tr",{},...t.map(n=>r("th",{scope:"col"},n)))),r("tbody",{},...s))}function Q(){let e=l.repositories.map(t=>r("tr",{"data-repository":t.name},r("td",{},f(t.url,t.name)),r("td",{},t.commit?r("code",{},t.commit.slice(0,7)):""),r("td",{},t.date?.slice(0,10)??""),r("td",{},r("span",{class:`v v-${t.verdict}`},t.verdict)),r("td",{class:"num"},t.services),r("td",{},`fail-on ${t.policy.failOn}`,t.policy.sources?.["fail-on"]?` (from ${t.policy.sources["fail-on"]})`:"",t.policy.failed?" \\u2014 failed":""),r("td",{},...t.waivers.map(s=>r("div",{},r("code",{},s.service),` until ${s.expires}${s.active?"":" (expired)"}: ${s.reason}`))),r("td",{},f(t.runUrl,t.runUrl?"run":""))));return r("section",{id:"repositories","aria-label":"Repositories"},N("repositories-table",["Repository","Commit","Date","Verdict","Services","Policy","Waivers","Latest run"],e))}})();\n',o=`:root {
  --fg: #1b1f24;
  --muted: #4a535e;
  --line: #d0d7de;
  --bg: #fff;
  --accent: #0a4fb5;
  --row: 36px;
}
* {
  box-sizing: border-box;
}
body {
  margin: 0;
  font:
    14px/1.45 system-ui,
    -apple-system,
    'Segoe UI',
    Roboto,
    sans-serif;
  color: var(--fg);
  background: var(--bg);
}
a {
  color: var(--accent);
}
:focus-visible {
  outline: 3px solid #f59e0b;
  outline-offset: 1px;
}
.skip {
  position: absolute;
  left: -999px;
}
.skip:focus {
  left: 8px;
  top: 8px;
  background: #fff;
  padding: 4px 8px;
  z-index: 10;
}
header,
main {
  padding: 0 20px;
}
h1 {
  font-size: 22px;
  margin: 16px 0 2px;
}
h2 {
  font-size: 17px;
  margin: 18px 0 8px;
}
.muted {
  color: var(--muted);
}
.counts {
  display: flex;
  flex-wrap: wrap;
  column-gap: 40px;
}
.cards {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  margin: 12px 0;
}
.card {
  border: 1px solid var(--line);
  border-radius: 6px;
  padding: 6px 12px;
  background: #f6f8fa;
  color: var(--fg);
  font: inherit;
  cursor: pointer;
  text-align: left;
}
.card strong {
  display: block;
  font-size: 20px;
}
.card[aria-pressed='true'] {
  border-color: var(--accent);
  box-shadow: inset 0 0 0 1px var(--accent);
}
.v {
  display: inline-block;
  padding: 0 6px;
  border-radius: 10px;
  font-weight: 600;
  font-size: 12px;
}
.v-mismatch {
  background: #fde8e8;
  color: #8b0000;
}
.v-review {
  background: #fff4d6;
  color: #6b4e00;
}
.v-fits {
  background: #e3f5e8;
  color: #0b5d1e;
}
.v-unknown {
  background: #eceff1;
  color: #333;
}
.tabs {
  display: flex;
  gap: 4px;
  border-bottom: 1px solid var(--line);
  margin-top: 12px;
}
.tabs button {
  font: inherit;
  border: 1px solid transparent;
  border-bottom: none;
  background: none;
  padding: 6px 12px;
  cursor: pointer;
  color: var(--fg);
}
.tabs button[aria-selected='true'] {
  border-color: var(--line);
  background: var(--bg);
  font-weight: 600;
  margin-bottom: -1px;
}
.filters {
  display: flex;
  flex-wrap: wrap;
  gap: 10px;
  align-items: end;
  margin: 12px 0;
}
.filters label {
  display: flex;
  flex-direction: column;
  font-size: 12px;
  color: var(--muted);
}
.filters input,
.filters select {
  max-width: 240px;
  font: inherit;
  padding: 4px 6px;
  border: 1px solid #8c959f;
  border-radius: 4px;
  color: var(--fg);
  background: #fff;
  min-width: 140px;
}
.scroller {
  height: 70vh;
  overflow: auto;
  border: 1px solid var(--line);
}
table {
  border-collapse: collapse;
  width: 100%;
}
th,
td {
  padding: 0 8px;
  text-align: left;
  white-space: nowrap;
  border-bottom: 1px solid #eaeef2;
}
td {
  height: var(--row);
  max-width: 320px;
  overflow: hidden;
  text-overflow: ellipsis;
}
th {
  position: sticky;
  top: 0;
  background: #f6f8fa;
  z-index: 1;
  height: 34px;
}
th button {
  font: inherit;
  font-weight: 600;
  border: 0;
  background: none;
  padding: 0;
  cursor: pointer;
  color: var(--fg);
}
td.num,
th.num {
  text-align: right;
}
tr.spacer td {
  padding: 0;
  border: 0;
}
.plan {
  font-size: 12px;
  max-width: 420px;
}
.change {
  font-size: 12px;
  font-weight: 600;
}
.change-new-drift {
  color: #8b0000;
}
.change-fixed {
  color: #0b5d1e;
}
.spark polyline {
  fill: none;
  stroke: #0a4fb5;
  stroke-width: 1.5;
}
.problems li {
  margin: 2px 0;
}
.plain td {
  height: auto;
  padding: 4px 8px;
  white-space: normal;
}
`,r=["default-src 'none'",`script-src '${ue(e)}'`,`style-src '${ue(o)}'`,"img-src data:","base-uri 'none'","form-action 'none'"].join("; "),n=`backend-fit: ${t.counts.services} services in ${t.counts.repositories} repositories`;return`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${r}">
<meta name="referrer" content="no-referrer">
<title>${fe(n)}</title>
<style>${o}</style>
</head>
<body>
<a class="skip" href="#view">Skip to the table</a>
<main id="app"><h1>${fe(n)}</h1><noscript><p>The table needs JavaScript; fleet.json beside this page holds the same data.</p></noscript></main>
<script type="application/json" id="fleet-data">${at(t)}</script>
<script>${e}</script>
</body>
</html>
`}function ue(t){return`sha256-${st("sha256").update(t,"utf8").digest("base64")}`}function fe(t){return t.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;")}function at(t){return JSON.stringify(t).replace(/</g,"\\u003c").replace(/\u2028/g,"\\u2028").replace(/\u2029/g,"\\u2029")}var ct=1e6,lt="(no owner)",T={mismatch:0,review:1,unknown:2,fits:3};function ge(t,e={}){let o=e.limit??ct,r=new L(o-400),{counts:n}=t;r.line(`## backend-fit across ${n.repositories} repositories: ${n.services} services`),r.line(""),r.line(["mismatch","review","fits","unknown"].map(u=>`${_[u]} ${n.byVerdict[u]} ${u}`).join(" \xB7 ")+" \u2014 "+["node","python","both","none"].filter(u=>n.byBackend[u]>0).map(u=>`${A[u]} ${n.byBackend[u]}`).join(" \xB7 ")),e.pageUrl&&r.line(`
The page: ${e.pageUrl}`),r.line("");let i=t.services.filter(u=>E.has(u.verdict));r.line(`### Needs attention: ${i.length} drifting service${i.length===1?"":"s"}`),r.line(""),i.length===0&&r.line("No service is in review or mismatch.");let s=[...ut(i,u=>u.owner||lt)].sort(([u,l],[p,f])=>f.length-l.length||u.localeCompare(p));e:for(let[u,l]of s){if(!r.line(`**${b(u)}** (${l.length})
`))break;let p=[...l].sort((f,g)=>T[f.verdict]-T[g.verdict]||f.fitScore-g.fitScore);for(let[f,g]of p.entries())if(!r.line(`- ${_[g.verdict]} ${me(g)}: ${pt(g)}${g.plan?` \u2014 ${P(g.plan)}`:""}`)){r.cut(`- \u2026 ${p.length-f} more of this owner, and the owners after it: see the page`);break e}r.line("")}let{changes:a}=t;if(t.previous||a.newDrifts.length+a.fixed.length+a.newServices.length>0){r.line(`### Since the last run${t.previous?` (${t.previous.generatedAt.slice(0,10)})`:""}`),r.line("");let u=new Map(t.services.map(l=>[y(l),l]));for(let[l,p]of[["New drifts",a.newDrifts],["Fixed",a.fixed],["New services",a.newServices],["Gone",a.gone]]){let f=p.map(g=>u.get(g)?me(u.get(g)):b(g));if(!r.line(`- ${l} (${p.length}): ${f.slice(0,50).join(", ")||"none"}${p.length>50?", \u2026":""}`))break}r.line("")}if(t.problems.length>0){r.line(`### Reports not used: ${t.problems.length}`),r.line("");for(let[u,l]of t.problems.entries())if(!r.line(`- ${l.kind}: ${P(l.message)}`)){r.cut(`- \u2026 ${t.problems.length-u} more`);break}r.line("")}r.line("### Every service"),r.line(""),r.line("| repository | service | owner | backend | verdict | fit | Node.js | Python |"),r.line("| --- | --- | --- | --- | --- | ---: | ---: | ---: |");let m=[...t.services].sort((u,l)=>T[u.verdict]-T[l.verdict]||u.fitScore-l.fitScore);for(let[u,l]of m.entries()){let p=g=>g?b(g,{inTable:!0}):"",f=`| ${p(l.repository)} | ${p(l.path)} | ${p(l.owner)} | ${l.current} | ${_[l.verdict]} ${l.verdict} | ${l.fitScore} | ${l.scores.node} | ${l.scores.python} |`;if(!r.line(f)){r.cut(`
${m.length-u} more services are not listed here (the summary's 1 MiB): see the page or fleet.json.`);break}}return r.text()}function me(t){return`${b(t.repository)} ${b(t.path)}`}function pt(t){return`${t.verdict}, fit ${t.fitScore} on ${A[t.current]} (Node.js ${t.scores.node}, Python ${t.scores.python})`}function ut(t,e){let o=new Map;for(let r of t){let n=o.get(e(r));n?n.push(r):o.set(e(r),[r])}return o}var L=class{constructor(e){this.limit=e}limit;parts=[];bytes=0;line(e){let o=Buffer.byteLength(e)+1;return this.bytes+o>this.limit?!1:(this.parts.push(e),this.bytes+=o,!0)}cut(e){this.parts.push(e),this.bytes+=Buffer.byteLength(e)+1}text(){return this.parts.join(`
`)+`
`}};async function he(t){let e=[],o=t.previous?await gt(t.previous,e):void 0,r=new Set(["fleet.json"].map(s=>R.resolve(t.out,s)));t.previous&&r.add(R.resolve(t.previous));let n=await ce(t.sources,{skip:r}),i=pe(n.loaded,[...e,...n.problems],{previous:o,serverUrl:t.serverUrl,now:t.now});await ft(t.out,{recursive:!0});let c={"fleet.json":JSON.stringify(i,null,1)+`
`,"index.html":de(i),"summary.md":ge(i)};for(let[s,a]of Object.entries(c))await mt(R.join(t.out,s),a);return{fleet:i,files:Object.keys(c).map(s=>R.join(t.out,s)),previousMissing:t.previous!==void 0&&o===void 0&&!e.length}}async function gt(t,e){let o=i=>{e.push({source:t,kind:"invalid",message:`${t} (--previous): ${i}; nothing compared`})},r;try{r=JSON.parse(await dt(t,"utf8"))}catch(i){let c=i.code;return c==="ENOENT"?void 0:o(c?`cannot read (${c})`:"not JSON")}let n=r;return n?.schemaVersion!==1||!Array.isArray(n.services)||typeof n.generatedAt!="string"?o("not a fleet.json of this version"):(n.services=n.services.filter(i=>typeof i?.repository=="string"&&typeof i.path=="string"&&Array.isArray(i.trend)),n)}async function ye(t,e){return await t.paginate("GET /orgs/{org}/repos",{org:e,type:"all",per_page:100})}function ht(t,e){if(t.archived&&!e.includeArchived)return"archived";if(t.disabled)return"disabled";if(t.fork&&!e.includeForks)return"fork";if(t.size===0)return"empty";let o=t.topics??[],r=e.topics.find(n=>!o.includes(n));if(r)return`topic ${r} missing`;if(e.language&&(t.language??"").toLowerCase()!==e.language.toLowerCase())return`language ${t.language??"none"}`;if(e.name&&!e.name.test(t.name))return"name"}function we(t,e,o){let r=[],n=[];for(let s of[...t].sort((a,m)=>a.full_name.localeCompare(m.full_name))){let a=ht(s,e);a?n.push({repository:s.full_name,reason:a}):r.push(s.full_name)}let i=Math.max(o,Math.ceil(r.length/256)),c=[];for(let s=0;s<r.length;s+=i)c.push(r.slice(s,s+i));return{chunks:c,repositories:r,skipped:n}}import{spawn as yt}from"node:child_process";import{mkdtemp as wt,readFile as vt,rm as bt,writeFile as be}from"node:fs/promises";import $t from"node:os";import j from"node:path";async function $e(t,e){let o=0;for(let r of t){let n=j.join(e.out,`${r.replace("/","__")}.json`);try{await St(r,n,e),e.log(`${r}: scanned`)}catch(i){o++;let c=Ft(i);e.log(`${r}: failed: ${c}`),await be(n,JSON.stringify({failure:{repository:r,message:c}})+`
`)}}return{scanned:t.length-o,failed:o}}async function St(t,e,o){let[r,n]=t.split("/"),{data:i}=await o.client.request("GET /repos/{owner}/{repo}/commits/{ref}",{owner:r,repo:n,ref:"HEAD"}),{data:c}=await o.client.request("GET /repos/{owner}/{repo}/tarball/{ref}",{owner:r,repo:n,ref:i.sha}),s=await wt(j.join($t.tmpdir(),"bf-scan-"));try{await ve("tar",["-xzf","-","-C",s,"--strip-components=1","--no-same-owner","--no-same-permissions"],{input:Buffer.from(c)});let a=[o.cli,s,"--format","json","-o",e,"-q","--fail-on","never","--repository",t],{BACKEND_FIT_TOKEN:m,GITHUB_TOKEN:u,GH_TOKEN:l,...p}=o.env;await ve(process.execPath,a,{env:p});let f=JSON.parse(await vt(e,"utf8"));f.repository={...f.repository,name:t,commit:i.sha,...i.commit.committer?.date?{date:i.commit.committer.date}:{}},await be(e,JSON.stringify(f,null,2)+`
`)}finally{await bt(s,{recursive:!0,force:!0})}}function ve(t,e,o){return new Promise((r,n)=>{let i=yt(t,e,{stdio:["pipe","ignore","pipe"],env:o.env??process.env}),c="";i.stderr.on("data",s=>c=(c+String(s)).slice(-2e3)),i.on("error",s=>n(new Error(`${t}: ${s.message}`))),i.on("close",s=>{s===0||s===1&&t===process.execPath?r():n(new Error(`${j.basename(t)} exited ${s}: ${c.trim().split(`
`).pop()??""}`))}),i.stdin.on("error",()=>{}),i.stdin.end(o.input)})}function Ft(t){let e=t;return typeof e.status=="number"?`the API answered ${e.status}${e.response?.data?.message?`: ${e.response.data.message}`:""}`:(e.message??String(t)).split(`
`)[0]}import{parseArgs as Et}from"node:util";var Se=`Usage: backend-fit fleet <reports or folders...> [options]

Merges the JSON reports of many repositories (backend-fit --format json, or the action's
report-file) into one page for the organisation. Folders are searched for *.json reports.
A report that is missing, truncated, of another schema version, or a scan recorded as failed
is listed on the page and in the summary; the rest is still built.

Writes DIR/fleet.json (schema/fleet.schema.json), DIR/index.html (one file, no network)
and DIR/summary.md (under the job summary's 1 MiB, drifting services by owner first).

Options:
  -o, --out <dir>         where to write (default: fleet)
      --previous <file>   the last run's fleet.json: what changed since, and each service's trend
      --server-url <url>  links to repositories (default: GITHUB_SERVER_URL, else https://github.com)
  -q, --quiet             no lines on stderr for the reports not used
  -h, --help              show this help

Exit codes: 0 built, 2 usage error or the output could not be written.`;function Fe(t){let{values:e,positionals:o}=H("fleet",t,{out:{type:"string",short:"o"},previous:{type:"string"},"server-url":{type:"string"},quiet:{type:"boolean",short:"q"},help:{type:"boolean",short:"h"}});for(let r of["out","previous","server-url"])if(e[r]==="")throw new d(`fleet: --${r} needs a value`);if(!e.help&&o.length===0)throw new d("fleet: name at least one report or folder of reports (see fleet --help)");return{sources:o,out:String(e.out??"fleet"),previous:e.previous,serverUrl:e["server-url"],quiet:e.quiet===!0,help:e.help===!0}}var Ee=`Usage: backend-fit fleet-list --org <org> [options]

Lists the organisation's repositories through the API (GITHUB_API_URL; the token in
BACKEND_FIT_TOKEN, GITHUB_TOKEN or GH_TOKEN needs read access), filters them, and splits
them into chunks for a matrix job each. Inside GitHub Actions it sets the step outputs
chunks (JSON) and count.

Options:
      --org <org>           the organisation
      --topic <topic>       only repositories with this topic (repeat for several: all must be on it)
      --language <lang>     only repositories whose main language is this one
      --include-archived    archived repositories too (default: left out)
      --include-forks       forks too (default: left out)
      --name <regex>        only repositories whose name matches
      --chunk-size <n>      repositories per matrix job (default 10; more when needed to stay within 256 jobs)
  -o, --output <file>       the listing as JSON (default: repositories.json)
  -h, --help                show this help`;function ke(t){let{values:e}=H("fleet-list",t,{org:{type:"string"},topic:{type:"string",multiple:!0},language:{type:"string"},"include-archived":{type:"boolean"},"include-forks":{type:"boolean"},name:{type:"string"},"chunk-size":{type:"string"},output:{type:"string",short:"o"},help:{type:"boolean",short:"h"}}),o=e.help===!0;if(!o&&!e.org)throw new d("fleet-list: --org is required (see fleet-list --help)");let r=Number(e["chunk-size"]??10);if(!Number.isInteger(r)||r<1)throw new d(`fleet-list: --chunk-size must be a whole number above 0 (got "${e["chunk-size"]}")`);let n;if(typeof e.name=="string")try{n=new RegExp(e.name)}catch{throw new d(`fleet-list: --name is not a regular expression: ${e.name}`)}return{org:String(e.org??""),topics:e.topic??[],language:e.language,includeArchived:e["include-archived"]===!0,includeForks:e["include-forks"]===!0,name:n,chunkSize:r,output:String(e.output??"repositories.json"),help:o}}var _e=`Usage: backend-fit fleet-scan <owner/name...> [--out DIR]

Scans each repository's default branch (downloaded through the API as a tarball, no history)
and writes DIR/owner__name.json. A repository that cannot be read or scanned is written as a
failure record that backend-fit fleet lists; the others go on. Exit 0 unless called wrongly.

Options:
  -o, --out <dir>   where the reports go (default: reports)
  -h, --help        show this help`;function xe(t){let{values:e,positionals:o}=H("fleet-scan",t,{out:{type:"string",short:"o"},help:{type:"boolean",short:"h"}}),r=e.help===!0,n=o.find(i=>!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(i));if(n)throw new d(`fleet-scan: "${n}" is not owner/name`);return{repositories:o,out:String(e.out??"reports"),help:r}}function H(t,e,o){try{return Et({args:e,allowPositionals:!0,options:o})}catch(r){throw new d(`${t}: ${$(r,e,o,`${t} --help`)}`)}}var Oe=new Set(["fleet","fleet-list","fleet-scan"]);async function Te(t,e){let[o,...r]=t;return o==="fleet-list"?Tt(r,e):o==="fleet-scan"?Rt(r,e):Ot(r,e)}async function Ot(t,e){let o=Fe(t);if(o.help)return e.stdout.write(Se+`
`),0;let r=o.serverUrl??(e.env.GITHUB_SERVER_URL||void 0),n;try{n=await he({sources:o.sources,out:o.out,previous:o.previous,serverUrl:r})}catch(a){let m=a;if(m.code&&m.path)return e.stderr.write(`backend-fit: fleet: cannot write ${m.path}: ${m.code}
`),2;throw a}let{fleet:i,files:c}=n;if(n.previousMissing&&!o.quiet&&e.stderr.write(`note: ${o.previous}: no previous fleet.json there (a first run?): nothing compared
`),!o.quiet)for(let a of i.problems)e.stderr.write(`warning: ${a.kind}: ${a.message}
`);let{counts:s}=i;return e.stdout.write(`${s.services} services in ${s.repositories} repositories (${s.byVerdict.mismatch} mismatch, ${s.byVerdict.review} review)${i.problems.length?`; ${i.problems.length} reports not used`:""}: ${c.join(", ")}
`),0}function Re(t){let e=t.BACKEND_FIT_TOKEN||t.GITHUB_TOKEN||t.GH_TOKEN;if(!e)throw new d("no token: set BACKEND_FIT_TOKEN, GITHUB_TOKEN or GH_TOKEN to one that can read the repositories");return e}async function Tt(t,e){let o=ke(t);if(o.help)return e.stdout.write(Ee+`
`),0;let r=N(Re(e.env),e.env,s=>e.stderr.write(`${s}
`)),n;try{n=await ye(r,o.org)}catch(s){let a=s;return e.stderr.write(`backend-fit: fleet-list: cannot list ${o.org}'s repositories: ${a.status?`the API answered ${a.status}: `:""}${a.message.split(`
`)[0]}
`),2}let i=we(n,o,o.chunkSize);await xt(o.output,JSON.stringify({organisation:o.org,...i},null,2)+`
`),e.env.GITHUB_OUTPUT&&await kt(e.env.GITHUB_OUTPUT,`chunks=${JSON.stringify(i.chunks)}
count=${i.repositories.length}
`);let c=new Map;for(let s of i.skipped)c.set(s.reason.split(" ")[0],(c.get(s.reason.split(" ")[0])??0)+1);return e.stdout.write(`${i.repositories.length} repositories of ${o.org} in ${i.chunks.length} chunks${i.skipped.length?`; ${i.skipped.length} left out (${[...c].map(([s,a])=>`${s} ${a}`).join(", ")})`:""}: ${o.output}
`),0}async function Rt(t,e){let o=xe(t);if(o.help)return e.stdout.write(_e+`
`),0;let r=N(Re(e.env),e.env,i=>e.stderr.write(`${i}
`));await _t(o.out,{recursive:!0});let n=await $e(o.repositories,{client:r,out:o.out,cli:process.argv[1],env:e.env,log:i=>e.stdout.write(`${i}
`)});return e.stdout.write(`${n.scanned} scanned, ${n.failed} failed: ${o.out}
`),0}import{stat as Pt,writeFile as Nt}from"node:fs/promises";import{parseArgs as At}from"node:util";var Pe=`Usage: backend-fit history [path] [options]

Follows each service's verdict, fit and both scores over the current branch's
first-parent commits, read from git objects (nothing is checked out), and names
the commit after which each service now in review or mismatch has been drifting.

Options:
      --since <when>     a date (2026-01-31) or a span back from now (90d, 12w, 6m, 1y);
                         default 1y
      --points <n>       commits to sample, spread evenly in time, HEAD always one (default 12)
      --every <span>     or: one point every span back from HEAD (30d, 2w, 1m)
      --place-all        also pin services that appeared, went away or were renamed, and
                         verdict changes of services not drifting now, to their commit
                         (slower: more commits analysed); by default those are shown
                         between the two points they lie between
  -f, --format <fmt>     text (default), json or markdown (Mermaid charts)
  -o, --output <file>    write the history to a file instead of stdout
  -c, --config <file>    config file, as for a scan (default ${v})
  -h, --help             show this help

A shallow clone sees only the commits it has: fetch the full history first
(actions/checkout with fetch-depth: 0).`,Ae={since:{type:"string"},points:{type:"string"},every:{type:"string"},"place-all":{type:"boolean"},format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},help:{type:"boolean",short:"h"}};function Ne(t,e){let o;try{o=At({args:t,allowPositionals:!0,options:Ae})}catch(a){throw new d($(a,t,Ae,"history --help"))}let{values:r,positionals:n}=o;if(n.length>1)throw new d(`history: expected one path, got ${n.join(" ")}`);let i=r.format??"text";if(!C.includes(i))throw new d(`--format must be one of ${C.join(", ")} for history (got "${i}")`);if(r.points!==void 0&&r.every!==void 0)throw new d("give --points or --every, not both");let c={points:12};if(r.points!==void 0){let a=Number(r.points);if(!Number.isInteger(a)||a<1||a>1e3)throw new d(`--points must be a whole number from 1 to 1000 (got "${r.points}")`);c={points:a}}if(r.every!==void 0){let a=Y(r.every);if(a===void 0)throw new d(`--every must be a span such as 30d, 2w or 1m (got "${r.every}")`);c={every:a}}let s;if(r.since!==void 0&&(s=X(r.since,e),!s))throw new d(`--since must be a date (2026-01-31) or a span (90d, 6m, 1y) (got "${r.since}")`);for(let a of["output","config"])if(r[a]==="")throw new d(`--${a} needs a value`);return{root:n[0]??".",format:i,output:r.output,config:r.config??v,configExplicit:r.config!==void 0,...s?{since:s}:{},sampling:c,placeAll:r["place-all"]??!1,help:r.help??!1}}async function Ce(t,e,o={}){let r=o.now??new Date,n=Ne(t,r);if(n.help)return e.stdout.write(Pe+`
`),0;let i=u=>(e.stderr.write(`backend-fit: ${u}
`),2);if(!(await Pt(n.root).catch(()=>{}))?.isDirectory())return i(`${n.root}: not a folder (give the path of a repository)`);let s=await O({root:n.root,configFile:n.config,explicit:n.configExplicit,overrides:{},defaultFailOn:"never"}),a;try{a=await Q({root:n.root,settings:s,sampling:n.sampling,now:r,...n.placeAll?{maxProbes:Z}:{},...n.since?{since:n.since}:{},...o.readWorker?{readWorker:o.readWorker}:{}})}catch(u){if(u instanceof M)return i(`${n.root}: ${u.message} (history needs a git repository)`);throw u}let m=ee(a,n.format);if(n.output){let u=await Nt(n.output,m).catch(l=>l);if(u instanceof Error)return i(`cannot write ${n.output}: ${u.code??u.message}`)}else e.stdout.write(m);return 0}async function Ie(t,e,o={}){let r=(n,i=2)=>(e.stderr.write(`backend-fit: ${n}
`),i);try{if(Oe.has(t[0]??""))return await Te(t,e);if(t[0]==="history")return await Ce(t.slice(1),e,o);let n=ie(t);if(n.help)return e.stdout.write(oe+`
`),0;if(n.version)return e.stdout.write(x+`
`),0;if(!(await Ct(n.root).catch(()=>{}))?.isDirectory())return r(`${n.root}: not a folder (give the path of a repository)`);let c=n.base===void 0?void 0:await K(n.root,n.base);if(c)return r(c);let s=await O({root:n.root,configFile:n.config,explicit:n.configExplicit,overrides:{failOn:n.failOn},defaultFailOn:"never"}),a=se(e.stderr,!n.quiet&&e.stderr.isTTY===!0),m=await B({root:n.root,settings:s,baseRef:n.base,onProgress:(p,f)=>a.update(p,f),...o});a.done(),n.repository&&(m.repository=await z(n.root,n.repository,e.env));let u=n.format==="text"&&!n.output&&Lt(n.color,e),l=q(m,n.format,{color:u});if(n.output){let p=await It(n.output,l).catch(f=>f);if(p instanceof Error)return r(`cannot write ${n.output}: ${p.code??p.message}`)}else e.stdout.write(l);if(!n.quiet&&n.format!=="text")for(let p of m.warnings)e.stderr.write(`warning: ${p.file?`${p.file}: `:""}${p.message}
`);return m.policy.failed?1:0}catch(n){if(n instanceof d||n instanceof J)return r(n.message);let i=n instanceof Error?n.message:String(n);return e.env.BACKEND_FIT_DEBUG&&n instanceof Error&&e.stderr.write(`${n.stack}
`),r(`unexpected error: ${i.split(`
`)[0]} (set BACKEND_FIT_DEBUG=1 for details)`)}}function Lt(t,e){return t!==void 0?t:e.env.NO_COLOR?!1:e.env.FORCE_COLOR&&e.env.FORCE_COLOR!=="0"?!0:e.stdout.isTTY===!0}var jt=new URL("./read-worker.js",import.meta.url);te(await Ie(process.argv.slice(2),process,{readWorker:jt}));
