/**
 * Init systems and process supervisors a host runs a checked-out tree with, one record each: the
 * files that hold their programs (as written in the tree, or as config management templates them),
 * the section of one program, the keys of its command and of the folder it runs in, and where a
 * deploy script writes such a file (`cat <<EOF | sudo tee /etc/systemd/system/api.service`).
 * backend-fit's own reading of their formats.
 */
export interface HostUnitFormat {
  id: string;
  label: string;
  /** Files of the tree in this format: the base name, with or without a template suffix. */
  files: RegExp;
  /** Files in this format by where they sit (a supervisor template under `supervisor/templates/`). */
  paths?: RegExp;
  /** The header of a section describing one program (`[Service]`, `[program:api]`), its `name` group the program's name where the header holds one. */
  section: RegExp;
  /** The key of the program's command, and of the folder it runs in. */
  commandKey: string;
  dirKey: string;
  /** A path a script writes a file of this format to, for the host to run. */
  writtenTo: RegExp;
}

/** Suffixes of templating tools (Jinja for Ansible and Salt, ERB for Puppet and Chef, Go templates, autoconf). */
export const TEMPLATE_SUFFIX = String.raw`(?:\.(?:j2|jinja2?|tpl|tmpl|erb|in|template))?`;

/**
 * Where configuration management keeps the files it templates onto hosts (Ansible's
 * `roles/<role>/templates/`, Puppet's `modules/<module>/templates/`, Chef's cookbooks, Salt's
 * states): a unit or a deploy script there is what the hosts run, not a template for users' projects.
 */
export const CONFIG_TEMPLATES = /(?:^|\/)(?:roles|modules|cookbooks|salt)\/(?:[^/]+\/)*templates\//;

export const HOST_UNIT_FORMATS: readonly HostUnitFormat[] = [
  {
    id: 'systemd',
    label: 'systemd unit',
    files: new RegExp(String.raw`^[\w@.-]+\.service${TEMPLATE_SUFFIX}$`),
    section: /^Service$/,
    commandKey: 'ExecStart',
    dirKey: 'WorkingDirectory',
    writtenTo: /^\/(?:etc|lib|usr\/lib)\/systemd\/(?:system|user)\/[\w@.-]+\.service$/,
  },
  {
    id: 'supervisord',
    label: 'supervisor program',
    // plain supervisor configs are the `supervisor-conf` manifests; these are their templates
    files: /^supervisord?(?:[-_.][\w.-]+)?\.conf\.(?:j2|jinja2?|tpl|tmpl|erb)$/,
    paths: /(?:^|\/)supervisord?\/(?:[\w-]+\/)*[^/]+\.(?:j2|jinja2?|tpl|tmpl|erb)$/,
    section: /^program:(?<name>.+)$/,
    commandKey: 'command',
    dirKey: 'directory',
    writtenTo: /^\/etc\/supervisor(?:d?\.conf|\/conf\.d\/[^/]+\.(?:conf|ini))$/,
  },
];
