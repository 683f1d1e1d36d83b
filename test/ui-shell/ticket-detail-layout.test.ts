import { describe, expect, it } from 'vitest';
import { SHELL_LINES } from '../../src/ui/hooks/list-window.js';
import { fieldGrid, planDetailLayout, timelineWindow } from '../../src/ui/hooks/ticket-detail-layout.js';
import type { TicketField } from '../../src/ui/hooks/ticket-fields.js';

function field(label: string, wide = false): TicketField {
  return { label, value: `${label} value`, wide };
}

describe('fieldGrid', () => {
  it('pairs short fields', () => {
    const rows = fieldGrid([field('a'), field('b'), field('c')]);
    expect(rows.map((row) => row.map((cell) => cell.label))).toEqual([['a', 'b'], ['c']]);
  });

  it('gives a wide field its own row', () => {
    const rows = fieldGrid([field('a'), field('wide', true), field('b'), field('c')]);
    expect(rows.map((row) => row.map((cell) => cell.label))).toEqual([['wide'], ['a', 'b'], ['c']]);
  });
});

describe('planDetailLayout', () => {
  const base = { terminalRows: 30, headerLines: 1, fieldRows: 6, eventCount: 2, jobCount: 2, footerLines: 1 };
  const used = (layout: ReturnType<typeof planDetailLayout>, input = base) =>
    SHELL_LINES + input.headerLines + 2 + layout.fieldRows + layout.timelineRows + Math.max(layout.jobRows, input.jobCount === 0 ? 1 : 0) + input.footerLines;

  it('shows everything that fits', () => {
    expect(planDetailLayout(base)).toEqual({ fieldRows: 6, timelineRows: 2, jobRows: 2 });
  });

  it('windows long lists within the terminal', () => {
    const input = { ...base, fieldRows: 13, eventCount: 12, jobCount: 9 };
    const layout = planDetailLayout(input);
    expect(layout.fieldRows).toBe(13);
    expect(layout.timelineRows).toBeGreaterThanOrEqual(2);
    expect(layout.jobRows).toBeGreaterThanOrEqual(2);
    expect(used(layout, input)).toBe(30);
  });

  it('shares spare rows between the lists', () => {
    const layout = planDetailLayout({ ...base, fieldRows: 4, eventCount: 20, jobCount: 20 });
    expect(Math.abs(layout.timelineRows - layout.jobRows)).toBeLessThanOrEqual(1);
  });

  it('cuts fields before the list minimums', () => {
    const input = { ...base, fieldRows: 30, eventCount: 5, jobCount: 5, footerLines: 4 };
    const layout = planDetailLayout(input);
    expect(layout.timelineRows).toBe(2);
    expect(layout.jobRows).toBe(2);
    expect(used(layout, input)).toBe(30);
  });

  it('counts the line that says there are no jobs', () => {
    const input = { ...base, fieldRows: 30, eventCount: 1, jobCount: 0 };
    const layout = planDetailLayout(input);
    expect(layout.jobRows).toBe(0);
    expect(used(layout, input)).toBe(30);
  });
});

describe('timelineWindow', () => {
  it('shows the newest last', () => {
    expect(timelineWindow(9, 4, 0)).toEqual({ start: 5, end: 9, earlier: 5, later: 0 });
  });

  it('scrolls back and clamps at the oldest', () => {
    expect(timelineWindow(9, 4, 3)).toEqual({ start: 2, end: 6, earlier: 2, later: 3 });
    expect(timelineWindow(9, 4, 50)).toEqual({ start: 0, end: 4, earlier: 0, later: 5 });
  });

  it('shows a short timeline whole', () => {
    expect(timelineWindow(2, 4, 1)).toEqual({ start: 0, end: 2, earlier: 0, later: 0 });
  });
});
