// Entity colours, as displaCy gives them: a hue per type, so a reader
// learns that violet is a person and orange a place; within the type, each
// entity is moved a little off that hue by its id, so two people in one
// paragraph can be told apart, and every mention of one entity has the same
// colour. Only the hue is chosen here: the stylesheet sets saturation and
// lightness for light, dark and print. The same id and type always give the
// same hue, so the same input gives the same bytes.

import type { EntityType } from '../../facts.js';

/** Base hues about 30 degrees apart, related types (amounts, dates) side by side. */
const TYPE_HUES: Record<EntityType, number> = {
  event: 0,
  place: 30,
  quantity: 55,
  money: 80,
  percent: 105,
  date: 135,
  organization: 180,
  work: 215,
  person: 260,
  nationality: 300,
  other: 330,
};

/** The small label after each mention, as displaCy's PERSON or ORG. */
export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'person',
  organization: 'org',
  place: 'place',
  nationality: 'nat',
  date: 'date',
  money: 'money',
  percent: 'pct',
  quantity: 'qty',
  event: 'event',
  work: 'work',
  other: 'other',
};

/** FNV-1a: a small, stable hash; any id gives the same number on every run and machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Steps off the type's hue: at most 10 degrees either way, half-way to the next type. */
const SHIFTS = [-10, -5, 0, 5, 10];

export function typeHue(type: EntityType): number {
  return TYPE_HUES[type] ?? TYPE_HUES.other;
}

/** The hue (0–359) of an entity's mentions. */
export function entityHue(id: string, type: EntityType): number {
  return (typeHue(type) + SHIFTS[hash(id) % SHIFTS.length] + 360) % 360;
}
