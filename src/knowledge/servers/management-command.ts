/**
 * A Django management command as a command line runs it (regular-expression source): `manage.py
 * qcluster`, from the folder of manage.py or through a path to it (`python InvenTree/manage.py
 * qcluster`, as Procfiles at a repository's root write it).
 */
export function managementCommand(command: string): string {
  return String.raw`(?:[\w.-]+/)*manage\.py\s+${command}`;
}
