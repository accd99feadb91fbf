// The library's options, checked and given the command's defaults. Callers
// from JavaScript get no type checks, so a wrong value is an error that says
// what is allowed, as the command line does.

import { availableParallelism } from 'node:os';
import { KIND_NAMES } from '../extract/registry.js';
import { ENTITY_TYPES, type EntityType, type FactKind } from '../facts.js';
import { DEFAULT_EXTENSIONS } from '../io/walk.js';
import { DEFAULT_MAX_SIZE, parseSize } from '../io/size.js';

/** A list of names, each one of `valid`, given in `valid`'s order without repeats. */
function namesFrom<T extends string>(what: string, given: readonly string[] | undefined, valid: readonly T[]): T[] | undefined {
  if (given === undefined) return undefined;
  if (!Array.isArray(given)) throw new TypeError(`${what} must be an array of: ${valid.join(', ')}`);
  const lower = given.map((name) => String(name).toLowerCase());
  const unknown = lower.filter((name) => !(valid as readonly string[]).includes(name));
  if (unknown.length > 0) throw new RangeError(`unknown ${what} ${unknown.map((name) => `'${name}'`).join(', ')}; valid: ${valid.join(', ')}`);
  return valid.filter((name) => lower.includes(name));
}

/** The kinds asked for, in output order; every kind when none is given. */
export function kindsOf(given: readonly string[] | undefined): FactKind[] {
  const kinds = namesFrom('kinds', given, KIND_NAMES) ?? [...KIND_NAMES];
  if (kinds.length === 0) throw new RangeError(`kinds is empty; give some of: ${KIND_NAMES.join(', ')}`);
  return kinds;
}

/** The entity types to keep; undefined keeps every entity. */
export function entityTypesOf(given: readonly string[] | undefined): EntityType[] | undefined {
  return namesFrom('entityTypes', given, ENTITY_TYPES);
}

/** Bytes, from a number or a size as `--max-size` takes it (`50M`). */
export function maxBytesOf(given: number | string | undefined): number {
  const bytes = typeof given === 'number' ? given : parseSize(given ?? DEFAULT_MAX_SIZE);
  if (bytes === null || !(bytes >= 1)) throw new RangeError(`maxSize must be a number of bytes or a size such as '50M' (got ${String(given)})`);
  return bytes;
}

/** Extensions as `--ext` takes them, lower case without the dot; the command's by default. */
export function extensionsOf(given: readonly string[] | undefined): string[] {
  if (given === undefined) return [...DEFAULT_EXTENSIONS];
  const extensions = given.map((ext) => String(ext).trim().replace(/^\.+/, '').toLowerCase()).filter((ext) => ext !== '');
  if (extensions.length === 0) throw new RangeError("extensions is empty; give some, e.g. ['txt', 'md']");
  return [...new Set(extensions)];
}

/** Threads reading documents; one per core by default, as the command does. */
export function jobsOf(given: number | undefined): number {
  if (given === undefined) return availableParallelism();
  if (!Number.isInteger(given) || given < 1) throw new RangeError(`jobs must be a whole number of at least 1 (got ${String(given)})`);
  return given;
}
