import type { ServerRecord } from './types.js';

/**
 * Apache OpenWhisk actions (IBM Cloud Functions runs OpenWhisk). `wskdeploy` reads a manifest
 * (`manifest.yaml`) listing `packages.<name>.actions.<name>`, each naming its code with `function:`
 * (a file, or the folder zipped with its dependencies) and its kind with `runtime:` (`nodejs:18`,
 * `python:3.11`); the CLI creates one action from a file: `wsk action update NAME FILE --kind
 * nodejs:18`, the same command under `ibmcloud fn` / `ibmcloud wsk` / `bx wsk`. Any YAML name is
 * read (`-m manifest_prod.yaml`); only a document of that shape lists actions, so a Kubernetes or
 * other tool's `manifest.yaml` lists none.
 */
export const openwhisk: ServerRecord = {
  id: 'openwhisk',
  name: 'Apache OpenWhisk',
  role: 'function',
  deploys: {
    functionList: {
      marker: 'actions',
      entries: [
        ['packages', '*', 'actions', '*'],
        // the older single-package form: `package: { name, actions }`
        ['package', 'actions', '*'],
      ],
      requires: ['function'],
      folder: [{ keys: ['function'], file: true }],
      runtime: [['runtime']],
    },
    cli: [
      {
        command: String.raw`(?:wsk|(?:ibmcloud|bx)\s+(?:fn|functions|wsk))\s+(?:-i\s+)?action\s+(?:create|update)`,
        sourceArgument: 2,
        runtimeOption: '--kind',
      },
    ],
  },
};
