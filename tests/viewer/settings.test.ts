import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, movementSettings, resolveSettings, validateSettings, type ViewerSettings } from '../../viewer/src/settings.js';

describe('settings', () => {
  it('accepts the defaults and merges type colours', () => {
    expect(() => validateSettings({ ...DEFAULT_SETTINGS })).not.toThrow();
    const settings = resolveSettings({ typeColors: { Company: '#000000' } });
    expect(settings.typeColors.Company).toBe('#000000');
    expect(settings.typeColors.Region).toBe(DEFAULT_SETTINGS.typeColors.Region);
  });

  it('uses system CJK fonts only', () => {
    expect(DEFAULT_SETTINGS.labelFont).toMatch(/^"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", sans-serif$/);
  });

  it.each<[Partial<ViewerSettings>, RegExp]>([
    [{ labelSize: 0 }, /"labelSize" must be a positive number/],
    [{ searchLimit: Number.NaN }, /"searchLimit"/],
    [{ cameraDuration: -1 }, /"cameraDuration" must be a number ≥ 0/],
    [{ minNodeSize: 30 }, /"minNodeSize" must not exceed "maxNodeSize"/],
    [{ edgeColor: 'red' }, /"edgeColor" must be a #rrggbb colour/],
    [{ typeColors: { Company: 'blue' } }, /typeColors.Company/],
    [{ labelFont: ' ' }, /"labelFont"/],
    [{ hideEdgesOnMoveAbove: -1 }, /"hideEdgesOnMoveAbove" must be a number ≥ 0/],
  ])('refuses %j', (partial, message) => {
    expect(() => resolveSettings(partial)).toThrow(message);
  });

  it.each([
    [5, false],
    [6, true],
  ])('with %i edges against a limit of 5, hides edges and labels while moving: %s', (edges, hidden) => {
    expect(movementSettings(edges, resolveSettings({ hideEdgesOnMoveAbove: 5 }))).toEqual({ hideEdgesOnMove: hidden, hideLabelsOnMove: hidden });
  });
});
