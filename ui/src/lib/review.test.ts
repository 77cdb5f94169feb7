import { describe, expect, it } from 'vitest';
import type { CommentView, Part } from './bindings';
import { controllerPage, filtered, openIn, partsPresent, placeOf } from './review';

function c(id: string, target: string, part: Part, open: boolean, mine: boolean): CommentView {
  return {
    id,
    target,
    part,
    label_id: 'ui-comment-general',
    label_args: {},
    author: 'Fenna (FG)',
    at: '7 december 2026 14:00 UTC',
    text: id,
    open,
    mine,
    resolved_by: '',
    resolved_at: '',
    from_word: false,
    answer_changed: false,
    replies: [],
  };
}

const ALL = [
  c('a', '/controller/necessity', 'controller', true, true),
  c('b', 'risk:unauthorised_access', 'risks', false, true),
  c('c', '', 'other', true, false),
  c('d', '/sick_leave', 'data', true, false),
  c('e', '/controller/rights', 'controller', false, false),
];
const ids = (xs: CommentView[]) => xs.map((x) => x.id);

describe('review list', () => {
  it('filters on open, mine and part, together', () => {
    expect(ids(filtered(ALL, { open: false, mine: false, part: '' }))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(filtered(ALL, { open: true, mine: false, part: '' }))).toEqual(['a', 'c', 'd']);
    expect(ids(filtered(ALL, { open: false, mine: true, part: '' }))).toEqual(['a', 'b']);
    expect(ids(filtered(ALL, { open: false, mine: false, part: 'controller' }))).toEqual(['a', 'e']);
    expect(ids(filtered(ALL, { open: true, mine: true, part: 'controller' }))).toEqual(['a']);
    expect(ids(filtered(ALL, { open: true, mine: false, part: 'other' }))).toEqual(['c']);
  });

  it('lists the parts with comments in the screens order, general last', () => {
    expect(partsPresent(ALL)).toEqual(['data', 'controller', 'risks', 'other']);
  });

  it('counts open comments per part and per controller page', () => {
    expect(openIn(ALL, 'controller')).toBe(1);
    expect(openIn(ALL, 'controller', 4)).toBe(1);
    expect(openIn(ALL, 'controller', 5)).toBe(0);
    expect(openIn(ALL, 'risks')).toBe(0);
    expect(openIn(ALL, 'data')).toBe(1);
  });

  it('finds the screen, step and page of a target; none for a general comment', () => {
    expect(placeOf('/sick_leave', 'data')).toEqual({ screen: 'wizard', step: 3 });
    expect(placeOf('/controller/necessity', 'controller')).toEqual({ screen: 'controller', page: 4 });
    expect(placeOf('/controller/views/sought', 'controller')).toEqual({ screen: 'controller', page: 5 });
    expect(placeOf('risk:x', 'risks')).toEqual({ screen: 'risks' });
    expect(placeOf('/dpo_advice/advice', 'signoff')).toEqual({ screen: 'signoff' });
    expect(placeOf('', 'other')).toBeNull();
    expect(controllerPage('/controller/retention_per_category/health')).toBe(3);
    expect(controllerPage('part:controller')).toBe(1);
  });
});
