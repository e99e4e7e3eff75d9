// POSIX path helpers for rendering (pure: the model may not import node:path).

export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/');
}

/** Joins POSIX path segments, collapsing duplicate and trailing slashes. */
export function joinPath(...parts: string[]): string {
  const joined = parts.filter((p) => p !== '').join('/');
  const collapsed = joined.replace(/\/+/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/** True when a relative path has no ".." segment (cannot leave the directory it is resolved in). */
export function staysInside(relative: string): boolean {
  return !relative.split('/').includes('..');
}

/** file:// URL of an absolute path, as java.net.URL wants it. */
export function fileUrl(absolutePath: string): string {
  return `file://${encodeURI(absolutePath)}`;
}
