/**
 * A site's everyday name, from the long names Epoch AI gives its records:
 * "xAI Colossus Memphis Phase 3" → "Colossus", "Meta Prometheus New Albany
 * Ohio" → "Prometheus", "OpenAI-Oracle Stargate Abilene Texas" → "Stargate".
 * Articles say the everyday name; Epoch's names add the owner before it and
 * the place and phase after it.
 */

const PHASE = /\s+(?:possible\s+)?phase\s+\d+[a-z]?$/i;

/** Words that name no site by themselves: "Hut 8 H100 Cluster" is not "H100 Cluster". */
const GENERIC = new Set([
  'ai', 'year', 'rumor', 'cluster', 'clusters', 'supercomputer', 'supercluster', 'campus', 'data', 'center', 'centre', 'datacenter', 'system',
  'compute', 'hpc', 'gpu', 'gpus', 'the', 'of', 'and', 'plan', 'site', 'mega', 'factory', 'gigafactory', 'project', 'cloud',
]);

/** US states, which Epoch's handles end with ("… Memphis Tennessee") where the address abbreviates them. */
const US_STATES = new Set(
  [
    'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii',
    'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan',
    'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york',
    'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota',
    'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming',
  ],
);

/** How many words at the end of `words` name a US state: 0, 1 or 2 ("New Jersey"). */
function stateAtEnd(words: readonly string[]): number {
  const last = words.slice(-1).join(' ').toLowerCase();
  const two = words.slice(-2).join(' ').toLowerCase();
  if (words.length >= 2 && US_STATES.has(two)) return 2;
  return US_STATES.has(last) ? 1 : 0;
}

export interface NameContext {
  /** Owners, users and other parties: the prefix to drop. */
  parties: readonly string[];
  /** Address, location and country: the suffix to drop. */
  places: readonly string[];
}

export interface EverydayName {
  /** The name without owner, place and phase; undefined when nothing that names a site is left. */
  name?: string;
  /** The place words dropped from the end, states aside ("Abilene"), to tell apart two sites of one name. */
  place?: string;
}

/** The record's name without its "Phase N": the name of the site all its phases share. */
export function baseName(recordName: string): string {
  return recordName.replace(PHASE, '').trim();
}

/**
 * Drops the phase, then leading words that are the site's parties ("xAI",
 * "OpenAI-Oracle", "OpenAI/Microsoft"), then trailing words that stand in its
 * address or are a US state. What is left must hold a word of three letters or
 * more that is not generic, or there is no everyday name.
 */
export function everydayName(recordName: string, context: NameContext): EverydayName {
  const words = cleanName(baseName(recordName)).split(/\s+/).filter(Boolean);
  const placeText = ` ${context.places.join(' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} ${ABBREVIATIONS} `;
  const { name: kept, place } = dropPlaces(dropParties(words, context.parties), placeText);
  const name = untilFigure(kept);
  // "Google New Albany Ohio": once the owner and the place are gone, nothing is left that names the site.
  return namesSite(name) ? { name, place } : { place };
}

/** Country abbreviations that names use and addresses spell out. */
const ABBREVIATIONS = 'uae usa us uk eu';

function dropPlaces(input: string[], placeText: string): { name: string; place?: string } {
  let words = input;
  const dropped: string[] = [];
  while (words.length > 0) {
    const state = stateAtEnd(words);
    if (state) {
      words = words.slice(0, -state);
      continue;
    }
    const last = words[words.length - 1]!.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!last || !placeText.includes(` ${last} `)) break;
    dropped.unshift(words.pop()!);
  }
  return { name: words.join(' '), place: dropped.join(' ') || undefined };
}

/**
 * The name up to its first figure: "Neom 1.5 GW" → "Neom", "Middle East 100k
 * Cluster" → "Middle East". An alias that held a figure would hide it from the
 * figure reader. A plain number stays: "Colossus 2", "EU AI Gigafactory #3".
 */
function untilFigure(name: string): string {
  const words = name.split(/\s+/);
  const cut = words.findIndex((word) => /\d/.test(word) && !/^#?\d{1,2}$/.test(word));
  const kept = cut < 0 ? words : words.slice(0, cut);
  // "Goodnight in Claude, Texas" loses its place and leaves "Goodnight in"; "… in South Korea", "in South".
  const stop = /^(?:in|at|of|and|the|for|near)$/i;
  while (kept.length > 1 && stop.test(kept[kept.length - 1]!)) kept.pop();
  while (kept.length > 1 && stop.test(kept[0]!)) kept.shift();
  // "Jean Zay Supercomputer" is called Jean Zay: a generic word at the end goes, while a name is left.
  while (kept.length > 1 && GENERIC.has(kept[kept.length - 1]!.toLowerCase()) && namesSite(kept.slice(0, -1).join(' '))) kept.pop();
  return kept.join(' ');
}

/** Epoch's names sometimes keep the quotes of a cell they were copied from. */
export function cleanName(name: string): string {
  return name.replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ');
}

/** The name without the parties it opens with: "OpenAI Stargate Abilene" → "Stargate Abilene". */
export function withoutParties(name: string, parties: readonly string[]): string {
  return dropParties(name.split(/\s+/).filter(Boolean), parties).join(' ');
}

/**
 * Drops a whole party name first ("Reliance Industries" from "Reliance
 * Industries Supercomputer"), else a word made of parties' first words
 * ("OpenAI-Oracle", "OpenAI/Microsoft"); at least one word stays.
 */
function dropParties(words: string[], names: readonly string[]): string[] {
  const phrases = names.map((n) => n.split(/\s+/).map(key).filter(Boolean)).filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
  const firsts = new Set(names.flatMap(partyKeys));
  let rest = words;
  while (rest.length > 1) {
    const phrase = phrases.find((p) => p.length < rest.length && p.every((w, i) => key(rest[i]!) === w));
    if (phrase) rest = rest.slice(phrase.length);
    else if (rest[0]!.split(/[-/]/).every((part) => firsts.has(key(part)))) rest = rest.slice(1);
    else break;
  }
  return rest;
}

/** Whether a name holds a word that says which site: three letters or more, not generic, not a chip ("H100"). */
export function namesSite(name: string): boolean {
  return name.split(/\s+/).some((word) => /^\p{L}{3,}$/u.test(word) && !GENERIC.has(word.toLowerCase()));
}

/** "Meta AI" is dropped as "Meta AI" or "Meta"; case and punctuation do not matter ("Coreweave", "CoreWeave"). */
function partyKeys(party: string): string[] {
  const first = party.trim().split(/\s+/)[0] ?? '';
  return [key(party), key(first)].filter(Boolean);
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
