import { describe, expect, it } from 'vitest';
import { everydayName, namesSite, withoutParties } from '@/lib/epoch/site-names';

describe('everydayName', () => {
  it.each([
    // The examples: owner prefix, place suffix and phase dropped.
    ['xAI Colossus Memphis Phase 3', ['xAI'], ['3231 Riverport Rd, Memphis, TN 38109'], 'Colossus', 'Memphis'],
    ['Meta Prometheus New Albany Ohio', ['Meta'], ['1 Community Cir, New Albany, OH 43054'], 'Prometheus', 'New Albany'],
    // Two parties joined by a hyphen, and a US state the address abbreviates.
    ['OpenAI-Oracle Stargate Abilene Texas', ['Oracle', 'OpenAI'], ['5502 Spinks Rd, Abilene, TX 79601'], 'Stargate', 'Abilene'],
    // A party of two words is dropped whole, and a generic rest names nothing.
    ['Reliance Industries Supercomputer', ['Reliance Industries', 'Reliance Jio'], ['Jamnagar, India'], undefined, undefined],
    // The owner "Stargate (OpenAI)" leaves only a place, a country's abbreviation.
    ['Stargate UAE Phase 1', ['Stargate (OpenAI)'], ['United Arab Emirates'], undefined, 'UAE'],
    // A figure ends the name: an alias must not hide it from the figure reader.
    ['DataVolt Neom 1.5 GW Phase 2', ['DataVolt'], ['Neom, Saudi Arabia'], 'Neom', undefined],
    ['Middle East 100k Cluster', [], [''], 'Middle East', undefined],
    // A number that is part of the name stays.
    ['xAI Colossus 2 Memphis Phase 1', ['xAI'], ['5420 Tulane Rd, Memphis, TN 38109'], 'Colossus 2', 'Memphis'],
    // A generic word at the end goes while a name is left.
    ['Jean Zay Supercomputer Phase 4', ['GENCI'], ['Orsay, France'], 'Jean Zay', undefined],
    // Nothing but owner and place: no everyday name.
    ['Google New Albany Ohio', ['Google Cloud'], ['1101 Beech Rd SW, New Albany, OH 43054'], undefined, 'New Albany'],
  ])('%s → %s', (name, parties, places, expected, place) => {
    const result = everydayName(name, { parties, places });
    expect(result.name).toBe(expected);
    expect(result.place).toBe(place);
  });
});

describe('withoutParties', () => {
  it.each([
    ['OpenAI Stargate Abilene', ['Oracle', 'OpenAI'], 'Stargate Abilene'],
    ['xAI Colossus 1', ['xAI'], 'Colossus 1'],
    // One word always stays, even when it is a party.
    ['Meta', ['Meta'], 'Meta'],
  ])('%s → %s', (name, parties, expected) => {
    expect(withoutParties(name, parties)).toBe(expected);
  });
});

describe('namesSite', () => {
  it.each([
    ['Colossus', true],
    ['Project Rainier', true],
    // Generic words and chip names say which kind of site, not which one.
    ['H100 Cluster', false],
    ['AI Supercomputer', false],
    ['5 year plan', false],
  ])('%s: %s', (name, expected) => {
    expect(namesSite(name)).toBe(expected);
  });
});
