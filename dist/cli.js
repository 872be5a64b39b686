#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{A as P,c as U,e as O,f as E,h as k,i as G,j as M,l as T,m as R,n as v,p as H,r as K,u as B,v as J,w as V}from"./chunks/chunk-UN4EVSBR.js";import"./chunks/chunk-K6VZPPAH.js";import{h as F,k as D}from"./chunks/chunk-LTOTY5ZE.js";import"./chunks/chunk-TZN7URKK.js";function q(t){process.exitCode=t,process.stdout.write("",()=>process.stderr.write("",()=>process.exit(t)))}import{stat as bt,writeFile as $t}from"node:fs/promises";import{parseArgs as Oe}from"node:util";function z(t,e,o){let r=t.code,n=t instanceof Error?t.message.split(`
`)[0]:String(t),i=n.match(/^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/);if(i)return`${i[1]} needs a value (see --help)`;if(r!=="ERR_PARSE_ARGS_UNKNOWN_OPTION")return`${n.replace(/\.$/,"")} (see --help)`;let a=xe(e,o)??n.match(/'([^']+)'/)?.[1]??"",s=a.replace(/^-+/,""),c=Object.keys(o),f=a.startsWith("--")||s.length>1?F(s,c):void 0;return`unknown option ${a}${f?`; did you mean --${f}?`:""} (see --help)`}function xe(t,e){let o=new Set(Object.values(e).flatMap(r=>r.short?[r.short]:[]));for(let r of t){if(r==="--")return;if(r.startsWith("--")){let n=r.slice(2).split("=")[0];if(!(n in e))return`--${n}`}else if(r.startsWith("-")&&r.length>1){let n=[...r.slice(1)].find(i=>!o.has(i));if(n)return`-${n}`}}}var Te=["mismatch","review","never"],m=class extends Error{},X=`Usage: backend-fit [path] [options]

Scans a repository and tells whether its Node.js or Python backend still fits,
scored on the criteria of the "Node.js vs Python" guide.

Options:
  -f, --format <fmt>     text (default), json, markdown or sarif
  -o, --output <file>    write the report to a file instead of stdout
  -c, --config <file>    config file, relative to path and inside it (links out of the
                         scanned folder are refused); default: ${T}
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

Each "guide L\u2026" in a reason names a sentence of the guide: ${U}`,W={format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},"fail-on":{type:"string"},base:{type:"string"},repository:{type:"string"},quiet:{type:"boolean",short:"q"},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}};function Z(t){let e;try{e=Oe({args:t,allowPositionals:!0,options:W})}catch(s){throw new m(z(s,t,W))}let{values:o,positionals:r}=e;if(r.length>1)throw new m(`expected one path, got ${r.length}: ${r.join(" ")} (see --help)`);let n=Y("--format",o.format??"text",H),i=o["fail-on"]===void 0?void 0:Y("--fail-on",o["fail-on"],Te);for(let s of["output","config","base","repository"])if(o[s]==="")throw new m(`--${s} needs a value`);let a=o.repository===void 0?void 0:J(o.repository);if(a)throw new m(`--repository: ${a}`);return{root:r[0]??".",format:n,output:o.output,config:o.config??T,configExplicit:o.config!==void 0,failOn:i,base:o.base,repository:o.repository,quiet:o.quiet??!1,color:o["no-color"]?!1:o.color,help:o.help??!1,version:o.version??!1}}function Y(t,e,o){if(o.includes(e))return e;let r=F(e,o);throw new m(`${t} must be one of ${o.join(", ")} (got "${e}"${r?`; did you mean ${r}?`:""})`)}function Q(t,e,o=400){let r=Date.now(),n=!1,i=0;return{update(a,s){if(!e)return;let c=Date.now();c-r<o||c-i<80||(i=c,n=!0,t.write(`\r\x1B[2Kbackend-fit: reading files ${a}/${s}`))},done(){n&&t.write("\r\x1B[2K")}}}import{appendFile as gt,mkdir as mt,writeFile as ht}from"node:fs/promises";import{mkdir as tt,readFile as rt,writeFile as nt}from"node:fs/promises";import x from"node:path";import{readdir as Re,readFile as Pe,stat as Ae}from"node:fs/promises";import b from"node:path";var ee=1;async function te(t,e={}){let o=[],r=[];for(let n of t){let i=await Ae(n).catch(()=>{});if(!i){r.push({source:n,kind:"missing",message:`${n}: no such file or folder`});continue}let a=i.isDirectory()?await Ie(n):[n];for(let s of a){if(e.skip?.has(b.resolve(s)))continue;let c=await Ne(s);c&&"kind"in c?r.push(c):c&&o.push(c)}}return{loaded:o,problems:r}}async function Ne(t){let e=(a,s,c)=>({source:t,kind:a,message:`${t}: ${s}`,...c?{repository:c}:{}}),o;try{o=await Pe(t,"utf8")}catch(a){return e("missing",`cannot read (${a.code??"error"})`)}let r=A(t);if(o.trim()==="")return e("truncated","empty file",r);let n;try{n=JSON.parse(o)}catch{let a=o.trim();return a.startsWith("{")&&!a.endsWith("}")?e("truncated","ends before its JSON does (truncated)",r):e("invalid","not JSON",r)}if(!$(n))return e("invalid","not a backend-fit report",r);if(Le(n))return e("failed",`scan failed: ${je(n.failure.message)}`,n.failure.repository);if(!("schemaVersion"in n)||!("verdict"in n))return null;if(n.schemaVersion!==ee)return e("schema",`schemaVersion ${String(n.schemaVersion)}; this backend-fit reads ${ee}`,r);let i=Ce(n);return i?e("invalid",i,r):{source:t,report:n}}function Ce(t){if(typeof t.verdict!="string")return"no verdict";if(!Array.isArray(t.services))return"no services list";for(let[o,r]of t.services.entries())if(!$(r)||typeof r.path!="string"||typeof r.verdict!="string"||!$(r.scores))return`services[${o}] lacks path, verdict or scores`;if(!$(t.policy))return"no policy";let e=t.repository;if(e!==void 0&&(!$(e)||typeof e.name!="string"))return"repository.name is not a string"}function A(t){let e=b.basename(t,".json");return(e==="report"?b.basename(b.dirname(b.resolve(t))):e).replace("__","/")}async function Ie(t){return(await Re(t,{recursive:!0,withFileTypes:!0})).filter(o=>o.isFile()&&o.name.endsWith(".json")).map(o=>b.join(o.parentPath,o.name)).sort()}function $(t){return typeof t=="object"&&t!==null&&!Array.isArray(t)}function Le(t){let e=t.failure;return $(e)&&typeof e.repository=="string"&&typeof e.message=="string"}function je(t){return t.split(`
`)[0].slice(0,300)}var S=new Set(["review","mismatch"]);function y(t){return`${t.repository}:${t.path}`}var Ue=26,Ge=5,Me=["fits","review","mismatch","unknown"],De=["node","python","both","none"];function ne(t,e,o={}){let r=(o.serverUrl??"https://github.com").replace(/\/+$/,""),n=(o.now??new Date).toISOString(),i=[...e],a=new Map((o.previous?.services??[]).map(l=>[y(l),l])),s=new Map;for(let l of t){let p=l.report.repository?.name??A(l.source),u=s.get(p);if(!u){s.set(p,l);continue}let[g,h]=qe(l,u)?[l,u]:[u,l];s.set(p,g),i.push({source:h.source,repository:p,kind:"duplicate",message:`${h.source}: a second report of ${p}; ${g.source} is the newer and is used`})}let c=[],f=[];for(let[l,{report:p}]of[...s].sort(([u],[g])=>u.localeCompare(g))){let u=p.repository,g=`${r}/${l}/tree/${u?.commit??"HEAD"}`;c.push({name:l,...u?.commit?{commit:u.commit}:{},...u?.date?{date:u.date}:{},url:`${r}/${l}`,...u?.run?{runUrl:u.run}:{},verdict:p.verdict,services:p.services.length,policy:{failOn:p.policy.failOn,failed:p.policy.failed,reasons:p.policy.reasons??[],...p.policy.sources?{sources:p.policy.sources}:{}},waivers:p.services.flatMap(h=>h.waiver?[{service:h.path,...h.waiver}]:[]),warnings:p.warnings?.length??0});for(let h of p.services){let w=He(l,h,p,g),L=a.get(y(w)),ke=L?.trend??Ke(p,h.path).filter(_e=>!u?.date||_e.date<u.date);w.trend=Be(w,n,ke);let j=Je(w,L,o.previous!==void 0);j&&(w.change=j),f.push(w)}}let d=Ve(f,o.previous,new Set(s.keys()));return{schemaVersion:1,tool:{name:"backend-fit",version:k},generatedAt:n,...o.previous?{previous:{generatedAt:o.previous.generatedAt,services:o.previous.services.length}}:{},counts:{repositories:c.length,services:f.length,byVerdict:re(f,l=>l.verdict,Me),byBackend:re(f,l=>l.current,De)},repositories:c,services:f,changes:d,problems:i.sort((l,p)=>l.source.localeCompare(p.source))}}function He(t,e,o,r){let n={kind:e.kind,name:e.name,owner:e.owner,system:e.system,lifecycle:e.lifecycle,plan:e.plan?ze(e.plan.suggestion):void 0,expected:e.expected,waiver:e.waiver,runUrl:o.repository?.run};return{repository:t,path:e.path,...Object.fromEntries(Object.entries(n).filter(([,i])=>i!==void 0&&i!=="")),current:e.current,frameworks:e.frameworks??[],verdict:e.verdict,fitScore:e.fitScore,scores:{node:e.scores.node,python:e.scores.python},recommended:e.recommended,url:e.path==="."?r:`${r}/${e.path.split("/").map(encodeURIComponent).join("/")}`,trend:[]}}function Ke(t,e){let o=t.history?.points;return Array.isArray(o)?o.flatMap(r=>{let n=r?.services?.[e];return n&&typeof r.commit?.date=="string"&&typeof n.fitScore=="number"?[{date:r.commit.date,verdict:n.verdict,fitScore:n.fitScore}]:[]}):[]}function Be(t,e,o){let r={date:e,verdict:t.verdict,fitScore:t.fitScore};return[...o.filter(i=>i.date<e),r].slice(-Ue)}function Je(t,e,o){let r=e?e.trend.at(-1):o?void 0:t.trend.at(-2);if(!r)return o?{kind:"new"}:void 0;let n={from:r.verdict,fromFit:r.fitScore},i=S.has(r.verdict),a=S.has(t.verdict);if(!i&&a)return{kind:"new-drift",...n};if(i&&!a&&t.verdict==="fits")return{kind:"fixed",...n};if(r.verdict!==t.verdict||Math.abs(r.fitScore-t.fitScore)>=Ge)return{kind:"changed",...n}}function Ve(t,e,o){let r=i=>t.filter(a=>a.change?.kind===i).map(y).sort(),n=new Set(t.map(y));return{newDrifts:r("new-drift"),fixed:r("fixed"),newServices:r("new"),gone:(e?.services??[]).filter(i=>o.has(i.repository)&&!n.has(y(i))).map(y).sort()}}function qe(t,e){return(t.report.repository?.date??"")>(e.report.repository?.date??"")}function re(t,e,o){let r=Object.fromEntries(o.map(n=>[n,0]));for(let n of t)r[e(n)]=(r[e(n)]??0)+1;return r}function ze(t){let e=/^.*?[.!?](?=\s|$)/s.exec(t.trim());return(e?e[0]:t.trim()).replace(/\s+/g," ")}import{createHash as We}from"node:crypto";function se(t){let e='"use strict";(()=>{var k=new Set(["review","mismatch"]);function r(e,t={},...s){let n=document.createElement(e);for(let[o,i]of Object.entries(t))i===void 0||i===!1||n.setAttribute(o,i===!0?"":String(i));return D(n,s),n}function D(e,t){for(let s of t)s==null||s===!1||e.appendChild(typeof s=="object"?s:document.createTextNode(String(s)))}function f(e,t){return!e||!/^https?:\\/\\//i.test(e)?r("span",{},t):r("a",{href:e,rel:"noopener noreferrer"},t)}var w="http://www.w3.org/2000/svg";function F(e){let n=document.createElementNS(w,"svg");n.setAttribute("class","spark"),n.setAttribute("width",String(72)),n.setAttribute("height",String(18)),n.setAttribute("viewBox","0 0 72 18"),n.setAttribute("role","img");let o=e.length>1?`fit ${e.map(u=>u.fitScore).join(", ")} over ${e.length} runs`:`fit ${e[0]?.fitScore??"?"}, one run`;n.setAttribute("aria-label",o);let i=document.createElementNS(w,"title");i.textContent=o,n.appendChild(i);let c=document.createElementNS(w,"polyline"),d=e.length>1?68/(e.length-1):0;c.setAttribute("points",e.map((u,B)=>`${(2+B*d).toFixed(1)},${(16-14*u.fitScore/100).toFixed(1)}`).join(" ")),n.appendChild(c);let a=e.at(-1);if(a){let u=document.createElementNS(w,"circle");u.setAttribute("cx",(2+(e.length-1)*d).toFixed(1)),u.setAttribute("cy",(16-14*a.fitScore/100).toFixed(1)),u.setAttribute("r","2"),n.appendChild(u)}return n}var j={mismatch:0,review:1,unknown:2,fits:3},I={"new-drift":0,new:1,changed:2,fixed:3},C=new WeakMap;function P(e){let t=C.get(e);return t===void 0&&(t=[e.repository,e.path,e.name,e.owner,e.system,e.lifecycle,e.kind,e.plan,...e.frameworks].filter(Boolean).join(`\n`).toLowerCase(),C.set(e,t)),t}function L(e,t){let s=t.text.toLowerCase().split(/\\s+/).filter(Boolean);return e.filter(n=>(!t.verdict||n.verdict===t.verdict)&&(!t.owner||n.owner===t.owner)&&(!t.system||n.system===t.system)&&(!t.backend||n.current===t.backend)&&(!t.change||n.change?.kind===t.change)&&s.every(o=>P(n).includes(o)))}function T(e,t){switch(t){case"verdict":return j[e.verdict]??9;case"fitScore":return e.fitScore;case"node":return e.scores.node;case"python":return e.scores.python;case"change":return e.change?I[e.change.kind]??9:9;default:return e[t]??""}}var E=new Intl.Collator("en",{numeric:!0,sensitivity:"base"});function A(e,t,s){return[...e].sort((n,o)=>{let i=T(n,t),c=T(o,t);return(typeof i=="number"&&typeof c=="number"?i-c:E.compare(String(i),String(c)))*s||E.compare(n.repository,o.repository)||E.compare(n.path,o.path)})}var x=36,R=12,V=["mismatch","review","fits","unknown"],h={node:"Node.js",python:"Python",both:"both",none:"none"},H={"new-drift":"new drift",fixed:"fixed",new:"new",changed:"changed"},l=JSON.parse(document.getElementById("fleet-data").textContent),p={text:"",verdict:"",owner:"",system:"",backend:"",change:""},g={key:"verdict",dir:1},m="services",v=[],K=document.getElementById("app");K.replaceChildren();K.append(U(),q(),G(),W(),r("div",{id:"view"}));$("services");function U(){let{counts:e}=l,t=V.map(n=>r("button",{type:"button",class:"card","data-verdict":n,"aria-pressed":"false",title:`Show ${n} services`},r("strong",{},e.byVerdict[n]),r("span",{class:`v v-${n}`},n)));for(let n of t)n.addEventListener("click",()=>{let o=n.dataset.verdict;S("verdict",p.verdict===o?"":o)});let s=Object.keys(h).filter(n=>e.byBackend[n]>0).map(n=>r("button",{type:"button",class:"card","data-backend":n,"aria-pressed":"false",title:`Show ${h[n]} services`},r("strong",{},e.byBackend[n]),h[n]));for(let n of s)n.addEventListener("click",()=>{let o=n.dataset.backend;S("backend",p.backend===o?"":o)});return r("section",{"aria-labelledby":"title"},r("h1",{id:"title"},`${e.services} services in ${e.repositories} repositories`),r("p",{class:"muted"},`backend-fit, built ${l.generatedAt.slice(0,16).replace("T"," ")} UTC`,l.previous?`; compared with the run of ${l.previous.generatedAt.slice(0,10)}`:""),r("div",{class:"counts"},r("div",{},r("h2",{id:"by-verdict"},"Services by verdict"),r("div",{class:"cards",role:"group","aria-labelledby":"by-verdict"},...t)),r("div",{},r("h2",{id:"by-backend"},"Services by backend"),r("div",{class:"cards",role:"group","aria-labelledby":"by-backend"},...s))))}function q(){let{changes:e}=l,t=e.newDrifts.length+e.fixed.length+e.newServices.length+e.gone.length;if(!l.previous&&t===0)return"";let s=(n,o,i)=>{let c=r("ul",{},...i.slice(0,20).map(a=>r("li",{},r("code",{},a)))),d=n==="gone"?r("strong",{},`${i.length} ${o}`):r("button",{type:"button",class:"card","data-change":n},r("strong",{},i.length),o);return n!=="gone"&&d.addEventListener("click",()=>S("change",n)),r("div",{id:`changes-${n}`},d,i.length>0?c:"",i.length>20?`\\u2026 and ${i.length-20} more`:"")};return r("section",{id:"changes","aria-labelledby":"changes-title"},r("h2",{id:"changes-title"},"Since the last run"),r("div",{class:"cards"},s("new-drift","new drifts",e.newDrifts),s("fixed","fixed",e.fixed),s("new","new services",e.newServices),s("gone","gone",e.gone)))}function G(){return l.problems.length===0?"":r("section",{id:"problems","aria-labelledby":"problems-title"},r("h2",{id:"problems-title"},`Reports not used: ${l.problems.length}`),r("ul",{class:"problems"},...l.problems.map(e=>r("li",{"data-kind":e.kind},r("strong",{},e.kind),": ",e.message))))}function W(){let e=[["services","Services"],["owners","Owners"],["repositories","Repositories and policy"]],t=r("div",{class:"tabs",role:"tablist","aria-label":"Views"});for(let[s,n]of e){let o=r("button",{type:"button",role:"tab",id:`tab-${s}`,"aria-selected":"false","aria-controls":"view"},n);o.addEventListener("click",()=>$(s)),t.append(o)}return t}function $(e){m=e;for(let s of document.querySelectorAll(".tabs button"))s.setAttribute("aria-selected",String(s.id===`tab-${m}`));let t=document.getElementById("view");t.setAttribute("role","tabpanel"),t.setAttribute("aria-labelledby",`tab-${m}`),m==="services"?t.replaceChildren(_()):m==="owners"?t.replaceChildren(J()):t.replaceChildren(Q()),m==="services"&&y()}function S(e,t){p[e]=t,m!=="services"&&$("services");let s=document.getElementById(`filter-${e}`);s&&(s.value=t),y()}function M(e){return[...new Set(l.services.map(e).filter(t=>!!t))].sort((t,s)=>t.localeCompare(s))}function b(e,t,s){let n=r("select",{id:`filter-${e}`},r("option",{value:""},"all"),...s.map(([o,i])=>r("option",{value:o},i)));return n.value=p[e],n.addEventListener("change",()=>{p[e]=n.value,y()}),r("label",{for:`filter-${e}`},t,n)}function _(){let e=r("input",{id:"filter-text",type:"search",placeholder:"repository, path, owner, framework\\u2026",autocomplete:"off"});e.value=p.text,e.addEventListener("input",()=>{p.text=e.value,y()});let s=r("tr",{},...[["repository","Repository"],["path","Service"],["verdict","Verdict"],["fitScore","Fit","num"],["node","Node.js","num"],["python","Python","num"],["current","Backend"],["change","Change"],[null,"Trend"],["owner","Owner"],["system","System"],["lifecycle","Lifecycle"],["kind","Kind"],[null,"Plan"],[null,"Latest run"]].map(([i,c,d])=>{if(!i)return r("th",{scope:"col"},c);let a=r("button",{type:"button"},c);return a.addEventListener("click",()=>{g={key:i,dir:g.key===i?-g.dir:1},y()}),r("th",{scope:"col",class:d,"data-sort":i,"aria-sort":"none"},a)})),n=r("div",{class:"scroller",id:"scroller",tabindex:0,role:"region","aria-label":"Services table, scrollable"},r("table",{id:"services-table"},r("caption",{class:"skip"},"Every service"),r("thead",{},s),r("tbody"))),o=!1;return n.addEventListener("scroll",()=>{o||(o=!0,requestAnimationFrame(()=>{o=!1,O()}))}),r("section",{id:"services","aria-label":"Services"},r("div",{class:"filters",role:"search"},r("label",{for:"filter-text"},"Search",e),b("verdict","Verdict",V.map(i=>[i,i])),b("owner","Owner",M(i=>i.owner).map(i=>[i,i])),b("system","System",M(i=>i.system).map(i=>[i,i])),b("backend","Backend",Object.keys(h).map(i=>[i,h[i]])),b("change","Since the last run",Object.entries(H))),r("p",{id:"shown-count","aria-live":"polite",class:"muted"}),n)}function y(){for(let t of document.querySelectorAll("[data-verdict]"))t.setAttribute("aria-pressed",String(t.dataset.verdict===p.verdict));for(let t of document.querySelectorAll("[data-backend]"))t.setAttribute("aria-pressed",String(t.dataset.backend===p.backend));if(m!=="services")return;v=A(L(l.services,p),g.key,g.dir);for(let t of document.querySelectorAll("#services-table th[data-sort]"))t.setAttribute("aria-sort",t.dataset.sort===g.key?g.dir===1?"ascending":"descending":"none");document.getElementById("shown-count").textContent=`Showing ${v.length} of ${l.services.length} services`;let e=document.getElementById("scroller");e.scrollTop=0,O()}function O(){let e=document.getElementById("scroller"),t=document.querySelector("#services-table tbody");if(!e||!t)return;let s=Math.max(0,Math.floor(e.scrollTop/x)-R),n=Math.min(v.length,Math.ceil((e.scrollTop+e.clientHeight)/x)+R),o=i=>{let c=r("tr",{class:"spacer","aria-hidden":"true"},r("td",{colspan:15}));return c.style.height=`${i*x}px`,c};t.replaceChildren(...s>0?[o(s)]:[],...v.slice(s,n).map(z),...n<v.length?[o(v.length-n)]:[])}function z(e){let t=(s,n)=>r("td",n?{class:n}:{},s);return r("tr",{"data-key":`${e.repository}:${e.path}`},t(f(e.url?.replace(/\\/tree\\/.*$/,""),e.repository)),t(f(e.url,`${e.path==="."?"(root)":e.path}${e.name?` (${e.name})`:""}`)),t(r("span",{class:`v v-${e.verdict}`},e.verdict)),t(e.fitScore,"num"),t(e.scores.node,"num"),t(e.scores.python,"num"),t(h[e.current]),t(e.change?r("span",{class:`change change-${e.change.kind}`,title:e.change.from?`was ${e.change.from}, fit ${e.change.fromFit}`:"not in the last run"},H[e.change.kind]):""),t(F(e.trend)),t(e.owner??""),t(e.system??""),t(e.lifecycle??""),t(e.kind??""),r("td",{class:"plan",title:e.plan??""},e.plan??(e.waiver?`waived until ${e.waiver.expires}: ${e.waiver.reason}`:"")),t(f(e.runUrl,e.runUrl?"run":"")))}function J(){let e=new Map;for(let n of l.services){let o=n.owner||"(no owner)",i=e.get(o);i?i.push(n):e.set(o,[n])}let t=n=>n.filter(o=>k.has(o.verdict)).length,s=[...e].sort(([n,o],[i,c])=>t(c)-t(o)||c.length-o.length||n.localeCompare(i)).map(([n,o])=>{let i=a=>o.filter(u=>u.verdict===a).length,c=r("button",{type:"button",class:"owner-link","data-owner":n},n);c.addEventListener("click",()=>S("owner",n==="(no owner)"?"":n));let d=o.filter(a=>k.has(a.verdict)).slice(0,3).map(a=>`${a.repository} ${a.path}`).join(", ");return r("tr",{"data-owner-row":n},r("td",{},c),r("td",{class:"num"},o.length),r("td",{class:"num"},i("mismatch")),r("td",{class:"num"},i("review")),r("td",{class:"num"},i("fits")),r("td",{class:"num"},i("unknown")),r("td",{class:"num"},new Set(o.map(a=>a.repository)).size),r("td",{},d))});return r("section",{id:"owners","aria-label":"Owners"},r("p",{class:"muted"},"Owners from Backstage descriptors or CODEOWNERS; those with drifting services first. Choose an owner to see their services."),N("owners-table",["Owner","Services","Mismatch","Review","Fits","Unknown","Repositories","Drifting"],s))}function N(e,t,s){return r("table",{class:"plain",id:e},r("thead",{},r("tr",{},...t.map(n=>r("th",{scope:"col"},n)))),r("tbody",{},...s))}function Q(){let e=l.repositories.map(t=>r("tr",{"data-repository":t.name},r("td",{},f(t.url,t.name)),r("td",{},t.commit?r("code",{},t.commit.slice(0,7)):""),r("td",{},t.date?.slice(0,10)??""),r("td",{},r("span",{class:`v v-${t.verdict}`},t.verdict)),r("td",{class:"num"},t.services),r("td",{},`fail-on ${t.policy.failOn}`,t.policy.sources?.["fail-on"]?` (from ${t.policy.sources["fail-on"]})`:"",t.policy.failed?" \\u2014 failed":""),r("td",{},...t.waivers.map(s=>r("div",{},r("code",{},s.service),` until ${s.expires}${s.active?"":" (expired)"}: ${s.reason}`))),r("td",{},f(t.runUrl,t.runUrl?"run":""))));return r("section",{id:"repositories","aria-label":"Repositories"},N("repositories-table",["Repository","Commit","Date","Verdict","Services","Policy","Waivers","Latest run"],e))}})();\n',o=`:root {
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
`,r=["default-src 'none'",`script-src '${oe(e)}'`,`style-src '${oe(o)}'`,"img-src data:","base-uri 'none'","form-action 'none'"].join("; "),n=`backend-fit: ${t.counts.services} services in ${t.counts.repositories} repositories`;return`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${r}">
<meta name="referrer" content="no-referrer">
<title>${ie(n)}</title>
<style>${o}</style>
</head>
<body>
<a class="skip" href="#view">Skip to the table</a>
<main id="app"><h1>${ie(n)}</h1><noscript><p>The table needs JavaScript; fleet.json beside this page holds the same data.</p></noscript></main>
<script type="application/json" id="fleet-data">${Ye(t)}</script>
<script>${e}</script>
</body>
</html>
`}function oe(t){return`sha256-${We("sha256").update(t,"utf8").digest("base64")}`}function ie(t){return t.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;")}function Ye(t){return JSON.stringify(t).replace(/</g,"\\u003c").replace(/\u2028/g,"\\u2028").replace(/\u2029/g,"\\u2029")}var Xe=1e6,Ze="(no owner)",_={mismatch:0,review:1,unknown:2,fits:3};function ce(t,e={}){let o=e.limit??Xe,r=new N(o-400),{counts:n}=t;r.line(`## backend-fit across ${n.repositories} repositories: ${n.services} services`),r.line(""),r.line(["mismatch","review","fits","unknown"].map(d=>`${E[d]} ${n.byVerdict[d]} ${d}`).join(" \xB7 ")+" \u2014 "+["node","python","both","none"].filter(d=>n.byBackend[d]>0).map(d=>`${O[d]} ${n.byBackend[d]}`).join(" \xB7 ")),e.pageUrl&&r.line(`
The page: ${e.pageUrl}`),r.line("");let i=t.services.filter(d=>S.has(d.verdict));r.line(`### Needs attention: ${i.length} drifting service${i.length===1?"":"s"}`),r.line(""),i.length===0&&r.line("No service is in review or mismatch.");let s=[...et(i,d=>d.owner||Ze)].sort(([d,l],[p,u])=>u.length-l.length||d.localeCompare(p));e:for(let[d,l]of s){if(!r.line(`**${v(d)}** (${l.length})
`))break;let p=[...l].sort((u,g)=>_[u.verdict]-_[g.verdict]||u.fitScore-g.fitScore);for(let[u,g]of p.entries())if(!r.line(`- ${E[g.verdict]} ${ae(g)}: ${Qe(g)}${g.plan?` \u2014 ${R(g.plan)}`:""}`)){r.cut(`- \u2026 ${p.length-u} more of this owner, and the owners after it: see the page`);break e}r.line("")}let{changes:c}=t;if(t.previous||c.newDrifts.length+c.fixed.length+c.newServices.length>0){r.line(`### Since the last run${t.previous?` (${t.previous.generatedAt.slice(0,10)})`:""}`),r.line("");let d=new Map(t.services.map(l=>[y(l),l]));for(let[l,p]of[["New drifts",c.newDrifts],["Fixed",c.fixed],["New services",c.newServices],["Gone",c.gone]]){let u=p.map(g=>d.get(g)?ae(d.get(g)):v(g));if(!r.line(`- ${l} (${p.length}): ${u.slice(0,50).join(", ")||"none"}${p.length>50?", \u2026":""}`))break}r.line("")}if(t.problems.length>0){r.line(`### Reports not used: ${t.problems.length}`),r.line("");for(let[d,l]of t.problems.entries())if(!r.line(`- ${l.kind}: ${R(l.message)}`)){r.cut(`- \u2026 ${t.problems.length-d} more`);break}r.line("")}r.line("### Every service"),r.line(""),r.line("| repository | service | owner | backend | verdict | fit | Node.js | Python |"),r.line("| --- | --- | --- | --- | --- | ---: | ---: | ---: |");let f=[...t.services].sort((d,l)=>_[d.verdict]-_[l.verdict]||d.fitScore-l.fitScore);for(let[d,l]of f.entries()){let p=g=>g?v(g,{inTable:!0}):"",u=`| ${p(l.repository)} | ${p(l.path)} | ${p(l.owner)} | ${l.current} | ${E[l.verdict]} ${l.verdict} | ${l.fitScore} | ${l.scores.node} | ${l.scores.python} |`;if(!r.line(u)){r.cut(`
${f.length-d} more services are not listed here (the summary's 1 MiB): see the page or fleet.json.`);break}}return r.text()}function ae(t){return`${v(t.repository)} ${v(t.path)}`}function Qe(t){return`${t.verdict}, fit ${t.fitScore} on ${O[t.current]} (Node.js ${t.scores.node}, Python ${t.scores.python})`}function et(t,e){let o=new Map;for(let r of t){let n=o.get(e(r));n?n.push(r):o.set(e(r),[r])}return o}var N=class{constructor(e){this.limit=e}limit;parts=[];bytes=0;line(e){let o=Buffer.byteLength(e)+1;return this.bytes+o>this.limit?!1:(this.parts.push(e),this.bytes+=o,!0)}cut(e){this.parts.push(e),this.bytes+=Buffer.byteLength(e)+1}text(){return this.parts.join(`
`)+`
`}};async function le(t){let e=[],o=t.previous?await ot(t.previous,e):void 0,r=new Set(["fleet.json"].map(s=>x.resolve(t.out,s)));t.previous&&r.add(x.resolve(t.previous));let n=await te(t.sources,{skip:r}),i=ne(n.loaded,[...e,...n.problems],{previous:o,serverUrl:t.serverUrl,now:t.now});await tt(t.out,{recursive:!0});let a={"fleet.json":JSON.stringify(i,null,1)+`
`,"index.html":se(i),"summary.md":ce(i)};for(let[s,c]of Object.entries(a))await nt(x.join(t.out,s),c);return{fleet:i,files:Object.keys(a).map(s=>x.join(t.out,s)),previousMissing:t.previous!==void 0&&o===void 0&&!e.length}}async function ot(t,e){let o=i=>{e.push({source:t,kind:"invalid",message:`${t} (--previous): ${i}; nothing compared`})},r;try{r=JSON.parse(await rt(t,"utf8"))}catch(i){let a=i.code;return a==="ENOENT"?void 0:o(a?`cannot read (${a})`:"not JSON")}let n=r;return n?.schemaVersion!==1||!Array.isArray(n.services)||typeof n.generatedAt!="string"?o("not a fleet.json of this version"):(n.services=n.services.filter(i=>typeof i?.repository=="string"&&typeof i.path=="string"&&Array.isArray(i.trend)),n)}async function pe(t,e){return await t.paginate("GET /orgs/{org}/repos",{org:e,type:"all",per_page:100})}function it(t,e){if(t.archived&&!e.includeArchived)return"archived";if(t.disabled)return"disabled";if(t.fork&&!e.includeForks)return"fork";if(t.size===0)return"empty";let o=t.topics??[],r=e.topics.find(n=>!o.includes(n));if(r)return`topic ${r} missing`;if(e.language&&(t.language??"").toLowerCase()!==e.language.toLowerCase())return`language ${t.language??"none"}`;if(e.name&&!e.name.test(t.name))return"name"}function ue(t,e,o){let r=[],n=[];for(let s of[...t].sort((c,f)=>c.full_name.localeCompare(f.full_name))){let c=it(s,e);c?n.push({repository:s.full_name,reason:c}):r.push(s.full_name)}let i=Math.max(o,Math.ceil(r.length/256)),a=[];for(let s=0;s<r.length;s+=i)a.push(r.slice(s,s+i));return{chunks:a,repositories:r,skipped:n}}import{spawn as st}from"node:child_process";import{mkdtemp as at,readFile as ct,rm as lt,writeFile as fe}from"node:fs/promises";import pt from"node:os";import C from"node:path";async function ge(t,e){let o=0;for(let r of t){let n=C.join(e.out,`${r.replace("/","__")}.json`);try{await ut(r,n,e),e.log(`${r}: scanned`)}catch(i){o++;let a=dt(i);e.log(`${r}: failed: ${a}`),await fe(n,JSON.stringify({failure:{repository:r,message:a}})+`
`)}}return{scanned:t.length-o,failed:o}}async function ut(t,e,o){let[r,n]=t.split("/"),{data:i}=await o.client.request("GET /repos/{owner}/{repo}/commits/{ref}",{owner:r,repo:n,ref:"HEAD"}),{data:a}=await o.client.request("GET /repos/{owner}/{repo}/tarball/{ref}",{owner:r,repo:n,ref:i.sha}),s=await at(C.join(pt.tmpdir(),"bf-scan-"));try{await de("tar",["-xzf","-","-C",s,"--strip-components=1","--no-same-owner","--no-same-permissions"],{input:Buffer.from(a)});let c=[o.cli,s,"--format","json","-o",e,"-q","--fail-on","never","--repository",t],{BACKEND_FIT_TOKEN:f,GITHUB_TOKEN:d,GH_TOKEN:l,...p}=o.env;await de(process.execPath,c,{env:p});let u=JSON.parse(await ct(e,"utf8"));u.repository={...u.repository,name:t,commit:i.sha,...i.commit.committer?.date?{date:i.commit.committer.date}:{}},await fe(e,JSON.stringify(u,null,2)+`
`)}finally{await lt(s,{recursive:!0,force:!0})}}function de(t,e,o){return new Promise((r,n)=>{let i=st(t,e,{stdio:["pipe","ignore","pipe"],env:o.env??process.env}),a="";i.stderr.on("data",s=>a=(a+String(s)).slice(-2e3)),i.on("error",s=>n(new Error(`${t}: ${s.message}`))),i.on("close",s=>{s===0||s===1&&t===process.execPath?r():n(new Error(`${C.basename(t)} exited ${s}: ${a.trim().split(`
`).pop()??""}`))}),i.stdin.on("error",()=>{}),i.stdin.end(o.input)})}function dt(t){let e=t;return typeof e.status=="number"?`the API answered ${e.status}${e.response?.data?.message?`: ${e.response.data.message}`:""}`:(e.message??String(t)).split(`
`)[0]}import{parseArgs as ft}from"node:util";var me=`Usage: backend-fit fleet <reports or folders...> [options]

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

Exit codes: 0 built, 2 usage error or the output could not be written.`;function he(t){let{values:e,positionals:o}=I("fleet",t,{out:{type:"string",short:"o"},previous:{type:"string"},"server-url":{type:"string"},quiet:{type:"boolean",short:"q"},help:{type:"boolean",short:"h"}});for(let r of["out","previous","server-url"])if(e[r]==="")throw new m(`fleet: --${r} needs a value`);if(!e.help&&o.length===0)throw new m("fleet: name at least one report or folder of reports (see fleet --help)");return{sources:o,out:String(e.out??"fleet"),previous:e.previous,serverUrl:e["server-url"],quiet:e.quiet===!0,help:e.help===!0}}var ye=`Usage: backend-fit fleet-list --org <org> [options]

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
  -h, --help                show this help`;function we(t){let{values:e}=I("fleet-list",t,{org:{type:"string"},topic:{type:"string",multiple:!0},language:{type:"string"},"include-archived":{type:"boolean"},"include-forks":{type:"boolean"},name:{type:"string"},"chunk-size":{type:"string"},output:{type:"string",short:"o"},help:{type:"boolean",short:"h"}}),o=e.help===!0;if(!o&&!e.org)throw new m("fleet-list: --org is required (see fleet-list --help)");let r=Number(e["chunk-size"]??10);if(!Number.isInteger(r)||r<1)throw new m(`fleet-list: --chunk-size must be a whole number above 0 (got "${e["chunk-size"]}")`);let n;if(typeof e.name=="string")try{n=new RegExp(e.name)}catch{throw new m(`fleet-list: --name is not a regular expression: ${e.name}`)}return{org:String(e.org??""),topics:e.topic??[],language:e.language,includeArchived:e["include-archived"]===!0,includeForks:e["include-forks"]===!0,name:n,chunkSize:r,output:String(e.output??"repositories.json"),help:o}}var ve=`Usage: backend-fit fleet-scan <owner/name...> [--out DIR]

Scans each repository's default branch (downloaded through the API as a tarball, no history)
and writes DIR/owner__name.json. A repository that cannot be read or scanned is written as a
failure record that backend-fit fleet lists; the others go on. Exit 0 unless called wrongly.

Options:
  -o, --out <dir>   where the reports go (default: reports)
  -h, --help        show this help`;function be(t){let{values:e,positionals:o}=I("fleet-scan",t,{out:{type:"string",short:"o"},help:{type:"boolean",short:"h"}}),r=e.help===!0,n=o.find(i=>!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(i));if(n)throw new m(`fleet-scan: "${n}" is not owner/name`);return{repositories:o,out:String(e.out??"reports"),help:r}}function I(t,e,o){try{return ft({args:e,allowPositionals:!0,options:o})}catch(r){throw new m(`${t}: ${r.message.split(`
`)[0]} (see ${t} --help)`)}}var $e=new Set(["fleet","fleet-list","fleet-scan"]);async function Se(t,e){let[o,...r]=t;return o==="fleet-list"?wt(r,e):o==="fleet-scan"?vt(r,e):yt(r,e)}async function yt(t,e){let o=he(t);if(o.help)return e.stdout.write(me+`
`),0;let r=o.serverUrl??(e.env.GITHUB_SERVER_URL||void 0),n;try{n=await le({sources:o.sources,out:o.out,previous:o.previous,serverUrl:r})}catch(c){let f=c;if(f.code&&f.path)return e.stderr.write(`backend-fit: fleet: cannot write ${f.path}: ${f.code}
`),2;throw c}let{fleet:i,files:a}=n;if(n.previousMissing&&!o.quiet&&e.stderr.write(`note: ${o.previous}: no previous fleet.json there (a first run?): nothing compared
`),!o.quiet)for(let c of i.problems)e.stderr.write(`warning: ${c.kind}: ${c.message}
`);let{counts:s}=i;return e.stdout.write(`${s.services} services in ${s.repositories} repositories (${s.byVerdict.mismatch} mismatch, ${s.byVerdict.review} review)${i.problems.length?`; ${i.problems.length} reports not used`:""}: ${a.join(", ")}
`),0}function Fe(t){let e=t.BACKEND_FIT_TOKEN||t.GITHUB_TOKEN||t.GH_TOKEN;if(!e)throw new m("no token: set BACKEND_FIT_TOKEN, GITHUB_TOKEN or GH_TOKEN to one that can read the repositories");return e}async function wt(t,e){let o=we(t);if(o.help)return e.stdout.write(ye+`
`),0;let r=P(Fe(e.env),e.env,s=>e.stderr.write(`${s}
`)),n;try{n=await pe(r,o.org)}catch(s){let c=s;return e.stderr.write(`backend-fit: fleet-list: cannot list ${o.org}'s repositories: ${c.status?`the API answered ${c.status}: `:""}${c.message.split(`
`)[0]}
`),2}let i=ue(n,o,o.chunkSize);await ht(o.output,JSON.stringify({organisation:o.org,...i},null,2)+`
`),e.env.GITHUB_OUTPUT&&await gt(e.env.GITHUB_OUTPUT,`chunks=${JSON.stringify(i.chunks)}
count=${i.repositories.length}
`);let a=new Map;for(let s of i.skipped)a.set(s.reason.split(" ")[0],(a.get(s.reason.split(" ")[0])??0)+1);return e.stdout.write(`${i.repositories.length} repositories of ${o.org} in ${i.chunks.length} chunks${i.skipped.length?`; ${i.skipped.length} left out (${[...a].map(([s,c])=>`${s} ${c}`).join(", ")})`:""}: ${o.output}
`),0}async function vt(t,e){let o=be(t);if(o.help)return e.stdout.write(ve+`
`),0;let r=P(Fe(e.env),e.env,i=>e.stderr.write(`${i}
`));await mt(o.out,{recursive:!0});let n=await ge(o.repositories,{client:r,out:o.out,cli:process.argv[1],env:e.env,log:i=>e.stdout.write(`${i}
`)});return e.stdout.write(`${n.scanned} scanned, ${n.failed} failed: ${o.out}
`),0}async function Ee(t,e,o={}){let r=(n,i=2)=>(e.stderr.write(`backend-fit: ${n}
`),i);try{if($e.has(t[0]??""))return await Se(t,e);let n=Z(t);if(n.help)return e.stdout.write(X+`
`),0;if(n.version)return e.stdout.write(k+`
`),0;if(!(await bt(n.root).catch(()=>{}))?.isDirectory())return r(`${n.root}: not a folder (give the path of a repository)`);let a=n.base===void 0?void 0:await G(n.root,n.base);if(a)return r(a);let s=await B({root:n.root,configFile:n.config,explicit:n.configExplicit,overrides:{failOn:n.failOn},defaultFailOn:"never"}),c=Q(e.stderr,!n.quiet&&e.stderr.isTTY===!0),f=await M({root:n.root,settings:s,baseRef:n.base,onProgress:(p,u)=>c.update(p,u),...o});c.done(),n.repository&&(f.repository=await V(n.root,n.repository,e.env));let d=n.format==="text"&&!n.output&&St(n.color,e),l=K(f,n.format,{color:d});if(n.output){let p=await $t(n.output,l).catch(u=>u);if(p instanceof Error)return r(`cannot write ${n.output}: ${p.code??p.message}`)}else e.stdout.write(l);if(!n.quiet&&n.format!=="text")for(let p of f.warnings)e.stderr.write(`warning: ${p.file?`${p.file}: `:""}${p.message}
`);return f.policy.failed?1:0}catch(n){if(n instanceof m||n instanceof D)return r(n.message);let i=n instanceof Error?n.message:String(n);return e.env.BACKEND_FIT_DEBUG&&n instanceof Error&&e.stderr.write(`${n.stack}
`),r(`unexpected error: ${i.split(`
`)[0]} (set BACKEND_FIT_DEBUG=1 for details)`)}}function St(t,e){return t!==void 0?t:e.env.NO_COLOR?!1:e.env.FORCE_COLOR&&e.env.FORCE_COLOR!=="0"?!0:e.stdout.isTTY===!0}var Ft=new URL("./read-worker.js",import.meta.url);q(await Ee(process.argv.slice(2),process,{readWorker:Ft}));
