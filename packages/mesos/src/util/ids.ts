// IDs may be passed as plain strings or as the { value } messages found in events.

export type IdInput = string | { value: string };

export function idValue(id: IdInput, what: string): string {
  const value = typeof id === 'string' ? id : id?.value;
  if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${what} must be a non-empty id`);
  return value;
}

export function idMessage(id: IdInput, what: string): { value: string } {
  return { value: idValue(id, what) };
}
