// roles::validate from Mesos: "*" alone, or '/'-separated non-empty components that are not "." or
// "..", do not start with '-', and contain no whitespace, control characters or backslashes.

export function validateRole(role: string): string | undefined {
  if (role === '*') return undefined;
  if (role.length === 0) return 'Empty role name is invalid';
  if (role.startsWith('/') || role.endsWith('/')) return `Role '${role}' cannot start or end with '/'`;
  for (const part of role.split('/')) {
    if (part.length === 0) return `Role '${role}' cannot contain an empty path component`;
    if (part === '.' || part === '..') return `Role '${role}' cannot contain '.' or '..' as a path component`;
    if (part === '*') return `Role '${role}' cannot contain '*' as a path component`;
    if (part.startsWith('-')) return `Role '${role}' cannot have a path component starting with '-'`;
     
    if (/[\s\u0000-\u001f\u007f\\]/.test(part)) return `Role '${role}' cannot contain whitespace, control characters or backslashes`;
  }
  return undefined;
}
