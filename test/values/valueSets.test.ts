/** Named input sets: `@NAME` in a marker stands for exactly the refs its document defines under that name. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { markersOf } from './siteMarkers';
import { expandValueSets } from './valueSets';

const doc = (body: string) => parse(`<div>${body}</div>`);

describe('value sets', () => {
  it('expands @NAME in place, keeping the refs around it in order', () => {
    const root = doc('<span hidden data-vset-name="f/pool" data-vset="a#/x b#/y"></span><span data-v="c#/z @f/pool" data-derived="k">1</span>');
    expect(markersOf(root)).toEqual([{ refs: 'c#/z a#/x b#/y', derived: 'k', scale: undefined, text: '1' }]);
  });
  it('expands suffixed attributes of drawn marks (data-v-lower) as well', () => {
    const root = expandValueSets(doc('<metadata data-vset-name="s" data-vset="a#/x"></metadata><path data-v-lower="@s"></path>'));
    expect(root.querySelector('path')!.getAttribute('data-v-lower')).toBe('a#/x');
  });
  it('accepts one set defined twice alike (chart and page), and refuses two different definitions', () => {
    const same = '<span data-vset-name="s" data-vset="a#/x"></span><metadata data-vset-name="s" data-vset="a#/x"></metadata>';
    expect(markersOf(doc(`${same}<b data-v="@s">1</b>`))[0]!.refs).toBe('a#/x');
    expect(() => markersOf(doc('<span data-vset-name="s" data-vset="a#/x"></span><i data-vset-name="s" data-vset="b#/y"></i><b data-v="@s">1</b>'))).toThrow(/defined twice/);
  });
  it('fails on a set the document does not define', () => {
    expect(() => markersOf(doc('<b data-v="@missing">1</b>'))).toThrow(/no value set of that name/);
  });
  it('makes a ref without its file absolute against the closest data-v-base, and fails outside one', () => {
    const root = doc('<table><tr data-v-base="studies/x"><td data-v="#/groups/r/n studies/y#/id @s" data-derived="k">1</td></tr></table><span data-vset-name="s" data-vset="a#/x"></span>');
    expect(markersOf(root)[0]!.refs).toBe('studies/x#/groups/r/n studies/y#/id a#/x');
    expect(() => markersOf(doc('<b data-v="#/groups/r/n">1</b>'))).toThrow(/outside any data-v-base/);
  });
});
